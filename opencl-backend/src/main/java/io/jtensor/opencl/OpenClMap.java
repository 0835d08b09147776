package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.kernels.Dialect;
import io.jtensor.kernels.MapKernels;
import io.jtensor.kernels.PlanLayouts;
import io.jtensor.op.UnaryOp;
import org.jocl.cl_mem;

import java.util.concurrent.atomic.AtomicLong;

/** Runs element-wise plans with the generated {@code jt_map} kernel. */
final class OpenClMap {

    /** Whether qualifying plans take the vectorised kernel; tests turn it off to compare with the general one. */
    static volatile boolean vectorise = true;

    /** How many plans took the vectorised kernel, for tests. */
    static final AtomicLong VECTOR_LAUNCHES = new AtomicLong();

    private final OpenClKernels kernels;

    OpenClMap(OpenClKernels kernels) {
        this.kernels = kernels;
    }

    void run(MapPlan plan) {
        long n = plan.size();
        if (n == 0) {
            return;
        }
        DType compute = computeTypeOnDevice(plan);
        boolean contiguous = PlanLayouts.isContiguous(plan);
        boolean float64 = kernels.device.fp64;
        OpenClProgram program = kernels.program("map " + compute,
                () -> MapKernels.program(Dialect.OPENCL, compute, float64));
        if (vectorise && PlanLayouts.qualifiesForVector(plan, compute, contiguous)) {
            runVector(plan, program, n, compute);
            return;
        }
        cl_mem layout = contiguous ? null : kernels.layout(PlanLayouts.mapLayout(plan));
        try {
            KernelLaunch launch = new KernelLaunch(program.kernel(MapKernels.kernelName(plan.op())));
            MapKernels.arguments(plan, compute, layout, launch);
            launch.enqueue(kernels.device.queue, kernels.global(n), kernels.local());
        } finally {
            OpenClKernels.release(layout);
        }
    }

    private void runVector(MapPlan plan, OpenClProgram program, long n, DType compute) {
        KernelLaunch launch = new KernelLaunch(program.kernel(MapKernels.vectorKernelName(plan.op())));
        MapKernels.vectorArguments(plan, compute, launch);
        launch.enqueue(kernels.device.queue, kernels.global(MapKernels.vectorItems(n)), kernels.local());
        VECTOR_LAUNCHES.incrementAndGet();
    }

    /**
     * The plan's compute type, or, on a device without float64, the output's type for a copy or
     * fill that only passes through float64 (core fills float32 tensors via a float64 scalar).
     */
    private DType computeTypeOnDevice(MapPlan plan) {
        DType compute = plan.computeType();
        if (kernels.device.fp64 || !usesFloat64(plan)) {
            return compute;
        }
        boolean storedFloat64 = plan.out().dtype() == DType.FLOAT64 || plan.inputs().stream()
                .anyMatch(in -> !in.isScalar() && in.dtype() == DType.FLOAT64);
        if (plan.op() == UnaryOp.COPY && !storedFloat64) {
            return plan.out().dtype().computeType();
        }
        throw new UnsupportedOperationException(plan.op().numpyName() + ": the OpenCL device "
                + kernels.device.description() + " has no float64 support (cl_khr_fp64)");
    }

    private static boolean usesFloat64(MapPlan plan) {
        return plan.computeType() == DType.FLOAT64 || plan.out().dtype() == DType.FLOAT64
                || plan.inputs().stream().anyMatch(in -> in.dtype() == DType.FLOAT64);
    }
}
