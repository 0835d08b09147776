package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * {@code np.nan_to_num}: NaN, +Inf and -Inf of a float tensor replaced by finite numbers with three
 * {@code where} ufuncs (the replacement a weak scalar, so the result keeps x's type); integer and
 * bool tensors are copied unchanged.
 */
final class NonFinite {

    private NonFinite() {
    }

    /**
     * {@code np.nan_to_num(x, nan=nan, posinf=posinf, neginf=neginf)}; a null posinf (neginf) is
     * the largest (most negative) finite value of x's type.
     */
    /**
     * {@code np.nan_to_num(x, copy=False, ...)}: x's NaN and infinities replaced in x itself, which
     * is returned; an integer or bool x is returned untouched (NumPy writes nothing there either).
     */
    static Tensor nanToNumInPlace(Tensor x, double nan, Double posinf, Double neginf) {
        Objects.requireNonNull(x, "nanToNum: x is null");
        x.checkOpen("nanToNum");
        if (!x.dtype.isFloatingPoint()) {
            return x;
        }
        Elementwise.checkWritable("nanToNum", "x (copy=false)", x);
        try (Tensor replaced = nanToNum(x, nan, posinf, neginf)) {
            Assignment.copyTo(x, Arg.of(replaced), null);
        }
        return x;
    }

    static Tensor nanToNum(Tensor x, double nan, Double posinf, Double neginf) {
        Objects.requireNonNull(x, "nanToNum: x is null");
        x.checkOpen("nanToNum");
        if (!x.dtype.isFloatingPoint()) {
            return Elementwise.converted("nanToNum", x, x.dtype);
        }
        double largest = FloatInfo.of(x.dtype).max();
        try (Temporaries t = new Temporaries()) {
            Tensor isNan = t.add(Elementwise.unary(UnaryOp.ISNAN, x, null, null));
            Tensor result = t.add(Elementwise.where(isNan, Arg.of(nan), Arg.of(x)));
            Tensor isPositive = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(x), Arg.of(Double.POSITIVE_INFINITY),
                    null, null));
            result = t.add(Elementwise.where(isPositive, Arg.of(posinf == null ? largest : posinf), Arg.of(result)));
            Tensor isNegative = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(x), Arg.of(Double.NEGATIVE_INFINITY),
                    null, null));
            return Elementwise.where(isNegative, Arg.of(neginf == null ? -largest : neginf), Arg.of(result));
        }
    }
}
