package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.diff}: {@code n} rounds of {@code x[1:] - x[:-1]} along an axis, each a ufunc on two
 * views (so on every backend); bool input takes {@code !=} instead of {@code -}, as NumPy does.
 * Also {@code np.gradient}, {@code np.trapezoid} and {@code np.ediff1d}, composed the same way.
 */
final class Differencing {

    private Differencing() {
    }

    /**
     * {@code np.diff(x, n, axis, prepend, append)}: the values (nullable; a 0-d one is broadcast to
     * x's shape with length 1 along the axis) concatenated to x along the axis first, in
     * concatenate's result type, then differenced; n = 0 returns x before either is looked at.
     */
    static Tensor diff(Tensor x, int n, int axis, Tensor prepend, Tensor append) {
        if (prepend == null && append == null) {
            return diff(x, n, axis);
        }
        Objects.requireNonNull(x, "diff: x is null");
        x.checkOpen("diff");
        if (n == 0) {
            return x.copy();
        }
        int a = axisOfDiff(x, n, axis);
        try (Temporaries t = new Temporaries()) {
            List<Tensor> parts = new ArrayList<>();
            if (prepend != null) {
                parts.add(edge(x, a, prepend, t));
            }
            parts.add(x);
            if (append != null) {
                parts.add(edge(x, a, append, t));
            }
            Tensor joined = t.add(Joining.concatenate("diff", parts.toArray(new Tensor[0]), a, null));
            return diff(joined, n, a);
        }
    }

    /** diff's axis of x, normalised, after NumPy's checks of x's dimensions and of n (n &ne; 0). */
    private static int axisOfDiff(Tensor x, int n, int axis) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("diff: needs a tensor of at least one dimension, got a 0-d tensor");
        }
        if (n < 0) {
            throw new IllegalArgumentException("diff: order n must be non-negative, got " + n);
        }
        return Axes.normalize("diff", axis, x.ndim());
    }

    /** Prepended or appended values; a 0-d one broadcast to x's shape with length 1 along axis a. */
    private static Tensor edge(Tensor x, int a, Tensor values, Temporaries t) {
        values.checkOpen("diff");
        Elementwise.commonBackend("diff", List.of(x, values));
        if (values.ndim() != 0) {
            return values;
        }
        long[] shape = x.shape();
        shape[a] = 1;
        return t.add(values.broadcastTo(shape));
    }

    static Tensor diff(Tensor x, int n, int axis) {
        Objects.requireNonNull(x, "diff: x is null");
        x.checkOpen("diff");
        if (n == 0) {
            // NumPy returns x before it looks at x's dimensions or the axis
            return x.copy();
        }
        int a = axisOfDiff(x, n, axis);
        BinaryOp op = x.dtype == DType.BOOL ? BinaryOp.NOT_EQUAL : BinaryOp.SUBTRACT;
        Tensor current = x;
        try {
            for (int round = 0; round < n && current.shape()[a] > 0; round++) {
                long length = current.shape()[a];
                Tensor next;
                try (Tensor later = current.slice(a, 1, length, 1); Tensor earlier = current.slice(a, 0, length - 1, 1)) {
                    next = Elementwise.binary(op, Arg.of(later), Arg.of(earlier), null, null);
                }
                if (current != x) {
                    current.close();
                }
                current = next;
            }
            return current == x ? x.copy() : current;
        } catch (RuntimeException | Error e) {
            if (current != x) {
                current.close();
            }
            throw e;
        }
    }

    /**
     * {@code np.gradient(f, spacing, axis=axis, edge_order=edgeOrder)} along one axis: central
     * differences {@code (f[2:] - f[:-2]) / (2 spacing)} inside, one-sided first- or second-order
     * differences at the two ends, in NumPy's order of operations. Integer f is taken as float64.
     */
    static Tensor gradient(Tensor f, double spacing, int axis, int edgeOrder) {
        return Gradient.gradient(f, new Object[] {spacing}, new int[] {axis}, edgeOrder)[0];
    }

    /**
     * {@code np.trapezoid(y, x, dx, axis)}: {@code sum(d * (y[1:] + y[:-1]) / 2.0)} along the
     * axis, d being {@code dx} (x null), {@code diff(x)} laid along the axis (1-d x) or
     * {@code diff(x, axis)}.
     */
    static Tensor trapezoid(Tensor y, Tensor x, double dx, int axis) {
        Objects.requireNonNull(y, "trapezoid: y is null");
        y.checkOpen("trapezoid");
        if (x != null) {
            Elementwise.checkPair("trapezoid", y, x);
        }
        int a = Axes.normalize("trapezoid", axis, y.ndim());
        long n = y.shape[a];
        try (Temporaries t = new Temporaries()) {
            Arg d = Arg.of(dx);
            if (x != null && x.ndim() == 1) {
                long[] shape = new long[y.ndim()];
                java.util.Arrays.fill(shape, 1);
                Tensor steps = t.add(diff(x, 1, 0));
                shape[a] = steps.shape()[0];
                d = Arg.of(t.add(steps.reshape(shape)));
            } else if (x != null) {
                d = Arg.of(t.add(diff(x, 1, axis)));
            }
            Tensor sum = t.add(binary(BinaryOp.ADD, Arg.of(t.add(y.slice(a, 1, Math.max(n, 1), 1))),
                    Arg.of(t.add(y.slice(a, 0, Math.max(n - 1, 0), 1)))));
            Tensor areas = t.add(binary(BinaryOp.DIVIDE, Arg.of(t.add(binary(BinaryOp.MULTIPLY, d, Arg.of(sum)))),
                    Arg.of(2.0)));
            return Reductions.reduce(io.jtensor.op.ReduceOp.SUM, areas, new int[] {a}, false, 0, "trapezoid");
        }
    }

    /**
     * {@code np.ediff1d(x, to_end, to_begin)}: the differences of the flattened x, with the
     * flattened {@code toBegin} before and {@code toEnd} after (null: none), cast to x's type when
     * NumPy's "same_kind" rule allows it.
     */
    static Tensor ediff1d(Tensor x, Tensor toEnd, Tensor toBegin) {
        Objects.requireNonNull(x, "ediff1d: x is null");
        x.checkOpen("ediff1d");
        try (Tensor flat = x.reshape(-1); Tensor differences = diffOfFlat(flat); Temporaries t = new Temporaries()) {
            if (toEnd == null && toBegin == null) {
                return differences.copy();
            }
            java.util.List<Tensor> parts = new java.util.ArrayList<>();
            if (toBegin != null) {
                parts.add(t.add(padding(x, toBegin)));
            }
            parts.add(differences);
            if (toEnd != null) {
                parts.add(t.add(padding(x, toEnd)));
            }
            return Joining.concatenate("ediff1d", parts.toArray(Tensor[]::new), 0, null);
        }
    }

    /** {@code extra} flattened and cast to x's type, which NumPy's "same_kind" rule must allow. */
    private static Tensor padding(Tensor x, Tensor extra) {
        Elementwise.checkPair("ediff1d", x, extra);
        if (!extra.dtype.canCastSameKindTo(x.dtype)) {
            throw new IllegalArgumentException("ediff1d: dtype of to_begin/to_end (" + extra.dtype.numpyName()
                    + ") must be compatible with the input's (" + x.dtype.numpyName() + ") under the 'same_kind' rule");
        }
        try (Tensor cast = extra.astype(x.dtype)) {
            return cast.reshape(-1);
        }
    }

    private static Tensor diffOfFlat(Tensor flat) {
        if (flat.dtype == DType.BOOL) {
            throw new IllegalArgumentException("ediff1d: bool input is not supported (NumPy cannot subtract bools); "
                    + "convert with astype first");
        }
        return diff(flat, 1, 0);
    }

    private static Tensor binary(BinaryOp op, Arg a, Arg b) {
        return Elementwise.binary(op, a, b, null, null);
    }
}
