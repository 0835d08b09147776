package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;

import java.lang.foreign.MemorySegment;

/**
 * Executes floating-point {@link MatmulPlan}s with a packed, cache-blocked product in the style
 * of GotoBLAS: {@value #KC}-deep slices of B ({@value #NC} columns at a time) and of A
 * ({@value #MC} rows at a time) are copied into contiguous double panels, and a register-blocked
 * {@link GemmMicroKernel} computes C tile by tile. Any strides are accepted (transposed and
 * broadcast operands are simply packed). FLOAT32 is computed in double and rounded when stored.
 *
 * <p>Large products are split over threads by row blocks; batches of small products are split by
 * batch. Each C element is a chain of fused multiply-adds over each {@value #KC}-deep slice, added
 * to C slice by slice, whatever the path, thread count or micro-kernel, so results do not depend
 * on them. Integer products go to {@link IntMatmul}.
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
    /** Multiply-adds above which a product is split over threads. */
    static final long PARALLEL_WORK = 1L << 21;

    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[4][0]);

    private final GemmMicroKernel kernel;

    /** Creates the kernel around a micro-kernel. */
    MatmulKernel(GemmMicroKernel kernel) {
        this.kernel = kernel;
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
            multiply(plan, offsets, work >= PARALLEL_WORK);
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

    /** One product, described by the plan's strides and the given offsets. */
    private void multiply(MatmulPlan plan, long[] offsets, boolean parallel) {
        Product p = new Product(plan, offsets);
        if (p.k == 0) {
            p.zero();
        } else if (p.k <= KC && saturatedProduct(p.m, p.n, p.k) <= SMALL) {
            p.direct();
        } else {
            p.packed(parallel);
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

        void packed(boolean parallel) {
            int mr = kernel.mr();
            int nr = kernel.nr();
            int mc = MC;
            if (parallel && ParallelLoop.THREADS > 1) {
                long perThread = (m + ParallelLoop.THREADS - 1) / ParallelLoop.THREADS;
                mc = (int) Math.max(mr, Math.min(MC, (perThread + mr - 1) / mr * mr));
            }
            int blockRows = mc;
            for (long jc = 0; jc < n; jc += NC) {
                int nc = (int) Math.min(NC, n - jc);
                for (long pc = 0; pc < k; pc += KC) {
                    int kc = (int) Math.min(KC, k - pc);
                    double[] pb = buffer(1, kc * roundUp(nc, nr));
                    long pcB = pc;
                    long jcB = jc;
                    int panelsPerChunk = 16;
                    int panels = (nc + nr - 1) / nr;
                    int chunks = parallel ? (panels + panelsPerChunk - 1) / panelsPerChunk : 1;
                    int ncB = nc;
                    ParallelLoop.forChunks(chunks, ch -> {
                        int from = chunks == 1 ? 0 : ch * panelsPerChunk * nr;
                        int to = chunks == 1 ? ncB : Math.min(ncB, (ch + 1) * panelsPerChunk * nr);
                        packB(pb, kc, ncB, pcB, jcB, nr, from, to);
                    });
                    boolean first = pc == 0;
                    long jcFinal = jc;
                    long pcFinal = pc;
                    int blocks = (int) ((m + blockRows - 1) / blockRows);
                    ParallelLoop.Chunks body = blk -> {
                        long ic = (long) blk * blockRows;
                        int rows = (int) Math.min(blockRows, m - ic);
                        double[] pa = buffer(0, roundUp(rows, mr) * kc);
                        packA(pa, rows, kc, ic, pcFinal, mr);
                        macro(pa, pb, ic, jcFinal, rows, nc, kc, first);
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

        /** Packs B[pc .. pc+kc, jc+from .. jc+to) into column panels of {@code nr} (zero-padded). */
        private void packB(double[] pb, int kc, int nc, long pc, long jc, int nr, int from, int to) {
            double[] row = buffer(3, to - from);
            for (int p = 0; p < kc; p++) {
                ElementIO.gatherDouble(b, type, bOff + (pc + p) * brs + (jc + from) * bcs, bcs, row, 0, to - from,
                        DType.FLOAT64);
                for (int jp = from; jp < to; jp += nr) {
                    int cols = Math.min(nr, nc - jp);
                    int o = jp * kc + p * nr;
                    System.arraycopy(row, jp - from, pb, o, cols);
                    for (int j = cols; j < nr; j++) {
                        pb[o + j] = 0;
                    }
                }
            }
        }

        /** Packs A[ic .. ic+mc, pc .. pc+kc) into row panels of {@code mr} (zero-padded). */
        private void packA(double[] pa, int mc, int kc, long ic, long pc, int mr) {
            double[] row = buffer(3, kc);
            for (int ip = 0; ip < mc; ip += mr) {
                int rows = Math.min(mr, mc - ip);
                int base = ip * kc;
                for (int r = 0; r < rows; r++) {
                    ElementIO.gatherDouble(a, type, aOff + (ic + ip + r) * ars + pc * acs, acs, row, 0, kc,
                            DType.FLOAT64);
                    for (int p = 0; p < kc; p++) {
                        pa[base + p * mr + r] = row[p];
                    }
                }
                for (int r = rows; r < mr; r++) {
                    for (int p = 0; p < kc; p++) {
                        pa[base + p * mr + r] = 0;
                    }
                }
            }
        }

        private void macro(double[] pa, double[] pb, long ic, long jc, int mc, int nc, int kc, boolean first) {
            int mr = kernel.mr();
            int nr = kernel.nr();
            double[] tile = buffer(2, mr * nr);
            for (int jp = 0; jp < nc; jp += nr) {
                int cols = Math.min(nr, nc - jp);
                for (int ip = 0; ip < mc; ip += mr) {
                    int rows = Math.min(mr, mc - ip);
                    kernel.multiply(kc, pa, ip * kc, pb, jp * kc, tile);
                    for (int r = 0; r < rows; r++) {
                        long row = cOff + (ic + ip + r) * crs + (jc + jp) * ccs;
                        for (int j = 0; j < cols; j++) {
                            long idx = row + j * ccs;
                            double v = tile[r * nr + j];
                            set(idx, first ? v : get(c, idx) + v);
                        }
                    }
                }
            }
        }
    }

    private static int roundUp(int v, int multiple) {
        return (v + multiple - 1) / multiple * multiple;
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
