package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.RowOp;
import io.jtensor.op.UnaryOp;

/**
 * The conformance suite with the CUDA C++ Programming Guide's accuracy bounds (appendix
 * "Mathematical Functions", maximum ULP error without {@code --use_fast_math}) where they are
 * looser than the CPU backend's: the tolerances of {@link CudaConformanceTest}, and of
 * {@link CudaSimulatorConformanceTest}, whose host math library (glibc) stays within them.
 */
abstract class CudaToleranceSuite extends ConformanceSuite {

    @Override
    protected Tolerance unaryTolerance(UnaryOp op, DType type) {
        Tolerance cpu = super.unaryTolerance(op, type);
        boolean single = type == DType.FLOAT32;
        long ulps = switch (op) {
            case EXP, EXP2 -> single ? 2 : 1;
            case EXPM1, LOG, LOG2, LOG1P -> 1;
            case LOG10 -> single ? 2 : 1;
            case SIN, COS -> 2;
            case TAN -> single ? 4 : 2;
            case TANH -> single ? 2 : 1;
            case ARCSIN, ARCCOS, ARCTAN -> 2;
            case ARCSINH -> 3;
            case ARCCOSH -> single ? 4 : 3;
            case ARCTANH -> single ? 3 : 2;
            case SINH -> single ? 3 : 2;
            case COSH -> single ? 2 : 1;
            case CBRT -> 1;
            case SIGMOID -> 4;
            default -> 0;
        };
        return cpu.atLeastUlps(ulps);
    }

    /**
     * pow: 4 ULP (float32) / 2 (float64); atan2: 3 / 2; hypot: 3 / 2; logaddexp and logaddexp2 in
     * float32 3 ULP or 3 eps (expf and exp2f 2 ULP, log1pf 1, on a term below 1), float64 as on the CPU.
     */
    @Override
    protected Tolerance binaryTolerance(BinaryOp op, DType type) {
        boolean single = type == DType.FLOAT32;
        long ulps = switch (op) {
            case POWER -> single ? 4 : 2;
            case ARCTAN2, HYPOT -> single ? 3 : 2;
            case LOGADDEXP, LOGADDEXP2 -> single ? 3 : 0;
            default -> 0;
        };
        Tolerance cpu = super.binaryTolerance(op, type).atLeastUlps(ulps);
        return single && (op == BinaryOp.LOGADDEXP || op == BinaryOp.LOGADDEXP2) ? cpu.atLeastAbsolute(3) : cpu;
    }

    /** Softmax, log-softmax, log-sum-exp: 6 ULP or 6 eps·max|x| (exp 2 and log 1 on top of the CPU's 4). */
    @Override
    protected Tolerance rowTolerance(RowOp op, DType type) {
        return Tolerance.of(6, 6);
    }
}
