package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.lib.stride_tricks.sliding_window_view}: a view whose trailing axes walk a window over
 * the windowed axes, built from strides alone (no copy). Its elements overlap, so it cannot be
 * written into ({@link Elementwise#checkWritable}), as NumPy's read-only result.
 */
final class SlidingWindows {

    private SlidingWindows() {
    }

    static Tensor view(Tensor x, long[] windowShape, int[] axes) {
        String op = "slidingWindowView";
        Objects.requireNonNull(x, op + ": x is null");
        Objects.requireNonNull(windowShape, op + ": windowShape is null");
        x.checkOpen(op);
        for (long w : windowShape) {
            if (w < 0) {
                throw new IllegalArgumentException(op + ": windowShape " + Arrays.toString(windowShape)
                        + " holds a negative size");
            }
        }
        int[] windowed;
        if (axes == null) {
            if (windowShape.length != x.ndim()) {
                throw new IllegalArgumentException(op + ": without axes, windowShape needs one size per dimension of x;"
                        + " got " + windowShape.length + " sizes for shape " + Shape.toString(x.shape));
            }
            windowed = new int[x.ndim()];
            Arrays.setAll(windowed, d -> d);
        } else {
            if (windowShape.length != axes.length) {
                throw new IllegalArgumentException(op + ": windowShape has " + windowShape.length + " sizes but axes has "
                        + axes.length + " (give one size per axis)");
            }
            windowed = new int[axes.length];
            for (int k = 0; k < axes.length; k++) {
                windowed[k] = Axes.normalize(op, axes[k], x.ndim());
            }
        }
        int n = x.ndim();
        long[] shape = Arrays.copyOf(x.shape, n + windowed.length);
        long[] strides = Arrays.copyOf(x.strides, n + windowed.length);
        for (int k = 0; k < windowed.length; k++) {
            int axis = windowed[k];
            if (shape[axis] < windowShape[k]) {
                throw new IllegalArgumentException(op + ": window " + Arrays.toString(windowShape) + " is larger than x of shape "
                        + Shape.toString(x.shape) + " along axis " + axis);
            }
            shape[axis] -= windowShape[k] - 1;
            shape[n + k] = windowShape[k];
            strides[n + k] = x.strides[axis];
        }
        return new Tensor(op, x, x.dtype, shape, strides, x.offset, true);
    }
}
