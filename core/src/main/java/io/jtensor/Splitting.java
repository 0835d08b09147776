package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.Objects;

/**
 * Splitting a tensor into {@link Tensor#slice} views along an axis ({@code np.split},
 * {@code np.array_split}); nothing is copied and no backend is called.
 */
final class Splitting {

    private Splitting() {
    }

    /**
     * {@code sections} pieces of equal length ({@code equal}: {@code np.split}, which requires
     * that they divide the axis) or of lengths differing by at most one, the longer first
     * ({@code np.array_split}).
     */
    static Tensor[] sections(String op, Tensor x, int sections, int axis, boolean equal) {
        Objects.requireNonNull(x, op + ": input tensor x is null");
        x.checkOpen(op);
        int a = Axes.normalize(op, axis, x.ndim());
        if (sections <= 0) {
            throw new IllegalArgumentException(op + ": number of sections must be larger than 0, got " + sections);
        }
        long length = x.shape[a];
        long each = length / sections;
        long extras = length % sections;
        if (equal && extras != 0) {
            throw new IllegalArgumentException(op + ": array split does not result in an equal division: axis " + a
                    + " has length " + length + ", which " + sections + " sections do not divide (arraySplit allows "
                    + "unequal sections)");
        }
        Tensor[] pieces = new Tensor[sections];
        long start = 0;
        for (int i = 0; i < sections; i++) {
            long stop = start + each + (i < extras ? 1 : 0);
            pieces[i] = x.slice(a, start, stop, 1);
            start = stop;
        }
        return pieces;
    }

    /**
     * The pieces {@code x[:i0], x[i0:i1], ..., x[ik:]} along {@code axis}, with Python's slice
     * rules for each bound (negative counts from the end, out of range clips, so a piece may be
     * empty), as {@code np.split(x, indices, axis)}.
     */
    static Tensor[] atIndices(String op, Tensor x, long[] indices, int axis) {
        Objects.requireNonNull(x, op + ": input tensor x is null");
        Objects.requireNonNull(indices, op + ": indices is null");
        x.checkOpen(op);
        int a = Axes.normalize(op, axis, x.ndim());
        Tensor[] pieces = new Tensor[indices.length + 1];
        long start = 0;
        for (int i = 0; i <= indices.length; i++) {
            long stop = i < indices.length ? indices[i] : Long.MAX_VALUE;
            pieces[i] = x.slice(a, start, stop, 1);
            start = stop;
        }
        return pieces;
    }

    /**
     * The axis {@code np.hsplit} (1, or 0 for 1-d x), {@code np.vsplit} (0, x at least 2-d) or
     * {@code np.dsplit} (2, x at least 3-d) splits along.
     */
    static int directionalAxis(String op, Tensor x) {
        Objects.requireNonNull(x, op + ": input tensor x is null");
        x.checkOpen(op);
        int minimum = switch (op) {
            case "hsplit" -> 1;
            case "vsplit" -> 2;
            default -> 3;
        };
        if (x.ndim() < minimum) {
            throw new IllegalArgumentException(op + ": only works on tensors of " + minimum + " or more dimensions, got "
                    + "shape " + Shape.toString(x.shape));
        }
        return switch (op) {
            case "hsplit" -> x.ndim() > 1 ? 1 : 0;
            case "vsplit" -> 0;
            default -> 2;
        };
    }
}
