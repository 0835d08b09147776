package io.jtensor.backend;

import io.jtensor.DType;

/**
 * A fully resolved (batched) matrix product {@code out[b] = a[b] @ b[b]}.
 *
 * <p>{@code a}'s strides cover {@code batchShape ++ [m, k]}, {@code b}'s cover
 * {@code batchShape ++ [k, n]} (broadcast batch dimensions have stride 0; transposed views have
 * swapped strides), and {@code out}'s cover {@code batchShape ++ [m, n]}. All three have type
 * {@code dtype}, which is INT32, INT64, FLOAT32 or FLOAT64. The output never overlaps an input.
 * {@code k} may be 0 (the result is zeros).
 *
 * @param batchShape broadcast batch dimensions (may be empty)
 * @param m          rows of a and of the result
 * @param k          columns of a, rows of b
 * @param n          columns of b and of the result
 * @param a          left operand
 * @param b          right operand
 * @param out        result
 * @param dtype      element and accumulation type
 */
public record MatmulPlan(long[] batchShape, long m, long k, long n, Operand a, Operand b, Operand out,
                         DType dtype) {

    /** Number of matrices in the batch. */
    public long batchSize() {
        long count = 1;
        for (long d : batchShape) {
            count *= d;
        }
        return count;
    }
}
