package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.cpu.CpuBackend;
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

import java.util.concurrent.TimeUnit;

/**
 * Full {@code max}, {@code min}, {@code argmax} and {@code argmin} of 4M contiguous elements
 * (2048²) of the 8- and 16-bit types (and int32), {@code argmax} along rows ({@code argmaxRows}:
 * {@code x.argmax(1)}), and {@code add(x, y, out, where)} under a random contiguous bool mask,
 * with the Vector API on ({@code lanes=true}) or off (the scalar loops,
 * {@code jtensor.cpu.vector=false} while the backend is created), so the lanes and the scalar
 * path they replace are timed in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuNarrowReductionBenchmark {

    @Param({"int8", "uint8", "int16", "uint16", "int32"})
    public String dtype;

    @Param({"max", "min", "addWhere", "argmax", "argmin", "argmaxRows"})
    public String op;

    @Param({"true", "false"})
    public boolean lanes;

    @Param({"4194304"})
    public int size;

    private BackendScope scope;
    private Tensor x;
    private Tensor y;
    private Tensor out;
    private Tensor mask;

    @Setup(Level.Trial)
    public void setUp() {
        String before = System.getProperty("jtensor.cpu.vector");
        System.setProperty("jtensor.cpu.vector", Boolean.toString(lanes));
        try {
            scope = Np.useBackend(new CpuBackend());
        } finally {
            if (before == null) {
                System.clearProperty("jtensor.cpu.vector");
            } else {
                System.setProperty("jtensor.cpu.vector", before);
            }
        }
        long side = BenchData.side(size);
        DType type = DType.valueOf(dtype.toUpperCase());
        try (Tensor a = Np.random(42).integers(-1000, 1000, DType.INT64, side, side);
             Tensor b = Np.random(7).integers(-1000, 1000, DType.INT64, side, side);
             Tensor c = Np.random(9).integers(0, 2, DType.INT64, side, side)) {
            x = a.astype(type);
            y = b.astype(type);
            mask = c.astype(DType.BOOL);
        }
        out = Np.zeros(new long[]{side, side}, type);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        mask.close();
        out.close();
        y.close();
        x.close();
        scope.close();
    }

    @Benchmark
    public long run() {
        if (op.equals("addWhere")) {
            return Np.add(x, y, out, mask).size();
        }
        try (Tensor r = switch (op) {
            case "max" -> x.max();
            case "min" -> x.min();
            case "argmax" -> x.argmax();
            case "argmin" -> x.argmin();
            case "argmaxRows" -> x.argmax(1);
            default -> throw new IllegalArgumentException("unknown op " + op);
        }) {
            return r.size();
        }
    }
}
