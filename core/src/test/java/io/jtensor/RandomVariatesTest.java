package io.jtensor;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The normal ziggurat of {@link RandomVariates#normal} on many samples, where the conformance
 * suite's 20 000-sample tests cannot see a small error: 4M samples in 128 equiprobable bins, the
 * tail beyond the ziggurat's R and beyond 4.5, and the symmetry of the signs.
 */
class RandomVariatesTest {

    private static final int SAMPLES = 4_000_000;

    /** scipy.stats.norm.ppf(np.arange(1, 128) / 128): the 127 edges of 128 equiprobable bins. */
    private static final double[] EDGES = {
            -2.4175590162365053, -2.1538746940614564, -1.987427885929896, -1.8627318674216515,
            -1.7616704103630672, -1.6759397227734438, -1.6010086648860757, -1.5341205443525463,
            -1.4734675779471014, -1.417797137996267, -1.3662038163720982, -1.318010897303537,
            -1.2726986411905359, -1.229858759216589, -1.189164350199337, -1.1503493803760079,
            -1.1131942771609284, -1.0775155670402803, -1.0431582633184535, -1.009990169249582,
            -0.9778975439405418, -0.9467817563010457, -0.9165566675331127, -0.887146559018876,
            -0.8584844741418323, -0.8305108782053993, -0.8031725655979178, -0.7764217611479277,
            -0.7502153754679406, -0.7245143834923654, -0.6992833023832199, -0.6744897501960817,
            -0.6501040706479952, -0.6260990123464212, -0.6024494531644237, -0.579132162255556,
            -0.5561255936186914, -0.5334097062412806, -0.5109658067382474, -0.4887764111146695,
            -0.46682512285258965, -0.4450965249855164, -0.4235760842011997, -0.40225006532172536,
            -0.3811054547635565, -0.36012989178956945, -0.3393116065388172, -0.31863936396437514,
            -0.29810241293048684, -0.27769043982157676, -0.2573935261009383, -0.23720210932878769,
            -0.21710694721012977, -0.1970990842943123, -0.17716982099173983, -0.1573106846101707,
            -0.1375134021443359, -0.1177698745790953, -0.09807215248866107, -0.0784124127331122,
            -0.05878293606894307, -0.039176085503097625, -0.01958428523012692, 0.0,
            0.01958428523012692, 0.039176085503097625, 0.05878293606894307, 0.0784124127331122,
            0.09807215248866107, 0.1177698745790953, 0.1375134021443359, 0.1573106846101707,
            0.17716982099173983, 0.1970990842943123, 0.21710694721012977, 0.23720210932878769,
            0.2573935261009383, 0.27769043982157676, 0.29810241293048684, 0.31863936396437514,
            0.3393116065388172, 0.36012989178956945, 0.3811054547635565, 0.40225006532172536,
            0.4235760842011997, 0.4450965249855164, 0.46682512285258965, 0.4887764111146695,
            0.5109658067382474, 0.5334097062412806, 0.5561255936186914, 0.579132162255556,
            0.6024494531644237, 0.6260990123464212, 0.6501040706479952, 0.6744897501960817,
            0.6992833023832199, 0.7245143834923654, 0.7502153754679406, 0.7764217611479277,
            0.8031725655979178, 0.8305108782053993, 0.8584844741418323, 0.887146559018876,
            0.9165566675331127, 0.9467817563010457, 0.9778975439405418, 1.009990169249582,
            1.0431582633184535, 1.0775155670402803, 1.1131942771609284, 1.1503493803760079,
            1.189164350199337, 1.229858759216589, 1.2726986411905359, 1.318010897303537,
            1.3662038163720982, 1.417797137996267, 1.4734675779471014, 1.5341205443525463,
            1.6010086648860757, 1.6759397227734438, 1.7616704103630672, 1.8627318674216515,
            1.987427885929896, 2.1538746940614564, 2.4175590162365053
    };

    /** scipy.stats.chi2.isf(1e-6, 127). */
    private static final double CHI2_CRITICAL = 217.61027367870693;

    @Test
    void normalSamplesFillEquiprobableBinsAndTheTails() {
        SplittableRandom stream = new SplittableRandom(20261202);
        long[] counts = new long[EDGES.length + 1];
        long beyondR = 0;
        long belowMinusR = 0;
        double tailSum = 0;
        long beyond45 = 0;
        long negative = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = RandomVariates.normal(BitSource.of(stream));
            int bin = Arrays.binarySearch(EDGES, x);
            counts[bin >= 0 ? bin + 1 : -bin - 1]++;
            double a = Math.abs(x);
            if (a > 3.6541528853610088) {
                beyondR++;
                belowMinusR += x < 0 ? 1 : 0;
                tailSum += a;
            }
            beyond45 += a > 4.5 ? 1 : 0;
            negative += x < 0 ? 1 : 0;
        }
        double expected = SAMPLES / (double) counts.length;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        double statistic = chi2;
        assertTrue(statistic < CHI2_CRITICAL, () -> "chi-square " + statistic + " over 128 equiprobable bins");
        // 2·(1 - Φ(R)) = 2.5803e-4, 1 - Φ(R) and 2·(1 - Φ(4.5)) = 6.7953e-6 (scipy), within 5 standard deviations
        assertCount("|x| > R", beyondR, 2.5803248765390077e-4);
        assertCount("x < -R", belowMinusR, 1.2901624382695038e-4);
        assertCount("|x| > 4.5", beyond45, 6.795346249460107e-6);
        // the tail's shape: E[|x| | |x| > R] = 3.897039071648475, sd 0.23122076479860937 (scipy truncnorm)
        double tailMean = tailSum / beyondR;
        double tailError = 0.23122076479860937 / Math.sqrt(beyondR);
        assertTrue(Math.abs(tailMean - 3.897039071648475) <= 5 * tailError, () -> "mean of |x| beyond R " + tailMean
                + ", expected 3.897039071648475 ± 5·" + tailError);
        assertCount("x < 0", negative, 0.5);
    }

    @Test
    void normalTailIsTheTruncatedNormal() {
        // scipy.stats.truncnorm(R, inf): mean 3.897039071648475, sd 0.23122076479860937; P(x > 4) given x > R
        // norm.sf(4) / norm.sf(R) = 0.24548259113480728
        SplittableRandom stream = new SplittableRandom(7);
        int n = 400_000;
        double sum = 0;
        long above4 = 0;
        for (int i = 0; i < n; i++) {
            double x = Ziggurat.normalTail(BitSource.of(stream));
            assertTrue(x > 3.6541528853610088, () -> "tail sample " + x + " not beyond R");
            sum += x;
            above4 += x > 4 ? 1 : 0;
        }
        double mean = sum / n;
        double error = 0.23122076479860937 / Math.sqrt(n);
        assertTrue(Math.abs(mean - 3.897039071648475) <= 5 * error, () -> "tail mean " + mean
                + ", expected 3.897039071648475 ± 5·" + error);
        double p = 0.24548259113480728;
        double sd = Math.sqrt(n * p * (1 - p));
        long count = above4;
        assertTrue(Math.abs(count - n * p) <= 5 * sd, () -> "tail beyond 4: " + count + ", expected " + n * p);
    }

    private static void assertCount(String what, long count, double probability) {
        double mean = SAMPLES * probability;
        double sd = Math.sqrt(SAMPLES * probability * (1 - probability));
        assertTrue(Math.abs(count - mean) <= 5 * sd, () -> what + ": " + count + " of " + SAMPLES + ", expected "
                + mean + " ± 5·" + sd);
    }
}
