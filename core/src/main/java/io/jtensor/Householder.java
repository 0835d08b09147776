package io.jtensor;

/**
 * QR factorization of one m x n matrix by Householder reflections, in double precision on the
 * host (LAPACK's {@code geqrf} + {@code orgqr}, unblocked). Reduced form: with k = min(m, n), Q is
 * m x k with orthonormal columns and R is k x n upper triangular. Backward stable: QR is within a
 * small multiple of n·eps·‖A‖ of A and Q is orthonormal to a few eps.
 */
final class Householder {

    private Householder() {
    }

    /** {q (m x k), r (k x n)}, row-major, of the row-major m x n matrix at {@code data[from..]}. */
    static double[][] qr(double[] data, int from, int m, int n) {
        int k = Math.min(m, n);
        double[] a = new double[m * n];
        System.arraycopy(data, from, a, 0, m * n);
        double[][] reflectors = new double[k][];
        for (int j = 0; j < k; j++) {
            double norm = 0;
            for (int i = j; i < m; i++) {
                norm = Math.hypot(norm, a[i * n + j]);
            }
            if (norm == 0) {
                continue;
            }
            double alpha = a[j * n + j];
            double beta = alpha >= 0 ? -norm : norm;
            // v = x - beta e1, scaled so that H = I - 2 v v^T / (v^T v)
            double[] v = new double[m - j];
            v[0] = alpha - beta;
            for (int i = j + 1; i < m; i++) {
                v[i - j] = a[i * n + j];
            }
            reflectors[j] = v;
            reflect(a, n, j, j, m, n, v);
            a[j * n + j] = beta;
            for (int i = j + 1; i < m; i++) {
                a[i * n + j] = 0;
            }
        }
        double[] r = new double[k * n];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < n; j++) {
                r[i * n + j] = a[i * n + j];
            }
        }
        double[] q = new double[m * k];
        for (int i = 0; i < k; i++) {
            q[i * k + i] = 1;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (reflectors[j] != null) {
                reflect(q, k, j, 0, m, k, reflectors[j]);
            }
        }
        return new double[][] {q, r};
    }

    /** Applies I - 2 v v^T / (v^T v) to rows first..m-1, columns fromColumn..toColumn-1 of row-major x. */
    private static void reflect(double[] x, int stride, int first, int fromColumn, int m, int toColumn, double[] v) {
        double vv = 0;
        for (double e : v) {
            vv = Math.fma(e, e, vv);
        }
        for (int c = fromColumn; c < toColumn; c++) {
            double dot = 0;
            for (int i = first; i < m; i++) {
                dot = Math.fma(v[i - first], x[i * stride + c], dot);
            }
            double f = 2 * dot / vv;
            if (f != 0) {
                for (int i = first; i < m; i++) {
                    x[i * stride + c] = Math.fma(-f, v[i - first], x[i * stride + c]);
                }
            }
        }
    }
}
