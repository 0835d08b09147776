package io.jtensor;

import io.jtensor.internal.Axes;
import io.jtensor.op.ScanOp;

import java.util.Objects;

/**
 * NumPy 2's {@code cumulative_sum} and {@code cumulative_prod}: {@link Scanning}'s cumsum and
 * cumprod with the array API's rules: the axis is required for more than one dimension, a 0-d x
 * scans as its 1-element ravel, and {@code include_initial} puts the identity (0 or 1) before each
 * line.
 */
final class CumulativeScans {

    private CumulativeScans() {
    }

    static Tensor cumulative(String name, ScanOp op, Tensor x, Integer axis, boolean includeInitial) {
        return cumulative(name, op, x, axis, null, includeInitial, null);
    }

    /**
     * NumPy 2's {@code np.cumulative_sum(x, axis, dtype, out, include_initial)} (or prod) as its
     * {@code _cumulative_func}: the scan in dtype (as {@code cumsum}'s), written into out when
     * given (with include_initial: the scan into {@code out[1:]} along the axis, the identity
     * into {@code out[0]}).
     */
    static Tensor cumulative(String name, ScanOp op, Tensor x, Integer axis, DType dtype, boolean includeInitial,
                             Tensor out) {
        Objects.requireNonNull(x, () -> name + ": x is null");
        x.checkOpen(name);
        if (axis == null && x.ndim() > 1) {
            throw new IllegalArgumentException(name + ": x of shape " + Shape.toString(x.shape())
                    + " has more than one dimension, so an axis is required");
        }
        int a = x.ndim() == 0 ? Axes.normalize(name, axis == null ? 0 : axis, 1)
                : Axes.normalize(name, axis == null ? 0 : axis, x.ndim());
        try (Tensor line = x.ndim() == 0 ? x.reshape(1) : x.reshape(x.shape())) {
            if (out != null && includeInitial) {
                out.checkOpen(name);
                long[] expected = line.shape();
                expected[a] += 1;
                if (!java.util.Arrays.equals(out.shape(), expected)) {
                    throw new IllegalArgumentException(name + ": out has shape " + Shape.toString(out.shape())
                            + " but the result has shape " + Shape.toString(expected)
                            + " (x's with the axis one longer for the initial value)");
                }
                try (Tensor rest = out.slice(a, 1, expected[a], 1); Tensor first = out.slice(a, 0, 1, 1)) {
                    TypedReductions.scan(name, op, line, a, dtype, rest);
                    first.fill(op == ScanOp.CUMPROD ? 1L : 0L);
                }
                return out;
            }
            Tensor scanned = TypedReductions.scan(name, op, line, a, dtype, out);
            if (out != null || !includeInitial) {
                return scanned;
            }
            long[] initialShape = scanned.shape();
            initialShape[a] = 1;
            try (scanned; Tensor initial = Tensor.allocate(x.backend(), scanned.dtype(), initialShape)) {
                if (op == ScanOp.CUMPROD) {
                    initial.fill(1L);
                }
                return Joining.concatenate(name, new Tensor[] {initial, scanned}, a, null);
            }
        }
    }
}
