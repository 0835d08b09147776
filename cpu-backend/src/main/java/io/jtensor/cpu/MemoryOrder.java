package io.jtensor.cpu;

import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;

import java.util.Arrays;

/**
 * Rewrites a reduction of every element of a view into a reduction of the memory it covers, in
 * memory order, when its elements are exactly a dense block: any permutation of the axes
 * ({@code x.T}, {@code moveAxis}), reversed axes included. NumPy's iterator does the same for
 * {@code np.sum(x.T)}. The reduction then reads one contiguous run, which {@link ReduceKernels}
 * sums with the vectorised pairwise kernel, split over threads.
 *
 * <p>Only order-free results are rewritten: ARGMAX and ARGMIN report positions in the view's
 * C order and are left alone. A float SUM, MEAN, VAR or PROD adds in a different order than
 * before, with the same pairwise error bound.
 */
final class MemoryOrder {

    private MemoryOrder() {
    }

    /** The plan over its dense block in memory order, or {@code plan} itself when it is not such a reduction. */
    static ReducePlan dense(ReducePlan plan) {
        Operand input = plan.input();
        if (plan.outputSize() != 1 || plan.op() == ReduceOp.ARGMAX || plan.op() == ReduceOp.ARGMIN
                || input.isScalar() || plan.reducedSize() < 2) {
            return plan;
        }
        int kept = plan.keptShape().length;
        long[] reduced = plan.reducedShape();
        long[] strides = input.strides();
        long[][] axes = new long[reduced.length][];
        int n = 0;
        long start = input.offset();
        for (int d = 0; d < reduced.length; d++) {
            long stride = strides[kept + d];
            if (reduced[d] > 1) {
                axes[n++] = new long[]{Math.abs(stride), reduced[d]};
                if (stride < 0) {
                    start += (reduced[d] - 1) * stride;
                }
            }
        }
        Arrays.sort(axes, 0, n, (a, b) -> Long.compare(a[0], b[0]));
        long expected = 1;
        for (int i = 0; i < n; i++) {
            if (axes[i][0] != expected) {
                return plan;
            }
            expected *= axes[i][1];
        }
        long[] flatStrides = Arrays.copyOf(strides, kept + 1);
        flatStrides[kept] = 1;
        Operand flat = Operand.of(input.storage(), input.dtype(), start, flatStrides);
        return new ReducePlan(plan.op(), flat, plan.keptShape(), new long[]{plan.reducedSize()}, plan.out(),
                plan.computeType(), plan.ddof());
    }
}
