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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/**
 * The fixed cost of one call on tiny float32 tensors (16 elements, a 4 × 4 matrix) on the CPU
 * backend: argument checks, type resolution, planning, allocation and closing of the result,
 * everything but the arithmetic. Each benchmark makes a fresh result and closes it, as a program
 * that chains small ops does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuSmallOpsBenchmark {

    private BackendScope scope;
    private Tensor x;
    private Tensor y;
    private Tensor m;
    private Tensor n;
    private Tensor row;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        try (Tensor a = Np.random(42).uniform(-2, 2, 16); Tensor b = Np.random(7).uniform(-2, 2, 16);
             Tensor c = Np.random(3).uniform(-2, 2, 4)) {
            x = a.astype(DType.FLOAT32);
            y = b.astype(DType.FLOAT32);
            row = c.astype(DType.FLOAT32);
        }
        m = x.reshape(4, 4);
        n = y.reshape(4, 4);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        row.close();
        n.close();
        m.close();
        y.close();
        x.close();
        scope.close();
    }

    /** {@code x + y}, 16 elements. */
    @Benchmark
    public long add() {
        try (Tensor r = Np.add(x, y)) {
            return r.size();
        }
    }

    /** {@code x + 1.5}, 16 elements and a Java scalar. */
    @Benchmark
    public long addScalar() {
        try (Tensor r = Np.add(x, 1.5)) {
            return r.size();
        }
    }

    /** {@code m + row}: (4, 4) + (4,), broadcast along rows. */
    @Benchmark
    public long addBroadcast() {
        try (Tensor r = Np.add(m, row)) {
            return r.size();
        }
    }

    /** {@code exp(x)}, 16 elements. */
    @Benchmark
    public long exp() {
        try (Tensor r = Np.exp(x)) {
            return r.size();
        }
    }

    /** The sum of 16 elements, read back as a Java double. */
    @Benchmark
    public double sum() {
        try (Tensor r = Np.sum(x)) {
            return r.item();
        }
    }

    /** The column sums of a (4, 4) matrix. */
    @Benchmark
    public long sumAxis0() {
        try (Tensor r = Np.sum(m, 0)) {
            return r.size();
        }
    }

    /** {@code m @ n}, (4, 4) × (4, 4). */
    @Benchmark
    public long matmul() {
        try (Tensor r = Np.matmul(m, n)) {
            return r.size();
        }
    }

    /** {@code x.reshape(4, 4)}: a view, no data moves. */
    @Benchmark
    public long reshape() {
        try (Tensor r = x.reshape(4, 4)) {
            return r.size();
        }
    }

    /** {@code m.T()}: a view, no data moves. */
    @Benchmark
    public long transpose() {
        try (Tensor r = m.T()) {
            return r.size();
        }
    }

    /** {@code m[1, 2]} read as a Java double. */
    @Benchmark
    public double getDouble() {
        return m.getDouble(1, 2);
    }
}
