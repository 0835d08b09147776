package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * FLOAT32 {@code exp} of the CPU backend (float-lane kernel, float64-lane fallback and scalar
 * path) against the float64 {@link Math#exp}, over a dense sweep of every float bit pattern
 * between -104 and 89 (every 61st pattern; with {@code -Djtensor.test.exhaustive=true}, every
 * one: about two billion, a few minutes).
 */
class Float32ExpAccuracyTest {

    private static final int CHUNK = 1 << 20;

    @Test
    void withinOneUlpOfTheExactValueOverTheWholeRange() {
        int stride = Boolean.getBoolean("jtensor.test.exhaustive") ? 1 : 61;
        double worst = 0;
        float worstAt = 0;
        long checked = 0;
        CpuStorage in = CpuStorage.allocate(DType.FLOAT32, CHUNK);
        CpuStorage out = CpuStorage.allocate(DType.FLOAT32, CHUNK);
        // negative floats from -0 down to -104, then positive ones from +0 up to 89
        int[][] ranges = {{Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(-104.0f)},
                {0, Float.floatToRawIntBits(89.0f)}};
        for (int[] range : ranges) {
            for (long bits = range[0]; bits <= range[1]; ) {
                int n = 0;
                for (; n < CHUNK && bits <= range[1]; n++, bits += stride) {
                    in.segment().setAtIndex(ValueLayout.JAVA_FLOAT, n, Float.intBitsToFloat((int) bits));
                }
                CPU.map(map(UnaryOp.EXP, new long[] {n}, dense(out, DType.FLOAT32, n), DType.FLOAT32,
                        dense(in, DType.FLOAT32, n)));
                for (int i = 0; i < n; i++) {
                    float x = in.segment().getAtIndex(ValueLayout.JAVA_FLOAT, i);
                    float y = out.segment().getAtIndex(ValueLayout.JAVA_FLOAT, i);
                    double exact = Math.exp(x);
                    double u = ulps(y, exact, true);
                    if ((float) exact == 0 || Float.isInfinite((float) exact)) {
                        u = y == (float) exact ? 0 : Double.POSITIVE_INFINITY;
                    }
                    if (!(u <= worst)) {
                        worst = u;
                        worstAt = x;
                    }
                }
                checked += n;
            }
        }
        System.out.printf("float32 exp: %d inputs, worst %.3f ULP of the exact value at x = %s%n",
                checked, worst, worstAt);
        assertTrue(worst <= 1, "worst " + worst + " ULP at x = " + worstAt);
    }

    @Test
    void specialValuesAndRangeEdges() {
        float[] x = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.0f, -0.0f, 87.0f, -87.0f,
                Math.nextUp(87.0f), Math.nextDown(-87.0f), 88.72283f, 88.72284f, 89f, 1000f, -103.2789f,
                -103.972f, -104f, -1000f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, -1e-30f,
                0.34657359f, -0.34657359f};
        for (CpuBackend backend : new CpuBackend[] {CPU, SCALAR}) {
            // every value alone among in-range neighbours, so each vector takes the fallback once
            for (float v : x) {
                int n = 37;
                float[] data = new float[n];
                for (int i = 0; i < n; i++) {
                    data[i] = i == 17 ? v : (i - 18) * 0.25f;
                }
                CpuStorage in = storage(DType.FLOAT32, toDouble(data));
                CpuStorage out = CpuStorage.allocate(DType.FLOAT32, n);
                backend.map(map(UnaryOp.EXP, new long[] {n}, dense(out, DType.FLOAT32, n), DType.FLOAT32,
                        dense(in, DType.FLOAT32, n)));
                for (int i = 0; i < n; i++) {
                    float y = out.segment().getAtIndex(ValueLayout.JAVA_FLOAT, i);
                    float want = (float) Math.exp(data[i]);
                    if (Float.isNaN(want) || Float.isInfinite(want) || want == 0) {
                        assertEquals(want, y, "exp(" + data[i] + ")");
                    } else {
                        assertTrue(ulps(y, Math.exp(data[i]), true) <= 1, "exp(" + data[i] + ") = " + y);
                    }
                }
            }
        }
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
