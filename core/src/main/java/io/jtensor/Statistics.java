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
 * {@code np.nanvar}, {@code np.nanstd}, {@code np.ptp} and {@code np.average}, composed of ufuncs
 * and reductions in the order NumPy's Python code runs them, so they run on every backend and
 * round as NumPy does up to the order of the pairwise sums.
 */
final class Statistics {

    private Statistics() {
    }

    /**
     * {@code np.nanvar} ({@code std}: {@code np.nanstd}): float x as NumPy's nanvar computes it
     * (the mean of the non-NaN elements in x's type, squared deviations with NaN as 0, divided by
     * count - ddof, NaN where that is <= 0); integer and bool x as {@code var}.
     */
    static Tensor nanvar(String name, Tensor x, int[] axes, boolean keepdims, int ddof, boolean std) {
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (!x.dtype.isFloatingPoint()) {
            return std ? Reductions.std(x, axes, keepdims, ddof) : Reductions.reduce(ReduceOp.VAR, x, axes, keepdims,
                    ddof, name);
        }
        Tensor variance;
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, x, null, null);
             Tensor clean = Elementwise.where(nan, Arg.of(0.0), Arg.of(x));
             Tensor count = count(name, nan, axes);
             Tensor sum = squaredDeviations(name, clean, nan, count, axes, keepdims);
             Tensor counts = count.reshape(sum.shape);
             Tensor freedom = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(counts), Arg.of((long) ddof), null, null);
             Tensor bad = Elementwise.binary(BinaryOp.LESS_EQUAL, Arg.of(freedom), Arg.of(0L), null, null)) {
            // NumPy's _divide_by_count divides under errstate(ignore)
            FloatErrorChecks.ignoring(() -> Elementwise.binary(BinaryOp.DIVIDE, Arg.of(sum), Arg.of(freedom), sum, null));
            variance = Elementwise.where(bad, Arg.of(Double.NaN), Arg.of(sum));
        }
        return std ? Elementwise.unary(UnaryOp.SQRT, variance, variance, null) : variance;
    }

    /** The int64 count of non-NaN elements over the axes, keeping them as size 1. */
    private static Tensor count(String name, Tensor nan, int[] axes) {
        try (Tensor present = Elementwise.unary(UnaryOp.LOGICAL_NOT, nan, null, null)) {
            return Reductions.reduce(ReduceOp.SUM, present, axes, true, 0, name);
        }
    }

    /**
     * The sum of squared deviations from the mean, NaN positions (0 in {@code clean}) counting 0;
     * the mean is {@code sum / count} rounded to x's type, as NumPy divides in place.
     */
    private static Tensor squaredDeviations(String name, Tensor clean, Tensor nan, Tensor count, int[] axes,
                                            boolean keepdims) {
        try (Tensor mean = Reductions.reduce(ReduceOp.SUM, clean, axes, true, 0, name)) {
            FloatErrorChecks.ignoring(() -> Elementwise.binary(BinaryOp.DIVIDE, Arg.of(mean), Arg.of(count), mean, null));
            try (Tensor deviation = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(clean), Arg.of(mean), null, null);
                 Tensor inside = Elementwise.where(nan, Arg.of(0.0), Arg.of(deviation));
                 Tensor squares = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(inside), Arg.of(inside), null, null)) {
                return Reductions.reduce(ReduceOp.SUM, squares, axes, keepdims, 0, name);
            }
        }
    }

    /** {@code np.ptp}: {@code max - min} over the axes (null: all), in x's type (integers wrap). */
    static Tensor ptp(Tensor x, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "ptp: x is null");
        x.checkOpen("ptp");
        if (x.dtype == DType.BOOL) {
            throw new IllegalArgumentException("ptp: not defined for bool input (NumPy's subtract rejects bool); "
                    + "convert with astype(DType.INT32) first");
        }
        Tensor max = Reductions.reduce(ReduceOp.MAX, x, axes, keepdims, 0, "ptp");
        try (Tensor min = Reductions.reduce(ReduceOp.MIN, x, axes, keepdims, 0, "ptp")) {
            return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(max), Arg.of(min), max, null);
        } catch (RuntimeException | Error e) {
            max.close();
            throw e;
        }
    }

    /**
     * {@code np.ptp(x, axis, out=out, keepdims=keepdims)}, as NumPy composes it:
     * {@code subtract(maximum.reduce(x, out=out), minimum.reduce(x), out=out)}. The maximum goes
     * into out as {@link TypedReductions#extremeInto}'s (each line started in out's type, the
     * extreme cast unsafely); the difference is computed in the type out and x promote to and cast
     * into out under same_kind, so a float x needs a float out and a bool out is refused, while a
     * bool x with a numeric out is fine.
     */
    static Tensor ptp(Tensor x, int[] axes, boolean keepdims, Tensor out) {
        Objects.requireNonNull(x, "ptp: x is null");
        x.checkOpen("ptp");
        if (out == null) {
            return ptp(x, axes, keepdims);
        }
        TypedReductions.checkOut("ptp", x, out, TypedReductions.resultShape("ptp", x, axes, keepdims));
        DType loop = DType.promote(out.dtype, x.dtype);
        if (loop == DType.BOOL) {
            throw new IllegalArgumentException("ptp: not defined for bool x with a bool out (NumPy's subtract "
                    + "rejects bool); pass a numeric out or convert x with astype(DType.INT32)");
        }
        if (!loop.canCastSameKindTo(out.dtype)) {
            throw new IllegalArgumentException("ptp: the difference max - min is " + loop.numpyName()
                    + " and cannot be stored in out's " + out.dtype.numpyName() + " (NumPy's UFuncTypeError: "
                    + "casting rule 'same_kind'); pass an out of type " + loop.numpyName());
        }
        try (Tensor work = TypedReductions.startedInOut("ptp", x, axes, out);
             Tensor max = Reductions.reduce(ReduceOp.MAX, work, axes, keepdims, 0, "ptp");
             Tensor maxInOut = max.astype(out.dtype);
             Tensor min = Reductions.reduce(ReduceOp.MIN, x, axes, keepdims, 0, "ptp")) {
            return Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(maxInOut), Arg.of(min), out, null);
        }
    }

    /**
     * {@code np.average(x, axes, weights, keepdims)}: the mean without weights; with weights,
     * {@code sum(x * w) / sum(w)} in {@code result_type(x, w)} (float64 at least for integer and
     * bool x). Weights have x's shape, or, with axes, the shape of those axes of x in the order given.
     */
    static Tensor average(Tensor x, Tensor weights, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "average: x is null");
        x.checkOpen("average");
        if (weights == null) {
            return Reductions.reduce(ReduceOp.MEAN, x, axes, keepdims, 0, "average");
        }
        Tensor[] averageAndTotal = weighted(x, weights, axes, keepdims);
        averageAndTotal[1].close();
        return averageAndTotal[0];
    }

    /**
     * {@code np.average(x, axes, weights, keepdims, returned=True)}: the average and the sum of the
     * weights, the latter broadcast to the average's shape in its dtype (NumPy's {@code scl}):
     * without weights the number of elements averaged, {@code x.size / avg.size}.
     */
    static Tensor[] averageReturned(Tensor x, Tensor weights, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "average: x is null");
        x.checkOpen("average");
        if (weights == null) {
            Tensor avg = Reductions.reduce(ReduceOp.MEAN, x, axes, keepdims, 0, "average");
            try {
                double count = avg.size() == 0 ? 0 : (double) x.size() / avg.size();
                return new Tensor[] {avg, Elementwise.full(avg.backend(), avg.shape, count, avg.dtype)};
            } catch (RuntimeException | Error e) {
                avg.close();
                throw e;
            }
        }
        Tensor[] averageAndTotal = weighted(x, weights, axes, keepdims);
        Tensor avg = averageAndTotal[0];
        if (Arrays.equals(avg.shape, averageAndTotal[1].shape)) {
            return averageAndTotal;
        }
        try (Tensor total = averageAndTotal[1]; Tensor spread = total.broadcastTo(avg.shape)) {
            return new Tensor[] {avg, spread.copy()};
        } catch (RuntimeException | Error e) {
            avg.close();
            throw e;
        }
    }

    /** {@code sum(x * w) / sum(w)} and {@code sum(w)}, both new tensors. */
    private static Tensor[] weighted(Tensor x, Tensor weights, int[] axes, boolean keepdims) {
        weights.checkOpen("average");
        Elementwise.commonBackend("average", List.of(x, weights));
        Axes.normalizeAll("average", axes, x.ndim());
        DType type = DType.promote(x.dtype, weights.dtype);
        if (!x.dtype.isFloatingPoint()) {
            type = DType.promote(type, DType.FLOAT64);
        }
        Tensor total;
        try (Tensor aligned = aligned(x, weights, axes);
             Tensor w = Elementwise.converted("average", aligned, type)) {
            total = Reductions.reduce(ReduceOp.SUM, w, axes, keepdims, 0, "average");
            try (Tensor zero = Elementwise.binary(BinaryOp.EQUAL, Arg.of(total), Arg.of(0.0), null, null);
                 Tensor anyZero = Reductions.reduce(ReduceOp.ANY, zero, null, false, 0, "average")) {
                if (anyZero.item() != 0) {
                    throw new IllegalArgumentException("average: weights sum to zero"
                            + (axes == null ? "" : " along axes " + Arrays.toString(axes))
                            + ", so they cannot be normalized (NumPy raises ZeroDivisionError)");
                }
                try (Tensor products = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(x), Arg.of(w), null, null)) {
                    Tensor sum = Reductions.reduce(ReduceOp.SUM, products, axes, keepdims, 0, "average");
                    try {
                        return new Tensor[] {Elementwise.binary(BinaryOp.DIVIDE, Arg.of(sum), Arg.of(total), sum, null),
                                total};
                    } catch (RuntimeException | Error e) {
                        sum.close();
                        throw e;
                    }
                }
            } catch (RuntimeException | Error e) {
                total.close();
                throw e;
            }
        }
    }

    /**
     * Weights of x's shape as they are; weights of the shape of x's axes (in the order given) moved
     * to those axes, with size-1 axes elsewhere, so they broadcast against x.
     */
    private static Tensor aligned(Tensor x, Tensor weights, int[] axes) {
        if (Arrays.equals(x.shape, weights.shape)) {
            return weights.reshape(weights.shape);
        }
        if (axes == null) {
            throw new IllegalArgumentException("average: the shapes of x " + Shape.toString(x.shape)
                    + " and weights " + Shape.toString(weights.shape) + " differ, so an axis must be given");
        }
        int[] normalized = new int[axes.length];
        long[] expected = new long[axes.length];
        for (int i = 0; i < axes.length; i++) {
            normalized[i] = Axes.normalize("average", axes[i], x.ndim());
            expected[i] = x.shape[normalized[i]];
        }
        if (!Arrays.equals(expected, weights.shape)) {
            throw new IllegalArgumentException("average: weights have shape " + Shape.toString(weights.shape)
                    + " but must have x's shape " + Shape.toString(x.shape) + " or the shape "
                    + Shape.toString(expected) + " of x along axes " + Arrays.toString(axes));
        }
        Integer[] order = new Integer[axes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Integer.compare(normalized[p], normalized[q]));
        int[] permutation = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        long[] broadcastable = new long[x.ndim()];
        Arrays.fill(broadcastable, 1);
        for (int a : normalized) {
            broadcastable[a] = x.shape[a];
        }
        try (Tensor sorted = weights.transpose(permutation)) {
            return sorted.reshape(broadcastable);
        }
    }
}
