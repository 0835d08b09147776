package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

/**
 * The six comparisons of FLOAT32 and FLOAT64 into BOOL on vector lanes ({@link Simd#compare}):
 * 8 float lanes give one 8-byte store of BOOLs, 4 double lanes a 4-byte one, as the integer
 * comparisons of {@link VectorIntegers}. The lane compares are Java's ({@code <}, {@code ==}, ...):
 * NaN compares false except under {@code !=}, and -0.0 equals 0.0, as NumPy's. One loop per op and
 * type (a loop switched on the op compiles to slow code once several ops have run; see
 * {@link VectorIntegers}).
 */
final class FloatComparisons {

    private static final VectorSpecies<Float> F8 = FloatVector.SPECIES_256;
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    /** The loops of FLOAT32, then FLOAT64: equal, not_equal, less, less_equal, greater, greater_equal. */
    private static final VectorSimd.BinaryLoop[][] LOOPS = {
        {FloatComparisons::eqF, FloatComparisons::neF, FloatComparisons::ltF, FloatComparisons::leF,
            FloatComparisons::gtF, FloatComparisons::geF},
        {FloatComparisons::eqD, FloatComparisons::neD, FloatComparisons::ltD, FloatComparisons::leD,
            FloatComparisons::gtD, FloatComparisons::geD}};

    private FloatComparisons() {
    }

    /** The loop of {@code op} on {@code type}, or null unless a comparison of FLOAT32 or FLOAT64. */
    static VectorSimd.BinaryLoop loop(BinaryOp op, DType type) {
        int code = switch (op) {
            case EQUAL -> 0;
            case NOT_EQUAL -> 1;
            case LESS -> 2;
            case LESS_EQUAL -> 3;
            case GREATER -> 4;
            case GREATER_EQUAL -> 5;
            default -> -1;
        };
        return code < 0 || !(type == DType.FLOAT32 || type == DType.FLOAT64) ? null
                : LOOPS[type == DType.FLOAT32 ? 0 : 1][code];
    }

    /** The elements one loop step compares: 8 floats or 4 doubles. */
    static int lanes(DType type) {
        return type == DType.FLOAT32 ? 8 : 4;
    }

    private static void eqF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            FloatVector x = FloatVector.fromMemorySegment(F8, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.EQ, y).toLong();
            out.set(VectorIntegers.BOOLS_8, outByte + i, VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void neF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            FloatVector x = FloatVector.fromMemorySegment(F8, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.NE, y).toLong();
            out.set(VectorIntegers.BOOLS_8, outByte + i, VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void ltF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            FloatVector x = FloatVector.fromMemorySegment(F8, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LT, y).toLong();
            out.set(VectorIntegers.BOOLS_8, outByte + i, VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void leF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            FloatVector x = FloatVector.fromMemorySegment(F8, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LE, y).toLong();
            out.set(VectorIntegers.BOOLS_8, outByte + i, VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void gtF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            FloatVector x = FloatVector.fromMemorySegment(F8, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GT, y).toLong();
            out.set(VectorIntegers.BOOLS_8, outByte + i, VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void geF(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 8) {
            FloatVector x = FloatVector.fromMemorySegment(F8, a, aByte + i * aStep, ORDER);
            FloatVector y = FloatVector.fromMemorySegment(F8, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GE, y).toLong();
            out.set(VectorIntegers.BOOLS_8, outByte + i, VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void eqD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            DoubleVector x = DoubleVector.fromMemorySegment(D4, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.EQ, y).toLong();
            out.set(VectorIntegers.BOOLS_4, outByte + i, (int) VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void neD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            DoubleVector x = DoubleVector.fromMemorySegment(D4, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.NE, y).toLong();
            out.set(VectorIntegers.BOOLS_4, outByte + i, (int) VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void ltD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            DoubleVector x = DoubleVector.fromMemorySegment(D4, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LT, y).toLong();
            out.set(VectorIntegers.BOOLS_4, outByte + i, (int) VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void leD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            DoubleVector x = DoubleVector.fromMemorySegment(D4, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.LE, y).toLong();
            out.set(VectorIntegers.BOOLS_4, outByte + i, (int) VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void gtD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            DoubleVector x = DoubleVector.fromMemorySegment(D4, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GT, y).toLong();
            out.set(VectorIntegers.BOOLS_4, outByte + i, (int) VectorIntegers.BOOL_BYTES[m]);
        }
    }

    private static void geD(MemorySegment a, long aByte, int aStep, MemorySegment b, long bByte, int bStep,
                            MemorySegment out, long outByte, long n) {
        for (long i = 0; i < n; i += 4) {
            DoubleVector x = DoubleVector.fromMemorySegment(D4, a, aByte + i * aStep, ORDER);
            DoubleVector y = DoubleVector.fromMemorySegment(D4, b, bByte + i * bStep, ORDER);
            int m = (int) x.compare(VectorOperators.GE, y).toLong();
            out.set(VectorIntegers.BOOLS_4, outByte + i, (int) VectorIntegers.BOOL_BYTES[m]);
        }
    }
}
