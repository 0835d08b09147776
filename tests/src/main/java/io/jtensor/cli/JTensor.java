package io.jtensor.cli;

import io.jtensor.backend.BackendUnavailableException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The {@code jtensor} command line: {@code info}, {@code demo}, {@code bench} and {@code plot}.
 *
 * <pre>
 * mvn -q -DskipTests -Pcli verify -Dargs="info"
 * java --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -cp ... io.jtensor.cli.JTensor demo
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 the command failed (the message says why, e.g. a backend that is
 * unavailable or lacks float64), 2 bad arguments (with the usage on standard error).
 */
public final class JTensor {

    /** What {@code --help} prints. */
    static final String USAGE = """
            usage: jtensor <command> [options]

            commands:
              info                      Java version, Vector API, every backend (available with its device, or
                                        unavailable with the reason), the default backend, the kernel cache
              demo [--backend NAME]     the NumPy tutorial step by step on the default backend (or NAME)
              bench [--seconds N]       throughput of exp, sum, softmax and matmul on every available backend,
                                        measured for about N seconds in all (default 10)
              plot [--out DIR] [--seconds N]
                                        PNG charts in DIR (default target/jtensor-plots): exp(x) over 0..5 and the
                                        results of a bench of about N seconds (default 5) run first
              help, --help              this message

            through Maven: mvn -q -DskipTests -Pcli verify -Dargs="bench --seconds 5"
            """;

    private JTensor() {
    }

    /** Runs one command and exits with its status (0 success, 1 failure, 2 bad arguments). */
    public static void main(String[] args) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        System.exit(run(args, new Console(System.out, System.err, terminal)));
    }

    /**
     * Runs one command, printing to {@code out} and {@code err} (no progress bar), and returns the
     * exit status: 0 success, 1 failure, 2 bad arguments.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Console(out, err, false));
    }

    static int run(String[] args, Console console) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            String command = args[0];
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            if (command.equals("help") || command.equals("--help") || command.equals("-h")
                    || rest.contains("--help") || rest.contains("-h")) {
                console.out().print(USAGE);
                return 0;
            }
            switch (command) {
                case "info" -> InfoCommand.run(Options.parse(command, rest, Set.of()), console);
                case "demo" -> DemoCommand.run(Options.parse(command, rest, Set.of("backend")), console);
                case "bench" -> BenchCommand.run(Options.parse(command, rest, Set.of("seconds")), console);
                case "plot" -> PlotCommand.run(Options.parse(command, rest, Set.of("out", "seconds")), console);
                default -> throw new UsageException("unknown command '" + command + "'");
            }
            console.out().flush();
            return 0;
        } catch (UsageException e) {
            console.err().println("jtensor: " + e.getMessage());
            console.err().println();
            console.err().print(USAGE);
            return 2;
        } catch (BackendUnavailableException | UnsupportedOperationException | IOException | UncheckedIOException e) {
            console.out().flush();
            console.err().println("jtensor: " + e.getMessage());
            return 1;
        }
    }
}
