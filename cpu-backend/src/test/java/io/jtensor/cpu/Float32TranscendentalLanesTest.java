package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The FLOAT32 functions that {@link VectorSimd} evaluates on float lanes (the JDK's float SVML
 * variants) and, with {@code jtensor.cpu.floatLaneTranscendentals=false}, on float64 lanes rounded
 * once, on about 1M float bit patterns spread over the whole range (subnormals, NaN payloads and
 * infinities included): within 1 ULP of the exact value, and bit for bit the scalar {@link Math}
 * loop (the backend without the Vector API) where that gives NaN, ±0 or ±Inf. The special values
 * are also checked against NumPy 2.4's float32 results.
 */
class Float32TranscendentalLanesTest {

    private static final UnaryOp[] LANE_OPS = {UnaryOp.TANH, UnaryOp.SINH, UnaryOp.COSH, UnaryOp.ARCSIN,
            UnaryOp.ARCCOS, UnaryOp.ARCTAN, UnaryOp.CBRT, UnaryOp.EXPM1, UnaryOp.LOG, UnaryOp.LOG1P, UnaryOp.LOG10,
            UnaryOp.SIN, UnaryOp.COS, UnaryOp.TAN};
    /** Bit patterns apart: 2^32 / 4099 is about 1.05M inputs, every low-bit residue visited. */
    private static final long STEP = 4099;
    /** Elements and rounds of the warm-up before the lanes are compared. */
    private static final int WARM_UP = 1 << 16;
    private static final int WARM_UP_ROUNDS = 100;
    /**
     * Comparisons per op: the JIT may still be compiling the lane loop (a loaded machine) during
     * the first, whose results then come from the Vector API's per-lane {@link Math} fallback.
     */
    private static final int CHECKS = 2;

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
    void everyOpHasFloatLanesUnlessSwitchedOff() {
        VectorSimd simd = new VectorSimd();
        int floatLanes = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length();
        for (UnaryOp op : LANE_OPS) {
            assertTrue(simd.unary(op, DType.FLOAT32, null, 0, null, 0, 0), op + " float32 on lanes");
            assertEquals(floatLanes, VectorSimd.lanesF32(op), op + " on float lanes");
        }
        VectorSimd.floatLaneTranscendentals = false;
        try {
            for (UnaryOp op : LANE_OPS) {
                assertTrue(simd.unary(op, DType.FLOAT32, null, 0, null, 0, 0), op + " float32 on float64 lanes");
                assertEquals(4, VectorSimd.lanesF32(op), op + " on float64 lanes");
            }
        } finally {
            VectorSimd.floatLaneTranscendentals = true;
        }
        VectorSimd.widenedTranscendentals = false;
        try {
            for (UnaryOp op : LANE_OPS) {
                assertFalse(simd.unary(op, DType.FLOAT32, null, 0, null, 0, 0), op + " with the lanes off");
                assertEquals(0, VectorSimd.lanesF32(op), op + " with the lanes off");
            }
            assertTrue(simd.unary(UnaryOp.EXP, DType.FLOAT32, null, 0, null, 0, 0), "exp keeps its float lanes");
        } finally {
            VectorSimd.widenedTranscendentals = true;
        }
    }

    @Test
    void floatLanesAreWithinOneUlpOfTheExactValueOverTheWholeRange() {
        lanesAgainstScalarLoop(true);
    }

    @Test
    void float64LanesAreWithinOneUlpOfTheExactValueOverTheWholeRange() {
        VectorSimd.floatLaneTranscendentals = false;
        try {
            lanesAgainstScalarLoop(false);
        } finally {
            VectorSimd.floatLaneTranscendentals = true;
        }
    }

    /**
     * Every lane result within 1 ULP of the exact value (StrictMath in float64; its error is below
     * 2^-28 float ULP) and so within 1 ULP of the correctly rounded float, and bit for bit the
     * scalar loop's where that is NaN, ±0 or ±Inf. The lanes run on a warm-up block first and the
     * comparison is repeated, so that the compiled (intrinsic) code, not the Vector API's per-lane
     * fallback, computes most of them (seen: 0 to 60,000 results per op differing from the scalar
     * loop's by 1 ULP, which only the intrinsics give).
     */
    private static void lanesAgainstScalarLoop(boolean floatLanes) {
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
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                CPU.map(map(op, new long[] {WARM_UP}, dense(lanes, DType.FLOAT32, WARM_UP), DType.FLOAT32,
                        dense(in, DType.FLOAT32, WARM_UP)));
            }
            SCALAR.map(map(op, new long[] {n}, dense(scalar, DType.FLOAT32, n), DType.FLOAT32,
                    dense(in, DType.FLOAT32, n)));
            for (int check = 0; check < CHECKS; check++) {
                CPU.map(map(op, new long[] {n}, dense(lanes, DType.FLOAT32, n), DType.FLOAT32,
                        dense(in, DType.FLOAT32, n)));
                compare(op, floatLanes, in, lanes, scalar, n);
            }
        }
    }

    private static void compare(UnaryOp op, boolean floatLanes, CpuStorage in, CpuStorage lanes, CpuStorage scalar,
                                int n) {
        for (int i = 0; i < n; i++) {
            float x = in.segment().getAtIndex(ElementIO.FLOAT, i);
            float v = lanes.segment().getAtIndex(ElementIO.FLOAT, i);
            float s = scalar.segment().getAtIndex(ElementIO.FLOAT, i);
            boolean ok;
            double exact = Double.NaN;
            if (Float.isNaN(s) || Float.isInfinite(s) || s == 0) {
                ok = Float.isNaN(s) ? Float.isNaN(v) : Float.floatToIntBits(s) == Float.floatToIntBits(v);
            } else {
                exact = exact(op, x);
                ok = Math.abs(v - exact) <= ulpOfExact(exact);
            }
            if (!ok) {
                fail(op + (floatLanes ? " on float" : " on float64") + " lanes (" + x + " = 0x"
                        + Integer.toHexString(Float.floatToRawIntBits(x)) + "): " + v + ", scalar loop " + s
                        + ", exact " + exact);
            }
        }
    }

    /** The op in float64 by {@link StrictMath} (fdlibm, within 1 float64 ULP). */
    private static double exact(UnaryOp op, float x) {
        return switch (op) {
            case TANH -> StrictMath.tanh(x);
            case SINH -> StrictMath.sinh(x);
            case COSH -> StrictMath.cosh(x);
            case ARCSIN -> StrictMath.asin(x);
            case ARCCOS -> StrictMath.acos(x);
            case ARCTAN -> StrictMath.atan(x);
            case CBRT -> StrictMath.cbrt(x);
            case EXPM1 -> StrictMath.expm1(x);
            case LOG -> StrictMath.log(x);
            case LOG1P -> StrictMath.log1p(x);
            case LOG10 -> StrictMath.log10(x);
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
            case TAN -> StrictMath.tan(x);
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** The spacing of floats at {@code exact}'s binade (2^-149 among the subnormals). */
    private static double ulpOfExact(double exact) {
        return Math.scalb(1.0, Math.max(Math.getExponent(exact), Float.MIN_EXPONENT) - 23);
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
