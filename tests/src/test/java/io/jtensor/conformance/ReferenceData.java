package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.params.provider.Arguments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the NumPy reference files written by {@code tests/reference/generate.py} (class-path
 * resources under {@code /reference/}) and turns their fields into Java values and tensors.
 *
 * <p>Format: one case per line, comma-separated fields, a header line, {@code #} comments. Floats
 * are Python reprs ({@code nan}, {@code inf}, {@code -0.0}, {@code 1e-310}), lists are
 * space-separated, shapes are {@code 2x3x4} ({@code 0d} for a 0-d tensor), axes are {@code none},
 * {@code empty} or {@code 0;-1}, and a tensor reference is a row name of {@code tensors.csv},
 * optionally with {@code .T} or {@code .mT}.
 */
final class ReferenceData {

    private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();
    private static volatile Map<String, Row> tensors;

    private ReferenceData() {
    }

    /** One line of a file, with access to its fields by column name. */
    record Row(Table table, int line, String[] fields) {
        String get(String column) {
            return fields[table.column(column)];
        }

        /** "file:line" for messages. */
        String where() {
            return table.file() + ":" + line;
        }

        @Override
        public String toString() {
            return where() + " " + String.join(",", fields);
        }
    }

    /** A parsed file. */
    record Table(String file, List<String> header, List<Row> rows) {
        int column(String name) {
            int i = header.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException(file + " has no column " + name + " (columns: " + header + ")");
            }
            return i;
        }

        /** The rows grouped by the given key, in file order. */
        Map<String, List<Row>> groupBy(Function<Row, String> key) {
            return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        }
    }

    /**
     * The rows of {@code file} grouped by {@code key}, in file order, as the arguments
     * {@code (String key, List<Row> rows)} of a parameterized test.
     */
    static Stream<Arguments> groupArguments(String file, Function<Row, String> key) {
        return table(file).groupBy(key).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The file {@code /reference/<name>}, parsed once. */
    static Table table(String name) {
        return TABLES.computeIfAbsent(name, ReferenceData::read);
    }

    /** A reference file outside the test resources (a long fuzz run's NumPy results), parsed each call. */
    static Table tableAt(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table read(String name) {
        String resource = "/reference/" + name;
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource
                        + " (generate it with python3 tests/reference/generate.py)");
            }
            return parse(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table parse(String name, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<String[]> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (header == null) {
                header = List.of(fields);
                continue;
            }
            if (fields.length != header.size()) {
                throw new IllegalStateException(name + ":" + number + " has " + fields.length + " fields, expected "
                        + header.size());
            }
            raw.add(fields);
            lines.add(number);
        }
        if (header == null) {
            throw new IllegalStateException(name + " has no header line");
        }
        List<Row> rows = new ArrayList<>();
        Table table = new Table(name, header, Collections.unmodifiableList(rows));
        for (int i = 0; i < raw.size(); i++) {
            rows.add(new Row(table, lines.get(i), raw.get(i)));
        }
        return table;
    }

    // ---- field parsing ------------------------------------------------------------------------

    static DType dtype(String numpyName) {
        for (DType t : DType.values()) {
            if (t.numpyName().equals(numpyName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown dtype " + numpyName);
    }

    static long[] parseShape(String s) {
        if (s.equals("0d")) {
            return new long[0];
        }
        String[] parts = s.split("x");
        long[] shape = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            shape[i] = Long.parseLong(parts[i]);
        }
        return shape;
    }

    /** null for "none", an empty array for "empty", else the listed axes. */
    static int[] axes(String s) {
        if (s.equals("none")) {
            return null;
        }
        if (s.equals("empty")) {
            return new int[0];
        }
        String[] parts = s.split("[;:]");
        int[] axes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            axes[i] = Integer.parseInt(parts[i]);
        }
        return axes;
    }

    static String[] tokens(String s) {
        return s.equals("-") || s.isEmpty() ? new String[0] : s.split(" ");
    }

    /**
     * The {@code key=value} pairs of a reference row's args column (space separated, values
     * URL-quoted by the generator), in their order; {@code "-"} gives none.
     */
    static Map<String, String> keywordArgs(String text) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String part : tokens(text)) {
            String[] kv = part.split("=", 2);
            args.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return args;
    }

    static double parseDouble(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "true" -> 1;
            case "false" -> 0;
            default -> Double.parseDouble(s);
        };
    }

    static long parseLong(String s) {
        return switch (s) {
            case "true" -> 1;
            case "false" -> 0;
            default -> Long.parseLong(s);
        };
    }

    /** A tensor of {@code dtype} and {@code shape} holding the listed values, on the current backend. */
    static Tensor tensor(DType dtype, long[] shape, String[] values) {
        int n = values.length;
        long[] flat = shape.length == 0 ? new long[] {1} : shape;
        Tensor t = switch (dtype) {
            case FLOAT64 -> {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = parseDouble(values[i]);
                }
                yield Np.array(a, flat);
            }
            case FLOAT32 -> {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (float) parseDouble(values[i]);
                }
                yield Np.array(a, flat);
            }
            case FLOAT16 -> {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = parseDouble(values[i]);
                }
                try (Tensor wide = Np.array(a, flat)) {
                    yield wide.astype(DType.FLOAT16);
                }
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = parseLong(values[i]);
                    if (!dtype.holds(a[i])) {
                        throw new IllegalArgumentException(values[i] + " is not a " + dtype.numpyName() + " value");
                    }
                }
                try (Tensor wide = Np.array(a, flat)) {
                    yield wide.astype(dtype);
                }
            }
            case INT32 -> {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Math.toIntExact(parseLong(values[i]));
                }
                yield Np.array(a, flat);
            }
            case INT64 -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = parseLong(values[i]);
                }
                yield Np.array(a, flat);
            }
            case BOOL -> {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = parseLong(values[i]) != 0;
                }
                yield Np.array(a, flat);
            }
        };
        if (shape.length == 0) {
            try (t) {
                return t.reshape();
            }
        }
        return t;
    }

    /**
     * The named tensor of tensors.csv (with an optional {@code .T} / {@code .mT} view, or {@code .f16}:
     * its values rounded to float16), on the current backend.
     */
    static Tensor named(String reference) {
        if (reference.endsWith(".f16")) {
            Row row = namedRow(reference.substring(0, reference.length() - 4));
            return tensor(DType.FLOAT16, parseShape(row.get("shape")), tokens(row.get("values")));
        }
        String name = reference;
        String view = "";
        if (reference.endsWith(".mT")) {
            name = reference.substring(0, reference.length() - 3);
            view = "mT";
        } else if (reference.endsWith(".T")) {
            name = reference.substring(0, reference.length() - 2);
            view = "T";
        }
        Row row = namedRow(name);
        Tensor base = tensor(dtype(row.get("dtype")), parseShape(row.get("shape")), tokens(row.get("values")));
        if (view.isEmpty()) {
            return base;
        }
        try (base) {
            return view.equals("T") ? base.T() : base.transpose(swapLastTwo(base.ndim()));
        }
    }

    /** The dtype of a named tensor, without creating it. */
    static DType namedDtype(String reference) {
        if (reference.endsWith(".f16")) {
            return DType.FLOAT16;
        }
        return dtype(namedRow(reference.replaceAll("\\.m?T$", "")).get("dtype"));
    }

    private static int[] swapLastTwo(int ndim) {
        int[] perm = new int[ndim];
        for (int i = 0; i < ndim; i++) {
            perm[i] = i;
        }
        perm[ndim - 1] = ndim - 2;
        perm[ndim - 2] = ndim - 1;
        return perm;
    }

    private static Row namedRow(String name) {
        Map<String, Row> map = tensors;
        if (map == null) {
            Map<String, Row> built = new LinkedHashMap<>();
            for (Row row : table("tensors.csv").rows()) {
                built.put(row.get("name"), row);
            }
            map = Collections.unmodifiableMap(built);
            tensors = map;
        }
        Row row = map.get(name);
        if (row == null) {
            throw new IllegalArgumentException("tensors.csv has no tensor named " + name);
        }
        return row;
    }
}
