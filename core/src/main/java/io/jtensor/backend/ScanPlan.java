package io.jtensor.backend;

import io.jtensor.DType;
import io.jtensor.op.ScanOp;

/**
 * A resolved cumulative operation along one axis.
 *
 * <p>Input and output are C-contiguous, of type {@code dtype} (INT64, FLOAT16, FLOAT32 or FLOAT64;
 * core converts the input first) and viewed as {@code outer x length x inner} elements. Each of the
 * {@code outer * inner} lines along the middle dimension is scanned in order: element 0 is copied,
 * element k is {@code out[k-1] op in[k]} computed in {@code dtype} (FLOAT16 in float32, each
 * {@code out[k]} rounded to float16, as NumPy's half loops store every partial result).
 *
 * @param op     the cumulative operation
 * @param input  contiguous input, {@code outer * length * inner} elements from its offset
 * @param outer  the product of the dimensions before the axis
 * @param length the length of the axis
 * @param inner  the product of the dimensions after the axis
 * @param out    contiguous output of the input's size
 * @param dtype  the type of input, output and arithmetic
 */
public record ScanPlan(ScanOp op, Operand input, long outer, long length, long inner, Operand out, DType dtype) {

    /** The number of lines scanned. */
    public long lines() {
        return outer * inner;
    }
}
