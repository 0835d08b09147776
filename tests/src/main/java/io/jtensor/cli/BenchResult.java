package io.jtensor.cli;

import java.util.Optional;

/**
 * One cell of the bench table.
 *
 * @param backend      the backend's name
 * @param op           what was measured
 * @param medianNanos  the median time of one run (NaN when it failed)
 * @param runs         how many runs the median is over
 * @param failure      why the operation failed on this backend, when it did
 */
record BenchResult(String backend, BenchOp op, double medianNanos, int runs, Optional<String> failure) {

    /** Throughput in {@code op.unit()}, NaN when the run failed. */
    double throughput() {
        return failure.isPresent() ? Double.NaN : op.throughput(medianNanos);
    }
}
