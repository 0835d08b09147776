package io.jtensor.cpu;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs numbered chunks of work on the calling thread plus a shared pool of daemon helper threads.
 *
 * <p>Chunks are claimed dynamically from a counter, so the caller never waits for a helper that
 * has not started: it works through the chunks itself and waits only for chunks a helper has
 * already claimed. Nested use from a helper is therefore safe. Small jobs (one chunk) run inline
 * with no hand-off. The thread count is {@code availableProcessors()}, or the system property
 * {@code jtensor.cpu.threads}.
 */
final class ParallelLoop {

    /** Number of threads that share the work (the caller included). */
    static final int THREADS = Math.max(1, Integer.getInteger("jtensor.cpu.threads",
            Runtime.getRuntime().availableProcessors()));

    private static final ForkJoinPool HELPERS = THREADS > 1 ? new ForkJoinPool(THREADS - 1, pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("jtensor-cpu-" + t.getPoolIndex());
        t.setDaemon(true);
        return t;
    }, null, true) : null;

    /** A body run once per chunk number. */
    @FunctionalInterface
    interface Chunks {
        /** Runs chunk {@code chunk} (0-based). */
        void run(int chunk);
    }

    /** A body run over sub-ranges of a long index range. */
    @FunctionalInterface
    interface Range {
        /** Processes indices {@code [start, end)}. */
        void run(long start, long end);
    }

    private ParallelLoop() {
    }

    /** How many chunks of at least {@code grain} units {@code work} units should be split into. */
    static int chunksFor(long work, long grain) {
        if (THREADS == 1 || work < 2 * grain) {
            return 1;
        }
        return (int) Math.min(4L * THREADS, work / grain);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in pieces of at least {@code grain} indices, in
     * parallel when {@code n} is large enough; pieces start at multiples of {@code align}.
     */
    static void forRange(long n, long grain, long align, Range body) {
        int chunks = chunksFor(n, grain);
        if (chunks <= 1) {
            if (n > 0) {
                body.run(0, n);
            }
            return;
        }
        long per = (n + chunks - 1) / chunks;
        long step = Math.max(align, (per + align - 1) / align * align);
        int count = (int) ((n + step - 1) / step);
        forChunks(count, c -> body.run(c * step, Math.min(n, (c + 1) * step)));
    }

    /** Runs chunks {@code 0 .. count-1}, on helper threads too when {@code count > 1}. */
    static void forChunks(int count, Chunks body) {
        if (count <= 0) {
            return;
        }
        if (count == 1 || HELPERS == null) {
            for (int c = 0; c < count; c++) {
                body.run(c);
            }
            return;
        }
        Job job = new Job(count, body, Thread.currentThread());
        int helpers = Math.min(count - 1, THREADS - 1);
        for (int h = 0; h < helpers; h++) {
            HELPERS.execute(job::work);
        }
        job.work();
        job.await();
    }

    private static final class Job {
        private final int count;
        private final Chunks body;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger pending;
        private volatile Throwable failure;

        Job(int count, Chunks body, Thread caller) {
            this.count = count;
            this.body = body;
            this.caller = caller;
            this.pending = new AtomicInteger(count);
        }

        void work() {
            int c;
            while ((c = next.getAndIncrement()) < count) {
                try {
                    if (failure == null) {
                        body.run(c);
                    }
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    if (pending.decrementAndGet() == 0) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        void await() {
            int spins = 0;
            while (pending.get() != 0) {
                if (spins++ < 256) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
