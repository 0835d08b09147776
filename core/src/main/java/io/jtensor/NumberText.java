package io.jtensor;

import java.math.BigInteger;

/**
 * NumPy's {@code binary_repr} and {@code base_repr}: a Java {@code long} written in base 2 (two's
 * complement when a width is given for a negative number) or any base from 2 to 36, character for
 * character as NumPy writes it.
 */
final class NumberText {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private NumberText() {
    }

    /**
     * {@code np.binary_repr(num, width)}; {@code width == null} is NumPy's {@code width=None}.
     * Reproduces NumPy's quirks: 0 gives {@code width} zeros ("0" for width 0 or null, and the
     * empty string for a negative width, as Python's {@code '0' * -1}).
     */
    static String binaryRepr(long num, Integer width) {
        String name = "binary_repr";
        if (num == 0) {
            int w = width == null || width == 0 ? 1 : width;
            return "0".repeat(Math.max(0, w));
        }
        if (num > 0) {
            String binary = Long.toBinaryString(num);
            checkWidth(name, width, binary.length());
            int out = width == null ? binary.length() : Math.max(binary.length(), width);
            return "0".repeat(out - binary.length()) + binary;
        }
        BigInteger magnitude = BigInteger.valueOf(num).negate();
        if (width == null) {
            return "-" + magnitude.toString(2);
        }
        int positiveWidth = magnitude.bitLength();
        // NumPy's gh-8679: -2**(k-1) needs only k bits in two's complement
        if (BigInteger.ONE.shiftLeft(positiveWidth - 1).equals(magnitude)) {
            positiveWidth--;
        }
        String binary = BigInteger.ONE.shiftLeft(positiveWidth + 1).subtract(magnitude).toString(2);
        checkWidth(name, width, binary.length());
        return "1".repeat(Math.max(binary.length(), width) - binary.length()) + binary;
    }

    private static void checkWidth(String name, Integer width, int bits) {
        if (width != null && width < bits) {
            throw new IllegalArgumentException(name + ": insufficient bit width=" + width + " provided for binwidth="
                    + bits + " (valid: width >= " + bits + " or none)");
        }
    }

    /**
     * {@code np.base_repr(number, base, padding)}: the digits of |number| in base (2..36, upper
     * case letters), with {@code padding} zeros in front (none when padding &lt;= 0) and a minus
     * sign before them for a negative number. NumPy's quirk for 0 is kept: a non-zero padding
     * replaces its digit, so {@code baseRepr(0, 10, -1)} is the empty string.
     */
    static String baseRepr(long number, int base, int padding) {
        String name = "base_repr";
        if (base > DIGITS.length()) {
            throw new IllegalArgumentException(name + ": bases greater than 36 not handled in base_repr (got "
                    + base + "; valid: 2..36)");
        }
        if (base < 2) {
            throw new IllegalArgumentException(name + ": bases less than 2 not handled in base_repr (got "
                    + base + "; valid: 2..36)");
        }
        String digits = BigInteger.valueOf(number).abs().toString(base).toUpperCase(java.util.Locale.ROOT);
        String zeros = "0".repeat(Math.max(0, padding));
        if (number == 0) {
            // NumPy's ''.join(reversed(res or '0')): any non-zero padding (a negative one adds '')
            // replaces the lone zero
            return padding != 0 ? zeros : "0";
        }
        return (number < 0 ? "-" : "") + zeros + digits;
    }
}
