package io.jtensor.cli;

import java.io.PrintStream;

/**
 * Progress through a fixed number of steps: a bar redrawn in place on a terminal, one plain line
 * per step otherwise (a log or a pipe gets no carriage returns).
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private int done;
    private int drawnLength;

    /** Progress over {@code total} steps written to the console's output. */
    ProgressBar(Console console, int total) {
        this.out = console.out();
        this.terminal = console.terminal();
        this.total = total;
    }

    /** Reports that the next step, described by {@code label}, starts. */
    void start(String label) {
        int step = done + 1;
        if (!terminal) {
            out.printf("[%d/%d] %s%n", step, total, label);
            out.flush();
            return;
        }
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        String line = String.format("\r[%s%s] %3d%%  %d/%d %s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                total == 0 ? 100 : 100 * done / total, step, total, label);
        out.print(line + " ".repeat(Math.max(0, drawnLength - line.length())));
        out.flush();
        drawnLength = line.length();
    }

    /** Reports that the current step has finished. */
    void finish() {
        done++;
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    void close() {
        if (terminal && drawnLength > 0) {
            out.print("\r" + " ".repeat(drawnLength) + "\r");
            out.flush();
        }
    }
}
