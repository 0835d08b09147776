package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;

/**
 * The inner loops of matrix-vector and vector-vector products ({@link MatmulKernel}'s paths for
 * {@code m == 1} or {@code n == 1}) on FLOAT32/FLOAT64 data, accumulated in double. Offsets count
 * elements.
 *
 * <p>Every implementation evaluates the same expression, operation for operation, so all
 * implementations give bit-identical results:
 * <ul>
 *   <li>{@link #dot}: element {@code i} is added to running sum {@code i % }{@value #LANES} with a
 *       fused multiply-add (each running sum starts at 0 and takes its elements in increasing
 *       {@code i}); the sums {@code s} are then combined as {@code t[j] = (s[j] + s[j+4]) +
 *       (s[j+8] + s[j+12])} for {@code j < 4} and {@code (t[0] + t[1]) + (t[2] + t[3])}.</li>
 *   <li>{@link #columns}: each {@code acc[j]} takes one fused multiply-add per column, in
 *       increasing column order.</li>
 * </ul>
 */
interface GemvKernel {

    /** Interleaved running sums of {@link #dot}. */
    int LANES = 16;

    /**
     * The dot product of {@code n} contiguous elements of {@code a} and of {@code b}, both of type
     * {@code type} (FLOAT32 or FLOAT64), with the association described above. Zero for {@code n == 0}.
     */
    double dot(MemorySegment a, long aOff, MemorySegment b, long bOff, DType type, int n);

    /**
     * {@code acc[j] = fma(m[off + j + q*colStride], x[xPos + q], acc[j])} for {@code q = 0 .. cols-1}
     * in that order, for every {@code j < len}: {@code len} consecutive rows of a matrix of type
     * {@code type} that is contiguous along its rows, times {@code cols} entries of {@code x}.
     */
    void columns(MemorySegment m, DType type, long off, long colStride, double[] x, int xPos, int cols, double[] acc,
                 int len);

    /**
     * Finishes a {@link #dot}: adds elements {@code from .. n-1} ({@code from} a multiple of
     * {@value #LANES}) to their running sums in {@code lanes}, then combines the sums.
     */
    static double finishDot(double[] lanes, MemorySegment a, long aOff, MemorySegment b, long bOff, DType type,
                            int from, int n) {
        if (type == DType.FLOAT32) {
            for (int i = from; i < n; i++) {
                lanes[i - from] = Math.fma(a.getAtIndex(ElementIO.FLOAT, aOff + i),
                        b.getAtIndex(ElementIO.FLOAT, bOff + i), lanes[i - from]);
            }
        } else {
            for (int i = from; i < n; i++) {
                lanes[i - from] = Math.fma(a.getAtIndex(ElementIO.DOUBLE, aOff + i),
                        b.getAtIndex(ElementIO.DOUBLE, bOff + i), lanes[i - from]);
            }
        }
        double t0 = (lanes[0] + lanes[4]) + (lanes[8] + lanes[12]);
        double t1 = (lanes[1] + lanes[5]) + (lanes[9] + lanes[13]);
        double t2 = (lanes[2] + lanes[6]) + (lanes[10] + lanes[14]);
        double t3 = (lanes[3] + lanes[7]) + (lanes[11] + lanes[15]);
        return (t0 + t1) + (t2 + t3);
    }

    /** The portable kernels, with {@link Math#fma}. */
    final class Scalar implements GemvKernel {

        @Override
        public double dot(MemorySegment a, long aOff, MemorySegment b, long bOff, DType type, int n) {
            int whole = n - n % LANES;
            double[] lanes = new double[LANES];
            if (type == DType.FLOAT32) {
                for (int i = 0; i < whole; i += LANES) {
                    for (int l = 0; l < LANES; l++) {
                        lanes[l] = Math.fma(a.getAtIndex(ElementIO.FLOAT, aOff + i + l),
                                b.getAtIndex(ElementIO.FLOAT, bOff + i + l), lanes[l]);
                    }
                }
            } else {
                for (int i = 0; i < whole; i += LANES) {
                    for (int l = 0; l < LANES; l++) {
                        lanes[l] = Math.fma(a.getAtIndex(ElementIO.DOUBLE, aOff + i + l),
                                b.getAtIndex(ElementIO.DOUBLE, bOff + i + l), lanes[l]);
                    }
                }
            }
            return finishDot(lanes, a, aOff, b, bOff, type, whole, n);
        }

        @Override
        public void columns(MemorySegment m, DType type, long off, long colStride, double[] x, int xPos, int cols,
                            double[] acc, int len) {
            for (int q = 0; q < cols; q++) {
                double xq = x[xPos + q];
                long base = off + q * colStride;
                if (type == DType.FLOAT32) {
                    for (int j = 0; j < len; j++) {
                        acc[j] = Math.fma(m.getAtIndex(ElementIO.FLOAT, base + j), xq, acc[j]);
                    }
                } else {
                    for (int j = 0; j < len; j++) {
                        acc[j] = Math.fma(m.getAtIndex(ElementIO.DOUBLE, base + j), xq, acc[j]);
                    }
                }
            }
        }
    }
}
