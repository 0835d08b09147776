package io.jtensor;

/**
 * QR factorization of one m x n matrix by Householder reflections, in double precision on the
 * host, as LAPACK's unblocked {@code dgeqr2} (reflectors from {@code dlarfg}) and {@code dorg2r}.
 * With k = min(m, n), reflector j is H<sub>j</sub> = I - tau<sub>j</sub> v v<sup>T</sup> with
 * v[j] = 1, v[i &lt; j] = 0 and v[i &gt; j] stored below the diagonal of column j; R is on and above
 * the diagonal, r[j][j] = -sign(a[j][j]) times the column's norm unless the column is already zero
 * below the diagonal (then tau<sub>j</sub> = 0 and nothing is reflected, as in LAPACK). So the
 * factors are LAPACK's (NumPy's) to rounding, signs included, where the diagonal entries are not at
 * roundoff level. Backward stable: QR is within a small multiple of n·eps·‖A‖ of A and Q is
 * orthonormal to a few eps.
 */
final class Householder {

    /** dlamch('S') / dlamch('E'): below it dlarfg rescales the column before forming the reflector. */
    private static final double SAFE_MINIMUM = Double.MIN_NORMAL / (Math.ulp(1.0) / 2);

    private Householder() {
    }

    /**
     * LAPACK's compact form of one matrix: {@code a} (m x n, row-major) holds R on and above the
     * diagonal and the reflectors' vectors below it; {@code tau} (k) their scalars.
     */
    record Factored(double[] a, double[] tau, int m, int n) {

        /** The first {@code rows} rows of R (k or m), zero below the diagonal: rows x n. */
        double[] r(int rows) {
            double[] r = new double[rows * n];
            for (int i = 0; i < Math.min(rows, Math.min(m, n)); i++) {
                System.arraycopy(a, i * n + i, r, i * n + i, n - i);
            }
            return r;
        }

        /** The first {@code columns} columns (k, or m for the complete Q) of Q = H_0 H_1 ... H_{k-1}: m x columns. */
        double[] q(int columns) {
            int k = tau.length;
            double[] q = new double[m * columns];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < Math.min(k, columns); j++) {
                    q[i * columns + j] = i > j ? a[i * n + j] : 0;
                }
            }
            for (int j = k; j < columns; j++) {
                q[j * columns + j] = 1;
            }
            // dorg2r: build Q backwards, each reflector applied to the columns right of its own
            for (int i = k - 1; i >= 0; i--) {
                if (i < columns - 1) {
                    q[i * columns + i] = 1;
                    apply(q, columns, i, i + 1, columns, tau[i]);
                }
                for (int r = i + 1; r < m; r++) {
                    q[r * columns + i] *= -tau[i];
                }
                q[i * columns + i] = 1 - tau[i];
                for (int r = 0; r < i; r++) {
                    q[r * columns + i] = 0;
                }
            }
            return q;
        }

        /** NumPy's raw {@code h}: the compact form transposed, n x m. */
        double[] h() {
            double[] h = new double[n * m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    h[j * m + i] = a[i * n + j];
                }
            }
            return h;
        }
    }

    /** LAPACK's {@code dgeqr2} of the row-major m x n matrix at {@code data[from..]}. */
    static Factored factor(double[] data, int from, int m, int n) {
        int k = Math.min(m, n);
        double[] a = new double[m * n];
        System.arraycopy(data, from, a, 0, m * n);
        double[] tau = new double[k];
        for (int j = 0; j < k; j++) {
            tau[j] = reflector(a, n, j, m);
            if (j < n - 1) {
                double diagonal = a[j * n + j];
                a[j * n + j] = 1;
                apply(a, n, j, j + 1, n, tau[j]);
                a[j * n + j] = diagonal;
            }
        }
        return new Factored(a, tau, m, n);
    }

    /**
     * LAPACK's {@code dlarfg} on column j from row j down: returns tau, leaves beta on the diagonal
     * and v[j+1..] below it (v[j] = 1 implied).
     */
    private static double reflector(double[] a, int stride, int j, int m) {
        double xnorm = 0;
        for (int i = j + 1; i < m; i++) {
            xnorm = Math.hypot(xnorm, a[i * stride + j]);
        }
        if (xnorm == 0) {
            return 0;
        }
        double alpha = a[j * stride + j];
        double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
        int rescaled = 0;
        if (Math.abs(beta) < SAFE_MINIMUM) {
            double inverse = 1 / SAFE_MINIMUM;
            do {
                rescaled++;
                for (int i = j + 1; i < m; i++) {
                    a[i * stride + j] *= inverse;
                }
                beta *= inverse;
                alpha *= inverse;
            } while (Math.abs(beta) < SAFE_MINIMUM && rescaled < 20);
            xnorm = 0;
            for (int i = j + 1; i < m; i++) {
                xnorm = Math.hypot(xnorm, a[i * stride + j]);
            }
            beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
        }
        double tau = (beta - alpha) / beta;
        double scale = 1 / (alpha - beta);
        for (int i = j + 1; i < m; i++) {
            a[i * stride + j] *= scale;
        }
        for (int r = 0; r < rescaled; r++) {
            beta *= SAFE_MINIMUM;
        }
        a[j * stride + j] = beta;
        return tau;
    }

    /**
     * LAPACK's {@code dlarf} from the left: (I - tau v v<sup>T</sup>) applied to rows j..m-1, columns
     * fromColumn..toColumn-1 of row-major x, with v column j of x from row j down (x[j][j] set to 1
     * by the caller).
     */
    private static void apply(double[] x, int stride, int j, int fromColumn, int toColumn, double tau) {
        if (tau == 0) {
            return;
        }
        int m = x.length / stride;
        for (int c = fromColumn; c < toColumn; c++) {
            double dot = 0;
            for (int i = j; i < m; i++) {
                dot = Math.fma(x[i * stride + j], x[i * stride + c], dot);
            }
            double f = tau * dot;
            if (f != 0) {
                for (int i = j; i < m; i++) {
                    x[i * stride + c] = Math.fma(-f, x[i * stride + j], x[i * stride + c]);
                }
            }
        }
    }
}
