package io.jtensor;

/**
 * The options of NumPy's {@code format_float_positional} and {@code format_float_scientific}
 * (Dragon4), as an immutable value with one method per keyword:
 *
 * <pre>{@code
 * Np.formatFloatPositional(Math.PI, FloatFormat.positional().precision(3))           // "3.142"
 * Np.formatFloatScientific(1234.5, FloatFormat.scientific().precision(2).expDigits(3)) // "1.23e+003"
 * Np.formatFloatPositional(2.0, FloatFormat.positional().trim('-'))                   // "2"
 * }</pre>
 *
 * Every count is {@code -1} for NumPy's {@code None}; {@code precision(-1)} is therefore "as many
 * digits as make the value unique". NumPy itself rejects a negative precision; here -1 is accepted
 * as the spelling of None and anything below -1 is rejected with NumPy's message. Results are
 * limited to NumPy's 16383 characters: past that NumPy truncates some results and raises
 * RuntimeError for others, jtensor throws IllegalArgumentException for all.
 */
public final class FloatFormat {

    private static final FloatFormat POSITIONAL = new FloatFormat(false, -1, true, true, 'k', false, -1, -1, -1, -1);
    private static final FloatFormat SCIENTIFIC = new FloatFormat(true, -1, true, true, 'k', false, -1, -1, -1, -1);

    private final boolean scientific;
    private final int precision;
    private final boolean unique;
    private final boolean fractional;
    private final char trim;
    private final boolean sign;
    private final int padLeft;
    private final int padRight;
    private final int expDigits;
    private final int minDigits;

    private FloatFormat(boolean scientific, int precision, boolean unique, boolean fractional, char trim, boolean sign,
                        int padLeft, int padRight, int expDigits, int minDigits) {
        this.scientific = scientific;
        this.precision = precision;
        this.unique = unique;
        this.fractional = fractional;
        this.trim = trim;
        this.sign = sign;
        this.padLeft = padLeft;
        this.padRight = padRight;
        this.expDigits = expDigits;
        this.minDigits = minDigits;
    }

    /** NumPy's defaults for {@code format_float_positional}: unique digits, fractional, trim 'k'. */
    public static FloatFormat positional() {
        return POSITIONAL;
    }

    /** NumPy's defaults for {@code format_float_scientific}: unique digits, trim 'k', 2 exponent digits. */
    public static FloatFormat scientific() {
        return SCIENTIFIC;
    }

    /**
     * {@code precision}: the most digits to print (after the point when fractional, else in
     * total; after the point of the mantissa in scientific notation), the exact value rounded
     * half to even; -1 (None) prints the shortest unique digits.
     *
     * @throws IllegalArgumentException for a value below -1
     */
    public FloatFormat precision(int digits) {
        return new FloatFormat(scientific, count("precision", digits), unique, fractional, trim, sign, padLeft,
                padRight, expDigits, minDigits);
    }

    /**
     * {@code unique}: true (default) prints the shortest digits that identify the value, cut at
     * precision if given; false prints exactly {@code precision} digits of the exact binary value
     * (then precision must be given).
     */
    public FloatFormat unique(boolean unique) {
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, padLeft, padRight, expDigits,
                minDigits);
    }

    /**
     * {@code fractional} (positional only): true (default) counts precision and minDigits after the
     * point, false counts all significant digits.
     *
     * @throws IllegalArgumentException for a scientific format, which has no such option
     */
    public FloatFormat fractional(boolean fractional) {
        only(!scientific, "fractional");
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, padLeft, padRight, expDigits,
                minDigits);
    }

    /**
     * {@code trim}: 'k' keeps trailing zeros and the point, '.' drops trailing zeros but keeps
     * the point, '0' drops trailing zeros but keeps one after the point, '-' drops trailing zeros
     * and the point.
     *
     * @throws IllegalArgumentException for any other character
     */
    public FloatFormat trim(char trim) {
        if ("k.0-".indexOf(trim) < 0) {
            throw new IllegalArgumentException(name() + ": trim must be 'k', '.', '0' or '-', got '" + trim + "'");
        }
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, padLeft, padRight, expDigits,
                minDigits);
    }

    /** {@code sign}: true prints '+' before positive values (and +inf). */
    public FloatFormat sign(boolean sign) {
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, padLeft, padRight, expDigits,
                minDigits);
    }

    /**
     * {@code pad_left}: pad with spaces on the left until this many characters stand before the
     * point (the sign included); -1 for none.
     *
     * @throws IllegalArgumentException for a value below -1
     */
    public FloatFormat padLeft(int characters) {
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, count("pad_left", characters),
                padRight, expDigits, minDigits);
    }

    /**
     * {@code pad_right} (positional only): pad with spaces on the right until this many characters
     * stand after the point; -1 for none.
     *
     * @throws IllegalArgumentException for a value below -1 or a scientific format
     */
    public FloatFormat padRight(int characters) {
        only(!scientific, "pad_right");
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, padLeft,
                count("pad_right", characters), expDigits, minDigits);
    }

    /**
     * {@code exp_digits} (scientific only): at least this many exponent digits (at most 5 are
     * honoured, as in NumPy); -1 for NumPy's 2.
     *
     * @throws IllegalArgumentException for a value below -1 or a positional format
     */
    public FloatFormat expDigits(int digits) {
        only(scientific, "exp_digits");
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, padLeft, padRight,
                count("exp_digits", digits), minDigits);
    }

    /**
     * {@code min_digits}: print at least this many digits (after the point, or in total when not
     * fractional), generating more digits of the exact value in unique mode and padding with
     * zeros when trim is 'k'; -1 for none.
     *
     * @throws IllegalArgumentException for a value below -1
     */
    public FloatFormat minDigits(int digits) {
        return new FloatFormat(scientific, precision, unique, fractional, trim, sign, padLeft, padRight, expDigits,
                count("min_digits", digits));
    }

    boolean isScientific() {
        return scientific;
    }

    int precision() {
        return precision;
    }

    boolean unique() {
        return unique;
    }

    boolean fractional() {
        return fractional;
    }

    char trim() {
        return trim;
    }

    boolean sign() {
        return sign;
    }

    int padLeft() {
        return padLeft;
    }

    int padRight() {
        return padRight;
    }

    int expDigits() {
        return expDigits;
    }

    int minDigits() {
        return minDigits;
    }

    /** NumPy's checks of the whole set of options, made when a value is formatted. */
    void check(String op) {
        if (!unique && precision < 0) {
            throw new IllegalArgumentException(op + ": in non-unique mode precision must be supplied (got None)");
        }
        if (!scientific && !fractional && precision == 0) {
            throw new IllegalArgumentException(op + ": precision must be greater than 0 if fractional=False");
        }
        if (minDigits > 0 && precision > 0 && minDigits > precision) {
            throw new IllegalArgumentException(op + ": min_digits (" + minDigits
                    + ") must be less than or equal to precision (" + precision + ")");
        }
    }

    private String name() {
        return scientific ? "formatFloatScientific" : "formatFloatPositional";
    }

    private int count(String option, int value) {
        if (value < -1) {
            throw new IllegalArgumentException(name() + ": " + option + " must be >= 0 (or -1 for None), got " + value);
        }
        return value;
    }

    private void only(boolean allowed, String option) {
        if (!allowed) {
            throw new IllegalArgumentException(name() + ": " + option + " is not an option of "
                    + (scientific ? "format_float_scientific" : "format_float_positional"));
        }
    }

    @Override
    public String toString() {
        return (scientific ? "FloatFormat.scientific()" : "FloatFormat.positional()") + "[precision=" + precision
                + ", unique=" + unique + (scientific ? "" : ", fractional=" + fractional) + ", trim='" + trim
                + "', sign=" + sign + ", padLeft=" + padLeft + (scientific ? ", expDigits=" + expDigits
                : ", padRight=" + padRight) + ", minDigits=" + minDigits + "]";
    }
}
