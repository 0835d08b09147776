package io.jtensor.cuda;

import io.jtensor.backend.SortPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.SortKernels;

/** Runs sort / argsort plans: one thread per line along the axis. */
final class CudaSort {

    private final CudaKernels kernels;

    CudaSort(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(SortPlan plan) {
        if (plan.lines() == 0 || plan.length() == 0) {
            return;
        }
        CudaModule module = kernels.module("sort", () -> SortKernels.program(Dialect.CUDA, true));
        CudaLaunch launch = new CudaLaunch(module.function(SortKernels.kernelName(plan.dtype())),
                plan.values() != null ? "sort" : "argsort");
        SortKernels.arguments(plan, launch);
        launch.launch(kernels.driver, CudaMap.blocks(plan.lines()), CudaMap.threads());
    }
}
