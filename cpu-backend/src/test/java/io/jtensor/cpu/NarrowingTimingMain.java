package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;

/**
 * Prints, for each pair of types {@link NarrowingCopy} takes, the time of a contiguous copy of 4M
 * elements through it and through the buffered loop it replaced, alternating the two so that a
 * loaded machine slows both alike (best of the rounds; not a test: run it by hand with the test
 * class path and {@code --add-modules jdk.incubator.vector}).
 */
public final class NarrowingTimingMain {

    private static final int N = 1 << 22;
    private static final int ROUNDS = 15;

    private NarrowingTimingMain() {
    }

    /** Runs the timings. */
    public static void main(String[] args) {
        CpuBackend cpu = new CpuBackend();
        MapKernels buffered = new MapKernels(null);
        Random rnd = new Random(1);
        System.out.printf("%-18s %10s %10s %7s%n", "pair", "buffered", "narrowing", "ratio");
        for (DType from : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64}) {
            CpuStorage in = CpuStorage.allocate(from, N);
            for (int i = 0; i < N; i++) {
                switch (from) {
                    case FLOAT32 -> in.segment().setAtIndex(ElementIO.FLOAT, i, (float) (rnd.nextGaussian() * 300));
                    case FLOAT64 -> in.segment().setAtIndex(ElementIO.DOUBLE, i, rnd.nextGaussian() * 300);
                    case INT32 -> in.segment().setAtIndex(ElementIO.INT, i, rnd.nextInt());
                    default -> in.segment().setAtIndex(ElementIO.LONG, i, rnd.nextLong());
                }
            }
            for (DType to : DType.values()) {
                DType compute = from == DType.FLOAT64 && to == DType.FLOAT16 ? DType.FLOAT64 : to.computeType();
                if (!NarrowingCopy.takes(from, to, compute)) {
                    continue;
                }
                CpuStorage out = CpuStorage.allocate(to, N);
                MapPlan plan = map(UnaryOp.COPY, new long[] {N}, Operand.of(out, to, 0, new long[] {1}), compute,
                        Operand.of(in, from, 0, new long[] {1}));
                long old = Long.MAX_VALUE;
                long now = Long.MAX_VALUE;
                for (int r = 0; r < ROUNDS; r++) {
                    long t = System.nanoTime();
                    buffered.runBuffered(plan);
                    old = Math.min(old, System.nanoTime() - t);
                    t = System.nanoTime();
                    cpu.map(plan);
                    now = Math.min(now, System.nanoTime() - t);
                }
                System.out.printf("%-18s %8.2f ms %8.2f ms %6.1fx%n", from.numpyName() + " -> " + to.numpyName(),
                        old / 1e6, now / 1e6, (double) old / now);
                out.release();
            }
            in.release();
        }
    }
}
