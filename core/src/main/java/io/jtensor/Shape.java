package io.jtensor;

import java.util.Arrays;

/**
 * Static helpers for shapes ({@code long[]}, one entry per dimension, C order).
 *
 * <pre>{@code
 * Shape.size(new long[] {2, 3});        // 6
 * Shape.toString(new long[] {2, 3});    // "(2, 3)"
 * }</pre>
 */
public final class Shape {

    private Shape() {
    }

    /**
     * Number of elements of a shape (1 for the 0-d shape {@code ()}).
     *
     * @throws IllegalArgumentException if a dimension is negative or the product overflows a long
     */
    public static long size(long[] shape) {
        return size(null, shape);
    }

    /**
     * {@link #size(long[])} for the op {@code op}, which its error messages name
     * ({@code zeros: negative dimension -1 in shape (2, -1)}).
     */
    public static long size(String op, long[] shape) {
        String prefix = op == null ? "" : op + ": ";
        long n = 1;
        boolean empty = false;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(prefix + "negative dimension " + d + " in shape " + toString(shape));
            }
            if (d == 0) {
                empty = true;
            } else if (!empty) {
                n = multiplyExact(prefix, n, d, shape);
            }
        }
        return empty ? 0 : n;
    }

    private static long multiplyExact(String prefix, long a, long b, long[] shape) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high != 0 || low < 0) {
            throw new IllegalArgumentException(prefix + "shape " + toString(shape) + " has more than Long.MAX_VALUE elements");
        }
        return low;
    }

    /** The shape as NumPy prints it: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    public static String toString(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(')').toString();
    }

    /** C-order (row-major) element strides for a shape. */
    public static long[] contiguousStrides(long[] shape) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= Math.max(shape[d], 1);
        }
        return strides;
    }

    /** True when two shapes are equal. */
    public static boolean equal(long[] a, long[] b) {
        return Arrays.equals(a, b);
    }
}
