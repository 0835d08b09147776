package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import io.jtensor.cuda.CudaSimulator;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance suite on the CUDA backend over the {@link CudaSimulator}: the backend's own code
 * (allocator, launch geometry and arguments, reductions in two passes, row slices of products,
 * transfers) with the generated CUDA C++ kernels compiled for the host, without a GPU. Tolerances
 * are CUDA's ({@link CudaTolerances}). A pass here is not a GPU result: the GPU's math library,
 * the driver and NVRTC's code are not involved (see {@link CudaConformanceTest} for the GPU run).
 * Skipped, saying why, only where no host C++ compiler runs; CI installs one.
 */
class CudaSimulatorConformanceTest extends ConformanceSuite {

    private static Backend simulator;

    @BeforeAll
    static void requireCompiler() {
        String reason = CudaSimulator.unavailableReason().orElse(null);
        System.out.println(reason == null ? "CUDA simulator conformance suite on the host"
                : "CUDA simulator conformance suite SKIPPED: " + reason);
        Assumptions.assumeTrue(reason == null, reason);
        if (simulator == null) {
            simulator = Backends.get(CudaSimulator.NAME);
        }
    }

    @Override
    protected Backend backend() {
        return simulator;
    }

    @Override
    protected Tolerance unaryTolerance(UnaryOp op, DType type) {
        return CudaTolerances.unary(super.unaryTolerance(op, type), op, type);
    }

    @Override
    protected Tolerance binaryTolerance(BinaryOp op, DType type) {
        return CudaTolerances.binary(super.binaryTolerance(op, type), op, type);
    }

    @Override
    protected Tolerance rowTolerance(RowOp op, DType type) {
        return CudaTolerances.rows();
    }
}
