package io.jtensor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy's {@code np.random.SeedSequence}: mixes a seed of any size (its 32-bit words, least
 * significant first) into a pool of four 32-bit words with O'Neill's hash functions, and expands
 * the pool into as many words of generator state as asked ({@link #generateState64}). Children
 * from {@link #spawn(int)} append their index to the spawn key, as NumPy's {@code spawn} does, so
 * {@code np.random.default_rng(seed).spawn(n)} and {@link TensorRandom#spawn(int)} on
 * {@link Np#defaultRng(long)} give the same streams.
 *
 * <pre>{@code
 * new Pcg64(new SeedSequence(BigInteger.valueOf(42)))   // the bits of np.random.default_rng(42)
 * }</pre>
 */
final class SeedSequence {

    private static final int POOL_SIZE = 4;
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;

    private final BigInteger entropy;
    private final long[] spawnKey;
    private final int[] pool;
    private int childrenSpawned;

    /**
     * The sequence of {@code np.random.SeedSequence(seed)}.
     *
     * @throws IllegalArgumentException for a negative seed (NumPy: ValueError)
     */
    SeedSequence(BigInteger seed) {
        this(seed, new long[0]);
    }

    private SeedSequence(BigInteger entropy, long[] spawnKey) {
        if (entropy.signum() < 0) {
            throw new IllegalArgumentException("defaultRng: seed must be non-negative, got " + entropy);
        }
        this.entropy = entropy;
        this.spawnKey = spawnKey;
        this.pool = mixEntropy(assembledEntropy());
    }

    /** The seed, then (for a spawned child) the spawn key, as 32-bit words ({@code _get_assembled_entropy}). */
    private int[] assembledEntropy() {
        int[] run = words(entropy);
        if (spawnKey.length == 0) {
            return run;
        }
        List<Integer> all = new ArrayList<>();
        for (int w : run) {
            all.add(w);
        }
        while (all.size() < POOL_SIZE) {
            all.add(0);
        }
        for (long key : spawnKey) {
            for (int w : words(BigInteger.valueOf(key))) {
                all.add(w);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 32-bit words of n, least significant first; zero is one word 0. */
    private static int[] words(BigInteger n) {
        int count = Math.max(1, (n.bitLength() + 31) / 32);
        int[] w = new int[count];
        for (int i = 0; i < count; i++) {
            w[i] = n.shiftRight(32 * i).intValue();
        }
        return w;
    }

    private static int[] mixEntropy(int[] entropyWords) {
        int[] hashConstant = {INIT_A};
        int[] mixed = new int[POOL_SIZE];
        for (int i = 0; i < POOL_SIZE; i++) {
            mixed[i] = hashmix(i < entropyWords.length ? entropyWords[i] : 0, hashConstant);
        }
        for (int source = 0; source < POOL_SIZE; source++) {
            for (int dest = 0; dest < POOL_SIZE; dest++) {
                if (source != dest) {
                    mixed[dest] = mix(mixed[dest], hashmix(mixed[source], hashConstant));
                }
            }
        }
        for (int source = POOL_SIZE; source < entropyWords.length; source++) {
            for (int dest = 0; dest < POOL_SIZE; dest++) {
                mixed[dest] = mix(mixed[dest], hashmix(entropyWords[source], hashConstant));
            }
        }
        return mixed;
    }

    private static int hashmix(int value, int[] hashConstant) {
        value ^= hashConstant[0];
        hashConstant[0] *= MULT_A;
        value *= hashConstant[0];
        return value ^ (value >>> XSHIFT);
    }

    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        return result ^ (result >>> XSHIFT);
    }

    /** The mixed pool of four words (NumPy's {@code SeedSequence.pool}). */
    int[] pool() {
        return pool.clone();
    }

    /** {@code generate_state(n, np.uint64)}: 2n words cycled from the pool and hashed, paired low word first. */
    long[] generateState64(int n) {
        long[] state = new long[n];
        int hashConstant = INIT_B;
        for (int i = 0; i < 2 * n; i++) {
            int value = pool[i % POOL_SIZE] ^ hashConstant;
            hashConstant *= MULT_B;
            value *= hashConstant;
            value ^= value >>> XSHIFT;
            state[i / 2] |= Integer.toUnsignedLong(value) << (32 * (i % 2));
        }
        return state;
    }

    /**
     * {@code n} children ({@code SeedSequence.spawn(n)}): the same seed, the spawn key extended by
     * the index of each child among all this sequence has spawned.
     */
    List<SeedSequence> spawn(int n) {
        List<SeedSequence> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] key = Arrays.copyOf(spawnKey, spawnKey.length + 1);
            key[spawnKey.length] = childrenSpawned++;
            children.add(new SeedSequence(entropy, key));
        }
        return children;
    }
}
