package io.jtensor;

import io.jtensor.internal.Axes;
import io.jtensor.op.ReduceOp;

import java.util.Objects;

/**
 * {@code np.diagonal}, {@code np.trace}, {@code np.diag} and {@code np.diagflat}. A diagonal is a
 * strided view, not a copy: stepping one place along it steps both axes, so its stride is the sum
 * of theirs, and an offset k starts it k columns right (or -k rows down) of the corner.
 */
final class Diagonals {

    private Diagonals() {
    }

    /**
     * {@code np.diagonal(x, offset, axis1, axis2)}: a view with both axes removed and the diagonal
     * appended last; read-only when x is or {@code readOnlyView} (NumPy's diagonal), else writable
     * (the internal views of trace and einsum).
     */
    static Tensor diagonal(String op, Tensor x, long offset, int axis1, int axis2, boolean readOnlyView) {
        Objects.requireNonNull(x, op + ": input tensor is null");
        x.checkOpen(op);
        if (x.ndim() < 2) {
            throw new IllegalArgumentException(op + ": needs a tensor of at least 2 dimensions, got shape "
                    + Shape.toString(x.shape));
        }
        int a1 = Axes.normalize(op, axis1, x.ndim());
        int a2 = Axes.normalize(op, axis2, x.ndim());
        if (a1 == a2) {
            throw new IllegalArgumentException(op + ": axis1 and axis2 cannot be the same (both are axis " + a1
                    + " of shape " + Shape.toString(x.shape) + ")");
        }
        long rows = x.shape[a1];
        long columns = x.shape[a2];
        long length;
        long start;
        if (offset >= 0) {
            length = offset >= columns ? 0 : Math.min(rows, columns - offset);
            start = length == 0 ? 0 : offset * x.strides[a2];
        } else {
            length = offset <= -rows ? 0 : Math.min(rows + offset, columns);
            start = length == 0 ? 0 : -offset * x.strides[a1];
        }
        int n = x.ndim();
        long[] shape = new long[n - 1];
        long[] strides = new long[n - 1];
        for (int d = 0, k = 0; d < n; d++) {
            if (d != a1 && d != a2) {
                shape[k] = x.shape[d];
                strides[k++] = x.strides[d];
            }
        }
        shape[n - 2] = length;
        strides[n - 2] = x.strides[a1] + x.strides[a2];
        return new Tensor(op, x, x.dtype, shape, strides, x.offset + start, x.readOnly || readOnlyView);
    }

    /** {@code np.trace(x, offset, axis1, axis2)}: the sum of the diagonal, with np.sum's result type. */
    static Tensor trace(Tensor x, long offset, int axis1, int axis2) {
        try (Tensor d = diagonal("trace", x, offset, axis1, axis2, false)) {
            return Reductions.reduce(ReduceOp.SUM, d, new int[] {-1}, false, 0, "trace");
        }
    }

    /** {@code np.trace(x, offset, axis1, axis2, dtype, out)}: the diagonal summed as {@code np.sum(d, -1, dtype, out)}. */
    static Tensor trace(Tensor x, long offset, int axis1, int axis2, DType dtype, Tensor out) {
        try (Tensor d = diagonal("trace", x, offset, axis1, axis2, false)) {
            return TypedReductions.reduce("trace", ReduceOp.SUM, d, new int[] {-1}, false, 0, dtype, out);
        }
    }

    /** {@code np.diag(v, k)}: a 1-d v on diagonal k of a square zero matrix; the diagonal k of a 2-d v, copied. */
    static Tensor diag(String op, Tensor v, long k) {
        Objects.requireNonNull(v, op + ": input tensor is null");
        v.checkOpen(op);
        if (v.ndim() == 2) {
            try (Tensor d = diagonal(op, v, k, 0, 1, false)) {
                return d.copy();
            }
        }
        if (v.ndim() != 1) {
            throw new IllegalArgumentException(op + ": input must be 1-d or 2-d, got shape " + Shape.toString(v.shape));
        }
        long n = Math.addExact(v.shape[0], Math.absExact(k));
        Tensor result = Tensor.allocate(v.backend(), v.dtype, new long[] {n, n});
        try (Tensor target = diagonal(op, result, k, 0, 1, false)) {
            if (v.size() > 0) {
                Elementwise.copyInto(op, v, target);
            }
        } catch (RuntimeException e) {
            result.close();
            throw e;
        }
        return result;
    }

    /** {@code np.diagflat(v, k)}: {@code diag(v.ravel(), k)}. */
    static Tensor diagflat(Tensor v, long k) {
        Objects.requireNonNull(v, "diagflat: input tensor is null");
        v.checkOpen("diagflat");
        try (Tensor flat = v.reshape(v.size())) {
            return diag("diagflat", flat, k);
        }
    }
}
