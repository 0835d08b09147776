package io.jtensor;

/**
 * IEEE-754 binary16 values ({@link DType#FLOAT16}) held as their 16 bits in a {@code short}, with
 * correctly rounded conversions.
 *
 * <p>Java has no float16 primitive; {@link Float#float16ToFloat} and {@link Float#floatToFloat16}
 * convert from and to {@code float}. A {@code double} needs more care: rounding it to float first and
 * then to float16 can round twice the wrong way at a half-way point, so {@link #fromDouble} rounds the
 * intermediate float to odd, which makes the second rounding exact (NumPy's
 * {@code npy_double_to_half} rounds once, to nearest even).
 *
 * <pre>{@code
 * short h = Float16.fromDouble(0.1);   // 0x2e66, the float16 nearest 0.1
 * Float16.toDouble(h);                 // 0.0999755859375
 * }</pre>
 */
public final class Float16 {

    /** Bits of the largest finite float16, 65504. */
    public static final short MAX_VALUE = (short) 0x7bff;
    /** Bits of the smallest positive normal float16, 2<sup>-14</sup>. */
    public static final short MIN_NORMAL = (short) 0x0400;
    /** Bits of the smallest positive subnormal float16, 2<sup>-24</sup>. */
    public static final short MIN_VALUE = (short) 0x0001;

    private Float16() {
    }

    /** The value of float16 bits {@code h}, exactly. */
    public static float toFloat(short h) {
        return Float.float16ToFloat(h);
    }

    /** The value of float16 bits {@code h}, exactly. */
    public static double toDouble(short h) {
        return Float.float16ToFloat(h);
    }

    /** The float16 nearest {@code f} (ties to even); NaN stays NaN, beyond 65519.99 gives infinity. */
    public static short fromFloat(float f) {
        return Float.floatToFloat16(f);
    }

    /** The float16 nearest {@code d}, rounded once (ties to even), as NumPy's cast from float64. */
    public static short fromDouble(double d) {
        return Float.floatToFloat16(roundToOddFloat(d));
    }

    /** {@code d} rounded to float16 and back: the double NumPy's {@code np.float16(d)} holds. */
    public static double round(double d) {
        return toDouble(fromDouble(d));
    }

    /**
     * {@code d} rounded to a float with 24 significant bits, rounding to odd when inexact: the one of
     * the two neighbouring floats whose last bit is set.
     */
    private static float roundToOddFloat(double d) {
        float f = (float) d;
        if (Float.isInfinite(f) || (double) f == d || Double.isNaN(d)) {
            return f;
        }
        if ((Float.floatToRawIntBits(f) & 1) == 0) {
            f = (double) f < d ? Math.nextUp(f) : Math.nextDown(f);
        }
        return f;
    }
}
