package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * NumPy's legacy polynomial functions ({@code numpy/lib/_polynomial_impl.py}) on coefficient
 * tensors, highest power first: polyval (Horner), vander, polyfit (column-scaled Vandermonde and
 * the host {@code lstsq}), polyder, polyint, polyadd, polysub and polymul (a convolution). Each is
 * composed of existing ops in NumPy's order of operations, so on every backend.
 */
final class Polynomials {

    private Polynomials() {
    }

    /** {@code np.polyval(p, x)}: {@code y = zeros_like(x); for pv in p: y = y * x + pv}. */
    static Tensor polyval(Tensor p, Tensor x) {
        Objects.requireNonNull(p, "polyval: p is null");
        Objects.requireNonNull(x, "polyval: x is null");
        Elementwise.checkPair("polyval", p, x);
        if (p.ndim() == 0) {
            throw new IllegalArgumentException("polyval: p must have at least one dimension (NumPy: iteration over a 0-d "
                    + "array)");
        }
        Tensor y = Elementwise.full(x.backend(), x.shape(), 0, x.dtype);
        try {
            for (long i = 0; i < p.shape()[0]; i++) {
                try (Tensor product = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(y), Arg.of(x), null, null);
                     Tensor coefficient = p.select(0, i)) {
                    Tensor next = Elementwise.binary(BinaryOp.ADD, Arg.of(product), Arg.of(coefficient), null, null);
                    y.close();
                    y = next;
                }
            }
            return y;
        } catch (RuntimeException | Error e) {
            y.close();
            throw e;
        }
    }

    /**
     * {@code np.vander(x, n, increasing)}: column j is x to the power n - 1 - j (or j when
     * increasing), each power the previous one times x, as NumPy's multiply.accumulate; the type
     * is {@code promote_types(x.dtype, int64)}.
     */
    static Tensor vander(Tensor x, long n, boolean increasing) {
        Objects.requireNonNull(x, "vander: x is null");
        x.checkOpen("vander");
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("vander: x must be a one-dimensional array, got shape "
                    + Shape.toString(x.shape()));
        }
        if (n < 0) {
            throw new IllegalArgumentException("vander: negative dimensions are not allowed, got n = " + n);
        }
        long rows = x.shape()[0];
        DType type = DType.promote(x.dtype, DType.INT64);
        if (n == 0) {
            return Elementwise.full(x.backend(), new long[] {rows, 0}, 0, type);
        }
        try (Temporaries t = new Temporaries()) {
            Tensor column = t.add(t.add(x.reshape(rows, 1)).astype(type));
            List<Tensor> powers = new ArrayList<>();
            powers.add(t.add(Elementwise.full(x.backend(), new long[] {rows, 1}, 1, type)));
            Tensor power = column;
            for (long j = 1; j < n; j++) {
                powers.add(power);
                if (j + 1 < n) {
                    power = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(power), Arg.of(column), null, null));
                }
            }
            if (!increasing) {
                java.util.Collections.reverse(powers);
            }
            return Joining.concatenate("vander", powers.toArray(Tensor[]::new), 1, null);
        }
    }

    /**
     * {@code np.polyfit(x, y, deg, rcond, full, w, cov)}: the least-squares coefficients, highest
     * power first, of a degree-deg polynomial through (x, y), NumPy's algorithm step by step
     * (Vandermonde rows times w, columns divided by their 2-norms, lstsq, the solution divided by
     * the norms). Returns {c}, {c, residuals, rank, singular values, rcond} when full, or {c, cov}
     * when cov is "scaled" or "unscaled" (full wins, as NumPy).
     */
    static Tensor[] polyfit(Tensor x, Tensor y, int deg, Double rcond, boolean full, Tensor w, String cov) {
        Objects.requireNonNull(x, "polyfit: x is null");
        Objects.requireNonNull(y, "polyfit: y is null");
        Elementwise.checkPair("polyfit", x, y);
        if (cov != null && !cov.equals("scaled") && !cov.equals("unscaled")) {
            throw new IllegalArgumentException("polyfit: cov must be null (NumPy's False), \"scaled\" (NumPy's True) or "
                    + "\"unscaled\", got \"" + cov + "\"");
        }
        if (deg < 0) {
            throw new IllegalArgumentException("polyfit: expected deg >= 0, got " + deg);
        }
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("polyfit: expected 1D vector for x, got shape " + Shape.toString(x.shape()));
        }
        if (x.size() == 0) {
            throw new IllegalArgumentException("polyfit: expected non-empty vector for x");
        }
        if (y.ndim() < 1 || y.ndim() > 2) {
            throw new IllegalArgumentException("polyfit: expected 1D or 2D array for y, got shape "
                    + Shape.toString(y.shape()));
        }
        if (x.shape()[0] != y.shape()[0]) {
            throw new IllegalArgumentException("polyfit: expected x and y to have same length, got "
                    + x.shape()[0] + " and " + y.shape()[0]);
        }
        if (rcond != null && !(rcond >= 0)) {
            throw new IllegalArgumentException("polyfit: rcond must be >= 0 or null (the default len(x) * eps), got "
                    + rcond + " (NumPy's LAPACK takes a negative rcond as its machine precision)");
        }
        if (w != null) {
            Elementwise.checkPair("polyfit", x, w);
            if (w.ndim() != 1) {
                throw new IllegalArgumentException("polyfit: expected a 1-d array for weights, got shape "
                        + Shape.toString(w.shape()));
            }
            if (w.shape()[0] != y.shape()[0]) {
                throw new IllegalArgumentException("polyfit: expected w and y to have the same length, got "
                        + w.shape()[0] + " and " + y.shape()[0]);
            }
        }
        HostLinearAlgebra.refuseFloat16("polyfit", x, y);
        long m = x.shape()[0];
        long order = (long) deg + 1;
        if (!full && "scaled".equals(cov) && m <= order) {
            throw new IllegalArgumentException("polyfit: the number of data points must exceed order to scale the "
                    + "covariance matrix, got " + m + " points for order " + order + " (deg + 1)");
        }
        // x + 0.0 keeps float32 as float32, so rcond uses float32's eps for float32 x, as NumPy's does
        DType xType = x.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        double threshold = rcond != null ? rcond : m * (xType == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0));
        DType yType = y.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        try (Temporaries t = new Temporaries()) {
            Tensor xs = t.add(x.astype(xType));
            Tensor rhs = t.add(y.astype(yType));
            Tensor lhs = t.add(vander(xs, order, false));
            if (w != null) {
                Tensor ws = t.add(w.astype(w.dtype == DType.FLOAT32 || w.dtype == DType.FLOAT16 ? w.dtype
                        : DType.FLOAT64));
                Tensor column = t.add(ws.reshape(m, 1));
                lhs = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(lhs), Arg.of(column), null, null));
                // NumPy's rhs *= w keeps y + 0.0's type
                rhs = t.add(t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(rhs), Arg.of(rhs.ndim() == 2 ? column
                        : ws), null, null)).astype(yType));
            }
            Tensor squares = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(lhs), Arg.of(lhs), null, null));
            Tensor scale = t.add(Np.sqrt(t.add(Reductions.reduce(ReduceOp.SUM, squares, new int[] {0}, false, 0,
                    "polyfit"))));
            Tensor scaled = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(lhs), Arg.of(scale), null, null));
            Tensor[] fit = HostLinearAlgebra.lstsq(scaled, rhs, threshold);
            for (Tensor part : fit) {
                t.add(part);
            }
            Tensor c = fit[0];
            // (c.T / scale).T: scale divides the rows of a 2-d c
            Tensor divisor = c.ndim() == 2 ? t.add(scale.reshape(order, 1)) : scale;
            Tensor coefficients = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(c), Arg.of(divisor), null, null));
            if (full) {
                Tensor used = t.add(Elementwise.full(x.backend(), new long[0], threshold,
                        rcond == null ? xType : DType.FLOAT64));
                return t.keep(coefficients, fit[1], fit[2], fit[3], used);
            }
            if (cov == null) {
                return t.keep(coefficients);
            }
            Tensor gram = t.add(LinearAlgebra.matmul(t.add(scaled.transpose()), scaled));
            Tensor base = t.add(HostLinearAlgebra.inv("polyfit", gram));
            Tensor outer = t.add(Np.outer(scale, scale));
            Tensor unscaled = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(base), Arg.of(outer), null, null));
            Tensor shaped = y.ndim() == 2 ? t.add(unscaled.reshape(order, order, 1)) : unscaled;
            if (cov.equals("unscaled")) {
                // NumPy's Vbase[:, :, newaxis] * 1: (order, order, 1) for a 2-d y
                return t.keep(coefficients, shaped);
            }
            Tensor residuals = fit[1];
            if (residuals.size() != (y.ndim() == 2 ? y.shape()[1] : 1)) {
                throw new IllegalArgumentException("polyfit: cannot scale the covariance of a rank-deficient fit (rank "
                        + fit[2].toLongArray()[0] + " < order " + order + ": lstsq gives no residuals; NumPy's "
                        + "broadcast ValueError), use cov=\"unscaled\" or full");
            }
            Tensor factor = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(residuals), Arg.of((double) (m - order)),
                    null, null));
            return t.keep(coefficients, t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(shaped), Arg.of(factor), null,
                    null)));
        }
    }

    /** {@code np.polyder(p, m)}: m rounds of {@code p[:-1] * arange(n, 0, -1)}; m = 0 copies p. */
    static Tensor polyder(Tensor p, int m) {
        Objects.requireNonNull(p, "polyder: p is null");
        p.checkOpen("polyder");
        if (m < 0) {
            throw new IllegalArgumentException("polyder: order of derivative must be positive (see polyint), got " + m);
        }
        oneDimensional("polyder", "p", p);
        Tensor current = p.copy();
        try {
            for (int round = 0; round < m; round++) {
                long n = current.shape()[0] - 1;
                Tensor next;
                try (Tensor head = current.slice(0, 0, Math.max(n, 0), 1);
                     Tensor factors = Creation.generateIntegers(p.backend(), DType.INT64,
                             new long[] {Math.max(n, 0)}, i -> n - i)) {
                    next = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(head), Arg.of(factors), null, null);
                }
                current.close();
                current = next;
            }
            return current;
        } catch (RuntimeException | Error e) {
            current.close();
            throw e;
        }
    }

    /**
     * {@code np.polyint(p, m)} with integration constants 0: m rounds of
     * {@code concatenate((p / arange(len(p), 0, -1), [0.0]))}; m = 0 copies p.
     */
    static Tensor polyint(Tensor p, int m) {
        return polyint(p, m, new double[] {0});
    }

    /**
     * {@code np.polyint(p, m, k)}: round r adds the constant {@code k[r]}; a single constant serves
     * every round, more than m are ignored, fewer refused.
     */
    static Tensor polyint(Tensor p, int m, double[] k) {
        Objects.requireNonNull(p, "polyint: p is null");
        Objects.requireNonNull(k, "polyint: k is null");
        p.checkOpen("polyint");
        if (m < 0) {
            throw new IllegalArgumentException("polyint: order of integral must be positive (see polyder), got " + m);
        }
        if (k.length < m && !(k.length == 1 && m > 1)) {
            throw new IllegalArgumentException("polyint: k must be a scalar or a 1-d array of length 1 or >= m (m = "
                    + m + "), got " + k.length + " constants");
        }
        if (m == 0) {
            // NumPy returns p itself before looking at its dimensions
            return p.copy();
        }
        oneDimensional("polyint", "p", p);
        Tensor current = p.copy();
        try {
            for (int round = 0; round < m; round++) {
                long n = current.shape()[0];
                Tensor next;
                try (Tensor divisors = Creation.generateIntegers(p.backend(), DType.INT64, new long[] {n}, i -> n - i);
                     Tensor quotients = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(current), Arg.of(divisors), null, null);
                     Tensor constant = Elementwise.full(p.backend(), new long[] {1}, k[k.length == 1 ? 0 : round],
                             DType.FLOAT64)) {
                    next = Joining.concatenate("polyint", new Tensor[] {quotients, constant}, 0, null);
                }
                current.close();
                current = next;
            }
            return current;
        } catch (RuntimeException | Error e) {
            current.close();
            throw e;
        }
    }

    /**
     * {@code np.polyadd} / {@code np.polysub}: the shorter operand (made 1-d) is padded in front
     * with zeros of its own type, then the two are added or subtracted.
     */
    static Tensor polyaddOrSub(String op, Tensor a1, Tensor a2) {
        Objects.requireNonNull(a1, op + ": a1 is null");
        Objects.requireNonNull(a2, op + ": a2 is null");
        Elementwise.checkPair(op, a1, a2);
        oneDimensionalOrScalar(op, a1);
        oneDimensionalOrScalar(op, a2);
        BinaryOp binary = op.equals("polyadd") ? BinaryOp.ADD : BinaryOp.SUBTRACT;
        if (binary == BinaryOp.SUBTRACT && a1.dtype == DType.BOOL && a2.dtype == DType.BOOL) {
            throw new IllegalArgumentException("polysub: not defined for two bool polynomials (NumPy cannot subtract "
                    + "bools); convert with astype first");
        }
        try (Tensor first = padFront(op, a1, a2); Tensor second = padFront(op, a2, a1)) {
            return Elementwise.binary(binary, Arg.of(first), Arg.of(second), null, null);
        }
    }

    /**
     * {@code np.polymul(a1, a2)}: {@code convolve(poly1d(a1), poly1d(a2))}, each operand's leading
     * zeros dropped first and an empty or all-zero one taken as {@code [0]} of its type (NumPy's
     * {@code poly1d}).
     */
    static Tensor polymul(Tensor a1, Tensor a2) {
        Objects.requireNonNull(a1, "polymul: a1 is null");
        Objects.requireNonNull(a2, "polymul: a2 is null");
        Elementwise.checkPair("polymul", a1, a2);
        try (Tensor p1 = poly1d("polymul", a1); Tensor p2 = poly1d("polymul", a2)) {
            return Convolution.convolve("polymul", p1, p2, "full");
        }
    }

    /** NumPy's {@code poly1d(a).coeffs}: atleast_1d(a) without its leading zeros, {@code [0]} when nothing is left. */
    private static Tensor poly1d(String op, Tensor a) {
        oneDimensionalOrScalar(op, a);
        try (Tensor flat = a.reshape(-1); Tensor nonzero = flat.astype(DType.BOOL)) {
            boolean[] kept = nonzero.toBooleanArray();
            int first = 0;
            while (first < kept.length && !kept[first]) {
                first++;
            }
            if (first == kept.length) {
                return Elementwise.full(a.backend(), new long[] {1}, 0, a.dtype);
            }
            return flat.slice(0, first, kept.length, 1);
        }
    }

    /** {@code atleast_1d(a)}, with zeros of a's type in front up to the length of {@code other}. */
    private static Tensor padFront(String op, Tensor a, Tensor other) {
        try (Tensor flat = a.ndim() == 0 ? a.reshape(1) : a.reshape(a.shape())) {
            long missing = (other.ndim() == 0 ? 1 : other.shape()[0]) - flat.shape()[0];
            if (missing <= 0) {
                return flat.reshape(flat.shape());
            }
            try (Tensor zeros = Elementwise.full(a.backend(), new long[] {missing}, 0, a.dtype)) {
                return Joining.concatenate(op, new Tensor[] {zeros, flat}, 0, null);
            }
        }
    }

    private static void oneDimensional(String op, String name, Tensor p) {
        if (p.ndim() != 1) {
            throw new IllegalArgumentException(op + ": " + name + " must be a 1-d tensor of coefficients, got shape "
                    + Shape.toString(p.shape()));
        }
    }

    private static void oneDimensionalOrScalar(String op, Tensor a) {
        if (a.ndim() > 1) {
            throw new IllegalArgumentException(op + ": the coefficients must be 1-d, got shape " + Shape.toString(a.shape()));
        }
    }
}
