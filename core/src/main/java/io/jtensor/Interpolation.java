package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.List;
import java.util.Objects;

/**
 * {@code np.interp}: one-dimensional piecewise-linear interpolation in float64, with NumPy's
 * arithmetic ({@code numpy/_core/src/multiarray/compiled_base.c}, {@code arr_interp}) so the
 * results are NumPy's bit for bit. The interval of each x is found by {@code searchsorted} (side
 * right, minus one: NumPy's {@code binary_search_with_guess} on increasing xp), then
 * {@code slope * (x - xp[j]) + fp[j]} with {@code slope = (fp[j+1] - fp[j]) / (xp[j+1] - xp[j])},
 * each step its own ufunc so no backend fuses it into an FMA; NumPy's special cases are then
 * applied in reverse order of precedence with {@code where}.
 */
final class Interpolation {

    private Interpolation() {
    }

    /**
     * {@code np.interp(x, xp, fp, period=period)} as NumPy's code: x and xp taken modulo |period|,
     * xp sorted (fp with it) and extended by its last point one period down and its first one
     * period up, then the plain interpolation (left and right do not apply).
     */
    static Tensor interpPeriodic(Tensor x, Tensor xp, Tensor fp, double period) {
        String name = "interp";
        if (period == 0) {
            throw new IllegalArgumentException("interp: period must be a non-zero value, got " + period);
        }
        long n = checkPoints(x, xp, fp);
        double p = Math.abs(period);
        try (Temporaries t = new Temporaries()) {
            Tensor xs = t.add(binary(BinaryOp.REMAINDER, Arg.of(t.add(Elementwise.contiguous(name, x, DType.FLOAT64))),
                    Arg.of(p)));
            Tensor xps = t.add(binary(BinaryOp.REMAINDER, Arg.of(t.add(Elementwise.contiguous(name, xp, DType.FLOAT64))),
                    Arg.of(p)));
            Tensor order = t.add(Sorting.argsort(xps, 0));
            Tensor sortedX = t.add(Indexing.take(xps, order, 0));
            Tensor sortedF = t.add(Indexing.take(t.add(Elementwise.contiguous(name, fp, DType.FLOAT64)), order, 0));
            Tensor below = t.add(binary(BinaryOp.SUBTRACT, Arg.of(t.add(sortedX.slice(0, n - 1, n, 1))), Arg.of(p)));
            Tensor above = t.add(binary(BinaryOp.ADD, Arg.of(t.add(sortedX.slice(0, 0, 1, 1))), Arg.of(p)));
            Tensor extendedX = t.add(Joining.concatenate(name, new Tensor[] {below, sortedX, above}, 0, null));
            Tensor extendedF = t.add(Joining.concatenate(name, new Tensor[] {t.add(sortedF.slice(0, n - 1, n, 1)),
                sortedF, t.add(sortedF.slice(0, 0, 1, 1))}, 0, null));
            return interp(xs, extendedX, extendedF, null, null);
        }
    }

    /** The checks of NumPy's interp: xp and fp 1-d, of one non-zero length n (returned). */
    private static long checkPoints(Tensor x, Tensor xp, Tensor fp) {
        String name = "interp";
        Objects.requireNonNull(x, "interp: x is null");
        Objects.requireNonNull(xp, "interp: xp is null");
        Objects.requireNonNull(fp, "interp: fp is null");
        x.checkOpen(name);
        xp.checkOpen(name);
        fp.checkOpen(name);
        Elementwise.commonBackend(name, List.of(x, xp, fp));
        if (xp.ndim() != 1 || fp.ndim() != 1) {
            throw new IllegalArgumentException("interp: xp and fp must be 1-d, got shapes " + Shape.toString(xp.shape)
                    + " and " + Shape.toString(fp.shape));
        }
        long n = xp.size();
        if (n == 0) {
            throw new IllegalArgumentException("interp: xp, the array of sample points, is empty");
        }
        if (fp.size() != n) {
            throw new IllegalArgumentException("interp: fp has " + fp.size() + " values but xp has " + n
                    + " sample points; they must have the same length");
        }
        return n;
    }

    /** {@code np.interp(x, xp, fp, left, right)}; a null left (right) means fp[0] (fp[-1]). */
    static Tensor interp(Tensor x, Tensor xp, Tensor fp, Double left, Double right) {
        String name = "interp";
        long n = checkPoints(x, xp, fp);
        try (Temporaries t = new Temporaries()) {
            Tensor xs = t.add(Elementwise.contiguous(name, x, DType.FLOAT64));
            Tensor xps = t.add(Elementwise.contiguous(name, xp, DType.FLOAT64));
            Tensor fps = t.add(Elementwise.contiguous(name, fp, DType.FLOAT64));
            Tensor firstX = t.add(at(xps, 0, t));
            Tensor lastX = t.add(at(xps, n - 1, t));
            Tensor firstF = t.add(at(fps, 0, t));
            Tensor lastF = t.add(at(fps, n - 1, t));
            Arg below = left == null ? Arg.of(firstF) : Arg.of(left);
            Arg above = right == null ? Arg.of(lastF) : Arg.of(right);
            Tensor result;
            if (n == 1) {
                // NumPy's one-point rule: below, above, else fp[0] (a NaN x too)
                result = t.add(Elementwise.where(t.add(compare(BinaryOp.GREATER, xs, lastX)), above, Arg.of(firstF)));
                return Elementwise.where(t.add(compare(BinaryOp.LESS, xs, firstX)), below, Arg.of(result));
            }
            Tensor after = t.add(Searching.searchsorted(xps, Arg.of(xs), "right", null));
            Tensor j = t.add(binary(BinaryOp.SUBTRACT, Arg.of(after), Arg.of(1L)));
            Tensor low = t.add(binary(BinaryOp.MINIMUM, Arg.of(t.add(binary(BinaryOp.MAXIMUM, Arg.of(j), Arg.of(0L)))),
                    Arg.of(n - 2)));
            Tensor high = t.add(binary(BinaryOp.ADD, Arg.of(low), Arg.of(1L)));
            Tensor x0 = t.add(Indexing.take(xps, low, 0));
            Tensor x1 = t.add(Indexing.take(xps, high, 0));
            Tensor y0 = t.add(Indexing.take(fps, low, 0));
            Tensor y1 = t.add(Indexing.take(fps, high, 0));
            Tensor slope = t.add(binary(BinaryOp.DIVIDE, Arg.of(t.add(binary(BinaryOp.SUBTRACT, Arg.of(y1), Arg.of(y0)))),
                    Arg.of(t.add(binary(BinaryOp.SUBTRACT, Arg.of(x1), Arg.of(x0))))));
            result = t.add(line(slope, xs, x0, y0, t));
            // a NaN from an infinite slope or value: NumPy retries from the right end, then takes fp[j]
            // when both ends are equal
            Tensor fromRight = t.add(line(slope, xs, x1, y1, t));
            result = t.add(Elementwise.where(t.add(Elementwise.unary(UnaryOp.ISNAN, result, null, null)),
                    Arg.of(fromRight), Arg.of(result)));
            Tensor flat = t.add(compare(BinaryOp.EQUAL, y0, y1));
            Tensor stillNan = t.add(Elementwise.unary(UnaryOp.ISNAN, result, null, null));
            result = t.add(Elementwise.where(t.add(binary(BinaryOp.LOGICAL_AND, Arg.of(stillNan), Arg.of(flat))),
                    Arg.of(y0), Arg.of(result)));
            result = t.add(Elementwise.where(t.add(compare(BinaryOp.EQUAL, xs, x0)), Arg.of(y0), Arg.of(result)));
            result = t.add(Elementwise.where(t.add(binary(BinaryOp.EQUAL, Arg.of(j), Arg.of(n - 1))), Arg.of(lastF),
                    Arg.of(result)));
            result = t.add(Elementwise.where(t.add(compare(BinaryOp.GREATER, xs, lastX)), above, Arg.of(result)));
            result = t.add(Elementwise.where(t.add(compare(BinaryOp.LESS, xs, firstX)), below, Arg.of(result)));
            return Elementwise.where(t.add(Elementwise.unary(UnaryOp.ISNAN, xs, null, null)), Arg.of(xs),
                    Arg.of(result));
        }
    }

    /** {@code slope * (x - x0) + y0}, one rounding per step as in NumPy's C. */
    private static Tensor line(Tensor slope, Tensor x, Tensor x0, Tensor y0, Temporaries t) {
        Tensor offset = t.add(binary(BinaryOp.SUBTRACT, Arg.of(x), Arg.of(x0)));
        Tensor rise = t.add(binary(BinaryOp.MULTIPLY, Arg.of(slope), Arg.of(offset)));
        return binary(BinaryOp.ADD, Arg.of(rise), Arg.of(y0));
    }

    /** Element i of a 1-d tensor as a 0-d view. */
    private static Tensor at(Tensor v, long i, Temporaries t) {
        return t.add(v.slice(0, i, i + 1, 1)).reshape(new long[0]);
    }

    private static Tensor compare(BinaryOp op, Tensor a, Tensor b) {
        return binary(op, Arg.of(a), Arg.of(b));
    }

    private static Tensor binary(BinaryOp op, Arg a, Arg b) {
        return Elementwise.binary(op, a, b, null, null);
    }
}
