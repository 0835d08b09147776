package io.jtensor;

import java.util.Objects;

/**
 * The four floating-point error modes of a thread, as NumPy's {@code np.geterr()} dictionary:
 * division by zero (an exact infinity from finite input: 1/0, log(0)), overflow (a finite
 * result too large for the type: exp(1000)), underflow (a tiny result that lost precision:
 * exp(-1000)) and invalid (a NaN from non-NaN input: 0/0, sqrt(-1), Inf - Inf). Immutable; the
 * {@code with...} methods return changed copies.
 *
 * <p>Example: {@code try (FloatErrorScope s = Np.errstate(Np.geterr().withDivide(FloatErrorMode.RAISE))) { ... }}.
 *
 * @param divide  the mode for division by zero
 * @param over    the mode for overflow
 * @param under   the mode for underflow
 * @param invalid the mode for invalid values
 */
public record FloatErrors(FloatErrorMode divide, FloatErrorMode over, FloatErrorMode under, FloatErrorMode invalid) {

    /** NumPy's default: divide, over and invalid warn, under is ignored. */
    public static final FloatErrors NUMPY_DEFAULT = new FloatErrors(FloatErrorMode.WARN, FloatErrorMode.WARN,
            FloatErrorMode.IGNORE, FloatErrorMode.WARN);

    /** jtensor's default: every category ignored, so no op pays for a check. */
    public static final FloatErrors IGNORE_ALL = all(FloatErrorMode.IGNORE);

    /**
     * The four modes, each required.
     *
     * @throws NullPointerException naming the category whose mode is null
     */
    public FloatErrors {
        Objects.requireNonNull(divide, "seterr: the divide mode is null");
        Objects.requireNonNull(over, "seterr: the over mode is null");
        Objects.requireNonNull(under, "seterr: the under mode is null");
        Objects.requireNonNull(invalid, "seterr: the invalid mode is null");
    }

    /** Every category in {@code mode} (NumPy's {@code all=}). */
    public static FloatErrors all(FloatErrorMode mode) {
        return new FloatErrors(mode, mode, mode, mode);
    }

    /** A copy with divide's mode replaced. */
    public FloatErrors withDivide(FloatErrorMode mode) {
        return new FloatErrors(mode, over, under, invalid);
    }

    /** A copy with over's mode replaced. */
    public FloatErrors withOver(FloatErrorMode mode) {
        return new FloatErrors(divide, mode, under, invalid);
    }

    /** A copy with under's mode replaced. */
    public FloatErrors withUnder(FloatErrorMode mode) {
        return new FloatErrors(divide, over, mode, invalid);
    }

    /** A copy with invalid's mode replaced. */
    public FloatErrors withInvalid(FloatErrorMode mode) {
        return new FloatErrors(divide, over, under, mode);
    }

    /** Whether every category is {@link FloatErrorMode#IGNORE ignored} (then ops run no check). */
    public boolean ignoresAll() {
        return divide == FloatErrorMode.IGNORE && over == FloatErrorMode.IGNORE && under == FloatErrorMode.IGNORE
                && invalid == FloatErrorMode.IGNORE;
    }

    /** The mode of a category. */
    FloatErrorMode mode(FloatingPointException.Category category) {
        return switch (category) {
            case DIVIDE -> divide;
            case OVER -> over;
            case UNDER -> under;
            case INVALID -> invalid;
        };
    }

    /** NumPy's dictionary: {@code {'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}}. */
    @Override
    public String toString() {
        return "{'divide': '" + divide.numpyName() + "', 'over': '" + over.numpyName() + "', 'under': '"
                + under.numpyName() + "', 'invalid': '" + invalid.numpyName() + "'}";
    }
}
