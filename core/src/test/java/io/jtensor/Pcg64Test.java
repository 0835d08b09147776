package io.jtensor;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Pcg64}, {@link SeedSequence} and {@link BoundedIntegers} against NumPy 2.4.6 and against
 * BigInteger arithmetic. The NumPy values are those of, for each seed,
 * {@code ss = np.random.SeedSequence(seed); b = np.random.PCG64(ss)}: {@code ss.pool},
 * {@code b.state['state']} (state and inc, high and low words) and {@code b.random_raw(3)}.
 */
class Pcg64Test {

    private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger MULTIPLIER = new BigInteger("2360ED051FC65DA44385DF649FCCF645", 16);

    /** seed, pool, state high/low, inc high/low, first three outputs. */
    private record Seeded(BigInteger seed, int[] pool, long[] state, long[] inc, long[] raw) {
    }

    private static final List<Seeded> NUMPY = List.of(
            new Seeded(BigInteger.ZERO, new int[] {0xfe40eb07, 0x4f363a36, 0x4eb2009d, 0xc89a7aa7},
                    new long[] {0x1AA1B5345996452DL, 0x09585EB7A69561E3L}, new long[] {0x418DDADB3AF71A82L, 0x588133BC447873A9L},
                    new long[] {0xA30FEBCFD9C2825FL, 0x4510BDF882D9D721L, 0x0A7D3DA94ECDE8B8L}),
            new Seeded(BigInteger.ONE.shiftLeft(32), new int[] {0xe0f3eff2, 0xdccd2c4e, 0x17f18c20, 0x9b8cb8db},
                    new long[] {0x24D060CF1520DBDDL, 0x21BBF7FBFF1AC5D4L}, new long[] {0x77FF3ED86C5C5633L, 0x7B62EEA7340CA9C7L},
                    new long[] {0xE3C5EBE285AC1625L, 0x8EA09968FE31DBCCL, 0xCD084FF84D8DE9BEL}),
            new Seeded(BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE), new int[] {0x4eab3581, 0xfddc1722, 0x7f05f6f1, 0xf919e569},
                    new long[] {0x66668AF224F28014L, 0xBC0C29D78153D9D5L}, new long[] {0x2705AC0BF66B6673L, 0x61EAD05AF082C80BL},
                    new long[] {0xB138F4D9F9F0FFABL, 0x392D1077C55B4250L, 0xCF4346E3C2931554L}),
            new Seeded(BigInteger.ONE.shiftLeft(130), new int[] {0x45eca157, 0x0dc28ef9, 0x1e5991d1, 0x390ba9b6},
                    new long[] {0xDDB302B3891E1452L, 0xCB8DDD044490977EL}, new long[] {0x9DC7B9E71E715865L, 0x871015876427B2EFL},
                    new long[] {0xA72935F22CC96420L, 0x52EEF4856F485FDEL, 0x2A0316812F2C08CCL}),
            new Seeded(BigInteger.valueOf(42), new int[] {0x631d3606, 0x07ae90ae, 0x6fc4be28, 0x2ced5c75},
                    new long[] {0xCEA44F6798798F2AL, 0xACBC7C9D68860AC8L}, new long[] {0xFA505436C9A8416EL, 0x66CAF2E28D25ABFFL},
                    new long[] {0xC621FBCD16D92688L, 0x705A5661A791FFC1L, 0xDBCD12C26EDA1624L}));

    @Test
    void seedingGivesNumpysPoolStateAndOutputs() {
        for (Seeded s : NUMPY) {
            SeedSequence seeds = new SeedSequence(s.seed());
            assertArrayEquals(s.pool(), seeds.pool(), "pool of seed " + s.seed());
            Pcg64 bits = new Pcg64(seeds);
            assertArrayEquals(s.state(), bits.state(), "state of seed " + s.seed());
            assertArrayEquals(s.inc(), bits.increment(), "increment of seed " + s.seed());
            for (int i = 0; i < 3; i++) {
                assertEquals(s.raw()[i], bits.nextLong(), "output " + i + " of seed " + s.seed());
            }
        }
    }

    /** {@code SeedSequence(42).spawn(2)}: pools, and generate_state(2, uint64); then a grandchild's pool. */
    @Test
    void spawnedChildrenAreNumpys() {
        List<SeedSequence> children = new SeedSequence(BigInteger.valueOf(42)).spawn(2);
        assertArrayEquals(new int[] {0x681e5630, 0x5e2019f6, 0x22fbca22, 0x4f504576}, children.get(0).pool());
        assertArrayEquals(new long[] {0xDFF6ED7DA001C6A4L, 0x4323988864D84A1FL}, children.get(0).generateState64(2));
        assertArrayEquals(new int[] {0xf2936661, 0x90e5a60a, 0x76f09215, 0xfc683ed9}, children.get(1).pool());
        assertArrayEquals(new long[] {0x01DCB763F3E63CBAL, 0x6AEE7DD615DE6F6EL}, children.get(1).generateState64(2));
        SeedSequence grandchild = new SeedSequence(BigInteger.valueOf(42)).spawn(1).get(0).spawn(1).get(0);
        assertArrayEquals(new int[] {0x03eca751, 0x33b126b4, 0x0bd193f5, 0x017e290c}, grandchild.pool());
        assertThrows(IllegalArgumentException.class, () -> new SeedSequence(BigInteger.valueOf(-1)));
    }

    /** Every step is state·multiplier + increment modulo 2^128 and every output XSL-RR of it, by BigInteger. */
    @Test
    void stepsAndOutputsFollowTheBigIntegerArithmetic() {
        for (Seeded s : NUMPY) {
            Pcg64 bits = new Pcg64(new SeedSequence(s.seed()));
            BigInteger state = unsigned128(bits.state());
            BigInteger inc = unsigned128(bits.increment());
            for (int i = 0; i < 2000; i++) {
                state = state.multiply(MULTIPLIER).add(inc).mod(TWO_128);
                long high = state.shiftRight(64).longValue();
                long low = state.longValue();
                int rotation = (int) (high >>> 58);
                long xored = high ^ low;
                long expected = (xored >>> rotation) | (xored << ((64 - rotation) & 63));
                assertEquals(expected, bits.nextLong(), "output " + i + " of seed " + s.seed());
                assertEquals(state, unsigned128(bits.state()), "state after step " + i);
            }
        }
    }

    /** next32 is the low half of one output, then its high half; float32 takes the top 24 bits of each. */
    @Test
    void halvesComeLowFirstAndFloatsTakeTheTopBits() {
        Pcg64 whole = new Pcg64(new SeedSequence(BigInteger.valueOf(42)));
        Pcg64 halves = new Pcg64(new SeedSequence(BigInteger.valueOf(42)));
        for (int i = 0; i < 100; i++) {
            long bits = whole.nextLong();
            assertEquals((int) bits, halves.nextInt(), "low half of output " + i);
            assertEquals((int) (bits >>> 32), halves.nextInt(), "high half of output " + i);
        }
        Pcg64 floats = new Pcg64(new SeedSequence(BigInteger.valueOf(7)));
        Pcg64 ints = new Pcg64(new SeedSequence(BigInteger.valueOf(7)));
        for (int i = 0; i < 100; i++) {
            assertEquals((ints.nextInt() >>> 8) / 16777216f, floats.nextFloat());
        }
    }

    /** Lemire: every value of 0..max from the multiply-high of the draw; uniform counts over a small range. */
    @Test
    void boundedDrawsCoverTheirRangeEvenly() {
        Pcg64 bits = new Pcg64(new SeedSequence(BigInteger.valueOf(5)));
        for (long max : new long[] {1, 2, 6, 255, 1000}) {
            long[] counts = new long[(int) max + 1];
            int n = 2000 * counts.length;
            for (int i = 0; i < n; i++) {
                long v = bits.boundedInclusive(max);
                assertTrue(v >= 0 && v <= max, "in 0.." + max + ": " + v);
                counts[(int) v]++;
            }
            for (int v = 0; v <= max; v++) {
                // 2000 expected per value, standard deviation about 45
                assertTrue(Math.abs(counts[v] - 2000) < 6 * 45, "value " + v + " of 0.." + max + " drawn " + counts[v]);
            }
        }
        long wide = 3L << 61;
        for (int i = 0; i < 1000; i++) {
            long v = bits.boundedInclusive(wide);
            assertTrue(v >= 0 && v <= wide);
            long w = bits.interval(wide);
            assertTrue(w >= 0 && w <= wide);
        }
        BoundedIntegers int8 = new BoundedIntegers(bits, DType.INT8);
        for (int i = 0; i < 1000; i++) {
            long v = int8.next(-128, 127);
            assertTrue(v >= -128 && v <= 127);
        }
    }

    /**
     * Lemire's rejection boundary on crafted draws: a low word equal to the threshold 2^w mod
     * (max + 1) is accepted, one below it rejected (max 2: threshold 1; 0xAAAAAAAB·3 has low word
     * 1, high word 2; 0x55555555·3 has low word 0xFFFFFFFF, accepted at once).
     */
    @Test
    void lemireRejectsExactlyBelowTheThreshold() {
        assertEquals(2, Pcg64.lemire32(draws(0xAAAAAAAB, 7), 2), "low word at the threshold is accepted");
        assertEquals(0, Pcg64.lemire32(draws(0, 7), 2), "low word 0 < 1 rejected, then 7·3 gives 0");
        assertEquals(0, Pcg64.lemire32(draws(0x55555555, 9), 2));
        // 64-bit: max 2^62 + 1 (range 2^62 + 2), threshold (2^64 - range) mod range = 2^62 - 6
        long max = (1L << 62) + 1;
        long range = max + 1;
        long threshold = Long.remainderUnsigned(-range, range);
        assertEquals((1L << 62) - 6, threshold);
        long atThreshold = inverseTimes(range, threshold);
        assertEquals(threshold, atThreshold * range, "the crafted draw's low word is the threshold");
        long[] calls = {0};
        long accepted = Pcg64.lemire64(() -> calls[0]++ == 0 ? atThreshold : 5, max);
        assertEquals(Math.unsignedMultiplyHigh(atThreshold, range), accepted);
        assertEquals(1, calls[0], "accepted at the threshold, one draw");
        long below = inverseTimes(range, threshold - 2);
        calls[0] = 0;
        Pcg64.lemire64(() -> calls[0]++ == 0 ? below : 5, max);
        assertEquals(2, calls[0], "rejected below the threshold, a second draw");
    }

    private static java.util.function.IntSupplier draws(int... values) {
        int[] next = {0};
        return () -> values[next[0]++];
    }

    /** An x with x·range = target modulo 2^64 (range = 2·odd here, target even). */
    private static long inverseTimes(long range, long target) {
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        BigInteger odd = BigInteger.valueOf(range >>> 1);
        BigInteger half = new BigInteger(Long.toUnsignedString(target >>> 1));
        return half.multiply(odd.modInverse(two64)).mod(two64).longValue();
    }

    private static BigInteger unsigned128(long[] words) {
        return new BigInteger(Long.toUnsignedString(words[0])).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(words[1])));
    }
}
