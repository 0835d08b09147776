package io.jtensor;

import java.util.Objects;

/**
 * {@code np.roots(p)} for polynomials whose roots are all real: NumPy's algorithm step by step,
 * the eigenvalues of the companion matrix computed on the host by {@link GeneralEigen} and the
 * roots uploaded to p's backend.
 */
final class PolynomialRoots {

    private PolynomialRoots() {
    }

    /**
     * NumPy's steps: leading zeros are stripped, trailing zeros become zero roots appended last,
     * the rest is the eigenvalues of the companion matrix {@code diag(ones(N-2), -1)} with first row
     * {@code -p[1:] / p[0]} (that row computed in p's float type: float32 for float32 p, float64 for
     * every other type, as NumPy casts non-float p to float64). Fewer than two coefficients after
     * stripping give no eigenvalues, and then the result is float64, as NumPy's {@code array([])}.
     */
    static Tensor roots(Tensor p) {
        String name = "roots";
        Objects.requireNonNull(p, name + ": p is null");
        p.checkOpen(name);
        if (p.ndim() == 0) {
            // NumPy's np.roots(np.array(3.0)) fails in its __array_function__ dispatcher, which iterates p
            throw new IllegalArgumentException(name + ": p must be a 1-d array of coefficients, got a 0-d tensor"
                    + " (NumPy raises TypeError: dispatcher for __array_function__ did not return an iterable)");
        }
        if (p.ndim() > 1) {
            throw new IllegalArgumentException(name + ": Input must be a rank-1 array, got shape "
                    + Shape.toString(p.shape));
        }
        double[] c = p.toDoubleArray();
        int first = 0;
        while (first < c.length && c[first] == 0) {
            first++;
        }
        int last = c.length - 1;
        while (last >= first && c[last] == 0) {
            last--;
        }
        int trailingZeros = first < c.length ? c.length - 1 - last : 0;
        int n = last - first + 1;
        boolean single = p.dtype == DType.FLOAT32;
        DType type = single && n > 1 ? DType.FLOAT32 : DType.FLOAT64;
        int degree = Math.max(n - 1, 0);
        double[] roots = new double[degree + trailingZeros];
        if (n > 1) {
            // the companion matrix has p's type, and NumPy's eigvals refuses float16
            HostLinearAlgebra.refuseFloat16(name, p);
            double[] companion = new double[degree * degree];
            for (int j = 0; j < degree; j++) {
                double entry = -c[first + 1 + j] / c[first];
                companion[j] = single ? (float) entry : entry;
            }
            for (int i = 1; i < degree; i++) {
                companion[i * degree + i - 1] = 1;
            }
            for (double x : companion) {
                if (!Double.isFinite(x)) {
                    throw new LinAlgException(name + ": Array must not contain infs or NaNs (the companion matrix of p"
                            + " holds " + x + ")");
                }
            }
            double[][] e = GeneralEigen.of(companion, 0, degree, false);
            HostLinearAlgebra.realSpectrum(name, e, "p of shape " + Shape.toString(p.shape));
            System.arraycopy(e[0], 0, roots, 0, degree);
        }
        Tensor result = Creation.fromDoubles(p.backend(), roots, new long[] {roots.length});
        if (type == DType.FLOAT64) {
            return result;
        }
        try (result) {
            return result.astype(type);
        }
    }
}
