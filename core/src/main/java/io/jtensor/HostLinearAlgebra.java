package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.internal.Broadcast;

import java.util.Arrays;
import java.util.Objects;

/**
 * NumPy's {@code numpy.linalg} factorizations and the functions built on them (inv, solve, det,
 * slogdet, matrix_power, matrix_rank, cholesky, qr, eigh, eigvalsh, eig, eigvals, svd, pinv,
 * lstsq), with NumPy's stacked-matrix semantics: the last two axes hold the matrices, the leading ones are a batch.
 *
 * <p>Every factorization runs on the host in double precision (the small final classes
 * {@link LuDecomposition}, {@link Cholesky}, {@link Householder}, {@link SymmetricEigen},
 * {@link GeneralEigen}, {@link SingularValues}): the operand is downloaded once, each matrix of the batch factored in
 * turn, and the results uploaded to the operand's backend, rounded once to the result type
 * (float32 for float32 input, float64 for every other type). matrix_power alone stays on the
 * device, as repeated matmul.
 */
final class HostLinearAlgebra {

    private HostLinearAlgebra() {
    }

    /** The matrices of a tensor, downloaded as doubles in C order. */
    private record Stack(String op, long[] shape, long[] batch, int m, int n, int count, double[] data,
                         DType type, Backend backend) {

        int size() {
            return m * n;
        }

        long[] shapeWith(long... last) {
            long[] s = Arrays.copyOf(batch, batch.length + last.length);
            System.arraycopy(last, 0, s, batch.length, last.length);
            return s;
        }

        /** Where matrix i lives in the stack, for messages: "" for a single matrix. */
        String at(int i) {
            if (batch.length == 0) {
                return "";
            }
            long[] index = new long[batch.length];
            long rest = i;
            for (int d = batch.length - 1; d >= 0; d--) {
                index[d] = rest % batch[d];
                rest /= batch[d];
            }
            return " (matrix at index " + Arrays.toString(index) + " of the stack)";
        }
    }

    private static Stack stack(String op, Tensor a, boolean square) {
        Objects.requireNonNull(a, op + ": a is null");
        a.checkOpen(op);
        return stack(op, a, a.shape, square, resultType(a.dtype));
    }

    /** NumPy's {@code _assert_stacked_2d} and {@code _assert_stacked_square}, with the op's name. */
    private static void checkStacked(String op, long[] shape, boolean square) {
        int nd = shape.length;
        if (nd < 2) {
            throw new IllegalArgumentException(op + ": a must be at least 2-d (a matrix or a stack of matrices), got shape "
                    + Shape.toString(shape));
        }
        if (square && shape[nd - 2] != shape[nd - 1]) {
            throw new IllegalArgumentException(op + ": the last 2 dimensions of a must be square, got shape "
                    + Shape.toString(shape));
        }
    }

    private static Stack stack(String op, Tensor a, long[] shape, boolean square, DType type) {
        refuseFloat16(op, a);
        checkStacked(op, shape, square);
        int nd = shape.length;
        long m = shape[nd - 2];
        long n = shape[nd - 1];
        long[] batch = Arrays.copyOf(shape, nd - 2);
        long count = Shape.size(batch);
        if (m * n > Integer.MAX_VALUE || count * m * n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(op + ": a of shape " + Shape.toString(shape)
                    + " is too large for the host computation (at most 2^31 - 1 elements)");
        }
        double[] data = a.toDoubleArray();
        return new Stack(op, shape, batch, (int) m, (int) n, (int) count, data, type, a.backend());
    }

    /**
     * NumPy's {@code _commonType}: linalg has no float16 routines and refuses float16 operands
     * ({@code TypeError: array type float16 is unsupported in linalg}) rather than widening them.
     *
     * @throws IllegalArgumentException when an operand is float16
     */
    static void refuseFloat16(String op, Tensor... operands) {
        for (Tensor t : operands) {
            if (t.dtype == DType.FLOAT16) {
                throw new IllegalArgumentException(op + ": array type float16 is unsupported in linalg (as NumPy);"
                        + " convert with astype(DType.FLOAT32) or astype(DType.FLOAT64) first");
            }
        }
    }

    /** NumPy's rule: float32 stays float32; every other type computes and returns float64. */
    private static DType resultType(DType type) {
        return type == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    private static Tensor upload(Backend backend, double[] values, long[] shape, DType type) {
        Tensor result = Creation.fromDoubles(backend, values, shape);
        if (type == DType.FLOAT64) {
            return result;
        }
        try (result) {
            return result.astype(type);
        }
    }

    private static Tensor upload(Stack s, double[] values, long... last) {
        return upload(s.backend, values, s.shapeWith(last), s.type);
    }

    // ---- LU: inv, solve, det, slogdet ---------------------------------------------------------------

    static Tensor inv(String op, Tensor a) {
        return inverse(stack(op, a, true), false);
    }

    /**
     * The float64 inverse of each matrix of a whatever a's type, NaN-filled for a singular one: NumPy's
     * {@code _umath_linalg.inv(x, signature='d->d')} under {@code errstate(all='ignore')}, as
     * {@code np.linalg.cond} calls it.
     */
    static Tensor invOrNan(String op, Tensor a) {
        Objects.requireNonNull(a, op + ": a is null");
        a.checkOpen(op);
        return inverse(stack(op, a, a.shape, true, DType.FLOAT64), true);
    }

    private static Tensor inverse(Stack s, boolean nanForSingular) {
        int n = s.n;
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) {
            identity[i * n + i] = 1;
        }
        double[] result = new double[s.data.length];
        for (int i = 0; i < s.count; i++) {
            LuDecomposition lu = new LuDecomposition(s.data, i * s.size(), n);
            if (lu.isSingular() && nanForSingular) {
                Arrays.fill(result, i * s.size(), (i + 1) * s.size(), Double.NaN);
            } else if (lu.isSingular()) {
                throw singular(s, i);
            } else {
                lu.solve(identity, 0, n, result, i * s.size());
            }
        }
        return upload(s, result, n, n);
    }

    private static LinAlgException singular(Stack s, int i) {
        return new LinAlgException(s.op + ": singular matrix: a of shape " + Shape.toString(s.shape)
                + s.at(i) + " has no inverse (an exactly zero pivot in its LU factorization)");
    }

    static Tensor solve(String op, Tensor a, Tensor b) {
        Elementwise.checkPair(op, a, b);
        refuseFloat16(op, a, b);
        DType type = a.dtype == DType.FLOAT32 && b.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        checkStacked(op, a.shape, true);
        int nd = a.ndim();
        long m = a.shape[nd - 1];
        long[] aBatch = Arrays.copyOf(a.shape, nd - 2);
        boolean vector = b.ndim() == 1;
        if (b.ndim() == 0 || b.shape[vector ? 0 : b.ndim() - 2] != m) {
            throw new IllegalArgumentException(op + ": b of shape " + Shape.toString(b.shape)
                    + " does not match a of shape " + Shape.toString(a.shape) + ": b must have shape (" + m
                    + ",) (a 1-d b) or (..., " + m + ", K)");
        }
        long k = vector ? 1 : b.shape[b.ndim() - 1];
        long[] batch = vector ? aBatch
                : Broadcast.shapes(op, aBatch, Arrays.copyOf(b.shape, b.ndim() - 2));
        long[] aShape = Arrays.copyOf(batch, batch.length + 2);
        aShape[batch.length] = m;
        aShape[batch.length + 1] = m;
        long[] bShape = aShape.clone();
        bShape[batch.length + 1] = k;
        Stack sa;
        Stack sb;
        try (Tensor aFull = a.broadcastTo(aShape);
             Tensor bMatrix = vector ? b.reshape(m, 1) : b.reshape(b.shape);
             Tensor bFull = bMatrix.broadcastTo(bShape)) {
            sa = stack(op, aFull, aShape, true, type);
            sb = stack(op, bFull, bShape, false, type);
        }
        int n = sa.n;
        int kk = (int) k;
        double[] result = new double[sb.data.length];
        for (int i = 0; i < sa.count; i++) {
            LuDecomposition lu = new LuDecomposition(sa.data, i * sa.size(), n);
            if (lu.isSingular()) {
                throw singular(sa, i);
            }
            lu.solve(sb.data, i * n * kk, kk, result, i * n * kk);
        }
        return vector ? upload(sa, result, m) : upload(sa, result, m, k);
    }

    static Tensor det(Tensor a) {
        Stack s = stack("det", a, true);
        double[] result = new double[s.count];
        for (int i = 0; i < s.count; i++) {
            result[i] = new LuDecomposition(s.data, i * s.size(), s.n).determinant();
        }
        return upload(s, result);
    }

    static Tensor[] slogdet(Tensor a) {
        Stack s = stack("slogdet", a, true);
        double[] sign = new double[s.count];
        double[] log = new double[s.count];
        for (int i = 0; i < s.count; i++) {
            LuDecomposition lu = new LuDecomposition(s.data, i * s.size(), s.n);
            sign[i] = lu.signOfDeterminant();
            log[i] = sign[i] == 0 ? Double.NEGATIVE_INFINITY : lu.logAbsDeterminant();
        }
        Tensor signs = upload(s, sign);
        try {
            return new Tensor[] {signs, upload(s, log)};
        } catch (RuntimeException e) {
            signs.close();
            throw e;
        }
    }

    // ---- matrix_power (on the device) and matrix_rank -----------------------------------------------

    static Tensor matrixPower(Tensor a, long n) {
        Objects.requireNonNull(a, "matrixPower: a is null");
        a.checkOpen("matrixPower");
        checkStacked("matrixPower", a.shape, true);
        int nd = a.ndim();
        if (n == 0) {
            try (Tensor eye = Creation.eye(a.backend(), a.shape[nd - 1], a.shape[nd - 1], 0, a.dtype);
                 Tensor stacked = eye.broadcastTo(a.shape)) {
                return stacked.copy();
            }
        }
        Tensor base = n < 0 ? inv("matrixPower", a) : a.copy();
        // -Long.MIN_VALUE is Long.MIN_VALUE, whose unsigned value is the wanted 2^63
        long bits = n < 0 ? -n : n;
        Tensor result = null;
        try {
            while (true) {
                if ((bits & 1) != 0) {
                    if (result == null) {
                        result = base.copy();
                    } else {
                        Tensor next = LinearAlgebra.matmul(result, base);
                        result.close();
                        result = next;
                    }
                }
                bits >>>= 1;
                if (bits == 0) {
                    break;
                }
                Tensor squared = LinearAlgebra.matmul(base, base);
                base.close();
                base = squared;
            }
            Tensor done = result;
            result = null;
            return done;
        } finally {
            base.close();
            if (result != null) {
                result.close();
            }
        }
    }

    static Tensor matrixRank(Tensor a, Double tol) {
        return matrixRank(a, tol, null, false);
    }

    /** NumPy's matrix_rank(A, tol, hermitian, rtol=rtol): at most one of tol and rtol non-null. */
    static Tensor matrixRank(Tensor a, Double tol, Double rtol, boolean hermitian) {
        Objects.requireNonNull(a, "matrixRank: a is null");
        a.checkOpen("matrixRank");
        if (tol != null && rtol != null) {
            throw new IllegalArgumentException("matrixRank: `tol` and `rtol` can't be both set (tol " + tol + ", rtol "
                    + rtol + "): tol is an absolute threshold, rtol one relative to the largest singular value");
        }
        if (a.ndim() < 2) {
            boolean any = Arrays.stream(a.toDoubleArray()).anyMatch(v -> v != 0);
            try (Tensor r = Creation.fromDoubles(a.backend(), new double[] {any ? 1 : 0}, new long[0])) {
                return r.astype(DType.INT64);
            }
        }
        Stack s = stack("matrixRank", a, hermitian);
        double[] ranks = new double[s.count];
        boolean single = s.type == DType.FLOAT32;
        for (int i = 0; i < s.count; i++) {
            double[] values = hermitian ? hermitianSvd(s, i, false)[1] : SingularValues.of(s.data, i * s.size(), s.m, s.n);
            double largest = 0;
            for (double v : values) {
                // S.max(initial=0): NaN propagates
                largest = Double.isNaN(v) || Double.isNaN(largest) ? Double.NaN : Math.max(largest, single ? (float) v : v);
            }
            double threshold;
            if (tol != null) {
                threshold = tol;
            } else if (rtol != null) {
                threshold = largest * rtol;
            } else if (single) {
                // NumPy compares float32 singular values with a float32 tolerance
                threshold = (float) largest * (float) (Math.max(s.m, s.n) * (double) Math.ulp(1.0f));
            } else {
                threshold = largest * Math.max(s.m, s.n) * Math.ulp(1.0);
            }
            int rank = 0;
            for (double v : values) {
                if ((single ? (float) v : v) > threshold) {
                    rank++;
                }
            }
            ranks[i] = rank;
        }
        return upload(s.backend, ranks, s.batch, DType.INT64);
    }

    // ---- cholesky, qr, eigh, svd, pinv --------------------------------------------------------------

    static Tensor cholesky(Tensor a, boolean upper) {
        Stack s = stack("cholesky", a, true);
        double[] result = new double[s.data.length];
        for (int i = 0; i < s.count; i++) {
            double[] l = upper ? Cholesky.upper(s.data, i * s.size(), s.n) : Cholesky.lower(s.data, i * s.size(), s.n);
            if (l == null) {
                throw new LinAlgException("cholesky: matrix is not positive definite: a of shape "
                        + Shape.toString(s.shape) + s.at(i) + " (only its " + (upper ? "upper" : "lower")
                        + " triangle is read)");
            }
            System.arraycopy(l, 0, result, i * s.size(), s.size());
        }
        return upload(s, result, s.n, s.n);
    }

    /**
     * NumPy's qr(a, mode): {q, r} for "reduced" and "complete", {r} for "r", {h, tau} for "raw"
     * (LAPACK's geqrf output, h transposed as NumPy returns it).
     */
    static Tensor[] qr(Tensor a, String mode) {
        Objects.requireNonNull(mode, "qr: mode is null");
        if (!mode.equals("reduced") && !mode.equals("complete") && !mode.equals("r") && !mode.equals("raw")) {
            throw new IllegalArgumentException("qr: unrecognized mode '" + mode
                    + "': mode must be 'reduced', 'complete', 'r' or 'raw' (NumPy's deprecated 'full' and 'economic' are not supported)");
        }
        Stack s = stack("qr", a, false);
        int m = s.m;
        int n = s.n;
        int k = Math.min(m, n);
        // as NumPy: the complete q is m x m only for a tall a; otherwise the reduced q is already square
        int columns = mode.equals("complete") && m > n ? m : k;
        boolean raw = mode.equals("raw");
        double[] first = new double[s.count * (raw ? n * m : mode.equals("r") ? k * n : m * columns)];
        double[] second = new double[s.count * (raw ? k : columns * n)];
        for (int i = 0; i < s.count; i++) {
            Householder.Factored f = Householder.factor(s.data, i * s.size(), m, n);
            switch (mode) {
                case "raw" -> {
                    System.arraycopy(f.h(), 0, first, i * n * m, n * m);
                    System.arraycopy(f.tau(), 0, second, i * k, k);
                }
                case "r" -> System.arraycopy(f.r(k), 0, first, i * k * n, k * n);
                default -> {
                    System.arraycopy(f.q(columns), 0, first, i * m * columns, m * columns);
                    System.arraycopy(f.r(columns), 0, second, i * columns * n, columns * n);
                }
            }
        }
        return switch (mode) {
            case "raw" -> pair(s, first, new long[] {n, m}, second, new long[] {k});
            case "r" -> new Tensor[] {upload(s, first, k, n)};
            default -> pair(s, first, new long[] {m, columns}, second, new long[] {columns, n});
        };
    }

    private static Tensor[] pair(Stack s, double[] first, long[] firstLast, double[] second, long[] secondLast) {
        Tensor one = upload(s, first, firstLast);
        try {
            return new Tensor[] {one, upload(s, second, secondLast)};
        } catch (RuntimeException e) {
            one.close();
            throw e;
        }
    }

    static Tensor[] eigh(String op, Tensor a, boolean vectors) {
        return eigh(op, a, vectors, "L");
    }

    /** NumPy's eigh / eigvalsh with UPLO "L" or "U" (either case), reading only that triangle. */
    static Tensor[] eigh(String op, Tensor a, boolean vectors, String uplo) {
        boolean upper = upper(op, uplo);
        Stack s = stack(op, a, true);
        int n = s.n;
        double[] w = new double[s.count * n];
        double[] v = vectors ? new double[s.data.length] : null;
        for (int i = 0; i < s.count; i++) {
            double[][] e = SymmetricEigen.of(s.data, i * s.size(), n, upper);
            System.arraycopy(e[0], 0, w, i * n, n);
            if (vectors) {
                System.arraycopy(e[1], 0, v, i * s.size(), s.size());
            }
        }
        if (!vectors) {
            return new Tensor[] {upload(s, w, n)};
        }
        return pair(s, w, new long[] {n}, v, new long[] {n, n});
    }

    /** True for UPLO "U" or "u", false for "L" or "l" (NumPy upper-cases it); anything else refused. */
    private static boolean upper(String op, String uplo) {
        Objects.requireNonNull(uplo, op + ": UPLO is null");
        return switch (uplo) {
            case "L", "l" -> false;
            case "U", "u" -> true;
            default -> throw new IllegalArgumentException(op + ": UPLO argument must be 'L' or 'U', got '" + uplo
                    + "' (the triangle of a that is read)");
        };
    }

    /**
     * NumPy's svd(hermitian=True) of matrix i of a square stack, from its eigen decomposition (lower
     * triangle read): s = |w| sorted descending (a stable ascending sort reversed, as NumPy's argsort
     * of at most 16 values then [::-1]), u the eigenvectors in that order, vh = (u * sign(w))^T.
     * {u, s, vh} (n x n, n, n x n), or {null, s, null} without vectors.
     */
    private static double[][] hermitianSvd(Stack s, int i, boolean vectors) {
        int n = s.n;
        double[][] e = SymmetricEigen.of(s.data, i * s.size(), n, false);
        double[] w = e[0];
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(Math.abs(w[x]), Math.abs(w[y])));
        double[] values = new double[n];
        double[] u = vectors ? new double[n * n] : null;
        double[] vh = vectors ? new double[n * n] : null;
        for (int j = 0; j < n; j++) {
            int from = order[n - 1 - j];
            values[j] = Math.abs(w[from]);
            if (vectors) {
                double sign = Math.copySign(1.0, w[from]);
                for (int r = 0; r < n; r++) {
                    u[r * n + j] = e[1][r * n + from];
                    vh[j * n + r] = e[1][r * n + from] * sign;
                }
            }
        }
        return new double[][] {u, values, vh};
    }

    static Tensor[] eig(String op, Tensor a, boolean vectors) {
        Stack s = stack(op, a, true);
        for (double x : s.data) {
            if (!Double.isFinite(x)) {
                throw new LinAlgException(op + ": Array must not contain infs or NaNs (a of shape "
                        + Shape.toString(s.shape) + " holds " + x + ")");
            }
        }
        int n = s.n;
        double[] w = new double[s.count * n];
        double[] v = vectors ? new double[s.data.length] : null;
        for (int i = 0; i < s.count; i++) {
            double[][] e = GeneralEigen.of(s.data, i * s.size(), n, vectors);
            realSpectrum(op, e, "a of shape " + Shape.toString(s.shape) + s.at(i));
            System.arraycopy(e[0], 0, w, i * n, n);
            if (vectors) {
                System.arraycopy(e[2], 0, v, i * s.size(), s.size());
            }
        }
        if (!vectors) {
            return new Tensor[] {upload(s, w, n)};
        }
        return pair(s, w, new long[] {n}, v, new long[] {n, n});
    }

    /**
     * Refuses what {@link GeneralEigen#of} found unusable: no convergence (LinAlgException, NumPy's
     * LinAlgError) or a complex eigenvalue (UnsupportedOperationException: NumPy would return complex).
     */
    static void realSpectrum(String op, double[][] eigen, String what) {
        if (eigen == null) {
            throw new LinAlgException(op + ": Eigenvalues did not converge (" + what + ")");
        }
        for (int j = 0; j < eigen[1].length; j++) {
            if (eigen[1][j] != 0) {
                throw new UnsupportedOperationException(op + ": the matrix has complex eigenvalues (e.g. "
                        + eigen[0][j] + " \u00b1 " + Math.abs(eigen[1][j]) + "i) and jtensor has no complex dtype"
                        + " (NumPy returns complex128 here): " + what);
            }
        }
    }

    static Tensor[] svd(String op, Tensor a, boolean computeUv) {
        return svd(op, a, false, computeUv, false);
    }

    /**
     * NumPy's svd(a, full_matrices, compute_uv, hermitian): {u, s, vh} or {s}. hermitian reads a's
     * lower triangle through eigh and ignores fullMatrices (u and vh are square then anyway).
     */
    static Tensor[] svd(String op, Tensor a, boolean fullMatrices, boolean computeUv, boolean hermitian) {
        Stack s = stack(op, a, hermitian);
        int k = Math.min(s.m, s.n);
        boolean full = fullMatrices && !hermitian;
        int uColumns = full ? s.m : k;
        int vRows = full ? s.n : k;
        double[] values = new double[s.count * k];
        double[] u = computeUv ? new double[s.count * s.m * uColumns] : null;
        double[] vh = computeUv ? new double[s.count * vRows * s.n] : null;
        for (int i = 0; i < s.count; i++) {
            double[][] f;
            if (hermitian) {
                f = hermitianSvd(s, i, computeUv);
            } else if (!computeUv) {
                f = new double[][] {null, SingularValues.of(s.data, i * s.size(), s.m, s.n), null};
            } else if (full) {
                f = SingularValues.decomposeFull(s.data, i * s.size(), s.m, s.n);
            } else {
                f = SingularValues.decompose(s.data, i * s.size(), s.m, s.n);
            }
            System.arraycopy(f[1], 0, values, i * k, k);
            if (computeUv) {
                System.arraycopy(f[0], 0, u, i * s.m * uColumns, s.m * uColumns);
                System.arraycopy(f[2], 0, vh, i * vRows * s.n, vRows * s.n);
            }
        }
        if (!computeUv) {
            return new Tensor[] {upload(s, values, k)};
        }
        Tensor[] uv = pair(s, u, new long[] {s.m, uColumns}, vh, new long[] {vRows, s.n});
        try {
            return new Tensor[] {uv[0], upload(s, values, k), uv[1]};
        } catch (RuntimeException e) {
            uv[0].close();
            uv[1].close();
            throw e;
        }
    }

    static Tensor pinv(Tensor a, double rcond) {
        return pinv(a, (Double) rcond, false, false);
    }

    /**
     * NumPy's pinv(a, rcond, hermitian), or with {@code relative} pinv(a, hermitian=..., rtol=rcond)
     * where a null rcond stands for rtol=None: max(M, N) times the eps of a's type, which an integer
     * or bool a lacks (NumPy's finfo refuses it).
     */
    static Tensor pinv(Tensor a, Double tolerance, boolean hermitian, boolean relative) {
        Objects.requireNonNull(a, "pinv: a is null");
        a.checkOpen("pinv");
        String name = relative ? "rtol" : "rcond";
        if (!relative) {
            Objects.requireNonNull(tolerance, "pinv: rcond is null");
        }
        boolean byType = tolerance == null;
        if (byType && !a.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("pinv: rtol=None takes the machine epsilon of a's type, and " + a.dtype.numpyName()
                    + " has none (NumPy: 'data type not inexact'); give rtol or a float a");
        }
        if (!byType && !(tolerance >= 0)) {
            throw new IllegalArgumentException("pinv: " + name + " must be >= 0, got " + tolerance);
        }
        boolean empty = a.ndim() >= 2 && a.shape[a.ndim() - 2] * a.shape[a.ndim() - 1] == 0;
        // NumPy returns an empty result before its svd, so an empty non-square a passes with hermitian
        Stack s = stack("pinv", a, hermitian && !empty);
        int m = s.m;
        int n = s.n;
        int k = Math.min(m, n);
        double rcond = byType ? Math.max(m, n) * (s.type == DType.FLOAT32 ? (double) Math.ulp(1.0f) : Math.ulp(1.0))
                : tolerance;
        double[] result = new double[s.count * n * m];
        for (int i = 0; i < s.count && k > 0; i++) {
            double[][] f = hermitian ? hermitianSvd(s, i, true) : SingularValues.decompose(s.data, i * s.size(), m, n);
            double[] u = f[0];
            double[] values = f[1];
            double[] vh = f[2];
            double cutoff = rcond * (k == 0 ? 0 : max(values));
            int at = i * n * m;
            for (int p = 0; p < k; p++) {
                if (values[p] <= cutoff) {                  // NaN singular values are kept: NaN in, NaN out
                    continue;
                }
                double inverse = 1 / values[p];
                for (int r = 0; r < n; r++) {
                    double left = vh[p * n + r] * inverse;
                    for (int c = 0; c < m; c++) {
                        result[at + r * m + c] = Math.fma(left, u[c * k + p], result[at + r * m + c]);
                    }
                }
            }
        }
        return upload(s, result, n, m);
    }

    /** The largest value, NaN propagating (NumPy's amax). */
    private static double max(double[] values) {
        double largest = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            largest = Double.isNaN(v) || Double.isNaN(largest) ? Double.NaN : Math.max(largest, v);
        }
        return largest;
    }

    // ---- lstsq --------------------------------------------------------------------------------------

    static Tensor[] lstsq(Tensor a, Tensor b, Double rcond) {
        Elementwise.checkPair("lstsq", a, b);
        refuseFloat16("lstsq", a, b);
        DType type = a.dtype == DType.FLOAT32 && b.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        if (a.ndim() != 2) {
            throw new IllegalArgumentException("lstsq: a must be 2-d (one matrix; NumPy's lstsq takes no stacks), got shape "
                    + Shape.toString(a.shape));
        }
        boolean vector = b.ndim() == 1;
        if ((b.ndim() != 1 && b.ndim() != 2) || b.shape[0] != a.shape[0]) {
            throw new IllegalArgumentException("lstsq: b of shape " + Shape.toString(b.shape)
                    + " does not match a of shape " + Shape.toString(a.shape) + ": b must have shape (" + a.shape[0]
                    + ",) or (" + a.shape[0] + ", K)");
        }
        if (rcond != null && !(rcond >= 0)) {
            throw new IllegalArgumentException("lstsq: rcond must be >= 0, got " + rcond);
        }
        Stack sa = stack("lstsq", a, a.shape, false, type);
        int m = sa.m;
        int n = sa.n;
        int k = vector ? 1 : (int) b.shape[1];
        double[] bv = b.toDoubleArray();
        // NumPy computes every type in double, and its default rcond is float64's eps even for float32
        double threshold = rcond != null ? rcond : Math.max(m, n) * Math.ulp(1.0);
        double[][] f = SingularValues.decompose(sa.data, 0, m, n);
        double[] u = f[0];
        double[] values = f[1];
        double[] vh = f[2];
        int p = Math.min(m, n);
        double cutoff = threshold * (p == 0 ? 0 : values[0]);
        int rank = 0;
        double[] x = new double[n * k];
        for (int q = 0; q < p; q++) {
            if (values[q] <= cutoff) {
                continue;
            }
            rank++;
            for (int c = 0; c < k; c++) {
                double coefficient = 0;
                for (int r = 0; r < m; r++) {
                    coefficient = Math.fma(u[r * p + q], bv[r * k + c], coefficient);
                }
                coefficient /= values[q];
                for (int r = 0; r < n; r++) {
                    x[r * k + c] = Math.fma(vh[q * n + r], coefficient, x[r * k + c]);
                }
            }
        }
        // as LAPACK's gelsd: residuals only for a full-rank, tall a
        double[] residuals = new double[rank == n && m > n ? k : 0];
        for (int c = 0; c < residuals.length; c++) {
            double sum = 0;
            for (int r = 0; r < m; r++) {
                double fitted = 0;
                for (int j = 0; j < n; j++) {
                    fitted = Math.fma(sa.data[r * n + j], x[j * k + c], fitted);
                }
                double d = bv[r * k + c] - fitted;
                sum = Math.fma(d, d, sum);
            }
            residuals[c] = sum;
        }
        Tensor[] out = new Tensor[4];
        try {
            out[0] = vector ? upload(sa.backend, x, new long[] {n}, type) : upload(sa.backend, x, new long[] {n, k}, type);
            out[1] = upload(sa.backend, residuals, new long[] {residuals.length}, type);
            out[2] = upload(sa.backend, new double[] {rank}, new long[0], DType.INT32);
            out[3] = upload(sa.backend, values, new long[] {p}, type);
            return out;
        } catch (RuntimeException e) {
            for (Tensor t : out) {
                if (t != null) {
                    t.close();
                }
            }
            throw e;
        }
    }
}
