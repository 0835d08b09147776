package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorRandom;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Np#defaultRng(long)} on NumPy's own stream: the call sequences of
 * {@code random_stream.csv} (written by {@code tests/reference/generate.py random_stream} from
 * {@code np.random.default_rng(seed)}) replayed in order on one generator per case, every value
 * equal bit for bit (float64 and float32 bits, integers exactly), the tensors on the backend under
 * test (the samples that go through log, exp, pow or cos to 1e-13, float32 ones to a few ulps, see
 * {@link #throughLibm}). A wrong value anywhere in a sequence also shifts every later call's, so a case fails at the
 * first call that consumed the stream differently from NumPy.
 */
public abstract class RandomStreamConformance extends ConformanceCase {

    /**
     * Relative (plus absolute, near zero) difference allowed to the float64 samples that go through
     * log, exp, pow, expm1 or cos ({@link #throughLibm}): the same draws as NumPy's, but Java's
     * functions and C's may round the last bit differently (about 1 sample in 1000 here), which the
     * sample's arithmetic can magnify; everything else must be equal bit for bit.
     */
    private static final double LIBM_TOLERANCE = 1e-13;

    /**
     * The same for float32 samples: a few float ulps (C's powf/logf against Java's double functions
     * rounded, and the four entries of NumPy's float32 exponential table that jtensor's correctly
     * rounded table differs from by one ulp).
     */
    private static final double FLOAT32_TOLERANCE = 4e-7;

    static Stream<Arguments> cases() {
        return ReferenceData.groupArguments("random_stream.csv", r -> r.get("case"));
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void sequenceMatchesNumpy(String number, List<Row> calls) {
        TensorRandom rng = Np.defaultRng(new BigInteger(calls.get(0).get("seed")));
        for (Row row : calls) {
            DType dtype = ReferenceData.dtype(row.get("dtype"));
            long[] shape = ReferenceData.parseShape(row.get("shape"));
            String[] expected = ReferenceData.tokens(row.get("expected"));
            String message = row.where() + " " + row.get("call") + " " + row.get("args");
            if (row.get("call").equals("bytes")) {
                byte[] bytes = rng.bytes(Integer.parseInt(row.get("args")));
                long[] actual = new long[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    actual[i] = bytes[i] & 0xff;
                }
                assertArrayEquals(Arrays.stream(expected).mapToLong(Long::parseLong).toArray(), actual, message);
                continue;
            }
            Tensor result = call(rng, row, dtype, shape);
            assertArrayEquals(shape, result.shape(), message + ": shape");
            assertEquals(dtype, result.dtype(), message + ": dtype");
            assertEquals(backend(), result.backend(), message + ": on the backend under test");
            if (dtype.isFloatingPoint() && throughLibm(row.get("call"), row.get("args").split(" "), dtype)) {
                double tolerance = dtype == DType.FLOAT32 ? FLOAT32_TOLERANCE : LIBM_TOLERANCE;
                double[] want = Arrays.stream(expected).mapToDouble(ReferenceData::parseDouble).toArray();
                double[] got = result.toDoubleArray();
                for (int i = 0; i < want.length; i++) {
                    double w = want[i];
                    double g = got[i];
                    assertTrue(Math.abs(g - w) <= tolerance * (1 + Math.abs(w)),
                            () -> message + ": " + g + " for NumPy's " + w);
                }
            } else if (dtype.isFloatingPoint()) {
                long[] want = Arrays.stream(expected).mapToLong(s -> Double.doubleToRawLongBits(ReferenceData.parseDouble(s))).toArray();
                long[] got = Arrays.stream(result.toDoubleArray()).mapToLong(Double::doubleToRawLongBits).toArray();
                assertArrayEquals(want, got, message);
            } else {
                assertArrayEquals(Arrays.stream(expected).mapToLong(ReferenceData::parseLong).toArray(), result.toLongArray(),
                        message);
            }
        }
    }

    private static Tensor call(TensorRandom rng, Row row, DType dtype, long[] shape) {
        String[] a = row.get("args").split(" ");
        long size = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
        return switch (row.get("call")) {
            case "random" -> rng.random(dtype, shape);
            case "uniform" -> rng.uniform(Double.parseDouble(a[0]), Double.parseDouble(a[1]), dtype, shape);
            case "integers" -> rng.integers(Long.parseLong(a[0]), Long.parseLong(a[1]), a[2].equals("1"), dtype, shape);
            case "integers_array" -> rng.integers(Np.array(longs(a[0])), Np.array(longs(a[1])), dtype, shape);
            case "permutation_n" -> rng.permutation(Long.parseLong(a[0]));
            case "permutation" -> rng.permutation(arange(size, shape), Integer.parseInt(a[0]));
            case "shuffle" -> {
                Tensor x = arange(size, shape);
                rng.shuffle(x, Integer.parseInt(a[0]));
                yield x;
            }
            case "permuted" -> a[0].equals("none") ? rng.permuted(arange(size, shape))
                    : rng.permuted(arange(size, shape), Integer.parseInt(a[0]));
            case "choice" -> rng.choice(Long.parseLong(a[0]), Long.parseLong(a[1]), a[2].equals("1"),
                    a[3].equals("-") ? null : Np.array(Arrays.stream(a[3].split("/")).mapToDouble(Double::parseDouble).toArray()),
                    a.length < 5 || a[4].equals("1"));
            case "spawn_random" -> rng.spawn().random(dtype, shape);
            case "standard_normal" -> rng.standardNormal(dtype, shape);
            case "standard_exponential" -> rng.standardExponential(dtype, shape);
            case "standard_gamma" -> rng.standardGamma(d(a[0]), dtype, shape);
            case "standard_exponential_inv" -> rng.standardExponential(shape, dtype, "inv", null);
            case "random_out", "standard_normal_out", "standard_exponential_out", "standard_gamma_out", "permuted_out" ->
                    intoOut(rng, row.get("call"), a, dtype, shape, size);
            case "normal" -> rng.normal(d(a[0]), d(a[1]), shape);
            case "exponential" -> rng.exponential(d(a[0]), shape);
            case "gamma" -> rng.gamma(d(a[0]), d(a[1]), shape);
            case "lognormal" -> rng.lognormal(d(a[0]), d(a[1]), shape);
            case "beta" -> rng.beta(d(a[0]), d(a[1]), shape);
            case "chisquare" -> rng.chisquare(d(a[0]), shape);
            case "f" -> rng.f(d(a[0]), d(a[1]), shape);
            case "standard_t" -> rng.standardT(d(a[0]), shape);
            case "standard_cauchy" -> rng.standardCauchy(shape);
            case "weibull" -> rng.weibull(d(a[0]), shape);
            case "pareto" -> rng.pareto(d(a[0]), shape);
            case "power" -> rng.power(d(a[0]), shape);
            case "rayleigh" -> rng.rayleigh(d(a[0]), shape);
            case "wald" -> rng.wald(d(a[0]), d(a[1]), shape);
            case "noncentral_chisquare" -> rng.noncentralChisquare(d(a[0]), d(a[1]), shape);
            case "noncentral_f" -> rng.noncentralF(d(a[0]), d(a[1]), d(a[2]), shape);
            case "negative_binomial" -> rng.negativeBinomial(d(a[0]), d(a[1]), shape);
            case "dirichlet" -> rng.dirichlet(Arrays.stream(a[0].split("/")).mapToDouble(Double::parseDouble).toArray(),
                    Arrays.copyOf(shape, shape.length - 1));
            case "logistic" -> rng.logistic(d(a[0]), d(a[1]), shape);
            case "laplace" -> rng.laplace(d(a[0]), d(a[1]), shape);
            case "gumbel" -> rng.gumbel(d(a[0]), d(a[1]), shape);
            case "triangular" -> rng.triangular(d(a[0]), d(a[1]), d(a[2]), shape);
            case "vonmises" -> rng.vonmises(d(a[0]), d(a[1]), shape);
            case "poisson" -> rng.poisson(d(a[0]), shape);
            case "geometric" -> rng.geometric(d(a[0]), shape);
            case "logseries" -> rng.logseries(d(a[0]), shape);
            case "zipf" -> rng.zipf(d(a[0]), shape);
            case "binomial" -> rng.binomial(Long.parseLong(a[0]), d(a[1]), shape);
            case "hypergeometric" -> rng.hypergeometric(Long.parseLong(a[0]), Long.parseLong(a[1]), Long.parseLong(a[2]), shape);
            case "multinomial" -> rng.multinomial(Long.parseLong(a[0]),
                    Arrays.stream(a[1].split("/")).mapToDouble(Double::parseDouble).toArray(),
                    Arrays.copyOf(shape, shape.length - 1));
            case "multivariate_hypergeometric" -> rng.multivariateHypergeometric(longs(a[0]), Long.parseLong(a[1]),
                    Arrays.copyOf(shape, shape.length - 1));
            default -> throw new IllegalArgumentException(row.where() + ": unknown call " + row.get("call"));
        };
    }

    /** The call with out= a zero tensor of the row's shape in layout C or F (Fortran order); returns out. */
    private static Tensor intoOut(TensorRandom rng, String call, String[] a, DType dtype, long[] shape, long size) {
        long[] reversed = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            reversed[i] = shape[shape.length - 1 - i];
        }
        Tensor out = a[a.length - 1].equals("F") ? Np.zeros(reversed, dtype).T() : Np.zeros(shape, dtype);
        Tensor result = switch (call) {
            case "random_out" -> rng.random(null, dtype, out);
            case "standard_normal_out" -> rng.standardNormal(null, dtype, out);
            case "standard_exponential_out" -> rng.standardExponential(null, dtype, a[0], out);
            case "standard_gamma_out" -> rng.standardGamma(d(a[0]), null, dtype, out);
            default -> rng.permuted(arange(size, shape), a[0].equals("none") ? null : Integer.valueOf(a[0]), out);
        };
        assertSame(out, result, call + " returns out");
        return out;
    }

    /**
     * Whether a row's samples pass through a libm function whose last bit Java and C may round
     * differently: the inversions, and the gamma variates of shape below 1 (NumPy's method takes pow
     * and log of uniforms), which beta, chi-square and Dirichlet draw for small parameters; float32
     * exponentials because of NumPy's table (see {@link #FLOAT32_TOLERANCE}).
     */
    private static boolean throughLibm(String call, String[] a, DType dtype) {
        return switch (call) {
            case "logistic", "laplace", "gumbel", "vonmises", "lognormal", "weibull", "pareto", "power" -> true;
            // NumPy 2.4's wald rounds differently from its published formula, which jtensor follows
            case "wald" -> true;
            case "standard_exponential" -> dtype == DType.FLOAT32;
            case "standard_gamma", "standard_gamma_out" -> d(a[0]) < 1 || dtype == DType.FLOAT32 && d(a[0]) == 1;
            case "standard_exponential_out" -> dtype == DType.FLOAT32 && a[0].equals("zig");
            case "chisquare" -> d(a[0]) < 2;
            case "noncentral_chisquare" -> d(a[0]) <= 1;
            case "beta" -> Math.min(d(a[0]), d(a[1])) < 1;
            case "dirichlet" -> Arrays.stream(a[0].split("/")).mapToDouble(Double::parseDouble).min().orElse(1) < 1;
            default -> false;
        };
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static long[] longs(String slashed) {
        return Arrays.stream(slashed.split("/")).mapToLong(Long::parseLong).toArray();
    }

    private static Tensor arange(long size, long[] shape) {
        return Np.arange(size).astype(DType.INT64).reshape(shape);
    }
}
