package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.FloatFormat;
import io.jtensor.Np;
import io.jtensor.PrintOptions;
import io.jtensor.PrintOptionsScope;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code formatFloatPositional}, {@code formatFloatScientific}, {@code array2string},
 * {@code arrayStr}, {@code arrayRepr} and the print options: NumPy's {@code printing.csv}
 * replayed string for string (the tensors live on the backend under test and are read back by
 * the printer), plus the per-thread scope of the options and the error paths.
 */
public abstract class PrintingConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("printing.csv", r -> r.get("op") + " "
                + r.get("input").substring(0, r.get("input").indexOf(':', r.get("input").indexOf(':') + 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    /**
     * printing_fuzz.csv (random tensors, values and options drawn by tests/reference/printing_fuzz.py),
     * or the file a long run names with {@code -Djtensor.printFuzz.file=PATH}; groups of 100 rows.
     */
    static Stream<Arguments> fuzzGroups() {
        String file = System.getProperty("jtensor.printFuzz.file", "");
        List<Row> rows = (file.isEmpty() ? ReferenceData.table("printing_fuzz.csv")
                : ReferenceData.tableAt(Path.of(file))).rows();
        int group = 100;
        return IntStream.range(0, (rows.size() + group - 1) / group).mapToObj(g -> Arguments.of(
                "rows " + (g * group + 1) + "-" + Math.min(rows.size(), (g + 1) * group),
                rows.subList(g * group, Math.min(rows.size(), (g + 1) * group))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fuzzGroups")
    void randomCases(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        Map<String, String> options = options(unescape(row.get("options")));
        String expected = unescape(row.get("expected"));
        Tensor x = (Tensor) ManipulationConformance.operand(row.get("input"));
        String what = row.where() + " " + op + "(" + abbreviated(row.get("input")) + ", " + options + ")";
        if (expected.startsWith("error:")) {
            assertThrows(IllegalArgumentException.class, () -> run(op, x, options), what);
            return;
        }
        assertEquals(expected, run(op, x, options), what);
    }

    private static String run(String op, Tensor x, Map<String, String> options) {
        return switch (op) {
            case "format_float_positional", "format_float_scientific" -> {
                boolean scientific = op.endsWith("scientific");
                FloatFormat format = floatFormat(scientific, options);
                if (x.dtype() == DType.FLOAT16) {
                    yield scientific ? Np.formatFloatScientific(x.item(), DType.FLOAT16, format)
                            : Np.formatFloatPositional(x.item(), DType.FLOAT16, format);
                }
                if (x.dtype() == DType.FLOAT32) {
                    float v = (float) x.item();
                    yield scientific ? Np.formatFloatScientific(v, format) : Np.formatFloatPositional(v, format);
                }
                yield scientific ? Np.formatFloatScientific(x.item(), format) : Np.formatFloatPositional(x.item(), format);
            }
            case "array2string" -> Np.array2string(x, printOptions(PrintOptions.defaults(), options));
            case "str", "repr" -> {
                PrintOptions o = printOptions(PrintOptions.defaults(), options);
                String direct = op.equals("str") ? Np.arrayStr(x, o) : Np.arrayRepr(x, o);
                try (PrintOptionsScope scope = Np.printOptions(o)) {
                    String global = op.equals("str") ? x.toString() : Np.arrayRepr(x);
                    assertEquals(direct, global, op + " with the options set globally and passed directly");
                }
                yield direct;
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    private static FloatFormat floatFormat(boolean scientific, Map<String, String> options) {
        FloatFormat f = scientific ? FloatFormat.scientific() : FloatFormat.positional();
        for (Map.Entry<String, String> e : options.entrySet()) {
            String v = e.getValue();
            f = switch (e.getKey()) {
                case "precision" -> f.precision(Integer.parseInt(v));
                case "unique" -> f.unique(Boolean.parseBoolean(v));
                case "fractional" -> f.fractional(Boolean.parseBoolean(v));
                case "trim" -> {
                    if (v.length() != 1) {
                        throw new IllegalArgumentException("trim '" + v + "' is not one character");
                    }
                    yield f.trim(v.charAt(0));
                }
                case "sign" -> f.sign(Boolean.parseBoolean(v));
                case "padLeft" -> f.padLeft(Integer.parseInt(v));
                case "padRight" -> f.padRight(Integer.parseInt(v));
                case "expDigits" -> f.expDigits(Integer.parseInt(v));
                case "minDigits" -> f.minDigits(Integer.parseInt(v));
                default -> throw new IllegalStateException("unknown option " + e.getKey());
            };
        }
        return f;
    }

    private static PrintOptions printOptions(PrintOptions start, Map<String, String> options) {
        PrintOptions o = start;
        for (Map.Entry<String, String> e : options.entrySet()) {
            String v = e.getValue();
            o = switch (e.getKey()) {
                case "maxLineWidth" -> o.maxLineWidth(Integer.parseInt(v));
                case "precision" -> o.precision(Integer.parseInt(v));
                case "suppressSmall" -> o.suppressSmall(Boolean.parseBoolean(v));
                case "separator" -> o.separator(v);
                case "prefix" -> o.prefix(v);
                case "suffix" -> o.suffix(v);
                case "threshold" -> o.threshold(Long.parseLong(v));
                case "edgeItems" -> o.edgeItems(Integer.parseInt(v));
                case "sign" -> {
                    if (v.length() != 1) {
                        throw new IllegalArgumentException("sign '" + v + "' is not one character");
                    }
                    yield o.sign(v.charAt(0));
                }
                case "floatMode" -> o.floatMode(v);
                case "nanStr" -> o.nanStr(v);
                case "infStr" -> o.infStr(v);
                default -> throw new IllegalStateException("unknown option " + e.getKey());
            };
        }
        return o;
    }

    /** {@code name=value;...} in order; values may hold spaces, never ';' or '='. */
    private static Map<String, String> options(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!text.equals("-")) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    /** The generator's escapes: \\ for a backslash, \c for a comma, \n for a newline. */
    static String unescape(String field) {
        StringBuilder s = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char next = field.charAt(++i);
            s.append(switch (next) {
                case 'n' -> '\n';
                case 'c' -> ',';
                case '\\' -> '\\';
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + field);
            });
        }
        return s.toString();
    }

    private static String abbreviated(String input) {
        return input.length() > 80 ? input.substring(0, 80) + "..." : input;
    }

    // ---- print options: per thread, scoped, used by toString ----------------------------------

    /** str(np.array(2**63 - 1)) and the others, from NumPy 2.4: int64 digits beyond 2^53 are exact. */
    @Test
    void zeroDimensionalInt64KeepsEveryDigit() {
        assertEquals("9223372036854775807", Np.array(new long[] {Long.MAX_VALUE}).reshape().toString());
        assertEquals("9007199254740993", Np.array(new long[] {(1L << 53) + 1}).reshape().toString());
        assertEquals("array(-9223372036854775807)", Np.arrayRepr(Np.array(new long[] {Long.MIN_VALUE + 1}).reshape()));
    }

    @Test
    void toStringFollowsTheScopeAndTheScopeRestores() {
        Tensor x = f64(Math.PI, Math.E);
        assertEquals("[3.14159265 2.71828183]", x.toString());
        try (PrintOptionsScope outer = Np.printOptions(Np.getPrintOptions().precision(2))) {
            assertEquals("[3.14 2.72]", x.toString());
            try (PrintOptionsScope inner = Np.printOptions(Np.getPrintOptions().sign('+'))) {
                assertEquals("[+3.14 +2.72]", x.toString());
                assertEquals(2, Np.getPrintOptions().precision());
            }
            assertEquals("[3.14 2.72]", x.toString());
        }
        assertEquals(PrintOptions.defaults(), Np.getPrintOptions());
        assertEquals("[3.14159265 2.71828183]", x.toString());
    }

    @Test
    void setPrintOptionsLastsUntilReset() {
        Tensor x = f64(1e-9, 1);
        try {
            Np.setPrintOptions(Np.getPrintOptions().suppressSmall(true).precision(3));
            assertEquals("[0. 1.]", x.toString());
            assertEquals("array([0., 1.])", Np.arrayRepr(x));
        } finally {
            Np.setPrintOptions(PrintOptions.defaults());
        }
        assertEquals("[1.e-09 1.e+00]", x.toString());
    }

    @Test
    void printOptionsArePerThread() throws Exception {
        Tensor x = f64(Math.PI);
        try (PrintOptionsScope scope = Np.printOptions(Np.getPrintOptions().precision(1))) {
            assertEquals("[3.1]", x.toString());
            String elsewhere = CompletableFuture.supplyAsync(() -> Np.arrayStr(x)).get();
            assertEquals("[3.14159265]", elsewhere, "another thread keeps NumPy's defaults");
            PrintOptions seen = CompletableFuture.supplyAsync(Np::getPrintOptions).get();
            assertEquals(PrintOptions.defaults(), seen);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> {
                        try {
                            CompletableFuture.runAsync(scope::close).join();
                        } catch (java.util.concurrent.CompletionException c) {
                            throw (RuntimeException) c.getCause();
                        }
                    });
            assertEquals(true, e.getMessage().contains("printOptions"), e.getMessage());
        }
        assertEquals("[3.14159265]", x.toString());
    }

    @Test
    void printOptionsRejectArray2stringArguments() {
        throwsWith(IllegalArgumentException.class, () -> Np.setPrintOptions(PrintOptions.defaults().separator(", ")),
                "setPrintOptions: separator, prefix and suffix");
        throwsWith(IllegalArgumentException.class, () -> Np.printOptions(PrintOptions.defaults().prefix("array(")),
                "printOptions: separator, prefix and suffix");
        assertEquals(PrintOptions.defaults(), Np.getPrintOptions());
    }

    @Test
    void optionErrorsNameTheOptionAndTheValidValues() {
        throwsWith(IllegalArgumentException.class, () -> PrintOptions.defaults().floatMode("short"),
                "floatmode must be one of [fixed, unique, maxprec, maxprec_equal]");
        throwsWith(IllegalArgumentException.class, () -> PrintOptions.defaults().sign('x'),
                "sign must be one of '-', '+' or ' ', got 'x'");
        throwsWith(IllegalArgumentException.class, () -> PrintOptions.defaults().edgeItems(0),
                "edgeitems must be >= 1, got 0");
        throwsWith(IllegalArgumentException.class, () -> PrintOptions.defaults().precision(-1),
                "precision must be >= 0, got -1");
        throwsWith(IllegalArgumentException.class, () -> FloatFormat.positional().trim('x'),
                "formatFloatPositional: trim must be 'k', '.', '0' or '-', got 'x'");
        throwsWith(IllegalArgumentException.class, () -> FloatFormat.scientific().padRight(2),
                "formatFloatScientific: pad_right is not an option");
        throwsWith(IllegalArgumentException.class, () -> FloatFormat.positional().expDigits(2),
                "formatFloatPositional: exp_digits is not an option");
        throwsWith(IllegalArgumentException.class, () -> Np.formatFloatPositional(1.5, FloatFormat.positional().unique(false)),
                "formatFloatPositional: in non-unique mode precision must be");
        throwsWith(IllegalArgumentException.class, () -> Np.formatFloatScientific(1.5f,
                FloatFormat.scientific().precision(3).minDigits(5)),
                "formatFloatScientific: min_digits (5) must be less than or equal"
                + " to precision (3)");
        throwsWith(IllegalArgumentException.class, () -> Np.formatFloatScientific(1.5, FloatFormat.positional()),
                "formatFloatScientific: expected FloatFormat.scientific()");
    }

    @Test
    void hugeResultsAreErrorsNotOutOfMemory() {
        assertEquals(16383, Np.formatFloatPositional(1.0, FloatFormat.positional().padLeft(16382)).length());
        throwsWith(IllegalArgumentException.class,
                () -> Np.formatFloatPositional(1.0, FloatFormat.positional().padLeft(16383)),
                "formatFloatPositional: the result would have 16384 characters or more; NumPy's limit is 16383");
        throwsWith(IllegalArgumentException.class,
                () -> Np.formatFloatPositional(1.0, FloatFormat.positional().minDigits(Integer.MAX_VALUE)),
                "formatFloatPositional: the result would have");
        throwsWith(IllegalArgumentException.class,
                () -> Np.formatFloatScientific(1.0f, FloatFormat.scientific().padLeft(Integer.MAX_VALUE)),
                "formatFloatScientific: the result would have");
        throwsWith(IllegalArgumentException.class,
                () -> Np.array2string(f64(1.5), PrintOptions.defaults().floatMode("fixed").precision(Integer.MAX_VALUE)),
                "the result would have");
    }

    @Test
    void minusOneIsNone() {
        assertEquals(Np.formatFloatPositional(0.1 + 0.2),
                Np.formatFloatPositional(0.1 + 0.2, FloatFormat.positional().precision(3).precision(-1)));
        assertEquals("0.30000000000000004", Np.formatFloatPositional(0.1 + 0.2));
        assertEquals("3.e-01", Np.formatFloatScientific(0.1f + 0.2f));
        assertEquals("3.0000000000000004e-01", Np.formatFloatScientific(0.1 + 0.2));
    }

    /** The examples of the javadoc, so they cannot drift from what the code prints. */
    @Test
    void javadocExamples() {
        assertEquals("0.30000000000000004", Np.formatFloatPositional(0.1 + 0.2));
        assertEquals("  3.1416", Np.formatFloatPositional(Math.PI, FloatFormat.positional().precision(4).padLeft(3)));
        assertEquals("0", Np.formatFloatPositional(0.5, FloatFormat.positional().precision(0).trim('-')));
        assertEquals("0.100000001490",
                Np.formatFloatPositional(0.1f, FloatFormat.positional().precision(12).unique(false)));
        assertEquals("0.1", Np.formatFloatPositional(0.1f));
        assertEquals("3.142", Np.formatFloatPositional(Math.PI, FloatFormat.positional().precision(3)));
        assertEquals("2", Np.formatFloatPositional(2.0, FloatFormat.positional().trim('-')));
        assertEquals("1.2345e+04", Np.formatFloatScientific(12345.0));
        assertEquals("1.23e+003", Np.formatFloatScientific(1234.5, FloatFormat.scientific().precision(2).expDigits(3)));
        assertEquals("3.403e+38", Np.formatFloatScientific(3.4028235e38f, FloatFormat.scientific().precision(3)));
        assertEquals("[1. , 2.5]", Np.array2string(f64(1, 2.5), PrintOptions.defaults().separator(", ")));
        assertEquals("[1.  2.5]", Np.array2string(f64(1, 2.5)));
        assertEquals("[3.142 0.   ]", Np.arrayStr(f64(Math.PI, 1e-9), 75, 3, true));
        assertEquals("array([3.142, 0.   ])", Np.arrayRepr(f64(Math.PI, 1e-9), 75, 3, true));
        assertEquals("array([], shape=(0, 3), dtype=float64)", Np.arrayRepr(Np.zeros(0, 3)));
        assertEquals("5e-324", Np.zeros().fill(Double.MIN_VALUE).toString(), "NumPy's 1 digit, not Java's 4.9E-324");
    }

    @Test
    void summarisedTensorsPrintTheirEdgesFromTheBackend() {
        Tensor x = Np.arange(10000L);
        assertOnBackend("arange", x);
        assertEquals("array([   0,    1,    2, ..., 9997, 9998, 9999], shape=(10000,))", Np.arrayRepr(x));
        Tensor big = Np.array(new long[] {Long.MAX_VALUE, 0, Long.MIN_VALUE}).repeat(400);
        assertEquals("[ 9223372036854775807  9223372036854775807  9223372036854775807 ...\n"
                + " -9223372036854775808 -9223372036854775808 -9223372036854775808]", big.toString());
    }
}
