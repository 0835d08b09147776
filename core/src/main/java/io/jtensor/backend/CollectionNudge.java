package io.jtensor.backend;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a garbage collection when the memory a backend's tensors hold (off heap or on a device) has
 * grown by a budget (64 MiB by default; a system property per backend sets it, 0 turns it off), or
 * by as much again as was held at its lowest since the last collection, whichever is more, so that
 * tensors dropped without {@code close()} reach the {@link java.lang.ref.Cleaner}, which frees their
 * memory, before the next allocations need fresh memory. This is what
 * {@code java.nio.Bits.reserveMemory} does for direct buffers, without the wait: the caller goes on
 * while the Cleaner frees what the collection found.
 *
 * <p>A tensor holds a few hundred bytes of Java heap and may hold hundreds of MiB off heap or on a
 * GPU, so the heap alone rarely prompts a collection: a loop of unclosed results otherwise takes
 * fresh memory for every result until the machine or the device runs short (core then collects
 * and retries the allocation that failed, but the device has been full meanwhile). A collection
 * is never started sooner than four times its own last duration after it ended, which keeps the
 * time spent in them under a fifth even where a large live heap makes each one slow; a JVM run
 * with {@code -XX:+DisableExplicitGC} ignores the request.
 *
 * <p>One instance per backend instance (each counts its own memory); thread-safe. Usage:
 * <pre>{@code
 * CollectionNudge nudge = new CollectionNudge("jtensor.opencl.gcNudgeBytes");
 * nudge.beforeAllocating(inUse + bytes);   // may run System.gc()
 * ...allocate...
 * nudge.released(inUseAfterRelease);      // from release(), any thread
 * }</pre>
 */
public final class CollectionNudge {

    /** The budget when the property is unset: 64 MiB. */
    public static final long DEFAULT_BUDGET = 64L << 20;

    private final String budgetProperty;
    /** Bytes in use above which the next allocation asks for a collection. */
    private final AtomicLong threshold;
    private final AtomicBoolean collecting = new AtomicBoolean();
    private volatile long notBeforeNanos = System.nanoTime();
    private final AtomicLong collections = new AtomicLong();

    /**
     * A nudge whose budget is read from a system property.
     *
     * @param budgetProperty the system property holding the budget in bytes ({@value #DEFAULT_BUDGET}
     *                       when unset, 0 or less: never collect), read on every call so that a
     *                       test or benchmark may change it
     */
    public CollectionNudge(String budgetProperty) {
        this.budgetProperty = budgetProperty;
        this.threshold = new AtomicLong(budget());
    }

    /** The budget in bytes, from the property. */
    public long budget() {
        return Long.getLong(budgetProperty, DEFAULT_BUDGET);
    }

    /**
     * Called before an allocation that would bring the bytes in use to {@code inUseAfter}; runs a
     * collection when they pass the threshold and none ran too recently or is running.
     */
    public void beforeAllocating(long inUseAfter) {
        long budget = budget();
        if (budget <= 0 || inUseAfter <= threshold.get() || System.nanoTime() - notBeforeNanos < 0
                || !collecting.compareAndSet(false, true)) {
            return;
        }
        try {
            long begun = System.nanoTime();
            System.gc();
            long ended = System.nanoTime();
            collections.incrementAndGet();
            notBeforeNanos = ended + 4 * (ended - begun);
            threshold.set(next(inUseAfter, budget));
        } finally {
            collecting.set(false);
        }
    }

    /** Called after a release that left {@code inUse} bytes in use; safe from any thread (a Cleaner's). */
    public void released(long inUse) {
        long budget = budget();
        if (budget > 0) {
            threshold.accumulateAndGet(next(inUse, budget), Math::min);
        }
    }

    /** Collections this instance started so far, for tests. */
    public long collections() {
        return collections.get();
    }

    private static long next(long inUse, long budget) {
        long growth = Math.max(budget, inUse);
        return inUse > Long.MAX_VALUE - growth ? Long.MAX_VALUE : inUse + growth;
    }
}
