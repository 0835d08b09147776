package io.jtensor.cuda;

import io.jtensor.backend.RowPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.RowKernels;

/** Runs softmax / log-softmax / log-sum-exp plans, one block per row. */
final class CudaRows {

    private final CudaKernels kernels;

    CudaRows(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(RowPlan plan) {
        if (plan.rows() == 0) {
            return;
        }
        CudaModule module = kernels.module("rows", () -> RowKernels.program(Dialect.CUDA, true, CudaKernels.BLOCK));
        CudaLaunch launch = new CudaLaunch(module.function(RowKernels.kernelName(plan.op(), plan.dtype())),
                plan.op().numpyName());
        RowKernels.arguments(plan, launch);
        launch.launch(kernels.driver, new long[] {Math.min(plan.rows(), CudaKernels.MAX_BLOCKS), 1, 1},
                CudaMap.threads());
    }
}
