package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.List;
import java.util.Objects;

/**
 * {@code np.logspace} and {@code np.geomspace} as NumPy composes them: {@code base ** linspace(...)}
 * with the {@code power} ufunc, and for geomspace the logs of the end points, the start's sign
 * divided out and back in, and the end points written exactly. The tensor forms follow NumPy's
 * array code: the samples are computed in the floating type of start and stop (and of dtype for
 * geomspace), along a new axis 0 moved to {@code axis}, then floored for an integer dtype and cast.
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

    /**
     * {@code np.linspace(start, stop, num, endpoint, retstep=True, dtype, axis)} on tensors: the
     * samples and the step (of the floating type, start and stop broadcast; a 0-d float64 NaN when
     * num - 1 (num without the end point) is not positive, NumPy's Python {@code nan}).
     */
    static Tensor[] linspace(String op, Tensor start, Tensor stop, long num, boolean endpoint, DType dtype,
                             int axis) {
        Backend backend = checkedEnds(op, start, stop, num);
        long[] shape = Broadcast.shapes(op, start.shape(), stop.shape());
        int ndim = shape.length + 1;
        int moved = Axes.normalize(op, axis, ndim);
        DType dt = inexact(DType.promote(start.dtype(), stop.dtype()));
        long div = endpoint ? num - 1 : num;
        long[] column = new long[ndim];
        java.util.Arrays.fill(column, 1);
        column[0] = num;
        try (Temporaries t = new Temporaries()) {
            Tensor delta = t.add(Elementwise.binary(BinaryOp.SUBTRACT, Arg.of(t.add(stop.astype(dt))),
                    Arg.of(t.add(start.astype(dt))), null, null));
            Tensor y = t.add(t.add(Creation.arange(backend, 0, num, 1, dt)).reshape(column));
            Tensor step;
            if (div > 0) {
                step = Elementwise.binary(BinaryOp.DIVIDE, Arg.of(delta), Arg.of(div), null, null);
                if (anyZero(step)) {
                    // NumPy's way around denormal steps: (i / div) * delta
                    Tensor scaled = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(y), Arg.of(div), null, null));
                    y = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(scaled), Arg.of(delta), null, null));
                } else {
                    y = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(y), Arg.of(step), null, null));
                }
            } else {
                step = Creation.scalar(backend, DType.FLOAT64, false, 0, Double.NaN);
                y = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(y), Arg.of(delta), null, null));
            }
            t.add(step);
            Elementwise.binary(BinaryOp.ADD, Arg.of(y), Arg.of(start), y, null);
            if (endpoint && num > 1) {
                try (Tensor last = y.slice(0, num - 1, num, 1)) {
                    Elementwise.copyInto(op, stop, last);
                }
            }
            if (moved != 0) {
                y = t.add(y.moveAxis(0, moved));
            }
            DType target = dtype == null ? dt : dtype;
            if (target.isInteger()) {
                y = t.add(Elementwise.unary(UnaryOp.FLOOR, op, y, null, null));
            }
            Tensor samples = Elementwise.converted(op, y, target);
            try {
                Tensor stepCopy = step.copy();
                return new Tensor[] {samples, stepCopy};
            } catch (RuntimeException | Error e) {
                samples.close();
                throw e;
            }
        }
    }

    /**
     * {@code np.logspace(start, stop, num, endpoint, base, dtype, axis)} on tensors: a base of one
     * or more dimensions is broadcast with start and stop first and gets a length-1 axis at
     * {@code axis}, as NumPy does; without a tensor base the number {@code scalarBase} is a Python
     * float (weak: float32 samples stay float32), a tensor base takes part in the result type.
     */
    static Tensor logspace(String op, Tensor start, Tensor stop, long num, boolean endpoint, Tensor base,
                           double scalarBase, DType dtype, int axis) {
        Objects.requireNonNull(start, op + ": start is null");
        Objects.requireNonNull(stop, op + ": stop is null");
        try (Temporaries t = new Temporaries()) {
            Tensor first = start;
            Tensor last = stop;
            Tensor b = base;
            if (base != null && base.ndim() > 0) {
                base.checkOpen(op);
                int ndmax = Broadcast.shapes(op, start.shape(), stop.shape(), base.shape()).length;
                first = t.add(atLeast(start, ndmax));
                last = t.add(atLeast(stop, ndmax));
                b = t.add(atLeast(base, ndmax));
                b = t.add(Np.expandDims(b, axis));
            }
            Tensor[] samples = linspace(op, first, last, num, endpoint, null, axis);
            t.add(samples[1]);
            Tensor y = t.add(samples[0]);
            Tensor powers = t.add(b == null
                    ? Elementwise.binary(BinaryOp.POWER, Arg.of(scalarBase), Arg.of(y), null, null)
                    : Elementwise.binary(BinaryOp.POWER, Arg.of(b), Arg.of(y), null, null));
            return Elementwise.converted(op, powers, dtype == null ? powers.dtype() : dtype);
        }
    }
    /**
     * {@code np.geomspace(start, stop, num, endpoint, dtype, axis)} on tensors, in NumPy's steps:
     * the floating type of start, stop and dtype (float64 without one), start's sign divided out,
     * logspace of the log10s, the end points written back exactly and the sign multiplied in.
     */
    static Tensor geomspace(String op, Tensor start, Tensor stop, long num, boolean endpoint, DType dtype,
                            int axis) {
        checkedEnds(op, start, stop, num);
        if (anyZero(start) || anyZero(stop)) {
            throw new IllegalArgumentException(op + ": a geometric sequence cannot include zero");
        }
        DType dt = inexact(DType.promote(DType.promote(start.dtype(), stop.dtype()),
                dtype == null ? DType.FLOAT64 : dtype));
        try (Temporaries t = new Temporaries()) {
            Tensor first = t.add(start.astype(dt));
            Tensor sign = t.add(Elementwise.unary(UnaryOp.SIGN, op, first, null, null));
            Elementwise.binary(BinaryOp.DIVIDE, Arg.of(first), Arg.of(sign), first, null);
            Tensor last = t.add(Elementwise.binary(BinaryOp.DIVIDE, Arg.of(t.add(stop.astype(dt))), Arg.of(sign),
                    null, null));
            Tensor logFirst = t.add(Elementwise.unary(UnaryOp.LOG10, op, first, null, null));
            Tensor logLast = t.add(Elementwise.unary(UnaryOp.LOG10, op, last, null, null));
            Tensor result = t.add(logspace(op, logFirst, logLast, num, endpoint, null, 10.0, dt, 0));
            if (num > 0) {
                try (Tensor head = result.slice(0, 0, 1, 1)) {
                    Elementwise.copyInto(op, first, head);
                }
                if (num > 1 && endpoint) {
                    try (Tensor tail = result.slice(0, num - 1, num, 1)) {
                        Elementwise.copyInto(op, last, tail);
                    }
                }
            }
            Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(result), Arg.of(sign), result, null);
            int moved = Axes.normalize(op, axis, result.ndim());
            if (moved != 0) {
                result = t.add(result.moveAxis(0, moved));
            }
            return Elementwise.converted(op, result, dtype == null ? dt : dtype);
        }
    }

    /** The backend of start and stop, both open, and num non-negative. */
    private static Backend checkedEnds(String op, Tensor start, Tensor stop, long num) {
        Objects.requireNonNull(start, op + ": start is null");
        Objects.requireNonNull(stop, op + ": stop is null");
        start.checkOpen(op);
        stop.checkOpen(op);
        Backend backend = Elementwise.commonBackend(op, List.of(start, stop));
        if (num < 0) {
            throw new IllegalArgumentException(op + ": number of samples must be non-negative, got " + num);
        }
        return backend;
    }

    private static boolean anyZero(Tensor x) {
        try (Tensor zero = Np.equal(x, 0.0); Tensor any = Np.any(zero)) {
            return any.item() != 0;
        }
    }

    /** start, stop or base with length-1 axes in front up to {@code ndim} ({@code np.array(a, ndmin=ndim)}), a view. */
    private static Tensor atLeast(Tensor x, int ndim) {
        long[] shape = new long[Math.max(ndim, x.ndim())];
        java.util.Arrays.fill(shape, 1);
        System.arraycopy(x.shape(), 0, shape, shape.length - x.ndim(), x.ndim());
        return x.reshape(shape);
    }

    /** The floating type NumPy computes spaced samples in: the type itself when floating, else float64. */
    private static DType inexact(DType type) {
        return type.isFloatingPoint() ? type : DType.FLOAT64;
    }

    private static Tensor scalar(Backend backend, double v) {
        return Creation.scalar(backend, DType.FLOAT64, false, 0, v);
    }
}
