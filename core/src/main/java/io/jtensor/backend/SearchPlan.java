package io.jtensor.backend;

import io.jtensor.DType;

/**
 * A resolved {@code np.searchsorted}: for each of {@code count} values, the int64 position in the
 * ascending 1-d {@code sorted} at which it would be inserted to keep the order, with
 * {@link io.jtensor.Np#sort}'s order (NaN after every number). {@code right} false gives the first
 * such position (NumPy's side="left"), true the last.
 *
 * @param sorted contiguous keys, {@code length} elements from its offset, ascending
 * @param length the number of sorted keys
 * @param values contiguous values to place, {@code count} elements from its offset
 * @param count  the number of values
 * @param out    contiguous int64 output of {@code count} elements
 * @param dtype  the type of both sorted keys and values (core converts them to a common type)
 * @param right  whether equal keys go before the position (side="right")
 */
public record SearchPlan(Operand sorted, long length, Operand values, long count, Operand out, DType dtype,
                         boolean right) {
}
