package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorRandom;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT64;
import static io.jtensor.DType.INT8;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy 2 keywords filled in the nineteenth session: {@code fromstring}'s and {@code fromfile}'s
 * text mode ({@code sep}), {@code nanToNum(copy=false)}, {@code histogramBinEdges(weights)},
 * {@code sort}'s and {@code argsort}'s {@code stable}, {@code max}/{@code min}/{@code amax}/
 * {@code amin}'s {@code out} (with {@code initial} and {@code where}), {@code all}/{@code any}'s
 * {@code out}, the {@code *Like} functions' {@code shape}, {@code partition}'s and
 * {@code argpartition}'s {@code kind}, {@code stack}'s {@code dtype} and {@code casting}, and
 * {@code choice}'s {@code shuffle} on a tensor (the index stream itself is NumPy's, checked by
 * {@link RandomStreamConformance}). {@code keywords3.csv} (written by
 * {@code tests/reference/generate.py keywords3}) is replayed bit for bit; NumPy's errors are
 * IllegalArgumentException naming the op.
 */
public abstract class Keywords3Conformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("keywords3.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + row.get("args") + ")";
        List<Tensor> in = new ArrayList<>();
        if (!row.get("inputs").equals("-")) {
            for (String text : row.get("inputs").split(";")) {
                in.add((Tensor) ManipulationConformance.operand(text));
            }
        }
        Map<String, String> args = ReferenceData.keywordArgs(row.get("args"));
        if (row.get("result_dtype").equals("error")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(op, in, args), what);
            assertTrue(e.getMessage().startsWith(javaName(op) + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        Tensor result = run(op, in, args);
        assertOnBackend(what, result);
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), Tolerance.EXACT, 0);
    }

    private static String javaName(String op) {
        return switch (op) {
            case "nan_to_num" -> "nanToNum";
            case "amax" -> "max";
            case "amin" -> "min";
            case "zeros_like" -> "zerosLike";
            case "ones_like" -> "onesLike";
            case "full_like" -> "fullLike";
            default -> op;
        };
    }

    private static Tensor run(String op, List<Tensor> in, Map<String, String> a) {
        Tensor x = in.isEmpty() ? null : in.get(0);
        return switch (op) {
            case "fromstring" -> Np.fromstring(a.get("text"), dtype(a.get("dtype")), Long.parseLong(a.get("count")),
                    a.get("sep"));
            case "nan_to_num" -> {
                Tensor r = a.containsKey("nan") ? Np.nanToNum(x, false, d(a.get("nan")), d(a.get("posinf")),
                        d(a.get("neginf"))) : Np.nanToNum(x, false);
                assertSame(x, r, "nanToNum(copy=false) returns x itself");
                yield r;
            }
            case "histogram_bin_edges" -> {
                double[] range = a.get("range").equals("-") ? null
                        : Arrays.stream(a.get("range").split("/")).mapToDouble(Double::parseDouble).toArray();
                Tensor w = in.size() > 1 ? in.get(1) : null;
                String bins = a.get("bins");
                yield bins.matches("-?\\d+") ? Np.histogramBinEdges(x, Long.parseLong(bins), range, w)
                        : Np.histogramBinEdges(x, bins, range, w);
            }
            case "sort", "argsort" -> {
                int axis = Integer.parseInt(a.get("axis"));
                String kind = a.get("kind").equals("-") ? null : a.get("kind");
                Boolean stable = a.get("stable").equals("-") ? null : a.get("stable").equals("1");
                yield op.equals("sort") ? Np.sort(x, axis, kind, stable) : Np.argsort(x, axis, kind, stable);
            }
            case "max", "min", "amax", "amin" -> extremeInto(op, x, in.size() > 1 ? in.get(1) : null, a);
            case "all", "any" -> {
                Tensor out = out(a.get("out"));
                Tensor where = in.size() > 1 ? in.get(1) : null;
                Tensor r = op.equals("all") ? Np.all(x, axes(a), a.get("keepdims").equals("1"), out, where)
                        : Np.any(x, axes(a), a.get("keepdims").equals("1"), out, where);
                assertSame(out, r, op + " returns out");
                yield r;
            }
            case "zeros_like", "ones_like" -> {
                DType type = a.get("dtype").equals("-") ? null : dtype(a.get("dtype"));
                long[] shape = parseShape(a.get("shape"));
                yield op.equals("zeros_like") ? Np.zerosLike(x, type, shape) : Np.onesLike(x, type, shape);
            }
            case "full_like" -> {
                DType type = a.get("dtype").equals("-") ? null : dtype(a.get("dtype"));
                long[] shape = parseShape(a.get("shape"));
                String value = a.get("value");
                yield value.matches("-?\\d+") ? Np.fullLike(x, Long.parseLong(value), type, shape)
                        : Np.fullLike(x, Double.parseDouble(value), type, shape);
            }
            case "stack" -> Np.stack(in.toArray(Tensor[]::new), Integer.parseInt(a.get("axis")), dtype(a.get("dtype")),
                    a.get("casting"));
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    private static Tensor extremeInto(String op, Tensor x, Tensor where, Map<String, String> a) {
        Tensor out = out(a.get("out"));
        int[] axes = axes(a);
        boolean keepdims = a.get("keepdims").equals("1");
        Tensor r;
        if (a.get("initial").equals("-")) {
            r = switch (op) {
                case "max" -> Np.max(x, axes, keepdims, out);
                case "min" -> Np.min(x, axes, keepdims, out);
                case "amax" -> Np.amax(x, axes, keepdims, out);
                default -> Np.amin(x, axes, keepdims, out);
            };
        } else {
            double initial = d(a.get("initial"));
            r = switch (op) {
                case "max" -> Np.max(x, axes, keepdims, out, initial, where);
                case "min" -> Np.min(x, axes, keepdims, out, initial, where);
                case "amax" -> Np.amax(x, axes, keepdims, out, initial, where);
                default -> Np.amin(x, axes, keepdims, out, initial, where);
            };
        }
        assertSame(out, r, op + " returns out");
        return r;
    }

    private static int[] axes(Map<String, String> a) {
        return a.get("axis").equals("none") ? null : new int[] {Integer.parseInt(a.get("axis"))};
    }

    private static Tensor out(String spec) {
        String[] parts = spec.split(":");
        return Np.zeros(parseShape(parts[1]), dtype(parts[0]));
    }

    private static double d(String s) {
        return ReferenceData.parseDouble(s);
    }

    // ---- the forms the reference file cannot show ----------------------------------------------

    @Test
    void nanToNumWithCopyLeavesXAlone() {
        Tensor x = f64(Double.NaN, Double.POSITIVE_INFINITY, 2);
        // np.nan_to_num(x, copy=True, nan=1.0, posinf=3.0, neginf=0.0)
        Tensor r = Np.nanToNum(x, true, 1, 3, 0);
        assertNotSame(x, r);
        assertDoubles(r, FLOAT64, shape(3), 1, 3, 2);
        assertDoubles(x, FLOAT64, shape(3), Double.NaN, Double.POSITIVE_INFINITY, 2);
        assertDoubles(Np.nanToNum(x, true), FLOAT64, shape(3), 0, Double.MAX_VALUE, 2);
        // an int x with copy=False is x itself, even a read-only view (NumPy writes nothing)
        Tensor ints = Np.arange(3).astype(INT8).broadcastTo(2, 3);
        assertSame(ints, Np.nanToNum(ints, false));
        // a read-only float x (NumPy's diagonal view): ValueError: assignment destination is read-only
        Tensor square = f64(1, Double.NaN, 2, Double.NaN).reshape(2, 2);
        throwsWith(IllegalArgumentException.class, () -> Np.nanToNum(Np.diagonal(square), false), "nanToNum",
                "read-only");
        throwsWith(IllegalArgumentException.class, () -> Np.nanToNum(f64(1, Double.NaN).broadcastTo(2, 2), false),
                "nanToNum", "overlapping");
    }

    @Test
    void nanToNumInPlaceWritesThroughAView() {
        Tensor base = f64(Double.NaN, 1, Double.NEGATIVE_INFINITY, 2, Double.POSITIVE_INFINITY, Double.NaN).reshape(2, 3);
        // b = np.array(...).reshape(2, 3); np.nan_to_num(b[:, 1:], copy=False, nan=9.0): b changes
        Tensor view = base.slice(1, 1, 3, 1);
        assertSame(view, Np.nanToNum(view, false, 9, 1e300, -5));
        assertDoubles(base, FLOAT64, shape(2, 3), Double.NaN, 1, -5, 2, 1e300, 9);
    }

    @Test
    void fromstringDeviationsAreTheSensibleAnswer() {
        // NumPy 2.4 returns uninitialized memory past the data; here the numbers present
        assertDoubles(Np.fromstring("1 2", FLOAT64, 5, " "), FLOAT64, shape(2), 1, 2);
        // NumPy 2.4 gives [-1.] for whitespace only; here nothing
        assertDoubles(Np.fromstring(" \n ", " "), FLOAT64, shape(0));
        // NumPy 2.4 wraps 300 to 44 in int8 and 256 to 0 in uint8; here refused
        throwsWith(IllegalArgumentException.class, () -> Np.fromstring("1 300", INT8, " "), "fromstring", "300",
                "int8");
        throwsWith(IllegalArgumentException.class, () -> Np.fromstring("256", DType.UINT8, " "), "fromstring", "256");
        throwsWith(IllegalArgumentException.class, () -> Np.fromstring("9223372036854775808", INT64, " "),
                "fromstring", "int64");
    }

    @Test
    void fromfileReadsTextWithASeparator(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("numbers.txt");
        Files.writeString(file, "1, 2,3\n");
        // np.fromfile(f, sep=','), with count=2 and count=5 (a file holding fewer gives what it holds)
        assertDoubles(Np.fromfile(file, FLOAT64, -1, ","), FLOAT64, shape(3), 1, 2, 3);
        assertDoubles(Np.fromfile(file, FLOAT64, 2, ","), FLOAT64, shape(2), 1, 2);
        assertLongs(Np.fromfile(file, INT64, 5, ","), INT64, shape(3), 1, 2, 3);
        Files.writeString(file, "1, 2,x\n");
        throwsWith(IllegalArgumentException.class, () -> Np.fromfile(file, FLOAT64, -1, ","), "fromfile", "unmatched");
        throwsWith(IllegalArgumentException.class, () -> Np.fromfile(file, FLOAT64, -1, ""), "fromfile", "binary");
    }

    @Test
    void partitionKindIsIntroselectOnly() {
        Tensor x = f64(7, 1, 5, 3);
        Tensor p = Np.partition(x, new int[] {1}, -1, "introselect");
        assertEquals(3.0, p.toDoubleArray()[1]);
        assertLongs(Np.argpartition(x, new int[] {0}, 0, "introselect").slice(0, 0, 1, 1), INT64, shape(1), 1);
        // np.partition(x, 1, kind='quick'): ValueError: select kind must be 'introselect' (got 'quick')
        throwsWith(IllegalArgumentException.class, () -> Np.partition(x, new int[] {1}, -1, "quick"), "partition",
                "introselect", "quick");
        // checked before kth: np.argpartition(x, 9, kind='INTROSELECT')
        throwsWith(IllegalArgumentException.class, () -> Np.argpartition(x, new int[] {9}, -1, "INTROSELECT"),
                "argpartition", "introselect");
        throwsWith(IllegalArgumentException.class, () -> Np.partition(x, new int[] {1}, -1, null), "partition",
                "introselect");
    }

    @Test
    void likeWithoutShapeKeepsXsShape() {
        Tensor x = Np.ones(2, 3).astype(DType.FLOAT32);
        assertDoubles(Np.zerosLike(x, null, null), DType.FLOAT32, shape(2, 3), 0, 0, 0, 0, 0, 0);
        assertLongs(Np.fullLike(x, 7, INT8, null), INT8, shape(2, 3), 7, 7, 7, 7, 7, 7);
        assertDoubles(Np.emptyLike(x, FLOAT64, shape(2)), FLOAT64, shape(2), 0, 0);
        throwsWith(IllegalArgumentException.class, () -> Np.emptyLike(x, null, shape(2, -1)), "emptyLike",
                "negative");
    }

    @Test
    void choiceOfSlicesWithoutShuffleTakesTheUnshuffledIndices() {
        Tensor a = Np.arange(40).astype(INT64).reshape(10, 4);
        for (int axis : new int[] {0, 1}) {
            long n = a.shape()[axis];
            TensorRandom indices = Np.defaultRng(7);
            TensorRandom slices = Np.defaultRng(7);
            long[] picked = indices.choice(n, 3, false, null, false).toLongArray();
            Tensor drawn = slices.choice(a, 3, false, null, axis, false);
            assertArrayEquals(Np.take(a, Np.array(picked), axis).toLongArray(), drawn.toLongArray());
            assertEquals(indices.random(FLOAT64, new long[] {1}).item(), slices.random(FLOAT64, new long[] {1}).item());
        }
        // the default (shuffle) and shuffle=false differ in order for this seed, as in NumPy
        long[] shuffled = Np.defaultRng(12).choice(10, 5, false, null, true).toLongArray();
        long[] unshuffled = Np.defaultRng(12).choice(10, 5, false, null, false).toLongArray();
        assertTrue(!Arrays.equals(shuffled, unshuffled));
        long[] sortedA = shuffled.clone();
        long[] sortedB = unshuffled.clone();
        Arrays.sort(sortedA);
        Arrays.sort(sortedB);
        assertArrayEquals(sortedA, sortedB);
    }
}
