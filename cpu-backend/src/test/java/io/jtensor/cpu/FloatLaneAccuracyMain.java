package io.jtensor.cpu;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;

/**
 * Measures the float SVML variants behind {@link VectorSimd}'s FLOAT32 float-lane functions over
 * float bit patterns (every {@code step}-th of all 2^32; 1 sweeps them all): the largest error from
 * the exact value in float ULPs (the float64 SVML result of the widened input standing for the
 * exact value: within 0.73 float64 ULP, so 2^-29 float ULP), the largest distance in ULPs from the
 * correctly rounded float (that value rounded), the inputs whose NaN, ±Inf or zero (sign included)
 * differs from the rounded float64 result, and those where one of the two is ±1 and the other not.
 * Not a test: run it by hand, {@code java --add-modules jdk.incubator.vector -cp ...
 * io.jtensor.cpu.FloatLaneAccuracyMain 7 tanh,sinh} (add {@code -XX:UseAVX=2} for the AVX2
 * variants). The kernels are warmed up first so that C2's intrinsics, not the Vector API's
 * per-lane {@link Math} fallback, compute the results.
 */
public final class FloatLaneAccuracyMain {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FH = VectorSpecies.of(float.class,
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int BLOCK = 1 << 12;
    private static final int WARM_UP = 20_000;

    private FloatLaneAccuracyMain() {
    }

    /** A float-lane kernel over a block. */
    private interface FloatKernel {
        void run(float[] x, float[] f);
    }

    /** The float64-lane reference over a block. */
    private interface DoubleKernel {
        void run(float[] x, double[] d);
    }

    private static DoubleVector widened(float[] x, int i) {
        return (DoubleVector) FloatVector.fromArray(FH, x, i).convertShape(VectorOperators.F2D, D, 0);
    }

    private static FloatKernel floatKernel(String name) {
        return switch (name) {
            case "expm1" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.EXPM1).intoArray(f, i);
                }
            };
            case "log" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.LOG).intoArray(f, i);
                }
            };
            case "log1p" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.LOG1P).intoArray(f, i);
                }
            };
            case "log10" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.LOG10).intoArray(f, i);
                }
            };
            case "sin" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.SIN).intoArray(f, i);
                }
            };
            case "cos" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.COS).intoArray(f, i);
                }
            };
            case "tan" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.TAN).intoArray(f, i);
                }
            };
            case "tanh" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.TANH).intoArray(f, i);
                }
            };
            case "sinh" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.SINH).intoArray(f, i);
                }
            };
            case "cosh" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.COSH).intoArray(f, i);
                }
            };
            case "arcsin" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.ASIN).intoArray(f, i);
                }
            };
            case "arccos" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.ACOS).intoArray(f, i);
                }
            };
            case "arctan" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.ATAN).intoArray(f, i);
                }
            };
            case "cbrt" -> (x, f) -> {
                for (int i = 0; i < x.length; i += F.length()) {
                    FloatVector.fromArray(F, x, i).lanewise(VectorOperators.CBRT).intoArray(f, i);
                }
            };
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static DoubleKernel doubleKernel(String name) {
        return switch (name) {
            case "expm1" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.EXPM1).intoArray(d, i);
                }
            };
            case "log" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.LOG).intoArray(d, i);
                }
            };
            case "log1p" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.LOG1P).intoArray(d, i);
                }
            };
            case "log10" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.LOG10).intoArray(d, i);
                }
            };
            case "sin" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.SIN).intoArray(d, i);
                }
            };
            case "cos" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.COS).intoArray(d, i);
                }
            };
            case "tan" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.TAN).intoArray(d, i);
                }
            };
            case "tanh" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.TANH).intoArray(d, i);
                }
            };
            case "sinh" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.SINH).intoArray(d, i);
                }
            };
            case "cosh" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.COSH).intoArray(d, i);
                }
            };
            case "arcsin" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.ASIN).intoArray(d, i);
                }
            };
            case "arccos" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.ACOS).intoArray(d, i);
                }
            };
            case "arctan" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.ATAN).intoArray(d, i);
                }
            };
            case "cbrt" -> (x, d) -> {
                for (int i = 0; i < x.length; i += D.length()) {
                    widened(x, i).lanewise(VectorOperators.CBRT).intoArray(d, i);
                }
            };
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static double ulpAt(double exact) {
        return Math.scalb(1.0, Math.max(Math.getExponent(exact), Float.MIN_EXPONENT) - 23);
    }

    /** Args: the bit-pattern step, and the functions (comma-separated NumPy names). */
    public static void main(String[] args) {
        long step = Long.parseLong(args[0]);
        float[] x = new float[BLOCK];
        float[] f = new float[BLOCK];
        double[] d = new double[BLOCK];
        System.out.println(F + ", " + D);
        for (String name : args[1].split(",")) {
            FloatKernel floatKernel = floatKernel(name);
            DoubleKernel doubleKernel = doubleKernel(name);
            Arrays.fill(x, 1.5f);
            for (int w = 0; w < WARM_UP; w++) {
                floatKernel.run(x, f);
                doubleKernel.run(x, d);
            }
            long start = System.nanoTime();
            double maxError = 0;
            float maxErrorAt = 0;
            long maxFromRounded = 0;
            long edgeDiffs = 0;
            long oneDiffs = 0;
            long n = 0;
            for (long bits = 0; bits < 1L << 32; ) {
                int m = 0;
                for (; m < BLOCK && bits < 1L << 32; bits += step) {
                    x[m++] = Float.intBitsToFloat((int) bits);
                }
                Arrays.fill(x, m, BLOCK, 0f);
                floatKernel.run(x, f);
                doubleKernel.run(x, d);
                for (int i = 0; i < m; i++, n++) {
                    float rounded = (float) d[i];
                    float v = f[i];
                    if (isEdge(rounded) || isEdge(v)) {
                        if (Float.isNaN(rounded) != Float.isNaN(v) || !Float.isNaN(v)
                                && Float.floatToIntBits(rounded) != Float.floatToIntBits(v)) {
                            edgeDiffs++;
                        }
                        continue;
                    }
                    if ((Math.abs(rounded) == 1) != (Math.abs(v) == 1)) {
                        oneDiffs++;
                    }
                    double error = Math.abs(v - d[i]) / ulpAt(d[i]);
                    if (error > maxError) {
                        maxError = error;
                        maxErrorAt = x[i];
                    }
                    maxFromRounded = Math.max(maxFromRounded,
                            Math.abs((long) Float.floatToIntBits(v) - Float.floatToIntBits(rounded)));
                }
            }
            System.out.printf("%-7s %d inputs: max %.3f ULP from exact (at %s = 0x%08x), max %d ULP from the"
                            + " correctly rounded float; NaN/Inf/zero differences %d; one of the two ±1 %d (%.0f s)%n",
                    name, n, maxError, maxErrorAt, Float.floatToRawIntBits(maxErrorAt), maxFromRounded, edgeDiffs,
                    oneDiffs, (System.nanoTime() - start) / 1e9);
        }
    }

    private static boolean isEdge(float v) {
        return Float.isNaN(v) || Float.isInfinite(v) || v == 0;
    }
}
