package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.SearchPlan;
import io.jtensor.backend.SortPlan;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Runs {@link SortPlan}s in the stable order (NaN after every number, -0.0 equal to 0.0), lines
 * split over threads. A line that fits in Java arrays is sorted there ({@link RadixLineSort}: short
 * lines as packed key-position longs, lines of up to 16 keys by a sorting network several at once on
 * long lanes, longer ones by a radix sort of their keys); a longer one in place in the memory segments by the GPU kernels' merge
 * sort: runs of {@link #RUN} positions by insertion sort, then merges of doubling width that take
 * from the left run unless the right key is strictly less, ping-ponging between the line's indices
 * and its scratch row. Runs
 * {@link SearchPlan}s with a binary search per value in the same order.
 */
final class SortKernel {

    private static final long RUN = 16;


    /** Elements per thread. */
    private static final long GRAIN = 64 * 1024;

    /** The longest line sorted in Java arrays; longer ones are sorted in the memory segments. */
    private final long heapLimit;

    /** Whether short lines of 32-bit keys are sorted as packed longs ({@link RadixLineSort}). */
    private final boolean packedLines;

    /** Whether packed lines of up to {@value RadixLineSort#NETWORK_MAX} keys are sorted by networks. */
    private final boolean networks;

    /** Lanes for sorting several short lines at once; null sorts them one by one. */
    private final Simd simd;

    SortKernel() {
        this(RadixLineSort.MAX_LENGTH, true, true, null);
    }

    /** A kernel whose short lines of 32-bit keys go through the radix sort too when {@code packedLines} is false. */
    SortKernel(boolean packedLines) {
        this(RadixLineSort.MAX_LENGTH, packedLines, true, null);
    }

    /** A kernel that sorts lines up to {@code heapLimit} long in Java arrays (tests pass 0 to check the other path). */
    SortKernel(long heapLimit) {
        this(heapLimit, true, true, null);
    }

    /**
     * A kernel with the packed sort of short lines on or off ({@code packedLines}), and their sorting
     * networks ({@code networks}: off, {@link java.util.Arrays#sort(long[], int, int)} as before
     * session 21), run on {@code simd}'s lanes several lines at once when it is not null.
     */
    SortKernel(boolean packedLines, boolean networks, Simd simd) {
        this(RadixLineSort.MAX_LENGTH, packedLines, networks, simd);
    }

    private SortKernel(long heapLimit, boolean packedLines, boolean networks, Simd simd) {
        this.heapLimit = Math.min(heapLimit, RadixLineSort.MAX_LENGTH);
        this.packedLines = packedLines;
        this.networks = networks;
        this.simd = simd;
    }

    /** Whether the key at position i of a line sorts strictly before the key at position j. */
    @FunctionalInterface
    private interface Order {
        boolean less(long i, long j);
    }

    void run(SortPlan plan) {
        long lines = plan.lines();
        long length = plan.length();
        if (lines == 0 || length == 0) {
            return;
        }
        long size = lines * length;
        MemorySegment in = MapKernels.segment(plan.input());
        MemorySegment indices = MapKernels.overwrittenSegment(plan.indices(), size);
        MemorySegment scratch = MapKernels.overwrittenSegment(plan.scratch(), size);
        MemorySegment values = plan.values() == null ? null : MapKernels.overwrittenSegment(plan.values(), size);
        long inner = plan.inner();
        ParallelLoop.forRange(lines, Math.max(1, GRAIN / length), 1, (start, end) -> {
            RadixLineSort radix = length <= heapLimit
                    ? new RadixLineSort((int) length, packedLines, networks, simd) : null;
            int together = radix == null ? 1 : radix.linesTogether(plan.dtype(), (int) length);
            long[] firsts = new long[together];
            long[] indexStarts = new long[together];
            long line = start;
            for (; together > 1 && end - line >= together; line += together) {
                for (int l = 0; l < together; l++) {
                    long at = lineStart(line + l, length, inner);
                    firsts[l] = plan.input().offset() + at;
                    indexStarts[l] = plan.indices().offset() + at;
                }
                radix.sortLines(plan.dtype(), in, firsts, inner, (int) length, indices, indexStarts);
                if (values != null) {
                    for (int l = 0; l < together; l++) {
                        long at = lineStart(line + l, length, inner);
                        writeValues(plan, in, firsts[l], indices, indexStarts[l], values, plan.values().offset() + at,
                                length, inner);
                    }
                }
            }
            for (; line < end; line++) {
                long at = lineStart(line, length, inner);
                long lineIndices = plan.indices().offset() + at;
                if (radix != null) {
                    radix.sort(plan.dtype(), in, plan.input().offset() + at, inner, (int) length, indices, lineIndices);
                } else {
                    sortLine(order(plan, in, plan.input().offset() + at, inner), length, indices, lineIndices, inner,
                            scratch, plan.scratch().offset() + line * length);
                }
                if (values != null) {
                    writeValues(plan, in, plan.input().offset() + at, indices, lineIndices, values,
                            plan.values().offset() + at, length, inner);
                }
            }
        });
    }

    /** The offset of line {@code line}'s first element from the start of the plan's lines. */
    private static long lineStart(long line, long length, long inner) {
        return inner == 1 ? line * length : (line / inner) * length * inner + line % inner;
    }

    private static Order order(SortPlan plan, MemorySegment in, long first, long inner) {
        return switch (plan.dtype()) {
            case BOOL -> (i, j) -> in.get(ValueLayout.JAVA_BYTE, first + i * inner)
                    < in.get(ValueLayout.JAVA_BYTE, first + j * inner);
            case INT8, UINT8, INT16, UINT16, UINT32 -> (i, j) -> ElementIO.small(in, plan.dtype(), first + i * inner)
                    < ElementIO.small(in, plan.dtype(), first + j * inner);
            case INT32 -> (i, j) -> in.getAtIndex(ValueLayout.JAVA_INT, first + i * inner)
                    < in.getAtIndex(ValueLayout.JAVA_INT, first + j * inner);
            case INT64 -> (i, j) -> in.getAtIndex(ValueLayout.JAVA_LONG, first + i * inner)
                    < in.getAtIndex(ValueLayout.JAVA_LONG, first + j * inner);
            case FLOAT16 -> (i, j) -> {
                float a = Float.float16ToFloat(in.getAtIndex(ValueLayout.JAVA_SHORT, first + i * inner));
                float b = Float.float16ToFloat(in.getAtIndex(ValueLayout.JAVA_SHORT, first + j * inner));
                return a < b || (b != b && a == a);
            };
            case FLOAT32 -> (i, j) -> {
                float a = in.getAtIndex(ValueLayout.JAVA_FLOAT, first + i * inner);
                float b = in.getAtIndex(ValueLayout.JAVA_FLOAT, first + j * inner);
                return a < b || (b != b && a == a);
            };
            case FLOAT64 -> (i, j) -> {
                double a = in.getAtIndex(ValueLayout.JAVA_DOUBLE, first + i * inner);
                double b = in.getAtIndex(ValueLayout.JAVA_DOUBLE, first + j * inner);
                return a < b || (b != b && a == a);
            };
        };
    }

    private static void sortLine(Order order, long length, MemorySegment indices, long indicesAt, long inner,
                                 MemorySegment scratch, long scratchAt) {
        int merges = 0;
        for (long width = RUN; width < length; width *= 2) {
            merges++;
        }
        boolean even = merges % 2 == 0;
        MemorySegment src = even ? indices : scratch;
        long srcAt = even ? indicesAt : scratchAt;
        long srcStride = even ? inner : 1;
        MemorySegment dst = even ? scratch : indices;
        long dstAt = even ? scratchAt : indicesAt;
        long dstStride = even ? 1 : inner;
        for (long lo = 0; lo < length; lo += RUN) {
            long hi = Math.min(lo + RUN, length);
            for (long k = lo; k < hi; k++) {
                long j = k;
                while (j > lo && order.less(k, get(src, srcAt, srcStride, j - 1))) {
                    set(src, srcAt, srcStride, j, get(src, srcAt, srcStride, j - 1));
                    j--;
                }
                set(src, srcAt, srcStride, j, k);
            }
        }
        for (long width = RUN; width < length; width *= 2) {
            for (long lo = 0; lo < length; lo += 2 * width) {
                long mid = Math.min(lo + width, length);
                long hi = Math.min(lo + 2 * width, length);
                long i = lo;
                long j = mid;
                long o = lo;
                while (i < mid && j < hi) {
                    long left = get(src, srcAt, srcStride, i);
                    long right = get(src, srcAt, srcStride, j);
                    if (order.less(right, left)) {
                        set(dst, dstAt, dstStride, o++, right);
                        j++;
                    } else {
                        set(dst, dstAt, dstStride, o++, left);
                        i++;
                    }
                }
                for (; i < mid; i++) {
                    set(dst, dstAt, dstStride, o++, get(src, srcAt, srcStride, i));
                }
                for (; j < hi; j++) {
                    set(dst, dstAt, dstStride, o++, get(src, srcAt, srcStride, j));
                }
            }
            MemorySegment segment = src;
            src = dst;
            dst = segment;
            long at = srcAt;
            srcAt = dstAt;
            dstAt = at;
            long stride = srcStride;
            srcStride = dstStride;
            dstStride = stride;
        }
    }

    private static long get(MemorySegment segment, long at, long stride, long k) {
        return segment.getAtIndex(ValueLayout.JAVA_LONG, at + k * stride);
    }

    private static void set(MemorySegment segment, long at, long stride, long k, long value) {
        segment.setAtIndex(ValueLayout.JAVA_LONG, at + k * stride, value);
    }

    /** The sorted keys, copied as bits of the element's width. */
    private static void writeValues(SortPlan plan, MemorySegment in, long first, MemorySegment indices,
                                    long indicesAt, MemorySegment values, long valuesAt, long length, long inner) {
        int width = plan.dtype().byteSize();
        for (long k = 0; k < length; k++) {
            long from = first + get(indices, indicesAt, inner, k) * inner;
            long to = valuesAt + k * inner;
            switch (width) {
                case 1 -> values.set(ValueLayout.JAVA_BYTE, to, in.get(ValueLayout.JAVA_BYTE, from));
                case 2 -> values.setAtIndex(ValueLayout.JAVA_SHORT, to, in.getAtIndex(ValueLayout.JAVA_SHORT, from));
                case 4 -> values.setAtIndex(ValueLayout.JAVA_INT, to, in.getAtIndex(ValueLayout.JAVA_INT, from));
                default -> values.setAtIndex(ValueLayout.JAVA_LONG, to, in.getAtIndex(ValueLayout.JAVA_LONG, from));
            }
        }
    }

    void run(SearchPlan plan) {
        long count = plan.count();
        if (count == 0) {
            return;
        }
        MemorySegment sorted = MapKernels.segment(plan.sorted());
        MemorySegment values = MapKernels.segment(plan.values());
        MemorySegment out = MapKernels.overwrittenSegment(plan.out(), count);
        long steps = 64 - Long.numberOfLeadingZeros(plan.length()) + 1;
        ParallelLoop.forRange(count, Math.max(1, GRAIN / steps), 1, (start, end) -> {
            for (long i = start; i < end; i++) {
                long value = plan.values().offset() + i;
                long lo = 0;
                long hi = plan.length();
                while (lo < hi) {
                    long mid = (lo + hi) >>> 1;
                    int c = compare(plan.dtype(), sorted, plan.sorted().offset() + mid, values, value);
                    if (plan.right() ? c <= 0 : c < 0) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                out.setAtIndex(ValueLayout.JAVA_LONG, plan.out().offset() + i, lo);
            }
        });
    }

    /** The sign of key - value in the sort order (NaN after every number and equal to NaN). */
    private static int compare(DType dtype, MemorySegment keys, long key, MemorySegment values, long value) {
        return switch (dtype) {
            case BOOL -> Byte.compare(keys.get(ValueLayout.JAVA_BYTE, key), values.get(ValueLayout.JAVA_BYTE, value));
            case INT8, UINT8, INT16, UINT16, UINT32 -> Long.compare(ElementIO.small(keys, dtype, key),
                    ElementIO.small(values, dtype, value));
            case INT32 -> Integer.compare(keys.getAtIndex(ValueLayout.JAVA_INT, key),
                    values.getAtIndex(ValueLayout.JAVA_INT, value));
            case INT64 -> Long.compare(keys.getAtIndex(ValueLayout.JAVA_LONG, key),
                    values.getAtIndex(ValueLayout.JAVA_LONG, value));
            case FLOAT16 -> compare(Float.float16ToFloat(keys.getAtIndex(ValueLayout.JAVA_SHORT, key)),
                    Float.float16ToFloat(values.getAtIndex(ValueLayout.JAVA_SHORT, value)));
            case FLOAT32 -> compare(keys.getAtIndex(ValueLayout.JAVA_FLOAT, key),
                    values.getAtIndex(ValueLayout.JAVA_FLOAT, value));
            case FLOAT64 -> compare(keys.getAtIndex(ValueLayout.JAVA_DOUBLE, key),
                    values.getAtIndex(ValueLayout.JAVA_DOUBLE, value));
        };
    }

    private static int compare(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (b < a) {
            return 1;
        }
        boolean aNan = a != a;
        return aNan == (b != b) ? 0 : aNan ? 1 : -1;
    }
}
