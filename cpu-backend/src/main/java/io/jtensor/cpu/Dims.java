package io.jtensor.cpu;

import java.util.Arrays;

/**
 * Simplifies an iteration space shared by several strided operands: drops length-1 dimensions,
 * optionally orders dimensions by the first operand's strides, and merges dimensions that every
 * operand walks contiguously.
 *
 * @param shape   the simplified shape
 * @param strides per operand, strides over {@code shape}
 * @param extra   the simplified extra per-dimension values (see {@link #simplify}), or null
 */
record Dims(long[] shape, long[][] strides, long[] extra) {

    /** Number of dimensions. */
    int ndim() {
        return shape.length;
    }

    /** Number of elements. */
    long size() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * Simplifies {@code shape}/{@code strides}. The result may hold the argument arrays themselves
     * (a single dimension of length above 1 has nothing to simplify): neither side writes them.
     *
     * @param reorder when true, dimensions are sorted by decreasing |stride| of operand 0 (valid
     *                only for element-wise work, where iteration order does not matter)
     * @param extra   per dimension, an additional "stride" that must also be contiguous for two
     *                dimensions to merge (e.g. place values), or null
     */
    static Dims simplify(long[] shape, long[][] strides, boolean reorder, long[] extra) {
        if (shape.length == 1 && shape[0] != 1 && (extra == null || extra.length == 1) && oneStrideEach(strides)) {
            return new Dims(shape, strides, extra);
        }
        int nops = strides.length;
        int n = 0;
        int[] keep = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1) {
                keep[n++] = d;
            }
        }
        if (reorder) {
            for (int i = 1; i < n; i++) {
                int d = keep[i];
                long key = Math.abs(strides[0][d]);
                int j = i - 1;
                while (j >= 0 && Math.abs(strides[0][keep[j]]) < key) {
                    keep[j + 1] = keep[j];
                    j--;
                }
                keep[j + 1] = d;
            }
        }
        long[] outShape = new long[n];
        long[][] outStrides = rows(nops, n);
        long[] outExtra = extra == null ? null : new long[n];
        int m = -1;
        for (int i = 0; i < n; i++) {
            int d = keep[i];
            if (m >= 0 && mergeable(outStrides, outExtra, m, strides, extra, d, shape[d])) {
                outShape[m] *= shape[d];
                for (int op = 0; op < nops; op++) {
                    outStrides[op][m] = strides[op][d];
                }
                if (outExtra != null) {
                    outExtra[m] = extra[d];
                }
            } else {
                m++;
                outShape[m] = shape[d];
                for (int op = 0; op < nops; op++) {
                    outStrides[op][m] = strides[op][d];
                }
                if (outExtra != null) {
                    outExtra[m] = extra[d];
                }
            }
        }
        int len = m + 1;
        if (len == n) {
            return new Dims(outShape, outStrides, outExtra);
        }
        for (int op = 0; op < nops; op++) {
            outStrides[op] = Arrays.copyOf(outStrides[op], len);
        }
        return new Dims(Arrays.copyOf(outShape, len), outStrides,
                outExtra == null ? null : Arrays.copyOf(outExtra, len));
    }

    private static boolean oneStrideEach(long[][] strides) {
        for (long[] s : strides) {
            if (s.length != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code new long[count][length]}, allocated one row at a time: the JIT compiles a
     * two-dimensional allocation whose outer length is not a constant into a runtime call that
     * costs about 100 ns.
     */
    static long[][] rows(int count, int length) {
        long[][] rows = new long[count][];
        for (int i = 0; i < count; i++) {
            rows[i] = new long[length];
        }
        return rows;
    }

    private static boolean mergeable(long[][] outStrides, long[] outExtra, int m, long[][] strides,
                                     long[] extra, int d, long innerLen) {
        for (int op = 0; op < strides.length; op++) {
            if (outStrides[op][m] != strides[op][d] * innerLen) {
                return false;
            }
        }
        return outExtra == null || outExtra[m] == extra[d] * innerLen;
    }
}
