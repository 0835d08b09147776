package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * The stable sort of {@link SortKernel} for one line that fits in Java arrays: each key becomes an
 * unsigned integer with the sort's order (integers offset by the line's minimum, floats through
 * their sign-magnitude bits, every NaN one key after +inf, -0.0 the key of 0.0), and the positions
 * are sorted by a least-significant-digit radix sort on those keys (8-bit digits, 11-bit for lines
 * of 65536 keys and more; a digit all keys share costs no pass). Radix passes keep ties in order,
 * so the result is exactly the stable order. Lines of up to {@value #INSERTION} keys are sorted by
 * insertion. One instance per thread, reused for its lines.
 *
 * <p>Lines of up to {@value #PACKED_FLOATS} float32 or float16 keys, or up to
 * {@value #PACKED_INTEGERS} keys of the other types of 32 bits or fewer (not int64, float64), skip
 * the radix passes, whose digit histograms cost more than the sort on short lines: each key and
 * its position are packed into one long (key in the high half, position in the low), and those
 * longs are sorted by {@link Arrays#sort(long[], int, int)}. No two packed values are equal and
 * equal keys order by position, so any sort of them gives exactly the stable order. Int64 lines of
 * up to {@value #PACKED_INT64} keys and float64 lines as short as float32's, longer than the
 * insertion sort's, are sorted packed on the top 32 bits of their keys' offsets from the line's
 * minimum, ties in those bits then sorted by insertion on the whole keys (back to the radix sort
 * when more than {@value #WIDE_RUN} keys share their top bits). A merge sort of runs of 16 was
 * tried for them and lost to the radix sort from 100 keys on: its compares branch on the data.
 *
 * <p>Packed lines of up to {@value #NETWORK_MAX} keys are sorted by a sorting network instead of
 * {@link Arrays#sort(long[], int, int)}, and with lanes ({@link #sortLines}) several lines at once,
 * int64 and float64 lines too, as (key, position) pairs.
 */
final class RadixLineSort {

    /** The longest line sorted here (Java's array limit). */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private static final int INSERTION = 32;

    private static final int LONG_LINE = 1 << 16;

    /**
     * The longest line of float16 or float32 keys sorted packed: float keys span most of their 32
     * bits, four radix digits, so the packed sort wins up to here ((1000, 1024) float32 1.05x).
     */
    static final int PACKED_FLOATS = 1024;

    /**
     * The longest line of integer keys sorted packed: integers often share their high digits,
     * which the radix sort skips, and then win from 256 keys on (int32 within +-1000: 0.77x).
     */
    static final int PACKED_INTEGERS = 128;

    /** The longest int64 line sorted packed ((10000, 100) within +-1000 lost 0.85x). */
    static final int PACKED_INT64 = 64;

    /** The key of every float32 NaN: one past +inf's. */
    private static final long FLOAT_NAN = 0xFF80_0001L;

    /** The key of every float64 NaN: one past +inf's. */
    private static final long DOUBLE_NAN = 0xFFF0_0000_0000_0001L;

    /** The longest run of 64-bit keys equal in their top 32 bits sorted by insertion. */
    private static final int WIDE_RUN = 8;

    /**
     * The longest packed line sorted by a sorting network instead of {@link Arrays#sort(long[], int, int)},
     * whose fixed cost per call (on AVX-512 the JDK's vectorised sort stub) was most of the time of a
     * line of 10 keys.
     */
    static final int NETWORK_MAX = 16;

    /**
     * For each length n up to {@value #NETWORK_MAX}, the compare-exchanges (i, j), i &lt; j, of
     * Batcher's odd-even merge sort of 16 inputs that touch only positions below n: the others would
     * compare a key with the +inf padding above the line and leave it in place.
     */
    private static final int[][] NETWORKS = networks();

    /** Subtracted from an unsigned 32-bit key to give a signed one in the same order. */
    private static final long SIGN_32 = 1L << 31;

    private long[] keys;
    private long[] keySpare;
    private int[] positions;
    private int[] spare;
    private final int[] counts;
    private final boolean packedLines;
    private final boolean networks;
    private final Simd simd;
    private long[] columns;
    private long[] positionColumns;

    RadixLineSort(int length) {
        this(length, true);
    }

    /** A sorter for lines of up to {@code length} keys; {@code packedLines} false sorts every line by radix. */
    RadixLineSort(int length, boolean packedLines) {
        this(length, packedLines, true, null);
    }

    /**
     * A sorter for lines of up to {@code length} keys; {@code packedLines} false sorts every line by
     * radix; {@code networks} false sorts short packed lines by {@link Arrays#sort(long[], int, int)}
     * as before session 21; {@code simd} (may be null) sorts {@link Simd#longLanes} short packed
     * lines at once ({@link #sortLines}).
     */
    RadixLineSort(int length, boolean packedLines, boolean networks, Simd simd) {
        this.packedLines = packedLines;
        this.networks = networks;
        this.simd = simd;
        keys = new long[length];
        keySpare = new long[length];
        positions = new int[length];
        spare = new int[length];
        counts = new int[(length >= LONG_LINE ? 6 << 11 : 8 << 8)];
    }

    /**
     * Sorts the {@code length} keys of {@code dtype} at {@code first}, {@code first + inner}, ... of
     * {@code in} and writes their positions, as int64, to {@code indices} from {@code indicesAt}
     * with the same stride.
     */
    void sort(DType dtype, MemorySegment in, long first, long inner, int length, MemorySegment indices,
              long indicesAt) {
        if (packedLines && length <= packedLimit(dtype) && dtype != DType.INT64 && dtype != DType.FLOAT64) {
            readPacked(dtype, in, first, inner, length, keys, 0, 1);
            if (networks && length <= NETWORK_MAX) {
                sortByNetwork(keys, length);
            } else {
                Arrays.sort(keys, 0, length);
            }
            for (int k = 0; k < length; k++) {
                indices.setAtIndex(ValueLayout.JAVA_LONG, indicesAt + k * inner, (int) keys[k]);
            }
            return;
        }
        read(dtype, in, first, inner, length);
        if (packedLines && length > INSERTION && length <= packedLimit(dtype) && sortedWide(length)) {
            for (int k = 0; k < length; k++) {
                indices.setAtIndex(ValueLayout.JAVA_LONG, indicesAt + k * inner, positions[k]);
            }
            return;
        }
        if (length <= INSERTION) {
            insertionSort(length);
        } else {
            radixSort(length);
        }
        for (int k = 0; k < length; k++) {
            indices.setAtIndex(ValueLayout.JAVA_LONG, indicesAt + k * inner, positions[k]);
        }
    }

    /**
     * How many lines of {@code length} keys of {@code dtype} {@link #sortLines} sorts at once: the
     * lanes of a long vector for lines of 2 to {@value #NETWORK_MAX} keys, else 1 (sort them one by
     * one).
     */
    int linesTogether(DType dtype, int length) {
        return simd != null && packedLines && networks && length >= 2 && length <= NETWORK_MAX ? simd.longLanes() : 1;
    }

    /**
     * {@link #sort} of {@link #linesTogether} lines at once, line l's keys at {@code firsts[l]},
     * {@code firsts[l] + inner}, ... and its indices at {@code indicesAt[l]} with the same stride:
     * the packed keys of line l go to lane l of one row per position, and {@link #NETWORKS}' network
     * runs on all lanes together ({@link Simd#compareExchangeRows}). INT64 and FLOAT64 keys, too wide
     * to pack with their positions, are exchanged together with them, ties ordered by position. The
     * same order as one line at a time.
     */
    void sortLines(DType dtype, MemorySegment in, long[] firsts, long inner, int length, MemorySegment indices,
                   long[] indicesAt) {
        int lanes = simd.longLanes();
        if (columns == null || columns.length < lanes * length) {
            columns = new long[lanes * length];
            positionColumns = new long[lanes * length];
        }
        if (dtype == DType.INT64 || dtype == DType.FLOAT64) {
            for (int l = 0; l < lanes; l++) {
                read(dtype, in, firsts[l], inner, length);
                for (int k = 0; k < length; k++) {
                    columns[k * lanes + l] = keys[k] ^ Long.MIN_VALUE;
                    positionColumns[k * lanes + l] = k;
                }
            }
            simd.compareExchangeRows(columns, positionColumns, NETWORKS[length]);
            for (int l = 0; l < lanes; l++) {
                long at = indicesAt[l];
                for (int k = 0; k < length; k++) {
                    indices.setAtIndex(ValueLayout.JAVA_LONG, at + k * inner, positionColumns[k * lanes + l]);
                }
            }
            return;
        }
        for (int l = 0; l < lanes; l++) {
            readPacked(dtype, in, firsts[l], inner, length, columns, l, lanes);
        }
        simd.compareExchangeRows(columns, NETWORKS[length]);
        for (int l = 0; l < lanes; l++) {
            long at = indicesAt[l];
            for (int k = 0; k < length; k++) {
                indices.setAtIndex(ValueLayout.JAVA_LONG, at + k * inner, (int) columns[k * lanes + l]);
            }
        }
    }

    private void read(DType dtype, MemorySegment in, long first, long inner, int length) {
        long[] out = keys;
        switch (dtype) {
            case BOOL -> {
                for (int k = 0; k < length; k++) {
                    out[k] = in.get(ValueLayout.JAVA_BYTE, first + k * inner) ^ Long.MIN_VALUE;
                }
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> {
                for (int k = 0; k < length; k++) {
                    out[k] = ElementIO.small(in, dtype, first + k * inner) ^ Long.MIN_VALUE;
                }
            }
            case INT32 -> {
                for (int k = 0; k < length; k++) {
                    out[k] = (long) in.getAtIndex(ValueLayout.JAVA_INT, first + k * inner) ^ Long.MIN_VALUE;
                }
            }
            case INT64 -> {
                for (int k = 0; k < length; k++) {
                    out[k] = in.getAtIndex(ValueLayout.JAVA_LONG, first + k * inner) ^ Long.MIN_VALUE;
                }
            }
            case FLOAT16 -> {
                for (int k = 0; k < length; k++) {
                    out[k] = floatKey(Float.float16ToFloat(in.getAtIndex(ValueLayout.JAVA_SHORT, first + k * inner)));
                }
            }
            case FLOAT32 -> {
                for (int k = 0; k < length; k++) {
                    out[k] = floatKey(in.getAtIndex(ValueLayout.JAVA_FLOAT, first + k * inner));
                }
            }
            case FLOAT64 -> {
                for (int k = 0; k < length; k++) {
                    out[k] = doubleKey(in.getAtIndex(ValueLayout.JAVA_DOUBLE, first + k * inner));
                }
            }
        }
    }

    /**
     * Each key as a signed 32-bit value in the sort's order, shifted to the high half, with its
     * position in the low half, key k into {@code out[at + k * step]}.
     */
    private static void readPacked(DType dtype, MemorySegment in, long first, long inner, int length, long[] out,
                                   int at, int step) {
        switch (dtype) {
            case BOOL -> {
                for (int k = 0; k < length; k++) {
                    out[at + k * step] = (long) in.get(ValueLayout.JAVA_BYTE, first + k * inner) << 32 | k;
                }
            }
            case INT8, UINT8, INT16, UINT16 -> {
                for (int k = 0; k < length; k++) {
                    out[at + k * step] = ElementIO.small(in, dtype, first + k * inner) << 32 | k;
                }
            }
            case UINT32 -> {
                for (int k = 0; k < length; k++) {
                    out[at + k * step] = (ElementIO.small(in, dtype, first + k * inner) - SIGN_32) << 32 | k;
                }
            }
            case INT32 -> {
                for (int k = 0; k < length; k++) {
                    out[at + k * step] = (long) in.getAtIndex(ValueLayout.JAVA_INT, first + k * inner) << 32 | k;
                }
            }
            case FLOAT16 -> {
                for (int k = 0; k < length; k++) {
                    float v = Float.float16ToFloat(in.getAtIndex(ValueLayout.JAVA_SHORT, first + k * inner));
                    out[at + k * step] = (floatKey(v) - SIGN_32) << 32 | k;
                }
            }
            case FLOAT32 -> {
                for (int k = 0; k < length; k++) {
                    out[at + k * step] = (floatKey(in.getAtIndex(ValueLayout.JAVA_FLOAT, first + k * inner)) - SIGN_32) << 32 | k;
                }
            }
            default -> throw new IllegalStateException("sort: no 32-bit key for " + dtype);
        }
    }

    /**
     * Sorts the 64-bit keys packed: the top 32 bits of each key's offset from the line's minimum
     * with its position, then each run of equal top bits by insertion on the whole keys (exact
     * when the keys span 32 bits or fewer). Leaves the positions in order and returns true, or
     * returns false, the keys untouched, when a run is longer than {@value #WIDE_RUN}: many keys
     * that agree in their top bits, which the radix sort handles better.
     */
    private boolean sortedWide(int length) {
        long min = -1;
        long max = 0;
        for (int k = 0; k < length; k++) {
            long key = keys[k];
            if (Long.compareUnsigned(key, min) < 0) {
                min = key;
            }
            if (Long.compareUnsigned(key, max) > 0) {
                max = key;
            }
        }
        int shift = Math.max(0, 32 - Long.numberOfLeadingZeros(max - min));
        long[] packed = keySpare;
        for (int k = 0; k < length; k++) {
            packed[k] = (((keys[k] - min) >>> shift) - SIGN_32) << 32 | k;
        }
        Arrays.sort(packed, 0, length);
        int[] pos = positions;
        for (int k = 0; k < length; k++) {
            pos[k] = (int) packed[k];
        }
        if (shift == 0) {
            return true;
        }
        for (int start = 0; start < length; ) {
            long top = packed[start] >> 32;
            int end = start + 1;
            while (end < length && packed[end] >> 32 == top) {
                end++;
            }
            if (end - start > WIDE_RUN) {
                return false;
            }
            for (int k = start + 1; k < end; k++) {
                int p = pos[k];
                long key = keys[p];
                int j = k;
                while (j > start && Long.compareUnsigned(key, keys[pos[j - 1]]) < 0) {
                    pos[j] = pos[j - 1];
                    j--;
                }
                pos[j] = p;
            }
            start = end;
        }
        return true;
    }

    private static int[][] networks() {
        int size = NETWORK_MAX;
        int[] pairs = new int[2 * 64];
        int count = 0;
        for (int p = 1; p < size; p *= 2) {
            for (int k = p; k >= 1; k /= 2) {
                for (int j = k % p; j < size - k; j += 2 * k) {
                    for (int i = 0; i < Math.min(k, size - j - k); i++) {
                        if ((i + j) / (2 * p) == (i + j + k) / (2 * p)) {
                            pairs[count++] = i + j;
                            pairs[count++] = i + j + k;
                        }
                    }
                }
            }
        }
        int[][] networks = new int[size + 1][];
        for (int n = 0; n <= size; n++) {
            int[] kept = new int[count];
            int m = 0;
            for (int c = 0; c < count; c += 2) {
                if (pairs[c + 1] < n) {
                    kept[m++] = pairs[c];
                    kept[m++] = pairs[c + 1];
                }
            }
            networks[n] = Arrays.copyOf(kept, m);
        }
        return networks;
    }

    /**
     * Sorts {@code a[0 .. n)}, n at most {@value #NETWORK_MAX}, by {@link #NETWORKS}: every
     * compare-exchange a min and a max, no branch on the data. The packed values are distinct, so
     * the (unstable) network gives exactly the sorted order.
     */
    static void sortByNetwork(long[] a, int n) {
        int[] network = NETWORKS[n];
        for (int c = 0; c < network.length; c += 2) {
            int i = network[c];
            int j = network[c + 1];
            long x = a[i];
            long y = a[j];
            a[i] = Math.min(x, y);
            a[j] = Math.max(x, y);
        }
    }

    /** The longest line of {@code dtype} sorted packed. */
    private static int packedLimit(DType dtype) {
        return switch (dtype) {
            case FLOAT16, FLOAT32, FLOAT64 -> PACKED_FLOATS;
            case INT64 -> PACKED_INT64;
            default -> PACKED_INTEGERS;
        };
    }

    /** An unsigned key in float order: NaN after +inf, -0.0 as 0.0. */
    static long floatKey(float v) {
        if (v != v) {
            return FLOAT_NAN;
        }
        int bits = Float.floatToRawIntBits(v + 0.0f);
        return (bits ^ ((bits >> 31) | Integer.MIN_VALUE)) & 0xFFFF_FFFFL;
    }

    /** An unsigned key in double order: NaN after +inf, -0.0 as 0.0. */
    static long doubleKey(double v) {
        if (v != v) {
            return DOUBLE_NAN;
        }
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private void insertionSort(int length) {
        for (int k = 0; k < length; k++) {
            long key = keys[k];
            int j = k;
            while (j > 0 && Long.compareUnsigned(key, keys[j - 1]) < 0) {
                keys[j] = keys[j - 1];
                positions[j] = positions[j - 1];
                j--;
            }
            keys[j] = key;
            positions[j] = k;
        }
    }

    private void radixSort(int length) {
        long min = -1;
        long max = 0;
        for (int k = 0; k < length; k++) {
            long key = keys[k];
            if (Long.compareUnsigned(key, min) < 0) {
                min = key;
            }
            if (Long.compareUnsigned(key, max) > 0) {
                max = key;
            }
        }
        int bits = length >= LONG_LINE ? 11 : 8;
        int radix = 1 << bits;
        int mask = radix - 1;
        int digits = (64 - Long.numberOfLeadingZeros(max - min) + bits - 1) / bits;
        Arrays.fill(counts, 0, digits << bits, 0);
        for (int k = 0; k < length; k++) {
            long key = keys[k] - min;
            keys[k] = key;
            for (int d = 0; d < digits; d++) {
                counts[(d << bits) + (int) ((key >>> (d * bits)) & mask)]++;
            }
        }
        boolean first = true;
        for (int d = 0; d < digits; d++) {
            int base = d << bits;
            int shift = d * bits;
            if (counts[base + (int) ((keys[0] >>> shift) & mask)] == length) {
                continue;
            }
            int sum = 0;
            for (int b = base; b < base + radix; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            long[] keyIn = keys;
            long[] keyOut = keySpare;
            int[] posOut = spare;
            if (first) {
                for (int k = 0; k < length; k++) {
                    long key = keyIn[k];
                    int to = counts[base + (int) ((key >>> shift) & mask)]++;
                    keyOut[to] = key;
                    posOut[to] = k;
                }
                first = false;
            } else {
                int[] posIn = positions;
                for (int k = 0; k < length; k++) {
                    long key = keyIn[k];
                    int to = counts[base + (int) ((key >>> shift) & mask)]++;
                    keyOut[to] = key;
                    posOut[to] = posIn[k];
                }
            }
            keys = keyOut;
            keySpare = keyIn;
            spare = positions;
            positions = posOut;
        }
        if (first) {
            for (int k = 0; k < length; k++) {
                positions[k] = k;
            }
        }
    }
}
