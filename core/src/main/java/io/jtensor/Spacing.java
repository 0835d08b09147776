package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.op.BinaryOp;

/**
 * {@code np.logspace} and {@code np.geomspace} as NumPy composes them: {@code base ** linspace(...)}
 * with the {@code power} ufunc, and for geomspace the logs of the end points, the start's sign
 * divided out and back in, and the end points written exactly.
 */
final class Spacing {

    private Spacing() {
    }

    /** {@code np.logspace(start, stop, num, endpoint, base)}: float64. */
    static Tensor logspace(Backend backend, double start, double stop, long num, boolean endpoint, double base) {
        if (num < 0) {
            throw new IllegalArgumentException("logspace: number of samples must be non-negative, got " + num);
        }
        try (Tensor exponents = Creation.linspace(backend, start, stop, num, endpoint, DType.FLOAT64)) {
            return Elementwise.binary(BinaryOp.POWER, Arg.of(base), Arg.of(exponents), null, null);
        }
    }

    /** {@code np.geomspace(start, stop, num, endpoint)}: float64. */
    static Tensor geomspace(Backend backend, double start, double stop, long num, boolean endpoint) {
        if (num < 0) {
            throw new IllegalArgumentException("geomspace: number of samples must be non-negative, got " + num);
        }
        if (start == 0 || stop == 0) {
            throw new IllegalArgumentException("geomspace: a geometric sequence cannot include zero (start " + start
                    + ", stop " + stop + ")");
        }
        double sign = Math.signum(start);
        double first = start / sign;
        double last = stop / sign;
        double[] ends = {Math.log10(first), Math.log10(last)};
        Tensor result = logspace(backend, ends[0], ends[1], num, endpoint, 10.0);
        try {
            // exp(log(x)) need not be x: NumPy writes the end points themselves
            if (num > 0) {
                try (Tensor head = result.slice(0, 0, 1, 1); Tensor value = scalar(backend, first)) {
                    Elementwise.copyInto("geomspace", value, head);
                }
                if (num > 1 && endpoint) {
                    try (Tensor tail = result.slice(0, num - 1, num, 1); Tensor value = scalar(backend, last)) {
                        Elementwise.copyInto("geomspace", value, tail);
                    }
                }
            }
            if (sign != 1) {
                Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(result), Arg.of(sign), result, null);
            }
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    private static Tensor scalar(Backend backend, double v) {
        return Creation.scalar(backend, DType.FLOAT64, false, 0, v);
    }
}
