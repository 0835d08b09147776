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
     * {@code np.polyfit(x, y, deg)}: the least-squares coefficients, highest power first, of
     * NumPy's algorithm: {@code lhs = vander(x + 0.0, deg + 1)}, each column divided by its
     * 2-norm, {@code lstsq(lhs, y + 0.0, rcond = len(x) * eps(x))}, the solution divided by the
     * column norms.
     */
    static Tensor polyfit(Tensor x, Tensor y, int deg) {
        Objects.requireNonNull(x, "polyfit: x is null");
        Objects.requireNonNull(y, "polyfit: y is null");
        Elementwise.checkPair("polyfit", x, y);
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
        HostLinearAlgebra.refuseFloat16("polyfit", x, y);
        // x + 0.0 keeps float32 as float32, so rcond uses float32's eps for float32 x, as NumPy's does
        DType xType = x.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        double eps = xType == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        double rcond = x.shape()[0] * eps;
        try (Temporaries t = new Temporaries()) {
            Tensor xs = t.add(x.astype(xType));
            Tensor ys = t.add(y.astype(y.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64));
            Tensor lhs = t.add(vander(xs, (long) deg + 1, false));
            Tensor squares = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(lhs), Arg.of(lhs), null, null));
            Tensor scale = t.add(Np.sqrt(t.add(Reductions.reduce(ReduceOp.SUM, squares, new int[] {0}, false, 0,
                    "polyfit"))));
            Tensor scaled = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(lhs), Arg.of(scale), null, null));
            Tensor[] fit = HostLinearAlgebra.lstsq(scaled, ys, rcond);
            for (int i = 1; i < fit.length; i++) {
                t.add(fit[i]);
            }
            Tensor c = t.add(fit[0]);
            // (c.T / scale).T: scale divides the rows of a 2-d c
            Tensor divisor = c.ndim() == 2 ? t.add(scale.reshape(scale.shape()[0], 1)) : scale;
            return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(c), Arg.of(divisor), null, null);
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
