package io.jtensor.cuda;

import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelSource;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles one generated program with NVRTC for the device's {@link CudaTarget} and loads it as a
 * module, or loads the cubin (or PTX) the disk cache kept. Called with the device's context current.
 */
final class CudaCompiler implements KernelCache.Compiler<CudaModule> {

    private static final Logger LOG = LoggerFactory.getLogger(CudaCompiler.class);

    private final Nvrtc nvrtc;
    private final List<String> options;
    private final KernelSource source;

    CudaCompiler(Nvrtc nvrtc, List<String> options, KernelSource source) {
        this.nvrtc = nvrtc;
        this.options = options;
        this.source = source;
    }

    /**
     * The NVRTC options for {@code target}. {@code --fmad=false}: NVRTC contracts {@code a * b + c} into
     * one fused multiply-add by default, which rounds once instead of twice and so differs from the
     * CPU backend and NumPy in the last bit; the conformance suite holds + - * / to exact results.
     * Fast math ({@code --use_fast_math}, which turns {@code expf} into {@code __expf}) is never used.
     */
    static List<String> options(CudaTarget target) {
        return List.of(target.option(), "--fmad=false");
    }

    @Override
    public KernelCache.Compiled<CudaModule> compile() {
        long start = System.nanoTime();
        Nvrtc.Output output = nvrtc.compile(source.description(), source.source(), options);
        CudaModule module = load(output.binary(), true).orElseThrow();
        LOG.debug("compiled CUDA program '{}' ({}) in {} ms", source.description(), output.cubin() ? "cubin" : "PTX",
                (System.nanoTime() - start) / 1_000_000);
        return new KernelCache.Compiled<>(module, output::binary);
    }

    @Override
    public Optional<CudaModule> load(byte[] binary) {
        return load(binary, false);
    }

    private Optional<CudaModule> load(byte[] binary, boolean fresh) {
        CUmodule module = new CUmodule();
        int status = JCudaDriver.cuModuleLoadData(module, binary);
        if (status != CUresult.CUDA_SUCCESS) {
            if (fresh) {
                throw new CudaException("cannot load the CUDA program '" + source.description() + "' NVRTC built with "
                        + options + ": " + CUresult.stringFor(status) + " (" + status + ")", status);
            }
            LOG.debug("the driver rejected the cached binary of '{}' ({}); compiling from source",
                    source.description(), CUresult.stringFor(status));
            return Optional.empty();
        }
        Map<String, Object> functions = new HashMap<>();
        for (String name : source.kernelNames()) {
            CUfunction function = new CUfunction();
            CudaDevice.check("cuModuleGetFunction " + name, JCudaDriver.cuModuleGetFunction(function, module, name));
            functions.put(name, function);
        }
        return Optional.of(new CudaModule(module, Map.copyOf(functions)));
    }
}
