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
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One float op timed after every float op has run on both float types in the same JVM
 * ({@code warm = all}: 200 rounds of each binary and unary op below, float32 and float64), as in a
 * real program, or with nothing run before JMH's own warm-up ({@code warm = none}, the op compiled
 * alone). A fork that runs a single op lets the JIT compile that op's loop alone, which hides what
 * a loop shared by several ops costs once they have all run; the ratio of the two shows it.
 * 1M contiguous elements in [0.5, 1.5).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuMixedOpsBenchmark {

    private static final List<String> OPS = List.of("add", "subtract", "multiply", "divide", "maximum", "minimum",
            "negative", "absolute", "square", "sqrt", "reciprocal", "exp");
    private static final int ROUNDS = 200;

    @Param({"float32", "float64"})
    public String dtype;

    @Param({"add", "subtract", "multiply", "divide", "maximum", "minimum", "negative", "absolute", "square", "sqrt",
        "reciprocal", "exp"})
    public String op;

    @Param({"all", "none"})
    public String warm;

    @Param({"1048576"})
    public int size;

    private BackendScope scope;
    private final List<Tensor> tensors = new ArrayList<>();
    private Tensor x;
    private Tensor y;
    private BinaryOperator<Tensor> f;

    /**
     * The Np function of an op's NumPy name: the arithmetic ops, maximum, minimum, fmax, fmin, or a
     * unary op ({@link #unary}).
     */
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
            default -> unary(name);
        };
    }

    /**
     * A unary op's Np function (negative, absolute, square, sqrt, reciprocal, exp, log, sin, or the
     * full sum) as a binary one that ignores its second operand.
     */
    private static BinaryOperator<Tensor> unary(String name) {
        Function<Tensor, Tensor> g = switch (name) {
            case "negative" -> Np::negative;
            case "absolute" -> Np::absolute;
            case "square" -> Np::square;
            case "sqrt" -> Np::sqrt;
            case "reciprocal" -> Np::reciprocal;
            case "exp" -> Np::exp;
            case "log" -> Np::log;
            case "sin" -> Np::sin;
            case "sum" -> Np::sum;
            default -> throw new IllegalArgumentException(name);
        };
        return (a, b) -> g.apply(a);
    }

    private Tensor[] operands(DType type) {
        try (Tensor a = Np.random(42).uniform(0.5, 1.5, size); Tensor b = Np.random(7).uniform(0.5, 1.5, size)) {
            Tensor[] pair = {a.astype(type), b.astype(type)};
            tensors.add(pair[0]);
            tensors.add(pair[1]);
            return pair;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        Tensor[] own = operands(DType.valueOf(dtype.toUpperCase()));
        x = own[0];
        y = own[1];
        if (warm.equals("all")) {
            List<Tensor[]> pairs = List.of(operands(DType.FLOAT32), operands(DType.FLOAT64));
            for (int round = 0; round < ROUNDS; round++) {
                for (Tensor[] pair : pairs) {
                    for (String other : OPS) {
                        function(other).apply(pair[0], pair[1]).close();
                    }
                }
            }
        }
        f = function(op);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        tensors.forEach(Tensor::close);
        scope.close();
    }

    @Benchmark
    public long run() {
        try (Tensor r = f.apply(x, y)) {
            return r.size();
        }
    }
}
