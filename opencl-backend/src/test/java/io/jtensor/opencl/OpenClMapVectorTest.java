package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vectorised map kernel: taken for contiguous same-type float plans, and equal to the general kernel. */
class OpenClMapVectorTest {

    private static final int[] SIZES = {0, 1, 3, 4, 5, 1027};

    private static Backend backend;

    @BeforeAll
    static void backend() {
        backend = Backends.get("opencl");
    }

    @AfterEach
    void restore() {
        OpenClMap.vectorise = true;
    }

    private static Tensor floats(int n, int seed) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) Math.sin(i * 0.37 + seed) * 3;
        }
        try (Tensor host = Np.array(values, n)) {
            return host.to(backend);
        }
    }

    private static Tensor doubles(int n, int seed) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.cos(i * 0.21 + seed) * 2;
        }
        try (Tensor host = Np.array(values, n)) {
            return host.to(backend);
        }
    }

    /** Runs {@code op} with the vectorised kernel, then with the general one; checks the path taken each time. */
    private static void assertSameBothWays(Supplier<Tensor> op, boolean expectVector) {
        OpenClMap.vectorise = true;
        long before = OpenClMap.VECTOR_LAUNCHES.get();
        double[] vector;
        try (Tensor result = op.get()) {
            vector = result.toDoubleArray();
        }
        long launches = OpenClMap.VECTOR_LAUNCHES.get() - before;
        if (vector.length > 0) {
            assertEquals(expectVector ? 1 : 0, launches, "vectorised launches");
        }
        OpenClMap.vectorise = false;
        before = OpenClMap.VECTOR_LAUNCHES.get();
        double[] general;
        try (Tensor result = op.get()) {
            general = result.toDoubleArray();
        }
        assertEquals(0, OpenClMap.VECTOR_LAUNCHES.get() - before);
        assertArrayEquals(general, vector);
    }

    @Test
    void unaryBinaryAndScalarFloat32MapsTakeTheVectorisedKernel() {
        for (int n : SIZES) {
            try (Tensor a = floats(n, 1); Tensor b = floats(n, 2)) {
                assertSameBothWays(() -> Np.exp(a), true);
                assertSameBothWays(() -> Np.add(a, b), true);
                assertSameBothWays(() -> Np.multiply(a, b), true);
                assertSameBothWays(() -> Np.add(a, 1.5), true);
                assertSameBothWays(() -> Np.add(2.5, b), true);
            }
        }
    }

    @Test
    void float64MapsTakeTheVectorisedKernel() {
        for (int n : SIZES) {
            try (Tensor a = doubles(n, 1); Tensor b = doubles(n, 2)) {
                assertSameBothWays(() -> Np.exp(a), true);
                assertSameBothWays(() -> Np.add(a, b), true);
            }
        }
    }

    @Test
    void offsetViewsTakeTheVectorisedKernel() {
        try (Tensor a = floats(1031, 3); Tensor b = floats(1030, 4);
             Tensor va = a.slice(0, 3, 1030, 1); Tensor vb = b.slice(0, 1, 1028, 1)) {
            assertTrue(va.shape()[0] == 1027 && vb.shape()[0] == 1027);
            assertSameBothWays(() -> Np.exp(va), true);
            assertSameBothWays(() -> Np.add(va, vb), true);
            try (Tensor host = Np.zeros(new long[] {1040}, DType.FLOAT32); Tensor out = host.to(backend); Tensor view = out.slice(0, 5, 1032, 1)) {
                OpenClMap.vectorise = true;
                long before = OpenClMap.VECTOR_LAUNCHES.get();
                Np.exp(va, view);
                assertEquals(1, OpenClMap.VECTOR_LAUNCHES.get() - before);
                float[] all = out.toFloatArray();
                float[] source = va.toFloatArray();
                for (int i = 0; i < 1040; i++) {
                    float expected = i >= 5 && i < 1032 ? (float) Math.exp(source[i - 5]) : 0f;
                    assertEquals(expected, all[i], Math.abs(expected) * 1e-5f + 1e-6f, "element " + i);
                }
            }
        }
    }

    @Test
    void stridedMixedTypeAndComparisonPlansKeepTheGeneralKernel() {
        try (Tensor a = floats(1027, 5); Tensor d = doubles(1027, 6); Tensor strided = a.slice(0, 0, 1027, 2)) {
            assertSameBothWays(() -> Np.exp(strided), false);
            assertSameBothWays(() -> Np.add(a, d), false);
            assertSameBothWays(() -> Np.greater(a, a), false);
        }
    }
}
