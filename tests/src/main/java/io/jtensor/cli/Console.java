package io.jtensor.cli;

import java.io.PrintStream;

/**
 * Where a command writes.
 *
 * @param out      results
 * @param err      errors and usage
 * @param terminal whether {@code out} is an interactive terminal, where progress is drawn as a bar
 */
record Console(PrintStream out, PrintStream err, boolean terminal) {
}
