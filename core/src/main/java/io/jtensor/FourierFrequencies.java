package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;

import java.util.Objects;

/**
 * NumPy's discrete Fourier transform helpers that need no transform: {@code np.fft.fftfreq},
 * {@code rfftfreq} (sample frequencies, {@code k * (1.0 / (n * d))} in float64 as NumPy multiplies
 * its integer grid) and {@code fftshift}/{@code ifftshift} (a roll by half of each axis).
 */
final class FourierFrequencies {

    private FourierFrequencies() {
    }

    /** {@code np.fft.fftfreq(n, d)}: 0, 1, ..., (n-1)/2, then -(n/2), ..., -1, each times 1/(n·d). */
    static Tensor fftfreq(Backend backend, long n, double d) {
        if (n < 0) {
            throw new IllegalArgumentException("fftfreq: n must be >= 0, got " + n
                    + " (NumPy's ValueError: negative dimensions are not allowed)");
        }
        double unit = unit("fftfreq", n, d);
        long positive = (n - 1) / 2 + 1;
        return Creation.generate(backend, DType.FLOAT64, new long[] {n},
                i -> (double) (i < positive ? i : i - n) * unit);
    }

    /**
     * {@code np.fft.rfftfreq(n, d)}: 0, 1, ..., n/2, each times 1/(n·d); a negative n gives an empty
     * tensor, as NumPy's {@code arange(n // 2 + 1)} does.
     */
    static Tensor rfftfreq(Backend backend, long n, double d) {
        double unit = unit("rfftfreq", n, d);
        return Creation.generate(backend, DType.FLOAT64, new long[] {Math.max(0, Math.floorDiv(n, 2) + 1)},
                i -> (double) i * unit);
    }

    private static double unit(String op, long n, double d) {
        double window = n * d;
        if (window == 0) {
            throw new IllegalArgumentException(op + ": n * d is 0 (n " + n + ", d " + d
                    + "; NumPy's ZeroDivisionError: float division by zero)");
        }
        return 1.0 / window;
    }

    /**
     * {@code np.fft.fftshift(x, axes)} (inverse false) or {@code ifftshift} (true): x rolled by
     * {@code shape[a] / 2} (negated for the inverse) along each axis in {@code axes}, every axis
     * when axes is null; a new tensor of x's type.
     */
    static Tensor shift(String op, Tensor x, int[] axes, boolean inverse) {
        Objects.requireNonNull(x, () -> op + ": x is null");
        x.checkOpen(op);
        int[] along = axes == null ? java.util.stream.IntStream.range(0, x.ndim()).toArray() : axes.clone();
        if (along.length == 0) {
            return x.copy();
        }
        long[] shifts = new long[along.length];
        for (int i = 0; i < along.length; i++) {
            long half = x.shape[Axes.normalize(op, along[i], x.ndim())] / 2;
            shifts[i] = inverse ? -half : half;
        }
        return Rolling.roll(x, shifts, along);
    }
}
