package io.jtensor;

/**
 * Eigenvalues and right eigenvectors of one real general (non-symmetric) matrix, in double
 * precision on the host, by the steps LAPACK 3.12's dgeev takes for n &lt; 75: scaling of a huge or
 * tiny matrix, balancing ({@code dgebal}: permutations that isolate eigenvalues, then power-of-2
 * scaling), Householder reduction to upper Hessenberg form ({@code dgehd2}: {@code dlarfg}
 * reflectors applied as {@code dlarf}), Francis double-shift QR to the real Schur form
 * ({@code dlahqr}: its shifts, exceptional shifts, deflation test and bulge chase, and
 * {@code dlanv2} on 2x2 blocks), then, for eig, eigenvectors by back-substitution in the Schur
 * form times the orthogonal factor ({@code dorg2r}), un-balanced ({@code dgebak}) and normalised
 * to unit norm. The eigenvalues come in the order of the Schur form's diagonal, LAPACK's order and
 * so NumPy's, wherever the last bits of the reduction do not decide a deflation: they may on
 * matrices whose reduction cancels a subdiagonal element to rounding size (about 1 % of random
 * integer S·D·S⁻¹ matrices, README), as OpenBLAS's dgemv and dger kernels sum in another order
 * than these loops; for n &ge; 75 LAPACK switches to another QR, whose order may differ. eigvals
 * (no vectors) updates only the active block, as dhseqr's job 'E' does, with the same eigenvalues.
 * A complex pair stays a 2x2 block and is reported through the imaginary parts; its eigenvectors
 * are not computed.
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
        double[] tau = hessenberg(h, n, low, high);
        if (vectors) {
            orthogonalFactor(h, tau, v, n, low, high);
        }
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < low || i > high) {
                re[i] = h[i][i];
            }
        }
        if (!schur(h, v, re, im, n, low, high, vectors)) {
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

    /**
     * LAPACK dgehd2 (which dgehrd runs for n &lt; 128): for each column c of the block, a Householder
     * reflector from {@link #reflector} zeroes h[c+2..high][c], applied from the right to rows
     * 0..high and from the left to columns c+1..n-1 as dlarf applies it. The reflectors stay below
     * the subdiagonal (their first element is 1) with their factors in the returned array, for
     * {@link #orthogonalFactor}.
     */
    private static double[] hessenberg(double[][] h, int n, int low, int high) {
        double[] tau = new double[n];
        double[] v = new double[n];
        double[] w = new double[n];
        for (int c = low; c < high - 1; c++) {
            int length = high - c;
            v[0] = h[c + 1][c];
            for (int r = 1; r < length; r++) {
                v[r] = h[c + 1 + r][c];
            }
            double t = reflector(v, length);
            tau[c] = t;
            for (int r = 1; r < length; r++) {
                h[c + 1 + r][c] = v[r];
            }
            double beta = v[0];
            v[0] = 1;
            if (t != 0) {
                for (int r = 0; r <= high; r++) {
                    double sum = 0;
                    for (int j = 0; j < length; j++) {
                        sum += h[r][c + 1 + j] * v[j];
                    }
                    w[r] = sum;
                }
                for (int j = 0; j < length; j++) {
                    double f = -t * v[j];
                    for (int r = 0; r <= high; r++) {
                        h[r][c + 1 + j] += f * w[r];
                    }
                }
                for (int j = c + 1; j < n; j++) {
                    double sum = 0;
                    for (int r = 0; r < length; r++) {
                        sum += h[c + 1 + r][j] * v[r];
                    }
                    double f = -t * sum;
                    for (int r = 0; r < length; r++) {
                        h[c + 1 + r][j] += f * v[r];
                    }
                }
            }
            h[c + 1][c] = beta;
        }
        return tau;
    }

    /**
     * LAPACK dorghr (dorg2r for n &lt; 128): the orthogonal matrix of {@link #hessenberg}'s
     * reflectors, stored below h's subdiagonal, into v (the identity outside rows and columns
     * low+1..high).
     */
    private static void orthogonalFactor(double[][] h, double[] tau, double[][] v, int n, int low, int high) {
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        int m = Math.max(high - low, 0);
        double[][] q = new double[m][m];
        for (int j = 0; j < m; j++) {
            for (int r = j + 1; r < m; r++) {
                q[r][j] = h[low + 1 + r][low + j];
            }
        }
        for (int i = m - 1; i >= 0; i--) {
            double t = tau[low + i];
            if (i < m - 1) {
                q[i][i] = 1;
                if (t != 0) {
                    for (int j = i + 1; j < m; j++) {
                        double sum = 0;
                        for (int r = i; r < m; r++) {
                            sum += q[r][j] * q[r][i];
                        }
                        double f = -t * sum;
                        for (int r = i; r < m; r++) {
                            q[r][j] += f * q[r][i];
                        }
                    }
                }
            }
            for (int r = i + 1; r < m; r++) {
                q[r][i] *= -t;
            }
            q[i][i] = 1 - t;
            for (int r = 0; r < i; r++) {
                q[r][i] = 0;
            }
        }
        for (int r = 0; r < m; r++) {
            System.arraycopy(q[r], 0, v[low + 1 + r], low + 1, m);
        }
    }

    /**
     * LAPACK dlarfg on x[0..length): the reflector I - tau·u·uᵀ (u[0] = 1, u[1..] left in x) that
     * maps x to (beta, 0, ..., 0), beta = -sign(x[0])·‖x‖ left in x[0]; returns tau (0 when
     * x[1..] is zero, and then x is left as it is).
     */
    private static double reflector(double[] x, int length) {
        if (length <= 1) {
            return 0;
        }
        double norm = norm2(x, 1, length);
        if (norm == 0) {
            return 0;
        }
        double alpha = x[0];
        double beta = -Math.copySign(pythagoras(alpha, norm), alpha);
        double safeMin = Double.MIN_NORMAL / (EPS / 2);
        int rescaled = 0;
        if (Math.abs(beta) < safeMin) {
            do {
                rescaled++;
                for (int i = 1; i < length; i++) {
                    x[i] *= 1 / safeMin;
                }
                beta *= 1 / safeMin;
                alpha *= 1 / safeMin;
            } while (Math.abs(beta) < safeMin && rescaled < 20);
            beta = -Math.copySign(pythagoras(alpha, norm2(x, 1, length)), alpha);
        }
        double tau = (beta - alpha) / beta;
        double factor = 1 / (alpha - beta);
        for (int i = 1; i < length; i++) {
            x[i] *= factor;
        }
        for (int j = 0; j < rescaled; j++) {
            beta *= safeMin;
        }
        x[0] = beta;
        return tau;
    }

    /**
     * The Euclidean norm of x[from..to), its squares summed without rounding error and the square
     * root rounded once (scaled by a power of 2 so that the squares cannot overflow or underflow):
     * nearer OpenBLAS's dnrm2 than a double sum, as more eigenvalues then agree with NumPy's bit
     * for bit (1,244 rather than 1,030 of 3,000 small random matrices).
     */
    private static double norm2(double[] x, int from, int to) {
        double largest = 0;
        for (int i = from; i < to; i++) {
            largest = Math.max(largest, Math.abs(x[i]));
        }
        if (largest == 0 || !Double.isFinite(largest)) {
            return largest;
        }
        int shift = Math.getExponent(largest);
        double hi = 0;
        double lo = 0;
        for (int i = from; i < to; i++) {
            double y = Math.scalb(x[i], -shift);
            double square = y * y;
            double squareError = Math.fma(y, y, -square);
            double sum = hi + square;
            double b = sum - hi;
            lo += (hi - (sum - b)) + (square - b) + squareError;
            hi = sum;
        }
        double total = hi + lo;
        double root = Math.sqrt(total);
        double residual = Math.fma(-root, root, hi) + lo;
        return Math.scalb(root + residual / (2 * root), shift);
    }

    /** LAPACK dlapy2: sqrt(x² + y²) as max·sqrt(1 + (min/max)²), NaN if either is. */
    private static double pythagoras(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double w = Math.max(Math.abs(x), Math.abs(y));
        double z = Math.min(Math.abs(x), Math.abs(y));
        if (z == 0 || w > Double.MAX_VALUE) {
            return w;
        }
        double ratio = z / w;
        return w * Math.sqrt(1 + ratio * ratio);
    }

    /**
     * LAPACK dlahqr on the Hessenberg block low..high of h: Francis double-shift QR sweeps
     * (reflectors by {@link #reflector}) with its shifts (the trailing 2x2 block's eigenvalues,
     * of two real ones the nearer to h[i][i] twice; exceptional ones every 10 iterations without a
     * deflation, alternately from the top and the bottom of the active block), its deflation test
     * ({@link #negligible}) and dlanv2 on each 2x2 block. With {@code schurForm} the whole of h and
     * v are updated (dgeev's JOBVR='V'), otherwise only the active block (eigvals', dhseqr's job
     * 'E'); the eigenvalues, which come at the diagonal positions they converge at, are the same.
     * False when the iterations do not converge in 30·max(10, high-low+1) (dlahqr's info &gt; 0).
     */
    private static boolean schur(double[][] h, double[][] v, double[] re, double[] im, int n, int low, int high,
            boolean schurForm) {
        if (low == high) {
            re[low] = h[low][low];
            return true;
        }
        for (int j = low; j <= high - 3; j++) {
            h[j + 2][j] = 0;
            h[j + 3][j] = 0;
        }
        if (low <= high - 2) {
            h[high][high - 2] = 0;
        }
        int size = high - low + 1;
        double smallest = Double.MIN_NORMAL * (size / EPS);
        int first = 0;
        int last = n - 1;
        int limit = 30 * Math.max(10, size);
        int sinceDeflation = 0;
        double[] u = new double[3];
        int i = high;
        while (i >= low) {
            int l = low;
            boolean split = false;
            for (int its = 0; its <= limit; its++) {
                int k = i;
                while (k > l && !negligible(h, k, low, high, smallest)) {
                    k--;
                }
                l = k;
                if (l > low) {
                    h[l][l - 1] = 0;
                }
                if (l >= i - 1) {
                    split = true;
                    break;
                }
                sinceDeflation++;
                if (!schurForm) {
                    first = l;
                    last = i;
                }
                double h11;
                double h12;
                double h21;
                double h22;
                if (sinceDeflation % 20 == 0) {
                    double s = Math.abs(h[i][i - 1]) + Math.abs(h[i - 1][i - 2]);
                    h11 = 0.75 * s + h[i][i];
                    h12 = -0.4375 * s;
                    h21 = s;
                    h22 = h11;
                } else if (sinceDeflation % 10 == 0) {
                    double s = Math.abs(h[l + 1][l]) + Math.abs(h[l + 2][l + 1]);
                    h11 = 0.75 * s + h[l][l];
                    h12 = -0.4375 * s;
                    h21 = s;
                    h22 = h11;
                } else {
                    h11 = h[i - 1][i - 1];
                    h21 = h[i][i - 1];
                    h12 = h[i - 1][i];
                    h22 = h[i][i];
                }
                double rt1r;
                double rt1i;
                double rt2r;
                double rt2i;
                double s = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
                if (s == 0) {
                    rt1r = 0;
                    rt1i = 0;
                    rt2r = 0;
                    rt2i = 0;
                } else {
                    h11 /= s;
                    h21 /= s;
                    h12 /= s;
                    h22 /= s;
                    double tr = (h11 + h22) / 2;
                    double det = (h11 - tr) * (h22 - tr) - h12 * h21;
                    double rtdisc = Math.sqrt(Math.abs(det));
                    if (det >= 0) {
                        rt1r = tr * s;
                        rt2r = rt1r;
                        rt1i = rtdisc * s;
                        rt2i = -rt1i;
                    } else {
                        rt1r = tr + rtdisc;
                        rt2r = tr - rtdisc;
                        if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) {
                            rt1r *= s;
                            rt2r = rt1r;
                        } else {
                            rt2r *= s;
                            rt1r = rt2r;
                        }
                        rt1i = 0;
                        rt2i = 0;
                    }
                }
                int m = i - 2;
                while (true) {
                    double h21s = h[m + 1][m];
                    s = Math.abs(h[m][m] - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
                    h21s = h[m + 1][m] / s;
                    u[0] = h21s * h[m][m + 1] + (h[m][m] - rt1r) * ((h[m][m] - rt2r) / s) - rt1i * (rt2i / s);
                    u[1] = h21s * (h[m][m] + h[m + 1][m + 1] - rt1r - rt2r);
                    u[2] = h21s * h[m + 2][m + 1];
                    s = Math.abs(u[0]) + Math.abs(u[1]) + Math.abs(u[2]);
                    u[0] /= s;
                    u[1] /= s;
                    u[2] /= s;
                    if (m == l) {
                        break;
                    }
                    double h00 = Math.abs(h[m][m - 1]) * (Math.abs(u[1]) + Math.abs(u[2]));
                    double h01 = Math.abs(u[0]) * (Math.abs(h[m - 1][m - 1]) + Math.abs(h[m][m]) + Math.abs(h[m + 1][m + 1]));
                    if (h00 <= EPS * h01) {
                        break;
                    }
                    m--;
                }
                for (int k2 = m; k2 <= i - 1; k2++) {
                    int nr = Math.min(3, i - k2 + 1);
                    if (k2 > m) {
                        for (int r = 0; r < nr; r++) {
                            u[r] = h[k2 + r][k2 - 1];
                        }
                    }
                    double t1 = reflector(u, nr);
                    if (k2 > m) {
                        h[k2][k2 - 1] = u[0];
                        h[k2 + 1][k2 - 1] = 0;
                        if (k2 < i - 1) {
                            h[k2 + 2][k2 - 1] = 0;
                        }
                    } else if (m > l) {
                        // dlahqr's form of h[k][k-1] = -h[k][k-1], right when u[1] and u[2] underflow
                        h[k2][k2 - 1] *= 1 - t1;
                    }
                    double v2 = u[1];
                    double t2 = t1 * v2;
                    if (nr == 3) {
                        double v3 = u[2];
                        double t3 = t1 * v3;
                        for (int j = k2; j <= last; j++) {
                            double sum = h[k2][j] + v2 * h[k2 + 1][j] + v3 * h[k2 + 2][j];
                            h[k2][j] -= sum * t1;
                            h[k2 + 1][j] -= sum * t2;
                            h[k2 + 2][j] -= sum * t3;
                        }
                        for (int j = first; j <= Math.min(k2 + 3, i); j++) {
                            double sum = h[j][k2] + v2 * h[j][k2 + 1] + v3 * h[j][k2 + 2];
                            h[j][k2] -= sum * t1;
                            h[j][k2 + 1] -= sum * t2;
                            h[j][k2 + 2] -= sum * t3;
                        }
                        if (schurForm) {
                            for (int j = low; j <= high; j++) {
                                double sum = v[j][k2] + v2 * v[j][k2 + 1] + v3 * v[j][k2 + 2];
                                v[j][k2] -= sum * t1;
                                v[j][k2 + 1] -= sum * t2;
                                v[j][k2 + 2] -= sum * t3;
                            }
                        }
                    } else if (nr == 2) {
                        for (int j = k2; j <= last; j++) {
                            double sum = h[k2][j] + v2 * h[k2 + 1][j];
                            h[k2][j] -= sum * t1;
                            h[k2 + 1][j] -= sum * t2;
                        }
                        for (int j = first; j <= i; j++) {
                            double sum = h[j][k2] + v2 * h[j][k2 + 1];
                            h[j][k2] -= sum * t1;
                            h[j][k2 + 1] -= sum * t2;
                        }
                        if (schurForm) {
                            for (int j = low; j <= high; j++) {
                                double sum = v[j][k2] + v2 * v[j][k2 + 1];
                                v[j][k2] -= sum * t1;
                                v[j][k2 + 1] -= sum * t2;
                            }
                        }
                    }
                }
            }
            if (!split) {
                return false;
            }
            if (l == i) {
                re[i] = h[i][i];
                im[i] = 0;
            } else {
                standardize(h, v, i, schurForm ? 0 : l, schurForm ? n - 1 : i, schurForm, low, high, re, im);
            }
            sinceDeflation = 0;
            i = l - 1;
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
    private static void standardize(double[][] h, double[][] v, int i, int first, int last, boolean schurForm, int low,
            int high, double[] re, double[] im) {
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
        if (!schurForm) {
            return;
        }
        // the rotation on the rest of rows i-1, i, of columns i-1, i, and on v (dlahqr's three DROTs)
        for (int j = i + 1; j <= last; j++) {
            double x = h[i - 1][j];
            double y = h[i][j];
            h[i - 1][j] = cs * x + sn * y;
            h[i][j] = cs * y - sn * x;
        }
        for (int r = first; r < i - 1; r++) {
            double x = h[r][i - 1];
            double y = h[r][i];
            h[r][i - 1] = cs * x + sn * y;
            h[r][i] = cs * y - sn * x;
        }
        for (int r = low; r <= high; r++) {
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
