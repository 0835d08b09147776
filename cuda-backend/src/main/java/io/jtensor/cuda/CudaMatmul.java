package io.jtensor.cuda;

import io.jtensor.backend.MatmulPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.MatmulKernels;
import io.jtensor.kernels.PlanLayouts;

/** Runs (batched) matrix products with the tiled {@code jt_matmul} kernel. */
final class CudaMatmul {

    /** CUDA's limit on the second and third grid dimensions; the kernel loops over batches beyond it. */
    private static final long MAX_GRID_YZ = 65535;

    private final CudaKernels kernels;

    CudaMatmul(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(MatmulPlan plan) {
        long batch = plan.batchSize();
        if (batch == 0 || plan.m() == 0 || plan.n() == 0) {
            return;
        }
        long tile = MatmulKernels.TILE;
        CudaModule module = kernels.module("matmul", () -> MatmulKernels.program(Dialect.CUDA, true));
        CachingAllocator.Block layout = kernels.layout(MatmulKernels.layout(plan));
        // Grid dimension y holds at most 65535 blocks of rows; taller products go in slices of rows.
        long rowsPerLaunch = MAX_GRID_YZ * tile;
        try {
            for (long first = 0; first < plan.m(); first += rowsPerLaunch) {
                long rows = Math.min(rowsPerLaunch, plan.m() - first);
                CudaLaunch launch = new CudaLaunch(module.function(MatmulKernels.kernelName(plan.dtype())), "matmul");
                MatmulKernels.arguments(plan, first, rows, layout.address(), launch);
                launch.launch(kernels.driver, new long[] {PlanLayouts.roundUp(plan.n(), tile) / tile,
                        PlanLayouts.roundUp(rows, tile) / tile, Math.min(batch, MAX_GRID_YZ)},
                        new int[] {(int) tile, (int) tile, 1});
            }
        } finally {
            kernels.release(layout);
        }
    }
}
