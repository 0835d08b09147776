package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.get;
import static io.jtensor.cpu.TestSupport.getLong;
import static io.jtensor.cpu.TestSupport.size;
import static io.jtensor.cpu.TestSupport.storage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Sums, means, products, maxima and minima down the columns ({@link Simd#foldColumns},
 * {@link Simd#foldIntegerColumns}, and {@code x.sum(0)} through {@link ReduceKernels} with and
 * without them): the lanes against the row-by-row loop written out here, and the reductions against
 * the old path and the scalar backend bit for bit, over column counts around the vector blocks,
 * row counts around a leaf of rows, strided, offset and reversed rows, the middle axis of a rank-3
 * tensor, tall matrices split over threads and one too small to split, folded in stretches of
 * 65 536 rows; values drawn so that NaN, infinities, zero signs and
 * integer wrapping land in every position.
 */
class ColumnFoldsTest {

    private static final Simd LANES = SimdLoader.load().simd();
    private static final double[] SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0.0, -0.0, 1e300, -1e-300, 0.5};
    private static final long[] INTEGER_SPECIALS = {Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE,
        Integer.MIN_VALUE, -1, 0};

    private static double[] values(DType t, int n, Random rnd, int specialsOneIn) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            boolean special = rnd.nextInt(specialsOneIn) == 0;
            if (t == DType.INT32 || t == DType.INT64) {
                long x = special ? INTEGER_SPECIALS[rnd.nextInt(INTEGER_SPECIALS.length)] : rnd.nextInt(2001) - 1000;
                v[i] = t == DType.INT32 ? (int) x : x;
            } else {
                v[i] = special ? SPECIALS[rnd.nextInt(SPECIALS.length)] : rnd.nextGaussian() * 3;
            }
        }
        return v;
    }

    private static CpuStorage integers(DType t, double[] v) {
        CpuStorage s = CpuStorage.allocate(t, v.length);
        for (int i = 0; i < v.length; i++) {
            ElementIO.writeLong(s.segment(), t, i, (long) v[i]);
        }
        return s;
    }

    private static CpuStorage data(DType t, double[] v) {
        return t.isInteger() ? integers(t, v) : storage(t, v);
    }

    /** The row loop: {@code acc[j] op= x[r][j]} for r = 0, 1, ..., in double with Math.max rules. */
    private static double rowLoop(BinaryOp op, double acc, double x) {
        return switch (op) {
            case ADD -> acc + x;
            case MULTIPLY -> acc * x;
            case MAXIMUM -> Math.max(acc, x);
            default -> Math.min(acc, x);
        };
    }

    private static long rowLoop(BinaryOp op, long acc, long x) {
        return switch (op) {
            case ADD -> acc + x;
            case MAXIMUM -> Math.max(acc, x);
            default -> Math.min(acc, x);
        };
    }

    @Test
    void lanesFoldEachColumnAsTheRowLoop() {
        assumeTrue(LANES != null, "no Vector API");
        Random rnd = new Random(1901);
        int[] columns = {1, 3, 4, 7, 8, 15, 16, 17, 31, 32, 33, 64, 100};
        int[] rowCounts = {1, 2, 7, 8, 9, 17};
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64}) {
            boolean integer = t.isInteger();
            BinaryOp[] ops = integer ? new BinaryOp[] {BinaryOp.ADD, BinaryOp.MAXIMUM, BinaryOp.MINIMUM}
                    : new BinaryOp[] {BinaryOp.ADD, BinaryOp.MULTIPLY, BinaryOp.MAXIMUM, BinaryOp.MINIMUM};
            for (int cols : columns) {
                for (int rows : rowCounts) {
                    for (int stride : new int[] {cols, cols + 3, -(cols + 1)}) {
                        int span = rows * Math.abs(stride);
                        double[] v = values(t, span, rnd, 6);
                        CpuStorage in = data(t, v);
                        long first = stride < 0 ? (long) (rows - 1) * -stride : 0;
                        for (BinaryOp op : ops) {
                            String what = op + " " + t + " " + rows + "x" + cols + " row stride " + stride;
                            double[] start = values(t.isInteger() ? DType.INT64 : DType.FLOAT64, cols, rnd, 4);
                            if (integer) {
                                long[] acc = new long[cols];
                                long[] want = new long[cols];
                                for (int j = 0; j < cols; j++) {
                                    acc[j] = (long) start[j];
                                    want[j] = acc[j];
                                    for (int r = 0; r < rows; r++) {
                                        want[j] = rowLoop(op, want[j], (long) v[(int) (first + (long) r * stride + j)]);
                                    }
                                }
                                assertTrue(LANES.foldIntegerColumns(op, in.segment(), t, first, stride, rows, cols,
                                        acc), what);
                                for (int j = 0; j < cols; j++) {
                                    assertEquals(want[j], acc[j], what + " column " + j);
                                }
                            } else {
                                double[] acc = start.clone();
                                double[] want = start.clone();
                                for (int j = 0; j < cols; j++) {
                                    for (int r = 0; r < rows; r++) {
                                        double x = t == DType.FLOAT32 ? (float) v[(int) (first + (long) r * stride + j)]
                                                : v[(int) (first + (long) r * stride + j)];
                                        want[j] = rowLoop(op, want[j], x);
                                    }
                                }
                                assertTrue(LANES.foldColumns(op, in.segment(), t, first, stride, rows, cols, acc), what);
                                for (int j = 0; j < cols; j++) {
                                    assertEquals(Double.doubleToLongBits(want[j]), Double.doubleToLongBits(acc[j]),
                                            what + " column " + j + ": " + acc[j] + " instead of " + want[j]);
                                }
                            }
                        }
                        in.release();
                    }
                }
            }
        }
    }

    @Test
    void otherTypesAndOpsAreDeclined() {
        assumeTrue(LANES != null, "no Vector API");
        CpuStorage in = storage(DType.FLOAT64, 1, 2, 3, 4);
        double[] acc = {7, 7};
        long[] longs = {7, 7};
        assertFalse(LANES.foldColumns(BinaryOp.ADD, in.segment(), DType.FLOAT16, 0, 2, 2, 2, acc));
        assertFalse(LANES.foldColumns(BinaryOp.SUBTRACT, in.segment(), DType.FLOAT64, 0, 2, 2, 2, acc));
        assertFalse(LANES.foldIntegerColumns(BinaryOp.ADD, in.segment(), DType.INT16, 0, 2, 2, 2, longs));
        assertFalse(LANES.foldIntegerColumns(BinaryOp.MULTIPLY, in.segment(), DType.INT64, 0, 2, 2, 2, longs));
        assertEquals(7, acc[0]);
        assertEquals(7, acc[1]);
        assertEquals(7, longs[0]);
    }

    private static CpuStorage run(ReduceKernels kernels, ReduceOp op, DType t, DType compute, DType outType,
                                  CpuStorage in, long offset, long[] strides, long[] kept, long[] reduced) {
        CpuStorage out = CpuStorage.allocate(outType, size(kept));
        kernels.run(new ReducePlan(op, Operand.of(in, t, offset, strides), kept, reduced,
                TestSupport.dense(out, outType, kept), compute, 0));
        return out;
    }

    private static long bits(CpuStorage s, DType type, int i) {
        return type.isInteger() ? getLong(s, type, i) : Double.doubleToLongBits(get(s, type, i));
    }

    /**
     * Every op over the leading axis of matrices (contiguous, every other column, reversed rows, an
     * offset view), the middle axis of (2, R, C), and tall ones split over threads: the same bits with
     * the column folds, without them, and without the Vector API.
     */
    @Test
    void reductionsOverALeadingAxisGiveTheOldBits() {
        Random rnd = new Random(19);
        ReduceKernels[] paths = {new ReduceKernels(LANES, true, true, true), new ReduceKernels(LANES, true, true, false),
            new ReduceKernels(null, true, true, true)};
        int[][] shapes = {{1, 10}, {7, 3}, {9, 17}, {1000, 10}, {40, 300}, {3, 1000}, {17, 4100}, {4000, 40},
            {30_000, 17}, {100_000, 2}};
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64}) {
            boolean integer = t.isInteger();
            ReduceOp[] ops = integer ? new ReduceOp[] {ReduceOp.SUM, ReduceOp.MAX, ReduceOp.MIN, ReduceOp.MEAN}
                    : new ReduceOp[] {ReduceOp.SUM, ReduceOp.MEAN, ReduceOp.VAR, ReduceOp.PROD, ReduceOp.MAX,
                        ReduceOp.MIN};
            for (int[] shape : shapes) {
                int rows = shape[0];
                int cols = shape[1];
                // few specials in the tall ones, so that most of their columns are not NaN
                double[] v = values(t, 2 * rows * cols + 5, rnd, rows * cols > 50_000 ? rows * cols / 2 : 40);
                CpuStorage in = data(t, v);
                for (ReduceOp op : ops) {
                    DType[] computes = !integer ? new DType[] {DType.FLOAT32, DType.FLOAT64}
                            : op == ReduceOp.MEAN ? new DType[] {DType.FLOAT64}
                            : new DType[] {DType.INT64, DType.INT32};
                    for (DType compute : computes) {
                        DType outType = compute;
                        long[][] layouts = {
                            {0, 1, cols}, {5, 1, cols}, {0, 2, cols}, {(long) (rows - 1) * cols, 1, -cols}};
                        for (long[] layout : layouts) {
                            long kept = layout[1] == 2 ? (cols + 1) / 2 : cols;
                            long[] strides = {layout[1], layout[2]};
                            check(paths, op, t, compute, outType, in, layout[0], strides, new long[] {kept},
                                    new long[] {rows}, op + " " + t + " in " + compute + " " + rows + "x" + cols
                                            + " view " + Arrays.toString(layout));
                            if (rows * cols > 20_000) {
                                break;
                            }
                        }
                        if (rows * cols <= 20_000) {
                            check(paths, op, t, compute, outType, in, 0, new long[] {(long) rows * cols, 1, cols},
                                    new long[] {2, cols}, new long[] {rows},
                                    op + " " + t + " in " + compute + " (2, " + rows + ", " + cols + ") over axis 1");
                        }
                    }
                }
                in.release();
            }
        }
    }

    private static void check(ReduceKernels[] paths, ReduceOp op, DType t, DType compute, DType outType,
                              CpuStorage in, long offset, long[] strides, long[] kept, long[] reduced, String what) {
        CpuStorage[] outs = new CpuStorage[paths.length];
        for (int p = 0; p < paths.length; p++) {
            if (p < 2 && LANES == null) {
                continue;
            }
            outs[p] = run(paths[p], op, t, compute, outType, in, offset, strides, kept, reduced);
        }
        int n = (int) size(kept);
        for (int p = 0; p < 2 && LANES != null; p++) {
            for (int i = 0; i < n; i++) {
                if (bits(outs[p], outType, i) != bits(outs[2], outType, i)) {
                    fail(what + (p == 0 ? " with the column folds" : " without them") + ": output " + i + " is "
                            + get(outs[p], outType, i) + ", the scalar path's " + get(outs[2], outType, i));
                }
            }
        }
        if (op == ReduceOp.MAX || op == ReduceOp.MIN || t.isInteger() && op == ReduceOp.SUM) {
            long[] shape = concat(kept, reduced);
            for (int i = 0; i < n; i++) {
                long base = offset + TestSupport.viewIndex(0, kept, strides, i);
                long stride = strides[strides.length - 1];
                if (t.isInteger()) {
                    long want = op == ReduceOp.SUM ? 0 : op == ReduceOp.MAX ? Long.MIN_VALUE : Long.MAX_VALUE;
                    for (long r = 0; r < reduced[0]; r++) {
                        long x = ElementIO.readLong(in.segment(), t, base + r * stride, compute);
                        want = op == ReduceOp.SUM ? want + x : op == ReduceOp.MAX ? Math.max(want, x) : Math.min(want, x);
                    }
                    want = compute == DType.INT32 ? (int) want : want;
                    assertEquals(want, getLong(outs[2], outType, i), what + " output " + i + " (shape "
                            + Arrays.toString(shape) + ")");
                } else {
                    double want = op == ReduceOp.MAX ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    for (long r = 0; r < reduced[0]; r++) {
                        double x = get(in, t, base + r * stride);
                        want = op == ReduceOp.MAX ? Math.max(want, x) : Math.min(want, x);
                    }
                    assertEquals(compute == DType.FLOAT32 ? (float) want : want, get(outs[2], outType, i),
                            what + " output " + i);
                }
            }
        }
        for (CpuStorage out : outs) {
            if (out != null) {
                out.release();
            }
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /**
     * NumPy: {@code np.full((R, 21), -0.0).sum(0)} is all 0.0 (the sum starts at the identity 0.0), and
     * so is the mean; the product's sign follows the count of -0.0; a NaN anywhere in a column makes
     * its sum, product, max and min NaN and leaves the other columns alone. Max and min order -0.0
     * below 0.0 ({@link Math#max} rules, README's deviations: NumPy keeps the last of tied zeros), so
     * the column holding one 0.0 has max 0.0.
     */
    @Test
    void zeroSignsAndNanAsNumpy() {
        ReduceKernels[] paths = {new ReduceKernels(LANES, true, true, true), new ReduceKernels(LANES, true, true, false),
            new ReduceKernels(null, true, true, true)};
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int rows : new int[] {1, 5, 8, 9, 100, 3000}) {
                int cols = 21;
                double[] v = new double[rows * cols];
                Arrays.fill(v, -0.0);
                v[(rows / 2) * cols + 1] = 0.0;
                v[(rows - 1) * cols + 2] = Double.NaN;
                v[3] = Double.NaN;
                CpuStorage in = storage(t, v);
                for (int p = 0; p < paths.length; p++) {
                    if (p < 2 && LANES == null) {
                        continue;
                    }
                    for (ReduceOp op : new ReduceOp[] {ReduceOp.SUM, ReduceOp.MEAN, ReduceOp.PROD, ReduceOp.MAX,
                        ReduceOp.MIN}) {
                        CpuStorage out = run(paths[p], op, t, t, t, in, 0, new long[] {1, cols}, new long[] {cols},
                                new long[] {rows});
                        String what = op + " " + t + " of " + rows + " rows, path " + p;
                        for (int j = 0; j < cols; j++) {
                            boolean odd = rows % 2 == 1;
                            double want = switch (op) {
                                case SUM, MEAN -> 0.0;
                                case PROD -> j == 1 ? (odd ? 0.0 : -0.0) : (odd ? -0.0 : 0.0);
                                case MAX -> j == 1 ? 0.0 : -0.0;
                                default -> j == 1 && rows == 1 ? 0.0 : -0.0;
                            };
                            if (j == 2 || j == 3) {
                                want = Double.NaN;
                            }
                            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(get(out, t, j)),
                                    what + " column " + j + ": " + get(out, t, j) + " instead of " + want);
                        }
                        out.release();
                    }
                }
                in.release();
            }
        }
    }
}
