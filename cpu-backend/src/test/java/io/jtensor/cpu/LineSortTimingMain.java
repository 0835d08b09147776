package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.SortPlan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;

/**
 * Prints the time of {@code argsort(x, -1)} over many lines with short lines of 32-bit keys sorted
 * as packed longs (new) and by the radix passes (old), alternated call by call (medians of the
 * rounds after a warm-up, wall and the calling thread's CPU time; run with
 * {@code -Djtensor.cpu.threads=1}; not a test: run it by hand with the test class path). With
 * {@code -Dnetworks=true}, old is session 20's packed sort ({@code Arrays.sort} line by line) and new
 * the sorting networks of short lines, several at once on lanes.
 */
public final class LineSortTimingMain {

    private static final int WARMUP = 20;
    private static final int ROUNDS = 31;

    private LineSortTimingMain() {
    }

    /** Runs the timings. */
    public static void main(String[] args) {
        boolean networks = Boolean.getBoolean("networks");
        SortKernel now = networks ? new SortKernel(true, true, SimdLoader.load().simd()) : new SortKernel(true);
        SortKernel old = networks ? new SortKernel(true, false, null) : new SortKernel(false);
        System.out.printf("%-8s %-14s %22s %22s %7s%n", "dtype", "shape", "old wall/cpu median", "new wall/cpu median",
                "cpu ratio");
        String[] types = args.length > 0 ? args : new String[] {"float32", "int32", "float16", "int16", "float64", "int64"};
        for (String name : types) {
            DType t = DType.valueOf(name.toUpperCase());
            for (long[] shape : new long[][] {{25000, 40}, {10000, 100}, {4000, 256}, {1000, 1000}, {100000, 10},
                    {100, 10000}}) {
                int n = (int) (shape[0] * shape[1]);
                CpuStorage in = TestSupport.random(t, n, new Random(3));
                CpuStorage indices = CpuStorage.allocate(DType.INT64, n);
                CpuStorage scratch = CpuStorage.allocate(DType.INT64, n);
                SortPlan plan = new SortPlan(Operand.of(in, t, 0, new long[] {1}), shape[0], shape[1], 1,
                        Operand.of(indices, DType.INT64, 0, new long[] {1}),
                        Operand.of(scratch, DType.INT64, 0, new long[] {1}), null, t);
                report(t.numpyName(), Arrays.toString(shape), () -> old.run(plan), () -> now.run(plan));
                in.release();
                indices.release();
                scratch.release();
            }
        }
    }

    private static void report(String type, String shape, Runnable old, Runnable now) {
        for (int r = 0; r < WARMUP; r++) {
            old.run();
            now.run();
        }
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        long[] a = new long[ROUNDS];
        long[] b = new long[ROUNDS];
        long[] ca = new long[ROUNDS];
        long[] cb = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long c = clock.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            old.run();
            a[r] = System.nanoTime() - t;
            ca[r] = clock.getCurrentThreadCpuTime() - c;
            c = clock.getCurrentThreadCpuTime();
            t = System.nanoTime();
            now.run();
            b[r] = System.nanoTime() - t;
            cb[r] = clock.getCurrentThreadCpuTime() - c;
        }
        for (long[] times : new long[][] {a, b, ca, cb}) {
            Arrays.sort(times);
        }
        int m = ROUNDS / 2;
        System.out.printf("%-8s %-14s %9.2f/%6.2f ms %9.2f/%6.2f ms %6.2fx%n", type, shape,
                a[m] / 1e6, ca[m] / 1e6, b[m] / 1e6, cb[m] / 1e6, (double) ca[m] / cb[m]);
    }
}
