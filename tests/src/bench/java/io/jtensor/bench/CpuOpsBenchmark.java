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

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;

/**
 * Element-wise maps and reductions of the CPU backend on {@code size} elements held as a square
 * matrix (1K = 32², 1M = 1024², 16M = 4096²), float32 and float64; the {@code memcpy} benchmark
 * copies the bytes {@code exp} with {@code out=} reads and writes, the physical reference for a
 * memory-bound map. {@code Nd4jOpsBenchmark} (profile {@code compare}) runs the same operations
 * on ND4J with the same parameters, so one JMH run gives both columns of the README table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuOpsBenchmark {

    @Param({"float32", "float64"})
    public String dtype;

    @Param({"1024", "1048576", "16777216"})
    public int size;

    private BackendScope scope;
    private Tensor x;
    private Tensor out;
    private Tensor mask;
    private Tensor row;
    private Tensor transposed;
    private Arena arena;
    private MemorySegment copySource;
    private MemorySegment copyTarget;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        DType type = DType.valueOf(dtype.toUpperCase());
        long side = BenchData.side(size);
        try (Tensor data = Np.random(42).uniform(-4, 4, new long[] {side, side})) {
            x = data.astype(type);
        }
        out = Np.empty(new long[] {side, side}, type);
        mask = Np.greater(x, 0.0);
        row = Np.random(7).uniform(-1, 1, new long[] {side}).astype(type);
        transposed = x.T();
        arena = Arena.ofShared();
        long bytes = (long) size * type.byteSize();
        copySource = arena.allocate(bytes, 64).fill((byte) 1);
        copyTarget = arena.allocate(bytes, 64);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        transposed.close();
        row.close();
        mask.close();
        out.close();
        x.close();
        arena.close();
        scope.close();
    }

    @Benchmark
    public void expFresh() {
        Np.exp(x).close();
    }

    @Benchmark
    public Tensor expOut() {
        return Np.exp(x, out);
    }

    @Benchmark
    public Tensor expWhere() {
        return Np.exp(x, out, mask);
    }

    @Benchmark
    public void expStrided() {
        Np.exp(transposed).close();
    }

    @Benchmark
    public void addRowBroadcast() {
        Np.add(x, row).close();
    }

    @Benchmark
    public double sumAll() {
        try (Tensor s = Np.sum(x)) {
            return s.getDouble();
        }
    }

    @Benchmark
    public void sumAxis0() {
        Np.sum(x, 0).close();
    }

    @Benchmark
    public void sumAxis1() {
        Np.sum(x, 1).close();
    }

    @Benchmark
    public double sumStrided() {
        try (Tensor s = Np.sum(transposed)) {
            return s.getDouble();
        }
    }

    @Benchmark
    public double maxAll() {
        try (Tensor m = Np.max(x)) {
            return m.getDouble();
        }
    }

    @Benchmark
    public MemorySegment memcpy() {
        MemorySegment.copy(copySource, 0, copyTarget, 0, copySource.byteSize());
        return copyTarget;
    }
}
