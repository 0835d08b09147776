package io.jtensor.cpu;

import io.jtensor.BackendScope;
import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error of {@code sum} on data built to defeat a running sum, against an exact reference (a
 * double-double accumulation: Knuth's TwoSum keeps every rounding error of the float64 sum), with
 * and without the Vector API. Pairwise summation (NumPy's leaves of 128 elements, eight
 * interleaved running sums of 16 each, then a balanced tree) guarantees
 * {@code |error| <= (16 + 3 + ceil(log2(n / 128)) + 1) * 2^-53 * sum|x|}, plus the final rounding
 * to the result dtype; a running sum can be off by {@code n * 2^-53 * sum|x|}.
 */
class SumAccuracyTest {

    private static final int N = 1 << 22;

    /** 1 followed by values each below half an ulp of 1: a running float64 sum never moves. */
    private static double[] tinyAfterOne() {
        double[] x = new double[N];
        x[0] = 1.0;
        for (int i = 1; i < N; i++) {
            x[i] = 0x1p-54 * (1 + (i & 7) / 8.0);
        }
        return x;
    }

    /** Magnitudes spanning 24 decades with random signs, largest first: heavy cancellation. */
    private static double[] cancelling() {
        SplittableRandom random = new SplittableRandom(5);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            double magnitude = Math.pow(10, 12 - 24.0 * i / N);
            x[i] = (random.nextBoolean() ? 1 : -1) * magnitude * random.nextDouble(1, 2);
        }
        return x;
    }

    private static double[] exactSumAndAbs(double[] x) {
        double hi = 0;
        double lo = 0;
        double abs = 0;
        for (double v : x) {
            double s = hi + v;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (v - bp);
            hi = s;
            abs += Math.abs(v);
        }
        return new double[] {hi + lo, abs};
    }

    private static void check(CpuBackend backend, double[] data, DType dtype, String what) {
        double[] x = data.clone();
        if (dtype == DType.FLOAT32) {
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) x[i];
            }
        }
        double[] ref = exactSumAndAbs(x);
        int levels = 64 - Long.numberOfLeadingZeros(N / 128 - 1);
        double bound = (16 + 3 + levels + 1) * 0x1p-53 * ref[1]
                + (dtype == DType.FLOAT32 ? Math.ulp((float) ref[0]) / 2 : 0);
        try (BackendScope scope = Np.useBackend(backend);
             Tensor t64 = Np.array(x, x.length);
             Tensor t = t64.astype(dtype);
             Tensor s = Np.sum(t)) {
            double error = Math.abs(s.getDouble() - ref[0]);
            assertTrue(error <= bound, what + " " + dtype + " on " + backend.deviceDescription() + ": error "
                    + error + " exceeds the pairwise bound " + bound + " (exact " + ref[0] + ", got "
                    + s.getDouble() + ")");
        }
    }

    @Test
    void sumStaysWithinThePairwiseBoundOnAdversarialData() {
        for (CpuBackend backend : new CpuBackend[] {TestSupport.CPU, TestSupport.SCALAR}) {
            for (DType dtype : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                check(backend, tinyAfterOne(), dtype, "1 + tiny");
                check(backend, cancelling(), dtype, "cancelling");
            }
        }
    }
}
