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
 */
final class StridedCopy {

    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    /** The innermost axes walked as plain loops; the cursor steps once per block of them. */
    private static final int INNER_AXES = 3;

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
                    base[1] + s * inStride, 0, inStride, dst, base[0] + s * outStride, 0, outStride, 1, e - s));
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
        ParallelLoop.forRange(blocks, Math.max(1, MapKernels.COPY_GRAIN / Math.max(1, perBlock)), 1, (s, e) -> {
            StridedCursor cursor = new StridedCursor(outerShape, outerStrides, base);
            cursor.seek(s);
            for (long b = s; b < e; b++) {
                long out = cursor.offset(0);
                long in = cursor.offset(1);
                for (long p = 0; p < size[0]; p++) {
                    long i = in + p * step[1][0];
                    long o = out + p * step[0][0];
                    block(width, src, i, step[1][1], step[1][2], dst, o, step[0][1], step[0][2], size[1], size[2]);
                }
                cursor.advance(1);
            }
        });
        return true;
    }

    /** {@code rows} x {@code cols} elements of {@code width} bytes, each operand by its own row and column strides. */
    private static void block(int width, MemorySegment src, long in, long inRow, long inCol, MemorySegment dst,
                              long out, long outRow, long outCol, long rows, long cols) {
        switch (width) {
            case 1 -> block1(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
            case 2 -> block2(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
            case 4 -> block4(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
            default -> block8(src, in, inRow, inCol, dst, out, outRow, outCol, rows, cols);
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
