package io.jtensor.cuda;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.MapKernels;
import io.jtensor.kernels.PlanLayouts;

/** Runs element-wise plans with the generated {@code jt_map} (or {@code jt_map_vec4}) kernel. */
final class CudaMap {

    private final CudaKernels kernels;

    CudaMap(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(MapPlan plan) {
        long n = plan.size();
        if (n == 0) {
            return;
        }
        DType compute = plan.computeType();
        boolean contiguous = PlanLayouts.isContiguous(plan);
        CudaModule module = kernels.module("map " + compute, () -> MapKernels.program(Dialect.CUDA, compute, true));
        String op = plan.op().numpyName();
        if (PlanLayouts.qualifiesForVector(plan, compute, contiguous)) {
            CudaLaunch launch = new CudaLaunch(module.function(MapKernels.vectorKernelName(plan.op())), op);
            MapKernels.vectorArguments(plan, compute, launch);
            launch.launch(kernels.driver, blocks(MapKernels.vectorItems(n)), threads());
            return;
        }
        CachingAllocator.Block layout = contiguous ? null : kernels.layout(PlanLayouts.mapLayout(plan));
        try {
            CudaLaunch launch = new CudaLaunch(module.function(MapKernels.kernelName(plan.op())), op);
            MapKernels.arguments(plan, compute, CudaKernels.address(layout), launch);
            launch.launch(kernels.driver, blocks(n), threads());
        } finally {
            kernels.release(layout);
        }
    }

    /** A grid-stride launch over {@code items}: at most {@link CudaKernels#MAX_BLOCKS} blocks. */
    static long[] blocks(long items) {
        return new long[] {Math.min((items + CudaKernels.BLOCK - 1) / CudaKernels.BLOCK, CudaKernels.MAX_BLOCKS), 1, 1};
    }

    /** One-dimensional blocks of {@link CudaKernels#BLOCK} threads. */
    static int[] threads() {
        return new int[] {CudaKernels.BLOCK, 1, 1};
    }
}
