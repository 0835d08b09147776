package io.jtensor;

import java.util.Arrays;

/**
 * Singular values (and vectors) of a small dense matrix by one-sided Jacobi rotations, in double
 * precision on the host. Used by the matrix 2-norm and nuclear norm, svd, pinv and matrixRank;
 * accurate to a few ULP of the largest singular value, singular vectors orthonormal to a few eps.
 */
final class SingularValues {

    private static final int MAX_SWEEPS = 60;

    private SingularValues() {
    }

    /** The singular values, largest first, of the row-major m x n matrix at {@code data[from..]}. */
    static double[] of(double[] data, int from, int m, int n) {
        double[][] columns = columns(data, from, m, n);
        rotate(columns, null);
        double[] values = norms(columns);
        int cols = values.length;
        Arrays.sort(values);
        for (int i = 0; i < cols / 2; i++) {
            double t = values[i];
            values[i] = values[cols - 1 - i];
            values[cols - 1 - i] = t;
        }
        return values;
    }

    /**
     * The reduced singular value decomposition {u (m x k), s (k, largest first), vh (k x n)},
     * row-major, k = min(m, n), of the row-major m x n matrix at {@code data[from..]}. Columns of u
     * that belong to zero singular values are completed to an orthonormal set, as LAPACK's are.
     */
    static double[][] decompose(double[] data, int from, int m, int n) {
        boolean transpose = n > m;
        int rows = transpose ? n : m;
        double[][] columns = columns(data, from, m, n);
        int cols = columns.length;
        double[][] right = new double[cols][cols];
        for (int j = 0; j < cols; j++) {
            right[j][j] = 1;
        }
        rotate(columns, right);
        double[] norms = norms(columns);
        Integer[] order = new Integer[cols];
        for (int j = 0; j < cols; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(norms[y], norms[x]));
        double[] values = new double[cols];
        double[][] left = new double[cols][];
        double[][] sortedRight = new double[cols][];
        for (int j = 0; j < cols; j++) {
            values[j] = norms[order[j]];
            sortedRight[j] = right[order[j]];
            double[] column = columns[order[j]];
            if (values[j] > 0 || Double.isNaN(values[j])) {
                left[j] = new double[rows];
                for (int i = 0; i < rows; i++) {
                    left[j][i] = column[i] / values[j];
                }
            }
        }
        orthonormalize(left, rows);
        complete(left, rows);
        // left: columns of U for A (or of V for A^T); sortedRight: columns of V (or of U for A^T)
        double[][] uColumns = transpose ? sortedRight : left;
        double[][] vColumns = transpose ? left : sortedRight;
        int k = cols;
        double[] u = new double[m * k];
        double[] vh = new double[k * n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < m; i++) {
                u[i * k + j] = uColumns[j][i];
            }
            System.arraycopy(vColumns[j], 0, vh, j * n, n);
        }
        return new double[][] {u, values, vh};
    }

    /**
     * The full singular value decomposition {u (m x m), s (k, largest first), vh (n x n)}, row-major,
     * k = min(m, n): {@link #decompose}'s factors with u's columns (or vh's rows) beyond the k-th an
     * orthonormal completion (Gram-Schmidt of unit vectors, twice), as LAPACK's {@code gesdd} with
     * {@code JOBZ='A'} returns some orthonormal completion.
     */
    static double[][] decomposeFull(double[] data, int from, int m, int n) {
        double[][] f = decompose(data, from, m, n);
        int k = Math.min(m, n);
        double[][] uColumns = new double[m][];
        for (int j = 0; j < k; j++) {
            uColumns[j] = new double[m];
            for (int i = 0; i < m; i++) {
                uColumns[j][i] = f[0][i * k + j];
            }
        }
        complete(uColumns, m);
        double[] u = new double[m * m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                u[i * m + j] = uColumns[j][i];
            }
        }
        double[][] vRows = new double[n][];
        for (int j = 0; j < k; j++) {
            vRows[j] = Arrays.copyOfRange(f[2], j * n, (j + 1) * n);
        }
        complete(vRows, n);
        double[] vh = new double[n * n];
        for (int j = 0; j < n; j++) {
            System.arraycopy(vRows[j], 0, vh, j * n, n);
        }
        return new double[][] {u, f[1], vh};
    }

    /** The matrix as columns (of its transpose when it is wide, so there are min(m, n) columns). */
    private static double[][] columns(double[] data, int from, int m, int n) {
        boolean transpose = n > m;
        double[][] columns = new double[transpose ? m : n][transpose ? n : m];
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
        return columns;
    }

    /** Jacobi sweeps until no pair rotates; the rotations are applied to {@code right} too (nullable). */
    private static void rotate(double[][] columns, double[][] right) {
        int cols = columns.length;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < cols - 1; p++) {
                for (int q = p + 1; q < cols; q++) {
                    rotated |= orthogonalize(columns[p], columns[q], right == null ? null : right[p],
                            right == null ? null : right[q]);
                }
            }
            if (!rotated) {
                break;
            }
        }
    }

    /** The Euclidean norm of each column. */
    private static double[] norms(double[][] columns) {
        double[] norms = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            double sum = 0;
            for (double v : columns[j]) {
                sum = Math.fma(v, v, sum);
            }
            norms[j] = Math.sqrt(sum);
        }
        return norms;
    }

    /**
     * Gram-Schmidt (twice) of each vector of {@code basis} against the earlier ones (larger singular
     * values first); a vector that loses more than half its norm is set to null, for {@link #complete}.
     * A column of roundoff size (a zero singular value whose squares underflow, e.g. 5e-155 for
     * [[1, 1, 0, 0], [1, 0, 0, 1], [1, 0, 0, 1], [1, 0, 1, 0]]) has no direction of its own: divided
     * by its norm it is not orthogonal to the others. Vectors holding NaN are left as they are.
     */
    private static void orthonormalize(double[][] basis, int length) {
        for (int j = 1; j < basis.length; j++) {
            double[] v = basis[j];
            if (v == null || hasNaN(v)) {
                continue;
            }
            removeComponents(basis, j, v, true);
            double norm = norm(v);
            if (norm < 0.5) {
                basis[j] = null;
            } else {
                for (int i = 0; i < length; i++) {
                    v[i] /= norm;
                }
            }
        }
    }

    /** Subtracts from v, twice, its components along the non-null vectors basis[0..upTo) (those with NaN too unless skipped). */
    private static void removeComponents(double[][] basis, int upTo, double[] v, boolean skipNaN) {
        for (int pass = 0; pass < 2; pass++) {
            for (int o = 0; o < upTo; o++) {
                double[] other = basis[o];
                if (other == null || (skipNaN && hasNaN(other))) {
                    continue;
                }
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot = Math.fma(other[i], v[i], dot);
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = Math.fma(-dot, other[i], v[i]);
                }
            }
        }
    }

    private static double norm(double[] v) {
        double norm = 0;
        for (double e : v) {
            norm = Math.hypot(norm, e);
        }
        return norm;
    }

    private static boolean hasNaN(double[] v) {
        for (double e : v) {
            if (Double.isNaN(e)) {
                return true;
            }
        }
        return false;
    }

    /** Fills the null entries of {@code basis} with unit vectors orthogonal to all the others (Gram-Schmidt, twice). */
    private static void complete(double[][] basis, int length) {
        int candidate = 0;
        for (int j = 0; j < basis.length; j++) {
            if (basis[j] != null) {
                continue;
            }
            while (basis[j] == null && candidate < length) {
                double[] v = new double[length];
                v[candidate++] = 1;
                removeComponents(basis, basis.length, v, false);
                double norm = norm(v);
                if (norm > 0.5) {
                    for (int i = 0; i < length; i++) {
                        v[i] /= norm;
                    }
                    basis[j] = v;
                }
            }
            if (basis[j] == null) {
                // only a NaN basis leaves no candidate: NaN in, NaN out
                basis[j] = new double[length];
                Arrays.fill(basis[j], Double.NaN);
            }
        }
    }

    private static boolean orthogonalize(double[] x, double[] y, double[] vx, double[] vy) {
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
        if (vx != null) {
            for (int i = 0; i < vx.length; i++) {
                double xi = vx[i];
                double yi = vy[i];
                vx[i] = c * xi - s * yi;
                vy[i] = s * xi + c * yi;
            }
        }
        return true;
    }
}
