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
 *   <li><b>over</b>: r is ±Inf, the inputs {@link #overflowFrom} names are finite and they are not at a pole
 *       ({@link #overflowIsInvalid} adds <b>invalid</b> there);</li>
 *   <li><b>under</b>: as {@link Underflow} says;</li>
 *   <li><b>invalid</b>: as {@link Invalid} says (usually: r is NaN and no input is).</li>
 * </ul>
 * On an integer compute type only the rules whose {@link #integers} is not NONE report.
 *
 * @param pole              the inputs where a finite input gives an exact infinity (NumPy's "divide by zero")
 * @param underflow         when a tiny result reports underflow
 * @param overflowIsInvalid whether an overflow also reports invalid (NumPy's floor_divide: floor(Inf) - Inf)
 * @param integers          what the op reports on an integer compute type
 * @param overflowFrom      which inputs must be finite for an infinite result to be an overflow
 * @param invalid           when the op reports invalid
 */
public record FloatErrorRule(Pole pole, Underflow underflow, boolean overflowIsInvalid, Integers integers,
                             OverflowFrom overflowFrom, Invalid invalid) {

    /** A rule whose overflow needs finite inputs and whose invalid is a NaN from non-NaN inputs. */
    public FloatErrorRule(Pole pole, Underflow underflow, boolean overflowIsInvalid, Integers integers) {
        this(pole, underflow, overflowIsInvalid, integers, OverflowFrom.FINITE_INPUTS, Invalid.NAN_FROM_NON_NAN);
    }

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
        ZERO_FLOOR_OF_INEXACT_QUOTIENT,
        /** A tiny result that is not exact: scaling it back by 2<sup>-y</sup> does not give x (ldexp). */
        INEXACT_SCALE,
        /** A tiny result of a step: x and y differ (nextafter, whose x or y may be 0 or infinite). */
        STEP,
        /** A subnormal input: x tiny and not 0 (spacing; NumPy reports none for 0 and normal x). */
        SUBNORMAL_INPUT,
        /**
         * exp(-|x - y|) computed in the compute type is tiny, x and y finite (logaddexp: its
         * log1p(exp(-|x - y|)) underflows however large the result).
         */
        EXP_OF_DIFFERENCE,
        /** exp2(-|x - y|) computed in the compute type is tiny, x and y finite (logaddexp2). */
        EXP2_OF_DIFFERENCE
    }

    /** Which inputs must be finite for an infinite result to report overflow. */
    public enum OverflowFrom {
        /** Every input. */
        FINITE_INPUTS,
        /** The first only (nextafter(max, Inf) overflows). */
        FINITE_FIRST
    }

    /** When the op reports invalid. */
    public enum Invalid {
        /** A NaN result from inputs none of which is NaN. */
        NAN_FROM_NON_NAN,
        /**
         * That, or any NaN input (logaddexp: NumPy's loop compares x - y with 0, and an ordered
         * comparison with NaN raises invalid).
         */
        NAN_FROM_NON_NAN_OR_NAN_INPUT,
        /** Never (spacing: NumPy returns NaN for ±Inf without the flag). */
        NEVER
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
