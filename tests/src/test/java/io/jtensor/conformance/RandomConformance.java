package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorRandom;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TensorRandom}, NumPy's {@code Generator} methods. The samples are drawn on the host, so a
 * backend must give exactly the values the CPU backend gives for the same seed and calls, and hold
 * them in its own memory. The distributions are checked against {@code random_dists.csv}
 * (scipy.stats quantiles, bin masses and moments, written by
 * {@code tests/reference/generate.py random_dists}): 20 000 samples per row, a Kolmogorov–Smirnov
 * statistic at 199 quantiles and a chi-square over 200 equiprobable bins for continuous
 * distributions, a chi-square over bins of at least 20 expected samples for discrete ones, and the
 * mean (and, unless the distribution is heavy-tailed, the variance) within 6 standard errors. Every
 * seed is fixed, so the suite is deterministic; the critical values are those at alpha 1e-6, so a
 * correct generator fails a row for about one seed in a million, while any of the plausible
 * mistakes tried (an off-by-one range, a sign error, a missing boost, swapped p and 1 - p, ...) fails
 * by orders of magnitude.
 */
public abstract class RandomConformance extends ConformanceCase {

    /** Standard errors a sample mean or variance may be off by. */
    private static final double STANDARD_ERRORS = 6;

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    // ---- distributions against scipy.stats ------------------------------------------------------

    static Stream<Arguments> distributions() {
        return ReferenceData.table("random_dists.csv").rows().stream()
                .map(r -> Arguments.of(r.get("dist") + "(" + r.get("params") + ")", r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void distribution(String name, Row row) {
        List<Executable> checks = new ArrayList<>();
        for (DType dtype : dtypesOf(row.get("dist"))) {
            checks.add(() -> checkDistribution(row, dtype, Np.random(1000L + row.line()), "jtensor's stream"));
            if (backend().name().equals("cpu")) {
                // the samplers run on the host whatever the backend (sameSeedGivesTheCpuBackendsValuesOnNumpysStream
                // holds every backend to the CPU's values), so NumPy's stream is checked once, here
                checks.add(() -> checkDistribution(row, dtype, Np.defaultRng(1000L + row.line()), "NumPy's stream"));
            }
        }
        assertAll(checks);
    }

    /** The dtypes a method offers: the dtype overloads of NumPy's random, standard_* and uniform/normal. */
    private static List<DType> dtypesOf(String dist) {
        return switch (dist) {
            case "random", "uniform", "normal", "standard_normal", "standard_exponential", "standard_gamma" ->
                    List.of(FLOAT64, FLOAT32);
            default -> List.of(FLOAT64);
        };
    }

    private void checkDistribution(Row row, DType dtype, TensorRandom rng, String stream) {
        String what = row.where() + " " + row.get("dist") + "(" + row.get("params") + ") " + dtype.numpyName() + " on "
                + stream;
        int n = Integer.parseInt(row.get("n"));
        double[] params = doubles(row.get("params"));
        Tensor drawn = draw(rng, row.get("dist"), params, dtype, n);
        assertOnBackend(what, drawn);
        assertEquals(dtype == FLOAT32 ? FLOAT32 : resultType(row.get("dist")), drawn.dtype(), what + ": dtype");
        assertArrayEquals(new long[] {n}, drawn.shape(), what + ": shape");
        double[] x = drawn.toDoubleArray();
        String kind = row.get("kind");
        double[] edges = doubles(row.get("edges"));
        double[] probs = doubles(row.get("probs"));
        if (kind.equals("continuous")) {
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double ks = 0;
            for (int j = 0; j < edges.length; j++) {
                double below = countBelow(sorted, edges[j]) / (double) n;
                ks = Math.max(ks, Math.abs(below - (j + 1.0) / (edges.length + 1)));
            }
            double crit = Double.parseDouble(row.get("ks_crit"));
            double statistic = ks;
            assertTrue(statistic <= crit, () -> what + ": Kolmogorov-Smirnov statistic " + statistic
                    + " above the critical value " + crit);
            double[] counts = new double[edges.length + 1];
            int j = 0;
            for (double v : sorted) {
                while (j < edges.length && v >= edges[j]) {
                    j++;
                }
                counts[j]++;
            }
            checkChiSquare(what, counts, probs, n, Double.parseDouble(row.get("chi2_crit")));
        } else if (kind.equals("discrete")) {
            double[] counts = new double[edges.length];
            for (double v : x) {
                assertEquals(Math.rint(v), v, what + ": integer samples");
                int bin = 0;
                while (bin + 1 < edges.length && v >= edges[bin + 1]) {
                    bin++;
                }
                counts[bin]++;
            }
            checkChiSquare(what, counts, probs, n, Double.parseDouble(row.get("chi2_crit")));
        } else {
            double[] counts = new double[edges.length];
            for (double v : x) {
                int bin = Arrays.binarySearch(edges, v);
                assertTrue(bin >= 0, () -> what + ": drew " + v + ", which has probability 0");
                counts[bin]++;
            }
            checkChiSquare(what, counts, probs, n, Double.parseDouble(row.get("chi2_crit")));
        }
        checkMoments(what, x, moment(row.get("mean")), moment(row.get("var")), moment(row.get("kurtosis")));
        drawn.close();
    }

    /** A moment as scipy writes it: inf or nan where the distribution has none. */
    private static double moment(String text) {
        return switch (text) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static DType resultType(String dist) {
        return switch (dist) {
            case "binomial", "poisson", "integers", "choice", "choice_p", "choice_p_pairs", "geometric",
                 "negative_binomial", "hypergeometric", "logseries", "zipf", "multinomial",
                 "multivariate_hypergeometric" -> INT64;
            default -> FLOAT64;
        };
    }

    /** n samples of the row's distribution, one call (choice_p_pairs: n calls of two draws, coded). */
    private Tensor draw(TensorRandom rng, String dist, double[] a, DType dtype, int n) {
        return switch (dist) {
            case "random" -> rng.random(dtype, n);
            case "uniform" -> rng.uniform(a[0], a[1], dtype, n);
            case "standard_normal" -> rng.standardNormal(dtype, n);
            case "normal" -> rng.normal(a[0], a[1], dtype, n);
            case "lognormal" -> rng.lognormal(a[0], a[1], n);
            case "standard_exponential" -> rng.standardExponential(dtype, n);
            case "exponential" -> rng.exponential(a[0], n);
            case "standard_gamma" -> rng.standardGamma(a[0], dtype, n);
            case "gamma" -> rng.gamma(a[0], a[1], n);
            case "beta" -> rng.beta(a[0], a[1], n);
            case "logistic" -> rng.logistic(a[0], a[1], n);
            case "laplace" -> rng.laplace(a[0], a[1], n);
            case "binomial" -> rng.binomial((long) a[0], a[1], n);
            case "poisson" -> rng.poisson(a[0], n);
            case "integers" -> rng.integers((long) a[0], (long) a[1], n);
            case "choice" -> rng.choice((long) a[0], n, true);
            case "choice_p" -> rng.choice(a.length, n, true, Np.array(a));
            case "choice_p_pairs" -> {
                long[] codes = new long[n];
                Tensor p = Np.array(a);
                for (int i = 0; i < n; i++) {
                    try (Tensor two = rng.choice(a.length, 2, false, p)) {
                        long[] v = two.toLongArray();
                        codes[i] = a.length * v[0] + v[1];
                    }
                }
                yield Np.array(codes);
            }
            case "chisquare" -> rng.chisquare(a[0], n);
            case "noncentral_chisquare" -> rng.noncentralChisquare(a[0], a[1], n);
            case "f" -> rng.f(a[0], a[1], n);
            case "noncentral_f" -> rng.noncentralF(a[0], a[1], a[2], n);
            case "standard_t" -> rng.standardT(a[0], n);
            case "standard_cauchy" -> rng.standardCauchy(n);
            case "weibull" -> rng.weibull(a[0], n);
            case "pareto" -> rng.pareto(a[0], n);
            case "power" -> rng.power(a[0], n);
            case "rayleigh" -> rng.rayleigh(a[0], n);
            case "gumbel" -> rng.gumbel(a[0], a[1], n);
            case "wald" -> rng.wald(a[0], a[1], n);
            case "triangular" -> rng.triangular(a[0], a[1], a[2], n);
            case "vonmises" -> rng.vonmises(a[0], a[1], n);
            case "geometric" -> rng.geometric(a[0], n);
            case "negative_binomial" -> rng.negativeBinomial(a[0], a[1], n);
            case "hypergeometric" -> rng.hypergeometric((long) a[0], (long) a[1], (long) a[2], n);
            case "logseries" -> rng.logseries(a[0], n);
            case "zipf" -> rng.zipf(a[0], n);
            case "multinomial" -> component(rng.multinomial((long) a[1], Arrays.copyOfRange(a, 2, a.length), n),
                    (int) a[0]);
            case "multivariate_hypergeometric" -> component(rng.multivariateHypergeometric(
                    Arrays.stream(Arrays.copyOfRange(a, 2, a.length)).mapToLong(v -> (long) v).toArray(), (long) a[1], n),
                    (int) a[0]);
            case "dirichlet" -> component(rng.dirichlet(Arrays.copyOfRange(a, 1, a.length), n), (int) a[0]);
            case "multivariate_normal" -> {
                int k = (int) a[1];
                double[][] cov = new double[k][];
                for (int r = 0; r < k; r++) {
                    cov[r] = Arrays.copyOfRange(a, 2 + k + r * k, 2 + k + (r + 1) * k);
                }
                yield component(rng.multivariateNormal(Arrays.copyOfRange(a, 2, 2 + k), cov, n), (int) a[0]);
            }
            default -> throw new IllegalStateException("unknown distribution " + dist);
        };
    }

    /** Column j of an (n, k) multivariate result, on its backend, after checking it has k > j columns. */
    private Tensor component(Tensor rows, int j) {
        assertOnBackend("multivariate", rows);
        assertEquals(2, rows.ndim(), "multivariate: size + (k,)");
        assertTrue(rows.shape()[1] > j, "multivariate: k columns");
        try (rows) {
            return rows.slice(1, j, j + 1, 1).reshape(rows.shape()[0]).copy();
        }
    }

    private static long countBelow(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void checkChiSquare(String what, double[] counts, double[] probs, int n, double crit) {
        double chi2 = 0;
        for (int i = 0; i < counts.length; i++) {
            double expected = n * probs[i];
            chi2 += (counts[i] - expected) * (counts[i] - expected) / expected;
        }
        double statistic = chi2;
        assertTrue(statistic <= crit, () -> what + ": chi-square " + statistic + " over " + counts.length
                + " bins above the critical value " + crit + "; counts " + Arrays.toString(counts));
    }

    private static void checkMoments(String what, double[] x, double mean, double var, double kurtosis) {
        int n = x.length;
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double m = sum / n;
        double squares = 0;
        for (double v : x) {
            squares += (v - m) * (v - m);
        }
        double s2 = squares / (n - 1);
        double meanError = Math.sqrt(var / n);
        // no mean or no variance (Cauchy, t with df <= 2, ...): the KS and chi-square tests rule
        assertTrue(!Double.isFinite(var) || Math.abs(m - mean) <= STANDARD_ERRORS * meanError, () -> what + ": sample mean " + m + ", expected "
                + mean + " ± " + STANDARD_ERRORS + "·" + meanError);
        // the variance's standard error is sqrt((kurtosis + 2)/n)·var; its distribution is too
        // skewed for a normal bound when the tails are heavy, where the KS and chi-square tests rule
        if (kurtosis <= 10) {
            double varError = Math.sqrt((kurtosis + 2) / n) * var;
            assertTrue(Math.abs(s2 - var) <= STANDARD_ERRORS * varError, () -> what + ": sample variance " + s2
                    + ", expected " + var + " ± " + STANDARD_ERRORS + "·" + varError);
        }
    }

    private static double[] doubles(String text) {
        return text.isEmpty() ? new double[0] : Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    // ---- the same seed, the same values, on every backend -----------------------------------------

    /** Each generating call, made the same way on any backend. */
    private static List<Function<TensorRandom, Tensor>> calls() {
        return List.of(
                r -> r.random(3, 4),
                r -> r.random(FLOAT32, 7),
                r -> r.uniform(-1, 2, 5),
                r -> r.normal(1, 2, FLOAT32, 2, 3),
                r -> r.standardNormal(6),
                r -> r.integers(-5, 5, 9),
                r -> r.integers(-5, 5, INT32, 9),
                r -> r.permutation(8),
                r -> r.choice(10, 4, false),
                r -> r.choice(4, 6, true, Np.array(new double[] {0.1, 0.2, 0.3, 0.4})),
                r -> r.exponential(2, 5),
                r -> r.standardGamma(0.4, FLOAT32, 5),
                r -> r.gamma(3, 2, 5),
                r -> r.beta(0.5, 2, 5),
                r -> r.binomial(100, 0.4, 5),
                r -> r.poisson(30, 5),
                r -> r.logistic(0, 1, 5),
                r -> r.laplace(0, 1, 5),
                r -> r.lognormal(0, 1, 5),
                r -> r.spawn().random(4),
                r -> r.noncentralF(3, 20, 3, 5),
                r -> r.vonmises(1, 4, 5),
                r -> r.wald(1, 3, 5),
                r -> r.hypergeometric(100, 200, 50, 5),
                r -> r.zipf(2, 5),
                r -> r.multinomial(20, new double[] {0.2, 0.3, 0.5}, 2, 2),
                r -> r.dirichlet(new double[] {0.05, 0.09, 0.07}, 3),
                r -> r.multivariateNormal(new double[] {1, 2}, new double[][] {{2, 0.5}, {0.5, 1}}, 3),
                r -> r.multivariateHypergeometric(new long[] {3, 5, 2}, 4, 3),
                r -> r.permuted(Np.arange(12).reshape(3, 4), 1),
                r -> r.permuted(Np.arange(6)));
    }

    @Test
    void sameSeedGivesTheCpuBackendsValues() {
        sameSeedGivesTheCpuBackendsValues(() -> Np.random(2024));
    }

    @Test
    void sameSeedGivesTheCpuBackendsValuesOnNumpysStream() {
        sameSeedGivesTheCpuBackendsValues(() -> Np.defaultRng(2024));
    }

    private void sameSeedGivesTheCpuBackendsValues(java.util.function.Supplier<TensorRandom> seeded) {
        Backend cpu = Backends.get("cpu");
        TensorRandom here = seeded.get();
        TensorRandom onCpu;
        try (var scope = Np.useBackend(cpu)) {
            onCpu = seeded.get();
        }
        List<Executable> checks = new ArrayList<>();
        int i = 0;
        for (Function<TensorRandom, Tensor> call : calls()) {
            int index = i++;
            Tensor actual = call.apply(here);
            Tensor expected;
            try (var scope = Np.useBackend(cpu)) {
                expected = call.apply(onCpu);
            }
            checks.add(() -> {
                assertOnBackend("call " + index, actual);
                assertEquals(expected.dtype(), actual.dtype(), "call " + index + ": dtype");
                assertArrayEquals(expected.shape(), actual.shape(), "call " + index + ": shape");
                if (expected.dtype().isFloatingPoint()) {
                    assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), "call " + index + ": values");
                } else {
                    assertArrayEquals(expected.toLongArray(), actual.toLongArray(), "call " + index + ": values");
                }
            });
        }
        assertAll(checks);
    }

    @Test
    void sameSeedSameValuesAndCallsAdvanceTheStream() {
        double[] first = Np.random(5).random(100).toDoubleArray();
        assertArrayEquals(first, Np.random(5).random(100).toDoubleArray(), "seed 5 twice");
        assertFalse(Arrays.equals(first, Np.random(6).random(100).toDoubleArray()), "seeds 5 and 6 differ");
        TensorRandom rng = Np.random(5);
        double[] a = rng.random(100).toDoubleArray();
        double[] b = rng.random(100).toDoubleArray();
        assertArrayEquals(first, a);
        assertFalse(Arrays.equals(a, b), "a second call continues the stream");
        assertArrayEquals(Np.random(9).normal(0, 1, 50).toDoubleArray(),
                Np.random(9).standardNormal(50).toDoubleArray(), "standardNormal is normal(0, 1)");
    }

    /**
     * The float32 samplers (NumPy's float32 ziggurats and gamma, on 32-bit draws, on both streams):
     * mean and variance within 5 standard errors (from the fourth moment), and the normal's two tails
     * beyond the ziggurat's R = 3.654 (probability 2·1.29e-4) within 5 binomial standard deviations.
     */
    @Test
    void float32SamplersHaveTheirMoments() {
        int n = 400_000;
        for (TensorRandom rng : List.of(Np.random(21), Np.defaultRng(21))) {
            double[] z = rng.standardNormal(FLOAT32, n).toDoubleArray();
            assertMoments("float32 standardNormal", z, 0, 1, 3);
            long tail = Arrays.stream(z).filter(x -> Math.abs(x) > 3.6541528853610088).count();
            double p = 2.5835290407452406e-4;
            assertEquals(n * p, tail, 5 * Math.sqrt(n * p), "float32 normals beyond R");
            long negativeTail = Arrays.stream(z).filter(x -> x < -3.6541528853610088).count();
            assertEquals(n * p / 2, negativeTail, 5 * Math.sqrt(n * p / 2), "float32 normals below -R");
            assertMoments("float32 standardExponential", rng.standardExponential(FLOAT32, n).toDoubleArray(), 1, 1, 9);
            assertMoments("float32 standardGamma(0.5)", rng.standardGamma(0.5, FLOAT32, n).toDoubleArray(), 0.5, 0.5, 15 * 0.25);
            assertMoments("float32 standardGamma(1)", rng.standardGamma(1, FLOAT32, n).toDoubleArray(), 1, 1, 9);
            assertMoments("float32 standardGamma(2.5)", rng.standardGamma(2.5, FLOAT32, n).toDoubleArray(), 2.5, 2.5,
                    3 * 2.5 * 2.5 + 6 * 2.5);
        }
    }

    /** Sample mean and variance against (mean, variance), the variance's error from the 4th central moment mu4. */
    private static void assertMoments(String what, double[] x, double mean, double variance, double mu4) {
        double m = Arrays.stream(x).average().orElseThrow();
        double v = Arrays.stream(x).map(t -> (t - mean) * (t - mean)).average().orElseThrow();
        assertEquals(mean, m, 5 * Math.sqrt(variance / x.length), what + ": mean");
        assertEquals(variance, v, 5 * Math.sqrt((mu4 - variance * variance) / x.length), what + ": variance");
    }

    @Test
    void spawnedStreamsAreIndependentAndReproducible() {
        int n = 20000;
        TensorRandom parent = Np.random(11);
        List<TensorRandom> children = parent.spawn(2);
        double[] a = children.get(0).standardNormal(n).toDoubleArray();
        double[] b = children.get(1).standardNormal(n).toDoubleArray();
        double[] c = parent.standardNormal(n).toDoubleArray();
        // a correlation of independent samples is about N(0, 1/n)
        double bound = STANDARD_ERRORS / Math.sqrt(n);
        for (double[][] pair : new double[][][] {{a, b}, {a, c}, {b, c}}) {
            double r = correlation(pair[0], pair[1]);
            assertTrue(Math.abs(r) <= bound, () -> "correlation " + r + " of spawned streams above " + bound);
        }
        // a lagged correlation within one stream, as a check that split streams are not shifted copies
        double[] shifted = Arrays.copyOfRange(a, 1, n);
        double r = correlation(Arrays.copyOf(a, n - 1), shifted);
        assertTrue(Math.abs(r) <= bound, () -> "lag-1 correlation " + r);
        assertArrayEquals(a, Np.random(11).spawn().standardNormal(n).toDoubleArray(), "spawn is reproducible");
        assertNotSame(children.get(0), children.get(1), "two generators");
        // a child's draws leave its parent's stream alone (each holds its own)
        TensorRandom drawing = Np.random(13);
        drawing.spawn().random(10);
        TensorRandom idle = Np.random(13);
        idle.spawn();
        assertArrayEquals(idle.random(5).toDoubleArray(), drawing.random(5).toDoubleArray(),
                "the parent continues the same after its child drew");
        Tensor onBackend = Np.random(11).spawn().random(3);
        assertOnBackend("spawned", onBackend);
        assertEquals(0, parent.spawn(0).size());
        iae(() -> parent.spawn(-1), "spawn", "-1");
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    // ---- uniform floats and integers ---------------------------------------------------------------

    @Test
    void randomIsHalfOpenInEveryDtype() {
        for (DType dtype : List.of(FLOAT64, FLOAT32)) {
            Tensor u = Np.random(3).random(dtype, 200, 100);
            assertOnBackend("random", u);
            assertEquals(dtype, u.dtype());
            assertArrayEquals(new long[] {200, 100}, u.shape());
            for (double v : u.toDoubleArray()) {
                assertTrue(v >= 0 && v < 1, () -> dtype + ": " + v + " outside [0, 1)");
            }
        }
        Tensor scalar = Np.random(3).random();
        assertEquals(0, scalar.ndim(), "no shape: a 0-d tensor, as rng.random(()) ");
        assertEquals(1, scalar.size());
    }

    @Test
    void integersStayInTheHalfOpenRangeAndCoverIt() {
        long[] v = Np.random(4).integers(-2, 3, 5000).toLongArray();
        long[] seen = Arrays.stream(v).distinct().sorted().toArray();
        assertArrayEquals(new long[] {-2, -1, 0, 1, 2}, seen, "every value of [-2, 3), none outside");
        Tensor i32 = Np.random(4).integers(Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, INT32, 1000);
        assertOnBackend("int32", i32);
        assertEquals(INT32, i32.dtype());
        assertTrue(Arrays.stream(i32.toLongArray()).anyMatch(x -> x < 0)
                && Arrays.stream(i32.toLongArray()).anyMatch(x -> x > 0), "the full int32 range, both signs");
        assertArrayEquals(Np.random(4).integers(-2, 3, 50).toLongArray(),
                Np.random(4).integers(-2, 3, INT32, 50).toLongArray(), "int32 and int64 draw the same values");
        long[] wide = Np.random(4).integers(Long.MIN_VALUE, Long.MAX_VALUE, 1000).toLongArray();
        long negative = Arrays.stream(wide).filter(x -> x < 0).count();
        assertTrue(negative > 400 && negative < 600, "full int64 range: about half negative, got " + negative);
        assertTrue(Arrays.stream(Np.random(4).integers(7, 8, 100).toLongArray()).allMatch(x -> x == 7), "[7, 8)");
    }

    // ---- permutations and shuffle --------------------------------------------------------------

    @Test
    void permutationIsAPermutation() {
        Tensor p = Np.random(8).permutation(1000);
        assertOnBackend("permutation", p);
        assertEquals(INT64, p.dtype());
        long[] v = p.toLongArray();
        long[] sorted = v.clone();
        Arrays.sort(sorted);
        assertArrayEquals(Np.arange(1000).toLongArray(), sorted, "sorted equals arange(1000)");
        assertFalse(Arrays.equals(sorted, v), "not the identity");
        assertEquals(0, Np.random(8).permutation(0).size());
        assertArrayEquals(new long[] {0}, Np.random(8).permutation(1).toLongArray());
    }

    @Test
    void permutationOrdersAreEquallyLikely() {
        // all 24 orders of 4 elements, 2400 permutations: chi-square with 23 degrees of freedom;
        // 71.6 is its critical value at alpha 1e-6 (scipy.stats.chi2.isf(1e-6, 23))
        TensorRandom rng = Np.random(12);
        int draws = 2400;
        double[] counts = new double[24];
        Tensor ones = Np.arange(4);
        for (int i = 0; i < draws; i++) {
            long[] order = (i % 2 == 0 ? rng.permutation(4) : rng.permutation(ones)).toLongArray();
            counts[lexicographicRank(order)]++;
        }
        double[] probs = new double[24];
        Arrays.fill(probs, 1.0 / 24);
        checkChiSquare("orders of permutation(4)", counts, probs, draws, 71.6);
    }

    @Test
    void permutedShufflesEachLineOnItsOwn() {
        // 2400 rows of [0 1 2 3] permuted along axis 1: each row a permutation, its 24 orders equally
        // likely (chi-square, 23 degrees of freedom: 70.55 at alpha 1e-6); along axis 0 the columns mix
        TensorRandom rng = Np.random(21);
        int draws = 2400;
        Tensor base = Np.arange(4).reshape(1, 4).broadcastTo(draws, 4);
        Tensor mixed = rng.permuted(base, 1);
        assertOnBackend("permuted", mixed);
        assertEquals(INT64, mixed.dtype());
        assertArrayEquals(new long[] {draws, 4}, mixed.shape());
        long[] v = mixed.toLongArray();
        double[] counts = new double[24];
        for (int r = 0; r < draws; r++) {
            long[] order = Arrays.copyOfRange(v, 4 * r, 4 * r + 4);
            long[] sorted = order.clone();
            Arrays.sort(sorted);
            assertArrayEquals(new long[] {0, 1, 2, 3}, sorted, "row " + r + " is a permutation of its values");
            counts[lexicographicRank(order)]++;
        }
        double[] probs = new double[24];
        Arrays.fill(probs, 1.0 / 24);
        checkChiSquare("orders of permuted rows", counts, probs, draws, 70.55);
        Tensor columns = rng.permuted(Np.arange(12).reshape(4, 3), 0);
        long[] c = columns.toLongArray();
        for (int j = 0; j < 3; j++) {
            long[] column = {c[j], c[3 + j], c[6 + j], c[9 + j]};
            Arrays.sort(column);
            assertArrayEquals(new long[] {j, 3 + j, 6 + j, 9 + j}, column, "axis 0: column " + j + " keeps its values");
        }
        long[] all = rng.permuted(Np.arange(12).reshape(3, 4)).toLongArray();
        long[] allSorted = all.clone();
        Arrays.sort(allSorted);
        assertArrayEquals(Np.arange(12).toLongArray(), allSorted, "axis None: every element once");
        assertFalse(Arrays.equals(allSorted, all), "axis None: mixed");
        assertEquals(0, rng.permuted(Np.zeros(3, 0), 1).size());
        throwsWith(IllegalArgumentException.class, () -> rng.permuted(Np.arange(6).reshape(2, 3), 2), "permuted",
                "axis 2");
    }

    /** NumPy's Generator refuses float16 ("Unsupported dtype dtype('float16') for random") in every sampler. */
    @Test
    void float16SamplesAreRefusedAsNumPyRefusesThem() {
        TensorRandom rng = Np.random(16);
        iae(() -> rng.random(DType.FLOAT16, 3), "random", "float16", "float32, float64", "astype");
        iae(() -> rng.standardNormal(DType.FLOAT16, 3), "standardNormal", "float16");
        iae(() -> rng.standardExponential(DType.FLOAT16, 3), "standardExponential", "float16");
        iae(() -> rng.standardGamma(1.0, DType.FLOAT16, 3), "standardGamma", "float16");
        iae(() -> rng.uniform(0, 1, DType.FLOAT16, 3), "uniform", "float16");
        iae(() -> rng.normal(0, 1, DType.FLOAT16, 3), "normal", "float16");
        iae(() -> rng.integers(0, 3, DType.FLOAT16, 3), "integers", "int32 or int64", "float16");
        // the refusal draws nothing: the stream continues as if the calls had not been made
        assertArrayEquals(Np.random(16).random(4).toDoubleArray(), rng.random(4).toDoubleArray());
    }

    /**
     * {@code rng.integers(low, high, dtype)} for the integer storage types (uint32 too): the values stay in
     * [low, high) and cover it (the whole type, both limits), the same values as an int64 draw of
     * the same range, and bounds outside the type refused as NumPy's "low/high is out of bounds for
     * int8" ValueError. The float samplers refuse them as NumPy's TypeError ("Unsupported dtype").
     */
    @Test
    void integersOfTheSmallTypesCoverTheirRangeAndRefuseBoundsOutsideIt() {
        for (DType t : List.of(DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.UINT32)) {
            long low = t.minValue();
            long high = t.maxValue() + 1;
            Tensor x = Np.random(8).integers(low, high, t, 4000);
            assertOnBackend(t.numpyName(), x);
            assertEquals(t, x.dtype());
            long[] v = x.toLongArray();
            assertTrue(Arrays.stream(v).allMatch(e -> e >= low && e < high), t + ": every value in [low, high)");
            assertArrayEquals(Np.random(8).integers(low, high, 4000).toLongArray(), v, t + ": the int64 draw's values");
            if (t.byteSize() == 1) {
                long[] seen = Arrays.stream(v).distinct().toArray();
                assertEquals(256, seen.length, t + ": 4000 draws cover all 256 values");
            }
            assertArrayEquals(new long[] {high - 1, high - 1}, Np.random(8).integers(high - 1, high, t, 2).toLongArray(),
                    t + ": [max, max + 1)");
            iae(() -> Np.random(8).integers(low - 1, high, t, 2), "integers", "out of bounds for " + t.numpyName(),
                    "valid: " + low + " <= low < high <= " + high);
            iae(() -> Np.random(8).integers(low, high + 1, t, 2), "integers", "out of bounds for " + t.numpyName());
            TensorRandom rng = Np.random(8);
            iae(() -> rng.random(t, 3), "random", t.numpyName());
            iae(() -> rng.uniform(0, 1, t, 3), "uniform", t.numpyName());
            iae(() -> rng.standardNormal(t, 3), "standardNormal", t.numpyName());
            iae(() -> rng.normal(0, 1, t, 3), "normal", t.numpyName());
            iae(() -> rng.standardExponential(t, 3), "standardExponential", t.numpyName());
            iae(() -> rng.standardGamma(1.0, t, 3), "standardGamma", t.numpyName());
            // the refusals draw nothing
            assertArrayEquals(Np.random(8).random(4).toDoubleArray(), rng.random(4).toDoubleArray());
        }
        iae(() -> Np.random(8).integers(-1, 3, DType.UINT8, 2), "integers", "[-1, 3) is out of bounds for uint8");
    }

    @Test
    void bytesAreUniform() {
        // 25600 bytes over 256 values: chi-square with 255 degrees of freedom, critical value at alpha
        // 1e-6 is 377.1 (scipy.stats.chi2.isf(1e-6, 255))
        byte[] b = Np.random(5).bytes(25600);
        double[] counts = new double[256];
        for (byte x : b) {
            counts[x & 0xff]++;
        }
        double[] probs = new double[256];
        Arrays.fill(probs, 1.0 / 256);
        checkChiSquare("bytes", counts, probs, b.length, 377.1);
        assertEquals(0, Np.random(5).bytes(0).length);
        throwsWith(IllegalArgumentException.class, () -> Np.random(5).bytes(-1), "bytes", "-1");
    }

    private static int lexicographicRank(long[] order) {
        int rank = 0;
        for (int i = 0; i < order.length; i++) {
            int smallerAfter = 0;
            for (int j = i + 1; j < order.length; j++) {
                smallerAfter += order[j] < order[i] ? 1 : 0;
            }
            rank = rank * (order.length - i) + smallerAfter;
        }
        return rank;
    }

    /** Row r of a (rows x 3) float64 tensor is [r, 10 r, 100 r], so a row can be told from its first element. */
    private static Tensor rows(int rows) {
        double[] v = new double[rows * 3];
        for (int r = 0; r < rows; r++) {
            v[3 * r] = r;
            v[3 * r + 1] = 10 * r;
            v[3 * r + 2] = 100 * r;
        }
        return Np.array(v, rows, 3);
    }

    private static void assertRowsIntact(String what, double[] v, int rows) {
        Set<Double> firsts = new HashSet<>();
        for (int r = 0; r < rows; r++) {
            double first = v[3 * r];
            assertEquals(10 * first, v[3 * r + 1], what + ": row " + r + " intact");
            assertEquals(100 * first, v[3 * r + 2], what + ": row " + r + " intact");
            firsts.add(first);
        }
        assertEquals(rows, firsts.size(), what + ": every row once");
    }

    @Test
    void permutationOfATensorReordersRowsAndLeavesItAlone() {
        Tensor x = rows(50);
        double[] before = x.toDoubleArray();
        Tensor p = Np.random(2).permutation(x);
        assertOnBackend("permutation(x)", p);
        assertEquals(FLOAT64, p.dtype());
        assertArrayEquals(new long[] {50, 3}, p.shape());
        assertRowsIntact("permutation(x)", p.toDoubleArray(), 50);
        assertFalse(Arrays.equals(before, p.toDoubleArray()), "reordered");
        assertArrayEquals(before, x.toDoubleArray(), "x is unchanged");
        // the order is permutation(n)'s from the same state
        long[] order = Np.random(2).permutation(50).toLongArray();
        double[] got = p.toDoubleArray();
        for (int r = 0; r < 50; r++) {
            assertEquals(order[r], got[3 * r], "row " + r + " is x[order[r]]");
        }
        Tensor ints = Np.random(2).permutation(Np.arange(6));
        assertEquals(INT64, ints.dtype(), "keeps x's dtype");
        iae(() -> Np.random(2).permutation(Np.array(new double[] {3}).reshape()), "permutation", "0-d");
    }

    @Test
    void shuffleIsInPlaceAndKeepsRows() {
        Tensor x = rows(40);
        double[] before = x.toDoubleArray();
        Np.random(21).shuffle(x);
        double[] after = x.toDoubleArray();
        assertFalse(Arrays.equals(before, after), "x itself changed");
        assertRowsIntact("shuffle", after, 40);
        assertOnBackend("shuffle", x);
        // the same order as permutation(x) from the same state
        assertArrayEquals(Np.random(21).permutation(rows(40)).toDoubleArray(), after, "shuffle = permutation, in place");
        Tensor one = Np.array(new double[] {5});
        Np.random(21).shuffle(one);
        assertArrayEquals(new double[] {5}, one.toDoubleArray());
        Tensor empty = Np.zeros(0, 3);
        Np.random(21).shuffle(empty);
        assertEquals(0, empty.size());
    }

    @Test
    void shuffleWritesThroughViews() {
        // columns of the transpose: shuffling x.T along axis 0 permutes the columns of x
        Tensor base = rows(30);
        Tensor columns = base.T();
        Np.random(22).shuffle(columns);
        double[] v = base.toDoubleArray();
        for (int r = 0; r < 30; r++) {
            double[] row = {v[3 * r], v[3 * r + 1], v[3 * r + 2]};
            double[] sorted = row.clone();
            Arrays.sort(sorted);
            assertArrayEquals(new double[] {r, 10 * r, 100 * r}, sorted, "row " + r + " keeps its elements");
        }
        assertFalse(Arrays.equals(v, rows(30).toDoubleArray()), "the columns moved");
        assertArrayEquals(new long[] {30, 3}, base.shape());
        // a slice with a step: only the rows it views are permuted among themselves
        Tensor whole = rows(60);
        Tensor even = whole.slice(0, 0, 60, 2);
        Np.random(23).shuffle(even);
        double[] w = whole.toDoubleArray();
        Set<Double> evens = new HashSet<>();
        for (int r = 0; r < 60; r++) {
            if (r % 2 == 1) {
                assertEquals(r, w[3 * r], "odd row " + r + " untouched");
            } else {
                assertEquals(0, w[3 * r] % 2, "even position " + r + " holds an even row");
                evens.add(w[3 * r]);
            }
        }
        assertEquals(30, evens.size(), "each even row once");
        assertRowsIntact("strided view", w, 60);
        assertFalse(Arrays.equals(w, rows(60).toDoubleArray()), "the even rows moved");
        Tensor broadcast = Np.array(new double[] {1, 2}).broadcastTo(3, 2);
        iae(() -> Np.random(1).shuffle(broadcast), "shuffle", "broadcast view");
        iae(() -> Np.random(1).shuffle(Np.array(new double[] {3}).reshape()), "shuffle", "0-d");
    }

    @Test
    void permutationShuffleAndChoiceAlongAnAxis() {
        // x[i, j, k] = 100 i + 10 j + k: every element names its position
        Tensor x = Np.add(Np.add(Np.multiply(Np.arange(3).reshape(3, 1, 1), 100),
                Np.multiply(Np.arange(5).reshape(1, 5, 1), 10)), Np.arange(4).reshape(1, 1, 4));
        double[] before = x.toDoubleArray();
        for (int axis : new int[] {1, -2, 2, 0}) {
            int a = axis < 0 ? axis + 3 : axis;
            long n = x.shape()[a];
            Tensor p = Np.random(41).permutation(x, axis);
            assertOnBackend("permutation(x, " + axis + ")", p);
            assertArrayEquals(x.shape(), p.shape());
            assertEquals(INT64, p.dtype());
            long[] order = Np.random(41).permutation(n).toLongArray();
            assertSlicesMoved("permutation(x, " + axis + ")", p.toDoubleArray(), a, order);
            assertArrayEquals(before, x.toDoubleArray(), "x is unchanged");
            // shuffle: the same order, in place (through a transposed view too)
            Tensor copy = x.copy();
            Np.random(41).shuffle(copy, axis);
            assertArrayEquals(p.toDoubleArray(), copy.toDoubleArray(), "shuffle(x, " + axis + ") = permutation");
            Tensor base = x.copy();
            Tensor view = base.swapaxes(0, 2);
            Np.random(41).shuffle(view, 2 - a);
            assertArrayEquals(p.toDoubleArray(), base.toDoubleArray(), "shuffle through swapaxes, axis " + axis);
            // choice: the slices choice(n, size) picks, along the axis
            Tensor picked = Np.random(42).choice(x, 2, false, null, axis);
            long[] shape = x.shape();
            shape[a] = 2;
            assertArrayEquals(shape, picked.shape(), "choice along " + axis);
            long[] idx = Np.random(42).choice(n, 2, false).toLongArray();
            assertSlicesMoved("choice(x, 2, axis " + axis + ")", picked.toDoubleArray(), a, idx);
        }
        assertArrayEquals(Np.random(43).permutation(x).toDoubleArray(), Np.random(43).permutation(x, 0).toDoubleArray(),
                "axis 0 is the default");
        Tensor many = Np.random(44).choice(x, 9, true, Np.array(new double[] {0, 0, 0, 1}), 2);
        assertArrayEquals(new long[] {3, 5, 9}, many.shape());
        assertTrue(Arrays.stream(many.toDoubleArray()).allMatch(v -> v % 10 == 3), "p picks index 3 only");
        iae(() -> Np.random(1).permutation(x, 3), "permutation", "axis");
        iae(() -> Np.random(1).shuffle(x, -4), "shuffle", "axis");
        iae(() -> Np.random(1).choice(x, 2, false, null, 3), "choice", "axis");
        iae(() -> Np.random(1).choice(x, 6, false, null, 1), "choice", "larger sample");
        iae(() -> Np.random(1).shuffle(Np.array(new double[] {1, 2}).broadcastTo(3, 2), 1), "shuffle", "broadcast");
        Tensor empty = Np.zeros(2, 0);
        Np.random(1).shuffle(empty, 1);
        assertArrayEquals(new long[] {2, 0}, Np.random(1).permutation(empty, 1).shape());
    }

    /** Checks that got[..., i, ...] (along axis) is the original x[..., order[i], ...] of the test. */
    private static void assertSlicesMoved(String what, double[] got, int axis, long[] order) {
        long[] dims = {3, 5, 4};
        dims[axis] = order.length;
        int e = 0;
        for (int i = 0; i < dims[0]; i++) {
            for (int j = 0; j < dims[1]; j++) {
                for (int k = 0; k < dims[2]; k++) {
                    long[] at = {i, j, k};
                    at[axis] = order[(int) at[axis]];
                    assertEquals(100 * at[0] + 10 * at[1] + at[2], got[e++], what + " at " + i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void tensorParametersBroadcastPerSample() {
        TensorRandom rng = Np.random(51);
        int n = 6000;
        // normal: mean (3,) against std (2, 1), size (n, 2, 3): cell (i, j) has N(mean[j], std[i]^2)
        double[] mu = {0, 5, -5};
        double[] sd = {0.1, 10};
        Tensor normal = rng.normal(Np.array(mu), Np.array(sd).reshape(2, 1), n, 2, 3);
        assertOnBackend("normal(tensors)", normal);
        assertEquals(FLOAT64, normal.dtype());
        assertArrayEquals(new long[] {n, 2, 3}, normal.shape());
        double[] v = normal.toDoubleArray();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                checkMoments("normal cell " + i + "," + j, column(v, 6, 3 * i + j), mu[j], sd[i] * sd[i], 0);
            }
        }
        // without size: the parameters' broadcast shape; 0-d parameters give a 0-d sample
        assertArrayEquals(new long[] {2, 3}, rng.normal(Np.array(mu), Np.array(sd).reshape(2, 1)).shape());
        assertArrayEquals(new long[0], rng.normal(Np.scalar(1.0), Np.scalar(2.0)).shape());
        // uniform: low (2,), high (2,)
        Tensor uniform = rng.uniform(Np.array(new double[] {0, 10}), Np.array(new double[] {1, 20}), n, 2);
        double[] u = uniform.toDoubleArray();
        checkMoments("uniform [0, 1)", column(u, 2, 0), 0.5, 1.0 / 12, -1.2);
        checkMoments("uniform [10, 20)", column(u, 2, 1), 15, 100.0 / 12, -1.2);
        assertTrue(Arrays.stream(column(u, 2, 1)).allMatch(x -> x >= 10 && x <= 20), "bounds");
        // NumPy 2.4: rng.uniform([0, 20], [1, 10]) and rng.uniform(2, 1): ValueError high - low < 0;
        // rng.uniform(0, np.inf) and (0, nan): OverflowError; rng.uniform(1, 1) is 1.0
        throwsWith(IllegalArgumentException.class, () -> rng.uniform(Np.array(new double[] {0, 20}),
                Np.array(new double[] {1, 10}), 2), "uniform", "high - low < 0", "flat position 1");
        throwsWith(IllegalArgumentException.class, () -> rng.uniform(2, 1, 3), "uniform", "high - low < 0");
        throwsWith(IllegalArgumentException.class, () -> rng.uniform(0, Double.POSITIVE_INFINITY, 3), "uniform",
                "exceeds valid bounds");
        throwsWith(IllegalArgumentException.class, () -> rng.uniform(0, Double.NaN, 3), "uniform", "exceeds valid bounds");
        assertArrayEquals(new double[] {1, 1}, rng.uniform(1, 1, 2).toDoubleArray());
        // lognormal: its logarithm is the normal
        double[] ln = rng.lognormal(Np.array(new double[] {0, 2}), Np.scalar(0.5), n, 2).toDoubleArray();
        checkMoments("log lognormal", Arrays.stream(column(ln, 2, 1)).map(Math::log).toArray(), 2, 0.25, 0);
        // exponential, gamma, beta, poisson, binomial, integers: per-column moments
        double[] ex = rng.exponential(Np.array(new double[] {1, 4}), n, 2).toDoubleArray();
        checkMoments("exponential(4)", column(ex, 2, 1), 4, 16, 6);
        double[] ks = {0.5, 3};
        double[] ga = rng.gamma(Np.array(ks), Np.scalar(2.0), n, 2).toDoubleArray();
        for (int j = 0; j < 2; j++) {
            checkMoments("gamma(" + ks[j] + ", 2)", column(ga, 2, j), 2 * ks[j], 4 * ks[j], 6 / ks[j]);
        }
        double[] be = rng.beta(Np.array(new double[] {2, 0.5}), Np.array(new double[] {5, 0.5}), n, 2).toDoubleArray();
        checkMoments("beta(2, 5)", column(be, 2, 0), 2.0 / 7, 10.0 / (49 * 8), 6 * (9.0 * 8 - 10 * 9) / (10.0 * 9 * 10));
        checkMoments("beta(0.5, 0.5)", column(be, 2, 1), 0.5, 0.125, -1.5);
        Tensor poisson = rng.poisson(Np.array(new double[] {0, 3, 50}), n, 3);
        assertEquals(INT64, poisson.dtype());
        double[] po = poisson.toDoubleArray();
        assertTrue(Arrays.stream(column(po, 3, 0)).allMatch(x -> x == 0), "lam 0 gives zeros");
        checkMoments("poisson(3)", column(po, 3, 1), 3, 3, 1.0 / 3);
        checkMoments("poisson(50)", column(po, 3, 2), 50, 50, 1.0 / 50);
        double[] bi = rng.binomial(Np.array(new long[] {10, 100}), Np.array(new double[] {0.1, 0.9}).reshape(2, 1), n, 2, 2)
                .toDoubleArray();
        checkMoments("binomial(100, 0.9)", column(bi, 4, 3), 90, 9, (1 - 6 * 0.09) / 9);
        checkMoments("binomial(10, 0.1)", column(bi, 4, 0), 1, 0.9, (1 - 6 * 0.09) / 0.9);
        long[] highs = {3, 10, 1000};
        Tensor ints = rng.integers(Np.scalar(0, INT64), Np.array(highs), n, 3);
        assertEquals(INT64, ints.dtype());
        double[] in = ints.toDoubleArray();
        for (int j = 0; j < 3; j++) {
            double h = highs[j];
            int c = j;
            assertTrue(Arrays.stream(column(in, 3, j)).allMatch(x -> x >= 0 && x < highs[c] && x == Math.rint(x)),
                    "integers in [0, " + highs[j] + ")");
            checkMoments("integers(0, " + highs[j] + ")", column(in, 3, j), (h - 1) / 2, (h * h - 1) / 12,
                    -6 * (h * h + 1) / (5 * (h * h - 1)));
        }
        Tensor small = rng.integers(Np.array(new long[] {-3, 250}), Np.array(new long[] {3, 256}), DType.INT16, 100, 2);
        assertEquals(DType.INT16, small.dtype());
        double[] sm = small.toDoubleArray();
        assertTrue(Arrays.stream(column(sm, 2, 0)).allMatch(x -> x >= -3 && x < 3), "int16 in [-3, 3)");
        assertTrue(Arrays.stream(column(sm, 2, 1)).allMatch(x -> x >= 250 && x < 256), "int16 in [250, 256)");
        // the same seed gives the same samples; defaultRng(seed) is NumPy's stream, not random(seed)'s;
        // defaultRng() is seeded anew
        assertArrayEquals(Np.defaultRng(53).random(8).toDoubleArray(), Np.defaultRng(53).random(8).toDoubleArray());
        assertFalse(Arrays.equals(Np.random(53).random(8).toDoubleArray(), Np.defaultRng(53).random(8).toDoubleArray()),
                "defaultRng(53) and random(53) are different streams");
        assertFalse(Arrays.equals(Np.defaultRng().random(8).toDoubleArray(), Np.defaultRng().random(8).toDoubleArray()),
                "two unseeded generators differ");
        assertArrayEquals(Np.random(52).normal(Np.array(mu), Np.scalar(1.0), 5, 3).toDoubleArray(),
                Np.random(52).normal(Np.array(mu), Np.scalar(1.0), 5, 3).toDoubleArray());
        // refusals: shapes, bad elements named by position, dtype ranges
        iae(() -> rng.normal(Np.zeros(3), Np.ones(2)), "normal", "shape mismatch", "[3], [2]");
        iae(() -> rng.normal(Np.zeros(3), Np.ones(3), 2), "normal", "shape mismatch", "size [2]");
        iae(() -> rng.normal(Np.zeros(3), Np.ones(3), 3, 1), "normal", "shape mismatch", "size [3, 1]");
        iae(() -> rng.normal(Np.zeros(3), Np.array(new double[] {1, -1, 1})), "normal", "std must be >= 0",
                "flat position 1");
        iae(() -> rng.uniform(Np.scalar(-Double.MAX_VALUE), Np.scalar(Double.MAX_VALUE)), "uniform", "finite");
        iae(() -> rng.gamma(Np.array(new double[] {1, Double.NaN}), Np.scalar(1.0)), "gamma", "shape < 0 or NaN");
        iae(() -> rng.beta(Np.scalar(1.0), Np.array(new double[] {0})), "beta", "b <= 0");
        iae(() -> rng.poisson(Np.array(new double[] {-1})), "poisson", "lam < 0");
        iae(() -> rng.binomial(Np.array(new long[] {-1}), Np.scalar(0.5)), "binomial", "n < 0");
        iae(() -> rng.binomial(Np.array(new long[] {1}), Np.scalar(1.5)), "binomial", "p > 1");
        iae(() -> rng.integers(Np.array(new long[] {0, 5}), Np.scalar(5, INT64)), "integers", "low >= high",
                "flat position 1");
        iae(() -> rng.integers(Np.scalar(0, INT64), Np.array(new long[] {300}), DType.UINT8), "integers",
                "out of bounds for uint8");
        iae(() -> rng.integers(Np.scalar(0, INT64), Np.scalar(3, INT64), FLOAT64), "integers", "integer type");
    }

    /** Every {@code stride}-th value of v from {@code offset}: one cell of samples laid out last. */
    private static double[] column(double[] v, int stride, int offset) {
        double[] c = new double[v.length / stride];
        for (int i = 0; i < c.length; i++) {
            c[i] = v[i * stride + offset];
        }
        return c;
    }

    // ---- choice --------------------------------------------------------------------------------------

    @Test
    void choiceWithoutReplacementIsDistinct() {
        long[] v = Np.random(31).choice(100, 100, false).toLongArray();
        long[] sorted = v.clone();
        Arrays.sort(sorted);
        assertArrayEquals(Np.arange(100).toLongArray(), sorted, "size n without replacement: a permutation");
        long[] some = Np.random(31).choice(1_000_000_000_000L, 1000, false).toLongArray();
        assertEquals(1000, Arrays.stream(some).distinct().count(), "distinct from a huge population");
        assertTrue(Arrays.stream(some).allMatch(x -> x >= 0 && x < 1_000_000_000_000L), "in range");
        assertTrue(Arrays.stream(some).anyMatch(x -> x > 500_000_000_000L), "not stuck at the low end");
        // a population past the dense array's 2^20, sampled densely enough that a lost swap repeats
        long population = (1 << 20) + 3;
        long[] many = Np.random(31).choice(population, 400_000, false).toLongArray();
        assertEquals(400_000, Arrays.stream(many).distinct().count(), "distinct from a population of 2^20 + 3");
        assertTrue(Arrays.stream(many).allMatch(x -> x >= 0 && x < population), "in range");
        // each index equally likely to be among 3 of 10: 3000 draws, 9000 indices, chi-square 9 df
        // against 42.0, scipy.stats.chi2.isf(1e-6, 9)
        TensorRandom rng = Np.random(32);
        double[] counts = new double[10];
        for (int i = 0; i < 3000; i++) {
            for (long x : rng.choice(10, 3, false).toLongArray()) {
                counts[(int) x]++;
            }
        }
        double[] probs = new double[10];
        Arrays.fill(probs, 0.1);
        checkChiSquare("choice(10, 3, false)", counts, probs, 9000, 42.0);
        assertEquals(0, Np.random(1).choice(5, 0, false).size());
        assertEquals(0, Np.random(1).choice(0, 0, true).size());
    }

    @Test
    void choiceWithProbabilitiesNeverPicksAZero() {
        Tensor p = Np.array(new double[] {0, 0.5, 0, 0.5, 0});
        for (boolean replace : new boolean[] {true, false}) {
            long size = replace ? 1000 : 2;
            long[] v = Np.random(33).choice(5, size, replace, p).toLongArray();
            assertTrue(Arrays.stream(v).allMatch(x -> x == 1 || x == 3), "only indices 1 and 3, replace " + replace);
        }
        long[] both = Np.random(33).choice(5, 2, false, p).toLongArray();
        Arrays.sort(both);
        assertArrayEquals(new long[] {1, 3}, both);
        Tensor certain = Np.array(new float[] {0, 0, 1});
        assertTrue(Arrays.stream(Np.random(1).choice(3, 50, true, certain).toLongArray()).allMatch(x -> x == 2),
                "p = [0, 0, 1] (float32)");
        // within NumPy's tolerance: |sum - 1| <= sqrt(eps) for float64, sqrt(eps32) for float32
        Np.random(1).choice(2, 5, true, Np.array(new double[] {0.5, 0.5 + 1e-9}));
        Np.random(1).choice(2, 5, true, Np.array(new float[] {0.5f, 0.5001f}));
        iae(() -> Np.random(1).choice(2, 5, true, Np.array(new double[] {0.5, 0.5001})), "choice", "sum to 1");
    }

    @Test
    void choiceOfATensorTakesRows() {
        Tensor a = rows(20);
        Tensor picked = Np.random(34).choice(a, 7, false, null);
        assertOnBackend("choice(a)", picked);
        assertArrayEquals(new long[] {7, 3}, picked.shape());
        assertEquals(FLOAT64, picked.dtype());
        double[] v = picked.toDoubleArray();
        Set<Double> firsts = new HashSet<>();
        for (int r = 0; r < 7; r++) {
            assertEquals(10 * v[3 * r], v[3 * r + 1]);
            assertEquals(100 * v[3 * r], v[3 * r + 2]);
            firsts.add(v[3 * r]);
        }
        assertEquals(7, firsts.size(), "distinct rows without replacement");
        long[] indices = Np.random(34).choice(20, 7, false).toLongArray();
        for (int r = 0; r < 7; r++) {
            assertEquals(indices[r], v[3 * r], "the rows choice(20, 7, false) picks");
        }
        Tensor weighted = Np.random(35).choice(Np.array(new int[] {7, 8, 9}), 100, true,
                Np.array(new double[] {0, 1, 0}));
        assertEquals(INT32, weighted.dtype());
        assertTrue(Arrays.stream(weighted.toLongArray()).allMatch(x -> x == 8));
        iae(() -> Np.random(1).choice(Np.array(new double[] {3}).reshape(), 1, true, null), "choice", "0-d");
    }

    // ---- edge cases ------------------------------------------------------------------------------

    @Test
    void emptyAndDegenerateParameters() {
        TensorRandom rng = Np.random(41);
        for (Tensor t : List.of(rng.random(0), rng.random(3, 0), rng.standardNormal(0), rng.integers(0, 3, 0),
                rng.exponential(1, 0), rng.gamma(2, 1, 0), rng.beta(1, 1, 0), rng.binomial(5, 0.5, 0),
                rng.poisson(3, 0), rng.logistic(0, 1, 0), rng.laplace(0, 1, 0), rng.lognormal(0, 1, 0))) {
            assertOnBackend("empty", t);
            assertEquals(0, t.size());
        }
        assertArrayEquals(new long[] {3, 0}, rng.random(3, 0).shape());
        assertTrue(Arrays.stream(rng.binomial(0, 0.3, 20).toLongArray()).allMatch(x -> x == 0), "n = 0");
        assertTrue(Arrays.stream(rng.binomial(7, 0, 20).toLongArray()).allMatch(x -> x == 0), "p = 0");
        assertTrue(Arrays.stream(rng.binomial(7, 1, 20).toLongArray()).allMatch(x -> x == 7), "p = 1");
        assertTrue(Arrays.stream(rng.poisson(0, 20).toLongArray()).allMatch(x -> x == 0), "lam = 0");
        assertTrue(Arrays.stream(rng.gamma(0, 2, 20).toDoubleArray()).allMatch(x -> x == 0), "shape 0");
        assertTrue(Arrays.stream(rng.exponential(0, 20).toDoubleArray()).allMatch(x -> x == 0), "scale 0");
        long[] b = rng.binomial(50, 0.9, 2000).toLongArray();
        assertTrue(Arrays.stream(b).allMatch(x -> x >= 0 && x <= 50), "binomial within [0, n]");
        double[] beta = rng.beta(0.01, 0.01, 2000).toDoubleArray();
        assertTrue(Arrays.stream(beta).allMatch(x -> x >= 0 && x <= 1), "beta with tiny shapes: in [0, 1], no NaN");
        long[] huge = rng.poisson(1e15, 100).toLongArray();
        assertTrue(Arrays.stream(huge).allMatch(x -> Math.abs(x - 1e15) < 1e9), "poisson(1e15) within 30 sigma");
    }

    @Test
    void degenerateParametersOfTheOtherDistributions() {
        TensorRandom rng = Np.random(42);
        for (Tensor t : List.of(rng.chisquare(2, 0), rng.standardCauchy(0), rng.vonmises(0, 1, 0), rng.zipf(2, 0),
                rng.hypergeometric(3, 4, 2, 0), rng.multinomial(3, new double[] {0.5, 0.5}, 0),
                rng.dirichlet(new double[] {1, 1}, 0), rng.multivariateNormal(new double[] {0}, new double[][] {{1}}, 0))) {
            assertOnBackend("empty", t);
            assertEquals(0, t.size());
        }
        assertTrue(Arrays.stream(rng.geometric(1, 50).toLongArray()).allMatch(x -> x == 1), "geometric(p = 1)");
        assertTrue(Arrays.stream(rng.geometric(1e-300, 5).toLongArray()).allMatch(x -> x == Long.MAX_VALUE),
                "geometric(1e-300) clipped to int64's largest, as NumPy");
        assertTrue(Arrays.stream(rng.geometric(0.3, 5000).toLongArray()).allMatch(x -> x >= 1), "geometric >= 1");
        assertTrue(Arrays.stream(rng.weibull(0, 20).toDoubleArray()).allMatch(x -> x == 0), "weibull(a = 0)");
        assertTrue(Arrays.stream(rng.rayleigh(0, 20).toDoubleArray()).allMatch(x -> x == 0), "rayleigh(scale = 0)");
        assertTrue(Arrays.stream(rng.gumbel(1.5, 0, 20).toDoubleArray()).allMatch(x -> x == 1.5), "gumbel(scale = 0)");
        assertTrue(Arrays.stream(rng.negativeBinomial(3, 1, 20).toLongArray()).allMatch(x -> x == 0), "p = 1");
        assertTrue(Arrays.stream(rng.logseries(0, 20).toLongArray()).allMatch(x -> x == 1), "logseries(p = 0)");
        assertTrue(Arrays.stream(rng.zipf(2000, 20).toLongArray()).allMatch(x -> x == 1), "zipf(a >= 1025)");
        assertTrue(Arrays.stream(rng.power(1e-3, 2000).toDoubleArray()).allMatch(x -> x >= 0 && x <= 1), "power in [0, 1]");
        assertTrue(Arrays.stream(rng.vonmises(2.5, 1e300, 20).toDoubleArray()).allMatch(x -> x == 2.5), "kappa huge: mu");
        assertTrue(Arrays.stream(rng.vonmises(2.5, Double.POSITIVE_INFINITY, 20).toDoubleArray()).allMatch(x -> x == 2.5),
                "kappa = inf: mu, as NumPy");
        for (double[] muKappa : new double[][] {{3, 1}, {-3, 0.5}, {3.1, 2e6}, {10, 4}, {0, 1e-9}}) {
            double[] v = rng.vonmises(muKappa[0], muKappa[1], 5000).toDoubleArray();
            assertTrue(Arrays.stream(v).allMatch(x -> x >= -Math.PI && x <= Math.PI),
                    "vonmises" + Arrays.toString(muKappa) + " wrapped into [-pi, pi]");
        }
        // the support of the hypergeometric: max(0, nsample - nbad) .. min(nsample, ngood), both ends
        // drawn where they are likely enough (last column 1)
        long[][] cases = {{5, 20, 22, 2, 5, 1}, {0, 0, 0, 0, 0, 1}, {5, 0, 3, 3, 3, 1}, {0, 5, 3, 0, 0, 1},
                {40, 30, 70, 40, 40, 1}, {40, 30, 65, 35, 40, 1}, {3, 700, 300, 0, 3, 1}, {400, 300, 650, 350, 400, 0},
                {12, 3, 11, 8, 11, 1}};
        for (long[] c : cases) {
            long[] v = rng.hypergeometric(c[0], c[1], c[2], 3000).toLongArray();
            assertTrue(Arrays.stream(v).allMatch(x -> x >= c[3] && x <= c[4]), "hypergeometric" + Arrays.toString(c));
            assertTrue(c[5] == 0 || Arrays.stream(v).anyMatch(x -> x == c[3]) && Arrays.stream(v).anyMatch(x -> x == c[4]),
                    "hypergeometric" + Arrays.toString(c) + " reaches both ends of its support");
        }
        double[] tri = rng.triangular(0, 1, 1, 2000).toDoubleArray();
        assertTrue(Arrays.stream(tri).allMatch(x -> x >= 0 && x <= 1), "triangular with mode = right");
        // the same stream through the same sampler
        assertArrayEquals(Np.random(7).chisquare(3, 50).toDoubleArray(),
                Np.random(7).noncentralChisquare(3, 0, 50).toDoubleArray(), "nonc = 0 is the central chi-square");
        assertArrayEquals(Np.random(7).standardNormal(50).toDoubleArray(),
                Np.random(7).standardT(Double.POSITIVE_INFINITY, 50).toDoubleArray(), "t with df = inf is normal");
        double[] f = rng.f(1e-3, 1e-3, 2000).toDoubleArray();
        assertTrue(Arrays.stream(f).noneMatch(Double::isNaN), "f with tiny df: no 0/0");
    }

    @Test
    void multivariateResultsHaveATrailingAxisAndTheirConstraints() {
        TensorRandom rng = Np.random(43);
        double[] pvals = {0.2, 0.3, 0.1, 0.4};
        Tensor counts = rng.multinomial(17, pvals, 50, 40);
        assertOnBackend("multinomial", counts);
        assertEquals(INT64, counts.dtype());
        assertArrayEquals(new long[] {50, 40, 4}, counts.shape());
        long[] c = counts.toLongArray();
        for (int r = 0; r < 2000; r++) {
            long sum = 0;
            for (int j = 0; j < 4; j++) {
                assertTrue(c[4 * r + j] >= 0, "counts >= 0");
                sum += c[4 * r + j];
            }
            assertEquals(17, sum, "multinomial row " + r + " sums to n");
        }
        assertArrayEquals(new long[] {4}, rng.multinomial(5, pvals).shape(), "no size: shape (k,)");
        assertArrayEquals(new long[] {0, 0, 0, 0}, rng.multinomial(0, pvals).toLongArray(), "n = 0");
        assertArrayEquals(new long[] {0, 9, 0}, rng.multinomial(9, new double[] {0, 1, 0.5}).toLongArray(),
                "pvals[:-1] summing to 1 leave nothing to the last");
        Tensor drawn = rng.multivariateHypergeometric(new long[] {3, 5, 0, 2}, 6, 25, 40);
        assertOnBackend("multivariateHypergeometric", drawn);
        assertArrayEquals(new long[] {25, 40, 4}, drawn.shape());
        long[] urn = drawn.toLongArray();
        for (int r = 0; r < 1000; r++) {
            assertTrue(urn[4 * r] <= 3 && urn[4 * r + 1] <= 5 && urn[4 * r + 2] == 0 && urn[4 * r + 3] <= 2,
                    "no colour drawn more often than it is in the urn");
            assertEquals(6, urn[4 * r] + urn[4 * r + 1] + urn[4 * r + 2] + urn[4 * r + 3], "row " + r + " sums to nsample");
        }
        assertArrayEquals(new long[] {3, 5, 2}, rng.multivariateHypergeometric(new long[] {3, 5, 2}, 10).toLongArray(),
                "nsample = sum(colors) takes everything");
        Tensor simplex = rng.dirichlet(new double[] {0.5, 1, 2}, 30, 20);
        assertOnBackend("dirichlet", simplex);
        assertArrayEquals(new long[] {30, 20, 3}, simplex.shape());
        for (double[] alpha : new double[][] {{0.5, 1, 2}, {0.05, 0.09, 0.07}, {1e-3, 2e-3}, {0.5, 0, 4}}) {
            double[] d = rng.dirichlet(alpha, 2000).toDoubleArray();
            int k = alpha.length;
            for (int r = 0; r < 2000; r++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    assertTrue(d[k * r + j] >= 0 && d[k * r + j] <= 1, "dirichlet components in [0, 1]");
                    assertTrue(alpha[j] != 0 || d[k * r + j] == 0, "a zero alpha gives a zero component");
                    sum += d[k * r + j];
                }
                assertEquals(1, sum, 1e-12, "dirichlet" + Arrays.toString(alpha) + " row " + r + " sums to 1");
            }
        }
        assertArrayEquals(new double[] {0, 0, 0, 0}, rng.dirichlet(new double[] {0, 0}, 2).toDoubleArray(),
                "all alpha 0: zeros, as NumPy");
        // NumPy multiplies by 1 / sum, so a lone non-zero component is 1 to within an ulp
        assertArrayEquals(new double[] {0, 1, 0, 1}, rng.dirichlet(new double[] {0, 1}, 2).toDoubleArray(), 0x1p-53);
        assertArrayEquals(new long[] {2, 0}, rng.dirichlet(new double[0], 2).shape(), "empty alpha: (size, 0)");
    }

    @Test
    void multivariateNormalHasTheCovariance() {
        double[] mean = {1, -2, 0.5};
        double[][] cov = {{2, 0.8, -0.3}, {0.8, 1, 0.2}, {-0.3, 0.2, 0.5}};
        int n = 20000;
        Tensor drawn = Np.random(44).multivariateNormal(mean, cov, n);
        assertOnBackend("multivariateNormal", drawn);
        assertArrayEquals(new long[] {n, 3}, drawn.shape());
        double[] x = drawn.toDoubleArray();
        double[] m = new double[3];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < 3; j++) {
                m[j] += x[3 * r + j] / n;
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double s = 0;
                for (int r = 0; r < n; r++) {
                    s += (x[3 * r + a] - m[a]) * (x[3 * r + b] - m[b]);
                }
                double sample = s / (n - 1);
                // the standard error of a normal sample covariance
                double error = Math.sqrt((cov[a][a] * cov[b][b] + cov[a][b] * cov[a][b]) / n);
                assertEquals(cov[a][b], sample, STANDARD_ERRORS * error, "covariance [" + a + "][" + b + "]");
            }
        }
        // a singular covariance: the samples lie on its range, here x1 - x0 = mean1 - mean0
        double[] line = Np.random(45).multivariateNormal(new double[] {0.5, -1}, new double[][] {{1, 1}, {1, 1}}, 500)
                .toDoubleArray();
        for (int r = 0; r < 500; r++) {
            assertEquals(-1.5, line[2 * r + 1] - line[2 * r], 1e-12, "singular cov: on the line");
        }
        double[][] indefinite = {{1, 2}, {2, 1}};
        assertArrayEquals(Np.random(46).multivariateNormal(mean, cov, "ignore", 5).toDoubleArray(),
                Np.random(46).multivariateNormal(mean, cov, 5).toDoubleArray(), "warn and ignore draw the same");
        assertArrayEquals(Np.random(46).multivariateNormal(new double[] {0, 0}, indefinite, "ignore", 5).toDoubleArray(),
                Np.random(46).multivariateNormal(new double[] {0, 0}, indefinite, "warn", 5).toDoubleArray(),
                "an invalid cov is only warned about by default");
        iae(() -> Np.random(1).multivariateNormal(new double[] {0, 0}, indefinite, "raise", 5), "multivariateNormal",
                "not symmetric positive-semidefinite");
        iae(() -> Np.random(1).multivariateNormal(new double[] {0, 0}, new double[][] {{1, 0}, {1, 1}}, "raise", 5),
                "multivariateNormal", "not symmetric positive-semidefinite");
        // nearly PSD within NumPy's tolerance 1e-8 is accepted
        Np.random(1).multivariateNormal(new double[] {0, 0}, new double[][] {{1, 1}, {1, 1 - 1e-10}}, "raise", 5);
    }

    // ---- errors, as NumPy's ValueErrors, naming the method and the value ---------------------------

    @Test
    void invalidParametersAreRejected() {
        TensorRandom rng = Np.random(0);
        iae(() -> rng.integers(5, 5, 3), "integers", "low >= high", "5");
        iae(() -> rng.integers(6, 5, 3), "integers", "low >= high", "6");
        iae(() -> rng.integers(0, 1L << 40, INT32, 3), "integers", "int32");
        iae(() -> rng.integers(0, 3, FLOAT64, 3), "integers", "int32 or int64", "float64");
        iae(() -> rng.random(INT64, 3), "random", "float32 or float64", "int64");
        iae(() -> rng.random(2, -1), "random", "negative dimension -1");
        iae(() -> rng.standardNormal(INT32, 3), "standardNormal", "int32");
        iae(() -> rng.exponential(-1, 3), "exponential", "scale", "-1.0");
        iae(() -> rng.exponential(Double.NaN, 3), "exponential", "scale", "NaN");
        iae(() -> rng.gamma(-0.5, 1, 3), "gamma", "shape", "-0.5");
        iae(() -> rng.gamma(1, -2, 3), "gamma", "scale", "-2.0");
        iae(() -> rng.standardGamma(-1, 3), "standardGamma", "shape", "-1.0");
        iae(() -> rng.beta(0, 1, 3), "beta", "a <= 0", "0.0");
        iae(() -> rng.beta(1, -1, 3), "beta", "b <= 0", "-1.0");
        iae(() -> rng.binomial(-1, 0.5, 3), "binomial", "n < 0", "-1");
        iae(() -> rng.binomial(3, 1.5, 3), "binomial", "p > 1", "1.5");
        iae(() -> rng.binomial(3, Double.NaN, 3), "binomial", "NaN");
        iae(() -> rng.poisson(-1, 3), "poisson", "lam < 0", "-1.0");
        iae(() -> rng.poisson(1e19, 3), "poisson", "lam value too large", "1.0E19");
        iae(() -> rng.logistic(0, -1, 3), "logistic", "scale", "-1.0");
        iae(() -> rng.laplace(0, -1, 3), "laplace", "scale", "-1.0");
        iae(() -> rng.lognormal(0, -1, 3), "lognormal", "sigma", "-1.0");
        iae(() -> rng.normal(0, -1, 3), "normal", "std", "-1.0");
        iae(() -> rng.permutation(-1), "permutation", "-1");
        iae(() -> rng.choice(3, 5, false), "choice", "larger sample than the population", "5", "3");
        iae(() -> rng.choice(0, 1, true), "choice", "unless no samples are taken");
        iae(() -> rng.choice(3, -1, true), "choice", "size", "-1");
        iae(() -> rng.choice(3, 2, true, Np.array(new double[] {0.5, 0.6, -0.1})), "choice", "not non-negative",
                "-0.1");
        iae(() -> rng.choice(3, 2, true, Np.array(new double[] {0.5, 0.5})), "choice", "same size", "3", "2");
        iae(() -> rng.choice(3, 2, true, Np.array(new double[] {0.5, 0.6, 0.1})), "choice", "do not sum to 1");
        iae(() -> rng.choice(3, 2, true, Np.array(new double[] {Double.NaN, 0.5, 0.5})), "choice", "NaN");
        iae(() -> rng.choice(3, 2, true, Np.array(new double[] {0.5, 0.5, 0}).reshape(1, 3)), "choice",
                "1-dimensional");
        iae(() -> rng.choice(3, 3, false, Np.array(new double[] {0.5, 0.5, 0})), "choice",
                "fewer non-zero entries in p than size");
        iae(() -> rng.choice(Np.zeros(0), 1, true, null), "choice", "unless no samples are taken");
        iae(() -> rng.chisquare(0, 3), "chisquare", "df <= 0", "0.0");
        iae(() -> rng.chisquare(Double.NaN, 3), "chisquare", "df", "NaN");
        iae(() -> rng.noncentralChisquare(0, 1, 3), "noncentralChisquare", "df <= 0");
        iae(() -> rng.noncentralChisquare(1, -1, 3), "noncentralChisquare", "nonc < 0", "-1.0");
        iae(() -> rng.f(0, 1, 3), "f", "dfnum <= 0");
        iae(() -> rng.f(1, -2, 3), "f", "dfden <= 0", "-2.0");
        iae(() -> rng.noncentralF(0, 1, 1, 3), "noncentralF", "dfnum <= 0");
        iae(() -> rng.noncentralF(1, 0, 1, 3), "noncentralF", "dfden <= 0");
        iae(() -> rng.noncentralF(1, 1, -1, 3), "noncentralF", "nonc < 0");
        iae(() -> rng.standardT(0, 3), "standardT", "df <= 0");
        iae(() -> rng.weibull(-1, 3), "weibull", "a < 0", "-1.0");
        iae(() -> rng.pareto(0, 3), "pareto", "a <= 0", "0.0");
        iae(() -> rng.power(-1, 3), "power", "a <= 0", "-1.0");
        iae(() -> rng.rayleigh(-1, 3), "rayleigh", "scale < 0", "-1.0");
        iae(() -> rng.gumbel(0, -1, 3), "gumbel", "scale < 0", "-1.0");
        iae(() -> rng.wald(0, 1, 3), "wald", "mean <= 0");
        iae(() -> rng.wald(1, 0, 3), "wald", "scale <= 0");
        iae(() -> rng.triangular(1, 0, 2, 3), "triangular", "left > mode", "1.0", "0.0");
        iae(() -> rng.triangular(0, 3, 2, 3), "triangular", "mode > right", "3.0", "2.0");
        iae(() -> rng.triangular(1, 1, 1, 3), "triangular", "left == right");
        iae(() -> rng.triangular(0, Double.NaN, 1, 3), "triangular", "NaN");
        iae(() -> rng.vonmises(0, -1, 3), "vonmises", "kappa < 0", "-1.0");
        iae(() -> rng.vonmises(0, Double.NaN, 3), "vonmises", "kappa", "NaN");
        iae(() -> rng.geometric(0, 3), "geometric", "p <= 0", "0.0");
        iae(() -> rng.geometric(1.5, 3), "geometric", "p > 1", "1.5");
        iae(() -> rng.geometric(Double.NaN, 3), "geometric", "NaN");
        iae(() -> rng.negativeBinomial(0, 0.5, 3), "negativeBinomial", "n <= 0", "0.0");
        iae(() -> rng.negativeBinomial(1, 0, 3), "negativeBinomial", "p <= 0");
        iae(() -> rng.negativeBinomial(1e10, 1e-9, 3), "negativeBinomial", "n too large or p too small");
        iae(() -> rng.hypergeometric(-1, 2, 1, 3), "hypergeometric", "ngood < 0", "-1");
        iae(() -> rng.hypergeometric(1, -2, 1, 3), "hypergeometric", "nbad < 0", "-2");
        iae(() -> rng.hypergeometric(1, 2, -1, 3), "hypergeometric", "nsample < 0", "-1");
        iae(() -> rng.hypergeometric(3, 2, 6, 3), "hypergeometric", "ngood + nbad < nsample", "6");
        iae(() -> rng.hypergeometric(1_000_000_000L, 1, 1, 3), "hypergeometric", "less than 1000000000");
        iae(() -> rng.logseries(1, 3), "logseries", "p >= 1", "1.0");
        iae(() -> rng.logseries(-0.1, 3), "logseries", "p < 0", "-0.1");
        iae(() -> rng.zipf(1, 3), "zipf", "a <= 1", "1.0");
        iae(() -> rng.zipf(Double.NaN, 3), "zipf", "NaN");
        iae(() -> rng.multinomial(-1, new double[] {0.5, 0.5}, 3), "multinomial", "n < 0", "-1");
        iae(() -> rng.multivariateHypergeometric(new long[] {3, 5, 2}, 11), "multivariateHypergeometric",
                "nsample > sum(colors)", "11 > 10");
        iae(() -> rng.multivariateHypergeometric(new long[] {3, -5, 2}, 4), "multivariateHypergeometric",
                "nonnegative", "[3, -5, 2]");
        iae(() -> rng.multivariateHypergeometric(new long[] {3, 5, 2}, -1), "multivariateHypergeometric",
                "nsample must be nonnegative");
        iae(() -> rng.multivariateHypergeometric(new long[] {1_000_000_000L, 1}, 5), "multivariateHypergeometric",
                "less than 1000000000");
        iae(() -> rng.multinomial(10, new double[] {0.2, 0.9, 0.5}, 3), "multinomial", "sum(pvals[:-1]) > 1.0");
        iae(() -> rng.multinomial(10, new double[] {-0.1, 1.1}, 3), "multinomial", "pvals < 0", "pvals[0]", "-0.1");
        iae(() -> rng.multinomial(10, new double[] {0.5, Double.NaN}, 3), "multinomial", "NaN", "pvals[1]");
        iae(() -> rng.multinomial(10, new double[0], 3), "multinomial", "at least one");
        iae(() -> rng.dirichlet(new double[] {1, -1}, 3), "dirichlet", "alpha < 0", "alpha[1]", "-1.0");
        iae(() -> rng.dirichlet(new double[] {Double.NaN}, 3), "dirichlet", "NaN");
        double[][] identity = {{1, 0}, {0, 1}};
        iae(() -> rng.multivariateNormal(new double[] {0, 0, 0}, identity, 3), "multivariateNormal",
                "mean and cov must have same length", "3", "2 x 2");
        iae(() -> rng.multivariateNormal(new double[] {0, 0}, new double[][] {{1, 0, 0}, {0, 1, 0}}, 3),
                "multivariateNormal", "2 dimensional and square");
        iae(() -> rng.multivariateNormal(new double[] {0, 0}, identity, "x", 3), "multivariateNormal",
                "check_valid must equal 'warn', 'raise', or 'ignore'", "'x'");
        iae(() -> rng.multivariateNormal(new double[] {0, 0}, new double[][] {{1, Double.NaN}, {0, 1}}, 3),
                "multivariateNormal", "finite", "NaN");
        iae(() -> rng.multivariateNormal(new double[0], new double[0][0], 3), "multivariateNormal", "at least one");
        iae(() -> rng.multivariateNormal(new double[] {0}, new double[][] {{1}}, -1), "multivariateNormal",
                "negative dimension");
        assertNotEquals(null, rng.random(1), "the generator still works after rejected calls");
    }
}
