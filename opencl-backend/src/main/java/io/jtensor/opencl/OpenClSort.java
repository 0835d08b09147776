package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.backend.SearchPlan;
import io.jtensor.backend.SortPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.SortKernels;

/** Runs sort / argsort plans (the launches of {@link SortKernels#steps}) and searchsorted plans (a work-item per value). */
final class OpenClSort {

    private final OpenClKernels kernels;

    OpenClSort(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(SortPlan plan) {
        if (plan.lines() == 0 || plan.length() == 0) {
            return;
        }
        OpenClProgram program = program(plan.values() != null ? "sort" : "argsort", plan.dtype());
        for (SortKernels.Step step : SortKernels.steps(plan, kernels.device.isGpuOrAccelerator())) {
            KernelLaunch launch = new KernelLaunch(program.kernel(SortKernels.kernelName(step.stage(), plan.dtype())));
            SortKernels.arguments(plan, step, launch);
            launch.enqueue(kernels.device.queue, kernels.global(SortKernels.workItems(plan, step)), kernels.local());
        }
    }

    void run(SearchPlan plan) {
        if (plan.count() == 0) {
            return;
        }
        KernelLaunch launch = new KernelLaunch(program("searchsorted", plan.dtype())
                .kernel(SortKernels.searchKernelName(plan.dtype())));
        SortKernels.arguments(plan, launch);
        launch.enqueue(kernels.device.queue, kernels.global(plan.count()), kernels.local());
    }

    private OpenClProgram program(String name, DType dtype) {
        if (dtype == DType.FLOAT64 && !kernels.device.fp64) {
            throw new UnsupportedOperationException(name + ": the OpenCL device " + kernels.device.description()
                    + " has no float64 support (cl_khr_fp64)");
        }
        boolean float64 = kernels.device.fp64;
        return kernels.program("sort", () -> SortKernels.program(Dialect.OPENCL, float64));
    }
}
