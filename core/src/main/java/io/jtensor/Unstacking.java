package io.jtensor;

import io.jtensor.internal.Axes;

/** {@code np.unstack(x, axis)} (NumPy 2.1): the views {@code x[..., i, ...]} along an axis. */
final class Unstacking {

    private Unstacking() {
    }

    static Tensor[] unstack(Tensor x, int axis) {
        String name = "unstack";
        if (x == null) {
            throw new IllegalArgumentException(name + ": x is null");
        }
        if (x.ndim() == 0) {
            throw new IllegalArgumentException(name + ": input array must be at least 1-d, got a 0-d tensor");
        }
        int a = Axes.normalize(name, axis, x.ndim());
        long n = x.shape(a);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": " + n + " views along axis " + axis + " are too many for an array");
        }
        Tensor[] result = new Tensor[(int) n];
        for (int i = 0; i < n; i++) {
            result[i] = x.select(a, i);
        }
        return result;
    }
}
