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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code cumsum}, {@code cumprod} and {@code accumulate} (add, multiply, maximum, minimum): NumPy's {@code scan.csv} replayed bit for bit (results are
 * accumulated in NumPy's order), many lines along inner and outer axes, and the errors.
 */
public abstract class CumulativeConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("scan.csv",
                r -> r.get("op") + " " + r.get("inputs").substring(0, r.get("inputs").indexOf(':')));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String axis = row.get("axis");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", axis=" + axis + ")";
        Tensor x = (Tensor) ManipulationConformance.operand(row.get("inputs"));
        if (row.get("result_dtype").equals("error")) {
            assertThrows(IllegalArgumentException.class, () -> run(op, x, axis), what);
            return;
        }
        Tensor result = run(op, x, axis);
        assertOnBackend(what, result);
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), Tolerance.EXACT, 0);
    }

    private static Tensor run(String op, Tensor x, String axis) {
        if (op.endsWith(".accumulate")) {
            BinaryOp ufunc = switch (op) {
                case "add.accumulate" -> BinaryOp.ADD;
                case "multiply.accumulate" -> BinaryOp.MULTIPLY;
                case "maximum.accumulate" -> BinaryOp.MAXIMUM;
                default -> BinaryOp.MINIMUM;
            };
            return axis.equals("none") ? Np.accumulate(ufunc, x) : Np.accumulate(ufunc, x, Integer.parseInt(axis));
        }
        boolean sum = op.equals("cumsum");
        if (axis.equals("none")) {
            return sum ? Np.cumsum(x) : Np.cumprod(x);
        }
        int a = Integer.parseInt(axis);
        return sum ? Np.cumsum(x, a) : Np.cumprod(x, a);
    }

    @Test
    void accumulateTakesAddMultiplyMaximumAndMinimumOnly() {
        Tensor x = f64(1, 2, 3);
        throwsWith(IllegalArgumentException.class, () -> Np.accumulate(BinaryOp.SUBTRACT, x, 0), "accumulate",
                "subtract", "valid: ADD, MULTIPLY, MAXIMUM, MINIMUM");
        throwsWith(IllegalArgumentException.class, () -> Np.accumulate(BinaryOp.MAXIMUM, Np.scalar(1.0)),
                "maximum.accumulate", "0-d");
        throwsWith(IllegalArgumentException.class, () -> Np.accumulate(BinaryOp.MINIMUM, x, 1),
                "minimum.accumulate: axis 1 is out of range for a 1-d tensor");
        Tensor bools = Np.accumulate(BinaryOp.MAXIMUM, bools(false, true, false));
        assertBools(bools, shape(3), false, true, true);
    }

    @Test
    void manyLinesAlongEveryAxisMatchARunningSumOnTheHost() {
        int outer = 37;
        int length = 129;
        int inner = 53;
        Tensor x = Np.arange(0L, (long) outer * length * inner).reshape(outer, length, inner);
        long[] host = x.toLongArray();
        for (int axis = 0; axis < 3; axis++) {
            long[] got = Np.cumsum(x, axis).toLongArray();
            long[] shape = {outer, length, inner};
            long stride = axis == 2 ? 1 : axis == 1 ? inner : (long) length * inner;
            for (int i = 0; i < host.length; i++) {
                long k = (i / stride) % shape[axis];
                long expected = k == 0 ? host[i] : 0;
                if (k > 0) {
                    for (long j = 0; j <= k; j++) {
                        expected += host[(int) (i - (k - j) * stride)];
                    }
                }
                int at = i;
                long e = expected;
                assertEquals(e, got[i], () -> "cumsum axis " + stride + " at " + at);
            }
        }
    }

    @Test
    void errorsNameTheOpAndTheValidAxes() {
        Tensor x = Np.zeros(new long[] {2, 3}, DType.FLOAT32);
        throwsWith(IllegalArgumentException.class, () -> Np.cumsum(x, 2), "cumsum", "axis 2", "valid: -2..1");
        throwsWith(IllegalArgumentException.class, () -> Np.cumprod(x, -3), "cumprod", "axis -3");
        throwsWith(NullPointerException.class, () -> Np.cumsum(null), "cumsum: x is null");
        Tensor closed = Np.ones(new long[] {2}, DType.INT32);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.cumprod(closed), "cumprod");
    }
}
