package io.jtensor;

/**
 * Cholesky factorization A = L L<sup>T</sup> (or A = U<sup>T</sup> U) of one symmetric
 * positive-definite matrix, in double precision on the host. Reads only the lower triangle of A for
 * L and only the upper one for U (NumPy's and LAPACK's {@code 'L'} and {@code 'U'}). Backward stable:
 * L L<sup>T</sup> is within a small multiple of n·eps·|A| of A.
 */
final class Cholesky {

    private Cholesky() {
    }

    /**
     * The lower factor of the row-major n x n matrix at {@code data[from..]}, row-major with zeros
     * above the diagonal, or null when the matrix is not positive definite (a pivot is not > 0 or NaN).
     */
    static double[] lower(double[] data, int from, int n) {
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double d = data[from + j * n + j];
            for (int p = 0; p < j; p++) {
                d = Math.fma(-l[j * n + p], l[j * n + p], d);
            }
            if (!(d > 0)) {
                return null;
            }
            double root = Math.sqrt(d);
            l[j * n + j] = root;
            for (int i = j + 1; i < n; i++) {
                double s = data[from + i * n + j];
                for (int p = 0; p < j; p++) {
                    s = Math.fma(-l[i * n + p], l[j * n + p], s);
                }
                l[i * n + j] = s / root;
            }
        }
        return l;
    }

    /**
     * The upper factor U (U<sup>T</sup> U = A) of the row-major n x n matrix at {@code data[from..]},
     * read from its upper triangle, row-major with zeros below the diagonal, or null when the matrix
     * is not positive definite: the transpose of {@link #lower} of A<sup>T</sup>, whose lower
     * triangle is A's upper one.
     */
    static double[] upper(double[] data, int from, int n) {
        double[] l = lower(transposed(data, from, n), 0, n);
        return l == null ? null : transposed(l, 0, n);
    }

    /** The transpose of the row-major n x n matrix at {@code data[from..]}. */
    static double[] transposed(double[] data, int from, int n) {
        double[] t = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j * n + i] = data[from + i * n + j];
            }
        }
        return t;
    }
}
