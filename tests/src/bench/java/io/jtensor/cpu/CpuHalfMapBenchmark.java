package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.UnaryOp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Contiguous float16 {@code add} and {@code exp}, with or without a random contiguous
 * {@code where=} mask, through the float16 lane path whatever the size ({@code path=lanes}:
 * {@link MapKernels} built with no size threshold) or the buffered loop ({@code path=buffered},
 * {@link MapKernels#runBuffered}: what masked and small float16 maps took before), in one run,
 * to place the lane path's size threshold and see what the masked store costs. In package
 * {@code io.jtensor.cpu} to reach the package-private kernels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuHalfMapBenchmark {

    @Param({"add", "exp"})
    public String op;

    @Param({"lanes", "buffered"})
    public String path;

    @Param({"false", "true"})
    public boolean masked;

    @Param({"256", "1024", "4096", "1048576"})
    public int size;

    private final MapKernels kernels = new MapKernels(new VectorSimd(), 0);
    private CpuStorage x;
    private CpuStorage y;
    private CpuStorage mask;
    private CpuStorage out;
    private MapPlan plan;

    @Setup(Level.Trial)
    public void setUp() {
        Random rnd = new Random(3);
        x = CpuStorage.allocate(DType.FLOAT16, size);
        y = CpuStorage.allocate(DType.FLOAT16, size);
        mask = CpuStorage.allocate(DType.BOOL, size);
        out = CpuStorage.allocate(DType.FLOAT16, size);
        for (int i = 0; i < size; i++) {
            x.segment().setAtIndex(ElementIO.SHORT, i, Float.floatToFloat16(rnd.nextFloat() * 8 - 4));
            y.segment().setAtIndex(ElementIO.SHORT, i, Float.floatToFloat16(rnd.nextFloat() * 8 - 4));
            mask.segment().set(ElementIO.BYTE, i, (byte) rnd.nextInt(2));
        }
        long[] unit = {1};
        Operand a = Operand.of(x, DType.FLOAT16, 0, unit);
        List<Operand> inputs = op.equals("add") ? List.of(a, Operand.of(y, DType.FLOAT16, 0, unit)) : List.of(a);
        ElementwiseOp e = op.equals("add") ? BinaryOp.ADD : UnaryOp.EXP;
        plan = new MapPlan(e, new long[]{size}, Operand.of(out, DType.FLOAT16, 0, unit), inputs,
                masked ? Operand.of(mask, DType.BOOL, 0, unit) : null, DType.FLOAT32);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        x.release();
        y.release();
        mask.release();
        out.release();
    }

    @Benchmark
    public CpuStorage run() {
        if (path.equals("lanes")) {
            kernels.run(plan);
        } else {
            kernels.runBuffered(plan);
        }
        return out;
    }
}
