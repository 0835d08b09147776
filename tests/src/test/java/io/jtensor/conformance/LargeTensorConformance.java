package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Tensors of more than 2<sup>31</sup> elements: reductions of stride-0 broadcast views (no
 * memory) must count with long indices, and one real 2<sup>31</sup>+7-element bool tensor
 * (2 GiB, written and read only near its end) must be addressed with long offsets. A backend whose
 * device caps one allocation below that ({@link io.jtensor.backend.Backend#maxAllocationBytes()},
 * e.g. PoCL's 2 GiB {@code CL_DEVICE_MAX_MEM_ALLOC_SIZE}, which no PoCL setting raises) must refuse
 * it with core's clear message instead; the CPU backend has no cap and runs the real test.
 * The broadcast reductions run over 2<sup>31</sup> + 2<sup>26</sup> = 2,214,592,512 elements: past
 * 2<sup>31</sup> by 3 %, so a count or index kept in a 32-bit int turns negative, and no more than
 * that because the CUDA simulator runs them element by element (3e9 elements cost it 40 s more). The expected values are NumPy's ({@code np.broadcast_to(np.ones(1,
 * np.float32), (2**31 + 2**26,)).sum()} is exactly 2214592512.0 in float32, which a naive float32
 * running sum, stuck at 2<sup>24</sup>, could never reach).
 */
public abstract class LargeTensorConformance extends ConformanceCase {

    private static final long N = (1L << 31) + (1L << 26);

    @Test
    void sumOfMoreThan2To31Ones() {
        Tensor ones = Np.ones(1).broadcastTo(N);
        assertEquals(N, ones.size());
        assertDoubles(Np.sum(ones), FLOAT64, shape(), N);
    }

    @Test
    void float32SumOfMoreThan2To31Ones() {
        assertDoubles(Np.sum(Np.ones(shape(1), FLOAT32).broadcastTo(N)), FLOAT32, shape(), N);
    }

    @Test
    void int32SumOfMoreThan2To31OnesIsInt64() {
        assertLongs(Np.sum(Np.ones(shape(1), INT32).broadcastTo(N)), INT64, shape(), N);
    }

    @Test
    void offsetsBeyond2To31InARealTensor() {
        long n = (1L << 31) + 7;
        if (backend().maxAllocationBytes() < n) {
            assertNotEquals("cpu", backend().name(), "the CPU backend always runs the real test");
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> Np.zeros(shape(n), BOOL));
            assertEquals("allocate: a bool tensor of shape (" + n + ",) needs " + n + " bytes, but the "
                    + backend().name() + " backend (" + backend().deviceDescription() + ") allows at most "
                    + backend().maxAllocationBytes() + " bytes in one allocation", e.getMessage());
            return;
        }
        try (Tensor mask = Np.zeros(shape(n), BOOL)) {
            assertEquals(n, mask.size());
            put(mask, n - 2, 1);
            assertEquals(1.0, mask.getDouble(n - 2));
            assertEquals(0.0, mask.getDouble(-1));
            try (Tensor tail = mask.slice(0, 1L << 31, Long.MAX_VALUE, 1)) {
                assertBools(tail.copy(), shape(7), false, false, false, false, false, true, false);
                assertLongs(Np.sum(tail), INT64, shape(), 1);
                assertLongs(Np.argmax(tail), INT64, shape(), 5);
                assertLongs(Np.argmax(tail.slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1)), INT64, shape(), 1);
            }
        }
    }

    @Test
    void allAndAnyOverBroadcastBools() {
        assertBools(Np.all(Np.ones(shape(1), BOOL).broadcastTo(N)), shape(), true);
        Tensor alternating = bools(true, false).broadcastTo(N / 2, 2);
        assertEquals(N, alternating.size());
        assertBools(Np.all(alternating), shape(), false);
        assertBools(Np.any(alternating), shape(), true);
        assertBools(Np.any(Np.zeros(shape(1), BOOL).broadcastTo(N)), shape(), false);
    }
}
