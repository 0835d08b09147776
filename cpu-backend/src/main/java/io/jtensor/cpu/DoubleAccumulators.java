package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/** Reductions in the double work type (FLOAT32 and FLOAT64 compute types; FLOAT32 rounded once at the end). */
final class DoubleAccumulators {

    /** Rows summed in order before a partial sum enters the pairwise tree. */
    static final int ROW_LEAF = 8;
    /** Rows per call of {@link Simd#foldColumns} for the ops without a tree (an int count for any stretch). */
    private static final int FOLD_ROWS = 1 << 16;

    private DoubleAccumulators() {
    }

    /** A new accumulator for {@code op} (SUM, PROD, MAX, MIN, ARGMAX, ARGMIN, MEAN or VAR's passes). */
    static Base create(ReduceOp op, DType compute) {
        return switch (op) {
            case SUM, MEAN, VAR -> new Sum(compute, op);
            case PROD -> new Prod(compute);
            case MAX, MIN -> new Extreme(compute, op == ReduceOp.MAX);
            case ARGMAX, ARGMIN -> new Arg(compute, op == ReduceOp.ARGMAX);
            default -> throw new IllegalArgumentException(op + " is not a floating reduction");
        };
    }

    /**
     * {@link Simd#foldColumns} of {@code n} rows into {@code acc}, at most {@link #FOLD_ROWS} per call;
     * false, with nothing folded, unless the rows are FLOAT32 or FLOAT64 gathered without rounding
     * (the compute type FLOAT64, or FLOAT32 for FLOAT32 rows).
     */
    private static boolean fold(Simd simd, BinaryOp op, double[] acc, Base a, MemorySegment s, DType src, long off,
                                long rowStride, long n) {
        boolean exact = src == DType.FLOAT64 ? a.compute == DType.FLOAT64
                : src == DType.FLOAT32 && (a.compute == DType.FLOAT32 || a.compute == DType.FLOAT64);
        if (!exact) {
            return false;
        }
        for (long done = 0; done < n; done += FOLD_ROWS) {
            int m = (int) Math.min(FOLD_ROWS, n - done);
            simd.foldColumns(op, s, src, off + done * rowStride, rowStride, m, a.width, acc);
        }
        return true;
    }

    /** Common gathering and storing for the double family. */
    abstract static class Base extends Accumulator<double[]> {
        private static final ThreadLocal<double[]> BUFFER = ThreadLocal.withInitial(() -> new double[0]);

        Base(DType compute) {
            super(compute);
        }

        @Override
        final double[] newBuffer(int size) {
            double[] b = BUFFER.get();
            if (b.length < size) {
                b = new double[size];
                BUFFER.set(b);
            }
            return b;
        }

        @Override
        final void gather(MemorySegment s, DType src, long off, long stride, double[] buf, int pos, int len) {
            ElementIO.gatherDouble(s, src, off, stride, buf, pos, len, compute);
        }

        @Override
        final void scatter(double[] src, int n, MemorySegment out, DType outType, long off, long stride) {
            ElementIO.scatterDouble(src, 0, n, out, outType, off, stride, null, 0, 0);
        }

        @Override
        void results(double[] dst, Finish finish) {
            for (int j = 0; j < width; j++) {
                dst[j] = Conversions.round(result(j, finish), compute);
            }
        }

        /** Lane {@code lane}'s value before rounding to the compute type. */
        abstract double result(int lane, Finish finish);
    }

    /**
     * Pairwise sum; finishes as SUM (times the broadcast repeat), MEAN (divided by the count) or
     * VAR (sum of squared deviations from {@link #center}, divided by count - ddof).
     */
    static final class Sum extends Base {
        private final ReduceOp kind;
        private PairwiseSum tree;
        private double[] leaf;
        private int rowsInLeaf;
        private double[] center;
        private double[] totals;
        private float[] floats;

        Sum(DType compute, ReduceOp kind) {
            super(compute);
            this.kind = kind;
        }

        /** Makes this a VAR second pass: each value is replaced by its squared deviation from {@code means[lane]}. */
        void center(double[] means) {
            this.center = means;
        }

        /**
         * (v - mean)², float32 deviations squared in float as NumPy's {@code _var} does, so a
         * deviation beyond about 1.8e19 overflows to Inf there too.
         */
        private double squaredDeviation(double v, double mean) {
            if (compute == DType.FLOAT32) {
                float d = (float) (v - mean);
                return d * d;
            }
            double d = v - mean;
            return d * d;
        }

        /** Leaves of rows start at 0.0, as NumPy's axis sums start at the identity (a column of -0.0 sums to 0.0). */
        @Override
        void reset(int width) {
            if (tree == null || this.width != width) {
                tree = new PairwiseSum(width);
                leaf = new double[width];
                totals = new double[width];
            }
            this.width = width;
            tree.reset();
            if (rowsInLeaf > 0) {
                Arrays.fill(leaf, 0.0);
                rowsInLeaf = 0;
            }
        }

        @Override
        void addRun(double[] values, int n, long flat) {
            if (center != null) {
                double m = center[0];
                for (int i = 0; i < n; i++) {
                    values[i] = squaredDeviation(values[i], m);
                }
            }
            for (int i = 0; i < n; i += PairwiseSum.LEAF) {
                tree.push(PairwiseSum.leaf(values, i, Math.min(PairwiseSum.LEAF, n - i)));
            }
        }

        @Override
        boolean addDirect(Simd simd, MemorySegment s, DType src, long off, long n, long flat) {
            if (center != null) {
                return false;
            }
            for (long i = 0; i < n; i += PairwiseSum.LEAF) {
                tree.push(simd.leafSum(s, src, off + i, (int) Math.min(PairwiseSum.LEAF, n - i)));
            }
            return true;
        }

        @Override
        void addRow(double[] values, long flat) {
            if (center != null) {
                for (int j = 0; j < width; j++) {
                    leaf[j] += squaredDeviation(values[j], center[j]);
                }
            } else {
                for (int j = 0; j < width; j++) {
                    leaf[j] += values[j];
                }
            }
            if (++rowsInLeaf == ROW_LEAF) {
                flushLeaf();
            }
        }

        /** Float32 and float64 rows of a sum or mean (not VAR's second pass, which squares deviations). */
        @Override
        boolean addsRowsDirectly(DType src) {
            return center == null && (src == DType.FLOAT32 || src == DType.FLOAT64);
        }

        /**
         * A float32 row is first copied in bulk to a float array: the conversions and additions on
         * arrays are vectorised by the JIT (about 8% off a float32 sum over axis 0 of 32 x 32).
         */
        @Override
        void addRowDirect(MemorySegment s, DType src, long off, long flat) {
            if (src == DType.FLOAT32) {
                if (floats == null || floats.length < width) {
                    floats = new float[width];
                }
                MemorySegment.copy(s, ElementIO.FLOAT, off * Float.BYTES, floats, 0, width);
                for (int j = 0; j < width; j++) {
                    leaf[j] += floats[j];
                }
            } else {
                for (int j = 0; j < width; j++) {
                    leaf[j] += s.getAtIndex(ElementIO.DOUBLE, off + j);
                }
            }
            if (++rowsInLeaf == ROW_LEAF) {
                flushLeaf();
            }
        }

        /**
         * {@link #addRowDirect} of each row in turn, on lanes ({@link Simd#foldColumns}): a whole leaf
         * of {@value #ROW_LEAF} rows is summed straight into the tree's next slot, a partial one into
         * the leaf; the same additions in the same order.
         */
        @Override
        boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
            if (!addsRowsDirectly(src)) {
                return false;
            }
            long done = 0;
            while (done < n) {
                long at = off + done * rowStride;
                if (rowsInLeaf == 0 && n - done >= ROW_LEAF) {
                    double[] slot = tree.nextSlot();
                    Arrays.fill(slot, 0, width, 0.0);
                    simd.foldColumns(BinaryOp.ADD, s, src, at, rowStride, ROW_LEAF, width, slot);
                    tree.commitSlot();
                    done += ROW_LEAF;
                } else {
                    int m = (int) Math.min(n - done, ROW_LEAF - rowsInLeaf);
                    simd.foldColumns(BinaryOp.ADD, s, src, at, rowStride, m, width, leaf);
                    rowsInLeaf += m;
                    done += m;
                    if (rowsInLeaf == ROW_LEAF) {
                        flushLeaf();
                    }
                }
            }
            return true;
        }

        private void flushLeaf() {
            if (rowsInLeaf > 0) {
                tree.push(leaf);
                Arrays.fill(leaf, 0, width, 0.0);
                rowsInLeaf = 0;
            }
        }

        /** The per-lane sums so far (valid until the next call). */
        double[] totals() {
            flushLeaf();
            tree.total(totals);
            return totals;
        }

        @Override
        void merge(Accumulator<double[]> later) {
            double[] mine = totals().clone();
            double[] theirs = ((Sum) later).totals();
            for (int j = 0; j < width; j++) {
                mine[j] += theirs[j];
            }
            tree.reset();
            tree.push(mine);
        }

        @Override
        double result(int lane, Finish finish) {
            if (lane == 0) {
                totals();
            }
            // NumPy's sums start from the identity +0.0, so a sum of -0.0s is 0.0
            double total = totals[lane] + 0.0;
            return switch (kind) {
                case MEAN -> total / finish.count();
                case VAR -> total * finish.repeat()
                        / Math.max(finish.count() * finish.repeat() - finish.ddof(), 0);
                default -> finish.repeat() == 1 ? total : total * finish.repeat();
            };
        }
    }

    /** Product in order. */
    static final class Prod extends Base {
        private double[] acc = new double[0];

        Prod(DType compute) {
            super(compute);
        }

        @Override
        void reset(int width) {
            this.width = width;
            if (acc.length < width) {
                acc = new double[width];
            }
            Arrays.fill(acc, 0, width, 1.0);
        }

        @Override
        void addRun(double[] values, int n, long flat) {
            double p = acc[0];
            for (int i = 0; i < n; i++) {
                p *= values[i];
            }
            acc[0] = p;
        }

        @Override
        void addRow(double[] values, long flat) {
            for (int j = 0; j < width; j++) {
                acc[j] *= values[j];
            }
        }

        /**
         * FLOAT32 or FLOAT64 rows multiplied in on lanes ({@link Simd#foldColumns}), in order, as the
         * gathered rows would be (the gather only widens them).
         */
        @Override
        boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
            return fold(simd, BinaryOp.MULTIPLY, acc, this, s, src, off, rowStride, n);
        }

        @Override
        void merge(Accumulator<double[]> later) {
            double[] theirs = ((Prod) later).acc;
            for (int j = 0; j < width; j++) {
                acc[j] *= theirs[j];
            }
        }

        @Override
        double result(int lane, Finish finish) {
            double p = acc[lane];
            return finish.repeat() == 1 ? p : Math.pow(p, finish.repeat());
        }
    }

    /** Maximum or minimum with {@link Math#max}/{@link Math#min} rules (NaN wins, -0.0 below 0.0). */
    static final class Extreme extends Base {
        private final boolean max;
        private double[] acc = new double[0];
        private float[] floats;

        Extreme(DType compute, boolean max) {
            super(compute);
            this.max = max;
        }

        @Override
        void reset(int width) {
            this.width = width;
            if (acc.length < width) {
                acc = new double[width];
            }
            Arrays.fill(acc, 0, width, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }

        @Override
        void addRun(double[] values, int n, long flat) {
            double m = acc[0];
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
            double m = simd.extreme(s, src, off, n, max);
            acc[0] = max ? Math.max(acc[0], m) : Math.min(acc[0], m);
            return true;
        }

        @Override
        void addRow(double[] values, long flat) {
            for (int j = 0; j < width; j++) {
                acc[j] = max ? Math.max(acc[j], values[j]) : Math.min(acc[j], values[j]);
            }
        }

        /**
         * Float32 rows, and float64 rows computed in float64 (a max or min over a leading axis), read
         * without the gather buffer: the values the gather would give, since it only widens them.
         */
        @Override
        boolean addsRowsDirectly(DType src) {
            return src == DType.FLOAT32 && (compute == DType.FLOAT32 || compute == DType.FLOAT64)
                    || src == DType.FLOAT64 && compute == DType.FLOAT64;
        }

        /** As {@link Sum#addRowDirect}: a float32 row through one bulk copy; one loop per op, so the JIT vectorises it. */
        @Override
        void addRowDirect(MemorySegment s, DType src, long off, long flat) {
            double[] a = acc;
            int n = width;
            if (src == DType.FLOAT32) {
                if (floats == null || floats.length < n) {
                    floats = new float[n];
                }
                float[] f = floats;
                MemorySegment.copy(s, ElementIO.FLOAT, off * Float.BYTES, f, 0, n);
                if (max) {
                    for (int j = 0; j < n; j++) {
                        a[j] = Math.max(a[j], f[j]);
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        a[j] = Math.min(a[j], f[j]);
                    }
                }
            } else if (max) {
                for (int j = 0; j < n; j++) {
                    a[j] = Math.max(a[j], s.getAtIndex(ElementIO.DOUBLE, off + j));
                }
            } else {
                for (int j = 0; j < n; j++) {
                    a[j] = Math.min(a[j], s.getAtIndex(ElementIO.DOUBLE, off + j));
                }
            }
        }

        /** {@link #addRowDirect} of each row in turn, on lanes ({@link Simd#foldColumns}). */
        @Override
        boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
            return addsRowsDirectly(src)
                    && fold(simd, max ? BinaryOp.MAXIMUM : BinaryOp.MINIMUM, acc, this, s, src, off, rowStride, n);
        }

        @Override
        void merge(Accumulator<double[]> later) {
            addRow(((Extreme) later).acc, 0);
        }

        @Override
        double result(int lane, Finish finish) {
            return acc[lane];
        }
    }

    /** Index of the first maximum or minimum; the first NaN wins at once. */
    static final class Arg extends Base {
        private final boolean max;
        private double[] best = new double[0];
        private long[] index = new long[0];
        private boolean[] nan = new boolean[0];

        Arg(DType compute, boolean max) {
            super(compute);
            this.max = max;
        }

        @Override
        void reset(int width) {
            this.width = width;
            if (best.length < width) {
                best = new double[width];
                index = new long[width];
                nan = new boolean[width];
            }
            Arrays.fill(index, 0, width, -1);
            Arrays.fill(nan, 0, width, false);
        }

        private void offer(int lane, double v, long at) {
            if (nan[lane]) {
                return;
            }
            if (v != v) {
                nan[lane] = true;
                best[lane] = v;
                index[lane] = at;
            } else if (index[lane] < 0 || (max ? v > best[lane] : v < best[lane])) {
                best[lane] = v;
                index[lane] = at;
            }
        }

        @Override
        void addRun(double[] values, int n, long flat) {
            for (int i = 0; i < n && !nan[0]; i++) {
                offer(0, values[i], flat + i);
            }
        }

        /**
         * The run's first extreme, found on lanes ({@link Simd#floatArgExtreme}), offered as one
         * element: it wins only over a strictly smaller (larger) extreme of the earlier runs, and
         * nothing follows a NaN.
         */
        @Override
        boolean addDirect(Simd simd, MemorySegment s, DType src, long off, long n, long flat) {
            if (!nan[0]) {
                long at = simd.floatArgExtreme(s, src, off, n, max);
                offer(0, ElementIO.readDouble(s, src, off + at, compute), flat + at);
            }
            return true;
        }

        @Override
        void addRow(double[] values, long flat) {
            for (int j = 0; j < width; j++) {
                offer(j, values[j], flat);
            }
        }

        /** Float32 and float64 rows ({@code x.argmax(0)} of a C-ordered matrix). */
        @Override
        boolean addsRowsDirectly(DType src) {
            return src == DType.FLOAT32 || src == DType.FLOAT64;
        }

        /** {@link #offer} of each element of the row, read straight from memory, in one loop. */
        @Override
        void addRowDirect(MemorySegment s, DType src, long off, long flat) {
            boolean f32 = src == DType.FLOAT32;
            for (int j = 0; j < width; j++) {
                double v = f32 ? s.getAtIndex(ElementIO.FLOAT, off + j) : s.getAtIndex(ElementIO.DOUBLE, off + j);
                double b = best[j];
                if (index[j] < 0 || (max ? v > b : v < b) || (v != v && b == b)) {
                    best[j] = v;
                    index[j] = flat;
                    nan[j] = v != v;
                }
            }
        }

        /**
         * Each column's first extreme (or NaN) of the rows, found on lanes ({@link Simd#argColumns}),
         * offered as one element: it wins only over a strictly smaller (larger) extreme of the earlier
         * rows, and nothing follows a NaN.
         */
        @Override
        boolean addRows(Simd simd, MemorySegment s, DType src, long off, long rowStride, long n, long flat) {
            long[] rows = argColumns(simd, s, src, off, rowStride, n, max);
            if (rows == null) {
                return false;
            }
            for (int j = 0; j < width; j++) {
                offer(j, ElementIO.readDouble(s, src, off + rows[j] * rowStride + j, compute), flat + rows[j]);
            }
            return true;
        }

        @Override
        void merge(Accumulator<double[]> later) {
            Arg other = (Arg) later;
            for (int j = 0; j < width; j++) {
                if (other.index[j] >= 0) {
                    offer(j, other.best[j], other.index[j]);
                }
            }
        }

        /** The flat index, not rounded to the compute type (exact in a double: sizes stay far below 2^53). */
        @Override
        double result(int lane, Finish finish) {
            return finish.indexMap().original(index[lane]);
        }

        @Override
        void results(double[] dst, Finish finish) {
            for (int j = 0; j < width; j++) {
                dst[j] = result(j, finish);
            }
        }
    }
}
