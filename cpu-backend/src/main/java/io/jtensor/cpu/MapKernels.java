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
import java.util.List;

/**
 * Executes {@link MapPlan}s.
 *
 * <p>The general path is buffered: blocks of up to {@value #BLOCK} elements are gathered from any
 * strides into double or long work buffers (converted to the compute type), computed by
 * {@link FloatOps} or {@link LongOps} with one switch per block, and scattered to the output
 * (converted, and masked by {@code where}). Fast paths: same-type contiguous copies use bulk
 * memory copies, and contiguous FLOAT32/FLOAT64 arithmetic and functions go to {@link Simd} when
 * it is present, as a whole or row by row ({@link RowRunMap}: broadcast rows and columns, slices). Large plans are split over threads by flat index range.
 */
final class MapKernels {

    static final int BLOCK = 1024;

    /** Elements per thread for cheap ops (parallel from twice this). */
    static final long CHEAP_GRAIN = 128 * 1024;
    /** Elements per thread for transcendental ops. */
    static final long COSTLY_GRAIN = 8 * 1024;
    /** Elements per thread for same-type contiguous copies. */
    static final long COPY_GRAIN = 1024 * 1024;

    private static final int MAX_OPERANDS = 5;
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private final Simd simd;
    private final RowRunMap rowRuns;

    /** Creates the kernels; {@code simd} may be null (scalar loops only). */
    MapKernels(Simd simd) {
        this.simd = simd;
        this.rowRuns = simd == null ? null : new RowRunMap(simd);
    }

    /** Runs the plan. */
    void run(MapPlan plan) {
        long size = plan.size();
        if (size == 0) {
            return;
        }
        List<Operand> inputs = plan.inputs();
        Operand where = plan.where();
        if (where != null && where.isScalar()) {
            if (where.scalar() == 0) {
                return;
            }
            where = null;
        }
        int count = 1 + inputs.size() + (where != null ? 1 : 0);
        Operand[] operands = new Operand[count];
        operands[0] = plan.out();
        for (int i = 0; i < inputs.size(); i++) {
            operands[1 + i] = inputs.get(i);
        }
        if (where != null) {
            operands[count - 1] = where;
        }
        int ndim = plan.shape().length;
        long[][] strides = new long[count][];
        long[] base = new long[count];
        for (int i = 0; i < count; i++) {
            strides[i] = operands[i].isScalar() ? new long[ndim] : operands[i].strides();
            base[i] = operands[i].offset();
        }
        Dims dims = Dims.simplify(plan.shape(), strides, true, null);
        boolean masked = where != null;
        if (!masked && (copyFastPath(plan, dims, operands) || floatFastPath(plan, dims, operands))) {
            return;
        }
        Block block = new Block(plan, dims, operands, base, masked, simd);
        ParallelLoop.forRange(size, grain(plan.op()), BLOCK, block::run);
    }

    private static long grain(ElementwiseOp op) {
        if (op instanceof UnaryOp u) {
            return switch (u) {
                case EXP, EXPM1, EXP2, LOG, LOG1P, LOG2, LOG10, SIN, COS, TAN, TANH, SIGMOID -> COSTLY_GRAIN;
                default -> CHEAP_GRAIN;
            };
        }
        return op == BinaryOp.POWER ? COSTLY_GRAIN : CHEAP_GRAIN;
    }

    private static boolean contiguous(Dims dims, int operand) {
        return dims.ndim() == 0 || (dims.ndim() == 1 && dims.strides()[operand][0] == 1);
    }

    /** Same-type contiguous COPY: a bulk memory copy. */
    private static boolean copyFastPath(MapPlan plan, Dims dims, Operand[] operands) {
        DType type = operands[0].dtype();
        if (plan.op() != UnaryOp.COPY || operands[1].isScalar() || operands[1].dtype() != type
                || plan.computeType() != type || !contiguous(dims, 0) || !contiguous(dims, 1)) {
            return false;
        }
        MemorySegment src = segment(operands[1]);
        MemorySegment dst = outputSegment(plan, dims, operands[0]);
        long width = operands[0].dtype().byteSize();
        long srcByte = operands[1].offset() * width;
        long dstByte = operands[0].offset() * width;
        if (src == dst && srcByte == dstByte) {
            return true;
        }
        ParallelLoop.forRange(plan.size(), COPY_GRAIN, 1, (s, e) ->
                MemorySegment.copy(src, srcByte + s * width, dst, dstByte + s * width, (e - s) * width));
        return true;
    }

    /** Contiguous FLOAT32/FLOAT64 arithmetic and functions through {@link Simd}. */
    private boolean floatFastPath(MapPlan plan, Dims dims, Operand[] operands) {
        DType type = plan.computeType();
        if (simd == null || !Conversions.isFloatFamily(type) || operands[0].dtype() != type
                || plan.op() instanceof TernaryOp
                || (plan.op() instanceof BinaryOp b && b.isComparison())) {
            return false;
        }
        if (!contiguous(dims, 0)) {
            return rowRuns.run(plan, dims, operands, grain(plan.op()));
        }
        int arity = plan.op().arity();
        MemorySegment[] segs = new MemorySegment[arity];
        long[] offs = new long[arity];
        double[] scalars = new double[arity];
        for (int i = 0; i < arity; i++) {
            Operand in = operands[1 + i];
            if (in.isScalar()) {
                scalars[i] = Conversions.round(in.scalar(), type);
            } else if (dims.ndim() == 0 || dims.strides()[1 + i][0] == 0) {
                scalars[i] = ElementIO.readDouble(segment(in), in.dtype(), in.offset(), type);
            } else if (in.dtype() == type && dims.strides()[1 + i][0] == 1) {
                segs[i] = segment(in);
                offs[i] = in.offset();
            } else {
                return false;
            }
        }
        MemorySegment out = outputSegment(plan, dims, operands[0]);
        long outOff = operands[0].offset();
        long size = plan.size();
        if (arity == 1) {
            UnaryOp op = (UnaryOp) plan.op();
            if (segs[0] == null) {
                return false;
            }
            if (!simd.unary(op, type, segs[0], offs[0], out, outOff, 0)) {
                return false;
            }
            ParallelLoop.forRange(size, grain(op), BLOCK, (s, e) ->
                    simd.unary(op, type, segs[0], offs[0] + s, out, outOff + s, e - s));
            return true;
        }
        BinaryOp op = (BinaryOp) plan.op();
        if (!simd.binary(op, type, segs[0], offs[0], scalars[0], segs[1], offs[1], scalars[1], out, outOff, 0)) {
            return false;
        }
        ParallelLoop.forRange(size, grain(op), BLOCK, (s, e) ->
                simd.binary(op, type, segs[0], offs[0] + (segs[0] == null ? 0 : s), scalars[0],
                        segs[1], offs[1] + (segs[1] == null ? 0 : s), scalars[1], out, outOff + s, e - s));
        return true;
    }

    static MemorySegment segment(Operand operand) {
        return ((CpuStorage) operand.storage()).segment();
    }

    /**
     * The output's memory, not zeroed first when the (unmasked) plan writes every byte of it.
     * Callers fetch the inputs' memory first: an input sharing the output's storage must see it
     * zeroed, not as the stale bytes of a reused block.
     */
    private static MemorySegment outputSegment(MapPlan plan, Dims dims, Operand out) {
        return plan.where() == null && contiguous(dims, 0) ? overwrittenSegment(out, plan.size()) : segment(out);
    }

    /**
     * The memory of {@code out}, about to receive {@code elements} contiguous elements from its
     * offset: not zeroed first when that is every byte of its storage.
     */
    static MemorySegment overwrittenSegment(Operand out, long elements) {
        CpuStorage storage = (CpuStorage) out.storage();
        boolean whole = out.offset() == 0 && elements * out.dtype().byteSize() == storage.byteSize();
        return whole ? storage.segmentForOverwrite() : storage.segment();
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

    /** The buffered general path for one plan. */
    private static final class Block {
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

        Block(MapPlan plan, Dims dims, Operand[] operands, long[] base, boolean masked, Simd simd) {
            this.plan = plan;
            this.simd = simd;
            this.dims = dims;
            this.operands = operands;
            this.base = base;
            this.inputs = plan.inputs().size();
            this.whereIndex = masked ? 1 + inputs : -1;
            this.compute = plan.computeType();
            this.floatFamily = Conversions.isFloatFamily(compute);
            this.boolResult = plan.op() instanceof BinaryOp b && b.isComparison();
            this.segments = new MemorySegment[operands.length];
            this.innerStrides = new long[operands.length];
            for (int i = operands.length - 1; i > 0; i--) {
                segments[i] = operands[i].isScalar() ? null : segment(operands[i]);
            }
            segments[0] = masked ? segment(operands[0]) : outputSegment(plan, dims, operands[0]);
            for (int i = 0; i < operands.length; i++) {
                innerStrides[i] = dims.ndim() == 0 ? 0 : dims.strides()[i][dims.ndim() - 1];
            }
        }

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
                process(ws, pieces, filled);
            }
        }

        private void process(Workspace ws, int pieces, int n) {
            ElementwiseOp op = plan.op();
            for (int i = 0; i < inputs; i++) {
                boolean condition = op == TernaryOp.WHERE && i == 0;
                if (floatFamily && !condition) {
                    loadDouble(ws, 1 + i, ws.doubles[i], pieces, n);
                } else {
                    loadLong(ws, 1 + i, ws.longs[i], pieces, n, condition ? DType.BOOL : compute);
                }
            }
            if (floatFamily) {
                double[] r = ws.doubleResult;
                switch (op) {
                    // exp on lanes: the same ExpDouble results as FloatOps, several times faster.
                    case UnaryOp u when u == UnaryOp.EXP && simd != null && simd.exp(ws.doubles[0], r, n) -> { }
                    case UnaryOp u -> FloatOps.unary(u, ws.doubles[0], r, n);
                    case BinaryOp b when b.isComparison() -> FloatOps.compare(b, ws.doubles[0], ws.doubles[1],
                            ws.longResult, n);
                    case BinaryOp b -> FloatOps.binary(b, ws.doubles[0], ws.doubles[1], r, n);
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
                    case UnaryOp u -> LongOps.unary(u, ws.longs[0], r, n, compute, ws.doubleResult);
                    case BinaryOp b when b.isComparison() -> LongOps.compare(b, ws.longs[0], ws.longs[1], r, n);
                    case BinaryOp b -> LongOps.binary(b, ws.longs[0], ws.longs[1], r, n, compute);
                    case TernaryOp _ -> LongOps.where(ws.longs[0], ws.longs[1], ws.longs[2], r, n);
                }
                if (!boolResult && compute != DType.INT64) {
                    for (int i = 0; i < n; i++) {
                        r[i] = Conversions.wrap(r[i], compute);
                    }
                }
            }
            store(ws, pieces, floatFamily && !boolResult);
        }

        private void loadDouble(Workspace ws, int op, double[] buf, int pieces, int n) {
            Operand in = operands[op];
            if (in.isScalar()) {
                Arrays.fill(buf, 0, n, Conversions.round(in.scalar(), compute));
                return;
            }
            long stride = innerStrides[op];
            int pos = 0;
            for (int k = 0; k < pieces; k++) {
                int len = ws.pieceLengths[k];
                ElementIO.gatherDouble(segments[op], in.dtype(), ws.pieceOffsets[op][k], stride, buf, pos, len,
                        compute);
                pos += len;
            }
        }

        private void loadLong(Workspace ws, int op, long[] buf, int pieces, int n, DType type) {
            Operand in = operands[op];
            if (in.isScalar()) {
                long value = type == DType.BOOL ? (in.scalar() != 0 ? 1 : 0) : Conversions.wrap(in.integerScalar(), type);
                Arrays.fill(buf, 0, n, value);
                return;
            }
            long stride = innerStrides[op];
            int pos = 0;
            for (int k = 0; k < pieces; k++) {
                int len = ws.pieceLengths[k];
                ElementIO.gatherLong(segments[op], in.dtype(), ws.pieceOffsets[op][k], stride, buf, pos, len, type);
                pos += len;
            }
        }

        private void store(Workspace ws, int pieces, boolean fromDouble) {
            Operand out = operands[0];
            long stride = innerStrides[0];
            MemorySegment mask = whereIndex < 0 ? null : segments[whereIndex];
            long maskStride = mask == null ? 0 : innerStrides[whereIndex];
            int pos = 0;
            for (int k = 0; k < pieces; k++) {
                int len = ws.pieceLengths[k];
                long maskOff = mask == null ? 0 : ws.pieceOffsets[whereIndex][k];
                if (fromDouble) {
                    ElementIO.scatterDouble(ws.doubleResult, pos, len, segments[0], out.dtype(),
                            ws.pieceOffsets[0][k], stride, mask, maskOff, maskStride);
                } else {
                    ElementIO.scatterLong(ws.longResult, pos, len, segments[0], out.dtype(),
                            ws.pieceOffsets[0][k], stride, mask, maskOff, maskStride);
                }
                pos += len;
            }
        }
    }
}
