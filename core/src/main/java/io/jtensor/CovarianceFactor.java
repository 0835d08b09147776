package io.jtensor;

/**
 * The factor NumPy's {@code Generator.multivariate_normal} multiplies standard normals by, for its
 * methods 'svd' ({@link #of}), 'eigh' ({@link #eigh}) and 'cholesky' ({@link #cholesky}). For 'svd': with {@code cov = U·diag(s)·Vh} its singular value decomposition, a sample is
 * {@code mean + z·(√s[:, None]·Vh)}, of covariance {@code Vhᵀ·diag(s)·Vh}, which equals cov exactly
 * when cov is symmetric positive-semidefinite. The decomposition is Hestenes' one-sided Jacobi
 * (columns of cov orthogonalized by plane rotations, accumulated in V), accurate to a few ULP of the
 * largest singular value; the matrices are small (k x k for k-variate samples).
 */
final class CovarianceFactor {

    private static final int MAX_SWEEPS = 60;

    /** A sample is {@code mean + z·factor}: for 'svd' row j is √s_j times the j-th right singular vector. */
    final double[][] factor;

    /** Whether Vhᵀ·diag(s)·Vh is cov within NumPy's allclose(rtol = atol = 1e-8). */
    final boolean positiveSemidefinite;

    private CovarianceFactor(double[][] factor, boolean positiveSemidefinite) {
        this.factor = factor;
        this.positiveSemidefinite = positiveSemidefinite;
    }

    /**
     * The 'svd' factor of a finite k x k matrix (checked by the caller); positive-semidefinite when it
     * rebuilds cov within NumPy's {@code allclose(rtol = atol = tol)}.
     */
    static CovarianceFactor of(double[][] cov, double tol) {
        int k = cov.length;
        double[][] u = new double[k][];
        for (int i = 0; i < k; i++) {
            u[i] = cov[i].clone();
        }
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < k - 1; p++) {
                for (int q = p + 1; q < k; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int i = 0; i < k; i++) {
                        alpha += u[i][p] * u[i][p];
                        beta += u[i][q] * u[i][q];
                        gamma += u[i][p] * u[i][q];
                    }
                    if (gamma == 0 || Math.abs(gamma) <= 0x1p-53 * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.hypot(1, zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.hypot(1, t);
                    double s = c * t;
                    rotate(u, p, q, c, s);
                    rotate(v, p, q, c, s);
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[][] factor = new double[k][k];
        double[] singular = new double[k];
        for (int j = 0; j < k; j++) {
            double norm = 0;
            for (int i = 0; i < k; i++) {
                norm = Math.hypot(norm, u[i][j]);
            }
            singular[j] = norm;
            double root = Math.sqrt(norm);
            for (int i = 0; i < k; i++) {
                factor[j][i] = root * v[i][j];
            }
        }
        boolean close = true;
        for (int a = 0; a < k && close; a++) {
            for (int b = 0; b < k; b++) {
                double rebuilt = 0;
                for (int j = 0; j < k; j++) {
                    rebuilt += v[a][j] * singular[j] * v[b][j];
                }
                if (!(Math.abs(rebuilt - cov[a][b]) <= tol + tol * Math.abs(cov[a][b]))) {
                    close = false;
                    break;
                }
            }
        }
        return new CovarianceFactor(factor, close);
    }

    /**
     * NumPy's 'eigh' factor {@code u·√|w|} of cov's lower triangle ({@link SymmetricEigen}),
     * positive-semidefinite when no eigenvalue w is below -tol.
     */
    static CovarianceFactor eigh(double[][] cov, double tol) {
        int k = cov.length;
        double[][] wv = SymmetricEigen.of(flat(cov), 0, k);
        double[][] factor = new double[k][k];
        boolean psd = true;
        for (int r = 0; r < k; r++) {
            psd &= !(wv[0][r] < -tol);
            double root = Math.sqrt(Math.abs(wv[0][r]));
            for (int c = 0; c < k; c++) {
                factor[r][c] = wv[1][c * k + r] * root;
            }
        }
        return new CovarianceFactor(factor, psd);
    }

    /**
     * NumPy's 'cholesky' factor: the lower L of cov's lower triangle, transposed (a sample is
     * {@code mean + z·Lᵀ}).
     *
     * @throws LinAlgException when cov is not positive definite (NumPy's LinAlgError)
     */
    static CovarianceFactor cholesky(String op, double[][] cov) {
        int k = cov.length;
        double[] l = Cholesky.lower(flat(cov), 0, k);
        if (l == null) {
            throw new LinAlgException(op + ": Matrix is not positive definite (method 'cholesky')");
        }
        double[][] factor = new double[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                factor[r][c] = l[c * k + r];
            }
        }
        return new CovarianceFactor(factor, true);
    }

    private static double[] flat(double[][] m) {
        int k = m.length;
        double[] data = new double[k * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(m[i], 0, data, i * k, k);
        }
        return data;
    }

    private static void rotate(double[][] m, int p, int q, double c, double s) {
        for (double[] row : m) {
            double mp = row[p];
            double mq = row[q];
            row[p] = c * mp - s * mq;
            row[q] = s * mp + c * mq;
        }
    }
}
