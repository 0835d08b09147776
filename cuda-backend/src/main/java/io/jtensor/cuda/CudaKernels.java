package io.jtensor.cuda;

import io.jtensor.backend.Operand;
import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelSource;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the kernel families share: the driver, the module cache, and the small per-launch device
 * blocks (layouts, scratch) taken from the caching allocator.
 */
final class CudaKernels {

    /** Threads per block of the 1-D kernels; the catalog's reduction and row programs are built for it. */
    static final int BLOCK = io.jtensor.kernels.KernelCatalog.GROUP_SIZE;
    /** Upper bound on blocks per launch of the grid-stride kernels. */
    static final long MAX_BLOCKS = 4096;

    final CudaDriver driver;
    final CachingAllocator allocator;
    private final KernelCache<CudaModule> cache;
    private final Map<String, CudaModule> byName = new ConcurrentHashMap<>();

    CudaKernels(CudaDriver driver, CachingAllocator allocator, KernelCache<CudaModule> cache) {
        this.driver = driver;
        this.allocator = allocator;
        this.cache = cache;
    }

    /** The module named {@code name}, generating its source only the first time (as the OpenCL backend does). */
    CudaModule module(String name, Supplier<KernelSource> generator) {
        CudaModule module = byName.get(name);
        if (module == null) {
            KernelSource source = generator.get();
            try {
                module = cache.get(driver.key(source), driver.compiler(source));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CudaException("cannot build CUDA program '" + source.description() + "' for "
                        + driver.description() + ": " + e.getMessage(), 0);
            }
            byName.put(name, module);
        }
        return module;
    }

    /** A device copy of {@code values} (a layout argument), returned to the pool after the launch. */
    CachingAllocator.Block layout(long[] values) {
        CachingAllocator.Block block = allocator.allocate(Math.max(1, values.length) * (long) Long.BYTES, "kernel layout");
        if (values.length > 0) {
            driver.copyToDevice(block.address(), values);
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
}
