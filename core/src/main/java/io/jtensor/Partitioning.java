package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.Objects;

/**
 * {@code np.partition} and {@code np.argpartition}. NumPy leaves the order of the elements on
 * either side of each kth position unspecified (introselect); jtensor gives the fully, stably
 * sorted line ({@link Sorting}), which is one valid partition for every kth at once: element kth
 * is where a sort puts it, none before it is greater, none after it is smaller (NaN last).
 */
final class Partitioning {

    private Partitioning() {
    }

    /** NumPy's check of partition's and argpartition's {@code kind}: "introselect" only. */
    static void checkKind(String op, String kind) {
        if (!"introselect".equals(kind)) {
            throw new IllegalArgumentException(op + ": select kind must be 'introselect' (got "
                    + (kind == null ? "null" : "'" + kind + "'") + ")");
        }
    }

    /** {@code np.partition(x, kth, axis)}. */
    static Tensor partition(Tensor x, int[] kth, int axis) {
        checkKth("partition", x, kth, axis);
        return Sorting.sort(x, axis);
    }

    /** {@code np.argpartition(x, kth, axis)}: int64 positions. */
    static Tensor argpartition(Tensor x, int[] kth, int axis) {
        Objects.requireNonNull(x, "argpartition: x is null");
        x.checkOpen("argpartition");
        if (x.ndim() == 0) {
            // as argsort: NumPy answers for the 1-element ravel of a 0-d x
            try (Tensor one = x.reshape(1)) {
                return argpartition(one, kth, axis);
            }
        }
        checkKth("argpartition", x, kth, axis);
        return Sorting.argsort(x, axis);
    }

    private static void checkKth(String name, Tensor x, int[] kth, int axis) {
        Objects.requireNonNull(x, name + ": x is null");
        Objects.requireNonNull(kth, name + ": kth is null");
        x.checkOpen(name);
        int a = Axes.normalize(name, axis, x.ndim());
        long length = x.shape[a];
        if (x.size() == 0) {
            return; // NumPy checks no kth against an empty tensor
        }
        for (int k : kth) {
            if (k < -length || k >= length) {
                throw new IllegalArgumentException(name + ": kth " + k + " is out of bounds for axis " + a
                        + " of length " + length + (length == 0 ? "" : " (valid: " + -length + ".." + (length - 1) + ")"));
            }
        }
    }
}
