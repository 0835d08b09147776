package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;

/**
 * The running state of one reduction for {@code width} output lanes, fed either with runs of
 * consecutive elements of one lane ({@link #addRun}) or with rows holding one element per lane
 * ({@link #addRow}). Partial states of consecutive stretches of the reduced range can be
 * combined ({@link #merge}), which is how one reduction is split over threads.
 *
 * @param <A> the work buffer type: {@code double[]} or {@code long[]}
 */
abstract class Accumulator<A> {

    /** How the reduced count, broadcast repeats and ddof finish a result. */
    record Finish(long count, long repeat, int ddof, IndexMap indexMap) {
    }

    /** Maps an index within the simplified reduced space to the flat index in reducedShape. */
    @FunctionalInterface
    interface IndexMap {
        /** The flat C-order index within the plan's reducedShape. */
        long original(long flat);
    }

    /** The type elements are converted to when gathered. */
    final DType compute;
    /** Number of lanes since the last {@link #reset}. */
    int width;
    private long[] columnRows = new long[0];

    Accumulator(DType compute) {
        this.compute = compute;
    }

    /** A work buffer of {@code size} elements. */
    abstract A newBuffer(int size);

    /** Gathers {@code len} elements, converted to {@link #compute}, into {@code buf[pos ...]}. */
    abstract void gather(MemorySegment s, DType src, long off, long stride, A buf, int pos, int len);

    /** Clears the state for {@code width} lanes. */
    abstract void reset(int width);

    /** Folds {@code values[0 .. n)}, the elements at reduced positions {@code flat ..}, into lane 0. */
    abstract void addRun(A values, int n, long flat);

    /** Folds one element per lane ({@code values[lane]}), all at reduced position {@code flat}. */
    abstract void addRow(A values, long flat);

    /** Combines the state of the stretch that follows this one. */
    abstract void merge(Accumulator<A> later);

    /**
     * Writes every lane's final value into {@code dst[0 .. width)}: rounded or wrapped to
     * {@link #compute}, or for the arg reductions the flat index within the plan's reducedShape.
     */
    abstract void results(A dst, Finish finish);

    /** Stores {@code n} values from {@code src} (converted to {@code outType}) at {@code off} by {@code stride}. */
    abstract void scatter(A src, int n, MemorySegment out, DType outType, long off, long stride);

    /**
     * Folds {@code n} contiguous elements, those at reduced positions {@code flat ..}, directly
     * from memory with {@code simd} (lane 0); false when this accumulator has no such path.
     */
    boolean addDirect(Simd simd, MemorySegment s, DType src, long off, long n, long flat) {
        return false;
    }

    /**
     * True when {@link #addRowDirect} takes rows of {@code src} elements; false sends every row
     * through {@link #gather} and {@link #addRow}.
     */
    boolean addsRowsDirectly(DType src) {
        return false;
    }

    /**
     * {@link #addRow} of the {@link #width} contiguous elements at {@code off} read straight from
     * memory, with the same result as gathering them first; only called when
     * {@link #addsRowsDirectly} said so.
     */
    void addRowDirect(MemorySegment s, DType src, long off, long flat) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no direct row path");
    }

    /**
     * Folds {@code n} rows of {@link #width} contiguous elements, row {@code i} at
     * {@code off + i * rowStride} and at reduced position {@code flat + i}, directly from memory
     * with {@code simd}, with the same result as {@link #addRow} of each in turn; false, with
     * nothing folded, when this accumulator has no such path for {@code src}.
     */
    boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
        return false;
    }

    /**
     * {@link Simd#argColumns} of {@code n} rows of {@link #width} lanes of {@code src} (which must
     * be {@link #compute}), into an array this accumulator reuses; null, with nothing read, when it
     * declines.
     */
    final long[] argColumns(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, boolean max) {
        if (src != compute) {
            return null;
        }
        if (columnRows.length < width) {
            columnRows = new long[width];
        }
        return simd.argColumns(s, src, off, rowStride, n, width, max, columnRows) ? columnRows : null;
    }
}
