package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.internal.Broadcast;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * {@code np.vectorize}: a Java function applied to every element of broadcast operands on the
 * host. The operands are copied to Java arrays in C order, the function is called once per element
 * of the broadcast shape, and the results are copied to the operands' backend. For convenience, not
 * speed: as NumPy says of its own vectorize, "essentially a for loop".
 */
final class Vectorization {

    private Vectorization() {
    }

    static Tensor applyDouble(String name, DoubleUnaryOperator f, Tensor x) {
        Objects.requireNonNull(f, () -> name + ": the function is null");
        long[] shape = operands(name, x).shape;
        double[] in = x.toDoubleArray();
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = f.applyAsDouble(in[i]);
        }
        return Creation.fromDoubles(x.backend(), out, shape);
    }

    static Tensor applyDouble(String name, DoubleBinaryOperator f, Tensor x, Tensor y) {
        Objects.requireNonNull(f, () -> name + ": the function is null");
        Operands o = operands(name, x, y);
        double[] a;
        double[] b;
        try (Tensor xb = x.broadcastTo(o.shape); Tensor yb = y.broadcastTo(o.shape)) {
            a = xb.toDoubleArray();
            b = yb.toDoubleArray();
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = f.applyAsDouble(a[i], b[i]);
        }
        return Creation.fromDoubles(o.backend, out, o.shape);
    }

    static Tensor applyLong(String name, LongUnaryOperator f, Tensor x) {
        Objects.requireNonNull(f, () -> name + ": the function is null");
        long[] shape = operands(name, x).shape;
        checkIntegral(name, x, "x");
        long[] in = x.toLongArray();
        long[] out = new long[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = f.applyAsLong(in[i]);
        }
        return fromLongs(x.backend(), out, shape);
    }

    static Tensor applyLong(String name, LongBinaryOperator f, Tensor x, Tensor y) {
        Objects.requireNonNull(f, () -> name + ": the function is null");
        Operands o = operands(name, x, y);
        checkIntegral(name, x, "x");
        checkIntegral(name, y, "y");
        long[] a;
        long[] b;
        try (Tensor xb = x.broadcastTo(o.shape); Tensor yb = y.broadcastTo(o.shape)) {
            a = xb.toLongArray();
            b = yb.toLongArray();
        }
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = f.applyAsLong(a[i], b[i]);
        }
        return fromLongs(o.backend, out, o.shape);
    }

    private record Operands(Backend backend, long[] shape) {
    }

    /** The operands' common backend and broadcast shape, which must fit one Java array. */
    private static Operands operands(String name, Tensor... operands) {
        long[][] shapes = new long[operands.length][];
        for (int i = 0; i < operands.length; i++) {
            Objects.requireNonNull(operands[i], name + ": operand " + i + " is null");
            operands[i].checkOpen(name);
            shapes[i] = operands[i].shape;
        }
        Backend backend = Elementwise.commonBackend(name, Arrays.asList(operands));
        long[] shape = Broadcast.shapes(name, shapes);
        long size = Shape.size(shape);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": the function runs over Java arrays, of at most "
                    + (Integer.MAX_VALUE - 8) + " elements; the broadcast shape " + Shape.toString(shape) + " has "
                    + size);
        }
        return new Operands(backend, shape);
    }

    private static void checkIntegral(String name, Tensor t, String which) {
        if (t.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": " + which + " is " + t.dtype.numpyName()
                    + "; a long function takes bool and integer tensors (use vectorize's double form for floats)");
        }
    }

    private static Tensor fromLongs(Backend backend, long[] values, long[] shape) {
        return Creation.fromHost(backend, DType.INT64, MemorySegment.ofArray(values), shape);
    }
}
