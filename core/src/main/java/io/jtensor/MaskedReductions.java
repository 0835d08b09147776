package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * NumPy's reductions with {@code where=} (and {@code initial=} for max and min), composed as NumPy's
 * own Python code composes them: the elements outside the mask replaced by the op's identity before
 * the plain reduction, the mean divided by the per-line count of the mask, the variance from the
 * masked mean.
 */
final class MaskedReductions {

    private MaskedReductions() {
    }

    /** sum, prod, all, any, mean, var or std of x where the mask (broadcast to x's shape) is true. */
    static Tensor reduce(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, int ddof, Tensor where) {
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(where, name + ": where is null");
        x.checkOpen(name);
        try (Temporaries t = new Temporaries()) {
            Tensor mask = t.add(mask(name, x, where));
            return switch (op) {
                case SUM, PROD, ALL, ANY -> {
                    long identity = op == ReduceOp.PROD || op == ReduceOp.ALL ? 1 : 0;
                    Tensor masked = t.add(Elementwise.where(mask, Arg.of(x), Arg.of(identity)));
                    yield Reductions.reduce(op, masked, axes, keepdims, 0, name);
                }
                case MEAN -> {
                    Tensor sum = t.add(maskedSum(name, t, floating(t, x), mask, axes, keepdims));
                    yield divided(sum, t.add(count(name, mask, axes, keepdims)));
                }
                case VAR -> variance(name, t, x, mask, axes, keepdims, ddof);
                default -> throw new IllegalArgumentException(name + ": no where= form for " + op);
            };
        }
    }

    /** np.std(x, where=...): the square root of {@link #variance}. */
    static Tensor std(Tensor x, int[] axes, boolean keepdims, int ddof, Tensor where) {
        Tensor variance = reduce("std", ReduceOp.VAR, x, axes, keepdims, ddof, where);
        return Elementwise.unary(UnaryOp.SQRT, variance, variance, null);
    }

    /**
     * {@code np.max(x, initial=initial, where=where)} (MAX) or min: the extreme of initial and the
     * selected elements, in x's type (initial truncated toward zero for an integer x, which must hold
     * it: NaN, infinities and values beyond x's type are refused, as NumPy's int(initial)); initial
     * alone for a line with no selected element, even an empty one.
     */
    static Tensor extreme(String name, ReduceOp op, Tensor x, int[] axes, boolean keepdims, double initial, Tensor where) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        checkInitial(name, x.dtype, "x's type", initial);
        try (Temporaries t = new Temporaries()) {
            Tensor start = t.add(Creation.scalar(x.backend(), x.dtype, false, 0, initial));
            Tensor selected = where == null ? x : t.add(Elementwise.where(t.add(mask(name, x, where)), Arg.of(x),
                    Arg.of(start)));
            int[] reduced = Axes.normalizeAll(name, axes, x.ndim());
            long[] resultShape = new long[x.ndim()];
            int kept = 0;
            boolean empty = false;
            for (int d = 0, r = 0; d < x.ndim(); d++) {
                boolean isReduced = r < reduced.length && reduced[r] == d;
                if (isReduced) {
                    r++;
                    empty |= x.shape[d] == 0;
                }
                if (!isReduced || keepdims) {
                    resultShape[kept++] = isReduced ? 1 : x.shape[d];
                }
            }
            if (empty) {
                return Elementwise.full(x.backend(), Arrays.copyOf(resultShape, kept), initial, x.dtype);
            }
            Tensor extreme = t.add(Reductions.reduce(op, selected, reduced, keepdims, 0, name));
            return Elementwise.binary(op == ReduceOp.MAX ? BinaryOp.MAXIMUM : BinaryOp.MINIMUM, Arg.of(extreme),
                    Arg.of(start), null, null);
        }
    }

    /**
     * NumPy takes int(initial) for an integer reduction type: NaN and infinities are a ValueError,
     * a value beyond the type an OverflowError; both are refused here.
     *
     * @param role how the message names the type, e.g. "x's type"
     */
    static void checkInitial(String name, DType type, String role, double initial) {
        if (!type.isInteger()) {
            return;
        }
        if (!Double.isFinite(initial)) {
            throw new IllegalArgumentException(name + ": cannot convert initial " + initial + " to an integer"
                    + " (" + role + " " + type.numpyName() + ")");
        }
        if (!type.holdsTruncated(DType.truncate(initial))) {
            throw new IllegalArgumentException(name + ": initial " + initial + " is out of bounds for "
                    + type.numpyName() + " (" + role + "; valid: " + type.minValue() + " to "
                    + type.maxValue() + ")");
        }
    }

    /**
     * np.nanmean, np.nanvar (VAR) or np.nanstd (VAR, root) with where=: the masked reduction over
     * the elements where selects that are not NaN; for nanvar and nanstd NaN where count - ddof
     * &lt;= 0 (NumPy's _nanvar). Integer and bool x are the masked mean, var or std themselves.
     */
    static Tensor nanReduce(String name, ReduceOp op, boolean root, Tensor x, int[] axes, boolean keepdims, int ddof,
                            Tensor where) {
        Objects.requireNonNull(where, name + ": where is null");
        try (Temporaries t = new Temporaries()) {
            Tensor selected = t.add(notNan(name, x, where));
            Tensor result = reduce(name, op, x, axes, keepdims, ddof, selected);
            if (op == ReduceOp.VAR && x.dtype.isFloatingPoint()) {
                Tensor count = t.add(count(name, selected, axes, keepdims));
                Tensor none = t.add(Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(count), Arg.of((long) ddof), null,
                        null));
                try (Tensor variance = result) {
                    result = Elementwise.where(none, Arg.of(Double.NaN), Arg.of(variance));
                }
            }
            return root ? Elementwise.unary(UnaryOp.SQRT, result, result, null) : result;
        }
    }

    /**
     * The elements of a floating-point x that a NaN-ignoring reduction with where= selects: where
     * (null: all, else broadcast to x's shape) and not NaN. Integer and bool x have no NaN: where
     * itself (null stays null).
     */
    static Tensor notNan(String name, Tensor x, Tensor where) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (!x.dtype.isFloatingPoint()) {
            return where == null ? null : mask(name, x, where);
        }
        try (Temporaries t = new Temporaries()) {
            Tensor number = t.add(Elementwise.unary(UnaryOp.LOGICAL_NOT,
                    t.add(Elementwise.unary(UnaryOp.ISNAN, x, null, null)), null, null));
            return where == null ? number.copy()
                    : Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(t.add(mask(name, x, where))), Arg.of(number),
                    null, null);
        }
    }

    static Tensor mask(String name, Tensor x, Tensor where) {
        where.checkOpen(name);
        Elementwise.commonBackend(name, List.of(x, where));
        if (where.dtype != DType.BOOL) {
            throw new IllegalArgumentException(name + ": where must be bool, got " + where.dtype.numpyName()
                    + " (NumPy casts it with casting='safe')");
        }
        try {
            return where.broadcastTo(x.shape);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": where of shape " + Shape.toString(where.shape)
                    + " does not broadcast to x's shape " + Shape.toString(x.shape), e);
        }
    }

    /** NumPy's mean and var sum integers and bool as float64, floats in their own type. */
    private static Tensor floating(Temporaries t, Tensor x) {
        return x.dtype.isFloatingPoint() ? x : t.add(x.astype(DType.FLOAT64));
    }

    private static Tensor maskedSum(String name, Temporaries t, Tensor x, Tensor mask, int[] axes, boolean keepdims) {
        Tensor masked = t.add(Elementwise.where(mask, Arg.of(x), Arg.of(0L)));
        return Reductions.reduce(ReduceOp.SUM, masked, axes, keepdims, 0, name);
    }

    /** NumPy's rcount: the int64 number of selected elements per line. */
    private static Tensor count(String name, Tensor mask, int[] axes, boolean keepdims) {
        return Reductions.reduce(ReduceOp.SUM, mask, axes, keepdims, 0, name);
    }

    /** sum / count in float64, cast back to sum's type (NumPy's true_divide with casting='unsafe'). */
    private static Tensor divided(Tensor sum, Tensor count) {
        try (Tensor quotient = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(sum), Arg.of(count), null, null)) {
            return quotient.astype(sum.dtype);
        }
    }

    /** NumPy's {@code _var}: the masked mean kept as an axis, squared deviations summed where selected. */
    private static Tensor variance(String name, Temporaries t, Tensor x, Tensor mask, int[] axes, boolean keepdims,
                                   int ddof) {
        Tensor values = floating(t, x);
        Tensor mean = t.add(divided(t.add(maskedSum(name, t, values, mask, axes, true)),
                t.add(count(name, mask, axes, true))));
        Tensor deviation = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(values), Arg.of(mean), null, null));
        Tensor squares = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(deviation), Arg.of(deviation), null, null));
        Tensor sum = t.add(maskedSum(name, t, squares, mask, axes, keepdims));
        Tensor count = t.add(count(name, mask, axes, keepdims));
        Tensor dof = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(count), Arg.of((long) ddof), null, null));
        Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(dof), Arg.of(0L), dof, null);
        return divided(sum, dof);
    }
}
