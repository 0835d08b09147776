package io.jtensor.opencl;

import io.jtensor.backend.Operand;
import io.jtensor.kernels.KernelArguments;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * Sets a kernel's arguments in order and enqueues it. Used under the backend's lock, since kernel
 * objects hold their arguments. {@code clSetKernelArg} checks each value's size against the
 * parameter's, so a wrong argument list fails here rather than computing garbage.
 *
 * <pre>{@code
 * KernelLaunch launch = new KernelLaunch(kernel);
 * RowKernels.arguments(plan, launch);
 * launch.enqueue(queue, new long[] {groups * 256}, new long[] {256});
 * }</pre>
 */
final class KernelLaunch implements KernelArguments<cl_mem> {

    private final cl_kernel kernel;
    private int index;

    KernelLaunch(cl_kernel kernel) {
        this.kernel = kernel;
    }

    /** A {@code __global} pointer argument; null passes a null pointer. */
    @Override
    public KernelLaunch memory(cl_mem memory) {
        return set(Sizeof.cl_mem, memory == null ? null : Pointer.to(memory));
    }

    @Override
    public KernelLaunch longValue(long value) {
        return set(Sizeof.cl_long, Pointer.to(new long[] {value}));
    }

    @Override
    public KernelLaunch intValue(int value) {
        return set(Sizeof.cl_int, Pointer.to(new int[] {value}));
    }

    @Override
    public KernelLaunch floatValue(float value) {
        return set(Sizeof.cl_float, Pointer.to(new float[] {value}));
    }

    @Override
    public KernelLaunch doubleValue(double value) {
        return set(Sizeof.cl_double, Pointer.to(new double[] {value}));
    }

    @Override
    public KernelLaunch boolValue(boolean value) {
        return set(Sizeof.cl_uchar, Pointer.to(new byte[] {(byte) (value ? 1 : 0)}));
    }

    /** The buffer of the operand's storage. */
    @Override
    public cl_mem memoryOf(Operand operand) {
        return ((OpenClStorage) operand.storage()).memory;
    }

    /** Enqueues the kernel over {@code global} work-items in groups of {@code local}. */
    void enqueue(cl_command_queue queue, long[] global, long[] local) {
        CL.clEnqueueNDRangeKernel(queue, kernel, global.length, null, global, local, 0, null, null);
    }

    private KernelLaunch set(long size, Pointer value) {
        CL.clSetKernelArg(kernel, index++, size, value);
        return this;
    }
}
