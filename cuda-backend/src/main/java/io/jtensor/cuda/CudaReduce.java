package io.jtensor.cuda;

import io.jtensor.DType;
import io.jtensor.Shape;
import io.jtensor.backend.ReducePlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.PlanLayouts;
import io.jtensor.kernels.ReduceKernels;
import io.jtensor.op.ReduceOp;


/**
 * Runs reductions: a first pass where {@code parts} blocks per output each reduce a chunk, then a
 * second pass combining the partials. Variance runs a mean reduction into scratch first.
 */
final class CudaReduce {

    /** Blocks the first pass aims for, so that a few outputs still keep every multiprocessor busy. */
    private static final long TARGET_BLOCKS = 1024;

    private final CudaKernels kernels;

    CudaReduce(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(ReducePlan plan) {
        long outputs = plan.outputSize();
        if (outputs == 0) {
            return;
        }
        CachingAllocator.Block mean = null;
        try {
            if (plan.op() == ReduceOp.VAR) {
                DType compute = plan.computeType();
                mean = kernels.scratch(outputs * compute.byteSize(), "var");
                long[] contiguous = Shape.contiguousStrides(plan.keptShape());
                pass(ReduceOp.MEAN, compute, plan, null, mean.address(), 0, contiguous, compute);
            }
            pass(plan.op(), ReduceKernels.accumulatorType(plan.op(), plan.computeType()), plan, mean,
                    CudaKernels.address(plan.out()), plan.out().offset(), plan.out().strides(), plan.out().dtype());
        } finally {
            kernels.release(mean);
        }
    }

    private void pass(ReduceOp op, DType accumulator, ReducePlan plan, CachingAllocator.Block mean, long out, long outOffset, long[] outStrides, DType outType) {
        CudaModule module = kernels.module("reduce " + accumulator,
                () -> ReduceKernels.program(Dialect.CUDA, accumulator, true, CudaKernels.BLOCK));
        String name = plan.op().numpyName();
        long outputs = plan.outputSize();
        long reduced = plan.reducedSize();
        long group = CudaKernels.BLOCK;
        long parts = PlanLayouts.reduceParts(outputs, reduced, group, TARGET_BLOCKS);
        long chunk = (reduced + parts - 1) / parts;
        CachingAllocator.Block layout = null;
        CachingAllocator.Block partial = null;
        CachingAllocator.Block partialIndex = null;
        try {
            layout = kernels.layout(PlanLayouts.reduceLayout(plan, outStrides));
            partial = kernels.scratch(outputs * parts * accumulator.byteSize(), name);
            partialIndex = op.isArg() ? kernels.scratch(outputs * parts * Long.BYTES, name) : null;
            CudaLaunch first = new CudaLaunch(module.function(ReduceKernels.partialName(op)), name);
            ReduceKernels.partialArguments(plan, parts, chunk, layout.address(), CudaKernels.address(mean),
                    partial.address(), CudaKernels.address(partialIndex), first);
            first.launch(kernels.driver, new long[] {outputs * parts, 1, 1}, CudaMap.threads());
            CudaLaunch second = new CudaLaunch(module.function(ReduceKernels.finalName(op)), name);
            ReduceKernels.finalArguments(plan, parts, layout.address(), partial.address(),
                    CudaKernels.address(partialIndex), out, outOffset, outType, second);
            second.launch(kernels.driver, new long[] {outputs, 1, 1}, CudaMap.threads());
        } finally {
            kernels.release(layout);
            kernels.release(partial);
            kernels.release(partialIndex);
        }
    }
}
