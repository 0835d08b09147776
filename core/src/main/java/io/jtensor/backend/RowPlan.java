package io.jtensor.backend;

import io.jtensor.DType;
import io.jtensor.op.RowOp;

/**
 * A fully resolved row operation (softmax, log-softmax, log-sum-exp) over a C-contiguous
 * {@code rows x cols} matrix.
 *
 * <p>Input and output are contiguous and of type {@code dtype} (floating point). The output holds
 * {@code rows x cols} elements, or {@code rows} for {@link RowOp#LOG_SUM_EXP}. {@code cols} may be
 * 0: then softmax has nothing to write and log-sum-exp writes -Inf.
 *
 * @param op       the row operation
 * @param input    contiguous input, {@code rows * cols} elements from its offset
 * @param rows     number of rows
 * @param cols     row length
 * @param out      contiguous output
 * @param dtype    FLOAT32 or FLOAT64, the type of input, output and arithmetic
 */
public record RowPlan(RowOp op, Operand input, long rows, long cols, Operand out, DType dtype) {
}
