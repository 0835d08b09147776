package io.jtensor.cuda;

import io.jtensor.backend.CollectionNudge;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A caching pool of device memory in size classes, after CuPy's memory pool: a freed block goes
 * back to the free list of its class instead of to {@code cuMemFree}, and the next request of that
 * class takes it without a driver call (a {@code cuMemAlloc}/{@code cuMemFree} pair synchronises the
 * device and costs far more than a small kernel).
 *
 * <p>Size classes: at least {@value #MIN_BLOCK} bytes; multiples of {@value #MIN_BLOCK} up to
 * {@value #SMALL_LIMIT} bytes; above that eight classes per power of two, so a block wastes at most
 * 12.5 % of its size. Blocks are not split or merged.
 *
 * <p>Reuse is safe without events because the backend runs all its work on one stream: a kernel
 * that writes a reused block is queued after every kernel that read it as its previous owner.
 *
 * <p>When the device is out of memory, the cache is freed and the allocation tried once more; if it
 * still fails, a {@link CudaOutOfMemoryException} names the bytes asked and available (for a
 * tensor, core then collects the tensors nobody closed and retries once). Before that, when the
 * bytes in use have grown by {@value #GC_NUDGE_PROPERTY} (64 MiB by default, 0: never) or doubled,
 * an allocation runs a garbage collection ({@link CollectionNudge}), so that the blocks of unclosed
 * tensors come back to the cache before the device fills. Thread-safe.
 *
 * <p>Without caching (for debugging, as PyTorch's {@code PYTORCH_NO_CUDA_MEMORY_CACHING=1}) every
 * request gets a block of exactly its size from the driver, and a released block is freed at the
 * next allocation or {@link #emptyCache()} (from the thread that holds the device, never from a
 * {@link java.lang.ref.Cleaner}'s): a kernel that reads or writes past a tensor's bytes then leaves
 * its allocation, which a memory checker ({@code compute-sanitizer}, the tests' simulator) reports.
 */
final class CachingAllocator {

    /** System property: the growth in bytes in use after which an allocation runs a garbage collection. */
    static final String GC_NUDGE_PROPERTY = "jtensor.cuda.gcNudgeBytes";

    /** The smallest block, and the granularity of small classes. */
    static final long MIN_BLOCK = 512;
    /** Above this size classes grow geometrically. */
    static final long SMALL_LIMIT = 1L << 20;
    /** Classes per power of two above {@link #SMALL_LIMIT}. */
    private static final int STEPS_PER_DOUBLING = 8;

    /** A block handed out: its address and the size of its class. */
    record Block(long address, long classBytes) {
    }

    private final DeviceMemory device;
    private final boolean caching;
    private final CollectionNudge nudge = new CollectionNudge(GC_NUDGE_PROPERTY);
    private final Map<Long, ArrayDeque<Long>> free = new HashMap<>();
    private long bytesInUse;
    private long bytesCached;

    /** @param caching false: exact-size blocks, never reused (see the class comment) */
    CachingAllocator(DeviceMemory device, boolean caching) {
        this.device = device;
        this.caching = caching;
    }

    /** The class size that serves a request of {@code bytes}. */
    static long sizeClass(long bytes) {
        if (bytes <= MIN_BLOCK) {
            return MIN_BLOCK;
        }
        if (bytes <= SMALL_LIMIT) {
            return (bytes + MIN_BLOCK - 1) / MIN_BLOCK * MIN_BLOCK;
        }
        long step = Long.highestOneBit(bytes - 1) / STEPS_PER_DOUBLING;
        return (bytes + step - 1) / step * step;
    }

    /**
     * A block of at least {@code bytes}, from the cache or the device.
     *
     * @param op what the memory is for, named in the out-of-memory message
     * @throws CudaOutOfMemoryException when the device has not enough memory even after freeing the cache
     */
    Block allocate(long bytes, String op) {
        long size = caching ? sizeClass(bytes) : Math.max(bytes, 1);
        // outside the lock: the Cleaner's releases of what the collection finds take it
        nudge.beforeAllocating(bytesInUse() + size);
        synchronized (this) {
            if (!caching) {
                emptyCache();
            }
            ArrayDeque<Long> blocks = free.get(size);
            if (blocks != null && !blocks.isEmpty()) {
                bytesCached -= size;
                bytesInUse += size;
                return new Block(blocks.pop(), size);
            }
            long address;
            try {
                address = device.allocate(size);
            } catch (DeviceMemory.OutOfDeviceMemory first) {
                emptyCache();
                try {
                    address = device.allocate(size);
                } catch (DeviceMemory.OutOfDeviceMemory second) {
                    throw new CudaOutOfMemoryException(String.format(java.util.Locale.ROOT,
                            "%s: CUDA device out of memory asking for %,d bytes (a %,d-byte block); the device has"
                                    + " %,d of %,d bytes free after jtensor freed its cache; jtensor holds %,d bytes"
                                    + " in live tensors (close tensors you no longer need)",
                            op, bytes, size, device.freeBytes(), device.totalBytes(), bytesInUse));
                }
            }
            bytesInUse += size;
            return new Block(address, size);
        }
    }

    /** Returns a block to the cache. Safe from any thread (a {@link java.lang.ref.Cleaner}'s included). */
    synchronized void release(Block block) {
        bytesInUse -= block.classBytes();
        nudge.released(bytesInUse);
        bytesCached += block.classBytes();
        free.computeIfAbsent(block.classBytes(), k -> new ArrayDeque<>()).push(block.address());
    }

    /** Frees every cached block on the device. */
    synchronized void emptyCache() {
        for (ArrayDeque<Long> blocks : free.values()) {
            for (Long address : blocks) {
                device.free(address);
            }
        }
        free.clear();
        bytesCached = 0;
    }

    /** Bytes in blocks held by live storages (class sizes, so at least what was asked). */
    synchronized long bytesInUse() {
        return bytesInUse;
    }

    /** Garbage collections the growth of the bytes in use has started, for tests. */
    long nudgedCollections() {
        return nudge.collections();
    }

    /** Bytes in freed blocks kept for reuse (without caching: released and not yet freed). */
    synchronized long bytesCached() {
        return bytesCached;
    }
}
