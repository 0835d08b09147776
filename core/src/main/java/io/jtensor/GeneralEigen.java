package io.jtensor;

/**
 * Eigenvalues and right eigenvectors of one real general (non-symmetric) matrix, in double
 * precision on the host, by LAPACK dgeev's steps: scaling of a huge or tiny matrix, balancing
 * ({@code dgebal}: permutations that isolate eigenvalues, then power-of-2 scaling), Householder
 * reduction to upper Hessenberg form (EISPACK's {@code orthes}), Francis double-shift QR to the real
 * Schur form with {@code dlahqr}'s shifts, deflation test and 2x2 standardisation
 * ({@code dlanv2}), then eigenvectors by back-substitution (EISPACK's {@code hqr2}), un-balanced
 * ({@code dgebak}) and normalised to unit norm. The eigenvalues come in the order of the Schur
 * form's diagonal, which is LAPACK's order, and so NumPy's, wherever the iterations take the same
 * decisions in their last bits (all but one of 210 random test matrices; for n &ge; 75 LAPACK
 * switches to another QR, whose order may differ). A complex pair stays a 2x2 block and is
 * reported through the imaginary parts; its eigenvectors are not computed.
 */
final class GeneralEigen {

    private static final double EPS = Math.ulp(1.0);

    private GeneralEigen() {
    }

    /**
     * {real parts (n), imaginary parts (n), eigenvectors (n x n row-major, the unit-norm vector of
     * eigenvalue j in column j) or null} of the n x n matrix at {@code data[from..]} (row-major);
     * eigenvectors are computed only when asked for and every eigenvalue is real. Null when the
     * QR iterations do not converge (LAPACK's info &gt; 0; e.g. after an overflow).
     */
    static double[][] of(double[] data, int from, int n, boolean vectors) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, from + i * n, h[i], 0, n);
        }
        // dgeev's first step: a matrix whose largest element is outside [smlnum, 1/smlnum] is scaled
        // into that range, so that the sums and products of the iterations cannot overflow
        double largest = 0;
        for (double[] row : h) {
            for (double x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        double smallNumber = Math.sqrt(Double.MIN_NORMAL) / EPS;
        double target = largest > 0 && largest < smallNumber ? smallNumber : largest > 1 / smallNumber ? 1 / smallNumber : 0;
        if (target != 0) {
            for (double[] row : h) {
                for (int j = 0; j < n; j++) {
                    row[j] = row[j] / largest * target;
                }
            }
        }
        double[] scale = new double[n];
        int[] block = balance(h, scale, n);
        int low = block[0];
        int high = block[1];
        double[][] v = new double[n][n];
        hessenberg(h, v, n, low, high);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < low || i > high) {
                re[i] = h[i][i];
            }
        }
        if (!schur(h, v, re, im, n, low, high)) {
            return null;
        }
        if (target != 0) {
            for (int i = 0; i < n; i++) {
                re[i] = re[i] / target * largest;
                im[i] = im[i] / target * largest;
            }
        }
        boolean real = true;
        for (double x : im) {
            real &= x == 0;
        }
        if (!vectors || !real) {
            return new double[][] {re, im, null};
        }
        backSubstitute(h, v, re, n);
        // undo the balancing (LAPACK dgebak): the scaling of the block's rows, then the swaps; a block
        // of one row was not scaled (dgebal returns before setting its scale, which holds a swap)
        for (int i = low; i <= high && low < high; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] *= scale[i];
            }
        }
        for (int i = low - 1; i >= 0; i--) {
            swapRows(v, i, (int) scale[i]);
        }
        for (int i = high + 1; i < n; i++) {
            swapRows(v, i, (int) scale[i]);
        }
        double[] result = new double[n * n];
        for (int j = 0; j < n; j++) {
            // dgeev's normalisation: unit Euclidean norm, the sign left as it comes
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm = Math.hypot(norm, v[i][j]);
            }
            for (int i = 0; i < n; i++) {
                result[i * n + j] = norm == 0 ? v[i][j] : v[i][j] / norm;
            }
        }
        return new double[][] {re, im, result};
    }

    private static void swapRows(double[][] a, int i, int k) {
        double[] row = a[i];
        a[i] = a[k];
        a[k] = row;
    }

    /** Swaps rows and columns i and k of a: column entries in rows 0..last, row entries in columns from..n-1. */
    private static void swap(double[][] a, int i, int k, int last, int from, int n) {
        for (int r = 0; r <= last; r++) {
            double t = a[r][i];
            a[r][i] = a[r][k];
            a[r][k] = t;
        }
        for (int c = from; c < n; c++) {
            double t = a[i][c];
            a[i][c] = a[k][c];
            a[k][c] = t;
        }
    }

    /**
     * LAPACK dgebal's job 'B', which dgeev runs first: permutes rows and columns that isolate an
     * eigenvalue to the ends (those eigenvalues are then diagonal elements, in place), and scales
     * the remaining block's rows and columns by powers of 2 until their norms are near each other.
     * Returns {low, high}, the block; {@code scale[i]} holds the row swapped with i outside it and
     * the scale factor of row i inside it. Balancing is exact (powers of 2) and fixes the order in
     * which LAPACK finds the eigenvalues, which is why it is reproduced.
     */
    private static int[] balance(double[][] a, double[] scale, int n) {
        int k = 0;
        int l = n - 1;
        if (n == 0) {
            return new int[] {0, -1};
        }
        // LAPACK 3.12's search, which goes on after a swap rather than starting over as 3.10's did
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = l; i >= 0; i--) {
                boolean isolated = true;
                for (int j = 0; j <= l; j++) {
                    if (i != j && a[i][j] != 0) {
                        isolated = false;
                        break;
                    }
                }
                if (isolated) {
                    scale[l] = i;
                    if (i != l) {
                        swap(a, i, l, l, k, n);
                    }
                    moved = true;
                    if (l == 0) {
                        return new int[] {0, 0};
                    }
                    l--;
                }
            }
        }
        moved = true;
        while (moved) {
            moved = false;
            for (int j = k; j <= l; j++) {
                boolean isolated = true;
                for (int i = k; i <= l; i++) {
                    if (i != j && a[i][j] != 0) {
                        isolated = false;
                        break;
                    }
                }
                if (isolated) {
                    scale[k] = j;
                    if (j != k) {
                        swap(a, j, k, l, k, n);
                    }
                    moved = true;
                    k++;
                }
            }
        }
        for (int i = k; i <= l; i++) {
            scale[i] = 1;
        }
        final double radix = 2;
        double sfmin1 = Double.MIN_NORMAL / EPS;
        double sfmax1 = 1 / sfmin1;
        double sfmin2 = sfmin1 * radix;
        double sfmax2 = 1 / sfmin2;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = k; i <= l; i++) {
                double c = 0;
                double r = 0;
                for (int j = k; j <= l; j++) {
                    c = Math.hypot(c, a[j][i]);
                    r = Math.hypot(r, a[i][j]);
                }
                double ca = 0;
                for (int j = 0; j <= l; j++) {
                    ca = Math.max(ca, Math.abs(a[j][i]));
                }
                double ra = 0;
                for (int j = k; j < n; j++) {
                    ra = Math.max(ra, Math.abs(a[i][j]));
                }
                if (c == 0 || r == 0) {
                    continue;
                }
                if (Double.isNaN(c + ca + r + ra)) {
                    // LAPACK's guard (info = -3): NaN never balances, and would loop here forever
                    return new int[] {k, l};
                }
                double g = r / radix;
                double f = 1;
                double s = c + r;
                while (c < g && Math.max(f, Math.max(c, ca)) < sfmax2 && Math.min(r, Math.min(g, ra)) > sfmin2) {
                    f *= radix;
                    c *= radix;
                    ca *= radix;
                    r /= radix;
                    g /= radix;
                    ra /= radix;
                }
                g = c / radix;
                while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(Math.min(f, c), Math.min(g, ca)) > sfmin2) {
                    f /= radix;
                    c /= radix;
                    g /= radix;
                    ca /= radix;
                    r *= radix;
                    ra *= radix;
                }
                if (c + r >= 0.95 * s) {
                    continue;
                }
                if (f < 1 && scale[i] < 1 && f * scale[i] <= sfmin1) {
                    continue;
                }
                if (f > 1 && scale[i] > 1 && scale[i] >= sfmax1 / f) {
                    continue;
                }
                scale[i] *= f;
                changed = true;
                for (int j = k; j < n; j++) {
                    a[i][j] /= f;
                }
                for (int j = 0; j <= l; j++) {
                    a[j][i] *= f;
                }
            }
        }
        return new int[] {k, l};
    }

    /** Householder similarity reduction of h to upper Hessenberg form, the transformations in v. */
    private static void hessenberg(double[][] h, double[][] v, int n, int low, int high) {
        double[] ort = new double[n];
        for (int m = low + 1; m < high; m++) {
            double scale = 0;
            for (int i = m; i <= high; i++) {
                scale += Math.abs(h[i][m - 1]);
            }
            if (scale == 0) {
                continue;
            }
            double sum = 0;
            for (int i = high; i >= m; i--) {
                ort[i] = h[i][m - 1] / scale;
                sum += ort[i] * ort[i];
            }
            double g = Math.sqrt(sum);
            if (ort[m] > 0) {
                g = -g;
            }
            sum -= ort[m] * g;
            ort[m] -= g;
            for (int j = m; j < n; j++) {
                double f = 0;
                for (int i = high; i >= m; i--) {
                    f += ort[i] * h[i][j];
                }
                f /= sum;
                for (int i = m; i <= high; i++) {
                    h[i][j] -= f * ort[i];
                }
            }
            for (int i = 0; i <= high; i++) {
                double f = 0;
                for (int j = high; j >= m; j--) {
                    f += ort[j] * h[i][j];
                }
                f /= sum;
                for (int j = m; j <= high; j++) {
                    h[i][j] -= f * ort[j];
                }
            }
            ort[m] *= scale;
            h[m][m - 1] = scale * g;
        }
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int m = high - 1; m >= low + 1; m--) {
            if (h[m][m - 1] == 0) {
                continue;
            }
            for (int i = m + 1; i <= high; i++) {
                ort[i] = h[i][m - 1];
            }
            for (int j = m; j <= high; j++) {
                double g = 0;
                for (int i = m; i <= high; i++) {
                    g += ort[i] * v[i][j];
                }
                // two divisions rather than one by the product, which may underflow
                g = (g / ort[m]) / h[m][m - 1];
                for (int i = m; i <= high; i++) {
                    v[i][j] += g * ort[i];
                }
            }
        }
    }

    /**
     * Francis double-shift QR on the Hessenberg h down to real Schur form, accumulating into v;
     * eigenvalue i is stored at the diagonal position it converges at. False when one eigenvalue
     * takes more than 30·max(10, n) iterations (LAPACK's {@code dlahqr} limit).
     */
    private static boolean schur(double[][] h, double[][] v, double[] re, double[] im, int size, int low, int high) {
        int nn = size;
        int n = high;
        int limit = 30 * Math.max(10, nn);
        double p = 0;
        double q = 0;
        double r = 0;
        double s = 0;
        double z = 0;
        double t;
        double w;
        double x;
        double y;
        double norm = 0;
        for (int i = 0; i < nn; i++) {
            for (int j = Math.max(i - 1, 0); j < nn; j++) {
                norm += Math.abs(h[i][j]);
            }
        }
        // LAPACK's smlnum: below it a subdiagonal element is negligible whatever its neighbours
        double smallest = Double.MIN_NORMAL * (nn / EPS);
        int iter = 0;
        while (n >= low) {
            int l = n;
            while (l > low && !negligible(h, l, low, high, smallest)) {
                l--;
            }
            if (l > low) {
                h[l][l - 1] = 0;
            }
            if (l == n) {
                re[n] = h[n][n];
                im[n] = 0;
                n--;
                iter = 0;
            } else if (l == n - 1) {
                standardize(h, v, n, nn, re, im);
                n -= 2;
                iter = 0;
            } else {
                if (iter >= limit) {
                    return false;
                }
                // LAPACK dlahqr's shifts: exceptional ones at iterations 10 (from the top of the active
                // block) and 20 (from its bottom) break cycles; otherwise the trailing 2x2 block's
                // eigenvalues, and of two real ones only the nearer to h[n][n], used twice
                double h11;
                double h12;
                double h21;
                double h22;
                if (iter == 10) {
                    s = Math.abs(h[l + 1][l]) + Math.abs(h[l + 2][l + 1]);
                    h11 = 0.75 * s + h[l][l];
                    h12 = -0.4375 * s;
                    h21 = s;
                    h22 = h11;
                } else if (iter == 20) {
                    s = Math.abs(h[n][n - 1]) + Math.abs(h[n - 1][n - 2]);
                    h11 = 0.75 * s + h[n][n];
                    h12 = -0.4375 * s;
                    h21 = s;
                    h22 = h11;
                } else {
                    h11 = h[n - 1][n - 1];
                    h21 = h[n][n - 1];
                    h12 = h[n - 1][n];
                    h22 = h[n][n];
                }
                s = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
                if (s == 0) {
                    x = 0;
                    y = 0;
                    w = 0;
                } else {
                    h11 /= s;
                    h21 /= s;
                    h12 /= s;
                    h22 /= s;
                    double tr = (h11 + h22) / 2;
                    double det = (h11 - tr) * (h22 - tr) - h12 * h21;
                    double rtdisc = Math.sqrt(Math.abs(det));
                    if (det >= 0) {
                        x = tr * s;
                        y = x;
                        w = -(rtdisc * s) * (rtdisc * s);
                    } else {
                        double rt1 = tr + rtdisc;
                        double rt2 = tr - rtdisc;
                        x = (Math.abs(rt1 - h22) <= Math.abs(rt2 - h22) ? rt1 : rt2) * s;
                        y = x;
                        w = 0;
                    }
                }
                iter++;
                int m = n - 2;
                while (m >= l) {
                    z = h[m][m];
                    r = x - z;
                    s = y - z;
                    p = (r * s - w) / h[m + 1][m] + h[m][m + 1];
                    q = h[m + 1][m + 1] - z - r - s;
                    r = h[m + 2][m + 1];
                    s = Math.abs(p) + Math.abs(q) + Math.abs(r);
                    p /= s;
                    q /= s;
                    r /= s;
                    if (m == l) {
                        break;
                    }
                    if (Math.abs(h[m][m - 1]) * (Math.abs(q) + Math.abs(r))
                            < EPS * (Math.abs(p) * (Math.abs(h[m - 1][m - 1]) + Math.abs(z) + Math.abs(h[m + 1][m + 1])))) {
                        break;
                    }
                    m--;
                }
                for (int i = m + 2; i <= n; i++) {
                    h[i][i - 2] = 0;
                    if (i > m + 2) {
                        h[i][i - 3] = 0;
                    }
                }
                for (int k = m; k <= n - 1; k++) {
                    boolean notLast = k != n - 1;
                    if (k != m) {
                        p = h[k][k - 1];
                        q = h[k + 1][k - 1];
                        r = notLast ? h[k + 2][k - 1] : 0;
                        x = Math.abs(p) + Math.abs(q) + Math.abs(r);
                        if (x == 0) {
                            continue;
                        }
                        p /= x;
                        q /= x;
                        r /= x;
                    }
                    s = Math.sqrt(p * p + q * q + r * r);
                    if (p < 0) {
                        s = -s;
                    }
                    if (s != 0) {
                        if (k != m) {
                            h[k][k - 1] = -s * x;
                        } else if (l != m) {
                            h[k][k - 1] = -h[k][k - 1];
                        }
                        p += s;
                        x = p / s;
                        y = q / s;
                        z = r / s;
                        q /= p;
                        r /= p;
                        for (int j = k; j < nn; j++) {
                            p = h[k][j] + q * h[k + 1][j];
                            if (notLast) {
                                p += r * h[k + 2][j];
                                h[k + 2][j] -= p * z;
                            }
                            h[k][j] -= p * x;
                            h[k + 1][j] -= p * y;
                        }
                        for (int i = 0; i <= Math.min(n, k + 3); i++) {
                            p = x * h[i][k] + y * h[i][k + 1];
                            if (notLast) {
                                p += z * h[i][k + 2];
                                h[i][k + 2] -= p * r;
                            }
                            h[i][k] -= p;
                            h[i][k + 1] -= p * q;
                        }
                        for (int i = low; i <= high; i++) {
                            p = x * v[i][k] + y * v[i][k + 1];
                            if (notLast) {
                                p += z * v[i][k + 2];
                                v[i][k + 2] -= p * r;
                            }
                            v[i][k] -= p;
                            v[i][k + 1] -= p * q;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static final double SAFE_SMALL = Math.scalb(1.0, -485);   // dlanv2's safmn2 for float64
    private static final double SAFE_LARGE = 1 / SAFE_SMALL;

    /**
     * LAPACK dlanv2 on the 2x2 block at rows and columns i-1, i: its eigenvalues into re/im (a
     * real pair split into a triangular block by a rotation, which is applied to the rest of h and
     * to v as dlahqr applies it). dlanv2's own branches are kept, although its test for nearly
     * equal eigenvalues is not scale-invariant, because they decide which eigenvalue comes first
     * and whether a nearly double one is real or a complex pair, as in NumPy.
     */
    private static void standardize(double[][] h, double[][] v, int i, int nn, double[] re, double[] im) {
        double a = h[i - 1][i - 1];
        double b = h[i - 1][i];
        double c = h[i][i - 1];
        double d = h[i][i];
        double cs;
        double sn;
        if (c == 0) {
            cs = 1;
            sn = 0;
        } else if (b == 0) {
            cs = 0;
            sn = 1;
            double t = d;
            d = a;
            a = t;
            b = -c;
            c = 0;
        } else if (a - d == 0 && Math.signum(b) != Math.signum(c)) {
            cs = 1;
            sn = 0;
        } else {
            double temp = a - d;
            double p = 0.5 * temp;
            double bcmax = Math.max(Math.abs(b), Math.abs(c));
            double bcmis = Math.min(Math.abs(b), Math.abs(c)) * Math.copySign(1, b) * Math.copySign(1, c);
            double scale = Math.max(Math.abs(p), bcmax);
            double z = p / scale * p + bcmax / scale * bcmis;
            if (z >= 4 * EPS) {
                // real eigenvalues; Fortran's SIGN gives -0.0 (a companion matrix's -p[1]/p[0]) a minus
                z = p + Math.copySign(Math.sqrt(scale) * Math.sqrt(z), p);
                a = d + z;
                d = d - bcmax / z * bcmis;
                double tau = Math.hypot(c, z);
                cs = z / tau;
                sn = c / tau;
                b = b - c;
                c = 0;
            } else {
                // complex or (almost) equal real eigenvalues: make the diagonal elements equal
                double sigma = b + c;
                for (int count = 0; count < 20; count++) {
                    double size = Math.max(Math.abs(temp), Math.abs(sigma));
                    if (size >= SAFE_LARGE) {
                        sigma *= SAFE_SMALL;
                        temp *= SAFE_SMALL;
                    } else if (size <= SAFE_SMALL) {
                        sigma *= SAFE_LARGE;
                        temp *= SAFE_LARGE;
                    } else {
                        break;
                    }
                }
                p = 0.5 * temp;
                double tau = Math.hypot(sigma, temp);
                cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
                sn = -(p / (tau * cs)) * Math.copySign(1, sigma);
                double aa = a * cs + b * sn;
                double bb = -a * sn + b * cs;
                double cc = c * cs + d * sn;
                double dd = -c * sn + d * cs;
                a = aa * cs + cc * sn;
                b = bb * cs + dd * sn;
                c = -aa * sn + cc * cs;
                d = -bb * sn + dd * cs;
                temp = 0.5 * (a + d);
                a = temp;
                d = temp;
                if (c != 0) {
                    if (b != 0) {
                        if (Math.copySign(1, b) == Math.copySign(1, c)) {
                            double sab = Math.sqrt(Math.abs(b));
                            double sac = Math.sqrt(Math.abs(c));
                            p = Math.copySign(sab * sac, c);
                            tau = 1 / Math.sqrt(Math.abs(b + c));
                            a = temp + p;
                            d = temp - p;
                            b = b - c;
                            c = 0;
                            double cs1 = sab * tau;
                            double sn1 = sac * tau;
                            temp = cs * cs1 - sn * sn1;
                            sn = cs * sn1 + sn * cs1;
                            cs = temp;
                        }
                    } else {
                        b = -c;
                        c = 0;
                        temp = cs;
                        cs = -sn;
                        sn = temp;
                    }
                }
            }
        }
        h[i - 1][i - 1] = a;
        h[i - 1][i] = b;
        h[i][i - 1] = c;
        h[i][i] = d;
        re[i - 1] = a;
        re[i] = d;
        if (c != 0) {
            double imaginary = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
            im[i - 1] = imaginary;
            im[i] = -imaginary;
        }
        // the rotation on the rest of rows i-1, i, of columns i-1, i, and on v (dlahqr's three DROTs)
        for (int j = i + 1; j < nn; j++) {
            double x = h[i - 1][j];
            double y = h[i][j];
            h[i - 1][j] = cs * x + sn * y;
            h[i][j] = cs * y - sn * x;
        }
        for (int r = 0; r < i - 1; r++) {
            double x = h[r][i - 1];
            double y = h[r][i];
            h[r][i - 1] = cs * x + sn * y;
            h[r][i] = cs * y - sn * x;
        }
        for (int r = 0; r < nn; r++) {
            double x = v[r][i - 1];
            double y = v[r][i];
            v[r][i - 1] = cs * x + sn * y;
            v[r][i] = cs * y - sn * x;
        }
    }

    /**
     * Whether h[k][k-1] can be set to zero, by LAPACK dlahqr's test (Ahues and Tisseur's, finer
     * than EISPACK's |h[k][k-1]| &lt; eps·(|h[k-1][k-1]| + |h[k][k]|)), so deflation happens at the
     * iterations LAPACK's does.
     */
    private static boolean negligible(double[][] h, int k, int low, int high, double smallest) {
        double sub = Math.abs(h[k][k - 1]);
        if (sub <= smallest) {
            return true;
        }
        double test = Math.abs(h[k - 1][k - 1]) + Math.abs(h[k][k]);
        if (test == 0) {
            if (k - 2 >= low) {
                test += Math.abs(h[k - 1][k - 2]);
            }
            if (k + 1 <= high) {
                test += Math.abs(h[k + 1][k]);
            }
        }
        if (!(sub <= EPS * test)) {
            return false;
        }
        double ab = Math.max(sub, Math.abs(h[k - 1][k]));
        double ba = Math.min(sub, Math.abs(h[k - 1][k]));
        double aa = Math.max(Math.abs(h[k][k]), Math.abs(h[k - 1][k - 1] - h[k][k]));
        double bb = Math.min(Math.abs(h[k][k]), Math.abs(h[k - 1][k - 1] - h[k][k]));
        double sum = aa + ab;
        return ba * (ab / sum) <= Math.max(smallest, EPS * (bb * (aa / sum)));
    }

    /**
     * Eigenvectors of the upper triangular Schur form h by back-substitution (a zero pivot, from a
     * repeated eigenvalue, is replaced by eps·‖h‖<sub>1</sub> as EISPACK does), then multiplied by v.
     */
    private static void backSubstitute(double[][] h, double[][] v, double[] re, int nn) {
        double norm = 0;
        for (int i = 0; i < nn; i++) {
            for (int j = i; j < nn; j++) {
                norm += Math.abs(h[i][j]);
            }
        }
        if (norm == 0) {
            return;
        }
        for (int n = nn - 1; n >= 0; n--) {
            double p = re[n];
            h[n][n] = 1;
            for (int i = n - 1; i >= 0; i--) {
                double w = h[i][i] - p;
                double r = 0;
                for (int j = i + 1; j <= n; j++) {
                    r += h[i][j] * h[j][n];
                }
                h[i][n] = w != 0 ? -r / w : -r / (EPS * norm);
                double t = Math.abs(h[i][n]);
                // rescale before the next products can overflow
                if ((EPS * t) * t > 1) {
                    for (int j = i; j <= n; j++) {
                        h[j][n] /= t;
                    }
                }
            }
        }
        for (int j = nn - 1; j >= 0; j--) {
            for (int i = 0; i < nn; i++) {
                double z = 0;
                for (int k = 0; k <= j; k++) {
                    z += v[i][k] * h[k][j];
                }
                v[i][j] = z;
            }
        }
    }
}
