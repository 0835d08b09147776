package io.jtensor.cli;

/**
 * {@code jtensor bench [--seconds N]}: a throughput table of exp, sum, softmax and matmul on every
 * available backend (see {@link Benchmark}), measured for about N seconds in all.
 */
final class BenchCommand {

    /** Default and largest measuring time, in seconds. */
    static final double DEFAULT_SECONDS = 10;
    static final double MAX_SECONDS = 300;

    private BenchCommand() {
    }

    /** Runs the bench and prints the table. */
    static void run(Options options, Console console) throws UsageException {
        double seconds = options.seconds("seconds", DEFAULT_SECONDS, MAX_SECONDS);
        Benchmark.print(Benchmark.run(seconds, console), console.out());
    }
}
