package io.jtensor.opencl;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code clip} with both bounds is one kernel launch on OpenCL ({@code TernaryOp.CLIP}), and two
 * (maximum, then minimum) with {@code -Djtensor.clip.twoPass=true}, with the same values.
 */
class ClipLaunchTest {

    @Test
    void clipWithBothBoundsIsOneLaunchUnlessTwoPassIsAsked() {
        float[] values = {-3, -0.5f, 0, 0.5f, 3, Float.NaN, 7, -7};
        float[] expected = {-1, -0.5f, 0, 0.5f, 1, Float.NaN, 1, -1};
        try (var scope = Np.useBackend(Backends.get("opencl")); Tensor x = Np.array(values);
             Tensor lo = Np.full(new long[] {8}, -1.0).astype(io.jtensor.DType.FLOAT32);
             Tensor hi = Np.full(new long[] {8}, 1.0).astype(io.jtensor.DType.FLOAT32)) {
            assertEquals(1, launches(() -> Np.clip(x, lo, hi), expected));
            String previous = System.setProperty("jtensor.clip.twoPass", "true");
            try {
                assertEquals(2, launches(() -> Np.clip(x, lo, hi), expected));
            } finally {
                if (previous == null) {
                    System.clearProperty("jtensor.clip.twoPass");
                } else {
                    System.setProperty("jtensor.clip.twoPass", previous);
                }
            }
        }
    }

    private static long launches(java.util.function.Supplier<Tensor> clip, float[] expected) {
        long before = OpenClMap.VECTOR_LAUNCHES.get();
        try (Tensor r = clip.get()) {
            long launched = OpenClMap.VECTOR_LAUNCHES.get() - before;
            assertArrayEquals(expected, r.toFloatArray());
            return launched;
        }
    }
}
