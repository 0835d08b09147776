package io.jtensor;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/**
 * Tensor parameters of a {@link TensorRandom} call broadcast against each other and the requested
 * size, as NumPy's {@code Generator} broadcasts {@code loc}, {@code scale} and friends: without a
 * size the samples take the parameters' broadcast shape; with one, every parameter must broadcast
 * to exactly that size. Values come to the host once, expanded to one per sample.
 */
final class RandomParameters {

    private RandomParameters() {
    }

    /**
     * The shape of the samples: the parameters' broadcast shape when {@code size} is empty, else
     * {@code size}, which the parameters must broadcast to.
     *
     * @throws IllegalArgumentException for shapes that do not broadcast (NumPy: "shape mismatch")
     */
    static long[] shape(String op, long[] size, Tensor... params) {
        long[][] shapes = new long[params.length][];
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                throw new NullPointerException(op + ": parameter " + i + " is null");
            }
            params[i].checkOpen(op);
            shapes[i] = params[i].shape();
        }
        long[] common;
        try {
            common = Np.broadcastShapes(shapes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(op + ": shape mismatch: parameters of shapes " + describe(shapes)
                    + " cannot be broadcast to a single shape", e);
        }
        if (size.length == 0) {
            return common;
        }
        Shape.size(op, size);
        long[] joint;
        try {
            joint = Np.broadcastShapes(common, size);
        } catch (IllegalArgumentException e) {
            joint = null;
        }
        if (!Arrays.equals(joint, size)) {
            throw new IllegalArgumentException(op + ": shape mismatch: parameters of shapes " + describe(shapes)
                    + " cannot be broadcast to size " + Arrays.toString(size) + " (valid: shapes that broadcast to it)");
        }
        return size.clone();
    }

    /** {@code p}'s values as float64, one per sample of {@code shape}. */
    static double[] doubles(Tensor p, long[] shape) {
        try (Tensor expanded = p.broadcastTo(shape)) {
            return expanded.toDoubleArray();
        }
    }

    /** {@code p}'s values as int64 (float parameters truncated as NumPy's casts), one per sample. */
    static long[] longs(Tensor p, long[] shape) {
        try (Tensor expanded = p.broadcastTo(shape)) {
            return expanded.toLongArray();
        }
    }

    /** Refuses the first value that fails {@code valid}, naming its flat position in the samples. */
    static void check(String op, String condition, double[] values, DoublePredicate valid) {
        for (int i = 0; i < values.length; i++) {
            if (!valid.test(values[i])) {
                throw new IllegalArgumentException(op + ": " + condition + " (got " + values[i] + " at flat position "
                        + i + " of the broadcast parameters)");
            }
        }
    }

    private static String describe(long[][] shapes) {
        StringBuilder s = new StringBuilder();
        for (long[] shape : shapes) {
            s.append(s.isEmpty() ? "" : ", ").append(Arrays.toString(shape));
        }
        return s.toString();
    }
}
