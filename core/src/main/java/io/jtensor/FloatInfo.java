package io.jtensor;

/**
 * The machine limits of a floating-point type, as NumPy's {@code np.finfo}.
 *
 * <pre>{@code
 * Np.finfo(DType.FLOAT32).eps();   // 1.1920929E-7 (2^-23)
 * }</pre>
 *
 * @param dtype             the type (FLOAT16, FLOAT32 or FLOAT64)
 * @param bits              its width in bits
 * @param eps               the distance from 1.0 to the next larger number
 * @param epsneg            the distance from 1.0 to the next smaller number
 * @param max               the largest finite number
 * @param min               the most negative finite number ({@code -max})
 * @param smallestNormal    the smallest positive normal number (NumPy's {@code tiny})
 * @param smallestSubnormal the smallest positive subnormal number
 * @param resolution        10<sup>-precision</sup> rounded to the type, as NumPy holds it (float16:
 *                          0.0010004043579101562, float32: 9.999999974752427e-07)
 * @param precision         the number of decimal digits that are exact ({@code floor(nmant·log10(2))})
 * @param nmant             the mantissa bits (without the hidden bit)
 * @param nexp              the exponent bits
 * @param maxexp            the smallest power of 2 that overflows
 * @param minexp            the most negative power of 2 that is normal
 */
public record FloatInfo(DType dtype, int bits, double eps, double epsneg, double max, double min,
                        double smallestNormal, double smallestSubnormal, double resolution, int precision,
                        int nmant, int nexp, int maxexp, int minexp) {

    /** NumPy's {@code tiny}: the smallest positive normal number. */
    public double tiny() {
        return smallestNormal;
    }

    static FloatInfo of(DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> new FloatInfo(dtype, 16, 0x1p-10, 0x1p-11, 65504, -65504, 0x1p-14, 0x1p-24, Float16.round(1e-3), 3, 10, 5,
                    16, -14);
            case FLOAT32 -> new FloatInfo(dtype, 32, Math.ulp(1.0f), Math.ulp(1.0f) / 2, Float.MAX_VALUE,
                    -Float.MAX_VALUE, Float.MIN_NORMAL, Float.MIN_VALUE, 1e-6f, 6, 23, 8, 128, -126);
            case FLOAT64 -> new FloatInfo(dtype, 64, Math.ulp(1.0), Math.ulp(1.0) / 2, Double.MAX_VALUE,
                    -Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_VALUE, 1e-15, 15, 52, 11, 1024, -1022);
            default -> throw new IllegalArgumentException("finfo: data type " + dtype.numpyName()
                    + " is not a floating-point type (valid: float16, float32, float64; see iinfo for integers)");
        };
    }
}
