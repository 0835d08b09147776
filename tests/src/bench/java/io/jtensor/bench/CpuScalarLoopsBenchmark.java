package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backends;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;

/**
 * The CPU backend's scalar loops, what a program gets without {@code --add-modules
 * jdk.incubator.vector} (the fork runs with {@code -Djtensor.cpu.vector=false}): one binary op
 * on 1M contiguous elements of two independent uniform(-1, 1) operands (so a compare-and-select
 * is unpredictable), timed after every op has run 100 times in the same JVM, as in
 * {@link CpuMixedOpsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = "-Djtensor.cpu.vector=false")
public class CpuScalarLoopsBenchmark {

    private static final List<String> OPS = List.of("add", "maximum", "minimum", "fmax", "fmin");

    @Param({"float32", "float64", "int32", "int64"})
    public String dtype;

    @Param({"add", "maximum", "minimum", "fmax", "fmin"})
    public String op;

    @Param({"1048576"})
    public int size;

    private BackendScope scope;
    private Tensor x;
    private Tensor y;
    private BinaryOperator<Tensor> f;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        DType type = DType.valueOf(dtype.toUpperCase());
        double scale = type.isInteger() ? 1e6 : 1;
        try (Tensor a = Np.random(42).uniform(-scale, scale, size);
             Tensor b = Np.random(7).uniform(-scale, scale, size)) {
            x = a.astype(type);
            y = b.astype(type);
        }
        for (int round = 0; round < 100; round++) {
            for (String other : OPS) {
                CpuMixedOpsBenchmark.function(other).apply(x, y).close();
            }
        }
        f = CpuMixedOpsBenchmark.function(op);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        y.close();
        x.close();
        scope.close();
    }

    @Benchmark
    public long run() {
        try (Tensor r = f.apply(x, y)) {
            return r.size();
        }
    }
}
