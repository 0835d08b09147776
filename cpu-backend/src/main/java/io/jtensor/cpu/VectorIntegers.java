package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.cpu.VectorSimd.BinaryLoop;
import io.jtensor.cpu.VectorSimd.UnaryLoop;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The integer element-wise ops and reductions of {@link VectorSimd} on byte, short, int and long
 * lanes, all exact two's-complement wrapping arithmetic, so the results are those of
 * {@link LongOps} and {@link LongAccumulators} bit for bit. The types computed in a wider type and
 * stored wrapped (INT8, UINT8, INT16, UINT16 in int32; UINT32 in int64) run on lanes of their own
 * width: wrapping addition, subtraction, multiplication, negation and the bitwise ops give the
 * same low bits either way, and maximum, minimum and the comparisons (unsigned for the unsigned
 * types) the same result when a scalar operand lies within the type (otherwise they are declined);
 * the absolute value of an unsigned type is a copy.
 *
 * <p>Element-wise tails go through {@link VectorSimd#unaryLanes} and {@link VectorSimd#binaryLanes}
 * (a zero-padded scratch vector through the same lane code). Comparisons store BOOL bytes: byte
 * lanes blend ones into zeros, short, int and long lanes (256-bit vectors: the preferred sizes,
 * at least 256 bits, are multiples of them) look each eight-lane mask up in a table of the 256
 * eight-byte patterns. Each op on each lane width is a method of its own, reached through a table:
 * with one method per width switching on the op, C2 compiled every op of that width into one
 * large method (33-35 KB of code, 1.0 to 1.8 s to compile on a loaded machine) that the first call
 * of an op not seen before deoptimised, so for seconds after each new op every op of that width
 * ran in the interpreter or C1 code (1M uint16 {@code maximum} called 200 times after
 * {@code add}: a median of 5.8 ms over calls 101 to 200, 0.19 ms now; cpu-backend/PERFORMANCE.md, "Integer ops on
 * vector lanes"); with one loop switched on the op inside, every op after the first three a JVM
 * ran took twice as long for good. INT64 maximum, minimum and absolute value are a compare and a
 * blend (AVX2 has no 64-bit max, min or abs instruction).
 */
final class VectorIntegers {

    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    /** Int and long comparisons run on 256-bit vectors: 8 int lanes give one 8-byte store of BOOLs, 4 long lanes a 4-byte one. */
    private static final VectorSpecies<Integer> I8 = IntVector.SPECIES_256;
    private static final VectorSpecies<Long> L4 = LongVector.SPECIES_256;
    /** Short comparisons: 16 lanes, two 8-byte stores of BOOLs. */
    private static final VectorSpecies<Short> S16 = ShortVector.SPECIES_256;
    /** Ints that widen to one full long vector. */
    private static final VectorSpecies<Integer> IH = VectorSpecies.of(int.class,
            VectorShape.forBitSize(L.vectorBitSize() / 2));
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_PREFERRED;
    private static final int IL = I.length();
    private static final int LL = L.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    static final ValueLayout.OfLong BOOLS_8 =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt BOOLS_4 =
            ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Entry m: eight BOOL bytes, little-endian, byte k being bit k of m. */
    static final long[] BOOL_BYTES = new long[256];
    private static final ByteVector BYTE_FALSE = ByteVector.zero(B);
    private static final ByteVector BYTE_TRUE = ByteVector.broadcast(B, (byte) 1);

    static {
        for (int m = 0; m < 256; m++) {
            for (int k = 0; k < 8; k++) {
                BOOL_BYTES[m] |= (long) ((m >>> k) & 1) << (8 * k);
            }
        }
    }

    private static final int ADD = 0;
    private static final int SUB = 1;
    private static final int MUL = 2;
    private static final int MAX = 3;
    private static final int MIN = 4;
    private static final int AND = 5;
    private static final int OR = 6;
    private static final int XOR = 7;
    /** Maximum and minimum of the unsigned types. */
    private static final int UMAX = 8;
    private static final int UMIN = 9;
    /** The first comparison: codes from here on give BOOL. */
    private static final int EQ = 10;
    private static final int NE = 11;
    private static final int LT = 12;
    private static final int LE = 13;
    private static final int GT = 14;
    private static final int GE = 15;
    /** The order comparisons of the unsigned types. */
    private static final int ULT = 16;
    private static final int ULE = 17;
    private static final int UGT = 18;
    private static final int UGE = 19;

    private static final int NEG = 0;
    private static final int ABS = 1;
    private static final int SQUARE = 2;
    private static final int NOT = 3;

    /** The binary lane loops by lane width (byte, short, int, long) and op code; null where a width has none. */
    private static final BinaryLoop[][] BINARY_LOOPS = {
        {VectorIntegers::addB, VectorIntegers::subB, VectorIntegers::mulB, VectorIntegers::maxB,
            VectorIntegers::minB, VectorIntegers::andB, VectorIntegers::orB, VectorIntegers::xorB,
            VectorIntegers::umaxB, VectorIntegers::uminB, VectorIntegers::eqB, VectorIntegers::neB,
            VectorIntegers::ltB, VectorIntegers::leB, VectorIntegers::gtB, VectorIntegers::geB,
            VectorIntegers::ultB, VectorIntegers::uleB, VectorIntegers::ugtB, VectorIntegers::ugeB},
        {VectorIntegers::addS, VectorIntegers::subS, VectorIntegers::mulS, VectorIntegers::maxS,
            VectorIntegers::minS, VectorIntegers::andS, VectorIntegers::orS, VectorIntegers::xorS,
            VectorIntegers::umaxS, VectorIntegers::uminS, VectorIntegers::eqS, VectorIntegers::neS,
            VectorIntegers::ltS, VectorIntegers::leS, VectorIntegers::gtS, VectorIntegers::geS,
            VectorIntegers::ultS, VectorIntegers::uleS, VectorIntegers::ugtS, VectorIntegers::ugeS},
        {VectorIntegers::addI, VectorIntegers::subI, VectorIntegers::mulI, VectorIntegers::maxI,
            VectorIntegers::minI, VectorIntegers::andI, VectorIntegers::orI, VectorIntegers::xorI,
            VectorIntegers::umaxI, VectorIntegers::uminI, VectorIntegers::eqI, VectorIntegers::neI,
            VectorIntegers::ltI, VectorIntegers::leI, VectorIntegers::gtI, VectorIntegers::geI,
            VectorIntegers::ultI, VectorIntegers::uleI, VectorIntegers::ugtI, VectorIntegers::ugeI},
        {VectorIntegers::addL, VectorIntegers::subL, VectorIntegers::mulL, VectorIntegers::maxL,
            VectorIntegers::minL, VectorIntegers::andL, VectorIntegers::orL, VectorIntegers::xorL,
            null, null, VectorIntegers::eqL, VectorIntegers::neL,
            VectorIntegers::ltL, VectorIntegers::leL, VectorIntegers::gtL, VectorIntegers::geL,
            null, null, null, null}};

    /** The unary lane loops by lane width (byte, short, int, long) and op code. */
    private static final UnaryLoop[][] UNARY_LOOPS = {
        {VectorIntegers::negB, VectorIntegers::absB, VectorIntegers::squareB, VectorIntegers::notB},
        {VectorIntegers::negS, VectorIntegers::absS, VectorIntegers::squareS, VectorIntegers::notS},
        {VectorIntegers::negI, VectorIntegers::absI, VectorIntegers::squareI, VectorIntegers::notI},
        {VectorIntegers::negL, VectorIntegers::absL, VectorIntegers::squareL, VectorIntegers::notL}};

    private VectorIntegers() {
    }

    /** The row of the loop tables for {@code type}'s lanes. */
    private static int widthIndex(DType type) {
        return Integer.numberOfTrailingZeros(type.byteSize());
    }

    private static int lanes(DType type) {
        return switch (type.byteSize()) {
            case 1 -> B.length();
            case 2 -> S.length();
            case 4 -> IL;
            default -> LL;
        };
    }

    private static int binaryCode(BinaryOp op) {
        return switch (op) {
            case ADD -> ADD;
            case SUBTRACT -> SUB;
            case MULTIPLY -> MUL;
            case MAXIMUM, FMAX -> MAX;
            case MINIMUM, FMIN -> MIN;
            case BITWISE_AND -> AND;
            case BITWISE_OR -> OR;
            case BITWISE_XOR -> XOR;
            case EQUAL -> EQ;
            case NOT_EQUAL -> NE;
            case LESS -> LT;
            case LESS_EQUAL -> LE;
            case GREATER -> GT;
            case GREATER_EQUAL -> GE;
            default -> -1;
        };
    }

    private static int unaryCode(UnaryOp op) {
        return switch (op) {
            case NEGATIVE -> NEG;
            case ABS -> ABS;
            case SQUARE -> SQUARE;
            case INVERT -> NOT;
            default -> -1;
        };
    }

    /** {@link Simd#integerUnary}. */
    static boolean unary(UnaryOp op, DType type, MemorySegment in, long inOff, MemorySegment out, long outOff,
                         long n) {
        int code = unaryCode(op);
        boolean supported = code >= 0 && type.isInteger();
        if (!supported || n == 0) {
            return supported;
        }
        int width = type.byteSize();
        if (code == ABS && type.isUnsigned()) {
            MemorySegment.copy(in, inOff * width, out, outOff * width, n * width);
        } else {
            VectorSimd.unaryLanes(UNARY_LOOPS[widthIndex(type)][code], lanes(type), width, in, inOff, out, outOff, n);
        }
        return true;
    }

    /** {@link Simd#integerBinary}. */
    static boolean binary(BinaryOp op, DType type, MemorySegment a, long aOff, long aScalar, MemorySegment b,
                          long bOff, long bScalar, MemorySegment out, long outOff, long n) {
        int code = laneCode(op, type, (a != null || type.holds(aScalar)) && (b != null || type.holds(bScalar)));
        if (code < 0 || n == 0) {
            return code >= 0;
        }
        int lanes = lanes(type);
        int width = type.byteSize();
        MemorySegment aSplat = a == null ? splat(VectorSimd.slot(0), type, aScalar, lanes) : null;
        MemorySegment bSplat = b == null ? splat(VectorSimd.slot(1), type, bScalar, lanes) : null;
        VectorSimd.binaryLanes(BINARY_LOOPS[widthIndex(type)][code], lanes, width, code >= EQ ? 1 : width, a, aOff,
                aSplat, b, bOff, bSplat, out, outOff, n);
        return true;
    }

    /**
     * The lane loop for {@code op} on {@code type}, or -1 when it is not vectorised. INT32 and
     * INT64 compute in themselves; the types computed wider take the unsigned maximum, minimum and
     * order comparisons when unsigned, and those and the equality comparisons only with scalars
     * within the type ({@code scalarsInRange}; beyond it, a scalar keeps its wider value, which
     * lanes of the type cannot hold).
     */
    private static int laneCode(BinaryOp op, DType type, boolean scalarsInRange) {
        int code = binaryCode(op);
        if (code < 0 || !type.isInteger()) {
            return -1;
        }
        if (type == type.computeType() || !(code == MAX || code == MIN || code >= EQ)) {
            return code;
        }
        if (!scalarsInRange) {
            return -1;
        }
        if (!type.isUnsigned()) {
            return code;
        }
        return switch (code) {
            case MAX -> UMAX;
            case MIN -> UMIN;
            case LT -> ULT;
            case LE -> ULE;
            case GT -> UGT;
            case GE -> UGE;
            default -> code;
        };
    }

    /** {@code lanes} copies of {@code value}, wrapped to {@code type}. */
    private static MemorySegment splat(MemorySegment slot, DType type, long value, int lanes) {
        for (int i = 0; i < lanes; i++) {
            ElementIO.writeLong(slot, type, i, value);
        }
        return slot;
    }

    /** Sixteen BOOL bytes from the low 16 bits of a mask. */
    private static void storeBools16(MemorySegment out, long at, long mask) {
        out.set(BOOLS_8, at, BOOL_BYTES[(int) mask & 0xff]);
        out.set(BOOLS_8, at + 8, BOOL_BYTES[(int) (mask >>> 8) & 0xff]);
    }

    // ---------------------------------------------------------------- byte lanes

    private static void addB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.add(y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void subB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.sub(y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void mulB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.mul(y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void maxB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.max(y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void minB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.min(y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void andB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.and(y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void orB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.or(y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void xorB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void umaxB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                              MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.UMAX, y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void uminB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                              MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.UMIN, y).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void eqB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.EQ, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void neB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.NE, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void ltB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.LT, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void leB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.LE, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void gtB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.GT, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void geB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.GE, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void ultB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.ULT, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void uleB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.ULE, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void ugtB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.UGT, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void ugeB(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
            ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
            VectorMask<Byte> m = x.compare(VectorOperators.UGE, y);
            BYTE_FALSE.blend(BYTE_TRUE, m).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    // ---------------------------------------------------------------- short lanes

    private static void addS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.add(y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void subS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.sub(y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void mulS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.mul(y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void maxS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.max(y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void minS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.min(y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void andS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.and(y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void orS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.or(y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void xorS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void umaxS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                              MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.UMAX, y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void uminS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                              MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.UMIN, y).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void eqS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.EQ, y).toLong());
        }
    }

    private static void neS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.NE, y).toLong());
        }
    }

    private static void ltS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.LT, y).toLong());
        }
    }

    private static void leS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.LE, y).toLong());
        }
    }

    private static void gtS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.GT, y).toLong());
        }
    }

    private static void geS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.GE, y).toLong());
        }
    }

    private static void ultS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.ULT, y).toLong());
        }
    }

    private static void uleS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.ULE, y).toLong());
        }
    }

    private static void ugtS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.UGT, y).toLong());
        }
    }

    private static void ugeS(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 16) {
            ShortVector x = ShortVector.fromMemorySegment(S16, a, aByte + i * aStep, ORDER);
            ShortVector y = ShortVector.fromMemorySegment(S16, b, bByte + i * bStep, ORDER);
            storeBools16(out, outByte + i, x.compare(VectorOperators.UGE, y).toLong());
        }
    }

    // ---------------------------------------------------------------- int lanes

    private static void addI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.add(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void subI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.sub(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void mulI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.mul(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void maxI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.max(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void minI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.min(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void andI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.and(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void orI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.or(y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void xorI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void umaxI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                              MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.UMAX, y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void uminI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                              MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.UMIN, y).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void eqI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.EQ, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void neI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.NE, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void ltI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LT, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void leI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LE, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void gtI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GT, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void geI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GE, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void ultI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.ULT, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void uleI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.ULE, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void ugtI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.UGT, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    private static void ugeI(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
            IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.UGE, y).toLong();
            out.set(BOOLS_8, outByte + i, BOOL_BYTES[m]);
        }
    }

    // ---------------------------------------------------------------- long lanes

    private static void addL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            x.add(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void subL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            x.sub(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void mulL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            x.mul(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void maxL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            y.blend(x, x.compare(VectorOperators.GT, y)).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void minL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            y.blend(x, x.compare(VectorOperators.LT, y)).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void andL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            x.and(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void orL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            x.or(y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void xorL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                             MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
            x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void eqL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.EQ, y).toLong();
            out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[m]);
        }
    }

    private static void neL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.NE, y).toLong();
            out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[m]);
        }
    }

    private static void ltL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LT, y).toLong();
            out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[m]);
        }
    }

    private static void leL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LE, y).toLong();
            out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[m]);
        }
    }

    private static void gtL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GT, y).toLong();
            out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[m]);
        }
    }

    private static void geL(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
            LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GE, y).toLong();
            out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[m]);
        }
    }

    private static void negB(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
            x.neg().intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void absB(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
            x.abs().intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void squareB(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
            x.mul(x).intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void notB(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += B.length()) {
            ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
            x.not().intoMemorySegment(out, outByte + i, ORDER);
        }
    }

    private static void negS(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
            x.neg().intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void absS(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
            x.abs().intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void squareS(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
            x.mul(x).intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void notS(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += S.length()) {
            ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
            x.not().intoMemorySegment(out, outByte + i * 2, ORDER);
        }
    }

    private static void negI(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
            x.neg().intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void absI(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
            x.abs().intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void squareI(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
            x.mul(x).intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void notI(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += IL) {
            IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
            x.not().intoMemorySegment(out, outByte + i * 4, ORDER);
        }
    }

    private static void negL(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
            x.neg().intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void absL(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
            x.blend(x.neg(), x.compare(VectorOperators.LT, 0L)).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void squareL(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
            x.mul(x).intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }

    private static void notL(MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += LL) {
            LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
            x.not().intoMemorySegment(out, outByte + i * 8, ORDER);
        }
    }
    // ---------------------------------------------------------------- reductions

    /**
     * {@link Simd#integerSum}: four long-vector accumulators, then the remainder in order. The 8-
     * and 16-bit types read int lanes, each holding four bytes (two shorts), and add the bytes
     * (shorts) of each lane, sign- or zero-extended by shifts, to four int accumulators that are
     * folded into the long total every {@link #NARROW_BLOCK} iterations; which element lands in
     * which lane does not matter to a wrapping sum. One method per type, as the element-wise loops.
     */
    static long sum(MemorySegment s, DType type, long off, long n) {
        switch (type) {
            case UINT32 -> {
                return unsignedSum(s, off, n);
            }
            case INT8 -> {
                return sumInt8(s, off, n);
            }
            case UINT8 -> {
                return sumUint8(s, off, n);
            }
            case INT16 -> {
                return sumInt16(s, off, n);
            }
            case UINT16 -> {
                return sumUint16(s, off, n);
            }
            default -> {
            }
        }
        boolean i32 = type == DType.INT32;
        int width = type.byteSize();
        long step = (long) LL * width;
        long wide = n - n % (4L * LL);
        LongVector s0 = LongVector.zero(L);
        LongVector s1 = s0;
        LongVector s2 = s0;
        LongVector s3 = s0;
        long at = off * width;
        for (long i = 0; i < wide; i += 4L * LL, at += 4 * step) {
            s0 = s0.add(longs(s, i32, at));
            s1 = s1.add(longs(s, i32, at + step));
            s2 = s2.add(longs(s, i32, at + 2 * step));
            s3 = s3.add(longs(s, i32, at + 3 * step));
        }
        long total = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (long i = wide; i < n; i++) {
            total += i32 ? s.getAtIndex(ElementIO.INT, off + i) : s.getAtIndex(ElementIO.LONG, off + i);
        }
        return total;
    }

    /**
     * The UINT32 sum: each long lane holds two elements, added as its low and high 32 bits (both
     * zero-extended, whichever the byte order), so a long vector sums twice its lane count.
     */
    private static long unsignedSum(MemorySegment s, long off, long n) {
        long step = LL * 8L;
        long wide = n - n % (8L * LL);
        LongVector s0 = LongVector.zero(L);
        LongVector s1 = s0;
        LongVector s2 = s0;
        LongVector s3 = s0;
        long at = off * 4;
        for (long i = 0; i < wide; i += 8L * LL, at += 4 * step) {
            LongVector v0 = LongVector.fromMemorySegment(L, s, at, ORDER);
            LongVector v1 = LongVector.fromMemorySegment(L, s, at + step, ORDER);
            LongVector v2 = LongVector.fromMemorySegment(L, s, at + 2 * step, ORDER);
            LongVector v3 = LongVector.fromMemorySegment(L, s, at + 3 * step, ORDER);
            s0 = s0.add(v0.and(0xffff_ffffL)).add(v0.lanewise(VectorOperators.LSHR, 32));
            s1 = s1.add(v1.and(0xffff_ffffL)).add(v1.lanewise(VectorOperators.LSHR, 32));
            s2 = s2.add(v2.and(0xffff_ffffL)).add(v2.lanewise(VectorOperators.LSHR, 32));
            s3 = s3.add(v3.and(0xffff_ffffL)).add(v3.lanewise(VectorOperators.LSHR, 32));
        }
        long total = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (long i = wide; i < n; i++) {
            total += Integer.toUnsignedLong(s.getAtIndex(ElementIO.INT, off + i));
        }
        return total;
    }

    /**
     * Iterations of the 8- and 16-bit sums' four int accumulators between folds into the long
     * total: a lane gains at most 4 * 255 or 2 * 65535 in an iteration, so even the four
     * accumulators' sum stays far below 2^31.
     */
    private static final int NARROW_BLOCK = 2048;

    private static long sumInt8(MemorySegment s, long off, long n) {
        long per = 16L * IL;
        long wide = n - n % per;
        long total = 0;
        long at = off;
        long step = IL * 4L;
        for (long i = 0; i < wide; ) {
            long end = Math.min(wide, i + NARROW_BLOCK * per);
            IntVector s0 = IntVector.zero(I);
            IntVector s1 = s0;
            IntVector s2 = s0;
            IntVector s3 = s0;
            for (; i < end; i += per, at += 4 * step) {
                s0 = s0.add(signedBytes(IntVector.fromMemorySegment(I, s, at, ORDER)));
                s1 = s1.add(signedBytes(IntVector.fromMemorySegment(I, s, at + step, ORDER)));
                s2 = s2.add(signedBytes(IntVector.fromMemorySegment(I, s, at + 2 * step, ORDER)));
                s3 = s3.add(signedBytes(IntVector.fromMemorySegment(I, s, at + 3 * step, ORDER)));
            }
            total += widenedSum(s0.add(s1).add(s2.add(s3)));
        }
        for (long i = wide; i < n; i++) {
            total += s.get(ElementIO.BYTE, off + i);
        }
        return total;
    }

    private static long sumUint8(MemorySegment s, long off, long n) {
        long per = 16L * IL;
        long wide = n - n % per;
        long total = 0;
        long at = off;
        long step = IL * 4L;
        for (long i = 0; i < wide; ) {
            long end = Math.min(wide, i + NARROW_BLOCK * per);
            IntVector s0 = IntVector.zero(I);
            IntVector s1 = s0;
            IntVector s2 = s0;
            IntVector s3 = s0;
            for (; i < end; i += per, at += 4 * step) {
                s0 = s0.add(unsignedBytes(IntVector.fromMemorySegment(I, s, at, ORDER)));
                s1 = s1.add(unsignedBytes(IntVector.fromMemorySegment(I, s, at + step, ORDER)));
                s2 = s2.add(unsignedBytes(IntVector.fromMemorySegment(I, s, at + 2 * step, ORDER)));
                s3 = s3.add(unsignedBytes(IntVector.fromMemorySegment(I, s, at + 3 * step, ORDER)));
            }
            total += widenedSum(s0.add(s1).add(s2.add(s3)));
        }
        for (long i = wide; i < n; i++) {
            total += Byte.toUnsignedInt(s.get(ElementIO.BYTE, off + i));
        }
        return total;
    }

    private static long sumInt16(MemorySegment s, long off, long n) {
        long per = 8L * IL;
        long wide = n - n % per;
        long total = 0;
        long at = off * 2;
        long step = IL * 4L;
        for (long i = 0; i < wide; ) {
            long end = Math.min(wide, i + NARROW_BLOCK * per);
            IntVector s0 = IntVector.zero(I);
            IntVector s1 = s0;
            IntVector s2 = s0;
            IntVector s3 = s0;
            for (; i < end; i += per, at += 4 * step) {
                s0 = s0.add(signedShorts(IntVector.fromMemorySegment(I, s, at, ORDER)));
                s1 = s1.add(signedShorts(IntVector.fromMemorySegment(I, s, at + step, ORDER)));
                s2 = s2.add(signedShorts(IntVector.fromMemorySegment(I, s, at + 2 * step, ORDER)));
                s3 = s3.add(signedShorts(IntVector.fromMemorySegment(I, s, at + 3 * step, ORDER)));
            }
            total += widenedSum(s0.add(s1).add(s2.add(s3)));
        }
        for (long i = wide; i < n; i++) {
            total += s.getAtIndex(ElementIO.SHORT, off + i);
        }
        return total;
    }

    private static long sumUint16(MemorySegment s, long off, long n) {
        long per = 8L * IL;
        long wide = n - n % per;
        long total = 0;
        long at = off * 2;
        long step = IL * 4L;
        for (long i = 0; i < wide; ) {
            long end = Math.min(wide, i + NARROW_BLOCK * per);
            IntVector s0 = IntVector.zero(I);
            IntVector s1 = s0;
            IntVector s2 = s0;
            IntVector s3 = s0;
            for (; i < end; i += per, at += 4 * step) {
                s0 = s0.add(unsignedShorts(IntVector.fromMemorySegment(I, s, at, ORDER)));
                s1 = s1.add(unsignedShorts(IntVector.fromMemorySegment(I, s, at + step, ORDER)));
                s2 = s2.add(unsignedShorts(IntVector.fromMemorySegment(I, s, at + 2 * step, ORDER)));
                s3 = s3.add(unsignedShorts(IntVector.fromMemorySegment(I, s, at + 3 * step, ORDER)));
            }
            total += widenedSum(s0.add(s1).add(s2.add(s3)));
        }
        for (long i = wide; i < n; i++) {
            total += Short.toUnsignedInt(s.getAtIndex(ElementIO.SHORT, off + i));
        }
        return total;
    }

    /** Per int lane, the sum of its four bytes, sign-extended. */
    private static IntVector signedBytes(IntVector v) {
        return v.lanewise(VectorOperators.LSHL, 24).lanewise(VectorOperators.ASHR, 24)
                .add(v.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 24))
                .add(v.lanewise(VectorOperators.LSHL, 8).lanewise(VectorOperators.ASHR, 24)
                        .add(v.lanewise(VectorOperators.ASHR, 24)));
    }

    /** Per int lane, the sum of its four bytes, zero-extended. */
    private static IntVector unsignedBytes(IntVector v) {
        return v.and(0xff).add(v.lanewise(VectorOperators.LSHR, 8).and(0xff))
                .add(v.lanewise(VectorOperators.LSHR, 16).and(0xff).add(v.lanewise(VectorOperators.LSHR, 24)));
    }

    /** Per int lane, the sum of its two shorts, sign-extended. */
    private static IntVector signedShorts(IntVector v) {
        return v.lanewise(VectorOperators.LSHL, 16).lanewise(VectorOperators.ASHR, 16)
                .add(v.lanewise(VectorOperators.ASHR, 16));
    }

    /** Per int lane, the sum of its two shorts, zero-extended. */
    private static IntVector unsignedShorts(IntVector v) {
        return v.and(0xffff).add(v.lanewise(VectorOperators.LSHR, 16));
    }

    /** The sum of the int lanes, each sign-extended to long. */
    private static long widenedSum(IntVector v) {
        return ((LongVector) v.convertShape(VectorOperators.I2L, L, 0))
                .add((LongVector) v.convertShape(VectorOperators.I2L, L, 1)).reduceLanes(VectorOperators.ADD);
    }

    /** One long vector of elements at {@code byteOffset}, INT32 ones sign-extended. */
    private static LongVector longs(MemorySegment s, boolean i32, long byteOffset) {
        if (i32) {
            return (LongVector) IntVector.fromMemorySegment(IH, s, byteOffset, ORDER)
                    .convertShape(VectorOperators.I2L, L, 0);
        }
        return LongVector.fromMemorySegment(L, s, byteOffset, ORDER);
    }

    /**
     * {@link Simd#integerExtreme}: four vector accumulators, then the remainder in order; UINT32
     * elements compared unsigned and returned zero-extended; the 8- and 16-bit types on byte and
     * short lanes of their own width (the unsigned ones compared unsigned).
     */
    static long extreme(MemorySegment s, DType type, long off, long n, boolean max) {
        switch (type) {
            case INT8 -> {
                return byteExtreme(s, off, n, max, false);
            }
            case UINT8 -> {
                return byteExtreme(s, off, n, max, true);
            }
            case INT16 -> {
                return shortExtreme(s, off, n, max, false);
            }
            case UINT16 -> {
                return shortExtreme(s, off, n, max, true);
            }
            default -> {
            }
        }
        long result = max ? Long.MIN_VALUE : Long.MAX_VALUE;
        long i = 0;
        if (type.byteSize() == 4) {
            boolean unsigned = type == DType.UINT32;
            long wide = n - n % (4L * IL);
            if (wide > 0) {
                long at = off * 4;
                long step = IL * 4L;
                IntVector a0 = IntVector.fromMemorySegment(I, s, at, ORDER);
                IntVector a1 = a0;
                IntVector a2 = a0;
                IntVector a3 = a0;
                if (unsigned) {
                    for (; i < wide; i += 4L * IL, at += 4 * step) {
                        a0 = pickUnsigned(max, a0, IntVector.fromMemorySegment(I, s, at, ORDER));
                        a1 = pickUnsigned(max, a1, IntVector.fromMemorySegment(I, s, at + step, ORDER));
                        a2 = pickUnsigned(max, a2, IntVector.fromMemorySegment(I, s, at + 2 * step, ORDER));
                        a3 = pickUnsigned(max, a3, IntVector.fromMemorySegment(I, s, at + 3 * step, ORDER));
                    }
                    IntVector m = pickUnsigned(max, pickUnsigned(max, a0, a1), pickUnsigned(max, a2, a3));
                    for (int k = 0; k < IL; k++) {
                        long v = Integer.toUnsignedLong(m.lane(k));
                        result = max ? Math.max(result, v) : Math.min(result, v);
                    }
                } else {
                    for (; i < wide; i += 4L * IL, at += 4 * step) {
                        a0 = pick(max, a0, IntVector.fromMemorySegment(I, s, at, ORDER));
                        a1 = pick(max, a1, IntVector.fromMemorySegment(I, s, at + step, ORDER));
                        a2 = pick(max, a2, IntVector.fromMemorySegment(I, s, at + 2 * step, ORDER));
                        a3 = pick(max, a3, IntVector.fromMemorySegment(I, s, at + 3 * step, ORDER));
                    }
                    result = pick(max, pick(max, a0, a1), pick(max, a2, a3))
                            .reduceLanes(max ? VectorOperators.MAX : VectorOperators.MIN);
                }
            }
            for (; i < n; i++) {
                int x = s.getAtIndex(ElementIO.INT, off + i);
                long v = unsigned ? Integer.toUnsignedLong(x) : x;
                result = max ? Math.max(result, v) : Math.min(result, v);
            }
            return result;
        }
        long wide = n - n % (4L * LL);
        if (wide > 0) {
            long at = off * 8;
            long step = LL * 8L;
            LongVector a0 = LongVector.fromMemorySegment(L, s, at, ORDER);
            LongVector a1 = a0;
            LongVector a2 = a0;
            LongVector a3 = a0;
            for (; i < wide; i += 4L * LL, at += 4 * step) {
                a0 = pick(max, a0, LongVector.fromMemorySegment(L, s, at, ORDER));
                a1 = pick(max, a1, LongVector.fromMemorySegment(L, s, at + step, ORDER));
                a2 = pick(max, a2, LongVector.fromMemorySegment(L, s, at + 2 * step, ORDER));
                a3 = pick(max, a3, LongVector.fromMemorySegment(L, s, at + 3 * step, ORDER));
            }
            LongVector m = pick(max, pick(max, a0, a1), pick(max, a2, a3));
            for (int k = 0; k < LL; k++) {
                result = max ? Math.max(result, m.lane(k)) : Math.min(result, m.lane(k));
            }
        }
        for (; i < n; i++) {
            long x = s.getAtIndex(ElementIO.LONG, off + i);
            result = max ? Math.max(result, x) : Math.min(result, x);
        }
        return result;
    }

    /** Elements per block of {@link #argExtreme}. */
    static final int ARG_BLOCK = 4096;

    /**
     * {@link Simd#integerArgExtreme}: the {@link #extreme} of each block of {@value #ARG_BLOCK}
     * elements on lanes, a later block taking over only when its extreme is strictly larger
     * (smaller), then the first element equal to the winner searched on lanes in the block that
     * set it: NumPy's first index of the extreme, in one pass over the data and one over a block.
     */
    static long argExtreme(MemorySegment s, DType type, long off, long n, boolean max) {
        long best = extreme(s, type, off, Math.min(ARG_BLOCK, n), max);
        long bestBlock = 0;
        for (long b = ARG_BLOCK; b < n; b += ARG_BLOCK) {
            long m = extreme(s, type, off + b, Math.min(ARG_BLOCK, n - b), max);
            if (max ? m > best : m < best) {
                best = m;
                bestBlock = b;
            }
        }
        return bestBlock + indexOf(s, type, off + bestBlock, Math.min(ARG_BLOCK, n - bestBlock), best);
    }

    /**
     * The first of {@code n} contiguous integer elements whose bits equal {@code value}'s low bits
     * of the element width, compared on lanes.
     *
     * @throws IllegalStateException when none does
     */
    private static long indexOf(MemorySegment s, DType type, long off, long n, long value) {
        long i = 0;
        switch (type.byteSize()) {
            case 1 -> {
                ByteVector key = ByteVector.broadcast(B, (byte) value);
                for (long wide = n - n % B.length(); i < wide; i += B.length()) {
                    VectorMask<Byte> eq = ByteVector.fromMemorySegment(B, s, off + i, ORDER).compare(
                            VectorOperators.EQ, key);
                    if (eq.anyTrue()) {
                        return i + eq.firstTrue();
                    }
                }
                for (; i < n; i++) {
                    if (s.get(ValueLayout.JAVA_BYTE, off + i) == (byte) value) {
                        return i;
                    }
                }
            }
            case 2 -> {
                ShortVector key = ShortVector.broadcast(S, (short) value);
                for (long wide = n - n % S.length(); i < wide; i += S.length()) {
                    VectorMask<Short> eq = ShortVector.fromMemorySegment(S, s, (off + i) * 2, ORDER).compare(
                            VectorOperators.EQ, key);
                    if (eq.anyTrue()) {
                        return i + eq.firstTrue();
                    }
                }
                for (; i < n; i++) {
                    if (s.getAtIndex(ElementIO.SHORT, off + i) == (short) value) {
                        return i;
                    }
                }
            }
            case 4 -> {
                IntVector key = IntVector.broadcast(I, (int) value);
                for (long wide = n - n % IL; i < wide; i += IL) {
                    VectorMask<Integer> eq = IntVector.fromMemorySegment(I, s, (off + i) * 4, ORDER).compare(
                            VectorOperators.EQ, key);
                    if (eq.anyTrue()) {
                        return i + eq.firstTrue();
                    }
                }
                for (; i < n; i++) {
                    if (s.getAtIndex(ElementIO.INT, off + i) == (int) value) {
                        return i;
                    }
                }
            }
            default -> {
                LongVector key = LongVector.broadcast(L, value);
                for (long wide = n - n % LL; i < wide; i += LL) {
                    VectorMask<Long> eq = LongVector.fromMemorySegment(L, s, (off + i) * 8, ORDER).compare(
                            VectorOperators.EQ, key);
                    if (eq.anyTrue()) {
                        return i + eq.firstTrue();
                    }
                }
                for (; i < n; i++) {
                    if (s.getAtIndex(ElementIO.LONG, off + i) == value) {
                        return i;
                    }
                }
            }
        }
        throw new IllegalStateException("argmax/argmin: the extreme " + value + " of " + n + " " + type
                + " elements was not found among them");
    }

    /**
     * The maximum (minimum) of INT8 or UINT8 elements on byte lanes (unsigned order for UINT8):
     * four accumulators, then one vector at a time, then the remainder in order; sign- or
     * zero-extended. The unsigned lanes are folded as signed ones with the sign bit flipped:
     * {@code reduceLanes(UMAX)} and {@code reduceLanes(UMIN)} start from the signed identity on
     * JDK 25.0.3 (a zero vector's {@code UMAX} gives {@code -128}, a vector of {@code 0xffff}s'
     * {@code UMIN} gives {@code 0x7fff}).
     */
    private static long byteExtreme(MemorySegment s, long off, long n, boolean max, boolean unsigned) {
        int lanes = B.length();
        long result = max ? Long.MIN_VALUE : Long.MAX_VALUE;
        long i = 0;
        long wide = n - n % lanes;
        if (wide > 0) {
            ByteVector a0 = ByteVector.fromMemorySegment(B, s, off, ORDER);
            ByteVector a1 = a0;
            ByteVector a2 = a0;
            ByteVector a3 = a0;
            for (long four = n - n % (4L * lanes); i < four; i += 4L * lanes) {
                long at = off + i;
                a0 = pick(max, unsigned, a0, ByteVector.fromMemorySegment(B, s, at, ORDER));
                a1 = pick(max, unsigned, a1, ByteVector.fromMemorySegment(B, s, at + lanes, ORDER));
                a2 = pick(max, unsigned, a2, ByteVector.fromMemorySegment(B, s, at + 2L * lanes, ORDER));
                a3 = pick(max, unsigned, a3, ByteVector.fromMemorySegment(B, s, at + 3L * lanes, ORDER));
            }
            for (; i < wide; i += lanes) {
                a0 = pick(max, unsigned, a0, ByteVector.fromMemorySegment(B, s, off + i, ORDER));
            }
            ByteVector m = pick(max, unsigned, pick(max, unsigned, a0, a1), pick(max, unsigned, a2, a3));
            if (unsigned) {
                byte r = m.lanewise(VectorOperators.XOR, Byte.MIN_VALUE)
                        .reduceLanes(max ? VectorOperators.MAX : VectorOperators.MIN);
                result = Byte.toUnsignedLong((byte) (r ^ Byte.MIN_VALUE));
            } else {
                result = m.reduceLanes(max ? VectorOperators.MAX : VectorOperators.MIN);
            }
        }
        for (; i < n; i++) {
            byte x = s.get(ValueLayout.JAVA_BYTE, off + i);
            long v = unsigned ? Byte.toUnsignedLong(x) : x;
            result = max ? Math.max(result, v) : Math.min(result, v);
        }
        return result;
    }

    /** {@link #byteExtreme} of INT16 or UINT16 elements on short lanes. */
    private static long shortExtreme(MemorySegment s, long off, long n, boolean max, boolean unsigned) {
        int lanes = S.length();
        long result = max ? Long.MIN_VALUE : Long.MAX_VALUE;
        long i = 0;
        long wide = n - n % lanes;
        if (wide > 0) {
            long base = off * 2;
            long step = lanes * 2L;
            ShortVector a0 = ShortVector.fromMemorySegment(S, s, base, ORDER);
            ShortVector a1 = a0;
            ShortVector a2 = a0;
            ShortVector a3 = a0;
            for (long four = n - n % (4L * lanes); i < four; i += 4L * lanes) {
                long at = base + i * 2;
                a0 = pick(max, unsigned, a0, ShortVector.fromMemorySegment(S, s, at, ORDER));
                a1 = pick(max, unsigned, a1, ShortVector.fromMemorySegment(S, s, at + step, ORDER));
                a2 = pick(max, unsigned, a2, ShortVector.fromMemorySegment(S, s, at + 2 * step, ORDER));
                a3 = pick(max, unsigned, a3, ShortVector.fromMemorySegment(S, s, at + 3 * step, ORDER));
            }
            for (; i < wide; i += lanes) {
                a0 = pick(max, unsigned, a0, ShortVector.fromMemorySegment(S, s, base + i * 2, ORDER));
            }
            ShortVector m = pick(max, unsigned, pick(max, unsigned, a0, a1), pick(max, unsigned, a2, a3));
            if (unsigned) {
                short r = m.lanewise(VectorOperators.XOR, Short.MIN_VALUE)
                        .reduceLanes(max ? VectorOperators.MAX : VectorOperators.MIN);
                result = Short.toUnsignedLong((short) (r ^ Short.MIN_VALUE));
            } else {
                result = m.reduceLanes(max ? VectorOperators.MAX : VectorOperators.MIN);
            }
        }
        for (; i < n; i++) {
            short x = s.getAtIndex(ElementIO.SHORT, off + i);
            long v = unsigned ? Short.toUnsignedLong(x) : x;
            result = max ? Math.max(result, v) : Math.min(result, v);
        }
        return result;
    }

    private static ByteVector pick(boolean max, boolean unsigned, ByteVector a, ByteVector b) {
        if (unsigned) {
            return max ? a.lanewise(VectorOperators.UMAX, b) : a.lanewise(VectorOperators.UMIN, b);
        }
        return max ? a.max(b) : a.min(b);
    }

    private static ShortVector pick(boolean max, boolean unsigned, ShortVector a, ShortVector b) {
        if (unsigned) {
            return max ? a.lanewise(VectorOperators.UMAX, b) : a.lanewise(VectorOperators.UMIN, b);
        }
        return max ? a.max(b) : a.min(b);
    }

    private static IntVector pick(boolean max, IntVector a, IntVector b) {
        return max ? a.max(b) : a.min(b);
    }

    private static IntVector pickUnsigned(boolean max, IntVector a, IntVector b) {
        return max ? a.lanewise(VectorOperators.UMAX, b) : a.lanewise(VectorOperators.UMIN, b);
    }

    private static LongVector pick(boolean max, LongVector a, LongVector b) {
        return max ? a.blend(b, b.compare(VectorOperators.GT, a)) : a.blend(b, b.compare(VectorOperators.LT, a));
    }
}
