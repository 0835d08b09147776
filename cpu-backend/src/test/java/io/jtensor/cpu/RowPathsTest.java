package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.backend.RowPlan;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.RowOp;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The row paths: float argmax/argmin of contiguous runs ({@link FloatArg},
 * {@link Simd#floatArgExtreme}, the accumulators' direct path) against NumPy's rule written out
 * here (first NaN, else the first extreme compared with {@code >}/{@code <}, -0.0 equal to 0.0),
 * and short softmax rows ({@code RowKernels.shortRows}) bit for bit against the long-row path
 * without the Vector API. Row lengths 1 to 70 and the block boundaries, values drawn from a small
 * set so ties, zero signs, infinities and NaN occur in every position.
 */
class RowPathsTest {

    private static final Simd LANES = SimdLoader.load().simd();
    private static final double[] SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0.0, -0.0, 1.5, -1.5, 3, 3, -7};
    private static final DType[] FLOATS = {DType.FLOAT16, DType.FLOAT32, DType.FLOAT64};

    /** NumPy's argmax (argmin) of {@code v[from .. from + n)}. */
    private static long numpyArg(double[] v, int from, int n, boolean max) {
        int best = 0;
        for (int i = 0; i < n; i++) {
            double x = v[from + i];
            if (x != x) {
                return i;
            }
            if (max ? x > v[from + best] : x < v[from + best]) {
                best = i;
            }
        }
        return best;
    }

    private static double draw(Random rnd, int specialsOneIn) {
        return rnd.nextInt(specialsOneIn) == 0 ? SPECIALS[rnd.nextInt(SPECIALS.length)] : rnd.nextInt(9) - 4;
    }

    private static CpuStorage argRows(ReduceKernels kernels, ReduceOp op, DType type, CpuStorage in, long offset,
                                      long[] strides, long[] kept, long[] reduced) {
        CpuStorage out = CpuStorage.allocate(DType.INT64, size(kept));
        DType compute = type == DType.FLOAT16 ? DType.FLOAT32 : type;
        kernels.run(new ReducePlan(op, Operand.of(in, type, offset, strides), kept, reduced,
                dense(out, DType.INT64, kept), compute, 0));
        return out;
    }

    @Test
    void argOfShortRowsFollowsNumpysRule() {
        Random rnd = new Random(1606);
        ReduceKernels[] paths = {new ReduceKernels(LANES, true, true), new ReduceKernels(null, true, true)};
        for (DType t : FLOATS) {
            for (int cols = 1; cols <= 70; cols++) {
                int rows = 43;
                double[] v = new double[rows * cols];
                for (int i = 0; i < v.length; i++) {
                    v[i] = draw(rnd, i % 3 == 0 ? 2 : 12);
                }
                // a row of ties only, one with -0.0 before 0.0, one with NaN last
                for (int c = 0; c < cols; c++) {
                    v[c] = 2;
                    v[cols + c] = c == 0 ? -0.0 : 0.0;
                    v[2 * cols + c] = c == cols - 1 ? Double.NaN : -5;
                }
                CpuStorage in = storage(t, v);
                for (ReduceOp op : new ReduceOp[] {ReduceOp.ARGMAX, ReduceOp.ARGMIN}) {
                    for (ReduceKernels k : paths) {
                        if (k == paths[0] && LANES == null) {
                            continue;
                        }
                        CpuStorage out = argRows(k, op, t, in, 0, new long[] {cols, 1}, new long[] {rows},
                                new long[] {cols});
                        for (int r = 0; r < rows; r++) {
                            assertEquals(numpyArg(v, r * cols, cols, op == ReduceOp.ARGMAX), getLong(out, DType.INT64, r),
                                    op + " " + t + " cols " + cols + " row " + r + (k == paths[0] ? " lanes" : " scalar"));
                        }
                    }
                }
            }
        }
    }

    /**
     * Runs of many vectors and several {@link VectorSimd#FLOAT_ARG_BLOCK}s: the extreme in a later
     * block, equal extremes (and -0.0 against 0.0) in two blocks, a NaN after the extreme; as rows
     * and as one full reduction split over threads (the direct path of the accumulator).
     */
    @Test
    void argOfLongRunsKeepsTheFirstAcrossBlocksAndThreads() {
        Random rnd = new Random(77);
        int block = VectorSimd.FLOAT_ARG_BLOCK;
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int n : new int[] {31, 33, 64, 100, block - 1, block + 1, 3 * block + 5, 400_000}) {
                for (int c = 0; c < 6; c++) {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = rnd.nextInt(1000) - 500;
                    }
                    int a = rnd.nextInt(n);
                    int b = rnd.nextInt(n);
                    switch (c) {
                        case 0 -> v[a] = 1000;
                        case 1 -> {
                            v[a] = 1000;
                            v[b] = 1000;
                        }
                        case 2 -> {
                            java.util.Arrays.fill(v, -1);
                            v[a] = -0.0;
                            v[b] = 0.0;
                        }
                        case 3 -> {
                            v[a] = 1000;
                            v[b] = Double.NaN;
                            v[n - 1] = Double.NaN;
                        }
                        case 4 -> {
                            v[a] = -1000;
                            v[b] = -1000;
                        }
                        default -> v[n - 1] = 5000;
                    }
                    CpuStorage in = storage(t, v);
                    for (ReduceOp op : new ReduceOp[] {ReduceOp.ARGMAX, ReduceOp.ARGMIN}) {
                        long want = numpyArg(v, 0, n, op == ReduceOp.ARGMAX);
                        String what = op + " " + t + " n " + n + " case " + c;
                        if (LANES != null) {
                            assertEquals(want, LANES.floatArgExtreme(in.segment(), t, 0, n, op == ReduceOp.ARGMAX), what);
                        }
                        assertEquals(want, FloatArg.first(in.segment(), t, 0, n, op == ReduceOp.ARGMAX), what);
                        for (CpuBackend backend : new CpuBackend[] {CPU, SCALAR}) {
                            CpuStorage full = CpuStorage.allocate(DType.INT64, 1);
                            backend.reduce(new ReducePlan(op, dense(in, t, n), new long[0], new long[] {n},
                                    dense(full, DType.INT64), t, 0));
                            assertEquals(want, getLong(full, DType.INT64, 0), what + " full, " + backend.deviceDescription());
                        }
                    }
                }
            }
        }
    }

    /**
     * Rows that are not packed (a column slice), a reduced pair of dimensions, broadcast reduced
     * dimensions before and after the run, and the reduction down the columns ({@code argmax(0)}).
     */
    @Test
    void argRowsOfViewsMapTheirIndexBack() {
        Random rnd = new Random(5);
        double[] v = new double[12 * 16];
        for (int i = 0; i < v.length; i++) {
            v[i] = draw(rnd, 4);
        }
        for (DType t : FLOATS) {
            CpuStorage in = storage(t, v);
            for (ReduceKernels kernels : new ReduceKernels[] {new ReduceKernels(LANES, true, true), new ReduceKernels(null, true, true)}) {
                // x[:, 3:13].argmax(1) of a 12 x 16 matrix
                CpuStorage out = argRows(kernels, ReduceOp.ARGMAX, t, in, 3, new long[] {16, 1},
                        new long[] {12}, new long[] {10});
                for (int r = 0; r < 12; r++) {
                    assertEquals(numpyArg(v, r * 16 + 3, 10, true), getLong(out, DType.INT64, r), t + " slice row " + r);
                }
                // (3, 4, 16) reduced over its last two axes: runs of 64, indices flat in (4, 16)
                CpuStorage pairs = argRows(kernels, ReduceOp.ARGMIN, t, in, 0, new long[] {64, 16, 1},
                        new long[] {3}, new long[] {4, 16});
                for (int r = 0; r < 3; r++) {
                    assertEquals(numpyArg(v, r * 64, 64, false), getLong(pairs, DType.INT64, r), t + " pair row " + r);
                }
                // a reduced (5, 16) whose first axis is broadcast: the index of the first copy
                CpuStorage broadcast = argRows(kernels, ReduceOp.ARGMAX, t, in, 0, new long[] {16, 0, 1},
                        new long[] {12}, new long[] {5, 16});
                for (int r = 0; r < 12; r++) {
                    assertEquals(numpyArg(v, r * 16, 16, true), getLong(broadcast, DType.INT64, r), t + " broadcast row " + r);
                }
                // a reduced (16, 5) whose last axis is broadcast: the first copy of each element is 5 apart
                CpuStorage spread = argRows(kernels, ReduceOp.ARGMIN, t, in, 0, new long[] {16, 1, 0},
                        new long[] {12}, new long[] {16, 5});
                for (int r = 0; r < 12; r++) {
                    assertEquals(5 * numpyArg(v, r * 16, 16, false), getLong(spread, DType.INT64, r), t + " spread row " + r);
                }
                // x.argmax(0) and x.argmin(0) of the 12 x 16 matrix: rows read across the columns
                for (ReduceOp op : new ReduceOp[] {ReduceOp.ARGMAX, ReduceOp.ARGMIN}) {
                    CpuStorage down = argRows(kernels, op, t, in, 0, new long[] {1, 16}, new long[] {16}, new long[] {12});
                    for (int c = 0; c < 16; c++) {
                        double[] column = new double[12];
                        for (int r = 0; r < 12; r++) {
                            column[r] = v[r * 16 + c];
                        }
                        assertEquals(numpyArg(column, 0, 12, op == ReduceOp.ARGMAX), getLong(down, DType.INT64, c),
                                op + " " + t + " column " + c);
                    }
                }
            }
        }
    }

    /**
     * Softmax, log-softmax and log-sum-exp of rows of 1 to 70 elements (and at the short-row limit)
     * are the long-row path's bits without the Vector API, with and without it, wherever the short
     * path takes them (FLOAT32 softmax on lanes only up to {@code SHORT_FLOAT_SOFTMAX}); rows with
     * -Inf, +Inf and NaN included.
     */
    @Test
    void shortSoftmaxRowsAreTheLongRowPathsBits() {
        Random rnd = new Random(2026);
        RowKernels longRows = new RowKernels(null, false);
        RowKernels[] shortRows = {new RowKernels(LANES, true), new RowKernels(null, true)};
        int[] widths = new int[74];
        for (int i = 0; i < 70; i++) {
            widths[i] = i + 1;
        }
        widths[70] = RowKernels.SHORT_ROW - 1;
        widths[71] = RowKernels.SHORT_ROW;
        widths[72] = RowKernels.SHORT_FLOAT_SOFTMAX + 1;
        widths[73] = 1;
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int cols : widths) {
                int rows = cols == 1 ? RowKernels.SHORT_BLOCK + 3 : 2 * RowKernels.SHORT_BLOCK / cols + 5;
                double[] x = new double[rows * cols];
                for (int i = 0; i < x.length; i++) {
                    x[i] = rnd.nextInt(40) == 0 ? SPECIALS[rnd.nextInt(3)] : rnd.nextGaussian() * 30;
                }
                CpuStorage in = storage(t, x);
                for (RowOp op : RowOp.values()) {
                    long outSize = op.reducesRow() ? rows : (long) rows * cols;
                    CpuStorage want = CpuStorage.allocate(t, outSize);
                    longRows.run(new RowPlan(op, dense(in, t, x.length), rows, cols, dense(want, t, outSize), t));
                    for (RowKernels k : shortRows) {
                        if (k == shortRows[0] && LANES == null) {
                            continue;
                        }
                        if (cols > RowKernels.SHORT_ROW) {
                            assertFalse(k.takesShortRows(op, t, cols), op + " " + t + " cols " + cols);
                        }
                        if (!k.takesShortRows(op, t, cols)) {
                            continue;
                        }
                        CpuStorage got = CpuStorage.allocate(t, outSize);
                        k.run(new RowPlan(op, dense(in, t, x.length), rows, cols, dense(got, t, outSize), t));
                        for (long i = 0; i < outSize; i++) {
                            assertEquals(raw(want, t, i), raw(got, t, i), op + " " + t + " cols " + cols + " at " + i
                                    + (k == shortRows[0] ? " lanes" : " scalar") + ": " + get(want, t, i) + " vs "
                                    + get(got, t, i));
                        }
                    }
                }
            }
        }
    }

    private static long raw(CpuStorage s, DType t, long i) {
        return t == DType.FLOAT32 ? Float.floatToRawIntBits(s.segment().getAtIndex(ElementIO.FLOAT, i))
                : Double.doubleToRawLongBits(s.segment().getAtIndex(ElementIO.DOUBLE, i));
    }
}
