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
 * Copies of strided views to C order and argmax/argmin down the columns, on the CPU backend with
 * the strided paths on ({@code path=new}) or off ({@code path=old}: the system property
 * {@code jtensor.cpu.stridedPaths=false} while the backend is created, the loops as they were
 * before), so both are timed in one run. Data uniform in [-4, 4), cast to {@code dtype}.
 * {@code work}:
 * <ul>
 *   <li>{@code window}: {@code ascontiguousarray(slidingWindowView(img, {3, 3}, {2, 3}))}, img
 *   (16, 16, 32, 32), the copy (16, 16, 30, 30, 3, 3) of a convolution written with NumPy;</li>
 *   <li>{@code windowT}: the same windows transposed to (16, 30, 30, 16, 3, 3) and copied (the copy
 *   tensordot makes to contract over the channels and the window);</li>
 *   <li>{@code transpose}: {@code x.T} of a (2048, 2048) matrix copied;</li>
 *   <li>{@code step2}: {@code x[:, ::2]} of a (2048, 4096) matrix copied;</li>
 *   <li>{@code column3}: {@code x[:, :3]} of a (1_000_000, 8) matrix copied;</li>
 *   <li>{@code broadcast}: a (2048, 1) column broadcast to (2048, 2048) and copied;</li>
 *   <li>{@code contiguous}: a (4096, 1024) matrix copied;</li>
 *   <li>{@code argmax0-RxC}, {@code argmin0-RxC}: {@code x.argmax(0)} ({@code argmin}) of an
 *   R x C matrix;</li>
 *   <li>{@code sum0-RxC}, {@code max0-RxC}, {@code mean0-RxC}: {@code x.sum(0)} ({@code max},
 *   {@code mean}); {@code path=old} also sets {@code jtensor.cpu.columnFolds=false}, the row loops
 *   before {@code Simd.foldColumns}.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuStridedLayoutsBenchmark {

    @Param({"window", "windowT", "transpose", "step2", "column3", "broadcast", "contiguous",
            "argmax0-4096x10", "argmax0-1000000x10", "argmax0-100000x3", "argmax0-4096x4096",
            "argmin0-1000000x10", "sum0-4096x4096", "sum0-1000000x10", "max0-4096x4096", "mean0-4096x4096"})
    public String work;

    @Param({"float32", "float64", "int8", "float16", "int32"})
    public String dtype;

    @Param({"new", "old"})
    public String path;

    private BackendScope scope;
    private Tensor x;

    @Setup(Level.Trial)
    public void setUp() {
        String before = System.getProperty("jtensor.cpu.stridedPaths");
        String beforeFolds = System.getProperty("jtensor.cpu.columnFolds");
        System.setProperty("jtensor.cpu.stridedPaths", Boolean.toString(path.equals("new")));
        System.setProperty("jtensor.cpu.columnFolds", Boolean.toString(path.equals("new")));
        try {
            scope = Np.useBackend(new CpuBackend());
        } finally {
            restore("jtensor.cpu.stridedPaths", before);
            restore("jtensor.cpu.columnFolds", beforeFolds);
        }
        long[] shape = switch (work) {
            case "window", "windowT" -> new long[] {16, 16, 32, 32};
            case "transpose", "broadcast" -> new long[] {2048, 2048};
            case "step2" -> new long[] {2048, 4096};
            case "column3" -> new long[] {1_000_000, 8};
            case "contiguous" -> new long[] {4096, 1024};
            default -> {
                String[] rc = work.substring(work.indexOf('-') + 1).split("x");
                yield new long[] {Long.parseLong(rc[0]), Long.parseLong(rc[1])};
            }
        };
        try (Tensor data = Np.random(42).uniform(-4, 4, shape)) {
            x = data.astype(DType.valueOf(dtype.toUpperCase()));
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        x.close();
        scope.close();
    }

    @Benchmark
    public long run() {
        Tensor view = switch (work) {
            case "window" -> Np.slidingWindowView(x, new long[] {3, 3}, new int[] {2, 3});
            case "windowT" -> {
                try (Tensor w = Np.slidingWindowView(x, new long[] {3, 3}, new int[] {2, 3})) {
                    yield w.transpose(0, 2, 3, 1, 4, 5);
                }
            }
            case "transpose" -> x.T();
            case "step2" -> x.slice(1, 0, Long.MAX_VALUE, 2);
            case "column3" -> x.slice(1, 0, 3, 1);
            case "broadcast" -> {
                try (Tensor column = x.slice(1, 0, 1, 1)) {
                    yield column.broadcastTo(2048, 2048);
                }
            }
            case "contiguous" -> null;
            default -> work.startsWith("sum0") ? x.sum(0) : work.startsWith("max0") ? x.max(0)
                    : work.startsWith("mean0") ? x.mean(0) : work.startsWith("argmax0") ? x.argmax(0) : x.argmin(0);
        };
        if (view == null) {
            try (Tensor c = x.copy()) {
                return c.size();
            }
        }
        if (work.startsWith("arg") || work.startsWith("sum") || work.startsWith("max") || work.startsWith("mean")) {
            try (view) {
                return view.size();
            }
        }
        try (view; Tensor c = Np.ascontiguousarray(view)) {
            return c.size();
        }
    }
}
