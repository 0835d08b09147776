package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * Same-type COPY between arbitrary strides that no faster path takes: a view with short inner runs
 * ({@code slidingWindowView(x, (3, 3))}'s windows, a slice of a slice), copied into a new tensor or
 * a strided destination. The elements are moved as raw bits of their width (NaN payloads and zero
 * signs kept), block by block: up to three innermost axes of the simplified iteration space as plain
 * loops, the outer ones (at least one) by a cursor, blocks split over threads; a single axis is split
 * into stretches over threads. The buffered path would convert
 * every element to a double or long and back and step its cursor once per inner run (three
 * elements for a 3x3 window).
 *
 * <p>When the innermost axis is shorter than {@value #SHORT_AXIS} (a window's 3 columns,
 * {@code x[:, :3]}), those plain loops would run a few elements per row: instead the input
 * offsets of up to {@value #TABLE} consecutive output elements (the innermost axes whole, the next
 * one in as few equal chunks as fit) are computed once into a table, and every block is one loop
 * over it, reading {@code src[in + table[t]]} into consecutive outputs (or a second table's
 * positions when the output is strided): one loop of 4050 elements per two output rows of a
 * 30 x 30 image's 3 x 3 windows where the plain loops ran 3 elements 1350 times.
 */
final class StridedCopy {

    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    /** The innermost axes walked as plain loops; the cursor steps once per block of them. */
    private static final int INNER_AXES = 3;
    /** Innermost axes shorter than this are copied through offset tables. */
    static final long SHORT_AXIS = 16;
    /** Elements per offset table, at most (16 KiB of int offsets). */
    static final int TABLE = 4096;

    private StridedCopy() {
    }

    /**
     * Copies the unmasked same-type COPY {@code plan} (operands: out, input), unless the input is a
     * scalar or shares memory with the output (left to the buffered path, which reads a block before
     * it writes one).
     *
     * @return false when the plan does not suit (nothing was written)
     */
    static boolean run(MapPlan plan, Dims dims, Operand[] operands, long[] base) {
        return run(plan, dims, operands, base, true);
    }

    /**
     * As {@link #run(MapPlan, Dims, Operand[], long[])}; {@code fast} false keeps short innermost
     * axes, contiguous and broadcast rows on the plain element loops, as before the offset tables
     * and row copies (for benchmarks).
     */
    static boolean run(MapPlan plan, Dims dims, Operand[] operands, long[] base, boolean fast) {
        DType type = operands[0].dtype();
        if (plan.op() != UnaryOp.COPY || operands.length != 2 || operands[1].isScalar()
                || operands[1].dtype() != type || plan.computeType() != type.computeType() || dims.ndim() == 0) {
            return false;
        }
        MemorySegment src = MapKernels.segment(operands[1]);
        MemorySegment dst = MapKernels.outputSegment(plan, dims, operands[0]);
        if (src.asOverlappingSlice(dst).isPresent()) {
            return false;
        }
        int ndim = dims.ndim();
        long[] shape = dims.shape();
        long[][] strides = dims.strides();
        int width = type.byteSize();
        if (ndim == 1) {
            long inStride = strides[1][0];
            long outStride = strides[0][0];
            ParallelLoop.forRange(shape[0], MapKernels.COPY_GRAIN, 1, (s, e) -> block(width, src,
                    base[1] + s * inStride, 0, inStride, dst, base[0] + s * outStride, 0, outStride, 1, e - s, fast));
            return true;
        }
        if (fast && shape[ndim - 1] < SHORT_AXIS && tabled(width, src, dst, shape, strides, base)) {
            return true;
        }
        // at least one outer axis, so the blocks can be split over threads
        int inner = Math.min(ndim - 1, INNER_AXES);
        long[] size = new long[INNER_AXES];
        long[][] step = new long[2][INNER_AXES];
        Arrays.fill(size, 1);
        for (int k = 0; k < inner; k++) {
            size[INNER_AXES - inner + k] = shape[ndim - inner + k];
            for (int op = 0; op < 2; op++) {
                step[op][INNER_AXES - inner + k] = strides[op][ndim - inner + k];
            }
        }
        long[] outerShape = Arrays.copyOf(shape, ndim - inner);
        long[][] outerStrides = {Arrays.copyOf(strides[0], ndim - inner), Arrays.copyOf(strides[1], ndim - inner)};
        long blocks = 1;
        for (long d : outerShape) {
            blocks *= d;
        }
        long perBlock = size[0] * size[1] * size[2];
        long grain = Math.max(1, MapKernels.COPY_GRAIN / Math.max(1, perBlock));
        if (ndim == 2) {
            // one outer axis: its offsets are a multiply, cheaper than a cursor step per row
            long outRow = strides[0][0];
            long inRow = strides[1][0];
            ParallelLoop.forRange(blocks, grain, 1, (s, e) -> block(width, src, base[1] + s * inRow, inRow, step[1][2],
                    dst, base[0] + s * outRow, outRow, step[0][2], e - s, size[2], fast));
            return true;
        }
        ParallelLoop.forRange(blocks, grain, 1, (s, e) -> {
            StridedCursor cursor = new StridedCursor(outerShape, outerStrides, base);
            cursor.seek(s);
            for (long b = s; b < e; b++) {
                long out = cursor.offset(0);
                long in = cursor.offset(1);
                for (long p = 0; p < size[0]; p++) {
                    long i = in + p * step[1][0];
                    long o = out + p * step[0][0];
                    block(width, src, i, step[1][1], step[1][2], dst, o, step[0][1], step[0][2], size[1], size[2],
                            fast);
                }
                cursor.advance(1);
            }
        });
        return true;
    }

    /**
     * Copies through offset tables (class comment); false, with nothing written, when a table's
     * offsets would not fit an int.
     */
    private static boolean tabled(int width, MemorySegment src, MemorySegment dst, long[] shape, long[][] strides,
                                  long[] base) {
        int ndim = shape.length;
        int first = ndim;
        long whole = 1;
        while (first > 1 && whole * shape[first - 1] <= TABLE) {
            whole *= shape[--first];
        }
        int split = first - 1;
        long chunks = (shape[split] + TABLE / whole - 1) / (TABLE / whole);
        long per = (shape[split] + chunks - 1) / chunks;
        boolean dense = denseFrom(shape, strides[0], split);
        int[] in = offsets(shape, strides[1], split, per);
        int[] out = dense ? null : offsets(shape, strides[0], split, per);
        if (in == null || (!dense && out == null)) {
            return false;
        }
        long[] outerShape = Arrays.copyOf(shape, split + 1);
        outerShape[split] = chunks;
        long[][] outerStrides = {Arrays.copyOf(strides[0], split + 1), Arrays.copyOf(strides[1], split + 1)};
        outerStrides[0][split] *= per;
        outerStrides[1][split] *= per;
        long blocks = chunks;
        for (int d = 0; d < split; d++) {
            blocks *= shape[d];
        }
        int full = in.length;
        int last = (int) ((shape[split] - (chunks - 1) * per) * whole);
        ParallelLoop.forRange(blocks, Math.max(1, MapKernels.COPY_GRAIN / full), 1, (s, e) -> {
            StridedCursor cursor = new StridedCursor(outerShape, outerStrides, base);
            cursor.seek(s);
            for (long b = s; b < e; b++) {
                int n = b % chunks == chunks - 1 ? last : full;
                gather(width, src, cursor.offset(1), in, dst, cursor.offset(0), out, n);
                cursor.advance(1);
            }
        });
        return true;
    }

    /** True when axes {@code split ..} of the output are C-ordered with unit innermost stride. */
    private static boolean denseFrom(long[] shape, long[] strides, int split) {
        long expected = 1;
        for (int d = shape.length - 1; d >= split; d--) {
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /**
     * The offsets, by {@code strides}, of the first {@code per} positions of axis {@code split}
     * times every position of the axes after it, in C order; null when they do not fit an int.
     */
    private static int[] offsets(long[] shape, long[] strides, int split, long per) {
        long span = (per - 1) * Math.abs(strides[split]);
        long n = per;
        for (int d = split + 1; d < shape.length; d++) {
            span += (shape[d] - 1) * Math.abs(strides[d]);
            n *= shape[d];
        }
        if (span > Integer.MAX_VALUE) {
            return null;
        }
        int[] table = new int[(int) n];
        int filled = 1;
        for (int d = shape.length - 1; d >= split; d--) {
            long size = d == split ? per : shape[d];
            // the table so far holds the axes after d; repeat it once per further position of d
            for (int i = 1; i < size; i++) {
                int shift = (int) (i * strides[d]);
                for (int t = 0; t < filled; t++) {
                    table[i * filled + t] = table[t] + shift;
                }
            }
            filled *= (int) size;
        }
        return table;
    }

    /**
     * {@code n} elements of {@code width} bytes: {@code dst[out + t] = src[in + ins[t]]}, or
     * {@code dst[out + outs[t]]} when {@code outs} is not null.
     */
    private static void gather(int width, MemorySegment src, long in, int[] ins, MemorySegment dst, long out,
                               int[] outs, int n) {
        if (outs != null) {
            scatter(width, src, in, ins, dst, out, outs, n);
            return;
        }
        switch (width) {
            case 1 -> {
                for (int t = 0; t < n; t++) {
                    dst.set(ValueLayout.JAVA_BYTE, out + t, src.get(ValueLayout.JAVA_BYTE, in + ins[t]));
                }
            }
            case 2 -> {
                for (int t = 0; t < n; t++) {
                    dst.setAtIndex(SHORT, out + t, src.getAtIndex(SHORT, in + ins[t]));
                }
            }
            case 4 -> {
                for (int t = 0; t < n; t++) {
                    dst.setAtIndex(INT, out + t, src.getAtIndex(INT, in + ins[t]));
                }
            }
            default -> {
                for (int t = 0; t < n; t++) {
                    dst.setAtIndex(LONG, out + t, src.getAtIndex(LONG, in + ins[t]));
                }
            }
        }
    }

    private static void scatter(int width, MemorySegment src, long in, int[] ins, MemorySegment dst, long out,
                                int[] outs, int n) {
        switch (width) {
            case 1 -> {
                for (int t = 0; t < n; t++) {
                    dst.set(ValueLayout.JAVA_BYTE, out + outs[t], src.get(ValueLayout.JAVA_BYTE, in + ins[t]));
                }
            }
            case 2 -> {
                for (int t = 0; t < n; t++) {
                    dst.setAtIndex(SHORT, out + outs[t], src.getAtIndex(SHORT, in + ins[t]));
                }
            }
            case 4 -> {
                for (int t = 0; t < n; t++) {
                    dst.setAtIndex(INT, out + outs[t], src.getAtIndex(INT, in + ins[t]));
                }
            }
            default -> {
                for (int t = 0; t < n; t++) {
                    dst.setAtIndex(LONG, out + outs[t], src.getAtIndex(LONG, in + ins[t]));
                }
            }
        }
    }

    /**
     * {@code rows} x {@code cols} elements of {@code width} bytes, each operand by its own row and
     * column strides; with {@code fast}, rows of at least {@value #SHORT_AXIS} consecutive outputs
     * are bulk copies of contiguous inputs or fills with a broadcast one.
     */
    private static void block(int width, MemorySegment src, long in, long inRow, long inCol, MemorySegment dst,
                              long out, long outRow, long outCol, long rows, long cols, boolean fast) {
        if (fast && outCol == 1 && cols >= SHORT_AXIS && (inCol == 1 || inCol == 0)) {
            for (long r = 0; r < rows; r++) {
                long i = in + r * inRow;
                long o = out + r * outRow;
                if (inCol == 1) {
                    MemorySegment.copy(src, i * width, dst, o * width, cols * width);
                } else {
                    fill(width, src, i, dst, o, cols);
                }
            }
            return;
        }
        switch (width) {
            case 1 -> block1(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
            case 2 -> block2(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
            case 4 -> block4(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
            default -> block8(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
        }
    }

    /**
     * {@code cols} consecutive outputs from {@code out} set to the element at {@code in}: the first
     * {@value #SHORT_AXIS} one by one, then bulk copies of what is already written, doubling.
     */
    private static void fill(int width, MemorySegment src, long in, MemorySegment dst, long out, long cols) {
        long first = Math.min(cols, SHORT_AXIS);
        for (long c = 0; c < first; c++) {
            switch (width) {
                case 1 -> dst.set(ValueLayout.JAVA_BYTE, out + c, src.get(ValueLayout.JAVA_BYTE, in));
                case 2 -> dst.setAtIndex(SHORT, out + c, src.getAtIndex(SHORT, in));
                case 4 -> dst.setAtIndex(INT, out + c, src.getAtIndex(INT, in));
                default -> dst.setAtIndex(LONG, out + c, src.getAtIndex(LONG, in));
            }
        }
        long at = out * width;
        for (long done = first; done < cols; done *= 2) {
            MemorySegment.copy(dst, at, dst, at + done * width, Math.min(done, cols - done) * width);
        }
    }

    private static void block1(MemorySegment src, long in, long inRow, long inCol, MemorySegment dst, long out,
                               long outRow, long outCol, long rows, long cols) {
        for (long r = 0; r < rows; r++) {
            long i = in + r * inRow;
            long o = out + r * outRow;
            for (long c = 0; c < cols; c++) {
                dst.set(ValueLayout.JAVA_BYTE, o + c * outCol, src.get(ValueLayout.JAVA_BYTE, i + c * inCol));
            }
        }
    }

    private static void block2(MemorySegment src, long in, long inRow, long inCol, MemorySegment dst, long out,
                               long outRow, long outCol, long rows, long cols) {
        for (long r = 0; r < rows; r++) {
            long i = in + r * inRow;
            long o = out + r * outRow;
            for (long c = 0; c < cols; c++) {
                dst.setAtIndex(SHORT, o + c * outCol, src.getAtIndex(SHORT, i + c * inCol));
            }
        }
    }

    private static void block4(MemorySegment src, long in, long inRow, long inCol, MemorySegment dst, long out,
                               long outRow, long outCol, long rows, long cols) {
        for (long r = 0; r < rows; r++) {
            long i = in + r * inRow;
            long o = out + r * outRow;
            for (long c = 0; c < cols; c++) {
                dst.setAtIndex(INT, o + c * outCol, src.getAtIndex(INT, i + c * inCol));
            }
        }
    }

    private static void block8(MemorySegment src, long in, long inRow, long inCol, MemorySegment dst, long out,
                               long outRow, long outCol, long rows, long cols) {
        for (long r = 0; r < rows; r++) {
            long i = in + r * inRow;
            long o = out + r * outRow;
            for (long c = 0; c < cols; c++) {
                dst.setAtIndex(LONG, o + c * outCol, src.getAtIndex(LONG, i + c * inCol));
            }
        }
    }
}
