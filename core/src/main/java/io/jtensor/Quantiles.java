package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.ScanOp;
import io.jtensor.op.UnaryOp;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
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
     * {@code np.quantile(x, q, axes, keepdims, method)} of one q ({@code scalar}: a Python float,
     * so weak) or of several (a float64 array q: the result has q's length as a new first axis);
     * with {@code skipNan}, {@code np.nanquantile}: each line's quantile among its non-NaN values.
     */
    static Tensor quantile(String name, Tensor x, double[] q, boolean scalar, int[] axes, boolean keepdims,
                           QuantileMethod method, boolean skipNan) {
        return quantile(name, x, q, scalar, axes, keepdims, method, skipNan, null);
    }

    /**
     * {@link #quantile(String, Tensor, double[], boolean, int[], boolean, QuantileMethod, boolean)}
     * with NumPy's {@code _lerp} into an out of the float type {@code into} (null: no out): the
     * {@code a + (b - a) t} branch computed in its own type and cast to into, the
     * {@code b - (b - a)(1 - t)} branch computed in into, as NumPy's subtract with
     * {@code dtype=out.dtype}.
     */
    static Tensor quantile(String name, Tensor x, double[] q, boolean scalar, int[] axes, boolean keepdims,
                           QuantileMethod method, boolean skipNan, DType into) {
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(q, name + ": q is null");
        x.checkOpen(name);
        if (x.dtype == DType.BOOL && !method.discrete()) {
            throw new IllegalArgumentException(name + ": bool input is not supported with method '" + method
                    + "' (NumPy cannot subtract bools to interpolate); convert with astype(DType.INT64) or "
                    + "astype(DType.FLOAT64), or use a method that picks an element, such as 'lower'");
        }
        int[] reduced = Axes.normalizeAll(name, axes, x.ndim());
        if (skipNan && x.size() == 0) {
            // as NumPy, which hands an empty input to nanmean (q only checked)
            return NanReductions.reduce(ReduceOp.MEAN, name, x, reduced, keepdims);
        }
        Tensor[] parts = new Tensor[q.length];
        try (Tensor lines = lines(x, reduced); Tensor sorted = Sorting.sort(lines, -1)) {
            long n = sorted.shape()[sorted.ndim() - 1];
            // with an empty q NumPy still reads a float line's last element (its NaN check), so
            // refuses empty float lines, not integer ones
            if (n == 0 && (q.length > 0 || x.dtype.isFloatingPoint())) {
                throw new IndexOutOfBoundsException(name + ": cannot interpolate in an empty slice (x has shape "
                        + Shape.toString(x.shape) + ", reduced axes " + java.util.Arrays.toString(reduced) + ")");
            }
            long[] counts = skipNan && x.dtype.isFloatingPoint() && n > 0 ? validCounts(sorted) : null;
            if (q.length == 0) {
                // an empty q array: NumPy takes no quantile, so refuses no empty slice; its type is
                // the one of a non-empty q, x's after an all-NaN first line (see below)
                boolean firstAllNan = counts != null && counts.length > 0 && counts[0] == 0;
                return Creation.generate(x.backend(), method.discrete() || firstAllNan ? x.dtype : DType.FLOAT64,
                        emptyQShape(x.shape, reduced, keepdims), i -> 0);
            }
            for (int k = 0; k < q.length; k++) {
                Tensor part = counts == null ? atQuantile(sorted, n, q[k], scalar, method, into)
                        : atQuantileOfValid(sorted, counts, q[k], scalar, method);
                parts[k] = keepdims ? Reductions.withReducedAxesKept(part, x.shape, reduced) : part;
            }
            Tensor result = scalar ? parts[0] : Joining.stack(name, parts, 0, null);
            if (counts != null && counts.length > 0 && counts[0] == 0 && result.dtype != x.dtype) {
                // NumPy's apply_along_axis types the result after the first line, whose all-NaN
                // answer has the data's type
                try (result) {
                    return result.astype(x.dtype);
                }
            }
            return result;
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

    /** {@code (0,)} followed by the shape of x reduced over {@code reduced} (size 1 there with keepdims). */
    private static long[] emptyQShape(long[] shape, int[] reduced, boolean keepdims) {
        java.util.Set<Integer> axes = java.util.Arrays.stream(reduced).boxed().collect(java.util.stream.Collectors.toSet());
        java.util.stream.LongStream.Builder result = java.util.stream.LongStream.builder().add(0);
        for (int i = 0; i < shape.length; i++) {
            if (!axes.contains(i)) {
                result.add(shape[i]);
            } else if (keepdims) {
                result.add(1);
            }
        }
        return result.build().toArray();
    }

    /** The quantile of every line of n values, NaN where a line holds NaN. */
    private static Tensor atQuantile(Tensor sorted, long n, double q, boolean weak, QuantileMethod method,
                                     DType into) {
        int last = sorted.ndim() - 1;
        QuantileMethod.Position at = method.position(n, q);
        Tensor result;
        try (Tensor a = element(sorted, last, at.previous())) {
            if (at.discrete()) {
                result = a.copy();
            } else {
                double t = at.gamma();
                try (Tensor b = element(sorted, last, at.next());
                     Tensor fromB = Creation.scalar(sorted.backend(), DType.BOOL, true, t >= 0.5 ? 1 : 0, 0)) {
                    result = lerp(a, b, Arg.of(t), Arg.of(1 - t), fromB, weak, into);
                }
            }
        }
        return sorted.dtype().isFloatingPoint() ? withNanOfLine(sorted, result) : result;
    }

    /**
     * The quantile of the first {@code counts[i]} values of every line i (the non-NaN ones, which
     * sort first), NaN for a line of none: NumPy's {@code _nanquantile_1d} line by line. The
     * neighbours and weights differ per line, so they are computed here and gathered on the device.
     */
    private static Tensor atQuantileOfValid(Tensor sorted, long[] counts, double q, boolean weak,
                                            QuantileMethod method) {
        int lines = counts.length;
        long[] previous = new long[lines];
        long[] next = new long[lines];
        double[] t = new double[lines];
        double[] u = new double[lines];
        boolean[] fromB = new boolean[lines];
        boolean[] none = new boolean[lines];
        for (int i = 0; i < lines; i++) {
            if (counts[i] == 0) {
                none[i] = true;
                continue;
            }
            QuantileMethod.Position at = method.position(counts[i], q);
            previous[i] = at.previous();
            next[i] = at.next();
            t[i] = at.gamma();
            u[i] = 1 - at.gamma();
            fromB[i] = at.gamma() >= 0.5;
        }
        long[] lineShape = lineShape(sorted);
        Tensor result;
        try (Tensor a = gather(sorted, previous, lineShape)) {
            if (method.discrete()) {
                result = a.copy();
            } else {
                DType weight = weak && sorted.dtype().isFloatingPoint() ? sorted.dtype() : DType.FLOAT64;
                try (Tensor b = gather(sorted, next, lineShape);
                     Tensor tWeights = perLine(sorted, t, lineShape, weight);
                     Tensor uWeights = perLine(sorted, u, lineShape, weight);
                     Tensor high = mask(sorted, fromB, lineShape)) {
                    result = lerp(a, b, Arg.of(tWeights), Arg.of(uWeights), high, weak, null);
                }
            }
        }
        return withNanWhere(sorted, none, lineShape, result);
    }

    /**
     * {@code np.nanmedian(x, axes, keepdims)}: the median of each line's non-NaN values, NaN for a
     * line of none. As NumPy, the middle two are averaged in the data's type, and where NumPy takes
     * its masked-array path (some axis kept, lines shorter than 600) an odd count averages the
     * middle element with itself, which overflows to infinity above half the largest value.
     */
    static Tensor nanmedian(Tensor x, int[] axes, boolean keepdims) {
        Objects.requireNonNull(x, "nanmedian: x is null");
        x.checkOpen("nanmedian");
        if (!x.dtype.isFloatingPoint()) {
            return median(x, axes, keepdims);
        }
        int[] reduced = Axes.normalizeAll("nanmedian", axes, x.ndim());
        if (x.size() == 0) {
            return NanReductions.reduce(ReduceOp.MEAN, "nanmedian", x, reduced, keepdims);
        }
        Tensor result;
        try (Tensor lines = lines(x, reduced); Tensor sorted = Sorting.sort(lines, -1)) {
            long[] counts = validCounts(sorted);
            boolean oddIsElement = reduced.length == x.ndim() || sorted.shape()[sorted.ndim() - 1] >= 600;
            long[] low = new long[counts.length];
            long[] high = new long[counts.length];
            boolean[] odd = new boolean[counts.length];
            boolean[] none = new boolean[counts.length];
            for (int i = 0; i < counts.length; i++) {
                long half = counts[i] / 2;
                none[i] = counts[i] == 0;
                odd[i] = oddIsElement && counts[i] % 2 == 1;
                high[i] = half;
                low[i] = counts[i] % 2 == 1 || none[i] ? half : half - 1;
            }
            long[] lineShape = lineShape(sorted);
            try (Tensor a = gather(sorted, low, lineShape); Tensor b = gather(sorted, high, lineShape);
                 Tensor sum = Elementwise.binary(BinaryOp.ADD, Arg.of(a), Arg.of(b), null, null);
                 Tensor mean = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(sum), Arg.of(2.0), null, null);
                 Tensor element = mask(sorted, odd, lineShape)) {
                result = withNanWhere(sorted, none, lineShape,
                        Elementwise.where(element, Arg.of(b), Arg.of(mean)));
            }
        }
        return keepdims ? Reductions.withReducedAxesKept(result, x.shape, reduced) : result;
    }

    /**
     * NumPy's {@code _lerp}: {@code a + (b - a) t}, or {@code b - (b - a) u} with u = 1 - t where
     * {@code fromB} (t &ge; 0.5). Weak (a Python float q): in the data's type; else in float64.
     * {@code into} (null: none) is out's float type: the first branch is cast to it, the second
     * computed in it.
     */
    private static Tensor lerp(Tensor a, Tensor b, Arg t, Arg u, Tensor fromB, boolean weak, DType into) {
        try (Tensor difference = weak ? Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(b), Arg.of(a), null, null)
                     : differenceAsFloat64(a, b);
             Tensor start = weak ? a.copy() : a.astype(DType.FLOAT64);
             Tensor up = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(difference), t, null, null);
             Tensor down = Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(difference), u, null, null);
             Tensor fromStart = Elementwise.binary(BinaryOp.ADD, Arg.of(start), Arg.of(up), null, null)) {
            DType type = into == null ? fromStart.dtype : into;
            try (Tensor end = weak && into == null ? b.copy() : b.astype(type);
                 Tensor downIn = into == null ? down.copy() : down.astype(type);
                 Tensor fromEnd = Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(end), Arg.of(downIn), null, null);
                 Tensor startIn = fromStart.astype(type)) {
                return Elementwise.where(fromB, Arg.of(fromEnd), Arg.of(startIn));
            }
        }
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

    /** How many values of each sorted line are not NaN (they come first), as one host array. */
    private static long[] validCounts(Tensor sorted) {
        int last = sorted.ndim() - 1;
        try (Tensor nan = Elementwise.unary(UnaryOp.ISNAN, sorted, null, null);
             Tensor valid = Elementwise.unary(UnaryOp.LOGICAL_NOT, nan, null, null);
             Tensor counts = Reductions.reduce(ReduceOp.SUM, valid, new int[] {last}, false, 0, "nanquantile")) {
            return counts.toLongArray();
        }
    }

    /** The shape of a sorted tensor without its line axis. */
    private static long[] lineShape(Tensor sorted) {
        return java.util.Arrays.copyOf(sorted.shape(), sorted.ndim() - 1);
    }

    /** Element {@code index[i]} of every line i. */
    private static Tensor gather(Tensor sorted, long[] index, long[] lineShape) {
        long[] shape = java.util.Arrays.copyOf(lineShape, lineShape.length + 1);
        shape[lineShape.length] = 1;
        try (Tensor positions = Creation.fromHost(sorted.backend(), DType.INT64, MemorySegment.ofArray(index), shape);
             Tensor taken = Indexing.takeAlongAxis(sorted, positions, lineShape.length)) {
            return taken.squeeze(lineShape.length);
        }
    }

    /** One value per line, of type {@code type}. */
    private static Tensor perLine(Tensor sorted, double[] values, long[] lineShape, DType type) {
        try (Tensor doubles = Creation.fromDoubles(sorted.backend(), values, lineShape)) {
            return doubles.astype(type);
        }
    }

    /** One bool per line. */
    private static Tensor mask(Tensor sorted, boolean[] values, long[] lineShape) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) (values[i] ? 1 : 0);
        }
        return Creation.fromHost(sorted.backend(), DType.BOOL, MemorySegment.ofArray(bytes), lineShape);
    }

    /** {@code result} with NaN on the lines marked {@code none}. */
    private static Tensor withNanWhere(Tensor sorted, boolean[] none, long[] lineShape, Tensor result) {
        try (result; Tensor empty = mask(sorted, none, lineShape)) {
            return Elementwise.where(empty, Arg.of(Double.NaN), Arg.of(result));
        }
    }

    /** x with the reduced axes moved last and merged into one. */
    /**
     * NumPy's weighted quantile (method "inverted_cdf", the only one that takes weights): along
     * each line x is stably sorted with its weights, their float64 running sums are divided by the
     * total, and the first element whose running share reaches q is taken (a share of 0, from
     * leading zero weights, never does); a line holding NaN gives NaN. The result has x's type.
     * With {@code skipNan} (nanquantile) NaN elements are dropped with their weights instead: their
     * weights count as 0, an all-NaN line gives NaN, and an empty x gives nanmean's NaN.
     */
    static Tensor weighted(String name, Tensor x, double[] q, boolean scalar, int[] axes, boolean keepdims,
                           String method, Tensor weights, boolean skipNan) {
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(weights, name + ": weights is null");
        x.checkOpen(name);
        weights.checkOpen(name);
        Elementwise.commonBackend(name, java.util.List.of(x, weights));
        if (!"inverted_cdf".equals(method)) {
            throw new IllegalArgumentException(name + ": only method 'inverted_cdf' supports weights, got '" + method
                    + "' (NumPy's ValueError)");
        }
        int[] reduced = Axes.normalizeAll(name, axes, x.ndim());
        try (Temporaries t = new Temporaries()) {
            Tensor w = t.add(fittedWeights(name, x, weights, axes, reduced));
            if (w.size() > 0 && t.add(Reductions.reduce(ReduceOp.MIN, w, null, false, 0, name)).toDoubleArray()[0] < 0) {
                throw new IllegalArgumentException(name + ": weights must be non-negative");
            }
            boolean dropNan = skipNan && x.dtype.isFloatingPoint();
            if (skipNan && x.size() == 0) {
                return quantile(name, x, q, scalar, axes, keepdims, QuantileMethod.of(name, method), true);
            }
            if (dropNan) {
                w = t.add(Elementwise.where(t.add(Elementwise.unary(UnaryOp.ISNAN, x, null, null)), Arg.of(0.0),
                        Arg.of(w)));
            }
            Tensor xl = t.add(lines(x, reduced));
            Tensor wl = t.add(lines(w, reduced));
            int last = xl.ndim() - 1;
            long n = xl.shape()[last];
            if (n == 0) {
                throw new IndexOutOfBoundsException(name + ": cannot take a weighted quantile of an empty slice (x has "
                        + "shape " + Shape.toString(x.shape) + ", reduced axes " + Arrays.toString(reduced) + ")");
            }
            Tensor order = t.add(Sorting.argsort(xl, last));
            Tensor sortedX = t.add(Indexing.takeAlongAxis(xl, order, last));
            Tensor sortedW = t.add(Indexing.takeAlongAxis(wl, order, last));
            Tensor cdf = t.add(TypedReductions.scan(name, ScanOp.CUMSUM, sortedW, last, DType.FLOAT64, null));
            Tensor share = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(cdf), Arg.of(t.add(cdf.slice(last, n - 1, n,
                    1))), null, null));
            Tensor lastShare = t.add(share.slice(last, n - 1, n, 1));
            // NaN sorts last: a line holds NaN when its last element is NaN, only NaN when its first is
            long nanAt = dropNan ? 0 : n - 1;
            Tensor nanLine = x.dtype.isFloatingPoint() ? t.add(Elementwise.unary(UnaryOp.ISNAN,
                    t.add(sortedX.slice(last, nanAt, nanAt + 1, 1)), null, null)) : null;
            Tensor badWeights = t.add(Elementwise.unary(UnaryOp.ISNAN, lastShare, null, null));
            if (dropNan) {
                badWeights = t.add(Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(badWeights),
                        Arg.of(t.add(Elementwise.unary(UnaryOp.LOGICAL_NOT, nanLine, null, null))), null, null));
            }
            if (t.add(Reductions.reduce(ReduceOp.ANY, badWeights, null, false, 0, name)).toBooleanArray()[0]) {
                throw new IllegalArgumentException(name + ": weights included NaN, inf or were all zero (in some line"
                        + (dropNan ? ", NaN elements and their weights dropped" : "") + ")");
            }
            Tensor shifted = t.add(Elementwise.where(t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(share), Arg.of(0.0),
                    null, null)), Arg.of(-1.0), Arg.of(share)));
            Tensor[] parts = new Tensor[q.length];
            long[] lineShape = Arrays.copyOf(xl.shape(), last);
            for (int k = 0; k < q.length; k++) {
                Tensor below = t.add(Elementwise.binary(BinaryOp.LESS, Arg.of(shifted), Arg.of(q[k]), null, null));
                Tensor count = t.add(Reductions.reduce(ReduceOp.SUM, below, new int[] {last}, true, 0, name));
                Tensor index = t.add(Elementwise.binary(BinaryOp.MINIMUM, Arg.of(count), Arg.of(n - 1), null, null));
                Tensor picked = t.add(Indexing.takeAlongAxis(sortedX, index, last));
                if (nanLine != null) {
                    picked = t.add(Elementwise.where(nanLine, Arg.of(Double.NaN), Arg.of(picked)));
                }
                Tensor part = t.add(picked.reshape(lineShape));
                parts[k] = keepdims ? t.add(Reductions.withReducedAxesKept(part, x.shape, reduced)) : part;
            }
            if (scalar) {
                return parts[0].reshape(parts[0].shape());
            }
            return q.length == 0 ? Tensor.allocate(x.backend(), x.dtype, emptyQShape(x.shape, reduced, keepdims))
                    : Joining.stack(name, parts, 0, null);
        }
    }

    /**
     * NumPy's {@code _weights_are_valid}: weights of x's shape, or (with axes given) of the shape of
     * x along those axes in their order, placed along them; broadcast to x's shape.
     */
    private static Tensor fittedWeights(String name, Tensor x, Tensor weights, int[] axes, int[] reduced) {
        if (Arrays.equals(weights.shape, x.shape)) {
            return weights.reshape(weights.shape);
        }
        if (axes == null) {
            throw new IllegalArgumentException(name + ": give the axes when the shapes of x " + Shape.toString(x.shape)
                    + " and weights " + Shape.toString(weights.shape) + " differ (NumPy's TypeError)");
        }
        long[] expected = new long[axes.length];
        int[] given = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            given[i] = Axes.normalize(name, axes[i], x.ndim());
            expected[i] = x.shape[given[i]];
        }
        if (!Arrays.equals(weights.shape, expected)) {
            throw new IllegalArgumentException(name + ": weights of shape " + Shape.toString(weights.shape)
                    + " are not consistent with x's shape " + Shape.toString(x.shape) + " along axes "
                    + Arrays.toString(axes) + " (expected " + Shape.toString(expected) + " or x's shape)");
        }
        Integer[] byAxis = new Integer[axes.length];
        for (int i = 0; i < axes.length; i++) {
            byAxis[i] = i;
        }
        Arrays.sort(byAxis, (i, j) -> Integer.compare(given[i], given[j]));
        int[] permutation = Arrays.stream(byAxis).mapToInt(Integer::intValue).toArray();
        long[] placed = new long[x.ndim()];
        Arrays.fill(placed, 1);
        for (int d : reduced) {
            placed[d] = x.shape[d];
        }
        try (Tensor ordered = weights.transpose(permutation); Tensor shaped = ordered.reshape(placed)) {
            return shaped.broadcastTo(x.shape);
        }
    }

    static Tensor lines(Tensor x, int[] reduced) {
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
