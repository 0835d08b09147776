package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * The buffered general path of {@link MapKernels} for one plan: blocks of up to
 * {@value MapKernels#BLOCK} elements are gathered from any strides into double or long work
 * buffers (converted to the compute type), computed by {@link FloatOps} or {@link LongOps} with
 * one switch per block, and scattered to the output (converted, and masked by {@code where}).
 *
 * <p>{@link #run} walks a flat index range of the plan; {@link #row} computes one row whose
 * operands the caller has located (the tiled path's rows, some of them in scratch memory). Both
 * compute every element the same way, so their results are bit-identical.
 */
final class BufferedMap {

    private static final int BLOCK = MapKernels.BLOCK;
    private static final int MAX_OPERANDS = 5;
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private final MapPlan plan;
    private final Dims dims;
    private final Operand[] operands;
    private final MemorySegment[] segments;
    private final long[] base;
    private final long[] innerStrides;
    private final int inputs;
    private final int whereIndex;
    private final DType compute;
    private final boolean floatFamily;
    private final boolean boolResult;
    private final Simd simd;

    /**
     * Prepares the plan.
     *
     * @param dims     the simplified iteration space, operand 0 the output, then the inputs, then the mask
     * @param operands the output, the inputs and (when {@code masked}) the mask
     * @param base     per operand, the offset of index 0
     * @param output   the output's memory (see {@link MapKernels#overwrittenSegment})
     * @param simd     the vector kernels for FLOAT64 exp of the work buffers, or null
     */
    BufferedMap(MapPlan plan, Dims dims, Operand[] operands, long[] base, boolean masked, MemorySegment output,
                Simd simd) {
        this.plan = plan;
        this.simd = simd;
        this.dims = dims;
        this.operands = operands;
        this.base = base;
        this.inputs = plan.inputs().size();
        this.whereIndex = masked ? 1 + inputs : -1;
        this.compute = plan.computeType();
        this.floatFamily = Conversions.isFloatFamily(compute);
        this.boolResult = plan.op().givesBool();
        this.segments = new MemorySegment[operands.length];
        this.innerStrides = new long[operands.length];
        for (int i = operands.length - 1; i > 0; i--) {
            segments[i] = operands[i].isScalar() ? null : MapKernels.segment(operands[i]);
        }
        segments[0] = output;
        for (int i = 0; i < operands.length; i++) {
            innerStrides[i] = dims.ndim() == 0 ? 0 : dims.strides()[i][dims.ndim() - 1];
        }
    }

    /** Computes flat indices {@code [start, end)} of the plan. */
    void run(long start, long end) {
        Workspace ws = WORKSPACE.get();
        StridedCursor cursor = new StridedCursor(dims.shape(), dims.strides(), base);
        cursor.seek(start);
        long pos = start;
        while (pos < end) {
            int filled = 0;
            int pieces = 0;
            while (filled < BLOCK && pos < end) {
                int len = (int) Math.min(Math.min(cursor.runLength(), BLOCK - filled), end - pos);
                for (int op = 0; op < operands.length; op++) {
                    ws.pieceOffsets[op][pieces] = cursor.offset(op);
                }
                ws.pieceLengths[pieces++] = len;
                cursor.advance(len);
                filled += len;
                pos += len;
            }
            process(ws, pieces, filled, segments, innerStrides);
        }
    }

    /**
     * Computes one row of {@code n <= BLOCK} elements: operand {@code op} (output, inputs, mask)
     * is read or written in {@code rowSegments[op]} from element {@code offsets[op]} by
     * {@code strides[op]}, in its own dtype; scalar inputs need no entry.
     */
    void row(MemorySegment[] rowSegments, long[] offsets, long[] strides, int n) {
        Workspace ws = WORKSPACE.get();
        for (int op = 0; op < operands.length; op++) {
            ws.pieceOffsets[op][0] = offsets[op];
        }
        ws.pieceLengths[0] = n;
        process(ws, 1, n, rowSegments, strides);
    }

    private void process(Workspace ws, int pieces, int n, MemorySegment[] segs, long[] strides) {
        ElementwiseOp op = plan.op();
        for (int i = 0; i < inputs; i++) {
            boolean condition = op == TernaryOp.WHERE && i == 0;
            if (floatFamily && !condition) {
                loadDouble(ws, 1 + i, ws.doubles[i], pieces, n, segs, strides);
            } else {
                loadLong(ws, 1 + i, ws.longs[i], pieces, n, condition ? DType.BOOL : compute, segs, strides);
            }
        }
        if (floatFamily) {
            double[] r = ws.doubleResult;
            switch (op) {
                case UnaryOp u when u.givesBool() -> FloatOps.predicate(u, ws.doubles[0], ws.longResult, n);
                case UnaryOp u when u == UnaryOp.EXP && compute == DType.FLOAT32 -> FloatOps.expFloat(ws.doubles[0], r, n);
                // FLOAT64 exp on lanes: the same ExpDouble results as FloatOps, several times faster
                case UnaryOp u when u == UnaryOp.EXP && simd != null && simd.exp(ws.doubles[0], r, n) -> { }
                case UnaryOp u -> FloatOps.unary(u, compute == DType.FLOAT32, ws.doubles[0], r, n);
                case BinaryOp b when b.givesBool() -> FloatOps.compare(b, ws.doubles[0], ws.doubles[1],
                        ws.longResult, n);
                case BinaryOp b -> FloatOps.binary(b, compute == DType.FLOAT32, ws.doubles[0], ws.doubles[1], r, n);
                case TernaryOp _ -> FloatOps.where(ws.longs[0], ws.doubles[1], ws.doubles[2], r, n);
            }
            if (!boolResult && compute == DType.FLOAT32) {
                for (int i = 0; i < n; i++) {
                    r[i] = (float) r[i];
                }
            }
        } else {
            long[] r = ws.longResult;
            switch (op) {
                case UnaryOp u when u.givesBool() -> LongOps.predicate(u, ws.longs[0], r, n);
                case UnaryOp u -> LongOps.unary(u, ws.longs[0], r, n, compute, ws.doubleResult);
                case BinaryOp b when b.givesBool() -> LongOps.compare(b, ws.longs[0], ws.longs[1], r, n);
                case BinaryOp b -> LongOps.binary(b, ws.longs[0], ws.longs[1], r, n, compute);
                case TernaryOp _ -> LongOps.where(ws.longs[0], ws.longs[1], ws.longs[2], r, n);
            }
            if (!boolResult && compute != DType.INT64) {
                for (int i = 0; i < n; i++) {
                    r[i] = Conversions.wrap(r[i], compute);
                }
            }
        }
        store(ws, pieces, floatFamily && !boolResult, segs, strides);
    }

    private void loadDouble(Workspace ws, int op, double[] buf, int pieces, int n, MemorySegment[] segs,
                            long[] strides) {
        Operand in = operands[op];
        if (in.isScalar()) {
            Arrays.fill(buf, 0, n, Conversions.round(in.scalar(), compute));
            return;
        }
        int pos = 0;
        for (int k = 0; k < pieces; k++) {
            int len = ws.pieceLengths[k];
            ElementIO.gatherDouble(segs[op], in.dtype(), ws.pieceOffsets[op][k], strides[op], buf, pos, len,
                    compute);
            pos += len;
        }
    }

    private void loadLong(Workspace ws, int op, long[] buf, int pieces, int n, DType type, MemorySegment[] segs,
                          long[] strides) {
        Operand in = operands[op];
        if (in.isScalar()) {
            long value = type == DType.BOOL ? (in.scalar() != 0 ? 1 : 0) : Conversions.wrap(in.integerScalar(), type);
            Arrays.fill(buf, 0, n, value);
            return;
        }
        int pos = 0;
        for (int k = 0; k < pieces; k++) {
            int len = ws.pieceLengths[k];
            ElementIO.gatherLong(segs[op], in.dtype(), ws.pieceOffsets[op][k], strides[op], buf, pos, len, type);
            pos += len;
        }
    }

    private void store(Workspace ws, int pieces, boolean fromDouble, MemorySegment[] segs, long[] strides) {
        Operand out = operands[0];
        long stride = strides[0];
        MemorySegment mask = whereIndex < 0 ? null : segs[whereIndex];
        long maskStride = mask == null ? 0 : strides[whereIndex];
        int pos = 0;
        for (int k = 0; k < pieces; k++) {
            int len = ws.pieceLengths[k];
            long maskOff = mask == null ? 0 : ws.pieceOffsets[whereIndex][k];
            if (fromDouble) {
                ElementIO.scatterDouble(ws.doubleResult, pos, len, segs[0], out.dtype(),
                        ws.pieceOffsets[0][k], stride, mask, maskOff, maskStride);
            } else {
                ElementIO.scatterLong(ws.longResult, pos, len, segs[0], out.dtype(),
                        ws.pieceOffsets[0][k], stride, mask, maskOff, maskStride);
            }
            pos += len;
        }
    }

    /** Per-thread work buffers. */
    private static final class Workspace {
        final double[][] doubles = new double[3][BLOCK];
        final double[] doubleResult = new double[BLOCK];
        final long[][] longs = new long[3][BLOCK];
        final long[] longResult = new long[BLOCK];
        final long[][] pieceOffsets = new long[MAX_OPERANDS][BLOCK];
        final int[] pieceLengths = new int[BLOCK];
    }
}
