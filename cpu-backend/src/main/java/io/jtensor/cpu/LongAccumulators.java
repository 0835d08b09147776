package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * Reductions in the long work type (BOOL, INT32 and INT64 compute types) with wrap-around;
 * ALL and ANY are the minimum and maximum of the values converted to bool. SUM of contiguous
 * runs of every integer type, and MAX, MIN, ARGMAX and ARGMIN of contiguous runs of every integer
 * type whose values the compute type holds, are folded on vector lanes ({@link Simd#integerSum},
 * {@link Simd#integerExtreme}, {@link Simd#integerArgExtreme}) when {@link ReduceKernels} offers
 * them.
 */
final class LongAccumulators {

    /** Rows per call of {@link Simd#foldIntegerColumns} (an int count for any stretch). */
    private static final int FOLD_ROWS = 1 << 16;

    private LongAccumulators() {
    }

    /**
     * {@link Simd#foldIntegerColumns} of {@code n} INT32 or INT64 rows into {@code a}'s lanes, at
     * most {@link #FOLD_ROWS} per call; false, with nothing folded, for other element types.
     */
    private static boolean fold(Simd simd, BinaryOp op, Base a, MemorySegment s, DType src, long off,
                                long rowStride, long n) {
        if (src != DType.INT32 && src != DType.INT64) {
            return false;
        }
        for (long done = 0; done < n; done += FOLD_ROWS) {
            int m = (int) Math.min(FOLD_ROWS, n - done);
            simd.foldIntegerColumns(op, s, src, off + done * rowStride, rowStride, m, a.width, a.acc);
        }
        return true;
    }

    /** A new accumulator for {@code op} (SUM, PROD, MAX, MIN, ARGMAX, ARGMIN, ALL or ANY). */
    static Base create(ReduceOp op, DType compute) {
        return switch (op) {
            case SUM -> new Sum(compute);
            case PROD -> new Prod(compute);
            case MAX, MIN -> new Extreme(compute, op == ReduceOp.MAX);
            case ALL, ANY -> new Extreme(DType.BOOL, op == ReduceOp.ANY);
            case ARGMAX, ARGMIN -> new Arg(compute, op == ReduceOp.ARGMAX);
            default -> throw new IllegalArgumentException(op + " is not an integer reduction");
        };
    }

    /** Common state, gathering and storing for the long family: one long per lane. */
    abstract static class Base extends Accumulator<long[]> {
        private static final ThreadLocal<long[]> BUFFER = ThreadLocal.withInitial(() -> new long[0]);
        long[] acc = new long[0];

        Base(DType compute) {
            super(compute);
        }

        @Override
        final long[] newBuffer(int size) {
            long[] b = BUFFER.get();
            if (b.length < size) {
                b = new long[size];
                BUFFER.set(b);
            }
            return b;
        }

        @Override
        final void gather(MemorySegment s, DType src, long off, long stride, long[] buf, int pos, int len) {
            ElementIO.gatherLong(s, src, off, stride, buf, pos, len, compute);
        }

        final void reset(int width, long identity) {
            this.width = width;
            if (acc.length < width) {
                acc = new long[width];
            }
            Arrays.fill(acc, 0, width, identity);
        }

        @Override
        final void scatter(long[] src, int n, MemorySegment out, DType outType, long off, long stride) {
            ElementIO.scatterLong(src, 0, n, out, outType, off, stride, null, 0, 0);
        }

        @Override
        void results(long[] dst, Finish finish) {
            for (int j = 0; j < width; j++) {
                dst[j] = Conversions.wrap(result(j, finish), compute);
            }
        }

        /** Lane {@code lane}'s value before wrapping to the compute type. */
        abstract long result(int lane, Finish finish);
    }

    /** Wrapping sum. */
    static final class Sum extends Base {
        Sum(DType compute) {
            super(compute);
        }

        @Override
        void reset(int width) {
            reset(width, 0);
        }

        @Override
        void addRun(long[] values, int n, long flat) {
            long s = acc[0];
            for (int i = 0; i < n; i++) {
                s += values[i];
            }
            acc[0] = s;
        }

        /** Wrapping addition is associative, so the vector grouping gives the same sum. */
        @Override
        boolean addDirect(Simd simd, MemorySegment s, DType src, long off, long n, long flat) {
            acc[0] += simd.integerSum(s, src, off, n);
            return true;
        }

        @Override
        void addRow(long[] values, long flat) {
            for (int j = 0; j < width; j++) {
                acc[j] += values[j];
            }
        }

        /**
         * INT32 or INT64 rows added on lanes ({@link Simd#foldIntegerColumns}) into an INT32 or INT64
         * sum: the elements as they are, not wrapped to the compute type first, which wrapping the
         * total at the end makes the same.
         */
        @Override
        boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
            return (compute == DType.INT32 || compute == DType.INT64)
                    && fold(simd, BinaryOp.ADD, this, s, src, off, rowStride, n);
        }

        @Override
        void merge(Accumulator<long[]> later) {
            addRow(((Sum) later).acc, 0);
        }

        @Override
        long result(int lane, Finish finish) {
            return acc[lane] * finish.repeat();
        }
    }

    /** Wrapping product. */
    static final class Prod extends Base {
        Prod(DType compute) {
            super(compute);
        }

        @Override
        void reset(int width) {
            reset(width, 1);
        }

        @Override
        void addRun(long[] values, int n, long flat) {
            long p = acc[0];
            for (int i = 0; i < n; i++) {
                p *= values[i];
            }
            acc[0] = p;
        }

        @Override
        void addRow(long[] values, long flat) {
            for (int j = 0; j < width; j++) {
                acc[j] *= values[j];
            }
        }

        @Override
        void merge(Accumulator<long[]> later) {
            addRow(((Prod) later).acc, 0);
        }

        @Override
        long result(int lane, Finish finish) {
            return LongOps.power(acc[lane], finish.repeat());
        }
    }

    /** Maximum or minimum (for bool values: ANY or ALL). */
    static final class Extreme extends Base {
        private final boolean max;

        Extreme(DType compute, boolean max) {
            super(compute);
            this.max = max;
        }

        @Override
        void reset(int width) {
            reset(width, max ? Long.MIN_VALUE : Long.MAX_VALUE);
        }

        @Override
        void addRun(long[] values, int n, long flat) {
            long m = acc[0];
            if (max) {
                for (int i = 0; i < n; i++) {
                    m = Math.max(m, values[i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    m = Math.min(m, values[i]);
                }
            }
            acc[0] = m;
        }

        @Override
        boolean addDirect(Simd simd, MemorySegment s, DType src, long off, long n, long flat) {
            if (!holdsEvery(src, compute)) {
                return false;
            }
            long m = simd.integerExtreme(s, src, off, n, max);
            acc[0] = max ? Math.max(acc[0], m) : Math.min(acc[0], m);
            return true;
        }

        @Override
        void addRow(long[] values, long flat) {
            for (int j = 0; j < width; j++) {
                acc[j] = max ? Math.max(acc[j], values[j]) : Math.min(acc[j], values[j]);
            }
        }

        /** INT32 or INT64 rows whose values the compute type holds, on lanes ({@link Simd#foldIntegerColumns}). */
        @Override
        boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
            return compute != DType.BOOL && holdsEvery(src, compute)
                    && fold(simd, max ? BinaryOp.MAXIMUM : BinaryOp.MINIMUM, this, s, src, off, rowStride, n);
        }

        @Override
        void merge(Accumulator<long[]> later) {
            addRow(((Extreme) later).acc, 0);
        }

        @Override
        long result(int lane, Finish finish) {
            return acc[lane];
        }
    }

    /**
     * Whether the integer {@code src} converts to {@code compute} without wrapping, so the lanes,
     * which compare {@code src} elements as they are, order them as the gathered values: the
     * source is of the compute type, UINT32 into INT64, or an 8- or 16-bit type into INT32 or
     * INT64.
     */
    static boolean holdsEvery(DType src, DType compute) {
        boolean narrow = src.byteSize() <= 2 && src.isInteger() && (compute == DType.INT32 || compute == DType.INT64);
        return src == compute || (src == DType.UINT32 && compute == DType.INT64) || narrow;
    }

    /** Index of the first maximum or minimum. */
    static final class Arg extends Base {
        private final boolean max;
        private long[] index = new long[0];

        Arg(DType compute, boolean max) {
            super(compute);
            this.max = max;
        }

        @Override
        void reset(int width) {
            reset(width, 0);
            if (index.length < width) {
                index = new long[width];
            }
            Arrays.fill(index, 0, width, -1);
        }

        private void offer(int lane, long v, long at) {
            if (index[lane] < 0 || (max ? v > acc[lane] : v < acc[lane])) {
                acc[lane] = v;
                index[lane] = at;
            }
        }

        @Override
        void addRun(long[] values, int n, long flat) {
            for (int i = 0; i < n; i++) {
                offer(0, values[i], flat + i);
            }
        }

        /**
         * The run's first extreme, found on lanes ({@link Simd#integerArgExtreme}), offered as
         * {@link #addRun} would offer it.
         */
        @Override
        boolean addDirect(Simd simd, MemorySegment s, DType src, long off, long n, long flat) {
            if (!holdsEvery(src, compute)) {
                return false;
            }
            long at = simd.integerArgExtreme(s, src, off, n, max);
            offer(0, ElementIO.readLong(s, src, off + at, compute), flat + at);
            return true;
        }

        @Override
        void addRow(long[] values, long flat) {
            for (int j = 0; j < width; j++) {
                offer(j, values[j], flat);
            }
        }

        /** As {@link DoubleAccumulators.Arg#addRows}: each column's first extreme of the rows offered as one element. */
        @Override
        boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
            long[] rows = argColumns(simd, s, src, off, rowStride, n, max);
            if (rows == null) {
                return false;
            }
            for (int j = 0; j < width; j++) {
                offer(j, ElementIO.readLong(s, src, off + rows[j] * rowStride + j, compute), flat + rows[j]);
            }
            return true;
        }

        @Override
        void merge(Accumulator<long[]> later) {
            Arg other = (Arg) later;
            for (int j = 0; j < width; j++) {
                if (other.index[j] >= 0) {
                    offer(j, other.acc[j], other.index[j]);
                }
            }
        }

        @Override
        long result(int lane, Finish finish) {
            return finish.indexMap().original(index[lane]);
        }

        /** Indices are not wrapped to the compute type. */
        @Override
        void results(long[] dst, Finish finish) {
            for (int j = 0; j < width; j++) {
                dst[j] = result(j, finish);
            }
        }
    }
}
