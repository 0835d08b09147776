package io.jtensor.cpu;

import io.jtensor.DType;
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

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The masked store of the {@code where=} fast path ({@link MaskedStore}) under a random BOOL
 * mask: the lane copy ({@code path=lanes}, {@link VectorSimd#maskedCopy}) against the element
 * loop ({@code path=scalar}, {@link MaskedStore#scalar}), which is what INT64 and FLOAT64 took on
 * 256-bit vectors before the 4-lane long copy; INT32 (on lanes before) is the reference. In
 * package {@code io.jtensor.cpu} to reach the package-private kernels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CpuMaskedStoreBenchmark {

    @Param({"int64", "float64", "int32"})
    public String dtype;

    @Param({"lanes", "scalar"})
    public String path;

    @Param({"4096", "1048576"})
    public int size;

    private final Simd simd = new VectorSimd();
    private DType type;
    private CpuStorage src;
    private CpuStorage mask;
    private CpuStorage out;

    @Setup(Level.Trial)
    public void setUp() {
        type = DType.valueOf(dtype.toUpperCase());
        src = CpuStorage.allocate(type, size);
        mask = CpuStorage.allocate(DType.BOOL, size);
        out = CpuStorage.allocate(type, size);
        Random rnd = new Random(5);
        for (long b = 0; b < (long) size * type.byteSize(); b++) {
            src.segment().set(ElementIO.BYTE, b, (byte) rnd.nextInt());
        }
        for (int i = 0; i < size; i++) {
            mask.segment().set(ElementIO.BYTE, i, (byte) rnd.nextInt(2));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        src.release();
        mask.release();
        out.release();
    }

    @Benchmark
    public CpuStorage run() {
        if (path.equals("lanes")) {
            if (!simd.maskedCopy(type, src.segment(), 0, mask.segment(), 0, out.segment(), 0, size)) {
                throw new IllegalStateException("masked copy of " + type + " not on lanes");
            }
        } else {
            MaskedStore.scalar(type, src.segment(), 0, mask.segment(), 0, out.segment(), 0, size);
        }
        return out;
    }
}
