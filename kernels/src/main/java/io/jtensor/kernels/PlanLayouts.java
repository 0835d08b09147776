package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a plan's shapes and strides reach the generated kernels, the same for every GPU backend:
 * the {@code layout} arrays of {@code jt_map} and the reductions, how a reduction is split, whether a map plan is contiguous (the kernel then
 * takes a null layout) and whether it qualifies for the vectorised kernel.
 */
public final class PlanLayouts {

    private PlanLayouts() {
    }

    /**
     * The {@code layout} argument of {@code jt_map}: ndim sizes, then ndim strides for each of the
     * output, inputs 0, 1, 2 and the mask (zeros for absent or scalar operands).
     */
    public static long[] mapLayout(MapPlan plan) {
        int ndim = plan.shape().length;
        long[] layout = new long[6 * ndim];
        System.arraycopy(plan.shape(), 0, layout, 0, ndim);
        System.arraycopy(plan.out().strides(), 0, layout, ndim, ndim);
        for (int k = 0; k < plan.inputs().size(); k++) {
            Operand input = plan.inputs().get(k);
            if (!input.isScalar()) {
                System.arraycopy(input.strides(), 0, layout, (2 + k) * ndim, ndim);
            }
        }
        if (plan.where() != null) {
            System.arraycopy(plan.where().strides(), 0, layout, 5 * ndim, ndim);
        }
        return layout;
    }

    /** Whether every operand of a map plan is a scalar or one dense run (core merges dimensions first). */
    public static boolean isContiguous(MapPlan plan) {
        if (plan.shape().length > 1) {
            return false;
        }
        List<Operand> operands = new ArrayList<>(plan.inputs());
        operands.add(plan.out());
        if (plan.where() != null) {
            operands.add(plan.where());
        }
        return operands.stream().allMatch(o -> o.isScalar() || o.strides().length == 0 || o.strides()[0] == 1);
    }

    /**
     * Whether the plan can take {@link MapKernels#vectorKernelName}: contiguous, unmasked, and every
     * stored operand (the output and the non-scalar inputs) of the compute type, float32 or float64.
     */
    public static boolean qualifiesForVector(MapPlan plan, DType compute, boolean contiguous) {
        if (!contiguous || plan.where() != null || !MapKernels.vectorisable(plan.op(), compute)
                || plan.out().dtype() != compute) {
            return false;
        }
        return plan.inputs().stream().allMatch(in -> in.isScalar() || in.dtype() == compute);
    }

    /**
     * The {@code layout} argument of {@code jt_reduce_partial} and {@code jt_reduce_final}: the kept
     * shape, the input's strides over it, {@code outStrides}, the reduced shape and the input's
     * strides over that.
     */
    public static long[] reduceLayout(ReducePlan plan, long[] outStrides) {
        int keptNdim = plan.keptShape().length;
        long[] inStrides = plan.input().strides();
        return concat(plan.keptShape(), Arrays.copyOf(inStrides, keptNdim), outStrides, plan.reducedShape(),
                Arrays.copyOfRange(inStrides, keptNdim, inStrides.length));
    }

    /**
     * How many work-groups of {@code group} items share one output of a first reduction pass: enough
     * for about {@code targetGroups} groups in all, so a few outputs still fill the device, and no
     * more than give each item four elements.
     */
    public static long reduceParts(long outputs, long reduced, long group, long targetGroups) {
        long wanted = Math.max(1, (reduced + 4 * group - 1) / (4 * group));
        return Math.max(1, Math.min(wanted, targetGroups / outputs));
    }

    /** {@code value} rounded up to a multiple of {@code unit}. */
    public static long roundUp(long value, long unit) {
        return (value + unit - 1) / unit * unit;
    }

    /** The arrays one after another. */
    public static long[] concat(long[]... parts) {
        int length = 0;
        for (long[] part : parts) {
            length += part.length;
        }
        long[] result = new long[length];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, result, at, part.length);
            at += part.length;
        }
        return result;
    }
}
