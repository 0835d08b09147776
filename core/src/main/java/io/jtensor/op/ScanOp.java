package io.jtensor.op;

/**
 * Cumulative operations along one axis ({@code np.cumsum}, {@code np.cumprod},
 * {@code np.maximum.accumulate}, {@code np.minimum.accumulate}), one token each.
 *
 * <p>Element k of the result combines elements 0..k in order, left to right, in the result type
 * (int64 for integer and bool input to cumsum and cumprod, else the input's type), so float results are NumPy's
 * bit for bit: {@code out[0] = x[0]} (a -0.0 stays -0.0), then {@code out[k] = out[k-1] op x[k]}.
 * Integers wrap around on overflow; NaN propagates from its position on.
 *
 * <p>{@link #expression()} is the C expression combining the running value {@code a} with the
 * next element {@code b}, for floating-point types.
 */
public enum ScanOp {
    /** Running sum. */
    CUMSUM("cumsum", "a + b"),
    /** Running product. */
    CUMPROD("cumprod", "a * b"),
    /**
     * Running maximum ({@code np.maximum.accumulate}): NaN from its position on; of two equal values
     * (two zeros) the element, as NumPy's loop. Keeps the input's type (core scans int32 and bool
     * as int64 and converts back).
     */
    MAXIMUM_ACCUMULATE("maximum.accumulate", "(a != a || a > b ? a : b)"),
    /** Running minimum ({@code np.minimum.accumulate}), as {@link #MAXIMUM_ACCUMULATE}. */
    MINIMUM_ACCUMULATE("minimum.accumulate", "(a != a || a < b ? a : b)");

    private final String numpyName;
    private final String expression;

    ScanOp(String numpyName, String expression) {
        this.numpyName = numpyName;
        this.expression = expression;
    }

    /** The NumPy name, e.g. {@code "cumsum"} or {@code "maximum.accumulate"}. */
    public String numpyName() {
        return numpyName;
    }

    /** The C expression of one step for floating-point types, in the running value a and the element b. */
    public String expression() {
        return expression;
    }
}
