package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.FloatErrorMode;
import io.jtensor.FloatErrors;
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
 * What the floating-point error checks ({@code Np.seterr}) cost on the CPU backend: float64 add,
 * exp and divide of uniform values in [0.5, 2) (no error met) with every mode ignored (jtensor's
 * default), with NumPy's default (divide, over and invalid warn) and with every mode 'raise'
 * (under checked too). The state is per thread, so each benchmark thread sets its own modes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuFloatErrorsBenchmark {

    @Param({"ignore", "numpy", "raise"})
    public String modes;

    @Param({"add", "exp", "divide"})
    public String op;

    @Param({"1024", "1048576"})
    public int size;

    private BackendScope scope;
    private FloatErrors previous;
    private Tensor x;
    private Tensor y;

    @Setup(Level.Trial)
    public void setUp() {
        scope = Np.useBackend(Backends.get("cpu"));
        x = Np.random(42).uniform(0.5, 2.0, size);
        y = Np.random(7).uniform(0.5, 2.0, size);
        previous = Np.seterr(switch (modes) {
            case "ignore" -> FloatErrors.IGNORE_ALL;
            case "numpy" -> FloatErrors.NUMPY_DEFAULT;
            case "raise" -> FloatErrors.all(FloatErrorMode.RAISE);
            default -> throw new IllegalArgumentException(modes);
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Np.seterr(previous);
        y.close();
        x.close();
        scope.close();
    }

    @Benchmark
    public long run() {
        try (Tensor r = switch (op) {
            case "add" -> Np.add(x, y);
            case "exp" -> Np.exp(x);
            case "divide" -> Np.divide(x, y);
            default -> throw new IllegalArgumentException(op);
        }) {
            return r.size();
        }
    }
}
