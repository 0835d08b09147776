package io.jtensor.conformance;

import io.jtensor.DType;

/**
 * How far a floating-point result may be from its reference value.
 *
 * <p>A value passes when it is within {@code ulps} units in the last place of the expected value
 * (in the result's own type: float32 ULPs for float32, float16 ULPs for float16), or when the absolute difference is at most
 * {@code epsScale * eps(type) * scale}, where {@code scale} is an error scale the reference data
 * supplies per case (for a sum, the sum of |x|: any summation order is within a small multiple of
 * eps times that), or at most {@code absoluteEps * eps(type)} whatever the case (an op whose
 * absolute error is bounded where its relative error is not, as log-add-exp's near a zero result).
 * NaN must be NaN, infinities must be equal, and when {@code signedZeros} is set a
 * zero result must carry the sign of the expected zero (element-wise ops; NumPy's own reductions
 * do not define the sign of a zero sum, so reduction tolerances clear it).
 *
 * <p>Integer and bool results are always compared exactly, whatever the tolerance.
 *
 * @param ulps        allowed distance in ULPs of the result type
 * @param epsScale    allowed absolute error in units of {@code eps(type) * scale}
 * @param signedZeros whether +0.0 and -0.0 are told apart
 * @param absoluteEps allowed absolute error in units of {@code eps(type)}, whatever the scale
 */
public record Tolerance(long ulps, double epsScale, boolean signedZeros, double absoluteEps) {

    /** Bit-for-bit equality (NaN payloads aside), signed zeros included. */
    public static final Tolerance EXACT = new Tolerance(0, 0, true);

    /** A tolerance without an absolute term. */
    public Tolerance(long ulps, double epsScale, boolean signedZeros) {
        this(ulps, epsScale, signedZeros, 0);
    }

    /** Within {@code n} ULPs, no scale term, signed zeros told apart. */
    public static Tolerance ulps(long n) {
        return new Tolerance(n, 0, true);
    }

    /** Within {@code n} ULPs, or {@code epsScale * eps * scale} absolutely; the sign of zero is not checked. */
    public static Tolerance of(long n, double epsScale) {
        return new Tolerance(n, epsScale, false);
    }

    /** Within {@code n} ULPs, or {@code absoluteEps * eps} absolutely; signed zeros told apart. */
    public static Tolerance ulpsOrAbsolute(long n, double absoluteEps) {
        return new Tolerance(n, 0, true, absoluteEps);
    }

    /** This tolerance with at least {@code n} ULPs (a device's documented bound looser than the CPU's). */
    public Tolerance atLeastUlps(long n) {
        return n <= ulps ? this : new Tolerance(n, epsScale, signedZeros, absoluteEps);
    }

    /** This tolerance with an absolute term of at least {@code n * eps} (a device's looser bound). */
    public Tolerance atLeastAbsolute(double n) {
        return n <= absoluteEps ? this : new Tolerance(ulps, epsScale, signedZeros, n);
    }

    /**
     * This float32 tolerance carried over to a float16 result computed in float32 and rounded once
     * (NumPy's half loops): exact stays exact (float32 has more than twice float16's precision, so
     * a correctly rounded float32 result rounds again to the correctly rounded float16); anything
     * looser becomes 1 float16 ULP (an error of a few float32 ULPs can only flip that last rounding),
     * with an absolute term of 1 float16 eps where this one has any.
     */
    public Tolerance forFloat16() {
        if (ulps == 0 && epsScale == 0 && absoluteEps == 0) {
            return this;
        }
        return new Tolerance(1, 0, signedZeros, absoluteEps > 0 ? 1 : 0);
    }

    /** This tolerance without the signed-zero check. */
    public Tolerance ignoringZeroSign() {
        return new Tolerance(ulps, epsScale, false, absoluteEps);
    }

    /** Machine epsilon of a floating-point type (2^-52, 2^-23 or 2^-10). */
    public static double eps(DType type) {
        return switch (type) {
            case FLOAT16 -> 0x1p-10;
            case FLOAT32 -> Math.ulp(1.0f);
            default -> Math.ulp(1.0);
        };
    }

    /**
     * Whether {@code actual} is acceptable for {@code expected} in a result of type {@code type}.
     *
     * @param scale the case's error scale (0 when none)
     */
    public boolean accepts(double expected, double actual, DType type, double scale) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        if (Double.isNaN(actual)) {
            return false;
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            if (expected == actual) {
                return true;
            }
            // a result that overflows to infinity when the reference is the largest finite value
            // (or the reverse) is one ULP away
            return ulps > 0 && Ulp.distance(expected, actual, type) <= ulps;
        }
        if (expected == 0 && actual == 0) {
            return !signedZeros || Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
        }
        if (Ulp.distance(expected, actual, type) <= ulps) {
            return true;
        }
        double error = Math.abs(actual - expected);
        return (epsScale > 0 && error <= epsScale * eps(type) * scale)
                || (absoluteEps > 0 && error <= absoluteEps * eps(type));
    }

    @Override
    public String toString() {
        return (ulps == 0 && epsScale == 0 && absoluteEps == 0 ? "exact" : ulps + " ULP"
                + (epsScale > 0 ? " or " + epsScale + " eps*scale" : "")
                + (absoluteEps > 0 ? " or " + absoluteEps + " eps" : ""))
                + (signedZeros ? "" : ", either zero");
    }
}
