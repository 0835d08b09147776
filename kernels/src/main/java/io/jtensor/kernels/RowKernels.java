package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.RowPlan;
import io.jtensor.op.RowOp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the row program ({@code rows.cl.template}): softmax, log-softmax and log-sum-exp with
 * one work-group per row and a single "online" max-and-sum pass, for float32 and (when the device
 * has it) float64, all in one program.
 *
 * <p>Each kernel {@code (long rows, long cols, T* in, long inOffset, T* out, long outOffset)}
 * loops over rows with a stride of the number of work-groups.
 */
public final class RowKernels {

    private RowKernels() {
    }

    /** The entry point of {@code op} on rows of {@code dtype}. */
    public static String kernelName(RowOp op, DType dtype) {
        return "jt_rows_" + op.numpyName() + "_" + dtype.numpyName();
    }

    /** Adds the arguments of {@link #kernelName}{@code (plan.op(), plan.dtype())} for {@code plan}. */
    public static <M> void arguments(RowPlan plan, KernelArguments<M> args) {
        args.longValue(plan.rows()).longValue(plan.cols())
                .memory(args.memoryOf(plan.input())).longValue(plan.input().offset())
                .memory(args.memoryOf(plan.out())).longValue(plan.out().offset());
    }

    /**
     * The program of every row op in float32, and float64 when {@code float64}.
     *
     * @param groupSize the work-group size, a power of two
     */
    public static KernelSource program(Dialect dialect, boolean float64, int groupSize) {
        if (groupSize <= 0 || Integer.bitCount(groupSize) != 1) {
            throw new IllegalArgumentException("rows: work-group size must be a power of two, got " + groupSize);
        }
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DType dtype : float64 ? List.of(DType.FLOAT32, DType.FLOAT64) : List.of(DType.FLOAT32)) {
            for (RowOp op : RowOp.values()) {
                Map<String, String> defines = new LinkedHashMap<>();
                defines.put("JT_NAME(base)", "base##_" + op.numpyName() + "_" + dtype.numpyName());
                defines.put("JT_T", CTypes.name(dtype));
                defines.put("JT_SOFTMAX", op == RowOp.SOFTMAX ? "1" : "0");
                defines.put("JT_LOG_SOFTMAX", op == RowOp.LOG_SOFTMAX ? "1" : "0");
                defines.put("JT_LOG_SUM_EXP", op == RowOp.LOG_SUM_EXP ? "1" : "0");
                defines.put("JT_GROUP_SIZE", Integer.toString(groupSize));
                instances.add(defines);
                names.add(kernelName(op, dtype));
            }
        }
        return new KernelSource("rows" + (float64 ? "" : " (float32 only)"),
                KernelTemplates.assemble(dialect, float64, "", instances, "rows.cl.template"), List.copyOf(names),
                float64);
    }
}
