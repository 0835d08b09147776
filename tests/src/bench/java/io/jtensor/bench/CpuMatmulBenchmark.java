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

/** float32 {@code matmul} of two {@code n × n} matrices on the CPU backend. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuMatmulBenchmark {

    @Param({"1024", "4096"})
    public int n;

    private BackendScope scope;
    private Tensor a;
    private Tensor b;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        try (Tensor da = Np.random(1).uniform(-1, 1, new long[] {n, n});
             Tensor db = Np.random(2).uniform(-1, 1, new long[] {n, n})) {
            a = da.astype(DType.FLOAT32);
            b = db.astype(DType.FLOAT32);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        a.close();
        b.close();
        scope.close();
    }

    @Benchmark
    public void matmul() {
        Np.matmul(a, b).close();
    }
}
