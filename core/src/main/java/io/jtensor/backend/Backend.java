package io.jtensor.backend;

import io.jtensor.DType;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;

/**
 * What a compute backend implements: memory, host transfers and four kernel families.
 *
 * <p>{@code core} resolves every NumPy rule (broadcasting, type promotion, argument checks, views)
 * before it calls a backend, so a backend executes fully resolved plans and never re-checks them.
 * Backends are found with {@link java.util.ServiceLoader} through {@link BackendProvider}.
 *
 * <p>Host transfers use the raw element layout: native byte order, bool as one byte 0 or 1.
 * Calls may come from several threads at once; a backend serialises what it must.
 */
public interface Backend {

    /** The short name used to select the backend, e.g. {@code "cpu"}, {@code "opencl"}, {@code "cuda"}. */
    String name();

    /** The device in words, e.g. {@code "CPU (2 threads, Vector API 256-bit)"}. */
    String deviceDescription();

    /** Whether the device can compute in this type (a GPU without fp64 says no to FLOAT64). */
    default boolean supports(DType dtype) {
        return true;
    }

    /**
     * The largest single allocation the device allows, in bytes: OpenCL's
     * {@code CL_DEVICE_MAX_MEM_ALLOC_SIZE} (2 GiB on PoCL here). Core checks it before
     * {@link #allocate} so that a too-large tensor fails with the same clear message on every
     * backend. Unlimited by default.
     */
    default long maxAllocationBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * The bytes this backend holds for tensors and the device's total memory (see
     * {@link MemoryUsage}). Core checks a new tensor against {@link MemoryUsage#bytesAvailable()}
     * so that an allocation that cannot fit fails with an {@link OutOfMemoryError} naming the bytes
     * asked and available. Untracked by default.
     */
    default MemoryUsage memoryUsage() {
        return MemoryUsage.UNTRACKED;
    }

    /**
     * Allocates zero-filled memory for {@code elements} elements of {@code dtype}; throws
     * {@link OutOfMemoryError} when the device has no room.
     */
    Storage allocate(DType dtype, long elements);

    /**
     * Allocates memory for {@code elements} elements of {@code dtype} whose contents are
     * undefined, for a result that the next operation writes whole (a map without a mask, a
     * reduction, a product, a copy). A device backend skips the fill, which on a GPU costs as much
     * memory traffic as writing the result; the default zero-fills, as {@link #allocate}.
     */
    default Storage allocateUninitialized(DType dtype, long elements) {
        return allocate(dtype, elements);
    }

    /**
     * Maps {@code bytes} bytes of {@code file} from {@code offset} as a storage whose memory is the
     * file's ({@code np.load(mmap_mode=...)}): {@link FileChannel.MapMode#READ_ONLY} (core also
     * marks the tensor read-only), {@link FileChannel.MapMode#READ_WRITE} (writes reach the file) or
     * {@link FileChannel.MapMode#PRIVATE} (copy on write). Releasing the storage unmaps it. Core
     * only asks for elements already in the backend's layout (native byte order, bools 0 or 1,
     * offset a multiple of the element size). A backend whose memory cannot be a file's returns
     * null, the default, and core reads the file into a fresh storage instead.
     *
     * @throws IOException when the operating system refuses the mapping
     */
    default Storage mapFile(FileChannel file, FileChannel.MapMode mode, long offset, long bytes) throws IOException {
        return null;
    }

    /** Copies {@code src.byteSize()} bytes from host memory into {@code dst} at {@code dstByteOffset}. */
    void copyFromHost(MemorySegment src, Storage dst, long dstByteOffset);

    /** Copies {@code dst.byteSize()} bytes from {@code src} at {@code srcByteOffset} into host memory. */
    void copyToHost(Storage src, long srcByteOffset, MemorySegment dst);

    /** Runs an element-wise plan (also used for copies, casts and fills). */
    void map(MapPlan plan);

    /** Runs a reduction plan. */
    void reduce(ReducePlan plan);

    /** Runs a softmax / log-softmax / log-sum-exp plan. */
    void rows(RowPlan plan);

    /** Runs a (batched) matrix product. */
    void matmul(MatmulPlan plan);

    /** Runs a {@code take}: copies the slices the plan's indices pick along one axis. */
    void gather(GatherPlan plan);

    /** Runs a cumulative sum or product along one axis. */
    void scan(ScanPlan plan);

    /** Runs a stable sort (or argsort) of each line along one axis. */
    void sort(SortPlan plan);

    /** Runs a binary search of each value in a sorted 1-d tensor ({@code np.searchsorted}). */
    void search(SearchPlan plan);

    /** Waits until all work submitted so far has finished (a no-op for synchronous backends). */
    default void synchronize() {
    }
}
