package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.backend.SortPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.SortKernels;

/** Runs sort / argsort plans: one work-item per line along the axis. */
final class OpenClSort {

    private final OpenClKernels kernels;

    OpenClSort(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(SortPlan plan) {
        if (plan.lines() == 0 || plan.length() == 0) {
            return;
        }
        String name = plan.values() != null ? "sort" : "argsort";
        if (plan.dtype() == DType.FLOAT64 && !kernels.device.fp64) {
            throw new UnsupportedOperationException(name + ": the OpenCL device " + kernels.device.description()
                    + " has no float64 support (cl_khr_fp64)");
        }
        boolean float64 = kernels.device.fp64;
        OpenClProgram program = kernels.program("sort", () -> SortKernels.program(Dialect.OPENCL, float64));
        KernelLaunch launch = new KernelLaunch(program.kernel(SortKernels.kernelName(plan.dtype())));
        SortKernels.arguments(plan, launch);
        launch.enqueue(kernels.device.queue, kernels.global(plan.lines()), kernels.local());
    }
}
