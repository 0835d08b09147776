package io.jtensor.cuda;

import io.jtensor.backend.SearchPlan;
import io.jtensor.backend.SortPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.SortKernels;

/** Runs sort / argsort plans (the launches of {@link SortKernels#steps}) and searchsorted plans (a thread per value). */
final class CudaSort {

    private final CudaKernels kernels;

    CudaSort(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(SortPlan plan) {
        if (plan.lines() == 0 || plan.length() == 0) {
            return;
        }
        String name = plan.values() != null ? "sort" : "argsort";
        for (SortKernels.Step step : SortKernels.steps(plan, true)) {
            CudaLaunch launch = new CudaLaunch(module().function(SortKernels.kernelName(step.stage(), plan.dtype())),
                    name);
            SortKernels.arguments(plan, step, launch);
            launch.launch(kernels.driver, CudaMap.blocks(SortKernels.workItems(plan, step)), CudaMap.threads());
        }
    }

    void run(SearchPlan plan) {
        if (plan.count() == 0) {
            return;
        }
        CudaLaunch launch = new CudaLaunch(module().function(SortKernels.searchKernelName(plan.dtype())),
                "searchsorted");
        SortKernels.arguments(plan, launch);
        launch.launch(kernels.driver, CudaMap.blocks(plan.count()), CudaMap.threads());
    }

    private CudaModule module() {
        return kernels.module("sort", () -> SortKernels.program(Dialect.CUDA, true));
    }
}
