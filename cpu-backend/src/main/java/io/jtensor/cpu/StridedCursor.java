package io.jtensor.cpu;

/**
 * Walks a C-ordered index space for several operands at once, run by run: a run is a stretch of
 * the innermost dimension, along which every operand advances by its own innermost stride.
 *
 * <p>Offsets and strides count elements. A zero-dimensional space is treated as one element.
 */
final class StridedCursor {

    private final long[] shape;
    private final long[][] strides;
    private final long[] base;
    private final int ndim;
    private final int last;
    private final long[] index;
    private final long[] offsets;

    /**
     * Creates a cursor positioned at flat index 0.
     *
     * @param shape   the index space (no zero-length dimensions)
     * @param strides per operand, one stride per dimension of {@code shape}
     * @param base    per operand, the offset of index 0
     */
    StridedCursor(long[] shape, long[][] strides, long[] base) {
        if (shape.length == 0) {
            this.shape = new long[]{1};
            this.strides = Dims.rows(strides.length, 1);
        } else {
            this.shape = shape;
            this.strides = strides;
        }
        this.base = base.clone();
        this.ndim = this.shape.length;
        this.last = ndim - 1;
        this.index = new long[ndim];
        this.offsets = base.clone();
    }

    /** Changes the offset of index 0 for operand {@code op}; takes effect at the next {@link #seek}. */
    void setBase(int op, long offset) {
        base[op] = offset;
    }

    /** Moves to flat C-order index {@code flat}. */
    void seek(long flat) {
        System.arraycopy(base, 0, offsets, 0, base.length);
        long rest = flat;
        for (int d = last; d >= 0; d--) {
            long i = rest % shape[d];
            rest /= shape[d];
            index[d] = i;
            if (i != 0) {
                for (int op = 0; op < offsets.length; op++) {
                    offsets[op] += i * strides[op][d];
                }
            }
        }
    }

    /** Elements left in the current run (from here to the end of the innermost dimension). */
    long runLength() {
        return shape[last] - index[last];
    }

    /** The current element offset of operand {@code op}. */
    long offset(int op) {
        return offsets[op];
    }

    /** The innermost stride of operand {@code op}. */
    long innerStride(int op) {
        return strides[op][last];
    }

    /** Advances by {@code n} elements, {@code n <= runLength()}. */
    void advance(long n) {
        index[last] += n;
        for (int op = 0; op < offsets.length; op++) {
            offsets[op] += n * strides[op][last];
        }
        if (index[last] < shape[last]) {
            return;
        }
        for (int d = last; d >= 0; d--) {
            if (index[d] < shape[d]) {
                return;
            }
            index[d] = 0;
            for (int op = 0; op < offsets.length; op++) {
                offsets[op] -= shape[d] * strides[op][d];
            }
            if (d > 0) {
                index[d - 1]++;
                for (int op = 0; op < offsets.length; op++) {
                    offsets[op] += strides[op][d - 1];
                }
            }
        }
    }
}
