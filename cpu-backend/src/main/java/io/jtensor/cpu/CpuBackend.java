package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Backend;
import io.jtensor.backend.GatherPlan;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.ReducePlan;
import io.jtensor.backend.RowPlan;
import io.jtensor.backend.ScanPlan;
import io.jtensor.backend.SearchPlan;
import io.jtensor.backend.SortPlan;
import io.jtensor.backend.MemoryUsage;
import io.jtensor.backend.Storage;
import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.lang.management.ManagementFactory;

/**
 * The pure-Java CPU backend: memory in {@link java.lang.foreign.MemorySegment}s, multi-threaded
 * loops, and the JDK Vector API for contiguous floating-point work when the
 * {@code jdk.incubator.vector} module is present (scalar loops otherwise, with the same results).
 *
 * <p>All operations are synchronous and thread-safe: kernels keep no shared mutable state.
 */
public final class CpuBackend implements Backend {

    private final Simd simd;
    private final String description;
    private final MapKernels map;
    private final ReduceKernels reduce;
    private final RowKernels rows;
    private final GatherKernel gather = new GatherKernel();
    private final ScanKernel scan = new ScanKernel();
    private final SortKernel sort;
    private final MatmulKernel matmul;

    /**
     * System property that, set to {@code false} while a backend is created, sends short softmax
     * rows and float argmax/argmin through the general loops they took before the row paths
     * (session 16), so a benchmark can time both in one run; results are the same.
     */
    static final String ROW_PATHS = "jtensor.cpu.rowPaths";

    /**
     * System property that, set to {@code false} while a backend is created, sends argmax/argmin
     * down contiguous rows ({@code x.argmax(0)}) and copies of views with short strided inner runs
     * through the loops they took before session 18, so a benchmark can time both in one run;
     * results are the same.
     */
    static final String STRIDED_PATHS = "jtensor.cpu.stridedPaths";

    /**
     * System property that, set to {@code false} while a backend is created, sends sums, means,
     * products, maxima and minima down contiguous rows ({@code x.sum(0)}) through the row-by-row
     * loops they took before session 19, so a benchmark can time both in one run; results are the
     * same.
     */
    static final String COLUMN_FOLDS = "jtensor.cpu.columnFolds";

    /**
     * System property that, set to {@code false} while a backend is created, sorts short lines of
     * 32-bit keys by the radix passes they took before session 20 instead of as packed key-position
     * longs, so a benchmark can time both in one run; results are the same.
     */
    static final String PACKED_LINE_SORTS = "jtensor.cpu.packedLineSorts";

    /**
     * System property that, set to {@code false} while a backend is created, sends float32 and
     * float64 {@code var}/{@code std} over contiguous runs ({@code x.var(-1)}) through the two
     * accumulator passes they took before session 21 instead of both passes run by run
     * ({@link RunVariance}), so a benchmark can time both in one run; results are the same bits.
     */
    static final String VARIANCE_RUNS = "jtensor.cpu.varianceRuns";

    /**
     * System property that, set to {@code false} while a backend is created, sorts packed lines of
     * up to 16 keys by {@link java.util.Arrays#sort(long[], int, int)} one by one, as before session
     * 21, instead of by sorting networks several lines at once, so a benchmark can time both in one
     * run; results are the same.
     */
    static final String LINE_NETWORKS = "jtensor.cpu.lineNetworks";

    /**
     * Creates the backend, using the Vector API when the {@code jdk.incubator.vector} module is
     * present and the system property {@code jtensor.cpu.vector} is not {@code false}.
     */
    public CpuBackend() {
        this(SimdLoader.load());
    }

    /** Creates the backend with the Vector API paths on (when loadable) or forced off. */
    CpuBackend(boolean vector) {
        this(vector ? SimdLoader.load() : new SimdLoader.Result(null, "Vector API off"));
    }

    private CpuBackend(SimdLoader.Result loaded) {
        this.simd = loaded.simd();
        int threads = ParallelLoop.THREADS;
        this.description = "CPU (" + threads + (threads == 1 ? " thread, " : " threads, ")
                + (simd != null ? simd.description() : loaded.reason() + " (scalar loops)") + physicalMemory() + ")";
        boolean rowPaths = !"false".equalsIgnoreCase(System.getProperty(ROW_PATHS, "true").trim());
        boolean stridedPaths = !"false".equalsIgnoreCase(System.getProperty(STRIDED_PATHS, "true").trim());
        this.map = new MapKernels(simd, stridedPaths);
        boolean columnFolds = !"false".equalsIgnoreCase(System.getProperty(COLUMN_FOLDS, "true").trim());
        boolean varianceRuns = !"false".equalsIgnoreCase(System.getProperty(VARIANCE_RUNS, "true").trim());
        this.reduce = new ReduceKernels(simd, rowPaths, stridedPaths, columnFolds, varianceRuns);
        this.sort = new SortKernel(!"false".equalsIgnoreCase(System.getProperty(PACKED_LINE_SORTS, "true").trim()),
                !"false".equalsIgnoreCase(System.getProperty(LINE_NETWORKS, "true").trim()), simd);
        this.rows = new RowKernels(simd, rowPaths);
        this.matmul = simd != null ? new MatmulKernel(simd.gemmKernel(), simd.gemvKernel())
                : new MatmulKernel(new GemmMicroKernel.Scalar(), new GemvKernel.Scalar());
    }

    /** ", 23.4 GiB memory", or nothing where the JVM cannot tell. */
    private static String physicalMemory() {
        try {
            long bytes = ((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
            return String.format(java.util.Locale.ROOT, ", %.1f GiB memory", bytes / (double) (1L << 30));
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    /** True when the Vector API fast paths are in use. */
    public boolean usesVectorApi() {
        return simd != null;
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public String deviceDescription() {
        return description;
    }

    /**
     * Off-heap bytes held by tensors, and the machine's physical memory (read once: the JDK reads
     * the cgroup files on every query, tens of microseconds, and every allocation asks).
     */
    @Override
    public MemoryUsage memoryUsage() {
        return new MemoryUsage(CpuStorage.bytesInUse(), PhysicalMemory.TOTAL);
    }

    /** The physical memory (or the container's limit), looked up on first use. */
    private static final class PhysicalMemory {
        static final long TOTAL = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getTotalMemorySize() : MemoryUsage.UNKNOWN;
    }

    @Override
    public Storage allocate(DType dtype, long elements) {
        return CpuStorage.allocate(dtype, elements);
    }

    /** Memory that is not zero-filled ({@link CpuStorage#allocateUninitialized}). */
    @Override
    public Storage allocateUninitialized(DType dtype, long elements) {
        return CpuStorage.allocateUninitialized(dtype, elements);
    }

    /** The file's pages as the tensor's memory ({@link CpuStorage#mapped}). */
    @Override
    public Storage mapFile(FileChannel file, FileChannel.MapMode mode, long offset, long bytes) throws IOException {
        return CpuStorage.mapped(file, mode, offset, bytes);
    }

    @Override
    public void copyFromHost(MemorySegment src, Storage dst, long dstByteOffset) {
        MemorySegment.copy(src, 0, ((CpuStorage) dst).segment(), dstByteOffset, src.byteSize());
    }

    @Override
    public void copyToHost(Storage src, long srcByteOffset, MemorySegment dst) {
        MemorySegment.copy(((CpuStorage) src).segment(), srcByteOffset, dst, 0, dst.byteSize());
    }

    @Override
    public void map(MapPlan plan) {
        map.run(plan);
    }

    @Override
    public void reduce(ReducePlan plan) {
        reduce.run(plan);
    }

    @Override
    public void rows(RowPlan plan) {
        rows.run(plan);
    }

    @Override
    public void matmul(MatmulPlan plan) {
        matmul.run(plan);
    }

    @Override
    public void gather(GatherPlan plan) {
        gather.run(plan);
    }

    @Override
    public void scan(ScanPlan plan) {
        scan.run(plan);
    }

    @Override
    public void sort(SortPlan plan) {
        sort.run(plan);
    }

    @Override
    public void search(SearchPlan plan) {
        sort.run(plan);
    }

    @Override
    public String toString() {
        return "CpuBackend[" + description + "]";
    }
}
