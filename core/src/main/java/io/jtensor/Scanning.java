package io.jtensor;

import io.jtensor.backend.ScanPlan;
import io.jtensor.internal.Axes;
import io.jtensor.op.ScanOp;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.cumsum} and {@code np.cumprod}: the input converted to the result type in a contiguous
 * copy (unless it already is one), then one scan per line along the axis on the backend.
 */
final class Scanning {

    private Scanning() {
    }

    /** {@code op(x, axis)}; {@code axis} null scans the flattened x. */
    static Tensor scan(ScanOp op, Tensor x, Integer axis) {
        String name = op.numpyName();
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (axis == null || x.ndim() == 0) {
            if (axis != null) {
                Axes.normalize(name, axis, 1);
            }
            try (Tensor flat = x.reshape(-1)) {
                return scan(op, flat, 0);
            }
        }
        int a = Axes.normalize(name, axis, x.ndim());
        DType type = x.dtype.isFloatingPoint() ? x.dtype : DType.INT64;
        Tensor result = Tensor.allocateUninitialized(x.backend(), type, x.shape);
        if (result.size() == 0) {
            return result;
        }
        try (Tensor source = Elementwise.contiguous(name, x, type);
             Pinned pinned = Pinned.of(name, source, result)) {
            long outer = Shape.size(Arrays.copyOfRange(x.shape, 0, a));
            long inner = Shape.size(Arrays.copyOfRange(x.shape, a + 1, x.ndim()));
            x.backend().scan(new ScanPlan(op, source.flatOperand(), outer, x.shape[a], inner, result.flatOperand(), type));
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
        return result;
    }

}
