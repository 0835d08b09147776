package io.jtensor.internal;

/** Normalisation and checking of axis arguments, with NumPy's rules and clear messages. */
public final class Axes {

    private Axes() {
    }

    /**
     * Maps a possibly negative axis into {@code 0..ndim-1}.
     *
     * @throws IllegalArgumentException e.g. {@code "sum: axis 3 is out of range for a 2-d tensor (valid: -2..1)"}
     */
    public static int normalize(String op, int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            String valid = ndim == 0 ? "none: the tensor is 0-d" : (-ndim) + ".." + (ndim - 1);
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for a " + ndim
                    + "-d tensor (valid: " + valid + ")");
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /**
     * Normalises a list of axes; {@code null} means every axis. The result is sorted.
     *
     * @throws IllegalArgumentException for an axis out of range or repeated
     */
    public static int[] normalizeAll(String op, int[] axes, int ndim) {
        if (axes == null) {
            int[] all = new int[ndim];
            for (int i = 0; i < ndim; i++) {
                all[i] = i;
            }
            return all;
        }
        boolean[] seen = new boolean[ndim];
        for (int axis : axes) {
            int a = normalize(op, axis, ndim);
            if (seen[a]) {
                throw new IllegalArgumentException(op + ": axis " + axis + " is repeated in "
                        + java.util.Arrays.toString(axes) + " (each axis may appear once)");
            }
            seen[a] = true;
        }
        int[] result = new int[axes.length];
        int k = 0;
        for (int i = 0; i < ndim; i++) {
            if (seen[i]) {
                result[k++] = i;
            }
        }
        return result;
    }

    /** The axes of {@code 0..ndim-1} that are not in the sorted array {@code axes}. */
    public static int[] complement(int[] axes, int ndim) {
        int[] result = new int[ndim - axes.length];
        int k = 0;
        int j = 0;
        for (int i = 0; i < ndim; i++) {
            if (j < axes.length && axes[j] == i) {
                j++;
            } else {
                result[k++] = i;
            }
        }
        return result;
    }
}
