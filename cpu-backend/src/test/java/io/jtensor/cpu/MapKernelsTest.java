package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;

import java.util.function.DoubleUnaryOperator;

import static io.jtensor.cpu.TestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class MapKernelsTest {

    private static final DType[] FLOATS = {DType.FLOAT32, DType.FLOAT64};

    private static double[] run(CpuBackend backend, UnaryOp op, DType type, double... x) {
        CpuStorage in = storage(type, x);
        CpuStorage out = CpuStorage.allocate(type, x.length);
        backend.map(map(op, new long[]{x.length}, dense(out, type, x.length), type, dense(in, type, x.length)));
        return all(out, type);
    }

    private static double reference(UnaryOp op, double x) {
        return switch (op) {
            case EXP -> StrictMath.exp(x);
            case EXPM1 -> StrictMath.expm1(x);
            case EXP2 -> StrictMath.pow(2, x);
            case LOG -> StrictMath.log(x);
            case LOG1P -> StrictMath.log1p(x);
            case LOG2 -> StrictMath.log(x) / StrictMath.log(2);
            case LOG10 -> StrictMath.log10(x);
            case SQRT -> StrictMath.sqrt(x);
            case SQUARE -> x * x;
            case ABS -> Math.abs(x);
            case NEGATIVE -> -x;
            case SIGN -> x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x;
            case RECIPROCAL -> 1 / x;
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
            case TAN -> StrictMath.tan(x);
            case TANH -> StrictMath.tanh(x);
            case SIGMOID -> x >= 0 ? 1 / (1 + StrictMath.exp(-x)) : StrictMath.exp(x) / (1 + StrictMath.exp(x));
            case RELU -> x > 0 || x != x ? x : 0;
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case ROUND -> Math.rint(x);
            case COPY -> x;
            case ARCSIN -> StrictMath.asin(x);
            case ARCCOS -> StrictMath.acos(x);
            case ARCTAN -> StrictMath.atan(x);
            case SINH -> StrictMath.sinh(x);
            case COSH -> StrictMath.cosh(x);
            // independent routes to the inverse hyperbolics (not the implementation's reductions)
            case ARCSINH -> x == 0 || Double.isInfinite(x) ? x
                    : Math.signum(x) * StrictMath.log1p(Math.abs(x) + x * x / (1 + StrictMath.sqrt(1 + x * x)));
            case ARCCOSH -> x == Double.POSITIVE_INFINITY ? x : StrictMath.log(x + StrictMath.sqrt(x * x - 1));
            case ARCTANH -> x == 0 ? x : Math.signum(x) * 0.5 * StrictMath.log1p(2 * Math.abs(x) / (1 - Math.abs(x)));
            case CBRT -> StrictMath.cbrt(x);
            case TRUNC -> x < 0 ? Math.ceil(x) : Math.floor(x);
            // two roundings where the implementation multiplies by the rounded constant once
            case DEG2RAD -> x * Math.PI / 180;
            case RAD2DEG -> x * 180 / Math.PI;
            // by Math.ulp (the step to the next larger magnitude) instead of nextAfter
            case SPACING -> Double.isInfinite(x) || x != x ? Double.NaN : x == 0 ? Double.MIN_VALUE
                    : Math.abs(x) == Double.MAX_VALUE ? Math.copySign(Double.POSITIVE_INFINITY, x)
                    : Math.copySign(Math.ulp(x), x);
            case SPACING_FLOAT16 -> spacingOfHalf(io.jtensor.Float16.round(x));
            case FREXP_MANTISSA -> frexpByHalving(x)[0];
            case FREXP_EXPONENT -> frexpByHalving(x)[1];
            case ISNAN, ISINF, ISFINITE, SIGNBIT, LOGICAL_NOT -> throw new IllegalArgumentException(op + " gives bool");
            case INVERT, BITWISE_COUNT -> throw new IllegalArgumentException(op + " is not defined on floats");
        };
    }

    /** {mantissa, exponent} of x by halving and doubling (exact steps), x and 0 for ±0, ±Inf, NaN. */
    private static double[] frexpByHalving(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return new double[] {x, 0};
        }
        double m = x;
        int e = 0;
        while (Math.abs(m) >= 1) {
            m /= 2;
            e++;
        }
        while (Math.abs(m) < 0.5) {
            m *= 2;
            e--;
        }
        return new double[] {m, e};
    }

    /** float32 spacing by Math.ulp(float). */
    private static double spacingFloat(float x) {
        return Float.isInfinite(x) || x != x ? Double.NaN : x == 0 ? Float.MIN_VALUE
                : Math.abs(x) == Float.MAX_VALUE ? Math.copySign(Double.POSITIVE_INFINITY, x)
                : Math.copySign(Math.ulp(x), x);
    }

    /** nextafter by stepping the bit pattern (float32 when f32). */
    private static double nextafterByBits(double a, double b, boolean f32) {
        if (a != a || b != b) {
            return Double.NaN;
        }
        if (a == b) {
            return b;
        }
        if (a == 0) {
            return Math.copySign(f32 ? Float.MIN_VALUE : Double.MIN_VALUE, b);
        }
        int step = (a < b) == (a > 0) ? 1 : -1;
        return f32 ? Float.intBitsToFloat(Float.floatToRawIntBits((float) a) + step)
                : Double.longBitsToDouble(Double.doubleToRawLongBits(a) + step);
    }

    /**
     * np.spacing of a float16 value by its exponent: 2^(e - 10), the step toward zero at a negative
     * power of two, 2^-24 for subnormals and zeros, +Inf for +65504 only (NumPy's npy_half_spacing).
     */
    private static double spacingOfHalf(double h) {
        if (Double.isInfinite(h) || h != h) {
            return Double.NaN;
        }
        if (h == 65504) {
            return Double.POSITIVE_INFINITY;
        }
        if (Math.abs(h) < 0x1p-14) {
            return 0x1p-24;
        }
        int e = Math.getExponent(h);
        boolean powerOfTwo = Math.abs(h) == Math.scalb(1.0, e);
        return Math.max(0x1p-24, Math.scalb(1.0, e - 10 - (h < 0 && powerOfTwo ? 1 : 0)));
    }

    /** np.nextafter of float16 values through a monotonic index of the finite halves and infinities. */
    private static double nextafterOfHalves(double a, double b) {
        if (a != a || b != b) {
            return Double.NaN;
        }
        if (a == b) {
            return a;
        }
        int ia = halfIndex(a);
        int next = a < b ? ia + 1 : ia - 1;
        if (next == 0) {
            return a > 0 ? 0.0 : -0.0;
        }
        int magnitude = Math.abs(next);
        double value = io.jtensor.Float16.toDouble((short) magnitude);
        return next < 0 ? -value : value;
    }

    private static int halfIndex(double h) {
        int bits = io.jtensor.Float16.fromDouble(Math.abs(h)) & 0x7fff;
        return h < 0 ? -bits : bits;
    }

    @Test
    void everyUnaryOpOnFloatsIsWithinOneUlp() {
        Random rnd = new Random(7);
        double[] x = new double[1037];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 5 == 0 ? rnd.nextDouble() * 2 : (rnd.nextDouble() - 0.5) * 40;
        }
        x[0] = 0.0;
        x[1] = -0.0;
        x[2] = Double.NaN;
        x[3] = Double.POSITIVE_INFINITY;
        x[4] = Double.NEGATIVE_INFINITY;
        x[5] = 2.5;
        x[6] = -2.5;
        x[7] = 1e-30;
        for (DType type : FLOATS) {
            boolean f32 = type == DType.FLOAT32;
            for (UnaryOp op : UnaryOp.values()) {
                if (op.givesBool() || !op.definedOnFloats()) {
                    continue;
                }
                double[] got = run(CPU, op, type, x);
                double[] scalar = run(SCALAR, op, type, x);
                // the float64 references for log2, tanh (StrictMath) and sigmoid (naive formula) are
                // themselves up to ~2 ULP off; the implementation was checked to 1 ULP against mpmath
                double tolerance = f32 ? 1 : switch (op) {
                    case LOG2, TANH, SIGMOID, ARCSINH, ARCCOSH, ARCTANH -> 3;
                    default -> 1;
                };
                for (int i = 0; i < x.length; i++) {
                    double in = f32 ? (float) x[i] : x[i];
                    int idx = i;
                    double ref = f32 && op == UnaryOp.SPACING ? spacingFloat((float) in)
                            : f32 ? (float) reference(op, in) : reference(op, in);
                    assertTrue(ulps(got[i], ref, f32) <= tolerance,
                            () -> op + " " + type + " of " + in + ": " + ref + " expected, got " + got[idx]);
                    assertTrue(ulps(scalar[i], ref, f32) <= tolerance, () -> op + " scalar path of " + in);
                }
            }
        }
    }

    @Test
    void unaryEdgeCases() {
        for (DType type : FLOATS) {
            assertArrayEquals(new double[]{Double.NaN, 0, 0, 1, -1}, run(CPU, UnaryOp.SIGN, type, Double.NaN, 0.0, -0.0, 3, -2));
            assertEquals(0.0, run(CPU, UnaryOp.SIGN, type, -0.0)[0]);
            assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(run(CPU, UnaryOp.SIGN, type, -0.0)[0]));
            assertArrayEquals(new double[]{Double.NaN, 0, 0, 5}, run(CPU, UnaryOp.RELU, type, Double.NaN, -1, -0.0, 5));
            assertArrayEquals(new double[]{1, 0, 0.5, 1, 0, Double.NaN},
                    run(CPU, UnaryOp.SIGMOID, type, 1000, -1000, 0, 800, -800, Double.NaN));
            assertArrayEquals(new double[]{0, 2, 2, -0.0, -2, 4},
                    run(CPU, UnaryOp.ROUND, type, 0.5, 1.5, 2.5, -0.5, -2.5, 3.5));
            assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(run(CPU, UnaryOp.SQRT, type, -0.0)[0]));
            assertArrayEquals(new double[]{Double.POSITIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, Double.NaN},
                    new double[]{run(CPU, UnaryOp.EXP, type, 1000)[0], run(CPU, UnaryOp.EXP, type, -1000)[0],
                            run(CPU, UnaryOp.LOG, type, 0)[0], run(CPU, UnaryOp.LOG, type, -1)[0]});
            assertArrayEquals(new double[]{3, -1074 < 0 && type == DType.FLOAT64 ? -1074 : -149, 0.5},
                    run(CPU, UnaryOp.LOG2, type, 8, type == DType.FLOAT64 ? Double.MIN_VALUE : Float.MIN_VALUE,
                            Math.sqrt(2)), 1e-6);
            assertArrayEquals(new double[]{8, 0.5}, run(CPU, UnaryOp.EXP2, type, 3, -1));
            assertArrayEquals(new double[]{Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5},
                    run(CPU, UnaryOp.RECIPROCAL, type, 0.0, -0.0, 2));
        }
        assertEquals(Math.log(3) / Math.log(2), run(CPU, UnaryOp.LOG2, DType.FLOAT64, 3)[0], 1e-15);
        assertEquals(-1022, run(CPU, UnaryOp.LOG2, DType.FLOAT64, Double.MIN_NORMAL)[0]);
    }

    private static double binaryReference(BinaryOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> a / b;
            case POWER -> a == 1 ? 1 : StrictMath.pow(a, b);
            case MAXIMUM -> a != a || a > b ? a : b;
            case MINIMUM -> a != a || a < b ? a : b;
            case EQUAL -> a == b ? 1 : 0;
            case NOT_EQUAL -> a != b ? 1 : 0;
            case LESS -> a < b ? 1 : 0;
            case LESS_EQUAL -> a <= b ? 1 : 0;
            case GREATER -> a > b ? 1 : 0;
            case GREATER_EQUAL -> a >= b ? 1 : 0;
            case FMAX -> a >= b || b != b ? a : b;
            case FMIN -> a <= b || b != b ? a : b;
            case FLOOR_DIVIDE, REMAINDER, FMOD -> exactDivision(op, a, b);
            case ARCTAN2 -> StrictMath.atan2(a, b);
            case HYPOT -> StrictMath.hypot(a, b);
            case COPYSIGN -> StrictMath.copySign(a, b);
            case LOGICAL_AND -> a != 0 && b != 0 ? 1 : 0;
            case LOGICAL_OR -> a != 0 || b != 0 ? 1 : 0;
            case LOGICAL_XOR -> (a != 0) != (b != 0) ? 1 : 0;
            case LOGADDEXP -> logSumOfPowers(Math.E, a, b);
            case LOGADDEXP2 -> logSumOfPowers(2, a, b);
            case HEAVISIDE -> a != a ? Double.NaN : a == 0 ? b : a < 0 ? 0 : 1;
            case NEXTAFTER -> nextafterByBits(a, b, false);
            case NEXTAFTER_FLOAT16 -> nextafterOfHalves(io.jtensor.Float16.round(a), io.jtensor.Float16.round(b));
            // one product by a power of two where that power is a double; core sends integer b only
            case LDEXP -> (long) b > 1023 || (long) b < -1074 ? Math.scalb(a, (int) Math.max(-2200, Math.min(2200, b)))
                    : a * Math.pow(2, (long) b);
            case BITWISE_AND, BITWISE_OR, BITWISE_XOR, LEFT_SHIFT, RIGHT_SHIFT, GCD, LCM ->
                    throw new IllegalArgumentException(op + " is not defined on floats");
        };
    }

    /**
     * log_base(base^a + base^b) by another route than NumPy's formula: the larger operand factored
     * out of the sum inside the logarithm; NaN and the infinities by their limits.
     */
    private static double logSumOfPowers(double base, double a, double b) {
        if (a != a || b != b) {
            return Double.NaN;
        }
        double m = Math.max(a, b);
        if (Double.isInfinite(m)) {
            return m;
        }
        double lnBase = StrictMath.log(base);
        return m + StrictMath.log(StrictMath.exp((a - m) * lnBase) + StrictMath.exp((b - m) * lnBase)) / lnBase;
    }

    /**
     * The error of a log-add-exp result in ULPs of max(|expected|, 1): where e^a + e^b is near 1 the
     * result cancels, and only an absolute bound holds (for NumPy's formula as for this reference).
     */
    private static double logAddExpError(double got, double expected, boolean f32) {
        if (Double.compare(got, expected) == 0 || (got != got && expected != expected)) {
            return 0;
        }
        if (Double.isInfinite(got) || Double.isInfinite(expected) || got != got || expected != expected) {
            return Double.POSITIVE_INFINITY;
        }
        double unit = Math.max(Math.abs(expected), 1);
        return Math.abs(got - expected) / (f32 ? Math.ulp((float) unit) : Math.ulp(unit));
    }

    /**
     * Floor division and the remainders of finite operands from the exact quotient (BigDecimal),
     * rounded once; NaN, and x / 0 by NumPy's rules.
     */
    private static double exactDivision(BinaryOp op, double a, double b) {
        if (a != a || b != b || b == 0) {
            return op == BinaryOp.FLOOR_DIVIDE ? a / b : Double.NaN;
        }
        java.math.BigDecimal x = new java.math.BigDecimal(a);
        java.math.BigDecimal y = new java.math.BigDecimal(b);
        java.math.BigDecimal q = x.divide(y, 0, java.math.RoundingMode.FLOOR);
        double r = switch (op) {
            case FLOOR_DIVIDE -> q.doubleValue();
            case REMAINDER -> x.subtract(q.multiply(y)).doubleValue();
            default -> x.remainder(y).doubleValue();
        };
        if (r != 0) {
            return r;
        }
        return switch (op) {
            case FLOOR_DIVIDE -> Math.copySign(0.0, a / b);
            case REMAINDER -> Math.copySign(0.0, b);
            default -> Math.copySign(0.0, a);
        };
    }

    @Test
    void everyBinaryOpOnFloatsContiguousAndWithScalars() {
        Random rnd = new Random(3);
        int n = 1029;
        for (DType type : FLOATS) {
            boolean f32 = type == DType.FLOAT32;
            CpuStorage a = random(type, n, rnd);
            CpuStorage b = random(type, n, rnd);
            set(a, type, 0, Double.NaN);
            set(b, type, 1, Double.NaN);
            set(a, type, 2, -0.0);
            set(b, type, 2, 0.0);
            set(a, type, 3, 0.0);
            set(b, type, 3, -0.0);
            set(a, type, 4, 1.0);
            set(b, type, 4, Double.NaN);
            set(a, type, 5, 2);
            set(b, type, 5, 2);
            for (BinaryOp op : BinaryOp.values()) {
                if (!op.definedOnFloats()) {
                    continue;
                }
                DType outType = op.givesBool() ? DType.BOOL : type;
                for (int mode = 0; mode < 3; mode++) {
                    double s = 1.75;
                    Operand ao = mode == 1 ? Operand.scalar(type, s) : dense(a, type, n);
                    Operand bo = mode == 2 ? Operand.scalar(type, s) : dense(b, type, n);
                    for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
                        CpuStorage out = CpuStorage.allocate(outType, n);
                        backend.map(map(op, new long[]{n}, dense(out, outType, n), type, ao, bo));
                        for (int i = 0; i < n; i++) {
                            double x = mode == 1 ? s : get(a, type, i);
                            double y = mode == 2 ? s : get(b, type, i);
                            double ref = op == BinaryOp.NEXTAFTER && f32 ? nextafterByBits(x, y, true)
                                    : binaryReference(op, x, y);
                            if (f32 && !op.givesBool()) {
                                ref = (float) ref;
                            }
                            double got = get(out, outType, i);
                            double tolerance = op == BinaryOp.POWER || op == BinaryOp.ARCTAN2 || op == BinaryOp.HYPOT ? 1 : 0;
                            boolean logAddExp = op == BinaryOp.LOGADDEXP || op == BinaryOp.LOGADDEXP2;
                            double error = logAddExp ? logAddExpError(got, ref, f32) : ulps(got, ref, f32);
                            int idx = i;
                            double expected = ref;
                            assertTrue(error <= (logAddExp ? 3 : tolerance),
                                    () -> op + " " + type + " mode " + idx + ": " + x + ", " + y + " -> " + got
                                            + " expected " + expected);
                            if (op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM || op == BinaryOp.ADD
                                    || op == BinaryOp.FMAX || op == BinaryOp.FMIN || op == BinaryOp.FLOOR_DIVIDE
                                    || op == BinaryOp.REMAINDER || op == BinaryOp.FMOD || op == BinaryOp.COPYSIGN
                                    || op == BinaryOp.HEAVISIDE || op == BinaryOp.NEXTAFTER || op == BinaryOp.LDEXP) {
                                assertEquals(Double.doubleToLongBits(ref), Double.doubleToLongBits(got));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void powerFollowsC99ForOneAndMinusOne() {
        CpuStorage out = CpuStorage.allocate(DType.FLOAT64, 3);
        CpuStorage a = storage(DType.FLOAT64, 1, -1, 2);
        CpuStorage b = storage(DType.FLOAT64, Double.NaN, Double.POSITIVE_INFINITY, 0.5);
        CPU.map(map(BinaryOp.POWER, new long[]{3}, dense(out, DType.FLOAT64, 3), DType.FLOAT64,
                dense(a, DType.FLOAT64, 3), dense(b, DType.FLOAT64, 3)));
        assertArrayEquals(new double[]{1, 1, Math.sqrt(2)}, all(out, DType.FLOAT64));
    }

    private static long[] intRun(UnaryOp op, DType type, long... x) {
        CpuStorage in = longs(type, x);
        CpuStorage out = CpuStorage.allocate(type, x.length);
        CPU.map(map(op, new long[]{x.length}, dense(out, type, x.length), type, dense(in, type, x.length)));
        long[] r = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = getLong(out, type, i);
        }
        return r;
    }

    private static long[] intRun(BinaryOp op, DType type, long[] a, long[] b) {
        DType outType = op.givesBool() ? DType.BOOL : type;
        CpuStorage out = CpuStorage.allocate(outType, a.length);
        CPU.map(map(op, new long[]{a.length}, dense(out, outType, a.length), type,
                dense(longs(type, a), type, a.length), dense(longs(type, b), type, b.length)));
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = getLong(out, outType, i);
        }
        return r;
    }

    @Test
    void integerUnaryOps() {
        int min = Integer.MIN_VALUE;
        assertArrayEquals(new long[]{min, 5, 5, 0}, intRun(UnaryOp.ABS, DType.INT32, min, -5, 5, 0));
        assertArrayEquals(new long[]{Long.MIN_VALUE, 7}, intRun(UnaryOp.ABS, DType.INT64, Long.MIN_VALUE, -7));
        assertArrayEquals(new long[]{min, -7, 0}, intRun(UnaryOp.NEGATIVE, DType.INT32, min, 7, 0));
        assertArrayEquals(new long[]{min, 1, -1, 0, 0}, intRun(UnaryOp.RECIPROCAL, DType.INT32, 0, 1, -1, 2, -3));
        assertArrayEquals(new long[]{Long.MIN_VALUE, 1}, intRun(UnaryOp.RECIPROCAL, DType.INT64, 0, 1));
        assertArrayEquals(new long[]{-1, 0, 1}, intRun(UnaryOp.SIGN, DType.INT64, -9, 0, 4));
        assertArrayEquals(new long[]{0, (int) (46341L * 46341L), 9}, intRun(UnaryOp.SQUARE, DType.INT32, 65536, 46341, -3));
        long wide = (1L << 32) + 1;
        assertArrayEquals(new long[]{wide * wide}, intRun(UnaryOp.SQUARE, DType.INT64, wide));
        assertEquals((1L << 33) + 1, wide * wide);
        assertArrayEquals(new long[]{0, 3}, intRun(UnaryOp.RELU, DType.INT32, -3, 3));
        for (UnaryOp op : new UnaryOp[]{UnaryOp.FLOOR, UnaryOp.CEIL, UnaryOp.ROUND, UnaryOp.COPY}) {
            assertArrayEquals(new long[]{Long.MAX_VALUE, -3}, intRun(op, DType.INT64, Long.MAX_VALUE, -3));
        }
    }

    @Test
    void integerBinaryOpsWrapAndKeepInt64Precision() {
        long big = (1L << 62) + 1;
        assertArrayEquals(new long[]{big + 2}, intRun(BinaryOp.ADD, DType.INT64, new long[]{big}, new long[]{2}));
        assertArrayEquals(new long[]{Integer.MIN_VALUE}, intRun(BinaryOp.ADD, DType.INT32,
                new long[]{Integer.MAX_VALUE}, new long[]{1}));
        assertArrayEquals(new long[]{Long.MAX_VALUE * 3}, intRun(BinaryOp.MULTIPLY, DType.INT64,
                new long[]{Long.MAX_VALUE}, new long[]{3}));
        long p32 = BigInteger.valueOf(3).pow(40).intValue();
        long p64 = BigInteger.valueOf(3).pow(40).longValue();
        assertArrayEquals(new long[]{p32, 1, 1024, -8}, intRun(BinaryOp.POWER, DType.INT32,
                new long[]{3, 5, 2, -2}, new long[]{40, 0, 10, 3}));
        assertArrayEquals(new long[]{p64}, intRun(BinaryOp.POWER, DType.INT64, new long[]{3}, new long[]{40}));
        assertArrayEquals(new long[]{Long.MAX_VALUE - 1}, intRun(BinaryOp.MAXIMUM, DType.INT64,
                new long[]{Long.MAX_VALUE - 1}, new long[]{Long.MAX_VALUE - 2}));
        assertArrayEquals(new long[]{0, 1, 1}, intRun(BinaryOp.LESS, DType.INT64,
                new long[]{Long.MAX_VALUE, Long.MAX_VALUE - 1, -5}, new long[]{Long.MAX_VALUE - 1, Long.MAX_VALUE, 3}));
        assertArrayEquals(new long[]{0, 1}, intRun(BinaryOp.EQUAL, DType.INT64,
                new long[]{Long.MAX_VALUE, 9}, new long[]{Long.MAX_VALUE - 1, 9}));
    }

    /** Operands at the edges of each integer type: 0, ±1, small shift counts, the widths, MIN and MAX. */
    private static long[] integerEdges(DType type) {
        long min = type == DType.INT32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = type == DType.INT32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long root = type == DType.INT32 ? 46341 : 3037000500L;
        return new long[]{0, 1, -1, 2, -3, 6, 7, 12, -18, 31, 32, 33, 63, 64, 65, -64, root, -root, min, min + 1, max};
    }

    /**
     * The bitwise, shift, gcd and lcm ops on int32 and int64 against BigInteger models of NumPy's
     * definitions (shift counts outside [0, width) give 0, or -1 for a negative right-shifted
     * value; gcd and lcm of the absolute values, wrapped to the type) over every pair of edges.
     */
    @Test
    void integerOnlyOpsMatchBigIntegerModels() {
        for (DType type : new DType[]{DType.INT32, DType.INT64}) {
            int width = type == DType.INT32 ? 32 : 64;
            long[] edges = integerEdges(type);
            int n = edges.length * edges.length;
            long[] a = new long[n];
            long[] b = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = edges[i / edges.length];
                b[i] = edges[i % edges.length];
            }
            for (BinaryOp op : new BinaryOp[]{BinaryOp.BITWISE_AND, BinaryOp.BITWISE_OR, BinaryOp.BITWISE_XOR,
                    BinaryOp.LEFT_SHIFT, BinaryOp.RIGHT_SHIFT, BinaryOp.GCD, BinaryOp.LCM}) {
                long[] got = intRun(op, type, a, b);
                for (int i = 0; i < n; i++) {
                    BigInteger x = BigInteger.valueOf(a[i]);
                    BigInteger y = BigInteger.valueOf(b[i]);
                    boolean inRange = b[i] >= 0 && b[i] < width;
                    BigInteger model = switch (op) {
                        case BITWISE_AND -> x.and(y);
                        case BITWISE_OR -> x.or(y);
                        case BITWISE_XOR -> x.xor(y);
                        case LEFT_SHIFT -> inRange ? x.shiftLeft((int) b[i]) : BigInteger.ZERO;
                        case RIGHT_SHIFT -> inRange ? x.shiftRight((int) b[i]) : BigInteger.valueOf(a[i] < 0 ? -1 : 0);
                        case GCD -> x.gcd(y);
                        default -> x.signum() == 0 || y.signum() == 0 ? BigInteger.ZERO
                                : x.abs().divide(x.gcd(y)).multiply(y.abs());
                    };
                    long expected = type == DType.INT32 ? model.intValue() : model.longValue();
                    assertEquals(expected, got[i], op + " " + type + " (" + a[i] + ", " + b[i] + ")");
                }
            }
            long[] inverted = intRun(UnaryOp.INVERT, type, edges);
            for (int i = 0; i < edges.length; i++) {
                assertEquals(BigInteger.valueOf(edges[i]).not().longValue(), inverted[i], "invert " + type + " " + edges[i]);
            }
            long[] counts = intRun(UnaryOp.BITWISE_COUNT, type, edges);
            for (int i = 0; i < edges.length; i++) {
                assertEquals(BigInteger.valueOf(edges[i]).abs().bitCount(), counts[i], "bitwise_count " + type + " " + edges[i]);
            }
        }
    }

    @Test
    void boolComputeIsLogical() {
        long[] a = {0, 0, 1, 1};
        long[] b = {0, 1, 0, 1};
        assertArrayEquals(new long[]{0, 1, 1, 1}, intRun(BinaryOp.ADD, DType.BOOL, a, b));
        assertArrayEquals(new long[]{0, 0, 0, 1}, intRun(BinaryOp.MULTIPLY, DType.BOOL, a, b));
        assertArrayEquals(new long[]{0, 1, 1, 1}, intRun(BinaryOp.MAXIMUM, DType.BOOL, a, b));
        assertArrayEquals(new long[]{0, 0, 0, 1}, intRun(BinaryOp.MINIMUM, DType.BOOL, a, b));
        assertArrayEquals(new long[]{1, 0, 0, 1}, intRun(BinaryOp.EQUAL, DType.BOOL, a, b));
        assertArrayEquals(new long[]{0, 0, 1, 0}, intRun(BinaryOp.GREATER, DType.BOOL, a, b));
        assertArrayEquals(new long[]{0, 1}, intRun(UnaryOp.ABS, DType.BOOL, 0, 1));
        assertArrayEquals(new long[]{0, 1}, intRun(UnaryOp.COPY, DType.BOOL, 0, 1));
        assertArrayEquals(intRun(BinaryOp.MULTIPLY, DType.BOOL, a, b), intRun(BinaryOp.BITWISE_AND, DType.BOOL, a, b));
        assertArrayEquals(intRun(BinaryOp.ADD, DType.BOOL, a, b), intRun(BinaryOp.BITWISE_OR, DType.BOOL, a, b));
        assertArrayEquals(intRun(BinaryOp.NOT_EQUAL, DType.BOOL, a, b), intRun(BinaryOp.BITWISE_XOR, DType.BOOL, a, b));
        assertArrayEquals(intRun(UnaryOp.LOGICAL_NOT, DType.BOOL, 0, 1), intRun(UnaryOp.INVERT, DType.BOOL, 0, 1));
    }

    private static double[] cast(DType from, DType to, double... values) {
        CpuStorage out = CpuStorage.allocate(to, values.length);
        CPU.map(map(UnaryOp.COPY, new long[]{values.length}, dense(out, to, values.length), to,
                dense(storage(from, values), from, values.length)));
        return all(out, to);
    }

    @Test
    void conversionsFollowNumpyOnX86() {
        double min32 = Integer.MIN_VALUE;
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20, -1e20, 3e9,
                -3.7, 3.7, 2147483647.9, -2147483648.5, -0.0};
        for (DType from : FLOATS) {
            double[] expected32 = {min32, min32, min32, min32, min32, min32, -3, 3,
                    from == DType.FLOAT64 ? 2147483647 : min32, from == DType.FLOAT64 ? -2147483648.0 : min32, 0};
            assertArrayEquals(expected32, cast(from, DType.INT32, special), from.toString());
            double[] got64 = cast(from, DType.INT64, special);
            assertEquals(Long.MIN_VALUE, (long) got64[0]);
            assertEquals(Long.MIN_VALUE, (long) got64[3]);
            assertEquals(Long.MIN_VALUE, (long) got64[4]);
            assertEquals(3_000_000_000L, (long) got64[5]);
            assertEquals(-3, (long) got64[6]);
            assertArrayEquals(new double[]{1, 1, 1, 0, 0, 1}, cast(from, DType.BOOL, Double.NaN, 0.5, -1e-30, 0.0, -0.0, 1e300));
        }
        CpuStorage huge = storage(DType.FLOAT64, 9.3e18, -9.223372036854775808E18, 9.223372036854775807E18);
        CpuStorage out = CpuStorage.allocate(DType.INT64, 3);
        CPU.map(map(UnaryOp.COPY, new long[]{3}, dense(out, DType.INT64, 3), DType.INT64, dense(huge, DType.FLOAT64, 3)));
        assertEquals(Long.MIN_VALUE, getLong(out, DType.INT64, 0));
        assertEquals(Long.MIN_VALUE, getLong(out, DType.INT64, 1));
        assertEquals(Long.MIN_VALUE, getLong(out, DType.INT64, 2));

        CpuStorage wide = longs(DType.INT64, (1L << 40) + 5, 1L << 31, -1, (1L << 53) + 1, Long.MAX_VALUE);
        CpuStorage narrow = CpuStorage.allocate(DType.INT32, 5);
        CPU.map(map(UnaryOp.COPY, new long[]{5}, dense(narrow, DType.INT32, 5), DType.INT32, dense(wide, DType.INT64, 5)));
        assertArrayEquals(new double[]{5, Integer.MIN_VALUE, -1, 1, -1}, all(narrow, DType.INT32));
        CpuStorage f32 = CpuStorage.allocate(DType.FLOAT32, 5);
        CPU.map(map(UnaryOp.COPY, new long[]{5}, dense(f32, DType.FLOAT32, 5), DType.FLOAT32, dense(wide, DType.INT64, 5)));
        assertEquals((float) ((1L << 53) + 1), (float) get(f32, DType.FLOAT32, 3));
        assertEquals((float) Long.MAX_VALUE, (float) get(f32, DType.FLOAT32, 4));
        CpuStorage f64 = CpuStorage.allocate(DType.FLOAT64, 5);
        CPU.map(map(UnaryOp.COPY, new long[]{5}, dense(f64, DType.FLOAT64, 5), DType.FLOAT64, dense(wide, DType.INT64, 5)));
        assertEquals((double) ((1L << 53) + 1), get(f64, DType.FLOAT64, 3));

        assertArrayEquals(new double[]{0, 1}, cast(DType.BOOL, DType.FLOAT32, 0, 1));
        assertArrayEquals(new double[]{0, 1, 1}, cast(DType.INT32, DType.BOOL, 0, -7, 1 << 30));
        assertArrayEquals(new double[]{16777216, 16777216}, cast(DType.INT32, DType.FLOAT32, 16777217, 16777216));
    }

    @Test
    void mixedInputTypesConvertToTheComputeType() {
        CpuStorage a = longs(DType.INT64, (1L << 53) + 1, 4);
        CpuStorage b = storage(DType.FLOAT32, 0.5, 0.25);
        CpuStorage out = CpuStorage.allocate(DType.FLOAT64, 2);
        CPU.map(map(BinaryOp.ADD, new long[]{2}, dense(out, DType.FLOAT64, 2), DType.FLOAT64,
                dense(a, DType.INT64, 2), dense(b, DType.FLOAT32, 2)));
        assertArrayEquals(new double[]{(double) ((1L << 53) + 1) + 0.5, 4.25}, all(out, DType.FLOAT64));
        CpuStorage i32 = CpuStorage.allocate(DType.INT32, 2);
        CPU.map(map(BinaryOp.DIVIDE, new long[]{2}, dense(i32, DType.INT32, 2), DType.FLOAT64,
                dense(storage(DType.INT32, 7, -7), DType.INT32, 2), Operand.scalar(DType.FLOAT64, 2)));
        assertArrayEquals(new double[]{3, -3}, all(i32, DType.INT32));
    }

    @Test
    void stridedBroadcastAndTransposedOperands() {
        // out[i][j] = a[i] * b^T[i][j] + ..., out is every other element of a 3x8 buffer
        DType t = DType.FLOAT64;
        CpuStorage a = storage(t, 1, 2, 3);
        CpuStorage b = storage(t, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11); // 4x3, used transposed as 3x4
        CpuStorage out = CpuStorage.allocate(t, 24);
        Operand ao = Operand.of(a, t, 0, new long[]{1, 0});
        Operand bo = Operand.of(b, t, 0, new long[]{1, 3});
        Operand oo = Operand.of(out, t, 1, new long[]{8, 2});
        for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
            backend.map(map(BinaryOp.MULTIPLY, new long[]{3, 4}, oo, t, ao, bo));
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    assertEquals((i + 1) * (j * 3 + i), get(out, t, 1 + 8L * i + 2L * j));
                    assertEquals(0, get(out, t, 8L * i + 2L * j));
                }
            }
        }
    }

    @Test
    void broadcastAndScalarOperandsFastPath() {
        for (DType t : FLOATS) {
            int n = 100;
            CpuStorage one = storage(t, 2.5);
            CpuStorage x = random(t, n, new Random(1));
            CpuStorage out = CpuStorage.allocate(t, n);
            CPU.map(map(BinaryOp.SUBTRACT, new long[]{n}, dense(out, t, n), t,
                    Operand.of(one, t, 0, new long[]{0}), dense(x, t, n)));
            for (int i = 0; i < n; i++) {
                assertEquals(Conversions.round(2.5 - get(x, t, i), t), get(out, t, i));
            }
            CPU.map(map(BinaryOp.DIVIDE, new long[]{n}, dense(out, t, n), t, Operand.scalar(t, 1), dense(x, t, n)));
            for (int i = 0; i < n; i++) {
                assertEquals(Conversions.round(1 / get(x, t, i), t), get(out, t, i));
            }
        }
    }

    @Test
    void inPlaceAndZeroDimensional() {
        DType t = DType.FLOAT32;
        CpuStorage x = storage(t, 1, 2, 3, 4, 5);
        Operand xo = dense(x, t, 5);
        CPU.map(map(BinaryOp.MULTIPLY, new long[]{5}, xo, t, xo, xo));
        assertArrayEquals(new double[]{1, 4, 9, 16, 25}, all(x, t));
        CPU.map(map(UnaryOp.SQRT, new long[]{5}, xo, t, xo));
        assertArrayEquals(new double[]{1, 2, 3, 4, 5}, all(x, t));
        CpuStorage s = storage(DType.INT64, 41);
        Operand so = Operand.of(s, DType.INT64, 0, new long[0]);
        CPU.map(map(BinaryOp.ADD, new long[0], so, DType.INT64, so, Operand.scalar(DType.INT64, 1)));
        assertEquals(42, getLong(s, DType.INT64, 0));
        CPU.map(map(BinaryOp.ADD, new long[]{3, 0}, Operand.of(s, DType.INT64, 0, new long[]{0, 0}), DType.INT64,
                so, so));
        assertEquals(42, getLong(s, DType.INT64, 0));
    }

    @Test
    void whereMaskWritesOnlySelectedElements() {
        DType t = DType.FLOAT64;
        CpuStorage out = storage(t, -1, -1, -1, -1, -1, -1);
        CpuStorage mask = longs(DType.BOOL, 1, 0, 0, 1, 1, 0);
        CpuStorage x = storage(t, 1, 2, 3, 4, 5, 6);
        for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
            backend.map(new MapPlan(UnaryOp.NEGATIVE, new long[]{6}, dense(out, t, 6), List.of(dense(x, t, 6)),
                    dense(mask, DType.BOOL, 6), t));
            assertArrayEquals(new double[]{-1, -1, -1, -4, -5, -1}, all(out, t));
        }
        CpuStorage ints = longs(DType.INT32, 0, 0, 0, 0);
        CpuStorage stridedMask = longs(DType.BOOL, 1, 9, 0, 9, 1, 9, 0, 9);
        CPU.map(new MapPlan(UnaryOp.COPY, new long[]{4}, dense(ints, DType.INT32, 4),
                List.of(Operand.scalar(DType.INT32, 7)), Operand.of(stridedMask, DType.BOOL, 0, new long[]{2}),
                DType.INT32));
        assertArrayEquals(new double[]{7, 0, 7, 0}, all(ints, DType.INT32));
        CPU.map(new MapPlan(UnaryOp.COPY, new long[]{4}, dense(ints, DType.INT32, 4),
                List.of(Operand.scalar(DType.INT32, 9)), Operand.scalar(DType.BOOL, 0), DType.INT32));
        assertArrayEquals(new double[]{7, 0, 7, 0}, all(ints, DType.INT32));
    }

    @Test
    void ternaryWhereConvertsBranchesButNotTheCondition() {
        CpuStorage cond = storage(DType.FLOAT64, 0.5, 0, Double.NaN, 0);
        CpuStorage a = storage(DType.FLOAT32, 1.5f, 2.5f, 3.5f, 4.5f);
        CpuStorage b = longs(DType.INT32, 10, 20, 30, 40);
        CpuStorage out = CpuStorage.allocate(DType.FLOAT64, 4);
        CpuStorage condBool = CpuStorage.allocate(DType.BOOL, 4);
        CPU.map(map(UnaryOp.COPY, new long[]{4}, dense(condBool, DType.BOOL, 4), DType.BOOL, dense(cond, DType.FLOAT64, 4)));
        CPU.map(map(TernaryOp.WHERE, new long[]{4}, dense(out, DType.FLOAT64, 4), DType.FLOAT64,
                dense(condBool, DType.BOOL, 4), dense(a, DType.FLOAT32, 4), dense(b, DType.INT32, 4)));
        assertArrayEquals(new double[]{1.5, 20, 3.5, 40}, all(out, DType.FLOAT64));
        CpuStorage ints = CpuStorage.allocate(DType.INT64, 4);
        CPU.map(map(TernaryOp.WHERE, new long[]{4}, dense(ints, DType.INT64, 4), DType.INT64,
                dense(condBool, DType.BOOL, 4), Operand.scalar(DType.INT64, -1), dense(b, DType.INT32, 4)));
        assertArrayEquals(new double[]{-1, 20, -1, 40}, all(ints, DType.INT64));
    }

    @Test
    void comparisonsWithNaN() {
        CpuStorage a = storage(DType.FLOAT32, Double.NaN, 1, Double.NaN);
        CpuStorage b = storage(DType.FLOAT32, Double.NaN, Double.NaN, 1);
        for (BinaryOp op : new BinaryOp[]{BinaryOp.EQUAL, BinaryOp.LESS, BinaryOp.GREATER_EQUAL}) {
            assertArrayEquals(new double[]{0, 0, 0}, compare(op, a, b));
        }
        assertArrayEquals(new double[]{1, 1, 1}, compare(BinaryOp.NOT_EQUAL, a, b));
    }

    private static double[] compare(BinaryOp op, CpuStorage a, CpuStorage b) {
        CpuStorage out = CpuStorage.allocate(DType.BOOL, 3);
        CPU.map(map(op, new long[]{3}, dense(out, DType.BOOL, 3), DType.FLOAT32,
                dense(a, DType.FLOAT32, 3), dense(b, DType.FLOAT32, 3)));
        return all(out, DType.BOOL);
    }

    @Test
    void largeParallelMapsMatchElementByElement() {
        int rows = 700;
        int cols = 1500;
        int n = rows * cols;
        Random rnd = new Random(11);
        for (DType t : FLOATS) {
            CpuStorage x = random(t, n, rnd);
            CpuStorage y = random(t, n, rnd);
            check(t, UnaryOp.EXP, x, n, Math::exp);
            check(t, UnaryOp.TANH, x, n, Math::tanh);
            CpuStorage out = CpuStorage.allocate(t, n);
            // out (C order) = x^T (a transposed read) + y, then a Fortran-ordered output
            CPU.map(map(BinaryOp.ADD, new long[]{rows, cols}, dense(out, t, rows, cols), t,
                    Operand.of(x, t, 0, new long[]{1, rows}), dense(y, t, rows, cols)));
            checkBinary(t, out, x, y, rows, cols, (i, j) -> (long) j * rows + i, (i, j) -> (long) i * cols + j);
            CPU.map(map(BinaryOp.ADD, new long[]{rows, cols}, Operand.of(out, t, 0, new long[]{1, rows}), t,
                    dense(x, t, rows, cols), dense(y, t, rows, cols)));
            checkBinary(t, out, x, y, rows, cols, (i, j) -> (long) i * cols + j, (i, j) -> (long) j * rows + i);
        }
    }

    private interface Index {
        long at(int i, int j);
    }

    private static void checkBinary(DType t, CpuStorage out, CpuStorage x, CpuStorage y, int rows, int cols,
                                    Index xAt, Index outAt) {
        for (int i = 0; i < rows; i += 7) {
            for (int j = 0; j < cols; j++) {
                double ref = Conversions.round(get(x, t, xAt.at(i, j)) + get(y, t, (long) i * cols + j), t);
                assertEquals(ref, get(out, t, outAt.at(i, j)));
            }
        }
    }

    private static void check(DType t, UnaryOp op, CpuStorage x, int n, DoubleUnaryOperator f) {
        CpuStorage out = CpuStorage.allocate(t, n);
        CPU.map(map(op, new long[]{n}, dense(out, t, n), t, dense(x, t, n)));
        for (int i = 0; i < n; i += 13) {
            double ref = Conversions.round(f.applyAsDouble(get(x, t, i)), t);
            assertTrue(ulps(get(out, t, i), ref, t == DType.FLOAT32) <= 1);
        }
    }

    @Test
    void reversedAndHighDimensionalBroadcasts() {
        for (CpuBackend backend : new CpuBackend[]{CPU, SCALAR}) {
            for (DType t : FLOATS) {
                int n = 37;
                CpuStorage x = random(t, n, new Random(2));
                CpuStorage out = CpuStorage.allocate(t, n);
                // out[i] = x[n-1-i] * 2 through a reversed view
                backend.map(map(BinaryOp.MULTIPLY, new long[]{n}, dense(out, t, n), t,
                        Operand.of(x, t, n - 1, new long[]{-1}), Operand.scalar(t, 2)));
                for (int i = 0; i < n; i++) {
                    assertEquals(Conversions.round(get(x, t, n - 1 - i) * 2, t), get(out, t, i));
                }
            }
            // shape (2, 1, 3, 1, 4): a varies along axes 0 and 4, b along axis 2; out is C-ordered
            DType t = DType.INT64;
            CpuStorage a = longs(t, 1, 2, 3, 4, 10, 20, 30, 40);
            CpuStorage b = longs(t, 100, 200, 300);
            CpuStorage out = CpuStorage.allocate(t, 24);
            long[] shape = {2, 1, 3, 1, 4};
            backend.map(map(BinaryOp.ADD, shape, dense(out, t, shape), t,
                    Operand.of(a, t, 0, new long[]{4, 0, 0, 0, 1}), Operand.of(b, t, 0, new long[]{0, 0, 1, 0, 0})));
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    for (int k = 0; k < 4; k++) {
                        assertEquals(getLong(a, t, i * 4 + k) + getLong(b, t, j), getLong(out, t, i * 12 + j * 4 + k));
                    }
                }
            }
        }
    }

    @Test
    void maskedUnaryMapsInPlaceKeepMaskedOutElements() {
        int n = 5000;
        for (CpuBackend backend : new CpuBackend[] {CPU, SCALAR}) {
            for (DType type : FLOATS) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = type == DType.FLOAT32 ? (float) (i * 0.003 - 7) : i * 0.003 - 7;
                }
                CpuStorage data = storage(type, x);
                CpuStorage mask = CpuStorage.allocate(DType.BOOL, n);
                for (int i = 0; i < n; i += 3) {
                    mask.segment().set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, (byte) 1);
                }
                backend.map(new MapPlan(UnaryOp.EXP, new long[] {n}, dense(data, type, n),
                        List.of(dense(data, type, n)), dense(mask, DType.BOOL, n), type));
                double[] y = all(data, type);
                for (int i = 0; i < n; i++) {
                    if (i % 3 == 0) {
                        assertTrue(ulps(y[i], Math.exp(x[i]), type == DType.FLOAT32) <= 1,
                                type + " exp at " + i + ": " + y[i]);
                    } else {
                        assertEquals(x[i], y[i], type + " masked-out element " + i);
                    }
                }
            }
        }
    }

    /**
     * Core plans every copy into uint32 in int64 and no op with a float result may write a uint32
     * out, so a plan storing float results as uint32 is a bug: refused, short and long (the strided
     * and the bulk store), rather than converted some other way.
     */
    @Test
    void aFloatResultStoredAsUint32IsRefused() {
        for (int n : new int[] {3, 40}) {
            CpuStorage in = CpuStorage.allocate(DType.FLOAT64, n);
            CpuStorage out = CpuStorage.allocate(DType.UINT32, n);
            for (CpuBackend backend : new CpuBackend[] {CPU, SCALAR}) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> backend.map(map(
                        UnaryOp.NEGATIVE, new long[] {n}, dense(out, DType.UINT32, n), DType.FLOAT64,
                        dense(in, DType.FLOAT64, n))));
                assertTrue(e.getMessage().contains("uint32"), e.getMessage());
            }
            in.release();
            out.release();
        }
    }
}
