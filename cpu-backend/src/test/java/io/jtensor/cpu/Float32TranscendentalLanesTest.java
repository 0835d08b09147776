package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The FLOAT32 functions that {@link VectorSimd} evaluates on float64 lanes against the scalar
 * {@link Math} loop (the backend without the Vector API), on about 1M float bit patterns spread
 * over the whole range (subnormals, NaN payloads and infinities included): within 1 ULP, and
 * bit for bit where the scalar result is NaN, ±0, ±Inf or ±1. The special values are also checked
 * against NumPy 2.4's float32 results.
 */
class Float32TranscendentalLanesTest {

    private static final UnaryOp[] LANE_OPS = {UnaryOp.TANH, UnaryOp.SINH, UnaryOp.COSH, UnaryOp.ARCSIN,
            UnaryOp.ARCCOS, UnaryOp.ARCTAN, UnaryOp.CBRT, UnaryOp.EXPM1, UnaryOp.LOG, UnaryOp.LOG1P, UnaryOp.LOG10,
            UnaryOp.SIN, UnaryOp.COS, UnaryOp.TAN};
    /** Bit patterns apart: 2^32 / 4099 is about 1.05M inputs, every low-bit residue visited. */
    private static final long STEP = 4099;

    private static final float NAN = Float.NaN;
    private static final float INF = Float.POSITIVE_INFINITY;
    private static final float HALF_PI = 1.5707963705062866f;
    private static final float[] SPECIALS = {NAN, -0.0f, 0.0f, INF, -INF, 1e-45f, -1e-45f, 1.17e-38f, 3.4e38f,
            -3.4e38f, 100f, -100f, 89.5f, 1f, -1f, 1.0000001f};
    /** NumPy 2.4 on {@link #SPECIALS} (np.tanh(x) etc. with x float32). */
    private static final float[][] NUMPY = {
            {NAN, -0.0f, 0.0f, 1f, -1f, 1e-45f, -1e-45f, 1.17e-38f, 1f, -1f, 1f, -1f, 1f, 0.7615941762924194f,
                    -0.7615941762924194f, 0.7615942358970642f},
            {NAN, -0.0f, 0.0f, INF, -INF, 1e-45f, -1e-45f, 1.17e-38f, INF, -INF, INF, -INF, INF, 1.175201177597046f,
                    -1.175201177597046f, 1.175201416015625f},
            {NAN, 1f, 1f, INF, INF, 1f, 1f, 1f, INF, INF, INF, INF, INF, 1.5430806875228882f, 1.5430806875228882f,
                    1.5430809259414673f},
            {NAN, -0.0f, 0.0f, NAN, NAN, 1e-45f, -1e-45f, 1.17e-38f, NAN, NAN, NAN, NAN, NAN, HALF_PI, -HALF_PI, NAN},
            {NAN, HALF_PI, HALF_PI, NAN, NAN, HALF_PI, HALF_PI, HALF_PI, NAN, NAN, NAN, NAN, NAN, 0f,
                    3.1415927410125732f, NAN},
            {NAN, -0.0f, 0.0f, HALF_PI, -HALF_PI, 1e-45f, -1e-45f, 1.17e-38f, HALF_PI, -HALF_PI,
                    1.5607967376708984f, -1.5607967376708984f, 1.5596235990524292f, 0.7853981852531433f,
                    -0.7853981852531433f, 0.7853982448577881f},
            {NAN, -0.0f, 0.0f, INF, -INF, 1.119034708375443e-15f, -1.119034708375443e-15f, 2.2701887028228618e-13f,
                    6979532619776.0f, -6979532619776.0f, 4.6415886878967285f, -4.6415886878967285f,
                    4.473090648651123f, 1f, -1f, 1f}};

    @Test
    void everyOpHasLanesUnlessSwitchedOff() {
        VectorSimd simd = new VectorSimd();
        for (UnaryOp op : LANE_OPS) {
            assertTrue(simd.unary(op, DType.FLOAT32, null, 0, null, 0, 0), op + " float32 on lanes");
        }
        VectorSimd.widenedTranscendentals = false;
        try {
            for (UnaryOp op : LANE_OPS) {
                assertFalse(simd.unary(op, DType.FLOAT32, null, 0, null, 0, 0), op + " with the lanes off");
            }
            assertTrue(simd.unary(UnaryOp.EXP, DType.FLOAT32, null, 0, null, 0, 0), "exp keeps its float lanes");
        } finally {
            VectorSimd.widenedTranscendentals = true;
        }
    }

    @Test
    void lanesAreWithinOneUlpOfTheScalarLoopOverTheWholeRange() {
        assertTrue(CPU.usesVectorApi(), CPU.deviceDescription());
        int n = (int) ((1L << 32) / STEP) + SPECIALS.length;
        CpuStorage in = CpuStorage.allocate(DType.FLOAT32, n);
        for (int i = 0; i < n - SPECIALS.length; i++) {
            in.segment().setAtIndex(ElementIO.FLOAT, i, Float.intBitsToFloat((int) (i * STEP)));
        }
        for (int k = 0; k < SPECIALS.length; k++) {
            in.segment().setAtIndex(ElementIO.FLOAT, n - SPECIALS.length + k, SPECIALS[k]);
        }
        CpuStorage lanes = CpuStorage.allocate(DType.FLOAT32, n);
        CpuStorage scalar = CpuStorage.allocate(DType.FLOAT32, n);
        for (UnaryOp op : LANE_OPS) {
            CPU.map(map(op, new long[] {n}, dense(lanes, DType.FLOAT32, n), DType.FLOAT32, dense(in, DType.FLOAT32, n)));
            SCALAR.map(map(op, new long[] {n}, dense(scalar, DType.FLOAT32, n), DType.FLOAT32,
                    dense(in, DType.FLOAT32, n)));
            for (int i = 0; i < n; i++) {
                float x = in.segment().getAtIndex(ElementIO.FLOAT, i);
                float v = lanes.segment().getAtIndex(ElementIO.FLOAT, i);
                float s = scalar.segment().getAtIndex(ElementIO.FLOAT, i);
                String what = op + "(" + x + " = 0x" + Integer.toHexString(Float.floatToRawIntBits(x)) + "): lanes "
                        + v + ", scalar " + s;
                if (Float.isNaN(s) || Float.isInfinite(s) || s == 0 || Math.abs(s) == 1) {
                    assertEquals(Float.isNaN(s), Float.isNaN(v), what);
                    if (!Float.isNaN(s)) {
                        assertEquals(Float.floatToIntBits(s), Float.floatToIntBits(v), what);
                    }
                } else {
                    assertTrue(ulps(v, s, true) <= 1, what);
                }
            }
        }
    }

    @Test
    void specialValuesAreNumpys() {
        int n = SPECIALS.length;
        CpuStorage in = CpuStorage.allocate(DType.FLOAT32, n);
        for (int k = 0; k < n; k++) {
            in.segment().setAtIndex(ElementIO.FLOAT, k, SPECIALS[k]);
        }
        CpuStorage out = CpuStorage.allocate(DType.FLOAT32, n);
        for (int j = 0; j < NUMPY.length; j++) {
            UnaryOp op = LANE_OPS[j];
            CPU.map(map(op, new long[] {n}, dense(out, DType.FLOAT32, n), DType.FLOAT32, dense(in, DType.FLOAT32, n)));
            for (int k = 0; k < n; k++) {
                float expected = NUMPY[j][k];
                float actual = out.segment().getAtIndex(ElementIO.FLOAT, k);
                String what = op + "(" + SPECIALS[k] + "): " + actual + ", NumPy " + expected;
                if (Float.isNaN(expected) || Float.isInfinite(expected) || expected == 0 || Math.abs(expected) == 1) {
                    assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual), what);
                } else {
                    assertTrue(ulps(actual, expected, true) <= 1, what);
                }
            }
        }
    }
}
