package io.jtensor;

/**
 * LU factorization with partial (row) pivoting of one square matrix, PA = LU, in double precision
 * on the host (LAPACK's {@code getrf} algorithm, unblocked). Backward stable in practice: the
 * computed factors are exact for a matrix within a small multiple of n·eps·|A| of A.
 */
final class LuDecomposition {

    private final int n;
    private final double[] lu;
    private final int[] rows;
    private final int parity;
    private final boolean singular;

    /** Factors the row-major n x n matrix at {@code data[from..]} (data is not changed). */
    LuDecomposition(double[] data, int from, int n) {
        this.n = n;
        this.lu = new double[n * n];
        System.arraycopy(data, from, lu, 0, n * n);
        this.rows = new int[n];
        int sign = 1;
        boolean zeroPivot = false;
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int pivot = k;
            double largest = Math.abs(lu[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(lu[i * n + k]);
                if (v > largest) {
                    largest = v;
                    pivot = i;
                }
            }
            if (pivot != k) {
                for (int j = 0; j < n; j++) {
                    double t = lu[k * n + j];
                    lu[k * n + j] = lu[pivot * n + j];
                    lu[pivot * n + j] = t;
                }
                int t = rows[k];
                rows[k] = rows[pivot];
                rows[pivot] = t;
                sign = -sign;
            }
            double diagonal = lu[k * n + k];
            if (diagonal == 0) {
                // as LAPACK: an exactly zero pivot makes the matrix singular; the column is left as it is
                zeroPivot = true;
                continue;
            }
            // LAPACK's getf2 arithmetic (scale by the reciprocal, then unfused multiply and subtract), so
            // that a matrix NumPy finds exactly singular ([[3, 6], [1, 2]]: 2 - 6 * (1/3) == 0) is singular here
            double reciprocal = 1 / diagonal;
            for (int i = k + 1; i < n; i++) {
                double factor = lu[i * n + k] * reciprocal;
                lu[i * n + k] = factor;
                // no skip of zero factors: OpenBLAS's update multiplies them too (0 * inf is NaN there)
                for (int j = k + 1; j < n; j++) {
                    lu[i * n + j] = lu[i * n + j] - factor * lu[k * n + j];
                }
            }
        }
        this.parity = sign;
        this.singular = zeroPivot;
    }

    /** Whether a pivot was exactly zero (LAPACK's info > 0): no inverse, no solution. */
    boolean isSingular() {
        return singular;
    }

    /**
     * The determinant: the pivots' product with the permutation's sign; +0.0 when a pivot is exactly
     * zero (NumPy's sign 0 times exp(-inf), also where an infinite pivot would make the product NaN).
     */
    double determinant() {
        if (singular) {
            return 0;
        }
        double det = parity;
        for (int k = 0; k < n; k++) {
            det *= lu[k * n + k];
        }
        return det;
    }

    /**
     * The sign of the determinant (+1, -1, or 0 for a singular matrix), NumPy's: the permutation's
     * sign flipped by each negative pivot, so a NaN pivot leaves it ±1.
     */
    double signOfDeterminant() {
        if (singular) {
            return 0;
        }
        double sign = parity;
        for (int k = 0; k < n; k++) {
            if (lu[k * n + k] < 0) {
                sign = -sign;
            }
        }
        return sign;
    }

    /** log|det|: the sum of log|pivot| (no overflow where the determinant itself would); -inf when singular. */
    double logAbsDeterminant() {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += Math.log(Math.abs(lu[k * n + k]));
        }
        return sum;
    }

    /**
     * Solves A X = B for the row-major n x k matrix B at {@code b[from..]}, writing X to
     * {@code x[to..]}. The matrix must not be singular. Every product is computed, zeros included,
     * as OpenBLAS's triangular solves in NumPy do: 0 times an infinite factor gives NaN there too.
     */
    void solve(double[] b, int from, int k, double[] x, int to) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, from + rows[i] * k, x, to + i * k, k);
        }
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                double l = lu[i * n + p];
                for (int j = 0; j < k; j++) {
                    x[to + i * k + j] = Math.fma(-l, x[to + p * k + j], x[to + i * k + j]);
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                double u = lu[i * n + p];
                for (int j = 0; j < k; j++) {
                    x[to + i * k + j] = Math.fma(-u, x[to + p * k + j], x[to + i * k + j]);
                }
            }
            double diagonal = lu[i * n + i];
            for (int j = 0; j < k; j++) {
                x[to + i * k + j] /= diagonal;
            }
        }
    }
}
