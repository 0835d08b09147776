package io.jtensor.conformance;

import io.jtensor.DType;

/** Distances in units in the last place, in float16, float32 or float64. */
final class Ulp {

    private Ulp() {
    }

    /**
     * How many representable values of {@code type} lie between a and b (0 when equal; +0.0 and
     * -0.0 are the same point; the largest finite value and infinity are 1 apart). NaN gives
     * {@code Long.MAX_VALUE}.
     */
    static long distance(double a, double b, DType type) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Long.MAX_VALUE;
        }
        if (type == DType.FLOAT32) {
            return Math.abs(ordered((float) a) - ordered((float) b));
        }
        if (type == DType.FLOAT16) {
            return Math.abs(ordered(Float.floatToFloat16((float) a)) - ordered(Float.floatToFloat16((float) b)));
        }
        long oa = ordered(a);
        long ob = ordered(b);
        long d = oa - ob;
        if (((oa ^ ob) & (oa ^ d)) < 0) {
            return Long.MAX_VALUE;
        }
        return Math.abs(d);
    }

    private static long ordered(short h) {
        int bits = h & 0xffff;
        return bits < 0x8000 ? bits : -(long) (bits & 0x7fff);
    }

    private static long ordered(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits >= 0 ? bits : -(long) (bits & 0x7fffffff);
    }

    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits >= 0 ? bits : -(bits & 0x7fffffffffffffffL);
    }
}
