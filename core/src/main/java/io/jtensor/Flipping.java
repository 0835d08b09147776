package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.Objects;

/**
 * Reversing axes ({@code np.flip}, {@code np.fliplr}, {@code np.flipud}) as views with negative
 * strides, built from {@link Tensor#slice}; nothing is copied and no backend is called.
 */
final class Flipping {

    private Flipping() {
    }

    /** {@code np.flip(x, axis)}; {@code axes} null reverses every axis. */
    static Tensor flip(String op, Tensor x, int[] axes) {
        Objects.requireNonNull(x, op + ": x is null");
        x.checkOpen(op);
        int[] reversed = Axes.normalizeAll(op, axes, x.ndim());
        Tensor view = x.reshape(x.shape);
        for (int a : reversed) {
            try (Tensor previous = view) {
                view = previous.slice(a, Long.MAX_VALUE, Long.MIN_VALUE, -1);
            }
        }
        return view;
    }

    /** {@code np.fliplr}: axis 1 reversed; x needs two dimensions or more. */
    static Tensor fliplr(Tensor x) {
        requireDimensions("fliplr", x, 2);
        return flip("fliplr", x, new int[] {1});
    }

    /** {@code np.flipud}: axis 0 reversed; x needs one dimension or more. */
    static Tensor flipud(Tensor x) {
        requireDimensions("flipud", x, 1);
        return flip("flipud", x, new int[] {0});
    }

    private static void requireDimensions(String op, Tensor x, int minimum) {
        Objects.requireNonNull(x, op + ": x is null");
        x.checkOpen(op);
        if (x.ndim() < minimum) {
            throw new IllegalArgumentException(op + ": needs a tensor of at least " + minimum + " dimension"
                    + (minimum == 1 ? "" : "s") + ", got shape " + Shape.toString(x.shape));
        }
    }
}
