package io.jtensor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python {@code %}-format string ({@code "%.18e"}, {@code "%d,%.3f"}) as {@code np.savetxt}
 * applies it to a row: literal text and conversions {@code d i u e E f F g G} with the flags
 * {@code - + space 0 #}, a width and a precision, formatted exactly as CPython does (correctly
 * rounded, ties to even on the exact binary value; {@code nan}/{@code inf} spelled as Python does,
 * the sign of {@code -0.0} kept, at least two exponent digits). Java's {@link String#format}
 * differs from CPython in each of these, so the digits come from {@link BigDecimal} instead.
 * Mapping keys, {@code *} widths and the conversions {@code s r a c o x X} are refused.
 */
final class PrintfFormat {

    /** One conversion: its flags, width (-1 none), precision (-1 none) and conversion letter. */
    private record Spec(boolean left, boolean plus, boolean space, boolean zero, boolean alternate,
                        int width, int precision, char conversion) {
    }

    /** Literal strings and {@link Spec}s in order. */
    private final List<Object> pieces;
    private final int conversions;

    private PrintfFormat(List<Object> pieces, int conversions) {
        this.pieces = pieces;
        this.conversions = conversions;
    }

    /** The number of conversions (values one application consumes). */
    int conversions() {
        return conversions;
    }

    /**
     * Parses {@code format}.
     *
     * @throws IllegalArgumentException for a conversion or feature this class does not support,
     *                                  naming it and listing what is supported
     */
    static PrintfFormat parse(String format, String op) {
        List<Object> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int count = 0;
        int n = format.length();
        for (int i = 0; i < n; ) {
            char c = format.charAt(i);
            if (c != '%') {
                literal.append(c);
                i++;
                continue;
            }
            int start = i++;
            if (i < n && format.charAt(i) == '%') {
                literal.append('%');
                i++;
                continue;
            }
            boolean left = false, plus = false, space = false, zero = false, alternate = false;
            for (; i < n && "-+ 0#".indexOf(format.charAt(i)) >= 0; i++) {
                switch (format.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '0' -> zero = true;
                    default -> alternate = true;
                }
            }
            int width = -1;
            int digitsStart = i;
            while (i < n && Character.isDigit(format.charAt(i))) {
                i++;
            }
            if (i > digitsStart) {
                width = parseCount(format, digitsStart, i, op);
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                int precisionStart = ++i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = i > precisionStart ? parseCount(format, precisionStart, i, op) : 0;
            }
            while (i < n && "hlL".indexOf(format.charAt(i)) >= 0) {
                i++;   // length modifiers: accepted and ignored, as Python does
            }
            if (i >= n) {
                throw new IllegalArgumentException(op + ": fmt '" + format + "' ends inside the conversion '"
                        + format.substring(start) + "' (a conversion ends with one of d i u e E f F g G)");
            }
            char conversion = format.charAt(i++);
            if ("diueEfFgG".indexOf(conversion) < 0) {
                throw new IllegalArgumentException(op + ": unsupported conversion '" + format.substring(start, i)
                        + "' in fmt '" + format + "' (supported: %d %i %u %e %E %f %F %g %G and %%, with flags -+ 0#,"
                        + " a width and a precision; %s, %r, %a, %c, %o, %x, %X, mapping keys and * widths are not)");
            }
            if (!literal.isEmpty()) {
                pieces.add(literal.toString());
                literal.setLength(0);
            }
            pieces.add(new Spec(left, plus, space, zero, alternate, width, precision, conversion));
            count++;
        }
        if (!literal.isEmpty()) {
            pieces.add(literal.toString());
        }
        return new PrintfFormat(pieces, count);
    }

    private static int parseCount(String format, int from, int to, String op) {
        String digits = format.substring(from, to);
        if (digits.length() > 6) {
            throw new IllegalArgumentException(op + ": width or precision " + digits + " in fmt '" + format
                    + "' is too large (at most 999999)");
        }
        return Integer.parseInt(digits);
    }

    /** Appends the row {@code values[from .. from + conversions())} formatted. */
    void formatDoubles(double[] values, int from, StringBuilder out, String op) {
        int k = from;
        for (Object piece : pieces) {
            if (piece instanceof Spec spec) {
                formatDouble(spec, values[k++], out, op);
            } else {
                out.append((String) piece);
            }
        }
    }

    /** Appends the row {@code values[from .. from + conversions())} of an integer tensor formatted. */
    void formatLongs(long[] values, int from, StringBuilder out, String op) {
        int k = from;
        for (Object piece : pieces) {
            if (piece instanceof Spec spec) {
                long v = values[k++];
                if (isInteger(spec)) {
                    pad(spec, v < 0, integerDigits(spec, BigInteger.valueOf(v).abs()), out);
                } else {
                    // Python formats an int with %e/%f/%g through float(v): round to nearest, as the cast.
                    formatDouble(spec, (double) v, out, op);
                }
            } else {
                out.append((String) piece);
            }
        }
    }

    private static boolean isInteger(Spec spec) {
        return spec.conversion == 'd' || spec.conversion == 'i' || spec.conversion == 'u';
    }

    private static void formatDouble(Spec spec, double v, StringBuilder out, String op) {
        if (isInteger(spec)) {
            // Python's %d truncates a float toward zero (int(v)) and cannot convert NaN or infinity.
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(op + ": cannot convert float " + (Double.isNaN(v) ? "NaN" : "infinity")
                        + " to integer for the conversion %" + spec.conversion + " (use %e, %f or %g for non-finite values)");
            }
            BigInteger whole = new BigDecimal(v).toBigInteger();
            pad(spec, whole.signum() < 0, integerDigits(spec, whole.abs()), out);
            return;
        }
        boolean upper = Character.isUpperCase(spec.conversion);
        if (Double.isNaN(v)) {
            // CPython never prints a sign for NaN (only the + or space flag's).
            pad(spec, false, upper ? "NAN" : "nan", out);
            return;
        }
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        if (Double.isInfinite(v)) {
            pad(spec, negative, upper ? "INF" : "inf", out);
            return;
        }
        BigDecimal magnitude = new BigDecimal(Math.abs(v));
        int precision = spec.precision < 0 ? 6 : spec.precision;
        String body = switch (Character.toLowerCase(spec.conversion)) {
            case 'e' -> exponential(magnitude, precision, spec.alternate);
            case 'f' -> fixed(magnitude, precision, spec.alternate);
            default -> general(magnitude, precision == 0 ? 1 : precision, spec.alternate);
        };
        pad(spec, negative, upper ? body.toUpperCase() : body, out);
    }

    private static String integerDigits(Spec spec, BigInteger magnitude) {
        String digits = magnitude.toString();
        if (spec.precision > digits.length()) {
            digits = "0".repeat(spec.precision - digits.length()) + digits;
        }
        return digits;
    }

    /** {@code d.ddde+XX} with {@code precision} digits after the point, from the exact value. */
    private static String exponential(BigDecimal magnitude, int precision, boolean alternate) {
        String digits;
        int exponent;
        if (magnitude.signum() == 0) {
            digits = "0".repeat(precision + 1);
            exponent = 0;
        } else {
            BigDecimal rounded = magnitude.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
            digits = rounded.unscaledValue().toString();
            digits = digits.length() > precision + 1 ? digits.substring(0, precision + 1)
                    : digits + "0".repeat(precision + 1 - digits.length());
        }
        StringBuilder s = new StringBuilder().append(digits.charAt(0));
        if (precision > 0 || alternate) {
            s.append('.');
        }
        s.append(digits, 1, digits.length()).append(exponent < 0 ? "e-" : "e+");
        int e = Math.abs(exponent);
        if (e < 10) {
            s.append('0');
        }
        return s.append(e).toString();
    }

    private static String fixed(BigDecimal magnitude, int precision, boolean alternate) {
        String s = magnitude.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alternate ? s + "." : s;
    }

    /** C's %g: %e or %f by the exponent after rounding to {@code precision} significant digits. */
    private static String general(BigDecimal magnitude, int precision, boolean alternate) {
        int exponent = 0;
        if (magnitude.signum() != 0) {
            BigDecimal rounded = magnitude.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
        }
        String s;
        if (exponent >= -4 && exponent < precision) {
            s = fixed(magnitude, precision - 1 - exponent, alternate);
            return alternate ? s : stripZeros(s);
        }
        s = exponential(magnitude, precision - 1, alternate);
        if (alternate) {
            return s;
        }
        int e = s.indexOf('e');
        return stripZeros(s.substring(0, e)) + s.substring(e);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Sign, then zero padding (Python pads nan and inf with zeros too) or space padding to the width. */
    private static void pad(Spec spec, boolean negative, String body, StringBuilder out) {
        String sign = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        int fill = spec.width - sign.length() - body.length();
        if (fill <= 0) {
            out.append(sign).append(body);
        } else if (spec.left) {
            out.append(sign).append(body).repeat(' ', fill);
        } else if (spec.zero) {
            out.append(sign).repeat('0', fill).append(body);
        } else {
            out.repeat(' ', fill).append(sign).append(body);
        }
    }
}
