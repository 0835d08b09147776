package io.jtensor;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * NumPy's default bit generator, {@code np.random.PCG64}: a 128-bit linear congruential generator
 * (multiplier {@code 0x2360ED051FC65DA44385DF649FCCF645}, odd increment) with the XSL-RR output
 * (the two halves of the new state xor-ed, rotated right by the state's top 6 bits), seeded from a
 * {@link SeedSequence} as NumPy seeds it. Also NumPy's ways of cutting the 64-bit outputs: 32-bit
 * draws are the halves of one output, low half first (one half kept for the next call, as NumPy's
 * {@code has_uint32} buffer), and bounded integers follow {@code distributions.c}
 * ({@link #interval}, {@link #boundedInclusive}, {@link BoundedIntegers}).
 *
 * <pre>{@code
 * Pcg64 bits = new Pcg64(new SeedSequence(BigInteger.valueOf(42)));
 * bits.nextLong();   // np.random.PCG64(42).random_raw()
 * }</pre>
 */
final class Pcg64 implements BitSource, IntSupplier, LongSupplier {

    private static final long MULTIPLIER_HIGH = 0x2360ED051FC65DA4L;
    private static final long MULTIPLIER_LOW = 0x4385DF649FCCF645L;

    private long stateHigh;
    private long stateLow;
    private final long incrementHigh;
    private final long incrementLow;
    private boolean hasHalf;
    private int half;

    /** The generator NumPy's {@code PCG64(seed_sequence)} makes: four 64-bit words of state from the sequence. */
    Pcg64(SeedSequence seeds) {
        long[] words = seeds.generateState64(4);
        // increment = (initseq << 1) | 1 with initseq = words[2]:words[3]
        this.incrementHigh = (words[2] << 1) | (words[3] >>> 63);
        this.incrementLow = (words[3] << 1) | 1;
        step();
        long low = stateLow + words[1];
        stateHigh += words[0] + (Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0);
        stateLow = low;
        step();
    }

    /** The 128-bit state as {high, low} (NumPy's {@code bit_generator.state['state']['state']}). */
    long[] state() {
        return new long[] {stateHigh, stateLow};
    }

    /** The 128-bit increment as {high, low} (NumPy's {@code state['state']['inc']}). */
    long[] increment() {
        return new long[] {incrementHigh, incrementLow};
    }

    /** state = state·multiplier + increment, modulo 2^128. */
    private void step() {
        long high = Math.unsignedMultiplyHigh(stateLow, MULTIPLIER_LOW) + stateHigh * MULTIPLIER_LOW
                + stateLow * MULTIPLIER_HIGH;
        long low = stateLow * MULTIPLIER_LOW;
        long sum = low + incrementLow;
        stateHigh = high + incrementHigh + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
        stateLow = sum;
    }

    /** The next 64-bit output ({@code random_raw}): a step, then XSL-RR of the new state. */
    @Override
    public long nextLong() {
        step();
        return Long.rotateRight(stateHigh ^ stateLow, (int) (stateHigh >>> 58));
    }

    /** Uniform float64 in {@code [0, 1)} from the top 53 bits of {@link #nextLong()} (NumPy's {@code next_double}). */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1p-53;
    }

    /** The next 32 bits (NumPy's {@code next_uint32}): the low half of a fresh output, its high half the call after. */
    @Override
    public int nextInt() {
        if (hasHalf) {
            hasHalf = false;
            return half;
        }
        long bits = nextLong();
        hasHalf = true;
        half = (int) (bits >>> 32);
        return (int) bits;
    }

    /** Uniform float32 in {@code [0, 1)} from the top 24 of 32 bits (NumPy's {@code next_float}). */
    @Override
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1p-24f;
    }

    /** Uniform over {@code 0..bound-1}, as {@link #boundedInclusive}(bound - 1). */
    @Override
    public long nextLong(long bound) {
        return boundedInclusive(bound - 1);
    }

    /** Uniform over {@code origin..bound-1}, as {@link #boundedInclusive}(bound - origin - 1) added to origin. */
    @Override
    public long nextLong(long origin, long bound) {
        return origin + boundedInclusive(bound - origin - 1);
    }

    /**
     * Uniform over {@code 0..max} (max an unsigned 64-bit value), NumPy's
     * {@code random_bounded_uint64(state, 0, max, 0, false)}: Lemire's multiply-and-reject on 32-bit
     * draws when max fits in 32 bits (a plain 32-bit draw for max 2^32 - 1), on 64-bit draws otherwise.
     */
    long boundedInclusive(long max) {
        if (max == 0) {
            return 0;
        }
        if (Long.compareUnsigned(max, 0xFFFF_FFFFL) <= 0) {
            return max == 0xFFFF_FFFFL ? Integer.toUnsignedLong(nextInt()) : lemire32(max);
        }
        return max == -1L ? nextLong() : lemire64(max);
    }

    /** {@link #nextInt()}, so that Lemire's functions draw from this generator without a wrapper. */
    @Override
    public int getAsInt() {
        return nextInt();
    }

    /** {@link #nextLong()}, as {@link #getAsInt()}. */
    @Override
    public long getAsLong() {
        return nextLong();
    }

    private long lemire32(long max) {
        return lemire32((IntSupplier) this, max);
    }

    private long lemire64(long max) {
        return lemire64((LongSupplier) this, max);
    }

    /**
     * Lemire's method on 32-bit draws, 0..max for max &lt; 2^32 - 1 ({@code buffered_bounded_lemire_uint32}):
     * the high word of draw·(max + 1), the draw rejected while the low word is below 2^32 mod (max + 1).
     */
    static long lemire32(IntSupplier draws, long max) {
        long range = max + 1;
        long product = Integer.toUnsignedLong(draws.getAsInt()) * range;
        long leftover = product & 0xFFFF_FFFFL;
        if (leftover < range) {
            long threshold = (0xFFFF_FFFFL - max) % range;
            while (leftover < threshold) {
                product = Integer.toUnsignedLong(draws.getAsInt()) * range;
                leftover = product & 0xFFFF_FFFFL;
            }
        }
        return product >>> 32;
    }

    /** Lemire's method on 64-bit draws, 0..max for 2^32 - 1 &lt; max &lt; 2^64 - 1 ({@code bounded_lemire_uint64}). */
    static long lemire64(LongSupplier draws, long max) {
        long range = max + 1;
        long x = draws.getAsLong();
        long leftover = x * range;
        if (Long.compareUnsigned(leftover, range) < 0) {
            long threshold = Long.remainderUnsigned(-1L - max, range);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = draws.getAsLong();
                leftover = x * range;
            }
        }
        return Math.unsignedMultiplyHigh(x, range);
    }

    /**
     * Uniform over {@code 0..max} by masked rejection, NumPy's {@code random_interval}, which its
     * shuffle, permutation and permuted use: draws (32-bit while max fits in 32 bits) masked to the
     * smallest all-ones mask covering max, until one is at most max.
     */
    long interval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = -1L >>> Long.numberOfLeadingZeros(max);
        long value;
        if (Long.compareUnsigned(max, 0xFFFF_FFFFL) <= 0) {
            do {
                value = Integer.toUnsignedLong(nextInt()) & mask;
            } while (value > max);
        } else {
            do {
                value = nextLong() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }
}
