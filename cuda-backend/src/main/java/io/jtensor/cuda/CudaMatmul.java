package io.jtensor.cuda;

import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.MatmulKernels;
import io.jtensor.kernels.PlanLayouts;

import java.util.Arrays;

/** Runs (batched) matrix products with the tiled {@code jt_matmul} kernel. */
final class CudaMatmul {

    /** CUDA's limit on the second and third grid dimensions; the kernel loops over batches beyond it. */
    private static final long MAX_GRID_YZ = 65535;

    private final CudaKernels kernels;

    CudaMatmul(CudaKernels kernels) {
        this.kernels = kernels;
    }

    void run(MatmulPlan plan) {
        long batch = plan.batchSize();
        if (batch == 0 || plan.m() == 0 || plan.n() == 0) {
            return;
        }
        long tile = MatmulKernels.TILE;
        CudaModule module = kernels.module("matmul", () -> MatmulKernels.program(Dialect.CUDA, true));
        int nb = plan.batchShape().length;
        Operand a = plan.a();
        Operand b = plan.b();
        Operand out = plan.out();
        CachingAllocator.Block layout = kernels.layout(PlanLayouts.concat(plan.batchShape(),
                Arrays.copyOf(a.strides(), nb), Arrays.copyOf(b.strides(), nb), Arrays.copyOf(out.strides(), nb)));
        // Grid dimension y holds at most 65535 blocks of rows; taller products go in slices of rows,
        // each an offset into a and out (the kernel has no row-offset parameter).
        long rowsPerLaunch = MAX_GRID_YZ * tile;
        try {
            for (long first = 0; first < plan.m(); first += rowsPerLaunch) {
                long rows = Math.min(rowsPerLaunch, plan.m() - first);
                new CudaLaunch(module.function(MatmulKernels.kernelName(plan.dtype())), "matmul")
                        .longValue(rows).longValue(plan.n()).longValue(plan.k()).longValue(batch).intValue(nb)
                        .address(layout.address())
                        .address(CudaKernels.address(a)).longValue(a.offset() + first * a.strides()[nb])
                        .longValue(a.strides()[nb]).longValue(a.strides()[nb + 1])
                        .address(CudaKernels.address(b)).longValue(b.offset())
                        .longValue(b.strides()[nb]).longValue(b.strides()[nb + 1])
                        .address(CudaKernels.address(out)).longValue(out.offset() + first * out.strides()[nb])
                        .longValue(out.strides()[nb]).longValue(out.strides()[nb + 1])
                        .launch(kernels.device.stream, new long[] {PlanLayouts.roundUp(plan.n(), tile) / tile,
                                PlanLayouts.roundUp(rows, tile) / tile, Math.min(batch, MAX_GRID_YZ)},
                                new int[] {(int) tile, (int) tile, 1});
            }
        } finally {
            kernels.release(layout);
        }
    }
}
