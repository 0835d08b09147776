package io.jtensor.backend;

import io.jtensor.DType;
import io.jtensor.op.ReduceOp;

/**
 * A fully resolved reduction. The input operand's strides cover {@code keptShape} followed by
 * {@code reducedShape}; the output holds one element per index of {@code keptShape}.
 *
 * <p>Elements are converted to {@code computeType} before they are combined. {@code ARGMAX} and
 * {@code ARGMIN} write the flat C-order index within {@code reducedShape} (the first occurrence; a
 * NaN wins at once). {@code MEAN} divides the sum by the reduced count; {@code VAR} divides the sum
 * of squared deviations from the mean by {@code count - ddof}. {@code core} has already rejected
 * reductions without identity over empty axes; a backend writes 0 for the sum of nothing, 1 for
 * the product, true/false for all/any and NaN for the mean or variance of nothing.
 *
 * @param op           the reduction token
 * @param input        the input; strides over keptShape ++ reducedShape
 * @param keptShape    the shape of the result (before any keepdims ones)
 * @param reducedShape the shape being reduced
 * @param out          the output; strides over keptShape
 * @param computeType  the accumulation type
 * @param ddof         delta degrees of freedom, for {@code VAR} only
 */
public record ReducePlan(ReduceOp op, Operand input, long[] keptShape, long[] reducedShape, Operand out,
                         DType computeType, int ddof) {

    /** Number of output elements. */
    public long outputSize() {
        return product(keptShape);
    }

    /** Number of elements combined into each output element. */
    public long reducedSize() {
        return product(reducedShape);
    }

    private static long product(long[] dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }
}
