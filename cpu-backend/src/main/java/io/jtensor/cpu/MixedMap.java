package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.TernaryOp;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Contiguous FLOAT32/FLOAT64 maps with a tensor input of another type on vector lanes: a bool
 * mask ({@code x * mask}), integers ({@code x + counts}), a narrower float ({@code float64 +
 * float32}, {@code float32 * float16}). Each chunk of such an input is converted to the compute
 * type in scratch memory by {@link ElementIO#gatherDouble}, the conversion the buffered loop makes
 * (one rounding), and the lane kernel of the same-type fast path computes the chunk, so the
 * results are the buffered loop's bit for bit. Before this path, such maps took the buffered loop:
 * a float32 {@code x * mask} of 1M elements was 8 times a same-type multiply.
 */
final class MixedMap {

    /** Below this many elements the buffered loop is as fast. */
    static final long MIN = 2048;
    /** Elements per converted chunk. */
    private static final int CHUNK = 2048;

    private final Simd simd;

    MixedMap(Simd simd) {
        this.simd = simd;
    }

    /** Runs the plan when it is such a map, else returns false having done nothing. */
    boolean run(MapPlan plan, Dims dims, Operand[] operands) {
        DType type = plan.computeType();
        boolean bool = plan.op().givesBool();
        if (simd == null || !(type == DType.FLOAT32 || type == DType.FLOAT64) || plan.op() instanceof TernaryOp
                || !MapKernels.contiguous(dims, 0) || plan.size() < MIN
                || operands[0].dtype() != (bool ? DType.BOOL : type)) {
            return false;
        }
        int arity = plan.op().arity();
        MemorySegment[] segs = new MemorySegment[arity];
        long[] offs = new long[arity];
        DType[] convertFrom = new DType[arity];
        double[] scalars = new double[arity];
        boolean converts = false;
        for (int i = 0; i < arity; i++) {
            Operand in = operands[1 + i];
            if (in.isScalar()) {
                scalars[i] = Conversions.round(in.scalar(), type);
            } else if (dims.ndim() == 0 || dims.strides()[1 + i][0] == 0) {
                scalars[i] = ElementIO.readDouble(MapKernels.segment(in), in.dtype(), in.offset(), type);
            } else if (dims.strides()[1 + i][0] == 1) {
                segs[i] = MapKernels.segment(in);
                offs[i] = in.offset();
                if (in.dtype() != type) {
                    convertFrom[i] = in.dtype();
                    converts = true;
                }
            } else {
                return false;
            }
        }
        if (!converts || !kernel(plan, type, segs, new long[arity], scalars).apply(0, null, 0, 0)) {
            return false;
        }
        MemorySegment out = MapKernels.outputSegment(plan, dims, operands[0]);
        long outOff = operands[0].offset();
        ParallelLoop.forRange(plan.size(), MapKernels.grain(plan.op()), MapKernels.BLOCK, (s, e) -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment[] chunkSegs = new MemorySegment[arity];
                for (int i = 0; i < arity; i++) {
                    chunkSegs[i] = convertFrom[i] != null ? arena.allocate((long) CHUNK * type.byteSize(), 64) : segs[i];
                }
                Buffers buffers = new Buffers();
                long[] chunkOffs = new long[arity];
                for (long p = s; p < e; p += CHUNK) {
                    int n = (int) Math.min(CHUNK, e - p);
                    for (int i = 0; i < arity; i++) {
                        if (convertFrom[i] != null) {
                            convert(segs[i], convertFrom[i], offs[i] + p, chunkSegs[i], type, n, buffers);
                        } else if (segs[i] != null) {
                            chunkOffs[i] = offs[i] + p;
                        }
                    }
                    kernel(plan, type, chunkSegs, chunkOffs, scalars).apply(0, out, outOff + p, n);
                }
            }
        });
        return true;
    }

    private MapKernels.Kernel kernel(MapPlan plan, DType type, MemorySegment[] segs, long[] offs, double[] scalars) {
        return new MapKernels.Kernel(simd, plan.op(), type, false, segs, offs, scalars, new long[segs.length]);
    }

    /** One task's conversion arrays. */
    private static final class Buffers {
        final byte[] bytes = new byte[CHUNK];
        final short[] shorts = new short[CHUNK];
        final int[] ints = new int[CHUNK];
        final float[] floats = new float[CHUNK];
        final double[] doubles = new double[CHUNK];
    }

    /**
     * n elements of {@code from} at {@code src[at...]} to {@code type} in {@code dst}, as the buffered
     * loop converts them: bool, int32, float16 and float32 through arrays whose loops the JIT
     * vectorises (each conversion exact or one rounding, as the buffered loop's), the other types
     * through {@link ElementIO#gatherDouble} itself.
     */
    private static void convert(MemorySegment src, DType from, long at, MemorySegment dst, DType type, int n,
                                Buffers b) {
        boolean f32 = type == DType.FLOAT32;
        switch (from) {
            case BOOL -> {
                MemorySegment.copy(src, ElementIO.BYTE, at, b.bytes, 0, n);
                if (f32) {
                    for (int i = 0; i < n; i++) {
                        b.floats[i] = (b.bytes[i] | -b.bytes[i]) >>> 31;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        b.doubles[i] = (b.bytes[i] | -b.bytes[i]) >>> 31;
                    }
                }
            }
            case INT32 -> {
                MemorySegment.copy(src, ElementIO.INT, at * 4, b.ints, 0, n);
                if (f32) {
                    for (int i = 0; i < n; i++) {
                        b.floats[i] = b.ints[i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        b.doubles[i] = b.ints[i];
                    }
                }
            }
            case FLOAT16 -> {
                MemorySegment.copy(src, ElementIO.SHORT, at * 2, b.shorts, 0, n);
                if (f32) {
                    for (int i = 0; i < n; i++) {
                        b.floats[i] = Float.float16ToFloat(b.shorts[i]);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        b.doubles[i] = Float.float16ToFloat(b.shorts[i]);
                    }
                }
            }
            case FLOAT32 -> {
                MemorySegment.copy(src, ElementIO.FLOAT, at * 4, b.floats, 0, n);
                for (int i = 0; i < n; i++) {
                    b.doubles[i] = b.floats[i];
                }
            }
            default -> {
                ElementIO.gatherDouble(src, from, at, 1, b.doubles, 0, n, type);
                if (f32) {
                    for (int i = 0; i < n; i++) {
                        b.floats[i] = (float) b.doubles[i];
                    }
                }
            }
        }
        if (f32) {
            MemorySegment.copy(b.floats, 0, dst, ElementIO.FLOAT, 0, n);
        } else {
            MemorySegment.copy(b.doubles, 0, dst, ElementIO.DOUBLE, 0, n);
        }
    }
}
