package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.lang.foreign.MemorySegment;

/**
 * FLOAT32/FLOAT64 and integer maps whose operands are contiguous along the innermost axis but
 * not as a whole: a row vector broadcast over a matrix ({@code x + row}), a column broadcast
 * ({@code x * col}, one value per row), slices of wider matrices. The output is walked row by row (a row: the
 * innermost axis after {@link Dims#simplify}) and each row is one {@link Simd} call, so the
 * arithmetic is exactly the contiguous fast path's; rows are split over threads. The integer
 * types computed in a wider type (INT8 to UINT16 in int32, UINT32 in int64) run on lanes of their
 * own type, as on the contiguous path: scalars stay exact in the compute type (the lanes decline
 * the ordered ops and comparisons for one outside the lane type), and a column operand must be of
 * the lane type itself.
 */
final class RowRunMap {

    /** Rows shorter than this are left to the buffered path (per-row calls would cost more). */
    static final int MIN_ROW = 16;

    private final Simd simd;

    RowRunMap(Simd simd) {
        this.simd = simd;
    }

    /**
     * Runs the unmasked unary or binary {@code plan} that {@link Simd} vectorises (operands: out,
     * then the inputs) on lanes of {@code type} (the compute type, or the integer type stored
     * wrapped from it) when its shape suits: every non-scalar input of {@code type}, inner stride
     * 1 (or 0: one value per row, of the compute type or converted to it when {@code type} is the
     * compute type), the output's inner stride 1, rows of at least {@link #MIN_ROW}.
     *
     * @return false when the plan does not suit (nothing was written)
     */
    boolean run(MapPlan plan, Dims dims, Operand[] operands, DType type, long grain) {
        int ndim = dims.ndim();
        DType compute = plan.computeType();
        int arity = plan.op().arity();
        if (ndim < 2 || arity > 2 || dims.shape()[ndim - 1] < MIN_ROW || dims.strides()[0][ndim - 1] != 1) {
            return false;
        }
        MemorySegment[] segs = new MemorySegment[arity];
        boolean[] perRow = new boolean[arity];
        for (int i = 0; i < arity; i++) {
            Operand in = operands[1 + i];
            if (in.isScalar()) {
                continue;
            }
            long inner = dims.strides()[1 + i][ndim - 1];
            if (inner == 0 && arity == 2 && (type == compute || in.dtype() == type)) {
                perRow[i] = true;
            } else if (inner != 1 || in.dtype() != type) {
                return false;
            }
            segs[i] = MapKernels.segment(in);
        }
        boolean integer = type.isInteger();
        boolean vectorised = switch (plan.op()) {
            case UnaryOp u when integer -> segs[0] != null && simd.integerUnary(u, type, null, 0, null, 0, 0);
            case UnaryOp u -> segs[0] != null && simd.unary(u, type, null, 0, null, 0, 0);
            case BinaryOp b when integer -> simd.integerBinary(b, type, null, 0,
                    integerScalar(operands[1], null, false, 0, compute), null, 0,
                    integerScalar(operands[2], null, false, 0, compute), null, 0, 0);
            case BinaryOp b -> simd.binary(b, type, null, 0, 0, null, 0, 0, null, 0, 0);
            default -> false;
        };
        if (!vectorised) {
            return false;
        }
        MemorySegment out = denseOutput(dims, operands[0])
                ? MapKernels.overwrittenSegment(operands[0], plan.size()) : MapKernels.segment(operands[0]);
        long cols = dims.shape()[ndim - 1];
        long rows = plan.size() / cols;
        ParallelLoop.forRange(rows, Math.max(1, grain / cols), 1, (s, e) -> {
            long[] index = new long[ndim - 1];
            long rest = s;
            for (int d = ndim - 2; d >= 0; d--) {
                index[d] = rest % dims.shape()[d];
                rest /= dims.shape()[d];
            }
            long[] at = new long[operands.length];
            for (long r = s; r < e; r++) {
                for (int k = 0; k < operands.length; k++) {
                    long off = operands[k].isScalar() ? 0 : operands[k].offset();
                    for (int d = 0; d < ndim - 1; d++) {
                        off += index[d] * dims.strides()[k][d];
                    }
                    at[k] = off;
                }
                row(plan, type, compute, integer, operands, segs, perRow, at, out, cols);
                for (int d = ndim - 2; d >= 0 && ++index[d] == dims.shape()[d]; d--) {
                    index[d] = 0;
                }
            }
        });
        return true;
    }

    private void row(MapPlan plan, DType type, DType compute, boolean integer, Operand[] operands,
                     MemorySegment[] segs, boolean[] perRow, long[] at, MemorySegment out, long cols) {
        if (plan.op() instanceof UnaryOp u) {
            if (integer) {
                simd.integerUnary(u, type, segs[0], at[1], out, at[0], cols);
            } else {
                simd.unary(u, type, segs[0], at[1], out, at[0], cols);
            }
            return;
        }
        MemorySegment a = perRow[0] ? null : segs[0];
        MemorySegment b = perRow[1] ? null : segs[1];
        if (integer) {
            simd.integerBinary((BinaryOp) plan.op(), type, a, at[1],
                    integerScalar(operands[1], segs[0], perRow[0], at[1], compute), b, at[2],
                    integerScalar(operands[2], segs[1], perRow[1], at[2], compute), out, at[0], cols);
        } else {
            simd.binary((BinaryOp) plan.op(), type, a, at[1], scalar(operands[1], segs[0], perRow[0], at[1], type),
                    b, at[2], scalar(operands[2], segs[1], perRow[1], at[2], type), out, at[0], cols);
        }
    }

    /** A scalar or per-row operand exact in {@code compute}; 0 for a row operand. */
    private static long integerScalar(Operand in, MemorySegment seg, boolean perRow, long at, DType compute) {
        if (in.isScalar()) {
            return Conversions.wrap(in.integerScalar(), compute);
        }
        return perRow ? ElementIO.readLong(seg, in.dtype(), at, compute) : 0;
    }

    private static double scalar(Operand in, MemorySegment seg, boolean perRow, long at, DType type) {
        if (in.isScalar()) {
            return Conversions.round(in.scalar(), type);
        }
        return perRow ? ElementIO.readDouble(seg, in.dtype(), at, type) : 0;
    }

    /** Whether the output's strides are the C-contiguous strides of the shape (every byte written). */
    private static boolean denseOutput(Dims dims, Operand out) {
        long expected = 1;
        for (int d = dims.ndim() - 1; d >= 0; d--) {
            if (dims.shape()[d] != 1 && dims.strides()[0][d] != expected) {
                return false;
            }
            expected *= dims.shape()[d];
        }
        return true;
    }
}
