package io.jtensor.backend;

import io.jtensor.DType;
import io.jtensor.op.ElementwiseOp;

import java.util.List;

/**
 * A fully resolved element-wise operation: for every index of {@code shape}, read each input and
 * convert it to {@code computeType}, apply {@code op}, convert the result to the output's type and
 * store it — only where {@code where} (when present) is true.
 *
 * <p>{@code core} guarantees: dimensions are merged where every operand allows it; the output
 * never has a stride-0 dimension of size &gt; 1; the output either does not overlap any input or
 * overlaps it with identical offset and strides (an in-place op); every storage belongs to the
 * backend that receives the plan; {@code where} is bool. Comparisons produce bool results; for
 * {@link io.jtensor.op.TernaryOp#WHERE} input 0 is the bool condition and is not converted.
 *
 * @param op          the operation token
 * @param shape       the iteration shape (may contain 0: then there is nothing to do)
 * @param out         the output operand (never a scalar)
 * @param inputs      the inputs, {@code op.arity()} of them
 * @param where       the mask, or null for everywhere
 * @param computeType the type inputs are converted to before the op is applied; never a storage
 *                    type ({@link DType#computeType()} differs from it): core plans float16 work in
 *                    float32 (float64 for a float64 to float16 copy, so the value rounds once) and
 *                    rounds weak scalars to float16 itself, and plans the 8- and 16-bit integers in
 *                    int32, whose results the store wraps to the output's width
 */
public record MapPlan(ElementwiseOp op, long[] shape, Operand out, List<Operand> inputs, Operand where,
                      DType computeType) {

    /** Number of elements to compute. */
    public long size() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
