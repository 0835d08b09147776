package io.jtensor;

import io.jtensor.backend.Backend;

/**
 * {@code np.arange(start, stop, step, dtype=dtype)} as NumPy computes it: the length from the
 * arguments, the first two elements {@code start} and {@code start + step} converted to dtype as
 * NumPy converts a Python number (checked against an integer type's range), and every later one
 * by the dtype's own {@code fill}: {@code first + i * (second - first)} in the type's arithmetic
 * (integers wrap, float32 and float16 step in float32), so a fractional step into an integer type
 * repeats values, as NumPy's does.
 */
final class TypedArange {

    private static final String OP = "arange";

    private TypedArange() {
    }

    static Tensor of(Backend backend, long start, long stop, long step, DType dtype) {
        if (step == 0) {
            throw new IllegalArgumentException(OP + ": step must not be 0 (NumPy's ZeroDivisionError)");
        }
        long n;
        try {
            n = Math.max(0, Math.ceilDiv(Math.subtractExact(stop, start), step));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(OP + ": maximum allowed size exceeded (start " + start + ", stop " + stop
                    + ", step " + step + ")", e);
        }
        checkBoolLength(dtype, n);
        long second;
        try {
            second = n > 1 ? Math.addExact(start, step) : start;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(OP + ": start + step (" + start + " + " + step
                    + ") is out of bounds for int64", e);
        }
        if (dtype.isInteger()) {
            checkHeld(dtype, start);
            checkHeld(dtype, second);
            return integers(backend, dtype, n, start, second);
        }
        return floats(backend, dtype, n, start, second);
    }

    static Tensor of(Backend backend, double start, double stop, double step, DType dtype) {
        if (step == 0 || Double.isNaN(step)) {
            throw new IllegalArgumentException(OP + ": step must be non-zero and not NaN, got " + step);
        }
        double span = Math.ceil((stop - start) / step);
        if (Double.isNaN(span) || Double.isInfinite(span)) {
            throw new IllegalArgumentException(OP + ": cannot compute length (start " + start + ", stop " + stop
                    + ", step " + step + ")");
        }
        long n = (long) Math.max(0, span);
        checkBoolLength(dtype, n);
        double second = start + step;
        if (dtype.isInteger()) {
            return integers(backend, dtype, n, truncated(dtype, start), n > 1 ? truncated(dtype, second) : 0);
        }
        return floats(backend, dtype, n, start, second);
    }

    private static void checkBoolLength(DType dtype, long n) {
        if (dtype == DType.BOOL && n > 2) {
            throw new IllegalArgumentException(OP + ": only supported for booleans when the result has at most length 2"
                    + " (this one has " + n + "; NumPy's TypeError)");
        }
    }

    private static void checkHeld(DType dtype, long value) {
        if (!dtype.holds(value)) {
            throw new IllegalArgumentException(OP + ": Java integer " + value + " is out of bounds for "
                    + dtype.numpyName() + " (NumPy's OverflowError)");
        }
    }

    /** A double as NumPy stores a Python float into an integer type: truncated, then range-checked. */
    private static long truncated(DType dtype, double value) {
        double t = DType.truncate(value);
        if (!dtype.holdsTruncated(t)) {
            throw new IllegalArgumentException(OP + ": " + value + " is out of bounds for " + dtype.numpyName()
                    + " (NumPy's OverflowError)");
        }
        return (long) t;
    }

    private static Tensor integers(Backend backend, DType dtype, long n, long first, long second) {
        long delta = second - first;
        return Creation.generateIntegers(backend, dtype, new long[] {n}, i -> i == 1 ? second : first + i * delta);
    }

    private static Tensor floats(Backend backend, DType dtype, long n, double start, double next) {
        long[] shape = {n};
        return switch (dtype) {
            case BOOL -> Creation.generate(backend, dtype, shape, i -> (i == 0 ? start : next) != 0 ? 1 : 0);
            case FLOAT64 -> {
                double delta = next - start;
                yield Creation.generate(backend, dtype, shape, i -> i == 0 ? start : i == 1 ? next : start + i * delta);
            }
            case FLOAT32 -> {
                float first = (float) start;
                float second = (float) next;
                float delta = second - first;
                yield Creation.generate(backend, dtype, shape,
                        i -> i == 0 ? first : i == 1 ? second : first + (float) i * delta);
            }
            case FLOAT16 -> {
                // NumPy's HALF_fill steps in float32 from the two halves
                float first = (float) Float16.round(start);
                float second = (float) Float16.round(next);
                float delta = second - first;
                yield Creation.generate(backend, dtype, shape,
                        i -> i == 0 ? first : i == 1 ? second : first + (float) i * delta);
            }
            default -> throw new IllegalStateException("unreachable: " + dtype);
        };
    }
}
