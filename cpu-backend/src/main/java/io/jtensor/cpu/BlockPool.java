package io.jtensor.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Recycles small off-heap blocks (64 B to 64 KiB, powers of two), carved from 1 MiB slabs of the
 * global arena.
 *
 * <p>Small storages come from here rather than from an arena each, because closing a shared arena
 * costs tens of microseconds, and rather than from heap arrays, because kernels run fastest when
 * every segment they touch is of one (native) kind: mixing heap and native segments makes JIT-ed
 * memory accesses polymorphic and defeats the Vector API intrinsics. Slab memory is kept for
 * reuse and never returned to the operating system.
 */
final class BlockPool {

    /** Smallest block: 2^6 = 64 bytes. */
    static final int MIN_SHIFT = 6;
    /** Largest block: 2^16 = 64 KiB. */
    static final int MAX_SHIFT = 16;

    private static final long SLAB = 1 << 20;

    private static final List<ConcurrentLinkedQueue<MemorySegment>> FREE = new ArrayList<>();

    static {
        for (int shift = 0; shift <= MAX_SHIFT; shift++) {
            FREE.add(new ConcurrentLinkedQueue<>());
        }
    }

    private BlockPool() {
    }

    /** The size class (a shift) for a request of {@code bytes} &lt;= 64 KiB. */
    static int shiftFor(long bytes) {
        int shift = 64 - Long.numberOfLeadingZeros(Math.max(1, bytes) - 1);
        return Math.max(MIN_SHIFT, shift);
    }

    /**
     * A block of {@code 2^shift} bytes, aligned to 64 bytes: zero-filled when {@code zeroed},
     * otherwise holding whatever its previous user left (a fresh slab is zero either way).
     */
    static MemorySegment take(int shift, boolean zeroed) {
        MemorySegment block = FREE.get(shift).poll();
        if (block == null) {
            block = refill(shift);
        } else if (zeroed) {
            block.fill((byte) 0);
        }
        return block;
    }

    /** Returns a block obtained from {@link #take(int, boolean)} with the same {@code shift}. */
    static void give(MemorySegment block, int shift) {
        FREE.get(shift).offer(block);
    }

    private static MemorySegment refill(int shift) {
        long size = 1L << shift;
        MemorySegment slab = Arena.global().allocate(SLAB, 64);
        for (long at = size; at < SLAB; at += size) {
            FREE.get(shift).offer(slab.asSlice(at, size));
        }
        return slab.asSlice(0, size);
    }
}
