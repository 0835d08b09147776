package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;

/**
 * Prints the time of {@code x.var(-1)} with both passes run by run ({@link RunVariance}, new) and
 * through the two accumulator passes (old), alternated call by call, next to {@code x.mean(-1)},
 * {@code x.var(0)} and {@code x.var()} on the same paths (medians of the rounds after a warm-up, wall
 * time and the calling thread's CPU time, which with {@code -Djtensor.cpu.threads=1} is all the work;
 * not a test: run it by hand with the test class path and {@code --add-modules jdk.incubator.vector};
 * arguments: dtype names, default float32 float64).
 */
public final class VarianceTimingMain {

    private static final int WARMUP = 30;
    private static final int ROUNDS = 31;

    private VarianceTimingMain() {
    }

    /** Runs the timings. */
    public static void main(String[] args) {
        Simd simd = SimdLoader.load().simd();
        ReduceKernels now = new ReduceKernels(simd, true, true, true, true);
        ReduceKernels old = new ReduceKernels(simd, true, true, true, false);
        String[] types = args.length > 0 ? args : new String[] {"float32", "float64"};
        System.out.printf("%-8s %-9s %-14s %22s %22s %7s%n", "dtype", "op", "shape", "old wall/cpu median",
                "new wall/cpu median", "cpu ratio");
        for (String name : types) {
            DType t = DType.valueOf(name.toUpperCase());
            for (long[] shape : new long[][] {{1000, 1000}, {100000, 10}, {10, 100000}, {4096, 256}}) {
                long rows = shape[0];
                long cols = shape[1];
                CpuStorage in = TestSupport.random(t, (int) (rows * cols), new Random(3));
                String[] ops = {"var(-1)", "mean(-1)", "var(0)", "var()"};
                for (String op : ops) {
                    long[] kept = switch (op) {
                        case "var(0)" -> new long[] {cols};
                        case "var()" -> new long[0];
                        default -> new long[] {rows};
                    };
                    long[] reduced = switch (op) {
                        case "var(0)" -> new long[] {rows};
                        case "var()" -> new long[] {rows * cols};
                        default -> new long[] {cols};
                    };
                    long[] strides = switch (op) {
                        case "var(0)" -> new long[] {1, cols};
                        case "var()" -> new long[] {1};
                        default -> new long[] {cols, 1};
                    };
                    ReduceOp reduce = op.startsWith("mean") ? ReduceOp.MEAN : ReduceOp.VAR;
                    CpuStorage out = CpuStorage.allocate(t, Math.max(1, TestSupport.size(kept)));
                    ReducePlan plan = new ReducePlan(reduce, Operand.of(in, t, 0, strides), kept, reduced,
                            TestSupport.dense(out, t, kept), t, 0);
                    report(t.numpyName(), op, Arrays.toString(shape), () -> old.run(plan), () -> now.run(plan));
                    out.release();
                }
                in.release();
            }
        }
    }

    private static void report(String type, String op, String shape, Runnable old, Runnable now) {
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
        System.out.printf("%-8s %-9s %-14s %9.3f/%7.3f ms %9.3f/%7.3f ms %6.2fx%n", type, op, shape,
                a[m] / 1e6, ca[m] / 1e6, b[m] / 1e6, cb[m] / 1e6, (double) ca[m] / cb[m]);
    }
}
