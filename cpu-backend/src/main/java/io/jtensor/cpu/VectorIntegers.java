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
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The integer element-wise ops and reductions of {@link VectorSimd} on int and long lanes, all
 * exact two's-complement wrapping arithmetic, so the results are those of {@link LongOps} and
 * {@link LongAccumulators} bit for bit. The 8- and 16-bit types, which core plans in int32 and
 * whose results are wrapped to their width, run on byte and short lanes: wrapping addition,
 * subtraction, multiplication, negation and the bitwise ops give the same low bits either way,
 * and maximum and minimum (unsigned for UINT8/UINT16) the same value when a scalar operand lies
 * within the type (otherwise they are declined).
 *
 * <p>Element-wise tails go through {@link VectorSimd#unaryLanes} and {@link VectorSimd#binaryLanes}
 * (a zero-padded scratch vector through the same lane code). Comparisons run on 256-bit vectors
 * (the preferred sizes, at least 256 bits, are multiples of them) and store each mask as BOOL bytes
 * through a table of the 256 eight-lane masks. Each op on each lane width is a method of its own, reached through a table:
 * with one method per width switching on the op, C2 compiled every op of that width into one
 * large method (33 KB of code, about a second to compile on a loaded machine) that the first call
 * of an op not seen before deoptimised, so for a second or more after each new op every op of
 * that width ran 10 to 100 times slower (measured: uint16 {@code maximum} at 2 to 28 ms instead
 * of 0.17 ms for its first 200 calls after {@code add}); with one loop switched on the op inside,
 * every op after the first three a JVM ran took twice as long for good. INT64 maximum, minimum and
 * absolute value are a compare and a blend (AVX2 has no 64-bit max, min or abs instruction).
 */
final class VectorIntegers {

    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    /** Int and long comparisons run on 256-bit vectors: 8 int lanes give one 8-byte store of BOOLs, 4 long lanes a 4-byte one. */
    private static final VectorSpecies<Integer> I8 = IntVector.SPECIES_256;
    private static final VectorSpecies<Long> L4 = LongVector.SPECIES_256;
    /** Ints that widen to one full long vector. */
    private static final VectorSpecies<Integer> IH = VectorSpecies.of(int.class,
            VectorShape.forBitSize(L.vectorBitSize() / 2));
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_PREFERRED;
    private static final int IL = I.length();
    private static final int LL = L.length();
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final ValueLayout.OfLong BOOLS_8 =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt BOOLS_4 =
            ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Entry m: eight BOOL bytes, little-endian, byte k being bit k of m. */
    private static final long[] BOOL_BYTES = new long[256];

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
    /** Maximum and minimum of UINT8/UINT16 lanes. */
    private static final int UMAX = 8;
    private static final int UMIN = 9;
    /** The first comparison: codes from here on give BOOL. */
    private static final int EQ = 10;
    private static final int NE = 11;
    private static final int LT = 12;
    private static final int LE = 13;
    private static final int GT = 14;
    private static final int GE = 15;

    private static final int NEG = 0;
    private static final int ABS = 1;
    private static final int SQUARE = 2;
    private static final int NOT = 3;

    /** The binary lane loops by lane width (byte, short, int, long) and op code; null or missing where a width has none. */
    private static final BinaryLoop[][] BINARY_LOOPS = {
        {VectorIntegers::addB, VectorIntegers::subB, VectorIntegers::mulB, VectorIntegers::maxB,
            VectorIntegers::minB, VectorIntegers::andB, VectorIntegers::orB, VectorIntegers::xorB,
            VectorIntegers::umaxB, VectorIntegers::uminB},
        {VectorIntegers::addS, VectorIntegers::subS, VectorIntegers::mulS, VectorIntegers::maxS,
            VectorIntegers::minS, VectorIntegers::andS, VectorIntegers::orS, VectorIntegers::xorS,
            VectorIntegers::umaxS, VectorIntegers::uminS},
        {VectorIntegers::addI, VectorIntegers::subI, VectorIntegers::mulI, VectorIntegers::maxI,
            VectorIntegers::minI, VectorIntegers::andI, VectorIntegers::orI, VectorIntegers::xorI,
            null, null, VectorIntegers::eqI, VectorIntegers::neI,
            VectorIntegers::ltI, VectorIntegers::leI, VectorIntegers::gtI, VectorIntegers::geI},
        {VectorIntegers::addL, VectorIntegers::subL, VectorIntegers::mulL, VectorIntegers::maxL,
            VectorIntegers::minL, VectorIntegers::andL, VectorIntegers::orL, VectorIntegers::xorL,
            null, null, VectorIntegers::eqL, VectorIntegers::neL,
            VectorIntegers::ltL, VectorIntegers::leL, VectorIntegers::gtL, VectorIntegers::geL}};

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

    private static boolean wide(DType type) {
        return type == DType.INT32 || type == DType.INT64;
    }

    /** The 8- and 16-bit types, whose int32 results wrap to their width: the same bits as lanes of that width give. */
    private static boolean small(DType type) {
        return type.isInteger() && type.byteSize() < 4;
    }

    /** {@link Simd#integerUnary}. */
    static boolean unary(UnaryOp op, DType type, MemorySegment in, long inOff, MemorySegment out, long outOff,
                         long n) {
        int code = unaryCode(op);
        boolean supported = code >= 0 && (wide(type) || (small(type) && !(code == ABS && type.isUnsigned())));
        if (!supported || n == 0) {
            return supported;
        }
        int width = type.byteSize();
        VectorSimd.unaryLanes(UNARY_LOOPS[widthIndex(type)][code], lanes(type), width, in, inOff, out, outOff, n);
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
     * The lane loop for {@code op} on {@code type}, or -1 when it is not vectorised: the 8- and
     * 16-bit types have no comparisons, take unsigned maximum and minimum when unsigned, and
     * maximum and minimum only with scalars within the type ({@code scalarsInRange}; beyond it, a
     * scalar keeps its int32 value, which lanes of the type cannot hold).
     */
    private static int laneCode(BinaryOp op, DType type, boolean scalarsInRange) {
        int code = binaryCode(op);
        if (wide(type)) {
            return code;
        }
        if (!small(type) || code < 0 || code >= EQ) {
            return -1;
        }
        if (code == MAX || code == MIN) {
            if (!scalarsInRange) {
                return -1;
            }
            if (type.isUnsigned()) {
                return code == MAX ? UMAX : UMIN;
            }
        }
        return code;
    }

    /** {@code lanes} copies of {@code value}, wrapped to {@code type}. */
    private static MemorySegment splat(MemorySegment slot, DType type, long value, int lanes) {
        for (int i = 0; i < lanes; i++) {
            ElementIO.writeLong(slot, type, i, value);
        }
        return slot;
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

    /** {@link Simd#integerSum}: four long-vector accumulators, then the remainder in order. */
    static long sum(MemorySegment s, DType type, long off, long n) {
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

    /** One long vector of elements at {@code byteOffset}, INT32 ones sign-extended. */
    private static LongVector longs(MemorySegment s, boolean i32, long byteOffset) {
        if (i32) {
            return (LongVector) IntVector.fromMemorySegment(IH, s, byteOffset, ORDER)
                    .convertShape(VectorOperators.I2L, L, 0);
        }
        return LongVector.fromMemorySegment(L, s, byteOffset, ORDER);
    }

    /** {@link Simd#integerExtreme}: four vector accumulators, then the remainder in order. */
    static long extreme(MemorySegment s, DType type, long off, long n, boolean max) {
        long result = max ? Long.MIN_VALUE : Long.MAX_VALUE;
        long i = 0;
        if (type == DType.INT32) {
            long wide = n - n % (4L * IL);
            if (wide > 0) {
                long at = off * 4;
                long step = IL * 4L;
                IntVector a0 = IntVector.fromMemorySegment(I, s, at, ORDER);
                IntVector a1 = a0;
                IntVector a2 = a0;
                IntVector a3 = a0;
                for (; i < wide; i += 4L * IL, at += 4 * step) {
                    a0 = pick(max, a0, IntVector.fromMemorySegment(I, s, at, ORDER));
                    a1 = pick(max, a1, IntVector.fromMemorySegment(I, s, at + step, ORDER));
                    a2 = pick(max, a2, IntVector.fromMemorySegment(I, s, at + 2 * step, ORDER));
                    a3 = pick(max, a3, IntVector.fromMemorySegment(I, s, at + 3 * step, ORDER));
                }
                result = pick(max, pick(max, a0, a1), pick(max, a2, a3))
                        .reduceLanes(max ? VectorOperators.MAX : VectorOperators.MIN);
            }
            for (; i < n; i++) {
                int x = s.getAtIndex(ElementIO.INT, off + i);
                result = max ? Math.max(result, x) : Math.min(result, x);
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

    private static IntVector pick(boolean max, IntVector a, IntVector b) {
        return max ? a.max(b) : a.min(b);
    }

    private static LongVector pick(boolean max, LongVector a, LongVector b) {
        return max ? a.blend(b, b.compare(VectorOperators.GT, a)) : a.blend(b, b.compare(VectorOperators.LT, a));
    }
}
