package io.jtensor;

import io.jtensor.backend.Backend;

import java.util.SplittableRandom;

/**
 * A seeded random generator for tensors ({@code np.random.default_rng(seed)} in spirit): the same
 * seed gives the same tensor on every backend and every run. The stream is jtensor's own
 * (SplittableRandom), so values differ from NumPy's for the same seed.
 *
 * <pre>{@code
 * TensorRandom rng = Np.random(42);
 * Tensor w = rng.normal(0, 0.01, 784, 128);    // float64
 * }</pre>
 */
public final class TensorRandom {

    private final SplittableRandom random;
    private final Backend backend;

    TensorRandom(long seed, Backend backend) {
        this.random = new SplittableRandom(seed);
        this.backend = backend;
    }

    /** Float64 samples uniform in {@code [low, high)}. */
    public Tensor uniform(double low, double high, long... shape) {
        return uniform(low, high, DType.FLOAT64, shape);
    }

    /** Samples uniform in {@code [low, high)}, rounded to {@code dtype} (floating point). */
    public Tensor uniform(double low, double high, DType dtype, long... shape) {
        checkFloating("uniform", dtype);
        SplittableRandom stream = random.split();
        return Creation.generate(backend, dtype, shape.clone(), i -> low + (high - low) * stream.nextDouble());
    }

    /** Float64 samples from a normal distribution with the given mean and standard deviation. */
    public Tensor normal(double mean, double std, long... shape) {
        return normal(mean, std, DType.FLOAT64, shape);
    }

    /** Normal samples rounded to {@code dtype} (floating point). */
    public Tensor normal(double mean, double std, DType dtype, long... shape) {
        checkFloating("normal", dtype);
        if (!(std >= 0)) {
            throw new IllegalArgumentException("normal: std must be >= 0, got " + std);
        }
        SplittableRandom stream = random.split();
        return Creation.generate(backend, dtype, shape.clone(), i -> mean + std * gaussian(stream));
    }

    private static double gaussian(SplittableRandom stream) {
        double u = stream.nextDouble();
        double v = stream.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    private static void checkFloating(String op, DType dtype) {
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": dtype must be float32 or float64, got " + dtype.numpyName());
        }
    }
}
