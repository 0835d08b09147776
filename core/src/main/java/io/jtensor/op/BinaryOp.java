package io.jtensor.op;

/**
 * Element-wise binary operations with NumPy broadcasting, one token each.
 *
 * <p>The compute type is the NumPy promotion of the two inputs ({@code DType.promote}), except
 * the {@linkplain Category#FLOATING floating} ops ({@link #DIVIDE}, which is true division,
 * {@link #ARCTAN2}, {@link #HYPOT}, {@link #COPYSIGN}, {@link #LOGADDEXP}, {@link #LOGADDEXP2},
 * {@link #HEAVISIDE}, {@link #NEXTAFTER}), which compute integers in the smallest float type holding
 * them (float16 for 8-bit integers, float32 for 16-bit, float64 for int32 and int64; true division
 * always in float64), and
 * {@link #LDEXP}, which computes in its first operand's float type ({@link Category#SCALING}). Comparisons and logical ops compute in
 * the promoted type and give bool. The {@linkplain Category#BITWISE bitwise} ops take bool and
 * integer types only, the {@linkplain Category#INTEGER integer} ops ({@link #LEFT_SHIFT},
 * {@link #RIGHT_SHIFT}, {@link #GCD}, {@link #LCM}) integer types only; floats are an error, as
 * in NumPy. {@link #MAXIMUM} and {@link #MINIMUM} propagate NaN, {@link #FMAX} and {@link #FMIN}
 * ignore it. Integer arithmetic wraps around on overflow, as in NumPy.
 *
 * <p>{@link #expression()} is the scalar C expression in {@code a} and {@code b} for
 * floating-point compute types; for the bitwise and integer ops, which never compute in a float
 * type, it is the expression for every type they compute in (the prelude's helpers are
 * overloaded per integer type).
 */
public enum BinaryOp implements ElementwiseOp {
    /** a + b (logical or for bool). */
    ADD("add", Category.ARITHMETIC, "a + b"),
    /** a - b. Not defined for bool (as in NumPy). */
    SUBTRACT("subtract", Category.ARITHMETIC, "a - b"),
    /** a * b (logical and for bool). */
    MULTIPLY("multiply", Category.ARITHMETIC, "a * b"),
    /** True division: integers (of every width) are divided as float64; x/0 gives ±Inf or NaN. */
    DIVIDE("divide", Category.FLOATING, "a / b"),
    /**
     * a<sup>b</sup>. Integer powers wrap on overflow; a negative integer exponent is an error, as in
     * NumPy.
     */
    POWER("power", Category.ARITHMETIC, "pow(a, b)"),
    /** The larger of a and b; NaN if either is NaN. */
    MAXIMUM("maximum", Category.ARITHMETIC, "(a != a || a > b ? a : b)"),
    /** The smaller of a and b; NaN if either is NaN. */
    MINIMUM("minimum", Category.ARITHMETIC, "(a != a || a < b ? a : b)"),
    /**
     * The larger of a and b, ignoring NaN ({@code np.fmax}): NaN only if both are NaN. Of two zeros
     * a is returned (C leaves the sign open; NumPy's depends on its loop).
     */
    FMAX("fmax", Category.ARITHMETIC, "(a >= b || b != b ? a : b)"),
    /** The smaller of a and b, ignoring NaN ({@code np.fmin}): NaN only if both are NaN; of two zeros, a. */
    FMIN("fmin", Category.ARITHMETIC, "(a <= b || b != b ? a : b)"),
    /**
     * Floor division a // b (Python's rule: rounds toward -Inf). Integers: x // 0 is 0 and the
     * type's minimum // -1 wraps to the minimum, as in NumPy; bool operands compute in int8, as
     * NumPy. Floats follow NumPy's {@code divmod}: x // 0 is ±Inf or NaN, ±Inf // y is NaN.
     */
    FLOOR_DIVIDE("floor_divide", Category.ARITHMETIC, "jt_floor_divide(a, b)"),
    /**
     * Remainder with the sign of the divisor ({@code np.remainder}, Python's %): a - (a // b) * b.
     * Integers: x % 0 is 0; floats: x % 0 is NaN, x % ±Inf is x or ±Inf as in NumPy.
     */
    REMAINDER("remainder", Category.ARITHMETIC, "jt_remainder(a, b)"),
    /**
     * Remainder with the sign of the dividend ({@code np.fmod}, C's fmod): exact for floats;
     * integers: x fmod 0 is 0.
     */
    FMOD("fmod", Category.ARITHMETIC, "fmod(a, b)"),
    /** The angle of the point (b, a) in [-π, π], quadrant-aware ({@code np.arctan2(y, x)}). */
    ARCTAN2("arctan2", Category.FLOATING, "atan2(a, b)"),
    /** √(a² + b²) without undue overflow or underflow; Inf if either is ±Inf, even with NaN. */
    HYPOT("hypot", Category.FLOATING, "hypot(a, b)"),
    /** |a| with the sign of b (the sign bit, so -0.0 and NaN with the sign bit count as negative). */
    COPYSIGN("copysign", Category.FLOATING, "copysign(a, b)"),
    /** a == b (NaN is not equal to anything). */
    EQUAL("equal", Category.COMPARISON, "a == b"),
    /** a != b (true when either is NaN). */
    NOT_EQUAL("not_equal", Category.COMPARISON, "a != b"),
    /** a &lt; b. */
    LESS("less", Category.COMPARISON, "a < b"),
    /** a &lt;= b. */
    LESS_EQUAL("less_equal", Category.COMPARISON, "a <= b"),
    /** a &gt; b. */
    GREATER("greater", Category.COMPARISON, "a > b"),
    /** a &gt;= b. */
    GREATER_EQUAL("greater_equal", Category.COMPARISON, "a >= b"),
    /** a and b are both non-zero (NaN counts as non-zero, as in NumPy). */
    LOGICAL_AND("logical_and", Category.LOGICAL, "(a != 0 && b != 0)"),
    /** a or b is non-zero. */
    LOGICAL_OR("logical_or", Category.LOGICAL, "(a != 0 || b != 0)"),
    /** Exactly one of a and b is non-zero. */
    LOGICAL_XOR("logical_xor", Category.LOGICAL, "((a != 0) != (b != 0))"),
    /** a &amp; b, bit by bit ({@code np.bitwise_and}); logical and for bool. */
    BITWISE_AND("bitwise_and", Category.BITWISE, "((a) & (b))"),
    /** a | b, bit by bit ({@code np.bitwise_or}); logical or for bool. */
    BITWISE_OR("bitwise_or", Category.BITWISE, "((a) | (b))"),
    /** a ^ b, bit by bit ({@code np.bitwise_xor}); logical exclusive or for bool. */
    BITWISE_XOR("bitwise_xor", Category.BITWISE, "((a) ^ (b))"),
    /**
     * a &lt;&lt; b ({@code np.left_shift}): the bits shifted out are lost (wraps as multiplying by
     * 2<sup>b</sup>); a count that is negative or at least the type's width (8 to 64) gives 0, as in
     * NumPy. Two bools compute in int8, as NumPy.
     */
    LEFT_SHIFT("left_shift", Category.INTEGER, "jt_left_shift(a, b)"),
    /**
     * a &gt;&gt; b, arithmetic ({@code np.right_shift}, rounds toward -Inf); a count that is negative or
     * at least the type's width gives -1 for negative a and 0 otherwise, as in NumPy. Two bools
     * compute in int8, as NumPy.
     */
    RIGHT_SHIFT("right_shift", Category.INTEGER, "jt_right_shift(a, b)"),
    /**
     * The greatest common divisor of |a| and |b| ({@code np.gcd}), never negative except where |a|
     * wraps: gcd(x, 0) = |x|, gcd(0, 0) = 0, and gcd(MIN, 0) = gcd(MIN, MIN) = MIN as in NumPy. Not
     * defined for two bools (as in NumPy).
     */
    GCD("gcd", Category.INTEGER, "jt_gcd(a, b)"),
    /**
     * The least common multiple of |a| and |b| ({@code np.lcm}): |a| / gcd(a, b) · |b| in wrapping
     * unsigned arithmetic, as NumPy computes it; 0 when either is 0. Not defined for two bools.
     */
    LCM("lcm", Category.INTEGER, "jt_lcm(a, b)"),
    /**
     * log(e<sup>a</sup> + e<sup>b</sup>) without overflow ({@code np.logaddexp}), by NumPy's formula:
     * a + ln 2 when a == b (so two equal infinities give that infinity), else
     * max + log1p(exp(-|a - b|)); NaN when either is NaN, else +Inf when either is +Inf.
     */
    LOGADDEXP("logaddexp", Category.FLOATING, "jt_logaddexp(a, b)"),
    /**
     * log<sub>2</sub>(2<sup>a</sup> + 2<sup>b</sup>) ({@code np.logaddexp2}), by NumPy's formula:
     * a + 1 when a == b, else max + log2(1 + 2<sup>-|a - b|</sup>).
     */
    LOGADDEXP2("logaddexp2", Category.FLOATING, "jt_logaddexp2(a, b)"),
    /**
     * The Heaviside step function of a with b at 0 ({@code np.heaviside(x, h0)}): 0 for a &lt; 0, b for
     * a == ±0, 1 for a &gt; 0, NaN for NaN a.
     */
    HEAVISIDE("heaviside", Category.FLOATING, "jt_heaviside(a, b)"),
    /**
     * The next representable number after a in the direction of b ({@code np.nextafter}, C's
     * nextafter): b when a == b (so nextafter(0.0, -0.0) is -0.0), NaN when either is NaN, the
     * smallest subnormal (with b's sign) from ±0, ±Inf beyond the largest finite value, the largest
     * finite value from ±Inf toward 0. Exact, subnormals included.
     */
    NEXTAFTER("nextafter", Category.FLOATING, "nextafter(a, b)"),
    /**
     * {@link #NEXTAFTER} in float16 steps ({@code np.nextafter} on float16, NumPy's
     * {@code npy_half_nextafter}) of float16 values held in the compute type: b when a == b, NaN
     * when either is NaN, ±2<sup>-24</sup> from ±0, ±Inf beyond ±65504, ±65504 from ±Inf. Not a
     * NumPy ufunc of its own: core picks it for {@code nextafter} computed as float16, because
     * float16 computes in float32, whose steps are smaller. Exact.
     */
    NEXTAFTER_FLOAT16("nextafter_float16", Category.FLOATING, "jt_nextafter_float16(a, b)"),
    /**
     * a · 2<sup>b</sup> ({@code np.ldexp(x1, x2)}), rounded once (gradual underflow to subnormals and 0,
     * overflow to ±Inf), a for ±0, ±Inf and NaN a. b is an integer or bool operand (see
     * {@link Category#SCALING}); exponents beyond ±2200 act as ±2200, which already overflows or
     * underflows every finite non-zero a, so int64 exponents saturate instead of wrapping.
     */
    LDEXP("ldexp", Category.SCALING, "jt_ldexp(a, b)");

    /** How the op's result type follows from the inputs. */
    public enum Category {
        /** Result in the promoted type. */
        ARITHMETIC,
        /** Result in the promoted type, float64 for integer and bool inputs. */
        FLOATING,
        /** Computed in the promoted type, result bool. */
        COMPARISON,
        /** Computed in the promoted type (truth = non-zero), result bool. */
        LOGICAL,
        /** Result in the promoted type, which must be bool or an integer type. */
        BITWISE,
        /** Result in the promoted type, which must be an integer type (two bools: see each op). */
        INTEGER,
        /**
         * a scaled by a power of two ({@link #LDEXP}): a's float type (integers and bool as
         * float64), whatever b's; b must be an integer or bool (a float b is an error, as in
         * NumPy). b is converted to that compute type, which keeps every exponent that matters
         * (|b| &lt;= 2<sup>24</sup>) exact and larger ones beyond the saturation bound.
         */
        SCALING
    }

    private final String numpyName;
    private final Category category;
    private final String expression;

    BinaryOp(String numpyName, Category category, String expression) {
        this.numpyName = numpyName;
        this.category = category;
        this.expression = expression;
    }

    @Override
    public String numpyName() {
        return numpyName;
    }

    @Override
    public int arity() {
        return 2;
    }

    /** How the result type follows from the inputs. */
    public Category category() {
        return category;
    }

    /** True for the six comparisons. */
    public boolean isComparison() {
        return category == Category.COMPARISON;
    }

    @Override
    public boolean givesBool() {
        return category == Category.COMPARISON || category == Category.LOGICAL;
    }

    @Override
    public boolean definedOnFloats() {
        return category != Category.BITWISE && category != Category.INTEGER;
    }

    /**
     * The scalar C expression in {@code a} and {@code b}: for floating-point compute types, and for
     * every compute type of the {@linkplain Category#BITWISE bitwise} and
     * {@linkplain Category#INTEGER integer} ops.
     */
    public String expression() {
        return expression;
    }

    @Override
    public FloatErrorRule floatErrorRule() {
        return switch (this) {
            case ADD, SUBTRACT -> FloatErrorRule.PLAIN;
            case MULTIPLY -> FloatErrorRule.of(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.INEXACT_PRODUCT);
            case DIVIDE -> FloatErrorRule.of(FloatErrorRule.Pole.ZERO_SECOND, FloatErrorRule.Underflow.INEXACT_QUOTIENT);
            case FLOOR_DIVIDE -> new FloatErrorRule(FloatErrorRule.Pole.ZERO_SECOND,
                    FloatErrorRule.Underflow.ZERO_FLOOR_OF_INEXACT_QUOTIENT, true,
                    FloatErrorRule.Integers.DIVIDE_BY_ZERO_AND_MIN_OVER_MINUS_ONE);
            case REMAINDER, FMOD -> new FloatErrorRule(FloatErrorRule.Pole.ZERO_SECOND, FloatErrorRule.Underflow.NEVER, false,
                    FloatErrorRule.Integers.DIVIDE_BY_ZERO);
            case POWER -> FloatErrorRule.of(FloatErrorRule.Pole.ZERO_FIRST, FloatErrorRule.Underflow.TINY);
            case ARCTAN2, HYPOT -> FloatErrorRule.of(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.TINY);
            case LDEXP -> FloatErrorRule.of(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.INEXACT_SCALE);
            case LOGADDEXP -> logaddexp(FloatErrorRule.Underflow.EXP_OF_DIFFERENCE);
            case LOGADDEXP2 -> logaddexp(FloatErrorRule.Underflow.EXP2_OF_DIFFERENCE);
            // NumPy's half nextafter is float16's own: overflow only, no underflow
            case NEXTAFTER_FLOAT16 -> new FloatErrorRule(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.NEVER, false,
                    FloatErrorRule.Integers.NONE, FloatErrorRule.OverflowFrom.FINITE_FIRST,
                    FloatErrorRule.Invalid.NAN_FROM_NON_NAN);
            case NEXTAFTER -> new FloatErrorRule(FloatErrorRule.Pole.NONE, FloatErrorRule.Underflow.STEP, false,
                    FloatErrorRule.Integers.NONE, FloatErrorRule.OverflowFrom.FINITE_FIRST,
                    FloatErrorRule.Invalid.NAN_FROM_NON_NAN);
            default -> null;
        };
    }

    private static FloatErrorRule logaddexp(FloatErrorRule.Underflow underflow) {
        return new FloatErrorRule(FloatErrorRule.Pole.NONE, underflow, false, FloatErrorRule.Integers.NONE,
                FloatErrorRule.OverflowFrom.FINITE_INPUTS, FloatErrorRule.Invalid.NAN_FROM_NON_NAN_OR_NAN_INPUT);
    }
}
