package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * NumPy's NaN-ignoring reductions ({@code nansum nanprod nanmean nanmax nanmin}), composed of ufuncs
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
        try (Tensor total = filled(ReduceOp.SUM, name, x, nan, 0, axes, keepdims);
             Tensor present = Elementwise.unary(UnaryOp.LOGICAL_NOT, nan, null, null);
             Tensor ones = present.astype(x.dtype);
             Tensor count = Reductions.reduce(ReduceOp.SUM, ones, axes, keepdims, 0, name)) {
            return Elementwise.binary(BinaryOp.DIVIDE, Arg.of(total), Arg.of(count), null, null);
        }
    }
}
