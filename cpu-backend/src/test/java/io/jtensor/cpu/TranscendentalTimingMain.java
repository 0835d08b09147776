package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.map;

/**
 * Prints, for each FLOAT32 function on vector lanes, the time of 1M contiguous elements on three
 * paths: the scalar loop ({@link VectorSimd#widenedTranscendentals} off, the switch behind
 * {@code -Djtensor.cpu.vectorTranscendentals=false}), float64 lanes rounded once
 * ({@link VectorSimd#floatLaneTranscendentals} off, {@code -Djtensor.cpu.floatLaneTranscendentals=false})
 * and float lanes; the three alternate so that a loaded machine slows them alike (best of the
 * rounds; not a test: run it by hand with the test class path and
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
        CpuStorage positive = CpuStorage.allocate(DType.FLOAT32, N);
        for (int i = 0; i < N; i++) {
            in.segment().setAtIndex(ElementIO.FLOAT, i, (float) (rnd.nextGaussian() * 3));
            unit.segment().setAtIndex(ElementIO.FLOAT, i, (float) (rnd.nextDouble() * 2 - 1));
            positive.segment().setAtIndex(ElementIO.FLOAT, i, (float) Math.abs(rnd.nextGaussian() * 3));
        }
        CpuStorage out = CpuStorage.allocate(DType.FLOAT32, N);
        System.out.printf("%-8s %10s %10s %10s %7s%n", "op", "scalar", "f64 lanes", "f32 lanes", "ratio");
        for (UnaryOp op : new UnaryOp[] {UnaryOp.EXPM1, UnaryOp.LOG, UnaryOp.LOG1P, UnaryOp.LOG10, UnaryOp.SIN,
                UnaryOp.COS, UnaryOp.TAN, UnaryOp.TANH, UnaryOp.SINH, UnaryOp.COSH, UnaryOp.ARCSIN, UnaryOp.ARCCOS,
                UnaryOp.ARCTAN, UnaryOp.CBRT}) {
            CpuStorage x = op == UnaryOp.ARCSIN || op == UnaryOp.ARCCOS ? unit
                    : op == UnaryOp.LOG || op == UnaryOp.LOG10 || op == UnaryOp.LOG1P ? positive : in;
            MapPlan plan = map(op, new long[] {N}, Operand.of(out, DType.FLOAT32, 0, new long[] {1}), DType.FLOAT32,
                    Operand.of(x, DType.FLOAT32, 0, new long[] {1}));
            long scalar = Long.MAX_VALUE;
            long widened = Long.MAX_VALUE;
            long floats = Long.MAX_VALUE;
            for (int r = 0; r < ROUNDS; r++) {
                scalar = Math.min(scalar, time(cpu, plan, false, false));
                widened = Math.min(widened, time(cpu, plan, true, false));
                floats = Math.min(floats, time(cpu, plan, true, true));
            }
            System.out.printf("%-8s %7.2f ms %7.3f ms %7.3f ms %6.1fx%n", op.name().toLowerCase(), scalar / 1e6,
                    widened / 1e6, floats / 1e6, (double) widened / floats);
        }
        VectorSimd.widenedTranscendentals = true;
        VectorSimd.floatLaneTranscendentals = true;
    }

    private static long time(CpuBackend cpu, MapPlan plan, boolean lanes, boolean floatLanes) {
        VectorSimd.widenedTranscendentals = lanes;
        VectorSimd.floatLaneTranscendentals = floatLanes;
        long t = System.nanoTime();
        cpu.map(plan);
        return System.nanoTime() - t;
    }
}
