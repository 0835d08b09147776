package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;

import java.util.Objects;

/**
 * What NumPy's complex-number helpers ({@code real}, {@code imag}, {@code conj}, {@code angle},
 * {@code isreal}, {@code iscomplex}, {@code real_if_close}) do to a real array, since jtensor has
 * no complex types: the real part is the array itself, the imaginary part zeros, the conjugate a
 * copy, the angle {@code arctan2(0, x)}.
 */
final class RealParts {

    private RealParts() {
    }

    /** {@code np.real(x)}: a view of x (NumPy returns x itself), sharing its memory. */
    static Tensor real(String name, Tensor x) {
        check(name, x);
        return x.reshape(x.shape);
    }

    /**
     * {@code np.imag(x)}: a new read-only tensor of zeros of x's type and shape, as NumPy's (writes
     * into it are refused; it shares nothing with x).
     */
    static Tensor imag(Tensor x) {
        check("imag", x);
        try (Tensor zeros = Tensor.allocate(x.backend(), x.dtype, x.shape)) {
            return new Tensor("imag", zeros, zeros.dtype, zeros.shape.clone(), zeros.strides.clone(), zeros.offset, true);
        }
    }

    /**
     * {@code np.conj(x)}: a copy of x, of x's type; bool gives int8 0/1 (NumPy's conjugate ufunc
     * has no bool loop and computes bool in int8).
     */
    static Tensor conj(String name, Tensor x) {
        check(name, x);
        return Elementwise.converted(name, x, x.dtype == DType.BOOL ? DType.INT8 : x.dtype);
    }

    /**
     * {@code np.angle(x, deg)}: {@code arctan2(0, x)}, then times 180/pi when deg: 0 for x &gt;= +0.0,
     * pi for x &lt;= -0.0 (so -0.0 and -Inf give pi), NaN for NaN; float32 stays float32, every other
     * type gives float64.
     */
    static Tensor angle(Tensor x, boolean deg) {
        String name = "angle";
        check(name, x);
        Tensor radians = Elementwise.binary(BinaryOp.ARCTAN2, Arg.of(0L), Arg.of(x), null, null);
        if (!deg) {
            return radians;
        }
        try (radians) {
            return Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(radians), Arg.of(180 / Math.PI), null, null);
        }
    }

    /** {@code np.isreal(x)} (all true) or {@code np.iscomplex(x)} (all false): bool of x's shape. */
    static Tensor isreal(String name, Tensor x, boolean value) {
        check(name, x);
        return Elementwise.full(x.backend(), x.shape, value ? 1 : 0, DType.BOOL);
    }

    static void check(String name, Tensor x) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
    }
}
