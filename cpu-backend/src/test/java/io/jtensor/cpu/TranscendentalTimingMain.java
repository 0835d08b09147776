package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;

/**
 * Prints, for each FLOAT32 function on float64 lanes, the time of 1M contiguous elements with the
 * lanes on and off ({@link VectorSimd#widenedTranscendentals}, the switch behind
 * {@code -Djtensor.cpu.vectorTranscendentals=false}), alternating the two so that a loaded machine
 * slows both alike (best of the rounds; not a test: run it by hand with the test class path and
 * {@code --add-modules jdk.incubator.vector}).
 */
public final class TranscendentalTimingMain {

    private static final int N = 1 << 20;
    private static final int ROUNDS = 25;

    private TranscendentalTimingMain() {
    }

    /** Runs the timings. */
    public static void main(String[] args) {
        CpuBackend cpu = new CpuBackend();
        Random rnd = new Random(1);
        CpuStorage in = CpuStorage.allocate(DType.FLOAT32, N);
        CpuStorage unit = CpuStorage.allocate(DType.FLOAT32, N);
        for (int i = 0; i < N; i++) {
            in.segment().setAtIndex(ElementIO.FLOAT, i, (float) (rnd.nextGaussian() * 3));
            unit.segment().setAtIndex(ElementIO.FLOAT, i, (float) (rnd.nextDouble() * 2 - 1));
        }
        CpuStorage out = CpuStorage.allocate(DType.FLOAT32, N);
        System.out.printf("%-8s %10s %10s %7s%n", "op", "scalar", "lanes", "ratio");
        for (UnaryOp op : new UnaryOp[] {UnaryOp.TANH, UnaryOp.SINH, UnaryOp.COSH, UnaryOp.ARCSIN, UnaryOp.ARCCOS,
                UnaryOp.ARCTAN, UnaryOp.CBRT, UnaryOp.LOG}) {
            CpuStorage x = op == UnaryOp.ARCSIN || op == UnaryOp.ARCCOS ? unit : in;
            MapPlan plan = map(op, new long[] {N}, Operand.of(out, DType.FLOAT32, 0, new long[] {1}), DType.FLOAT32,
                    Operand.of(x, DType.FLOAT32, 0, new long[] {1}));
            long old = Long.MAX_VALUE;
            long now = Long.MAX_VALUE;
            for (int r = 0; r < ROUNDS; r++) {
                VectorSimd.widenedTranscendentals = false;
                long t = System.nanoTime();
                cpu.map(plan);
                old = Math.min(old, System.nanoTime() - t);
                VectorSimd.widenedTranscendentals = true;
                t = System.nanoTime();
                cpu.map(plan);
                now = Math.min(now, System.nanoTime() - t);
            }
            System.out.printf("%-8s %8.2f ms %8.3f ms %6.1fx%n", op.name().toLowerCase(), old / 1e6, now / 1e6,
                    (double) old / now);
        }
    }
}
