package io.jtensor;

import java.util.SplittableRandom;

/**
 * The random bits behind {@link TensorRandom}'s samplers: 64 at a time, and the uniform doubles and
 * bounded integers made from them. Two kinds: NumPy's PCG64 stream ({@link Pcg64}, for
 * {@link Np#defaultRng(long)}) and a {@link SplittableRandom} (for {@link Np#random(long)}).
 */
interface BitSource {

    /** 64 uniformly random bits. */
    long nextLong();

    /**
     * Uniform in {@code [0, 1)} from the top 53 bits of {@link #nextLong()}, as NumPy's
     * {@code next_double} and {@link SplittableRandom#nextDouble()} both make it.
     */
    default double nextDouble() {
        return (nextLong() >>> 11) * 0x1p-53;
    }

    /** 32 uniformly random bits (on NumPy's stream its {@code next_uint32}, which halves 64-bit draws). */
    int nextInt();

    /** Uniform float32 in {@code [0, 1)} from the top 24 of {@link #nextInt()}'s bits (NumPy's {@code next_float}). */
    default float nextFloat() {
        return (nextInt() >>> 8) * 0x1p-24f;
    }

    /** Uniform over {@code 0..bound-1} (bound &gt; 0). */
    long nextLong(long bound);

    /** Uniform over {@code origin..bound-1} (origin &lt; bound, any int64 range). */
    long nextLong(long origin, long bound);

    /** The bits of {@code random}, with its own bounded draws (the values {@link Np#random(long)} has always given). */
    static BitSource of(SplittableRandom random) {
        return new BitSource() {
            @Override
            public long nextLong() {
                return random.nextLong();
            }

            @Override
            public double nextDouble() {
                return random.nextDouble();
            }

            @Override
            public int nextInt() {
                return random.nextInt();
            }

            @Override
            public long nextLong(long bound) {
                return random.nextLong(bound);
            }

            @Override
            public long nextLong(long origin, long bound) {
                return random.nextLong(origin, bound);
            }
        };
    }
}
