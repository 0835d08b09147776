package io.jtensor;

/**
 * Eigenvalues and eigenvectors of one real symmetric matrix by the cyclic Jacobi method, in double
 * precision on the host. Reads only the lower triangle (NumPy's {@code UPLO='L'}) or only the upper
 * one ({@code UPLO='U'}). Jacobi is slower
 * than LAPACK's tridiagonal methods (about 10 n<sup>3</sup> per sweep, 6 to 10 sweeps) but simple
 * and accurate: eigenvalues within a small multiple of eps·‖A‖<sub>2</sub>, eigenvectors
 * orthonormal to a few eps.
 */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    private SymmetricEigen() {
    }

    /**
     * {values (n, ascending), vectors (n x n row-major, eigenvector j in column j)} of the
     * symmetric matrix whose lower triangle is at {@code data[from..]} (row-major n x n).
     */
    static double[][] of(double[] data, int from, int n) {
        return of(data, from, n, false);
    }

    /** As {@link #of(double[], int, int)}, reading the upper triangle instead when {@code upper}. */
    static double[][] of(double[] data, int from, int n, boolean upper) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = upper ? data[from + j * n + i] : data[from + i * n + j];
                a[i * n + j] = v;
                a[j * n + i] = v;
            }
        }
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double diagonal = 0;
            for (int i = 0; i < n; i++) {
                diagonal = Math.hypot(diagonal, a[i * n + i]);
                for (int j = 0; j < i; j++) {
                    off = Math.hypot(off, a[i * n + j]);
                }
            }
            if (off == 0 || off <= 1e-17 * Math.hypot(diagonal, off)) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, n, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i * n + i];
        }
        // ascending, as LAPACK's syevd; a stable selection keeps the order of equal eigenvalues
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] sortedValues = new double[n];
        double[] sortedVectors = new double[n * n];
        for (int j = 0; j < n; j++) {
            sortedValues[j] = values[order[j]];
            for (int i = 0; i < n; i++) {
                sortedVectors[i * n + j] = v[i * n + order[j]];
            }
        }
        return new double[][] {sortedValues, sortedVectors};
    }

    /** One Jacobi rotation zeroing a[p][q] (Rutishauser's formulas, as in Golub and Van Loan 8.5). */
    private static void rotate(double[] a, double[] v, int n, int p, int q) {
        double apq = a[p * n + q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
        if (theta == 0) {
            t = 1;
        } else if (Double.isInfinite(theta * theta)) {
            t = 1 / (2 * theta);
        }
        double c = 1 / Math.sqrt(1 + t * t);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (int k = 0; k < n; k++) {
            double vkp = v[k * n + p];
            double vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }
}
