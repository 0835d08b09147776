package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;

/**
 * Prints the time of strided copies ({@link StridedCopy} with and without its offset tables) and of
 * argmax down the columns ({@link ReduceKernels} with and without {@link Simd#argColumns}),
 * alternating old and new so that a loaded machine slows both alike (best of the rounds; not a
 * test: run it by hand with the test class path and {@code --add-modules jdk.incubator.vector};
 * arguments: dtype names, default float32).
 */
public final class StridedTimingMain {

    private static final int ROUNDS = 15;

    private StridedTimingMain() {
    }

    /** Runs the timings. */
    public static void main(String[] args) {
        Simd simd = SimdLoader.load().simd();
        MapKernels newMap = new MapKernels(simd, true);
        MapKernels oldMap = new MapKernels(simd, false);
        ReduceKernels newReduce = new ReduceKernels(simd, true, true);
        ReduceKernels oldReduce = new ReduceKernels(simd, true, false);
        String[] types = args.length > 0 ? args : new String[] {"float32"};
        System.out.printf("%-9s %-22s %10s %10s %7s%n", "dtype", "work", "old", "new", "ratio");
        for (String name : types) {
            DType t = DType.valueOf(name.toUpperCase());
            // shape, input strides (a view of a C-ordered buffer of `span` elements)
            Object[][] copies = {
                {"window", new long[] {16, 16, 30, 30, 3, 3}, new long[] {16384, 1024, 32, 1, 32, 1}, 16L * 16 * 32 * 32},
                {"windowT", new long[] {16, 30, 30, 16, 3, 3}, new long[] {16384, 32, 1, 1024, 32, 1}, 16L * 16 * 32 * 32},
                {"column3", new long[] {1_000_000, 3}, new long[] {8, 1}, 8_000_000L},
                {"column5-3d", new long[] {200, 500, 5}, new long[] {8000, 16, 1}, 1_600_000L},
                {"step2", new long[] {2048, 2048}, new long[] {4096, 2}, 2048L * 4096},
                {"broadcast", new long[] {2048, 2048}, new long[] {1, 0}, 2048L},
                {"broadcast-row", new long[] {2048, 2048}, new long[] {2048, 0}, 2048L * 2048},
            };
            for (Object[] c : copies) {
                long[] shape = (long[]) c[1];
                long size = TestSupport.size(shape);
                CpuStorage in = TestSupport.random(t, (int) (long) (Long) c[3], new Random(1));
                CpuStorage out = CpuStorage.allocate(t, size);
                MapPlan plan = map(UnaryOp.COPY, shape, TestSupport.dense(out, t, shape), t.computeType(),
                        Operand.of(in, t, 0, (long[]) c[2]));
                report(name, (String) c[0], () -> oldMap.run(plan), () -> newMap.run(plan));
                in.release();
                out.release();
            }
            if (t == DType.FLOAT32 || t == DType.FLOAT64 || t == DType.INT32 || t == DType.INT64) {
                for (long[] rc : new long[][] {{4096, 10}, {1_000_000, 10}, {100_000, 3}, {4096, 4096}}) {
                    CpuStorage in = TestSupport.random(t, (int) (rc[0] * rc[1]), new Random(2));
                    CpuStorage out = CpuStorage.allocate(DType.INT64, rc[1]);
                    ReducePlan plan = new ReducePlan(ReduceOp.ARGMAX, Operand.of(in, t, 0, new long[] {1, rc[1]}),
                            new long[] {rc[1]}, new long[] {rc[0]}, TestSupport.dense(out, DType.INT64, rc[1]), t, 0);
                    report(name, "argmax0-" + rc[0] + "x" + rc[1], () -> oldReduce.run(plan),
                            () -> newReduce.run(plan));
                    in.release();
                    out.release();
                }
            }
        }
    }

    private static void report(String type, String work, Runnable old, Runnable now) {
        long a = Long.MAX_VALUE;
        long b = Long.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            long t = System.nanoTime();
            old.run();
            a = Math.min(a, System.nanoTime() - t);
            t = System.nanoTime();
            now.run();
            b = Math.min(b, System.nanoTime() - t);
        }
        System.out.printf("%-9s %-22s %7.2f ms %7.2f ms %6.2fx%n", type, work, a / 1e6, b / 1e6, (double) a / b);
    }
}
