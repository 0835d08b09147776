package io.jtensor.cpu;

/**
 * FLOAT32 exp, computed in float arithmetic: the scalar twin of the Vector API's float-lane kernel
 * (same operations in the same order, {@link Math#fma} where the lanes fuse), so every path (vector,
 * scalar, buffered, tiled) gives the same bits for the same input.
 *
 * <p>For |x| &lt;= {@value #LIMIT}: x = n ln2 + r with n = rint(x / ln2); ln2's high part has 15
 * significant bits, so x - n ln2_hi is exact and r carries one rounding. e^r = 1 + r + r^2 P(r),
 * P the degree-5 Taylor polynomial of (e^r - 1 - r) / r^2 (truncation below 5.3e-9 relative for
 * |r| &lt;= ln2/2); 1 + r is split into its rounded sum and the exact rounding error, so the only
 * rounding of the result's size is the last addition; 2^n is exact. Elsewhere (NaN, results that
 * overflow, are subnormal or zero) it is the float64 {@link Math#exp} rounded once. Measured over
 * every float in [-104, 89]: at most 0.833 ULP from the exact value, so within 1 ULP of the
 * correctly rounded float.
 */
final class FloatExp {

    /** Largest |x| of the float path: e^-87 = 1.6e-38 is still a normal float, e^87 &lt; Float.MAX_VALUE. */
    static final float LIMIT = 87.0f;
    static final float LOG2E = 1.44269504f;
    static final float LN2_HI = 0.693145751953125f;
    static final float LN2_LO = 1.42860677e-6f;
    /** 1.5 * 2^23: adding it rounds to an integer that then sits in the low mantissa bits. */
    static final float SHIFTER = 12582912.0f;
    static final float C2 = 1.0f / 2;
    static final float C3 = 1.0f / 6;
    static final float C4 = 1.0f / 24;
    static final float C5 = 1.0f / 120;
    static final float C6 = 1.0f / 720;
    static final float C7 = 1.0f / 5040;

    private FloatExp() {
    }

    /** e^x rounded to float (see the class description for the accuracy). */
    static float exp(float x) {
        return Math.abs(x) <= LIMIT ? inRange(x, 0.0f) : (float) Math.exp(x);
    }

    /**
     * e^(x - shift), the difference carried exactly as its rounded value plus its rounding error
     * (Knuth's two-sum); the float64 {@link Math#exp} of the double difference when the rounded
     * difference is outside [-87, 87] or NaN.
     */
    static float expShifted(float x, float shift) {
        float hi = x - shift;
        if (!(Math.abs(hi) <= LIMIT)) {
            return (float) Math.exp((double) x - shift);
        }
        float z = hi - x;
        float lo = (x - (hi - z)) + (-shift - z);
        return inRange(hi, lo);
    }

    /** e^(x + lo) for |x| &lt;= 87 and a correction |lo| &lt;= ulp(x) / 2. */
    static float inRange(float x, float lo) {
        float shifted = Math.fma(x, LOG2E, SHIFTER);
        float n = shifted - SHIFTER;
        float r = Math.fma(n, -LN2_HI, x) + Math.fma(n, -LN2_LO, lo);
        float p = Math.fma(r, C7, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        float onePlusR = r + 1.0f;
        float lost = (1.0f - onePlusR) + r;
        float y = onePlusR + Math.fma(r * r, p, lost);
        float scale = Float.intBitsToFloat((Float.floatToRawIntBits(shifted) + 127) << 23);
        return y * scale;
    }
}
