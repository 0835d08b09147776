package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.Operand;

/**
 * A kernel launch's arguments, added in the order of the kernel's parameters. A backend implements
 * the primitive additions on its driver API (CUDA: one pointer per value for {@code cuLaunchKernel};
 * OpenCL: {@code clSetKernelArg} with the value's size); the family classes add the arguments of
 * their kernels ({@link MapKernels#arguments}, {@link ReduceKernels#partialArguments}, ...), so the
 * order and the C type of every argument are written once, beside the kernel's source, for both.
 *
 * <p>Each addition matches one parameter type of the dialect header: {@link #memory} a
 * {@code GLOBAL T*}, {@link #longValue} a {@code jlong}, {@link #intValue} a {@code jint},
 * {@link #floatValue} a {@code float}, {@link #doubleValue} a {@code double}, {@link #boolValue} a
 * {@code jbool} (one byte).
 *
 * <pre>{@code
 * CudaLaunch launch = new CudaLaunch(function, "exp");
 * MapKernels.vectorArguments(plan, DType.FLOAT32, launch);
 * launch.launch(stream, blocks, threads);
 * }</pre>
 *
 * @param <M> the backend's handle of device memory (a CUDA device address, an OpenCL {@code cl_mem})
 */
public interface KernelArguments<M> {

    /** A {@code GLOBAL} pointer argument; null passes a null pointer. */
    KernelArguments<M> memory(M memory);

    /** A {@code jlong} argument. */
    KernelArguments<M> longValue(long value);

    /** A {@code jint} argument. */
    KernelArguments<M> intValue(int value);

    /** A {@code float} argument. */
    KernelArguments<M> floatValue(float value);

    /** A {@code double} argument. */
    KernelArguments<M> doubleValue(double value);

    /** A {@code jbool} argument: one byte, 1 for true. */
    KernelArguments<M> boolValue(boolean value);

    /** The device memory holding {@code operand}'s elements (its storage's memory; offsets go separately). */
    M memoryOf(Operand operand);

    /**
     * A scalar operand by value as a {@code dtype} argument: integer types take the operand's exact
     * integer value when it has one (int64 beyond 2^53 stays exact), the others its double value
     * converted as NumPy converts a Python scalar; bool is true for any non-zero value, NaN included.
     * (A weak scalar meeting a float16 tensor arrives already rounded to float16: core does that.)
     */
    default KernelArguments<M> scalar(DType dtype, Operand operand) {
        long exact = operand.dtype().isInteger() ? operand.integerScalar() : (long) operand.scalar();
        double value = operand.scalar();
        return switch (dtype) {
            case BOOL -> boolValue(value != 0 || exact != 0);
            case INT32 -> intValue((int) exact);
            case INT64 -> longValue(exact);
            case INT8, UINT8, INT16, UINT16, UINT32, FLOAT16 -> throw storageType(dtype);
            case FLOAT32 -> floatValue((float) value);
            case FLOAT64 -> doubleValue(value);
        };
    }

    private static IllegalArgumentException storageType(DType dtype) {
        return new IllegalArgumentException(dtype.numpyName() + " is a storage type: kernels take and compute its values as "
                + dtype.computeType().numpyName());
    }

    /** A zero of {@code dtype}: the by-value slot of an input that is passed as memory. */
    default KernelArguments<M> zero(DType dtype) {
        return switch (dtype) {
            case BOOL -> boolValue(false);
            case INT32 -> intValue(0);
            case INT64 -> longValue(0);
            case INT8, UINT8, INT16, UINT16, UINT32, FLOAT16 -> throw storageType(dtype);
            case FLOAT32 -> floatValue(0);
            case FLOAT64 -> doubleValue(0);
        };
    }
}
