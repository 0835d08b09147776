package io.jtensor.cpu;

import io.jtensor.Float16;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

/**
 * The element-wise operations on double work buffers (the FLOAT32 and FLOAT64 compute types; a
 * FLOAT32 caller rounds the results to float afterwards, so each op is rounded once).
 *
 * <p>Transcendental functions use {@link Math} (within 1 ULP), except exp, which is
 * {@link ExpDouble} (within 1 ULP, and what the Vector API path computes); the few composed here (log2,
 * sigmoid, exp2 via pow) stay within 1 ULP of the correctly rounded value (measured against
 * mpmath: log2 at most 1.22 ULP and sigmoid at most 1.28 ULP from the exact value, so never two
 * representable values away). The unary results may be written over the input buffer.
 */
final class FloatOps {

    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033E-17;
    private static final double SQRT2 = 1.4142135623730951;
    private static final double LN2 = 0.6931471805599453;
    private static final double LOG2E = 1.4426950408889634;
    /** NumPy's deg2rad factors: π/180 in each type (float32: (float) π / 180 in float arithmetic). */
    private static final double DEG2RAD = Math.PI / 180;
    private static final double DEG2RAD_FLOAT = (float) Math.PI / 180f;
    /** NumPy's rad2deg factors: 180/π in each type. */
    private static final double RAD2DEG = 180 / Math.PI;
    private static final double RAD2DEG_FLOAT = 180f / (float) Math.PI;

    private FloatOps() {
    }

    /** {@code r[i] = FloatExp.exp((float) x[i])}: FLOAT32 exp, the same bits as the Vector API path. */
    static void expFloat(double[] x, double[] r, int n) {
        for (int i = 0; i < n; i++) {
            r[i] = FloatExp.exp((float) x[i]);
        }
    }

    /**
     * {@code r[i] = op(x[i])} for {@code i < n}. {@code float32}: the compute type is FLOAT32 (the
     * values are floats); deg2rad and rad2deg then multiply by NumPy's float32 constants.
     */
    static void unary(UnaryOp op, boolean float32, double[] x, double[] r, int n) {
        switch (op) {
            case EXP -> { for (int i = 0; i < n; i++) r[i] = ExpDouble.exp(x[i]); }
            case EXPM1 -> { for (int i = 0; i < n; i++) r[i] = Math.expm1(x[i]); }
            case EXP2 -> { for (int i = 0; i < n; i++) r[i] = pow(2.0, x[i]); }
            case LOG -> { for (int i = 0; i < n; i++) r[i] = Math.log(x[i]); }
            case LOG1P -> { for (int i = 0; i < n; i++) r[i] = Math.log1p(x[i]); }
            case LOG2 -> { for (int i = 0; i < n; i++) r[i] = log2(x[i]); }
            case LOG10 -> { for (int i = 0; i < n; i++) r[i] = Math.log10(x[i]); }
            case SQRT -> { for (int i = 0; i < n; i++) r[i] = Math.sqrt(x[i]); }
            case SQUARE -> { for (int i = 0; i < n; i++) r[i] = x[i] * x[i]; }
            case ABS -> { for (int i = 0; i < n; i++) r[i] = Math.abs(x[i]); }
            case NEGATIVE -> { for (int i = 0; i < n; i++) r[i] = -x[i]; }
            case SIGN -> { for (int i = 0; i < n; i++) r[i] = sign(x[i]); }
            case RECIPROCAL -> { for (int i = 0; i < n; i++) r[i] = 1.0 / x[i]; }
            case SIN -> { for (int i = 0; i < n; i++) r[i] = Math.sin(x[i]); }
            case COS -> { for (int i = 0; i < n; i++) r[i] = Math.cos(x[i]); }
            case TAN -> { for (int i = 0; i < n; i++) r[i] = Math.tan(x[i]); }
            case TANH -> { for (int i = 0; i < n; i++) r[i] = Math.tanh(x[i]); }
            case ARCSIN -> { for (int i = 0; i < n; i++) r[i] = Math.asin(x[i]); }
            case ARCCOS -> { for (int i = 0; i < n; i++) r[i] = Math.acos(x[i]); }
            case ARCTAN -> { for (int i = 0; i < n; i++) r[i] = Math.atan(x[i]); }
            case SINH -> { for (int i = 0; i < n; i++) r[i] = Math.sinh(x[i]); }
            case COSH -> { for (int i = 0; i < n; i++) r[i] = Math.cosh(x[i]); }
            case ARCSINH -> { for (int i = 0; i < n; i++) r[i] = asinh(x[i]); }
            case ARCCOSH -> { for (int i = 0; i < n; i++) r[i] = acosh(x[i]); }
            case ARCTANH -> { for (int i = 0; i < n; i++) r[i] = atanh(x[i]); }
            case CBRT -> { for (int i = 0; i < n; i++) r[i] = Math.cbrt(x[i]); }
            case TRUNC -> { for (int i = 0; i < n; i++) r[i] = trunc(x[i]); }
            case SIGMOID -> { for (int i = 0; i < n; i++) r[i] = sigmoid(x[i]); }
            case RELU -> { for (int i = 0; i < n; i++) r[i] = relu(x[i]); }
            case FLOOR -> { for (int i = 0; i < n; i++) r[i] = Math.floor(x[i]); }
            case CEIL -> { for (int i = 0; i < n; i++) r[i] = Math.ceil(x[i]); }
            case ROUND -> { for (int i = 0; i < n; i++) r[i] = Math.rint(x[i]); }
            case COPY -> System.arraycopy(x, 0, r, 0, n);
            case DEG2RAD -> scale(x, float32 ? DEG2RAD_FLOAT : DEG2RAD, r, n);
            case RAD2DEG -> scale(x, float32 ? RAD2DEG_FLOAT : RAD2DEG, r, n);
            case SPACING -> {
                for (int i = 0; i < n; i++) r[i] = float32 ? spacing((float) x[i]) : spacing(x[i]);
            }
            case SPACING_FLOAT16 -> { for (int i = 0; i < n; i++) r[i] = spacingFloat16(x[i]); }
            // a float's frexp in double is the same pair: the double holds its significand exactly
            case FREXP_MANTISSA -> { for (int i = 0; i < n; i++) r[i] = frexpMantissa(x[i]); }
            case FREXP_EXPONENT -> { for (int i = 0; i < n; i++) r[i] = frexpExponent(x[i]); }
            case ISNAN, ISINF, ISFINITE, SIGNBIT, LOGICAL_NOT ->
                    throw new IllegalArgumentException(op + " gives bool: use predicate");
            case INVERT, BITWISE_COUNT ->
                    throw new IllegalArgumentException(op + ": core never computes it in a float type");
        }
    }

    /** {@code r[i] = op(x[i]) ? 1 : 0} for the bool-valued unary ops. */
    static void predicate(UnaryOp op, double[] x, long[] r, int n) {
        switch (op) {
            case ISNAN -> { for (int i = 0; i < n; i++) r[i] = Double.isNaN(x[i]) ? 1 : 0; }
            case ISINF -> { for (int i = 0; i < n; i++) r[i] = Double.isInfinite(x[i]) ? 1 : 0; }
            case ISFINITE -> { for (int i = 0; i < n; i++) r[i] = Double.isFinite(x[i]) ? 1 : 0; }
            case SIGNBIT -> { for (int i = 0; i < n; i++) r[i] = Double.doubleToRawLongBits(x[i]) >>> 63; }
            case LOGICAL_NOT -> { for (int i = 0; i < n; i++) r[i] = x[i] == 0 ? 1 : 0; }
            default -> throw new IllegalArgumentException(op + " does not give bool");
        }
    }

    /**
     * {@code r[i] = a[i] op b[i]} for the binary ops that do not give bool. {@code float32}: the
     * compute type is FLOAT32 (the values are floats); floor_divide and remainder then run in float
     * arithmetic, as NumPy's float32 loops do (their intermediate roundings decide the result).
     * {@code r} must not be {@code a} or {@code b} (maximum, minimum, fmax and fmin read them again
     * for NaN results).
     */
    static void binary(BinaryOp op, boolean float32, double[] a, double[] b, double[] r, int n) {
        switch (op) {
            case FLOOR_DIVIDE -> {
                for (int i = 0; i < n; i++) {
                    r[i] = float32 ? floorDivide((float) a[i], (float) b[i]) : floorDivide(a[i], b[i]);
                }
            }
            case REMAINDER -> {
                for (int i = 0; i < n; i++) {
                    r[i] = float32 ? remainder((float) a[i], (float) b[i]) : remainder(a[i], b[i]);
                }
            }
            case FMOD -> { for (int i = 0; i < n; i++) r[i] = a[i] % b[i]; }
            case FMAX -> fmax(a, b, r, n);
            case FMIN -> fmin(a, b, r, n);
            case ARCTAN2 -> { for (int i = 0; i < n; i++) r[i] = Math.atan2(a[i], b[i]); }
            case HYPOT -> { for (int i = 0; i < n; i++) r[i] = Math.hypot(a[i], b[i]); }
            case COPYSIGN -> { for (int i = 0; i < n; i++) r[i] = Math.copySign(a[i], b[i]); }
            case LOGADDEXP -> { for (int i = 0; i < n; i++) r[i] = logaddexp(a[i], b[i]); }
            case LOGADDEXP2 -> { for (int i = 0; i < n; i++) r[i] = logaddexp2(a[i], b[i]); }
            case HEAVISIDE -> { for (int i = 0; i < n; i++) r[i] = heaviside(a[i], b[i]); }
            case NEXTAFTER -> {
                for (int i = 0; i < n; i++) r[i] = float32 ? Math.nextAfter((float) a[i], b[i]) : Math.nextAfter(a[i], b[i]);
            }
            case NEXTAFTER_FLOAT16 -> { for (int i = 0; i < n; i++) r[i] = nextafterFloat16(a[i], b[i]); }
            // float32: the double product is exact (or beyond every float), the caller rounds it once
            case LDEXP -> { for (int i = 0; i < n; i++) r[i] = ldexp(a[i], b[i]); }
            case ADD -> { for (int i = 0; i < n; i++) r[i] = a[i] + b[i]; }
            case SUBTRACT -> { for (int i = 0; i < n; i++) r[i] = a[i] - b[i]; }
            case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = a[i] * b[i]; }
            case DIVIDE -> { for (int i = 0; i < n; i++) r[i] = a[i] / b[i]; }
            case POWER -> { for (int i = 0; i < n; i++) r[i] = pow(a[i], b[i]); }
            case MAXIMUM -> maximum(a, b, r, n);
            case MINIMUM -> minimum(a, b, r, n);
            case BITWISE_AND, BITWISE_OR, BITWISE_XOR, LEFT_SHIFT, RIGHT_SHIFT, GCD, LCM ->
                    throw new IllegalArgumentException(op + ": core never computes it in a float type");
            default -> throw new IllegalArgumentException(op + " gives bool");
        }
    }

    /**
     * {@code r[i] = a[i] op b[i] ? 1 : 0} for the comparisons (NaN compares unequal to everything)
     * and the logical ops (NaN is non-zero, so true).
     */
    static void compare(BinaryOp op, double[] a, double[] b, long[] r, int n) {
        switch (op) {
            case EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] == b[i] ? 1 : 0; }
            case NOT_EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] != b[i] ? 1 : 0; }
            case LESS -> { for (int i = 0; i < n; i++) r[i] = a[i] < b[i] ? 1 : 0; }
            case LESS_EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] <= b[i] ? 1 : 0; }
            case GREATER -> { for (int i = 0; i < n; i++) r[i] = a[i] > b[i] ? 1 : 0; }
            case GREATER_EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] >= b[i] ? 1 : 0; }
            case LOGICAL_AND -> { for (int i = 0; i < n; i++) r[i] = a[i] != 0 && b[i] != 0 ? 1 : 0; }
            case LOGICAL_OR -> { for (int i = 0; i < n; i++) r[i] = a[i] != 0 || b[i] != 0 ? 1 : 0; }
            case LOGICAL_XOR -> { for (int i = 0; i < n; i++) r[i] = (a[i] != 0) != (b[i] != 0) ? 1 : 0; }
            default -> throw new IllegalArgumentException(op + " does not give bool");
        }
    }

    /**
     * {@code r[i] = cond[i] != 0 ? a[i] : b[i]}, selecting bits without a branch (a double select
     * compiles to a jump on x86, which a random mask mispredicts half the time); NaN payloads and
     * zero signs pass unchanged.
     */
    static void where(long[] cond, double[] a, double[] b, double[] r, int n) {
        for (int i = 0; i < n; i++) {
            long c = cond[i];
            long pick = (c | -c) >> 63;
            r[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(a[i]) & pick
                    | Double.doubleToRawLongBits(b[i]) & ~pick);
        }
    }

    /*
     * maximum, minimum, fmax and fmin: NumPy's choice per element is a compare-and-select, which
     * the JIT compiles to a branch on the data, unpredictable for unordered operands (about 2.5 ns
     * per element measured). The loops below select with Math.max and Math.min instead, HotSpot
     * intrinsics without such a branch. Those order -0.0 below 0.0 where NumPy treats the zeros as
     * equal and keeps the second (maximum, minimum) or the first (fmax, fmin) operand: the bound
     * t = (0 - |x|) - |y|, which is -(|x| + |y|) rounded, or +0.0 when both are zeros, is put
     * between them so that the zero NumPy keeps wins. A NaN anywhere makes t NaN; the block's NaN
     * results are then redone with NumPy's rule. Each op has a method of its own: in binary's
     * shared switch, a loop whose op had not run before the JIT compiled binary kept an out-of-line
     * call per element.
     */

    /** -(|x| + |y|) rounded (at most -max(|x|, |y|)); +0.0 when both are zeros; NaN only when one is NaN. */
    private static double negatedMagnitudes(double x, double y) {
        return (0.0 - Math.abs(x)) - Math.abs(y);
    }

    /**
     * NumPy's maximum: {@code r[i] = a[i]} when it is NaN or larger, else {@code b[i]} (so NaN
     * propagates; of two zeros, b's). {@code r} must not be {@code a} or {@code b}.
     */
    private static void maximum(double[] a, double[] b, double[] r, int n) {
        assert r != a && r != b;
        double nan = 0;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            double y = b[i];
            double t = negatedMagnitudes(x, y);
            nan = Math.min(nan, t);
            r[i] = Math.max(y, Math.min(x, -t));
        }
        if (nan != nan) {
            nanResults(a, b, r, n, true);
        }
    }

    /**
     * NumPy's minimum: {@code r[i] = a[i]} when it is NaN or smaller, else {@code b[i]} (of two
     * zeros, b's). {@code r} must not be {@code a} or {@code b}.
     */
    private static void minimum(double[] a, double[] b, double[] r, int n) {
        assert r != a && r != b;
        double nan = 0;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            double y = b[i];
            double t = negatedMagnitudes(x, y);
            nan = Math.min(nan, t);
            r[i] = Math.min(y, Math.max(x, t));
        }
        if (nan != nan) {
            nanResults(a, b, r, n, true);
        }
    }

    /**
     * NumPy's fmax: {@code r[i] = a[i]} when it is not smaller or {@code b[i]} is NaN, else
     * {@code b[i]} (NaN only when both are; of two zeros, a's). {@code r} must not be {@code a} or
     * {@code b}.
     */
    private static void fmax(double[] a, double[] b, double[] r, int n) {
        assert r != a && r != b;
        double nan = 0;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            double y = b[i];
            double t = negatedMagnitudes(x, y);
            nan = Math.min(nan, t);
            r[i] = Math.max(x, Math.min(y, -t));
        }
        if (nan != nan) {
            nanResults(a, b, r, n, false);
        }
    }

    /**
     * NumPy's fmin: {@code r[i] = a[i]} when it is not larger or {@code b[i]} is NaN, else
     * {@code b[i]} (of two zeros, a's). {@code r} must not be {@code a} or {@code b}.
     */
    private static void fmin(double[] a, double[] b, double[] r, int n) {
        assert r != a && r != b;
        double nan = 0;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            double y = b[i];
            double t = negatedMagnitudes(x, y);
            nan = Math.min(nan, t);
            r[i] = Math.min(x, Math.max(y, t));
        }
        if (nan != nan) {
            nanResults(a, b, r, n, false);
        }
    }

    /**
     * Redoes the NaN results (exactly the elements with a NaN input) with NumPy's rule: maximum and
     * minimum ({@code propagate}) give a's NaN, else b's; fmax and fmin give a unless b is NaN.
     */
    private static void nanResults(double[] a, double[] b, double[] r, int n, boolean propagate) {
        for (int i = 0; i < n; i++) {
            if (r[i] != r[i]) {
                double x = a[i];
                double y = b[i];
                r[i] = propagate ? (x != x ? x : y) : (y != y ? x : y);
            }
        }
    }

    /** {@code r[i] = x[i] * factor}: one rounding, so a FLOAT32 caller's rounding to float gives the float product. */
    private static void scale(double[] x, double factor, double[] r, int n) {
        for (int i = 0; i < n; i++) {
            r[i] = x[i] * factor;
        }
    }

    /**
     * NumPy's {@code npy_logaddexp}: x + ln 2 when x == y (equal infinities stay infinite), else
     * max + log1p(exp(-|x - y|)), and x - y (NaN) when that difference is NaN.
     */
    static double logaddexp(double x, double y) {
        if (x == y) {
            return x + LN2;
        }
        double d = x - y;
        if (d > 0) {
            return x + Math.log1p(ExpDouble.exp(-d));
        }
        if (d <= 0) {
            return y + Math.log1p(ExpDouble.exp(d));
        }
        return d;
    }

    /** NumPy's {@code npy_logaddexp2}: x + 1 when x == y, else max + log2(1 + 2<sup>-|x - y|</sup>) as log1p(·)·log2(e). */
    static double logaddexp2(double x, double y) {
        if (x == y) {
            return x + 1;
        }
        double d = x - y;
        if (d > 0) {
            return x + LOG2E * Math.log1p(pow(2.0, -d));
        }
        if (d <= 0) {
            return y + LOG2E * Math.log1p(pow(2.0, d));
        }
        return d;
    }

    /**
     * NumPy's {@code npy_spacing}: NaN for ±Inf, else the step to the next number away from zero
     * (negative for x &lt; 0); both zeros step up to the smallest positive subnormal, as NumPy's.
     */
    static double spacing(double x) {
        return Double.isInfinite(x) ? Double.NaN
                : Math.nextAfter(x, x < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) - x;
    }

    /** {@link #spacing(double)} of a float, in float arithmetic (the largest float gives +Inf). */
    static float spacing(float x) {
        return Float.isInfinite(x) ? Float.NaN
                : Math.nextAfter(x, x < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) - x;
    }

    /** The exponent e of frexp(x) = m · 2^e with 0.5 &lt;= |m| &lt; 1; 0 for ±0, ±Inf and NaN, as NumPy. */
    static int frexpExponent(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return 0;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return e + 1;
    }

    /** The mantissa m of frexp(x), exact; x itself for ±0, ±Inf and NaN. */
    static double frexpMantissa(double x) {
        return x == 0 || !Double.isFinite(x) ? x : Math.scalb(x, -frexpExponent(x));
    }

    /**
     * x · 2^e rounded once ({@link Math#scalb} multiplies by powers of two that are exact until the
     * last); e holds an integer, clamped to ±2200 as the device kernels do (beyond, every finite
     * non-zero x has over- or underflowed).
     */
    static double ldexp(double x, double e) {
        return Math.scalb(x, (int) Math.max(-2200, Math.min(2200, e)));
    }

    /** NumPy's {@code npy_heaviside}: NaN for NaN x, h0 for ±0, 0 below, 1 above. */
    static double heaviside(double x, double h0) {
        if (x != x) {
            return Double.NaN;
        }
        if (x == 0) {
            return h0;
        }
        return x < 0 ? 0.0 : 1.0;
    }

    /** Rounds toward zero; -0.0 for -1 &lt; x &lt;= -0.0. */
    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /**
     * NumPy's float floor division ({@code npy_divmod}): fmod is exact, (a - mod) / b is rounded to
     * the integer below it (or the nearer one above when it came out more than half below), a zero
     * quotient takes the sign of a / b, and x // 0 is a / b.
     */
    static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1 : floor;
    }

    /** {@link #floorDivide(double, double)} in float arithmetic (NumPy's float32 loop). */
    static float floorDivide(float a, float b) {
        if (b == 0) {
            return a / b;
        }
        float mod = a % b;
        float div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1;
        }
        if (div == 0) {
            return Math.copySign(0.0f, a / b);
        }
        float floor = (float) Math.floor(div);
        return div - floor > 0.5f ? floor + 1 : floor;
    }

    /** NumPy's float remainder: fmod moved to the divisor's sign; a zero takes b's sign; x % 0 is NaN. */
    static double remainder(double a, double b) {
        double mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod == 0) {
            return Math.copySign(0.0, b);
        }
        return (b < 0) != (mod < 0) ? mod + b : mod;
    }

    /** {@link #remainder(double, double)} in float arithmetic (NumPy's float32 loop). */
    static float remainder(float a, float b) {
        float mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod == 0) {
            return Math.copySign(0.0f, b);
        }
        return (b < 0) != (mod < 0) ? mod + b : mod;
    }

    /**
     * Inverse hyperbolic sine by the classic reductions: x itself below 2<sup>-28</sup>,
     * log1p(|x| + x²/(1 + √(1 + x²))) up to 2, log(2|x| + 1/(√(x² + 1) + |x|)) up to
     * 2<sup>28</sup>, then log|x| + ln 2; odd.
     */
    static double asinh(double x) {
        double ax = Math.abs(x);
        if (!(ax < Double.POSITIVE_INFINITY) || ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax > 0x1p28) {
            r = Math.log(ax) + LN2;
        } else if (ax > 2) {
            r = Math.log(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
        } else {
            double t = ax * ax;
            r = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    /**
     * Inverse hyperbolic cosine: NaN below 1, log1p(t + √(2t + t²)) with t = x - 1 up to 2,
     * log(2x - 1/(x + √(x² - 1))) up to 2<sup>28</sup>, then log x + ln 2.
     */
    static double acosh(double x) {
        if (!(x >= 1)) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return x == Double.POSITIVE_INFINITY ? x : Math.log(x) + LN2;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /**
     * Inverse hyperbolic tangent: ½·log1p(2|x| + 2x²/(1 - |x|)) below ½, ½·log1p(2|x|/(1 - |x|))
     * above; ±Inf at ±1, NaN beyond; odd.
     */
    static double atanh(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1)) {
            return Double.NaN;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax == 1) {
            r = Double.POSITIVE_INFINITY;
        } else if (ax < 0.5) {
            double t = ax + ax;
            r = 0.5 * Math.log1p(t + t * ax / (1 - ax));
        } else {
            r = 0.5 * Math.log1p((ax + ax) / (1 - ax));
        }
        return Math.copySign(r, x);
    }

    /** -1, 0 or 1; NaN for NaN; +0 for ±0. */
    static double sign(double x) {
        return x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x;
    }

    /** max(x, 0), NaN for NaN. */
    static double relu(double x) {
        return x > 0 || x != x ? x : 0;
    }

    /**
     * The logistic function without overflow: with e = exp(-|x|) &lt;= 1, x &gt;= 0 gives 1/(1+e)
     * and x &lt; 0 gives e/(1+e). The sum 1+e and the quotient are corrected with their exact
     * rounding errors, so what is left is exp's error and one rounding.
     */
    static double sigmoid(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1 + e;
        double err = (1 - d) + e;
        double num = x >= 0 ? 1 : e;
        double q = num / d;
        double r = Math.fma(-q, d, num);
        return q + (r - q * err) / d;
    }

    /** C99 {@code pow}: as {@link Math#pow} except pow(1, y) = 1 and pow(-1, ±Inf) = 1. */
    static double pow(double x, double y) {
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    /**
     * Base-2 logarithm: x = m·2<sup>e</sup> with m in [√½, √2), then e + log(m)/ln 2 with the
     * constant split in two and the sum compensated, so powers of two are exact and the error is
     * log's plus one rounding.
     */
    static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {
            double scaled = x * 0x1p54;
            e = Math.getExponent(scaled);
            m = Math.scalb(scaled, -e);
            e -= 54;
        } else {
            m = Math.scalb(x, -e);
        }
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        double l = Math.log(m);
        double hi = l * INV_LN2_HI;
        double lo = Math.fma(l, INV_LN2_HI, -hi) + l * INV_LN2_LO;
        if (e == 0) {
            return hi + lo;
        }
        double s = e + hi;
        double err = (e - s) + hi;
        return s + (err + lo);
    }

    /**
     * NumPy's {@code npy_half_spacing} of the float16 value {@code x} (held exactly in a double):
     * the step away from zero, except at a negative power of two, where it is the (smaller) step
     * toward zero; never negative; 2<sup>-24</sup> for both zeros, +Inf for +65504 only (-65504
     * gives 32), NaN for ±Inf and NaN.
     */
    static double spacingFloat16(double x) {
        int h = Float16.fromDouble(x) & 0xffff;
        int exponent = h & 0x7c00;
        int significand = h & 0x03ff;
        int step;
        if (exponent == 0x7c00) {
            step = 0x7e00;
        } else if (h == 0x7bff) {
            step = 0x7c00;
        } else if ((h & 0x8000) != 0 && significand == 0) {
            step = exponent > 0x2c00 ? exponent - 0x2c00 : exponent > 0x0400 ? 1 << ((exponent >> 10) - 2) : 1;
        } else {
            step = exponent > 0x2800 ? exponent - 0x2800 : exponent > 0x0400 ? 1 << ((exponent >> 10) - 1) : 1;
        }
        return Float16.toDouble((short) step);
    }

    /**
     * NumPy's {@code npy_half_nextafter} of float16 values (held exactly in doubles): NaN for a NaN
     * operand, a itself (not b) when a == b, so nextafter(0, -0) is +0, else one float16 step
     * toward b.
     */
    static double nextafterFloat16(double a, double b) {
        int x = Float16.fromDouble(a) & 0xffff;
        int y = Float16.fromDouble(b) & 0xffff;
        int next;
        if ((x & 0x7fff) > 0x7c00 || (y & 0x7fff) > 0x7c00) {
            next = 0x7e00;
        } else if (x == y || ((x | y) & 0x7fff) == 0) {
            next = x;
        } else if ((x & 0x7fff) == 0) {
            next = (y & 0x8000) + 1;
        } else if ((x & 0x8000) == 0) {
            next = (short) x > (short) y ? x - 1 : x + 1;
        } else {
            next = (y & 0x8000) == 0 || (x & 0x7fff) > (y & 0x7fff) ? x - 1 : x + 1;
        }
        return Float16.toDouble((short) next);
    }
}
