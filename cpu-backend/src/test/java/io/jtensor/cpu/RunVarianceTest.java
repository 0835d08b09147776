package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static io.jtensor.cpu.TestSupport.get;
import static io.jtensor.cpu.TestSupport.size;
import static io.jtensor.cpu.TestSupport.storage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * VAR over contiguous runs both passes run by run ({@link RunVariance}, {@link Simd#squaredDeviationLeaf})
 * against the two accumulator passes ({@code varianceRuns} off), with and without the Vector API,
 * bit for bit: run lengths around the 32 sums of a leaf and a leaf of 512, short runs (which keep the
 * rows layout), ddof
 * 0 to past the count, offset, strided, reversed and rank-3 views, every other element and reversed runs, a broadcast reduced axis, outputs
 * split over threads and too few to split; values with NaN, infinities, zero signs, float32
 * deviations whose squares overflow, and runs of one value.
 */
class RunVarianceTest {

    private static final Simd LANES = SimdLoader.load().simd();
    private static final double[] SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0.0, -0.0, 1e300, -1e-300, 3e19, -2e19, 0.5};

    private static double[] values(int n, Random rnd, int specialsOneIn) {
        double[] v = new double[n];
        double shift = rnd.nextInt(3) == 0 ? 1e6 : 0;
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextInt(specialsOneIn) == 0 ? SPECIALS[rnd.nextInt(SPECIALS.length)]
                    : shift + rnd.nextGaussian() * 3;
        }
        return v;
    }

    private static CpuStorage run(ReduceKernels kernels, DType t, CpuStorage in, long offset, long[] strides,
                                  long[] kept, long[] reduced, int ddof) {
        CpuStorage out = CpuStorage.allocate(t, size(kept));
        kernels.run(new ReducePlan(ReduceOp.VAR, Operand.of(in, t, offset, strides), kept, reduced,
                TestSupport.dense(out, t, kept), t, ddof));
        return out;
    }

    /** Every layout and length: the run path's bits are the two passes' bits, with lanes and without. */
    @Test
    void runsGiveTheTwoPassBits() {
        Random rnd = new Random(21);
        ReduceKernels[][] pairs = {
            {new ReduceKernels(LANES, true, true, true, true), new ReduceKernels(LANES, true, true, true, false)},
            {new ReduceKernels(null, true, true, true, true), new ReduceKernels(null, true, true, true, false)}};
        int[][] shapes = {{3, 1}, {5, 2}, {4, 7}, {9, 8}, {6, 9}, {100, 10}, {3, 16}, {11, 17}, {7, 31}, {7, 32},
            {5, 33}, {4, 63}, {4, 64}, {3, 100}, {3, 511}, {3, 512}, {3, 513}, {2, 1025}, {5, 4100}, {600, 1000},
            {40_000, 10}, {3, 200_000}, {1, 300_000}};
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int[] shape : shapes) {
                int rows = shape[0];
                int cols = shape[1];
                int size = rows * cols;
                double[] v = values(2 * size + 7, rnd, size > 50_000 ? size / 3 : 30);
                if (rnd.nextBoolean()) {
                    Arrays.fill(v, 0, cols, -0.0);
                }
                Arrays.fill(v, Math.min(2 * size, (rows - 1) * cols), Math.min(2 * size, rows * cols), 2.5);
                CpuStorage in = storage(t, v);
                long[][] layouts = {{0, cols, 1}, {7, cols, 1}, {0, 2L * cols, 1}, {(long) (rows - 1) * cols, -cols, 1},
                    {1, 2L * cols, 2}, {cols - 1L, cols, -1}};
                for (long[] layout : layouts) {
                    for (int ddof : new int[] {0, 1, cols, cols + 1}) {
                        String what = t + " (" + rows + ", " + cols + ") view " + Arrays.toString(layout) + " ddof "
                                + ddof;
                        check(pairs, t, in, layout[0], new long[] {layout[1], layout[2]}, new long[] {rows},
                                new long[] {cols}, ddof, what);
                        if (size > 20_000) {
                            break;
                        }
                    }
                    if (size > 20_000) {
                        break;
                    }
                }
                if (size <= 20_000) {
                    check(pairs, t, in, 0, new long[] {size, cols, 1}, new long[] {2, rows}, new long[] {cols}, 0,
                            t + " (2, " + rows + ", " + cols + ") over the last axis");
                    check(pairs, t, in, 3, new long[] {cols, 0, 1}, new long[] {rows}, new long[] {3, cols}, 1,
                            t + " (" + rows + ", 3 broadcast, " + cols + ") over the last two axes");
                }
                in.release();
            }
        }
    }

    private static void check(ReduceKernels[][] pairs, DType t, CpuStorage in, long offset, long[] strides,
                              long[] kept, long[] reduced, int ddof, String what) {
        int n = (int) size(kept);
        for (ReduceKernels[] pair : pairs) {
            if (pair == pairs[0] && LANES == null) {
                continue;
            }
            CpuStorage now = run(pair[0], t, in, offset, strides, kept, reduced, ddof);
            CpuStorage old = run(pair[1], t, in, offset, strides, kept, reduced, ddof);
            for (int i = 0; i < n; i++) {
                double a = get(now, t, i);
                double b = get(old, t, i);
                if (Double.doubleToLongBits(a) != Double.doubleToLongBits(b)) {
                    fail(what + (pair == pairs[0] ? " on lanes" : " without lanes") + ": output " + i + " is " + a
                            + ", the two passes give " + b);
                }
            }
            now.release();
            old.release();
        }
    }

    /** Values worked out by hand: the population and sample variance, a constant run, one element. */
    @Test
    void knownVariances() {
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (ReduceKernels kernels : new ReduceKernels[] {new ReduceKernels(LANES), new ReduceKernels(null)}) {
                double[] v = new double[2 * 40 + 1];
                for (int i = 0; i < 40; i++) {
                    v[i] = i % 2 == 0 ? 1 : 3;
                    v[40 + i] = 1e6;
                }
                v[80] = -7;
                CpuStorage in = storage(t, v);
                CpuStorage out = run(kernels, t, in, 0, new long[] {40, 1}, new long[] {2}, new long[] {40}, 0);
                assertEquals(1.0, get(out, t, 0), t + " var of 1, 3, 1, 3, ...");
                assertEquals(0.0, get(out, t, 1), t + " var of a constant run");
                out.release();
                out = run(kernels, t, in, 0, new long[] {40, 1}, new long[] {2}, new long[] {40}, 1);
                assertEquals(40.0 / 39, get(out, t, 0), t == DType.FLOAT32 ? 1e-7 : 1e-15, t + " ddof 1");
                out.release();
                out = run(kernels, t, in, 80, new long[] {1, 1}, new long[] {1}, new long[] {1}, 0);
                assertEquals(0.0, get(out, t, 0), t + " var of one element");
                out.release();
                out = run(kernels, t, in, 80, new long[] {1, 1}, new long[] {1}, new long[] {1}, 1);
                assertEquals(Double.NaN, get(out, t, 0), t + " var of one element, ddof 1 (0 / 0)");
                out.release();
                in.release();
            }
        }
    }

    /** The lanes against {@link PairwiseSum#leaf} of the scalar squared deviations, every length up to 600. */
    @Test
    void squaredDeviationLeafIsTheScalarLeaf() {
        assumeTrue(LANES != null, "Vector API not available");
        Random rnd = new Random(5);
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            double[] v = values(640, rnd, 200);
            CpuStorage in = storage(t, v);
            for (int n = 0; n <= 600; n++) {
                int off = n % 5;
                double mean = rnd.nextGaussian();
                double[] squares = new double[n];
                for (int i = 0; i < n; i++) {
                    double x = get(in, t, off + i);
                    if (t == DType.FLOAT32) {
                        float d = (float) (x - mean);
                        squares[i] = d * d;
                    } else {
                        squares[i] = (x - mean) * (x - mean);
                    }
                }
                double want = PairwiseSum.leaf(squares, 0, n);
                double got = LANES.squaredDeviationLeaf(in.segment(), t, off, n, mean);
                assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got),
                        t + " n " + n + ": " + got + " instead of " + want);
            }
            in.release();
        }
    }
}
