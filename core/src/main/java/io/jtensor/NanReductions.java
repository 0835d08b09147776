package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.ScanOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * NumPy's NaN-ignoring reductions ({@code nansum nanprod nanmean nanmax nanmin}, and
 * {@code nanargmax nanargmin nancumsum nancumprod}), composed of ufuncs
 * and the plain reductions so they run on every backend: NaN is replaced by the reduction's
 * identity (0, 1, -Inf, +Inf) before reducing. As in NumPy, a slice that is all NaN gives 0
 * ({@code nansum}), 1 ({@code nanprod}) or NaN ({@code nanmean}, {@code nanmax}, {@code nanmin};
 * NumPy warns there); integer and bool input are reduced as by the plain reductions.
 */
final class NanReductions {

    private NanReductions() {
    }

    static Tensor reduce(ReduceOp op, String name, Tensor x, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (!x.dtype.isFloatingPoint()) {
            return Reductions.reduce(op, x, axes, keepdims, 0, name);
        }
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, x, null, null)) {
            return switch (op) {
                case SUM -> filled(op, name, x, nan, 0, axes, keepdims);
                case PROD -> filled(op, name, x, nan, 1, axes, keepdims);
                case MAX, MIN -> extreme(op, name, x, nan, axes, keepdims);
                case MEAN -> mean(name, x, nan, axes, keepdims);
                default -> throw new IllegalArgumentException(name + ": not a NaN-ignoring reduction");
            };
        }
    }

    private static Tensor filled(ReduceOp op, String name, Tensor x, Tensor nan, double identity, int[] axes,
                                 boolean keepdims) {
        try (Tensor clean = Elementwise.where(nan, Arg.of(identity), Arg.of(x))) {
            return Reductions.reduce(op, clean, axes, keepdims, 0, name);
        }
    }

    private static Tensor extreme(ReduceOp op, String name, Tensor x, Tensor nan, int[] axes, boolean keepdims) {
        double identity = op == ReduceOp.MAX ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        try (Tensor reduced = filled(op, name, x, nan, identity, axes, keepdims);
             Tensor allNan = Reductions.reduce(ReduceOp.ALL, nan, axes, keepdims, 0, name)) {
            return Elementwise.where(allNan, Arg.of(Double.NaN), Arg.of(reduced));
        }
    }

    private static Tensor mean(String name, Tensor x, Tensor nan, int[] axes, boolean keepdims) {
        // NumPy counts in intp and divides under errstate(ignore) (_divide_by_count): neither reports
        try (Tensor total = filled(ReduceOp.SUM, name, x, nan, 0, axes, keepdims);
             Tensor present = Elementwise.unary(UnaryOp.LOGICAL_NOT, nan, null, null);
             Tensor ones = present.astype(x.dtype);
             Tensor count = FloatErrorChecks.ignoring(() -> Reductions.reduce(ReduceOp.SUM, ones, axes, keepdims, 0,
                     name))) {
            return FloatErrorChecks.ignoring(() -> Elementwise.binary(BinaryOp.DIVIDE, Arg.of(total), Arg.of(count),
                    null, null));
        }
    }

    /**
     * {@code np.nanargmax}/{@code np.nanargmin}: the position of the extreme non-NaN value (NaN
     * replaced by -Inf or +Inf, then argmax/argmin); an all-NaN slice is refused, as NumPy refuses it.
     */
    static Tensor argExtreme(ReduceOp op, String name, Tensor x, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (!x.dtype.isFloatingPoint()) {
            return Reductions.reduce(op, x, axes, keepdims, 0, name);
        }
        double fill = op == ReduceOp.ARGMAX ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, x, null, null);
             Tensor allNan = Reductions.reduce(ReduceOp.ALL, nan, axes, false, 0, name);
             Tensor anyAllNan = Reductions.reduce(ReduceOp.ANY, allNan, null, false, 0, name)) {
            if (x.size() > 0 && anyAllNan.toBooleanArray()[0]) {
                throw new IllegalArgumentException(name + ": All-NaN slice encountered (x has shape "
                        + Shape.toString(x.shape) + ")");
            }
            try (Tensor clean = Elementwise.where(nan, Arg.of(fill), Arg.of(x))) {
                return Reductions.reduce(op, clean, axes, keepdims, 0, name);
            }
        }
    }

    /** {@code np.nancumsum}/{@code np.nancumprod}: the running sum or product with NaN as 0 or 1. */
    static Tensor scan(ScanOp op, String name, Tensor x, Integer axis) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (axis != null) {
            Axes.normalize(name, axis, Math.max(x.ndim(), 1));
        }
        if (!x.dtype.isFloatingPoint()) {
            return Scanning.scan(op, x, axis);
        }
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, x, null, null);
             Tensor clean = Elementwise.where(nan, Arg.of(op == ScanOp.CUMSUM ? 0.0 : 1.0), Arg.of(x))) {
            return Scanning.scan(op, clean, axis);
        }
    }
}
