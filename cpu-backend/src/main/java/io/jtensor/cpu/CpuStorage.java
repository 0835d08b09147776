package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Storage;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A block of zero-filled off-heap memory: in its own shared arena (freed at once by
 * {@link #release()}), or, below {@link #POOL_LIMIT} bytes, a block recycled by {@link BlockPool},
 * because closing a shared arena is comparatively slow. All storages are native segments, so the
 * kernels' memory accesses stay monomorphic.
 */
public final class CpuStorage implements Storage {

    /** Allocations of at most this many bytes come from the block pool. */
    public static final long POOL_LIMIT = 1L << BlockPool.MAX_SHIFT;

    private static final long ALIGNMENT = 64;

    /** Bytes of every storage not yet released (pooled blocks count while a tensor holds them). */
    private static final AtomicLong IN_USE = new AtomicLong();

    private final MemorySegment segment;
    private final Arena arena;
    private final MemorySegment block;
    private final int blockShift;
    private final AtomicBoolean released = new AtomicBoolean();

    private CpuStorage(MemorySegment segment, Arena arena, MemorySegment block, int blockShift) {
        this.segment = segment;
        this.arena = arena;
        this.block = block;
        this.blockShift = blockShift;
    }

    /**
     * Allocates zero-filled memory for {@code elements} elements of {@code dtype}.
     *
     * @throws IllegalArgumentException if {@code elements} is negative or the size overflows
     */
    public static CpuStorage allocate(DType dtype, long elements) {
        if (elements < 0) {
            throw new IllegalArgumentException("negative element count " + elements);
        }
        long bytes = Math.multiplyExact(elements, (long) dtype.byteSize());
        if (bytes <= POOL_LIMIT) {
            int shift = BlockPool.shiftFor(bytes);
            MemorySegment block = BlockPool.take(shift);
            IN_USE.addAndGet(bytes);
            return new CpuStorage(block.asSlice(0, bytes), null, block, shift);
        }
        Arena arena = Arena.ofShared();
        try {
            CpuStorage storage = new CpuStorage(arena.allocate(bytes, ALIGNMENT), arena, null, 0);
            IN_USE.addAndGet(bytes);
            return storage;
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /** The memory; accessing a large block after {@link #release()} throws. */
    public MemorySegment segment() {
        return segment;
    }

    @Override
    public long byteSize() {
        return segment.byteSize();
    }

    /**
     * Frees the memory at once (a pooled block goes back to the pool); safe to call more than once
     * and from any thread.
     */
    @Override
    public void release() {
        if (released.compareAndSet(false, true)) {
            IN_USE.addAndGet(-segment.byteSize());
            if (arena != null) {
                arena.close();
            } else {
                BlockPool.give(block, blockShift);
            }
        }
    }

    /** Bytes of all storages allocated and not yet released, in this JVM. */
    public static long bytesInUse() {
        return IN_USE.get();
    }

    /** True once {@link #release()} has been called. */
    public boolean isReleased() {
        return released.get();
    }

    @Override
    public String toString() {
        return "CpuStorage(" + segment.byteSize() + " bytes, " + (arena == null ? "pooled" : "arena")
                + (released.get() ? ", released" : "") + ")";
    }
}
