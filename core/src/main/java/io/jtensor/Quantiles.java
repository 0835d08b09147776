package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * {@code np.median}, {@code np.quantile} and {@code np.percentile} (method "linear"), computed as
 * NumPy computes them, on a sorted copy: the reduced axes are moved last and merged into one, each
 * line is sorted ({@link Sorting}), then
 * <ul>
 *   <li>median: the mean of the middle element (odd length) or the middle two (even length);</li>
 *   <li>quantile q: with {@code v = (n - 1) q}, {@code i = floor(v)}, {@code t = v - i}, the
 *       interpolation {@code a + (b - a) t} between the sorted elements a = s[i] and b = s[i + 1],
 *       or {@code b - (b - a)(1 - t)} when t &ge; 0.5, NumPy's {@code _lerp}.</li>
 * </ul>
 * A line holding NaN gives NaN. The arithmetic follows NumPy's types: a scalar q is a weak Python
 * float, so float32 data gives float32; an array of q is float64 and so is the result; integer data
 * gives float64.
 */
final class Quantiles {

    private Quantiles() {
    }

    /** {@code np.median(x, axes, keepdims)}; {@code axes} null reduces every axis. */
    static Tensor median(Tensor x, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "median: x is null");
        x.checkOpen("median");
        int[] reduced = Axes.normalizeAll("median", axes, x.ndim());
        Tensor result;
        try (Tensor lines = lines(x, reduced); Tensor sorted = Sorting.sort(lines, -1)) {
            int last = sorted.ndim() - 1;
            long n = sorted.shape()[last];
            long from = n == 0 ? 0 : (n - 1) / 2;
            try (Tensor middle = sorted.slice(last, from, n / 2 + 1, 1)) {
                result = Reductions.reduce(ReduceOp.MEAN, middle, new int[] {last}, false, 0, "median");
            }
            if (n > 0 && x.dtype.isFloatingPoint()) {
                result = withNanOfLine(sorted, result);
            }
        }
        return keepdims ? Reductions.withReducedAxesKept(result, x.shape, reduced) : result;
    }

    /**
     * {@code np.quantile(x, q, axes, keepdims)} of one q ({@code scalar}: a Python float, so weak)
     * or of several (a float64 array q: the result has q's length as a new first axis).
     */
    static Tensor quantile(String name, Tensor x, double[] q, boolean scalar, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(q, name + ": q is null");
        x.checkOpen(name);
        if (x.dtype == DType.BOOL) {
            throw new IllegalArgumentException(name + ": bool input is not supported (NumPy cannot subtract "
                    + "bools to interpolate); convert with astype(DType.INT64) or astype(DType.FLOAT64)");
        }
        int[] reduced = Axes.normalizeAll(name, axes, x.ndim());
        Tensor[] parts = new Tensor[q.length];
        try (Tensor lines = lines(x, reduced); Tensor sorted = Sorting.sort(lines, -1)) {
            long n = sorted.shape()[sorted.ndim() - 1];
            if (n == 0) {
                throw new IndexOutOfBoundsException(name + ": cannot interpolate in an empty slice (x has shape "
                        + Shape.toString(x.shape) + ", reduced axes " + java.util.Arrays.toString(reduced) + ")");
            }
            for (int k = 0; k < q.length; k++) {
                Tensor part = interpolate(sorted, n, q[k], scalar);
                parts[k] = keepdims ? Reductions.withReducedAxesKept(part, x.shape, reduced) : part;
            }
            return scalar ? parts[0] : Joining.stack(name, parts, 0, null);
        } finally {
            if (!scalar) {
                for (Tensor part : parts) {
                    if (part != null) {
                        part.close();
                    }
                }
            }
        }
    }

    private static Tensor interpolate(Tensor sorted, long n, double q, boolean weak) {
        int last = sorted.ndim() - 1;
        double virtual = (n - 1) * q;
        double previous = Math.floor(virtual);
        // NumPy marks both neighbours of a q at the end as -1 (the last element), and its gamma is
        // then v - (-1): a harmless weight where a == b, but NaN when they are both infinite
        boolean atEnd = virtual >= n - 1;
        long i = atEnd ? n - 1 : (long) previous;
        double t = virtual - (atEnd ? -1 : previous);
        Tensor result;
        try (Tensor aView = element(sorted, last, i); Tensor bView = element(sorted, last, atEnd ? n - 1 : i + 1);
             Tensor a = weak ? aView.reshape(aView.shape()) : aView.astype(DType.FLOAT64);
             Tensor b = weak ? bView.reshape(bView.shape()) : bView.astype(DType.FLOAT64);
             Tensor difference = weak ? Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(bView), Arg.of(aView), null, null)
                     : differenceAsFloat64(aView, bView)) {
            boolean fromB = t >= 0.5;
            try (Tensor step = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(difference), Arg.of(fromB ? 1 - t : t),
                    null, null)) {
                result = Elementwise.binary(fromB ? BinaryOp.SUBTRACT : BinaryOp.ADD, Arg.of(fromB ? b : a),
                        Arg.of(step), null, null);
            }
        }
        return sorted.dtype().isFloatingPoint() ? withNanOfLine(sorted, result) : result;
    }

    /** b - a in the data's type, then as float64, as NumPy's {@code diff_b_a * t} with a float64 t. */
    private static Tensor differenceAsFloat64(Tensor a, Tensor b) {
        try (Tensor difference = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(b), Arg.of(a), null, null)) {
            return difference.astype(DType.FLOAT64);
        }
    }

    /** Element i of every line, without the line axis. */
    private static Tensor element(Tensor sorted, int last, long i) {
        try (Tensor one = sorted.slice(last, i, i + 1, 1)) {
            return one.squeeze(last);
        }
    }

    /** {@code result} where the sorted line ends in a number, that NaN where it ends in NaN. */
    private static Tensor withNanOfLine(Tensor sorted, Tensor result) {
        int last = sorted.ndim() - 1;
        try (result; Tensor end = element(sorted, last, sorted.shape()[last] - 1);
             Tensor nan = Elementwise.unary(UnaryOp.ISNAN, end, null, null)) {
            return Elementwise.where(nan, Arg.of(end), Arg.of(result));
        }
    }

    /** x with the reduced axes moved last and merged into one. */
    private static Tensor lines(Tensor x, int[] reduced) {
        int[] kept = Axes.complement(reduced, x.ndim());
        int[] order = new int[x.ndim()];
        long[] shape = new long[kept.length + 1];
        long length = 1;
        for (int k = 0; k < kept.length; k++) {
            order[k] = kept[k];
            shape[k] = x.shape[kept[k]];
        }
        for (int k = 0; k < reduced.length; k++) {
            order[kept.length + k] = reduced[k];
            length *= x.shape[reduced[k]];
        }
        shape[kept.length] = length;
        try (Tensor moved = x.transpose(order)) {
            return moved.reshape(shape);
        }
    }
}
