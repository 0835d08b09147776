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

import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * NumPy's {@code dtype=} and {@code out=} of the reductions and scans: {@code reduce_dtype.csv}
 * replayed (every dtype as accumulator, integer wrap-around in the dtype, float16 overflow, float32
 * against float64 accumulation, out of another type and of the keepdims shape, the shapes NumPy
 * refuses), and the errors by hand.
 */
public abstract class TypedReductionConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("reduce_dtype.csv",
                r -> r.get("op") + " " + r.get("input").substring(0, r.get("input").indexOf(':'))
                        + (r.get("out").equals("none") ? "" : " out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("input") + ", axis=" + row.get("axes") + ", keepdims="
                + row.get("keepdims") + ", ddof=" + row.get("ddof") + ", dtype=" + row.get("dtype") + ", out="
                + row.get("out") + ")";
        Tensor x = (Tensor) ManipulationConformance.operand(row.get("input"));
        String axes = row.get("axes");
        boolean keepdims = Boolean.parseBoolean(row.get("keepdims"));
        int ddof = Integer.parseInt(row.get("ddof"));
        DType type = row.get("dtype").equals("none") ? null : dtype(row.get("dtype"));
        Tensor out = null;
        if (!row.get("out").equals("none")) {
            String[] parts = row.get("out").split(":");
            out = Np.full(parseShape(parts[1]), 7, dtype(parts[0]));
        }
        Tensor given = out;
        if (row.get("result_dtype").equals("error")) {
            assertThrows(IllegalArgumentException.class, () -> run(op, x, axes, keepdims, ddof, type, given), what);
            return;
        }
        Tensor result = run(op, x, axes, keepdims, ddof, type, out);
        if (out != null) {
            assertSame(out, result, () -> what + ": returns out");
        }
        assertOnBackend(what, result);
        long ulps = Long.parseLong(row.get("ulps"));
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("shape")),
                tokens(row.get("expected")), ulps == 0 ? Tolerance.EXACT : Tolerance.of(ulps, 0), 0);
    }

    private static Tensor run(String op, Tensor x, String axes, boolean keepdims, int ddof, DType type, Tensor out) {
        int[] many = axes.equals("none") ? null : ReferenceData.axes(axes);
        Integer axis = axes.equals("none") ? null : Integer.valueOf(axes);
        return switch (op) {
            case "sum" -> Np.sum(x, many, keepdims, type, out);
            case "prod" -> Np.prod(x, many, keepdims, type, out);
            case "mean" -> Np.mean(x, many, keepdims, type, out);
            case "var" -> Np.var(x, many, keepdims, ddof, type, out);
            case "std" -> Np.std(x, many, keepdims, ddof, type, out);
            case "cumsum" -> Np.cumsum(x, axis, type, out);
            case "cumprod" -> Np.cumprod(x, axis, type, out);
            case "nansum" -> Np.nansum(x, many, keepdims, type, out);
            case "nanprod" -> Np.nanprod(x, many, keepdims, type, out);
            case "nanmean" -> Np.nanmean(x, many, keepdims, type, out);
            case "nanvar" -> Np.nanvar(x, many, keepdims, ddof, type, out);
            case "nanstd" -> Np.nanstd(x, many, keepdims, ddof, type, out);
            case "nancumsum" -> Np.nancumsum(x, axis, type, out);
            case "nancumprod" -> Np.nancumprod(x, axis, type, out);
            case "add.reduce" -> Np.reduce(BinaryOp.ADD, x, many, keepdims, type, out);
            case "multiply.reduce" -> Np.reduce(BinaryOp.MULTIPLY, x, many, keepdims, type, out);
            case "maximum.reduce" -> Np.reduce(BinaryOp.MAXIMUM, x, many, keepdims, type, out);
            case "minimum.reduce" -> Np.reduce(BinaryOp.MINIMUM, x, many, keepdims, type, out);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    @Test
    void outOverlappingTheInputGetsTheResultComputedFirst() {
        Tensor m = Np.array(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
        Tensor firstRow = m.slice(0, 0, 1, 1).reshape(3);
        Np.sum(m, new int[] {0}, false, null, firstRow);
        assertDoubles(m, DType.FLOAT64, shape(2, 3), 3, 5, 7, 3, 4, 5);
        Tensor v = f64(0, 1, 2, 3);
        Np.cumsum(v, 0, null, v);
        assertDoubles(v, DType.FLOAT64, shape(4), 0, 1, 3, 6);
    }

    @Test
    void errorsNameTheOpTheShapesAndTheTypes() {
        Tensor m = Np.array(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
        throwsWith(IllegalArgumentException.class,
                () -> Np.sum(m, new int[] {0}, true, null, Np.zeros(new long[] {3}, DType.FLOAT64)),
                "sum: out has shape (3,) but the result has shape (1, 3)", "keepdims");
        throwsWith(IllegalArgumentException.class,
                () -> Np.cumsum(m, null, null, Np.zeros(new long[] {2, 3}, DType.FLOAT64)),
                "cumsum: out has shape (2, 3) but the result has shape (6,)");
        throwsWith(IllegalArgumentException.class,
                () -> Np.sum(m, new int[] {0}, false, null, Np.zeros(new long[] {1}, DType.FLOAT64).broadcastTo(3)),
                "sum: out of shape (3,) has overlapping elements");
        throwsWith(IllegalArgumentException.class, () -> Np.nanmean(m, null, false, DType.INT32, null),
                "nanmean: x is float64, so the dtype must be floating, got int32", "valid: float16, float32, float64");
        throwsWith(IllegalArgumentException.class,
                () -> Np.nanvar(m, null, false, 0, null, Np.zeros(new long[0], DType.INT64)),
                "nanvar: x is float64, so the out must be floating, got int64");
        throwsWith(IllegalArgumentException.class, () -> Np.var(bools(true, false), null, false, 0, DType.BOOL, null),
                "var: dtype bool is not valid for bool x", "pass a numeric dtype");
        throwsWith(IllegalArgumentException.class, () -> Np.std(m, new int[] {1}, false, 0, DType.INT32, null),
                "std: the square root of a int32 variance of shape (2,) cannot be stored as int32",
                "pass a floating dtype");
        throwsWith(IllegalArgumentException.class,
                () -> Np.reduce(BinaryOp.LOGICAL_AND, m, null, false, DType.INT32, null),
                "logical_and.reduce: dtype= and out= are offered for add, multiply, maximum and minimum");
        throwsWith(IllegalArgumentException.class, () -> Np.mean(m, new int[] {2}, false, DType.FLOAT32, null),
                "mean", "axis 2");
    }

    /** A 0-d x scans as its 1-element ravel along axis 0 or -1, with a dtype too (NumPy 2.4). */
    @Test
    void nanScansOfA0dTensorTakeAxisZeroAndMinusOne() {
        // np.nancumsum(np.float64(np.nan), axis=-1, dtype=np.float32): [0.]
        Check.doubles("nancumsum 0-d", Np.nancumsum(Np.full(new long[0], Double.NaN), -1, DType.FLOAT32, null),
                DType.FLOAT32, new long[] {1}, new double[] {0}, Tolerance.EXACT);
        // np.nancumprod(np.int32(3), axis=0, dtype=np.int64): [3]
        Check.longs("nancumprod 0-d", Np.nancumprod(Np.full(new long[0], 3L, DType.INT32), 0, DType.INT64, null),
                DType.INT64, new long[] {1}, new long[] {3});
        throwsWith(IllegalArgumentException.class,
                () -> Np.nancumsum(Np.full(new long[0], 1.0), 1, DType.FLOAT64, null), "nancumsum", "axis 1");
    }
}
