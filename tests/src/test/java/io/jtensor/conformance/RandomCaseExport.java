package io.jtensor.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>A long parity run draws other cases: {@code -Djtensor.fuzz.parity.seed=N} and
 * {@code -Djtensor.fuzz.parity.cases=M} here, the script's second argument writes the results
 * elsewhere ({@code random_cases.py cases.jsonl tests/target/random-long.csv}), and
 * {@link RandomCaseParityTest} replays that file with the same two properties and
 * {@code -Djtensor.fuzz.parity.file=...}; {@code -Djtensor.fuzz.parity.families=LINALG,EXTRA} (on both)
 * spends a long run on some families.
 */
class RandomCaseExport {

    /** The run seed of the committed NumPy reference file, and its number of cases. */
    static final long PARITY_RUN_SEED = 8;
    static final int PARITY_CASES = 3000;
    /**
     * The least number of cases of each family in the committed file: the families of the draw's
     * tail get some 50 of the first 3000 cases each, too few to meet their rarer calls, so later
     * cases of those families are added until each has this many.
     */
    static final int PARITY_MIN_PER_FAMILY = 150;

    @Test
    @EnabledIfSystemProperty(named = "jtensor.fuzz.export", matches = ".+")
    void export() throws IOException {
        Path file = Path.of(System.getProperty("jtensor.fuzz.export"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file)) {
            for (long seed : seeds()) {
                w.write(json(RandomCase.of(seed)));
                w.write('\n');
            }
        }
    }

    /** The run seed: {@code jtensor.fuzz.parity.seed}, else the committed file's. */
    static long runSeed() {
        return Long.getLong("jtensor.fuzz.parity.seed", PARITY_RUN_SEED);
    }

    /** The number of cases: {@code jtensor.fuzz.parity.cases}, else the committed file's. */
    static int cases() {
        return Integer.getInteger("jtensor.fuzz.parity.cases", PARITY_CASES);
    }

    /** The least number of cases per family: {@code jtensor.fuzz.parity.minPerFamily}, else the committed file's. */
    static int minPerFamily() {
        return Integer.getInteger("jtensor.fuzz.parity.minPerFamily", PARITY_MIN_PER_FAMILY);
    }

    /**
     * The families a run keeps: {@code jtensor.fuzz.parity.families} (names of {@link RandomCase.Family},
     * comma-separated, e.g. {@code LINALG,EXTRA}) for a long run spent on some families, else all.
     */
    static Set<RandomCase.Family> families() {
        String names = System.getProperty("jtensor.fuzz.parity.families", "").trim();
        if (names.isEmpty()) {
            return EnumSet.allOf(RandomCase.Family.class);
        }
        Set<RandomCase.Family> families = EnumSet.noneOf(RandomCase.Family.class);
        for (String name : names.split(",")) {
            try {
                families.add(RandomCase.Family.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("jtensor.fuzz.parity.families: no family '" + name.trim()
                        + "'; choose from " + Arrays.toString(RandomCase.Family.values()), e);
            }
        }
        return families;
    }

    /**
     * The case seeds of the run, in the order of the reference file: the first {@link #cases()} cases of
     * {@link #runSeed()} that belong to the {@link #families()} kept, then, drawing on, each later such
     * case whose family has fewer than {@link #minPerFamily()} cases so far, until no kept family has fewer.
     */
    static List<Long> seeds() {
        long run = runSeed();
        int n = cases();
        int minimum = minPerFamily();
        Set<RandomCase.Family> kept = families();
        List<Long> seeds = new ArrayList<>();
        Map<RandomCase.Family, Integer> counts = new EnumMap<>(RandomCase.Family.class);
        long limit = Math.max(1000L * n, 1000L * minimum * RandomCase.Family.values().length);
        for (long i = 0; i < limit; i++) {
            long seed = RandomCase.caseSeed(run, i);
            RandomCase.Family family = RandomCase.of(seed).family();
            if (!kept.contains(family)) {
                continue;
            }
            int count = counts.getOrDefault(family, 0);
            if (seeds.size() < n || count < minimum) {
                seeds.add(seed);
                counts.put(family, count + 1);
            }
            if (seeds.size() >= n && counts.keySet().containsAll(kept)
                    && counts.values().stream().allMatch(c -> c >= minimum)) {
                return seeds;
            }
        }
        throw new IllegalStateException("no " + n + " cases with " + minimum + " of every family in " + kept
                + " in the first " + limit + " of run " + run + ": " + counts);
    }

    static String json(RandomCase c) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        j.add("\"seed\": " + c.seed()).add("\"family\": \"" + c.family() + "\"").add("\"op\": \"" + c.op() + "\"");
        j.add("\"inputs\": [" + c.inputs().stream().map(o -> o == null ? "null" : json(o)).collect(Collectors.joining(", ")) + "]");
        j.add("\"out\": " + (c.out() == null ? "null" : json(c.out())));
        j.add("\"where\": " + (c.where() == null ? "null" : json(c.where())));
        j.add("\"axes\": " + (c.axes() == null ? "null" : Arrays.toString(c.axes())));
        j.add("\"keepdims\": " + c.keepdims()).add("\"ddof\": " + c.ddof());
        j.add("\"index\": [" + c.index().stream().map(RandomCaseExport::json).collect(Collectors.joining(", ")) + "]");
        j.add("\"params\": {" + c.params().entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + jsonValue(e.getValue()))
                .collect(Collectors.joining(", ")) + "}");
        return j.toString();
    }

    /**
     * A named parameter as JSON: null, a boolean, a number (a double keeps its exact decimal form,
     * NaN and infinities as strings), a string, an operand, or an int/long/double array or list of
     * these.
     */
    static String jsonValue(Object v) {
        return switch (v) {
            case null -> "null";
            case Boolean b -> b.toString();
            case Double d when d.isNaN() || d.isInfinite() -> "\"" + d + "\"";
            case Float f -> jsonValue(f.doubleValue());
            case Number n -> n.toString();
            case String s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case RandomCase.Operand o -> json(o);
            case int[] a -> Arrays.toString(a);
            case long[] a -> Arrays.toString(a);
            case double[] a -> Arrays.stream(a).mapToObj(RandomCaseExport::jsonValue).collect(Collectors.joining(", ", "[", "]"));
            case List<?> l -> l.stream().map(RandomCaseExport::jsonValue).collect(Collectors.joining(", ", "[", "]"));
            default -> throw new IllegalArgumentException("no JSON form for a parameter of " + v.getClass());
        };
    }

    private static String json(RandomCase.IndexItem item) {
        return switch (item) {
            case RandomCase.IntItem n -> "{\"kind\": \"int\", \"value\": " + n.value() + "}";
            case RandomCase.SliceItem s -> "{\"kind\": \"slice\", \"start\": " + s.start() + ", \"stop\": " + s.stop()
                    + ", \"step\": " + s.step() + "}";
            case RandomCase.MarkerItem m -> "{\"kind\": \"" + (m.marker() == io.jtensor.Index.ELLIPSIS ? "ellipsis" : "newaxis")
                    + "\"}";
            case RandomCase.ArrayItem a -> "{\"kind\": \"array\", \"java\": " + a.java() + ", \"array\": " + json(a.array())
                    + "}";
        };
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
