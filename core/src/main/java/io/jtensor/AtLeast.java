package io.jtensor;

import java.util.Objects;

/**
 * {@code np.atleast_1d}, {@code np.atleast_2d}, {@code np.atleast_3d}: views of x with size-1
 * axes added where NumPy adds them; nothing is copied.
 */
final class AtLeast {

    private AtLeast() {
    }

    /**
     * A view of x with at least {@code ndim} (1, 2 or 3) dimensions: a 0-d x becomes all ones,
     * a 1-d x of length n becomes (1, n) or (1, n, 1), a 2-d x (m, n) becomes (m, n, 1); x with
     * enough dimensions keeps its shape.
     */
    static Tensor dimensions(String op, Tensor x, int ndim) {
        Objects.requireNonNull(x, op + ": x is null");
        x.checkOpen(op);
        long[] s = x.shape;
        long[] shape = switch (Math.min(x.ndim(), ndim)) {
            case 0 -> ones(ndim);
            case 1 -> ndim == 1 ? s : ndim == 2 ? new long[] {1, s[0]} : new long[] {1, s[0], 1};
            case 2 -> ndim == 2 ? s : new long[] {s[0], s[1], 1};
            default -> s;
        };
        return x.reshape(shape);
    }

    private static long[] ones(int n) {
        long[] shape = new long[n];
        java.util.Arrays.fill(shape, 1);
        return shape;
    }
}
