package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backends;
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
 * What the narrow storage types cost on the CPU backend next to the types they compute in: the
 * 8- and 16-bit integers compute in int32 and float16 in float32, so each op converts on the way
 * in and out. On 4M elements (2048²): an add, a full sum, a widening {@code astype} to float32 (an
 * image's uint8 pixels made floats) and the narrowing ones back from float32 and from float64
 * (with dtype float32, the same-type copy and float64 to float32), and as the same-run reference
 * the buffered loop those contiguous copies replaced: float32 rows of 2047 of the 2048 columns,
 * which no contiguous fast path takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuStorageTypesBenchmark {

    @Param({"uint8", "int8", "int16", "int32", "float16", "float32"})
    public String dtype;

    @Param({"4194304"})
    public int size;

    private BackendScope scope;
    private Tensor x;
    private Tensor y;
    private Tensor wide;
    private Tensor wide64;
    private Tensor rows;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        DType type = DType.valueOf(dtype.toUpperCase());
        long side = BenchData.side(size);
        try (Tensor a = Np.random(42).integers(0, 100, DType.INT64, side, side);
             Tensor b = Np.random(7).integers(0, 100, DType.INT64, side, side)) {
            x = a.astype(type);
            y = b.astype(type);
        }
        wide = x.astype(DType.FLOAT32);
        wide64 = x.astype(DType.FLOAT64);
        rows = wide.slice(1, 0, side - 1, 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rows.close();
        wide64.close();
        wide.close();
        y.close();
        x.close();
        scope.close();
    }

    @Benchmark
    public void add() {
        Np.add(x, y).close();
    }

    @Benchmark
    public double sum() {
        try (Tensor s = Np.sum(x)) {
            return s.getDouble();
        }
    }

    @Benchmark
    public void toFloat32() {
        x.astype(DType.FLOAT32).close();
    }

    @Benchmark
    public void fromFloat32() {
        wide.astype(x.dtype()).close();
    }

    @Benchmark
    public void fromFloat64() {
        wide64.astype(x.dtype()).close();
    }

    @Benchmark
    public void fromFloat32Rows() {
        rows.astype(x.dtype()).close();
    }
}
