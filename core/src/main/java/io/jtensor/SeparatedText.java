package io.jtensor;

import io.jtensor.backend.Backend;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text mode of {@code np.fromstring(text, dtype, count, sep)} and {@code np.fromfile(file,
 * dtype, count, sep)}: numbers separated by {@code sep}, where a run of whitespace in sep matches
 * any run of whitespace (or none) and whitespace around the separator is skipped, but the
 * separator must consume at least one character, as NumPy's separator matching. Floats are read in NumPy's grammar (decimal, exponent, nan, inf, infinity;
 * no hexadecimal) as a double rounded once to the dtype; integers as exact decimal integers (a sign
 * only for the signed types, as NumPy); bool
 * as a float, true when non-zero.
 */
final class SeparatedText {

    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:nan)(?:\\([0-9A-Za-z_]*\\))?|(?i:inf(?:inity)?))");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern UNSIGNED = Pattern.compile("\\d+");

    private SeparatedText() {
    }

    static Tensor parse(String op, Backend backend, String text, DType dtype, long count, String sep) {
        Objects.requireNonNull(text, op + ": text is null");
        Objects.requireNonNull(dtype, op + ": dtype is null");
        Objects.requireNonNull(sep, op + ": sep is null");
        if (sep.isEmpty()) {
            throw new IllegalArgumentException(op + ": the binary mode (sep \"\") is not text; "
                    + ("fromstring".equals(op) ? "use frombuffer instead (NumPy: \"The binary mode of fromstring is"
                    + " removed\")" : "use fromfile(file, dtype, count, offset)"));
        }
        Pattern separator = separator(sep);
        Pattern grammar = dtype.isFloatingPoint() || dtype == DType.BOOL ? FLOAT : dtype.minValue() == 0 ? UNSIGNED : INTEGER;
        Matcher number = grammar.matcher(text);
        Matcher between = separator.matcher(text);
        List<String> tokens = new ArrayList<>();
        int pos = skipBlank(text, 0);
        while (pos < text.length() && (count < 0 || tokens.size() < count)) {
            if (!number.region(pos, text.length()).lookingAt()) {
                throw unmatched(op, text, pos);
            }
            tokens.add(number.group());
            pos = number.end();
            if (between.region(pos, text.length()).lookingAt() && between.end() > pos) {
                pos = between.end();
            } else if (skipBlank(text, pos) < text.length()) {
                throw unmatched(op, text, pos);
            }
            pos = skipBlank(text, pos);
        }
        long[] shape = {tokens.size()};
        if (dtype.isFloatingPoint() || dtype == DType.BOOL) {
            double[] values = tokens.stream().mapToDouble(SeparatedText::toDouble).toArray();
            return Creation.generate(backend, dtype, shape, i -> values[(int) i]);
        }
        long[] values = new long[tokens.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toInteger(op, tokens.get(i), dtype);
        }
        return Creation.generateIntegers(backend, dtype, shape, i -> values[(int) i]);
    }

    /** sep as a pattern: whitespace runs match any whitespace, other characters themselves, blanks around allowed. */
    private static Pattern separator(String sep) {
        StringBuilder regex = new StringBuilder("\\s*");
        for (String part : sep.strip().split("\\s+", -1)) {
            if (!part.isEmpty()) {
                regex.append(Pattern.quote(part)).append("\\s*");
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static int skipBlank(String text, int pos) {
        while (pos < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return pos;
    }

    private static double toDouble(String token) {
        String t = token.toLowerCase();
        boolean negative = t.startsWith("-");
        String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (unsigned.startsWith("nan")) {
            return Double.NaN;
        }
        if (unsigned.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(token);
    }

    private static long toInteger(String op, String token, DType dtype) {
        BigInteger value = new BigInteger(token.startsWith("+") ? token.substring(1) : token);
        if (value.compareTo(BigInteger.valueOf(dtype.minValue())) < 0
                || value.compareTo(BigInteger.valueOf(dtype.maxValue())) > 0) {
            throw new IllegalArgumentException(op + ": " + token + " is out of bounds for " + dtype.numpyName()
                    + " (" + dtype.minValue() + " to " + dtype.maxValue() + ")");
        }
        return value.longValue();
    }

    private static IllegalArgumentException unmatched(String op, String text, int pos) {
        String rest = text.substring(pos, Math.min(text.length(), pos + 20));
        return new IllegalArgumentException(op + ": string or file could not be read to its end due to unmatched"
                + " data (at character " + pos + ": \"" + rest + "\")");
    }
}
