package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * {@link Simd} on the JDK Vector API. Loaded only through {@link SimdLoader}, after it has checked
 * that {@code jdk.incubator.vector} is present, because merely loading this class needs it.
 *
 * <p>Element-wise loops process whole vectors; a tail is copied into a zero-padded scratch vector
 * and run through the same code, so every element sees identical arithmetic. Element-wise
 * arithmetic and sums are bit-identical to the scalar paths. FLOAT32 exp runs on float lanes
 * ({@code FloatExpLanes}: at most 0.833 ULP from the exact value over every float input) and
 * sigmoid has its own lanes; FLOAT32 expm1, log, log1p, log10, sin, cos, tan, tanh, sinh, cosh,
 * arcsin, arccos, arctan and cbrt run on float lanes of the preferred width through the JDK's float
 * SVML intrinsics (measured over every 7th float bit pattern on AVX-512 and AVX2: at most 0.93 ULP
 * from the exact value, so within 1 ULP of the correctly rounded float, with NaN, ±0, ±Inf,
 * subnormals and overflow as the float64 lanes give them; a result next to ±1 may be the float on
 * the other side of the correctly rounded one, e.g. cos(2.5e-4) is 1, not 0.99999994). With {@code jtensor.cpu.floatLaneTranscendentals=false}
 * they run as before: on float64 lanes (the float64 SVML intrinsics, measured within 0.73 ULP of
 * float64) rounded once to float, which gave {@code (float) Math.f(x)} for every input measured;
 * exp2, log2 and the inverse hyperbolic functions stay scalar. FLOAT64 exp is
 * {@link ExpDouble} on lanes, operation for operation, so it is bit-identical to the scalar path;
 * the other FLOAT64 transcendentals are left to {@link Math}. The integer paths are
 * {@link VectorIntegers}.
 *
 * <p>Each float op on each float type is a method of its own, reached through a table of method
 * references, as in {@link VectorIntegers}. With one loop switching on the op inside, every float
 * binary op became 20 to 80 times slower once several had run in the JVM (float32 {@code maximum}
 * of 1M elements 17 ms instead of 0.24 ms in {@code CpuMixedOpsBenchmark}), which benchmarks
 * running one op per JVM never showed; with one method per type switching on the op around the
 * loops, C2 compiled the ops seen so far into that method and the first call of another op
 * deoptimised it, so float32 {@code maximum} called after {@code add} took a median of 51 to
 * 143 ms per 1M elements over its first 20 calls and was still 2.8 to 4.3 ms over calls 101 to
 * 200; now 35 to 49 ms over its first 20 calls (its own compile) and 0.44 to 0.45 ms after
 * (cpu-backend/PERFORMANCE.md, "Many ops in one JVM").
 */
final class VectorSimd implements Simd {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Float> F4 = FloatVector.SPECIES_128;
    /** Floats that widen to one full double vector (8 on AVX-512, 4 on AVX2). */
    private static final VectorSpecies<Float> FH = VectorSpecies.of(float.class,
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    /** Int and long lanes as many as the float and double vectors have. */
    private static final VectorSpecies<Integer> IS = VectorSpecies.of(int.class, F.vectorShape());
    private static final VectorSpecies<Long> LS = VectorSpecies.of(long.class, D.vectorShape());
    /**
     * {@code jtensor.cpu.vectorTranscendentals=false} sends the FLOAT32 functions evaluated on
     * float64 lanes (expm1, log, log1p, log10, sin, cos, tan, tanh, sinh, cosh, arcsin, arccos,
     * arctan, cbrt) to the scalar {@link Math} loop; read once, settable from this package's
     * timing harness so that both paths alternate in one JVM.
     */
    static final String VECTOR_TRANSCENDENTALS = "jtensor.cpu.vectorTranscendentals";
    static volatile boolean widenedTranscendentals =
            !"false".equalsIgnoreCase(System.getProperty(VECTOR_TRANSCENDENTALS, "true").trim());
    /**
     * {@code jtensor.cpu.floatLaneTranscendentals=false} sends the FLOAT32 functions that run on
     * float lanes (the JDK's float SVML variants) back to float64 lanes rounded once, the path
     * before the twenty-first session; read once, settable from this package's tests and timing
     * harness.
     */
    static final String FLOAT_LANE_TRANSCENDENTALS = "jtensor.cpu.floatLaneTranscendentals";
    static volatile boolean floatLaneTranscendentals =
            !"false".equalsIgnoreCase(System.getProperty(FLOAT_LANE_TRANSCENDENTALS, "true").trim());
    private static final int DL = D.length();
    private static final int FL = F.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    /** Mask bytes for one float (double) vector, or null where no byte vector has that many lanes. */
    private static final VectorSpecies<Byte> FB = byteSpecies(FL);
    private static final VectorSpecies<Byte> DB = byteSpecies(DL);
    /** Byte and short lanes of the float vectors' size, for masked copies of the 8- and 16-bit types. */
    private static final VectorSpecies<Byte> BS = VectorSpecies.of(byte.class, F.vectorShape());
    private static final VectorSpecies<Short> SS = VectorSpecies.of(short.class, F.vectorShape());
    /** Four BOOL mask bytes as one int, byte k in bits 8k to 8k + 7. */
    private static final ValueLayout.OfInt MASK_BYTES_4 =
            ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Lane k selects byte k of {@link #MASK_BYTES_4}'s int (used where long vectors have 4 lanes). */
    private static final LongVector MASK_BYTE = LongVector.fromArray(LongVector.SPECIES_256,
            new long[]{0xFFL, 0xFF00L, 0xFF0000L, 0xFF000000L}, 0);
    /** Mask bytes for one short vector. */
    private static final VectorSpecies<Byte> SB = byteSpecies(SS.length());

    /** Bytes of a scratch slot: the widest vector (byte lanes included, all the same size). */
    private static final long SLOT = Math.max(64, Math.max(D.vectorByteSize(), F.vectorByteSize()));
    /** Per-thread native scratch: five vector-sized slots (two splats, two tail inputs, one tail output). */
    private static final ThreadLocal<MemorySegment> SCRATCH =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(5 * SLOT, 64));

    private final GemmMicroKernel gemm = new Gemm();
    private final GemvKernel gemv = new Gemv();

    /** Checks the hardware's vector width. */
    VectorSimd() {
        if (D.vectorBitSize() < 256) {
            throw new UnsupportedOperationException("vectors are " + D.vectorBitSize() + "-bit, need 256");
        }
    }

    @Override
    public String description() {
        return "Vector API " + D.vectorBitSize() + "-bit lanes";
    }

    @Override
    public GemmMicroKernel gemmKernel() {
        return gemm;
    }

    @Override
    public GemvKernel gemvKernel() {
        return gemv;
    }

    private static VectorSpecies<Byte> byteSpecies(int lanes) {
        return lanes * 8 < 64 ? null : VectorSpecies.of(byte.class, VectorShape.forBitSize(lanes * 8));
    }

    @Override
    public boolean transposeTile(int byteSize, MemorySegment in, long from, long along, int rows, int width,
                                 MemorySegment dst) {
        return VectorTranspose.tile(byteSize, in, from, along, rows, width, dst);
    }

    // ---------------------------------------------------------------- masked copy

    /** Moves raw bits on byte, short, int or long lanes, whatever the element type. */
    @Override
    public boolean maskedCopy(DType type, MemorySegment src, long srcOff, MemorySegment mask, long maskOff,
                              MemorySegment out, long outOff, long n) {
        if (type.byteSize() == 1 && type.isInteger()) {
            maskedBytes(src, srcOff, mask, maskOff, out, outOff, n);
            return true;
        }
        if (type.byteSize() == 2 && type.isInteger() && SB != null) {
            maskedShorts(src, srcOff, mask, maskOff, out, outOff, n);
            return true;
        }
        boolean narrow = type.byteSize() == 4;
        VectorSpecies<Byte> bytes = narrow ? FB : DB;
        if (!(Conversions.isSimdFloat(type) || Conversions.isSimdInteger(type))) {
            return false;
        }
        if (bytes == null) {
            if (narrow || LS.length() != 4) {
                return false;
            }
            maskedLongs4(src, srcOff, mask, maskOff, out, outOff, n);
            return true;
        }
        int lanes = bytes.length();
        long whole = n - n % lanes;
        if (narrow) {
            for (long i = 0; i < whole; i += lanes) {
                VectorMask<Integer> m = ByteVector.fromMemorySegment(bytes, mask, maskOff + i, ORDER)
                        .compare(VectorOperators.NE, (byte) 0).cast(IS);
                IntVector old = IntVector.fromMemorySegment(IS, out, (outOff + i) * 4, ORDER);
                old.blend(IntVector.fromMemorySegment(IS, src, (srcOff + i) * 4, ORDER), m)
                        .intoMemorySegment(out, (outOff + i) * 4, ORDER);
            }
        } else {
            for (long i = 0; i < whole; i += lanes) {
                VectorMask<Long> m = ByteVector.fromMemorySegment(bytes, mask, maskOff + i, ORDER)
                        .compare(VectorOperators.NE, (byte) 0).cast(LS);
                LongVector old = LongVector.fromMemorySegment(LS, out, (outOff + i) * 8, ORDER);
                old.blend(LongVector.fromMemorySegment(LS, src, (srcOff + i) * 8, ORDER), m)
                        .intoMemorySegment(out, (outOff + i) * 8, ORDER);
            }
        }
        MaskedStore.scalar(type, src, srcOff + whole, mask, maskOff + whole, out, outOff + whole, n - whole);
        return true;
    }

    /**
     * The masked copy of 8-byte elements on 4-lane long vectors (256 bits), which no byte vector's
     * mask matches: the four mask bytes are read as one little-endian int, splatted to every
     * lane, and lane k keeps byte k ({@link #MASK_BYTE}), true when non-zero.
     */
    private static void maskedLongs4(MemorySegment src, long srcOff, MemorySegment mask, long maskOff,
                                     MemorySegment out, long outOff, long n) {
        long whole = n - n % 4;
        for (long i = 0; i < whole; i += 4) {
            VectorMask<Long> m = LongVector.broadcast(LS, mask.get(MASK_BYTES_4, maskOff + i))
                    .and(MASK_BYTE).compare(VectorOperators.NE, 0);
            LongVector old = LongVector.fromMemorySegment(LS, out, (outOff + i) * 8, ORDER);
            old.blend(LongVector.fromMemorySegment(LS, src, (srcOff + i) * 8, ORDER), m)
                    .intoMemorySegment(out, (outOff + i) * 8, ORDER);
        }
        MaskedStore.scalar(DType.INT64, src, srcOff + whole, mask, maskOff + whole, out, outOff + whole, n - whole);
    }

    private static void maskedBytes(MemorySegment src, long srcOff, MemorySegment mask, long maskOff,
                                    MemorySegment out, long outOff, long n) {
        int lanes = BS.length();
        long whole = n - n % lanes;
        for (long i = 0; i < whole; i += lanes) {
            VectorMask<Byte> m = ByteVector.fromMemorySegment(BS, mask, maskOff + i, ORDER)
                    .compare(VectorOperators.NE, (byte) 0);
            ByteVector old = ByteVector.fromMemorySegment(BS, out, outOff + i, ORDER);
            old.blend(ByteVector.fromMemorySegment(BS, src, srcOff + i, ORDER), m)
                    .intoMemorySegment(out, outOff + i, ORDER);
        }
        MaskedStore.scalar(DType.UINT8, src, srcOff + whole, mask, maskOff + whole, out, outOff + whole, n - whole);
    }

    private static void maskedShorts(MemorySegment src, long srcOff, MemorySegment mask, long maskOff,
                                     MemorySegment out, long outOff, long n) {
        int lanes = SS.length();
        long whole = n - n % lanes;
        for (long i = 0; i < whole; i += lanes) {
            VectorMask<Short> m = ByteVector.fromMemorySegment(SB, mask, maskOff + i, ORDER)
                    .compare(VectorOperators.NE, (byte) 0).cast(SS);
            ShortVector old = ShortVector.fromMemorySegment(SS, out, (outOff + i) * 2, ORDER);
            old.blend(ShortVector.fromMemorySegment(SS, src, (srcOff + i) * 2, ORDER), m)
                    .intoMemorySegment(out, (outOff + i) * 2, ORDER);
        }
        MaskedStore.scalar(DType.UINT16, src, srcOff + whole, mask, maskOff + whole, out, outOff + whole, n - whole);
    }

    // ---------------------------------------------------------------- element-wise unary

    private static boolean exactUnary(UnaryOp op) {
        return switch (op) {
            case NEGATIVE, ABS, SQUARE, SQRT, RELU, RECIPROCAL, COPY -> true;
            default -> false;
        };
    }

    @Override
    public boolean unary(UnaryOp op, DType type, MemorySegment in, long inOff, MemorySegment out, long outOff,
                         long n) {
        boolean f32 = type == DType.FLOAT32;
        int lanes = f32 ? lanesF32(op) : unaryLoopF64(op) != null ? DL : 0;
        if (lanes == 0 || n == 0) {
            return lanes != 0;
        }
        UnaryLoop loop = !f32 ? unaryLoopF64(op) : lanes == FL && floatLaneLoopF32(op) != null ? floatLaneLoopF32(op)
                : unaryLoopF32(op);
        unaryLanes(loop, lanes, type.byteSize(), in, inOff, out, outOff, n);
        return true;
    }

    /**
     * The lanes a FLOAT32 unary op runs on: the float vector's length (exact ops, exp, and the
     * functions on float SVML lanes unless {@link #floatLaneTranscendentals} is off), 4 (float64
     * lanes rounded once), or 0 (no lane loop: the scalar path).
     */
    static int lanesF32(UnaryOp op) {
        if (widenedF32(op)) {
            return !widenedTranscendentals ? 0 : floatLaneTranscendentals && floatLaneLoopF32(op) != null ? FL : 4;
        }
        return exactUnary(op) || op == UnaryOp.EXP ? FL : unaryLoopF32(op) != null ? 4 : 0;
    }

    /** A lane loop over a multiple of its lane count of elements, at byte offsets. */
    @FunctionalInterface
    interface UnaryLoop {
        void run(MemorySegment in, long inByte, MemorySegment out, long outByte, long n);
    }

    /** A binary lane loop; an input read with step 0 is one vector of splatted scalars. */
    @FunctionalInterface
    interface BinaryLoop {
        void run(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep, MemorySegment out,
                 long outByte, long n);
    }

    /**
     * Runs {@code loop} over {@code n} contiguous elements of {@code width} bytes: the whole
     * vectors of {@code lanes} in place, then the tail copied into a zero-padded scratch vector, so
     * that every element sees the same lane code.
     */
    static void unaryLanes(UnaryLoop loop, int lanes, int width, MemorySegment in, long inOff, MemorySegment out,
                           long outOff, long n) {
        long whole = n - n % lanes;
        loop.run(in, inOff * width, out, outOff * width, whole);
        if (whole < n) {
            int rest = (int) (n - whole);
            MemorySegment src = slot(2).fill((byte) 0);
            MemorySegment dst = slot(4);
            MemorySegment.copy(in, (inOff + whole) * width, src, 0, (long) rest * width);
            loop.run(src, 0, dst, 0, lanes);
            MemorySegment.copy(dst, 0, out, (outOff + whole) * width, (long) rest * width);
        }
    }

    /**
     * {@link #unaryLanes} for two inputs: a null input is the vector of scalars in {@code aSplat}
     * ({@code bSplat}), read with step 0; the output has {@code outWidth} bytes per element.
     */
    static void binaryLanes(BinaryLoop loop, int lanes, int width, int outWidth, MemorySegment a, long aOff,
                            MemorySegment aSplat, MemorySegment b, long bOff, MemorySegment bSplat, MemorySegment out,
                            long outOff, long n) {
        MemorySegment sa = a == null ? aSplat : a;
        MemorySegment sb = b == null ? bSplat : b;
        long aByte = a == null ? 0 : aOff * width;
        long bByte = b == null ? 0 : bOff * width;
        int aStep = a == null ? 0 : width;
        int bStep = b == null ? 0 : width;
        long whole = n - n % lanes;
        loop.run(sa, aByte, aStep, sb, bByte, bStep, out, outOff * outWidth, whole);
        if (whole < n) {
            int rest = (int) (n - whole);
            MemorySegment ta = sa;
            MemorySegment tb = sb;
            if (a != null) {
                ta = slot(2).fill((byte) 0);
                MemorySegment.copy(a, aByte + whole * width, ta, 0, (long) rest * width);
            }
            if (b != null) {
                tb = slot(3).fill((byte) 0);
                MemorySegment.copy(b, bByte + whole * width, tb, 0, (long) rest * width);
            }
            MemorySegment dst = slot(4);
            loop.run(ta, 0, aStep, tb, 0, bStep, dst, 0, lanes);
            MemorySegment.copy(dst, 0, out, (outOff + whole) * outWidth, (long) rest * outWidth);
        }
    }

    /** This thread's scratch slot {@code k}: 0 and 1 hold splatted scalars, 2 and 3 tail inputs, 4 a tail output. */
    static MemorySegment slot(int k) {
        return SCRATCH.get().asSlice(k * SLOT, SLOT);
    }

    /** The lane loop of a FLOAT32 unary op (exp on float lanes, the others exact or via double), or null. */
    private static UnaryLoop unaryLoopF32(UnaryOp op) {
        return switch (op) {
            case NEGATIVE -> VectorSimd::negF;
            case ABS -> VectorSimd::absF;
            case SQUARE -> VectorSimd::squareF;
            case SQRT -> VectorSimd::sqrtF;
            case RECIPROCAL -> VectorSimd::reciprocalF;
            case RELU -> VectorSimd::reluF;
            case COPY -> VectorSimd::copyF;
            case EXP -> VectorSimd::expF32;
            case EXPM1 -> VectorSimd::expm1F;
            case LOG -> VectorSimd::logF;
            case LOG1P -> VectorSimd::log1pF;
            case LOG10 -> VectorSimd::log10F;
            case SIN -> VectorSimd::sinF;
            case COS -> VectorSimd::cosF;
            case TAN -> VectorSimd::tanF;
            case TANH -> VectorSimd::tanhF;
            case SINH -> VectorSimd::sinhF;
            case COSH -> VectorSimd::coshF;
            case ARCSIN -> VectorSimd::asinF;
            case ARCCOS -> VectorSimd::acosF;
            case ARCTAN -> VectorSimd::atanF;
            case CBRT -> VectorSimd::cbrtF;
            case SIGMOID -> VectorSimd::sigmoidF;
            default -> null;
        };
    }

    /**
     * The float-lane loop of a FLOAT32 function whose float SVML variant was measured within the
     * float32 accuracy promise (README, Accuracy), or null.
     */
    private static UnaryLoop floatLaneLoopF32(UnaryOp op) {
        return switch (op) {
            case EXPM1 -> VectorSimd::expm1FloatLanes;
            case LOG -> VectorSimd::logFloatLanes;
            case LOG1P -> VectorSimd::log1pFloatLanes;
            case LOG10 -> VectorSimd::log10FloatLanes;
            case SIN -> VectorSimd::sinFloatLanes;
            case COS -> VectorSimd::cosFloatLanes;
            case TAN -> VectorSimd::tanFloatLanes;
            case TANH -> VectorSimd::tanhFloatLanes;
            case SINH -> VectorSimd::sinhFloatLanes;
            case COSH -> VectorSimd::coshFloatLanes;
            case ARCSIN -> VectorSimd::asinFloatLanes;
            case ARCCOS -> VectorSimd::acosFloatLanes;
            case ARCTAN -> VectorSimd::atanFloatLanes;
            case CBRT -> VectorSimd::cbrtFloatLanes;
            default -> null;
        };
    }

    /** Whether {@code op} is a FLOAT32 function evaluated on float64 lanes and rounded once. */
    private static boolean widenedF32(UnaryOp op) {
        return switch (op) {
            case EXPM1, LOG, LOG1P, LOG10, SIN, COS, TAN, TANH, SINH, COSH, ARCSIN, ARCCOS, ARCTAN, CBRT -> true;
            default -> false;
        };
    }

    /** The lane loop of a FLOAT64 unary op (the exact ones and exp), or null. */
    private static UnaryLoop unaryLoopF64(UnaryOp op) {
        return switch (op) {
            case NEGATIVE -> VectorSimd::negD;
            case ABS -> VectorSimd::absD;
            case SQUARE -> VectorSimd::squareD;
            case SQRT -> VectorSimd::sqrtD;
            case RECIPROCAL -> VectorSimd::reciprocalD;
            case RELU -> VectorSimd::reluD;
            case COPY -> VectorSimd::copyD;
            case EXP -> VectorSimd::expF64;
            default -> null;
        };
    }

    private static void negD(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, in, inByte + i * 8, ORDER);
            x.neg().intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void absD(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, in, inByte + i * 8, ORDER);
            x.abs().intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void squareD(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, in, inByte + i * 8, ORDER);
            x.mul(x).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void sqrtD(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, in, inByte + i * 8, ORDER);
            x.sqrt().intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void reciprocalD(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, in, inByte + i * 8, ORDER);
            one.div(x).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void reluD(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        DoubleVector zero = DoubleVector.zero(D);
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, in, inByte + i * 8, ORDER);
            zero.blend(x, x.compare(VectorOperators.GT, 0.0).or(x.test(VectorOperators.IS_NAN))).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void copyD(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, in, inByte + i * 8, ORDER);
            x.intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void negF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER);
            x.neg().intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void absF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER);
            x.abs().intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void squareF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER);
            x.mul(x).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void sqrtF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER);
            x.sqrt().intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void reciprocalF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        FloatVector one = FloatVector.broadcast(F, 1.0f);
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER);
            one.div(x).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void reluF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        FloatVector zero = FloatVector.zero(F);
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER);
            zero.blend(x, x.compare(VectorOperators.GT, 0.0f).or(x.test(VectorOperators.IS_NAN))).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void copyF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER);
            x.intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void expm1F(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.EXPM1), out, outByte + i * 4);
        }
    }

    private static void logF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.LOG), out, outByte + i * 4);
        }
    }

    private static void log1pF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.LOG1P), out, outByte + i * 4);
        }
    }

    private static void log10F(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.LOG10), out, outByte + i * 4);
        }
    }

    private static void sinF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.SIN), out, outByte + i * 4);
        }
    }

    private static void cosF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.COS), out, outByte + i * 4);
        }
    }

    private static void tanF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.TAN), out, outByte + i * 4);
        }
    }

    private static void tanhF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.TANH), out, outByte + i * 4);
        }
    }

    private static void sinhF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.SINH), out, outByte + i * 4);
        }
    }

    private static void coshF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.COSH), out, outByte + i * 4);
        }
    }

    private static void asinF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.ASIN), out, outByte + i * 4);
        }
    }

    private static void acosF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.ACOS), out, outByte + i * 4);
        }
    }

    private static void atanF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.ATAN), out, outByte + i * 4);
        }
    }

    private static void cbrtF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            store(widened(in, inByte, i).lanewise(VectorOperators.CBRT), out, outByte + i * 4);
        }
    }

    private static void expm1FloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.EXPM1)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void logFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.LOG)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void log1pFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.LOG1P)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void log10FloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.LOG10)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void sinFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.SIN)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void cosFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.COS)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void tanFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.TAN)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void tanhFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.TANH)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void sinhFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.SINH)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void coshFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.COSH)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void asinFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.ASIN)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void acosFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.ACOS)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void atanFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.ATAN)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void cbrtFloatLanes(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector.fromMemorySegment(F, in, inByte + i * 4, ORDER).lanewise(VectorOperators.CBRT)
                    .intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void sigmoidF(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        DoubleVector one = DoubleVector.broadcast(D4, 1.0);
        for (long i = 0; i < n; i += 4) {
            store(sigmoid(widened(in, inByte, i), one), out, outByte + i * 4);
        }
    }

    /** Four float lanes at element {@code i}, widened to double. */
    private static DoubleVector widened(MemorySegment in, long inByte, long i) {
        return (DoubleVector) FloatVector.fromMemorySegment(F4, in, inByte + i * 4, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0);
    }

    /** Rounds four double lanes to float and stores them. */
    private static void store(DoubleVector v, MemorySegment out, long byteOffset) {
        v.convertShape(VectorOperators.D2F, F4, 0).intoMemorySegment(out, byteOffset, ORDER);
    }

    /** {@link FloatOps#sigmoid} on vector lanes, operation for operation. */
    private static DoubleVector sigmoid(DoubleVector x, DoubleVector one) {
        DoubleVector e = x.abs().neg().lanewise(VectorOperators.EXP);
        DoubleVector d = one.add(e);
        DoubleVector err = one.sub(d).add(e);
        DoubleVector num = e.blend(one, x.compare(VectorOperators.GE, 0.0));
        DoubleVector q = num.div(d);
        DoubleVector r = q.neg().fma(d, num);
        return q.add(r.sub(q.mul(err)).div(d));
    }

    // ---------------------------------------------------------------- element-wise binary

    /** The binary lane loops of FLOAT32 and FLOAT64 by op code: add, subtract, multiply, divide, maximum, minimum. */
    private static final BinaryLoop[][] BINARY_LOOPS = {
        {VectorSimd::addF, VectorSimd::subF, VectorSimd::mulF, VectorSimd::divF, VectorSimd::maxF, VectorSimd::minF},
        {VectorSimd::addD, VectorSimd::subD, VectorSimd::mulD, VectorSimd::divD, VectorSimd::maxD, VectorSimd::minD}};

    private static int binaryCode(BinaryOp op) {
        return switch (op) {
            case ADD -> 0;
            case SUBTRACT -> 1;
            case MULTIPLY -> 2;
            case DIVIDE -> 3;
            case MAXIMUM -> 4;
            case MINIMUM -> 5;
            default -> -1;
        };
    }

    @Override
    public boolean binary(BinaryOp op, DType type, MemorySegment a, long aOff, double aScalar, MemorySegment b,
                          long bOff, double bScalar, MemorySegment out, long outOff, long n) {
        int code = binaryCode(op);
        if (code < 0 || n == 0) {
            return code >= 0;
        }
        boolean f32 = type == DType.FLOAT32;
        int lanes = f32 ? FL : DL;
        binaryLanes(BINARY_LOOPS[f32 ? 0 : 1][code], lanes, type.byteSize(), type.byteSize(), a, aOff,
                a == null ? splat(slot(0), f32, aScalar, lanes) : null, b, bOff,
                b == null ? splat(slot(1), f32, bScalar, lanes) : null, out, outOff, n);
        return true;
    }

    @Override
    public boolean compare(BinaryOp op, DType type, MemorySegment a, long aOff, double aScalar, MemorySegment b,
                           long bOff, double bScalar, MemorySegment out, long outOff, long n) {
        BinaryLoop loop = FloatComparisons.loop(op, type);
        if (loop == null || n == 0) {
            return loop != null;
        }
        boolean f32 = type == DType.FLOAT32;
        int lanes = FloatComparisons.lanes(type);
        binaryLanes(loop, lanes, type.byteSize(), 1, a, aOff, a == null ? splat(slot(0), f32, aScalar, lanes) : null,
                b, bOff, b == null ? splat(slot(1), f32, bScalar, lanes) : null, out, outOff, n);
        return true;
    }

    private static MemorySegment splat(MemorySegment slot, boolean f32, double value, int lanes) {
        for (int i = 0; i < lanes; i++) {
            if (f32) {
                slot.setAtIndex(ElementIO.FLOAT, i, (float) value);
            } else {
                slot.setAtIndex(ElementIO.DOUBLE, i, value);
            }
        }
        return slot;
    }

    private static void addD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D, b, bByte + i * bStep, ORDER);
            x.add(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void subD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D, b, bByte + i * bStep, ORDER);
            x.sub(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void mulD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D, b, bByte + i * bStep, ORDER);
            x.mul(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void divD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D, b, bByte + i * bStep, ORDER);
            x.div(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void maxD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D, b, bByte + i * bStep, ORDER);
            y.blend(x, x.compare(VectorOperators.GT, y).or(x.test(VectorOperators.IS_NAN))).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void minD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += DL) {
            DoubleVector x = DoubleVector.fromMemorySegment(D, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D, b, bByte + i * bStep, ORDER);
            y.blend(x, x.compare(VectorOperators.LT, y).or(x.test(VectorOperators.IS_NAN))).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void addF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F, b, bByte + i * bStep, ORDER);
            x.add(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void subF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F, b, bByte + i * bStep, ORDER);
            x.sub(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void mulF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F, b, bByte + i * bStep, ORDER);
            x.mul(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void divF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F, b, bByte + i * bStep, ORDER);
            x.div(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void maxF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F, b, bByte + i * bStep, ORDER);
            y.blend(x, x.compare(VectorOperators.GT, y).or(x.test(VectorOperators.IS_NAN))).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void minF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += FL) {
            FloatVector x = FloatVector.fromMemorySegment(F, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F, b, bByte + i * bStep, ORDER);
            y.blend(x, x.compare(VectorOperators.LT, y).or(x.test(VectorOperators.IS_NAN))).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    @Override
    public boolean integerUnary(UnaryOp op, DType type, MemorySegment in, long inOff, MemorySegment out, long outOff,
                                long n) {
        return VectorIntegers.unary(op, type, in, inOff, out, outOff, n);
    }

    @Override
    public boolean integerBinary(BinaryOp op, DType type, MemorySegment a, long aOff, long aScalar, MemorySegment b,
                                 long bOff, long bScalar, MemorySegment out, long outOff, long n) {
        return VectorIntegers.binary(op, type, a, aOff, aScalar, b, bOff, bScalar, out, outOff, n);
    }

    @Override
    public long integerSum(MemorySegment s, DType type, long off, long n) {
        return VectorIntegers.sum(s, type, off, n);
    }

    @Override
    public long integerExtreme(MemorySegment s, DType type, long off, long n, boolean max) {
        return VectorIntegers.extreme(s, type, off, n, max);
    }

    @Override
    public long integerArgExtreme(MemorySegment s, DType type, long off, long n, boolean max) {
        return VectorIntegers.argExtreme(s, type, off, n, max);
    }

    // ---------------------------------------------------------------- reductions and rows

    /** Elements per block of {@link #floatArgExtreme}: its extreme, then a search in the best block alone. */
    static final int FLOAT_ARG_BLOCK = 4096;
    /** Runs shorter than this many vectors take {@link FloatArg}'s element loop. */
    static final int FLOAT_ARG_VECTORS = 4;

    /**
     * The extreme of each block of {@value #FLOAT_ARG_BLOCK} elements on lanes ({@link #extreme},
     * {@link Math#max} rules), a later block taking over only when its extreme is strictly larger
     * (smaller), so equal extremes (-0.0 and 0.0 among them) keep the earlier block; a block whose
     * extreme is NaN holds the first NaN of the run. Then the first element equal to the extreme
     * (or the first NaN) is searched with a lane compare in that block.
     */
    @Override
    public long floatArgExtreme(MemorySegment s, DType type, long off, long n, boolean max) {
        int lanes = type == DType.FLOAT32 ? FL : DL;
        if (n < (long) FLOAT_ARG_VECTORS * lanes) {
            return FloatArg.first(s, type, off, n, max);
        }
        double best = 0;
        long bestBlock = -1;
        for (long b = 0; b < n; b += FLOAT_ARG_BLOCK) {
            long len = Math.min(FLOAT_ARG_BLOCK, n - b);
            double m = extreme(s, type, off + b, len, max);
            if (m != m) {
                return b + firstMatch(s, type, off + b, len, m);
            }
            if (bestBlock < 0 || (max ? m > best : m < best)) {
                best = m;
                bestBlock = b;
            }
        }
        return bestBlock + firstMatch(s, type, off + bestBlock, Math.min(FLOAT_ARG_BLOCK, n - bestBlock), best);
    }

    private static final ThreadLocal<ArgRowsScratch> ARG_ROWS = ThreadLocal.withInitial(ArgRowsScratch::new);

    /** Per-thread copies of the rows, as read and transposed, for {@link #floatArgRows}. */
    private static final class ArgRowsScratch {
        float[] floats = new float[0];
        float[] floatColumns = new float[0];
        double[] doubles = new double[0];
        double[] doubleColumns = new double[0];
        final float[] at = new float[FL];
        final double[] atD = new double[DL];

        void fit(boolean f32, int n) {
            if (f32 && floats.length < n) {
                floats = new float[n];
                floatColumns = new float[n];
            } else if (!f32 && doubles.length < n) {
                doubles = new double[n];
                doubleColumns = new double[n];
            }
        }
    }

    /**
     * One row per lane: the rows are copied to an array and transposed (element {@code c} of row
     * {@code r} at {@code c * rows + r}), then each lane reads its row's elements in turn and keeps
     * the first extreme as {@link FloatArg} does: an element takes over when it compares strictly
     * greater (less), or when it is NaN and the kept one is not; nothing follows a NaN. The rows
     * left over after the last whole vector go to {@link FloatArg}. Taken for rows of 2 up to
     * {@value #FLOAT_ARG_VECTORS} vectors less one element, which {@link #floatArgExtreme} would
     * give to the element loop (4096 rows of 10 float32: 56 against 117 µs of CPU time; a gather
     * from the rows as copied was faster at 10 elements, 34 µs, but 2 to 7 times slower at 16,
     * 32 and 48, loaded AMD EPYC).
     */
    @Override
    public boolean floatArgRows(MemorySegment s, DType type, long off, long rowStride, int rows, int cols,
                                boolean max, long[] dst) {
        if (cols >= FLOAT_ARG_VECTORS * (type == DType.FLOAT32 ? FL : DL) || cols < 2) {
            return false;
        }
        ArgRowsScratch k = ARG_ROWS.get();
        boolean f32 = type == DType.FLOAT32;
        k.fit(f32, rows * cols);
        VectorOperators.Comparison better = max ? VectorOperators.GT : VectorOperators.LT;
        int whole;
        if (f32) {
            float[] a = k.floats;
            float[] t = k.floatColumns;
            copyRows(s, ElementIO.FLOAT, off, rowStride, rows, cols, a);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    t[c * rows + r] = a[r * cols + c];
                }
            }
            whole = rows - rows % FL;
            for (int r0 = 0; r0 < whole; r0 += FL) {
                FloatVector best = FloatVector.fromArray(F, t, r0);
                FloatVector at = FloatVector.zero(F);
                for (int c = 1; c < cols; c++) {
                    FloatVector v = FloatVector.fromArray(F, t, c * rows + r0);
                    VectorMask<Float> take = v.compare(better, best)
                            .or(v.test(VectorOperators.IS_NAN).andNot(best.test(VectorOperators.IS_NAN)));
                    best = best.blend(v, take);
                    at = at.blend(c, take);
                }
                at.intoArray(k.at, 0);
                for (int j = 0; j < FL; j++) {
                    dst[r0 + j] = (long) k.at[j];
                }
            }
        } else {
            double[] a = k.doubles;
            double[] t = k.doubleColumns;
            copyRows(s, ElementIO.DOUBLE, off, rowStride, rows, cols, a);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    t[c * rows + r] = a[r * cols + c];
                }
            }
            whole = rows - rows % DL;
            for (int r0 = 0; r0 < whole; r0 += DL) {
                DoubleVector best = DoubleVector.fromArray(D, t, r0);
                DoubleVector at = DoubleVector.zero(D);
                for (int c = 1; c < cols; c++) {
                    DoubleVector v = DoubleVector.fromArray(D, t, c * rows + r0);
                    VectorMask<Double> take = v.compare(better, best)
                            .or(v.test(VectorOperators.IS_NAN).andNot(best.test(VectorOperators.IS_NAN)));
                    best = best.blend(v, take);
                    at = at.blend(c, take);
                }
                at.intoArray(k.atD, 0);
                for (int j = 0; j < DL; j++) {
                    dst[r0 + j] = (long) k.atD[j];
                }
            }
        }
        for (int r = whole; r < rows; r++) {
            dst[r] = FloatArg.first(s, type, off + r * rowStride, cols, max);
        }
        return true;
    }

    @Override
    public boolean argColumns(MemorySegment s, DType type, long off, long rowStride, long rows, int lanes,
                              boolean max, long[] dst) {
        return VectorArgColumns.run(s, type, off, rowStride, rows, lanes, max, dst);
    }

    @Override
    public boolean foldColumns(BinaryOp op, MemorySegment s, DType type, long off, long rowStride, int rows,
                               int lanes, double[] acc) {
        return VectorColumns.doubles(op, s, type, off, rowStride, rows, lanes, acc);
    }

    @Override
    public boolean foldIntegerColumns(BinaryOp op, MemorySegment s, DType type, long off, long rowStride, int rows,
                                      int lanes, long[] acc) {
        return VectorColumns.longs(op, s, type, off, rowStride, rows, lanes, acc);
    }

    private static void copyRows(MemorySegment s, ValueLayout layout, long off, long rowStride, int rows, int cols,
                                 Object array) {
        long bytes = layout.byteSize();
        if (rowStride == cols) {
            MemorySegment.copy(s, layout, off * bytes, array, 0, rows * cols);
            return;
        }
        for (int r = 0; r < rows; r++) {
            MemorySegment.copy(s, layout, (off + r * rowStride) * bytes, array, r * cols, cols);
        }
    }

    /**
     * The first of {@code n} contiguous FLOAT32 or FLOAT64 elements equal to {@code value} (NaN:
     * the first NaN), compared on lanes.
     *
     * @throws IllegalStateException when none is
     */
    private static long firstMatch(MemorySegment s, DType type, long off, long n, double value) {
        boolean nan = value != value;
        long i = 0;
        if (type == DType.FLOAT32) {
            float key = (float) value;
            for (long wide = n - n % FL; i < wide; i += FL) {
                FloatVector v = FloatVector.fromMemorySegment(F, s, (off + i) * 4, ORDER);
                VectorMask<Float> hit = nan ? v.test(VectorOperators.IS_NAN) : v.compare(VectorOperators.EQ, key);
                if (hit.anyTrue()) {
                    return i + hit.firstTrue();
                }
            }
            for (; i < n; i++) {
                float v = s.getAtIndex(ElementIO.FLOAT, off + i);
                if (nan ? v != v : v == key) {
                    return i;
                }
            }
        } else {
            for (long wide = n - n % DL; i < wide; i += DL) {
                DoubleVector v = DoubleVector.fromMemorySegment(D, s, (off + i) * 8, ORDER);
                VectorMask<Double> hit = nan ? v.test(VectorOperators.IS_NAN) : v.compare(VectorOperators.EQ, value);
                if (hit.anyTrue()) {
                    return i + hit.firstTrue();
                }
            }
            for (; i < n; i++) {
                double v = s.getAtIndex(ElementIO.DOUBLE, off + i);
                if (nan ? v != v : v == value) {
                    return i;
                }
            }
        }
        throw new IllegalStateException((nan ? "argmax/argmin: no NaN" : "argmax/argmin: the extreme " + value)
                + " found again among " + n + " " + type + " elements");
    }

    @Override
    public double leafSum(MemorySegment s, DType type, long off, int n) {
        boolean f32 = type == DType.FLOAT32;
        int width = type.byteSize();
        long base = off * width;
        if (n < PairwiseSum.SUMS) {
            double r = n == 0 ? 0.0 : read(s, f32, base);
            for (int i = 1; i < n; i++) {
                r += read(s, f32, base + (long) i * width);
            }
            return r;
        }
        return DL == 8 ? leafSum512(s, f32, width, base, n) : leafSum256(s, f32, width, base, n);
    }

    /** {@link #leafSum} for n &gt;= 32 on 512-bit vectors: w_k holds s[8k .. 8k+8). */
    static double leafSum512(MemorySegment s, boolean f32, int width, long base, int n) {
        long step = 8L * width;
        DoubleVector w0 = load8(s, f32, base);
        DoubleVector w1 = load8(s, f32, base + step);
        DoubleVector w2 = load8(s, f32, base + 2 * step);
        DoubleVector w3 = load8(s, f32, base + 3 * step);
        int i = PairwiseSum.SUMS;
        for (; i + PairwiseSum.SUMS <= n; i += PairwiseSum.SUMS) {
            long at = base + (long) i * width;
            w0 = w0.add(load8(s, f32, at));
            w1 = w1.add(load8(s, f32, at + step));
            w2 = w2.add(load8(s, f32, at + 2 * step));
            w3 = w3.add(load8(s, f32, at + 3 * step));
        }
        // t[j] = (s[j] + s[j+8]) + (s[j+16] + s[j+24]) in lane j
        DoubleVector t = w0.add(w1).add(w2.add(w3));
        double res = ((t.lane(0) + t.lane(1)) + (t.lane(2) + t.lane(3)))
                + ((t.lane(4) + t.lane(5)) + (t.lane(6) + t.lane(7)));
        for (; i < n; i++) {
            res += read(s, f32, base + (long) i * width);
        }
        return res;
    }

    /** {@link #leafSum} for n &gt;= 32 on 256-bit vectors: v_k holds s[4k .. 4k+4). */
    static double leafSum256(MemorySegment s, boolean f32, int width, long base, int n) {
        long step = 4L * width;
        DoubleVector v0 = load4(s, f32, base);
        DoubleVector v1 = load4(s, f32, base + step);
        DoubleVector v2 = load4(s, f32, base + 2 * step);
        DoubleVector v3 = load4(s, f32, base + 3 * step);
        DoubleVector v4 = load4(s, f32, base + 4 * step);
        DoubleVector v5 = load4(s, f32, base + 5 * step);
        DoubleVector v6 = load4(s, f32, base + 6 * step);
        DoubleVector v7 = load4(s, f32, base + 7 * step);
        int i = PairwiseSum.SUMS;
        for (; i + PairwiseSum.SUMS <= n; i += PairwiseSum.SUMS) {
            long at = base + (long) i * width;
            v0 = v0.add(load4(s, f32, at));
            v1 = v1.add(load4(s, f32, at + step));
            v2 = v2.add(load4(s, f32, at + 2 * step));
            v3 = v3.add(load4(s, f32, at + 3 * step));
            v4 = v4.add(load4(s, f32, at + 4 * step));
            v5 = v5.add(load4(s, f32, at + 5 * step));
            v6 = v6.add(load4(s, f32, at + 6 * step));
            v7 = v7.add(load4(s, f32, at + 7 * step));
        }
        // t[j] = (s[j] + s[j+8]) + (s[j+16] + s[j+24]): lanes 0-3 of low, 4-7 of high
        DoubleVector low = v0.add(v2).add(v4.add(v6));
        DoubleVector high = v1.add(v3).add(v5.add(v7));
        double res = ((low.lane(0) + low.lane(1)) + (low.lane(2) + low.lane(3)))
                + ((high.lane(0) + high.lane(1)) + (high.lane(2) + high.lane(3)));
        for (; i < n; i++) {
            res += read(s, f32, base + (long) i * width);
        }
        return res;
    }

    /**
     * Each method below is one flat loop, with no helper returning a vector: the session-20 version
     * loaded through helpers that HotSpot declined to inline ("callee is too large"), so every
     * vector was boxed and the lane loop ran 1.5-2.5x slower than the scalar one.
     */
    @Override
    public double squaredDeviationLeaf(MemorySegment s, DType type, long off, int n, double mean) {
        boolean f32 = type == DType.FLOAT32;
        if (n < PairwiseSum.SUMS) {
            double r = 0.0;
            for (int i = 0; i < n; i++) {
                double v = f32 ? s.getAtIndex(ElementIO.FLOAT, off + i) : s.getAtIndex(ElementIO.DOUBLE, off + i);
                r = i == 0 ? squaredDeviation(f32, v, mean) : r + squaredDeviation(f32, v, mean);
            }
            return r;
        }
        if (DL == 8) {
            return f32 ? floatSquares512(s, off * Float.BYTES, n, mean) : doubleSquares512(s, off * Double.BYTES, n,
                    mean);
        }
        return f32 ? floatSquares256(s, off * Float.BYTES, n, mean) : doubleSquares256(s, off * Double.BYTES, n, mean);
    }

    private static double squaredDeviation(boolean f32, double v, double mean) {
        if (f32) {
            float d = (float) (v - mean);
            return d * d;
        }
        double d = v - mean;
        return d * d;
    }

    /** {@link #squaredDeviationLeaf} of float64, n &gt;= 32, on 512-bit vectors: w_k holds s[8k .. 8k+8). */
    static double doubleSquares512(MemorySegment s, long base, int n, double mean) {
        DoubleVector m = DoubleVector.broadcast(D, mean);
        DoubleVector x0 = DoubleVector.fromMemorySegment(D, s, base, ORDER).sub(m);
        DoubleVector x1 = DoubleVector.fromMemorySegment(D, s, base + 64, ORDER).sub(m);
        DoubleVector x2 = DoubleVector.fromMemorySegment(D, s, base + 128, ORDER).sub(m);
        DoubleVector x3 = DoubleVector.fromMemorySegment(D, s, base + 192, ORDER).sub(m);
        DoubleVector w0 = x0.mul(x0);
        DoubleVector w1 = x1.mul(x1);
        DoubleVector w2 = x2.mul(x2);
        DoubleVector w3 = x3.mul(x3);
        int i = PairwiseSum.SUMS;
        for (; i + PairwiseSum.SUMS <= n; i += PairwiseSum.SUMS) {
            long at = base + (long) i * Double.BYTES;
            x0 = DoubleVector.fromMemorySegment(D, s, at, ORDER).sub(m);
            x1 = DoubleVector.fromMemorySegment(D, s, at + 64, ORDER).sub(m);
            x2 = DoubleVector.fromMemorySegment(D, s, at + 128, ORDER).sub(m);
            x3 = DoubleVector.fromMemorySegment(D, s, at + 192, ORDER).sub(m);
            w0 = w0.add(x0.mul(x0));
            w1 = w1.add(x1.mul(x1));
            w2 = w2.add(x2.mul(x2));
            w3 = w3.add(x3.mul(x3));
        }
        DoubleVector t = w0.add(w1).add(w2.add(w3));
        double res = ((t.lane(0) + t.lane(1)) + (t.lane(2) + t.lane(3)))
                + ((t.lane(4) + t.lane(5)) + (t.lane(6) + t.lane(7)));
        for (; i < n; i++) {
            double d = s.get(ElementIO.DOUBLE, base + (long) i * Double.BYTES) - mean;
            res += d * d;
        }
        return res;
    }

    /**
     * {@link #squaredDeviationLeaf} of float32, n &gt;= 32, on 512-bit vectors: each difference
     * taken in double, rounded to float and squared in float lanes, the square widened exactly.
     */
    static double floatSquares512(MemorySegment s, long base, int n, double mean) {
        DoubleVector m = DoubleVector.broadcast(D, mean);
        FloatVector f0 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, base, ORDER)
                .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
        FloatVector f1 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, base + 32, ORDER)
                .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
        FloatVector f2 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, base + 64, ORDER)
                .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
        FloatVector f3 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, base + 96, ORDER)
                .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
        DoubleVector w0 = (DoubleVector) f0.mul(f0).convertShape(VectorOperators.F2D, D, 0);
        DoubleVector w1 = (DoubleVector) f1.mul(f1).convertShape(VectorOperators.F2D, D, 0);
        DoubleVector w2 = (DoubleVector) f2.mul(f2).convertShape(VectorOperators.F2D, D, 0);
        DoubleVector w3 = (DoubleVector) f3.mul(f3).convertShape(VectorOperators.F2D, D, 0);
        int i = PairwiseSum.SUMS;
        for (; i + PairwiseSum.SUMS <= n; i += PairwiseSum.SUMS) {
            long at = base + (long) i * Float.BYTES;
            f0 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, at, ORDER)
                    .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
            f1 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, at + 32, ORDER)
                    .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
            f2 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, at + 64, ORDER)
                    .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
            f3 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(FH, s, at + 96, ORDER)
                    .convertShape(VectorOperators.F2D, D, 0)).sub(m).convertShape(VectorOperators.D2F, FH, 0);
            w0 = w0.add((DoubleVector) f0.mul(f0).convertShape(VectorOperators.F2D, D, 0));
            w1 = w1.add((DoubleVector) f1.mul(f1).convertShape(VectorOperators.F2D, D, 0));
            w2 = w2.add((DoubleVector) f2.mul(f2).convertShape(VectorOperators.F2D, D, 0));
            w3 = w3.add((DoubleVector) f3.mul(f3).convertShape(VectorOperators.F2D, D, 0));
        }
        DoubleVector t = w0.add(w1).add(w2.add(w3));
        double res = ((t.lane(0) + t.lane(1)) + (t.lane(2) + t.lane(3)))
                + ((t.lane(4) + t.lane(5)) + (t.lane(6) + t.lane(7)));
        for (; i < n; i++) {
            float d = (float) (s.get(ElementIO.FLOAT, base + (long) i * Float.BYTES) - mean);
            res += d * d;
        }
        return res;
    }

    /** {@link #squaredDeviationLeaf} of float64, n &gt;= 32, on 256-bit vectors: v_k holds s[4k .. 4k+4). */
    static double doubleSquares256(MemorySegment s, long base, int n, double mean) {
        DoubleVector m = DoubleVector.broadcast(D4, mean);
        DoubleVector x0 = DoubleVector.fromMemorySegment(D4, s, base, ORDER).sub(m);
        DoubleVector x1 = DoubleVector.fromMemorySegment(D4, s, base + 32, ORDER).sub(m);
        DoubleVector x2 = DoubleVector.fromMemorySegment(D4, s, base + 64, ORDER).sub(m);
        DoubleVector x3 = DoubleVector.fromMemorySegment(D4, s, base + 96, ORDER).sub(m);
        DoubleVector x4 = DoubleVector.fromMemorySegment(D4, s, base + 128, ORDER).sub(m);
        DoubleVector x5 = DoubleVector.fromMemorySegment(D4, s, base + 160, ORDER).sub(m);
        DoubleVector x6 = DoubleVector.fromMemorySegment(D4, s, base + 192, ORDER).sub(m);
        DoubleVector x7 = DoubleVector.fromMemorySegment(D4, s, base + 224, ORDER).sub(m);
        DoubleVector v0 = x0.mul(x0);
        DoubleVector v1 = x1.mul(x1);
        DoubleVector v2 = x2.mul(x2);
        DoubleVector v3 = x3.mul(x3);
        DoubleVector v4 = x4.mul(x4);
        DoubleVector v5 = x5.mul(x5);
        DoubleVector v6 = x6.mul(x6);
        DoubleVector v7 = x7.mul(x7);
        int i = PairwiseSum.SUMS;
        for (; i + PairwiseSum.SUMS <= n; i += PairwiseSum.SUMS) {
            long at = base + (long) i * Double.BYTES;
            x0 = DoubleVector.fromMemorySegment(D4, s, at, ORDER).sub(m);
            x1 = DoubleVector.fromMemorySegment(D4, s, at + 32, ORDER).sub(m);
            x2 = DoubleVector.fromMemorySegment(D4, s, at + 64, ORDER).sub(m);
            x3 = DoubleVector.fromMemorySegment(D4, s, at + 96, ORDER).sub(m);
            x4 = DoubleVector.fromMemorySegment(D4, s, at + 128, ORDER).sub(m);
            x5 = DoubleVector.fromMemorySegment(D4, s, at + 160, ORDER).sub(m);
            x6 = DoubleVector.fromMemorySegment(D4, s, at + 192, ORDER).sub(m);
            x7 = DoubleVector.fromMemorySegment(D4, s, at + 224, ORDER).sub(m);
            v0 = v0.add(x0.mul(x0));
            v1 = v1.add(x1.mul(x1));
            v2 = v2.add(x2.mul(x2));
            v3 = v3.add(x3.mul(x3));
            v4 = v4.add(x4.mul(x4));
            v5 = v5.add(x5.mul(x5));
            v6 = v6.add(x6.mul(x6));
            v7 = v7.add(x7.mul(x7));
        }
        DoubleVector low = v0.add(v2).add(v4.add(v6));
        DoubleVector high = v1.add(v3).add(v5.add(v7));
        double res = ((low.lane(0) + low.lane(1)) + (low.lane(2) + low.lane(3)))
                + ((high.lane(0) + high.lane(1)) + (high.lane(2) + high.lane(3)));
        for (; i < n; i++) {
            double d = s.get(ElementIO.DOUBLE, base + (long) i * Double.BYTES) - mean;
            res += d * d;
        }
        return res;
    }

    /** {@link #floatSquares512} on 256-bit vectors (AVX2): v_k holds s[4k .. 4k+4). */
    static double floatSquares256(MemorySegment s, long base, int n, double mean) {
        DoubleVector m = DoubleVector.broadcast(D4, mean);
        FloatVector f0 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        FloatVector f1 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base + 16, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        FloatVector f2 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base + 32, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        FloatVector f3 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base + 48, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        FloatVector f4 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base + 64, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        FloatVector f5 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base + 80, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        FloatVector f6 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base + 96, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        FloatVector f7 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, base + 112, ORDER)
                .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
        DoubleVector v0 = (DoubleVector) f0.mul(f0).convertShape(VectorOperators.F2D, D4, 0);
        DoubleVector v1 = (DoubleVector) f1.mul(f1).convertShape(VectorOperators.F2D, D4, 0);
        DoubleVector v2 = (DoubleVector) f2.mul(f2).convertShape(VectorOperators.F2D, D4, 0);
        DoubleVector v3 = (DoubleVector) f3.mul(f3).convertShape(VectorOperators.F2D, D4, 0);
        DoubleVector v4 = (DoubleVector) f4.mul(f4).convertShape(VectorOperators.F2D, D4, 0);
        DoubleVector v5 = (DoubleVector) f5.mul(f5).convertShape(VectorOperators.F2D, D4, 0);
        DoubleVector v6 = (DoubleVector) f6.mul(f6).convertShape(VectorOperators.F2D, D4, 0);
        DoubleVector v7 = (DoubleVector) f7.mul(f7).convertShape(VectorOperators.F2D, D4, 0);
        int i = PairwiseSum.SUMS;
        for (; i + PairwiseSum.SUMS <= n; i += PairwiseSum.SUMS) {
            long at = base + (long) i * Float.BYTES;
            f0 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            f1 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at + 16, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            f2 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at + 32, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            f3 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at + 48, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            f4 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at + 64, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            f5 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at + 80, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            f6 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at + 96, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            f7 = (FloatVector) ((DoubleVector) FloatVector.fromMemorySegment(F4, s, at + 112, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0)).sub(m).convertShape(VectorOperators.D2F, F4, 0);
            v0 = v0.add((DoubleVector) f0.mul(f0).convertShape(VectorOperators.F2D, D4, 0));
            v1 = v1.add((DoubleVector) f1.mul(f1).convertShape(VectorOperators.F2D, D4, 0));
            v2 = v2.add((DoubleVector) f2.mul(f2).convertShape(VectorOperators.F2D, D4, 0));
            v3 = v3.add((DoubleVector) f3.mul(f3).convertShape(VectorOperators.F2D, D4, 0));
            v4 = v4.add((DoubleVector) f4.mul(f4).convertShape(VectorOperators.F2D, D4, 0));
            v5 = v5.add((DoubleVector) f5.mul(f5).convertShape(VectorOperators.F2D, D4, 0));
            v6 = v6.add((DoubleVector) f6.mul(f6).convertShape(VectorOperators.F2D, D4, 0));
            v7 = v7.add((DoubleVector) f7.mul(f7).convertShape(VectorOperators.F2D, D4, 0));
        }
        DoubleVector low = v0.add(v2).add(v4.add(v6));
        DoubleVector high = v1.add(v3).add(v5.add(v7));
        double res = ((low.lane(0) + low.lane(1)) + (low.lane(2) + low.lane(3)))
                + ((high.lane(0) + high.lane(1)) + (high.lane(2) + high.lane(3)));
        for (; i < n; i++) {
            float d = (float) (s.get(ElementIO.FLOAT, base + (long) i * Float.BYTES) - mean);
            res += d * d;
        }
        return res;
    }

    @Override
    public int longLanes() {
        return LS.length();
    }

    @Override
    public void compareExchangeRows(long[] a, int[] network) {
        int lanes = LS.length();
        for (int c = 0; c < network.length; c += 2) {
            int i = network[c] * lanes;
            int j = network[c + 1] * lanes;
            LongVector x = LongVector.fromArray(LS, a, i);
            LongVector y = LongVector.fromArray(LS, a, j);
            x.min(y).intoArray(a, i);
            x.max(y).intoArray(a, j);
        }
    }

    @Override
    public void compareExchangeRows(long[] keys, long[] positions, int[] network) {
        int lanes = LS.length();
        for (int c = 0; c < network.length; c += 2) {
            int i = network[c] * lanes;
            int j = network[c + 1] * lanes;
            LongVector ki = LongVector.fromArray(LS, keys, i);
            LongVector kj = LongVector.fromArray(LS, keys, j);
            LongVector pi = LongVector.fromArray(LS, positions, i);
            LongVector pj = LongVector.fromArray(LS, positions, j);
            VectorMask<Long> swap = kj.compare(VectorOperators.LT, ki)
                    .or(kj.compare(VectorOperators.EQ, ki).and(pj.compare(VectorOperators.LT, pi)));
            ki.blend(kj, swap).intoArray(keys, i);
            kj.blend(ki, swap).intoArray(keys, j);
            pi.blend(pj, swap).intoArray(positions, i);
            pj.blend(pi, swap).intoArray(positions, j);
        }
    }

    private static double read(MemorySegment s, boolean f32, long byteOffset) {
        return f32 ? s.get(ElementIO.FLOAT, byteOffset) : s.get(ElementIO.DOUBLE, byteOffset);
    }

    private static DoubleVector load8(MemorySegment s, boolean f32, long byteOffset) {
        if (f32) {
            return (DoubleVector) FloatVector.fromMemorySegment(FH, s, byteOffset, ORDER)
                    .convertShape(VectorOperators.F2D, D, 0);
        }
        return DoubleVector.fromMemorySegment(D, s, byteOffset, ORDER);
    }

    private static DoubleVector load4(MemorySegment s, boolean f32, long byteOffset) {
        if (f32) {
            return (DoubleVector) FloatVector.fromMemorySegment(F4, s, byteOffset, ORDER)
                    .convertShape(VectorOperators.F2D, D4, 0);
        }
        return DoubleVector.fromMemorySegment(D4, s, byteOffset, ORDER);
    }

    /**
     * Four accumulators, so four independent max/min chains are in flight ({@link Math#max} on
     * lanes takes several dependent instructions). Max and min are exact, commutative and
     * associative under {@link Math#max} rules (NaN wins, -0.0 &lt; +0.0), so the grouping does not
     * change the result.
     */
    @Override
    public double extreme(MemorySegment s, DType type, long off, long n, boolean max) {
        VectorOperators.Associative op = max ? VectorOperators.MAX : VectorOperators.MIN;
        double result = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        long i = 0;
        if (type == DType.FLOAT32) {
            long whole = n - n % FL;
            if (whole > 0) {
                FloatVector a0 = FloatVector.fromMemorySegment(F, s, off * 4, ORDER);
                FloatVector a1 = a0;
                FloatVector a2 = a0;
                FloatVector a3 = a0;
                long step = 4L * FL * 4;
                long wide = whole - whole % (4L * FL);
                for (long at = off * 4; i < wide; i += 4L * FL, at += step) {
                    a0 = pick(max, a0, FloatVector.fromMemorySegment(F, s, at, ORDER));
                    a1 = pick(max, a1, FloatVector.fromMemorySegment(F, s, at + FL * 4L, ORDER));
                    a2 = pick(max, a2, FloatVector.fromMemorySegment(F, s, at + 2L * FL * 4, ORDER));
                    a3 = pick(max, a3, FloatVector.fromMemorySegment(F, s, at + 3L * FL * 4, ORDER));
                }
                for (; i < whole; i += FL) {
                    a0 = pick(max, a0, FloatVector.fromMemorySegment(F, s, (off + i) * 4, ORDER));
                }
                result = pick(max, pick(max, a0, a1), pick(max, a2, a3)).reduceLanes(op);
            }
            for (; i < n; i++) {
                double x = s.getAtIndex(ElementIO.FLOAT, off + i);
                result = max ? Math.max(result, x) : Math.min(result, x);
            }
            return result;
        }
        long whole = n - n % DL;
        if (whole > 0) {
            DoubleVector a0 = DoubleVector.fromMemorySegment(D, s, off * 8, ORDER);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            long step = 4L * DL * 8;
            long wide = whole - whole % (4L * DL);
            for (long at = off * 8; i < wide; i += 4L * DL, at += step) {
                a0 = pick(max, a0, DoubleVector.fromMemorySegment(D, s, at, ORDER));
                a1 = pick(max, a1, DoubleVector.fromMemorySegment(D, s, at + DL * 8L, ORDER));
                a2 = pick(max, a2, DoubleVector.fromMemorySegment(D, s, at + 2L * DL * 8, ORDER));
                a3 = pick(max, a3, DoubleVector.fromMemorySegment(D, s, at + 3L * DL * 8, ORDER));
            }
            for (; i < whole; i += DL) {
                a0 = pick(max, a0, DoubleVector.fromMemorySegment(D, s, (off + i) * 8, ORDER));
            }
            result = pick(max, pick(max, a0, a1), pick(max, a2, a3)).reduceLanes(op);
        }
        for (; i < n; i++) {
            double x = s.getAtIndex(ElementIO.DOUBLE, off + i);
            result = max ? Math.max(result, x) : Math.min(result, x);
        }
        return result;
    }

    private static FloatVector pick(boolean max, FloatVector a, FloatVector b) {
        return max ? a.max(b) : a.min(b);
    }

    private static DoubleVector pick(boolean max, DoubleVector a, DoubleVector b) {
        return max ? a.max(b) : a.min(b);
    }

    @Override
    public boolean expShifted(MemorySegment s, DType type, long off, int n, double shift, double[] dst, int pos) {
        DoubleVector sh = DoubleVector.broadcast(D, shift);
        if (type == DType.FLOAT64) {
            int whole = n - n % DL;
            for (int i = 0; i < whole; i += DL) {
                expLanes(DoubleVector.fromMemorySegment(D, s, (off + i) * 8, ORDER).sub(sh)).intoArray(dst, pos + i);
            }
            for (int i = whole; i < n; i++) {
                dst[pos + i] = ExpDouble.exp(s.getAtIndex(ElementIO.DOUBLE, off + i) - shift);
            }
            return true;
        }
        int whole = n - n % DL;
        for (int i = 0; i < whole; i += DL) {
            expShiftedLanes(s, (off + i) * 4, sh).intoArray(dst, pos + i);
        }
        if (whole < n) {
            MemorySegment tail = SCRATCH.get().asSlice(2 * SLOT, SLOT).fill((byte) 0);
            MemorySegment.copy(s, (off + whole) * 4, tail, 0, (n - whole) * 4L);
            DoubleVector r = expShiftedLanes(tail, 0, sh);
            for (int i = whole; i < n; i++) {
                dst[pos + i] = r.lane(i - whole);
            }
        }
        return true;
    }

    @Override
    public boolean exp(double[] x, double[] r, int n) {
        int whole = n - n % DL;
        for (int i = 0; i < whole; i += DL) {
            expLanes(DoubleVector.fromArray(D, x, i)).intoArray(r, i);
        }
        for (int i = whole; i < n; i++) {
            r[i] = ExpDouble.exp(x[i]);
        }
        return true;
    }

    @Override
    public double expShiftedFloat(MemorySegment in, long off, int n, float shift, MemorySegment out, long outOff) {
        FloatVector sh = FloatVector.broadcast(F, shift);
        DoubleVector low = DoubleVector.zero(D);
        DoubleVector high = DoubleVector.zero(D);
        int whole = n - n % FL;
        for (int i = 0; i < whole; i += FL) {
            FloatVector e = expShiftedFloatLanes(FloatVector.fromMemorySegment(F, in, (off + i) * 4, ORDER), sh, shift);
            e.intoMemorySegment(out, (outOff + i) * 4, ORDER);
            low = low.add(e.convertShape(VectorOperators.F2D, D, 0));
            high = high.add(e.convertShape(VectorOperators.F2D, D, 1));
        }
        if (whole < n) {
            VectorMask<Float> live = F.indexInRange(whole, n);
            FloatVector x = FloatVector.fromMemorySegment(F, in, (off + whole) * 4, ORDER, live);
            FloatVector e = expShiftedFloatLanes(x, sh, shift).blend(0.0f, live.not());
            e.intoMemorySegment(out, (outOff + whole) * 4, ORDER, live);
            low = low.add(e.convertShape(VectorOperators.F2D, D, 0));
            high = high.add(e.convertShape(VectorOperators.F2D, D, 1));
        }
        return low.add(high).reduceLanes(VectorOperators.ADD);
    }

    /**
     * exp(x - shift) on float lanes. x - shift is carried as its rounded value plus the exact
     * rounding error (Knuth's two-sum), so the argument is exact and the result is as accurate as
     * {@link FloatExpLanes#exp(FloatVector)}; {@link FloatExp#expShifted} lane by lane, bit for
     * bit the same, when a lane's difference is outside [-87, 87] or NaN.
     */
    private static FloatVector expShiftedFloatLanes(FloatVector x, FloatVector shift, float shiftValue) {
        FloatVector hi = x.sub(shift);
        VectorMask<Float> fast = hi.abs().compare(VectorOperators.LE, FloatExpLanes.LIMIT);
        FloatVector z = hi.sub(x);
        FloatVector lo = x.sub(hi.sub(z)).add(shift.neg().sub(z));
        FloatVector y = FloatExpLanes.exp(hi, lo);
        if (fast.allTrue()) {
            return y;
        }
        float[] lanes = x.toArray();
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = FloatExp.expShifted(lanes[i], shiftValue);
        }
        return FloatVector.fromArray(F, lanes, 0);
    }

    @Override
    public void scaleFloat(MemorySegment seg, long off, long n, double factor) {
        DoubleVector f = DoubleVector.broadcast(D, factor);
        long whole = n - n % DL;
        for (long i = 0; i < whole; i += DL) {
            long at = (off + i) * 4;
            widen(seg, at).mul(f).convertShape(VectorOperators.D2F, FH, 0).intoMemorySegment(seg, at, ORDER);
        }
        for (long i = whole; i < n; i++) {
            seg.setAtIndex(ElementIO.FLOAT, off + i, (float) (seg.getAtIndex(ElementIO.FLOAT, off + i) * factor));
        }
    }

    @Override
    public boolean shiftedFloat(MemorySegment in, long off, int n, double a, double b, MemorySegment out,
                                long outOff) {
        DoubleVector va = DoubleVector.broadcast(D, a);
        DoubleVector vb = DoubleVector.broadcast(D, b);
        int whole = n - n % DL;
        for (int i = 0; i < whole; i += DL) {
            widen(in, (off + i) * 4).sub(va).sub(vb).convertShape(VectorOperators.D2F, FH, 0)
                    .intoMemorySegment(out, (outOff + i) * 4, ORDER);
        }
        for (int i = whole; i < n; i++) {
            double x = in.getAtIndex(ElementIO.FLOAT, off + i);
            out.setAtIndex(ElementIO.FLOAT, outOff + i, (float) ((x - a) - b));
        }
        return true;
    }

    @Override
    public boolean storeDividedDouble(double[] src, int n, double divisor, MemorySegment out, long off) {
        DoubleVector d = DoubleVector.broadcast(D, divisor);
        int whole = n - n % DL;
        for (int i = 0; i < whole; i += DL) {
            DoubleVector.fromArray(D, src, i).div(d).intoMemorySegment(out, (off + i) * 8, ORDER);
        }
        for (int i = whole; i < n; i++) {
            out.setAtIndex(ElementIO.DOUBLE, off + i, src[i] / divisor);
        }
        return true;
    }

    @Override
    public boolean shiftedDouble(MemorySegment in, long off, long n, double a, double b, MemorySegment out,
                                 long outOff) {
        DoubleVector va = DoubleVector.broadcast(D, a);
        DoubleVector vb = DoubleVector.broadcast(D, b);
        long whole = n - n % DL;
        for (long i = 0; i < whole; i += DL) {
            DoubleVector.fromMemorySegment(D, in, (off + i) * 8, ORDER).sub(va).sub(vb)
                    .intoMemorySegment(out, (outOff + i) * 8, ORDER);
        }
        for (long i = whole; i < n; i++) {
            out.setAtIndex(ElementIO.DOUBLE, outOff + i, (in.getAtIndex(ElementIO.DOUBLE, off + i) - a) - b);
        }
        return true;
    }

    private static DoubleVector expShiftedLanes(MemorySegment s, long byteOffset, DoubleVector shift) {
        DoubleVector x = widen(s, byteOffset).sub(shift);
        // Below -708 the scale 2^n would leave the normal range; exp is then < 2^-1021, which is
        // nothing next to the row's maximum term exp(0) = 1.
        DoubleVector e = ExpLanes.exp(x.max(-708.0).min(709.0));
        // A row whose maximum is +Inf is not shifted (log-softmax, log-sum-exp): +Inf, and any
        // value past 709, must overflow to +Inf, not stop at the clamp's e^709.
        return e.blend(0.0, x.compare(VectorOperators.LT, -708.0))
                .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, 709.0));
    }

    // ---------------------------------------------------------------- float64 exp

    private static final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
    private static final DoubleVector EXP_C2 = DoubleVector.broadcast(D, ExpDouble.C2);
    private static final DoubleVector MINUS_LN2_HI = DoubleVector.broadcast(D, -ExpDouble.LN2_HI);
    private static final DoubleVector MINUS_LN2_LO = DoubleVector.broadcast(D, -ExpDouble.LN2_LO);

    /** {@code out[i] = ExpDouble.exp(in[i])} for {@code n} (a multiple of the lane count) contiguous doubles. */
    private static void expF64(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        long end = inByte + n * 8;
        for (long ib = inByte, ob = outByte; ib < end; ib += DL * 8, ob += DL * 8) {
            expLanes(DoubleVector.fromMemorySegment(D, in, ib, ORDER)).intoMemorySegment(out, ob, ORDER);
        }
    }

    /**
     * {@link ExpDouble#exp} on float64 lanes, operation for operation, so the results are
     * bit-identical. Split in three methods, each small enough for C2 to inline into the loops
     * (one 370-byte method was not inlined, and every vector was then boxed across the call).
     */
    private static DoubleVector expLanes(DoubleVector x) {
        DoubleVector xc = x.max(ExpDouble.MIN).min(ExpDouble.MAX);
        DoubleVector shifted = xc.fma(ExpDouble.LOG2E, ExpDouble.SHIFTER);
        return expScale(expReduced(xc, shifted), shifted);
    }

    /** e^r, r = xc - n ln2, as {@link ExpDouble#exp} computes it (change both together). */
    private static DoubleVector expReduced(DoubleVector xc, DoubleVector shifted) {
        DoubleVector n = shifted.sub(ExpDouble.SHIFTER);
        DoubleVector rhi = n.fma(MINUS_LN2_HI, xc);
        DoubleVector r = n.fma(MINUS_LN2_LO, rhi);
        DoubleVector c = n.fma(MINUS_LN2_LO, rhi.sub(r));
        DoubleVector r2 = r.mul(r);
        DoubleVector r2Err = r.fma(r, r2.neg());
        DoubleVector q = r.fma(ExpDouble.Q9, ExpDouble.Q8);
        q = q.fma(r2, r.fma(ExpDouble.Q7, ExpDouble.Q6));
        q = q.fma(r2, r.fma(ExpDouble.Q5, ExpDouble.Q4));
        q = q.fma(r2, r.fma(ExpDouble.Q3, ExpDouble.Q2));
        q = q.fma(r2, r.fma(ExpDouble.Q1, ExpDouble.Q0));
        DoubleVector s = ONE.add(r);
        DoubleVector sErr = ONE.sub(s).add(r);
        DoubleVector low = r2Err.fma(EXP_C2, c.fma(r, c).add(sErr));
        DoubleVector tail = r2.fma(EXP_C2, r2.mul(r).fma(q, low));
        return s.add(tail);
    }

    /** y * 2^n in two exact steps, as {@link ExpDouble#exp} does. */
    private static DoubleVector expScale(DoubleVector y, DoubleVector shifted) {
        LongVector bits = shifted.viewAsIntegralLanes();
        LongVector half = bits.lanewise(VectorOperators.ASHR, 1L);
        return y.mul(half.add(1023L).lanewise(VectorOperators.LSHL, 52L).viewAsFloatingLanes())
                .mul(bits.sub(half).add(1023L).lanewise(VectorOperators.LSHL, 52L).viewAsFloatingLanes());
    }

    // ---------------------------------------------------------------- float32 exp

    /**
     * exp of FLOAT32 elements, a whole float vector at a time: {@link FloatExpLanes} when every
     * lane is in [-87, 87], else {@link FloatExp#exp} lane by lane; either way each result is
     * {@link FloatExp#exp} of its input, bit for bit.
     */
    private static void expF32(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        int step = FL * 4;
        long end = inByte + n * 4;
        for (long ib = inByte, ob = outByte; ib < end; ib += step, ob += step) {
            FloatVector x = FloatVector.fromMemorySegment(F, in, ib, ORDER);
            VectorMask<Float> fast = x.abs().compare(VectorOperators.LE, FloatExpLanes.LIMIT);
            FloatVector y = FloatExpLanes.exp(x);
            if (!fast.allTrue()) {
                y = expLaneByLane(x);
            }
            y.intoMemorySegment(out, ob, ORDER);
        }
    }

    /** {@link FloatExp#exp} lane by lane (vectors holding a lane outside [-87, 87] or a NaN: rare). */
    private static FloatVector expLaneByLane(FloatVector x) {
        float[] lanes = x.toArray();
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = FloatExp.exp(lanes[i]);
        }
        return FloatVector.fromArray(F, lanes, 0);
    }

    /** {@link FloatExp#inRange} on float32 lanes, operation for operation (so bit for bit). */
    private static final class FloatExpLanes {
        static final float LIMIT = FloatExp.LIMIT;

        private FloatExpLanes() {
        }

        static FloatVector exp(FloatVector x) {
            return exp(x, FloatVector.zero(F));
        }

        /** e^(x + lo) for a small correction {@code lo} (|lo| &lt;= ulp(x) / 2) of the argument. */
        static FloatVector exp(FloatVector x, FloatVector lo) {
            FloatVector shifted = x.fma(FloatExp.LOG2E, FloatExp.SHIFTER);
            FloatVector n = shifted.sub(FloatExp.SHIFTER);
            FloatVector r = n.fma(FloatVector.broadcast(F, -FloatExp.LN2_HI), x)
                    .add(n.fma(FloatVector.broadcast(F, -FloatExp.LN2_LO), lo));
            FloatVector p = r.fma(FloatExp.C7, FloatExp.C6);
            p = p.fma(r, FloatVector.broadcast(F, FloatExp.C5));
            p = p.fma(r, FloatVector.broadcast(F, FloatExp.C4));
            p = p.fma(r, FloatVector.broadcast(F, FloatExp.C3));
            p = p.fma(r, FloatVector.broadcast(F, FloatExp.C2));
            FloatVector onePlusR = r.add(1.0f);
            FloatVector lost = FloatVector.broadcast(F, 1.0f).sub(onePlusR).add(r);
            FloatVector y = onePlusR.add(r.mul(r).fma(p, lost));
            FloatVector scale = shifted.viewAsIntegralLanes().add(127)
                    .lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
            return y.mul(scale);
        }
    }

    /** Loads one double vector's worth of floats, widened. */
    private static DoubleVector widen(MemorySegment s, long byteOffset) {
        return (DoubleVector) FloatVector.fromMemorySegment(FH, s, byteOffset, ORDER)
                .convertShape(VectorOperators.F2D, D, 0);
    }

    /**
     * exp on float64 lanes for arguments in [-708, 709] (callers clamp): x = n ln2 + r with
     * n = rint(x / ln2) and |r| &lt;= ln2/2 (ln2 split in two, so r is exact to ~1e-19), then
     * 2^n times the degree-10 Taylor polynomial of e^r, whose truncation error is below 2e-12
     * relative: far below float32's 6e-8, so the float result rounded from it is the correctly
     * rounded value except within 2e-12 of a rounding boundary (never more than 1 ULP off).
     * Not accurate enough for FLOAT64 results, which use {@link Math#exp}.
     */
    private static final class ExpLanes {
        private static final double LOG2E = 1.4426950408889634;
        private static final double LN2_HI = 0.6931471803691238;
        private static final double LN2_LO = 1.9082149292705877e-10;
        /** 1.5 * 2^52: adding it rounds to an integer that then sits in the low mantissa bits. */
        private static final double SHIFTER = 6755399441055744.0;
        private static final double C2 = 1.0 / 2;
        private static final double C3 = 1.0 / 6;
        private static final double C4 = 1.0 / 24;
        private static final double C5 = 1.0 / 120;
        private static final double C6 = 1.0 / 720;
        private static final double C7 = 1.0 / 5040;
        private static final double C8 = 1.0 / 40320;
        private static final double C9 = 1.0 / 362880;
        private static final double C10 = 1.0 / 3628800;

        private ExpLanes() {
        }

        static DoubleVector exp(DoubleVector x) {
            DoubleVector shifted = x.fma(LOG2E, SHIFTER);
            DoubleVector n = shifted.sub(SHIFTER);
            DoubleVector r = n.fma(DoubleVector.broadcast(D, -LN2_HI), x)
                    .add(n.mul(-LN2_LO));
            DoubleVector p = r.fma(C10, C9);
            p = p.fma(r, DoubleVector.broadcast(D, C8));
            p = p.fma(r, DoubleVector.broadcast(D, C7));
            p = p.fma(r, DoubleVector.broadcast(D, C6));
            p = p.fma(r, DoubleVector.broadcast(D, C5));
            p = p.fma(r, DoubleVector.broadcast(D, C4));
            p = p.fma(r, DoubleVector.broadcast(D, C3));
            p = p.fma(r, DoubleVector.broadcast(D, C2));
            p = p.fma(r, DoubleVector.broadcast(D, 1.0));
            p = p.fma(r, DoubleVector.broadcast(D, 1.0));
            DoubleVector scale = shifted.viewAsIntegralLanes().add(1023L)
                    .lanewise(VectorOperators.LSHL, 52L).viewAsFloatingLanes();
            return p.mul(scale);
        }
    }

    // ---------------------------------------------------------------- matrix multiply

    /** A 6 x (2 vectors) register tile. */
    private static final class Gemm implements GemmMicroKernel {
        private static final int MR = 6;
        private static final int NR = 2 * DL;
        private static final int NRF = 2 * FL;

        /** {@link #dots}'s lanes: as many as its running sums, whatever the preferred width. */
        private static final VectorSpecies<Float> DOT_F = FloatVector.SPECIES_256;
        private static final VectorSpecies<Double> DOT_D = DoubleVector.SPECIES_256;

        /** Lane swaps (lane {@code l} takes lane {@code l ^ d}) and the lanes with bit {@code d} set, for the 8 x 8 transpose. */
        private static final VectorShuffle<Float> SWAP_F1 = VectorShuffle.fromOp(DOT_F, l -> l ^ 1);
        private static final VectorShuffle<Float> SWAP_F2 = VectorShuffle.fromOp(DOT_F, l -> l ^ 2);
        private static final VectorShuffle<Float> SWAP_F4 = VectorShuffle.fromOp(DOT_F, l -> l ^ 4);
        private static final VectorMask<Float> BIT_F1 = VectorMask.fromLong(DOT_F, 0b1010_1010);
        private static final VectorMask<Float> BIT_F2 = VectorMask.fromLong(DOT_F, 0b1100_1100);
        private static final VectorMask<Float> BIT_F4 = VectorMask.fromLong(DOT_F, 0b1111_0000);
        /** The same for the 4 x 4 FLOAT64 transpose. */
        private static final VectorShuffle<Double> SWAP_D1 = VectorShuffle.fromOp(DOT_D, l -> l ^ 1);
        private static final VectorShuffle<Double> SWAP_D2 = VectorShuffle.fromOp(DOT_D, l -> l ^ 2);
        private static final VectorMask<Double> BIT_D1 = VectorMask.fromLong(DOT_D, 0b1010);
        private static final VectorMask<Double> BIT_D2 = VectorMask.fromLong(DOT_D, 0b1100);
        /** Whether the 256-bit transposes run on native vectors (and a panel is whole 8 x 8 and 4 x 4 blocks). */
        private static final boolean TRANSPOSE = F.vectorBitSize() >= 256;

        /**
         * 8 x 8 blocks transposed in registers: 256-bit loads of 8 elements of k from 8 columns of
         * B, three stages that each swap one bit of the column number with the same bit of the
         * lane number (lane swaps and blends), eight stores of panel rows. Away from the ends of
         * the column the first stage (the halves, across 128-bit lanes) is done by the loads
         * instead: each half is read at an offset of 4 and blended (16 loads, no permutation).
         * The tail of k (below 8) goes element by element. The same bits as the scalar default;
         * only used on 256-bit or wider vectors (else the default).
         */
        @Override
        public void transposePanel(int kc, MemorySegment b, long bOff, long ldb, int cols, float[] panel) {
            if (!TRANSPOSE || cols != NRF) {
                GemmMicroKernel.super.transposePanel(kc, b, bOff, ldb, cols, panel);
                return;
            }
            int whole = kc - kc % 8;
            long step = ldb * 4;
            for (int j0 = 0; j0 < NRF; j0 += 8) {
                long at = (bOff + j0 * ldb) * 4;
                for (int p = 0; p < whole; p += 8, at += 32) {
                    FloatVector s0;
                    FloatVector s1;
                    FloatVector s2;
                    FloatVector s3;
                    FloatVector s4;
                    FloatVector s5;
                    FloatVector s6;
                    FloatVector s7;
                    if (p >= 4 && p + 12 <= kc) {
                        long hi = at + 4 * step;
                        s0 = FloatVector.fromMemorySegment(DOT_F, b, at, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi - 16, ORDER), BIT_F4);
                        s4 = FloatVector.fromMemorySegment(DOT_F, b, at + 16, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi, ORDER), BIT_F4);
                        s1 = FloatVector.fromMemorySegment(DOT_F, b, at + step, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi + step - 16, ORDER), BIT_F4);
                        s5 = FloatVector.fromMemorySegment(DOT_F, b, at + step + 16, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi + step, ORDER), BIT_F4);
                        s2 = FloatVector.fromMemorySegment(DOT_F, b, at + 2 * step, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi + 2 * step - 16, ORDER), BIT_F4);
                        s6 = FloatVector.fromMemorySegment(DOT_F, b, at + 2 * step + 16, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi + 2 * step, ORDER), BIT_F4);
                        s3 = FloatVector.fromMemorySegment(DOT_F, b, at + 3 * step, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi + 3 * step - 16, ORDER), BIT_F4);
                        s7 = FloatVector.fromMemorySegment(DOT_F, b, at + 3 * step + 16, ORDER)
                                .blend(FloatVector.fromMemorySegment(DOT_F, b, hi + 3 * step, ORDER), BIT_F4);
                    } else {
                        FloatVector r0 = FloatVector.fromMemorySegment(DOT_F, b, at, ORDER);
                        FloatVector r1 = FloatVector.fromMemorySegment(DOT_F, b, at + step, ORDER);
                        FloatVector r2 = FloatVector.fromMemorySegment(DOT_F, b, at + 2 * step, ORDER);
                        FloatVector r3 = FloatVector.fromMemorySegment(DOT_F, b, at + 3 * step, ORDER);
                        FloatVector r4 = FloatVector.fromMemorySegment(DOT_F, b, at + 4 * step, ORDER);
                        FloatVector r5 = FloatVector.fromMemorySegment(DOT_F, b, at + 5 * step, ORDER);
                        FloatVector r6 = FloatVector.fromMemorySegment(DOT_F, b, at + 6 * step, ORDER);
                        FloatVector r7 = FloatVector.fromMemorySegment(DOT_F, b, at + 7 * step, ORDER);
                        s0 = r0.blend(r4.rearrange(SWAP_F4), BIT_F4);
                        s4 = r0.rearrange(SWAP_F4).blend(r4, BIT_F4);
                        s1 = r1.blend(r5.rearrange(SWAP_F4), BIT_F4);
                        s5 = r1.rearrange(SWAP_F4).blend(r5, BIT_F4);
                        s2 = r2.blend(r6.rearrange(SWAP_F4), BIT_F4);
                        s6 = r2.rearrange(SWAP_F4).blend(r6, BIT_F4);
                        s3 = r3.blend(r7.rearrange(SWAP_F4), BIT_F4);
                        s7 = r3.rearrange(SWAP_F4).blend(r7, BIT_F4);
                    }
                    FloatVector r0 = s0.blend(s2.rearrange(SWAP_F2), BIT_F2);
                    FloatVector r2 = s0.rearrange(SWAP_F2).blend(s2, BIT_F2);
                    FloatVector r1 = s1.blend(s3.rearrange(SWAP_F2), BIT_F2);
                    FloatVector r3 = s1.rearrange(SWAP_F2).blend(s3, BIT_F2);
                    FloatVector r4 = s4.blend(s6.rearrange(SWAP_F2), BIT_F2);
                    FloatVector r6 = s4.rearrange(SWAP_F2).blend(s6, BIT_F2);
                    FloatVector r5 = s5.blend(s7.rearrange(SWAP_F2), BIT_F2);
                    FloatVector r7 = s5.rearrange(SWAP_F2).blend(s7, BIT_F2);
                    int o = p * NRF + j0;
                    r0.blend(r1.rearrange(SWAP_F1), BIT_F1).intoArray(panel, o);
                    r0.rearrange(SWAP_F1).blend(r1, BIT_F1).intoArray(panel, o + NRF);
                    r2.blend(r3.rearrange(SWAP_F1), BIT_F1).intoArray(panel, o + 2 * NRF);
                    r2.rearrange(SWAP_F1).blend(r3, BIT_F1).intoArray(panel, o + 3 * NRF);
                    r4.blend(r5.rearrange(SWAP_F1), BIT_F1).intoArray(panel, o + 4 * NRF);
                    r4.rearrange(SWAP_F1).blend(r5, BIT_F1).intoArray(panel, o + 5 * NRF);
                    r6.blend(r7.rearrange(SWAP_F1), BIT_F1).intoArray(panel, o + 6 * NRF);
                    r6.rearrange(SWAP_F1).blend(r7, BIT_F1).intoArray(panel, o + 7 * NRF);
                }
                for (int j = j0; j < j0 + 8; j++) {
                    long col = bOff + j * ldb;
                    for (int p = whole; p < kc; p++) {
                        panel[p * NRF + j] = b.getAtIndex(ElementIO.FLOAT, col + p);
                    }
                }
            }
        }

        /**
         * {@link #transposePanel(int, MemorySegment, long, long, int, float[])} in 4 x 4 FLOAT64
         * blocks, two stages, the first by offset loads away from the column's ends. (Lane
         * permutations of doubles on AVX2 are slow: this is no faster than the scalar default
         * there, measured 67 against 73 µs for (8, 784) @ w.T, but not slower.)
         */
        @Override
        public void transposePanel(int kc, MemorySegment b, long bOff, long ldb, int cols, double[] panel) {
            if (!TRANSPOSE || cols != NR) {
                GemmMicroKernel.super.transposePanel(kc, b, bOff, ldb, cols, panel);
                return;
            }
            int whole = kc - kc % 4;
            long step = ldb * 8;
            for (int j0 = 0; j0 < NR; j0 += 4) {
                long at = (bOff + j0 * ldb) * 8;
                for (int p = 0; p < whole; p += 4, at += 32) {
                    DoubleVector s0;
                    DoubleVector s1;
                    DoubleVector s2;
                    DoubleVector s3;
                    if (p >= 2 && p + 6 <= kc) {
                        long hi = at + 2 * step;
                        s0 = DoubleVector.fromMemorySegment(DOT_D, b, at, ORDER)
                                .blend(DoubleVector.fromMemorySegment(DOT_D, b, hi - 16, ORDER), BIT_D2);
                        s2 = DoubleVector.fromMemorySegment(DOT_D, b, at + 16, ORDER)
                                .blend(DoubleVector.fromMemorySegment(DOT_D, b, hi, ORDER), BIT_D2);
                        s1 = DoubleVector.fromMemorySegment(DOT_D, b, at + step, ORDER)
                                .blend(DoubleVector.fromMemorySegment(DOT_D, b, hi + step - 16, ORDER), BIT_D2);
                        s3 = DoubleVector.fromMemorySegment(DOT_D, b, at + step + 16, ORDER)
                                .blend(DoubleVector.fromMemorySegment(DOT_D, b, hi + step, ORDER), BIT_D2);
                    } else {
                        DoubleVector r0 = DoubleVector.fromMemorySegment(DOT_D, b, at, ORDER);
                        DoubleVector r1 = DoubleVector.fromMemorySegment(DOT_D, b, at + step, ORDER);
                        DoubleVector r2 = DoubleVector.fromMemorySegment(DOT_D, b, at + 2 * step, ORDER);
                        DoubleVector r3 = DoubleVector.fromMemorySegment(DOT_D, b, at + 3 * step, ORDER);
                        s0 = r0.blend(r2.rearrange(SWAP_D2), BIT_D2);
                        s2 = r0.rearrange(SWAP_D2).blend(r2, BIT_D2);
                        s1 = r1.blend(r3.rearrange(SWAP_D2), BIT_D2);
                        s3 = r1.rearrange(SWAP_D2).blend(r3, BIT_D2);
                    }
                    int o = p * NR + j0;
                    s0.blend(s1.rearrange(SWAP_D1), BIT_D1).intoArray(panel, o);
                    s0.rearrange(SWAP_D1).blend(s1, BIT_D1).intoArray(panel, o + NR);
                    s2.blend(s3.rearrange(SWAP_D1), BIT_D1).intoArray(panel, o + 2 * NR);
                    s2.rearrange(SWAP_D1).blend(s3, BIT_D1).intoArray(panel, o + 3 * NR);
                }
                for (int j = j0; j < j0 + 4; j++) {
                    long col = bOff + j * ldb;
                    for (int p = whole; p < kc; p++) {
                        panel[p * NR + j] = b.getAtIndex(ElementIO.DOUBLE, col + p);
                    }
                }
            }
        }

        @Override
        public void dots(int k, float[] a, int[] rows, MemorySegment b, long[] cols, double[] c) {
            int a0 = rows[0];
            int a1 = rows[1];
            long b0 = cols[0];
            long b1 = cols[1];
            long b2 = cols[2];
            long b3 = cols[3];
            FloatVector c00 = FloatVector.zero(DOT_F);
            FloatVector c01 = c00;
            FloatVector c02 = c00;
            FloatVector c03 = c00;
            FloatVector c10 = c00;
            FloatVector c11 = c00;
            FloatVector c12 = c00;
            FloatVector c13 = c00;
            int whole = k - k % DOT_LANES_FLOAT;
            for (int p = 0; p < whole; p += DOT_LANES_FLOAT) {
                FloatVector w0 = FloatVector.fromMemorySegment(DOT_F, b, (b0 + p) * 4, ORDER);
                FloatVector w1 = FloatVector.fromMemorySegment(DOT_F, b, (b1 + p) * 4, ORDER);
                FloatVector w2 = FloatVector.fromMemorySegment(DOT_F, b, (b2 + p) * 4, ORDER);
                FloatVector w3 = FloatVector.fromMemorySegment(DOT_F, b, (b3 + p) * 4, ORDER);
                FloatVector x = FloatVector.fromArray(DOT_F, a, a0 + p);
                c00 = x.fma(w0, c00);
                c01 = x.fma(w1, c01);
                c02 = x.fma(w2, c02);
                c03 = x.fma(w3, c03);
                x = FloatVector.fromArray(DOT_F, a, a1 + p);
                c10 = x.fma(w0, c10);
                c11 = x.fma(w1, c11);
                c12 = x.fma(w2, c12);
                c13 = x.fma(w3, c13);
            }
            float[] sums = new float[DOT_ROWS * DOT_COLS * DOT_LANES_FLOAT];
            c00.intoArray(sums, 0 * DOT_LANES_FLOAT);
            c01.intoArray(sums, 1 * DOT_LANES_FLOAT);
            c02.intoArray(sums, 2 * DOT_LANES_FLOAT);
            c03.intoArray(sums, 3 * DOT_LANES_FLOAT);
            c10.intoArray(sums, 4 * DOT_LANES_FLOAT);
            c11.intoArray(sums, 5 * DOT_LANES_FLOAT);
            c12.intoArray(sums, 6 * DOT_LANES_FLOAT);
            c13.intoArray(sums, 7 * DOT_LANES_FLOAT);
            GemmMicroKernel.finishDots(sums, k, whole, a, rows, b, cols, c);
        }

        @Override
        public void dots(int k, double[] a, int[] rows, MemorySegment b, long[] cols, double[] c) {
            int a0 = rows[0];
            int a1 = rows[1];
            long b0 = cols[0];
            long b1 = cols[1];
            long b2 = cols[2];
            long b3 = cols[3];
            DoubleVector c00 = DoubleVector.zero(DOT_D);
            DoubleVector c01 = c00;
            DoubleVector c02 = c00;
            DoubleVector c03 = c00;
            DoubleVector c10 = c00;
            DoubleVector c11 = c00;
            DoubleVector c12 = c00;
            DoubleVector c13 = c00;
            int whole = k - k % DOT_LANES_DOUBLE;
            for (int p = 0; p < whole; p += DOT_LANES_DOUBLE) {
                DoubleVector w0 = DoubleVector.fromMemorySegment(DOT_D, b, (b0 + p) * 8, ORDER);
                DoubleVector w1 = DoubleVector.fromMemorySegment(DOT_D, b, (b1 + p) * 8, ORDER);
                DoubleVector w2 = DoubleVector.fromMemorySegment(DOT_D, b, (b2 + p) * 8, ORDER);
                DoubleVector w3 = DoubleVector.fromMemorySegment(DOT_D, b, (b3 + p) * 8, ORDER);
                DoubleVector x = DoubleVector.fromArray(DOT_D, a, a0 + p);
                c00 = x.fma(w0, c00);
                c01 = x.fma(w1, c01);
                c02 = x.fma(w2, c02);
                c03 = x.fma(w3, c03);
                x = DoubleVector.fromArray(DOT_D, a, a1 + p);
                c10 = x.fma(w0, c10);
                c11 = x.fma(w1, c11);
                c12 = x.fma(w2, c12);
                c13 = x.fma(w3, c13);
            }
            double[] sums = new double[DOT_ROWS * DOT_COLS * DOT_LANES_DOUBLE];
            c00.intoArray(sums, 0 * DOT_LANES_DOUBLE);
            c01.intoArray(sums, 1 * DOT_LANES_DOUBLE);
            c02.intoArray(sums, 2 * DOT_LANES_DOUBLE);
            c03.intoArray(sums, 3 * DOT_LANES_DOUBLE);
            c10.intoArray(sums, 4 * DOT_LANES_DOUBLE);
            c11.intoArray(sums, 5 * DOT_LANES_DOUBLE);
            c12.intoArray(sums, 6 * DOT_LANES_DOUBLE);
            c13.intoArray(sums, 7 * DOT_LANES_DOUBLE);
            GemmMicroKernel.finishDots(sums, k, whole, a, rows, b, cols, c);
        }

        @Override
        public int mr() {
            return MR;
        }

        @Override
        public int nr() {
            return NR;
        }

        @Override
        public void multiply(int kc, double[] a, int aOff, double[] b, int bOff, double[] c) {
            DoubleVector c00 = DoubleVector.zero(D);
            DoubleVector c01 = c00;
            DoubleVector c10 = c00;
            DoubleVector c11 = c00;
            DoubleVector c20 = c00;
            DoubleVector c21 = c00;
            DoubleVector c30 = c00;
            DoubleVector c31 = c00;
            DoubleVector c40 = c00;
            DoubleVector c41 = c00;
            DoubleVector c50 = c00;
            DoubleVector c51 = c00;
            int ai = aOff;
            int bi = bOff;
            for (int p = 0; p < kc; p++, ai += MR, bi += NR) {
                DoubleVector b0 = DoubleVector.fromArray(D, b, bi);
                DoubleVector b1 = DoubleVector.fromArray(D, b, bi + DL);
                DoubleVector x = DoubleVector.broadcast(D, a[ai]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = DoubleVector.broadcast(D, a[ai + 1]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = DoubleVector.broadcast(D, a[ai + 2]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = DoubleVector.broadcast(D, a[ai + 3]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = DoubleVector.broadcast(D, a[ai + 4]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = DoubleVector.broadcast(D, a[ai + 5]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, 0);
            c01.intoArray(c, DL);
            c10.intoArray(c, NR);
            c11.intoArray(c, NR + DL);
            c20.intoArray(c, 2 * NR);
            c21.intoArray(c, 2 * NR + DL);
            c30.intoArray(c, 3 * NR);
            c31.intoArray(c, 3 * NR + DL);
            c40.intoArray(c, 4 * NR);
            c41.intoArray(c, 4 * NR + DL);
            c50.intoArray(c, 5 * NR);
            c51.intoArray(c, 5 * NR + DL);
        }

        @Override
        public void multiplyRows(int kc, double[] a, int aOff, int lda, double[] b, int bOff, double[] c) {
            DoubleVector c00 = DoubleVector.zero(D);
            DoubleVector c01 = c00;
            DoubleVector c10 = c00;
            DoubleVector c11 = c00;
            DoubleVector c20 = c00;
            DoubleVector c21 = c00;
            DoubleVector c30 = c00;
            DoubleVector c31 = c00;
            DoubleVector c40 = c00;
            DoubleVector c41 = c00;
            DoubleVector c50 = c00;
            DoubleVector c51 = c00;
            int a1 = aOff + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            int a4 = a3 + lda;
            int a5 = a4 + lda;
            int bi = bOff;
            for (int p = 0; p < kc; p++, bi += NR) {
                DoubleVector b0 = DoubleVector.fromArray(D, b, bi);
                DoubleVector b1 = DoubleVector.fromArray(D, b, bi + DL);
                DoubleVector x = DoubleVector.broadcast(D, a[aOff + p]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = DoubleVector.broadcast(D, a[a1 + p]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = DoubleVector.broadcast(D, a[a2 + p]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = DoubleVector.broadcast(D, a[a3 + p]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = DoubleVector.broadcast(D, a[a4 + p]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = DoubleVector.broadcast(D, a[a5 + p]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, 0);
            c01.intoArray(c, DL);
            c10.intoArray(c, NR);
            c11.intoArray(c, NR + DL);
            c20.intoArray(c, 2 * NR);
            c21.intoArray(c, 2 * NR + DL);
            c30.intoArray(c, 3 * NR);
            c31.intoArray(c, 3 * NR + DL);
            c40.intoArray(c, 4 * NR);
            c41.intoArray(c, 4 * NR + DL);
            c50.intoArray(c, 5 * NR);
            c51.intoArray(c, 5 * NR + DL);
        }

        @Override
        public int nrFloat() {
            return NRF;
        }

        @Override
        public void multiply(int kc, float[] a, int aOff, float[] b, int bOff, float[] c) {
            FloatVector c00 = FloatVector.zero(F);
            FloatVector c01 = c00;
            FloatVector c10 = c00;
            FloatVector c11 = c00;
            FloatVector c20 = c00;
            FloatVector c21 = c00;
            FloatVector c30 = c00;
            FloatVector c31 = c00;
            FloatVector c40 = c00;
            FloatVector c41 = c00;
            FloatVector c50 = c00;
            FloatVector c51 = c00;
            int ai = aOff;
            int bi = bOff;
            for (int p = 0; p < kc; p++, ai += MR, bi += NRF) {
                FloatVector b0 = FloatVector.fromArray(F, b, bi);
                FloatVector b1 = FloatVector.fromArray(F, b, bi + FL);
                FloatVector x = FloatVector.broadcast(F, a[ai]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = FloatVector.broadcast(F, a[ai + 1]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = FloatVector.broadcast(F, a[ai + 2]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = FloatVector.broadcast(F, a[ai + 3]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = FloatVector.broadcast(F, a[ai + 4]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = FloatVector.broadcast(F, a[ai + 5]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, 0);
            c01.intoArray(c, FL);
            c10.intoArray(c, NRF);
            c11.intoArray(c, NRF + FL);
            c20.intoArray(c, 2 * NRF);
            c21.intoArray(c, 2 * NRF + FL);
            c30.intoArray(c, 3 * NRF);
            c31.intoArray(c, 3 * NRF + FL);
            c40.intoArray(c, 4 * NRF);
            c41.intoArray(c, 4 * NRF + FL);
            c50.intoArray(c, 5 * NRF);
            c51.intoArray(c, 5 * NRF + FL);
        }

        @Override
        public void multiplyRows(int kc, float[] a, int aOff, int lda, float[] b, int bOff, float[] c) {
            FloatVector c00 = FloatVector.zero(F);
            FloatVector c01 = c00;
            FloatVector c10 = c00;
            FloatVector c11 = c00;
            FloatVector c20 = c00;
            FloatVector c21 = c00;
            FloatVector c30 = c00;
            FloatVector c31 = c00;
            FloatVector c40 = c00;
            FloatVector c41 = c00;
            FloatVector c50 = c00;
            FloatVector c51 = c00;
            int a1 = aOff + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            int a4 = a3 + lda;
            int a5 = a4 + lda;
            int bi = bOff;
            for (int p = 0; p < kc; p++, bi += NRF) {
                FloatVector b0 = FloatVector.fromArray(F, b, bi);
                FloatVector b1 = FloatVector.fromArray(F, b, bi + FL);
                FloatVector x = FloatVector.broadcast(F, a[aOff + p]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = FloatVector.broadcast(F, a[a1 + p]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = FloatVector.broadcast(F, a[a2 + p]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = FloatVector.broadcast(F, a[a3 + p]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = FloatVector.broadcast(F, a[a4 + p]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = FloatVector.broadcast(F, a[a5 + p]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, 0);
            c01.intoArray(c, FL);
            c10.intoArray(c, NRF);
            c11.intoArray(c, NRF + FL);
            c20.intoArray(c, 2 * NRF);
            c21.intoArray(c, 2 * NRF + FL);
            c30.intoArray(c, 3 * NRF);
            c31.intoArray(c, 3 * NRF + FL);
            c40.intoArray(c, 4 * NRF);
            c41.intoArray(c, 4 * NRF + FL);
            c50.intoArray(c, 5 * NRF);
            c51.intoArray(c, 5 * NRF + FL);
        }

        @Override
        public void multiplyRows(int kc, double[] a, int aOff, int lda, MemorySegment b, long bOff, long ldb,
                                 double[] c) {
            DoubleVector c00 = DoubleVector.zero(D);
            DoubleVector c01 = c00;
            DoubleVector c10 = c00;
            DoubleVector c11 = c00;
            DoubleVector c20 = c00;
            DoubleVector c21 = c00;
            DoubleVector c30 = c00;
            DoubleVector c31 = c00;
            DoubleVector c40 = c00;
            DoubleVector c41 = c00;
            DoubleVector c50 = c00;
            DoubleVector c51 = c00;
            int a1 = aOff + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            int a4 = a3 + lda;
            int a5 = a4 + lda;
            long bi = bOff * 8;
            long step = ldb * 8;
            for (int p = 0; p < kc; p++, bi += step) {
                DoubleVector b0 = DoubleVector.fromMemorySegment(D, b, bi, ORDER);
                DoubleVector b1 = DoubleVector.fromMemorySegment(D, b, bi + DL * 8L, ORDER);
                DoubleVector x = DoubleVector.broadcast(D, a[aOff + p]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = DoubleVector.broadcast(D, a[a1 + p]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = DoubleVector.broadcast(D, a[a2 + p]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = DoubleVector.broadcast(D, a[a3 + p]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = DoubleVector.broadcast(D, a[a4 + p]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = DoubleVector.broadcast(D, a[a5 + p]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, 0);
            c01.intoArray(c, DL);
            c10.intoArray(c, NR);
            c11.intoArray(c, NR + DL);
            c20.intoArray(c, 2 * NR);
            c21.intoArray(c, 2 * NR + DL);
            c30.intoArray(c, 3 * NR);
            c31.intoArray(c, 3 * NR + DL);
            c40.intoArray(c, 4 * NR);
            c41.intoArray(c, 4 * NR + DL);
            c50.intoArray(c, 5 * NR);
            c51.intoArray(c, 5 * NR + DL);
        }

        @Override
        public void multiplyRows(int kc, float[] a, int aOff, int lda, MemorySegment b, long bOff, long ldb,
                                 float[] c) {
            FloatVector c00 = FloatVector.zero(F);
            FloatVector c01 = c00;
            FloatVector c10 = c00;
            FloatVector c11 = c00;
            FloatVector c20 = c00;
            FloatVector c21 = c00;
            FloatVector c30 = c00;
            FloatVector c31 = c00;
            FloatVector c40 = c00;
            FloatVector c41 = c00;
            FloatVector c50 = c00;
            FloatVector c51 = c00;
            int a1 = aOff + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            int a4 = a3 + lda;
            int a5 = a4 + lda;
            long bi = bOff * 4;
            long step = ldb * 4;
            for (int p = 0; p < kc; p++, bi += step) {
                FloatVector b0 = FloatVector.fromMemorySegment(F, b, bi, ORDER);
                FloatVector b1 = FloatVector.fromMemorySegment(F, b, bi + FL * 4L, ORDER);
                FloatVector x = FloatVector.broadcast(F, a[aOff + p]);
                c00 = x.fma(b0, c00);
                c01 = x.fma(b1, c01);
                x = FloatVector.broadcast(F, a[a1 + p]);
                c10 = x.fma(b0, c10);
                c11 = x.fma(b1, c11);
                x = FloatVector.broadcast(F, a[a2 + p]);
                c20 = x.fma(b0, c20);
                c21 = x.fma(b1, c21);
                x = FloatVector.broadcast(F, a[a3 + p]);
                c30 = x.fma(b0, c30);
                c31 = x.fma(b1, c31);
                x = FloatVector.broadcast(F, a[a4 + p]);
                c40 = x.fma(b0, c40);
                c41 = x.fma(b1, c41);
                x = FloatVector.broadcast(F, a[a5 + p]);
                c50 = x.fma(b0, c50);
                c51 = x.fma(b1, c51);
            }
            c00.intoArray(c, 0);
            c01.intoArray(c, FL);
            c10.intoArray(c, NRF);
            c11.intoArray(c, NRF + FL);
            c20.intoArray(c, 2 * NRF);
            c21.intoArray(c, 2 * NRF + FL);
            c30.intoArray(c, 3 * NRF);
            c31.intoArray(c, 3 * NRF + FL);
            c40.intoArray(c, 4 * NRF);
            c41.intoArray(c, 4 * NRF + FL);
            c50.intoArray(c, 5 * NRF);
            c51.intoArray(c, 5 * NRF + FL);
        }

        /** Whole-width rows on vectors (the same additions as the scalar default). */
        @Override
        public void store(double[] tile, int rows, int cols, MemorySegment c, long offset, long rowStride,
                          boolean first) {
            if (cols != NR) {
                GemmMicroKernel.super.store(tile, rows, cols, c, offset, rowStride, first);
                return;
            }
            for (int r = 0; r < rows; r++) {
                long at = (offset + r * rowStride) * 8;
                for (int h = 0; h < NR; h += DL, at += DL * 8L) {
                    DoubleVector v = DoubleVector.fromArray(D, tile, r * NR + h);
                    if (!first) {
                        v = DoubleVector.fromMemorySegment(D, c, at, ORDER).add(v);
                    }
                    v.intoMemorySegment(c, at, ORDER);
                }
            }
        }

        /** Whole-width rows on vectors (the same float additions as the scalar default). */
        @Override
        public void store(float[] tile, int rows, int cols, MemorySegment c, long offset, long rowStride,
                          boolean first) {
            if (cols != NRF) {
                GemmMicroKernel.super.store(tile, rows, cols, c, offset, rowStride, first);
                return;
            }
            for (int r = 0; r < rows; r++) {
                long at = (offset + r * rowStride) * 4;
                for (int h = 0; h < NRF; h += FL, at += FL * 4L) {
                    FloatVector v = FloatVector.fromArray(F, tile, r * NRF + h);
                    if (!first) {
                        v = FloatVector.fromMemorySegment(F, c, at, ORDER).add(v);
                    }
                    v.intoMemorySegment(c, at, ORDER);
                }
            }
        }
    }

    /**
     * Matrix-vector kernels on 256-bit double lanes (FLOAT32 is widened on load): four vectors
     * hold the {@value GemvKernel#LANES} running sums of {@link #dot}, and {@link #columns} keeps
     * four consecutive rows per vector. Both evaluate exactly {@link GemvKernel.Scalar}'s
     * operations.
     */
    private static final class Gemv implements GemvKernel {

        @Override
        public double dot(MemorySegment a, long aOff, MemorySegment b, long bOff, DType type, int n) {
            boolean f32 = type == DType.FLOAT32;
            long w = type.byteSize();
            int whole = n - n % LANES;
            DoubleVector s0 = DoubleVector.zero(D4);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            long ab = aOff * w;
            long bb = bOff * w;
            long step = 4 * w;
            if (f32) {
                for (int i = 0; i < whole; i += LANES, ab += 4 * step, bb += 4 * step) {
                    s0 = load4(a, true, ab).fma(load4(b, true, bb), s0);
                    s1 = load4(a, true, ab + step).fma(load4(b, true, bb + step), s1);
                    s2 = load4(a, true, ab + 2 * step).fma(load4(b, true, bb + 2 * step), s2);
                    s3 = load4(a, true, ab + 3 * step).fma(load4(b, true, bb + 3 * step), s3);
                }
            } else {
                for (int i = 0; i < whole; i += LANES, ab += 4 * step, bb += 4 * step) {
                    s0 = DoubleVector.fromMemorySegment(D4, a, ab, ORDER)
                            .fma(DoubleVector.fromMemorySegment(D4, b, bb, ORDER), s0);
                    s1 = DoubleVector.fromMemorySegment(D4, a, ab + step, ORDER)
                            .fma(DoubleVector.fromMemorySegment(D4, b, bb + step, ORDER), s1);
                    s2 = DoubleVector.fromMemorySegment(D4, a, ab + 2 * step, ORDER)
                            .fma(DoubleVector.fromMemorySegment(D4, b, bb + 2 * step, ORDER), s2);
                    s3 = DoubleVector.fromMemorySegment(D4, a, ab + 3 * step, ORDER)
                            .fma(DoubleVector.fromMemorySegment(D4, b, bb + 3 * step, ORDER), s3);
                }
            }
            double[] lanes = new double[LANES];
            s0.intoArray(lanes, 0);
            s1.intoArray(lanes, 4);
            s2.intoArray(lanes, 8);
            s3.intoArray(lanes, 12);
            return GemvKernel.finishDot(lanes, a, aOff, b, bOff, type, whole, n);
        }

        @Override
        public void columns(MemorySegment m, DType type, long off, long colStride, double[] x, int xPos, int cols,
                            double[] acc, int len) {
            boolean f32 = type == DType.FLOAT32;
            long w = type.byteSize();
            int whole = len - len % 4;
            int q = 0;
            for (; q + 4 <= cols; q += 4) {
                double x0 = x[xPos + q];
                double x1 = x[xPos + q + 1];
                double x2 = x[xPos + q + 2];
                double x3 = x[xPos + q + 3];
                DoubleVector v0 = DoubleVector.broadcast(D4, x0);
                DoubleVector v1 = DoubleVector.broadcast(D4, x1);
                DoubleVector v2 = DoubleVector.broadcast(D4, x2);
                DoubleVector v3 = DoubleVector.broadcast(D4, x3);
                long e0 = off + q * colStride;
                long e1 = e0 + colStride;
                long e2 = e1 + colStride;
                long e3 = e2 + colStride;
                for (int j = 0; j < whole; j += 4) {
                    DoubleVector c = DoubleVector.fromArray(D4, acc, j);
                    c = load4(m, f32, (e0 + j) * w).fma(v0, c);
                    c = load4(m, f32, (e1 + j) * w).fma(v1, c);
                    c = load4(m, f32, (e2 + j) * w).fma(v2, c);
                    c = load4(m, f32, (e3 + j) * w).fma(v3, c);
                    c.intoArray(acc, j);
                }
                for (int j = whole; j < len; j++) {
                    double c = Math.fma(read(m, f32, (e0 + j) * w), x0, acc[j]);
                    c = Math.fma(read(m, f32, (e1 + j) * w), x1, c);
                    c = Math.fma(read(m, f32, (e2 + j) * w), x2, c);
                    acc[j] = Math.fma(read(m, f32, (e3 + j) * w), x3, c);
                }
            }
            for (; q < cols; q++) {
                double xq = x[xPos + q];
                DoubleVector v = DoubleVector.broadcast(D4, xq);
                long e = off + q * colStride;
                for (int j = 0; j < whole; j += 4) {
                    load4(m, f32, (e + j) * w).fma(v, DoubleVector.fromArray(D4, acc, j)).intoArray(acc, j);
                }
                for (int j = whole; j < len; j++) {
                    acc[j] = Math.fma(read(m, f32, (e + j) * w), xq, acc[j]);
                }
            }
        }
    }
}
