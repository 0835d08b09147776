package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * Executes floating-point {@link MatmulPlan}s with a packed, cache-blocked product in the style
 * of GotoBLAS: {@value #KC}-deep slices of B ({@value #NC} columns at a time) and of A
 * ({@value #MC} rows at a time) are copied into contiguous blocks, and a register-blocked
 * {@link GemmMicroKernel} computes C tile by tile. B is packed into {@code nr}-column panels (a
 * bulk copy per row piece when B's rows are contiguous, as in {@code x @ w}); when A has at most
 * {@value #IN_PLACE_ROWS} rows, such a B is not packed at all: each element of B meets too few
 * rows of A to repay the copy, so the micro-kernel reads its panels where they lie and threads
 * split the columns (only a last panel narrower than the tile is packed). A's
 * block is copied row-major as it is ({@link GemmMicroKernel#multiplyRows} broadcasts from
 * {@code mr} rows), a bulk copy for a C-ordered A: interleaving A into {@code mr}-row panels cost
 * as much as the multiply-adds when n is small (a 14400 x 144 by 144 x 32 float32 product, a
 * convolution by windows), and the kernel that reads panels ran at half the speed of the one that
 * reads rows on the AVX2 EPYC even for 1024². Any strides are accepted (transposed and broadcast
 * operands are simply copied). FLOAT64 panels and tiles are double; FLOAT32 ones are
 * float, as BLAS's sgemm (and so NumPy) computes float32 products: twice the vector lanes, with an
 * error bound of about ({@value #KC} + k / {@value #KC}) float32 eps times the sum of |a·b| instead
 * of the float64 one rounded once.
 *
 * <p>Large products are split over threads by row blocks; batches of small products are split by
 * batch. Each C element is a chain of fused multiply-adds over each {@value #KC}-deep slice (in
 * the type's precision), added to C slice by slice, whatever the thread count or micro-kernel.
 * Small products take a direct loop that is one such slice, in double (FLOAT32 rounded when
 * stored). A transposed B ({@code x @ w.T}: B's columns contiguous) with at most
 * {@value #TRANSPOSED_ROWS} rows of A is not packed ahead: each {@code nr}-column panel is
 * transposed into an L1-resident buffer just before its tiles (in registers, 8 x 8 float32 or
 * 4 x 4 float64 blocks, with the Vector API), so such a product has the packed path's association
 * and bits, equal to those of the same product with a C-ordered copy of B. Session 18's dot
 * products of rows ({@link GemmMicroKernel#dots(int, float[], int[], MemorySegment, long[],
 * double[])}, a different association) remain only behind {@link #DOTS_TRANSPOSED_B}.
 *
 * <p>Matrix-vector and vector-vector products ({@code m == 1} or {@code n == 1}, FLOAT32 and
 * FLOAT64) skip packing and use a {@link GemvKernel}, in double, rounding once when stored. The
 * product is viewed as {@code y = M x} ({@code M = A}, {@code x} = B's column when {@code n == 1};
 * {@code M = B^T}, {@code x} = A's row when {@code m == 1}), and one of two forms is chosen by
 * M's strides:
 * <ul>
 *   <li>column form, when M's rows are adjacent (stride 1) but its columns are not, e.g.
 *       {@code x @ B} for a C-ordered B: the packed path's association (an FMA chain per
 *       {@value #KC}-deep slice, slices added in order), so FLOAT64 results equal the packed
 *       path's bit for bit; FLOAT32 ones may differ in the last place, since the packed path
 *       rounds to float after each slice and this form only at the end;</li>
 *   <li>dot form otherwise (M's rows contiguous, e.g. {@code A @ x} for a C-ordered A and
 *       {@code dot} of two vectors; or arbitrary strides, which are copied): k is cut into
 *       {@value #DOT_BLOCK}-element blocks, each block is summed with {@link GemvKernel#dot}'s
 *       {@value GemvKernel#LANES} interleaved FMA chains, and the block sums are combined in a
 *       balanced binary tree. This association differs from the packed path's, so such a result
 *       can differ in the last bits from what the packed path gives for the same row of a wider
 *       product (its error bound is smaller: about (min(k, {@value #DOT_BLOCK}) /
 *       {@value GemvKernel#LANES} + 4 + log2(k / {@value #DOT_BLOCK})) eps times the sum of
 *       |a·b|, against about min(k, {@value #KC}) + k / {@value #KC} for the packed path).</li>
 * </ul>
 * Threads split rows, or (dot form) blocks of k whose sums are kept and combined in a fixed
 * order. So every result depends only on the shape, the strides and the values: never on the
 * thread count, on how work is split, or on whether the Vector API is used. Integer products go to
 * {@link IntMatmul}.
 */
final class MatmulKernel {

    /** Depth of a packed slice. */
    static final int KC = 256;
    /** Rows of A packed per block. */
    static final int MC = 96;
    /** Columns of B packed per block. */
    static final int NC = 2048;
    /** Products of at most this many multiply-adds (and k &lt;= KC) use a direct loop without packing. */
    static final long SMALL = 32L * 32 * 32;
    /** Rows of A up to which a B with contiguous rows is read in place rather than packed. */
    static final int IN_PLACE_ROWS = 64;
    /**
     * Rows of A up to which a product with a transposed B ({@code x @ w.T}) is computed as dot
     * products of rows read in place under {@link #DOTS_TRANSPOSED_B} (from a sweep at load 10 on the AVX2 EPYC: 2.4x faster than
     * packing at 8 rows, 1.6x at 16, level at 32, slower at 64).
     */
    static final int DOTS_ROWS = 16;
    /**
     * Rows of A up to which a product with a transposed B ({@code x @ w.T}) transposes B's panels as
     * they are used rather than packing B (a timing loop at load 15 on the AVX2 EPYC, k 784, n 128:
     * float32 2.5x faster than packing at 32 rows, 1.3x at 64; float64 1.1x at 32, 0.8x at 64).
     */
    static final int TRANSPOSED_ROWS = 32;
    /** Depth up to which such a product is computed as dot products (so each running sum is at most 256 deep). */
    static final int DOTS_DEPTH = 1024;
    /** Multiply-adds above which a product is split over threads. */
    static final long PARALLEL_WORK = 1L << 21;
    /** Elements of k summed by one {@link GemvKernel#dot} call in the dot form of a matrix-vector product. */
    static final int DOT_BLOCK = 4096;
    /** Multiply-adds of one thread's share of a matrix-vector product (at least). */
    static final long GEMV_GRAIN = 1L << 16;
    /** Rows of the column form accumulated together (kept in L1). */
    static final int COLUMN_ROWS = 512;

    /** Per-thread native scratch for copies of strided vectors, {@code 2 * DOT_BLOCK} doubles. */
    private static final ThreadLocal<MemorySegment> SCRATCH =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(2L * DOT_BLOCK * Double.BYTES, 64));

    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[4][0]);
    private static final ThreadLocal<float[][]> FLOAT_BUFFERS = ThreadLocal.withInitial(() -> new float[2][0]);
    /**
     * The system property that, set to {@code true}, packs A into interleaved panels for
     * {@link GemmMicroKernel#multiply} as before session 17 instead of copying its rows for
     * {@link GemmMicroKernel#multiplyRows}: the same bits, kept only to time the change in one run.
     * Read once per packed product.
     */
    static final String LEGACY_PACKING = "jtensor.cpu.matmul.legacyPacking";
    /**
     * The system property that, set to {@code true}, packs a B with contiguous rows ({@code x @ w})
     * as before session 18: gathered row by row through double, and packed whatever the row count,
     * instead of copied in bulk or (at most {@value #IN_PLACE_ROWS} rows of A) read in place. The
     * same bits, kept only to time the change in one run. Read once per packed product.
     */
    static final String GATHER_B = "jtensor.cpu.matmul.gatherB";
    /**
     * The system property that, set to {@code true}, packs a transposed B ({@code x @ w.T}) into
     * panels at any row count of A, as before session 18, instead of (at most
     * {@value #TRANSPOSED_ROWS} rows of A) transposing each panel as it is used: the same bits,
     * kept only to time the change in one run. Read once per packed product; {@link #GATHER_B} and
     * {@link #LEGACY_PACKING} imply it, and it overrides {@link #DOTS_TRANSPOSED_B}.
     */
    static final String PACK_TRANSPOSED_B = "jtensor.cpu.matmul.packTransposedB";
    /**
     * The system property that, set to {@code true}, computes a product with a transposed B
     * ({@code x @ w.T}) for at most {@value #DOTS_ROWS} rows of A and k at most {@value #DOTS_DEPTH}
     * as dot products of rows read in place ({@link GemmMicroKernel#dots}), as in session 18,
     * instead of transposing B's panels as they are used (a different summation order; other
     * shapes are packed as before session 18), kept only to time the change in one run. Read once
     * per packed product; {@link #PACK_TRANSPOSED_B} overrides it.
     */
    static final String DOTS_TRANSPOSED_B = "jtensor.cpu.matmul.dotsTransposedB";
    /** Large enough for any micro-kernel's FLOAT32 tile (at most 8 rows of 64 floats). */
    private static final ThreadLocal<float[]> FLOAT_TILE = ThreadLocal.withInitial(() -> new float[8 * 64]);

    private final GemmMicroKernel kernel;
    private final GemvKernel gemv;

    /** Creates the kernel around a micro-kernel and matrix-vector kernels. */
    MatmulKernel(GemmMicroKernel kernel, GemvKernel gemv) {
        this.kernel = kernel;
        this.gemv = gemv;
    }

    /** Runs the plan. */
    void run(MatmulPlan plan) {
        if (!Conversions.isFloatFamily(plan.dtype())) {
            IntMatmul.run(plan);
            return;
        }
        long batch = plan.batchSize();
        if (batch == 0 || plan.m() == 0 || plan.n() == 0) {
            return;
        }
        Batch b = new Batch(plan);
        long work = saturatedProduct(plan.m(), plan.n(), Math.max(1, plan.k()));
        if (batch > 1 && work < PARALLEL_WORK && saturatedProduct(batch, work, 1) >= 2 * PARALLEL_WORK) {
            ParallelLoop.forRange(batch, Math.max(1, PARALLEL_WORK / work), 1, (s, e) -> {
                long[] offsets = new long[3];
                for (long i = s; i < e; i++) {
                    b.offsets(i, offsets);
                    multiply(plan, offsets, false);
                }
            });
            return;
        }
        long[] offsets = new long[3];
        for (long i = 0; i < batch; i++) {
            b.offsets(i, offsets);
            multiply(plan, offsets, true);
        }
    }

    static long saturatedProduct(long a, long b, long c) {
        long ab = Math.multiplyHigh(a, b) == 0 && a * b >= 0 ? a * b : Long.MAX_VALUE;
        return Math.multiplyHigh(ab, c) == 0 && ab * c >= 0 ? ab * c : Long.MAX_VALUE;
    }

    /** The element offsets of each matrix of a batch. */
    static final class Batch {
        private final long[] shape;
        private final Operand[] operands;

        Batch(MatmulPlan plan) {
            this.shape = plan.batchShape();
            this.operands = new Operand[]{plan.a(), plan.b(), plan.out()};
        }

        /** Writes the offsets of A, B and C of matrix {@code index} into {@code dst}. */
        void offsets(long index, long[] dst) {
            for (int o = 0; o < 3; o++) {
                dst[o] = operands[o].offset();
            }
            long rest = index;
            for (int d = shape.length - 1; d >= 0; d--) {
                long i = rest % shape[d];
                rest /= shape[d];
                for (int o = 0; o < 3; o++) {
                    dst[o] += i * operands[o].stride(d);
                }
            }
        }
    }

    /** One product, described by the plan's strides and the given offsets; threads only if {@code mayThread}. */
    private void multiply(MatmulPlan plan, long[] offsets, boolean mayThread) {
        Product p = new Product(plan, offsets);
        if (p.k == 0) {
            p.zero();
        } else if ((p.m == 1 || p.n == 1) && p.k <= Integer.MAX_VALUE - 16) {
            p.gemv(mayThread);
        } else if (p.k <= KC && saturatedProduct(p.m, p.n, p.k) <= SMALL) {
            p.direct();
        } else {
            p.packed(mayThread && saturatedProduct(p.m, p.n, p.k) >= PARALLEL_WORK);
        }
    }

    private final class Product {
        final MemorySegment a;
        final MemorySegment b;
        final MemorySegment c;
        final DType type;
        final long m;
        final long n;
        final long k;
        final long aOff;
        final long ars;
        final long acs;
        final long bOff;
        final long brs;
        final long bcs;
        final long cOff;
        final long crs;
        final long ccs;

        Product(MatmulPlan plan, long[] offsets) {
            int nb = plan.batchShape().length;
            this.a = MapKernels.segment(plan.a());
            this.b = MapKernels.segment(plan.b());
            this.c = MapKernels.segment(plan.out());
            this.type = plan.dtype();
            this.m = plan.m();
            this.n = plan.n();
            this.k = plan.k();
            this.aOff = offsets[0];
            this.bOff = offsets[1];
            this.cOff = offsets[2];
            this.ars = plan.a().stride(nb);
            this.acs = plan.a().stride(nb + 1);
            this.brs = plan.b().stride(nb);
            this.bcs = plan.b().stride(nb + 1);
            this.crs = plan.out().stride(nb);
            this.ccs = plan.out().stride(nb + 1);
        }

        private double get(MemorySegment s, long index) {
            return type == DType.FLOAT32 ? s.getAtIndex(ElementIO.FLOAT, index) : s.getAtIndex(ElementIO.DOUBLE, index);
        }

        private void set(long index, double v) {
            if (type == DType.FLOAT32) {
                c.setAtIndex(ElementIO.FLOAT, index, (float) v);
            } else {
                c.setAtIndex(ElementIO.DOUBLE, index, v);
            }
        }

        void zero() {
            for (long i = 0; i < m; i++) {
                for (long j = 0; j < n; j++) {
                    set(cOff + i * crs + j * ccs, 0.0);
                }
            }
        }

        void direct() {
            for (long i = 0; i < m; i++) {
                for (long j = 0; j < n; j++) {
                    double acc = 0;
                    long ai = aOff + i * ars;
                    long bj = bOff + j * bcs;
                    for (long p = 0; p < k; p++) {
                        acc = Math.fma(get(a, ai + p * acs), get(b, bj + p * brs), acc);
                    }
                    set(cOff + i * crs + j * ccs, acc);
                }
            }
        }

        /** A matrix-vector or vector-vector product: {@code y = M x} with M of {@code rows x k}. */
        void gemv(boolean mayThread) {
            if (n == 1) {
                gemv(m, a, aOff, ars, acs, b, bOff, brs, cOff, crs, mayThread);
            } else {
                gemv(n, b, bOff, bcs, brs, a, aOff, acs, cOff, ccs, mayThread);
            }
        }

        private void gemv(long rows, MemorySegment ms, long mOff, long rs, long cs, MemorySegment xs, long xOff,
                          long xStride, long yOff, long ys, boolean mayThread) {
            if (rs == 1 && cs != 1 && rows > 1) {
                columnForm(rows, ms, mOff, cs, xs, xOff, xStride, yOff, ys, mayThread);
            } else {
                dotForm(rows, ms, mOff, rs, cs, xs, xOff, xStride, yOff, ys, mayThread);
            }
        }

        /** Runs {@code body} over {@code [0, count)}, split over threads when allowed and worth it. */
        private static void split(long count, long grain, boolean mayThread, ParallelLoop.Range body) {
            if (mayThread) {
                ParallelLoop.forRange(count, Math.max(1, grain), 1, body);
            } else if (count > 0) {
                body.run(0, count);
            }
        }

        private void dotForm(long rows, MemorySegment ms, long mOff, long rs, long cs, MemorySegment xs, long xOff,
                             long xStride, long yOff, long ys, boolean mayThread) {
            int kk = (int) k;
            int width = type.byteSize();
            MemorySegment xv = xs;
            long xo = xOff;
            if (xStride != 1) {
                xv = kk <= DOT_BLOCK ? SCRATCH.get() : Arena.ofAuto().allocate((long) kk * width, 64);
                copyStrided(xs, xOff, xStride, xv, kk);
                xo = 0;
            }
            MemorySegment xc = xv;
            long xcOff = xo;
            int blocks = (kk + DOT_BLOCK - 1) / DOT_BLOCK;
            if (blocks == 1) {
                split(rows, GEMV_GRAIN / k, mayThread, (r0, r1) -> {
                    for (long r = r0; r < r1; r++) {
                        set(yOff + r * ys, dotBlock(ms, mOff + r * rs, cs, xc, xcOff, 0, kk));
                    }
                });
                return;
            }
            // several blocks: split (row, block) units, keep each block's sum, combine per row
            long rowsPerGroup = Math.max(1, (1 << 16) / blocks);
            double[] sums = new double[(int) Math.min(rows, rowsPerGroup) * blocks];
            for (long g = 0; g < rows; g += rowsPerGroup) {
                long g0 = g;
                long groupRows = Math.min(rowsPerGroup, rows - g);
                split(groupRows * blocks, GEMV_GRAIN / DOT_BLOCK, mayThread, (u0, u1) -> {
                    for (long u = u0; u < u1; u++) {
                        long r = g0 + u / blocks;
                        int from = (int) (u % blocks) * DOT_BLOCK;
                        sums[(int) u] = dotBlock(ms, mOff + r * rs, cs, xc, xcOff, from, Math.min(DOT_BLOCK, kk - from));
                    }
                });
                for (int r = 0; r < groupRows; r++) {
                    set(yOff + (g0 + r) * ys, pairwise(sums, r * blocks, blocks));
                }
            }
        }

        /** Elements {@code from .. from+len) of one row of M (column stride {@code cs}) dotted with x. */
        private double dotBlock(MemorySegment ms, long rowOff, long cs, MemorySegment x, long xOff, int from, int len) {
            if (cs == 1) {
                return gemv.dot(ms, rowOff + from, x, xOff + from, type, len);
            }
            MemorySegment row = SCRATCH.get();
            long at = type == DType.FLOAT32 ? 2L * DOT_BLOCK : DOT_BLOCK;
            copyStrided(ms, rowOff + from * cs, cs, row.asSlice(at * type.byteSize()), len);
            return gemv.dot(row, at, x, xOff + from, type, len);
        }

        /** Copies {@code count} elements of type {@code type} at a stride into a contiguous segment. */
        private void copyStrided(MemorySegment src, long off, long stride, MemorySegment dst, int count) {
            if (type == DType.FLOAT32) {
                for (int i = 0; i < count; i++) {
                    dst.setAtIndex(ElementIO.FLOAT, i, src.getAtIndex(ElementIO.FLOAT, off + i * stride));
                }
            } else {
                for (int i = 0; i < count; i++) {
                    dst.setAtIndex(ElementIO.DOUBLE, i, src.getAtIndex(ElementIO.DOUBLE, off + i * stride));
                }
            }
        }

        private void columnForm(long rows, MemorySegment ms, long mOff, long cs, MemorySegment xs, long xOff,
                                long xStride, long yOff, long ys, boolean mayThread) {
            int kk = (int) k;
            double[] x = new double[kk];
            ElementIO.gatherDouble(xs, type, xOff, xStride, x, 0, kk, DType.FLOAT64);
            split(rows, Math.max(64, GEMV_GRAIN / k), mayThread, (r0, r1) -> {
                double[] acc = new double[(int) Math.min(COLUMN_ROWS, r1 - r0)];
                double[] slice = new double[acc.length];
                for (long i0 = r0; i0 < r1; i0 += COLUMN_ROWS) {
                    int len = (int) Math.min(COLUMN_ROWS, r1 - i0);
                    Arrays.fill(acc, 0, len, 0.0);
                    for (int pc = 0; pc < kk; pc += KC) {
                        int kc = Math.min(KC, kk - pc);
                        long off = mOff + i0 + pc * cs;
                        if (pc == 0) {
                            gemv.columns(ms, type, off, cs, x, pc, kc, acc, len);
                        } else {
                            Arrays.fill(slice, 0, len, 0.0);
                            gemv.columns(ms, type, off, cs, x, pc, kc, slice, len);
                            for (int j = 0; j < len; j++) {
                                acc[j] += slice[j];
                            }
                        }
                    }
                    for (int j = 0; j < len; j++) {
                        set(yOff + (i0 + j) * ys, acc[j]);
                    }
                }
            });
        }

        void packed(boolean parallel) {
            int mr = kernel.mr();
            boolean f32 = type == DType.FLOAT32;
            int nr = f32 ? kernel.nrFloat() : kernel.nr();
            int mc = MC;
            if (parallel && ParallelLoop.THREADS > 1) {
                long perThread = (m + ParallelLoop.THREADS - 1) / ParallelLoop.THREADS;
                mc = (int) Math.max(mr, Math.min(MC, (perThread + mr - 1) / mr * mr));
            }
            int blockRows = mc;
            boolean rowsOfA = !Boolean.getBoolean(LEGACY_PACKING);
            boolean gatherB = !rowsOfA || Boolean.getBoolean(GATHER_B);
            if (!gatherB && brs == 1 && m <= TRANSPOSED_ROWS && (f32 || type == DType.FLOAT64)
                    && !Boolean.getBoolean(PACK_TRANSPOSED_B)) {
                if (!Boolean.getBoolean(DOTS_TRANSPOSED_B)) {
                    transposedInPlace(parallel);
                    return;
                }
                if (m <= DOTS_ROWS && k <= DOTS_DEPTH) {
                    dotsInPlace(parallel);
                    return;
                }
            }
            if (!gatherB && bcs == 1 && m <= IN_PLACE_ROWS && (f32 || type == DType.FLOAT64)) {
                bInPlace(parallel);
                return;
            }
            for (long jc = 0; jc < n; jc += NC) {
                int nc = (int) Math.min(NC, n - jc);
                for (long pc = 0; pc < k; pc += KC) {
                    int kc = (int) Math.min(KC, k - pc);
                    Object pb = panels(f32, 1, kc * roundUp(nc, nr));
                    long pcB = pc;
                    long jcB = jc;
                    int panelsPerChunk = 16;
                    int panels = (nc + nr - 1) / nr;
                    int chunks = parallel ? (panels + panelsPerChunk - 1) / panelsPerChunk : 1;
                    int ncB = nc;
                    ParallelLoop.forChunks(chunks, ch -> {
                        int from = chunks == 1 ? 0 : ch * panelsPerChunk * nr;
                        int to = chunks == 1 ? ncB : Math.min(ncB, (ch + 1) * panelsPerChunk * nr);
                        packB(pb, kc, ncB, pcB, jcB, nr, from, to, gatherB);
                    });
                    boolean first = pc == 0;
                    long jcFinal = jc;
                    long pcFinal = pc;
                    int blocks = (int) ((m + blockRows - 1) / blockRows);
                    ParallelLoop.Chunks body = blk -> {
                        long ic = (long) blk * blockRows;
                        int rows = (int) Math.min(blockRows, m - ic);
                        Object pa = panels(f32, 0, roundUp(rows, mr) * kc);
                        if (rowsOfA) {
                            copyRowsOfA(pa, rows, kc, ic, pcFinal);
                        } else {
                            packA(pa, rows, kc, ic, pcFinal, mr);
                        }
                        macro(pa, pb, ic, jcFinal, rows, nc, kc, first, rowsOfA);
                    };
                    if (parallel) {
                        ParallelLoop.forChunks(blocks, body);
                    } else {
                        for (int blk = 0; blk < blocks; blk++) {
                            body.run(blk);
                        }
                    }
                }
            }
        }

        /**
         * Packs B[pc .. pc+kc, jc+from .. jc+to) into column panels of {@code nr} (zero-padded), in
         * {@code pb}: a double[] or, for FLOAT32, a float[]. Rows that are contiguous are gathered
         * through double as any other layout if {@code gatherB} (the same values).
         */
        private void packB(Object pb, int kc, int nc, long pc, long jc, int nr, int from, int to, boolean gatherB) {
            if (brs == 1 && (type == DType.FLOAT32 || type == DType.FLOAT64)) {
                packColumnsOfB(pb, kc, nc, pc, jc, nr, from, to);
                return;
            }
            if (bcs == 1 && !gatherB && (type == DType.FLOAT32 || type == DType.FLOAT64)) {
                packRowsOfB(pb, kc, nc, pc, jc, nr, from, to);
                return;
            }
            double[] row = buffer(3, to - from);
            for (int p = 0; p < kc; p++) {
                ElementIO.gatherDouble(b, type, bOff + (pc + p) * brs + (jc + from) * bcs, bcs, row, 0, to - from,
                        DType.FLOAT64);
                for (int jp = from; jp < to; jp += nr) {
                    int cols = Math.min(nr, nc - jp);
                    int o = jp * kc + p * nr;
                    if (pb instanceof float[] f) {
                        for (int j = 0; j < cols; j++) {
                            f[o + j] = (float) row[jp - from + j];
                        }
                        Arrays.fill(f, o + cols, o + nr, 0f);
                    } else {
                        double[] d = (double[]) pb;
                        System.arraycopy(row, jp - from, d, o, cols);
                        Arrays.fill(d, o + cols, o + nr, 0.0);
                    }
                }
            }
        }

        /**
         * {@link #packB} of a B with contiguous rows (unit column stride, FLOAT32 or FLOAT64:
         * {@code x @ w}): each row's piece of a panel is one bulk copy, bits copied as they are.
         */
        private void packRowsOfB(Object pb, int kc, int nc, long pc, long jc, int nr, int from, int to) {
            float[] f = pb instanceof float[] floats ? floats : null;
            double[] d = f == null ? (double[]) pb : null;
            for (int p = 0; p < kc; p++) {
                long row = bOff + (pc + p) * brs + jc;
                for (int jp = from; jp < to; jp += nr) {
                    int cols = Math.min(nr, nc - jp);
                    int o = jp * kc + p * nr;
                    if (f != null) {
                        MemorySegment.copy(b, ElementIO.FLOAT, (row + jp) * 4, f, o, cols);
                        Arrays.fill(f, o + cols, o + nr, 0f);
                    } else {
                        MemorySegment.copy(b, ElementIO.DOUBLE, (row + jp) * 8, d, o, cols);
                        Arrays.fill(d, o + cols, o + nr, 0.0);
                    }
                }
            }
        }

        /**
         * The packed product for few rows of A and a B with contiguous rows: the column panels of
         * B are read where they lie ({@link GemmMicroKernel#multiplyRows(int, float[], int, int,
         * MemorySegment, long, long, float[])}), as packing them would cost more than the
         * multiply-adds when each element of B meets at most {@value #IN_PLACE_ROWS} rows; only a
         * last panel narrower than the tile is packed. A's rows are copied once per slice and
         * column chunk; threads split the columns. Each tile is the same FMA chain over the same
         * slices as {@link #packed}'s, added to C in the same order, so the same bits.
         */
        private void bInPlace(boolean parallel) {
            int mr = kernel.mr();
            boolean f32 = type == DType.FLOAT32;
            int nr = f32 ? kernel.nrFloat() : kernel.nr();
            int rows = (int) m;
            long panels = (n + nr - 1) / nr;
            int chunks = parallel ? (int) Math.min(panels, 4L * ParallelLoop.THREADS) : 1;
            for (long pc = 0; pc < k; pc += KC) {
                int kc = (int) Math.min(KC, k - pc);
                long pcFinal = pc;
                boolean first = pc == 0;
                ParallelLoop.forChunks(chunks, ch -> {
                    long j0 = panels * ch / chunks * nr;
                    long j1 = Math.min(n, panels * (ch + 1) / chunks * nr);
                    Object pa = panels(f32, 0, roundUp(rows, mr) * kc);
                    copyRowsOfA(pa, rows, kc, 0, pcFinal);
                    Object tile = f32 ? FLOAT_TILE.get() : buffer(2, mr * nr);
                    for (long jp = j0; jp < j1; jp += nr) {
                        int cols = (int) Math.min(nr, n - jp);
                        Object pb = null;
                        if (cols < nr) {
                            pb = panels(f32, 1, kc * nr);
                            packB(pb, kc, cols, pcFinal, jp, nr, 0, cols, false);
                        }
                        long at = bOff + pcFinal * brs + jp;
                        for (int ip = 0; ip < rows; ip += mr) {
                            if (f32) {
                                float[] fa = (float[]) pa;
                                float[] ft = (float[]) tile;
                                if (pb == null) {
                                    kernel.multiplyRows(kc, fa, ip * kc, kc, b, at, brs, ft);
                                } else {
                                    kernel.multiplyRows(kc, fa, ip * kc, kc, (float[]) pb, 0, ft);
                                }
                                storeTile(ft, nr, Math.min(mr, rows - ip), cols, ip, jp, first);
                            } else {
                                double[] da = (double[]) pa;
                                double[] dt = (double[]) tile;
                                if (pb == null) {
                                    kernel.multiplyRows(kc, da, ip * kc, kc, b, at, brs, dt);
                                } else {
                                    kernel.multiplyRows(kc, da, ip * kc, kc, (double[]) pb, 0, dt);
                                }
                                storeTile(dt, nr, Math.min(mr, rows - ip), cols, ip, jp, first);
                            }
                        }
                    }
                });
            }
        }

        /**
         * {@link #bInPlace} for a transposed B ({@code x @ w.T}, B's columns contiguous) and at most
         * {@value #TRANSPOSED_ROWS} rows of A: each {@code nr}-column panel of a slice is transposed
         * into a per-thread panel ({@link GemmMicroKernel#transposePanel(int, MemorySegment, long,
         * long, int, float[])}, {@code nr x kc} elements, L1-resident) just before the tiles that
         * use it, instead of packing the slice's whole width of B first. The panel holds the bits
         * that {@link #packB} would, and each tile is the same FMA chain over the same slices added
         * to C in the same order, so the same bits as {@link #packed} and as a C-ordered copy of B.
         */
        private void transposedInPlace(boolean parallel) {
            int mr = kernel.mr();
            boolean f32 = type == DType.FLOAT32;
            int nr = f32 ? kernel.nrFloat() : kernel.nr();
            int rows = (int) m;
            long panels = (n + nr - 1) / nr;
            int chunks = parallel ? (int) Math.min(panels, 4L * ParallelLoop.THREADS) : 1;
            for (long pc = 0; pc < k; pc += KC) {
                int kc = (int) Math.min(KC, k - pc);
                long pcFinal = pc;
                boolean first = pc == 0;
                ParallelLoop.forChunks(chunks, ch -> {
                    long j0 = panels * ch / chunks * nr;
                    long j1 = Math.min(n, panels * (ch + 1) / chunks * nr);
                    Object pa = panels(f32, 0, roundUp(rows, mr) * kc);
                    copyRowsOfA(pa, rows, kc, 0, pcFinal);
                    Object pb = panels(f32, 1, kc * nr);
                    Object tile = f32 ? FLOAT_TILE.get() : buffer(2, mr * nr);
                    for (long jp = j0; jp < j1; jp += nr) {
                        int cols = (int) Math.min(nr, n - jp);
                        long at = bOff + pcFinal + jp * bcs;
                        for (int ip = 0; ip < rows; ip += mr) {
                            if (f32) {
                                if (ip == 0) {
                                    kernel.transposePanel(kc, b, at, bcs, cols, (float[]) pb);
                                }
                                kernel.multiplyRows(kc, (float[]) pa, ip * kc, kc, (float[]) pb, 0, (float[]) tile);
                                storeTile((float[]) tile, nr, Math.min(mr, rows - ip), cols, ip, jp, first);
                            } else {
                                if (ip == 0) {
                                    kernel.transposePanel(kc, b, at, bcs, cols, (double[]) pb);
                                }
                                kernel.multiplyRows(kc, (double[]) pa, ip * kc, kc, (double[]) pb, 0,
                                        (double[]) tile);
                                storeTile((double[]) tile, nr, Math.min(mr, rows - ip), cols, ip, jp, first);
                            }
                        }
                    }
                });
            }
        }

        /**
         * The product for at most {@value #DOTS_ROWS} rows of A and a transposed B ({@code x @ w.T},
         * B's columns contiguous, k at most {@value #DOTS_DEPTH}): each element of C is one
         * {@link GemmMicroKernel#dots(int, float[], int[], MemorySegment, long[], double[])} dot
         * product of a row of A (A's few rows are copied once, shared by the threads) and a column
         * of B read where it lies, a tile of rows by columns at a time; threads split the columns.
         * B is not packed: each of its elements meets too few rows of A to repay a copy.
         */
        private void dotsInPlace(boolean parallel) {
            int kk = (int) k;
            int rowsOfA = (int) m;
            boolean f32 = type == DType.FLOAT32;
            int tr = GemmMicroKernel.DOT_ROWS;
            int tc = GemmMicroKernel.DOT_COLS;
            long groups = (n + tc - 1) / tc;
            int chunks = parallel ? (int) Math.min(groups, 4L * ParallelLoop.THREADS) : 1;
            Object pa = panels(f32, 0, rowsOfA * kk);
            copyRowsOfA(pa, rowsOfA, kk, 0, 0);
            ParallelLoop.forChunks(chunks, ch -> {
                double[] tile = new double[tr * tc];
                int[] rowsAt = new int[tr];
                long[] colsAt = new long[tc];
                for (long g = groups * ch / chunks, g1 = groups * (ch + 1) / chunks; g < g1; g++) {
                    long j0 = g * tc;
                    int cols = (int) Math.min(tc, n - j0);
                    for (int j = 0; j < tc; j++) {
                        colsAt[j] = bOff + (j0 + Math.min(j, cols - 1)) * bcs;
                    }
                    for (int i = 0; i < rowsOfA; i += tr) {
                        int rows = Math.min(tr, rowsOfA - i);
                        for (int r = 0; r < tr; r++) {
                            rowsAt[r] = (i + Math.min(r, rows - 1)) * kk;
                        }
                        if (f32) {
                            kernel.dots(kk, (float[]) pa, rowsAt, b, colsAt, tile);
                        } else {
                            kernel.dots(kk, (double[]) pa, rowsAt, b, colsAt, tile);
                        }
                        for (int r = 0; r < rows; r++) {
                            long row = cOff + (i + r) * crs + j0 * ccs;
                            for (int j = 0; j < cols; j++) {
                                set(row + j * ccs, tile[r * tc + j]);
                            }
                        }
                    }
                }
            });
        }

        /** Writes (or, unless {@code first}, adds in float) a FLOAT32 tile's top-left {@code rows x cols} at C[i0, j0]. */
        private void storeTile(float[] tile, int nr, int rows, int cols, long i0, long j0, boolean first) {
            if (ccs == 1) {
                kernel.store(tile, rows, cols, c, cOff + i0 * crs + j0, crs, first);
                return;
            }
            for (int r = 0; r < rows; r++) {
                long row = cOff + (i0 + r) * crs + j0 * ccs;
                for (int j = 0; j < cols; j++) {
                    long idx = row + j * ccs;
                    float v = tile[r * nr + j];
                    c.setAtIndex(ElementIO.FLOAT, idx, first ? v : c.getAtIndex(ElementIO.FLOAT, idx) + v);
                }
            }
        }

        /** Writes (or, unless {@code first}, adds) a double tile's top-left {@code rows x cols} at C[i0, j0]. */
        private void storeTile(double[] tile, int nr, int rows, int cols, long i0, long j0, boolean first) {
            if (ccs == 1 && type == DType.FLOAT64) {
                kernel.store(tile, rows, cols, c, cOff + i0 * crs + j0, crs, first);
                return;
            }
            for (int r = 0; r < rows; r++) {
                long row = cOff + (i0 + r) * crs + j0 * ccs;
                for (int j = 0; j < cols; j++) {
                    long idx = row + j * ccs;
                    double v = tile[r * nr + j];
                    set(idx, first ? v : get(c, idx) + v);
                }
            }
        }

        /**
         * {@link #packB} of a transposed B (unit row stride, FLOAT32 or FLOAT64: {@code x @ w.T}), whose
         * columns are contiguous: each column is read in one piece and spread over the panel, rather
         * than each row gathered across B's large column stride; bits copied as they are.
         */
        private void packColumnsOfB(Object pb, int kc, int nc, long pc, long jc, int nr, int from, int to) {
            float[] f = pb instanceof float[] floats ? floats : null;
            double[] d = f == null ? (double[]) pb : null;
            float[] floatColumn = f != null ? new float[kc] : null;
            double[] doubleColumn = f == null ? buffer(3, kc) : null;
            for (int jp = from; jp < to; jp += nr) {
                int cols = Math.min(nr, nc - jp);
                int o = jp * kc;
                for (int j = 0; j < cols; j++) {
                    long at = bOff + pc + (jc + jp + j) * bcs;
                    if (f != null) {
                        MemorySegment.copy(b, ElementIO.FLOAT, at * 4, floatColumn, 0, kc);
                        for (int p = 0; p < kc; p++) {
                            f[o + p * nr + j] = floatColumn[p];
                        }
                    } else {
                        MemorySegment.copy(b, ElementIO.DOUBLE, at * 8, doubleColumn, 0, kc);
                        for (int p = 0; p < kc; p++) {
                            d[o + p * nr + j] = doubleColumn[p];
                        }
                    }
                }
                for (int p = 0; cols < nr && p < kc; p++) {
                    if (f != null) {
                        Arrays.fill(f, o + p * nr + cols, o + p * nr + nr, 0f);
                    } else {
                        Arrays.fill(d, o + p * nr + cols, o + p * nr + nr, 0.0);
                    }
                }
            }
        }

        /**
         * Packs A[ic .. ic+mc, pc .. pc+kc) into row panels of {@code mr} (zero-padded), in a double[] or
         * float[]. A transposed A (unit row stride: {@code x.T @ y}) is read a column at a time, each
         * step of k being {@code mr} consecutive elements, rather than row by row across its large
         * stride (a third of the multiply's time for a 64 x 4096 by 4096 x 256 product).
         */
        private void packA(Object pa, int mc, int kc, long ic, long pc, int mr) {
            if (ars == 1 && (type == DType.FLOAT32 || type == DType.FLOAT64)) {
                packColumnsOfA(pa, mc, kc, ic, pc, mr);
                return;
            }
            double[] row = buffer(3, kc);
            float[] f = pa instanceof float[] floats ? floats : null;
            double[] d = f == null ? (double[]) pa : null;
            for (int ip = 0; ip < mc; ip += mr) {
                int rows = Math.min(mr, mc - ip);
                int base = ip * kc;
                for (int r = 0; r < mr; r++) {
                    if (r < rows) {
                        ElementIO.gatherDouble(a, type, aOff + (ic + ip + r) * ars + pc * acs, acs, row, 0, kc,
                                DType.FLOAT64);
                    } else {
                        Arrays.fill(row, 0, kc, 0.0);
                    }
                    for (int p = 0; p < kc; p++) {
                        if (f != null) {
                            f[base + p * mr + r] = (float) row[p];
                        } else {
                            d[base + p * mr + r] = row[p];
                        }
                    }
                }
            }
        }

        /**
         * Copies A[ic .. ic+mc, pc .. pc+kc) row-major, {@code kc} elements per row, into a double[]
         * or (FLOAT32) float[] of at least {@code mc} rounded up to {@code mr} rows, for
         * {@link GemmMicroKernel#multiplyRows}; the rows past {@code mc} are left as they are (they
         * only reach tile rows that are not stored). Rows that are contiguous (unit column stride:
         * {@code x @ w}) are bulk copies, adjacent rows ({@code x.T @ y}) are read a column at a
         * time; both copy the bits as they are. Other layouts are gathered row by row.
         */
        private void copyRowsOfA(Object pa, int mc, int kc, long ic, long pc) {
            float[] f = pa instanceof float[] floats ? floats : null;
            double[] d = f == null ? (double[]) pa : null;
            boolean raw = type == DType.FLOAT32 || type == DType.FLOAT64;
            long at = aOff + ic * ars + pc * acs;
            if (raw && acs == 1 && ars == kc) {
                copyRaw(at, f, d, 0, mc * kc);
            } else if (raw && acs == 1) {
                for (int r = 0; r < mc; r++) {
                    copyRaw(at + r * ars, f, d, r * kc, kc);
                }
            } else if (raw && ars == 1) {
                for (int r = 0; r < mc; r++) {
                    long from = at + r;
                    if (f != null) {
                        for (int p = 0, to = r * kc; p < kc; p++, to++) {
                            f[to] = a.getAtIndex(ElementIO.FLOAT, from + p * acs);
                        }
                    } else {
                        for (int p = 0, to = r * kc; p < kc; p++, to++) {
                            d[to] = a.getAtIndex(ElementIO.DOUBLE, from + p * acs);
                        }
                    }
                }
            } else {
                double[] row = buffer(3, kc);
                for (int r = 0; r < mc; r++) {
                    ElementIO.gatherDouble(a, type, at + r * ars, acs, f != null ? row : d, f != null ? 0 : r * kc,
                            kc, DType.FLOAT64);
                    for (int p = 0; f != null && p < kc; p++) {
                        f[r * kc + p] = (float) row[p];
                    }
                }
            }
        }

        /** Copies {@code count} contiguous elements of A from element {@code at} into f (FLOAT32) or d at {@code to}. */
        private void copyRaw(long at, float[] f, double[] d, int to, int count) {
            if (f != null) {
                MemorySegment.copy(a, ElementIO.FLOAT, at * 4, f, to, count);
            } else {
                MemorySegment.copy(a, ElementIO.DOUBLE, at * 8, d, to, count);
            }
        }

        /** {@link #packA} of an A whose rows are adjacent (unit row stride), FLOAT32 or FLOAT64: bits copied as they are. */
        private void packColumnsOfA(Object pa, int mc, int kc, long ic, long pc, int mr) {
            for (int ip = 0; ip < mc; ip += mr) {
                int rows = Math.min(mr, mc - ip);
                int base = ip * kc;
                for (int p = 0; p < kc; p++) {
                    long at = aOff + ic + ip + (pc + p) * acs;
                    int to = base + p * mr;
                    if (pa instanceof float[] f) {
                        MemorySegment.copy(a, ElementIO.FLOAT, at * 4, f, to, rows);
                        Arrays.fill(f, to + rows, to + mr, 0f);
                    } else {
                        double[] d = (double[]) pa;
                        MemorySegment.copy(a, ElementIO.DOUBLE, at * 8, d, to, rows);
                        Arrays.fill(d, to + rows, to + mr, 0.0);
                    }
                }
            }
        }

        private void macro(Object pa, Object pb, long ic, long jc, int mc, int nc, int kc, boolean first,
                           boolean rowsOfA) {
            if (pa instanceof float[] fa) {
                macroFloat(fa, (float[]) pb, ic, jc, mc, nc, kc, first, rowsOfA);
                return;
            }
            double[] da = (double[]) pa;
            double[] db = (double[]) pb;
            int mr = kernel.mr();
            int nr = kernel.nr();
            double[] tile = buffer(2, mr * nr);
            for (int jp = 0; jp < nc; jp += nr) {
                int cols = Math.min(nr, nc - jp);
                for (int ip = 0; ip < mc; ip += mr) {
                    int rows = Math.min(mr, mc - ip);
                    if (rowsOfA) {
                        kernel.multiplyRows(kc, da, ip * kc, kc, db, jp * kc, tile);
                    } else {
                        kernel.multiply(kc, da, ip * kc, db, jp * kc, tile);
                    }
                    storeTile(tile, nr, rows, cols, ic + ip, jc + jp, first);
                }
            }
        }

        /** {@link #macro} for FLOAT32: float tiles, added to C in float. */
        private void macroFloat(float[] pa, float[] pb, long ic, long jc, int mc, int nc, int kc, boolean first,
                                boolean rowsOfA) {
            int mr = kernel.mr();
            int nr = kernel.nrFloat();
            float[] tile = FLOAT_TILE.get();
            for (int jp = 0; jp < nc; jp += nr) {
                int cols = Math.min(nr, nc - jp);
                for (int ip = 0; ip < mc; ip += mr) {
                    int rows = Math.min(mr, mc - ip);
                    if (rowsOfA) {
                        kernel.multiplyRows(kc, pa, ip * kc, kc, pb, jp * kc, tile);
                    } else {
                        kernel.multiply(kc, pa, ip * kc, pb, jp * kc, tile);
                    }
                    storeTile(tile, nr, rows, cols, ic + ip, jc + jp, first);
                }
            }
        }
    }

    /** The sum of {@code p[from .. from+n)}, {@code n >= 1}, in a balanced binary tree (halves split at n/2). */
    static double pairwise(double[] p, int from, int n) {
        if (n == 1) {
            return p[from];
        }
        int half = n / 2;
        return pairwise(p, from, half) + pairwise(p, from + half, n - half);
    }

    private static int roundUp(int v, int multiple) {
        return (v + multiple - 1) / multiple * multiple;
    }

    /** A per-thread panel array of at least {@code size} elements: float[] for FLOAT32, else double[] (0: A, 1: B). */
    private static Object panels(boolean f32, int which, int size) {
        if (!f32) {
            return buffer(which, size);
        }
        float[][] buffers = FLOAT_BUFFERS.get();
        if (buffers[which].length < size) {
            buffers[which] = new float[size];
        }
        return buffers[which];
    }

    /** A per-thread scratch array of at least {@code size} doubles (0: A panels, 1: B panels, 2: tile, 3: a row). */
    private static double[] buffer(int which, int size) {
        double[][] buffers = BUFFERS.get();
        if (buffers[which].length < size) {
            buffers[which] = new double[size];
        }
        return buffers[which];
    }
}
