package io.jtensor;

import java.util.Arrays;
import java.util.Objects;

/**
 * Views that read a tensor's memory in another way: {@code x.view(dtype)} (the same bytes as
 * another type) and {@code as_strided} (any shape and strides within the memory). Both are views;
 * nothing is copied, and a view whose elements overlap cannot be written into
 * ({@link Elementwise#checkWritable}).
 */
final class Reinterpreting {

    private Reinterpreting() {
    }

    /**
     * NumPy's {@code ndarray.view(dtype)}: the same itemsize keeps shape and strides; another
     * itemsize rescales the last axis, which must be contiguous, as NumPy requires.
     */
    static Tensor view(Tensor x, DType type) {
        String op = "view";
        Objects.requireNonNull(type, op + ": dtype is null");
        x.checkOpen(op);
        if (type == DType.BOOL && x.dtype != DType.BOOL) {
            throw new IllegalArgumentException(op + ": a " + x.dtype.numpyName() + " tensor cannot be viewed as bool"
                    + " (its bytes need not be 0 or 1, which jtensor's bool ops rely on); use astype(BOOL)");
        }
        int from = x.dtype.byteSize();
        int to = type.byteSize();
        if (from == to) {
            return new Tensor(op, x, type, x.shape.clone(), x.strides.clone(), x.offset, x.readOnly);
        }
        int n = x.shape.length;
        if (n == 0) {
            throw new IllegalArgumentException(op + ": a 0-d " + x.dtype.numpyName() + " tensor can only be viewed as a"
                    + " type of the same itemsize (" + from + " bytes), not " + type.numpyName() + " (" + to + ")");
        }
        long last = x.shape[n - 1];
        if (last != 1 && x.strides[n - 1] != 1) {
            throw new IllegalArgumentException(op + ": to view " + x.dtype.numpyName() + " as " + type.numpyName()
                    + ", the last axis of x (shape " + Shape.toString(x.shape) + ", strides "
                    + Arrays.toString(x.strides) + ") must be contiguous");
        }
        long lastBytes = last * from;
        if (lastBytes % to != 0) {
            throw new IllegalArgumentException(op + ": the last axis of x (shape " + Shape.toString(x.shape) + ") holds "
                    + lastBytes + " bytes, not a multiple of " + type.numpyName() + "'s " + to);
        }
        long[] strides = new long[n];
        for (int d = 0; d < n - 1; d++) {
            long bytes = x.strides[d] * from;
            if (bytes % to != 0 && x.shape[d] > 1) {
                throw new IllegalArgumentException(op + ": axis " + d + " of x steps " + bytes + " bytes, not a multiple"
                        + " of " + type.numpyName() + "'s " + to);
            }
            strides[d] = bytes / to;
        }
        strides[n - 1] = 1;
        long offsetBytes = x.offset * from;
        if (offsetBytes % to != 0) {
            throw new IllegalArgumentException(op + ": x starts " + offsetBytes + " bytes into its memory, not at a "
                    + type.numpyName() + " boundary (" + to + " bytes); view a copy");
        }
        long[] shape = x.shape.clone();
        shape[n - 1] = lastBytes / to;
        return new Tensor(op, x, type, shape, strides, offsetBytes / to, x.readOnly);
    }

    /**
     * {@code np.lib.stride_tricks.as_strided(x, shape, strides)} with strides in elements of x's
     * type, checked to stay within x's memory.
     */
    static Tensor asStrided(Tensor x, long[] shape, long[] strides) {
        String op = "asStrided";
        Objects.requireNonNull(shape, op + ": shape is null");
        Objects.requireNonNull(strides, op + ": strides is null");
        x.checkOpen(op);
        Shape.size(op, shape);
        if (shape.length != strides.length) {
            throw new IllegalArgumentException(op + ": shape " + Shape.toString(shape) + " and strides "
                    + Arrays.toString(strides) + " differ in length");
        }
        long capacity = x.storage.storage().byteSize() / x.dtype.byteSize();
        if (Shape.size(shape) > 0) {
            long low = x.offset;
            long high = x.offset;
            boolean overflows = false;
            try {
                for (int d = 0; d < shape.length; d++) {
                    long reach = Math.multiplyExact(strides[d], shape[d] - 1);
                    if (reach >= 0) {
                        high = Math.addExact(high, reach);
                    } else {
                        low = Math.addExact(low, reach);
                    }
                }
            } catch (ArithmeticException e) {
                overflows = true;
            }
            if (overflows || low < 0 || high >= capacity) {
                throw new IllegalArgumentException(op + ": shape " + Shape.toString(shape) + " with strides "
                        + Arrays.toString(strides) + " (in elements) from element " + x.offset + " reaches "
                        + (overflows ? "beyond Long.MAX_VALUE" : "elements " + low + ".." + high) + ", outside x's memory of "
                        + capacity + " " + x.dtype.numpyName() + " elements");
            }
        }
        return new Tensor(op, x, x.dtype, shape.clone(), strides.clone(), x.offset, x.readOnly);
    }
}
