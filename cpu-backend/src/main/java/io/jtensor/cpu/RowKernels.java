package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.RowPlan;
import io.jtensor.op.RowOp;

import java.lang.foreign.MemorySegment;

/**
 * Executes {@link RowPlan}s: softmax, log-softmax and log-sum-exp over contiguous rows, as SciPy
 * computes them.
 *
 * <p>Each row's maximum (NaN if any element is NaN) is subtracted before exponentiating, so large
 * logits cannot overflow. Softmax uses the maximum as is ({@code exp(x - max)}, so a row holding
 * +Inf or NaN gives NaN); log-softmax and log-sum-exp replace a non-finite maximum by 0, as
 * {@code scipy.special} does (so an all -Inf row gives -Inf). Log-softmax and log-sum-exp take
 * exponentials and the row sum (pairwise) in double for FLOAT32 too and round every output once.
 * Softmax of FLOAT32 rows with the Vector API computes the exponentials on float lanes (each
 * within 0.85 ULP), sums them in double and multiplies by the double reciprocal of the sum: within
 * 2.2 ULP of the exact value; without the Vector API it is the double path, rounded once. Rows are
 * split over threads when there are enough elements.
 *
 * <p>Rows of at most {@value #SHORT_ROW} elements (an MLP's logits: 10 classes; FLOAT32 softmax
 * with the Vector API up to {@value #SHORT_FLOAT_SOFTMAX}, see {@link #takesShortRows}) are computed
 * {@value #SHORT_BLOCK} elements at a time, many rows per block ({@link #shortRows}): one
 * conversion to double, each row's maximum and shift, one exponential call over the whole block
 * ({@link ExpDouble}, on lanes with the Vector API), each row's sum ({@link PairwiseSum#leaf}, one
 * leaf as in the long-row path) and one store. The results are bit for bit those of the long-row
 * path without the Vector API, for FLOAT32 softmax as well (its exponentials in double, rounded
 * once, tighter than the float lanes' 2.2 ULP).
 */
final class RowKernels {

    /** Rows up to this length keep their exponentials in a double buffer for the final division. */
    static final int BUFFERED_ROW = 1 << 16;
    /** Elements per parallel chunk. */
    static final long GRAIN = 1 << 14;

    /** Rows up to this length take {@link #shortRows}. */
    static final int SHORT_ROW = PairwiseSum.SUMS - 1;
    /** FLOAT32 softmax rows up to this length take {@link #shortRows} when the Vector API is used. */
    static final int SHORT_FLOAT_SOFTMAX = 12;
    /** Elements per block of {@link #shortRows}. */
    static final int SHORT_BLOCK = 2048;

    private static final int BLOCK = 1024;
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private final Simd simd;
    private final boolean shortPath;

    /**
     * Creates the kernels; {@code simd} may be null. {@code shortPath} false sends short rows
     * through the long-row path too (as before the short-row blocks, for benchmarks).
     */
    RowKernels(Simd simd, boolean shortPath) {
        this.simd = simd;
        this.shortPath = shortPath;
    }

    /** Per-thread buffers. */
    private static final class Workspace {
        final double[] block = new double[BLOCK];
        final PairwiseSum sum = new PairwiseSum(1);
        final double[] shifted = new double[SHORT_BLOCK];
        final double[] exps = new double[SHORT_BLOCK];
        final double[] shifts = new double[SHORT_BLOCK];
        double[] row = new double[0];

        double[] row(int cols) {
            if (row.length < cols) {
                row = new double[Math.max(cols, 2 * row.length)];
            }
            return row;
        }
    }

    /** Runs the plan. */
    void run(RowPlan plan) {
        long rows = plan.rows();
        long cols = plan.cols();
        if (rows == 0) {
            return;
        }
        MemorySegment in = MapKernels.segment(plan.input());
        MemorySegment out = MapKernels.overwrittenSegment(plan.out(), plan.op().reducesRow() ? rows : rows * cols);
        DType type = plan.dtype();
        long inOff = plan.input().offset();
        long outOff = plan.out().offset();
        RowOp op = plan.op();
        if (cols == 0) {
            if (op == RowOp.LOG_SUM_EXP) {
                for (long r = 0; r < rows; r++) {
                    ElementIO.writeDouble(out, type, outOff + r, Double.NEGATIVE_INFINITY);
                }
            }
            return;
        }
        if (shortPath && takesShortRows(op, type, cols)) {
            ParallelLoop.forRange(rows, Math.max(1, GRAIN / cols), 1, (s, e) -> {
                Workspace ws = WORKSPACE.get();
                int per = SHORT_BLOCK / (int) cols;
                for (long r = s; r < e; r += per) {
                    int n = (int) Math.min(per, e - r);
                    shortRows(op, type, in, inOff + r * cols, out, outOff + (op.reducesRow() ? r : r * cols), n,
                            (int) cols, ws);
                }
            });
            return;
        }
        ParallelLoop.forRange(rows, Math.max(1, GRAIN / cols), 1, (s, e) -> {
            Workspace ws = WORKSPACE.get();
            for (long r = s; r < e; r++) {
                row(op, type, in, inOff + r * cols, out, outOff + (op.reducesRow() ? r : r * cols), cols, ws);
            }
        });
    }

    private void row(RowOp op, DType type, MemorySegment in, long off, MemorySegment out, long outOff, long cols,
                     Workspace ws) {
        double max = simd != null ? simd.extreme(in, type, off, cols, true) : scalarMax(in, type, off, cols, ws);
        double shift = op == RowOp.SOFTMAX || Double.isFinite(max) ? max : 0.0;
        boolean softmax = op == RowOp.SOFTMAX;
        if (softmax && type == DType.FLOAT32 && simd != null) {
            softmaxFloatLanes(in, off, out, outOff, cols, (float) shift);
            return;
        }
        double[] kept = softmax && cols <= BUFFERED_ROW ? ws.row((int) cols) : null;
        double[] block = ws.block;
        PairwiseSum sum = ws.sum;
        sum.reset();
        for (long i = 0; i < cols; i += PairwiseSum.LEAF) {
            int n = (int) Math.min(PairwiseSum.LEAF, cols - i);
            if (kept != null) {
                // The exponentials go straight into the row buffer (cached for the division below).
                exp(in, type, off + i, n, shift, kept, (int) i);
                sum.push(PairwiseSum.leaf(kept, (int) i, n));
            } else {
                exp(in, type, off + i, n, shift, block, 0);
                sum.push(PairwiseSum.leaf(block, 0, n));
                if (softmax) {
                    ElementIO.scatterDouble(block, 0, n, out, type, outOff + i, 1, null, 0, 0);
                }
            }
        }
        double s = sum.total();
        switch (op) {
            case SOFTMAX -> {
                if (kept != null && type == DType.FLOAT32) {
                    // Only without the Vector API (with it, softmaxFloatLanes took the row).
                    // (float) (e * (1/s)): the double product is within 2 double ULPs of e/s, so
                    // the float result is e/s correctly rounded except next to a rounding tie.
                    int n = (int) cols;
                    double factor = 1.0 / s;
                    for (int j = 0; j < n; j++) {
                        out.setAtIndex(ElementIO.FLOAT, outOff + j, (float) (kept[j] * factor));
                    }
                    break;
                }
                if (kept != null && type == DType.FLOAT64
                        && simd != null && simd.storeDividedDouble(kept, (int) cols, s, out, outOff)) {
                    break;
                }
                if (kept != null) {
                    int n = (int) cols;
                    for (int j = 0; j < n; j++) {
                        kept[j] /= s;
                    }
                    ElementIO.scatterDouble(kept, 0, n, out, type, outOff, 1, null, 0, 0);
                    break;
                }
                for (long i = 0; i < cols; i += BLOCK) {
                    int n = (int) Math.min(BLOCK, cols - i);
                    ElementIO.gatherDouble(out, type, outOff + i, 1, block, 0, n, type);
                    for (int j = 0; j < n; j++) {
                        block[j] /= s;
                    }
                    ElementIO.scatterDouble(block, 0, n, out, type, outOff + i, 1, null, 0, 0);
                }
            }
            case LOG_SOFTMAX -> {
                double log = Math.log(s);
                if (type == DType.FLOAT64 && simd != null && simd.shiftedDouble(in, off, cols, shift, log, out, outOff)) {
                    break;
                }
                if (type == DType.FLOAT32) {
                    logSoftmaxFloat(in, off, cols, shift, log, out, outOff);
                    break;
                }
                for (long i = 0; i < cols; i += BLOCK) {
                    int n = (int) Math.min(BLOCK, cols - i);
                    ElementIO.gatherDouble(in, type, off + i, 1, block, 0, n, type);
                    for (int j = 0; j < n; j++) {
                        block[j] = (block[j] - shift) - log;
                    }
                    ElementIO.scatterDouble(block, 0, n, out, type, outOff + i, 1, null, 0, 0);
                }
            }
            case LOG_SUM_EXP -> ElementIO.writeDouble(out, type, outOff, shift + Math.log(s));
        }
    }

    /**
     * True when rows of {@code cols} elements take {@link #shortRows}: up to {@value #SHORT_ROW}
     * elements (one pairwise leaf of plain additions), FLOAT32 softmax with the Vector API only up
     * to {@value #SHORT_FLOAT_SOFTMAX}: its float lanes were faster from 16 on (4096 rows of 16:
     * 250 against 400-470 µs of CPU time, of 31: 530 against 710), the short rows at 10 (276
     * against 345 µs; in one JMH run 400 against 354, within that run's noise); loaded AMD EPYC,
     * one thread.
     */
    boolean takesShortRows(RowOp op, DType type, long cols) {
        return cols <= (op == RowOp.SOFTMAX && type == DType.FLOAT32 && simd != null ? SHORT_FLOAT_SOFTMAX : SHORT_ROW);
    }

    /**
     * {@code n} rows of {@code cols <= SHORT_ROW} contiguous elements, {@code n * cols <= SHORT_BLOCK}:
     * the long-row path's arithmetic (the maximum with {@link Math#max} rules, {@code x - shift}
     * in double, {@link ExpDouble#exp}, one pairwise leaf per row, {@code e * (1 / s)} for FLOAT32
     * and {@code e / s} for FLOAT64 softmax, {@code (x - shift) - log(s)}, {@code shift + log(s)}),
     * each step over the whole block.
     */
    private void shortRows(RowOp op, DType type, MemorySegment in, long off, MemorySegment out, long outOff, int n,
                           int cols, Workspace ws) {
        int total = n * cols;
        double[] x = ws.shifted;
        double[] e = ws.exps;
        ElementIO.gatherDouble(in, type, off, 1, x, 0, total, type);
        boolean softmax = op == RowOp.SOFTMAX;
        double[] shifts = ws.shifts;
        for (int r = 0, at = 0; r < n; r++, at += cols) {
            double max = x[at];
            for (int j = 1; j < cols; j++) {
                max = Math.max(max, x[at + j]);
            }
            double shift = softmax || Double.isFinite(max) ? max : 0.0;
            shifts[r] = shift;
            for (int j = 0; j < cols; j++) {
                x[at + j] -= shift;
            }
        }
        if (simd == null || !simd.exp(x, e, total)) {
            for (int i = 0; i < total; i++) {
                e[i] = ExpDouble.exp(x[i]);
            }
        }
        for (int r = 0, at = 0; r < n; r++, at += cols) {
            double s = PairwiseSum.leaf(e, at, cols);
            switch (op) {
                case SOFTMAX -> {
                    if (type == DType.FLOAT32) {
                        double factor = 1.0 / s;
                        for (int j = 0; j < cols; j++) {
                            e[at + j] *= factor;
                        }
                    } else {
                        for (int j = 0; j < cols; j++) {
                            e[at + j] /= s;
                        }
                    }
                }
                case LOG_SOFTMAX -> {
                    double log = Math.log(s);
                    for (int j = 0; j < cols; j++) {
                        e[at + j] = x[at + j] - log;
                    }
                }
                case LOG_SUM_EXP -> shifts[r] += Math.log(s);
            }
        }
        if (op.reducesRow()) {
            ElementIO.scatterDouble(shifts, 0, n, out, type, outOff, 1, null, 0, 0);
        } else {
            ElementIO.scatterDouble(e, 0, total, out, type, outOff, 1, null, 0, 0);
        }
    }

    /**
     * FLOAT32 softmax on float lanes: the exponentials go straight into the output row (float,
     * within 0.85 ULP), their sum is taken in double, and each is then multiplied by the double
     * reciprocal of the sum and rounded once more: within 2.2 ULP of the exact value.
     */
    private void softmaxFloatLanes(MemorySegment in, long off, MemorySegment out, long outOff, long cols,
                                   float shift) {
        double s = 0;
        for (long i = 0; i < cols; i += BUFFERED_ROW) {
            int n = (int) Math.min(BUFFERED_ROW, cols - i);
            s += simd.expShiftedFloat(in, off + i, n, shift, out, outOff + i);
        }
        simd.scaleFloat(out, outOff, cols, 1.0 / s);
    }

    private void exp(MemorySegment in, DType type, long off, int n, double shift, double[] dst, int pos) {
        if (simd != null && simd.expShifted(in, type, off, n, shift, dst, pos)) {
            return;
        }
        ElementIO.gatherDouble(in, type, off, 1, dst, pos, n, type);
        for (int i = pos; i < pos + n; i++) {
            dst[i] = ExpDouble.exp(dst[i] - shift);
        }
    }

    /** {@code out[i] = (float) ((x[i] - shift) - log)} for a FLOAT32 row. */
    private void logSoftmaxFloat(MemorySegment in, long off, long cols, double shift, double log,
                                 MemorySegment out, long outOff) {
        for (long i = 0; i < cols; i += BLOCK) {
            int n = (int) Math.min(BLOCK, cols - i);
            if (simd != null && simd.shiftedFloat(in, off + i, n, shift, log, out, outOff + i)) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                double x = in.getAtIndex(ElementIO.FLOAT, off + i + j);
                out.setAtIndex(ElementIO.FLOAT, outOff + i + j, (float) ((x - shift) - log));
            }
        }
    }

    private static double scalarMax(MemorySegment in, DType type, long off, long cols, Workspace ws) {
        double m = Double.NEGATIVE_INFINITY;
        double[] block = ws.block;
        for (long i = 0; i < cols; i += BLOCK) {
            int n = (int) Math.min(BLOCK, cols - i);
            ElementIO.gatherDouble(in, type, off + i, 1, block, 0, n, type);
            for (int j = 0; j < n; j++) {
                m = Math.max(m, block[j]);
            }
        }
        return m;
    }
}
