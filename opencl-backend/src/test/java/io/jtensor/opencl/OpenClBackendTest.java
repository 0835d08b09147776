package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backend itself on the machine's OpenCL device (PoCL in CI): selection, memory, each kernel family. */
class OpenClBackendTest {

    private static Backend backend;

    @BeforeAll
    static void backend() {
        backend = Backends.get("opencl");
    }

    private static Tensor floats(float[] values, long... shape) {
        try (Tensor host = Np.array(values, shape)) {
            return host.to(backend);
        }
    }

    @Test
    void describesTheDeviceAndRanksACpuDeviceBelowTheJavaBackend() {
        OpenClBackendProvider provider = new OpenClBackendProvider();
        boolean gpu = ((OpenClBackend) backend).isGpuOrAccelerator();
        assertEquals(gpu ? OpenClBackendProvider.GPU_PRIORITY : OpenClBackendProvider.CPU_PRIORITY, provider.priority());
        assertTrue(gpu || provider.priority() < 100, "a CPU OpenCL device must not outrank the Java CPU backend");
        assertFalse(backend.deviceDescription().isBlank());
        assertEquals("opencl", backend.name());
    }

    @Test
    void roundTripsEveryTypeThroughDeviceMemory() {
        try (Tensor x = floats(new float[] {1.5f, -2f, 3f})) {
            assertArrayEquals(new float[] {1.5f, -2f, 3f}, x.toFloatArray());
            assertArrayEquals(new long[] {1, -2, 3}, x.toLongArray());
            assertArrayEquals(new boolean[] {true, true, true}, x.toBooleanArray());
            assertEquals(backend, x.backend());
        }
    }

    @Test
    void castsNaNAndOutOfRangeFloatsToTheIntegerMinimumAsNumPyOnX86() {
        try (Tensor x = floats(new float[] {Float.NaN, 3e9f, -3e9f, -2.7f, 2.7f});
             Tensor i32 = x.astype(DType.INT32); Tensor i64 = x.astype(DType.INT64)) {
            assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE, -2, 2}, i32.toIntArray());
            assertArrayEquals(new long[] {Long.MIN_VALUE, 3_000_000_000L, -3_000_000_000L, -2, 2}, i64.toLongArray());
        }
    }

    @Test
    void mapsOverBroadcastAndStridedViews() {
        try (Tensor a = floats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3); Tensor t = a.T();
             Tensor b = floats(new float[] {10, 20}, 2, 1); Tensor sum = Np.add(t, Np.array(new float[] {100, 200}).to(backend))) {
            assertArrayEquals(new float[] {101, 204, 102, 205, 103, 206}, sum.toFloatArray());
            try (Tensor product = Np.multiply(a, b)) {
                assertArrayEquals(new float[] {10, 20, 30, 80, 100, 120}, product.toFloatArray());
            }
        }
    }

    @Test
    void reducesWithNaNPropagationAndFirstOccurrenceArgmax() {
        try (Tensor x = floats(new float[] {3, 7, 7, 1, Float.NaN, 2}, 2, 3); Tensor max = Np.max(x, 1);
             Tensor arg = Np.argmax(x, 1); Tensor sum = Np.sum(x, 0)) {
            assertArrayEquals(new float[] {7, Float.NaN}, max.toFloatArray());
            assertArrayEquals(new long[] {1, 1}, arg.toLongArray());
            assertArrayEquals(new float[] {4, Float.NaN, 9}, sum.toFloatArray());
        }
    }

    @Test
    void sumsAMillionElementsAccurately() {
        float[] values = new float[1 << 20];
        java.util.Arrays.fill(values, 0.1f);
        try (Tensor x = floats(values); Tensor sum = Np.sum(x)) {
            assertEquals(0.1f * (1 << 20), sum.item(), 0.1f * (1 << 20) * 1e-6);
        }
    }

    @Test
    void softmaxOfLargeLogitsIsFinite() {
        try (Tensor x = floats(new float[] {1000, 0, -1000}, 1, 3); Tensor s = Np.softmax(x, 1);
             Tensor lse = Np.logSumExp(x, new int[] {1}, false)) {
            assertArrayEquals(new float[] {1, 0, 0}, s.toFloatArray(), 1e-6f);
            assertEquals(1000.0, lse.item(), 1e-3);
        }
    }

    @Test
    void multipliesBatchedMatricesAcrossTiles() {
        int m = 33;
        int k = 17;
        int n = 19;
        float[] a = new float[2 * m * k];
        float[] b = new float[k * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i % 7) - 3;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (i % 5) - 2;
        }
        float[] expected = new float[2 * m * n];
        for (int batch = 0; batch < 2; batch++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    float acc = 0;
                    for (int p = 0; p < k; p++) {
                        acc += a[batch * m * k + i * k + p] * b[p * n + j];
                    }
                    expected[batch * m * n + i * n + j] = acc;
                }
            }
        }
        try (Tensor ta = floats(a, 2, m, k); Tensor tb = floats(b, k, n); Tensor c = Np.matmul(ta, tb)) {
            assertArrayEquals(expected, c.toFloatArray());
        }
    }
}
