package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * {@code np.isclose} and {@code np.allclose}, composed of element-wise ops so they run on every
 * backend: {@code (|a - b| <= atol + rtol·|b| and b is finite) or a == b}, plus
 * {@code (isnan(a) and isnan(b))} with {@code equalNan}. As in NumPy, {@code b} is first converted
 * to its floating type (float32 stays float32, integers and bool become float64), the tolerance
 * is not symmetric (it scales with |b|), and infinities are close only to themselves.
 */
final class Closeness {

    private Closeness() {
    }

    static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        Objects.requireNonNull(a, "isclose: first operand is null");
        Objects.requireNonNull(b, "isclose: second operand is null");
        a.checkOpen("isclose");
        b.checkOpen("isclose");
        DType floating = b.dtype.isFloatingPoint() ? b.dtype : DType.FLOAT64;
        try (Tensor y = b.dtype == floating ? null : b.astype(floating)) {
            Tensor by = y == null ? b : y;
            try (Tensor difference = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(a), Arg.of(by), null, null);
                 Tensor distance = Elementwise.unary(UnaryOp.ABS, difference, null, null);
                 Tensor scale = Elementwise.unary(UnaryOp.ABS, by, null, null);
                 Tensor allowed = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(scale), Arg.of(rtol), null, null);
                 Tensor bound = Elementwise.binary(BinaryOp.ADD, Arg.of(allowed), Arg.of(atol), allowed, null);
                 Tensor within = Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(distance), Arg.of(bound), null, null);
                 Tensor finite = Elementwise.unary(UnaryOp.ISFINITE, by, null, null);
                 Tensor near = Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(within), Arg.of(finite), null, null);
                 Tensor equal = Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(by), null, null)) {
                Tensor result = Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(near), Arg.of(equal), null, null);
                if (!equalNan) {
                    return result;
                }
                try (Tensor nanA = Elementwise.unary(UnaryOp.ISNAN, a, null, null);
                     Tensor nanB = Elementwise.unary(UnaryOp.ISNAN, by, null, null);
                     Tensor bothNan = Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(nanA), Arg.of(nanB), null, null)) {
                    return Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(result), Arg.of(bothNan), result, null);
                }
            }
        }
    }

    static boolean allclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        try (Tensor close = isclose(a, b, rtol, atol, equalNan);
             Tensor all = Reductions.reduce(ReduceOp.ALL, close, null, false, 0, "allclose")) {
            return all.item() != 0;
        }
    }
}
