package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.SortPlan;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.jtensor.cpu.TestSupport.getLong;
import static io.jtensor.cpu.TestSupport.random;
import static io.jtensor.cpu.TestSupport.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The two ways {@link SortKernel} sorts a line, in Java arrays ({@link RadixLineSort}, every line
 * the conformance suite sorts) and in the memory segments (lines past Java's array limit), give
 * the same stable order, checked against a host sort on lines along inner and outer axes.
 */
class SortKernelTest {

    @Test
    void arraysAndSegmentsGiveTheSameStableOrder() {
        Random rnd = new Random(20261130);
        for (DType dtype : DType.values()) {
            for (long[] dims : new long[][] {{1, 5000, 1}, {3, 37, 4}, {2, 16, 3}, {7, 1, 2}, {1, 17, 1}}) {
                long outer = dims[0];
                long length = dims[1];
                long inner = dims[2];
                int n = (int) (outer * length * inner);
                CpuStorage keys = random(dtype, n, rnd);
                if (dtype.isFloatingPoint()) {
                    for (int i = 0; i < n; i += 11) {
                        set(keys, dtype, i, i % 3 == 0 ? Double.NaN : i % 3 == 1 ? -0.0 : 0.0);
                    }
                }
                long[] heap = sort(new SortKernel(), keys, dtype, outer, length, inner);
                long[] segments = sort(new SortKernel(0), keys, dtype, outer, length, inner);
                for (int i = 0; i < n; i++) {
                    assertEquals(heap[i], segments[i], dtype + " " + outer + "x" + length + "x" + inner + " at " + i);
                }
                checkAgainstHost(keys, dtype, outer, length, inner, heap);
            }
        }
    }

    /**
     * Lines of 1 to 17 keys sorted several at once on lanes by networks, one by one by networks
     * (no lanes) and by {@code Arrays.sort} as before: the same stable order and values, lines along
     * inner and outer axes and a remainder of lines that does not fill the lanes; keys drawn from a
     * few values (ties) with NaN, ±0 and ±inf.
     */
    @Test
    void shortLinesByNetworksGiveTheStableOrder() {
        Random rnd = new Random(21);
        Simd lanes = SimdLoader.load().simd();
        SortKernel[] kernels = {new SortKernel(true, true, lanes), new SortKernel(true, true, null),
            new SortKernel(true, false, null)};
        double[] few = {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, 0.0, 1, -1, 2, 100};
        for (DType dtype : DType.values()) {
            for (int length = 1; length <= 17; length++) {
                for (long[] dims : new long[][] {{29, length, 1}, {31, length, 1}, {3, length, 7}}) {
                    long outer = dims[0];
                    long inner = dims[2];
                    int n = (int) (outer * length * inner);
                    CpuStorage keys = random(dtype, n, rnd);
                    for (int i = 0; i < n; i++) {
                        double v = few[rnd.nextInt(few.length)];
                        if (rnd.nextInt(3) > 0 && (dtype.isFloatingPoint() || v == Math.rint(v) && !Double.isInfinite(v))) {
                            set(keys, dtype, i, dtype == DType.BOOL ? Math.abs(v) % 2 : v);
                        }
                    }
                    long[] reference = sort(kernels[2], keys, dtype, outer, length, inner);
                    for (int k = 0; k < 2; k++) {
                        long[] order = sort(kernels[k], keys, dtype, outer, length, inner);
                        for (int i = 0; i < n; i++) {
                            assertEquals(reference[i], order[i], dtype + " " + outer + "x" + length + "x" + inner
                                    + (k == 0 ? " on lanes" : " one by one") + " at " + i);
                        }
                    }
                    if (!dtype.isFloatingPoint()) {
                        checkAgainstHost(keys, dtype, outer, length, inner, reference);
                    }
                    keys.release();
                }
            }
        }
    }

    private static long[] sort(SortKernel kernel, CpuStorage keys, DType dtype, long outer, long length, long inner) {
        int n = (int) (outer * length * inner);
        CpuStorage indices = CpuStorage.allocate(DType.INT64, n);
        CpuStorage scratch = CpuStorage.allocate(DType.INT64, n);
        CpuStorage values = CpuStorage.allocate(dtype, n);
        kernel.run(new SortPlan(Operand.of(keys, dtype, 0, new long[] {1}), outer, length, inner,
                Operand.of(indices, DType.INT64, 0, new long[] {1}), Operand.of(scratch, DType.INT64, 0, new long[] {1}),
                Operand.of(values, dtype, 0, new long[] {1}), dtype));
        long[] result = new long[n];
        for (int i = 0; i < n; i++) {
            result[i] = getLong(indices, DType.INT64, i);
            assertEquals(Double.doubleToRawLongBits(TestSupport.get(keys, dtype,
                    (i / (length * inner)) * length * inner + i % inner + result[i] * inner)),
                    Double.doubleToRawLongBits(TestSupport.get(values, dtype, i)), "values at " + i);
        }
        return result;
    }

    private static void checkAgainstHost(CpuStorage keys, DType dtype, long outer, long length, long inner,
                                         long[] order) {
        for (long line = 0; line < outer * inner; line++) {
            long at = (line / inner) * length * inner + line % inner;
            Integer[] expected = new Integer[(int) length];
            for (int k = 0; k < length; k++) {
                expected[k] = k;
            }
            java.util.Arrays.sort(expected, (p, q) -> Double.compare(key(TestSupport.get(keys, dtype, at + p * inner)),
                    key(TestSupport.get(keys, dtype, at + q * inner))));
            for (int k = 0; k < length; k++) {
                assertEquals((long) expected[k], order[(int) (at + k * inner)], dtype + " line " + line + " position " + k);
            }
        }
    }

    private static double key(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v == 0 ? 0.0 : v;
    }
}
