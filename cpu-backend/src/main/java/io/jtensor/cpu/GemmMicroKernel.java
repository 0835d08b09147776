package io.jtensor.cpu;

import io.jtensor.DType;

import java.lang.foreign.MemorySegment;

/**
 * The innermost step of the packed matrix product: an {@code mr x nr} tile of C from {@code mr}
 * rows of A (a row-major block, {@link #multiplyRows}; or an interleaved panel, {@link #multiply},
 * the layout before session 17, kept to time against) and a packed {@code nr}-column panel of B (or
 * {@code nr} columns of B read where they lie, for few rows of A), in double (FLOAT64) or in float
 * ({@code mr x nrFloat}, FLOAT32).
 *
 * <p>Every implementation computes each tile element as the same chain of fused multiply-adds in
 * increasing {@code p}, starting from 0, in the tile's precision, so all implementations give
 * bit-identical results. {@link #dots(int, float[], int[], MemorySegment, long[], double[])} (few
 * rows of A against a transposed B, session 18's path, kept for timing) has its own association,
 * the same in every implementation; {@link #transposePanel(int, MemorySegment, long, long, int,
 * float[])} feeds the broadcast kernels from a transposed B instead.
 */
interface GemmMicroKernel {

    /** Rows of the tile (and of an A panel). */
    int mr();

    /** Columns of the tile (and of a B panel). */
    int nr();

    /**
     * {@code c[r*nr + j] = fma-chain over p < kc of a[aOff + p*mr + r] * b[bOff + p*nr + j]}.
     */
    void multiply(int kc, double[] a, int aOff, double[] b, int bOff, double[] c);

    /**
     * {@link #multiply(int, double[], int, double[], int, double[])} with A's {@code mr} rows as
     * they lie in a row-major block: {@code a[aOff + r*lda + p]} in place of
     * {@code a[aOff + p*mr + r]}. The same chains, so the same bits.
     */
    void multiplyRows(int kc, double[] a, int aOff, int lda, double[] b, int bOff, double[] c);

    /** Columns of a FLOAT32 tile (and of a float B panel); at most 64. */
    int nrFloat();

    /**
     * {@code c[r*nrFloat + j] = } the float fma-chain over {@code p < kc} of
     * {@code a[aOff + p*mr + r] * b[bOff + p*nrFloat + j]}.
     */
    void multiply(int kc, float[] a, int aOff, float[] b, int bOff, float[] c);

    /**
     * {@link #multiply(int, float[], int, float[], int, float[])} with A's {@code mr} rows as they
     * lie in a row-major block: {@code a[aOff + r*lda + p]} in place of {@code a[aOff + p*mr + r]}.
     */
    void multiplyRows(int kc, float[] a, int aOff, int lda, float[] b, int bOff, float[] c);

    /**
     * {@link #multiplyRows(int, double[], int, int, double[], int, double[])} with B read where it
     * lies instead of from a packed panel: {@code b[bOff + p*ldb + j]} (FLOAT64 elements of the
     * segment, all {@code nr()} columns of all {@code kc} rows in bounds) in place of
     * {@code b[bOff + p*nr + j]}. The same chains, so the same bits.
     */
    void multiplyRows(int kc, double[] a, int aOff, int lda, MemorySegment b, long bOff, long ldb, double[] c);

    /**
     * {@link #multiplyRows(int, float[], int, int, float[], int, float[])} with B read where it lies
     * instead of from a packed panel: {@code b[bOff + p*ldb + j]} (FLOAT32 elements of the segment,
     * all {@code nrFloat()} columns of all {@code kc} rows in bounds) in place of
     * {@code b[bOff + p*nrFloat + j]}. The same chains, so the same bits.
     */
    void multiplyRows(int kc, float[] a, int aOff, int lda, MemorySegment b, long bOff, long ldb, float[] c);

    /** Running sums of each FLOAT32 dot of {@link #dots(int, float[], int[], MemorySegment, long[], double[])}. */
    int DOT_LANES_FLOAT = 8;

    /** Running sums of each FLOAT64 dot of {@link #dots(int, double[], int[], MemorySegment, long[], double[])}. */
    int DOT_LANES_DOUBLE = 4;

    /** Rows of A in a tile of {@link #dots}. */
    int DOT_ROWS = 2;

    /** Columns of B in a tile of {@link #dots}. */
    int DOT_COLS = 4;

    /**
     * A {@value #DOT_ROWS} x {@value #DOT_COLS} tile of FLOAT32 dot products of {@code k} elements,
     * for a few rows of A against a transposed B ({@code x @ w.T}): {@code c[r*DOT_COLS + j]} is the
     * dot of A's row {@code r} ({@code a[rows[r] ..]}, A's rows copied into an array) with B's
     * column {@code j} (FLOAT32 elements of the segment from {@code cols[j]}, read where they lie;
     * offsets in elements, a row or column may be given twice). Element {@code p} is added to
     * running sum {@code p % L} by a float fused multiply-add ({@code L} = {@value #DOT_LANES_FLOAT};
     * each sum starts at 0 and takes its elements in increasing {@code p}), and the sums are
     * combined pairwise, each lane with the one half the lanes away, halving until one is left
     * ({@code ((s0+s4)+(s2+s6)) + ((s1+s5)+(s3+s7))}): the same bits in every implementation. NaN
     * and Inf propagate as in the sum of the products. Example: {@code k = 10} puts elements 0 and
     * 8 in {@code s0}, 1 and 9 in {@code s1}.
     */
    void dots(int k, float[] a, int[] rows, MemorySegment b, long[] cols, double[] c);

    /**
     * {@link #dots(int, float[], int[], MemorySegment, long[], double[])} for FLOAT64, in double:
     * {@code L} = {@value #DOT_LANES_DOUBLE}, combined as {@code (s0+s2) + (s1+s3)}.
     */
    void dots(int k, double[] a, int[] rows, MemorySegment b, long[] cols, double[] c);

    /**
     * Finishes a tile of {@link #dots} from its running sums, {@code sums[t*L .. (t+1)*L)} for
     * {@code c[t]} ({@code L} = {@value #DOT_LANES_FLOAT}), elements {@code 0 .. from-1} already in
     * them: adds elements {@code from .. k-1} to their sums, then combines each dot's sums.
     */
    static void finishDots(float[] sums, int k, int from, float[] a, int[] rows, MemorySegment b, long[] cols,
                           double[] c) {
        for (int t = 0, o = 0; t < DOT_ROWS * DOT_COLS; t++, o += DOT_LANES_FLOAT) {
            int row = rows[t / DOT_COLS];
            long col = cols[t % DOT_COLS];
            for (int p = from; p < k; p++) {
                int l = o + p % DOT_LANES_FLOAT;
                sums[l] = Math.fma(a[row + p], b.getAtIndex(ElementIO.FLOAT, col + p),
                        sums[l]);
            }
            c[t] = ((sums[o] + sums[o + 4]) + (sums[o + 2] + sums[o + 6]))
                    + ((sums[o + 1] + sums[o + 5]) + (sums[o + 3] + sums[o + 7]));
        }
    }

    /**
     * {@link #finishDots(float[], int, int, float[], int[], MemorySegment, long[], double[])} for
     * FLOAT64 ({@code L} = {@value #DOT_LANES_DOUBLE}).
     */
    static void finishDots(double[] sums, int k, int from, double[] a, int[] rows, MemorySegment b,
                           long[] cols, double[] c) {
        for (int t = 0, o = 0; t < DOT_ROWS * DOT_COLS; t++, o += DOT_LANES_DOUBLE) {
            int row = rows[t / DOT_COLS];
            long col = cols[t % DOT_COLS];
            for (int p = from; p < k; p++) {
                int l = o + p % DOT_LANES_DOUBLE;
                sums[l] = Math.fma(a[row + p], b.getAtIndex(ElementIO.DOUBLE, col + p),
                        sums[l]);
            }
            c[t] = (sums[o] + sums[o + 2]) + (sums[o + 1] + sums[o + 3]);
        }
    }

    /**
     * Copies {@code cols} columns of a transposed FLOAT32 B (each column contiguous: {@code x @ w.T})
     * into a panel for {@link #multiplyRows(int, float[], int, int, float[], int, float[])}:
     * {@code panel[p*nrFloat() + j] = b[bOff + j*ldb + p]} (FLOAT32 elements of the segment) for
     * {@code p < kc}, {@code j < cols}, and 0 for {@code cols <= j < nrFloat()}. The bits are copied
     * as they are (NaN payloads included), so the product equals that of a C-ordered copy of B.
     */
    default void transposePanel(int kc, MemorySegment b, long bOff, long ldb, int cols, float[] panel) {
        int nr = nrFloat();
        for (int j = 0; j < nr; j++) {
            long col = bOff + j * ldb;
            for (int p = 0, o = j; p < kc; p++, o += nr) {
                panel[o] = j < cols ? b.getAtIndex(ElementIO.FLOAT, col + p) : 0f;
            }
        }
    }

    /**
     * {@link #transposePanel(int, MemorySegment, long, long, int, float[])} for FLOAT64 and
     * {@link #multiplyRows(int, double[], int, int, double[], int, double[])}: {@code nr()} columns.
     */
    default void transposePanel(int kc, MemorySegment b, long bOff, long ldb, int cols, double[] panel) {
        int nr = nr();
        for (int j = 0; j < nr; j++) {
            long col = bOff + j * ldb;
            for (int p = 0, o = j; p < kc; p++, o += nr) {
                panel[o] = j < cols ? b.getAtIndex(ElementIO.DOUBLE, col + p) : 0.0;
            }
        }
    }

    /**
     * Writes the top-left {@code rows x cols} of a FLOAT32 tile ({@code nrFloat()} floats per row)
     * into a FLOAT32 C with unit column stride: {@code c = tile} when {@code first}, else
     * {@code c = c + tile} in float.
     */
    default void store(float[] tile, int rows, int cols, MemorySegment c, long offset, long rowStride, boolean first) {
        int nr = nrFloat();
        for (int r = 0; r < rows; r++) {
            long row = offset + r * rowStride;
            for (int j = 0; j < cols; j++) {
                float v = tile[r * nr + j];
                c.setAtIndex(ElementIO.FLOAT, row + j, first ? v : c.getAtIndex(ElementIO.FLOAT, row + j) + v);
            }
        }
    }

    /**
     * Writes the top-left {@code rows x cols} of a FLOAT64 tile ({@code nr()} doubles per row) into
     * a FLOAT64 C with unit column stride: {@code c = tile} when {@code first}, else
     * {@code c = c + tile}.
     */
    default void store(double[] tile, int rows, int cols, MemorySegment c, long offset, long rowStride,
                       boolean first) {
        int nr = nr();
        for (int r = 0; r < rows; r++) {
            long row = offset + r * rowStride;
            for (int j = 0; j < cols; j++) {
                double v = tile[r * nr + j];
                c.setAtIndex(ElementIO.DOUBLE, row + j, first ? v : c.getAtIndex(ElementIO.DOUBLE, row + j) + v);
            }
        }
    }

    /** The portable kernel: a 4 x 4 tile in scalar registers with {@link Math#fma}. */
    final class Scalar implements GemmMicroKernel {

        @Override
        public int mr() {
            return 4;
        }

        @Override
        public int nr() {
            return 4;
        }

        @Override
        public void multiply(int kc, double[] a, int aOff, double[] b, int bOff, double[] c) {
            double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
            double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
            double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
            double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
            int ai = aOff;
            int bi = bOff;
            for (int p = 0; p < kc; p++, ai += 4, bi += 4) {
                double b0 = b[bi];
                double b1 = b[bi + 1];
                double b2 = b[bi + 2];
                double b3 = b[bi + 3];
                double a0 = a[ai];
                c00 = Math.fma(a0, b0, c00);
                c01 = Math.fma(a0, b1, c01);
                c02 = Math.fma(a0, b2, c02);
                c03 = Math.fma(a0, b3, c03);
                double a1 = a[ai + 1];
                c10 = Math.fma(a1, b0, c10);
                c11 = Math.fma(a1, b1, c11);
                c12 = Math.fma(a1, b2, c12);
                c13 = Math.fma(a1, b3, c13);
                double a2 = a[ai + 2];
                c20 = Math.fma(a2, b0, c20);
                c21 = Math.fma(a2, b1, c21);
                c22 = Math.fma(a2, b2, c22);
                c23 = Math.fma(a2, b3, c23);
                double a3 = a[ai + 3];
                c30 = Math.fma(a3, b0, c30);
                c31 = Math.fma(a3, b1, c31);
                c32 = Math.fma(a3, b2, c32);
                c33 = Math.fma(a3, b3, c33);
            }
            c[0] = c00; c[1] = c01; c[2] = c02; c[3] = c03;
            c[4] = c10; c[5] = c11; c[6] = c12; c[7] = c13;
            c[8] = c20; c[9] = c21; c[10] = c22; c[11] = c23;
            c[12] = c30; c[13] = c31; c[14] = c32; c[15] = c33;
        }

        @Override
        public void multiplyRows(int kc, double[] a, int aOff, int lda, double[] b, int bOff, double[] c) {
            double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
            double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
            double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
            double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
            int r1 = aOff + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            int bi = bOff;
            for (int p = 0; p < kc; p++, bi += 4) {
                double b0 = b[bi];
                double b1 = b[bi + 1];
                double b2 = b[bi + 2];
                double b3 = b[bi + 3];
                double a0 = a[aOff + p];
                c00 = Math.fma(a0, b0, c00);
                c01 = Math.fma(a0, b1, c01);
                c02 = Math.fma(a0, b2, c02);
                c03 = Math.fma(a0, b3, c03);
                double a1 = a[r1 + p];
                c10 = Math.fma(a1, b0, c10);
                c11 = Math.fma(a1, b1, c11);
                c12 = Math.fma(a1, b2, c12);
                c13 = Math.fma(a1, b3, c13);
                double a2 = a[r2 + p];
                c20 = Math.fma(a2, b0, c20);
                c21 = Math.fma(a2, b1, c21);
                c22 = Math.fma(a2, b2, c22);
                c23 = Math.fma(a2, b3, c23);
                double a3 = a[r3 + p];
                c30 = Math.fma(a3, b0, c30);
                c31 = Math.fma(a3, b1, c31);
                c32 = Math.fma(a3, b2, c32);
                c33 = Math.fma(a3, b3, c33);
            }
            c[0] = c00; c[1] = c01; c[2] = c02; c[3] = c03;
            c[4] = c10; c[5] = c11; c[6] = c12; c[7] = c13;
            c[8] = c20; c[9] = c21; c[10] = c22; c[11] = c23;
            c[12] = c30; c[13] = c31; c[14] = c32; c[15] = c33;
        }

        @Override
        public void multiplyRows(int kc, double[] a, int aOff, int lda, MemorySegment b, long bOff, long ldb,
                                 double[] c) {
            double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
            double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
            double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
            double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
            int r1 = aOff + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            long bi = bOff;
            for (int p = 0; p < kc; p++, bi += ldb) {
                double b0 = b.getAtIndex(ElementIO.DOUBLE, bi);
                double b1 = b.getAtIndex(ElementIO.DOUBLE, bi + 1);
                double b2 = b.getAtIndex(ElementIO.DOUBLE, bi + 2);
                double b3 = b.getAtIndex(ElementIO.DOUBLE, bi + 3);
                double a0 = a[aOff + p];
                c00 = Math.fma(a0, b0, c00);
                c01 = Math.fma(a0, b1, c01);
                c02 = Math.fma(a0, b2, c02);
                c03 = Math.fma(a0, b3, c03);
                double a1 = a[r1 + p];
                c10 = Math.fma(a1, b0, c10);
                c11 = Math.fma(a1, b1, c11);
                c12 = Math.fma(a1, b2, c12);
                c13 = Math.fma(a1, b3, c13);
                double a2 = a[r2 + p];
                c20 = Math.fma(a2, b0, c20);
                c21 = Math.fma(a2, b1, c21);
                c22 = Math.fma(a2, b2, c22);
                c23 = Math.fma(a2, b3, c23);
                double a3 = a[r3 + p];
                c30 = Math.fma(a3, b0, c30);
                c31 = Math.fma(a3, b1, c31);
                c32 = Math.fma(a3, b2, c32);
                c33 = Math.fma(a3, b3, c33);
            }
            c[0] = c00; c[1] = c01; c[2] = c02; c[3] = c03;
            c[4] = c10; c[5] = c11; c[6] = c12; c[7] = c13;
            c[8] = c20; c[9] = c21; c[10] = c22; c[11] = c23;
            c[12] = c30; c[13] = c31; c[14] = c32; c[15] = c33;
        }

        @Override
        public void multiplyRows(int kc, float[] a, int aOff, int lda, MemorySegment b, long bOff, long ldb,
                                 float[] c) {
            float[] acc = new float[16];
            long bi = bOff;
            for (int p = 0; p < kc; p++, bi += ldb) {
                float b0 = b.getAtIndex(ElementIO.FLOAT, bi);
                float b1 = b.getAtIndex(ElementIO.FLOAT, bi + 1);
                float b2 = b.getAtIndex(ElementIO.FLOAT, bi + 2);
                float b3 = b.getAtIndex(ElementIO.FLOAT, bi + 3);
                for (int r = 0, o = 0; r < 4; r++, o += 4) {
                    float x = a[aOff + r * lda + p];
                    acc[o] = Math.fma(x, b0, acc[o]);
                    acc[o + 1] = Math.fma(x, b1, acc[o + 1]);
                    acc[o + 2] = Math.fma(x, b2, acc[o + 2]);
                    acc[o + 3] = Math.fma(x, b3, acc[o + 3]);
                }
            }
            System.arraycopy(acc, 0, c, 0, 16);
        }

        @Override
        public void dots(int k, float[] a, int[] rows, MemorySegment b, long[] cols, double[] c) {
            GemmMicroKernel.finishDots(new float[DOT_ROWS * DOT_COLS * DOT_LANES_FLOAT], k, 0, a, rows, b, cols, c);
        }

        @Override
        public void dots(int k, double[] a, int[] rows, MemorySegment b, long[] cols, double[] c) {
            GemmMicroKernel.finishDots(new double[DOT_ROWS * DOT_COLS * DOT_LANES_DOUBLE], k, 0, a, rows, b, cols, c);
        }

        @Override
        public int nrFloat() {
            return 4;
        }

        @Override
        public void multiplyRows(int kc, float[] a, int aOff, int lda, float[] b, int bOff, float[] c) {
            float[] acc = new float[16];
            for (int p = 0, bi = bOff; p < kc; p++, bi += 4) {
                for (int r = 0; r < 4; r++) {
                    float x = a[aOff + r * lda + p];
                    for (int j = 0; j < 4; j++) {
                        acc[r * 4 + j] = Math.fma(x, b[bi + j], acc[r * 4 + j]);
                    }
                }
            }
            System.arraycopy(acc, 0, c, 0, 16);
        }

        @Override
        public void multiply(int kc, float[] a, int aOff, float[] b, int bOff, float[] c) {
            float[] acc = new float[16];
            for (int p = 0, ai = aOff, bi = bOff; p < kc; p++, ai += 4, bi += 4) {
                for (int r = 0; r < 4; r++) {
                    float x = a[ai + r];
                    for (int j = 0; j < 4; j++) {
                        acc[r * 4 + j] = Math.fma(x, b[bi + j], acc[r * 4 + j]);
                    }
                }
            }
            System.arraycopy(acc, 0, c, 0, 16);
        }
    }
}
