package io.jtensor.cuda;

import io.jtensor.backend.Operand;
import io.jtensor.kernels.KernelArguments;
import jcuda.Pointer;
import jcuda.driver.CUfunction;
import jcuda.driver.CUstream;
import jcuda.driver.JCudaDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * A kernel's arguments in order and its launch on the backend's stream. {@code cuLaunchKernel}
 * takes a pointer to each argument's value and copies as many bytes as the kernel's parameter has,
 * so every value is held in an array of exactly its C type; memory is a device address (a 64-bit
 * value).
 *
 * <pre>{@code
 * CudaLaunch launch = new CudaLaunch(function, "softmax");
 * RowKernels.arguments(plan, launch);
 * launch.launch(stream, new long[] {blocks, 1, 1}, new int[] {256, 1, 1});
 * }</pre>
 */
final class CudaLaunch implements KernelArguments<Long> {

    private final CUfunction function;
    private final String op;
    private final List<Pointer> arguments = new ArrayList<>();

    CudaLaunch(CUfunction function, String op) {
        this.function = function;
        this.op = op;
    }

    /** A device address argument; null passes a null pointer. */
    @Override
    public CudaLaunch memory(Long address) {
        return longValue(address == null ? 0 : address);
    }

    @Override
    public CudaLaunch longValue(long value) {
        return add(Pointer.to(new long[] {value}));
    }

    @Override
    public CudaLaunch intValue(int value) {
        return add(Pointer.to(new int[] {value}));
    }

    @Override
    public CudaLaunch floatValue(float value) {
        return add(Pointer.to(new float[] {value}));
    }

    @Override
    public CudaLaunch doubleValue(double value) {
        return add(Pointer.to(new double[] {value}));
    }

    @Override
    public CudaLaunch boolValue(boolean value) {
        return add(Pointer.to(new byte[] {(byte) (value ? 1 : 0)}));
    }

    /** The device address of the operand's storage. */
    @Override
    public Long memoryOf(Operand operand) {
        return CudaKernels.address(operand);
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
