package io.jtensor.op;

/**
 * Which inputs and results of an element-wise op raise which floating-point error category, as
 * NumPy reports them (derived from {@code tests/reference/float_errors.py}, which records NumPy's
 * flags per op and special value). Metadata only: core's error checks evaluate it on the inputs
 * and the result of a call when some category is not ignored ({@code Np.seterr}).
 *
 * <p>On a float32 or float64 compute type, per element (inputs in the compute type, r the result):
 * <ul>
 *   <li><b>divide</b>: r is ±Inf and the inputs are at the op's {@link Pole};</li>
 *   <li><b>over</b>: r is ±Inf, every input is finite and they are not at a pole ({@link #overflowIsInvalid}
 *       adds <b>invalid</b> there);</li>
 *   <li><b>under</b>: as {@link Underflow} says;</li>
 *   <li><b>invalid</b>: r is NaN and no input is.</li>
 * </ul>
 * On an integer compute type only the rules whose {@link #integers} is not NONE report.
 *
 * @param pole              the inputs where a finite input gives an exact infinity (NumPy's "divide by zero")
 * @param underflow         when a tiny result reports underflow
 * @param overflowIsInvalid whether an overflow also reports invalid (NumPy's floor_divide: floor(Inf) - Inf)
 * @param integers          what the op reports on an integer compute type
 */
public record FloatErrorRule(Pole pole, Underflow underflow, boolean overflowIsInvalid, Integers integers) {

    /** Overflow and invalid only: no pole, no underflow. */
    public static final FloatErrorRule PLAIN = new FloatErrorRule(Pole.NONE, Underflow.NEVER, false, Integers.NONE);

    /** Where a finite input gives an exact infinity. */
    public enum Pole {
        /** Nowhere. */
        NONE,
        /** A zero second operand under a finite non-zero first one (x / 0). */
        ZERO_SECOND,
        /** A zero first operand (log(0), reciprocal(0), power(0, y &lt; 0)). */
        ZERO_FIRST,
        /** x = -1 (log1p). */
        MINUS_ONE,
        /** |x| = 1 (arctanh). */
        PLUS_OR_MINUS_ONE
    }

    /**
     * When a result reports underflow. "Tiny" means |r| below the type's smallest normal number
     * (0 included) from finite non-zero inputs.
     */
    public enum Underflow {
        /** Never (NumPy reports none for the op, or none its loops raise). */
        NEVER,
        /** A tiny result. */
        TINY,
        /** A tiny product that is not exact (r / y differs from x; float32 checked in float64). */
        INEXACT_PRODUCT,
        /** A tiny quotient that is not exact (r · y differs from x; float32 checked in float64). */
        INEXACT_QUOTIENT,
        /**
         * floor_divide: a zero floor whose quotient x / y is tiny and not exact (NumPy's divmod
         * divides again only when the floored value is 0).
         */
        ZERO_FLOOR_OF_INEXACT_QUOTIENT
    }

    /** What an op reports on an integer compute type. */
    public enum Integers {
        /** Nothing (NumPy's integer loops of the op set no flag). */
        NONE,
        /** divide for a zero divisor (remainder, fmod). */
        DIVIDE_BY_ZERO,
        /** divide for a zero divisor, over for the type's minimum over -1 (floor_divide). */
        DIVIDE_BY_ZERO_AND_MIN_OVER_MINUS_ONE
    }

    /** A rule for a float-only op. */
    static FloatErrorRule of(Pole pole, Underflow underflow) {
        return new FloatErrorRule(pole, underflow, false, Integers.NONE);
    }
}
