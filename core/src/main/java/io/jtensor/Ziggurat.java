package io.jtensor;

/**
 * Standard normal and exponential variates by NumPy's Generator's 256-layer ziggurats
 * ({@code random_standard_normal}, {@code random_standard_exponential} and their float32 forms),
 * draw for draw: on NumPy's stream ({@link Pcg64}) they give NumPy's values bit for bit, apart from
 * the rare samples that take a wedge test or the tail, where Java's {@code exp}/{@code log1p} may
 * round differently from C's. Tables: {@link ZigguratTables}.
 */
final class Ziggurat {

    private static final double NORMAL_INVERSE_R = 1 / ZigguratTables.NORMAL_R;
    private static final float NORMAL_R_FLOAT = (float) ZigguratTables.NORMAL_R;
    private static final float NORMAL_INVERSE_R_FLOAT = (float) NORMAL_INVERSE_R;
    private static final float EXPONENTIAL_R_FLOAT = (float) ZigguratTables.EXPONENTIAL_R;

    private Ziggurat() {
    }

    /**
     * A standard normal float64 from one 64-bit draw about 99 % of the time: 8 bits pick the layer,
     * one the sign, 52 the abscissa; the wedge takes one more uniform and an exp, the tail
     * (|x| &gt; 3.654) Marsaglia's method on two uniforms per try, the sign from bit 8 of the abscissa.
     */
    static double normal(BitSource stream) {
        while (true) {
            long bits = stream.nextLong();
            int layer = (int) (bits & 0xff);
            bits >>>= 8;
            long abscissa = (bits >>> 1) & 0x000f_ffff_ffff_ffffL;
            double x = abscissa * ZigguratTables.NORMAL_W[layer];
            if ((bits & 1) != 0) {
                x = -x;
            }
            if (abscissa < ZigguratTables.NORMAL_K[layer]) {
                return x;
            }
            if (layer == 0) {
                double tail = normalTail(stream);
                return ((abscissa >>> 8) & 1) != 0 ? -tail : tail;
            }
            double[] f = ZigguratTables.NORMAL_F;
            if ((f[layer - 1] - f[layer]) * stream.nextDouble() + f[layer] < Math.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    /**
     * A standard normal variate conditioned on x &gt; R = 3.654..., by Marsaglia's tail method (1964):
     * R + e1/R for exponential e1 = -log(1 - u1), accepted when 2·e2 &gt; (e1/R)² for e2 = -log(1 - u2).
     */
    static double normalTail(BitSource stream) {
        while (true) {
            double xx = -NORMAL_INVERSE_R * Math.log1p(-stream.nextDouble());
            double yy = -Math.log1p(-stream.nextDouble());
            if (yy + yy > xx * xx) {
                return ZigguratTables.NORMAL_R + xx;
            }
        }
    }

    /**
     * A standard normal float32 from one 32-bit draw about 99 % of the time (8 bits layer, 1 sign,
     * 23 abscissa), NumPy's {@code random_standard_normal_f}: float arithmetic, the wedge's density
     * in double as C's {@code exp} computes it.
     */
    static float normalFloat(BitSource stream) {
        while (true) {
            int bits = stream.nextInt();
            int layer = bits & 0xff;
            int sign = (bits >>> 8) & 1;
            int abscissa = (bits >>> 9) & 0x007f_ffff;
            float x = abscissa * ZigguratTables.NORMAL_W_FLOAT[layer];
            if (sign != 0) {
                x = -x;
            }
            if (abscissa < ZigguratTables.NORMAL_K_FLOAT[layer]) {
                return x;
            }
            if (layer == 0) {
                while (true) {
                    float xx = -NORMAL_INVERSE_R_FLOAT * log1pFloat(-stream.nextFloat());
                    float yy = -log1pFloat(-stream.nextFloat());
                    if (yy + yy > xx * xx) {
                        return ((abscissa >>> 8) & 1) != 0 ? -(NORMAL_R_FLOAT + xx) : NORMAL_R_FLOAT + xx;
                    }
                }
            }
            float[] f = ZigguratTables.NORMAL_F_FLOAT;
            if ((f[layer - 1] - f[layer]) * stream.nextFloat() + f[layer] < Math.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    /**
     * A standard exponential float64 from one 64-bit draw about 99 % of the time: the low 3 bits
     * unused, 8 bits layer, 53 abscissa; the wedge takes a uniform and an exp (a rejection restarts
     * with a fresh draw), the tail R - log(1 - u) (memorylessness).
     */
    static double exponential(BitSource stream) {
        while (true) {
            long bits = stream.nextLong() >>> 3;
            int layer = (int) (bits & 0xff);
            bits >>>= 8;
            double x = bits * ZigguratTables.EXPONENTIAL_W[layer];
            if (bits < ZigguratTables.EXPONENTIAL_K[layer]) {
                return x;
            }
            if (layer == 0) {
                return ZigguratTables.EXPONENTIAL_R - Math.log1p(-stream.nextDouble());
            }
            double[] f = ZigguratTables.EXPONENTIAL_F;
            if ((f[layer - 1] - f[layer]) * stream.nextDouble() + f[layer] < Math.exp(-x)) {
                return x;
            }
        }
    }

    /** A standard exponential float32 (NumPy's {@code random_standard_exponential_f}): 1 bit unused, 8 layer, 23 abscissa. */
    static float exponentialFloat(BitSource stream) {
        while (true) {
            int bits = stream.nextInt() >>> 1;
            int layer = bits & 0xff;
            bits >>>= 8;
            float x = bits * ZigguratTables.EXPONENTIAL_W_FLOAT[layer];
            if (bits < ZigguratTables.EXPONENTIAL_K_FLOAT[layer]) {
                return x;
            }
            if (layer == 0) {
                return EXPONENTIAL_R_FLOAT - log1pFloat(-stream.nextFloat());
            }
            float[] f = ZigguratTables.EXPONENTIAL_F_FLOAT;
            if ((f[layer - 1] - f[layer]) * stream.nextFloat() + f[layer] < Math.exp(-x)) {
                return x;
            }
        }
    }

    /** C's {@code log1pf}, as the double result rounded to float (glibc's is within an ulp of that). */
    private static float log1pFloat(float x) {
        return (float) Math.log1p(x);
    }
}
