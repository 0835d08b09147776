package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import io.jtensor.op.BinaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code isin}, {@code intersect1d}, {@code union1d}, {@code setdiff1d}, {@code setxor1d},
 * {@code partition}, {@code argpartition}, {@code pad}, {@code interp}, {@code nanToNum},
 * {@code arrayEqual}, {@code arrayEquiv}, {@code logspace}, {@code geomspace} and {@code identity}:
 * NumPy's {@code sets.csv} replayed bit for bit (logspace and geomspace within the backend's
 * {@code power} tolerance), except partition and argpartition, whose order inside the parts NumPy
 * leaves unspecified: there each line must hold the same values as NumPy's, the kth positions
 * NumPy's kth values, and nothing before (after) a kth position may be greater (smaller).
 */
public abstract class SetsConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("sets.csv",
                r -> r.get("op") + (r.get("inputs").contains(":")
                        ? " " + r.get("inputs").substring(0, r.get("inputs").indexOf(':')) : ""));
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
        Tensor[] in = Arrays.stream(row.get("inputs").split(";"))
                .map(text -> (Tensor) ManipulationConformance.operand(text)).toArray(Tensor[]::new);
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> expected = row.get("expected").equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            assertThrows(expected, () -> run(op, in, args), what);
            return;
        }
        if (op.equals("array_equal") || op.equals("array_equiv")) {
            assertEquals("bool 0d", row.get("result_dtype") + " " + row.get("result_shape"), what);
            boolean equal = op.equals("array_equal") ? Np.arrayEqual(in[0], in[1], Boolean.parseBoolean(args))
                    : Np.arrayEquiv(in[0], in[1]);
            assertEquals(Boolean.parseBoolean(row.get("expected")), equal, what);
            return;
        }
        Tensor result = run(op, in, args);
        assertOnBackend(what, result);
        DType type = dtype(row.get("result_dtype"));
        long[] shape = parseShape(row.get("result_shape"));
        String[] expected = tokens(row.get("expected"));
        if (op.equals("partition") || op.equals("argpartition")) {
            Check.meta(what, result, type, shape);
            Map<String, String> a = ManipulationConformance.args(args);
            int[] kth = Arrays.stream(a.get("kth").split(";")).mapToInt(Integer::parseInt).toArray();
            int axis = Integer.parseInt(a.get("axis"));
            checkPartition(what, in[0], result, expected, kth, axis, op.equals("argpartition"));
            return;
        }
        // logspace and geomspace are power(base, linspace): as accurate as the backend's power
        Tolerance tolerance = op.equals("logspace") || op.equals("geomspace")
                ? suite().binaryTolerance(BinaryOp.POWER, DType.FLOAT64)
                : row.get("zero_sign").equals("either") ? Tolerance.EXACT.ignoringZeroSign() : Tolerance.EXACT;
        Check.tokens(what, result, type, shape, expected, tolerance, 0);
    }

    private static Tensor run(String op, Tensor[] in, String args) {
        return switch (op) {
            case "isin" -> Np.isin(in[0], in[1]);
            case "isin_invert" -> Np.isin(in[0], in[1], true);
            case "intersect1d" -> Np.intersect1d(in[0], in[1]);
            case "union1d" -> Np.union1d(in[0], in[1]);
            case "setdiff1d" -> Np.setdiff1d(in[0], in[1]);
            case "setxor1d" -> Np.setxor1d(in[0], in[1]);
            case "partition", "argpartition" -> {
                Map<String, String> a = ManipulationConformance.args(args);
                int[] kth = Arrays.stream(a.get("kth").split(";")).mapToInt(Integer::parseInt).toArray();
                int axis = Integer.parseInt(a.get("axis"));
                if (kth.length == 1 && axis == -1) {
                    yield op.equals("partition") ? Np.partition(in[0], kth[0]) : Np.argpartition(in[0], kth[0]);
                }
                yield op.equals("partition") ? Np.partition(in[0], kth, axis) : Np.argpartition(in[0], kth, axis);
            }
            case "pad" -> {
                Map<String, String> a = ManipulationConformance.args(args);
                String w = a.get("w");
                String mode = a.get("mode");
                String value = a.get("value");
                String stat = a.get("stat");
                String reflectType = a.get("rt");
                String ends = a.get("ends");
                if (!w.contains("/") && !w.contains(";") && ends == null && reflectType == null && stat == null) {
                    int width = Integer.parseInt(w);
                    if (value != null) {
                        yield Np.pad(in[0], new int[][] {{width}}, ReferenceData.parseDouble(value));
                    }
                    yield mode.equals("constant") ? Np.pad(in[0], width) : Np.pad(in[0], width, mode);
                }
                int[][] widths = intPairs(w);
                if (ends != null) {
                    yield Np.pad(in[0], widths, mode, Arrays.stream(ends.split(";"))
                            .map(pair -> Arrays.stream(pair.split("/")).mapToDouble(ReferenceData::parseDouble).toArray())
                            .toArray(double[][]::new));
                }
                if (reflectType != null) {
                    yield Np.pad(in[0], widths, mode, reflectType);
                }
                if (stat != null) {
                    yield Np.pad(in[0], widths, mode, intPairs(stat));
                }
                yield value != null ? Np.pad(in[0], widths, ReferenceData.parseDouble(value))
                        : Np.pad(in[0], widths, mode);
            }
            case "interp" -> {
                String[] bounds = args.split(" ");
                if (bounds[0].equals("none")) {
                    yield Np.interp(in[0], in[1], in[2]);
                }
                yield Np.interp(in[0], in[1], in[2], ReferenceData.parseDouble(bounds[0]),
                        ReferenceData.parseDouble(bounds[1]));
            }
            case "nan_to_num" -> {
                if (args.equals("-")) {
                    yield Np.nanToNum(in[0]);
                }
                String[] v = args.split(" ");
                yield Np.nanToNum(in[0], ReferenceData.parseDouble(v[0]), ReferenceData.parseDouble(v[1]),
                        ReferenceData.parseDouble(v[2]));
            }
            case "logspace" -> {
                String[] v = args.split(" ");
                double start = ReferenceData.parseDouble(v[0]);
                double stop = ReferenceData.parseDouble(v[1]);
                long num = Long.parseLong(v[2]);
                double base = ReferenceData.parseDouble(v[4]);
                yield v[3].equals("true") && base == 10.0 ? Np.logspace(start, stop, num)
                        : Np.logspace(start, stop, num, Boolean.parseBoolean(v[3]), base);
            }
            case "geomspace" -> {
                String[] v = args.split(" ");
                double start = ReferenceData.parseDouble(v[0]);
                double stop = ReferenceData.parseDouble(v[1]);
                long num = Long.parseLong(v[2]);
                yield v[3].equals("true") ? Np.geomspace(start, stop, num)
                        : Np.geomspace(start, stop, num, false);
            }
            case "identity" -> {
                String[] v = args.split(" ");
                long n = Long.parseLong(v[0]);
                yield v[1].equals("float64") ? Np.identity(n) : Np.identity(n, dtype(v[1]));
            }
            default -> throw new IllegalArgumentException("sets.csv: unknown op " + op);
        };
    }

    /**
     * The partition contract, line by line along the axis: the values of each line are NumPy's
     * (as a multiset, zero signs included), the kth positions hold NumPy's kth values (-0.0 and
     * 0.0 are one value there, as the order is), and no value before (after) a kth position is
     * greater (smaller). For argpartition each line must be a permutation of its positions, and
     * the contract holds for x taken in that order.
     */
    private static void checkPartition(String what, Tensor x, Tensor result, String[] expected, int[] kth, int axis,
                                       boolean positions) {
        long[] shape = x.ndim() == 0 ? new long[] {1} : x.shape();
        int a = axis < 0 ? axis + shape.length : axis;
        boolean floating = x.dtype().isFloatingPoint();
        int n = (int) shape[a];
        int inner = (int) Arrays.stream(shape, a + 1, shape.length).reduce(1, (p, q) -> p * q);
        int lines = n == 0 ? 0 : (int) (Arrays.stream(shape).reduce(1, (p, q) -> p * q) / n);
        double[] xDoubles = floating ? x.toDoubleArray() : null;
        long[] xLongs = floating ? null : x.astype(DType.INT64).toLongArray();
        double[] gotDoubles = positions || !floating ? null : result.toDoubleArray();
        long[] gotLongs = positions || floating ? null : result.astype(DType.INT64).toLongArray();
        long[] gotPositions = positions ? result.toLongArray() : null;
        for (int line = 0; line < lines; line++) {
            int base = (line / inner) * n * inner + line % inner;
            long[] got = new long[n];
            long[] want = new long[n];
            long[] gotRaw = new long[n];
            long[] wantRaw = new long[n];
            boolean[] seen = new boolean[n];
            for (int k = 0; k < n; k++) {
                int at = base + k * inner;
                if (positions) {
                    long p = gotPositions[at];
                    assertTrue(p >= 0 && p < n && !seen[(int) p], () -> what + ": line " + base
                            + " is not a permutation of 0.." + (n - 1) + ": " + Arrays.toString(gotPositions));
                    seen[(int) p] = true;
                    int from = base + (int) p * inner;
                    int wantFrom = base + Integer.parseInt(expected[at]) * inner;
                    gotRaw[k] = floating ? raw(xDoubles[from]) : xLongs[from];
                    wantRaw[k] = floating ? raw(xDoubles[wantFrom]) : xLongs[wantFrom];
                } else {
                    gotRaw[k] = floating ? raw(gotDoubles[at]) : gotLongs[at];
                    wantRaw[k] = floating ? raw(ReferenceData.parseDouble(expected[at]))
                            : expected[at].equals("true") ? 1 : expected[at].equals("false") ? 0
                            : Long.parseLong(expected[at]);
                }
                got[k] = floating ? key(gotRaw[k]) : gotRaw[k];
                want[k] = floating ? key(wantRaw[k]) : wantRaw[k];
            }
            long[] gotSorted = gotRaw.clone();
            long[] wantSorted = wantRaw.clone();
            Arrays.sort(gotSorted);
            Arrays.sort(wantSorted);
            int first = base;
            assertArrayEquals(wantSorted, gotSorted, () -> what + ": line at " + first + " holds other values than NumPy's");
            for (int k0 : kth) {
                int k = k0 < 0 ? k0 + n : k0;
                assertEquals(want[k], got[k], () -> what + ": line at " + first + ", kth " + k0 + " is not NumPy's value");
                for (int i = 0; i < n; i++) {
                    int index = i;
                    assertTrue(i < k ? got[i] <= got[k] : i == k || got[i] >= got[k],
                            () -> what + ": line at " + first + ", position " + index + " is on the wrong side of kth " + k0);
                }
            }
        }
    }

    /** The bits of v, with every NaN as one (canonical) NaN. */
    private static long raw(double v) {
        return Double.doubleToLongBits(v);
    }

    /** A long that orders as NumPy's sort: -0.0 equal to 0.0, NaN after +Inf. */
    private static long key(long bits) {
        double v = Double.longBitsToDouble(bits);
        if (Double.isNaN(v)) {
            return Long.MAX_VALUE;
        }
        if (v == 0) {
            return 0;
        }
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
    }

    @Test
    void ofEqualZerosTheFirstInStableOrderIsKept() {
        // NumPy's unstable sort leaves this open (sets.csv accepts either sign there); jtensor's
        // stable sort keeps the zero that comes first: a's before b's, earlier before later
        Tensor a = Np.array(new double[] {1, -0.0, 0.0});
        Tensor b = Np.array(new double[] {0.0, -0.0, 2});
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Np.intersect1d(a, b).toDoubleArray()[0]));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Np.intersect1d(b, a).toDoubleArray()[0]));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Np.union1d(a, b).toDoubleArray()[0]));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Np.setdiff1d(b, a.slice(0, 0, 1, 1))
                .toDoubleArray()[0]));
        assertArrayEquals(new double[] {1, 2}, Np.setxor1d(a, b).toDoubleArray(), 0.0);
    }

    /** "1/2;3" as {{1, 2}, {3}}: pad's per-axis pairs in a reference row's arguments. */
    private static int[][] intPairs(String text) {
        return Arrays.stream(text.split(";"))
                .map(pair -> Arrays.stream(pair.split("/")).mapToInt(Integer::parseInt).toArray())
                .toArray(int[][]::new);
    }

    @Test
    void errorsNameTheOpAndWhatIsValid() {
        Tensor x = Np.array(new double[] {3, 1, 2});
        throwsWith(IllegalArgumentException.class, () -> Np.partition(x, 3), "partition", "kth 3", "valid: -3..2");
        throwsWith(IllegalArgumentException.class, () -> Np.argpartition(x, new int[] {0, -4}, 0), "argpartition",
                "kth -4");
        throwsWith(IllegalArgumentException.class, () -> Np.partition(x, new int[] {0}, 1), "partition", "axis 1");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, 1, "empty"), "pad", "\"empty\"", "\"median\"",
                "\"linear_ramp\"");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, new int[][] {{1}}, "edge", new int[][] {{1}}), "pad",
                "statLength", "\"edge\"");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, new int[][] {{1, -2}}, "edge"), "pad", "negative");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, new int[][] {{1}}, "edge", new double[][] {{1}}),
                "pad", "endValues", "\"linear_ramp\"", "not \"edge\"");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, new int[][] {{1}}, "linear_ramp",
                new double[][] {{1, 2, 3}}), "pad", "endValues pair", "[1.0, 2.0, 3.0]");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, new int[][] {{1}}, "edge", "odd"), "pad",
                "reflectType", "\"reflect\" and \"symmetric\"", "not \"edge\"");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, new int[][] {{1}}, "reflect", "Odd"), "pad",
                "reflectType \"Odd\"", "\"even\" or \"odd\"");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(x, new int[][] {{1, 1}, {1, 1}}, "edge"), "pad",
                "2 pairs", "1 dimensions");
        throwsWith(IllegalArgumentException.class, () -> Np.pad(Np.zeros(new long[] {0, 2}, DType.INT32), 1, "wrap"),
                "pad", "empty axis 0");
        throwsWith(IllegalArgumentException.class, () -> Np.interp(x, Np.zeros(new long[] {0}, DType.FLOAT64),
                Np.zeros(new long[] {0}, DType.FLOAT64)), "interp", "empty");
        throwsWith(IllegalArgumentException.class, () -> Np.interp(x, x, Np.array(new double[] {1, 2})), "interp",
                "2 values", "3 sample points");
        throwsWith(IllegalArgumentException.class, () -> Np.interp(x, x.reshape(1, 3), x.reshape(1, 3)), "interp",
                "1-d", "(1, 3)");
        throwsWith(NullPointerException.class, () -> Np.isin(null, x), "isin: element is null");
        throwsWith(NullPointerException.class, () -> Np.setxor1d(x, null), "setxor1d");
        Tensor closed = Np.ones(new long[] {2}, DType.INT32);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.union1d(x, closed), "union1d");
        throwsWith(IllegalStateException.class, () -> Np.pad(closed, 1), "pad");
        throwsWith(IllegalStateException.class, () -> Np.interp(closed, x, x), "interp");
    }

    /** Per-axis end values are Python floats in NumPy, so a float16 x ramps in float16 arithmetic (NumPy's values). */
    @Test
    void linearRampOfFloat16WithEndValuesPerAxisIsFloat16Arithmetic() {
        Tensor x = Np.array(new double[] {-0.375, 0, 2.5, 4.5}).reshape(2, 2).astype(DType.FLOAT16);
        // np.pad(x, [(0, 0), (3, 3)], "linear_ramp", end_values=[[0.0, 0.0], [-3.5, 0.75]])
        Tensor padded = Np.pad(x, new int[][] {{0, 0}, {3, 3}}, "linear_ramp", new double[][] {{0, 0}, {-3.5, 0.75}});
        assertEquals(DType.FLOAT16, padded.dtype());
        assertArrayEquals(new double[] {-3.5, -2.45703125, -1.416015625, -0.375, 0.0, 0.25, 0.5, 0.75,
            -3.5, -1.5, 0.5, 2.5, 4.5, 3.25, 2.0, 0.75}, padded.toDoubleArray(), 0.0);
        // one pair for all axes is a float64 NumPy scalar pair: float64 arithmetic, rounded once
        Tensor pair = Np.pad(x.slice(0, 0, 1, 1).reshape(2), new int[][] {{3, 3}}, "linear_ramp", new double[][] {{-3.5, 0.75}});
        assertArrayEquals(new double[] {-3.5, -2.458984375, -1.4169921875, -0.375, 0.0, 0.25, 0.5, 0.75},
                pair.toDoubleArray(), 0.0);
    }

    @Test
    void resultsAreNewTensorsThatDoNotShareTheInputs() {
        Tensor x = Np.array(new double[] {1, 2, 3});
        Tensor padded = Np.pad(x, 0, "edge");
        Tensor sorted = Np.partition(x, 0);
        x.fill(7);
        assertArrayEquals(new double[] {1, 2, 3}, padded.toDoubleArray(), 0.0, "pad with width 0 copies");
        assertArrayEquals(new double[] {1, 2, 3}, sorted.toDoubleArray(), 0.0, "partition copies");
        assertOnBackend("pad", padded);
    }

    /** nan_to_num's default infinities of float16 are its largest finite ±65504 (NumPy 2.4). */
    @Test
    void float16NanToNumTakesFloat16sLargest() {
        double inf = Double.POSITIVE_INFINITY;
        try (Tensor wide = Np.array(new double[] {inf, -inf, Double.NaN, 1}); Tensor x = wide.astype(DType.FLOAT16)) {
            // np.nan_to_num(np.array([inf, -inf, nan, 1], np.float16)): [65504. -65504. 0. 1.]
            Check.doubles("float16 nan_to_num", Np.nanToNum(x), DType.FLOAT16, new long[] {4},
                    new double[] {65504, -65504, 0, 1}, Tolerance.EXACT);
        }
    }

    /** One linspace sample is 0·(stop - start) + start: NaN towards an infinite or NaN end, logspace's too (NumPy 2.4). */
    @Test
    void singleSampleSpacingsAreNaNTowardsNonFiniteEnds() {
        double inf = Double.POSITIVE_INFINITY;
        // np.linspace(0.5, nan, 1), np.linspace(0, inf, 1, endpoint=False), np.linspace(inf, 1, 2)
        Check.doubles("linspace to NaN", Np.linspace(0.5, Double.NaN, 1), DType.FLOAT64, new long[] {1},
                new double[] {Double.NaN}, Tolerance.EXACT);
        Check.doubles("linspace to inf", Np.linspace(0, inf, 1, false), DType.FLOAT64, new long[] {1},
                new double[] {Double.NaN}, Tolerance.EXACT);
        Check.doubles("linspace from inf", Np.linspace(inf, 1, 2), DType.FLOAT64, new long[] {2},
                new double[] {Double.NaN, 1}, Tolerance.EXACT);
        // np.logspace(0.1, nan, 1, base=3.0): [nan]
        Check.doubles("logspace to NaN", Np.logspace(0.1, Double.NaN, 1, true, 3.0), DType.FLOAT64, new long[] {1},
                new double[] {Double.NaN}, Tolerance.EXACT);
    }
}
