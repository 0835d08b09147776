package io.jtensor.cuda;

import io.jtensor.backend.GatherPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.GatherKernels;

/** Runs {@code take} plans: a grid-stride launch over the output elements. */
final class CudaGather {

    private final CudaKernels kernels;

    CudaGather(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(GatherPlan plan) {
        long n = plan.size();
        if (n == 0) {
            return;
        }
        CudaModule module = kernels.module("gather", () -> GatherKernels.program(Dialect.CUDA));
        CudaLaunch launch = new CudaLaunch(module.function(GatherKernels.kernelName(plan.dtype())), "take");
        GatherKernels.arguments(plan, launch);
        launch.launch(kernels.driver, CudaMap.blocks(n), CudaMap.threads());
    }
}
