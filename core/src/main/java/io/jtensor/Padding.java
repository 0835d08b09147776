package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.pad} with the modes {@code constant}, {@code edge}, {@code reflect},
 * {@code symmetric} and {@code wrap}. A constant pad is a filled tensor with x copied into its
 * middle; the other modes gather along each padded axis in turn ({@link Indexing#take}) with
 * positions computed on the host. NumPy pads wider than the axis by repeating the reflection
 * (or wrap) round after round; that is the periodic index used here: reflect has period
 * 2(n-1), symmetric 2n, wrap n, and a length-1 axis reflects as its edge (NumPy's legacy rule).
 * {@code reflect_type="odd"} is not periodic (each round reflects about the value it reaches), so
 * it follows NumPy's rounds ({@code _set_reflect_both}) with slices and {@code 2·edge - chunk}.
 * {@code linear_ramp} is NumPy's linspace from each end value to the edge, axis after axis.
 */
final class Padding {

    private static final String MODES = "\"constant\", \"edge\", \"linear_ramp\", \"reflect\", \"symmetric\","
            + " \"wrap\", \"maximum\", \"minimum\", \"mean\" or \"median\"";
    private static final List<String> STATISTICS = List.of("maximum", "minimum", "mean", "median");

    private Padding() {
    }

    /**
     * {@code np.pad(x, padWidth, mode, constant_values=constant)}. {@code padWidth} has one
     * {@code {before, after}} (or {@code {both}}) pair per axis, or a single pair for every axis.
     */
    static Tensor pad(Tensor x, int[][] padWidth, String mode, double constant) {
        return pad(x, padWidth, mode, constant, null);
    }

    /**
     * As {@link #pad(Tensor, int[][], String, double)}; {@code statLength} (null: the whole axis)
     * bounds the edge region the statistic modes read, one {@code {before, after}} pair per axis or one
     * for all.
     */
    static Tensor pad(Tensor x, int[][] padWidth, String mode, double constant, int[][] statLength) {
        Objects.requireNonNull(x, "pad: x is null");
        Objects.requireNonNull(padWidth, "pad: padWidth is null");
        Objects.requireNonNull(mode, "pad: mode is null");
        x.checkOpen("pad");
        if (!Arrays.asList("constant", "edge", "linear_ramp", "reflect", "symmetric", "wrap").contains(mode)
                && !STATISTICS.contains(mode)) {
            throw new IllegalArgumentException("pad: mode \"" + mode + "\" is not supported (valid: " + MODES + ")");
        }
        if (statLength != null && !STATISTICS.contains(mode)) {
            throw new IllegalArgumentException("pad: statLength is only read by the modes \"maximum\", \"minimum\","
                    + " \"mean\" and \"median\", not \"" + mode + "\"");
        }
        if (mode.equals("linear_ramp")) {
            return linearRamp(x, padWidth, new double[][] {{0}});
        }
        long[][] widths = pairs("padWidth", padWidth, x.ndim());
        long[][] lengths = statLength == null ? null : pairs("statLength", statLength, x.ndim());
        long[] shape = paddedShape(x, widths, mode);
        if (mode.equals("constant") || STATISTICS.contains(mode)) {
            Tensor result = Elementwise.full(x.backend(), shape, mode.equals("constant") ? constantFor(x.dtype, constant)
                    : constant, x.dtype);
            try (Temporaries t = new Temporaries()) {
                Elementwise.copyInto("pad", x, region(t, result, x.shape, widths, 0));
                if (STATISTICS.contains(mode) && x.size() > 0) {
                    for (int d = 0; d < shape.length; d++) {
                        padWithStatistic(t, result, x.shape, widths, d, mode, lengths == null ? null : lengths[d]);
                    }
                }
                return result;
            } catch (RuntimeException | Error e) {
                result.close();
                throw e;
            }
        }
        try (Temporaries t = new Temporaries()) {
            Tensor padded = x;
            for (int d = 0; d < shape.length; d++) {
                long before = widths[d][0];
                long length = x.shape[d];
                if (before == 0 && widths[d][1] == 0) {
                    continue;
                }
                Tensor positions = t.add(Creation.generateIntegers(x.backend(), DType.INT64, new long[] {shape[d]},
                        i -> source(mode, i - before, length)));
                padded = t.add(Indexing.take(padded, positions, d));
            }
            return padded == x ? Elementwise.converted("pad", x, x.dtype) : padded.reshape(padded.shape);
        }
    }

    /**
     * {@code np.pad(x, padWidth, mode, reflect_type=reflectType)} for mode "reflect" or "symmetric";
     * "even" is {@link #pad(Tensor, int[][], String, double)}.
     */
    static Tensor pad(Tensor x, int[][] padWidth, String mode, String reflectType) {
        Objects.requireNonNull(reflectType, "pad: reflectType is null");
        if (!mode.equals("reflect") && !mode.equals("symmetric")) {
            throw new IllegalArgumentException("pad: reflectType is only read by the modes \"reflect\" and"
                    + " \"symmetric\", not \"" + mode + "\"");
        }
        if (reflectType.equals("even")) {
            return pad(x, padWidth, mode, 0.0);
        }
        if (!reflectType.equals("odd")) {
            throw new IllegalArgumentException("pad: reflectType \"" + reflectType
                    + "\" is not supported (valid: \"even\" or \"odd\")");
        }
        x.checkOpen("pad");
        long[][] widths = pairs("padWidth", padWidth, x.ndim());
        long[] shape = paddedShape(x, widths, mode);
        Tensor result = Elementwise.full(x.backend(), shape, 0, x.dtype);
        try (Temporaries t = new Temporaries()) {
            Elementwise.copyInto("pad", x, region(t, result, x.shape, widths, 0));
            for (int d = 0; d < shape.length; d++) {
                Tensor roi = region(t, result, x.shape, widths, d + 1);
                reflectOdd(t, roi, d, widths[d][0], widths[d][1], x.shape[d], mode.equals("symmetric"));
            }
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /**
     * {@code np.pad(x, padWidth, "linear_ramp", end_values=endValues)}: one {@code {value}}, one
     * {@code {before, after}} pair, or one (pair or value) per axis.
     */
    static Tensor linearRamp(Tensor x, int[][] padWidth, double[][] endValues) {
        Objects.requireNonNull(x, "pad: x is null");
        Objects.requireNonNull(padWidth, "pad: padWidth is null");
        Objects.requireNonNull(endValues, "pad: endValues is null");
        x.checkOpen("pad");
        long[][] widths = pairs("padWidth", padWidth, x.ndim());
        double[][] ends = endPairs(endValues, x.ndim());
        long[] shape = paddedShape(x, widths, "linear_ramp");
        // NumPy's _as_pairs keeps one value or one pair as NumPy scalars, whose float64 makes
        // linspace compute in float64; per-axis values become Python floats, weak beside float32
        // and float16
        DType compute = (x.dtype == DType.FLOAT32 || x.dtype == DType.FLOAT16) && endValues.length > 1 ? x.dtype
                : DType.FLOAT64;
        Tensor result = Elementwise.full(x.backend(), shape, 0, x.dtype);
        try (Temporaries t = new Temporaries()) {
            Elementwise.copyInto("pad", x, region(t, result, x.shape, widths, 0));
            if (x.size() == 0) {
                return result;
            }
            for (int d = 0; d < shape.length; d++) {
                Tensor roi = region(t, result, x.shape, widths, d + 1);
                long length = roi.shape[d];
                long left = widths[d][0];
                long right = widths[d][1];
                if (left > 0) {
                    Tensor ramp = ramp(t, roi.slice(d, left, left + 1, 1), d, left, ends[d][0], compute);
                    Elementwise.copyInto("pad", ramp, t.add(roi.slice(d, 0, left, 1)));
                }
                if (right > 0) {
                    Tensor ramp = ramp(t, roi.slice(d, length - right - 1, length - right, 1), d, right, ends[d][1],
                            compute);
                    Elementwise.copyInto("pad", ramp, t.add(roi.slice(d, length - 1, length - right - 1, -1)));
                }
            }
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /**
     * NumPy's {@code linspace(end, edge, width, endpoint=False)} along axis d in {@code compute}:
     * {@code end + i·step} with {@code step = (edge - end) / width}, or {@code end + (i / width)·delta}
     * when any line's step is 0 (NumPy's guard for subnormal steps, decided over all lines);
     * floored for an integer x, which the copy then converts.
     */
    private static Tensor ramp(Temporaries t, Tensor edgeView, int d, long width, double end, DType compute) {
        Tensor edge = t.add(Elementwise.converted("pad", t.add(edgeView), compute));
        Tensor delta = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(edge), Arg.of(end), null, null));
        Tensor step = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(delta), Arg.of(width), null, null));
        long[] along = new long[edge.ndim()];
        Arrays.fill(along, 1);
        along[d] = width;
        Tensor i = t.add(t.add(Creation.arange(edge.backend(), 0, width, 1, compute)).reshape(along));
        Tensor zero = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(step), Arg.of(0L), null, null));
        boolean anyStepZero = t.add(Reductions.reduce(ReduceOp.ANY, zero, null, false, 0, "pad")).toBooleanArray()[0];
        Tensor y = anyStepZero
                ? t.add(Elementwise.binary(BinaryOp.MULTIPLY,
                        Arg.of(t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(i), Arg.of(width), null, null))),
                        Arg.of(delta), null, null))
                : t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(i), Arg.of(step), null, null));
        y = t.add(Elementwise.binary(BinaryOp.ADD, Arg.of(y), Arg.of(end), null, null));
        return edgeView.dtype.isInteger() ? t.add(Elementwise.unary(UnaryOp.FLOOR, y, null, null)) : y;
    }

    /** NumPy's {@code _as_pairs(end_values, ndim)}: one value, one pair, or one value or pair per axis. */
    private static double[][] endPairs(double[][] values, int ndim) {
        if (values.length != 1 && values.length != ndim) {
            throw new IllegalArgumentException("pad: endValues has " + values.length + " pairs but x has " + ndim
                    + " dimensions (give one value or pair, or one per axis)");
        }
        double[][] pairs = new double[ndim][];
        for (int d = 0; d < ndim; d++) {
            double[] pair = Objects.requireNonNull(values[values.length == 1 ? 0 : d], "pad: endValues has a null pair");
            if (pair.length != 1 && pair.length != 2) {
                throw new IllegalArgumentException("pad: each endValues pair must be {before, after} or {both}, got "
                        + Arrays.toString(pair));
            }
            pairs[d] = new double[] {pair[0], pair[pair.length - 1]};
        }
        return pairs;
    }

    /**
     * Pads axis d of roi (original along d between the pads {@code left} and {@code right}) round
     * after round as NumPy's {@code _set_reflect_both} with method "odd": each round copies at most
     * the whole periods already there, mirrored about the current outermost value and negated about
     * it, {@code 2·edge - chunk} in the tensor's type. A length-1 axis is padded with its edge.
     */
    private static void reflectOdd(Temporaries t, Tensor roi, int d, long left, long right, long n,
                                   boolean includeEdge) {
        long length = roi.shape[d];
        if (n == 1) {
            Tensor edge = t.add(roi.slice(d, left, left + 1, 1));
            Elementwise.copyInto("pad", edge, t.add(roi.slice(d, 0, left, 1)));
            Elementwise.copyInto("pad", edge, t.add(roi.slice(d, left + 1, length, 1)));
            return;
        }
        long edgeOffset = includeEdge ? 1 : 0;
        while (left > 0 || right > 0) {
            long filled = length - right - left;
            long period = includeEdge ? filled / n * n : (filled - 1) / (n - 1) * (n - 1);
            if (left > 0) {
                long chunk = Math.min(period, left);
                long stop = left - edgeOffset;
                Tensor reflected = t.add(roi.slice(d, stop + chunk, stop, -1));
                Tensor edge = t.add(roi.slice(d, left, left + 1, 1));
                Elementwise.copyInto("pad", negatedAbout(t, edge, reflected), t.add(roi.slice(d, left - chunk, left, 1)));
                left -= chunk;
            }
            if (right > 0) {
                long chunk = Math.min(period, right);
                long start = -right + edgeOffset - 2;
                Tensor reflected = t.add(roi.slice(d, start, start - chunk, -1));
                Tensor edge = t.add(roi.slice(d, length - right - 1, length - right, 1));
                Elementwise.copyInto("pad", negatedAbout(t, edge, reflected),
                        t.add(roi.slice(d, length - right, length - right + chunk, 1)));
                right -= chunk;
            }
        }
    }

    /** {@code 2 * edge - chunk} with NumPy's types (a weak 2; bool becomes int64). */
    private static Tensor negatedAbout(Temporaries t, Tensor edge, Tensor chunk) {
        Tensor twice = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(2L), Arg.of(edge), null, null));
        return t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(twice), Arg.of(chunk), null, null));
    }

    /**
     * NumPy's {@code _get_stats} and {@code _set_pad_area} for axis d: in the region that is padded
     * along the axes before d and original along the axes after it ({@code _view_roi}), the statistic
     * of the first (last) {@code length} original elements along d fills the pad before (after)
     * them; integer types round it half to even first, and it is cast as NumPy's assignment casts.
     */
    private static void padWithStatistic(Temporaries t, Tensor result, long[] original, long[][] widths, int d,
                                         String mode, long[] length) {
        long before = widths[d][0];
        long after = widths[d][1];
        if (before == 0 && after == 0) {
            return;
        }
        Tensor roi = region(t, result, original, widths, d + 1);
        long n = original[d];
        long leftLength = length == null || length[0] > n ? n : length[0];
        long rightLength = length == null || length[1] > n ? n : length[1];
        if ((leftLength == 0 || rightLength == 0) && (mode.equals("maximum") || mode.equals("minimum"))) {
            throw new IllegalArgumentException("pad: a statLength of 0 leaves no value for mode \"" + mode + "\"");
        }
        Tensor leftStatistic = statistic(t, roi.slice(d, before, before + leftLength, 1), d, mode, result.dtype);
        Tensor rightStatistic = leftLength == n && rightLength == n ? leftStatistic
                : statistic(t, roi.slice(d, before + n - rightLength, before + n, 1), d, mode, result.dtype);
        Elementwise.copyInto("pad", leftStatistic, t.add(roi.slice(d, 0, before, 1)));
        Elementwise.copyInto("pad", rightStatistic, t.add(roi.slice(d, before + n, before + n + after, 1)));
    }

    private static Tensor statistic(Temporaries t, Tensor chunk, int d, String mode, DType type) {
        t.add(chunk);
        int[] axis = {d};
        Tensor value = t.add(switch (mode) {
            case "maximum" -> Reductions.reduce(ReduceOp.MAX, chunk, axis, true, 0, "pad");
            case "minimum" -> Reductions.reduce(ReduceOp.MIN, chunk, axis, true, 0, "pad");
            case "mean" -> Reductions.reduce(ReduceOp.MEAN, chunk, axis, true, 0, "pad");
            default -> Quantiles.median(chunk, axis, true);
        });
        return type.isInteger() && value.dtype.isFloatingPoint()
                ? t.add(Elementwise.unary(UnaryOp.ROUND, value, null, null)) : value;
    }

    /** The position in [0, n) that position i (negative before the axis, n or more after it) copies. */
    static long source(String mode, long i, long n) {
        return switch (mode) {
            case "edge" -> Math.min(Math.max(i, 0), n - 1);
            case "wrap" -> Math.floorMod(i, n);
            case "reflect" -> {
                if (n == 1) {
                    yield 0;
                }
                long period = 2 * (n - 1);
                long m = Math.floorMod(i, period);
                yield m < n ? m : period - m;
            }
            case "symmetric" -> {
                long period = 2 * n;
                long m = Math.floorMod(i, period);
                yield m < n ? m : period - 1 - m;
            }
            default -> throw new IllegalStateException("pad: mode " + mode);
        };
    }

    /**
     * The view of the padded result that is original (not pad) along the axes from {@code first}
     * on: from 0 the place of x itself, from d + 1 NumPy's {@code _view_roi} for axis d.
     */
    private static Tensor region(Temporaries t, Tensor result, long[] original, long[][] widths, int first) {
        Tensor view = result;
        for (int axis = first; axis < original.length; axis++) {
            view = t.add(view.slice(axis, widths[axis][0], widths[axis][0] + original[axis], 1));
        }
        return view;
    }

    /**
     * The constant as NumPy's pad stores it in an integer x: truncated toward zero; a signed type
     * refuses a value outside its range (NumPy's OverflowError), an unsigned one wraps it as a C cast
     * ({@code -1.0} pads a uint8 tensor with 255, as NumPy); NaN and infinities are refused.
     */
    private static double constantFor(DType type, double constant) {
        if (!type.isInteger()) {
            return constant;
        }
        if (!Double.isFinite(constant)) {
            throw new IllegalArgumentException("pad: cannot convert the constant " + constant + " to "
                    + type.numpyName());
        }
        double truncated = DType.truncate(constant);
        if (type.isUnsigned() && DType.INT64.holdsTruncated(truncated)) {
            return type.wrap((long) truncated);
        }
        if (!type.holdsTruncated(truncated)) {
            throw new IllegalArgumentException("pad: the constant " + constant + " is out of bounds for "
                    + type.numpyName() + " (valid: " + type.minValue() + " to " + type.maxValue() + ")");
        }
        return truncated;
    }

    /** x's shape with the pads added; an empty axis can only take constant pads. */
    private static long[] paddedShape(Tensor x, long[][] widths, String mode) {
        long[] shape = x.shape.clone();
        for (int d = 0; d < shape.length; d++) {
            shape[d] = Math.addExact(shape[d], Math.addExact(widths[d][0], widths[d][1]));
            if (!mode.equals("constant") && x.shape[d] == 0 && (widths[d][0] > 0 || widths[d][1] > 0)) {
                throw new IllegalArgumentException("pad: can't extend empty axis " + d + " of x with shape "
                        + Shape.toString(x.shape) + " in mode \"" + mode + "\" (only \"constant\" can)");
            }
        }
        return shape;
    }

    /** NumPy's {@code _as_pairs(pad_width, ndim, as_index=True)}: one (before, after) per axis. */
    private static long[][] pairs(String role, int[][] padWidth, int ndim) {
        if (padWidth.length != 1 && padWidth.length != ndim) {
            throw new IllegalArgumentException("pad: " + role + " has " + padWidth.length + " pairs but x has " + ndim
                    + " dimensions (give one pair per axis, or one pair for all)");
        }
        for (int[] pair : padWidth) {
            Objects.requireNonNull(pair, "pad: " + role + " has a null pair");
            if (pair.length != 1 && pair.length != 2) {
                throw new IllegalArgumentException("pad: each " + role + " pair must be {before, after} or {both}, got "
                        + Arrays.toString(pair));
            }
            if (pair[0] < 0 || pair[pair.length - 1] < 0) {
                throw new IllegalArgumentException("pad: " + role + " values must not be negative, got "
                        + Arrays.toString(pair));
            }
        }
        long[][] widths = new long[ndim][];
        for (int d = 0; d < ndim; d++) {
            int[] pair = padWidth[padWidth.length == 1 ? 0 : d];
            widths[d] = new long[] {pair[0], pair[pair.length - 1]};
        }
        return widths;
    }
}
