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

    /**
     * {@code np.rot90(m, k, axes)}: a view rotated by 90 degrees k times in the plane of the two
     * axes, from the first toward the second (NumPy's flips and transposes).
     */
    static Tensor rot90(Tensor m, int k, int[] axes) {
        Objects.requireNonNull(m, "rot90: m is null");
        Objects.requireNonNull(axes, "rot90: axes is null");
        m.checkOpen("rot90");
        if (axes.length != 2) {
            throw new IllegalArgumentException("rot90: axes must name 2 axes, got " + axes.length);
        }
        int n = m.ndim();
        if (axes[0] == axes[1] || Math.abs(axes[0] - axes[1]) == n) {
            throw new IllegalArgumentException("rot90: the axes must be different, got " + axes[0] + " and " + axes[1]
                    + " for a " + n + "-d tensor");
        }
        for (int a : axes) {
            if (a >= n || a < -n) {
                throw new IllegalArgumentException("rot90: axis " + a + " is out of range for a " + n
                        + "-d tensor (valid: " + -n + ".." + (n - 1) + ")");
            }
        }
        int first = Math.floorMod(axes[0], n);
        int second = Math.floorMod(axes[1], n);
        int turns = Math.floorMod(k, 4);
        if (turns == 0) {
            return m.reshape(m.shape);
        }
        if (turns == 2) {
            return flip("rot90", m, new int[] {first, second});
        }
        int[] order = new int[n];
        for (int d = 0; d < n; d++) {
            order[d] = d == first ? second : d == second ? first : d;
        }
        if (turns == 1) {
            try (Tensor flipped = flip("rot90", m, new int[] {second})) {
                return flipped.transpose(order);
            }
        }
        try (Tensor transposed = m.transpose(order)) {
            return flip("rot90", transposed, new int[] {second});
        }
    }
}
