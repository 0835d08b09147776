package io.jtensor;

import java.util.Arrays;

/**
 * Singular values of a small dense matrix by one-sided Jacobi rotations, in double precision on
 * the host. Used by the matrix 2-norm and nuclear norm; accurate to a few ULP of the largest
 * singular value.
 */
final class SingularValues {

    private static final int MAX_SWEEPS = 60;

    private SingularValues() {
    }

    /** The singular values, largest first, of the row-major m x n matrix at {@code data[from..]}. */
    static double[] of(double[] data, int from, int m, int n) {
        boolean transpose = n > m;
        int rows = transpose ? n : m;
        int cols = transpose ? m : n;
        double[][] columns = new double[cols][rows];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double v = data[from + i * n + j];
                if (transpose) {
                    columns[i][j] = v;
                } else {
                    columns[j][i] = v;
                }
            }
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < cols - 1; p++) {
                for (int q = p + 1; q < cols; q++) {
                    rotated |= orthogonalize(columns[p], columns[q]);
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] values = new double[cols];
        for (int j = 0; j < cols; j++) {
            double sum = 0;
            for (double v : columns[j]) {
                sum = Math.fma(v, v, sum);
            }
            values[j] = Math.sqrt(sum);
        }
        Arrays.sort(values);
        for (int i = 0; i < cols / 2; i++) {
            double t = values[i];
            values[i] = values[cols - 1 - i];
            values[cols - 1 - i] = t;
        }
        return values;
    }

    private static boolean orthogonalize(double[] x, double[] y) {
        double alpha = 0;
        double beta = 0;
        double gamma = 0;
        for (int i = 0; i < x.length; i++) {
            alpha = Math.fma(x[i], x[i], alpha);
            beta = Math.fma(y[i], y[i], beta);
            gamma = Math.fma(x[i], y[i], gamma);
        }
        if (gamma == 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) {
            return false;
        }
        double zeta = (beta - alpha) / (2 * gamma);
        double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        if (zeta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(1 + t * t);
        double s = c * t;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double yi = y[i];
            x[i] = c * xi - s * yi;
            y[i] = s * xi + c * yi;
        }
        return true;
    }
}
