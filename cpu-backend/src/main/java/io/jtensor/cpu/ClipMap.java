package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.TernaryOp;

import java.lang.foreign.MemorySegment;

/**
 * {@code clip(x, lo, hi)} on lanes, one pass over memory: per block of {@link MapKernels#BLOCK}
 * elements, {@code maximum(lo, x)} into per-thread scratch and {@code minimum(hi, scratch)} into
 * the output, with the same {@link Simd} binary kernels the two steps of core's two-pass clip use,
 * so the bits (NaN payloads, zero signs) are theirs. FLOAT32 and FLOAT64, and the integer types
 * whose maximum and minimum {@link Simd#integerBinary} takes; x, out and the tensor bounds
 * contiguous (a bound may be a scalar or one broadcast element) and all of the output's type.
 */
final class ClipMap {

    private final Simd simd;

    ClipMap(Simd simd) {
        this.simd = simd;
    }

    /** Runs the plan when it is such a clip, else returns false having done nothing. */
    boolean run(MapPlan plan, Dims dims, Operand[] operands) {
        DType compute = plan.computeType();
        DType type = operands[0].dtype();
        boolean integer = Conversions.isSimdInteger(compute);
        if (simd == null || plan.op() != TernaryOp.CLIP || !(integer || Conversions.isSimdFloat(compute))
                || (!integer && type != compute) || !MapKernels.contiguous(dims, 0) || dims.ndim() != 1) {
            return false;
        }
        MemorySegment[] segs = new MemorySegment[3];
        long[] offs = new long[3];
        double[] scalars = new double[3];
        long[] integerScalars = new long[3];
        for (int i = 0; i < 3; i++) {
            Operand in = operands[1 + i];
            long stride = in.isScalar() ? 0 : dims.strides()[1 + i][0];
            if (in.isScalar()) {
                integerScalars[i] = integer ? Conversions.wrap(in.integerScalar(), compute) : 0;
                scalars[i] = integer ? 0 : Conversions.round(in.scalar(), type);
            } else if (stride == 0 && i > 0) {
                MemorySegment element = MapKernels.segment(in);
                integerScalars[i] = integer ? ElementIO.readLong(element, in.dtype(), in.offset(), compute) : 0;
                scalars[i] = integer ? 0 : ElementIO.readDouble(element, in.dtype(), in.offset(), type);
            } else if (in.dtype() == type && stride == 1) {
                segs[i] = MapKernels.segment(in);
                offs[i] = in.offset();
            } else {
                return false;
            }
        }
        if (segs[0] == null || !step(BinaryOp.MAXIMUM, type, integer, segs[1], 0, scalars[1], integerScalars[1],
                segs[0], 0, null, 0, 0) || !step(BinaryOp.MINIMUM, type, integer, segs[2], 0, scalars[2],
                integerScalars[2], segs[0], 0, null, 0, 0)) {
            return false;
        }
        MemorySegment out = MapKernels.outputSegment(plan, dims, operands[0]);
        long outOff = operands[0].offset();
        ParallelLoop.forRange(plan.size(), MapKernels.CHEAP_GRAIN, MapKernels.BLOCK, (s, e) -> {
            MemorySegment scratch = ScratchMemory.get((long) MapKernels.BLOCK * type.byteSize());
            for (long p = s; p < e; p += MapKernels.BLOCK) {
                long n = Math.min(MapKernels.BLOCK, e - p);
                step(BinaryOp.MAXIMUM, type, integer, segs[1], offs[1] + p, scalars[1], integerScalars[1],
                        segs[0], offs[0] + p, scratch, 0, n);
                step(BinaryOp.MINIMUM, type, integer, segs[2], offs[2] + p, scalars[2], integerScalars[2],
                        scratch, 0, out, outOff + p, n);
            }
        });
        return true;
    }

    /** {@code out = op(bound, value)} on lanes; with {@code n == 0} whether the lanes take it. */
    private boolean step(BinaryOp op, DType type, boolean integer, MemorySegment bound, long boundOff,
                         double scalar, long integerScalar, MemorySegment value, long valueOff, MemorySegment out,
                         long outOff, long n) {
        return integer
                ? simd.integerBinary(op, type, bound, boundOff, integerScalar, value, valueOff, 0, out, outOff, n)
                : simd.binary(op, type, bound, boundOff, scalar, value, valueOff, 0, out, outOff, n);
    }
}
