package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.MatmulKernels;
import io.jtensor.kernels.PlanLayouts;
import org.jocl.cl_mem;

/**
 * Runs (batched) matrix products with the tiled {@code jt_matmul} kernel, in work-groups of
 * 16 x 16, or of smaller tiles on devices whose work-groups hold fewer than 256 items.
 */
final class OpenClMatmul {

    /** CUDA's and many OpenCL drivers' limit on the third grid dimension; the kernel loops beyond. */
    private static final long MAX_BATCH_GROUPS = 65535;

    private final OpenClKernels kernels;

    OpenClMatmul(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(MatmulPlan plan) {
        if (plan.dtype() == DType.FLOAT64 && !kernels.device.fp64) {
            throw new UnsupportedOperationException("matmul: the OpenCL device " + kernels.device.description()
                    + " has no float64 support (cl_khr_fp64)");
        }
        long batch = plan.batchSize();
        if (batch == 0 || plan.m() == 0 || plan.n() == 0) {
            return;
        }
        boolean float64 = kernels.device.fp64;
        int tile = kernels.matmulTile;
        OpenClProgram program = kernels.program("matmul", () -> MatmulKernels.program(Dialect.OPENCL, float64, tile));
        cl_mem layout = kernels.layout(MatmulKernels.layout(plan));
        try {
            KernelLaunch launch = new KernelLaunch(program.kernel(MatmulKernels.kernelName(plan.dtype())));
            MatmulKernels.arguments(plan, 0, plan.m(), layout, launch);
            launch.enqueue(kernels.device.queue,
                    new long[] {PlanLayouts.roundUp(plan.n(), tile), PlanLayouts.roundUp(plan.m(), tile),
                            Math.min(batch, MAX_BATCH_GROUPS)},
                    new long[] {tile, tile, 1});
        } finally {
            OpenClKernels.release(layout);
        }
    }
}
