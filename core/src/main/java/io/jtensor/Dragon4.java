package io.jtensor;

import java.math.BigInteger;

/**
 * Steele and White's Dragon4 digit generation as NumPy runs it for {@code format_float_positional},
 * {@code format_float_scientific} and array printing: the exact binary value is scaled into big
 * integers, digits are produced one at a time, and the last digit is rounded against the exact
 * remainder (ties to even). In unique mode generation stops as soon as the digits identify the
 * value among its float neighbours (float32 neighbours for a float), so {@code 0.1f} prints
 * {@code 0.1}; a cutoff stops it earlier, rounding the exact value, not the shortest digits.
 * The layout (padding, trimming, exponent) follows NumPy's FormatPositional/FormatScientific.
 */
final class Dragon4 {

    /** Digits generated beyond this many are dropped, like NumPy's 16 KiB buffer. */
    private static final int MAX_DIGITS = 16383;
    private static final double LOG10_2 = 0.30102999566398119521373889472449;

    private Dragon4() {
    }

    /** A finite or special float split into an integer mantissa and a binary exponent. */
    record Bits(boolean negative, boolean nan, boolean infinite, long mantissa, int exponent, int mantissaBit,
                boolean unequalMargins) {

        static Bits of(double v) {
            long raw = Double.doubleToRawLongBits(v);
            boolean negative = raw < 0;
            int biased = (int) ((raw >>> 52) & 0x7ff);
            long fraction = raw & ((1L << 52) - 1);
            if (biased == 0x7ff) {
                return new Bits(negative, fraction != 0, fraction == 0, 0, 0, 0, false);
            }
            if (biased != 0) {
                return new Bits(negative, false, false, (1L << 52) | fraction, biased - 1075, 52,
                        biased != 1 && fraction == 0);
            }
            return new Bits(negative, false, false, fraction, -1074, 63 - Long.numberOfLeadingZeros(fraction), false);
        }

        /** The bits of a value of {@code dtype} (a float type) held in the double {@code v}. */
        static Bits of(DType dtype, double v) {
            return switch (dtype) {
                case FLOAT16 -> ofFloat16(Float16.fromDouble(v));
                case FLOAT32 -> of((float) v);
                default -> of(v);
            };
        }

        static Bits ofFloat16(short h) {
            int raw = h & 0xffff;
            boolean negative = (raw & 0x8000) != 0;
            int biased = (raw >>> 10) & 0x1f;
            int fraction = raw & 0x3ff;
            if (biased == 0x1f) {
                return new Bits(negative, fraction != 0, fraction == 0, 0, 0, 0, false);
            }
            if (biased != 0) {
                return new Bits(negative, false, false, 0x400 | fraction, biased - 25, 10, biased != 1 && fraction == 0);
            }
            return new Bits(negative, false, false, fraction, -24, 31 - Integer.numberOfLeadingZeros(fraction), false);
        }

        static Bits of(float v) {
            int raw = Float.floatToRawIntBits(v);
            boolean negative = raw < 0;
            int biased = (raw >>> 23) & 0xff;
            int fraction = raw & ((1 << 23) - 1);
            if (biased == 0xff) {
                return new Bits(negative, fraction != 0, fraction == 0, 0, 0, 0, false);
            }
            if (biased != 0) {
                return new Bits(negative, false, false, (1L << 23) | fraction, biased - 150, 23,
                        biased != 1 && fraction == 0);
            }
            return new Bits(negative, false, false, fraction, -149, 31 - Integer.numberOfLeadingZeros(fraction), false);
        }
    }

    /** Decimal digits and the power of ten of the first one. */
    record Digits(String digits, int exponent) {
    }

    /**
     * The digits of a finite value. {@code cutoffMax}/{@code cutoffMin} (-1: none) count digits
     * after the point when {@code fractional}, else digits in total.
     */
    static Digits digits(Bits b, boolean unique, boolean fractional, int cutoffMax, int cutoffMin) {
        if (b.mantissa() == 0) {
            return new Digits("0", 0);
        }
        boolean isEven = (b.mantissa() & 1) == 0;
        BigInteger value = BigInteger.valueOf(b.mantissa());
        BigInteger scale;
        BigInteger marginLow;
        int exponent = b.exponent();
        // value/scale is the number, marginLow/scale and marginHigh/scale half the gaps to its neighbours;
        // all are doubled (quadrupled with unequal margins) so the margins stay integers
        int extra = b.unequalMargins() ? 2 : 1;
        if (exponent > 0) {
            value = value.shiftLeft(exponent + extra);
            scale = BigInteger.ONE.shiftLeft(extra);
            marginLow = BigInteger.ONE.shiftLeft(exponent);
        } else {
            value = value.shiftLeft(extra);
            scale = BigInteger.ONE.shiftLeft(-exponent + extra);
            marginLow = BigInteger.ONE;
        }
        int digitExponent = (int) Math.ceil((double) (b.mantissaBit() + exponent) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractional && digitExponent <= -cutoffMax) {
            digitExponent = -cutoffMax + 1;
        }
        if (digitExponent > 0) {
            scale = scale.multiply(BigInteger.TEN.pow(digitExponent));
        } else if (digitExponent < 0) {
            BigInteger pow10 = BigInteger.TEN.pow(-digitExponent);
            value = value.multiply(pow10);
            marginLow = marginLow.multiply(pow10);
        }
        if (value.compareTo(scale) >= 0) {
            digitExponent++;
        } else {
            value = value.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
        BigInteger marginHigh = b.unequalMargins() ? marginLow.shiftLeft(1) : marginLow;
        int cutoffMaxExponent = digitExponent - MAX_DIGITS;
        if (cutoffMax >= 0) {
            cutoffMaxExponent = Math.max(cutoffMaxExponent, fractional ? -cutoffMax : digitExponent - cutoffMax);
        }
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) {
            cutoffMinExponent = Math.min(cutoffMinExponent, fractional ? -cutoffMin : digitExponent - cutoffMin);
        }
        int firstExponent = digitExponent - 1;
        StringBuilder out = new StringBuilder();
        boolean low = false;
        boolean high = false;
        int digit;
        while (true) {
            digitExponent--;
            BigInteger[] qr = value.divideAndRemainder(scale);
            digit = qr[0].intValue();
            value = qr[1];
            if (unique) {
                int cmpLow = value.compareTo(marginLow);
                int cmpHigh = value.add(marginHigh).compareTo(scale);
                low = isEven ? cmpLow <= 0 : cmpLow < 0;
                high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
                if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent) {
                    break;
                }
            } else if (value.signum() == 0 || digitExponent == cutoffMaxExponent) {
                break;
            }
            out.append((char) ('0' + digit));
            value = value.multiply(BigInteger.TEN);
            if (unique) {
                marginLow = marginLow.multiply(BigInteger.TEN);
                marginHigh = b.unequalMargins() ? marginLow.shiftLeft(1) : marginLow;
            }
        }
        boolean roundDown = low;
        if (low == high) {
            int half = value.shiftLeft(1).compareTo(scale);
            roundDown = half < 0 || (half == 0 && (digit & 1) == 0);
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit < 9) {
            out.append((char) ('0' + digit + 1));
        } else {
            int i = out.length() - 1;
            while (i >= 0 && out.charAt(i) == '9') {
                i--;
            }
            if (i < 0) {
                out.setLength(0);
                out.append('1');
                firstExponent++;
            } else {
                out.setCharAt(i, (char) (out.charAt(i) + 1));
                out.setLength(i + 1);
            }
        }
        return new Digits(out.toString(), firstExponent);
    }

    /**
     * {@code count} copies of {@code c}, at most one more than a result may hold, so that a huge
     * precision or padding ends in {@link #limited} instead of exhausting the heap.
     */
    private static String fill(char c, int count) {
        return String.valueOf(c).repeat(Math.max(0, Math.min(count, MAX_DIGITS + 1)));
    }

    /**
     * NumPy writes into a 16 KiB buffer and, past it, truncates some results and raises
     * RuntimeError for others; here every result longer than the buffer is an error.
     */
    private static String limited(String op, StringBuilder s) {
        if (s.length() > MAX_DIGITS) {
            throw new IllegalArgumentException(op + ": the result would have " + s.length()
                    + " characters or more; NumPy's limit is " + MAX_DIGITS + " (lower precision, minDigits or padding)");
        }
        return s.toString();
    }

    /** NumPy's text for NaN and Inf: no sign on NaN, '-' or (with sign) '+' on Inf. */
    private static String special(Bits b, boolean sign) {
        if (b.nan()) {
            return "nan";
        }
        return (b.negative() ? "-" : sign ? "+" : "") + "inf";
    }

    /** {@code format_float_positional} on already checked options. */
    static String positional(Bits b, FloatFormat f) {
        if (b.nan() || b.infinite()) {
            return special(b, f.sign());
        }
        String sign = b.negative() ? "-" : f.sign() ? "+" : "";
        Digits d = digits(b, f.unique(), f.fractional(), f.precision(), f.minDigits());
        String digits = d.digits();
        int n = digits.length();
        StringBuilder s = new StringBuilder(sign);
        int whole;
        int fraction = 0;
        if (d.exponent() >= 0) {
            whole = d.exponent() + 1;
            if (n <= whole) {
                s.append(digits).append(fill('0', whole - n));
            } else {
                s.append(digits, 0, whole).append('.').append(digits, whole, n);
                fraction = n - whole;
            }
        } else {
            int zeros = -(d.exponent() + 1);
            s.append("0.").append(fill('0', zeros)).append(digits);
            fraction = zeros + n;
            whole = 1;
        }
        char trim = f.trim();
        if (trim != '-' && fraction == 0) {
            s.append('.');
        }
        int add = f.unique() ? f.minDigits() : f.precision();
        int desired = f.fractional() ? Math.max(add, 0) : add - whole;
        if (trim == '0') {
            if (fraction == 0) {
                s.append('0');
                fraction++;
            }
        } else if (trim == 'k' && desired > fraction) {
            s.append(fill('0', desired - fraction));
            fraction = desired;
        }
        if (trim != 'k' && fraction > 0) {
            while (s.charAt(s.length() - 1) == '0') {
                s.setLength(s.length() - 1);
                fraction--;
            }
            if (s.charAt(s.length() - 1) == '.') {
                if (trim == '0') {
                    s.append('0');
                    fraction++;
                } else if (trim == '-') {
                    s.setLength(s.length() - 1);
                }
            }
        }
        if (f.padRight() >= fraction) {
            if (trim == '-' && fraction == 0) {
                s.append(' ');
            }
            s.append(fill(' ', f.padRight() - fraction));
        }
        int left = whole + sign.length();
        if (f.padLeft() > left) {
            s.insert(0, fill(' ', f.padLeft() - left));
        }
        return limited("formatFloatPositional", s);
    }

    /** {@code format_float_scientific} on already checked options. */
    static String scientific(Bits b, FloatFormat f) {
        if (b.nan() || b.infinite()) {
            return special(b, f.sign());
        }
        String sign = b.negative() ? "-" : f.sign() ? "+" : "";
        StringBuilder s = new StringBuilder();
        int left = 1 + sign.length();
        if (f.padLeft() > left) {
            s.append(fill(' ', f.padLeft() - left));
        }
        s.append(sign);
        int precision = f.precision();
        int minDigits = f.minDigits();
        Digits d = digits(b, f.unique(), false, precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1);
        String digits = d.digits();
        s.append(digits.charAt(0));
        int fraction = digits.length() - 1;
        if (fraction > 0) {
            s.append('.').append(digits, 1, digits.length());
        }
        char trim = f.trim();
        if (trim != '-' && fraction == 0) {
            s.append('.');
        }
        int add = Math.max(f.unique() ? minDigits : precision, 0);
        if (trim == '0') {
            if (fraction == 0) {
                s.append('0');
                fraction++;
            }
        } else if (trim == 'k' && add > fraction) {
            s.append(fill('0', add - fraction));
            fraction = add;
        }
        if (trim != 'k' && fraction > 0) {
            while (s.charAt(s.length() - 1) == '0') {
                s.setLength(s.length() - 1);
                fraction--;
            }
            if (trim == '0' && s.charAt(s.length() - 1) == '.') {
                s.append('0');
            }
        }
        int exponent = d.exponent();
        int expDigits = f.expDigits() < 0 ? 2 : Math.min(f.expDigits(), 5);
        // NumPy drops every leading zero down to expDigits digits, so expDigits 0 prints 1e+0 as "1e+"
        String e = exponent == 0 && expDigits == 0 ? "" : Integer.toString(Math.abs(exponent));
        s.append('e').append(exponent >= 0 ? '+' : '-');
        if (e.length() < expDigits) {
            s.append(fill('0', expDigits - e.length()));
        }
        return limited("formatFloatScientific", s.append(e));
    }
}
