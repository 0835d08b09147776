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
        Objects.requireNonNull(a, "matrixRank: a is null");
        a.checkOpen("matrixRank");
        if (a.ndim() < 2) {
            boolean any = Arrays.stream(a.toDoubleArray()).anyMatch(v -> v != 0);
            try (Tensor r = Creation.fromDoubles(a.backend(), new double[] {any ? 1 : 0}, new long[0])) {
                return r.astype(DType.INT64);
            }
        }
        Stack s = stack("matrixRank", a, false);
        double[] ranks = new double[s.count];
        boolean single = s.type == DType.FLOAT32;
        for (int i = 0; i < s.count; i++) {
            double[] values = SingularValues.of(s.data, i * s.size(), s.m, s.n);
            double largest = values.length == 0 ? 0 : values[0];
            double threshold;
            if (tol != null) {
                threshold = tol;
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

    static Tensor cholesky(Tensor a) {
        Stack s = stack("cholesky", a, true);
        double[] result = new double[s.data.length];
        for (int i = 0; i < s.count; i++) {
            double[] l = Cholesky.lower(s.data, i * s.size(), s.n);
            if (l == null) {
                throw new LinAlgException("cholesky: matrix is not positive definite: a of shape "
                        + Shape.toString(s.shape) + s.at(i) + " (only its lower triangle is read)");
            }
            System.arraycopy(l, 0, result, i * s.size(), s.size());
        }
        return upload(s, result, s.n, s.n);
    }

    static Tensor[] qr(Tensor a) {
        Stack s = stack("qr", a, false);
        int k = Math.min(s.m, s.n);
        double[] q = new double[s.count * s.m * k];
        double[] r = new double[s.count * k * s.n];
        for (int i = 0; i < s.count; i++) {
            double[][] f = Householder.qr(s.data, i * s.size(), s.m, s.n);
            System.arraycopy(f[0], 0, q, i * s.m * k, s.m * k);
            System.arraycopy(f[1], 0, r, i * k * s.n, k * s.n);
        }
        return pair(s, q, new long[] {s.m, k}, r, new long[] {k, s.n});
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
        Stack s = stack(op, a, true);
        int n = s.n;
        double[] w = new double[s.count * n];
        double[] v = vectors ? new double[s.data.length] : null;
        for (int i = 0; i < s.count; i++) {
            double[][] e = SymmetricEigen.of(s.data, i * s.size(), n);
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
        Stack s = stack(op, a, false);
        int k = Math.min(s.m, s.n);
        double[] values = new double[s.count * k];
        double[] u = computeUv ? new double[s.count * s.m * k] : null;
        double[] vh = computeUv ? new double[s.count * k * s.n] : null;
        for (int i = 0; i < s.count; i++) {
            if (!computeUv) {
                System.arraycopy(SingularValues.of(s.data, i * s.size(), s.m, s.n), 0, values, i * k, k);
                continue;
            }
            double[][] f = SingularValues.decompose(s.data, i * s.size(), s.m, s.n);
            System.arraycopy(f[0], 0, u, i * s.m * k, s.m * k);
            System.arraycopy(f[1], 0, values, i * k, k);
            System.arraycopy(f[2], 0, vh, i * k * s.n, k * s.n);
        }
        if (!computeUv) {
            return new Tensor[] {upload(s, values, k)};
        }
        Tensor[] uv = pair(s, u, new long[] {s.m, k}, vh, new long[] {k, s.n});
        try {
            return new Tensor[] {uv[0], upload(s, values, k), uv[1]};
        } catch (RuntimeException e) {
            uv[0].close();
            uv[1].close();
            throw e;
        }
    }

    static Tensor pinv(Tensor a, double rcond) {
        Stack s = stack("pinv", a, false);
        if (!(rcond >= 0)) {
            throw new IllegalArgumentException("pinv: rcond must be >= 0, got " + rcond);
        }
        int m = s.m;
        int n = s.n;
        int k = Math.min(m, n);
        double[] result = new double[s.count * n * m];
        for (int i = 0; i < s.count; i++) {
            double[][] f = SingularValues.decompose(s.data, i * s.size(), m, n);
            double[] u = f[0];
            double[] values = f[1];
            double[] vh = f[2];
            double cutoff = rcond * (k == 0 ? 0 : values[0]);
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
