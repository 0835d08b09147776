package io.jtensor.cuda;

import io.jtensor.backend.ScanPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.ScanKernels;

/** Runs cumulative sum / product plans: one thread per line along the axis. */
final class CudaScan {

    private final CudaKernels kernels;

    CudaScan(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(ScanPlan plan) {
        if (plan.lines() == 0 || plan.length() == 0) {
            return;
        }
        CudaModule module = kernels.module("scan", () -> ScanKernels.program(Dialect.CUDA, true));
        CudaLaunch launch = new CudaLaunch(module.function(ScanKernels.kernelName(plan.op(), plan.dtype())),
                plan.op().numpyName());
        ScanKernels.arguments(plan, launch);
        launch.launch(kernels.driver, CudaMap.blocks(plan.lines()), CudaMap.threads());
    }
}
