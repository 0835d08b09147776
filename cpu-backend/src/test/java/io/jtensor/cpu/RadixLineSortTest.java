package io.jtensor.cpu;

import io.jtensor.DType;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * {@link RadixLineSort} against a host stable sort on the values where a radix key can go wrong:
 * the integer extremes, ±0, ±inf, subnormals, NaNs of several payloads, long runs of ties, lines on
 * either side of the insertion, packed-sort and 11-bit-digit thresholds, lines whose keys share
 * every digit; each line sorted with the packed sort of short lines on and off.
 */
class RadixLineSortTest {

    private static final int[] LENGTHS = {1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 15, 16, 17, 32, 33, 100, 128, 129, 1000, 1024, 1025, 70_000};

    @Test
    void int64ExtremesInStableOrder() {
        long[] special = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L << 40, -1, 0, 1, 1L << 40, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        Random rnd = new Random(7);
        for (int length : LENGTHS) {
            long[] values = new long[length];
            for (int k = 0; k < length; k++) {
                values[k] = rnd.nextInt(3) == 0 ? rnd.nextLong() : special[rnd.nextInt(special.length)];
            }
            check(DType.INT64, length, (seg, k) -> seg.setAtIndex(ValueLayout.JAVA_LONG, k, values[k]),
                    Comparator.comparingLong(k -> values[k]));
        }
    }

    @Test
    void float64SpecialsInStableOrder() {
        double[] special = {Double.NaN, Double.longBitsToDouble(0xFFF8_0000_0000_0001L), Double.NEGATIVE_INFINITY,
                -Double.MAX_VALUE, -1.5, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 2.5,
                Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        Random rnd = new Random(8);
        for (int length : LENGTHS) {
            double[] values = new double[length];
            for (int k = 0; k < length; k++) {
                values[k] = rnd.nextInt(3) == 0 ? rnd.nextGaussian() * 1e10 : special[rnd.nextInt(special.length)];
            }
            check(DType.FLOAT64, length, (seg, k) -> seg.setAtIndex(ValueLayout.JAVA_DOUBLE, k, values[k]),
                    nanLast(k -> values[k]));
        }
    }

    @Test
    void float32And16SpecialsInStableOrder() {
        float[] special = {Float.NaN, Float.intBitsToFloat(0xFFC0_0001), Float.NEGATIVE_INFINITY, -65504f, -1.5f,
                -Float.MIN_VALUE, -0.0f, 0.0f, Float.MIN_VALUE, 6.1e-5f, 2.5f, 65504f, Float.POSITIVE_INFINITY};
        Random rnd = new Random(9);
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT16}) {
            for (int length : LENGTHS) {
                float[] values = new float[length];
                for (int k = 0; k < length; k++) {
                    float v = rnd.nextInt(3) == 0 ? (float) rnd.nextGaussian() * 100 : special[rnd.nextInt(special.length)];
                    values[k] = dtype == DType.FLOAT16 ? Float.float16ToFloat(Float.floatToFloat16(v)) : v;
                }
                check(dtype, length, (seg, k) -> {
                    if (dtype == DType.FLOAT16) {
                        seg.setAtIndex(ValueLayout.JAVA_SHORT, k, Float.floatToFloat16(values[k]));
                    } else {
                        seg.setAtIndex(ValueLayout.JAVA_FLOAT, k, values[k]);
                    }
                }, nanLast(k -> values[k]));
            }
        }
    }

    @Test
    void smallIntegersTiesAndEqualLines() {
        Random rnd = new Random(10);
        for (DType dtype : new DType[] {DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32, DType.UINT32}) {
            for (int length : LENGTHS) {
                int spread = rnd.nextBoolean() ? 1 : 3;
                long[] values = new long[length];
                for (int k = 0; k < length; k++) {
                    long raw = switch (dtype) {
                        case BOOL -> rnd.nextInt(2);
                        case INT32 -> rnd.nextInt(spread) == 0 ? rnd.nextInt() : Integer.MIN_VALUE + rnd.nextInt(2);
                        case UINT32 -> rnd.nextInt(spread) == 0 ? rnd.nextInt() & 0xFFFF_FFFFL : 0xFFFF_FFFFL;
                        default -> dtype.wrap(rnd.nextInt(spread) == 0 ? rnd.nextInt(1 << 16) : 255);
                    };
                    values[k] = raw;
                }
                int width = dtype.byteSize();
                check(dtype, length, (seg, k) -> {
                    switch (width) {
                        case 1 -> seg.set(ValueLayout.JAVA_BYTE, k, (byte) values[k]);
                        case 2 -> seg.setAtIndex(ValueLayout.JAVA_SHORT, k, (short) values[k]);
                        default -> seg.setAtIndex(ValueLayout.JAVA_INT, k, (int) values[k]);
                    }
                }, Comparator.comparingLong(k -> values[k]));
            }
        }
    }

    @Test
    void wideKeysInClustersAndNarrowRanges() {
        Random rnd = new Random(11);
        for (int length : LENGTHS) {
            double[] clustered = new double[length];
            long[] narrow = new long[length];
            for (int k = 0; k < length; k++) {
                int cluster = rnd.nextInt(Math.max(1, length / 3));
                double base = (cluster % 2 == 0 ? -1 : 1) * (1 + cluster) * 1e3 / 7;
                int ulps = rnd.nextInt(cluster % 5 == 0 ? 20 : 4);
                clustered[k] = Double.longBitsToDouble(Double.doubleToRawLongBits(base) + ulps);
                narrow[k] = (k % 7 == 0 ? Long.MIN_VALUE / 3 : 0) + rnd.nextInt(2001) - 1000;
            }
            check(DType.FLOAT64, length, (seg, k) -> seg.setAtIndex(ValueLayout.JAVA_DOUBLE, k, clustered[k]),
                    nanLast(k -> clustered[k]));
            long[] wrapped = Arrays.stream(narrow).map(v -> v - Long.MIN_VALUE / 3 * (v < -5000 ? 1 : 0)).toArray();
            for (long[] values : new long[][] {narrow, wrapped}) {
                check(DType.INT64, length, (seg, k) -> seg.setAtIndex(ValueLayout.JAVA_LONG, k, values[k]),
                        Comparator.comparingLong(k -> values[k]));
            }
        }
    }

    @Test
    void oneKeyApartFromEqualOnes() {
        for (int length : LENGTHS) {
            for (int odd : new int[] {0, length / 2, length - 1}) {
                int[] values = new int[length];
                Arrays.fill(values, 1000);
                values[odd] = odd % 2 == 0 ? 999 : 1001;
                check(DType.INT32, length, (seg, k) -> seg.setAtIndex(ValueLayout.JAVA_INT, k, values[k]),
                        Comparator.comparingInt(k -> values[k]));
            }
        }
    }

    private interface Filler {
        void put(MemorySegment segment, int k);
    }

    /** Sorts one line of {@code length} keys read with stride 2 and compares with the host's stable order. */
    private static void check(DType dtype, int length, Filler filler, Comparator<Integer> order) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment keys = arena.allocate((long) length * dtype.byteSize());
            for (int k = 0; k < length; k++) {
                filler.put(keys, k);
            }
            MemorySegment spread = arena.allocate((2L * length + 3) * dtype.byteSize());
            for (int k = 0; k < length; k++) {
                MemorySegment.copy(keys, (long) k * dtype.byteSize(), spread, (3 + 2L * k) * dtype.byteSize(),
                        dtype.byteSize());
            }
            long[] expected = IntStream.range(0, length).boxed().sorted(order).mapToLong(Integer::longValue).toArray();
            for (boolean packed : new boolean[] {true, false}) {
                MemorySegment indices = arena.allocate(16L * length + 8);
                new RadixLineSort(length, packed).sort(dtype, spread, 3, 2, length, indices, 1);
                long[] actual = new long[length];
                for (int k = 0; k < length; k++) {
                    actual[k] = indices.getAtIndex(ValueLayout.JAVA_LONG, 1 + 2L * k);
                }
                assertArrayEquals(expected, actual, dtype + " line of " + length + (packed ? " packed" : " radix")
                        + ": " + Arrays.toString(Arrays.copyOf(actual, Math.min(length, 12))));
            }
        }
    }

    /** NumPy's sort order: NaN after +inf, -0.0 equal to 0.0. */
    private static Comparator<Integer> nanLast(java.util.function.IntToDoubleFunction value) {
        return Comparator.<Integer>comparingInt(k -> Double.isNaN(value.applyAsDouble(k)) ? 1 : 0)
                .thenComparingDouble(k -> value.applyAsDouble(k) + 0.0);
    }
}
