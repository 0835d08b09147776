package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
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

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * exp, sum and row softmax of 16M float32 elements (2<sup>24</sup>; softmax as 4096 rows of 4096)
 * on the CPU backend and on the OpenCL backend, with the data already on the device. Each
 * operation includes waiting for the device ({@link Backend#synchronize()}), so the OpenCL time is
 * the full kernel time, not the enqueue. Run with {@code mvn -pl tests -Pbench verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpenClVersusCpuBenchmark {

    private static final int SIDE = 4096;

    @Param({"cpu", "opencl"})
    public String backendName;

    private Backend backend;
    private BackendScope scope;
    private Tensor x;
    private Tensor rows;

    @Setup(Level.Trial)
    public void setUp() {
        backend = Backends.get(backendName);
        scope = Np.useBackend(backend);
        float[] data = new float[SIDE * SIDE];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextDouble(-4, 4);
        }
        try (Tensor host = Np.array(data, data.length)) {
            x = host.to(backend);
        }
        rows = x.reshape(SIDE, SIDE);
        backend.synchronize();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        x.close();
        scope.close();
    }

    @Benchmark
    public void exp() {
        Tensor y = Np.exp(x);
        backend.synchronize();
        y.close();
    }

    @Benchmark
    public double sum() {
        try (Tensor total = Np.sum(x)) {
            return total.getDouble();
        }
    }

    @Benchmark
    public void softmax() {
        Tensor y = Np.softmax(rows, 1);
        backend.synchronize();
        y.close();
    }
}
