package io.jtensor.cuda;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import jcuda.Pointer;
import jcuda.driver.CUfunction;
import jcuda.driver.CUstream;
import jcuda.driver.JCudaDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * A kernel's arguments in order and its launch on the backend's stream. {@code cuLaunchKernel}
 * takes a pointer to each argument's value and copies as many bytes as the kernel's parameter has.
 *
 * <pre>{@code
 * new CudaLaunch(function).longValue(n).address(out).launch(stream, blocks, 1, 1, 256, 1, 1);
 * }</pre>
 */
final class CudaLaunch {

    private final CUfunction function;
    private final String op;
    private final List<Pointer> arguments = new ArrayList<>();

    CudaLaunch(CUfunction function, String op) {
        this.function = function;
        this.op = op;
    }

    /** A device pointer argument; 0 passes a null pointer. */
    CudaLaunch address(long address) {
        return longValue(address);
    }

    /** A {@code jlong} argument. */
    CudaLaunch longValue(long value) {
        arguments.add(Pointer.to(new long[] {value}));
        return this;
    }

    /** A {@code jint} argument. */
    CudaLaunch intValue(int value) {
        arguments.add(Pointer.to(new int[] {value}));
        return this;
    }

    /**
     * A scalar operand by value as a {@code dtype} argument: integer types take the operand's exact
     * integer value when it has one, the others its double value converted as NumPy converts a
     * Python scalar.
     */
    CudaLaunch scalar(DType dtype, Operand operand) {
        long exact = operand.dtype().isInteger() ? operand.integerScalar() : (long) operand.scalar();
        return switch (dtype) {
            case BOOL -> add(Pointer.to(new byte[] {(byte) (operand.scalar() != 0 || exact != 0 ? 1 : 0)}));
            case INT32 -> intValue((int) exact);
            case INT64 -> longValue(exact);
            case FLOAT32 -> add(Pointer.to(new float[] {(float) operand.scalar()}));
            case FLOAT64 -> add(Pointer.to(new double[] {operand.scalar()}));
        };
    }

    /** A zero of {@code dtype}: the unused by-value slot of an input passed by pointer. */
    CudaLaunch zero(DType dtype) {
        return switch (dtype) {
            case BOOL -> add(Pointer.to(new byte[1]));
            case INT32 -> intValue(0);
            case INT64 -> longValue(0);
            case FLOAT32 -> add(Pointer.to(new float[1]));
            case FLOAT64 -> add(Pointer.to(new double[1]));
        };
    }

    /** Launches a {@code blocks} grid of {@code threads}-thread blocks on {@code stream}. */
    void launch(CUstream stream, long[] blocks, int[] threads) {
        for (long count : blocks) {
            if (count > Integer.MAX_VALUE) {
                throw new UnsupportedOperationException(op + ": " + count + " CUDA blocks in one grid dimension "
                        + "exceed the limit of " + Integer.MAX_VALUE);
            }
        }
        CudaDevice.check(op + ": cuLaunchKernel", JCudaDriver.cuLaunchKernel(function,
                (int) blocks[0], (int) blocks[1], (int) blocks[2], threads[0], threads[1], threads[2],
                0, stream, Pointer.to(arguments.toArray(Pointer[]::new)), null));
    }

    private CudaLaunch add(Pointer argument) {
        arguments.add(argument);
        return this;
    }
}
