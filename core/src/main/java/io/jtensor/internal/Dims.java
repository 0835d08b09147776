package io.jtensor.internal;

import java.util.Arrays;

/**
 * Merging of dimensions before a kernel launch, as CuPy does: size-1 dimensions are dropped and
 * neighbouring dimensions are merged when every operand steps through them as through one.
 */
public final class Dims {

    private Dims() {
    }

    /**
     * A shape with one stride array per operand. Null stride arrays stand for scalar operands and
     * are left null.
     *
     * @param shape   the merged shape
     * @param strides the merged strides, per operand
     */
    public record Collapsed(long[] shape, long[][] strides) {
    }

    /**
     * Merges what can be merged; a shape with a 0 stays as it is apart from dropping size-1 dims.
     * The arguments are only read; the result holds arrays of its own.
     */
    public static Collapsed collapse(long[] shape, long[]... strides) {
        int ndim = shape.length;
        long[] outShape = new long[ndim];
        long[][] outStrides = new long[strides.length][];
        for (int o = 0; o < strides.length; o++) {
            outStrides[o] = strides[o] == null ? null : new long[ndim];
        }
        int k = 0;
        for (int d = 0; d < ndim; d++) {
            if (shape[d] == 1) {
                continue;
            }
            if (k > 0 && mergeable(outShape[k - 1], shape[d], d, strides, outStrides, k - 1)) {
                outShape[k - 1] *= shape[d];
                for (int o = 0; o < strides.length; o++) {
                    if (strides[o] != null) {
                        outStrides[o][k - 1] = strides[o][d];
                    }
                }
                continue;
            }
            outShape[k] = shape[d];
            for (int o = 0; o < strides.length; o++) {
                if (strides[o] != null) {
                    outStrides[o][k] = strides[o][d];
                }
            }
            k++;
        }
        if (k == ndim) {
            return new Collapsed(outShape, outStrides);
        }
        for (int o = 0; o < strides.length; o++) {
            if (outStrides[o] != null) {
                outStrides[o] = Arrays.copyOf(outStrides[o], k);
            }
        }
        return new Collapsed(Arrays.copyOf(outShape, k), outStrides);
    }

    private static boolean mergeable(long outerSize, long innerSize, int d, long[][] strides,
                                     long[][] outStrides, int previous) {
        if (outerSize == 0 || innerSize == 0) {
            return false;
        }
        for (int o = 0; o < strides.length; o++) {
            if (strides[o] != null && outStrides[o][previous] != strides[o][d] * innerSize) {
                return false;
            }
        }
        return true;
    }
}
