package io.jtensor.opencl;

import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelSource;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_program;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds one generated program for the device, from source or from a binary the disk cache kept.
 * A failed build throws {@link OpenClException} with the driver's build log.
 */
final class OpenClCompiler implements KernelCache.Compiler<OpenClProgram> {

    /** Build options; part of the cache key. */
    static final String OPTIONS = "";

    private static final Logger LOG = LoggerFactory.getLogger(OpenClCompiler.class);

    private final OpenClDevice device;
    private final KernelSource source;

    OpenClCompiler(OpenClDevice device, KernelSource source) {
        this.device = device;
        this.source = source;
    }

    @Override
    public KernelCache.Compiled<OpenClProgram> compile() {
        long start = System.nanoTime();
        cl_program program = CL.clCreateProgramWithSource(device.context, 1, new String[] {source.source()},
                null, null);
        build(program);
        LOG.debug("built OpenCL program '{}' in {} ms", source.description(), (System.nanoTime() - start) / 1_000_000);
        return new KernelCache.Compiled<>(withKernels(program), () -> binaryOf(program));
    }

    @Override
    public Optional<OpenClProgram> load(byte[] binary) {
        cl_program program;
        try {
            int[] status = new int[1];
            program = CL.clCreateProgramWithBinary(device.context, 1, new cl_device_id[] {device.device},
                    new long[] {binary.length}, new byte[][] {binary}, status, null);
            CL.clBuildProgram(program, 1, new cl_device_id[] {device.device}, OPTIONS, null, null);
        } catch (CLException e) {
            LOG.debug("the driver rejected the cached binary of '{}' ({}); compiling from source",
                    source.description(), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(withKernels(program));
    }

    private void build(cl_program program) {
        try {
            CL.clBuildProgram(program, 1, new cl_device_id[] {device.device}, OPTIONS, null, null);
        } catch (CLException e) {
            String log = buildLog(program);
            CL.clReleaseProgram(program);
            throw new OpenClException("OpenCL build of '" + source.description() + "' failed on " + device.description()
                    + " (" + CL.stringFor_errorCode(e.getStatus()) + "). Build log:\n" + log, e);
        }
    }

    private String buildLog(cl_program program) {
        long[] size = new long[1];
        CL.clGetProgramBuildInfo(program, device.device, CL.CL_PROGRAM_BUILD_LOG, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        CL.clGetProgramBuildInfo(program, device.device, CL.CL_PROGRAM_BUILD_LOG, bytes.length, Pointer.to(bytes), null);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim();
    }

    private OpenClProgram withKernels(cl_program program) {
        Map<String, cl_kernel> kernels = new HashMap<>();
        for (String name : source.kernelNames()) {
            kernels.put(name, CL.clCreateKernel(program, name, null));
        }
        return new OpenClProgram(program, Map.copyOf(kernels));
    }

    private static byte[] binaryOf(cl_program program) {
        long[] size = new long[1];
        CL.clGetProgramInfo(program, CL.CL_PROGRAM_BINARY_SIZES, Sizeof.size_t, Pointer.to(size), null);
        if (size[0] <= 0 || size[0] > Integer.MAX_VALUE) {
            return new byte[0];
        }
        byte[] binary = new byte[(int) size[0]];
        Pointer holder = Pointer.to(binary);
        CL.clGetProgramInfo(program, CL.CL_PROGRAM_BINARIES, Sizeof.POINTER, Pointer.to(holder), null);
        return binary;
    }
}
