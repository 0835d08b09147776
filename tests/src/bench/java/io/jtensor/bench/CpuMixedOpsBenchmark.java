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

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;

/**
 * One float binary op timed after every one of them has run in the same JVM, as in a real
 * program: a fork that runs a single op (the other benchmarks) lets the JIT compile that op's
 * loop alone, which hides what a loop shared by several ops costs once they have all run.
 * 1M contiguous elements of float32 or float64.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuMixedOpsBenchmark {

    private static final List<String> OPS = List.of("add", "subtract", "multiply", "divide", "maximum", "minimum");

    @Param({"float32", "float64"})
    public String dtype;

    @Param({"add", "subtract", "multiply", "divide", "maximum", "minimum"})
    public String op;

    @Param({"1048576"})
    public int size;

    private BackendScope scope;
    private Tensor x;
    private Tensor y;
    private BinaryOperator<Tensor> f;

    /** The Np function of a binary op's NumPy name (the arithmetic ops, maximum, minimum, fmax, fmin). */
    static BinaryOperator<Tensor> function(String name) {
        return switch (name) {
            case "add" -> Np::add;
            case "subtract" -> Np::subtract;
            case "multiply" -> Np::multiply;
            case "divide" -> Np::divide;
            case "maximum" -> Np::maximum;
            case "minimum" -> Np::minimum;
            case "fmax" -> Np::fmax;
            case "fmin" -> Np::fmin;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        DType type = DType.valueOf(dtype.toUpperCase());
        try (Tensor a = Np.random(42).random(size); Tensor b = Np.random(7).uniform(0.5, 1.5, size)) {
            x = a.astype(type);
            y = b.astype(type);
        }
        for (int round = 0; round < 200; round++) {
            for (String other : OPS) {
                function(other).apply(x, y).close();
            }
        }
        f = function(op);
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
