package io.jtensor.cpu;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a garbage collection when the off-heap bytes held by tensors have grown by
 * {@code jtensor.cpu.gcNudgeBytes} (default 64 MiB; 0 turns it off), or by as much again as was
 * held at their lowest since the last collection, whichever is more, so that tensors dropped
 * without {@code close()} reach the {@link java.lang.ref.Cleaner}, and their blocks
 * {@link LargeBlockCache}, before the next allocations need fresh memory. This is what
 * {@code java.nio.Bits.reserveMemory} does for direct buffers, without the wait: the caller goes on
 * while the Cleaner frees what the collection found.
 *
 * <p>A tensor holds a few hundred bytes of Java heap and may hold hundreds of MiB off heap, so
 * the heap alone rarely prompts a collection: a loop of unclosed results otherwise maps fresh
 * pages for every result until the machine's memory runs short. A collection is never started
 * sooner than four times its own last duration after it ended, which keeps the time spent in
 * them under a fifth even where a large live heap makes each one slow; a JVM run with
 * {@code -XX:+DisableExplicitGC} ignores the request.
 */
final class CollectionNudge {

    private static final long DEFAULT_BUDGET = 64L << 20;

    /** Bytes in use above which the next allocation asks for a collection. */
    private static final AtomicLong THRESHOLD = new AtomicLong(budget());
    private static final AtomicBoolean COLLECTING = new AtomicBoolean();
    private static volatile long notBeforeNanos = System.nanoTime();
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    private CollectionNudge() {
    }

    /** The budget in bytes; read on every call, so that a test or benchmark may change it. */
    static long budget() {
        return Long.getLong("jtensor.cpu.gcNudgeBytes", DEFAULT_BUDGET);
    }

    /** Called before a large allocation that would bring the bytes in use to {@code inUseAfter}. */
    static void beforeAllocating(long inUseAfter) {
        long budget = budget();
        if (budget <= 0 || inUseAfter <= THRESHOLD.get() || System.nanoTime() - notBeforeNanos < 0
                || !COLLECTING.compareAndSet(false, true)) {
            return;
        }
        try {
            long begun = System.nanoTime();
            System.gc();
            long ended = System.nanoTime();
            COLLECTIONS.incrementAndGet();
            notBeforeNanos = ended + 4 * (ended - begun);
            THRESHOLD.set(next(inUseAfter, budget));
        } finally {
            COLLECTING.set(false);
        }
    }

    /** Called after a large release that left {@code inUse} bytes in use. */
    static void released(long inUse) {
        long budget = budget();
        if (budget > 0) {
            THRESHOLD.accumulateAndGet(next(inUse, budget), Math::min);
        }
    }

    /** Collections started so far, for tests. */
    static long collections() {
        return COLLECTIONS.get();
    }

    private static long next(long inUse, long budget) {
        long growth = Math.max(budget, inUse);
        return inUse > Long.MAX_VALUE - growth ? Long.MAX_VALUE : inUse + growth;
    }
}
