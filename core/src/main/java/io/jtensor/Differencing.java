package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;

import java.util.Objects;

/**
 * {@code np.diff}: {@code n} rounds of {@code x[1:] - x[:-1]} along an axis, each a ufunc on two
 * views (so on every backend); bool input takes {@code !=} instead of {@code -}, as NumPy does.
 */
final class Differencing {

    private Differencing() {
    }

    static Tensor diff(Tensor x, int n, int axis) {
        Objects.requireNonNull(x, "diff: x is null");
        x.checkOpen("diff");
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("diff: needs a tensor of at least one dimension, got a 0-d tensor");
        }
        if (n < 0) {
            throw new IllegalArgumentException("diff: order n must be non-negative, got " + n);
        }
        int a = Axes.normalize("diff", axis, x.ndim());
        BinaryOp op = x.dtype == DType.BOOL ? BinaryOp.NOT_EQUAL : BinaryOp.SUBTRACT;
        Tensor current = x;
        try {
            for (int round = 0; round < n && current.shape()[a] > 0; round++) {
                long length = current.shape()[a];
                Tensor next;
                try (Tensor later = current.slice(a, 1, length, 1); Tensor earlier = current.slice(a, 0, length - 1, 1)) {
                    next = Elementwise.binary(op, Arg.of(later), Arg.of(earlier), null, null);
                }
                if (current != x) {
                    current.close();
                }
                current = next;
            }
            return current == x ? x.copy() : current;
        } catch (RuntimeException | Error e) {
            if (current != x) {
                current.close();
            }
            throw e;
        }
    }
}
