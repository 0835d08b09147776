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

/** Row softmax and row logSumExp of a 4096 × 4096 matrix on the CPU backend, float32 and float64. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuRowsBenchmark {

    static final int SIDE = 4096;

    @Param({"float32", "float64"})
    public String dtype;

    private BackendScope scope;
    private Tensor x;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        try (Tensor data = Np.random(42).uniform(-4, 4, new long[] {SIDE, SIDE})) {
            x = data.astype(DType.valueOf(dtype.toUpperCase()));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        x.close();
        scope.close();
    }

    @Benchmark
    public void softmaxRows() {
        Np.softmax(x, 1).close();
    }

    @Benchmark
    public void logSumExpRows() {
        Np.logSumExp(x, new int[] {1}, false).close();
    }
}
