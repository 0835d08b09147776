package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.dense;
import static io.jtensor.cpu.TestSupport.getLong;
import static io.jtensor.cpu.TestSupport.size;
import static io.jtensor.cpu.TestSupport.storage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * argmax/argmin down the columns ({@link Simd#argColumns}, and {@code x.argmax(0)} through
 * {@link ReduceKernels} with and without it) against NumPy's rule written out here: per column the
 * first NaN, else the first extreme compared with {@code >}/{@code <}, -0.0 equal to 0.0. Column
 * counts around the vector lengths and the 256-lane tile, row counts below and around a block of
 * rows, contiguous and strided rows, a (2, R, C) tensor reduced over its middle axis, and a tall
 * matrix split over threads; values drawn from a small set so ties, zero signs, infinities and NaN
 * land in every position.
 */
class ArgColumnsTest {

    private static final Simd LANES = SimdLoader.load().simd();
    private static final double[] SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0.0, -0.0, 3, 3, -7};
    private static final DType[] TYPES = {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64};
    private static final ReduceOp[] OPS = {ReduceOp.ARGMAX, ReduceOp.ARGMIN};

    /** NumPy's argmax (argmin) of column {@code c}: {@code rows} elements {@code v[from + r * stride + c]}. */
    private static long numpyColumn(double[] v, int from, int stride, int rows, int c, boolean max) {
        int best = 0;
        for (int r = 0; r < rows; r++) {
            double x = v[from + r * stride + c];
            if (x != x) {
                return r;
            }
            double b = v[from + best * stride + c];
            if (max ? x > b : x < b) {
                best = r;
            }
        }
        return best;
    }

    private static double[] values(DType t, int n, Random rnd, int specialsOneIn) {
        double[] v = new double[n];
        boolean floating = t == DType.FLOAT32 || t == DType.FLOAT64;
        double low = t == DType.INT32 ? Integer.MIN_VALUE : -0x1p62;
        double high = t == DType.INT32 ? Integer.MAX_VALUE : 0x1p62;
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(specialsOneIn) == 0) {
                double s = SPECIALS[rnd.nextInt(SPECIALS.length)];
                v[i] = floating ? s : s != s || s == Double.NEGATIVE_INFINITY ? low : s == Double.POSITIVE_INFINITY
                        ? high : s;
            } else {
                v[i] = rnd.nextInt(9) - 4;
            }
        }
        return v;
    }

    @Test
    void columnsFollowNumpysRule() {
        assumeTrue(LANES != null, "no Vector API");
        Random rnd = new Random(1802);
        int[] columns = {1, 2, 3, 4, 5, 7, 8, 9, 10, 15, 16, 17, 24, 31, 33, 63, 65, 100};
        int[] rowCounts = {1, 2, 3, 5, 8, 9, 16, 17, 33, 100};
        long[] found = new long[200];
        for (DType t : TYPES) {
            for (int cols : columns) {
                for (int rows : rowCounts) {
                    for (int pad : new int[] {0, 3}) {
                        int stride = cols + pad;
                        double[] v = values(t, rows * stride, rnd, rows < 9 ? 3 : 8);
                        CpuStorage in = storage(t, v);
                        for (ReduceOp op : OPS) {
                            boolean max = op == ReduceOp.ARGMAX;
                            assertTrue(LANES.argColumns(in.segment(), t, 0, stride, rows, cols, max, found));
                            for (int c = 0; c < cols; c++) {
                                assertEquals(numpyColumn(v, 0, stride, rows, c, max), found[c],
                                        op + " " + t + " " + rows + "x" + cols + " row stride " + stride + " column " + c);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A NaN in every row position of a column, and a NaN before and after the column's extreme in an earlier block. */
    @Test
    void firstNanWinsWhereverItIs() {
        assumeTrue(LANES != null, "no Vector API");
        long[] found = new long[16];
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int cols : new int[] {3, 10, 16}) {
                int rows = 41;
                for (int at = 0; at < rows; at++) {
                    double[] v = new double[rows * cols];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = i % 7;
                    }
                    v[at * cols + 1] = Double.NaN;
                    v[(rows - 1) * cols + 1] = Double.NaN;
                    v[Math.max(0, at - 1) * cols + 1] = 100;
                    CpuStorage in = storage(t, v);
                    for (ReduceOp op : OPS) {
                        boolean max = op == ReduceOp.ARGMAX;
                        assertTrue(LANES.argColumns(in.segment(), t, 0, cols, rows, cols, max, found));
                        long want = numpyColumn(v, 0, cols, rows, 1, max);
                        assertEquals(want, found[1], op + " " + t + " NaN at row " + at + " of " + cols + " columns");
                    }
                }
            }
        }
    }

    private static long[] argAxis(ReduceKernels kernels, ReduceOp op, DType t, CpuStorage in, long[] strides,
                                  long[] kept, long[] reduced) {
        CpuStorage out = CpuStorage.allocate(DType.INT64, size(kept));
        kernels.run(new ReducePlan(op, Operand.of(in, t, 0, strides), kept, reduced, dense(out, DType.INT64, kept),
                t, 0));
        long[] got = new long[(int) size(kept)];
        for (int i = 0; i < got.length; i++) {
            got[i] = getLong(out, DType.INT64, i);
        }
        out.release();
        return got;
    }

    /**
     * {@code x.argmax(0)} of matrices (contiguous, and up to 100 000 elements every other column of
     * a wider one), wider than a 256-lane tile, tall enough to be split over threads, and the middle axis of (2, R, C):
     * the same indices with the column path, without it and without the Vector API.
     */
    @Test
    void reductionsOverALeadingAxisAgree() {
        Random rnd = new Random(18);
        ReduceKernels[] paths = {new ReduceKernels(LANES, true, true), new ReduceKernels(LANES, true, false),
            new ReduceKernels(null, true, true)};
        int[][] shapes = {{1, 10}, {7, 3}, {1000, 10}, {100_000, 3}, {40, 300}, {3, 1000}, {4000, 40}};
        for (DType t : TYPES) {
            for (int[] shape : shapes) {
                int rows = shape[0];
                int cols = shape[1];
                double[] v = values(t, 2 * rows * cols, rnd, 50);
                CpuStorage in = storage(t, v);
                for (ReduceOp op : OPS) {
                    boolean max = op == ReduceOp.ARGMAX;
                    long[] want = new long[cols];
                    for (int c = 0; c < cols; c++) {
                        want[c] = numpyColumn(v, 0, cols, rows, c, max);
                    }
                    long[] wantHalf = new long[cols / 2 + cols % 2];
                    for (int c = 0; c < wantHalf.length; c++) {
                        wantHalf[c] = numpyColumn(v, 0, cols, rows, 2 * c, max);
                    }
                    long[] wantMiddle = new long[2 * cols];
                    for (int b = 0; b < 2; b++) {
                        for (int c = 0; c < cols; c++) {
                            wantMiddle[b * cols + c] = numpyColumn(v, b * rows * cols, cols, rows, c, max);
                        }
                    }
                    for (ReduceKernels k : paths) {
                        if (k != paths[2] && LANES == null) {
                            continue;
                        }
                        String context = op + " " + t + " " + rows + "x" + cols + " path " + java.util.Arrays.asList(paths)
                                .indexOf(k);
                        assertArrayEquals(want, argAxis(k, op, t, in, new long[] {1, cols}, new long[] {cols},
                                new long[] {rows}), context);
                        if (rows * cols > 100_000) {
                            continue;
                        }
                        assertArrayEquals(wantHalf, argAxis(k, op, t, in, new long[] {2, cols},
                                new long[] {wantHalf.length}, new long[] {rows}), context + " every other column");
                        assertArrayEquals(wantMiddle, argAxis(k, op, t, in, new long[] {rows * cols, 1, cols},
                                new long[] {2, cols}, new long[] {rows}), context + " (2, R, C) over axis 1");
                    }
                }
                in.release();
            }
        }
    }

    @Test
    void noRowsOrOtherTypesAreDeclined() {
        assumeTrue(LANES != null, "no Vector API");
        CpuStorage in = storage(DType.FLOAT32, 1, 2, 3);
        long[] found = new long[3];
        assertFalse(LANES.argColumns(in.segment(), DType.FLOAT32, 0, 3, 0, 3, true, found));
        assertFalse(LANES.argColumns(in.segment(), DType.FLOAT16, 0, 1, 1, 1, true, found));
        assertFalse(LANES.argColumns(in.segment(), DType.INT16, 0, 1, 1, 1, true, found));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> argAxis(
                new ReduceKernels(LANES, true, true), ReduceOp.ARGMAX, DType.FLOAT32, in, new long[] {1, 3},
                new long[] {3}, new long[] {0}));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
