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
        Objects.requireNonNull(x, () -> name + ": x is null");
        x.checkOpen(name);
        if (axis == null && x.ndim() > 1) {
            throw new IllegalArgumentException(name + ": x of shape " + Shape.toString(x.shape())
                    + " has more than one dimension, so an axis is required");
        }
        int a = x.ndim() == 0 ? Axes.normalize(name, axis == null ? 0 : axis, 1)
                : Axes.normalize(name, axis == null ? 0 : axis, x.ndim());
        try (Tensor line = x.ndim() == 0 ? x.reshape(1) : x.reshape(x.shape())) {
            Tensor scanned = Scanning.scan(op, line, a);
            if (!includeInitial) {
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
