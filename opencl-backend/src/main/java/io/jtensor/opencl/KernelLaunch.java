package io.jtensor.opencl;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * Sets a kernel's arguments in order and enqueues it. Used under the backend's lock, since kernel
 * objects hold their arguments.
 *
 * <pre>{@code
 * new KernelLaunch(kernel).longValue(n).buffer(out).enqueue(queue, new long[] {global}, new long[] {256});
 * }</pre>
 */
final class KernelLaunch {

    private final cl_kernel kernel;
    private int index;

    KernelLaunch(cl_kernel kernel) {
        this.kernel = kernel;
    }

    /** A {@code __global} pointer argument; null passes a null pointer. */
    KernelLaunch buffer(cl_mem memory) {
        CL.clSetKernelArg(kernel, index++, Sizeof.cl_mem, memory == null ? null : Pointer.to(memory));
        return this;
    }

    /** A {@code jlong} argument. */
    KernelLaunch longValue(long value) {
        CL.clSetKernelArg(kernel, index++, Sizeof.cl_long, Pointer.to(new long[] {value}));
        return this;
    }

    /** A {@code jint} argument. */
    KernelLaunch intValue(int value) {
        CL.clSetKernelArg(kernel, index++, Sizeof.cl_int, Pointer.to(new int[] {value}));
        return this;
    }

    /**
     * A scalar operand by value as a {@code dtype} kernel argument: integer types take the
     * operand's exact integer value when it has one (int64 beyond 2^53 stays exact), the others
     * its double value converted as NumPy converts a Python scalar.
     */
    KernelLaunch scalar(DType dtype, Operand operand) {
        long exact = operand.dtype().isInteger() ? operand.integerScalar() : (long) operand.scalar();
        switch (dtype) {
            case BOOL -> CL.clSetKernelArg(kernel, index++, Sizeof.cl_uchar,
                    Pointer.to(new byte[] {(byte) (operand.scalar() != 0 || exact != 0 ? 1 : 0)}));
            case INT32 -> intValue((int) exact);
            case INT64 -> longValue(exact);
            case FLOAT32 -> CL.clSetKernelArg(kernel, index++, Sizeof.cl_float,
                    Pointer.to(new float[] {(float) operand.scalar()}));
            case FLOAT64 -> CL.clSetKernelArg(kernel, index++, Sizeof.cl_double,
                    Pointer.to(new double[] {operand.scalar()}));
        }
        return this;
    }

    /** A zero of {@code dtype}: the unused by-value slot of an input passed as a buffer. */
    KernelLaunch zero(DType dtype) {
        switch (dtype) {
            case BOOL -> CL.clSetKernelArg(kernel, index++, Sizeof.cl_uchar, Pointer.to(new byte[1]));
            case INT32 -> intValue(0);
            case INT64 -> longValue(0);
            case FLOAT32 -> CL.clSetKernelArg(kernel, index++, Sizeof.cl_float, Pointer.to(new float[1]));
            case FLOAT64 -> CL.clSetKernelArg(kernel, index++, Sizeof.cl_double, Pointer.to(new double[1]));
        }
        return this;
    }

    /** Enqueues the kernel over {@code global} work-items in groups of {@code local}. */
    void enqueue(cl_command_queue queue, long[] global, long[] local) {
        CL.clEnqueueNDRangeKernel(queue, kernel, global.length, null, global, local, 0, null, null);
    }
}
