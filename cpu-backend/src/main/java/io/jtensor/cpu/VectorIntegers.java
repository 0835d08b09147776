package io.jtensor.cpu;

import io.jtensor.DType;
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
 * through a table of the 256 eight-lane masks. Each op has a loop of its own: with the op switched
 * inside one shared loop, every op after the first three a JVM ran took twice as long (measured),
 * and so did comparisons storing through one shared helper. INT64 maximum, minimum and absolute
 * value are a compare and a blend (AVX2 has no 64-bit max, min or abs instruction).
 */
final class VectorIntegers {

    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    /** Comparisons run on 256-bit vectors: 8 int lanes give one 8-byte store of BOOLs, 4 long lanes a 4-byte one. */
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

    private VectorIntegers() {
    }

    private static boolean wide(DType type) {
        return type == DType.INT32 || type == DType.INT64;
    }

    /** The 8- and 16-bit types, whose int32 results wrap to their width: the same bits as lanes of that width give. */
    private static boolean small(DType type) {
        return type.isInteger() && type.byteSize() < 4;
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
        boolean supported = code >= 0 && (wide(type) || (small(type) && !(code == ABS && type.isUnsigned())));
        if (!supported || n == 0) {
            return supported;
        }
        int width = type.byteSize();
        VectorSimd.unaryLanes((i, ib, o, ob, m) -> runUnary(code, width, i, ib, o, ob, m), lanes(type), width, in,
                inOff, out, outOff, n);
        return true;
    }

    private static void runUnary(int code, int width, MemorySegment in, long inByte, MemorySegment out,
                                 long outByte, long n) {
        switch (width) {
            case 1 -> unaryI8(code, in, inByte, out, outByte, n);
            case 2 -> unaryI16(code, in, inByte, out, outByte, n);
            case 4 -> unaryI32(code, in, inByte, out, outByte, n);
            default -> unaryI64(code, in, inByte, out, outByte, n);
        }
    }

    private static void unaryI8(int code, MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        switch (code) {
            case NEG -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
                    x.neg().intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case ABS -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
                    x.abs().intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case SQUARE -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
                    x.mul(x).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            default -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, in, inByte + i, ORDER);
                    x.not().intoMemorySegment(out, outByte + i, ORDER);
                }
            }
        }
    }

    private static void unaryI16(int code, MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        switch (code) {
            case NEG -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
                    x.neg().intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case ABS -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
                    x.abs().intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case SQUARE -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
                    x.mul(x).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            default -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, in, inByte + i * 2, ORDER);
                    x.not().intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
        }
    }

    private static void unaryI32(int code, MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        switch (code) {
            case NEG -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
                    x.neg().intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case ABS -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
                    x.abs().intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case SQUARE -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
                    x.mul(x).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            default -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, in, inByte + i * 4, ORDER);
                    x.not().intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
        }
    }

    private static void unaryI64(int code, MemorySegment in, long inByte, MemorySegment out, long outByte, long n) {
        switch (code) {
            case NEG -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
                    x.neg().intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case ABS -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
                    x.blend(x.neg(), x.compare(VectorOperators.LT, 0L)).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case SQUARE -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
                    x.mul(x).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            default -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, in, inByte + i * 8, ORDER);
                    x.not().intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
        }
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
        VectorSimd.binaryLanes(
                (x, xb, xs, y, yb, ys, o, ob, m) -> runBinary(code, width, x, xb, xs, y, yb, ys, o, ob, m), lanes,
                width, code >= EQ ? 1 : width, a, aOff, aSplat, b, bOff, bSplat, out, outOff, n);
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

    private static void runBinary(int code, int width, MemorySegment a, long aByte, int aStep, MemorySegment b,
                                  long bByte, int bStep, MemorySegment out, long outByte, long n) {
        switch (width) {
            case 1 -> binaryI8(code, a, aByte, aStep, b, bByte, bStep, out, outByte, n);
            case 2 -> binaryI16(code, a, aByte, aStep, b, bByte, bStep, out, outByte, n);
            case 4 -> binaryI32(code, a, aByte, aStep, b, bByte, bStep, out, outByte, n);
            default -> binaryI64(code, a, aByte, aStep, b, bByte, bStep, out, outByte, n);
        }
    }

    private static void binaryI8(int code, MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte,
                                 int bStep, MemorySegment out, long outByte, long n) {
        switch (code) {
            case ADD -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.add(y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case SUB -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.sub(y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case MUL -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.mul(y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case MAX -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.max(y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case MIN -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.min(y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case AND -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.and(y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case OR -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.or(y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case XOR -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            case UMAX -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.UMAX, y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
            default -> {
                for (long i = 0; i < n; i += B.length()) {
                    ByteVector x = ByteVector.fromMemorySegment(B, a, aByte + i * aStep, ORDER);
                    ByteVector y = ByteVector.fromMemorySegment(B, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.UMIN, y).intoMemorySegment(out, outByte + i, ORDER);
                }
            }
        }
    }

    private static void binaryI16(int code, MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte,
                                 int bStep, MemorySegment out, long outByte, long n) {
        switch (code) {
            case ADD -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.add(y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case SUB -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.sub(y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case MUL -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.mul(y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case MAX -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.max(y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case MIN -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.min(y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case AND -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.and(y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case OR -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.or(y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case XOR -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            case UMAX -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.UMAX, y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
            default -> {
                for (long i = 0; i < n; i += S.length()) {
                    ShortVector x = ShortVector.fromMemorySegment(S, a, aByte + i * aStep, ORDER);
                    ShortVector y = ShortVector.fromMemorySegment(S, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.UMIN, y).intoMemorySegment(out, outByte + i * 2, ORDER);
                }
            }
        }
    }

    private static void binaryI32(int code, MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte,
                                  int bStep, MemorySegment out, long outByte, long n) {
        switch (code) {
            case ADD -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.add(y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case SUB -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.sub(y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case MUL -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.mul(y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case MAX -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.max(y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case MIN -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.min(y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case AND -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.and(y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case OR -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.or(y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case XOR -> {
                for (long i = 0; i < n; i += IL) {
                    IntVector x = IntVector.fromMemorySegment(I, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i * 4, ORDER);
                }
            }
            case EQ -> {
                for (long i = 0; i < n; i += 8) {
                    IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_8, outByte + i, BOOL_BYTES[(int) x.compare(VectorOperators.EQ, y).toLong()]);
                }
            }
            case NE -> {
                for (long i = 0; i < n; i += 8) {
                    IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_8, outByte + i, BOOL_BYTES[(int) x.compare(VectorOperators.NE, y).toLong()]);
                }
            }
            case LT -> {
                for (long i = 0; i < n; i += 8) {
                    IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_8, outByte + i, BOOL_BYTES[(int) x.compare(VectorOperators.LT, y).toLong()]);
                }
            }
            case LE -> {
                for (long i = 0; i < n; i += 8) {
                    IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_8, outByte + i, BOOL_BYTES[(int) x.compare(VectorOperators.LE, y).toLong()]);
                }
            }
            case GT -> {
                for (long i = 0; i < n; i += 8) {
                    IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_8, outByte + i, BOOL_BYTES[(int) x.compare(VectorOperators.GT, y).toLong()]);
                }
            }
            default -> {
                for (long i = 0; i < n; i += 8) {
                    IntVector x = IntVector.fromMemorySegment(I8, a, aByte + i * aStep, ORDER);
                    IntVector y = IntVector.fromMemorySegment(I8, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_8, outByte + i, BOOL_BYTES[(int) x.compare(VectorOperators.GE, y).toLong()]);
                }
            }
        }
    }

    private static void binaryI64(int code, MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte,
                                  int bStep, MemorySegment out, long outByte, long n) {
        switch (code) {
            case ADD -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    x.add(y).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case SUB -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    x.sub(y).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case MUL -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    x.mul(y).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case MAX -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    y.blend(x, x.compare(VectorOperators.GT, y)).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case MIN -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    y.blend(x, x.compare(VectorOperators.LT, y)).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case AND -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    x.and(y).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case OR -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    x.or(y).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case XOR -> {
                for (long i = 0; i < n; i += LL) {
                    LongVector x = LongVector.fromMemorySegment(L, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L, b, bByte + i * bStep, ORDER);
                    x.lanewise(VectorOperators.XOR, y).intoMemorySegment(out, outByte + i * 8, ORDER);
                }
            }
            case EQ -> {
                for (long i = 0; i < n; i += 4) {
                    LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[(int) x.compare(VectorOperators.EQ, y).toLong()]);
                }
            }
            case NE -> {
                for (long i = 0; i < n; i += 4) {
                    LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[(int) x.compare(VectorOperators.NE, y).toLong()]);
                }
            }
            case LT -> {
                for (long i = 0; i < n; i += 4) {
                    LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[(int) x.compare(VectorOperators.LT, y).toLong()]);
                }
            }
            case LE -> {
                for (long i = 0; i < n; i += 4) {
                    LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[(int) x.compare(VectorOperators.LE, y).toLong()]);
                }
            }
            case GT -> {
                for (long i = 0; i < n; i += 4) {
                    LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[(int) x.compare(VectorOperators.GT, y).toLong()]);
                }
            }
            default -> {
                for (long i = 0; i < n; i += 4) {
                    LongVector x = LongVector.fromMemorySegment(L4, a, aByte + i * aStep, ORDER);
                    LongVector y = LongVector.fromMemorySegment(L4, b, bByte + i * bStep, ORDER);
                    out.set(BOOLS_4, outByte + i, (int) BOOL_BYTES[(int) x.compare(VectorOperators.GE, y).toLong()]);
                }
            }
        }
    }

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
