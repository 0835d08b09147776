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
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Np#defaultRng(long)} on NumPy's own stream: the call sequences of
 * {@code random_stream.csv} (written by {@code tests/reference/generate.py random_stream} from
 * {@code np.random.default_rng(seed)}) replayed in order on one generator per case, every value
 * equal bit for bit (float64 and float32 bits, integers exactly), the tensors on the backend under
 * test (the samples that go through log, exp or cos to 1e-13, see {@link #THROUGH_LIBM}). A wrong value anywhere in a sequence also shifts every later call's, so a case fails at the
 * first call that consumed the stream differently from NumPy.
 */
public abstract class RandomStreamConformance extends ConformanceCase {

    /**
     * The calls whose samples go through log, exp or cos: the same draws as NumPy's, but Java's
     * functions and C's may round the last bit differently (about 1 sample in 1000 here), which the
     * sample's arithmetic can magnify; everything else must be equal bit for bit.
     */
    private static final Set<String> THROUGH_LIBM = Set.of("logistic", "laplace", "gumbel", "vonmises");

    /** Relative (plus absolute, near zero) difference allowed to those calls' samples. */
    private static final double LIBM_TOLERANCE = 1e-13;

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
            if (THROUGH_LIBM.contains(row.get("call"))) {
                double[] want = Arrays.stream(expected).mapToDouble(ReferenceData::parseDouble).toArray();
                double[] got = result.toDoubleArray();
                for (int i = 0; i < want.length; i++) {
                    double w = want[i];
                    double g = got[i];
                    assertTrue(Math.abs(g - w) <= LIBM_TOLERANCE * (1 + Math.abs(w)),
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
