package io.jtensor.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} (or {@code --name=value}) options after a subcommand, checked against
 * the names the subcommand accepts.
 */
final class Options {

    private final String command;
    private final Map<String, String> values;

    private Options(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /**
     * Parses {@code args}, every one of which must be an option of {@code allowed} with a value.
     *
     * @throws UsageException for an unknown option, a repeated one, one without a value or a stray argument
     */
    static Options parse(String command, List<String> args, Set<String> allowed) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!allowed.contains(name)) {
                throw new UsageException(command + ": unknown option '--" + name + "'"
                        + (allowed.isEmpty() ? " (it takes none)" : " (valid: --" + String.join(", --", allowed.stream().sorted().toList()) + ")"));
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(command + ": option '--" + name + "' needs a value");
            }
            if (values.put(name, value) != null) {
                throw new UsageException(command + ": option '--" + name + "' is given twice");
            }
        }
        return new Options(command, values);
    }

    /** The value of {@code --name}, if given. */
    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * The value of {@code --name} as a number of seconds in {@code (0, max]}, or {@code fallback}.
     *
     * @throws UsageException when it is not such a number
     */
    double seconds(String name, double fallback, double max) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        double seconds;
        try {
            seconds = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a number of seconds, got '" + value + "'");
        }
        if (!(seconds > 0 && seconds <= max)) {
            throw new UsageException(command + ": --" + name + " must be more than 0 and at most " + max
                    + " seconds, got " + value);
        }
        return seconds;
    }

    /**
     * The value of {@code --name} as a path, or {@code fallback}.
     *
     * @throws UsageException when it is not a valid path
     */
    Path path(String name, Path fallback) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            if (value.isBlank()) {
                throw new InvalidPathException(value, "empty path");
            }
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(command + ": --" + name + " is not a valid path: " + e.getMessage());
        }
    }
}
