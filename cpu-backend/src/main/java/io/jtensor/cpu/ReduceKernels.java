package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Executes {@link ReducePlan}s.
 *
 * <p>The plan is first simplified: reduced dimensions with input stride 0 (broadcasts) are
 * factored out as a repeat count (SUM multiplies, PROD raises to the power, MEAN and VAR scale
 * their counts, the rest ignore it), so a broadcast of billions of elements costs nothing; the
 * remaining dimensions are merged where contiguous. Then one of two layouts is used:
 * <ul>
 *   <li><b>runs</b> — each output element streams its reduced elements, read along the innermost
 *   reduced dimension (ideal when that is contiguous); contiguous float data of a single run goes
 *   to {@link Simd} for SUM/MEAN/MAX/MIN/ARGMAX/ARGMIN, contiguous integer data of every width for
 *   SUM, MAX, MIN, ARGMAX and ARGMIN;</li>
 *   <li><b>rows</b> — for each reduced position, a row of {@value #TILE} to {@value #MAX_TILE} output lanes is read
 *   along the innermost kept dimension and folded into per-lane accumulators (a contiguous row of a float32 or float64 sum or
 *   mean is added straight from memory, without the gather buffer); this is the (outer, R, inner)
 *   layout of a reduction over a middle or leading axis, read sequentially.</li>
 * </ul>
 * Float sums are pairwise in both layouts ({@link PairwiseSum}). Work is split over threads by
 * output groups, or, when there are few, by stretches of the reduced range whose partial states
 * are merged in order.
 *
 * <p>ARGMAX and ARGMIN of FLOAT16, FLOAT32 or FLOAT64 whose single reduced run is contiguous
 * ({@code x.argmax(1)} of a C-ordered matrix), short rows included, skip the accumulators: each
 * output's run goes to {@link Simd#floatArgExtreme} (or {@link FloatArg} without the Vector API and
 * for FLOAT16) and its index is stored at once, short runs {@value #ARG_ROWS} at a time on lanes
 * one run per lane ({@link Simd#floatArgRows}); as long as there are enough outputs to split over
 * threads or few elements in all. ARGMAX and ARGMIN of FLOAT32, FLOAT64, INT32 or INT64 in the rows
 * layout with contiguous rows ({@code x.argmax(0)}) fold each stretch of rows on lanes
 * ({@link Simd#argColumns}), each column's first extreme offered to the accumulator once. SUM,
 * MEAN, PROD, MAX and MIN of FLOAT32 or FLOAT64 rows, and SUM, MAX and MIN of INT32 or INT64 rows,
 * in the rows layout with contiguous rows ({@code x.sum(0)}) fold a leaf of rows at a time on
 * lanes ({@link Simd#foldColumns}, {@link Simd#foldIntegerColumns}), each lane's operations those
 * of the row-by-row loop in the same order, so the same bits.
 */
final class ReduceKernels {

    /** Elements gathered per buffer in the runs layout. */
    static final int BLOCK = 1024;
    /** Output lanes per work item in the rows layout, at least. */
    static final int TILE = 256;
    /**
     * Output lanes per work item in the rows layout, at most: a wide row is cut into as few tiles as
     * the threads need, so each reduced row is read in long stretches (tiles of 256 lanes of a 4096-wide
     * float32 matrix read 1 KiB from every 16 KiB row: a new page per row, four times slower).
     */
    static final int MAX_TILE = 4096;
    /** Total elements below which a reduction runs on the calling thread alone. */
    static final long PARALLEL_MIN = 1 << 18;
    /** Elements per parallel chunk. */
    static final long GRAIN = 1 << 16;
    /** Rows per call of {@link Simd#floatArgRows}. */
    private static final int ARG_ROWS = 256;
    /** Innermost reduced runs shorter than this are read in the rows layout when possible. */
    private static final long SHORT_RUN = 32;

    private final Simd simd;
    private final boolean runPaths;
    private final boolean argColumns;
    private final boolean columnFolds;
    private final boolean varianceRuns;

    /** Creates the kernels; {@code simd} may be null. */
    ReduceKernels(Simd simd) {
        this(simd, true, true, true, true);
    }

    /** As {@link #ReduceKernels(Simd, boolean, boolean, boolean)} with the column folds on. */
    ReduceKernels(Simd simd, boolean argRuns, boolean argColumns) {
        this(simd, argRuns, argColumns, true, true);
    }

    /** As {@link #ReduceKernels(Simd, boolean, boolean, boolean, boolean)} with VAR's run path on. */
    ReduceKernels(Simd simd, boolean argRuns, boolean argColumns, boolean columnFolds) {
        this(simd, argRuns, argColumns, columnFolds, true);
    }

    /**
     * Creates the kernels; {@code simd} may be null. {@code argRuns} false sends float argmax and
     * argmin through the accumulators' gathering loops, as before the run paths; {@code argColumns}
     * false sends argmax and argmin down contiguous rows through the accumulators row by row, as
     * before {@link Simd#argColumns}; {@code columnFolds} false sends sums, means, products, maxima
     * and minima down contiguous rows through the accumulators row by row, as before
     * {@link Simd#foldColumns}; {@code varianceRuns} false sends VAR over contiguous runs through the
     * two accumulator passes instead of {@link RunVariance} (all four for benchmarks; the results are
     * the same bits).
     */
    ReduceKernels(Simd simd, boolean argRuns, boolean argColumns, boolean columnFolds, boolean varianceRuns) {
        this.simd = simd;
        this.runPaths = argRuns;
        this.argColumns = argColumns;
        this.columnFolds = columnFolds;
        this.varianceRuns = varianceRuns;
    }

    /** Runs the plan; a full reduction of a permuted dense view runs over its memory in order ({@link MemoryOrder}). */
    void run(ReducePlan original) {
        if (original.outputSize() == 0) {
            return;
        }
        if (original.reducedSize() == 0) {
            fillEmpty(original);
            return;
        }
        ReducePlan plan = MemoryOrder.dense(original);
        ReduceOp op = plan.op();
        DType compute = plan.computeType();
        boolean floatFamily = op == ReduceOp.MEAN || op == ReduceOp.VAR
                || (Conversions.isFloatFamily(compute) && op != ReduceOp.ALL && op != ReduceOp.ANY);
        if (floatFamily) {
            DType type = Conversions.isFloatFamily(compute) ? compute : DType.FLOAT64;
            ReduceOp first = op == ReduceOp.VAR ? ReduceOp.MEAN : op;
            new Job<>(plan, () -> DoubleAccumulators.create(first, type),
                    op == ReduceOp.VAR ? () -> DoubleAccumulators.create(ReduceOp.VAR, type) : null).run();
        } else {
            new Job<>(plan, () -> LongAccumulators.create(op, compute), null).run();
        }
    }

    private static void fillEmpty(ReducePlan plan) {
        Operand out = plan.out();
        MemorySegment seg = MapKernels.segment(out);
        double value = switch (plan.op()) {
            case SUM, ANY -> 0;
            case PROD, ALL -> 1;
            case MEAN, VAR -> Double.NaN;
            default -> throw new IllegalArgumentException(plan.op().numpyName() + " of an empty sequence");
        };
        StridedCursor cursor = new StridedCursor(plan.keptShape(), new long[][]{out.strides()},
                new long[]{out.offset()});
        for (long i = 0, n = plan.outputSize(); i < n; i++) {
            ElementIO.writeDouble(seg, out.dtype(), cursor.offset(0), value);
            cursor.advance(1);
        }
    }

    /** One plan's simplified geometry and execution. */
    private final class Job<A> {
        private final ReducePlan plan;
        private final Supplier<Accumulator<A>> factory;
        private final Supplier<Accumulator<A>> secondPass;
        private final MemorySegment in;
        private final DType inType;
        private final MemorySegment out;
        private final DType outType;
        private final Dims kept;
        private final Dims rest;
        private final long count;
        private final Accumulator.Finish finish;
        private final boolean rows;
        private final boolean direct;
        /** Float argmax/argmin of contiguous runs, each run's index stored at once ({@link #argRuns}). */
        private final boolean argRuns;
        /** VAR of FLOAT32 or FLOAT64 contiguous runs, both passes per run ({@link #varianceRuns}). */
        private final boolean fusedVariance;
        private final long width;
        /** Output lanes per work item in the rows layout ({@link #TILE} to {@link #MAX_TILE}). */
        private final int tile;
        private final long tiles;
        private final long items;
        private final long baseIn;
        private final long baseOut;
        private final CpuStorage scalarCopy;
        /** The accumulator made to learn the compute type, handed to the calling thread's worker. */
        private final Accumulator<A> first;

        Job(ReducePlan plan, Supplier<Accumulator<A>> factory, Supplier<Accumulator<A>> secondPass) {
            this.plan = plan;
            this.factory = factory;
            this.secondPass = secondPass;
            Operand input = plan.input();
            this.inType = input.dtype();
            this.out = MapKernels.segment(plan.out());
            this.outType = plan.out().dtype();
            int k = plan.keptShape().length;
            int r = plan.reducedShape().length;
            long[] inStrides;
            long inOffset;
            if (input.isScalar()) {
                this.scalarCopy = CpuStorage.allocate(inType, 1);
                this.in = scalarCopy.segment();
                ElementIO.writeDouble(in, inType, 0, input.scalar());
                inStrides = new long[k + r];
                inOffset = 0;
            } else {
                this.scalarCopy = null;
                this.in = MapKernels.segment(input);
                inStrides = input.strides();
                inOffset = input.offset();
            }
            long[] reduced = plan.reducedShape();
            long[] restShape = new long[r];
            long[] restStrides = new long[r];
            long[] restPlaces = new long[r];
            int n = 0;
            long repeat = 1;
            long place = 1;
            long[] places = new long[r];
            for (int d = r - 1; d >= 0; d--) {
                places[d] = place;
                place *= reduced[d];
            }
            for (int d = 0; d < r; d++) {
                if (reduced[d] > 1 && inStrides[k + d] == 0) {
                    repeat *= reduced[d];
                } else {
                    restShape[n] = reduced[d];
                    restStrides[n] = inStrides[k + d];
                    restPlaces[n++] = places[d];
                }
            }
            this.rest = n == r ? Dims.simplify(restShape, new long[][]{restStrides}, false, restPlaces)
                    : Dims.simplify(Arrays.copyOf(restShape, n), new long[][]{Arrays.copyOf(restStrides, n)}, false,
                    Arrays.copyOf(restPlaces, n));
            this.count = rest.size();
            this.kept = Dims.simplify(plan.keptShape(),
                    new long[][]{Arrays.copyOf(inStrides, k), plan.out().strides()}, true, null);
            this.finish = new Accumulator.Finish(count, repeat, plan.ddof(), this::originalIndex);
            int kd = kept.ndim();
            int rd = rest.ndim();
            this.rows = kd > 0 && (rd == 0 || rest.shape()[rd - 1] < SHORT_RUN
                    || Math.abs(kept.strides()[0][kd - 1]) < Math.abs(rest.strides()[0][rd - 1]));
            this.first = factory.get();
            DType compute = first.compute;
            boolean arg = plan.op() == ReduceOp.ARGMAX || plan.op() == ReduceOp.ARGMIN;
            boolean floats = Conversions.isSimdFloat(inType) && Conversions.isSimdFloat(compute)
                    && (inType == compute || inType == DType.FLOAT32) && (!arg || runPaths);
            boolean integers = inType.isInteger() && Conversions.isSimdInteger(compute);
            this.direct = simd != null && !rows && rd == 1 && rest.strides()[0][0] == 1 && (floats || integers);
            long outputs = kept.size();
            this.argRuns = runPaths && arg && kd > 0 && rd == 1 && rest.strides()[0][0] == 1
                    && (inType == compute || inType == DType.FLOAT16 && compute == DType.FLOAT32)
                    && (inType == DType.FLOAT16 || Conversions.isSimdFloat(inType))
                    && (outputs >= 2L * ParallelLoop.THREADS || outputs * count < PARALLEL_MIN);
            // where the two-pass loops would split one output's run over threads (few outputs),
            // their partial sums associate differently; those keep the accumulators. Runs shorter
            // than SHORT_RUN keep the rows layout too: folded across outputs on lanes it beat both
            // passes run by run (float64 (100000, 10): 3.3 ms against 3.8, the sums of ten a chain)
            this.fusedVariance = varianceRuns && !rows && plan.op() == ReduceOp.VAR && rd == 1
                    && rest.strides()[0][0] == 1
                    && inType == compute && outType == compute && (inType == DType.FLOAT32 || inType == DType.FLOAT64)
                    && (outputs >= 2L * ParallelLoop.THREADS || outputs * count < PARALLEL_MIN);
            this.width = rows ? kept.shape()[kd - 1] : 1;
            this.tile = rows ? tileWidth(width, kept.size() / Math.max(width, 1)) : TILE;
            this.tiles = (width + tile - 1) / tile;
            this.items = rows ? kept.size() / width * tiles : kept.size();
            this.baseIn = inOffset;
            this.baseOut = plan.out().offset();
        }

        /**
         * The lanes of a rows-layout work item for rows {@code width} wide in {@code outer} groups:
         * {@link #TILE}, or wider (a multiple of 64, at most {@link #MAX_TILE}) while that still leaves
         * two work items per thread. Each lane's additions are the same whatever the width.
         */
        private static int tileWidth(long width, long outer) {
            if (width <= TILE) {
                return TILE;
            }
            long wanted = 2L * ParallelLoop.THREADS;
            long perGroup = Math.max(1, (wanted + outer - 1) / outer);
            long lanes = (width + perGroup - 1) / perGroup;
            lanes = (lanes + 63) / 64 * 64;
            return (int) Math.max(TILE, Math.min(MAX_TILE, lanes));
        }

        private long originalIndex(long flat) {
            long[] shape = rest.shape();
            long[] places = rest.extra();
            long result = 0;
            long f = flat;
            for (int d = shape.length - 1; d >= 0; d--) {
                result += (f % shape[d]) * places[d];
                f /= shape[d];
            }
            return result;
        }

        void run() {
            try {
                execute();
            } finally {
                if (scalarCopy != null) {
                    scalarCopy.release();
                }
            }
        }

        private void execute() {
            if (argRuns) {
                argRuns();
                return;
            }
            if (fusedVariance) {
                varianceRuns();
                return;
            }
            long total = plan.outputSize() * count;
            if (total < PARALLEL_MIN || ParallelLoop.THREADS == 1) {
                new Worker(first).items(0, items);
            } else if (items >= 2L * ParallelLoop.THREADS) {
                long perItem = count * (rows ? Math.min(width, tile) : 1);
                ParallelLoop.forRange(items, Math.max(1, GRAIN / perItem), 1, (s, e) -> new Worker(null).items(s, e));
            } else {
                Worker worker = new Worker(first);
                for (long item = 0; item < items; item++) {
                    worker.split(item);
                }
            }
        }

        /**
         * Every output's contiguous run of {@code count} elements to {@link Simd#floatArgExtreme}
         * (or {@link FloatArg}), its position mapped back to the plan's reduced shape and stored:
         * no gathering, accumulator or scatter per output. Outputs are split over threads.
         */
        private void argRuns() {
            boolean max = plan.op() == ReduceOp.ARGMAX;
            long outputs = kept.size();
            long grain = Math.max(1, GRAIN / count);
            ParallelLoop.forRange(outputs, outputs * count < PARALLEL_MIN ? outputs : grain, 1, (s, e) -> {
                StridedCursor cursor = new StridedCursor(kept.shape(), kept.strides(), new long[]{baseIn, baseOut});
                cursor.seek(s);
                boolean lanes = simd != null && inType != DType.FLOAT16;
                boolean longs = outType == DType.INT64;
                long item = s;
                if (lanes && kept.ndim() == 1) {
                    long[] found = new long[ARG_ROWS];
                    long rowStride = kept.strides()[0][0];
                    long outStride = kept.strides()[1][0];
                    for (; item < e; item += ARG_ROWS) {
                        int n = (int) Math.min(ARG_ROWS, e - item);
                        if (!simd.floatArgRows(in, inType, baseIn + item * rowStride, rowStride, n, (int) count, max,
                                found)) {
                            break;
                        }
                        for (int r = 0; r < n; r++) {
                            ElementIO.writeLong(out, outType, baseOut + (item + r) * outStride, originalIndex(found[r]));
                        }
                    }
                    if (item < e) {
                        cursor.seek(item);
                    }
                }
                for (; item < e; item++) {
                    long off = cursor.offset(0);
                    long at = lanes ? simd.floatArgExtreme(in, inType, off, count, max)
                            : FloatArg.first(in, inType, off, count, max);
                    long index = originalIndex(at);
                    if (longs) {
                        out.setAtIndex(ElementIO.LONG, cursor.offset(1), index);
                    } else {
                        ElementIO.writeLong(out, outType, cursor.offset(1), index);
                    }
                    cursor.advance(1);
                }
            });
        }

        /**
         * Every output's contiguous run through {@link RunVariance}, summed as the runs layout sums, finished as
         * {@link DoubleAccumulators.Sum} finishes VAR and stored at once. Outputs are split over threads.
         */
        private void varianceRuns() {
            long outputs = kept.size();
            long grain = Math.max(1, GRAIN / count);
            DType compute = first.compute;
            long divisor = Math.max(finish.count() * finish.repeat() - finish.ddof(), 0);
            ParallelLoop.forRange(outputs, outputs * count < PARALLEL_MIN ? outputs : grain, 1, (s, e) -> {
                StridedCursor cursor = new StridedCursor(kept.shape(), kept.strides(), new long[]{baseIn, baseOut});
                cursor.seek(s);
                RunVariance variance = new RunVariance(simd);
                boolean f32 = compute == DType.FLOAT32;
                long repeat = finish.repeat();
                for (long item = s; item < e; item++) {
                    long off = cursor.offset(0);
                    double squares = variance.runs(in, inType, off, count);
                    double result = squares * repeat / divisor;
                    if (f32) {
                        out.setAtIndex(ElementIO.FLOAT, cursor.offset(1), (float) result);
                    } else {
                        out.setAtIndex(ElementIO.DOUBLE, cursor.offset(1), result);
                    }
                    cursor.advance(1);
                }
            });
        }

        /** Per-thread state: cursors, buffers and accumulators. */
        private final class Worker {
            private final StridedCursor keptCursor;
            private final StridedCursor restCursor;
            private final Accumulator<A> acc;
            private final Accumulator<A> acc2;
            private final A buffer;
            private long inBase;
            private long outBase;
            private int lanes;

            /** A worker folding into {@code accumulator}, or into a new one when it is null. */
            Worker(Accumulator<A> accumulator) {
                long[] keptShape = kept.shape();
                long[][] keptStrides = kept.strides();
                if (rows) {
                    int outer = keptShape.length - 1;
                    keptShape = Arrays.copyOf(keptShape, outer);
                    keptStrides = new long[][]{Arrays.copyOf(keptStrides[0], outer),
                            Arrays.copyOf(keptStrides[1], outer)};
                }
                keptCursor = new StridedCursor(keptShape, keptStrides, new long[]{baseIn, baseOut});
                restCursor = new StridedCursor(rest.shape(), rest.strides(), new long[]{0});
                acc = accumulator != null ? accumulator : factory.get();
                acc2 = secondPass == null ? null : secondPass.get();
                buffer = acc.newBuffer(Math.max(BLOCK, tile));
            }

            private void locate(long item) {
                if (rows) {
                    long first = item % tiles * tile;
                    keptCursor.seek(item / tiles);
                    int last = kept.ndim() - 1;
                    inBase = keptCursor.offset(0) + first * kept.strides()[0][last];
                    outBase = keptCursor.offset(1) + first * kept.strides()[1][last];
                    lanes = (int) Math.min(tile, width - first);
                } else {
                    keptCursor.seek(item);
                    inBase = keptCursor.offset(0);
                    outBase = keptCursor.offset(1);
                    lanes = 1;
                }
            }

            /** Moves to the next output element of the runs layout, without {@link #locate}'s divisions. */
            private void locateNext() {
                keptCursor.advance(1);
                inBase = keptCursor.offset(0);
                outBase = keptCursor.offset(1);
            }

            void items(long start, long end) {
                for (long item = start; item < end; item++) {
                    if (rows || item == start) {
                        locate(item);
                    } else {
                        locateNext();
                    }
                    acc.reset(lanes);
                    pass(acc, 0, count);
                    Accumulator<A> result = acc;
                    if (acc2 != null) {
                        center(acc, acc2);
                        acc2.reset(lanes);
                        pass(acc2, 0, count);
                        result = acc2;
                    }
                    write(result);
                }
            }

            void split(long item) {
                locate(item);
                Accumulator<A> result = splitPass(factory, null);
                if (secondPass != null) {
                    result = splitPass(secondPass, result);
                }
                write(result);
            }

            private Accumulator<A> splitPass(Supplier<Accumulator<A>> make, Accumulator<A> means) {
                int parts = Math.max(1, ParallelLoop.chunksFor(count * lanes, GRAIN));
                long per = (count + parts - 1) / parts;
                long step = (per + BLOCK - 1) / BLOCK * BLOCK;
                int n = (int) ((count + step - 1) / step);
                List<Accumulator<A>> partial = new ArrayList<>(Collections.nCopies(n, null));
                long in0 = inBase;
                long out0 = outBase;
                int w = lanes;
                ParallelLoop.forChunks(n, c -> {
                    Worker worker = new Worker(null);
                    worker.inBase = in0;
                    worker.outBase = out0;
                    worker.lanes = w;
                    Accumulator<A> a = make.get();
                    if (means != null) {
                        center(means, a);
                    }
                    a.reset(w);
                    worker.pass(a, c * step, Math.min(count, (c + 1) * step));
                    partial.set(c, a);
                });
                for (int c = 1; c < n; c++) {
                    partial.get(0).merge(partial.get(c));
                }
                return partial.get(0);
            }

            private void center(Accumulator<A> meanPass, Accumulator<A> second) {
                double[] totals = ((DoubleAccumulators.Sum) meanPass).totals();
                double[] means = new double[lanes];
                for (int j = 0; j < lanes; j++) {
                    means[j] = totals[j] / count;
                }
                ((DoubleAccumulators.Sum) second).center(means);
            }

            private void write(Accumulator<A> result) {
                result.results(buffer, finish);
                long outStride = rows ? kept.strides()[1][kept.ndim() - 1] : 0;
                result.scatter(buffer, lanes, out, outType, outBase, outStride);
            }

            /** Folds reduced positions {@code [r0, r1)} of the current item into {@code a}. */
            private void pass(Accumulator<A> a, long r0, long r1) {
                if (direct && a.addDirect(simd, in, inType, inBase + r0, r1 - r0, r0)) {
                    return;
                }
                restCursor.setBase(0, inBase);
                restCursor.seek(r0);
                long pos = r0;
                if (rows) {
                    long laneStride = kept.strides()[0][kept.ndim() - 1];
                    boolean arg = plan.op() == ReduceOp.ARGMAX || plan.op() == ReduceOp.ARGMIN;
                    boolean fromMemory = laneStride == 1 && a.addsRowsDirectly(inType) && (runPaths || !arg);
                    boolean columns = simd != null && laneStride == 1 && (arg ? argColumns : columnFolds);
                    while (pos < r1) {
                        long len = Math.min(restCursor.runLength(), r1 - pos);
                        long off = restCursor.offset(0);
                        long stride = restCursor.innerStride(0);
                        if (columns && a.addRows(simd, in, inType, off, stride, len, pos)) {
                            restCursor.advance(len);
                            pos += len;
                            continue;
                        }
                        for (long i = 0; i < len; i++) {
                            if (fromMemory) {
                                a.addRowDirect(in, inType, off + i * stride, pos + i);
                            } else {
                                a.gather(in, inType, off + i * stride, laneStride, buffer, 0, lanes);
                                a.addRow(buffer, pos + i);
                            }
                        }
                        restCursor.advance(len);
                        pos += len;
                    }
                    return;
                }
                while (pos < r1) {
                    long flat = pos;
                    int filled = 0;
                    while (filled < BLOCK && pos < r1) {
                        int len = (int) Math.min(Math.min(restCursor.runLength(), BLOCK - filled), r1 - pos);
                        a.gather(in, inType, restCursor.offset(0), restCursor.innerStride(0), buffer, filled, len);
                        restCursor.advance(len);
                        filled += len;
                        pos += len;
                    }
                    a.addRun(buffer, filled, flat);
                }
            }
        }
    }
}
