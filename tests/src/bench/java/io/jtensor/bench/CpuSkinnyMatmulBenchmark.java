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
 * {@code matmul} of model-shaped operands on the CPU backend, the current code ({@code path=now})
 * against the packing of earlier sessions selected by a system property read per product, so both
 * are timed in one run: {@code path=gatherB} (system property {@code jtensor.cpu.matmul.gatherB=true}:
 * a B with contiguous rows gathered through double and packed at any row count, as before session
 * 18), {@code path=packBT} ({@code jtensor.cpu.matmul.packTransposedB=true}: a transposed B packed
 * into panels at any row count, as before session 18's dot products for few rows), {@code path=dotsBT}
 * ({@code jtensor.cpu.matmul.dotsTransposedB=true}: session 18's dot products of rows for 2 to 16
 * rows of A against a transposed B, before session 19's panels transposed as they are used) or
 * {@code path=panels} ({@code jtensor.cpu.matmul.legacyPacking=true}: also A packed into
 * interleaved panels, as before session 17). {@code shape}: {@code MxKxN} (C-ordered operands:
 * {@code x @ w}), with a suffix {@code -at} for {@code a.T @ b} (A stored K x M), {@code -bt} for
 * {@code a @ b.T}, {@code -btb16} for 16 batches of {@code (M, K) @ b.T}, {@code -b64} for 64 batches of
 * {@code (M/64, K) @ (K, N)}; or {@code conv}, the
 * convolution written as NumPy code: {@code tensordot(slidingWindowView(img, {3, 3}, {2, 3}), w,
 * {1, 4, 5}, {1, 2, 3})} with N=16, C=16, 32x32 images, 32 filters 3x3 (its product is 14400x144x32
 * with a transposed B).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuSkinnyMatmulBenchmark {

    @Param({"14400x144x32", "14400x144x32-bt", "14400x144x32-b64", "14400x144x8", "14400x9x32", "2x784x128",
            "8x784x128", "8x784x128-bt", "8x784x128-btb16", "64x784x128", "64x784x128-bt", "8x1024x1024-bt",
            "256x784x128", "8x1024x1024", "4096x1024x1024",
            "1024x1024x1024"})
    public String shape;

    @Param({"float32", "float64"})
    public String dtype;

    @Param({"now", "gatherB", "packBT", "dotsBT"})
    public String path;

    private BackendScope scope;
    private Tensor a;
    private Tensor b;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("jtensor.cpu.matmul.legacyPacking", Boolean.toString(path.equals("panels")));
        System.setProperty("jtensor.cpu.matmul.gatherB", Boolean.toString(path.equals("gatherB")));
        System.setProperty("jtensor.cpu.matmul.packTransposedB", Boolean.toString(path.equals("packBT")));
        System.setProperty("jtensor.cpu.matmul.dotsTransposedB", Boolean.toString(path.equals("dotsBT")));
        scope = Np.useBackend(Backends.get("cpu"));
        DType type = dtype.equals("float32") ? DType.FLOAT32 : DType.FLOAT64;
        if (shape.equals("conv")) {
            a = uniform(1, type, 16, 16, 32, 32);
            b = uniform(2, type, 32, 16, 3, 3);
            return;
        }
        String[] parts = shape.split("-");
        String[] mkn = parts[0].split("x");
        long m = Long.parseLong(mkn[0]);
        long k = Long.parseLong(mkn[1]);
        long n = Long.parseLong(mkn[2]);
        String layout = parts.length > 1 ? parts[1] : "";
        a = switch (layout) {
            case "at" -> transposed(1, type, k, m);
            case "b64" -> uniform(1, type, 64, m / 64, k);
            case "btb16" -> uniform(1, type, 16, m, k);
            default -> uniform(1, type, m, k);
        };
        b = layout.startsWith("bt") ? transposed(2, type, n, k) : uniform(2, type, k, n);
    }

    private static Tensor transposed(long seed, DType type, long rows, long cols) {
        try (Tensor stored = uniform(seed, type, rows, cols)) {
            return stored.transpose();
        }
    }

    private static Tensor uniform(long seed, DType type, long... shape) {
        try (Tensor u = Np.random(seed).uniform(-1, 1, shape)) {
            return u.astype(type);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        a.close();
        b.close();
        scope.close();
        System.clearProperty("jtensor.cpu.matmul.legacyPacking");
        System.clearProperty("jtensor.cpu.matmul.gatherB");
        System.clearProperty("jtensor.cpu.matmul.packTransposedB");
        System.clearProperty("jtensor.cpu.matmul.dotsTransposedB");
    }

    @Benchmark
    public void matmul() {
        if (shape.equals("conv")) {
            try (Tensor windows = Np.slidingWindowView(a, new long[] {3, 3}, new int[] {2, 3})) {
                Np.tensordot(windows, b, new int[] {1, 4, 5}, new int[] {1, 2, 3}).close();
            }
            return;
        }
        Np.matmul(a, b).close();
    }
}
