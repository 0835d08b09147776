package io.jtensor.cpu;

/**
 * The CPU backend's float64 {@code exp}, written so that {@code VectorSimd} can evaluate exactly
 * the same operations on vector lanes: no table, no branch on the argument, only IEEE operations
 * that the Vector API performs with identical rounding ({@code +}, {@code -}, {@code *},
 * {@link Math#fma}, {@link Math#max}, {@link Math#min}, and bit moves), so the scalar and the
 * vector results are bit-identical.
 *
 * <p>Algorithm: x is clamped to [-746, 710] (outside it exp is 0 or +Inf anyway; NaN stays NaN),
 * then x = n ln2 + r with n = rint(x / ln2) and |r| &lt;= ln2/2. ln2 is split into a 37-bit head,
 * whose product with n is exact so that x - n ln2<sub>hi</sub> is exact, and a tail; r is carried
 * as r + c with c its rounding error. e<sup>r</sup> is 1 + r + r<sup>2</sup>/2 + r<sup>3</sup> q(r)
 * with q a degree-9 polynomial fit (see {@link #Q0}; error below 1e-18 relative), evaluated as
 * (1 + r) + (r<sup>2</sup>/2 + (r<sup>3</sup> q(r) +
 * the rounding errors of 1 + r and r<sup>2</sup> + c (1 + r))), so that only the last two
 * additions round at the size of the result. The scale 2<sup>n</sup> is applied as two exact
 * powers of two, 2<sup>⌊n/2⌋</sup> and 2<sup>n - ⌊n/2⌋</sup> (2<sup>n</sup> itself is out of
 * range for n = 1024 and n &lt; -1022): the first product is exact, the second rounds once, so
 * results just below the overflow threshold stay finite and subnormal results are rounded
 * (a second time, see below) from e<sup>r</sup> instead of flushing to 0.
 *
 * <p>Special values as {@link Math#exp} and NumPy: NaN gives NaN, +Inf gives +Inf, -Inf gives +0,
 * ±0 gives 1; x &gt; 709.782712893384 overflows to +Inf, results below {@link Double#MIN_NORMAL}
 * are subnormal, and x &lt; -745.1332191019412 gives +0.
 *
 * <p>Accuracy: within 1 ULP of the correctly rounded value everywhere. Measured (ExpDoubleTest)
 * against a 40-digit reference on 8,000 points over [-746, 710], concentrated where the
 * reduction is hardest: at most 0.542 ULP from the exact value for normal results (the correctly
 * rounded value, or next to a rounding tie its neighbour; 104 of the 8,000 were the neighbour)
 * and 0.672 ULP for subnormal results (e<sup>r</sup> is rounded to 53 bits before the scale
 * rounds it again to fewer). On 16 million random arguments it never differs from
 * {@link StrictMath#exp} by more than 1 ULP.
 *
 * <pre>{@code
 * double y = ExpDouble.exp(1.0);   // 2.718281828459045 (Math.E)
 * }</pre>
 */
final class ExpDouble {

    /** Below this exp(x) is 0 in float64 (and above {@link #MAX} +Inf); clamping keeps n small. */
    static final double MIN = -746.0;
    /** See {@link #MIN}. */
    static final double MAX = 710.0;
    static final double LOG2E = 1.4426950408889634;
    /** ln2 rounded down to 37 significant bits: n * LN2_HI is exact for |n| &lt; 2^16. */
    static final double LN2_HI = 0x1.62e42fefap-1;
    /** ln2 - LN2_HI, rounded to double. */
    static final double LN2_LO = 0x1.cf79abc9e3b3ap-40;
    /** 1.5 * 2^52: fma(x, LOG2E, SHIFTER) rounds x / ln2 to an integer held in the low mantissa bits. */
    static final double SHIFTER = 0x1.8p52;
    static final double C2 = 0.5;
    /**
     * q(r) = Q0 + Q1 r + ... + Q9 r<sup>9</sup> approximates (e<sup>r</sup> - 1 - r - r<sup>2</sup>/2) / r<sup>3</sup>
     * on [-ln2/2, ln2/2]: mpmath's {@code chebyfit} (Chebyshev interpolation, 10 nodes), rounded to
     * double; r<sup>3</sup> q(r) is then within 1e-18 of the exact term, relative to e<sup>r</sup>.
     * Close to the Taylor coefficients 1/3!, 1/4!, ..., 1/12!, with two terms fewer for the same accuracy.
     */
    static final double Q0 = 0x1.5555555555556p-3;
    static final double Q1 = 0x1.5555555555555p-5;
    static final double Q2 = 0x1.11111111109b5p-7;
    static final double Q3 = 0x1.6c16c16c167e2p-10;
    static final double Q4 = 0x1.a01a01a7c2efep-13;
    static final double Q5 = 0x1.a01a01a47a591p-16;
    static final double Q6 = 0x1.71de0db2f6a8fp-19;
    static final double Q7 = 0x1.27e4e1f72227cp-22;
    static final double Q8 = 0x1.af389ecfd94c2p-26;
    static final double Q9 = 0x1.1f66d948b03ddp-29;

    private ExpDouble() {
    }

    /**
     * e<sup>x</sup> within 1 ULP of the correctly rounded value (see the class comment).
     *
     * @param x any double
     * @return e<sup>x</sup>; NaN for NaN, +0 for -Inf and x &lt; -745.14, +Inf for +Inf and x &gt; 709.79
     */
    static double exp(double x) {
        // VectorSimd.expLanes repeats every line below on vector lanes: change both together.
        double xc = Math.min(Math.max(x, MIN), MAX);
        double shifted = Math.fma(xc, LOG2E, SHIFTER);
        double n = shifted - SHIFTER;
        double rhi = Math.fma(n, -LN2_HI, xc);
        double r = Math.fma(n, -LN2_LO, rhi);
        double c = Math.fma(n, -LN2_LO, rhi - r);
        double r2 = r * r;
        double r2Err = Math.fma(r, r, -r2);
        // q(r) in pairs (Estrin) to shorten the dependency chain.
        double q = Math.fma(r, Q9, Q8);
        q = Math.fma(q, r2, Math.fma(r, Q7, Q6));
        q = Math.fma(q, r2, Math.fma(r, Q5, Q4));
        q = Math.fma(q, r2, Math.fma(r, Q3, Q2));
        q = Math.fma(q, r2, Math.fma(r, Q1, Q0));
        double s = 1.0 + r;
        double sErr = (1.0 - s) + r;
        // The small terms first; r^2/2 (exact in the fma) is added with one rounding.
        double low = Math.fma(r2Err, C2, Math.fma(c, r, c) + sErr);
        double tail = Math.fma(r2, C2, Math.fma(r2 * r, q, low));
        double y = s + tail;
        // shifted's bits are B + n, B the bits of 1.5 * 2^52 (low 51 bits zero): bits >> 1 is
        // B/2 + floor(n/2) and bits - (bits >> 1) is B/2 + n - floor(n/2); shifted left by 52,
        // only the low 12 bits survive, the biased exponents of the two powers of two.
        long bits = Double.doubleToRawLongBits(shifted);
        long half = bits >> 1;
        return y * Double.longBitsToDouble((half + 1023) << 52) * Double.longBitsToDouble((bits - half + 1023) << 52);
    }
}
