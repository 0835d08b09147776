package io.jtensor.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Keeps recently released large blocks (above {@link CpuStorage#POOL_LIMIT}) for reuse, up to
 * {@code jtensor.cpu.blockCacheBytes} bytes in all (default 256 MiB; 0 disables it).
 *
 * <p>A fresh 64 MiB result from a new arena costs as much as the operation that fills it: the
 * allocator maps new pages, Java zero-fills them (a page fault per 4 KiB) and closing the arena
 * unmaps them again. Reusing a block of the same size skips all three; the block is zeroed
 * lazily by {@link CpuStorage} only if the result is not overwritten whole. Oldest blocks are
 * freed first when the cache is full.
 */
final class LargeBlockCache {

    private static final long DEFAULT_CAPACITY = 256L << 20;

    /** A cached block and the arena that owns it. */
    record Block(Arena arena, MemorySegment memory) {
    }

    private static final ArrayDeque<Block> BLOCKS = new ArrayDeque<>();
    private static long cachedBytes;
    private static long hits;

    private LargeBlockCache() {
    }

    /** The capacity in bytes; read on every release, so that a test or benchmark may change it. */
    static long capacity() {
        return Long.getLong("jtensor.cpu.blockCacheBytes", DEFAULT_CAPACITY);
    }

    /** How many allocations a cached block served so far, for tests. */
    static long hits() {
        synchronized (BLOCKS) {
            return hits;
        }
    }

    /** A cached block of at least {@code bytes} and at most 1/8 more, or null. */
    static Block take(long bytes) {
        synchronized (BLOCKS) {
            Iterator<Block> newestFirst = BLOCKS.descendingIterator();
            while (newestFirst.hasNext()) {
                Block block = newestFirst.next();
                long size = block.memory().byteSize();
                if (size >= bytes && size - bytes <= bytes / 8) {
                    newestFirst.remove();
                    cachedBytes -= size;
                    hits++;
                    return block;
                }
            }
            return null;
        }
    }

    /** Keeps {@code block} for reuse, or frees it (and the oldest blocks) when over capacity. */
    static void give(Block block) {
        List<Block> evicted = new ArrayList<>();
        long size = block.memory().byteSize();
        long capacity = capacity();
        synchronized (BLOCKS) {
            if (size > capacity) {
                evicted.add(block);
            } else {
                BLOCKS.addLast(block);
                cachedBytes += size;
                while (cachedBytes > capacity) {
                    Block oldest = BLOCKS.removeFirst();
                    cachedBytes -= oldest.memory().byteSize();
                    evicted.add(oldest);
                }
            }
        }
        for (Block old : evicted) {
            old.arena().close();
        }
    }
}
