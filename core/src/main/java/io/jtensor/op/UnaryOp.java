package io.jtensor.op;

/**
 * Element-wise unary operations, one token each.
 *
 * <p>Result types: the {@linkplain Kind#FLOATING floating} ops turn bool, int8 and uint8 input into
 * float16, int16 and uint16 into float32, int32, uint32 and int64 into float64, as NumPy; float16 input computes in float32 and is rounded once to
 * float16 (NumPy's half loops); the
 * {@linkplain Kind#NUMERIC numeric} ops keep the input type, with bool handled as
 * {@link #boolInput()} says; the {@linkplain Kind#PREDICATE predicates} ({@link #ISNAN},
 * {@link #ISINF}, {@link #ISFINITE}, {@link #SIGNBIT}, {@link #LOGICAL_NOT}) give bool; the
 * {@linkplain Kind#BITWISE bitwise} {@link #INVERT} takes bool and integer input only, as does the
 * {@linkplain Kind#COUNT count} {@link #BITWISE_COUNT}, which gives uint8; the
 * {@linkplain Kind#EXPONENT exponent} op {@link #FREXP_EXPONENT} computes as a floating op and
 * gives int32.
 *
 * <p>NaN in gives NaN out for every op that does not give bool ({@link #SIGN} and {@link #RELU}
 * included, as {@code np.sign} and {@code np.maximum(x, 0)}). Accuracy on the CPU
 * backend: float64 results within 1 ULP of the correctly rounded value; float32 results are
 * computed in float64 and rounded once (within 1 ULP, usually correctly rounded), except float32
 * {@link #EXP} with the Vector API, which runs on float lanes (at most 0.833 ULP from the exact
 * value, checked over every float input, so within 1 ULP of the correctly rounded float). GPU
 * backends document their own bounds.
 *
 * <p>{@link #expression()} is the scalar C expression in the variable {@code x}, evaluated in the
 * compute type, that kernel generators use for floating-point inputs ({@link #INVERT}'s is the one
 * for integers; {@link #BITWISE_COUNT}'s names the operation only).
 */
public enum UnaryOp implements ElementwiseOp {
    /** e<sup>x</sup>; overflows to +Inf (float32 above ~88.72), underflows to subnormals then 0. */
    EXP("exp", Kind.FLOATING, BoolInput.TO_FLOAT16, "exp(x)"),
    /** e<sup>x</sup> - 1, accurate near 0. */
    EXPM1("expm1", Kind.FLOATING, BoolInput.TO_FLOAT16, "expm1(x)"),
    /** 2<sup>x</sup>. */
    EXP2("exp2", Kind.FLOATING, BoolInput.TO_FLOAT16, "exp2(x)"),
    /** Natural logarithm; log(0) = -Inf, log(x &lt; 0) = NaN. */
    LOG("log", Kind.FLOATING, BoolInput.TO_FLOAT16, "log(x)"),
    /** log(1 + x), accurate near 0. */
    LOG1P("log1p", Kind.FLOATING, BoolInput.TO_FLOAT16, "log1p(x)"),
    /** Base-2 logarithm. */
    LOG2("log2", Kind.FLOATING, BoolInput.TO_FLOAT16, "log2(x)"),
    /** Base-10 logarithm. */
    LOG10("log10", Kind.FLOATING, BoolInput.TO_FLOAT16, "log10(x)"),
    /** Square root; sqrt(-0.0) = -0.0, negative input gives NaN. */
    SQRT("sqrt", Kind.FLOATING, BoolInput.TO_FLOAT16, "sqrt(x)"),
    /** x * x; integers wrap around on overflow as in NumPy. */
    SQUARE("square", Kind.NUMERIC, BoolInput.TO_INT8, "x * x"),
    /** |x|; abs of the most negative integer is itself, as in NumPy. */
    ABS("absolute", Kind.NUMERIC, BoolInput.KEEP, "fabs(x)"),
    /** -x. Not defined for bool (as in NumPy). */
    NEGATIVE("negative", Kind.NUMERIC, BoolInput.REJECT, "-x"),
    /** -1, 0 or 1 (NaN for NaN). Not defined for bool (as in NumPy). */
    SIGN("sign", Kind.NUMERIC, BoolInput.REJECT, "(x > 0 ? 1 : (x < 0 ? -1 : (x == 0 ? 0 : x)))"),
    /** 1 / x; for integers C division (1/0 gives the type's minimum value, as NumPy on x86). */
    RECIPROCAL("reciprocal", Kind.NUMERIC, BoolInput.TO_INT8, "1 / x"),
    /** Sine, argument in radians. */
    SIN("sin", Kind.FLOATING, BoolInput.TO_FLOAT16, "sin(x)"),
    /** Cosine, argument in radians. */
    COS("cos", Kind.FLOATING, BoolInput.TO_FLOAT16, "cos(x)"),
    /** Tangent, argument in radians. */
    TAN("tan", Kind.FLOATING, BoolInput.TO_FLOAT16, "tan(x)"),
    /** Inverse sine in [-π/2, π/2]; NaN outside [-1, 1]. */
    ARCSIN("arcsin", Kind.FLOATING, BoolInput.TO_FLOAT16, "asin(x)"),
    /** Inverse cosine in [0, π]; NaN outside [-1, 1]. */
    ARCCOS("arccos", Kind.FLOATING, BoolInput.TO_FLOAT16, "acos(x)"),
    /** Inverse tangent in [-π/2, π/2]; ±Inf gives ±π/2. */
    ARCTAN("arctan", Kind.FLOATING, BoolInput.TO_FLOAT16, "atan(x)"),
    /** Hyperbolic sine; overflows to ±Inf (float64 beyond |x| ≈ 710.48, float32 beyond ≈ 89.42). */
    SINH("sinh", Kind.FLOATING, BoolInput.TO_FLOAT16, "sinh(x)"),
    /** Hyperbolic cosine; overflows to +Inf as {@link #SINH}. */
    COSH("cosh", Kind.FLOATING, BoolInput.TO_FLOAT16, "cosh(x)"),
    /** Hyperbolic tangent. */
    TANH("tanh", Kind.FLOATING, BoolInput.TO_FLOAT16, "tanh(x)"),
    /** Inverse hyperbolic sine; odd, finite for every finite x. */
    ARCSINH("arcsinh", Kind.FLOATING, BoolInput.TO_FLOAT16, "asinh(x)"),
    /** Inverse hyperbolic cosine; NaN for x &lt; 1, +Inf for +Inf. */
    ARCCOSH("arccosh", Kind.FLOATING, BoolInput.TO_FLOAT16, "acosh(x)"),
    /** Inverse hyperbolic tangent; ±Inf at ±1, NaN for |x| &gt; 1. */
    ARCTANH("arctanh", Kind.FLOATING, BoolInput.TO_FLOAT16, "atanh(x)"),
    /** Cube root, defined for negative x too (cbrt(-8) = -2). */
    CBRT("cbrt", Kind.FLOATING, BoolInput.TO_FLOAT16, "cbrt(x)"),
    /**
     * The logistic function 1 / (1 + e<sup>-x</sup>), evaluated without overflow for large |x|
     * (gives exactly 0 and 1 at the extremes). Not a NumPy ufunc; named as in scipy.special.expit.
     */
    SIGMOID("sigmoid", Kind.FLOATING, BoolInput.TO_FLOAT16,
            "(x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x)))"),
    /**
     * max(x, 0), NaN-propagating as {@code np.maximum(x, 0)}; relu(-0.0) is +0.0 in every float type
     * (NumPy's float16 maximum keeps the first operand on a tie, so {@code np.maximum} of a float16
     * -0.0 and 0 gives -0.0). Not a NumPy ufunc.
     */
    RELU("relu", Kind.NUMERIC, BoolInput.KEEP, "(x > 0 || x != x ? x : 0)"),
    /** Largest integer not greater than x; integer input is returned unchanged. */
    FLOOR("floor", Kind.NUMERIC, BoolInput.KEEP, "floor(x)"),
    /** Smallest integer not less than x; integer input is returned unchanged. */
    CEIL("ceil", Kind.NUMERIC, BoolInput.KEEP, "ceil(x)"),
    /** The integer part, rounding toward zero (trunc(-1.5) = -1.0, trunc(-0.5) = -0.0); integers unchanged. */
    TRUNC("trunc", Kind.NUMERIC, BoolInput.KEEP, "trunc(x)"),
    /** Round half to even, as {@code np.round} with 0 decimals. */
    ROUND("round", Kind.NUMERIC, BoolInput.TO_FLOAT16, "rint(x)"),
    /**
     * The identity: copies (and, when input and output types differ, casts) each element. Used for
     * {@code copy()}, {@code astype()} and materialising views. Casts follow NumPy on x86:
     * float to integer truncates toward zero, NaN or out-of-range gives the integer type's minimum;
     * any non-zero (including NaN) to bool is true.
     */
    COPY("copy", Kind.NUMERIC, BoolInput.KEEP, "x"),
    /** True where x is NaN (never for integers and bool). */
    ISNAN("isnan", Kind.PREDICATE, BoolInput.KEEP, "(isnan(x) != 0)"),
    /** True where x is +Inf or -Inf. */
    ISINF("isinf", Kind.PREDICATE, BoolInput.KEEP, "(isinf(x) != 0)"),
    /** True where x is neither NaN nor infinite (always for integers and bool). */
    ISFINITE("isfinite", Kind.PREDICATE, BoolInput.KEEP, "(isfinite(x) != 0)"),
    /** True where the sign bit is set: negative numbers, -0.0, -Inf, and NaN with the sign bit. */
    SIGNBIT("signbit", Kind.PREDICATE, BoolInput.KEEP, "(signbit(x) != 0)"),
    /** True where x is zero ({@code -0.0} included); NaN counts as non-zero, so gives false. */
    LOGICAL_NOT("logical_not", Kind.PREDICATE, BoolInput.KEEP, "(x == 0)"),
    /** ~x, every bit flipped ({@code np.invert}, {@code np.bitwise_not}): -x - 1 for integers, logical not for bool. */
    INVERT("invert", Kind.BITWISE, BoolInput.KEEP, "(~(x))"),
    /**
     * Degrees to radians ({@code np.deg2rad}, {@code np.radians}): x · (π / 180) with the constant
     * rounded to the type first, as NumPy computes it (one rounding of the product).
     */
    DEG2RAD("deg2rad", Kind.FLOATING, BoolInput.TO_FLOAT16, "jt_deg2rad(x)"),
    /** Radians to degrees ({@code np.rad2deg}, {@code np.degrees}): x · (180 / π), as {@link #DEG2RAD}. */
    RAD2DEG("rad2deg", Kind.FLOATING, BoolInput.TO_FLOAT16, "jt_rad2deg(x)"),
    /**
     * The distance from x to the next representable number away from zero ({@code np.spacing},
     * NumPy's {@code npy_spacing}: nextafter(x, ±Inf) - x in x's type): negative for x &lt; 0, the
     * smallest positive subnormal for both +0.0 and -0.0 (NumPy steps -0.0 up too), +Inf for the
     * largest finite value (the next number is +Inf), NaN for ±Inf and NaN. Exact.
     */
    SPACING("spacing", Kind.FLOATING, BoolInput.TO_FLOAT16, "jt_spacing(x)"),
    /**
     * The mantissa m of {@code np.frexp(x)} (x = m · 2<sup>e</sup>, 0.5 &lt;= |m| &lt; 1): x itself for
     * ±0, ±Inf and NaN. Exact. One of the two tokens of frexp, so that each output is one
     * element-wise map of the op table; see {@link #FREXP_EXPONENT}.
     */
    FREXP_MANTISSA("frexp_mantissa", Kind.FLOATING, BoolInput.TO_FLOAT16, "jt_frexp_mantissa(x)"),
    /**
     * The exponent e of {@code np.frexp(x)}, an int32 result: 0 for ±0, ±Inf and NaN (NumPy's
     * values; C leaves the exponent of Inf and NaN unspecified). The expression gives e in the
     * compute type (every exponent is exactly representable there) and the store converts it.
     */
    FREXP_EXPONENT("frexp_exponent", Kind.EXPONENT, BoolInput.TO_FLOAT16, "jt_frexp_exponent(x)"),
    /**
     * {@link #SPACING} in float16 steps ({@code np.spacing} on float16, NumPy's
     * {@code npy_half_spacing}) of a float16 value held in the compute type: 2<sup>-24</sup> for ±0
     * and subnormals, +Inf for ±65504's neighbour beyond it (as NumPy, the sign of x), NaN for ±Inf
     * and NaN. Not a NumPy ufunc of its own: core picks it for {@code spacing} on float16, because
     * float16 computes in float32, whose steps are smaller. Exact.
     */
    SPACING_FLOAT16("spacing_float16", Kind.FLOATING, BoolInput.TO_FLOAT16, "jt_spacing_float16(x)"),
    /**
     * The number of 1 bits in |x| ({@code np.bitwise_count}, NumPy 2), a uint8 result: 8 for a uint8
     * 255, 1 for -1 and for every type's minimum value (|MIN| = 2<sup>width-1</sup>), 0 for 0; bool
     * counts as int8 (true gives 1). Float input is an error, as in NumPy. The expression is a
     * placeholder: kernel generators map it to the dialect's popcount of the magnitude.
     */
    BITWISE_COUNT("bitwise_count", Kind.COUNT, BoolInput.TO_INT8, "popcount(x)");

    /** How an op treats the input's type. */
    public enum Kind {
        /** Integer input is computed (and returned) as float64, bool input as float16 (as in NumPy). */
        FLOATING,
        /** Integer input keeps its type; bool input follows {@link BoolInput}. */
        NUMERIC,
        /** Any input type; the result is bool (the op is computed in the input's type). */
        PREDICATE,
        /** Bool and integer input keep their type; float input is an error, as in NumPy. */
        BITWISE,
        /**
         * Computed as {@link #FLOATING} (integer input as float64, bool as float16); the result is int32
         * ({@link #FREXP_EXPONENT}).
         */
        EXPONENT,
        /**
         * Bool and integer input, computed in the input's type (bool as int8); the result is uint8;
         * float input is an error, as in NumPy ({@link #BITWISE_COUNT}).
         */
        COUNT
    }

    /** What a numeric op does with bool input. */
    public enum BoolInput {
        /** The result is bool. */
        KEEP,
        /** Computed as int8, as in NumPy. */
        TO_INT8,
        /** Computed as float16 (that is, in float32 rounded once to float16), as in NumPy. */
        TO_FLOAT16,
        /** Bool input is an error, as in NumPy. */
        REJECT
    }

    private final String numpyName;
    private final Kind kind;
    private final BoolInput boolInput;
    private final String expression;

    UnaryOp(String numpyName, Kind kind, BoolInput boolInput, String expression) {
        this.numpyName = numpyName;
        this.kind = kind;
        this.boolInput = boolInput;
        this.expression = expression;
    }

    @Override
    public String numpyName() {
        return numpyName;
    }

    @Override
    public int arity() {
        return 1;
    }

    /** Whether integer input becomes float64, keeps its type, the result is bool, or floats are refused. */
    public Kind kind() {
        return kind;
    }

    @Override
    public boolean givesBool() {
        return kind == Kind.PREDICATE;
    }

    @Override
    public boolean definedOnFloats() {
        return kind != Kind.BITWISE && kind != Kind.COUNT;
    }

    /** What the op does with bool input. */
    public BoolInput boolInput() {
        return boolInput;
    }

    /** The scalar C expression in {@code x} used by kernel generators for floating-point types (integer types for {@link #INVERT}). */
    public String expression() {
        return expression;
    }

    @Override
    public FloatErrorRule floatErrorRule() {
        return switch (this) {
            case EXP, EXP2, SIN, SQUARE, DEG2RAD, RAD2DEG -> FloatErrorRule.of(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.TINY);
            case RECIPROCAL -> FloatErrorRule.of(FloatErrorRule.Pole.ZERO_FIRST, FloatErrorRule.Underflow.TINY);
            case LOG, LOG2, LOG10 -> FloatErrorRule.of(FloatErrorRule.Pole.ZERO_FIRST, FloatErrorRule.Underflow.NEVER);
            case LOG1P -> FloatErrorRule.of(FloatErrorRule.Pole.MINUS_ONE, FloatErrorRule.Underflow.NEVER);
            case ARCTANH -> FloatErrorRule.of(FloatErrorRule.Pole.PLUS_OR_MINUS_ONE, FloatErrorRule.Underflow.NEVER);
            case SPACING -> new FloatErrorRule(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.SUBNORMAL_INPUT, false,
                    FloatErrorRule.Integers.NONE, FloatErrorRule.OverflowFrom.FINITE_INPUTS, FloatErrorRule.Invalid.NEVER);
            // NumPy's half spacing is float16's own: invalid for ±Inf and NaN, overflow at the largest value
            case SPACING_FLOAT16 -> new FloatErrorRule(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.NEVER, false,
                    FloatErrorRule.Integers.NONE, FloatErrorRule.OverflowFrom.FINITE_INPUTS,
                    FloatErrorRule.Invalid.NAN_FROM_NON_NAN_OR_NAN_INPUT);
            case EXPM1, SQRT, COS, TAN, ARCSIN, ARCCOS, ARCTAN, SINH, COSH, TANH, ARCSINH, ARCCOSH -> FloatErrorRule.PLAIN;
            default -> null;
        };
    }
}
