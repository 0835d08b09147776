package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.backend.ScanPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.ScanKernels;

/** Runs cumulative sum / product plans: one work-item per line along the axis. */
final class OpenClScan {

    private final OpenClKernels kernels;

    OpenClScan(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(ScanPlan plan) {
        if (plan.lines() == 0 || plan.length() == 0) {
            return;
        }
        if (plan.dtype() == DType.FLOAT64 && !kernels.device.fp64) {
            throw new UnsupportedOperationException(plan.op().numpyName() + ": the OpenCL device "
                    + kernels.device.description() + " has no float64 support (cl_khr_fp64)");
        }
        boolean float64 = kernels.device.fp64;
        OpenClProgram program = kernels.program("scan", () -> ScanKernels.program(Dialect.OPENCL, float64));
        KernelLaunch launch = new KernelLaunch(program.kernel(ScanKernels.kernelName(plan.op(), plan.dtype())));
        ScanKernels.arguments(plan, launch);
        launch.enqueue(kernels.device.queue, kernels.global(plan.lines()), kernels.local());
    }
}
