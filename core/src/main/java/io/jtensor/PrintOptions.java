package io.jtensor;

import java.util.List;

/**
 * NumPy's print options ({@code np.set_printoptions} / {@code np.array2string} keywords) as an
 * immutable value with one method per keyword, starting from NumPy's defaults or from the
 * current thread's options:
 *
 * <pre>{@code
 * PrintOptions.defaults().precision(3).suppressSmall(true)
 * Np.getPrintOptions().maxLineWidth(120)          // the current options, one changed
 * }</pre>
 *
 * {@code separator}, {@code prefix} and {@code suffix} are arguments of {@code array2string}
 * only: {@link Np#setPrintOptions(PrintOptions)} rejects options that change them, and
 * {@code arrayStr}/{@code arrayRepr} use their own (" " and "", ", " and "array(" ... ")").
 * NumPy's {@code formatter}, {@code legacy} and {@code override_repr} are not offered.
 */
public final class PrintOptions {

    private static final List<String> FLOAT_MODES = List.of("fixed", "unique", "maxprec", "maxprec_equal");
    private static final PrintOptions DEFAULTS = new PrintOptions(75, 8, false, 1000, 3, '-', "maxprec", "nan", "inf",
            " ", "", "");

    private final int maxLineWidth;
    private final int precision;
    private final boolean suppressSmall;
    private final long threshold;
    private final int edgeItems;
    private final char sign;
    private final String floatMode;
    private final String nanStr;
    private final String infStr;
    private final String separator;
    private final String prefix;
    private final String suffix;

    private PrintOptions(int maxLineWidth, int precision, boolean suppressSmall, long threshold, int edgeItems,
                         char sign, String floatMode, String nanStr, String infStr, String separator, String prefix,
                         String suffix) {
        this.maxLineWidth = maxLineWidth;
        this.precision = precision;
        this.suppressSmall = suppressSmall;
        this.threshold = threshold;
        this.edgeItems = edgeItems;
        this.sign = sign;
        this.floatMode = floatMode;
        this.nanStr = nanStr;
        this.infStr = infStr;
        this.separator = separator;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /**
     * NumPy's defaults: line width 75, precision 8, no suppression, threshold 1000, 3 edge items,
     * sign '-', floatmode "maxprec", "nan" and "inf", separator " ", no prefix or suffix.
     */
    public static PrintOptions defaults() {
        return DEFAULTS;
    }

    /** {@code linewidth} / {@code max_line_width}: characters per line before wrapping. */
    public PrintOptions maxLineWidth(int characters) {
        return new PrintOptions(characters, precision, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, separator, prefix, suffix);
    }

    /**
     * {@code precision}: digits after the point for floats (ignored by floatmode "unique").
     *
     * @throws IllegalArgumentException for a negative value
     */
    public PrintOptions precision(int digits) {
        if (digits < 0) {
            throw new IllegalArgumentException("printoptions: precision must be >= 0, got " + digits);
        }
        return new PrintOptions(maxLineWidth, digits, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, separator, prefix, suffix);
    }

    /**
     * {@code suppress} / {@code suppress_small}: true never switches to scientific notation for
     * small values or a wide range (values of 1e8 or more, 1e6 for float32, still do), so values
     * below the precision print as zero.
     */
    public PrintOptions suppressSmall(boolean suppress) {
        return new PrintOptions(maxLineWidth, precision, suppress, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, separator, prefix, suffix);
    }

    /** {@code threshold}: tensors with more elements than this are summarised with "...". */
    public PrintOptions threshold(long elements) {
        return new PrintOptions(maxLineWidth, precision, suppressSmall, elements, edgeItems, sign, floatMode, nanStr,
                infStr, separator, prefix, suffix);
    }

    /**
     * {@code edgeitems}: items kept at each end of every axis of a summarised tensor.
     * NumPy accepts 0 and then still prints the last item of every axis ({@code [... 9]}), a
     * quirk not reproduced: 0 is rejected.
     *
     * @throws IllegalArgumentException for a value below 1
     */
    public PrintOptions edgeItems(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("printoptions: edgeitems must be >= 1, got " + items);
        }
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, items, sign, floatMode, nanStr,
                infStr, separator, prefix, suffix);
    }

    /**
     * {@code sign}: '-' prints a sign only for negative values, '+' for positive values too, ' '
     * a space in the sign's place before positive values.
     *
     * @throws IllegalArgumentException for any other character
     */
    public PrintOptions sign(char sign) {
        if (sign != '-' && sign != '+' && sign != ' ') {
            throw new IllegalArgumentException("printoptions: sign must be one of '-', '+' or ' ', got '" + sign + "'");
        }
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, separator, prefix, suffix);
    }

    /**
     * {@code floatmode}: "fixed" (always precision digits), "unique" (shortest unique digits,
     * precision ignored), "maxprec" (at most precision digits, each value as few as it needs) or
     * "maxprec_equal" (at most precision digits, all values as many as the longest needs).
     *
     * @throws IllegalArgumentException for any other name
     */
    public PrintOptions floatMode(String mode) {
        if (!FLOAT_MODES.contains(mode)) {
            throw new IllegalArgumentException("printoptions: floatmode must be one of " + FLOAT_MODES + ", got \""
                    + mode + "\"");
        }
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, mode, nanStr,
                infStr, separator, prefix, suffix);
    }

    /** {@code nanstr}: the text of NaN. */
    public PrintOptions nanStr(String text) {
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, floatMode, text,
                infStr, separator, prefix, suffix);
    }

    /** {@code infstr}: the text of infinity (a '-' or '+' is put before it). */
    public PrintOptions infStr(String text) {
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                text, separator, prefix, suffix);
    }

    /** {@code separator} (array2string only): between elements; trailing spaces are dropped at line ends. */
    public PrintOptions separator(String text) {
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, text, prefix, suffix);
    }

    /**
     * {@code prefix} (array2string only): not printed, but wrapped lines are indented by its
     * length, as if it stood before the first line.
     */
    public PrintOptions prefix(String text) {
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, separator, text, suffix);
    }

    /**
     * {@code suffix} (array2string only): not printed, but the last line is wrapped as if it
     * followed (the line width is reduced by its length).
     */
    public PrintOptions suffix(String text) {
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, separator, prefix, text);
    }

    /** The {@code linewidth}: characters per line before wrapping. */
    public int maxLineWidth() {
        return maxLineWidth;
    }

    /** The {@code precision}: digits after the point for floats. */
    public int precision() {
        return precision;
    }

    /** The {@code suppress} flag: true never switches to scientific notation for small values. */
    public boolean suppressSmall() {
        return suppressSmall;
    }

    /** The {@code threshold}: element counts above it are summarised with "...". */
    public long threshold() {
        return threshold;
    }

    /** The {@code edgeitems}: items kept at each end of every axis of a summarised tensor. */
    public int edgeItems() {
        return edgeItems;
    }

    /** The {@code sign} rule: '-', '+' or ' '. */
    public char sign() {
        return sign;
    }

    /** The {@code floatmode}: "fixed", "unique", "maxprec" or "maxprec_equal". */
    public String floatMode() {
        return floatMode;
    }

    /** The text printed for NaN ({@code nanstr}). */
    public String nanStr() {
        return nanStr;
    }

    /** The text printed for infinity, after its sign ({@code infstr}). */
    public String infStr() {
        return infStr;
    }

    /** The separator between elements (array2string only). */
    public String separator() {
        return separator;
    }

    /** The prefix wrapped lines are indented by (array2string only). */
    public String prefix() {
        return prefix;
    }

    /** The suffix the last line is wrapped for (array2string only). */
    public String suffix() {
        return suffix;
    }

    /** The same options with array2string's separator, prefix and suffix. */
    PrintOptions layout(String separator, String prefix, String suffix) {
        return new PrintOptions(maxLineWidth, precision, suppressSmall, threshold, edgeItems, sign, floatMode, nanStr,
                infStr, separator, prefix, suffix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrintOptions p && toString().equals(p.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The options in NumPy's {@code get_printoptions()} spelling. */
    @Override
    public String toString() {
        return "{edgeitems: " + edgeItems + ", threshold: " + threshold + ", floatmode: '" + floatMode
                + "', precision: " + precision + ", suppress: " + (suppressSmall ? "True" : "False") + ", linewidth: "
                + maxLineWidth + ", nanstr: '" + nanStr + "', infstr: '" + infStr + "', sign: '" + sign
                + "', separator: '" + separator + "', prefix: '" + prefix + "', suffix: '" + suffix + "'}";
    }
}
