package io.jtensor.backend;

import io.jtensor.DType;

/**
 * A resolved stable sort along one axis ({@code np.argsort(kind="stable")}, and {@code np.sort}
 * when {@link #values} is present).
 *
 * <p>The input is C-contiguous, of type {@code dtype}, viewed as {@code outer x length x inner}
 * elements. For each of the {@code outer * inner} lines along the middle dimension the backend writes
 * into {@code indices} (int64, laid out as the input) the positions 0..length-1 that put the line in
 * ascending order, equal keys in their original order; NaN sorts after every number (NumPy's
 * order), and -0.0 equals 0.0. When {@code values} is not null it also writes the sorted line
 * there ({@code values[k] = line[indices[k]]}, laid out as the input).
 *
 * @param input   contiguous keys, {@code outer * length * inner} elements from its offset
 * @param outer   the product of the dimensions before the axis
 * @param length  the length of the axis
 * @param inner   the product of the dimensions after the axis
 * @param indices int64 output of the input's size
 * @param scratch int64 working memory of the input's size (its content on return is unspecified)
 * @param values  output of the input's type and size, or null for an argsort
 * @param dtype   the type of the keys; never a storage type ({@link DType#computeType()} differs
 *                from it): core sorts float16 keys as exact float32 copies and 8- and 16-bit integer
 *                keys as int32 copies, so the GPU sort programs have no instances for them
 */
public record SortPlan(Operand input, long outer, long length, long inner, Operand indices, Operand scratch,
                       Operand values, DType dtype) {

    /** The number of lines sorted. */
    public long lines() {
        return outer * inner;
    }
}
