package io.jtensor.backend;

import io.jtensor.DType;

import java.util.Arrays;

/**
 * One operand of a kernel plan: a strided view of a {@link Storage}, or a scalar.
 *
 * <p>{@code offset} and {@code strides} count elements, not bytes. Strides are given over the
 * plan's iteration shape; a broadcast dimension has stride 0. A scalar operand
 * ({@link #isScalar()}) has no storage and the same value at every index (GPU backends pass it
 * as a kernel argument). A scalar of an integer compute type carries its exact value in
 * {@link #integerScalar()} (a Java long above 2<sup>53</sup> does not survive a double); backends
 * must read that one for INT32/INT64 and {@link #scalar()} otherwise.
 *
 * @param storage the memory, or null for a scalar
 * @param dtype   the element type as stored
 * @param offset  index of the first element, in elements
 * @param strides element stride per iteration dimension
 * @param scalar  the value of a scalar operand (ignored otherwise)
 * @param integerScalar the exact value of an integer scalar operand (ignored otherwise)
 */
public record Operand(Storage storage, DType dtype, long offset, long[] strides, double scalar, long integerScalar) {

    /** A strided view. */
    public static Operand of(Storage storage, DType dtype, long offset, long[] strides) {
        return new Operand(storage, dtype, offset, strides, 0, 0);
    }

    /** A scalar of the given type, the same at every index of any shape. */
    public static Operand scalar(DType dtype, double value) {
        return new Operand(null, dtype, 0, new long[0], value, (long) value);
    }

    /** An integer scalar held exactly (for INT32/INT64 compute types). */
    public static Operand integerScalar(DType dtype, long value) {
        return new Operand(null, dtype, 0, new long[0], value, value);
    }

    /** True when this operand is a scalar rather than memory. */
    public boolean isScalar() {
        return storage == null;
    }

    /** Stride of dimension {@code d}; 0 for a scalar. */
    public long stride(int d) {
        return isScalar() ? 0 : strides[d];
    }

    @Override
    public String toString() {
        return isScalar() ? "scalar(" + dtype.numpyName() + " " + (dtype.isInteger() ? integerScalar : scalar) + ")"
                : "operand(" + dtype.numpyName() + ", offset " + offset + ", strides " + Arrays.toString(strides) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operand other && storage == other.storage && dtype == other.dtype
                && offset == other.offset && Arrays.equals(strides, other.strides)
                && Double.compare(scalar, other.scalar) == 0 && integerScalar == other.integerScalar;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * System.identityHashCode(storage) + Long.hashCode(offset)) + Arrays.hashCode(strides);
    }
}
