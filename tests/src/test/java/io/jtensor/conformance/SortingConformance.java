package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code sort}, {@code argsort}, {@code unique}, {@code uniqueCounts}, {@code median},
 * {@code quantile}, {@code percentile}, {@code searchsorted}, {@code histogram}, {@code bincount},
 * {@code digitize}, {@code takeAlongAxis}, every quantile method, {@code nanmedian},
 * {@code nanquantile}, {@code nanpercentile}, {@code nanargmax}, {@code nanargmin},
 * {@code nancumsum} and {@code nancumprod}: NumPy's {@code sorting.csv} replayed bit for bit (the
 * sort is stable, as {@code kind="stable"}, and the order statistics follow NumPy's arithmetic),
 * many long lines along every axis against a sort on the host, and the errors.
 */
public abstract class SortingConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("sorting.csv",
                r -> r.get("op") + " " + r.get("inputs").substring(0, r.get("inputs").indexOf(':')));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String args = row.get("args");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + args + ")";
        String[] inputs = row.get("inputs").split(";");
        Tensor x = (Tensor) ManipulationConformance.operand(inputs[0]);
        Object v = inputs.length > 1 ? ManipulationConformance.operand(inputs[1]) : null;
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> expected = row.get("expected").equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            assertThrows(expected, () -> run(op, x, v, args), what);
            return;
        }
        Tensor result = run(op, x, v, args);
        assertOnBackend(what, result);
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), Tolerance.EXACT, 0);
    }

    private static Tensor run(String op, Tensor x, Object v, String args) {
        String[] a = args.split(" ");
        return switch (op) {
            case "searchsorted" -> {
                if (a.length > 1) {
                    yield Np.searchsorted(x, (Tensor) v, a[0], Np.argsort(x));
                }
                yield v instanceof Double d ? Np.searchsorted(x, d, a[0])
                        : v instanceof Long l ? Np.searchsorted(x, l, a[0]) : Np.searchsorted(x, (Tensor) v, a[0]);
            }
            case "sort" -> Np.sort(x, Integer.parseInt(a[0]));
            case "argsort" -> Np.argsort(x, Integer.parseInt(a[0]));
            case "histogram_counts", "histogram_edges" -> {
                Tensor[] h = a[0].equals("edges") ? Np.histogram(x, (Tensor) v)
                        : a.length == 3 ? Np.histogram(x, Long.parseLong(a[0]), Double.parseDouble(a[1]),
                                Double.parseDouble(a[2]))
                        : Np.histogram(x, Long.parseLong(a[0]));
                yield h[op.endsWith("counts") ? 0 : 1];
            }
            case "histogram" -> a[0].equals("edges") ? Np.histogram(x, (Tensor) v)[0]
                    : a.length == 3 ? Np.histogram(x, Long.parseLong(a[0]), Double.parseDouble(a[1]),
                            Double.parseDouble(a[2]))[0]
                    : Np.histogram(x, Long.parseLong(a[0]))[0];
            case "take_along_axis" -> a[0].equals("none") ? Np.takeAlongAxis(x.ravel(), (Tensor) v, 0)
                    : Np.takeAlongAxis(x, (Tensor) v, Integer.parseInt(a[0]));
            case "bincount" -> Np.bincount(x, Long.parseLong(a[0]));
            case "digitize" -> Np.digitize(x, (Tensor) v, Boolean.parseBoolean(a[0]));
            case "unique" -> Np.unique(x);
            case "unique_counts" -> Np.uniqueCounts(x)[1];
            case "unique_parts" -> uniquePart(x, a[0], Boolean.parseBoolean(a[1]));
            case "unique_axis" -> {
                int k = List.of("values", "index", "inverse", "counts").indexOf(a[0]);
                int axis = Integer.parseInt(a[1]);
                Tensor[] all = Np.unique(x, axis, true, true, true);
                if (k == 0) {
                    try (Tensor values = Np.unique(x, axis)) {
                        assertArrayEquals(all[0].toDoubleArray(), values.toDoubleArray(), "unique(x, axis) values");
                    }
                }
                for (int i = 0; i < all.length; i++) {
                    if (i != k) {
                        all[i].close();
                    }
                }
                yield all[k];
            }
            case "median" -> Np.median(x, ReferenceData.axes(a[0]), Boolean.parseBoolean(a[1]));
            case "nanmedian" -> Np.nanmedian(x, ReferenceData.axes(a[0]), Boolean.parseBoolean(a[1]));
            case "quantile", "percentile", "nanquantile", "nanpercentile" -> quantile(op, x, a);
            case "nanargmax", "nanargmin" -> {
                boolean max = op.equals("nanargmax");
                if (a[0].equals("none")) {
                    yield max ? Np.nanargmax(x) : Np.nanargmin(x);
                }
                int axis = Integer.parseInt(a[0]);
                boolean keepdims = Boolean.parseBoolean(a[1]);
                yield max ? Np.nanargmax(x, axis, keepdims) : Np.nanargmin(x, axis, keepdims);
            }
            case "nancumsum" -> a[0].equals("none") ? Np.nancumsum(x) : Np.nancumsum(x, Integer.parseInt(a[0]));
            case "nancumprod" -> a[0].equals("none") ? Np.nancumprod(x) : Np.nancumprod(x, Integer.parseInt(a[0]));
            default -> throw new IllegalArgumentException("sorting.csv: unknown op " + op);
        };
    }

    /**
     * One part of np.unique's full answer, from the overload with every part; the overloads asking
     * for fewer parts, and NumPy 2's unique_all/unique_inverse/unique_values (equal_nan false), must
     * give the same part.
     */
    private static Tensor uniquePart(Tensor x, String part, boolean equalNan) {
        int k = List.of("values", "index", "inverse", "counts").indexOf(part);
        Tensor[] all = equalNan ? Np.unique(x, true, true, true) : Np.unique(x, true, true, true, false);
        List<Tensor[]> others = new ArrayList<>();
        switch (part) {
            case "values" -> {
                others.add(Np.unique(x, false, false, false, equalNan));
                if (equalNan) {
                    others.add(new Tensor[] {Np.unique(x)});
                } else {
                    others.add(new Tensor[] {Np.uniqueValues(x)});
                }
            }
            case "index" -> others.add(Np.unique(x, true, false, false, equalNan));
            case "inverse" -> {
                Tensor[] values = Np.unique(x, false, true, false, equalNan);
                others.add(new Tensor[] {values[1]});
                values[0].close();
                if (!equalNan) {
                    Tensor[] inverse = Np.uniqueInverse(x);
                    others.add(new Tensor[] {inverse[1]});
                    inverse[0].close();
                }
            }
            default -> {
                Tensor[] values = Np.unique(x, false, false, true, equalNan);
                others.add(new Tensor[] {values[1]});
                values[0].close();
            }
        }
        if (!equalNan) {
            Tensor[] uniqueAll = Np.uniqueAll(x);
            others.add(new Tensor[] {uniqueAll[k]});
            for (int i = 0; i < uniqueAll.length; i++) {
                if (i != k) {
                    uniqueAll[i].close();
                }
            }
        }
        for (Tensor[] other : others) {
            Tensor single = other[other.length - 1];
            assertEquals(Arrays.toString(all[k].shape()), Arrays.toString(single.shape()), part + " of a smaller overload");
            assertArrayEquals(all[k].toDoubleArray(), single.toDoubleArray(), part + " of a smaller overload");
            single.close();
        }
        for (int i = 0; i < all.length; i++) {
            if (i != k) {
                all[i].close();
            }
        }
        return all[k];
    }

    /** args 'q axes keepdims [method]': q in brackets is a float64 array, else a Python float. */
    private static Tensor quantile(String op, Tensor x, String[] a) {
        int[] axes = ReferenceData.axes(a[1]);
        boolean keepdims = Boolean.parseBoolean(a[2]);
        String method = a.length > 3 ? a[3] : "linear";
        if (a[0].startsWith("[")) {
            double[] q = Arrays.stream(a[0].substring(1, a[0].length() - 1).split(";"))
                    .mapToDouble(Double::parseDouble).toArray();
            return switch (op) {
                case "quantile" -> a.length > 3 ? Np.quantile(x, q, axes, keepdims, method)
                        : Np.quantile(x, q, axes, keepdims);
                case "percentile" -> a.length > 3 ? Np.percentile(x, q, axes, keepdims, method)
                        : Np.percentile(x, q, axes, keepdims);
                case "nanquantile" -> Np.nanquantile(x, q, axes, keepdims, method);
                default -> Np.nanpercentile(x, q, axes, keepdims, method);
            };
        }
        double q = Double.parseDouble(a[0]);
        return switch (op) {
            case "quantile" -> a.length > 3 ? Np.quantile(x, q, axes, keepdims, method)
                    : Np.quantile(x, q, axes, keepdims);
            case "percentile" -> a.length > 3 ? Np.percentile(x, q, axes, keepdims, method)
                    : Np.percentile(x, q, axes, keepdims);
            case "nanquantile" -> Np.nanquantile(x, q, axes, keepdims, method);
            default -> Np.nanpercentile(x, q, axes, keepdims, method);
        };
    }

    /**
     * An empty q array: NumPy takes no quantile, so an empty result of shape (0, reduced...) in the
     * type a non-empty q would give (x's after an all-NaN first line of nanquantile); empty float
     * lines are still refused (NumPy reads their last element). NumPy 2.4's shapes and types.
     */
    @Test
    void anEmptyQArrayGivesAnEmptyResult() {
        try (Tensor x = Np.arange(0.0, 6.0, 1.0).reshape(2, 3);
             Tensor ints = Np.arange(6).astype(DType.INT32).reshape(2, 3);
             Tensor nanFirst = Np.array(new float[][] {{Float.NaN, Float.NaN}, {1, 2}});
             Tensor nanLater = Np.array(new float[][] {{1, Float.NaN}, {1, 2}});
             Tensor noInts = Np.array(new int[0]);
             Tensor noFloats = Np.zeros(2, 0)) {
            double[] none = {};
            Check.doubles("linear", Np.quantile(x, none, new int[] {1}, false), DType.FLOAT64, new long[] {0, 2},
                    none, Tolerance.EXACT);
            Check.longs("lower", Np.quantile(ints, none, new int[] {1}, false, "lower"), DType.INT32,
                    new long[] {0, 2}, new long[0]);
            Check.doubles("percentile keepdims", Np.percentile(ints, none, new int[] {0}, true), DType.FLOAT64,
                    new long[] {0, 1, 3}, none, Tolerance.EXACT);
            Check.doubles("all-NaN first line", Np.nanquantile(nanFirst, none, new int[] {1}, false, "linear"),
                    DType.FLOAT32, new long[] {0, 2}, none, Tolerance.EXACT);
            Check.doubles("nanquantile", Np.nanquantile(nanLater, none, new int[] {1}, false, "linear"),
                    DType.FLOAT64, new long[] {0, 2}, none, Tolerance.EXACT);
            Check.doubles("empty integer line", Np.quantile(noInts, none, null, false), DType.FLOAT64, new long[] {0},
                    none, Tolerance.EXACT);
            assertThrows(IndexOutOfBoundsException.class, () -> Np.quantile(noFloats, none, new int[] {1}, false));
        }
    }

    /**
     * digitize's direction as NumPy's {@code _monotonicity}: leading repeats skipped, the first
     * different neighbour decides (NaN there: decreasing), NaN later never breaks it. NumPy 2.4's values
     * (only for bins sorted in NumPy's order, NaN last, once reversed if decreasing: searchsorted's
     * answer in unsorted bins, such as [2, 2, NaN], is unspecified).
     */
    @Test
    void digitizeJudgesMonotonicityAsNumpy() {
        try (Tensor x = Np.array(new double[] {0.5, 1.5, 3});
             Tensor nanFirst = Np.array(new double[] {Double.NaN, 1, 2});
             Tensor nanLast = Np.array(new double[] {1, 2, Double.NaN});
             Tensor nans = Np.array(new double[] {Double.NaN, Double.NaN});
             Tensor decreasing = Np.array(new double[] {Double.NaN, 2, 1})) {
            throwsWith(IllegalArgumentException.class, () -> Np.digitize(x, nanFirst), "digitize", "monotonic");
            Check.longs("NaN last", Np.digitize(x, nanLast), DType.INT64, new long[] {3}, new long[] {0, 1, 2});
            Check.longs("all NaN", Np.digitize(x, nans), DType.INT64, new long[] {3}, new long[] {2, 2, 2});
            Check.longs("NaN, then decreasing", Np.digitize(x, decreasing), DType.INT64, new long[] {3},
                    new long[] {3, 2, 1});
        }
    }

    @Test
    void manyLinesAlongEveryAxisMatchAStableSortOnTheHost() {
        int outer = 7;
        int length = 301;
        int inner = 5;
        double[] host = new double[outer * length * inner];
        for (int i = 0; i < host.length; i++) {
            host[i] = (i * 7919L) % 23 == 0 ? Double.NaN : (double) ((i * 104729L) % 61) - 30;
        }
        Tensor x = Np.array(host).reshape(outer, length, inner);
        long[] shape = {outer, length, inner};
        for (int axis = 0; axis < 3; axis++) {
            long stride = axis == 2 ? 1 : axis == 1 ? inner : (long) length * inner;
            long n = shape[axis];
            long[] order = Np.argsort(x, axis).toLongArray();
            double[] sorted = Np.sort(x, axis).toDoubleArray();
            for (int first = 0; first < host.length; first++) {
                if ((first / stride) % n != 0) {
                    continue;
                }
                Integer[] expected = new Integer[(int) n];
                for (int k = 0; k < n; k++) {
                    expected[k] = k;
                }
                int base = first;
                Arrays.sort(expected, (p, q) -> Double.compare(key(host[(int) (base + p * stride)]),
                        key(host[(int) (base + q * stride)])));
                for (int k = 0; k < n; k++) {
                    int at = (int) (first + k * stride);
                    int line = first;
                    int position = k;
                    int ax = axis;
                    assertEquals((long) expected[k], order[at],
                            () -> "argsort axis " + ax + " line at " + line + " position " + position);
                    assertEquals(host[(int) (first + expected[k] * stride)], sorted[at], 0.0,
                            () -> "sort axis " + ax + " line at " + line + " position " + position);
                }
            }
        }
    }

    @Test
    void enoughLinesForOneThreadEachSortLikeAFewLongOnes() {
        // a GPU sorts 65536 lines or more one thread per line, fewer with the parallel merges
        int lines = 65536;
        int length = 3;
        long[] host = new long[lines * length];
        for (int i = 0; i < host.length; i++) {
            host[i] = (i * 2654435761L) % 7;
        }
        Tensor x = Np.array(host).reshape(lines, length);
        long[] order = Np.argsort(x, 1).toLongArray();
        long[] fewLines = Np.argsort(x.reshape(lines / 4, 4 * length).slice(0, 0, 1, 1), 1).toLongArray();
        for (int line = 0; line < lines; line++) {
            Integer[] expected = {0, 1, 2};
            int base = line * length;
            Arrays.sort(expected, (p, q) -> Long.compare(host[base + p], host[base + q]));
            for (int k = 0; k < length; k++) {
                assertEquals((long) expected[k], order[base + k], "line " + line + " position " + k);
            }
        }
        Integer[] first = new Integer[4 * length];
        for (int k = 0; k < first.length; k++) {
            first[k] = k;
        }
        Arrays.sort(first, (p, q) -> Long.compare(host[p], host[q]));
        for (int k = 0; k < first.length; k++) {
            assertEquals((long) first[k], fewLines[k], "one line, position " + k);
        }
    }

    /** NumPy's order: every NaN after every number, -0.0 equal to 0.0. */
    private static double key(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v == 0 ? 0.0 : v;
    }

    @Test
    void sortInPlaceWritesThroughViewsAndMatchesNpSort() {
        double[] host = {3, Double.NaN, -1, 2, 0.5, -0.0, 7, 0, 2, -5, 1, 4};
        Tensor x = Np.array(host).reshape(3, 4);
        Tensor expected = Np.sort(x, 0);
        Tensor column = x.T();
        assertEquals(column, column.sort(), "sort returns the tensor itself");
        assertOnBackend("in-place sort", x);
        double[] got = x.toDoubleArray();
        double[] want = expected.toDoubleArray();
        for (int i = 0; i < got.length; i++) {
            assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), "element " + i);
        }
        assertArrayEquals(Np.argsort(x, 1).toLongArray(), x.argsort(1).toLongArray());
        Tensor broadcast = Np.array(new double[] {2, 1}).broadcastTo(3, 2);
        throwsWith(IllegalArgumentException.class, broadcast::sort, "sort", "broadcast view");
    }

    @Test
    void uniqueCountsPairsEachValueWithItsCount() {
        Tensor x = Np.array(new long[] {4, -1, 4, 4, 0, -1});
        Tensor[] valuesAndCounts = Np.uniqueCounts(x);
        assertArrayEquals(new long[] {-1, 0, 4}, valuesAndCounts[0].toLongArray());
        assertArrayEquals(new long[] {2, 1, 3}, valuesAndCounts[1].toLongArray());
        assertOnBackend("uniqueCounts values", valuesAndCounts[0]);
        assertOnBackend("uniqueCounts counts", valuesAndCounts[1]);
    }

    @Test
    void errorsNameTheOpAndWhatIsValid() {
        Tensor x = Np.zeros(new long[] {2, 3}, DType.FLOAT32);
        throwsWith(IllegalArgumentException.class, () -> Np.sort(x, 2), "sort", "axis 2", "valid: -2..1");
        throwsWith(IllegalArgumentException.class, () -> Np.argsort(x, -3), "argsort", "axis -3");
        throwsWith(IllegalArgumentException.class, () -> Np.quantile(x, 1.5), "quantile", "[0, 1]", "1.5");
        throwsWith(IllegalArgumentException.class, () -> Np.percentile(x, Double.NaN), "percentile", "[0, 100]");
        throwsWith(IllegalArgumentException.class, () -> Np.median(x, new int[] {0, 0}, false), "median", "repeated");
        throwsWith(IllegalArgumentException.class, () -> Np.quantile(Np.ones(new long[] {2}, DType.BOOL), 0.5),
                "quantile", "bool");
        throwsWith(IndexOutOfBoundsException.class, () -> Np.quantile(Np.zeros(new long[] {0}, DType.FLOAT64), 0.5),
                "quantile", "empty");
        throwsWith(NullPointerException.class, () -> Np.sort(null), "sort: x is null");
        throwsWith(IllegalArgumentException.class, () -> Np.takeAlongAxis(Np.zeros(new long[] {2, 2}, DType.FLOAT64),
                Np.zeros(new long[] {3, 2}, DType.INT64), 1), "takeAlongAxis", "(3, 2)", "(2, 2)", "broadcast");
        throwsWith(IllegalArgumentException.class, () -> Np.takeAlongAxis(x, Np.zeros(new long[] {2, 1}, DType.FLOAT32), 1),
                "takeAlongAxis", "integers", "float32");
        throwsWith(IllegalArgumentException.class, () -> Np.searchsorted(x, x), "searchsorted", "1-d", "(2, 3)");
        Tensor keys = Np.array(new double[] {1, 2});
        throwsWith(IllegalArgumentException.class, () -> Np.searchsorted(keys, 1.0, "middle"), "searchsorted",
                "\"left\" or \"right\"");
        throwsWith(IllegalArgumentException.class, () -> Np.searchsorted(keys, keys, "left",
                Np.array(new long[] {0})), "searchsorted", "sorter", "length 2");
        Tensor closed = Np.ones(new long[] {2}, DType.INT32);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.argsort(closed), "argsort");
        throwsWith(IllegalStateException.class, () -> Np.unique(closed), "unique");
    }

    /**
     * Float16 keys sort as float32 copies and come back rounded to float16: every one of the 65536
     * patterns, and every midpoint between neighbours (ties to even), must survive the backend's
     * conversions, subnormals and the overflow threshold included (the sort of float16 is only as
     * right as these).
     */
    @Test
    void float16ConversionsAreExactOnTheBackend() {
        float[] values = new float[2 * 65536];
        for (int bits = 0; bits < 65536; bits++) {
            float v = Float.float16ToFloat((short) bits);
            float next = Float.float16ToFloat((short) (bits + 1));
            values[2 * bits] = v;
            // the midpoint to the next pattern (exact in float32), +-65520 (the overflow threshold)
            // next to +-65504, the pattern itself for Inf and NaN
            if (Float.isInfinite(next) && Float.isFinite(v)) {
                next = v + (v - Float.float16ToFloat((short) (bits - 1)));
            }
            values[2 * bits + 1] = (bits & 0x7fff) < 0x7c00 ? (float) (((double) v + next) / 2) : v;
        }
        Tensor wide = Np.array(values);
        Tensor half = wide.astype(DType.FLOAT16);
        short[] bits = half.toFloat16Array();
        float[] back = half.astype(DType.FLOAT32).toFloatArray();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < values.length && wrong.size() < 10; i++) {
            short expected = Float.floatToFloat16(values[i]);
            boolean nan = Float.isNaN(values[i]);
            if (nan ? !Float.isNaN(Float.float16ToFloat(bits[i])) : bits[i] != expected) {
                wrong.add(values[i] + " -> 0x" + Integer.toHexString(bits[i] & 0xffff) + " (want 0x"
                        + Integer.toHexString(expected & 0xffff) + ")");
            }
            float exact = Float.float16ToFloat(expected);
            if (nan ? !Float.isNaN(back[i]) : Float.floatToRawIntBits(back[i]) != Float.floatToRawIntBits(exact)) {
                wrong.add("float16 0x" + Integer.toHexString(expected & 0xffff) + " -> float32 " + back[i]);
            }
        }
        assertEquals(List.of(), wrong, "float32 -> float16 -> float32 on " + suite().backend().name());
    }
}
