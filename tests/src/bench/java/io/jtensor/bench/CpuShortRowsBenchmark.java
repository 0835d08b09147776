package io.jtensor.bench;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.cpu.CpuBackend;
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
 * {@code argmax}, {@code argmin}, {@code softmax} and {@code logSoftmax} along the rows of a
 * {@code rows × cols} matrix (an MLP's batch of logits: 4096 × 10; 4096 × 4096 for long rows),
 * and {@code argmax} down its columns ({@code argmax0}: {@code x.argmax(0)}), uniform in [-4, 4),
 * on the CPU backend with the row paths on ({@code path=rows}) or off ({@code path=old}: the
 * system property {@code jtensor.cpu.rowPaths=false} while the backend is created, the general
 * reduction loops and the softmax row path as they were before), so both are timed in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuShortRowsBenchmark {

    @Param({"float32", "float64", "float16"})
    public String dtype;

    @Param({"argmax", "argmin", "argmax0", "softmax", "logSoftmax"})
    public String op;

    @Param({"10", "64", "4096"})
    public int cols;

    @Param({"4096"})
    public int rows;

    @Param({"rows", "old"})
    public String path;

    private BackendScope scope;
    private Tensor x;

    @Setup(Level.Trial)
    public void setUp() {
        String before = System.getProperty("jtensor.cpu.rowPaths");
        System.setProperty("jtensor.cpu.rowPaths", Boolean.toString(path.equals("rows")));
        try {
            scope = Np.useBackend(new CpuBackend());
        } finally {
            if (before == null) {
                System.clearProperty("jtensor.cpu.rowPaths");
            } else {
                System.setProperty("jtensor.cpu.rowPaths", before);
            }
        }
        try (Tensor data = Np.random(42).uniform(-4, 4, new long[] {rows, cols})) {
            x = data.astype(DType.valueOf(dtype.toUpperCase()));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        x.close();
        scope.close();
    }

    @Benchmark
    public long run() {
        try (Tensor r = switch (op) {
            case "argmax" -> x.argmax(1);
            case "argmin" -> x.argmin(1);
            case "argmax0" -> x.argmax(0);
            case "softmax" -> Np.softmax(x, 1);
            case "logSoftmax" -> Np.logSoftmax(x, 1);
            default -> throw new IllegalArgumentException("unknown op " + op);
        }) {
            return r.size();
        }
    }
}
