package io.jtensor.conformance;

import io.jtensor.Average;
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
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy 2 keywords filled in the twentieth session, part 5: {@code out} of nanargmax/nanargmin,
 * the quantile family (with {@code overwrite_input}), ptp, round, isposinf/isneginf, choose and
 * compress, and average's {@code returned}. {@code keywords5.csv} (written by
 * {@code tests/reference/generate.py keywords5}) is replayed bit for bit: the expected values are
 * out after the call, and the call must return out itself. NumPy's errors are exceptions naming the
 * op: IllegalArgumentException, or for NumPy's IndexError either that (an out of the wrong shape,
 * which NumPy's keepdims indexing reports so) or IndexOutOfBoundsException (an empty slice).
 */
public abstract class Keywords5Conformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("keywords5.csv", r -> r.get("op"));
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
        for (String text : row.get("inputs").split(";")) {
            in.add((Tensor) ManipulationConformance.operand(text));
        }
        Map<String, String> args = ReferenceData.keywordArgs(row.get("args"));
        Tensor out = out(args.get("out"), in);
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> type = row.get("expected").equals("IndexError")
                    ? RuntimeException.class : IllegalArgumentException.class;
            RuntimeException e = assertThrows(type, () -> run(op, in, args, out), what);
            assertTrue(e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException,
                    () -> what + ": " + e);
            assertTrue(e.getMessage().startsWith(op + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        Tensor result = run(op, in, args, out);
        if (out != null) {
            assertSame(out, result, what + ": returns out");
        }
        assertOnBackend(what, result);
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), Tolerance.EXACT, 0);
    }

    /** '-': none; 'in:k': the k-th input itself; else zeros of 'dtype:shape'. */
    private static Tensor out(String spec, List<Tensor> in) {
        if (spec == null || spec.equals("-")) {
            return null;
        }
        if (spec.startsWith("in:")) {
            return in.get(Integer.parseInt(spec.substring(3)));
        }
        String[] parts = spec.split(":");
        return Np.zeros(parseShape(parts[1]), dtype(parts[0]));
    }

    private static int[] axes(String text) {
        return text.equals("none") ? null : Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static Integer axis(String text) {
        return text.equals("none") ? null : Integer.valueOf(text);
    }

    private static Tensor run(String op, List<Tensor> in, Map<String, String> a, Tensor out) {
        Tensor x = in.get(0);
        Tensor second = in.size() > 1 ? in.get(1) : null;
        boolean keepdims = "1".equals(a.get("keepdims"));
        boolean overwrite = "1".equals(a.get("overwrite_input"));
        return switch (op) {
            case "nanargmax" -> Np.nanargmax(x, axis(a.get("axis")), keepdims, out);
            case "nanargmin" -> Np.nanargmin(x, axis(a.get("axis")), keepdims, out);
            case "quantile", "percentile", "nanquantile", "nanpercentile" -> quantile(op, x, second, a, out);
            case "median" -> Np.median(x, axes(a.get("axis")), out, overwrite, keepdims);
            case "nanmedian" -> Np.nanmedian(x, axes(a.get("axis")), out, overwrite, keepdims);
            case "ptp" -> Np.ptp(x, axes(a.get("axis")), out, keepdims);
            case "round" -> Np.round(x, Integer.parseInt(a.get("decimals")), out);
            case "isposinf" -> Np.isposinf(x, out);
            case "isneginf" -> Np.isneginf(x, out);
            case "choose" -> Np.choose(x, in.subList(1, in.size()).toArray(Tensor[]::new), out, a.get("mode"));
            case "compress" -> Np.compress(x, second, axis(a.get("axis")), out);
            case "average" -> average(x, second, a);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    private static Tensor quantile(String op, Tensor x, Tensor weights, Map<String, String> a, Tensor out) {
        int[] axes = axes(a.get("axis"));
        boolean keepdims = a.get("keepdims").equals("1");
        boolean overwrite = a.get("overwrite_input").equals("1");
        String method = a.get("method");
        if (a.get("qarray").equals("1")) {
            double[] q = Arrays.stream(a.get("q").split(",")).mapToDouble(Double::parseDouble).toArray();
            return switch (op) {
                case "quantile" -> Np.quantile(x, q, axes, out, overwrite, method, keepdims, weights);
                case "percentile" -> Np.percentile(x, q, axes, out, overwrite, method, keepdims, weights);
                case "nanquantile" -> Np.nanquantile(x, q, axes, out, overwrite, method, keepdims, weights);
                default -> Np.nanpercentile(x, q, axes, out, overwrite, method, keepdims, weights);
            };
        }
        double q = Double.parseDouble(a.get("q"));
        return switch (op) {
            case "quantile" -> Np.quantile(x, q, axes, out, overwrite, method, keepdims, weights);
            case "percentile" -> Np.percentile(x, q, axes, out, overwrite, method, keepdims, weights);
            case "nanquantile" -> Np.nanquantile(x, q, axes, out, overwrite, method, keepdims, weights);
            default -> Np.nanpercentile(x, q, axes, out, overwrite, method, keepdims, weights);
        };
    }

    /** returned=1: the average and the sum of the weights stacked, as the reference file holds them. */
    private static Tensor average(Tensor x, Tensor weights, Map<String, String> a) {
        boolean returned = a.get("returned").equals("1");
        Average pair = Np.average(x, axes(a.get("axis")), weights, returned, a.get("keepdims").equals("1"));
        if (!returned) {
            assertNull(pair.sumOfWeights(), "average without returned has no sum of the weights");
            return pair.average();
        }
        try (pair) {
            return Np.stack(new Tensor[] {pair.average(), pair.sumOfWeights()}, 0);
        }
    }

    // ---- the forms the reference file cannot show ----------------------------------------------

    @Test
    void overwriteInputLeavesXUnchanged() {
        Tensor x = f64(4, 1, 3, 2, Double.NaN);
        double[] before = x.toDoubleArray();
        Np.quantile(x, 0.5, null, null, true, "linear", false, null).close();
        Np.nanpercentile(x, 50, null, null, true, "lower", false, null).close();
        Np.nanmedian(x, null, null, true, false).close();
        Np.median(x, null, null, true, false).close();
        assertArrayEquals(before, x.toDoubleArray(), 0.0, "x unchanged by overwriteInput");
    }

    @Test
    void outOnAnotherShapeLeavesOutUntouched() {
        Tensor out = Np.full(new long[] {3}, 7.0, DType.FLOAT64);
        Tensor x = f64(1, 2, 3, 4, 5, 6).reshape(2, 3);
        throwsWith(IllegalArgumentException.class, () -> Np.compress(bools(true, false, true), x, 1, out),
                "compress", "(3,)", "(2, 2)");
        throwsWith(IllegalArgumentException.class, () -> Np.ptp(x, new int[] {1}, out, false), "ptp", "(3,)", "(2,)");
        assertArrayEquals(new double[] {7, 7, 7}, out.toDoubleArray(), 0.0);
    }

    @Test
    void interpolatingQuantileNamesTheFix() {
        throwsWith(IllegalArgumentException.class, () -> Np.quantile(f64(1, 2, 3), 0.5, null,
                Np.zeros(new long[0], DType.INT32), false, "linear", false, null), "quantile", "int32", "'lower'");
    }

    @Test
    void averageWithoutReturnedKeepsTheWeightedMean() {
        try (Average a = Np.average(f64(1, 2, 3), null, f64(3, 1, 0), false, false)) {
            assertEquals(1.25, a.average().item());
            assertNull(a.sumOfWeights());
        }
    }
}
