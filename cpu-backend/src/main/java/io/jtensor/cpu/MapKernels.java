package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;

import java.lang.foreign.MemorySegment;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Executes {@link MapPlan}s.
 *
 * <p>The general path is {@link BufferedMap}: blocks of up to {@value #BLOCK} elements gathered
 * from any strides into work buffers, computed one switch per block and scattered to the output.
 * Fast paths: same-type contiguous copies use bulk memory copies, other same-type copies
 * {@link TiledMap} or {@link StridedCopy} (bulk copies of contiguous rows); contiguous FLOAT32/FLOAT64
 * arithmetic and functions, and the common contiguous integer ops (8- to 64-bit), go to
 * {@link Simd} when it is present (float comparisons into bool too), with or without a contiguous
 * {@code where} mask (not for comparisons), and unmasked ones contiguous only along rows
 * (broadcast rows and columns, slices) go to it row by row ({@link RowRunMap}); contiguous float
 * maps with an input of another type (a bool mask, integers, a narrower float) convert it chunk by
 * chunk for the same lanes ({@link MixedMap}); a float {@code where(cond, x, y)} into a fresh output
 * is y then x under the mask ({@link SelectMap}); unmasked plans that read an input across its
 * smallest stride (transposed views) go to {@link TiledMap}; contiguous FLOAT16 maps of at least
 * {@value #HALF_MIN} elements whose float32 op is on lanes, with or without a contiguous
 * {@code where} mask, are widened chunk by chunk to float32 scratch and computed there (strided
 * float16 views take the buffered path). Large plans are split over threads by flat index range.
 */
final class MapKernels {

    static final int BLOCK = 1024;

    /** Elements per thread for cheap ops (parallel from twice this). */
    static final long CHEAP_GRAIN = 128 * 1024;
    /** Elements per thread for transcendental ops. */
    static final long COSTLY_GRAIN = 8 * 1024;
    /** Binary ops that cost about as much per element as a transcendental function. */
    private static final Set<BinaryOp> COSTLY_BINARY = EnumSet.of(BinaryOp.POWER, BinaryOp.ARCTAN2, BinaryOp.HYPOT,
            BinaryOp.LOGADDEXP, BinaryOp.LOGADDEXP2, BinaryOp.GCD, BinaryOp.LCM);
    /** Elements per thread for same-type contiguous copies. */
    static final long COPY_GRAIN = 1024 * 1024;

    /**
     * True (system property {@code jtensor.cpu.legacyCopyOrder}) tries the SIMD row runs before the
     * strided copies for same-type copies, as before session 19: for timing old against new, and for
     * the tests that pin the new order's bytes to the old.
     */
    static boolean legacyCopyOrder = Boolean.getBoolean("jtensor.cpu.legacyCopyOrder");

    private final Simd simd;
    private final RowRunMap rowRuns;
    private final MixedMap mixed;
    private final SelectMap select;
    private final long halfMin;
    private final boolean copyTables;

    /** Creates the kernels; {@code simd} may be null (scalar loops only). */
    MapKernels(Simd simd) {
        this(simd, HALF_MIN, true);
    }

    /**
     * Creates the kernels; {@code simd} may be null. {@code copyTables} false keeps strided copies
     * with a short innermost axis on {@link StridedCopy}'s plain loops, as before its offset tables
     * (for benchmarks).
     */
    MapKernels(Simd simd, boolean copyTables) {
        this(simd, HALF_MIN, copyTables);
    }

    /**
     * Kernels whose float16 lane path takes plans of at least {@code halfMin} elements (the
     * production threshold is {@value #HALF_MIN}; tests and benchmarks lower it to reach the
     * path with small plans).
     */
    MapKernels(Simd simd, long halfMin) {
        this(simd, halfMin, true);
    }

    private MapKernels(Simd simd, long halfMin, boolean copyTables) {
        this.simd = simd;
        this.copyTables = copyTables;
        this.rowRuns = simd == null ? null : new RowRunMap(simd);
        this.mixed = new MixedMap(simd);
        this.select = new SelectMap(simd);
        this.halfMin = halfMin;
    }

    /** Runs the plan. */
    void run(MapPlan plan) {
        run(plan, true);
    }

    /** Runs the plan on the general buffered path only, as the reference its fast paths are tested against. */
    void runBuffered(MapPlan plan) {
        run(plan, false);
    }

    private void run(MapPlan plan, boolean fastPaths) {
        long size = plan.size();
        if (size == 0) {
            return;
        }
        if (plan.op() == TernaryOp.CLIP) {
            ClipSteps.run(plan, step -> run(step, fastPaths));
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
        if (fastPaths && !masked && (copyFastPath(plan, dims, operands) || convertingFastPath(plan, dims, operands)
                || (!legacyCopyOrder && stridedCopy(plan, dims, operands, base))
                || simdFastPath(plan, dims, operands, false) || halfFastPath(plan, dims, operands)
                || mixed.run(plan, dims, operands) || select.run(plan, dims, operands)
                || TiledMap.run(plan, dims, operands, base, simd)
                || StridedCopy.run(plan, dims, operands, base, copyTables))) {
            return;
        }
        if (fastPaths && masked
                && (simdFastPath(plan, dims, operands, true) || halfFastPath(plan, dims, operands))) {
            return;
        }
        BufferedMap block = new BufferedMap(plan, dims, operands, base, masked,
                outputSegment(plan, dims, operands[0]), simd);
        ParallelLoop.forRange(size, grain(plan.op()), BLOCK, block::run);
    }

    /**
     * A same-type COPY that is not contiguous as a whole, before {@link #simdFastPath}: a transposed
     * input tiled ({@link TiledMap}), other strides by {@link StridedCopy}, whose rows contiguous on
     * both sides are bulk memory copies. On {@link RowRunMap} each such row (one part of a
     * {@code concatenate} along axis 1, a column slice) was a vector map call on a fresh segment
     * slice, about 40 times slower for rows of 100 float32. Overlapping copies decline here and keep
     * the later paths.
     */
    private boolean stridedCopy(MapPlan plan, Dims dims, Operand[] operands, long[] base) {
        return plan.op() == UnaryOp.COPY && operands.length == 2 && !operands[1].isScalar()
                && operands[1].dtype() == operands[0].dtype()
                && (TiledMap.run(plan, dims, operands, base, simd)
                    || StridedCopy.run(plan, dims, operands, base, copyTables));
    }

    /** Elements per thread for {@code op}. */
    static long grain(ElementwiseOp op) {
        if (op instanceof UnaryOp u) {
            return switch (u) {
                case EXP, EXPM1, EXP2, LOG, LOG1P, LOG2, LOG10, SIN, COS, TAN, TANH, SIGMOID, ARCSIN, ARCCOS, ARCTAN,
                     SINH, COSH, ARCSINH, ARCCOSH, ARCTANH, CBRT -> COSTLY_GRAIN;
                default -> CHEAP_GRAIN;
            };
        }
        return op instanceof BinaryOp b && COSTLY_BINARY.contains(b) ? COSTLY_GRAIN : CHEAP_GRAIN;
    }

    static boolean contiguous(Dims dims, int operand) {
        return dims.ndim() == 0 || (dims.ndim() == 1 && dims.strides()[operand][0] == 1);
    }

    /**
     * Contiguous COPY between types: from an integer type up to int32 to float32/float64
     * ({@link WideningCopy}) and the narrowing conversions of {@link NarrowingCopy}.
     */
    private static boolean convertingFastPath(MapPlan plan, Dims dims, Operand[] operands) {
        DType to = operands[0].dtype();
        if (plan.op() != UnaryOp.COPY || operands[1].isScalar() || !contiguous(dims, 0) || !contiguous(dims, 1)) {
            return false;
        }
        DType from = operands[1].dtype();
        boolean widening = plan.computeType() == to && WideningCopy.takes(from, to);
        if (!widening && !NarrowingCopy.takes(from, to, plan.computeType())) {
            return false;
        }
        MemorySegment src = segment(operands[1]);
        MemorySegment dst = outputSegment(plan, dims, operands[0]);
        if (src == dst) {
            return false;
        }
        long srcOff = operands[1].offset();
        long dstOff = operands[0].offset();
        ParallelLoop.forRange(plan.size(), CHEAP_GRAIN, 1, widening
                ? (s, e) -> WideningCopy.copy(src, from, srcOff + s, dst, to, dstOff + s, e - s)
                : (s, e) -> NarrowingCopy.copy(src, from, srcOff + s, dst, to, dstOff + s, e - s));
        return true;
    }

    /** Same-type contiguous COPY: a bulk memory copy. */
    private static boolean copyFastPath(MapPlan plan, Dims dims, Operand[] operands) {
        DType type = operands[0].dtype();
        if (plan.op() != UnaryOp.COPY || operands[1].isScalar() || operands[1].dtype() != type
                || plan.computeType() != type.computeType() || !contiguous(dims, 0) || !contiguous(dims, 1)) {
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

    /**
     * Contiguous FLOAT32/FLOAT64 arithmetic and functions, and the common integer ops (comparisons
     * too, into BOOL), through {@link Simd}. With a contiguous {@code where} mask (the
     * last operand), blocks are computed for every position into scratch memory and then stored
     * only where the mask is true; these ops raise nothing, so computing the masked-out positions
     * too is unobservable.
     */
    private boolean simdFastPath(MapPlan plan, Dims dims, Operand[] operands, boolean masked) {
        DType compute = plan.computeType();
        boolean integer = Conversions.isSimdInteger(compute);
        boolean bool = plan.op().givesBool();
        DType stored = operands[0].dtype();
        DType type = integer ? laneType(bool ? firstTensorInput(plan, operands, compute) : stored, compute) : compute;
        if (simd == null || !(integer || Conversions.isSimdFloat(compute))
                || stored != (bool ? DType.BOOL : type)
                || (bool && !integer && !(plan.op() instanceof BinaryOp c
                        && simd.compare(c, type, null, 0, 0, null, 0, 0, null, 0, 0)))
                || (masked && (bool || !contiguous(dims, operands.length - 1)))
                || plan.op() instanceof TernaryOp) {
            return false;
        }
        if (!contiguous(dims, 0)) {
            return !masked && rowRuns.run(plan, dims, operands, type, grain(plan.op()));
        }
        int arity = plan.op().arity();
        MemorySegment[] segs = new MemorySegment[arity];
        long[] offs = new long[arity];
        double[] scalars = new double[arity];
        long[] integerScalars = new long[arity];
        for (int i = 0; i < arity; i++) {
            Operand in = operands[1 + i];
            if (in.isScalar()) {
                if (integer) {
                    integerScalars[i] = Conversions.wrap(in.integerScalar(), compute);
                } else {
                    scalars[i] = Conversions.round(in.scalar(), type);
                }
            } else if (dims.ndim() == 0 || dims.strides()[1 + i][0] == 0) {
                if (integer) {
                    integerScalars[i] = ElementIO.readLong(segment(in), in.dtype(), in.offset(), compute);
                } else {
                    scalars[i] = ElementIO.readDouble(segment(in), in.dtype(), in.offset(), type);
                }
            } else if (in.dtype() == type && dims.strides()[1 + i][0] == 1) {
                segs[i] = segment(in);
                offs[i] = in.offset();
            } else {
                return false;
            }
        }
        Kernel kernel = new Kernel(simd, plan.op(), type, integer, segs, offs, scalars, integerScalars);
        if ((arity == 1 && segs[0] == null) || !kernel.apply(0, null, 0, 0)) {
            return false;
        }
        Operand mask = masked ? operands[operands.length - 1] : null;
        MemorySegment maskSeg = masked ? segment(mask) : null;
        MemorySegment out = outputSegment(plan, dims, operands[0]);
        long outOff = operands[0].offset();
        ParallelLoop.forRange(plan.size(), grain(plan.op()), BLOCK, (s, e) -> {
            if (!masked) {
                kernel.apply(s, out, outOff + s, e - s);
                return;
            }
            MemorySegment scratch = ScratchMemory.get((long) BLOCK * type.byteSize());
            for (long p = s; p < e; p += BLOCK) {
                long n = Math.min(BLOCK, e - p);
                kernel.apply(p, scratch, 0, n);
                MaskedStore.copy(simd, type, scratch, 0, maskSeg, mask.offset() + p, out, outOff + p, n);
            }
        });
        return true;
    }

    /**
     * The type whose lanes an integer plan computed in {@code compute} runs on: {@code type} (the
     * stored type, or a comparison's input type) when it is an integer type computed in
     * {@code compute} and stored wrapped (INT8 to UINT16 in int32, UINT32 in int64), whose lanes
     * keep exactly the bits the wider result is wrapped to; else {@code compute} itself.
     */
    private static DType laneType(DType type, DType compute) {
        return type.isInteger() && type.computeType() == compute ? type : compute;
    }

    /** The type of the plan's first input that is not a scalar operand, or {@code otherwise}. */
    private static DType firstTensorInput(MapPlan plan, Operand[] operands, DType otherwise) {
        for (int i = 1; i <= plan.op().arity(); i++) {
            if (!operands[i].isScalar()) {
                return operands[i].dtype();
            }
        }
        return otherwise;
    }

    /** Below this many elements a float16 map takes the buffered loop (the lane path's set-up costs more). */
    static final long HALF_MIN = 4096;
    /** Elements per float16 chunk widened to float32 scratch. */
    private static final int HALF_CHUNK = 2048;

    /**
     * A contiguous float16 map whose float32 op runs on lanes: each chunk of the float16 inputs is
     * widened to float32 scratch ({@code Float.float16ToFloat}, exact), the float32 lane kernel
     * computes it, and {@code Float.floatToFloat16} rounds each result once, as NumPy's half loops
     * and the buffered loop do, so the bits are the buffered loop's. Under a contiguous
     * {@code where=} mask every element of a chunk is computed and the rounded halves are stored
     * through {@link MaskedStore} (16-bit lanes), so masked-out elements keep their bits.
     */
    private boolean halfFastPath(MapPlan plan, Dims dims, Operand[] operands) {
        int arity = plan.op().arity();
        boolean masked = operands.length > 1 + arity;
        if (simd == null || plan.computeType() != DType.FLOAT32 || operands[0].dtype() != DType.FLOAT16
                || plan.op().givesBool() || plan.op() instanceof TernaryOp || !contiguous(dims, 0)
                || (masked && !contiguous(dims, 1 + arity)) || plan.size() < halfMin) {
            return false;
        }
        MemorySegment[] halves = new MemorySegment[arity];
        long[] halfOffs = new long[arity];
        double[] scalars = new double[arity];
        for (int i = 0; i < arity; i++) {
            Operand in = operands[1 + i];
            if (in.isScalar()) {
                scalars[i] = Conversions.round(in.scalar(), DType.FLOAT32);
            } else if (dims.ndim() == 0 || dims.strides()[1 + i][0] == 0) {
                scalars[i] = ElementIO.readDouble(segment(in), in.dtype(), in.offset(), DType.FLOAT32);
            } else if (in.dtype() == DType.FLOAT16 && dims.strides()[1 + i][0] == 1) {
                halves[i] = segment(in);
                halfOffs[i] = in.offset();
            } else {
                return false;
            }
        }
        MemorySegment probe = MemorySegment.ofArray(new byte[0]);
        MemorySegment[] probeSegs = new MemorySegment[arity];
        for (int i = 0; i < arity; i++) {
            probeSegs[i] = halves[i] == null ? null : probe;
        }
        if ((arity == 1 && halves[0] == null)
                || !new Kernel(simd, plan.op(), DType.FLOAT32, false, probeSegs, new long[arity], scalars, new long[arity])
                .apply(0, null, 0, 0)) {
            return false;
        }
        MemorySegment out = outputSegment(plan, dims, operands[0]);
        long outOff = operands[0].offset();
        MemorySegment mask = masked ? segment(operands[1 + arity]) : null;
        long maskOff = masked ? operands[1 + arity].offset() : 0;
        ParallelLoop.forRange(plan.size(), grain(plan.op()), BLOCK, (s, e) -> {
            try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
                MemorySegment[] floats = new MemorySegment[arity];
                for (int i = 0; i < arity; i++) {
                    floats[i] = halves[i] == null ? null : arena.allocate((long) HALF_CHUNK * 4, 64);
                }
                MemorySegment result = arena.allocate((long) HALF_CHUNK * 4, 64);
                MemorySegment rounded = masked ? arena.allocate((long) HALF_CHUNK * 2, 64) : null;
                Kernel kernel = new Kernel(simd, plan.op(), DType.FLOAT32, false, floats, new long[arity], scalars,
                        new long[arity]);
                short[] shorts = new short[HALF_CHUNK];
                float[] values = new float[HALF_CHUNK];
                for (long p = s; p < e; p += HALF_CHUNK) {
                    int n = (int) Math.min(HALF_CHUNK, e - p);
                    for (int i = 0; i < arity; i++) {
                        if (halves[i] != null) {
                            widen(halves[i], halfOffs[i] + p, floats[i], n, shorts, values);
                        }
                    }
                    kernel.apply(0, result, 0, n);
                    if (masked) {
                        narrow(result, rounded, 0, n, shorts, values);
                        MaskedStore.copy(simd, DType.UINT16, rounded, 0, mask, maskOff + p, out, outOff + p, n);
                    } else {
                        narrow(result, out, outOff + p, n, shorts, values);
                    }
                }
            }
        });
        return true;
    }

    /** n halves from {@code halves[at...]} to floats, through arrays whose conversion loop the JIT vectorises. */
    private static void widen(MemorySegment halves, long at, MemorySegment floats, int n, short[] shorts, float[] values) {
        MemorySegment.copy(halves, ElementIO.SHORT, at * 2, shorts, 0, n);
        for (int j = 0; j < n; j++) {
            values[j] = Float.float16ToFloat(shorts[j]);
        }
        MemorySegment.copy(values, 0, floats, ElementIO.FLOAT, 0, n);
    }

    private static void narrow(MemorySegment floats, MemorySegment halves, long at, int n, short[] shorts,
                               float[] values) {
        MemorySegment.copy(floats, ElementIO.FLOAT, 0, values, 0, n);
        for (int j = 0; j < n; j++) {
            shorts[j] = Float.floatToFloat16(values[j]);
        }
        MemorySegment.copy(shorts, 0, halves, ElementIO.SHORT, at * 2, n);
    }

    record Kernel(Simd simd, ElementwiseOp op, DType type, boolean integer, MemorySegment[] segs, long[] offs,
                          double[] scalars, long[] integerScalars) {

        /**
         * Elements {@code [from, from + n)} into {@code out}; with {@code n == 0} only whether
         * {@link Simd} vectorises the op.
         */
        boolean apply(long from, MemorySegment out, long outOff, long n) {
            long a = offs[0] + (segs[0] == null ? 0 : from);
            if (op instanceof UnaryOp u) {
                return integer ? simd.integerUnary(u, type, segs[0], a, out, outOff, n)
                        : simd.unary(u, type, segs[0], a, out, outOff, n);
            }
            BinaryOp b = (BinaryOp) op;
            long bOff = offs[1] + (segs[1] == null ? 0 : from);
            return integer
                    ? simd.integerBinary(b, type, segs[0], a, integerScalars[0], segs[1], bOff, integerScalars[1],
                            out, outOff, n)
                    : b.givesBool()
                    ? simd.compare(b, type, segs[0], a, scalars[0], segs[1], bOff, scalars[1], out, outOff, n)
                    : simd.binary(b, type, segs[0], a, scalars[0], segs[1], bOff, scalars[1], out, outOff, n);
        }
    }

    static MemorySegment segment(Operand operand) {
        return ((CpuStorage) operand.storage()).segment();
    }

    /**
     * The output's memory, not zeroed first when the (unmasked) plan writes every byte of it: the
     * output is laid out in C order without gaps, even where a broadcast input kept the dimensions
     * from merging (the copy of {@code broadcastTo(column, (n, m))}, which otherwise zeroed a reused
     * block before writing it). Callers fetch the inputs' memory first: an input sharing the output's
     * storage must see it zeroed, not as the stale bytes of a reused block.
     */
    static MemorySegment outputSegment(MapPlan plan, Dims dims, Operand out) {
        return plan.where() == null && (contiguous(dims, 0) || cOrder(plan.shape(), out.strides()))
                ? overwrittenSegment(out, plan.size()) : segment(out);
    }

    /** True when {@code strides} lay {@code shape} out in C order without gaps (size-1 axes aside). */
    static boolean cOrder(long[] shape, long[] strides) {
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
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
}
