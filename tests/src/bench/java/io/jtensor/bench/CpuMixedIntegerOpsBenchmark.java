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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One integer op on one integer type, timed after every op has run on every type in the same
 * JVM ({@code warm = all}: 200 rounds of each, as {@link CpuMixedOpsBenchmark} does for the float
 * ops) or with nothing run before JMH's own warm-up ({@code warm = none}, the op compiled alone).
 * The ratio of the two shows what running many ops costs a lane loop once the JIT has settled.
 * 1M contiguous elements in [0, 100).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuMixedIntegerOpsBenchmark {

    private static final List<String> TYPES = List.of("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64");
    private static final List<String> OPS = List.of("add", "maximum", "greater", "sum", "astypeFloat64");
    private static final int ROUNDS = 200;

    @Param({"int8", "uint8", "int16", "uint16", "int32", "uint32", "int64"})
    public String dtype;

    @Param({"add", "maximum", "greater", "sum", "astypeFloat64"})
    public String op;

    @Param({"all", "none"})
    public String warm;

    @Param({"1048576"})
    public int size;

    private BackendScope scope;
    private final List<Tensor> tensors = new ArrayList<>();
    private Tensor x;
    private Tensor y;

    private static Tensor apply(String name, Tensor a, Tensor b) {
        return switch (name) {
            case "add" -> Np.add(a, b);
            case "maximum" -> Np.maximum(a, b);
            case "greater" -> Np.greater(a, b);
            case "sum" -> Np.sum(a);
            case "astypeFloat64" -> a.astype(DType.FLOAT64);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private Tensor[] operands(String type) {
        DType t = DType.valueOf(type.toUpperCase());
        try (Tensor a = Np.random(42).integers(0, 100, DType.INT64, size);
             Tensor b = Np.random(7).integers(0, 100, DType.INT64, size)) {
            Tensor[] pair = {a.astype(t), b.astype(t)};
            tensors.add(pair[0]);
            tensors.add(pair[1]);
            return pair;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        Tensor[] own = operands(dtype);
        x = own[0];
        y = own[1];
        if (warm.equals("all")) {
            List<Tensor[]> all = new ArrayList<>();
            for (String type : TYPES) {
                all.add(type.equals(dtype) ? own : operands(type));
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (Tensor[] pair : all) {
                    for (String other : OPS) {
                        apply(other, pair[0], pair[1]).close();
                    }
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        tensors.forEach(Tensor::close);
        tensors.clear();
        scope.close();
    }

    @Benchmark
    public long run() {
        try (Tensor r = apply(op, x, y)) {
            return r.size();
        }
    }
}
