package io.jtensor.cli;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures every {@link BenchOp} on every available backend within a total time budget, split
 * evenly between the cells. Each cell first warms up (JIT compilation, kernel compilation and
 * caching) for a quarter of its share, then times runs for the rest and keeps the median; a cell
 * always has at least one warm-up run and {@value #MIN_RUNS} timed runs, however small the budget.
 */
final class Benchmark {

    private static final int MIN_RUNS = 3;
    private static final int MAX_RUNS = 10_000;
    private static final long SEED = 6;

    private Benchmark() {
    }

    /** Runs the bench for about {@code seconds} in all, reporting each cell as it starts. */
    static List<BenchResult> run(double seconds, Console console) {
        List<Backend> backends = Backends.available();
        BenchOp[] ops = BenchOp.values();
        long cellBudget = (long) (seconds * 1e9 / Math.max(1, backends.size() * ops.length));
        ProgressBar progress = new ProgressBar(console, backends.size() * ops.length);
        List<BenchResult> results = new ArrayList<>();
        try {
            for (Backend backend : backends) {
                try (var scope = Np.useBackend(backend)) {
                    for (BenchOp op : ops) {
                        progress.start(backend.name() + " " + op.label());
                        results.add(measure(backend, op, cellBudget));
                        progress.finish();
                    }
                }
            }
        } finally {
            progress.close();
        }
        return results;
    }

    private static BenchResult measure(Backend backend, BenchOp op, long budgetNanos) {
        Tensor[] inputs = null;
        try {
            inputs = op.inputs(Np.random(SEED));
            Tensor[] in = inputs;
            Runnable once = () -> {
                try (Tensor result = op.apply(in)) {
                    result.backend().synchronize();
                }
            };
            Stopwatch.time(once, 1, MAX_RUNS, budgetNanos / 4);
            Stopwatch.Timing timing = Stopwatch.time(once, MIN_RUNS, MAX_RUNS, budgetNanos - budgetNanos / 4);
            return new BenchResult(backend.name(), op, timing.medianNanos(), timing.runs(), Optional.empty());
        } catch (RuntimeException e) {
            return new BenchResult(backend.name(), op, Double.NaN, 0, Optional.of(e.toString()));
        } finally {
            if (inputs != null) {
                for (Tensor input : inputs) {
                    input.close();
                }
            }
        }
    }

    /** Prints the results as a table, one row per backend and operation. */
    static void print(List<BenchResult> results, PrintStream out) {
        out.printf("%-8s %-8s %-32s %12s %14s %6s%n", "backend", "op", "input", "median", "throughput", "runs");
        for (BenchResult r : results) {
            if (r.failure().isPresent()) {
                out.printf("%-8s %-8s %-32s failed: %s%n", r.backend(), r.op().label(), r.op().size(), r.failure().get());
            } else {
                out.printf("%-8s %-8s %-32s %9.3f ms %6.2f %-7s %6d%n", r.backend(), r.op().label(), r.op().size(),
                        r.medianNanos() / 1e6, r.throughput(), r.op().unit(), r.runs());
            }
        }
    }
}
