package io.jtensor.backend;

import io.jtensor.DType;

/**
 * A resolved {@code np.take}: picks slices of a C-contiguous input along one axis.
 *
 * <p>The input is viewed as {@code outer x axisLength x inner} elements and the output as
 * {@code outer x count x inner}, both contiguous and of type {@code dtype}; element
 * {@code (o, j, r)} of the output is element {@code (o, indices[j], r)} of the input. The
 * {@code count} indices are contiguous int64 already in {@code [0, axisLength)} (core checks and
 * wraps them), so a backend copies elements without converting or checking them.
 *
 * @param input      contiguous input, {@code outer * axisLength * inner} elements from its offset
 * @param outer      the product of the dimensions before the axis
 * @param axisLength the length of the axis taken from
 * @param inner      the product of the dimensions after the axis
 * @param indices    contiguous int64 indices, {@code count} from its offset
 * @param count      how many indices
 * @param out        contiguous output, {@code outer * count * inner} elements
 * @param dtype      the type of input and output
 */
public record GatherPlan(Operand input, long outer, long axisLength, long inner, Operand indices, long count,
                         Operand out, DType dtype) {

    /** The number of elements the plan writes. */
    public long size() {
        return outer * count * inner;
    }
}
