package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.backend.RowPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.RowKernels;

/** Runs softmax / log-softmax / log-sum-exp plans, one work-group per row. */
final class OpenClRows {

    private final OpenClKernels kernels;

    OpenClRows(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(RowPlan plan) {
        if (plan.rows() == 0) {
            return;
        }
        if (plan.dtype() == DType.FLOAT64 && !kernels.device.fp64) {
            throw new UnsupportedOperationException(plan.op().numpyName() + ": the OpenCL device "
                    + kernels.device.description() + " has no float64 support (cl_khr_fp64)");
        }
        boolean float64 = kernels.device.fp64;
        int groupSize = kernels.groupSize;
        OpenClProgram program = kernels.program("rows", () -> RowKernels.program(Dialect.OPENCL, float64, groupSize));
        long group = kernels.groupSize;
        KernelLaunch launch = new KernelLaunch(program.kernel(RowKernels.kernelName(plan.op(), plan.dtype())));
        RowKernels.arguments(plan, launch);
        launch.enqueue(kernels.device.queue, new long[] {Math.min(plan.rows(), OpenClKernels.MAX_GROUPS) * group},
                kernels.local());
    }
}
