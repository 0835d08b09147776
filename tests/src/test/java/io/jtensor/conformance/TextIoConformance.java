package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code savetxt} and {@code loadtxt}: NumPy's {@code textio.csv} replayed on the backend under
 * test. savetxt's output must be NumPy's bytes exactly (the files NumPy wrote, under
 * {@code /io/textio/}); loadtxt must read NumPy's input files to NumPy's dtype, shape and values
 * bit for bit (any NaN for NaN), on this backend; NumPy's errors must be
 * {@link IllegalArgumentException}s.
 */
public abstract class TextIoConformance extends ConformanceCase {

    @TempDir
    Path dir;

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("textio.csv", r -> r.get("op") + " " + r.get("result_dtype"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) throws IOException {
        String what = row.where() + " " + row.get("op") + "(" + row.get("inputs") + ", " + row.get("args") + ")";
        Map<String, List<String>> args = arguments(row.get("args"));
        boolean error = row.get("result_dtype").equals("error");
        if (row.get("op").equals("savetxt")) {
            Path file = dir.resolve("out" + row.line() + ".txt");
            try (Tensor x = (Tensor) ManipulationConformance.operand(row.get("inputs"))) {
                if (error) {
                    assertThrows(IllegalArgumentException.class, () -> savetxt(file, x, args), what);
                    assertFalse(Files.exists(file), what + ": no file is left behind after an error");
                    return;
                }
                savetxt(file, x, args);
            }
            byte[] expected = resource(row.get("expected"));
            byte[] actual = Files.readAllBytes(file);
            assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(actual, StandardCharsets.ISO_8859_1), what);
            assertArrayEquals(expected, actual, what);
            return;
        }
        Path file = dir.resolve(row.get("inputs"));
        Files.write(file, resource(row.get("inputs")));
        if (error) {
            assertThrows(IllegalArgumentException.class, () -> loadtxt(file, args), what);
            return;
        }
        try (Tensor t = loadtxt(file, args)) {
            assertSame(backend(), t.backend(), what + ": on the backend under test");
            DType dtype = dtype(row.get("result_dtype"));
            assertEquals(dtype, t.dtype(), what + ": dtype");
            assertArrayEquals(parseShape(row.get("shape")), t.shape(), what + ": shape");
            String[] values = row.get("expected").equals("-") ? new String[0] : tokens(row.get("expected"));
            try (Tensor want = ReferenceData.tensor(dtype, t.shape(), values)) {
                if (dtype.isFloatingPoint()) {
                    double[] w = want.toDoubleArray();
                    double[] a = t.toDoubleArray();
                    for (int i = 0; i < w.length; i++) {
                        if (!(Double.isNaN(w[i]) && Double.isNaN(a[i]))) {
                            assertEquals(Double.doubleToLongBits(w[i]), Double.doubleToLongBits(a[i]),
                                    what + ": element " + i + " is " + a[i] + ", NumPy's is " + w[i]);
                        }
                    }
                } else {
                    assertArrayEquals(want.toLongArray(), t.toLongArray(), what + ": values");
                }
            }
        }
    }

    private static void savetxt(Path file, Tensor x, Map<String, List<String>> args) throws IOException {
        String delimiter = one(args, "delimiter", " ");
        String newline = one(args, "newline", "\n");
        String header = one(args, "header", "");
        String footer = one(args, "footer", "");
        String comments = one(args, "comments", "# ");
        if (args.containsKey("fmtcol")) {
            Np.savetxt(file, x, args.get("fmtcol").toArray(String[]::new), delimiter, newline, header, footer, comments);
        } else if (args.size() == 0) {
            Np.savetxt(file, x);
        } else if (args.keySet().equals(java.util.Set.of("fmt"))) {
            Np.savetxt(file, x, one(args, "fmt", null));
        } else {
            Np.savetxt(file, x, one(args, "fmt", "%.18e"), delimiter, newline, header, footer, comments);
        }
    }

    private static Tensor loadtxt(Path file, Map<String, List<String>> args) throws IOException {
        if (args.isEmpty()) {
            return Np.loadtxt(file);
        }
        DType dtype = dtype(one(args, "dtype", "float64"));
        if (args.keySet().equals(java.util.Set.of("dtype"))) {
            return Np.loadtxt(file, dtype);
        }
        String comments = nullable(one(args, "comments", "#"));
        String delimiter = nullable(one(args, "delimiter", "None"));
        int skiprows = Integer.parseInt(one(args, "skiprows", "0"));
        String usecolsText = one(args, "usecols", "none");
        int[] usecols = usecolsText.equals("none") ? null
                : usecolsText.isEmpty() ? new int[0] : Arrays.stream(usecolsText.split(";")).mapToInt(Integer::parseInt).toArray();
        boolean unpack = Boolean.parseBoolean(one(args, "unpack", "False").toLowerCase());
        int ndmin = Integer.parseInt(one(args, "ndmin", "0"));
        long maxRows = Long.parseLong(one(args, "max_rows", "-1"));
        return Np.loadtxt(file, dtype, comments, delimiter, skiprows, usecols, unpack, ndmin, maxRows);
    }

    private static String nullable(String text) {
        return text.equals("None") ? null : text;
    }

    private static String one(Map<String, List<String>> args, String key, String fallback) {
        List<String> values = args.get(key);
        return values == null ? fallback : values.getFirst();
    }

    private static Map<String, List<String>> arguments(String text) {
        Map<String, List<String>> args = new LinkedHashMap<>();
        if (text.equals("-")) {
            return args;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            args.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return args;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TextIoConformance.class.getResourceAsStream("/io/textio/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /io/textio/" + name
                        + " (generate it with python3 tests/reference/generate.py textio)");
            }
            return in.readAllBytes();
        }
    }
}
