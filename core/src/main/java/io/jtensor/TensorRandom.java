package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongToDoubleFunction;

/**
 * A seeded random generator for tensors, with the methods of NumPy's {@code Generator}
 * ({@code np.random.default_rng(seed)}) in camelCase: the same seed gives the same tensor on every
 * backend and every run. The samples are drawn on the host and uploaded to the backend that was
 * current when the generator was made; methods that take a tensor ({@link #permutation(Tensor)},
 * {@link #shuffle(Tensor)}, {@link #choice(Tensor, long, boolean, Tensor)}) work on that tensor's
 * backend. A generator is not thread-safe; give each thread its own with {@link #spawn()}.
 *
 * <p>Two streams. {@link Np#defaultRng(long)} draws from NumPy's own: PCG64 seeded through NumPy's
 * SeedSequence, one stream consumed in NumPy's order, so a sequence of calls gives NumPy's values:
 * <ul>
 *   <li>bit for bit: {@link #random(DType, long...)} (float64 and float32), {@link #uniform},
 *       {@link #integers(long, long, boolean, DType, long...)} (every dtype, endpoint, tensor
 *       bounds), {@link #permutation(long)}, {@link #permutation(Tensor, int)},
 *       {@link #shuffle(Tensor, int)}, {@link #permuted(Tensor, int)},
 *       {@link #choice(long, long, boolean, Tensor)} (every path of NumPy's, as with its default
 *       {@code shuffle=True}), {@link #bytes(int)}, {@link #spawn()};</li>
 *   <li>the same draws and values (checked bit for bit on the test seeds): {@link #triangular},
 *       {@link #poisson(double, long...)}, {@link #geometric} for p &gt;= 1/3, {@link #logseries},
 *       {@link #zipf}, {@link #binomial(long, double, long...)} for n·min(p, 1 - p) &lt; 10;</li>
 *   <li>the same draws and values, bit for bit on the test seeds (NumPy's ziggurat tables): {@link #standardNormal(long...)} (float64 and float32), {@link #normal},
 *       {@link #standardExponential(long...)} and {@link #exponential(double, long...)} (float64),
 *       {@link #standardGamma(double, long...)} for k &gt;= 1, and what is built on them without
 *       log, exp or pow of a sample (chisquare, f, standardT, standardCauchy, rayleigh,
 *       noncentralChisquare and noncentralF for df &gt; 1, negativeBinomial, beta and dirichlet with
 *       parameters &gt;= 1);</li>
 *   <li>the same draws, values to the last bits (Java's log, exp, pow and cos may round differently
 *       from C's; within 1e-13 relative in the tests): {@link #logistic}, {@link #laplace},
 *       {@link #gumbel}, {@link #vonmises}, {@link #lognormal}, {@link #weibull}, {@link #pareto},
 *       {@link #power}, {@link #wald}, gamma variates of shape &lt; 1 and what uses them; float32
 *       exponentials to a float ulp (four entries of NumPy's float32 table are not correctly
 *       rounded);</li>
 *   <li>jtensor's values on NumPy's draws where NumPy's arithmetic fails: Dirichlet stick-breaking
 *       (every alpha &lt; 0.1) and F, t and noncentral F with a df so small that a chi-square
 *       variate underflows;</li>
 *   <li>NumPy's draws, values not compared: {@link #multivariateNormal} (jtensor's SVD factor, whose
 *       singular vectors' signs may differ from LAPACK's). Larger binomials and the hypergeometric
 *       are NumPy's own samplers on this stream.</li>
 * </ul>
 * {@link Np#random(long)} draws from jtensor's own stream instead, a {@link SplittableRandom} with
 * NumPy's distributions but not its values; there every call draws from a child stream split off
 * the generator's, so a call's values depend only on the seed and the calls made before it, not
 * on how many uniforms a rejection sampler used, and float32 results are the float64 samples
 * rounded once (except {@link #random(DType, long...)}, which keeps them below 1, and the float32
 * standard normal, exponential and gamma samplers, which are NumPy's float32 ones on both streams).
 *
 * <pre>{@code
 * TensorRandom rng = Np.defaultRng(42);
 * rng.random(3);                                      // [0.77395605 0.43887844 0.85859792], as NumPy
 * Tensor w = rng.normal(0, 0.01, 784, 128);           // float64, NumPy's distribution
 * Tensor batch = rng.choice(dataset, 32, false, null); // 32 distinct rows of dataset
 * rng.shuffle(labels);                                // in place, along axis 0
 * }</pre>
 */
public final class TensorRandom {

    private static final Logger LOG = LoggerFactory.getLogger(TensorRandom.class);

    /** NumPy's largest Poisson mean (np.random's POISSON_LAM_MAX, int64 max minus 10 sigma). */
    private static final double POISSON_LAM_MAX = 9.223372006484771e18;

    /** Above this population, choice without replacement tracks swaps in a map, not an array. */
    private static final long DENSE_POPULATION = 1 << 20;

    /** jtensor's own stream ({@link Np#random(long)}); null on NumPy's. */
    private final SplittableRandom random;
    /** NumPy's PCG64 stream ({@link Np#defaultRng(long)}); null on jtensor's. */
    private final Pcg64 pcg;
    /** The seed sequence pcg was seeded from, for {@link #spawn()}. */
    private final SeedSequence seeds;
    private final Backend backend;

    TensorRandom(long seed, Backend backend) {
        this(new SplittableRandom(seed), null, backend);
    }

    /** A generator on NumPy's stream: {@code np.random.default_rng(SeedSequence)}. */
    TensorRandom(SeedSequence seeds, Backend backend) {
        this(null, seeds, backend);
    }

    private TensorRandom(SplittableRandom random, SeedSequence seeds, Backend backend) {
        this.random = random;
        this.seeds = seeds;
        this.pcg = seeds == null ? null : new Pcg64(seeds);
        this.backend = backend;
    }

    // ---- independent streams --------------------------------------------------------------------

    /**
     * An independent child generator ({@code Generator.spawn(1)[0]}), on the same backend: use one
     * per thread. On NumPy's stream ({@link Np#defaultRng(long)}) the child is NumPy's, seeded from
     * the seed sequence with the next spawn key, and this generator's own stream does not move; on
     * jtensor's ({@link Np#random(long)}) it is split off this one's stream
     * ({@link SplittableRandom#split()}), which advances it. Either way the child is reproducible
     * from the seed and the calls made before it.
     *
     * <pre>{@code
     * TensorRandom worker = rng.spawn();   // hand to another thread
     * }</pre>
     */
    public TensorRandom spawn() {
        return pcg != null ? new TensorRandom(seeds.spawn(1).get(0), backend)
                : new TensorRandom(random.split(), null, backend);
    }

    /**
     * {@code n} independent child generators ({@code Generator.spawn(n)}), as {@link #spawn()}
     * called n times.
     *
     * @throws IllegalArgumentException for n &lt; 0
     */
    public List<TensorRandom> spawn(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("spawn: n must be >= 0, got " + n);
        }
        List<TensorRandom> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(spawn());
        }
        return children;
    }

    // ---- uniform floats ------------------------------------------------------------------------

    /**
     * Float64 samples uniform in {@code [0, 1)} ({@code rng.random(shape)}): 53 random bits each.
     *
     * <pre>{@code
     * rng.random(2, 3)    // 2x3 float64 in [0, 1)
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative dimension
     */
    public Tensor random(long... shape) {
        return random(DType.FLOAT64, shape);
    }

    /**
     * Samples uniform in {@code [0, 1)} of type {@code dtype} ({@code rng.random(shape, dtype)}).
     * On NumPy's stream float32 samples are NumPy's, 24 random bits from half a 64-bit draw; on
     * jtensor's they are the float64 samples rounded to nearest, except that a sample that would
     * round up to 1 gives the largest float32 below 1, so the interval stays half-open.
     *
     * @throws IllegalArgumentException for a dtype other than float32/float64 (float16 too, as NumPy's
     *                                  TypeError), or a negative dimension
     */
    public Tensor random(DType dtype, long... shape) {
        String op = "random";
        checkFloating(op, dtype);
        BitSource stream = stream(op, shape);
        if (pcg != null) {
            Pcg64 bits = pcg;
            return dtype == DType.FLOAT32 ? floats(dtype, shape, i -> bits.nextFloat())
                    : floats(dtype, shape, i -> bits.nextDouble());
        }
        float belowOne = Math.nextDown(1f);
        return floats(dtype, shape, i -> {
            double u = stream.nextDouble();
            return dtype == DType.FLOAT32 && (float) u == 1f ? belowOne : u;
        });
    }

    /**
     * {@code rng.random(size, dtype, out)}: the samples of {@link #random(DType, long...)} written into
     * {@code out} in its memory order, as NumPy fills it (out's own layout, C or Fortran), and out
     * returned; without out (null), a new tensor of {@code size} (null: a 0-d tensor). A null dtype is
     * float64. The stream advances exactly as for a new tensor of out's size.
     *
     * <pre>{@code
     * Tensor buffer = Np.zeros(new long[] {2, 3}, DType.FLOAT32);
     * rng.random(null, DType.FLOAT32, buffer);   // buffer now holds 6 fresh float32 samples
     * }</pre>
     *
     * @throws IllegalArgumentException when out's type is not dtype (NumPy's TypeError "Supplied output
     *                                  array has the wrong type"), size differs from out's shape ("size
     *                                  must match out.shape when used together"), out is neither C- nor
     *                                  Fortran-contiguous or is read-only ("Supplied output array must be
     *                                  contiguous, writable, ..."), or as {@link #random(DType, long...)}
     */
    public Tensor random(long[] size, DType dtype, Tensor out) {
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        return intoOut("random", size, type, out, shape -> random(type, shape));
    }

    /**
     * Float64 samples uniform in {@code [low, high)} ({@code rng.uniform(low, high, shape)}), as
     * {@code low + (high - low)·u}; rounding may give {@code high} itself, as in NumPy.
     *
     * @throws IllegalArgumentException for a {@code high - low} that is not finite (an infinite or
     *                                  NaN bound: NumPy's OverflowError) or below 0 (NumPy 2's
     *                                  ValueError "high - low &lt; 0")
     */
    public Tensor uniform(double low, double high, long... shape) {
        return uniform(low, high, DType.FLOAT64, shape);
    }

    /** {@link #uniform(double, double, long...)} rounded to {@code dtype} (float32 or float64). */
    public Tensor uniform(double low, double high, DType dtype, long... shape) {
        checkFloating("uniform", dtype);
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException("uniform: high - low range exceeds valid bounds (low " + low + ", high "
                    + high + "; NumPy's OverflowError); pass finite bounds");
        }
        if (range < 0) {
            throw new IllegalArgumentException("uniform: high - low < 0 (low " + low + ", high " + high
                    + "; NumPy's ValueError); pass low <= high");
        }
        BitSource stream = stream("uniform", shape);
        return floats(dtype, shape, i -> low + (high - low) * stream.nextDouble());
    }

    // ---- normal family -------------------------------------------------------------------------

    /**
     * Float64 samples from the normal distribution with mean {@code mean} and standard deviation
     * {@code std} ({@code rng.normal(loc, scale, shape)}): {@code mean + std·z}, z by the ziggurat
     * method (exact; one 64-bit draw for about 99 % of samples, as NumPy's).
     *
     * @throws IllegalArgumentException for std &lt; 0 or NaN
     */
    public Tensor normal(double mean, double std, long... shape) {
        return normal(mean, std, DType.FLOAT64, shape);
    }

    /** {@link #normal(double, double, long...)} rounded to {@code dtype} (float32 or float64). */
    public Tensor normal(double mean, double std, DType dtype, long... shape) {
        checkFloating("normal", dtype);
        if (!(std >= 0)) {
            throw new IllegalArgumentException("normal: std must be >= 0, got " + std);
        }
        BitSource stream = stream("normal", shape);
        return floats(dtype, shape, i -> mean + std * RandomVariates.normal(stream));
    }

    /**
     * Float64 standard normal samples ({@code rng.standard_normal(shape)}); the same values as
     * {@code normal(0, 1, shape)} from the same state.
     *
     * <pre>{@code
     * Tensor noise = rng.standardNormal(64, 3, 32, 32);
     * }</pre>
     */
    public Tensor standardNormal(long... shape) {
        return standardNormal(DType.FLOAT64, shape);
    }

    /**
     * {@link #standardNormal(long...)} in {@code dtype} ({@code standard_normal(size, dtype)}): float32
     * samples come from NumPy's float32 ziggurat on 32-bit draws (not rounded float64 samples).
     */
    public Tensor standardNormal(DType dtype, long... shape) {
        checkFloating("standardNormal", dtype);
        BitSource stream = stream("standardNormal", shape);
        if (dtype == DType.FLOAT32) {
            return floats(dtype, shape, i -> Ziggurat.normalFloat(stream));
        }
        return floats(dtype, shape, i -> RandomVariates.normal(stream));
    }

    /**
     * {@code rng.standard_normal(size, dtype, out)}: {@link #standardNormal(DType, long...)} written
     * into out (see {@link #random(long[], DType, Tensor)} for out's rules), or a new tensor of size
     * (null: 0-d) when out is null; a null dtype is float64.
     */
    public Tensor standardNormal(long[] size, DType dtype, Tensor out) {
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        return intoOut("standardNormal", size, type, out, shape -> standardNormal(type, shape));
    }

    /**
     * Float64 samples of e^N(mean, sigma²) ({@code rng.lognormal(mean, sigma, shape)}): mean and
     * sigma are those of the underlying normal.
     *
     * @throws IllegalArgumentException for sigma &lt; 0 or NaN
     */
    public Tensor lognormal(double mean, double sigma, long... shape) {
        checkNonNegative("lognormal", "sigma", sigma);
        BitSource stream = stream("lognormal", shape);
        return floats(DType.FLOAT64, shape, i -> Math.exp(mean + sigma * RandomVariates.normal(stream)));
    }

    // ---- integers, permutations, choice ------------------------------------------------------------

    /**
     * Int64 samples uniform over the integers {@code low <= x < high}
     * ({@code rng.integers(low, high, shape)}, {@code endpoint=False}); unbiased for every range.
     * On NumPy's stream the values are NumPy's (Lemire's method on 32-bit draws for ranges up to
     * 2^32, on 64-bit draws beyond); on jtensor's they come from
     * {@link SplittableRandom#nextLong(long, long)}.
     *
     * <pre>{@code
     * rng.integers(0, 10, 5)   // e.g. [3 0 9 4 4]
     * }</pre>
     *
     * @throws IllegalArgumentException for low &gt;= high, or a negative dimension
     */
    public Tensor integers(long low, long high, long... shape) {
        return integers(low, high, DType.INT64, shape);
    }

    /**
     * {@link #integers(long, long, long...)} of an integer type {@code dtype}
     * ({@code rng.integers(low, high, shape, dtype)}); low and high - 1 must be values of it.
     *
     * @throws IllegalArgumentException for low &gt;= high, bounds out of the dtype's range, another
     *                                  dtype, or a negative dimension
     */
    public Tensor integers(long low, long high, DType dtype, long... shape) {
        return integers(low, high, false, dtype, shape);
    }

    /**
     * Samples of an integer type {@code dtype} uniform over {@code low <= x <= high} when
     * {@code endpoint}, else {@code low <= x < high} ({@code rng.integers(low, high, shape, dtype,
     * endpoint)}); the inclusive form reaches the type's largest value, e.g. the whole int64 range
     * {@code integers(Long.MIN_VALUE, Long.MAX_VALUE, true, INT64, n)}. On NumPy's stream the values
     * are NumPy's for every dtype: int8/uint8 and int16/uint16 samples are cut from 32-bit draws
     * (four or two per draw, within one call), int32/uint32 take a 32-bit draw each, int64 a
     * 32-bit draw while high - low &lt; 2^32, else a 64-bit one; a range of one value draws nothing.
     *
     * <pre>{@code
     * Np.defaultRng(42).integers(1, 6, true, DType.INT8, 10)   // dice, as NumPy's integers(1, 6, 10, np.int8, True)
     * }</pre>
     *
     * @throws IllegalArgumentException for an empty range, bounds out of the dtype's range, another
     *                                  dtype, or a negative dimension
     */
    public Tensor integers(long low, long high, boolean endpoint, DType dtype, long... shape) {
        String op = "integers";
        checkIntegerType(op, dtype);
        checkRange(op, dtype, low, high, endpoint, "");
        BitSource stream = stream(op, shape);
        long last = endpoint ? high : high - 1;
        if (pcg != null) {
            BoundedIntegers call = new BoundedIntegers(pcg, dtype);
            return Creation.generateIntegers(backend, dtype, shape.clone(), i -> call.next(low, last));
        }
        return Creation.generateIntegers(backend, dtype, shape.clone(), i -> inclusive(stream, low, last));
    }

    /**
     * A random permutation of {@code 0, 1, ..., n-1} as a 1-d int64 tensor
     * ({@code rng.permutation(n)}): Fisher–Yates from the last index down, every order equally
     * likely; on NumPy's stream NumPy's order (each swap partner by its masked rejection on 32-bit
     * draws).
     *
     * <pre>{@code
     * rng.permutation(5)   // e.g. [3 1 4 0 2]
     * }</pre>
     *
     * @throws IllegalArgumentException for n &lt; 0 (NumPy returns an empty array) or n beyond what a
     *                                  Java array holds
     */
    public Tensor permutation(long n) {
        String op = "permutation";
        if (n < 0) {
            throw new IllegalArgumentException(op + ": n must be >= 0, got " + n);
        }
        long[] order = shuffled(op, n);
        return Creation.generateIntegers(backend, DType.INT64, new long[] {n}, i -> order[(int) i]);
    }

    /**
     * A copy of {@code x} with its slices along axis 0 in random order ({@code rng.permutation(x)}):
     * {@code take(x, permutation(x.shape[0]), 0)}, on x's backend, of x's type. x is not changed.
     *
     * <pre>{@code
     * Tensor rows = rng.permutation(Np.arange(6).reshape(3, 2));   // the 3 rows, reordered
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d tensor (NumPy: AxisError)
     */
    public Tensor permutation(Tensor x) {
        return permutation(x, 0);
    }

    /**
     * A copy of {@code x} with its slices along {@code axis} in random order
     * ({@code rng.permutation(x, axis=axis)}): {@code take(x, permutation(x.shape[axis]), axis)}, the
     * same order for every slice, on x's backend, of x's type. Axis 0 is {@link #permutation(Tensor)}.
     *
     * <pre>{@code
     * Tensor cols = rng.permutation(Np.arange(6).reshape(2, 3), 1);   // the 3 columns, reordered
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d tensor or an axis out of range (NumPy: AxisError)
     */
    public Tensor permutation(Tensor x, int axis) {
        String op = "permutation";
        checkTensor(op, "x", x);
        int a = Axes.normalize(op, axis, x.ndim());
        try (Tensor order = order(op, x, a)) {
            return Np.take(x, order, a);
        }
    }

    /**
     * Shuffles {@code x} in place along axis 0 ({@code rng.shuffle(x)}): the slices x[i] are
     * permuted as wholes (a uniformly random order), through any view, so the tensor x views
     * changes too. Like {@link #permutation(Tensor)} but writes back into x.
     *
     * <pre>{@code
     * Tensor data = Np.arange(10);
     * rng.shuffle(data);   // data is now e.g. [7 2 0 ...]
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d tensor, or a broadcast view (whose elements share
     *                                  memory, so it cannot hold a permutation)
     */
    public void shuffle(Tensor x) {
        shuffle(x, 0);
    }

    /**
     * Shuffles {@code x} in place along {@code axis} ({@code rng.shuffle(x, axis=axis)}): the slices
     * along the axis are permuted as wholes, the same order for every slice, through any view. Axis
     * 0 is {@link #shuffle(Tensor)}; the order is {@link #permutation(Tensor, int)}'s from the same
     * state.
     *
     * <pre>{@code
     * Tensor batch = Np.arange(12).reshape(3, 4);
     * rng.shuffle(batch, 1);   // the 4 columns of batch reordered in place
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d tensor, an axis out of range (NumPy: AxisError), or
     *                                  a broadcast view
     */
    public void shuffle(Tensor x, int axis) {
        String op = "shuffle";
        checkTensor(op, "x", x);
        int a = Axes.normalize(op, axis, x.ndim());
        Elementwise.checkWritable(op, "x", x);
        if (pcg != null && x.size() == 0) {
            // NumPy returns before drawing
            return;
        }
        try (Tensor order = order(op, x, a); Tensor permuted = Np.take(x, order, a)) {
            Elementwise.copyInto(op, permuted, x);
        }
    }

    /**
     * A 1-d int64 tensor of {@code size} indices drawn from {@code 0..n-1}, uniformly
     * ({@code rng.choice(n, size, replace)}): with replacement independently, without replacement
     * distinct (a partial Fisher–Yates shuffle, in random order).
     *
     * <pre>{@code
     * rng.choice(10, 3, false)   // e.g. [7 1 4]
     * }</pre>
     *
     * @throws IllegalArgumentException for size &lt; 0, n &lt;= 0 with size &gt; 0, or size &gt; n without
     *                                  replacement
     */
    public Tensor choice(long n, long size, boolean replace) {
        return choice(n, size, replace, null);
    }

    /**
     * {@link #choice(long, long, boolean)} with index i drawn with probability {@code p[i]} (p
     * null: uniformly), as {@code rng.choice(n, size, replace, p)}. With replacement each draw
     * inverts the cumulative sum of p (normalized by its total, as NumPy); without replacement the
     * result is distributed as successive draws proportional to p among the indices not yet drawn.
     * On NumPy's stream the indices are NumPy's, drawn by its paths (integers; uniforms looked up in
     * the cumulative p, in batches without replacement; without p and replacement the tail of a
     * shuffle of the population when it is above 10 000 and the sample above 1/50 of it, else
     * Floyd's algorithm and a shuffle of the sample); on jtensor's, without replacement a partial
     * Fisher–Yates shuffle, or Efraimidis–Spirakis keys log(u)/p[i], largest first, with p.
     *
     * @throws IllegalArgumentException as the p-less overload; for p not 1-d, of length other
     *                                  than n, with NaN or negative entries, summing to 1 ± more
     *                                  than NumPy's tolerance (√eps of float64, or of float32 for a
     *                                  float32 p), or with fewer non-zero entries than size without
     *                                  replacement
     */
    public Tensor choice(long n, long size, boolean replace, Tensor p) {
        return choice(n, size, replace, p, true);
    }

    /**
     * {@code rng.choice(n, size, replace, p, shuffle=shuffle)}: {@link #choice(long, long, boolean,
     * Tensor)} where {@code shuffle=false} skips NumPy's final shuffle of a sample drawn without
     * replacement and without p. On NumPy's stream the indices are then NumPy's bit for bit:
     * Floyd's algorithm in its own order, with the population's tail shuffle only when the
     * population is above 10 000 and the sample above 1/20 of it (1/50 when shuffling). With
     * replacement or with p, shuffle changes nothing (as NumPy). On jtensor's stream the sample is
     * the same partial Fisher–Yates shuffle either way (its order is random whatever shuffle says,
     * which NumPy allows: the unshuffled order is unspecified).
     *
     * @throws IllegalArgumentException as {@link #choice(long, long, boolean, Tensor)}
     */
    public Tensor choice(long n, long size, boolean replace, Tensor p, boolean shuffle) {
        long[] picked = choiceIndices("choice", n, size, replace, p, shuffle);
        return Creation.generateIntegers(backend, DType.INT64, new long[] {size}, i -> picked[(int) i]);
    }

    /**
     * {@code size} slices of {@code a} along axis 0, drawn as {@link #choice(long, long, boolean,
     * Tensor)} draws their indices ({@code rng.choice(a, size, replace, p)}): a tensor of shape
     * {@code (size,) + a.shape[1:]}, of a's type, on a's backend. p may be null (uniform).
     *
     * <pre>{@code
     * Tensor batch = rng.choice(images, 64, false, null);          // 64 distinct images
     * Tensor tokens = rng.choice(vocab, 10, true, probabilities);  // weighted, with repeats
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d a (NumPy treats a 0-d integer array as n; use
     *                                  {@link #choice(long, long, boolean, Tensor)}), or as that method
     */
    public Tensor choice(Tensor a, long size, boolean replace, Tensor p) {
        return choice(a, size, replace, p, 0);
    }

    /**
     * {@code size} slices of {@code a} along {@code axis} ({@code rng.choice(a, size, replace, p,
     * axis=axis)}), their indices drawn as {@link #choice(long, long, boolean, Tensor)} draws them
     * from {@code 0..a.shape[axis]-1}: a tensor of shape {@code a.shape[:axis] + (size,) +
     * a.shape[axis+1:]}, of a's type, on a's backend. Axis 0 is {@link #choice(Tensor, long, boolean,
     * Tensor)}.
     *
     * <pre>{@code
     * Tensor features = rng.choice(x, 5, false, null, 1);   // 5 distinct columns of x
     * }</pre>
     *
     * @throws IllegalArgumentException for a 0-d a, an axis out of range (NumPy: AxisError), or as
     *                                  {@link #choice(long, long, boolean, Tensor)} with n = a.shape[axis]
     */
    public Tensor choice(Tensor a, long size, boolean replace, Tensor p, int axis) {
        return choice(a, size, replace, p, axis, true);
    }

    /**
     * {@code rng.choice(a, size, replace, p, axis=axis, shuffle=shuffle)}: the slices of
     * {@link #choice(Tensor, long, boolean, Tensor, int)} at the indices
     * {@link #choice(long, long, boolean, Tensor, boolean)} draws with that shuffle.
     *
     * @throws IllegalArgumentException as {@link #choice(Tensor, long, boolean, Tensor, int)}
     */
    public Tensor choice(Tensor a, long size, boolean replace, Tensor p, int axis, boolean shuffle) {
        String op = "choice";
        checkTensor(op, "a", a);
        int ax = Axes.normalize(op, axis, a.ndim());
        long[] picked = choiceIndices(op, a.shape()[ax], size, replace, p, shuffle);
        try (Tensor indices = Creation.generateIntegers(a.backend(), DType.INT64, new long[] {size},
                i -> picked[(int) i])) {
            return Np.take(a, indices, ax);
        }
    }

    // ---- continuous distributions ----------------------------------------------------------------

    /**
     * Float64 samples of the exponential distribution with mean {@code scale}
     * ({@code rng.exponential(scale, shape)}): {@code scale} times a standard exponential from NumPy's
     * ziggurat (one 64-bit draw about 99 % of the time; exact, every sample finite). scale 0 gives
     * zeros.
     *
     * @throws IllegalArgumentException for scale &lt; 0 or NaN
     */
    public Tensor exponential(double scale, long... shape) {
        checkNonNegative("exponential", "scale", scale);
        BitSource stream = stream("exponential", shape);
        return floats(DType.FLOAT64, shape, i -> scale * RandomVariates.exponential(stream));
    }

    /** Float64 standard exponential samples ({@code rng.standard_exponential(shape)}), mean 1, by NumPy's ziggurat. */
    public Tensor standardExponential(long... shape) {
        return standardExponential(DType.FLOAT64, shape);
    }

    /** {@link #standardExponential(long...)} in {@code dtype}: float32 from NumPy's float32 ziggurat on 32-bit draws. */
    public Tensor standardExponential(DType dtype, long... shape) {
        checkFloating("standardExponential", dtype);
        BitSource stream = stream("standardExponential", shape);
        if (dtype == DType.FLOAT32) {
            return floats(dtype, shape, i -> Ziggurat.exponentialFloat(stream));
        }
        return floats(dtype, shape, i -> RandomVariates.exponential(stream));
    }

    /**
     * {@code rng.standard_exponential(size, dtype, method, out)}: method "zig" (NumPy's default, also
     * for null) is {@link #standardExponential(DType, long...)}, NumPy's ziggurat; "inv" is NumPy's
     * inversion {@code -log1p(-u)} of one uniform per sample (float64 from 53-bit, float32 from
     * 24-bit uniforms, as {@link #random(DType, long...)} draws them), log1p taken in float64 and,
     * for float32, rounded once. Samples are finite and &gt;= 0. Written into out (see {@link
     * #random(long[], DType, Tensor)} for out's rules), or a new tensor of size (null: 0-d); a null
     * dtype is float64.
     *
     * <pre>{@code
     * rng.standardExponential(new long[] {1000}, null, "inv", null)
     * }</pre>
     *
     * <p>Deviation: NumPy takes any method other than "zig" as "inv"; here another string is refused.
     *
     * @throws IllegalArgumentException for a method other than "zig" and "inv", or as {@link
     *                                  #random(long[], DType, Tensor)}
     */
    public Tensor standardExponential(long[] size, DType dtype, String method, Tensor out) {
        String op = "standardExponential";
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        String how = method == null ? "zig" : method;
        if (!how.equals("zig") && !how.equals("inv")) {
            throw new IllegalArgumentException(op + ": method must be 'zig' or 'inv', got '" + method + "'");
        }
        if (how.equals("zig")) {
            return intoOut(op, size, type, out, shape -> standardExponential(type, shape));
        }
        return intoOut(op, size, type, out, shape -> {
            checkFloating(op, type);
            BitSource stream = stream(op, shape);
            if (type == DType.FLOAT32) {
                return floats(type, shape, i -> (float) -StrictMath.log1p(-(double) stream.nextFloat()));
            }
            return floats(type, shape, i -> -StrictMath.log1p(-stream.nextDouble()));
        });
    }

    /**
     * Float64 samples of the standard gamma distribution with shape {@code k}
     * ({@code rng.standard_gamma(shape)}; mean k, variance k): Marsaglia and Tsang's (2000)
     * squeeze-and-reject method on normal variates for k &gt; 1, one exponential for k = 1, and for
     * k &lt; 1 NumPy's rejection between U^(1/k) and a Weibull tail against an exponential (may
     * underflow to 0 for tiny k, as NumPy's); exact up to rounding. k = 0 gives zeros.
     *
     * <pre>{@code
     * rng.standardGamma(0.5, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for k &lt; 0 or NaN
     */
    public Tensor standardGamma(double k, long... size) {
        return standardGamma(k, DType.FLOAT64, size);
    }

    /**
     * {@link #standardGamma(double, long...)} in {@code dtype}: float32 by NumPy's float32 sampler
     * (k rounded to float32, float32 arithmetic on float32 normals, exponentials and uniforms).
     */
    public Tensor standardGamma(double k, DType dtype, long... size) {
        checkFloating("standardGamma", dtype);
        checkNonNegative("standardGamma", "shape", k);
        BitSource stream = stream("standardGamma", size);
        if (dtype == DType.FLOAT32) {
            float shape = (float) k;
            return floats(dtype, size, i -> RandomVariates.gammaFloat(stream, shape));
        }
        return floats(dtype, size, i -> RandomVariates.gamma(stream, k));
    }

    /**
     * {@code rng.standard_gamma(shape, size, dtype, out)}: {@link #standardGamma(double, DType,
     * long...)} written into out (see {@link #random(long[], DType, Tensor)} for out's rules, except
     * that out must be C-contiguous, as NumPy's sampler requires), or a new tensor of size (null:
     * 0-d) when out is null; a null dtype is float64.
     *
     * @throws IllegalArgumentException for k &lt; 0 or NaN, or as {@link #random(long[], DType, Tensor)}
     */
    public Tensor standardGamma(double k, long[] size, DType dtype, Tensor out) {
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        checkNonNegative("standardGamma", "shape", k);
        return intoOut("standardGamma", size, type, out, false, shape -> standardGamma(k, type, shape));
    }

    /**
     * Float64 samples of the gamma distribution with shape {@code k} and scale θ
     * ({@code rng.gamma(shape, scale, size)}; mean kθ, variance kθ²): {@code scale} times
     * {@link #standardGamma(double, long...)}.
     *
     * @throws IllegalArgumentException for k &lt; 0, scale &lt; 0, or either NaN
     */
    public Tensor gamma(double k, double scale, long... size) {
        checkNonNegative("gamma", "shape", k);
        checkNonNegative("gamma", "scale", scale);
        BitSource stream = stream("gamma", size);
        return floats(DType.FLOAT64, size, i -> scale * RandomVariates.gamma(stream, k));
    }

    /**
     * Float64 samples of the beta distribution ({@code rng.beta(a, b, size)}; mean a/(a+b)) as
     * NumPy's: Jöhnk's method for a, b &lt;= 1 (U^(1/a) / (U^(1/a) + V^(1/b)), accepted when the sum
     * is at most 1, from logarithms when both powers underflow), else X/(X+Y) of gamma variates
     * X ~ Γ(a), Y ~ Γ(b).
     *
     * <pre>{@code
     * rng.beta(2, 5, 100)
     * }</pre>
     *
     * @throws IllegalArgumentException for a &lt;= 0 or b &lt;= 0 (or NaN)
     */
    public Tensor beta(double a, double b, long... size) {
        checkPositive("beta", "a", a);
        checkPositive("beta", "b", b);
        BitSource stream = stream("beta", size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.beta(stream, a, b));
    }

    /**
     * Float64 samples of the logistic distribution ({@code rng.logistic(loc, scale, size)};
     * variance scale²π²/3) by inversion: {@code loc + scale·log(u/(1-u))}, u in (0, 1).
     *
     * @throws IllegalArgumentException for scale &lt; 0 or NaN
     */
    public Tensor logistic(double loc, double scale, long... size) {
        checkNonNegative("logistic", "scale", scale);
        BitSource stream = stream("logistic", size);
        return floats(DType.FLOAT64, size, i -> loc + scale * RandomVariates.logistic(stream));
    }

    /**
     * Float64 samples of the Laplace (double exponential) distribution
     * ({@code rng.laplace(loc, scale, size)}; variance 2·scale²) by inverting each half, as NumPy.
     *
     * @throws IllegalArgumentException for scale &lt; 0 or NaN
     */
    public Tensor laplace(double loc, double scale, long... size) {
        checkNonNegative("laplace", "scale", scale);
        BitSource stream = stream("laplace", size);
        return floats(DType.FLOAT64, size, i -> loc + scale * RandomVariates.laplace(stream));
    }

    // ---- discrete distributions ------------------------------------------------------------------

    /**
     * Int64 samples of the binomial distribution, successes in {@code n} trials of probability
     * {@code p} ({@code rng.binomial(n, p, size)}; mean np), exact, n - X for p &gt; 1/2 with
     * q = min(p, 1-p). On NumPy's stream ({@link Np#defaultRng(long)}) NumPy's sampler, so NumPy's
     * values: inversion (a search from 0) for nq &lt;= 30, Kachitvichyanukul and Schmeiser's BTPE
     * above; p = 1 still consumes one draw there, as NumPy. On {@link Np#random(long)}'s stream
     * inversion for nq &lt; 10, else Hörmann's (1993) BTRS transformed rejection with squeeze.
     * n = 0, p = 0 give zeros; p = 1 gives n.
     *
     * <pre>{@code
     * rng.binomial(10, 0.3, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for n &lt; 0, or p outside [0, 1] or NaN
     */
    public Tensor binomial(long n, double p, long... size) {
        String op = "binomial";
        if (n < 0) {
            throw new IllegalArgumentException(op + ": n < 0 (got " + n + ")");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(op + ": p < 0, p > 1 or p is NaN (got " + p + ")");
        }
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, size.clone(), i -> RandomVariates.binomial(stream, n, p));
    }

    /**
     * Int64 samples of the Poisson distribution with mean {@code lam} ({@code rng.poisson(lam,
     * size)}), exact: inversion (a sequential search of the CDF) for lam &lt; 10, Hörmann's (1993)
     * PTRS transformed rejection for lam &gt;= 10, as NumPy. lam = 0 gives zeros.
     *
     * @throws IllegalArgumentException for lam &lt; 0 or NaN, or lam above NumPy's limit
     *                                  (≈ 9.22e18, so that samples fit in int64)
     */
    public Tensor poisson(double lam, long... size) {
        String op = "poisson";
        if (!(lam >= 0)) {
            throw new IllegalArgumentException(op + ": lam < 0 or lam is NaN (got " + lam + ")");
        }
        if (lam > POISSON_LAM_MAX) {
            throw new IllegalArgumentException(op + ": lam value too large (got " + lam + ", valid: <= "
                    + POISSON_LAM_MAX + ")");
        }
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, size.clone(), i -> RandomVariates.poisson(stream, lam));
    }

    // ---- more continuous distributions ------------------------------------------------------------

    /**
     * Float64 samples of the chi-square distribution with {@code df} degrees of freedom
     * ({@code rng.chisquare(df, size)}; mean df, variance 2df), as 2·Γ(df/2) of
     * {@link #standardGamma(double, long...)}'s sampler.
     *
     * <pre>{@code
     * rng.chisquare(3, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for df &lt;= 0 or NaN (NumPy returns NaN for a NaN df)
     */
    public Tensor chisquare(double df, long... size) {
        String op = "chisquare";
        checkPositive(op, "df", df);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.chisquare(stream, df));
    }

    /**
     * Float64 samples of the noncentral chi-square distribution ({@code rng.noncentral_chisquare(df,
     * nonc, size)}; mean df + nonc), as NumPy draws them: for df &gt; 1 a central chi-square with
     * df - 1 degrees plus (Z + √nonc)², else a Poisson(nonc/2) mixture of central chi-squares with
     * df + 2i degrees. nonc = 0 is the central distribution.
     *
     * <pre>{@code
     * rng.noncentralChisquare(3, 20, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for df &lt;= 0, nonc &lt; 0, or either NaN
     */
    public Tensor noncentralChisquare(double df, double nonc, long... size) {
        String op = "noncentralChisquare";
        checkPositive(op, "df", df);
        checkNonNegative(op, "nonc", nonc);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.noncentralChisquare(stream, df, nonc));
    }

    /**
     * Float64 samples of the F (Fisher–Snedecor) distribution ({@code rng.f(dfnum, dfden, size)}),
     * the ratio of two chi-squares each divided by its degrees of freedom, computed from their
     * logarithms so that tiny degrees of freedom give 0 or +Inf rather than NaN.
     *
     * <pre>{@code
     * rng.f(5, 10, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for dfnum &lt;= 0, dfden &lt;= 0, or either NaN
     */
    public Tensor f(double dfnum, double dfden, long... size) {
        String op = "f";
        checkPositive(op, "dfnum", dfnum);
        checkPositive(op, "dfden", dfden);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.f(stream, dfnum, dfden));
    }

    /**
     * Float64 samples of the noncentral F distribution ({@code rng.noncentral_f(dfnum, dfden, nonc,
     * size)}): a {@link #noncentralChisquare(double, double, long...)} variate over dfnum divided
     * by a central chi-square over dfden. nonc = 0 is the central F.
     *
     * <pre>{@code
     * rng.noncentralF(3, 20, 3, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for dfnum &lt;= 0, dfden &lt;= 0, nonc &lt; 0, or any NaN
     */
    public Tensor noncentralF(double dfnum, double dfden, double nonc, long... size) {
        String op = "noncentralF";
        checkPositive(op, "dfnum", dfnum);
        checkPositive(op, "dfden", dfden);
        checkNonNegative(op, "nonc", nonc);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.noncentralF(stream, dfnum, dfden, nonc));
    }

    /**
     * Float64 samples of Student's t distribution with {@code df} degrees of freedom
     * ({@code rng.standard_t(df, size)}), as NumPy: Z·√(df/2)/√Γ(df/2). Heavy-tailed: df &lt;= 1
     * has no mean, df &lt;= 2 no variance. df = +Inf gives standard normals (NumPy gives NaN).
     *
     * <pre>{@code
     * rng.standardT(3, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for df &lt;= 0 or NaN
     */
    public Tensor standardT(double df, long... size) {
        String op = "standardT";
        checkPositive(op, "df", df);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.standardT(stream, df));
    }

    /**
     * Float64 samples of the standard Cauchy distribution ({@code rng.standard_cauchy(size)}), the
     * ratio of two standard normals as NumPy (no mean, no variance; ±Inf when the divisor is 0).
     *
     * <pre>{@code
     * rng.standardCauchy(1000)
     * }</pre>
     */
    public Tensor standardCauchy(long... size) {
        BitSource stream = stream("standardCauchy", size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.standardCauchy(stream));
    }

    /**
     * Float64 samples of the Weibull distribution with shape {@code a} and scale 1
     * ({@code rng.weibull(a, size)}; CDF 1 - e^(-x^a)) by inversion, E^(1/a) of a standard
     * exponential E. a = 0 gives zeros, as NumPy.
     *
     * <pre>{@code
     * rng.weibull(1.5, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for a &lt; 0 or NaN
     */
    public Tensor weibull(double a, long... size) {
        String op = "weibull";
        checkNonNegative(op, "a", a);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.weibull(stream, a));
    }

    /**
     * Float64 samples of NumPy's Pareto distribution ({@code rng.pareto(a, size)}): Pareto II
     * (Lomax) with shape a, support [0, ∞), CDF 1 - (1 + x)^(-a); add 1 and multiply by x_m for
     * the classical Pareto. e^(E/a) - 1 by inversion. No mean for a &lt;= 1, no variance for a &lt;= 2.
     *
     * <pre>{@code
     * rng.pareto(3, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for a &lt;= 0 or NaN
     */
    public Tensor pareto(double a, long... size) {
        String op = "pareto";
        checkPositive(op, "a", a);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.pareto(stream, a));
    }

    /**
     * Float64 samples of the power function distribution on [0, 1] with CDF x^a
     * ({@code rng.power(a, size)}; Beta(a, 1)) by inversion, (1 - e^(-E))^(1/a).
     *
     * <pre>{@code
     * rng.power(5, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for a &lt;= 0 or NaN
     */
    public Tensor power(double a, long... size) {
        String op = "power";
        checkPositive(op, "a", a);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.power(stream, a));
    }

    /**
     * Float64 samples of the Rayleigh distribution ({@code rng.rayleigh(scale, size)}; mode scale)
     * by inversion, scale·√(2E). scale 0 gives zeros.
     *
     * <pre>{@code
     * rng.rayleigh(2, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for scale &lt; 0 or NaN
     */
    public Tensor rayleigh(double scale, long... size) {
        String op = "rayleigh";
        checkNonNegative(op, "scale", scale);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.rayleigh(stream, scale));
    }

    /**
     * Float64 samples of the Gumbel (extreme value type I, maximum) distribution
     * ({@code rng.gumbel(loc, scale, size)}; mean loc + γ·scale) by inversion,
     * loc - scale·log(-log U). scale 0 gives loc; a NaN loc gives NaN, as NumPy.
     *
     * <pre>{@code
     * rng.gumbel(0, 1, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for scale &lt; 0 or NaN
     */
    public Tensor gumbel(double loc, double scale, long... size) {
        String op = "gumbel";
        checkNonNegative(op, "scale", scale);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.gumbel(stream, loc, scale));
    }

    /**
     * Float64 samples of the Wald (inverse Gaussian) distribution ({@code rng.wald(mean, scale,
     * size)}; mean {@code mean}, variance mean³/scale) by Michael, Schucany and Haas's transformed
     * normal, as NumPy (its root written without cancellation, so large mean/scale stay accurate).
     *
     * <pre>{@code
     * rng.wald(1, 3, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for mean &lt;= 0, scale &lt;= 0, or either NaN
     */
    public Tensor wald(double mean, double scale, long... size) {
        String op = "wald";
        checkPositive(op, "mean", mean);
        checkPositive(op, "scale", scale);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.wald(stream, mean, scale));
    }

    /**
     * Float64 samples of the triangular distribution on [left, right] peaking at {@code mode}
     * ({@code rng.triangular(left, mode, right, size)}) by inverting each side's CDF, as NumPy.
     * mode may equal left or right.
     *
     * <pre>{@code
     * rng.triangular(-1, 0, 2, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for left &gt; mode, mode &gt; right, left == right, or any NaN
     *                                  (NumPy returns NaN for NaN arguments)
     */
    public Tensor triangular(double left, double mode, double right, long... size) {
        String op = "triangular";
        if (Double.isNaN(left) || Double.isNaN(mode) || Double.isNaN(right)) {
            throw new IllegalArgumentException(op + ": left, mode and right must not be NaN (got " + left + ", "
                    + mode + ", " + right + ")");
        }
        if (left > mode) {
            throw new IllegalArgumentException(op + ": left > mode (left " + left + ", mode " + mode + ")");
        }
        if (mode > right) {
            throw new IllegalArgumentException(op + ": mode > right (mode " + mode + ", right " + right + ")");
        }
        if (left == right) {
            throw new IllegalArgumentException(op + ": left == right (both " + left + "); need left < right");
        }
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.triangular(stream, left, mode, right));
    }

    /**
     * Float64 samples of the von Mises distribution on (-π, π] with mode {@code mu} and
     * concentration {@code kappa} ({@code rng.vonmises(mu, kappa, size)}), as NumPy: uniform for
     * kappa &lt; 1e-8 (mu then plays no part), Best and Fisher's rejection up to kappa 1e6, and the
     * wrapped normal N(mu, 1/kappa) above (kappa = +Inf gives mu). Results are wrapped into
     * [-π, π]; a NaN mu gives NaN, as NumPy.
     *
     * <pre>{@code
     * rng.vonmises(0, 4, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for kappa &lt; 0 or NaN (NumPy returns NaN for a NaN kappa)
     */
    public Tensor vonmises(double mu, double kappa, long... size) {
        String op = "vonmises";
        checkNonNegative(op, "kappa", kappa);
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, size, i -> RandomVariates.vonmises(stream, mu, kappa));
    }

    // ---- more discrete distributions -------------------------------------------------------------

    /**
     * Int64 samples of the geometric distribution, the number of trials up to and including the
     * first success of probability p ({@code rng.geometric(p, size)}; support 1, 2, ...; mean 1/p),
     * as NumPy: a search of the CDF for p &gt;= 1/3, else inversion ceil(E / -log(1 - p)), clipped to
     * int64's largest value (so p around 1e-300 gives 9223372036854775807, as NumPy). p = 1 gives 1.
     *
     * <pre>{@code
     * rng.geometric(0.25, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for p &lt;= 0, p &gt; 1 or NaN
     */
    public Tensor geometric(double p, long... size) {
        String op = "geometric";
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException(op + ": p <= 0, p > 1 or p is NaN (got " + p + ", valid: 0 < p <= 1)");
        }
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, size.clone(), i -> RandomVariates.geometric(stream, p));
    }

    /**
     * Int64 samples of the negative binomial distribution, the failures before the n-th success of
     * probability p ({@code rng.negative_binomial(n, p, size)}; n real; mean n(1-p)/p), as NumPy:
     * Poisson(Γ(n)·(1-p)/p). p = 1 gives zeros.
     *
     * <pre>{@code
     * rng.negativeBinomial(5, 0.3, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for n &lt;= 0 or NaN; p &lt;= 0, p &gt; 1 or NaN; or, as NumPy, when
     *                                  (1-p)/p·(n + 10√n) exceeds the largest Poisson mean (≈ 9.22e18)
     */
    public Tensor negativeBinomial(double n, double p, long... size) {
        String op = "negativeBinomial";
        checkPositive(op, "n", n);
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException(op + ": p <= 0, p > 1 or p is NaN (got " + p + ", valid: 0 < p <= 1)");
        }
        double largestMean = (1 - p) / p * (n + 10 * Math.sqrt(n));
        if (largestMean > POISSON_LAM_MAX) {
            throw new IllegalArgumentException(op + ": n too large or p too small (n " + n + ", p " + p
                    + ": (1-p)/p·(n + 10·sqrt(n)) = " + largestMean + " exceeds " + POISSON_LAM_MAX + ")");
        }
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, size.clone(),
                i -> RandomVariates.negativeBinomial(stream, n, p));
    }

    /**
     * Int64 samples of the hypergeometric distribution, the good items among {@code nsample} drawn
     * without replacement from {@code ngood} good and {@code nbad} bad ones
     * ({@code rng.hypergeometric(ngood, nbad, nsample, size)}; mean nsample·ngood/(ngood+nbad)).
     * Fewer than 10 draws (or fewer than 10 items left) are simulated draw by draw as NumPy; the
     * rest, on NumPy's stream ({@link Np#defaultRng(long)}), by NumPy's HRUA ratio-of-uniforms
     * rejection (Stadlober 1989), so NumPy's values; on {@link Np#random(long)}'s stream by
     * inversion, searching the probability mass outward from the mode (both exact up to the
     * rounding of log-factorials).
     *
     * <pre>{@code
     * rng.hypergeometric(100, 2, 10, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for ngood, nbad or nsample &lt; 0, ngood or nbad &gt;= 10^9 (NumPy's
     *                                  limit), or ngood + nbad &lt; nsample
     */
    public Tensor hypergeometric(long ngood, long nbad, long nsample, long... size) {
        String op = "hypergeometric";
        if (ngood < 0) {
            throw new IllegalArgumentException(op + ": ngood < 0 (got " + ngood + ")");
        }
        if (nbad < 0) {
            throw new IllegalArgumentException(op + ": nbad < 0 (got " + nbad + ")");
        }
        if (nsample < 0) {
            throw new IllegalArgumentException(op + ": nsample < 0 (got " + nsample + ")");
        }
        if (ngood >= 1_000_000_000L || nbad >= 1_000_000_000L) {
            throw new IllegalArgumentException(op + ": both ngood and nbad must be less than 1000000000 (ngood "
                    + ngood + ", nbad " + nbad + ")");
        }
        if (ngood + nbad < nsample) {
            throw new IllegalArgumentException(op + ": ngood + nbad < nsample (" + ngood + " + " + nbad + " < "
                    + nsample + ")");
        }
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, size.clone(),
                i -> RandomVariates.hypergeometric(stream, ngood, nbad, nsample));
    }

    /**
     * Int64 samples of the logarithmic series distribution ({@code rng.logseries(p, size)};
     * P(k) = -p^k/(k·log(1-p)), k &gt;= 1) by Kemp's LK method, as NumPy. p = 0 gives ones.
     *
     * <pre>{@code
     * rng.logseries(0.9, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for p &lt; 0, p &gt;= 1 or NaN
     */
    public Tensor logseries(double p, long... size) {
        String op = "logseries";
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException(op + ": p < 0, p >= 1 or p is NaN (got " + p + ", valid: 0 <= p < 1)");
        }
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, size.clone(), i -> RandomVariates.logseries(stream, p));
    }

    /**
     * Int64 samples of the Zipf (zeta) distribution ({@code rng.zipf(a, size)}; P(k) = k^-a/ζ(a),
     * k &gt;= 1) by rejection, as NumPy, truncated as NumPy to int64 (values beyond its largest are
     * redrawn, which matters only for a close to 1). No mean for a &lt;= 2.
     *
     * <pre>{@code
     * rng.zipf(2, 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException for a &lt;= 1 or NaN
     */
    public Tensor zipf(double a, long... size) {
        String op = "zipf";
        if (!(a > 1)) {
            throw new IllegalArgumentException(op + ": a <= 1 or a is NaN (got " + a + ", valid: a > 1)");
        }
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, size.clone(), i -> RandomVariates.zipf(stream, a));
    }

    // ---- multivariate distributions -----------------------------------------------------------------

    /**
     * Int64 samples of the multinomial distribution, counts of n trials over k = pvals.length
     * categories ({@code rng.multinomial(n, pvals, size)}): shape {@code size + (k,)}, every row
     * summing to n. As NumPy, category j is binomial(n - earlier counts, pvals[j]/(1 - earlier
     * pvals)), and the last category takes what is left, so pvals[k-1] is never read beyond its
     * range check: pvals summing to less than 1 give the last category the remainder. On NumPy's
     * stream ({@link Np#defaultRng(long)}) the binomials are NumPy's, and so are the values.
     *
     * <pre>{@code
     * rng.multinomial(20, new double[] {1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0}, 1000)  // 1000 x 6
     * }</pre>
     *
     * @throws IllegalArgumentException for n &lt; 0, an empty pvals, an entry &lt; 0, &gt; 1 or NaN, or
     *                                  sum(pvals[:-1]) &gt; 1 + 1e-12 (NumPy's tolerance)
     */
    public Tensor multinomial(long n, double[] pvals, long... size) {
        String op = "multinomial";
        if (n < 0) {
            throw new IllegalArgumentException(op + ": n < 0 (got " + n + ")");
        }
        if (pvals == null) {
            throw new NullPointerException(op + ": pvals is null");
        }
        if (pvals.length == 0) {
            throw new IllegalArgumentException(op + ": pvals must have at least one entry (got an empty array)");
        }
        double leading = 0;
        for (int j = 0; j < pvals.length; j++) {
            if (!(pvals[j] >= 0 && pvals[j] <= 1)) {
                throw new IllegalArgumentException(op + ": pvals < 0, pvals > 1 or pvals contains NaNs (pvals[" + j
                        + "] = " + pvals[j] + ")");
            }
            leading += j < pvals.length - 1 ? pvals[j] : 0;
        }
        if (leading > 1 + 1e-12) {
            throw new IllegalArgumentException(op + ": sum(pvals[:-1]) > 1.0 (got " + leading + ")");
        }
        double[] p = pvals.clone();
        long[] row = new long[p.length];
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, withTrailing(op, size, p.length), i -> {
            int j = (int) (i % row.length);
            if (j == 0) {
                multinomialRow(stream, n, p, row);
            }
            return row[j];
        });
    }

    private static void multinomialRow(BitSource stream, long n, double[] p, long[] row) {
        Arrays.fill(row, 0);
        long left = n;
        double remaining = 1;
        for (int j = 0; j < p.length - 1 && left > 0; j++) {
            // rounding may push the conditional probability just past 1
            double conditional = remaining > 0 ? Math.min(1, p[j] / remaining) : 1;
            row[j] = RandomVariates.binomial(stream, left, conditional);
            left -= row[j];
            remaining -= p[j];
        }
        row[p.length - 1] += left;
    }

    /**
     * Float64 samples of the Dirichlet distribution with concentrations {@code alpha}
     * ({@code rng.dirichlet(alpha, size)}): shape {@code size + (k,)}, each row on the simplex
     * (summing to 1 within a few ULP). As NumPy, normalized gamma variates, or, when every alpha is
     * below 0.1 (where those underflow), stick-breaking with beta variates. A zero alpha gives a
     * zero component; all zero gives rows of zeros, as NumPy. An empty alpha gives shape size + (0,).
     *
     * <pre>{@code
     * rng.dirichlet(new double[] {1, 2, 3}, 500)   // 500 x 3
     * }</pre>
     *
     * @throws IllegalArgumentException for an alpha &lt; 0 or NaN (NumPy returns NaN rows for NaN)
     */
    public Tensor dirichlet(double[] alpha, long... size) {
        String op = "dirichlet";
        if (alpha == null) {
            throw new NullPointerException(op + ": alpha is null");
        }
        double largest = 0;
        for (int j = 0; j < alpha.length; j++) {
            if (!(alpha[j] >= 0)) {
                throw new IllegalArgumentException(op + ": alpha < 0 or NaN (alpha[" + j + "] = " + alpha[j] + ")");
            }
            largest = Math.max(largest, alpha[j]);
        }
        double[] a = alpha.clone();
        double[] tailSums = new double[a.length + 1];
        for (int j = a.length - 1; j >= 0; j--) {
            tailSums[j] = tailSums[j + 1] + a[j];
        }
        boolean allZero = largest == 0;
        boolean stickBreaking = largest < 0.1;
        double[] row = new double[a.length];
        BitSource stream = stream(op, size);
        return floats(DType.FLOAT64, withTrailing(op, size, a.length), i -> {
            int j = (int) (i % row.length);
            if (j == 0) {
                if (allZero) {
                    Arrays.fill(row, 0);
                } else if (stickBreaking) {
                    dirichletByBetas(stream, a, tailSums, row);
                } else {
                    dirichletByGammas(stream, a, row);
                }
            }
            return row[j];
        });
    }

    private static void dirichletByGammas(BitSource stream, double[] a, double[] row) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            row[j] = RandomVariates.gamma(stream, a[j]);
            sum += row[j];
        }
        double inverse = 1 / sum;
        for (int j = 0; j < a.length; j++) {
            row[j] *= inverse;
        }
    }

    /**
     * Stick-breaking for every alpha &lt; 0.1, NumPy's draws: component j is the rest times
     * Beta(alpha_j, alpha_j+1 + ... + alpha_k-1), but v and 1 - v both from logarithms
     * ({@link RandomVariates#betaSplit}). NumPy forms 1 - v by subtraction, which rounds to 0 whenever
     * v is within an ulp of 1 (common for such alphas) and biases its last component (KS statistic
     * 0.04 on 20 000 samples against scipy's Beta marginal for alpha (0.05, 0.09, 0.07)); so the
     * values agree with NumPy's to about 1e-16 absolute, not relative.
     */
    private static void dirichletByBetas(BitSource stream, double[] a, double[] tailSums, double[] row) {
        Arrays.fill(row, 0);
        double[] split = new double[2];
        double rest = 1;
        int last = a.length - 1;
        for (int j = 0; j < last; j++) {
            RandomVariates.betaSplit(stream, a[j], tailSums[j + 1], split);
            row[j] = rest * split[0];
            rest *= split[1];
            if (tailSums[j + 1] == 0) {
                return;
            }
        }
        row[last] = rest;
    }

    /**
     * Float64 samples of the multivariate normal distribution ({@code rng.multivariate_normal(mean,
     * cov, size)}, NumPy's defaults method 'svd', check_valid 'warn'): shape {@code size + (k,)}.
     * A covariance that is not symmetric positive-semidefinite (within rtol = atol = 1e-8, NumPy's
     * test) is logged as an SLF4J warning by {@code io.jtensor.TensorRandom} (NumPy's
     * RuntimeWarning) and sampled as NumPy samples it; use the checkValid overload to reject it.
     *
     * <pre>{@code
     * rng.multivariateNormal(new double[] {0, 1}, new double[][] {{1, 0.5}, {0.5, 2}}, 1000)  // 1000 x 2
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #multivariateNormal(double[], double[][], String, long...)}
     */
    public Tensor multivariateNormal(double[] mean, double[][] cov, long... size) {
        return multivariateNormal(mean, cov, "warn", size);
    }

    /**
     * {@link #multivariateNormal(double[], double[][], long...)} with NumPy's {@code check_valid}:
     * "warn" (log and sample), "raise" (throw) or "ignore" for a covariance that is not symmetric
     * positive-semidefinite. The samples are mean + z·(√s·Vh) of standard normals z and the SVD
     * cov = U·diag(s)·Vh, as NumPy's method 'svd': for a valid cov their covariance is cov; for an
     * invalid one it is Vhᵀ·diag(s)·Vh, as in NumPy. mean may hold NaN (giving NaN components).
     *
     * <pre>{@code
     * rng.multivariateNormal(mean, cov, "raise", 100)
     * }</pre>
     *
     * @throws IllegalArgumentException for an empty mean, cov not k x k for k = mean.length, cov with
     *                                  NaN or infinite entries (NumPy: LinAlgError from the SVD),
     *                                  checkValid other than "warn", "raise" and "ignore", or, with
     *                                  "raise", a cov that is not symmetric positive-semidefinite
     */
    public Tensor multivariateNormal(double[] mean, double[][] cov, String checkValid, long... size) {
        return multivariateNormal(mean, cov, checkValid, 1e-8, "svd", size);
    }

    /**
     * {@code rng.multivariate_normal(mean, cov, size, check_valid, tol, method)}: samples
     * {@code mean + z·Aᵀ} of standard normals z (drawn first, in C order, as NumPy) and a factor A
     * with {@code A·Aᵀ = cov} chosen by method:
     * <ul>
     * <li>"svd" (NumPy's default): √s-scaled singular vectors, as {@link #multivariateNormal(double[],
     * double[][], String, long...)}; cov is valid when the factor rebuilds it within NumPy's
     * {@code allclose(rtol = atol = tol)};</li>
     * <li>"eigh": the eigenvectors scaled by √|eigenvalue| (NumPy takes the absolute value so that a
     * slightly negative eigenvalue gives no NaN); cov is valid when no eigenvalue is below -tol;</li>
     * <li>"cholesky": the lower Cholesky factor of cov's lower triangle; checkValid is not looked at
     * (NumPy ignores it: a cov that is not positive definite fails the factorization).</li>
     * </ul>
     * On NumPy's stream ({@link Np#defaultRng(long)}) "cholesky" gives NumPy's values to a few ULP
     * (the factor is unique; the products are summed in another order than BLAS's). "svd" and "eigh"
     * give samples of the same distribution but not NumPy's values: the signs of singular and
     * eigen vectors (and the basis of a repeated eigenvalue) are the decomposition's choice, here
     * Jacobi's, there LAPACK's; NumPy's documentation warns of the same across its own builds.
     * As NumPy, the normals are drawn before cov is factored and checked: after a failed
     * factorization, a "raise" or a non-finite cov the stream has moved past them, as NumPy's has.
     *
     * <pre>{@code
     * rng.multivariateNormal(new double[] {0, 1}, new double[][] {{2, 1}, {1, 2}}, "warn", 1e-8, "cholesky", 1000)
     * }</pre>
     *
     * @throws IllegalArgumentException as {@link #multivariateNormal(double[], double[][], String, long...)},
     *                                  for a method other than "svd", "eigh" and "cholesky", or (a
     *                                  {@link LinAlgException}) "cholesky" of a cov that is not
     *                                  positive definite (NumPy's LinAlgError)
     */
    public Tensor multivariateNormal(double[] mean, double[][] cov, String checkValid, double tol, String method,
                                     long... size) {
        String op = "multivariateNormal";
        if (mean == null || cov == null || checkValid == null || method == null) {
            throw new NullPointerException(op + ": " + (mean == null ? "mean" : cov == null ? "cov"
                    : checkValid == null ? "checkValid" : "method") + " is null");
        }
        if (!method.equals("svd") && !method.equals("eigh") && !method.equals("cholesky")) {
            throw new IllegalArgumentException(op + ": method must be one of {'eigh', 'svd', 'cholesky'} (got '"
                    + method + "')");
        }
        boolean checked = !checkValid.equals("ignore") && !method.equals("cholesky");
        if (checked && !checkValid.equals("warn") && !checkValid.equals("raise")) {
            throw new IllegalArgumentException(op + ": check_valid must equal 'warn', 'raise', or 'ignore' (got '"
                    + checkValid + "')");
        }
        int k = mean.length;
        if (k == 0) {
            throw new IllegalArgumentException(op + ": mean must have at least one entry (got an empty array)");
        }
        for (double[] row : cov) {
            if (row == null || row.length != cov.length) {
                throw new IllegalArgumentException(op + ": cov must be 2 dimensional and square (got " + cov.length
                        + " rows, a row of " + (row == null ? "null" : row.length + " entries") + ")");
            }
        }
        if (cov.length != k) {
            throw new IllegalArgumentException(op + ": mean and cov must have same length (mean " + k + ", cov "
                    + cov.length + " x " + cov.length + ")");
        }
        long[] shape = withTrailing(op, size, k);
        BitSource stream = stream(op, size);
        CovarianceFactor factor;
        try {
            factor = covarianceFactor(op, cov, tol, method);
            if (checked && !factor.positiveSemidefinite) {
                String message = op + ": covariance is not symmetric positive-semidefinite.";
                if (checkValid.equals("raise")) {
                    throw new IllegalArgumentException(message);
                }
                LOG.warn(message);
            }
        } catch (IllegalArgumentException e) {
            // NumPy draws the standard normals before it factors cov: after its error the stream has moved on
            for (long n = Shape.size(op, shape); n > 0; n--) {
                RandomVariates.normal(stream);
            }
            throw e;
        }
        double[] m = mean.clone();
        double[] z = new double[k];
        double[] row = new double[k];
        return floats(DType.FLOAT64, shape, i -> {
            int j = (int) (i % k);
            if (j == 0) {
                for (int c = 0; c < k; c++) {
                    z[c] = RandomVariates.normal(stream);
                }
                for (int c = 0; c < k; c++) {
                    // NumPy's mean + x @ A.T: the product first, the mean added to it
                    double sum = 0;
                    for (int r = 0; r < k; r++) {
                        sum += z[r] * factor.factor[r][c];
                    }
                    row[c] = m[c] + sum;
                }
            }
            return row[j];
        });
    }

    /** The factor of a finite cov by method ("svd", "eigh" or "cholesky"). */
    private static CovarianceFactor covarianceFactor(String op, double[][] cov, double tol, String method) {
        int k = cov.length;
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                if (!Double.isFinite(cov[r][c])) {
                    throw new IllegalArgumentException(op + ": cov must be finite (cov[" + r + "][" + c + "] = "
                            + cov[r][c] + ")");
                }
            }
        }
        return switch (method) {
            case "svd" -> CovarianceFactor.of(cov, tol);
            case "eigh" -> CovarianceFactor.eigh(cov, tol);
            default -> CovarianceFactor.cholesky(op, cov);
        };
    }

    /** size + (k,), checked as a shape (naming op). */
    private static long[] withTrailing(String op, long[] size, int k) {
        long[] shape = Arrays.copyOf(size, size.length + 1);
        shape[size.length] = k;
        Shape.size(op, shape);
        return shape;
    }

    /**
     * Int64 samples of the multivariate hypergeometric distribution
     * ({@code rng.multivariate_hypergeometric(colors, nsample, size)}, NumPy's default method
     * "marginals"): {@code nsample} items drawn without replacement from an urn with
     * {@code colors[j]} items of colour j, counted per colour; shape {@code size + (k,)}, every row
     * summing to nsample. Each count is a hypergeometric draw from what the colours before it left,
     * as NumPy's marginals method; for nsample above half the items, as NumPy, the items left in
     * the urn are drawn instead and the counts are their complement, so on NumPy's stream
     * ({@link Np#defaultRng(long)}) the values are NumPy's.
     *
     * <pre>{@code
     * rng.multivariateHypergeometric(new long[] {3, 5, 2}, 4, 1000)   // 1000 x 3, rows sum to 4
     * }</pre>
     *
     * @throws IllegalArgumentException for a negative colour count or nsample, nsample above
     *                                  sum(colors), or sum(colors) of 10^9 or more (NumPy's limit of
     *                                  the marginals method)
     */
    public Tensor multivariateHypergeometric(long[] colors, long nsample, long... size) {
        return multivariateHypergeometric(colors, nsample, "marginals", size);
    }

    /**
     * {@code rng.multivariate_hypergeometric(colors, nsample, size, method)}: method "marginals" is
     * {@link #multivariateHypergeometric(long[], long, long...)}; "count" draws each sample as NumPy's
     * count method: the first nsample places of a list of every item's colour ([0 0 0 1 1 2 ...])
     * shuffled by a partial Fisher–Yates (each partner by NumPy's masked rejection on NumPy's stream,
     * {@link Np#defaultRng(long)}, so the values are NumPy's), the list kept shuffled from one sample
     * to the next as NumPy keeps it, then counted per colour; the complement for nsample above half
     * the items. "count" holds one int per item: sum(colors) at most 2^31 - 9 (NumPy allows up to
     * 2^60 and allocates 8 bytes per item); "marginals" needs sum(colors) below 10^9.
     *
     * <pre>{@code
     * Np.defaultRng(1).multivariateHypergeometric(new long[] {3, 5, 2}, 4, "count", 3)   // [[0 3 1] [1 2 1] [2 1 1]]
     * }</pre>
     *
     * @throws IllegalArgumentException for a method other than "count" and "marginals", a negative
     *                                  colour count or nsample, nsample above sum(colors), or
     *                                  sum(colors) beyond the method's limit
     */
    public Tensor multivariateHypergeometric(long[] colors, long nsample, String method, long... size) {
        String op = "multivariateHypergeometric";
        if (colors == null || method == null) {
            throw new NullPointerException(op + ": " + (colors == null ? "colors" : "method") + " is null");
        }
        if (!method.equals("count") && !method.equals("marginals")) {
            throw new IllegalArgumentException(op + ": method must be \"count\" or \"marginals\". (got '" + method + "')");
        }
        long total = 0;
        for (long c : colors) {
            if (c < 0) {
                throw new IllegalArgumentException(op + ": colors must be nonnegative integers (got "
                        + Arrays.toString(colors) + ")");
            }
            total = total + c < total ? Long.MAX_VALUE : total + c;
        }
        if (nsample < 0) {
            throw new IllegalArgumentException(op + ": nsample must be nonnegative (got " + nsample + ")");
        }
        if (method.equals("marginals") && total >= 1_000_000_000L) {
            throw new IllegalArgumentException(op + ": When method is \"marginals\", sum(colors) must be less than"
                    + " 1000000000 (got " + total + ")");
        }
        if (method.equals("count") && total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(op + ": When method is 'count', sum(colors) must not exceed "
                    + (Integer.MAX_VALUE - 8) + " in jtensor (one int per item; got " + total + ")");
        }
        if (nsample > total) {
            throw new IllegalArgumentException(op + ": nsample > sum(colors) (" + nsample + " > " + total + ")");
        }
        if (method.equals("count")) {
            return hypergeometricByCount(op, colors.clone(), (int) total, nsample, size);
        }
        long[] counts = colors.clone();
        long sum = total;
        boolean complement = nsample > sum / 2;
        long drawn = complement ? sum - nsample : nsample;
        long[] row = new long[counts.length];
        BitSource stream = stream(op, size);
        return Creation.generateIntegers(backend, DType.INT64, withTrailing(op, size, counts.length), i -> {
            int j = (int) (i % row.length);
            if (j == 0) {
                long left = drawn;
                long others = sum;
                for (int c = 0; c < row.length; c++) {
                    others -= counts[c];
                    row[c] = left == 0 ? 0 : c == row.length - 1 ? left
                            : RandomVariates.hypergeometric(stream, counts[c], others, left);
                    left -= row[c];
                }
                if (complement) {
                    for (int c = 0; c < row.length; c++) {
                        row[c] = counts[c] - row[c];
                    }
                }
            }
            return row[j];
        });
    }

    /** NumPy's {@code random_multivariate_hypergeometric_count}, row after row (see the method "count"). */
    private Tensor hypergeometricByCount(String op, long[] colors, int total, long nsample, long[] size) {
        int k = colors.length;
        long[] shape = withTrailing(op, size, k);
        boolean complement = nsample > total / 2;
        int drawn = (int) (complement ? total - nsample : nsample);
        int[] choices = new int[total];
        for (int c = 0, at = 0; c < k; c++) {
            for (long j = 0; j < colors[c]; j++) {
                choices[at++] = c;
            }
        }
        BitSource stream = stream(op, size);
        long[] row = new long[k];
        return Creation.generateIntegers(backend, DType.INT64, shape, i -> {
            int j = (int) (i % k);
            if (j == 0) {
                java.util.Arrays.fill(row, 0);
                for (int d = 0; d < drawn; d++) {
                    int partner = d + (int) (pcg != null ? pcg.interval(total - d - 1L) : stream.nextLong(total - d));
                    int t = choices[partner];
                    choices[partner] = choices[d];
                    choices[d] = t;
                }
                for (int d = 0; d < drawn; d++) {
                    row[choices[d]]++;
                }
                if (complement) {
                    for (int c = 0; c < k; c++) {
                        row[c] = colors[c] - row[c];
                    }
                }
            }
            return row[j];
        });
    }

    /**
     * A copy of {@code x} with the elements of every line along {@code axis} shuffled, each line
     * independently ({@code rng.permuted(x, axis=axis)}); x is not changed. Unlike
     * {@link #permutation(Tensor)}, which moves whole slices, this mixes within each line.
     *
     * <pre>{@code
     * rng.permuted(Np.arange(12).reshape(3, 4), 1)   // each row a permutation of its own values
     * }</pre>
     *
     * @throws IllegalArgumentException for an axis out of range
     */
    public Tensor permuted(Tensor x, int axis) {
        String op = "permuted";
        checkTensor(op, "x", x);
        int a = Axes.normalize(op, axis, x.ndim());
        long[] shape = x.shape();
        long n = shape[a];
        checkArrayLength(op, "the axis", n);
        SplittableRandom stream = pcg == null ? random.split() : null;
        long[] line = new long[(int) n];
        // the index grid with the axis last, one shuffled line after another, then moved back
        long[] last = shape.clone();
        last[a] = shape[shape.length - 1];
        last[shape.length - 1] = n;
        try (Tensor order = Creation.generateIntegers(backend, DType.INT64, last, i -> {
            int k = (int) (i % Math.max(n, 1));
            if (k == 0) {
                for (int m = 0; m < line.length; m++) {
                    line[m] = m;
                }
                for (int m = line.length - 1; m > 0; m--) {
                    int r = pcg != null ? (int) pcg.interval(m) : stream.nextInt(m + 1);
                    long t = line[m];
                    line[m] = line[r];
                    line[r] = t;
                }
            }
            return line[k];
        }); Tensor moved = order.swapaxes(a, -1)) {
            return Np.takeAlongAxis(x, moved, a);
        }
    }

    /**
     * A copy of {@code x} with all its elements shuffled ({@code rng.permuted(x)}, axis None): the
     * elements in random order, in x's shape. As NumPy shuffles a copy of x in x's memory order
     * ({@code x.copy(order='K')}: axes by decreasing stride), a transposed x gets the same draws
     * applied in its memory order, not in C order.
     */
    public Tensor permuted(Tensor x) {
        checkTensor("permuted", "x", x);
        long[] strides = x.strides();
        Integer[] byStride = new Integer[x.ndim()];
        for (int d = 0; d < byStride.length; d++) {
            byStride[d] = d;
        }
        Arrays.sort(byStride, (p, q) -> Long.compare(Math.abs(strides[q]), Math.abs(strides[p])));
        return permutedInOrder(x, Arrays.stream(byStride).mapToInt(Integer::intValue).toArray());
    }

    /** x's elements shuffled as one flat line in the C order of {@code x.transpose(axes)}, in x's shape. */
    private Tensor permutedInOrder(Tensor x, int[] axes) {
        int[] inverse = new int[axes.length];
        for (int d = 0; d < axes.length; d++) {
            inverse[axes[d]] = d;
        }
        try (Tensor ordered = x.transpose(axes); Tensor flat = ordered.ravel(); Tensor mixed = permuted(flat, 0);
             Tensor shaped = mixed.reshape(ordered.shape())) {
            return shaped.transpose(inverse);
        }
    }

    /**
     * {@code rng.permuted(x, axis, out)}: x's elements shuffled along axis (null: all of them, as
     * {@link #permuted(Tensor)}) with the draws of {@link #permuted(Tensor, int)}, written into out,
     * which must have x's shape and a type x casts to safely (out may be x itself: an in-place
     * shuffle); returns out. Without out, a new tensor as {@link #permuted(Tensor, int)}.
     *
     * <pre>{@code
     * Tensor x = Np.arange(12).reshape(3, 4);
     * rng.permuted(x, 1, x);   // each row of x shuffled in place
     * }</pre>
     *
     * <p>With axis null NumPy shuffles out's memory order (C order for an out in neither order); so
     * does this. Deviation: for an out that is neither C- nor Fortran-contiguous the lines along an
     * axis are visited in C order, where NumPy's iterator may take another order.
     *
     * @throws IllegalArgumentException when out's shape is not x's ("out must have the same shape as
     *                                  x"), x's type does not cast safely to out's (NumPy's TypeError),
     *                                  out is read-only, or for an axis out of range
     */
    public Tensor permuted(Tensor x, Integer axis, Tensor out) {
        String op = "permuted";
        checkTensor(op, "x", x);
        if (out == null) {
            return axis == null ? permuted(x) : permuted(x, axis);
        }
        checkTensor(op, "out", out);
        if (!Arrays.equals(out.shape(), x.shape())) {
            throw new IllegalArgumentException(op + ": out must have the same shape as x (out " + Shape.toString(out.shape())
                    + ", x " + Shape.toString(x.shape()) + ")");
        }
        if (!TypePromotion.canCast(x.dtype(), out.dtype(), "safe")) {
            throw new IllegalArgumentException(op + ": cannot cast x from " + x.dtype().numpyName() + " to out's "
                    + out.dtype().numpyName() + " according to the rule 'safe'");
        }
        if (axis != null) {
            Axes.normalize(op, axis, x.ndim());
        }
        Elementwise.checkWritable(op, "out", out);
        int[] memoryOrder = java.util.stream.IntStream.range(0, x.ndim())
                .map(d -> ArrayChecks.isfortran(out) ? x.ndim() - 1 - d : d).toArray();
        try (Tensor shuffled = axis == null ? permutedInOrder(x, memoryOrder) : permuted(x, axis)) {
            Assignment.copyTo(out, Elementwise.Arg.of(shuffled), "unsafe", null);
        }
        return out;
    }

    /**
     * {@code length} random bytes ({@code rng.bytes(length)}), uniform over 0..255, as a Java array;
     * on NumPy's stream NumPy's bytes (32-bit draws, little-endian, the last one cut to length).
     *
     * @throws IllegalArgumentException for a negative length
     */
    public byte[] bytes(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("bytes: length must be >= 0, got " + length);
        }
        byte[] out = new byte[length];
        if (pcg == null) {
            random.split().nextBytes(out);
            return out;
        }
        // NumPy: integers(0, 2**32, ceil(length / 4), uint32) as little-endian bytes, cut to length
        for (int i = 0; i < length; i += 4) {
            int word = pcg.nextInt();
            for (int b = i; b < Math.min(length, i + 4); b++) {
                out[b] = (byte) (word >>> (8 * (b - i)));
            }
        }
        return out;
    }

    // ---- tensor parameters ---------------------------------------------------------------------------

    /**
     * Float64 normal samples with a mean and standard deviation per sample
     * ({@code rng.normal(loc, scale, size)} with array parameters): the parameters broadcast against
     * each other; without {@code size} the samples take their broadcast shape, with it they must
     * broadcast to exactly that size (NumPy's rule). Scalars are 0-d tensors ({@code Np.scalar(0.0)}).
     *
     * <pre>{@code
     * Tensor std = Np.array(new double[] {0.1, 1, 10});
     * rng.normal(Np.scalar(0.0), std, 1000, 3)   // column j has standard deviation std[j]
     * }</pre>
     *
     * @throws IllegalArgumentException for a std &lt; 0 or NaN, or shapes that do not broadcast
     */
    public Tensor normal(Tensor mean, Tensor std, long... size) {
        String op = "normal";
        long[] shape = RandomParameters.shape(op, size, mean, std);
        double[] mu = RandomParameters.doubles(mean, shape);
        double[] sigma = RandomParameters.doubles(std, shape);
        RandomParameters.check(op, "std must be >= 0", sigma, v -> v >= 0);
        BitSource stream = stream(op, shape);
        return floats(DType.FLOAT64, shape, i -> mu[(int) i] + sigma[(int) i] * RandomVariates.normal(stream));
    }

    /**
     * Float64 samples uniform in {@code [low, high)} per sample ({@code rng.uniform(low, high, size)}
     * with array parameters, broadcast as {@link #normal(Tensor, Tensor, long...)}'s).
     *
     * @throws IllegalArgumentException for a non-finite {@code high - low} (NumPy: OverflowError), one
     *                                  below 0 (NumPy 2's ValueError), or shapes that do not broadcast
     */
    public Tensor uniform(Tensor low, Tensor high, long... size) {
        String op = "uniform";
        long[] shape = RandomParameters.shape(op, size, low, high);
        double[] lo = RandomParameters.doubles(low, shape);
        double[] hi = RandomParameters.doubles(high, shape);
        double[] range = new double[lo.length];
        for (int i = 0; i < range.length; i++) {
            range[i] = hi[i] - lo[i];
        }
        RandomParameters.check(op, "high - low must be finite (NumPy: OverflowError, range exceeds valid bounds)",
                range, Double::isFinite);
        RandomParameters.check(op, "high - low < 0 (NumPy: ValueError)", range, v -> v >= 0);
        BitSource stream = stream(op, shape);
        return floats(DType.FLOAT64, shape, i -> lo[(int) i] + range[(int) i] * stream.nextDouble());
    }

    /**
     * Float64 samples of e^N(mean, sigma²) per sample ({@code rng.lognormal(mean, sigma, size)} with
     * array parameters, broadcast as {@link #normal(Tensor, Tensor, long...)}'s).
     *
     * @throws IllegalArgumentException for a sigma &lt; 0 or NaN, or shapes that do not broadcast
     */
    public Tensor lognormal(Tensor mean, Tensor sigma, long... size) {
        String op = "lognormal";
        long[] shape = RandomParameters.shape(op, size, mean, sigma);
        double[] mu = RandomParameters.doubles(mean, shape);
        double[] s = RandomParameters.doubles(sigma, shape);
        RandomParameters.check(op, "sigma < 0 or NaN", s, v -> v >= 0);
        BitSource stream = stream(op, shape);
        return floats(DType.FLOAT64, shape, i -> Math.exp(mu[(int) i] + s[(int) i] * RandomVariates.normal(stream)));
    }

    /**
     * Float64 exponential samples with a scale per sample ({@code rng.exponential(scale, size)} with an
     * array scale; without size the scale's shape).
     *
     * @throws IllegalArgumentException for a scale &lt; 0 or NaN, or a scale that does not broadcast to size
     */
    public Tensor exponential(Tensor scale, long... size) {
        String op = "exponential";
        long[] shape = RandomParameters.shape(op, size, scale);
        double[] theta = RandomParameters.doubles(scale, shape);
        RandomParameters.check(op, "scale < 0 or NaN", theta, v -> v >= 0);
        BitSource stream = stream(op, shape);
        return floats(DType.FLOAT64, shape, i -> theta[(int) i] * RandomVariates.exponential(stream));
    }

    /**
     * Float64 gamma samples with a shape k and scale θ per sample ({@code rng.gamma(shape, scale,
     * size)} with array parameters, broadcast as {@link #normal(Tensor, Tensor, long...)}'s).
     *
     * @throws IllegalArgumentException for a k or scale &lt; 0 or NaN, or shapes that do not broadcast
     */
    public Tensor gamma(Tensor k, Tensor scale, long... size) {
        String op = "gamma";
        long[] shape = RandomParameters.shape(op, size, k, scale);
        double[] ks = RandomParameters.doubles(k, shape);
        double[] theta = RandomParameters.doubles(scale, shape);
        RandomParameters.check(op, "shape < 0 or NaN", ks, v -> v >= 0);
        RandomParameters.check(op, "scale < 0 or NaN", theta, v -> v >= 0);
        BitSource stream = stream(op, shape);
        return floats(DType.FLOAT64, shape, i -> theta[(int) i] * RandomVariates.gamma(stream, ks[(int) i]));
    }

    /**
     * Float64 beta samples with shapes a and b per sample ({@code rng.beta(a, b, size)} with array
     * parameters, broadcast as {@link #normal(Tensor, Tensor, long...)}'s).
     *
     * @throws IllegalArgumentException for an a or b &lt;= 0 or NaN, or shapes that do not broadcast
     */
    public Tensor beta(Tensor a, Tensor b, long... size) {
        String op = "beta";
        long[] shape = RandomParameters.shape(op, size, a, b);
        double[] as = RandomParameters.doubles(a, shape);
        double[] bs = RandomParameters.doubles(b, shape);
        RandomParameters.check(op, "a <= 0 or NaN", as, v -> v > 0);
        RandomParameters.check(op, "b <= 0 or NaN", bs, v -> v > 0);
        BitSource stream = stream(op, shape);
        return floats(DType.FLOAT64, shape, i -> RandomVariates.beta(stream, as[(int) i], bs[(int) i]));
    }

    /**
     * Int64 Poisson samples with a mean per sample ({@code rng.poisson(lam, size)} with an array lam;
     * without size lam's shape).
     *
     * @throws IllegalArgumentException for a lam &lt; 0, NaN or above NumPy's limit, or a lam that does
     *                                  not broadcast to size
     */
    public Tensor poisson(Tensor lam, long... size) {
        String op = "poisson";
        long[] shape = RandomParameters.shape(op, size, lam);
        double[] lams = RandomParameters.doubles(lam, shape);
        RandomParameters.check(op, "lam < 0 or lam is NaN", lams, v -> v >= 0);
        RandomParameters.check(op, "lam value too large (valid: <= " + POISSON_LAM_MAX + ")", lams,
                v -> v <= POISSON_LAM_MAX);
        BitSource stream = stream(op, shape);
        return Creation.generateIntegers(backend, DType.INT64, shape, i -> RandomVariates.poisson(stream, lams[(int) i]));
    }

    /**
     * Int64 binomial samples with n and p per sample ({@code rng.binomial(n, p, size)} with array
     * parameters, broadcast as {@link #normal(Tensor, Tensor, long...)}'s; float n truncated to int64
     * as NumPy casts it).
     *
     * @throws IllegalArgumentException for an n &lt; 0, a p outside [0, 1] or NaN, or shapes that do not
     *                                  broadcast
     */
    public Tensor binomial(Tensor n, Tensor p, long... size) {
        String op = "binomial";
        long[] shape = RandomParameters.shape(op, size, n, p);
        long[] ns = RandomParameters.longs(n, shape);
        double[] ps = RandomParameters.doubles(p, shape);
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] < 0) {
                throw new IllegalArgumentException(op + ": n < 0 (got " + ns[i] + " at flat position " + i
                        + " of the broadcast parameters)");
            }
        }
        RandomParameters.check(op, "p < 0, p > 1 or p is NaN", ps, v -> v >= 0 && v <= 1);
        BitSource stream = stream(op, shape);
        return Creation.generateIntegers(backend, DType.INT64, shape,
                i -> RandomVariates.binomial(stream, ns[(int) i], ps[(int) i]));
    }

    /**
     * Int64 samples uniform over {@code low <= x < high} with bounds per sample
     * ({@code rng.integers(low, high, size)} with array bounds, broadcast as
     * {@link #normal(Tensor, Tensor, long...)}'s; float bounds truncated to int64 as NumPy casts them).
     *
     * <pre>{@code
     * rng.integers(Np.scalar(0, DType.INT64), Np.array(new long[] {2, 10, 100}))   // one sample per bound
     * }</pre>
     *
     * @throws IllegalArgumentException for a low &gt;= high or shapes that do not broadcast
     */
    public Tensor integers(Tensor low, Tensor high, long... size) {
        return integers(low, high, DType.INT64, size);
    }

    /**
     * {@link #integers(Tensor, Tensor, long...)} of an integer type {@code dtype}; every low and
     * high - 1 must be values of it.
     *
     * @throws IllegalArgumentException as {@link #integers(Tensor, Tensor, long...)}, or for a dtype
     *                                  that is not an integer type or a bound out of its range
     */
    public Tensor integers(Tensor low, Tensor high, DType dtype, long... size) {
        String op = "integers";
        checkIntegerType(op, dtype);
        long[] shape = RandomParameters.shape(op, size, low, high);
        long[] lo = RandomParameters.longs(low, shape);
        long[] hi = RandomParameters.longs(high, shape);
        for (int i = 0; i < lo.length; i++) {
            checkRange(op, dtype, lo[i], hi[i], false, " at flat position " + i + " of the broadcast bounds");
        }
        BitSource stream = stream(op, shape);
        if (pcg != null) {
            BoundedIntegers call = new BoundedIntegers(pcg, dtype);
            return Creation.generateIntegers(backend, dtype, shape, i -> call.next(lo[(int) i], hi[(int) i] - 1));
        }
        return Creation.generateIntegers(backend, dtype, shape, i -> inclusive(stream, lo[(int) i], hi[(int) i] - 1));
    }

    // ---- internals -------------------------------------------------------------------------------

    /** Checks the shape (naming op); the stream of one call: NumPy's itself, or a child split off jtensor's. */
    private BitSource stream(String op, long[] shape) {
        Shape.size(op, shape);
        return pcg != null ? pcg : BitSource.of(random.split());
    }

    /**
     * NumPy's {@code out=} for the samplers: with out null, {@code draw(size)} (size null: 0-d);
     * else the samples drawn in out's memory order (its shape reversed and transposed back for a
     * Fortran-ordered out) and copied into out, which is returned.
     */
    private Tensor intoOut(String op, long[] size, DType dtype, Tensor out,
                           java.util.function.Function<long[], Tensor> draw) {
        return intoOut(op, size, dtype, out, true, draw);
    }

    /** {@link #intoOut(String, long[], DType, Tensor, java.util.function.Function)}, Fortran order refused unless allowed. */
    private Tensor intoOut(String op, long[] size, DType dtype, Tensor out, boolean fortranAllowed,
                           java.util.function.Function<long[], Tensor> draw) {
        if (out == null) {
            return draw.apply(size == null ? new long[0] : size.clone());
        }
        out.checkOpen(op);
        if (out.dtype() != dtype) {
            throw new IllegalArgumentException(op + ": supplied output array has the wrong type: expected "
                    + dtype.numpyName() + ", got " + out.dtype().numpyName() + " (NumPy's TypeError)");
        }
        if (size != null && !Arrays.equals(size, out.shape())) {
            throw new IllegalArgumentException(op + ": size must match out.shape when used together (size "
                    + Shape.toString(size) + ", out " + Shape.toString(out.shape()) + ")");
        }
        boolean c = out.isContiguous();
        if (!c && !(fortranAllowed && ArrayChecks.isfortran(out)) || out.isReadOnly()) {
            throw new IllegalArgumentException(op + ": supplied output array must be " + (fortranAllowed
                    ? "contiguous (C or Fortran order)" : "C-contiguous") + " and writable; got a "
                    + (out.isReadOnly() ? "read-only" : "non-contiguous") + " tensor of shape " + Shape.toString(out.shape())
                    + " and strides " + Shape.toString(out.strides()));
        }
        long[] memoryOrder = out.shape();
        if (!c) {
            for (int i = 0; i < memoryOrder.length / 2; i++) {
                long t = memoryOrder[i];
                memoryOrder[i] = memoryOrder[memoryOrder.length - 1 - i];
                memoryOrder[memoryOrder.length - 1 - i] = t;
            }
        }
        try (Tensor samples = draw.apply(memoryOrder);
             Tensor laid = c ? samples.reshape(memoryOrder) : samples.transpose()) {
            Elementwise.commonBackend(op, List.of(laid, out));
            Elementwise.copyInto(op, laid, out);
        }
        return out;
    }

    /** Uniform over low..last inclusive from a child of jtensor's stream (any int64 range). */
    private static long inclusive(BitSource stream, long low, long last) {
        if (last < Long.MAX_VALUE) {
            return stream.nextLong(low, last + 1);
        }
        return low > Long.MIN_VALUE ? stream.nextLong(low - 1, last) + 1 : stream.nextLong();
    }

    private Tensor floats(DType dtype, long[] shape, LongToDoubleFunction sample) {
        return Creation.generate(backend, dtype, shape.clone(), sample);
    }

    /** A random permutation of the indices along x's axis, on x's backend. */
    private Tensor order(String op, Tensor x, int axis) {
        long[] order = shuffled(op, x.shape()[axis]);
        return Creation.generateIntegers(x.backend(), DType.INT64, new long[] {order.length}, i -> order[(int) i]);
    }

    /**
     * 0..n-1 shuffled by Fisher–Yates from the last index down; on NumPy's stream each swap partner
     * by NumPy's masked rejection ({@link Pcg64#interval}), as its shuffle and permutation draw.
     */
    private long[] shuffled(String op, long n) {
        long[] order = new long[checkArrayLength(op, "n", n)];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom stream = pcg == null ? random.split() : null;
        for (int i = order.length - 1; i > 0; i--) {
            int j = pcg != null ? (int) pcg.interval(i) : stream.nextInt(i + 1);
            long t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private long[] choiceIndices(String op, long n, long size, boolean replace, Tensor p, boolean shuffle) {
        if (size < 0) {
            throw new IllegalArgumentException(op + ": size must be >= 0, got " + size);
        }
        if (n <= 0 && size > 0) {
            throw new IllegalArgumentException(op + ": a must be a positive integer (or a non-empty tensor) unless no"
                    + " samples are taken (population " + n + ", size " + size + ")");
        }
        long[] picked = new long[checkArrayLength(op, "size", size)];
        double[] weights = p == null ? null : probabilities(op, n, p);
        if (!replace && size > n) {
            throw new IllegalArgumentException(op + ": cannot take a larger sample than the population when replace"
                    + " is false (size " + size + ", population " + n + ")");
        }
        if (weights != null && !replace) {
            int positive = 0;
            for (double w : weights) {
                positive += w > 0 ? 1 : 0;
            }
            if (picked.length > positive) {
                throw new IllegalArgumentException(op + ": fewer non-zero entries in p than size (" + positive
                        + " non-zero, size " + picked.length + ")");
            }
        }
        if (pcg != null) {
            numpyChoice(n, replace, weights, picked, shuffle);
            return picked;
        }
        SplittableRandom stream = random.split();
        if (weights == null && replace) {
            for (int i = 0; i < picked.length; i++) {
                picked[i] = stream.nextLong(n);
            }
        } else if (weights == null) {
            sampleWithoutReplacement(stream, n, picked);
        } else if (replace) {
            double[] cdf = normalizedCdf(weights);
            for (int i = 0; i < picked.length; i++) {
                picked[i] = firstAbove(cdf, stream.nextDouble());
            }
        } else {
            weightedWithoutReplacement(BitSource.of(stream), weights, picked);
        }
        return picked;
    }

    /** The cumulative sum of w divided by its last entry, as NumPy's {@code cdf = p.cumsum(); cdf /= cdf[-1]}. */
    private static double[] normalizedCdf(double[] w) {
        double[] cdf = new double[w.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            cdf[i] = sum;
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    /**
     * The indices NumPy's {@code Generator.choice} draws, in its order: with replacement
     * {@code integers(0, n)}, or with p the uniforms of {@code random(size)} looked up in the
     * normalized cumulative p; without replacement and p, batches of uniforms looked up as above,
     * each batch's new indices kept in order of first appearance and their weights zeroed for the
     * next batch; without either, for a population above 10 000 and a sample above 1/50 of it the
     * tail of a Fisher–Yates shuffle of the population, else Floyd's algorithm followed by a
     * shuffle of the sample (both with Lemire draws).
     */
    private void numpyChoice(long n, boolean replace, double[] weights, long[] picked, boolean shuffle) {
        if (weights != null && replace) {
            double[] cdf = normalizedCdf(weights);
            for (int i = 0; i < picked.length; i++) {
                picked[i] = firstAbove(cdf, pcg.nextDouble());
            }
        } else if (weights != null) {
            double[] w = weights.clone();
            int found = 0;
            while (found < picked.length) {
                double[] u = new double[picked.length - found];
                for (int k = 0; k < u.length; k++) {
                    u[k] = pcg.nextDouble();
                }
                for (int k = 0; k < found; k++) {
                    w[(int) picked[k]] = 0;
                }
                double[] cdf = normalizedCdf(w);
                Set<Long> batch = new HashSet<>();
                for (double x : u) {
                    long index = firstAbove(cdf, x);
                    if (batch.add(index)) {
                        picked[found++] = index;
                    }
                }
            }
        } else if (replace) {
            for (int i = 0; i < picked.length; i++) {
                picked[i] = pcg.boundedInclusive(n - 1);
            }
        } else if (n > 10_000 && picked.length > n / (shuffle ? 50 : 20)) {
            tailShuffle(n, picked);
        } else {
            Set<Long> taken = new HashSet<>();
            for (long j = n - picked.length; j < n; j++) {
                long value = pcg.boundedInclusive(j);
                long chosen = taken.add(value) ? value : j;
                taken.add(chosen);
                picked[(int) (j - n + picked.length)] = chosen;
            }
            for (int i = shuffle ? picked.length - 1 : 0; i > 0; i--) {
                int j = (int) pcg.boundedInclusive(i);
                long t = picked[i];
                picked[i] = picked[j];
                picked[j] = t;
            }
        }
    }

    /** The last picked.length entries of 0..n-1 after NumPy's {@code _shuffle_int(n, max(n - size, 1))}. */
    private void tailShuffle(long n, long[] picked) {
        long first = Math.max(n - picked.length, 1);
        Map<Long, Long> moved = new HashMap<>();
        for (long i = n - 1; i >= first; i--) {
            long j = pcg.boundedInclusive(i);
            long atJ = moved.getOrDefault(j, j);
            moved.put(j, moved.getOrDefault(i, i));
            moved.put(i, atJ);
        }
        for (int k = 0; k < picked.length; k++) {
            long i = n - picked.length + k;
            picked[k] = moved.getOrDefault(i, i);
        }
    }

    /** Partial Fisher–Yates over 0..n-1, the swaps kept in a map when n is too large for an array. */
    private static void sampleWithoutReplacement(SplittableRandom stream, long n, long[] picked) {
        if (n <= DENSE_POPULATION) {
            long[] pool = new long[(int) n];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < picked.length; i++) {
                int j = i + stream.nextInt((int) n - i);
                long t = pool[j];
                pool[j] = pool[i];
                pool[i] = t;
                picked[i] = t;
            }
            return;
        }
        Map<Long, Long> moved = new HashMap<>();
        for (int i = 0; i < picked.length; i++) {
            long j = i + stream.nextLong(n - i);
            long atJ = moved.getOrDefault(j, j);
            long atI = moved.getOrDefault((long) i, (long) i);
            moved.put(j, atI);
            picked[i] = atJ;
        }
    }

    /**
     * Successive draws proportional to the weights among those not yet drawn: the indices with the
     * largest keys log(u_i)/w_i (Efraimidis and Spirakis 2006), in decreasing key order.
     */
    private static void weightedWithoutReplacement(BitSource stream, double[] weights, long[] picked) {
        double[] keys = new double[weights.length];
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double logU = Math.log(RandomVariates.openAtZero(stream));
            keys[i] = weights[i] > 0 ? logU / weights[i] : Double.NEGATIVE_INFINITY;
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(keys[y], keys[x]));
        for (int i = 0; i < picked.length; i++) {
            picked[i] = order[i];
        }
    }

    /** The first i with cdf[i] &gt; u (NumPy's searchsorted(cdf, u, side='right')); zero-weight entries never qualify. */
    private static long firstAbove(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** p read to the host and checked as NumPy's Generator.choice checks it. */
    private static double[] probabilities(String op, long n, Tensor p) {
        if (p.ndim() != 1) {
            throw new IllegalArgumentException(op + ": p must be 1-dimensional, got shape " + Shape.toString(p.shape()));
        }
        if (p.shape()[0] != n) {
            throw new IllegalArgumentException(op + ": a and p must have same size (population " + n + ", p has "
                    + p.shape()[0] + ")");
        }
        double[] w = p.toDoubleArray();
        double sum = 0;
        double compensation = 0;
        for (int i = 0; i < w.length; i++) {
            if (Double.isNaN(w[i])) {
                throw new IllegalArgumentException(op + ": probabilities contain NaN (p[" + i + "])");
            }
            if (w[i] < 0) {
                throw new IllegalArgumentException(op + ": probabilities are not non-negative (p[" + i + "] = "
                        + w[i] + ")");
            }
            // Kahan summation, as NumPy's check
            double y = w[i] - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        double tolerance = p.dtype() == DType.FLOAT32 ? Math.sqrt(Math.ulp(1f)) : Math.sqrt(Math.ulp(1.0));
        if (!(Math.abs(sum - 1) <= tolerance)) {
            throw new IllegalArgumentException(op + ": probabilities do not sum to 1 (sum " + sum + ", tolerance "
                    + tolerance + ")");
        }
        return w;
    }

    private static int checkArrayLength(String op, String what, long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(op + ": " + what + " " + n + " is too large (at most "
                    + (Integer.MAX_VALUE - 8) + ")");
        }
        return (int) n;
    }

    private static void checkTensor(String op, String role, Tensor x) {
        if (x == null) {
            throw new NullPointerException(op + ": " + role + " is null");
        }
        x.checkOpen(op);
        if (x.ndim() == 0) {
            throw new IllegalArgumentException(op + ": " + role + " must be at least 1-dimensional, got a 0-d tensor");
        }
    }

    private static void checkNonNegative(String op, String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(op + ": " + name + " < 0 or NaN (got " + value + ")");
        }
    }

    private static void checkIntegerType(String op, DType dtype) {
        if (!dtype.isInteger()) {
            throw new IllegalArgumentException(op + ": dtype must be an integer type (int8, uint8, int16, uint16,"
                    + " int32, uint32 or int64), got " + dtype.numpyName());
        }
    }

    /**
     * Refuses an empty range ([low, high) or, with endpoint, [low, high]) or one out of dtype's
     * values; {@code where} ends the "where" part.
     */
    private static void checkRange(String op, DType dtype, long low, long high, boolean endpoint, String where) {
        if (endpoint ? low > high : low >= high) {
            throw new IllegalArgumentException(op + ": low " + (endpoint ? ">" : ">=") + " high (low " + low + ", high "
                    + high + where + "); the range [low, high" + (endpoint ? "]" : ")") + " must not be empty");
        }
        if (!dtype.holds(low) || !dtype.holds(endpoint ? high : high - 1)) {
            throw new IllegalArgumentException(op + ": [" + low + ", " + high + (endpoint ? "]" : ")") + where
                    + " is out of bounds for " + dtype.numpyName() + " (valid: " + dtype.minValue() + " <= low "
                    + (endpoint ? "<= high <= " + dtype.maxValue() : "< high <= " + (dtype.maxValue() + 1L)) + ")");
        }
    }

    private static void checkPositive(String op, String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(op + ": " + name + " <= 0 or NaN (got " + value + ")");
        }
    }

    private static void checkFloating(String op, DType dtype) {
        if (dtype == DType.FLOAT16) {
            // NumPy's Generator has no half-precision samplers ("Unsupported dtype dtype('float16')")
            throw new IllegalArgumentException(op + ": unsupported dtype float16 (valid: float32, float64, as NumPy's"
                    + " Generator); draw float32 samples and astype(FLOAT16)");
        }
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": dtype must be float32 or float64, got " + dtype.numpyName());
        }
    }
}
