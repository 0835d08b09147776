package io.jtensor.cuda;

import io.jtensor.backend.Operand;
import io.jtensor.kernels.KernelArguments;

import java.util.Arrays;

/**
 * A kernel's arguments in order and its launch on the driver's stream. {@code cuLaunchKernel}
 * copies as many bytes for each argument as the kernel's parameter has, so every value is kept
 * with exactly the size of its C type; memory is a device address (a 64-bit value).
 *
 * <pre>{@code
 * CudaLaunch launch = new CudaLaunch(function, "softmax");
 * RowKernels.arguments(plan, launch);
 * launch.launch(driver, new long[] {blocks, 1, 1}, new int[] {256, 1, 1});
 * }</pre>
 */
final class CudaLaunch implements KernelArguments<Long> {

    private final Object function;
    private final String op;
    private long[] values = new long[24];
    private int[] sizes = new int[24];
    private int count;

    CudaLaunch(Object function, String op) {
        this.function = function;
        this.op = op;
    }

    /** A device address argument; null passes a null pointer. */
    @Override
    public CudaLaunch memory(Long address) {
        return add(address == null ? 0 : address, Long.BYTES);
    }

    @Override
    public CudaLaunch longValue(long value) {
        return add(value, Long.BYTES);
    }

    @Override
    public CudaLaunch intValue(int value) {
        return add(value, Integer.BYTES);
    }

    @Override
    public CudaLaunch floatValue(float value) {
        return add(Float.floatToRawIntBits(value), Float.BYTES);
    }

    @Override
    public CudaLaunch doubleValue(double value) {
        return add(Double.doubleToRawLongBits(value), Double.BYTES);
    }

    @Override
    public CudaLaunch boolValue(boolean value) {
        return add(value ? 1 : 0, 1);
    }

    /** The device address of the operand's storage. */
    @Override
    public Long memoryOf(Operand operand) {
        return CudaKernels.address(operand);
    }

    /** Queues the kernel over a {@code blocks} grid of {@code threads}-thread blocks on the driver's stream. */
    void launch(CudaDriver driver, long[] blocks, int[] threads) {
        for (long count : blocks) {
            if (count > Integer.MAX_VALUE) {
                throw new UnsupportedOperationException(op + ": " + count + " CUDA blocks in one grid dimension "
                        + "exceed the limit of " + Integer.MAX_VALUE);
            }
        }
        driver.launch(op, function, blocks, threads, Arrays.copyOf(values, count), Arrays.copyOf(sizes, count));
    }

    private CudaLaunch add(long value, int size) {
        if (count == values.length) {
            values = Arrays.copyOf(values, 2 * count);
            sizes = Arrays.copyOf(sizes, 2 * count);
        }
        values[count] = value;
        sizes[count] = size;
        count++;
        return this;
    }
}
