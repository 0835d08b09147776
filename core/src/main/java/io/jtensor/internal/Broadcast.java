package io.jtensor.internal;

import io.jtensor.Shape;

/** NumPy broadcasting of shapes and strides. */
public final class Broadcast {

    private Broadcast() {
    }

    /**
     * The shape the given shapes broadcast to (NumPy rules: align from the right; sizes must match
     * or be 1).
     *
     * @param op the operation, for the error message
     * @throws IllegalArgumentException naming the op and every shape when they do not broadcast
     */
    public static long[] shapes(String op, long[]... shapes) {
        int ndim = 0;
        for (long[] s : shapes) {
            ndim = Math.max(ndim, s.length);
        }
        long[] result = new long[ndim];
        java.util.Arrays.fill(result, 1);
        for (long[] s : shapes) {
            for (int i = 0; i < s.length; i++) {
                int d = ndim - s.length + i;
                if (s[i] == result[d] || s[i] == 1) {
                    continue;
                }
                if (result[d] != 1) {
                    throw new IllegalArgumentException(op + ": operands could not be broadcast together with shapes "
                            + describe(shapes));
                }
                result[d] = s[i];
            }
        }
        return result;
    }

    /** True when {@code shape} broadcasts to exactly {@code target}. */
    public static boolean broadcastsTo(long[] shape, long[] target) {
        if (shape.length > target.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            long t = target[target.length - shape.length + i];
            if (shape[i] != t && shape[i] != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Strides of a view with {@code shape}/{@code strides} seen through the broadcast {@code target}
     * shape: prepended and size-1 dimensions that are stretched get stride 0. The caller has
     * checked {@link #broadcastsTo}.
     */
    public static long[] strides(long[] shape, long[] strides, long[] target) {
        long[] result = new long[target.length];
        int lead = target.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            result[lead + i] = shape[i] == 1 && target[lead + i] != 1 ? 0 : strides[i];
        }
        return result;
    }

    private static String describe(long[]... shapes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < shapes.length; i++) {
            s.append(i == 0 ? "" : " ").append(Shape.toString(shapes[i]));
        }
        return s.toString();
    }
}
