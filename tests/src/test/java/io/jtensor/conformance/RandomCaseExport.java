package io.jtensor.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Writes the cases {@link RandomCaseParityTest} replays as JSON lines, for
 * {@code tests/reference/random_cases.py} to evaluate with NumPy. Runs only when asked:
 *
 * <pre>
 * mvn -B -o -pl tests -am test -Dtest=RandomCaseExport -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djtensor.fuzz.export=$PWD/tests/target/random-cases.jsonl
 * python3 tests/reference/random_cases.py tests/target/random-cases.jsonl
 * </pre>
 */
class RandomCaseExport {

    /** The run seed of the committed NumPy reference file, and its number of cases. */
    static final long PARITY_RUN_SEED = 8;
    static final int PARITY_CASES = 3000;

    @Test
    @EnabledIfSystemProperty(named = "jtensor.fuzz.export", matches = ".+")
    void export() throws IOException {
        Path file = Path.of(System.getProperty("jtensor.fuzz.export"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < PARITY_CASES; i++) {
                w.write(json(RandomCase.of(RandomCase.caseSeed(PARITY_RUN_SEED, i))));
                w.write('\n');
            }
        }
    }

    static String json(RandomCase c) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        j.add("\"seed\": " + c.seed()).add("\"family\": \"" + c.family() + "\"").add("\"op\": \"" + c.op() + "\"");
        j.add("\"inputs\": [" + c.inputs().stream().map(RandomCaseExport::json).collect(Collectors.joining(", ")) + "]");
        j.add("\"out\": " + (c.out() == null ? "null" : json(c.out())));
        j.add("\"where\": " + (c.where() == null ? "null" : json(c.where())));
        j.add("\"axes\": " + (c.axes() == null ? "null" : Arrays.toString(c.axes())));
        j.add("\"keepdims\": " + c.keepdims()).add("\"ddof\": " + c.ddof());
        return j.toString();
    }

    private static String json(RandomCase.Operand o) {
        String values = o.floats() != null
                ? Arrays.stream(o.floats()).mapToObj(v -> "\"" + v + "\"").collect(Collectors.joining(", "))
                : Arrays.stream(o.ints()).mapToObj(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
        List<String> views = o.views().stream().map(v -> switch (v) {
            case RandomCase.Transpose t -> "{\"kind\": \"transpose\", \"perm\": " + Arrays.toString(t.perm()) + "}";
            case RandomCase.Slice s -> "{\"kind\": \"slice\", \"axis\": " + s.axis() + ", \"start\": " + bound(s.start())
                    + ", \"stop\": " + bound(s.stop()) + ", \"step\": " + s.step() + "}";
            case RandomCase.Broadcast b -> "{\"kind\": \"broadcast\", \"shape\": " + Arrays.toString(b.shape()) + "}";
        }).toList();
        return "{\"dtype\": \"" + o.dtype().numpyName() + "\", \"shape\": " + Arrays.toString(o.baseShape())
                + ", \"values\": [" + values + "], \"views\": [" + String.join(", ", views) + "]}";
    }

    private static String bound(long v) {
        return v == Long.MIN_VALUE || v == Long.MAX_VALUE ? "null" : Long.toString(v);
    }
}
