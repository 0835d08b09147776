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

import java.lang.foreign.Arena;
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
 * <p>As in {@link VectorSimd}, an element-wise tail is copied into a zero-padded scratch vector
 * and run through the same lane code. Comparisons run on 256-bit vectors (the preferred sizes, at
 * least 256 bits, are multiples of them) and store each mask as BOOL bytes through a table of the
 * 256 eight-lane masks. Each op has a loop of its own: with the op switched inside one shared
 * loop, every op after the first three a JVM ran took twice as long (measured), and so did
 * comparisons storing through one shared helper. INT64 maximum, minimum and absolute value are a
 * compare and a blend (AVX2 has no 64-bit max, min or abs instruction).
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
    private static final ValueLayout.OfLong BOOLS_8 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt BOOLS_4 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Entry m: eight BOOL bytes, little-endian, byte k being bit k of m. */
    private static final long[] BOOL_BYTES = new long[256];

    static {
        for (int m = 0; m < 256; m++) {
            for (int k = 0; k < 8; k++) {
                BOOL_BYTES[m] |= (long) ((m >>> k) & 1) << (8 * k);
            }
        }
    }

    private static final long SLOT = Math.max(64, B.vectorByteSize());
    /** Per-thread native scratch: five vector-sized slots (two splats, two tail inputs, one tail output). */
    private static final ThreadLocal<MemorySegment> SCRATCH =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(5 * SLOT, 64));

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
        int lanes = lanes(type);
        int width = type.byteSize();
        long whole = n - n % lanes;
        runUnary(code, width, in, inOff * width, out, outOff * width, whole);
        if (whole < n) {
            int rest = (int) (n - whole);
            MemorySegment scratch = SCRATCH.get();
            MemorySegment src = scratch.asSlice(2 * SLOT, SLOT).fill((byte) 0);
            MemorySegment dst = scratch.asSlice(4 * SLOT, SLOT);
            MemorySegment.copy(in, (inOff + whole) * width, src, 0, (long) rest * width);
            runUnary(code, width, src, 0, dst, 0, lanes);
            MemorySegment.copy(dst, 0, out, (outOff + whole) * width, (long) rest * width);
        }
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
        int code = binaryCode(op);
        if (small(type) && code >= 0) {
            // a scalar beyond the type's range keeps its int32 value through max, min and comparisons
            boolean inRange = (a != null || type.holds(aScalar)) && (b != null || type.holds(bScalar));
            code = code >= EQ || ((code == MAX || code == MIN) && !inRange) ? -1
                    : type.isUnsigned() && code == MAX ? UMAX : type.isUnsigned() && code == MIN ? UMIN : code;
        }
        boolean supported = code >= 0 && (wide(type) || small(type));
        if (!supported || n == 0) {
            return supported;
        }
        int lanes = lanes(type);
        int width = type.byteSize();
        int outWidth = code >= EQ ? 1 : width;
        MemorySegment scratch = SCRATCH.get();
        MemorySegment sa = a == null ? splat(scratch.asSlice(0, SLOT), type, aScalar, lanes) : a;
        MemorySegment sb = b == null ? splat(scratch.asSlice(SLOT, SLOT), type, bScalar, lanes) : b;
        long aByte = a == null ? 0 : aOff * width;
        long bByte = b == null ? 0 : bOff * width;
        int aStep = a == null ? 0 : width;
        int bStep = b == null ? 0 : width;
        long whole = n - n % lanes;
        runBinary(code, width, sa, aByte, aStep, sb, bByte, bStep, out, outOff * outWidth, whole);
        if (whole < n) {
            int rest = (int) (n - whole);
            MemorySegment ta = sa;
            MemorySegment tb = sb;
            if (a != null) {
                ta = scratch.asSlice(2 * SLOT, SLOT).fill((byte) 0);
                MemorySegment.copy(a, aByte + whole * width, ta, 0, (long) rest * width);
            }
            if (b != null) {
                tb = scratch.asSlice(3 * SLOT, SLOT).fill((byte) 0);
                MemorySegment.copy(b, bByte + whole * width, tb, 0, (long) rest * width);
            }
            MemorySegment dst = scratch.asSlice(4 * SLOT, SLOT);
            runBinary(code, width, ta, 0, aStep, tb, 0, bStep, dst, 0, lanes);
            MemorySegment.copy(dst, 0, out, (outOff + whole) * outWidth, (long) rest * outWidth);
        }
        return true;
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
