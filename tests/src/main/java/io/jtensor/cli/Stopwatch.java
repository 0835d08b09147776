package io.jtensor.cli;

import java.util.Arrays;

/**
 * Times repeated runs of a piece of work and summarises them by the median, which one slow run
 * (a garbage collection, a JIT compilation) does not move.
 */
final class Stopwatch {

    /**
     * The summary of some runs.
     *
     * @param medianNanos the median run time in nanoseconds
     * @param runs        how many runs there were
     */
    record Timing(double medianNanos, int runs) {
    }

    private Stopwatch() {
    }

    /**
     * Runs {@code work} at least {@code minRuns} and at most {@code maxRuns} times, stopping after
     * the minimum once {@code budgetNanos} have been spent.
     */
    static Timing time(Runnable work, int minRuns, int maxRuns, long budgetNanos) {
        long[] samples = new long[maxRuns];
        int runs = 0;
        long start = System.nanoTime();
        while (runs < maxRuns && (runs < minRuns || System.nanoTime() - start < budgetNanos)) {
            long t0 = System.nanoTime();
            work.run();
            samples[runs++] = System.nanoTime() - t0;
        }
        long[] sorted = Arrays.copyOf(samples, runs);
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2.0;
        return new Timing(median, runs);
    }
}
