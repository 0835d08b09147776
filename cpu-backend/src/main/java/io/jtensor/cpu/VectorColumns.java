package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

/**
 * Sums, products, maxima and minima down the columns of rows ({@code x.sum(0)} of a C-ordered
 * matrix) on the Vector API ({@link Simd#foldColumns}, {@link Simd#foldIntegerColumns}).
 *
 * <p>The accumulators of a block of {@value #VECTORS} vectors of columns are loaded into registers,
 * up to {@value #ROWS} rows are folded into them one row after another, and they are stored back:
 * each column sees exactly the scalar loop's operations in the scalar loop's order (so the same
 * bits), while the accumulator array is read and written once per {@value #ROWS} rows instead of
 * once per row, and the rows are still read in long sequential stretches. FLOAT32 elements are
 * widened to double lanes (exact). Columns past the last whole block are folded element by element.
 * One method per op and family, so C2 compiles each on its own (see {@link VectorSimd}).
 */
final class VectorColumns {

    /** Rows folded per pass over the accumulators. */
    static final int ROWS = 8;
    /** Vectors of columns per block: independent chains in flight. */
    private static final int VECTORS = 4;

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = VectorSpecies.of(long.class, D.vectorShape());
    /** Floats (ints) that widen to one full double (long) vector. */
    private static final VectorSpecies<Float> FH = VectorSpecies.of(float.class,
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final VectorSpecies<Integer> IH = VectorSpecies.of(int.class,
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int DL = D.length();
    private static final int BLOCK = VECTORS * DL;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private VectorColumns() {
    }

    /** See {@link Simd#foldColumns}. */
    static boolean doubles(BinaryOp op, MemorySegment s, DType type, long off, long rowStride, int rows, int lanes,
                           double[] acc) {
        if (type != DType.FLOAT32 && type != DType.FLOAT64) {
            return false;
        }
        boolean f32 = type == DType.FLOAT32;
        switch (op) {
            case ADD -> sum(s, f32, off, rowStride, rows, lanes, acc);
            case MULTIPLY -> product(s, f32, off, rowStride, rows, lanes, acc);
            case MAXIMUM -> max(s, f32, off, rowStride, rows, lanes, acc);
            case MINIMUM -> min(s, f32, off, rowStride, rows, lanes, acc);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** See {@link Simd#foldIntegerColumns}. */
    static boolean longs(BinaryOp op, MemorySegment s, DType type, long off, long rowStride, int rows, int lanes,
                         long[] acc) {
        if (type != DType.INT32 && type != DType.INT64) {
            return false;
        }
        boolean i32 = type == DType.INT32;
        switch (op) {
            case ADD -> longSum(s, i32, off, rowStride, rows, lanes, acc);
            case MAXIMUM -> longMax(s, i32, off, rowStride, rows, lanes, acc);
            case MINIMUM -> longMin(s, i32, off, rowStride, rows, lanes, acc);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static DoubleVector load(MemorySegment s, boolean f32, long element) {
        if (f32) {
            return (DoubleVector) FloatVector.fromMemorySegment(FH, s, element * Float.BYTES, ORDER)
                    .convertShape(VectorOperators.F2D, D, 0);
        }
        return DoubleVector.fromMemorySegment(D, s, element * Double.BYTES, ORDER);
    }

    private static LongVector loadLong(MemorySegment s, boolean i32, long element) {
        if (i32) {
            return (LongVector) IntVector.fromMemorySegment(IH, s, element * Integer.BYTES, ORDER)
                    .convertShape(VectorOperators.I2L, L, 0);
        }
        return LongVector.fromMemorySegment(L, s, element * Long.BYTES, ORDER);
    }

    private static double read(MemorySegment s, boolean f32, long element) {
        return f32 ? s.getAtIndex(ElementIO.FLOAT, element) : s.getAtIndex(ElementIO.DOUBLE, element);
    }

    private static long readLong(MemorySegment s, boolean i32, long element) {
        return i32 ? s.getAtIndex(ElementIO.INT, element) : s.getAtIndex(ElementIO.LONG, element);
    }

    private static void sum(MemorySegment s, boolean f32, long off, long rowStride, int rows, int lanes,
                            double[] acc) {
        int whole = lanes - lanes % BLOCK;
        for (int r0 = 0; r0 < rows; r0 += ROWS) {
            int r1 = Math.min(rows, r0 + ROWS);
            for (int j = 0; j < whole; j += BLOCK) {
                DoubleVector a0 = DoubleVector.fromArray(D, acc, j);
                DoubleVector a1 = DoubleVector.fromArray(D, acc, j + DL);
                DoubleVector a2 = DoubleVector.fromArray(D, acc, j + 2 * DL);
                DoubleVector a3 = DoubleVector.fromArray(D, acc, j + 3 * DL);
                for (int r = r0; r < r1; r++) {
                    long at = off + r * rowStride + j;
                    a0 = a0.add(load(s, f32, at));
                    a1 = a1.add(load(s, f32, at + DL));
                    a2 = a2.add(load(s, f32, at + 2 * DL));
                    a3 = a3.add(load(s, f32, at + 3 * DL));
                }
                a0.intoArray(acc, j);
                a1.intoArray(acc, j + DL);
                a2.intoArray(acc, j + 2 * DL);
                a3.intoArray(acc, j + 3 * DL);
            }
            for (int j = whole; j < lanes; j++) {
                double a = acc[j];
                for (int r = r0; r < r1; r++) {
                    a += read(s, f32, off + r * rowStride + j);
                }
                acc[j] = a;
            }
        }
    }

    private static void product(MemorySegment s, boolean f32, long off, long rowStride, int rows, int lanes,
                                double[] acc) {
        int whole = lanes - lanes % BLOCK;
        for (int r0 = 0; r0 < rows; r0 += ROWS) {
            int r1 = Math.min(rows, r0 + ROWS);
            for (int j = 0; j < whole; j += BLOCK) {
                DoubleVector a0 = DoubleVector.fromArray(D, acc, j);
                DoubleVector a1 = DoubleVector.fromArray(D, acc, j + DL);
                DoubleVector a2 = DoubleVector.fromArray(D, acc, j + 2 * DL);
                DoubleVector a3 = DoubleVector.fromArray(D, acc, j + 3 * DL);
                for (int r = r0; r < r1; r++) {
                    long at = off + r * rowStride + j;
                    a0 = a0.mul(load(s, f32, at));
                    a1 = a1.mul(load(s, f32, at + DL));
                    a2 = a2.mul(load(s, f32, at + 2 * DL));
                    a3 = a3.mul(load(s, f32, at + 3 * DL));
                }
                a0.intoArray(acc, j);
                a1.intoArray(acc, j + DL);
                a2.intoArray(acc, j + 2 * DL);
                a3.intoArray(acc, j + 3 * DL);
            }
            for (int j = whole; j < lanes; j++) {
                double a = acc[j];
                for (int r = r0; r < r1; r++) {
                    a *= read(s, f32, off + r * rowStride + j);
                }
                acc[j] = a;
            }
        }
    }

    /** {@link Math#max} rules on lanes: NaN wins, -0.0 below 0.0 (the order of folding does not matter). */
    private static void max(MemorySegment s, boolean f32, long off, long rowStride, int rows, int lanes,
                            double[] acc) {
        int whole = lanes - lanes % BLOCK;
        for (int r0 = 0; r0 < rows; r0 += ROWS) {
            int r1 = Math.min(rows, r0 + ROWS);
            for (int j = 0; j < whole; j += BLOCK) {
                DoubleVector a0 = DoubleVector.fromArray(D, acc, j);
                DoubleVector a1 = DoubleVector.fromArray(D, acc, j + DL);
                DoubleVector a2 = DoubleVector.fromArray(D, acc, j + 2 * DL);
                DoubleVector a3 = DoubleVector.fromArray(D, acc, j + 3 * DL);
                for (int r = r0; r < r1; r++) {
                    long at = off + r * rowStride + j;
                    a0 = a0.max(load(s, f32, at));
                    a1 = a1.max(load(s, f32, at + DL));
                    a2 = a2.max(load(s, f32, at + 2 * DL));
                    a3 = a3.max(load(s, f32, at + 3 * DL));
                }
                a0.intoArray(acc, j);
                a1.intoArray(acc, j + DL);
                a2.intoArray(acc, j + 2 * DL);
                a3.intoArray(acc, j + 3 * DL);
            }
            for (int j = whole; j < lanes; j++) {
                double a = acc[j];
                for (int r = r0; r < r1; r++) {
                    a = Math.max(a, read(s, f32, off + r * rowStride + j));
                }
                acc[j] = a;
            }
        }
    }

    /** {@link Math#min} rules on lanes, as {@link #max}. */
    private static void min(MemorySegment s, boolean f32, long off, long rowStride, int rows, int lanes,
                            double[] acc) {
        int whole = lanes - lanes % BLOCK;
        for (int r0 = 0; r0 < rows; r0 += ROWS) {
            int r1 = Math.min(rows, r0 + ROWS);
            for (int j = 0; j < whole; j += BLOCK) {
                DoubleVector a0 = DoubleVector.fromArray(D, acc, j);
                DoubleVector a1 = DoubleVector.fromArray(D, acc, j + DL);
                DoubleVector a2 = DoubleVector.fromArray(D, acc, j + 2 * DL);
                DoubleVector a3 = DoubleVector.fromArray(D, acc, j + 3 * DL);
                for (int r = r0; r < r1; r++) {
                    long at = off + r * rowStride + j;
                    a0 = a0.min(load(s, f32, at));
                    a1 = a1.min(load(s, f32, at + DL));
                    a2 = a2.min(load(s, f32, at + 2 * DL));
                    a3 = a3.min(load(s, f32, at + 3 * DL));
                }
                a0.intoArray(acc, j);
                a1.intoArray(acc, j + DL);
                a2.intoArray(acc, j + 2 * DL);
                a3.intoArray(acc, j + 3 * DL);
            }
            for (int j = whole; j < lanes; j++) {
                double a = acc[j];
                for (int r = r0; r < r1; r++) {
                    a = Math.min(a, read(s, f32, off + r * rowStride + j));
                }
                acc[j] = a;
            }
        }
    }

    /** Wrapping addition. */
    private static void longSum(MemorySegment s, boolean i32, long off, long rowStride, int rows, int lanes,
                                long[] acc) {
        int whole = lanes - lanes % BLOCK;
        for (int r0 = 0; r0 < rows; r0 += ROWS) {
            int r1 = Math.min(rows, r0 + ROWS);
            for (int j = 0; j < whole; j += BLOCK) {
                LongVector a0 = LongVector.fromArray(L, acc, j);
                LongVector a1 = LongVector.fromArray(L, acc, j + DL);
                LongVector a2 = LongVector.fromArray(L, acc, j + 2 * DL);
                LongVector a3 = LongVector.fromArray(L, acc, j + 3 * DL);
                for (int r = r0; r < r1; r++) {
                    long at = off + r * rowStride + j;
                    a0 = a0.add(loadLong(s, i32, at));
                    a1 = a1.add(loadLong(s, i32, at + DL));
                    a2 = a2.add(loadLong(s, i32, at + 2 * DL));
                    a3 = a3.add(loadLong(s, i32, at + 3 * DL));
                }
                a0.intoArray(acc, j);
                a1.intoArray(acc, j + DL);
                a2.intoArray(acc, j + 2 * DL);
                a3.intoArray(acc, j + 3 * DL);
            }
            for (int j = whole; j < lanes; j++) {
                long a = acc[j];
                for (int r = r0; r < r1; r++) {
                    a += readLong(s, i32, off + r * rowStride + j);
                }
                acc[j] = a;
            }
        }
    }

    private static void longMax(MemorySegment s, boolean i32, long off, long rowStride, int rows, int lanes,
                                long[] acc) {
        int whole = lanes - lanes % BLOCK;
        for (int r0 = 0; r0 < rows; r0 += ROWS) {
            int r1 = Math.min(rows, r0 + ROWS);
            for (int j = 0; j < whole; j += BLOCK) {
                LongVector a0 = LongVector.fromArray(L, acc, j);
                LongVector a1 = LongVector.fromArray(L, acc, j + DL);
                LongVector a2 = LongVector.fromArray(L, acc, j + 2 * DL);
                LongVector a3 = LongVector.fromArray(L, acc, j + 3 * DL);
                for (int r = r0; r < r1; r++) {
                    long at = off + r * rowStride + j;
                    a0 = a0.max(loadLong(s, i32, at));
                    a1 = a1.max(loadLong(s, i32, at + DL));
                    a2 = a2.max(loadLong(s, i32, at + 2 * DL));
                    a3 = a3.max(loadLong(s, i32, at + 3 * DL));
                }
                a0.intoArray(acc, j);
                a1.intoArray(acc, j + DL);
                a2.intoArray(acc, j + 2 * DL);
                a3.intoArray(acc, j + 3 * DL);
            }
            for (int j = whole; j < lanes; j++) {
                long a = acc[j];
                for (int r = r0; r < r1; r++) {
                    a = Math.max(a, readLong(s, i32, off + r * rowStride + j));
                }
                acc[j] = a;
            }
        }
    }

    private static void longMin(MemorySegment s, boolean i32, long off, long rowStride, int rows, int lanes,
                                long[] acc) {
        int whole = lanes - lanes % BLOCK;
        for (int r0 = 0; r0 < rows; r0 += ROWS) {
            int r1 = Math.min(rows, r0 + ROWS);
            for (int j = 0; j < whole; j += BLOCK) {
                LongVector a0 = LongVector.fromArray(L, acc, j);
                LongVector a1 = LongVector.fromArray(L, acc, j + DL);
                LongVector a2 = LongVector.fromArray(L, acc, j + 2 * DL);
                LongVector a3 = LongVector.fromArray(L, acc, j + 3 * DL);
                for (int r = r0; r < r1; r++) {
                    long at = off + r * rowStride + j;
                    a0 = a0.min(loadLong(s, i32, at));
                    a1 = a1.min(loadLong(s, i32, at + DL));
                    a2 = a2.min(loadLong(s, i32, at + 2 * DL));
                    a3 = a3.min(loadLong(s, i32, at + 3 * DL));
                }
                a0.intoArray(acc, j);
                a1.intoArray(acc, j + DL);
                a2.intoArray(acc, j + 2 * DL);
                a3.intoArray(acc, j + 3 * DL);
            }
            for (int j = whole; j < lanes; j++) {
                long a = acc[j];
                for (int r = r0; r < r1; r++) {
                    a = Math.min(a, readLong(s, i32, off + r * rowStride + j));
                }
                acc[j] = a;
            }
        }
    }
}
