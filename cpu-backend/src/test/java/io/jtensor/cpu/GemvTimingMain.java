package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.*;

/**
 * Prints timings of matrix-vector and vector-vector products (not a test: run it by hand with the
 * test class path and {@code --add-modules jdk.incubator.vector}). Argument "scalar" forces the
 * Vector API paths off.
 */
public final class GemvTimingMain {

    private GemvTimingMain() {
    }

    /** Runs the timings. */
    public static void main(String[] args) {
        CpuBackend cpu = args.length > 0 && args[0].equals("scalar") ? new CpuBackend(false) : new CpuBackend();
        System.out.println(cpu.deviceDescription());
        Random rnd = new Random(1);

        int len = 1_000_000;
        CpuStorage x = random(DType.FLOAT64, len, rnd);
        CpuStorage y = random(DType.FLOAT64, len, rnd);
        CpuStorage d = CpuStorage.allocate(DType.FLOAT64, 1);
        MatmulPlan dot = new MatmulPlan(new long[0], 1, len, 1, Operand.of(x, DType.FLOAT64, 0, new long[]{len, 1}),
                Operand.of(y, DType.FLOAT64, 0, new long[]{1, 1}), Operand.of(d, DType.FLOAT64, 0, new long[]{1, 1}),
                DType.FLOAT64);
        time("dot 1M float64 (backend)", () -> cpu.matmul(dot), 30);
        time("dot 1M float64 (plain Java loop)", () -> {
            double s = 0;
            for (long i = 0; i < len; i++) {
                s += x.segment().getAtIndex(ElementIO.DOUBLE, i) * y.segment().getAtIndex(ElementIO.DOUBLE, i);
            }
            sink = s;
        }, 30);

        int n = 4096;
        CpuStorage a = random(DType.FLOAT32, n * n, rnd);
        CpuStorage v = random(DType.FLOAT32, n, rnd);
        CpuStorage o = CpuStorage.allocate(DType.FLOAT32, n);
        MatmulPlan gemv = new MatmulPlan(new long[0], n, n, 1, dense(a, DType.FLOAT32, n, n),
                dense(v, DType.FLOAT32, n, 1), dense(o, DType.FLOAT32, n, 1), DType.FLOAT32);
        time("GEMV 4096x4096 . 4096 float32 (A @ x)", () -> cpu.matmul(gemv), 30);
        MatmulPlan gevm = new MatmulPlan(new long[0], 1, n, n, dense(v, DType.FLOAT32, 1, n),
                dense(a, DType.FLOAT32, n, n), dense(o, DType.FLOAT32, 1, n), DType.FLOAT32);
        time("GEMV 4096 . 4096x4096 float32 (x @ A)", () -> cpu.matmul(gevm), 30);
    }

    static volatile double sink;

    private static void time(String what, Runnable r, int reps) {
        for (int i = 0; i < 5; i++) {
            r.run();
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            r.run();
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        System.out.printf("%-45s best %8.3f ms  mean %8.3f ms%n", what, best / 1e6, total / 1e6 / reps);
    }
}
