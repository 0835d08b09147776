package io.jtensor;

import io.jtensor.backend.ScanPlan;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ScanOp;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.cumsum}, {@code np.cumprod} and {@code ufunc.accumulate}: the input converted to the result type in a contiguous
 * copy (unless it already is one), then one scan per line along the axis on the backend.
 */
final class Scanning {

    private Scanning() {
    }

    /** {@code op(x, axis)}; {@code axis} null scans the flattened x. */
    static Tensor scan(ScanOp op, Tensor x, Integer axis) {
        String name = op.numpyName();
        Objects.requireNonNull(x, () -> name + ": x is null");
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
        boolean keepsType = op == ScanOp.MAXIMUM_ACCUMULATE || op == ScanOp.MINIMUM_ACCUMULATE;
        if (keepsType && x.dtype != type && x.size() > 0) {
            // the scan kernels exist for int64 and the float types: a running max of int32 or bool
            // values in int64 converts back exactly
            try (Tensor wide = x.astype(type); Tensor scanned = scan(op, wide, axis)) {
                return scanned.astype(x.dtype);
            }
        }
        Tensor result = Tensor.allocateUninitialized(x.backend(), keepsType ? x.dtype : type, x.shape);
        if (result.size() == 0) {
            return result;
        }
        try (Tensor source = Elementwise.contiguous(name, x, type);
             Pinned pinned = Pinned.of(name, source, result)) {
            long outer = Shape.size(Arrays.copyOfRange(x.shape, 0, a));
            long inner = Shape.size(Arrays.copyOfRange(x.shape, a + 1, x.ndim()));
            x.backend().scan(new ScanPlan(op, source.flatOperand(), outer, x.shape[a], inner, result.flatOperand(), type));
            if (FloatErrorChecks.scanActive(op, type)) {
                FloatErrorChecks.checkAccumulation(op, source, result, a);
            }
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
        return result;
    }

    /**
     * {@code op.accumulate(x, axis)} for add, multiply, maximum and minimum: cumsum and cumprod
     * (int64 for integer and bool x, as NumPy 2), or a running maximum / minimum in x's type.
     *
     * @throws IllegalArgumentException for another op, a 0-d x or an axis out of range
     */
    static Tensor accumulate(BinaryOp op, Tensor x, int axis) {
        Objects.requireNonNull(op, "accumulate: op is null");
        ScanOp scan = switch (op) {
            case ADD -> ScanOp.CUMSUM;
            case MULTIPLY -> ScanOp.CUMPROD;
            case MAXIMUM -> ScanOp.MAXIMUM_ACCUMULATE;
            case MINIMUM -> ScanOp.MINIMUM_ACCUMULATE;
            default -> throw new IllegalArgumentException("accumulate: not supported for " + op.numpyName()
                    + "; valid: ADD, MULTIPLY, MAXIMUM, MINIMUM");
        };
        Objects.requireNonNull(x, "accumulate: x is null");
        x.checkOpen("accumulate");
        if (x.ndim() == 0) {
            throw new IllegalArgumentException(op.numpyName() + ".accumulate: cannot accumulate on a 0-d tensor "
                    + "(as NumPy on a scalar); reshape it to 1-d first");
        }
        Axes.normalize(op.numpyName() + ".accumulate", axis, x.ndim());
        return scan(scan, x, axis);
    }
}
