package io.jtensor.cuda;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.kernels.KernelSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CUDA backend on the host {@link CudaSimulator}: a few ops of each kernel family against
 * plain Java, the allocator's out-of-memory path on a small simulated device, and positive
 * controls for the simulator's own checks: barriers, shared memory and memory bounds. (The whole
 * conformance suite on the simulator runs in the tests module.)
 */
@SuppressWarnings("restricted")
class CudaSimulatorTest {

    private static Backend backend;

    @BeforeAll
    static void simulator() {
        String reason = CudaSimulator.unavailableReason().orElse(null);
        if (reason != null) {
            System.out.println("CUDA simulator NOT run: " + reason);
        }
        Assumptions.assumeTrue(reason == null, reason);
        backend = CudaSimulator.backend(64L << 20);
    }

    @Test
    void mapsReducesRowsAndProductsMatchJava() {
        try (var scope = Np.useBackend(backend);
             Tensor x = Np.array(new float[] {-1, 0, 0.5f, 2, 10});
             Tensor e = Np.exp(x);
             Tensor m = Np.array(new double[][] {{1, 2, 3}, {4, 5, 6}});
             Tensor rowSums = Np.sum(m, new int[] {1}, false);
             Tensor p = Np.softmax(m, 1);
             Tensor product = Np.matmul(m, m.transpose())) {
            float[] exp = e.toFloatArray();
            float[] in = {-1, 0, 0.5f, 2, 10};
            for (int i = 0; i < in.length; i++) {
                assertEquals((float) Math.exp(in[i]), exp[i], Math.ulp((float) Math.exp(in[i])));
            }
            assertArrayEquals(new double[] {6, 15}, rowSums.toDoubleArray());
            double[] softmax = p.toDoubleArray();
            double z = Math.exp(-2) + Math.exp(-1) + 1;
            assertEquals(Math.exp(-2) / z, softmax[0], 1e-15);
            assertEquals(1 / z, softmax[5], 1e-15);
            assertArrayEquals(new double[] {14, 32, 32, 77}, product.toDoubleArray());
            assertEquals(backend, e.backend());
        }
    }

    /**
     * The launches that only CUDA slices: products of more than 65535 · 16 rows (grid dimension y)
     * go in row slices, batches beyond 65535 (grid dimension z) are looped over by the kernel, and
     * more rows than blocks (4096) are looped over by the row kernels.
     */
    @Test
    void productsAndRowsBeyondCudasGridLimits() {
        long rows = 65535L * 16 + 40;
        try (var scope = Np.useBackend(backend);
             Tensor a = Np.arange(2 * rows).astype(DType.FLOAT64).reshape(rows, 2);
             Tensor b = Np.array(new double[][] {{1}, {10}});
             Tensor tall = Np.matmul(a, b);
             Tensor x = Np.arange(65_600).astype(DType.FLOAT64).reshape(65_600, 1, 1);
             Tensor batched = Np.matmul(x, x);
             Tensor logits = Np.multiply(Np.arange(5000 * 3).astype(DType.FLOAT64), 0.001).reshape(5000, 3);
             Tensor p = Np.softmax(logits, 1)) {
            for (long row : new long[] {0, 1, 65535L * 16 - 1, 65535L * 16, 65535L * 16 + 1, rows - 1}) {
                double expected = 2 * row + 10 * (2 * row + 1);
                assertEquals(expected, tall.getDouble(row, 0), "row " + row);
            }
            for (long i : new long[] {0, 65534, 65535, 65599}) {
                assertEquals((double) i * i, batched.getDouble(i, 0, 0), "batch " + i);
            }
            for (long row : new long[] {0, 4095, 4096, 4999}) {
                double[] z = new double[3];
                double total = 0;
                for (int c = 0; c < 3; c++) {
                    z[c] = Math.exp((row * 3 + c) * 0.001 - (row * 3 + 2) * 0.001);
                    total += z[c];
                }
                for (int c = 0; c < 3; c++) {
                    assertEquals(z[c] / total, p.getDouble(row, c), 1e-14, "softmax row " + row);
                }
            }
        }
    }

    @Test
    void outOfMemoryFreesTheCacheRetriesThenThrows() {
        CudaSimulator device = CudaSimulator.driver(16L << 20);
        CudaBackend small = new CudaBackend(CudaSimulator.NAME, device);
        try (var scope = Np.useBackend(small)) {
            Np.zeros(new long[] {300_000}, DType.FLOAT64).close();
            assertTrue(small.bytesCached() >= 2_400_000, "the closed tensor's block stays cached");
            try (Tensor big = Np.zeros(new long[] {3_500_000}, DType.FLOAT32)) {
                assertEquals(0, small.bytesCached(), "the cache was freed to make room");
                device.occupy(1_000_000);   // another process takes device memory jtensor does not see
                OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
                        () -> Np.zeros(new long[] {200_000}, DType.FLOAT64));
                assertTrue(e.getMessage().startsWith("allocate: a float64 tensor of shape (200000,) needs 1600000"
                        + " bytes, but the cuda-simulator backend has"), e.getMessage());
                assertTrue(e.getCause() instanceof CudaOutOfMemoryException, String.valueOf(e.getCause()));
                assertTrue(e.getMessage().contains("1,600,000 bytes"), e.getMessage());
                assertTrue(e.getMessage().contains("close tensors"), e.getMessage());
            }
        }
    }

    @Test
    void tensorsDroppedWithoutCloseAreFreedWhenTheDeviceIsFull() {
        CudaSimulator device = CudaSimulator.driver(16L << 20);
        CudaBackend small = new CudaBackend(CudaSimulator.NAME, device);
        double total = 0;
        try (var scope = Np.useBackend(small)) {
            for (int i = 0; i < 40; i++) {
                // 2 MB each, never closed: 80 MB through a 16 MiB device
                Tensor dropped;
                try {
                    dropped = Np.full(new long[] {250_000}, (double) i);
                } catch (OutOfMemoryError e) {   // JUnit would abort the run on it
                    throw new AssertionError("tensor " + i + ": the dropped tensors were not freed: " + e.getMessage());
                }
                total += dropped.getDouble(0);
            }
        }
        assertEquals(39 * 40 / 2.0, total);
        assertTrue(small.bytesInUse() + small.bytesCached() <= 16L << 20);
    }

    @Test
    void resultsWrittenWholeAreNotZeroFilledFirst() {
        CudaSimulator device = CudaSimulator.driver(64L << 20);
        Backend simulated = new CudaBackend(CudaSimulator.NAME, device, false);
        try (var scope = Np.useBackend(simulated);
             Tensor x = Np.array(new float[] {1, 2, 3, 4, 5, 6}).reshape(2, 3);
             Tensor m = Np.array(new float[] {1, 0, 0, 1, 1, 1}).reshape(3, 2)) {
            long before = device.clearedBytes();
            assertEquals(0, before, "uploads (Np.array) fill nothing");
            try (Tensor e = Np.exp(x); Tensor s = Np.sum(x, 1); Tensor p = Np.matmul(x, m);
                 Tensor soft = Np.softmax(x, 1); Tensor c = x.astype(DType.FLOAT64); Tensor t = x.transpose().copy()) {
                assertEquals(before, device.clearedBytes(), "exp, sum, matmul, softmax, astype and copy fill nothing");
                assertArrayEquals(new float[] {6, 15}, s.toFloatArray());
                assertArrayEquals(new float[] {4, 5, 10, 11}, p.toFloatArray());
            }
            try (Tensor z = Np.zeros(new long[] {5}, DType.FLOAT32);
                 Tensor mask = Np.greater(x, 3.0); Tensor masked = Np.exp(x, null, mask)) {
                assertEquals(before + 5 * 4 + 6 * 4, device.clearedBytes(), "zeros and a masked result without out are zeroed");
                assertArrayEquals(new float[] {0, 0, 0, (float) Math.exp(4), (float) Math.exp(5), (float) Math.exp(6)},
                        masked.toFloatArray(), 1e-5f);
            }
        }
    }

    @Test
    void aBarrierReachedByPartOfABlockFailsTheLaunch() throws Exception {
        CudaSimulator driver = simulatorDriver();
        KernelSource source = new KernelSource("divergent", """
                extern "C" __global__ void divergent(int* out) {
                    if (threadIdx.x == 0) {
                        return;
                    }
                    __syncthreads();
                    out[threadIdx.x] = 1;
                }
                extern "C" __global__ void uniform(int* out) {
                    __shared__ int seen[4];
                    seen[threadIdx.x] = (int) threadIdx.x + 1;
                    __syncthreads();
                    out[threadIdx.x] = seen[3 - threadIdx.x] + 10 * (int) blockIdx.x;
                }
                """, List.of("divergent", "uniform"), false);
        CudaModule module = driver.compiler(source).compile().program();
        long out = driver.allocate(32);
        try {
            driver.launch("uniform", module.function("uniform"), new long[] {2, 1, 1}, new int[] {4, 1, 1},
                    new long[] {out}, new int[] {8});
            int[] values = new int[4];
            java.lang.foreign.MemorySegment.ofArray(values).copyFrom(
                    java.lang.foreign.MemorySegment.ofAddress(out).reinterpret(16));
            assertArrayEquals(new int[] {14, 13, 12, 11}, values, "shared memory and the barrier within the last block");
            CudaException e = assertThrows(CudaException.class, () -> driver.launch("divergent",
                    module.function("divergent"), new long[] {1, 1, 1}, new int[] {4, 1, 1}, new long[] {out},
                    new int[] {8}));
            assertTrue(e.getMessage().contains("__syncthreads"), e.getMessage());
        } finally {
            driver.free(out);
        }
    }

    @Test
    void kernelsThatDoNotSynchroniseSeeNoValueTheyDidNotWaitFor() throws Exception {
        CudaSimulator driver = simulatorDriver();
        KernelSource source = new KernelSource("unsynchronised", """
                extern "C" __global__ void racy(int* out, int shift) {
                    __shared__ int seen[4];
                    seen[threadIdx.x] = (int) threadIdx.x + 1;
                    int neighbour = (int) threadIdx.x + shift;
                    neighbour = neighbour < 0 ? 0 : neighbour > 3 ? 3 : neighbour;
                    out[blockIdx.x * 4 + threadIdx.x] = seen[neighbour];
                }
                extern "C" __global__ void unwritten(int* out) {
                    __shared__ int left[4];
                    out[blockIdx.x * 4 + threadIdx.x] = left[threadIdx.x];
                    left[threadIdx.x] = 7;
                }
                """, List.of("racy", "unwritten"), false);
        CudaModule module = driver.compiler(source).compile().program();
        long out = driver.allocate(64);
        try {
            // each direction is caught in one of the two orders only: thread t reading thread t - 1's
            // write sees it when 0, 1, 2, 3 run in turn and misses it when 3, 2, 1, 0 do
            for (int shift : new int[] {-1, 1}) {
                int[] values = launchFourByTwo(driver, module, "racy", out, new long[] {out, shift}, new int[] {8, 4});
                assertTrue(java.util.Arrays.stream(values).anyMatch(v -> v == -1), "reads of thread t" + (shift > 0 ? "+" : "") + shift
                        + "'s write with no barrier saw it in both blocks: " + java.util.Arrays.toString(values));
            }
            assertArrayEquals(new int[] {-1, -1, -1, -1, -1, -1, -1, -1},
                    launchFourByTwo(driver, module, "unwritten", out, new long[] {out}, new int[] {8}),
                    "shared memory read before any write holds the poison, not what the previous block left");
        } finally {
            driver.free(out);
        }
    }

    @Test
    void aKernelThatTouchesMemoryOutsideItsBuffersFailsItsLaunch() throws Exception {
        String preload = Objects.requireNonNullElse(System.getenv("LD_PRELOAD"), "");
        Assumptions.assumeTrue(preload.contains("libjsig"), "the simulator catches memory faults only with the JVM's"
                + " libjsig preloaded (the surefire configuration does so); LD_PRELOAD=" + preload);
        CudaSimulator driver = simulatorDriver();
        KernelSource source = new KernelSource("outside", """
                extern "C" __global__ void poke(float* data, long long index) {
                    data[index] = 1.0f;
                }
                """, List.of("poke"), false);
        CudaModule module = driver.compiler(source).compile().program();
        long endsAtGuard = driver.allocate(400);
        long startsAtGuard = driver.allocate(400);
        try {
            byte[] ones = new byte[400];
            java.util.Arrays.fill(ones, (byte) -1);
            assertArrayEquals(ones, java.lang.foreign.MemorySegment.ofAddress(startsAtGuard).reinterpret(400)
                    .toArray(java.lang.foreign.ValueLayout.JAVA_BYTE), "new device memory holds all-one bits, not zeros");
            poke(driver, module, endsAtGuard, 99);
            poke(driver, module, startsAtGuard, 0);
            CudaException past = assertThrows(CudaException.class, () -> poke(driver, module, endsAtGuard, 100));
            assertTrue(past.getMessage().contains("0 bytes past the end of a 400-byte allocation"), past.getMessage());
            CudaException before = assertThrows(CudaException.class, () -> poke(driver, module, startsAtGuard, -1));
            assertTrue(before.getMessage().contains("4 bytes before the start of a 400-byte allocation"),
                    before.getMessage());
            for (int i = 0; i < 1000; i++) {
                assertThrows(CudaException.class, () -> poke(driver, module, endsAtGuard, 100));
                poke(driver, module, endsAtGuard, i % 100);
            }
        } finally {
            driver.free(endsAtGuard);
            driver.free(startsAtGuard);
        }
    }

    private static void poke(CudaSimulator driver, CudaModule module, long data, long index) {
        driver.launch("poke", module.function("poke"), new long[] {1, 1, 1}, new int[] {1, 1, 1},
                new long[] {data, index}, new int[] {8, 8});
    }

    /** Launches {@code kernel} on 2 blocks of 4 threads and returns the 8 ints it wrote at {@code out}. */
    private static int[] launchFourByTwo(CudaSimulator driver, CudaModule module, String kernel, long out,
                                         long[] values, int[] sizes) {
        driver.launch(kernel, module.function(kernel), new long[] {2, 1, 1}, new int[] {4, 1, 1}, values, sizes);
        int[] result = new int[8];
        java.lang.foreign.MemorySegment.ofArray(result).copyFrom(
                java.lang.foreign.MemorySegment.ofAddress(out).reinterpret(32));
        return result;
    }

    private static CudaSimulator simulatorDriver() {
        return CudaSimulator.driver(1L << 20);
    }
}
