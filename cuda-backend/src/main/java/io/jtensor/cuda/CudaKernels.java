package io.jtensor.cuda;

import io.jtensor.backend.Operand;
import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelKey;
import io.jtensor.kernels.KernelSource;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.JCudaDriver;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the kernel families share: the device, NVRTC and the target, the module cache, and the
 * small per-launch device blocks (layouts, scratch) taken from the caching allocator.
 */
final class CudaKernels {

    /** Threads per block of the 1-D kernels; the catalog's reduction and row programs are built for it. */
    static final int BLOCK = io.jtensor.kernels.KernelCatalog.GROUP_SIZE;
    /** Upper bound on blocks per launch of the grid-stride kernels. */
    static final long MAX_BLOCKS = 4096;
    /** A device pointer of address 0, from which {@link #pointer} derives any address. */
    private static final CUdeviceptr ZERO = new CUdeviceptr();

    final CudaDevice device;
    final CachingAllocator allocator;
    private final Nvrtc nvrtc;
    private final List<String> options;
    private final String compilerVersion;
    private final KernelCache<CudaModule> cache;
    private final Map<String, CudaModule> byName = new ConcurrentHashMap<>();

    CudaKernels(CudaDevice device, CachingAllocator allocator, Nvrtc nvrtc, CudaTarget target,
                KernelCache<CudaModule> cache) {
        this.device = device;
        this.allocator = allocator;
        this.nvrtc = nvrtc;
        this.options = CudaCompiler.options(target);
        int[] version = nvrtc.version();
        this.compilerVersion = "NVRTC " + version[0] + "." + version[1] + " / driver " + device.driverVersion;
        this.cache = cache;
    }

    /** The module named {@code name}, generating its source only the first time (as the OpenCL backend does). */
    CudaModule module(String name, Supplier<KernelSource> generator) {
        CudaModule module = byName.get(name);
        if (module == null) {
            KernelSource source = generator.get();
            try {
                module = cache.get(KernelKey.of(device.name + " sm_" + device.architecture, source.source(),
                        String.join(" ", options), compilerVersion), new CudaCompiler(nvrtc, options, source));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CudaException("cannot build CUDA program '" + source.description() + "' for "
                        + device.description() + ": " + e.getMessage(), 0);
            }
            byName.put(name, module);
        }
        return module;
    }

    /** A device copy of {@code values} (a layout argument), returned to the pool after the launch. */
    CachingAllocator.Block layout(long[] values) {
        CachingAllocator.Block block = allocator.allocate(Math.max(1, values.length) * (long) Long.BYTES, "kernel layout");
        if (values.length > 0) {
            CudaDevice.check("cuMemcpyHtoDAsync (layout)", JCudaDriver.cuMemcpyHtoDAsync(pointer(block.address()),
                    Pointer.to(values), (long) values.length * Long.BYTES, device.stream));
        }
        return block;
    }

    /** Uninitialised device memory for intermediate results. */
    CachingAllocator.Block scratch(long bytes, String op) {
        return allocator.allocate(Math.max(bytes, 8), op);
    }

    /** Returns a per-launch block to the pool (null is ignored); later users queue behind this launch. */
    void release(CachingAllocator.Block block) {
        if (block != null) {
            allocator.release(block);
        }
    }

    /** The device address of an operand's storage. */
    static long address(Operand operand) {
        return ((CudaStorage) operand.storage()).address;
    }

    /** The address of a block, or 0 for none. */
    static long address(CachingAllocator.Block block) {
        return block == null ? 0 : block.address();
    }

    /** A JCuda device pointer to {@code address}. */
    static CUdeviceptr pointer(long address) {
        return ZERO.withByteOffset(address);
    }
}
