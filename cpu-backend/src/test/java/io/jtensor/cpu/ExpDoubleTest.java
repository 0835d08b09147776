package io.jtensor.cpu;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link ExpDouble} against a 40-digit BigDecimal reference (errors in ULPs of the exact value)
 * and against {@link StrictMath#exp} on a large random sweep.
 */
class ExpDoubleTest {

    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final MathContext WIDE = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2 = ln2();
    private static final double LN2_DOUBLE = Math.log(2);

    /** ln 2 = 2 atanh(1/3) = 2 Σ 1/((2k+1) 3^(2k+1)), to 60 digits. */
    private static BigDecimal ln2() {
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), WIDE);
        BigDecimal ninth = third.multiply(third, WIDE);
        BigDecimal power = third;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < 70; k++) {
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * k + 1), WIDE), WIDE);
            power = power.multiply(ninth, WIDE);
        }
        return sum.multiply(BigDecimal.TWO, WIDE);
    }

    /**
     * e^x to about 40 significant digits: x = n ln2 + r with |r| &lt;= 0.35 in 60-digit
     * arithmetic, e^r by its Taylor series, then scaled by the exact power of two.
     */
    static BigDecimal reference(double x) {
        BigDecimal bx = new BigDecimal(x);
        long n = Math.round(x / LN2_DOUBLE);
        BigDecimal r = bx.subtract(LN2.multiply(BigDecimal.valueOf(n), WIDE), WIDE);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k < 60 && term.signum() != 0; k++) {
            term = term.multiply(r, WIDE).divide(BigDecimal.valueOf(k), WIDE);
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(BigDecimal.ONE.movePointLeft(55)) < 0) {
                break;
            }
        }
        BigDecimal scale = n >= 0 ? new BigDecimal(java.math.BigInteger.TWO.pow((int) n))
                : BigDecimal.ONE.divide(new BigDecimal(java.math.BigInteger.TWO.pow((int) -n)));
        return sum.multiply(scale, MC);
    }

    /**
     * |y - e^x| in ULPs of the exact value (the spacing of doubles at the correctly rounded
     * result; {@link Double#MIN_VALUE} in the subnormal range).
     */
    static double ulpError(double y, BigDecimal exact) {
        double rounded = exact.doubleValue();
        if (Double.isInfinite(rounded)) {
            return y == rounded ? 0 : Double.POSITIVE_INFINITY;
        }
        // The ULP below a power of two is the smaller one: use the exact value's binade.
        double ulp = Math.ulp(rounded);
        if (rounded == Math.scalb(1.0, Math.getExponent(rounded)) && exact.compareTo(new BigDecimal(rounded)) < 0
                && rounded > Double.MIN_NORMAL) {
            ulp /= 2;
        }
        return new BigDecimal(y).subtract(exact).abs().divide(new BigDecimal(ulp), MC).doubleValue();
    }

    private static List<Double> referencePoints() {
        Random rnd = new Random(5);
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {                       // the whole range
            xs.add(-746 + 1456 * rnd.nextDouble());
        }
        for (int i = 0; i < 500; i++) {                        // next to overflow
            xs.add(709.78271289338397 - 0.5 * rnd.nextDouble());
        }
        for (int i = 0; i < 1000; i++) {                       // subnormal results
            xs.add(-745.1332191019411 + (745.1332191019411 - 708.3964185322641) * rnd.nextDouble());
        }
        for (int i = 0; i < 500; i++) {                        // tiny |x|, both signs
            double t = Math.pow(10, -300 + 295 * rnd.nextDouble());
            xs.add(rnd.nextBoolean() ? t : -t);
        }
        for (int i = 0; i < 1000; i++) {                       // |r| at its largest: x near (k + 1/2) ln2
            double x = (rnd.nextInt(2099) - 1075 + 0.5) * LN2_DOUBLE;
            x += (rnd.nextInt(2001) - 1000) * Math.ulp(x);
            if (x > -746 && x < 709.78) {
                xs.add(x);
            }
        }
        for (int i = 0; i < 1000; i++) {                       // |r| at its smallest: x near k ln2
            double x = (rnd.nextInt(2099) - 1075) * LN2_DOUBLE;
            x += (rnd.nextInt(21) - 10) * Math.ulp(x);
            if (x > -746 && x < 709.78) {
                xs.add(x);
            }
        }
        for (int i = 0; i < 1000; i++) {                       // moderate arguments, as softmax sees them
            xs.add(-20 + 40 * rnd.nextDouble());
        }
        return xs;
    }

    @Test
    void withinOneUlpOfTheExactValue() {
        double maxNormal = 0;
        double maxSubnormal = 0;
        double worstNormal = Double.NaN;
        double worstSubnormal = Double.NaN;
        int notCorrectlyRounded = 0;
        List<Double> xs = referencePoints();
        for (double x : xs) {
            BigDecimal exact = reference(x);
            double y = ExpDouble.exp(x);
            if (y != exact.doubleValue()) {
                notCorrectlyRounded++;
            }
            double err = ulpError(y, exact);
            if (exact.doubleValue() >= Double.MIN_NORMAL) {
                if (err > maxNormal) {
                    maxNormal = err;
                    worstNormal = x;
                }
            } else if (err > maxSubnormal) {
                maxSubnormal = err;
                worstSubnormal = x;
            }
            // Less than 1 ULP from the exact value, so at most 1 ULP from the correctly rounded one.
            assertTrue(err < 1, "exp(" + x + ") = " + y + ", exact " + exact + ": " + err + " ULP");
        }
        System.out.printf("ExpDouble vs 40-digit reference, %d points: max %.4f ULP (normal results, at x = %s),"
                + " %.4f ULP (subnormal results, at x = %s); %d not correctly rounded%n", xs.size(), maxNormal,
                worstNormal, maxSubnormal, worstSubnormal, notCorrectlyRounded);
        // Everything but the final rounding contributes little: a bound that a coarser polynomial
        // or a lost reduction term would break.
        assertTrue(maxNormal < 0.55, "max error " + maxNormal + " ULP at x = " + worstNormal);
    }

    @Test
    void randomSweepAgainstStrictMath() {
        Random rnd = new Random(55);
        int n = 16_000_000;
        double max = 0;
        double worst = Double.NaN;
        long differing = 0;
        for (int i = 0; i < n; i++) {
            double x = switch (i & 3) {
                case 0 -> -745.2 + 1455 * rnd.nextDouble();
                case 1 -> -1 + 2 * rnd.nextDouble();
                case 2 -> -30 + 60 * rnd.nextDouble();
                default -> Double.longBitsToDouble(rnd.nextLong()) % 746;
            };
            double y = ExpDouble.exp(x);
            double z = StrictMath.exp(x);
            if (y != z) {
                differing++;
                double d = Math.abs(y - z) / Math.ulp(z);
                if (d > max) {
                    max = d;
                    worst = x;
                }
            }
        }
        System.out.printf("ExpDouble vs StrictMath.exp, %d random arguments: %d differ, max %.3f ULP (x = %s)%n",
                n, differing, max, worst);
        assertTrue(max <= 1, "max " + max + " ULP at x = " + worst);
    }

    @Test
    void specialValuesAndRangeLimits() {
        assertTrue(Double.isNaN(ExpDouble.exp(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, ExpDouble.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, ExpDouble.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(ExpDouble.exp(-1e300)));
        assertEquals(1.0, ExpDouble.exp(0.0));
        assertEquals(1.0, ExpDouble.exp(-0.0));
        assertEquals(1.0, ExpDouble.exp(Double.MIN_VALUE));
        assertEquals(1.0, ExpDouble.exp(-Double.MIN_VALUE));
        assertEquals(Math.E, ExpDouble.exp(1.0));
        assertEquals(Double.POSITIVE_INFINITY, ExpDouble.exp(Double.MAX_VALUE));
        assertEquals(0.0, ExpDouble.exp(-Double.MAX_VALUE));
        // Largest finite result and the first overflow.
        double xMax = 709.782712893384;
        assertEquals(StrictMath.exp(xMax), ExpDouble.exp(xMax));
        assertTrue(ExpDouble.exp(xMax) < Double.POSITIVE_INFINITY);
        assertEquals(Double.POSITIVE_INFINITY, ExpDouble.exp(Math.nextUp(xMax)));
        assertEquals(Double.POSITIVE_INFINITY, ExpDouble.exp(710.0));
        // Smallest subnormal result and the first zero.
        double xMin = -745.1332191019411;
        assertEquals(Double.MIN_VALUE, ExpDouble.exp(xMin));
        assertEquals(0.0, ExpDouble.exp(-745.1332191019412));
        assertEquals(0.0, ExpDouble.exp(-746.0));
        // The normal/subnormal boundary: exp(-1022 ln2) is just above MIN_NORMAL.
        double boundary = -1022 * LN2_DOUBLE;
        assertTrue(ulpError(ExpDouble.exp(boundary), reference(boundary)) < 1);
        for (int k = -1074; k <= 1023; k++) {
            double x = k * LN2_DOUBLE;
            assertTrue(ulpError(ExpDouble.exp(x), reference(x)) < 1, "exp(" + k + " ln2)");
        }
    }
}
