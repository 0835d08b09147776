package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.Shape;
import io.jtensor.backend.ReducePlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.PlanLayouts;
import io.jtensor.kernels.ReduceKernels;
import io.jtensor.op.ReduceOp;
import org.jocl.cl_mem;

/**
 * Runs reductions: a first pass where {@code parts} work-groups per output each reduce a chunk,
 * then a second pass combining the partials. Variance runs a mean reduction into scratch first.
 */
final class OpenClReduce {

    /** Work-groups the first pass aims for, so that a few outputs still keep every compute unit busy. */
    private static final long TARGET_GROUPS = 256;

    private final OpenClKernels kernels;

    OpenClReduce(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(ReducePlan plan) {
        if (!kernels.device.fp64 && (plan.computeType() == DType.FLOAT64 || plan.input().dtype() == DType.FLOAT64
                || plan.out().dtype() == DType.FLOAT64)) {
            throw new UnsupportedOperationException(plan.op().numpyName() + ": the OpenCL device "
                    + kernels.device.description() + " has no float64 support (cl_khr_fp64)");
        }
        long outputs = plan.outputSize();
        if (outputs == 0) {
            return;
        }
        cl_mem mean = null;
        try {
            if (plan.op() == ReduceOp.VAR) {
                DType compute = plan.computeType();
                mean = kernels.scratch(outputs * compute.byteSize());
                long[] contiguous = Shape.contiguousStrides(plan.keptShape());
                pass(ReduceOp.MEAN, compute, plan, null, mean, 0, contiguous, compute);
            }
            pass(plan.op(), ReduceKernels.accumulatorType(plan.op(), plan.computeType()), plan, mean,
                    ((OpenClStorage) plan.out().storage()).memory, plan.out().offset(), plan.out().strides(), plan.out().dtype());
        } finally {
            OpenClKernels.release(mean);
        }
    }

    private void pass(ReduceOp op, DType accumulator, ReducePlan plan, cl_mem mean, cl_mem out, long outOffset,
                      long[] outStrides, DType outType) {
        boolean float64 = kernels.device.fp64;
        int groupSize = kernels.groupSize;
        OpenClProgram program = kernels.program("reduce " + accumulator,
                () -> ReduceKernels.program(Dialect.OPENCL, accumulator, float64, groupSize));
        long outputs = plan.outputSize();
        long reduced = plan.reducedSize();
        long group = kernels.groupSize;
        long parts = PlanLayouts.reduceParts(outputs, reduced, group, TARGET_GROUPS);
        long chunk = (reduced + parts - 1) / parts;
        cl_mem layout = null;
        cl_mem partial = null;
        cl_mem partialIndex = null;
        try {
            layout = kernels.layout(PlanLayouts.reduceLayout(plan, outStrides));
            partial = kernels.scratch(outputs * parts * accumulator.byteSize());
            partialIndex = op.isArg() ? kernels.scratch(outputs * parts * Long.BYTES) : null;
            KernelLaunch first = new KernelLaunch(program.kernel(ReduceKernels.partialName(op)));
            ReduceKernels.partialArguments(plan, parts, chunk, layout, mean, partial, partialIndex, first);
            first.enqueue(kernels.device.queue, new long[] {outputs * parts * group}, new long[] {group});
            KernelLaunch second = new KernelLaunch(program.kernel(ReduceKernels.finalName(op)));
            ReduceKernels.finalArguments(plan, parts, layout, partial, partialIndex, out, outOffset, outType, second);
            second.enqueue(kernels.device.queue, new long[] {outputs * group}, new long[] {group});
        } finally {
            OpenClKernels.release(layout);
            OpenClKernels.release(partial);
            OpenClKernels.release(partialIndex);
        }
    }
}
