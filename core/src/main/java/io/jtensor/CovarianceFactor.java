package io.jtensor;

/**
 * The factor NumPy's {@code Generator.multivariate_normal} (method 'svd') multiplies standard
 * normals by: with {@code cov = U·diag(s)·Vh} its singular value decomposition, a sample is
 * {@code mean + z·(√s[:, None]·Vh)}, of covariance {@code Vhᵀ·diag(s)·Vh}, which equals cov exactly
 * when cov is symmetric positive-semidefinite. The decomposition is Hestenes' one-sided Jacobi
 * (columns of cov orthogonalized by plane rotations, accumulated in V), accurate to a few ULP of the
 * largest singular value; the matrices are small (k x k for k-variate samples).
 */
final class CovarianceFactor {

    /** NumPy's default tol of multivariate_normal's positive-semidefinite check (rtol = atol). */
    private static final double PSD_TOLERANCE = 1e-8;

    private static final int MAX_SWEEPS = 60;

    /** Row j is √s_j times the j-th right singular vector. */
    final double[][] factor;

    /** Whether Vhᵀ·diag(s)·Vh is cov within NumPy's allclose(rtol = atol = 1e-8). */
    final boolean positiveSemidefinite;

    private CovarianceFactor(double[][] factor, boolean positiveSemidefinite) {
        this.factor = factor;
        this.positiveSemidefinite = positiveSemidefinite;
    }

    /** The factor of a finite k x k matrix (checked by the caller). */
    static CovarianceFactor of(double[][] cov) {
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
                if (!(Math.abs(rebuilt - cov[a][b]) <= PSD_TOLERANCE + PSD_TOLERANCE * Math.abs(cov[a][b]))) {
                    close = false;
                    break;
                }
            }
        }
        return new CovarianceFactor(factor, close);
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
