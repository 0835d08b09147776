package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The stable merge sort of {@link SortKernel} for one line that fits in Java arrays: the keys are
 * copied into a {@code double[]} (bool, int32, float32 and float64 keys are exact there) or a
 * {@code long[]} (int64), the positions into an {@code int[]}, and sorted there, several times
 * faster than through the memory segments. One instance per thread, reused for its lines.
 */
final class HeapLineSort {

    /** The longest line sorted here (Java's array limit). */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private static final int RUN = 16;

    private final double[] doubles;
    private final long[] longs;
    private int[] positions;
    private int[] spare;

    HeapLineSort(DType dtype, int length) {
        doubles = dtype == DType.INT64 ? null : new double[length];
        longs = dtype == DType.INT64 ? new long[length] : null;
        positions = new int[length];
        spare = new int[length];
    }

    /**
     * Sorts the {@code length} keys of {@code dtype} at {@code first}, {@code first + inner}, ... of
     * {@code in} and writes their positions, as int64, to {@code indices} from {@code indicesAt}
     * with the same stride.
     */
    void sort(DType dtype, MemorySegment in, long first, long inner, int length, MemorySegment indices,
              long indicesAt) {
        read(dtype, in, first, inner, length);
        for (int lo = 0; lo < length; lo += RUN) {
            insertionSort(lo, Math.min(lo + RUN, length));
        }
        for (long width = RUN; width < length; width *= 2) {
            for (long lo = 0; lo < length; lo += 2 * width) {
                merge((int) lo, (int) Math.min(lo + width, length), (int) Math.min(lo + 2 * width, length));
            }
            int[] swap = positions;
            positions = spare;
            spare = swap;
        }
        for (int k = 0; k < length; k++) {
            indices.setAtIndex(ValueLayout.JAVA_LONG, indicesAt + k * inner, positions[k]);
        }
    }

    private void read(DType dtype, MemorySegment in, long first, long inner, int length) {
        for (int k = 0; k < length; k++) {
            long at = first + k * inner;
            switch (dtype) {
                case BOOL -> doubles[k] = in.get(ValueLayout.JAVA_BYTE, at);
                case INT8, UINT8, INT16, UINT16, UINT32 -> doubles[k] = ElementIO.small(in, dtype, at);
                case INT32 -> doubles[k] = in.getAtIndex(ValueLayout.JAVA_INT, at);
                case INT64 -> longs[k] = in.getAtIndex(ValueLayout.JAVA_LONG, at);
                case FLOAT16 -> doubles[k] = Float.float16ToFloat(in.getAtIndex(ValueLayout.JAVA_SHORT, at));
                case FLOAT32 -> doubles[k] = in.getAtIndex(ValueLayout.JAVA_FLOAT, at);
                case FLOAT64 -> doubles[k] = in.getAtIndex(ValueLayout.JAVA_DOUBLE, at);
            }
        }
    }

    /** Whether the key at position i sorts strictly before the key at position j (NaN last). */
    private boolean less(int i, int j) {
        if (longs != null) {
            return longs[i] < longs[j];
        }
        double a = doubles[i];
        double b = doubles[j];
        return a < b || (b != b && a == a);
    }

    private void insertionSort(int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            int j = k;
            while (j > lo && less(k, positions[j - 1])) {
                positions[j] = positions[j - 1];
                j--;
            }
            positions[j] = k;
        }
    }

    private void merge(int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            spare[o++] = less(positions[j], positions[i]) ? positions[j++] : positions[i++];
        }
        while (i < mid) {
            spare[o++] = positions[i++];
        }
        while (j < hi) {
            spare[o++] = positions[j++];
        }
    }
}
