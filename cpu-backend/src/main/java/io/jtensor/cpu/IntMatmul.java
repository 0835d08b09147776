package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * Integer (and bool) matrix products with wrap-around: blocks of B are packed into a long array
 * and each row of C is accumulated row-of-B by row-of-B, which the JIT can keep sequential.
 */
final class IntMatmul {

    private static final int KB = 256;
    private static final int NB = 1024;

    private IntMatmul() {
    }

    /** Runs the plan (dtype BOOL, INT32 or INT64). */
    static void run(MatmulPlan plan) {
        long batch = plan.batchSize();
        long m = plan.m();
        long n = plan.n();
        long k = plan.k();
        if (batch == 0 || m == 0 || n == 0) {
            return;
        }
        DType type = plan.dtype();
        int nb = plan.batchShape().length;
        MemorySegment a = MapKernels.segment(plan.a());
        MemorySegment b = MapKernels.segment(plan.b());
        MemorySegment c = MapKernels.segment(plan.out());
        long ars = plan.a().stride(nb);
        long acs = plan.a().stride(nb + 1);
        long brs = plan.b().stride(nb);
        long bcs = plan.b().stride(nb + 1);
        long crs = plan.out().stride(nb);
        long ccs = plan.out().stride(nb + 1);
        MatmulKernel.Batch offsets = new MatmulKernel.Batch(plan);
        long[] off = new long[3];
        for (long bi = 0; bi < batch; bi++) {
            offsets.offsets(bi, off);
            long aOff = off[0];
            long bOff = off[1];
            long cOff = off[2];
            if (k == 0) {
                for (long i = 0; i < m; i++) {
                    for (long j = 0; j < n; j++) {
                        ElementIO.writeLong(c, type, cOff + i * crs + j * ccs, 0);
                    }
                }
                continue;
            }
            for (long jb = 0; jb < n; jb += NB) {
                int nbw = (int) Math.min(NB, n - jb);
                for (long pb = 0; pb < k; pb += KB) {
                    int kbw = (int) Math.min(KB, k - pb);
                    long[] packed = new long[kbw * nbw];
                    for (int p = 0; p < kbw; p++) {
                        ElementIO.gatherLong(b, type, bOff + (pb + p) * brs + jb * bcs, bcs, packed, p * nbw, nbw, type);
                    }
                    boolean first = pb == 0;
                    long jbFinal = jb;
                    long pbFinal = pb;
                    ParallelLoop.forRange(m, Math.max(1, (1L << 18) / ((long) kbw * nbw)), 1, (s, e) -> {
                        long[] acc = new long[nbw];
                        long[] row = new long[nbw];
                        for (long i = s; i < e; i++) {
                            Arrays.fill(acc, 0);
                            long ai = aOff + i * ars + pbFinal * acs;
                            for (int p = 0; p < kbw; p++) {
                                long av = ElementIO.readLong(a, type, ai + p * acs, type);
                                if (av == 0) {
                                    continue;
                                }
                                int base = p * nbw;
                                for (int j = 0; j < nbw; j++) {
                                    acc[j] += av * packed[base + j];
                                }
                            }
                            long ci = cOff + i * crs + jbFinal * ccs;
                            if (!first) {
                                ElementIO.gatherLong(c, type, ci, ccs, row, 0, nbw, type);
                                for (int j = 0; j < nbw; j++) {
                                    acc[j] += row[j];
                                }
                            }
                            if (type == DType.BOOL) {
                                for (int j = 0; j < nbw; j++) {
                                    acc[j] = acc[j] != 0 ? 1 : 0;
                                }
                            }
                            ElementIO.scatterLong(acc, 0, nbw, c, type, ci, ccs, null, 0, 0);
                        }
                    });
                }
            }
        }
    }
}
