package io.jtensor;

import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * {@code np.poly(seq_of_zeros)} for real roots: the coefficients of {@code prod(x - r)}, highest
 * power first, built as NumPy builds them, one {@code convolve(a, [1, -r])} per root in order, on
 * the roots' backend.
 */
final class PolynomialFromRoots {

    private PolynomialFromRoots() {
    }

    /**
     * {@code np.poly(roots)}: a 1-d tensor of roots (float32 stays float32, every other type
     * becomes float64), or a non-empty square matrix, whose eigenvalues are the roots: only a
     * symmetric one, whose eigenvalues are real ({@code eigvalsh}); NumPy takes a general matrix's
     * complex eigenvalues, which jtensor cannot hold. No roots give the 0-d float64 1.0.
     */
    static Tensor poly(Tensor roots) {
        String name = "poly";
        Objects.requireNonNull(roots, name + ": roots is null");
        roots.checkOpen(name);
        long[] shape = roots.shape;
        try (Temporaries t = new Temporaries()) {
            Tensor zeros;
            if (shape.length == 2 && shape[0] == shape[1] && shape[0] != 0) {
                Tensor transposed = t.add(roots.T());
                if (!Equality.arrayEqual(roots, transposed, false)) {
                    throw new UnsupportedOperationException(name + ": the eigenvalues of a non-symmetric "
                            + shape[0] + "x" + shape[1] + " matrix may be complex, and jtensor has no complex dtype;"
                            + " pass the roots as a 1-d tensor or a symmetric matrix");
                }
                zeros = t.add(HostLinearAlgebra.eigh(name, roots, false)[0]);
            } else if (shape.length == 1) {
                DType type = roots.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
                zeros = roots.dtype == type ? roots : t.add(roots.astype(type));
            } else {
                throw new IllegalArgumentException(name + ": input must be 1d or non-empty square 2d array, got shape "
                        + Shape.toString(shape));
            }
            DType type = zeros.dtype;
            long n = zeros.size();
            if (n == 0) {
                return Elementwise.full(roots.backend(), new long[0], 1.0, DType.FLOAT64);
            }
            Tensor a = t.add(Elementwise.full(roots.backend(), new long[] {1}, 1.0, type));
            for (long i = 0; i < n; i++) {
                Tensor factor = t.add(Tensor.allocate(roots.backend(), type, new long[] {2}));
                Tensor one = t.add(Elementwise.full(roots.backend(), new long[] {1}, 1.0, type));
                Elementwise.copyInto(name, one, t.add(factor.slice(0, 0, 1, 1)));
                Elementwise.unary(UnaryOp.NEGATIVE, t.add(zeros.slice(0, i, i + 1, 1)), t.add(factor.slice(0, 1, 2, 1)),
                        null);
                a = t.add(Convolution.convolve(name, a, factor, "full"));
            }
            return a.copy();
        }
    }
}
