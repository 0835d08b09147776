package io.jtensor.op;

/**
 * Element-wise binary operations with NumPy broadcasting, one token each.
 *
 * <p>The compute type is the NumPy promotion of the two inputs ({@code DType.promote}), except
 * {@link #DIVIDE}, which is true division and computes integers as float64. Comparisons compute in
 * the promoted type and give bool. {@link #MAXIMUM} and {@link #MINIMUM} propagate NaN. Integer
 * arithmetic wraps around on overflow, as in NumPy.
 *
 * <p>{@link #expression()} is the scalar C expression in {@code a} and {@code b} for
 * floating-point compute types.
 */
public enum BinaryOp implements ElementwiseOp {
    /** a + b (logical or for bool). */
    ADD("add", Category.ARITHMETIC, "a + b"),
    /** a - b. Not defined for bool (as in NumPy). */
    SUBTRACT("subtract", Category.ARITHMETIC, "a - b"),
    /** a * b (logical and for bool). */
    MULTIPLY("multiply", Category.ARITHMETIC, "a * b"),
    /** True division: integers are divided as float64; x/0 gives ±Inf or NaN. */
    DIVIDE("divide", Category.TRUE_DIVISION, "a / b"),
    /**
     * a<sup>b</sup>. Integer powers wrap on overflow; a negative integer exponent is an error, as in
     * NumPy.
     */
    POWER("power", Category.ARITHMETIC, "pow(a, b)"),
    /** The larger of a and b; NaN if either is NaN. */
    MAXIMUM("maximum", Category.ARITHMETIC, "(a != a || a > b ? a : b)"),
    /** The smaller of a and b; NaN if either is NaN. */
    MINIMUM("minimum", Category.ARITHMETIC, "(a != a || a < b ? a : b)"),
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
    GREATER_EQUAL("greater_equal", Category.COMPARISON, "a >= b");

    /** How the op's result type follows from the inputs. */
    public enum Category {
        /** Result in the promoted type. */
        ARITHMETIC,
        /** Result in the promoted type, float64 for integer and bool inputs. */
        TRUE_DIVISION,
        /** Computed in the promoted type, result bool. */
        COMPARISON
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

    /** True for the six comparisons, which give bool. */
    public boolean isComparison() {
        return category == Category.COMPARISON;
    }

    /** The scalar C expression in {@code a} and {@code b} for floating-point compute types. */
    public String expression() {
        return expression;
    }
}
