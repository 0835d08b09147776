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
 * The common integer element-wise ops and reductions on the CPU backend, 4M contiguous elements
 * (2048²) of int32 or int64 (or a type stored narrower: int8, uint16, uint32): tensor-tensor
 * arithmetic, bitwise and comparison, a tensor-scalar add, a row broadcast added and a column
 * broadcast multiplied (row by row), a unary op, a full sum and a full max. Run it next to
 * {@link CpuStorageTypesBenchmark}
 * (whose float32 column is the vectorised float reference) and compare ratios within one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuIntegerOpsBenchmark {

    @Param({"int32", "int64"})
    public String dtype;

    @Param({"add", "multiply", "maximum", "bitwiseAnd", "addScalar", "addRow", "multiplyColumn", "greater", "negative",
        "sum", "max"})
    public String op;

    @Param({"4194304"})
    public int size;

    private BackendScope scope;
    private Tensor x;
    private Tensor y;
    private Tensor row;
    private Tensor column;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        DType type = DType.valueOf(dtype.toUpperCase());
        long side = BenchData.side(size);
        try (Tensor a = Np.random(42).integers(-1000, 1000, DType.INT64, side, side);
             Tensor b = Np.random(7).integers(-1000, 1000, DType.INT64, side, side)) {
            x = a.astype(type);
            y = b.astype(type);
        }
        try (Tensor r = Np.random(3).integers(-1000, 1000, DType.INT64, side);
             Tensor c = Np.random(5).integers(-1000, 1000, DType.INT64, side, 1)) {
            row = r.astype(type);
            column = c.astype(type);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        column.close();
        row.close();
        y.close();
        x.close();
        scope.close();
    }

    @Benchmark
    public long run() {
        try (Tensor r = switch (op) {
            case "add" -> Np.add(x, y);
            case "multiply" -> Np.multiply(x, y);
            case "maximum" -> Np.maximum(x, y);
            case "bitwiseAnd" -> Np.bitwiseAnd(x, y);
            case "addScalar" -> Np.add(x, 3L);
            case "addRow" -> Np.add(x, row);
            case "multiplyColumn" -> Np.multiply(x, column);
            case "greater" -> Np.greater(x, y);
            case "negative" -> Np.negative(x);
            case "sum" -> Np.sum(x);
            case "max" -> x.max();
            default -> throw new IllegalArgumentException(op);
        }) {
            return r.size();
        }
    }
}
