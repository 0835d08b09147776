package io.jtensor.opencl;

import io.jtensor.backend.GatherPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.GatherKernels;

/** Runs {@code take} plans: one work-item per output element, up to the launch's size. */
final class OpenClGather {

    private final OpenClKernels kernels;

    OpenClGather(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(GatherPlan plan) {
        long n = plan.size();
        if (n == 0) {
            return;
        }
        OpenClProgram program = kernels.program("gather", () -> GatherKernels.program(Dialect.OPENCL));
        KernelLaunch launch = new KernelLaunch(program.kernel(GatherKernels.kernelName(plan.dtype())));
        GatherKernels.arguments(plan, launch);
        launch.enqueue(kernels.device.queue, kernels.global(n), kernels.local());
    }
}
