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
 * Prints the time of reductions over the leading axis ({@code x.sum(0)}, {@code x.max(0)}, ...) with
 * and without {@link Simd#foldColumns}, old and new alternated call by call so that a loaded machine
 * slows both alike (medians of the rounds after a warm-up, wall time and the calling thread's CPU
 * time, which with {@code -Djtensor.cpu.threads=1} is all the work and leaves out the time other
 * processes hold the core; not a test: run it by hand with the test class path and
 * {@code --add-modules jdk.incubator.vector}; arguments: dtype names, default float64 float32
 * int32 int64).
 */
public final class ColumnFoldTimingMain {

    private static final int WARMUP = 30;
    private static final int ROUNDS = 41;

    private ColumnFoldTimingMain() {
    }

    /** Runs the timings. */
    public static void main(String[] args) {
        Simd simd = SimdLoader.load().simd();
        ReduceKernels now = new ReduceKernels(simd, true, true, true);
        ReduceKernels old = new ReduceKernels(simd, true, true, false);
        String[] types = args.length > 0 ? args : new String[] {"float64", "float32", "int32", "int64"};
        System.out.printf("%-8s %-6s %-16s %22s %22s %7s%n", "dtype", "op", "shape", "old wall/cpu median",
                "new wall/cpu median", "cpu ratio");
        for (String name : types) {
            DType t = DType.valueOf(name.toUpperCase());
            for (long[] shape : new long[][] {{4096, 4096}, {256, 65536}, {64, 64, 4096}}) {
                CpuStorage in = TestSupport.random(t, (int) TestSupport.size(shape), new Random(3));
                for (ReduceOp op : new ReduceOp[] {ReduceOp.SUM, ReduceOp.MAX, ReduceOp.MEAN, ReduceOp.PROD}) {
                    boolean floating = t == DType.FLOAT32 || t == DType.FLOAT64;
                    if (!floating && (op == ReduceOp.MEAN || op == ReduceOp.PROD)) {
                        continue;
                    }
                    DType compute = op == ReduceOp.MEAN && !floating ? DType.FLOAT64
                            : op == ReduceOp.SUM && !floating ? DType.INT64 : t;
                    long[] kept;
                    long[] reduced;
                    long[] strides;
                    if (shape.length == 2) {
                        kept = new long[] {shape[1]};
                        reduced = new long[] {shape[0]};
                        strides = new long[] {1, shape[1]};
                    } else {
                        kept = new long[] {shape[0], shape[2]};
                        reduced = new long[] {shape[1]};
                        strides = new long[] {shape[1] * shape[2], 1, shape[2]};
                    }
                    CpuStorage out = CpuStorage.allocate(compute, TestSupport.size(kept));
                    ReducePlan plan = new ReducePlan(op, Operand.of(in, t, 0, strides), kept, reduced,
                            TestSupport.dense(out, compute, kept), compute, 0);
                    report(name, op, Arrays.toString(shape), () -> old.run(plan), () -> now.run(plan));
                    out.release();
                }
                in.release();
            }
        }
    }

    private static void report(String type, ReduceOp op, String shape, Runnable old, Runnable now) {
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
        System.out.printf("%-8s %-6s %-16s %9.2f/%6.2f ms %9.2f/%6.2f ms %6.2fx%n", type, op.numpyName(), shape,
                a[m] / 1e6, ca[m] / 1e6, b[m] / 1e6, cb[m] / 1e6, (double) ca[m] / cb[m]);
    }
}
