package io.jtensor.opencl;

import io.jtensor.kernels.KernelCache;
import io.jtensor.kernels.KernelKey;
import io.jtensor.kernels.KernelSource;
import io.jtensor.kernels.MatmulKernels;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the kernel families share: the device, its program cache, the work-group size and the
 * small per-launch buffers (layouts, scratch) they pass to kernels.
 */
final class OpenClKernels {

    /** Upper bound on work-groups per launch; kernels loop over the rest. */
    static final long MAX_GROUPS = 4096;

    final OpenClDevice device;
    /** The work-group size of 1-D kernels: 256, or the device's maximum if smaller (a power of two). */
    final int groupSize;
    /** The matmul tile edge: work-groups of matmulTile x matmulTile fit in {@link #groupSize}. */
    final int matmulTile;
    private final KernelCache<OpenClProgram> cache;
    private final Map<String, OpenClProgram> byName = new ConcurrentHashMap<>();

    /**
     * @param maxGroupSize the largest work-group to launch: the device's maximum, or less (tests use
     *                     this to run the small-device paths on any device)
     */
    OpenClKernels(OpenClDevice device, KernelCache<OpenClProgram> cache, int maxGroupSize) {
        this.device = device;
        this.cache = cache;
        this.groupSize = Integer.highestOneBit(Math.max(1, Math.min(256, Math.min(maxGroupSize,
                device.maxWorkGroupSize))));
        this.matmulTile = MatmulKernels.tileFor(groupSize);
    }

    /**
     * The built program named {@code name}, generating its source only the first time: sources are
     * large (a whole family of kernels) and hashing one on every launch would cost more than the
     * launch.
     */
    OpenClProgram program(String name, Supplier<KernelSource> generator) {
        OpenClProgram program = byName.get(name);
        if (program == null) {
            program = program(generator.get());
            byName.put(name, program);
        }
        return program;
    }

    /** The built program of {@code source}, from memory, disk or the compiler. */
    OpenClProgram program(KernelSource source) {
        try {
            return cache.get(KernelKey.of(device.identity(), source.source(), OpenClCompiler.OPTIONS,
                    device.compilerVersion), new OpenClCompiler(device, source));
        } catch (OpenClException e) {
            throw e;
        } catch (Exception e) {
            throw new OpenClException("cannot build OpenCL program '" + source.description() + "' on "
                    + device.description() + ": " + e.getMessage(), e);
        }
    }

    /** The work-items of a grid-stride launch over {@code items}: whole groups, at most {@link #MAX_GROUPS}. */
    long[] global(long items) {
        return new long[] {Math.min((items + groupSize - 1) / groupSize, MAX_GROUPS) * groupSize};
    }

    /** One-dimensional work-groups of {@link #groupSize}. */
    long[] local() {
        return new long[] {groupSize};
    }

    /** A read-only device copy of {@code values} (at least one element, as OpenCL forbids empty buffers). */
    cl_mem layout(long[] values) {
        long[] data = values.length == 0 ? new long[1] : values;
        return CL.clCreateBuffer(device.context, CL.CL_MEM_READ_ONLY | CL.CL_MEM_COPY_HOST_PTR,
                (long) Sizeof.cl_long * data.length, Pointer.to(data), null);
    }

    /** Uninitialised device memory for intermediate results. */
    cl_mem scratch(long bytes) {
        return CL.clCreateBuffer(device.context, CL.CL_MEM_READ_WRITE, Math.max(bytes, 8), null, null);
    }

    /** Releases a per-launch buffer; OpenCL keeps it alive until the kernels using it finish. */
    static void release(cl_mem memory) {
        if (memory != null) {
            CL.clReleaseMemObject(memory);
        }
    }
}
