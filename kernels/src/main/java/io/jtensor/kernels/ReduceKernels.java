package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.ReducePlan;
import io.jtensor.op.ReduceOp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the reduction program ({@code reduce.cl.template}) of one accumulator type: two kernels
 * per reduction op computed with that accumulator, named {@link #partialName} and {@link #finalName}.
 *
 * <p>The partial pass {@code (long parts, long chunk, long reduced, int keptNdim, int reducedNdim,
 * long* layout, in*, long inOffset, int inType, acc* mean, acc* partial, long* partialIndex)} runs
 * {@code outputs * parts} work-groups; the final pass {@code (long parts, long reduced, long ddof,
 * int keptNdim, long* layout, acc* partial, long* partialIndex, out*, long outOffset, int outType)}
 * runs one work-group per output. Types are {@link TypedMemory#code} codes. {@code mean} is only
 * read by {@code VAR}, {@code partialIndex} only by the arg reductions; both may be null otherwise.
 *
 * <p>{@code VAR} runs as two passes: {@code MEAN} into a scratch buffer of the accumulator type,
 * then {@code VAR}, whose elements become squared deviations from that mean.
 */
public final class ReduceKernels {

    private ReduceKernels() {
    }

    /** The first pass of {@code op}: one partial per (output, part). */
    public static String partialName(ReduceOp op) {
        return "jt_reduce_partial_" + op.numpyName();
    }

    /** The second pass of {@code op}: combines the partials of each output and writes it. */
    public static String finalName(ReduceOp op) {
        return "jt_reduce_final_" + op.numpyName();
    }

    /** The accumulator of {@code op} computed in {@code computeType}: bool for all/any, else the compute type. */
    public static DType accumulatorType(ReduceOp op, DType computeType) {
        return op == ReduceOp.ALL || op == ReduceOp.ANY ? DType.BOOL : computeType;
    }

    /** The ops whose accumulator can be {@code accumulator}: what core computes in that type. */
    public static List<ReduceOp> ops(DType accumulator) {
        return switch (accumulator) {
            case BOOL -> List.of(ReduceOp.MAX, ReduceOp.MIN, ReduceOp.ARGMAX, ReduceOp.ARGMIN, ReduceOp.ALL,
                    ReduceOp.ANY);
            case INT32, INT64 -> List.of(ReduceOp.SUM, ReduceOp.PROD, ReduceOp.MAX, ReduceOp.MIN, ReduceOp.ARGMAX,
                    ReduceOp.ARGMIN);
            case INT8, UINT8, INT16, UINT16, UINT32, FLOAT16 -> List.of();
            case FLOAT32, FLOAT64 -> List.of(ReduceOp.SUM, ReduceOp.PROD, ReduceOp.MAX, ReduceOp.MIN,
                    ReduceOp.ARGMAX, ReduceOp.ARGMIN, ReduceOp.MEAN, ReduceOp.VAR);
        };
    }

    /**
     * Adds the arguments of {@link #partialName}{@code (op)}, the first pass over {@code plan}'s input
     * ({@code op} is {@code plan.op()}, or {@code MEAN} for the first pass of a variance).
     *
     * @param parts        work-groups per output, each reducing {@code chunk} elements
     * @param layout       the device copy of {@link PlanLayouts#reduceLayout}
     * @param mean         the means {@code VAR} subtracts (its first pass's outputs), else null
     * @param partial      {@code outputs * parts} accumulators
     * @param partialIndex {@code outputs * parts} int64 indices for the arg reductions, else null
     */
    public static <M> void partialArguments(ReducePlan plan, long parts, long chunk, M layout, M mean, M partial,
                                            M partialIndex, KernelArguments<M> args) {
        Operand input = plan.input();
        args.longValue(parts).longValue(chunk).longValue(plan.reducedSize())
                .intValue(plan.keptShape().length).intValue(plan.reducedShape().length).memory(layout)
                .memory(args.memoryOf(input)).longValue(input.offset()).intValue(TypedMemory.code(input.dtype()))
                .memory(mean).memory(partial).memory(partialIndex);
    }

    /**
     * Adds the arguments of {@link #finalName}, which combines each output's {@code parts} partials
     * and stores the result as {@code outType} at {@code out + outOffset} (strided as the layout says).
     */
    public static <M> void finalArguments(ReducePlan plan, long parts, M layout, M partial, M partialIndex, M out,
                                          long outOffset, DType outType, KernelArguments<M> args) {
        args.longValue(parts).longValue(plan.reducedSize()).longValue(plan.ddof()).intValue(plan.keptShape().length)
                .memory(layout).memory(partial).memory(partialIndex)
                .memory(out).longValue(outOffset).intValue(TypedMemory.code(outType));
    }

    /**
     * The program of every reduction accumulating in {@code accumulator}.
     *
     * @param float64   whether operands may be stored as float64; must be true for a float64 accumulator
     * @param groupSize the work-group size, a power of two
     */
    public static KernelSource program(Dialect dialect, DType accumulator, boolean float64, int groupSize) {
        if (groupSize <= 0 || Integer.bitCount(groupSize) != 1) {
            throw new IllegalArgumentException("reduce: work-group size must be a power of two, got " + groupSize);
        }
        if (accumulator == DType.FLOAT64 && !float64) {
            throw new IllegalArgumentException("reduce: float64 kernels need a device with float64 support");
        }
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<DType> stores = EnumSet.of(accumulator);
        for (ReduceOp op : ops(accumulator)) {
            instances.add(defines(op, accumulator, groupSize));
            names.add(partialName(op));
            names.add(finalName(op));
            if (op.isArg()) {
                stores.add(DType.INT64);
            }
        }
        return new KernelSource("reduce " + accumulator.numpyName() + (float64 ? "" : " (no float64 operands)"),
                KernelTemplates.assemble(dialect, float64,
                        TypedMemory.helpers(EnumSet.of(accumulator), stores, float64), instances,
                        "reduce.cl.template"),
                List.copyOf(names), float64);
    }

    private static Map<String, String> defines(ReduceOp op, DType acc, int groupSize) {
        String accType = CTypes.name(acc);
        Map<String, String> defines = new LinkedHashMap<>();
        defines.put("JT_NAME(base)", "base##_" + op.numpyName());
        defines.put("JT_ACC_T", accType);
        defines.put("JT_LOAD(p, index)", "jt_load_" + acc.numpyName() + "(p, index, in_type)");
        defines.put("JT_IDENTITY", "((" + accType + ") " + identity(op, acc) + ")");
        defines.put("JT_COMBINE(a, b)", combine(op, acc));
        boolean sum = op == ReduceOp.SUM || op == ReduceOp.MEAN || op == ReduceOp.VAR;
        defines.put("JT_KAHAN", sum && acc.isFloatingPoint() ? "1" : "0");
        defines.put("JT_ARG", op.isArg() ? "1" : "0");
        String order = op == ReduceOp.ARGMIN ? "<" : ">";
        defines.put("JT_BETTER(a, ia, b, ib)", "((a) != (a) ? ((b) != (b) ? (ia) < (ib) : 1) : ((b) != (b) ? 0 : "
                + "((a) " + order + " (b) || ((a) == (b) && (ia) < (ib)))))");
        defines.put("JT_DEVIATIONS", op == ReduceOp.VAR ? "1" : "0");
        defines.put("JT_FINALIZE(acc, count, ddof)", switch (op) {
            case MEAN -> "((acc) / (" + accType + ") (count))";
            case VAR -> "((acc) / (" + accType + ") ((count) - (ddof) > 0 ? (count) - (ddof) : 0))";
            default -> "(acc)";
        });
        defines.put("JT_STORE(p, index, v)", "jt_store_" + (op.isArg() ? DType.INT64 : acc).numpyName()
                + "(p, index, out_type, v)");
        defines.put("JT_GROUP_SIZE", Integer.toString(groupSize));
        return defines;
    }

    private static String identity(ReduceOp op, DType acc) {
        return switch (op) {
            case SUM, MEAN, VAR, ANY -> "0";
            case PROD, ALL -> "1";
            case MAX, ARGMAX -> lowest(acc);
            case MIN, ARGMIN -> highest(acc);
        };
    }

    private static String lowest(DType t) {
        return t.isFloatingPoint() ? "-JT_FLOAT_INFINITY" : t == DType.BOOL ? "0" : CTypes.minimum(t);
    }

    private static String highest(DType t) {
        return t.isFloatingPoint() ? "JT_FLOAT_INFINITY" : t == DType.BOOL ? "1" : CTypes.maximum(t);
    }

    private static String combine(ReduceOp op, DType acc) {
        String type = CTypes.name(acc);
        return switch (op) {
            case SUM, MEAN, VAR -> acc.isInteger() ? wrapping(acc, "+") : "((a) + (b))";
            case PROD -> acc.isInteger() ? wrapping(acc, "*") : "((" + type + ") ((a) * (b)))";
            case MAX, ARGMAX -> "((a) != (a) || (a) > (b) ? (a) : (b))";
            case MIN, ARGMIN -> "((a) != (a) || (a) < (b) ? (a) : (b))";
            case ALL -> "((jbool) ((a) & (b)))";
            case ANY -> "((jbool) ((a) | (b)))";
        };
    }

    private static String wrapping(DType t, String operator) {
        String unsigned = CTypes.unsignedName(t);
        return "((" + CTypes.name(t) + ") ((" + unsigned + ") (a) " + operator + " (" + unsigned + ") (b)))";
    }
}
