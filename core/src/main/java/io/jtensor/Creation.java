package io.jtensor;

import io.jtensor.backend.Backend;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongUnaryOperator;

/** Building tensors from host data, from formulas (arange, linspace, eye), chunk by chunk, and like a prototype. */
final class Creation {

    /** Elements generated on the host per transfer, so long tensors never need a huge host buffer. */
    private static final long CHUNK = 1 << 20;

    private Creation() {
    }

    /**
     * A tensor holding a copy of the host segment's bytes, laid out as {@code dtype} in C order;
     * the callers have checked that {@code data} holds exactly {@code shape}'s elements.
     */
    static Tensor fromHost(Backend backend, DType dtype, MemorySegment data, long[] shape) {
        Tensor t = Tensor.allocateUninitialized(backend, dtype, shape);
        if (data.byteSize() > 0) {
            backend.copyFromHost(data, t.storage.storage(), 0);
        }
        return t;
    }

    static Tensor fromDoubles(Backend backend, double[] data, long[] shape) {
        return fromHost(backend, DType.FLOAT64, MemorySegment.ofArray(data), shape);
    }

    /**
     * {@code np.full_like(x, value, dtype)}: a new tensor of x's shape on x's backend, of
     * {@code dtype} (x's type when null), holding {@code value} converted as {@code astype} converts.
     */
    static Tensor like(String op, Tensor x, DType dtype, double value) {
        return like(op, x, dtype, value, null);
    }

    /** {@code np.full_like(x, value, dtype, shape=shape)}: dtype null is x's type, shape null x's shape. */
    static Tensor like(String op, Tensor x, DType dtype, double value, long[] shape) {
        Objects.requireNonNull(x, op + ": prototype x is null");
        x.checkOpen(op);
        return Elementwise.full(x.backend(), likeShape(op, x, shape), value, dtype == null ? x.dtype : dtype);
    }

    private static long[] likeShape(String op, Tensor x, long[] shape) {
        if (shape == null) {
            return x.shape;
        }
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(op + ": negative dimensions are not allowed, got shape "
                        + Shape.toString(shape));
            }
        }
        return shape.clone();
    }

    /**
     * {@code np.full_like(x, value)} for a Java integer: stored exactly in an integer tensor,
     * rounded to nearest in a float one, {@code value != 0} in a bool one.
     *
     * @throws IllegalArgumentException for a value outside an integer x's range (NumPy: OverflowError)
     */
    static Tensor like(String op, Tensor x, long value) {
        Objects.requireNonNull(x, op + ": prototype x is null");
        return like(op, x, value, x.dtype);
    }

    /**
     * {@code np.full_like(x, value, dtype)} for a Java integer: as {@link #like(String, Tensor, long)}
     * in dtype.
     *
     * @throws IllegalArgumentException for a value outside an integer dtype's range (NumPy: OverflowError)
     */
    static Tensor like(String op, Tensor x, long value, DType dtype) {
        return like(op, x, value, dtype, null);
    }

    /** {@link #like(String, Tensor, long, DType)} of the given shape (null: x's). */
    static Tensor like(String op, Tensor x, long value, DType dtype, long[] shape) {
        Objects.requireNonNull(x, op + ": prototype x is null");
        Objects.requireNonNull(dtype, op + ": dtype is null");
        x.checkOpen(op);
        long[] target = likeShape(op, x, shape);
        if (!dtype.holds(value)) {
            throw new IllegalArgumentException(op + ": Java integer " + value + " is out of bounds for "
                    + dtype.numpyName() + " (" + (dtype == x.dtype ? "x's type" : "the dtype") + "; valid: "
                    + dtype.minValue() + " to " + dtype.maxValue() + ")");
        }
        Tensor result = Tensor.allocateUninitialized(x.backend(), dtype, target);
        try (Tensor source = scalar(x.backend(), dtype, true, value, 0)) {
            Elementwise.copyInto(op, source, result);
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /**
     * A 0-d tensor of {@code dtype} holding {@code integer} when {@code integral}, else
     * {@code value}, converted on the host as NumPy converts (floats round to nearest, a double
     * becomes an integer by truncation with x86's NaN and overflow result, non-zero is true); the
     * callers have checked the range where NumPy raises.
     */
    static Tensor scalar(Backend backend, DType dtype, boolean integral, long integer, double value) {
        MemorySegment one = MemorySegment.ofArray(new long[1]).asSlice(0, dtype.byteSize());
        switch (dtype) {
            case BOOL -> one.set(ValueLayout.JAVA_BYTE, 0, (byte) ((integral ? integer != 0 : value != 0) ? 1 : 0));
            case INT8, UINT8 -> one.set(ValueLayout.JAVA_BYTE, 0, (byte) (integral ? integer : x86Int32(value)));
            case INT16, UINT16 -> one.set(ValueLayout.JAVA_SHORT, 0, (short) (integral ? integer : x86Int32(value)));
            case INT32 -> one.set(ValueLayout.JAVA_INT, 0, integral ? (int) integer : x86Int32(value));
            case UINT32 -> one.set(ValueLayout.JAVA_INT, 0, (int) (integral ? integer : x86Int64(value)));
            case INT64 -> one.set(ValueLayout.JAVA_LONG, 0, integral ? integer : x86Int64(value));
            case FLOAT16 -> one.set(ValueLayout.JAVA_SHORT, 0, Float16.fromDouble(integral ? (double) integer : value));
            case FLOAT32 -> one.set(ValueLayout.JAVA_FLOAT, 0, integral ? (float) integer : (float) value);
            case FLOAT64 -> one.set(ValueLayout.JAVA_DOUBLE, 0, integral ? (double) integer : value);
        }
        return fromHost(backend, dtype, one, new long[0]);
    }

    /**
     * A double as NumPy's cast to int32 on x86 ({@code cvttsd2si}): truncation toward zero, and
     * {@link Integer#MIN_VALUE} for NaN or a value out of range (Java's cast would saturate); the
     * 8- and 16-bit types wrap this, as NumPy's C cast does (1e10 as int8 is 0).
     */
    private static int x86Int32(double value) {
        return value > -2147483649.0 && value < 2147483648.0 ? (int) value : Integer.MIN_VALUE;
    }

    /**
     * A double as NumPy's cast to int64 on x86 ({@code cvttsd2si}): truncation toward zero, and
     * {@link Long#MIN_VALUE} for NaN or a value out of range; uint32 wraps this, as NumPy's scalar
     * cast does (1e10 as uint32 is 1410065408).
     */
    private static long x86Int64(double value) {
        return value >= -0x1p63 && value < 0x1p63 ? (long) value : Long.MIN_VALUE;
    }

    /** Element i is {@code f(i)}, converted to {@code dtype} (integers truncate toward zero). */
    static Tensor generate(Backend backend, DType dtype, long[] shape, LongToDoubleFunction f) {
        Tensor t = Tensor.allocateUninitialized(backend, dtype, shape);
        fill(t, i -> (long) f.applyAsDouble(i), f);
        return t;
    }

    /** Element i is {@code f(i)}, for integer types. */
    static Tensor generateIntegers(Backend backend, DType dtype, long[] shape, LongUnaryOperator f) {
        Tensor t = Tensor.allocateUninitialized(backend, dtype, shape);
        fill(t, f, i -> 0);
        return t;
    }

    private static void fill(Tensor t, LongUnaryOperator integers, LongToDoubleFunction doubles) {
        long size = t.size();
        int width = t.dtype.byteSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(Math.min(size, CHUNK) * width, 8);
            for (long start = 0; start < size; start += CHUNK) {
                long n = Math.min(CHUNK, size - start);
                for (long j = 0; j < n; j++) {
                    long i = start + j;
                    switch (t.dtype) {
                        case BOOL -> buffer.set(ValueLayout.JAVA_BYTE, j, (byte) (doubles.applyAsDouble(i) != 0 ? 1 : 0));
                        case INT8, UINT8 -> buffer.set(ValueLayout.JAVA_BYTE, j, (byte) integers.applyAsLong(i));
                        case INT16, UINT16 -> buffer.setAtIndex(ValueLayout.JAVA_SHORT, j, (short) integers.applyAsLong(i));
                        case INT32, UINT32 -> buffer.setAtIndex(ValueLayout.JAVA_INT, j, (int) integers.applyAsLong(i));
                        case INT64 -> buffer.setAtIndex(ValueLayout.JAVA_LONG, j, integers.applyAsLong(i));
                        case FLOAT16 -> buffer.setAtIndex(ValueLayout.JAVA_SHORT, j, Float16.fromDouble(doubles.applyAsDouble(i)));
                        case FLOAT32 -> buffer.setAtIndex(ValueLayout.JAVA_FLOAT, j, (float) doubles.applyAsDouble(i));
                        case FLOAT64 -> buffer.setAtIndex(ValueLayout.JAVA_DOUBLE, j, doubles.applyAsDouble(i));
                    }
                }
                t.backend().copyFromHost(buffer.asSlice(0, n * width), t.storage.storage(), start * width);
            }
        }
    }

    static Tensor arange(Backend backend, double start, double stop, double step, DType dtype) {
        if (step == 0 || Double.isNaN(step)) {
            throw new IllegalArgumentException("arange: step must be non-zero and finite, got " + step);
        }
        double span = Math.ceil((stop - start) / step);
        if (Double.isNaN(span) || Double.isInfinite(span)) {
            throw new IllegalArgumentException("arange: cannot compute a length from start " + start + ", stop "
                    + stop + ", step " + step);
        }
        long n = (long) Math.max(0, span);
        // NumPy steps by (start + step) - start, not step: the two differ in the last bit.
        double delta = (start + step) - start;
        return generate(backend, dtype, new long[] {n}, i -> start + i * delta);
    }

    static Tensor linspace(Backend backend, double start, double stop, long num, boolean endpoint, DType dtype) {
        if (num < 0) {
            throw new IllegalArgumentException("linspace: number of samples must be non-negative, got " + num);
        }
        // NumPy's steps: y = i * step + start, or (i / div) * delta + start where the step is 0, or
        // i * delta + start without divisions (so one sample towards an infinite or NaN stop is NaN)
        long divisions = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = divisions > 0 ? delta / divisions : Double.NaN;
        return generate(backend, dtype, new long[] {num}, i -> {
            if (endpoint && i == num - 1 && num > 1) {
                return stop;
            }
            if (divisions <= 0) {
                return i * delta + start;
            }
            return step == 0 ? (double) i / divisions * delta + start : i * step + start;
        });
    }

    static Tensor eye(Backend backend, long n, long m, long k, DType dtype) {
        if (n < 0 || m < 0) {
            throw new IllegalArgumentException("eye: dimensions must be non-negative, got " + n + " x " + m);
        }
        return generate(backend, dtype, new long[] {n, m}, i -> i % Math.max(m, 1) - i / Math.max(m, 1) == k ? 1 : 0);
    }
}
