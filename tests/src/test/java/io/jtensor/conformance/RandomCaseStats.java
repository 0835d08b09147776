package io.jtensor.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of a random-case run, per op: cases run, mismatches and the worst ULP distance seen in
 * a floating result; the first mismatches as one-line reproducers.
 */
final class RandomCaseStats {

    private static final int MAX_REPORTED = 20;

    private final String title;
    private final Map<String, long[]> perOp = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private long cases;
    private long mismatches;

    RandomCaseStats(String title) {
        this.title = title;
    }

    /** Records one case; {@code failure} is null when it passed. */
    void add(RandomCase c, String failure, long worstUlp) {
        long[] s = perOp.computeIfAbsent(c.family().name().toLowerCase() + " " + c.op(), k -> new long[3]);
        s[0]++;
        s[2] = Math.max(s[2], worstUlp);
        cases++;
        if (failure != null) {
            s[1]++;
            mismatches++;
            if (failures.size() < MAX_REPORTED) {
                failures.add("RandomCase.of(" + c.seed() + "L): " + failure + "\n    case: " + c);
            }
        }
    }

    long cases() {
        return cases;
    }

    long mismatches() {
        return mismatches;
    }

    /** The mismatches as reproducers, one per line (empty when none). */
    String failures() {
        return title + ": " + mismatches + " of " + cases + " cases differ:\n" + String.join("\n", failures);
    }

    /**
     * The figures as a table: op, cases, mismatches, and the worst error seen in a passing or
     * failing element (ULP for element-wise ops, units of eps·scale for reductions, rows and
     * matmul, see {@link RandomCaseRun#compare}).
     */
    String table() {
        StringBuilder s = new StringBuilder(title + ": " + cases + " cases, " + mismatches + " mismatches\n");
        s.append(String.format("%-26s %8s %10s %9s%n", "op", "cases", "mismatches", "worst"));
        perOp.forEach((op, v) -> s.append(String.format("%-26s %8d %10d %9d%n", op, v[0], v[1], v[2])));
        return s.toString();
    }
}
