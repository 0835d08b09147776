package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the element-wise program ({@code map.cl.template}) of one compute type: one kernel per
 * op core computes in that type, named {@link #kernelName}.
 *
 * <p>A kernel's arguments are {@code (long n, int ndim, long* layout, out*, long outOffset,
 * int outType)}, then per input {@code (in*, long offset, int type, value)}, then
 * {@code (bool* mask, long maskOffset)}. Types are {@link TypedMemory#code} codes; a null input
 * pointer reads {@code value} (a scalar of the input's compute type) instead. {@code layout} holds
 * the iteration sizes and the strides of out, inputs 0..2 and the mask; a null {@code layout}
 * selects the contiguous fast path and a null mask writes everywhere. Float ops whose inputs and
 * result all have the compute type also get a vectorised kernel, {@link #vectorKernelName}, for
 * contiguous unmasked operands stored in that type.
 */
public final class MapKernels {

    private MapKernels() {
    }

    /** The entry point of {@code op} in the program of its compute type. */
    public static String kernelName(ElementwiseOp op) {
        return "jt_map_" + op.numpyName();
    }

    /**
     * The entry point of the vectorised variant of {@code op} (see {@link #vectorisable}): arguments
     * {@code (long n, T* out, long outOffset)}, then per input {@code (T* in, long offset, T value)},
     * every operand contiguous and stored as the compute type {@code T}, a null input reading
     * {@code value}. Each work-item maps four elements at a time (vload4 / vstore4 in OpenCL).
     */
    public static String vectorKernelName(ElementwiseOp op) {
        return "jt_map_vec4_" + op.numpyName();
    }

    /**
     * Whether the program of {@code computeType} has a vectorised kernel for {@code op}: the compute
     * type is float32 or float64, and every input and the result have that type.
     */
    public static boolean vectorisable(ElementwiseOp op, DType computeType) {
        if (computeType != DType.FLOAT32 && computeType != DType.FLOAT64) {
            return false;
        }
        for (int k = 0; k < op.arity(); k++) {
            if (inputComputeType(op, k, computeType) != computeType) {
                return false;
            }
        }
        return ScalarExpressions.of(op, computeType).resultType() == computeType;
    }

    /** The type input {@code k} of {@code op} is converted to: the compute type, except where's bool condition. */
    public static DType inputComputeType(ElementwiseOp op, int k, DType computeType) {
        return op == TernaryOp.WHERE && k == 0 ? DType.BOOL : computeType;
    }

    /**
     * Adds the arguments of {@link #kernelName}{@code (plan.op())} for {@code plan}, computed in
     * {@code compute} (the plan's compute type, or what the device computes it in).
     *
     * @param layout the device copy of {@link PlanLayouts#mapLayout}{@code (plan)}, or null when the plan
     *               {@link PlanLayouts#isContiguous is contiguous}
     */
    public static <M> void arguments(MapPlan plan, DType compute, M layout, KernelArguments<M> args) {
        Operand out = plan.out();
        args.longValue(plan.size()).intValue(plan.shape().length).memory(layout)
                .memory(args.memoryOf(out)).longValue(out.offset()).intValue(TypedMemory.code(out.dtype()));
        for (int k = 0; k < plan.inputs().size(); k++) {
            Operand input = plan.inputs().get(k);
            DType type = inputComputeType(plan.op(), k, compute);
            if (input.isScalar()) {
                args.memory(null).longValue(0).intValue(0).scalar(type, input);
            } else {
                args.memory(args.memoryOf(input)).longValue(input.offset()).intValue(TypedMemory.code(input.dtype()))
                        .zero(type);
            }
        }
        if (plan.where() != null) {
            args.memory(args.memoryOf(plan.where())).longValue(plan.where().offset());
        } else {
            args.memory(null).longValue(0);
        }
    }

    /**
     * Adds the arguments of {@link #vectorKernelName}{@code (plan.op())} for a plan that
     * {@link PlanLayouts#qualifiesForVector qualifies} in {@code compute}. One work-item maps four
     * elements (see {@link #vectorItems}).
     */
    public static <M> void vectorArguments(MapPlan plan, DType compute, KernelArguments<M> args) {
        Operand out = plan.out();
        args.longValue(plan.size()).memory(args.memoryOf(out)).longValue(out.offset());
        for (Operand input : plan.inputs()) {
            if (input.isScalar()) {
                args.memory(null).longValue(0).scalar(compute, input);
            } else {
                args.memory(args.memoryOf(input)).longValue(input.offset()).zero(compute);
            }
        }
    }

    /** The work-items the vectorised kernel needs for {@code n} elements: one per four, at least one. */
    public static long vectorItems(long n) {
        return Math.max(1, n / 4);
    }

    /**
     * The program computing every element-wise op core computes in {@code computeType}.
     *
     * @param float64 whether operands may be stored as float64 (the device has {@code cl_khr_fp64});
     *                must be true for a float64 compute type
     */
    public static KernelSource program(Dialect dialect, DType computeType, boolean float64) {
        if (computeType == DType.FLOAT64 && !float64) {
            throw new IllegalArgumentException("map: float64 kernels need a device with float64 support");
        }
        if (computeType.computeType() != computeType) {
            throw new IllegalArgumentException("map: " + computeType.numpyName() + " is a storage type; core hands "
                    + "its plans the compute type " + computeType.computeType().numpyName());
        }
        List<ElementwiseOp> ops = ops(computeType);
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<DType> loads = EnumSet.of(computeType);
        Set<DType> stores = EnumSet.of(computeType);
        for (ElementwiseOp op : ops) {
            instances.add(defines(op, computeType));
            names.add(kernelName(op));
            if (vectorisable(op, computeType)) {
                names.add(vectorKernelName(op));
            }
            stores.add(ScalarExpressions.of(op, computeType).resultType());
            for (int k = 0; k < op.arity(); k++) {
                loads.add(inputComputeType(op, k, computeType));
            }
        }
        return new KernelSource("map " + computeType.numpyName() + (float64 ? "" : " (no float64 operands)"),
                KernelTemplates.assemble(dialect, float64, TypedMemory.helpers(loads, stores, float64), instances,
                        "map.cl.template"),
                List.copyOf(names), float64);
    }

    /** The ops core computes in {@code computeType} (see core's TypeRules), unary, binary, then where. */
    public static List<ElementwiseOp> ops(DType computeType) {
        List<ElementwiseOp> all = new ArrayList<>(List.of(UnaryOp.values()));
        all.addAll(List.of(BinaryOp.values()));
        all.addAll(List.of(TernaryOp.values()));
        return all.stream().filter(op -> computeTypes(op).contains(computeType)).toList();
    }

    private static Set<DType> computeTypes(ElementwiseOp op) {
        Set<DType> numeric = EnumSet.of(DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64);
        Set<DType> floating = EnumSet.of(DType.FLOAT32, DType.FLOAT64);
        Set<DType> bitwise = EnumSet.of(DType.BOOL, DType.INT32, DType.INT64);
        return switch (op) {
            case UnaryOp unary when unary.kind() == UnaryOp.Kind.FLOATING
                    || unary.kind() == UnaryOp.Kind.EXPONENT -> floating;
            case UnaryOp unary when unary.kind() == UnaryOp.Kind.BITWISE -> bitwise;
            case UnaryOp unary when unary.kind() == UnaryOp.Kind.COUNT -> EnumSet.of(DType.INT32, DType.INT64);
            case UnaryOp unary when unary.boolInput() == UnaryOp.BoolInput.KEEP -> EnumSet.allOf(DType.class);
            case UnaryOp unary -> numeric;
            case BinaryOp binary when binary.category() == BinaryOp.Category.FLOATING
                    || binary.category() == BinaryOp.Category.SCALING -> floating;
            case BinaryOp binary when binary.category() == BinaryOp.Category.BITWISE -> bitwise;
            case BinaryOp binary when binary.category() == BinaryOp.Category.INTEGER ->
                    EnumSet.of(DType.INT32, DType.INT64);
            case BinaryOp binary when binary == BinaryOp.SUBTRACT || binary == BinaryOp.POWER
                    || binary == BinaryOp.FLOOR_DIVIDE || binary == BinaryOp.REMAINDER
                    || binary == BinaryOp.FMOD -> numeric;
            case BinaryOp binary -> EnumSet.allOf(DType.class);
            case TernaryOp ternary -> EnumSet.allOf(DType.class);
        };
    }

    private static Map<String, String> defines(ElementwiseOp op, DType computeType) {
        Map<String, String> defines = new LinkedHashMap<>();
        defines.put("JT_NAME(base)", "base##_" + op.numpyName());
        defines.put("JT_ARITY", Integer.toString(op.arity()));
        for (int k = 0; k < 3; k++) {
            String name = "in" + k;
            if (k >= op.arity()) {
                defines.put("JT_IN" + k + "_PARAMS", "");
                continue;
            }
            DType type = inputComputeType(op, k, computeType);
            defines.put("JT_IN" + k + "_PARAMS", ", GLOBAL const jbyte* " + name + ", const jlong " + name
                    + "_offset, const jint " + name + "_type, const " + CTypes.name(type) + " " + name + "_value");
            defines.put("JT_IN" + k + "_LOAD(index)", "(" + name + " == 0 ? " + name + "_value : jt_load_"
                    + type.numpyName() + "(" + name + ", index, " + name + "_type))");
        }
        ScalarExpressions.Expression expression = ScalarExpressions.of(op, computeType);
        String parameters = switch (op.arity()) {
            case 1 -> "(x)";
            case 2 -> "(a, b)";
            default -> "(c, a, b)";
        };
        defines.put("JT_OP" + parameters, expression.code());
        defines.put("JT_RESULT_T", CTypes.name(expression.resultType()));
        defines.put("JT_STORE(index, value)", "jt_store_" + expression.resultType().numpyName()
                + "(out, index, out_type, value)");
        if (vectorisable(op, computeType)) {
            String type = CTypes.name(computeType);
            defines.put("JT_VEC_T", type);
            for (int k = 0; k < 3; k++) {
                String name = "in" + k;
                defines.put("JT_VIN" + k + "_PARAMS", k >= op.arity() ? "" : ", GLOBAL const " + type + "* " + name
                        + ", const jlong " + name + "_offset, const " + type + " " + name + "_value");
            }
        }
        return defines;
    }
}
