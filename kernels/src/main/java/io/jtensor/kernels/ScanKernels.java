package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.ScanPlan;
import io.jtensor.op.ScanOp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the scan program ({@code scan.cl.template}) behind {@code np.cumsum},
 * {@code np.cumprod} and the running maximum / minimum: one kernel per (op, type) for int64, float16
 * (stored as bits, computed in float and rounded to float16 at every step), float32 and, when the
 * device has it, float64.
 *
 * <p>Each kernel {@code (long lines, long length, long inner, T* in, long inOffset, T* out,
 * long outOffset)} gives each line along the axis to one work-item, looping with a stride of the
 * launch's size.
 */
public final class ScanKernels {

    private ScanKernels() {
    }

    /** The entry point of {@code op} on {@code dtype} (INT64, FLOAT16, FLOAT32 or FLOAT64). */
    public static String kernelName(ScanOp op, DType dtype) {
        return "jt_scan_" + identifier(op) + "_" + dtype.numpyName();
    }

    /** The op's NumPy name as a C identifier ("maximum.accumulate": maximum_accumulate). */
    private static String identifier(ScanOp op) {
        return op.numpyName().replace('.', '_');
    }

    /** Adds the arguments of {@link #kernelName}{@code (plan.op(), plan.dtype())} for {@code plan}. */
    public static <M> void arguments(ScanPlan plan, KernelArguments<M> args) {
        args.longValue(plan.lines()).longValue(plan.length()).longValue(plan.inner())
                .memory(args.memoryOf(plan.input())).longValue(plan.input().offset())
                .memory(args.memoryOf(plan.out())).longValue(plan.out().offset());
    }

    /** The program of every op on int64, float16 and float32, and float64 when {@code float64}. */
    public static KernelSource program(Dialect dialect, boolean float64) {
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<DType> types = float64 ? List.of(DType.INT64, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64)
                : List.of(DType.INT64, DType.FLOAT16, DType.FLOAT32);
        for (DType dtype : types) {
            boolean half = dtype == DType.FLOAT16;
            for (ScanOp op : ScanOp.values()) {
                Map<String, String> defines = new LinkedHashMap<>();
                defines.put("JT_NAME(base)", "base##_" + identifier(op) + "_" + dtype.numpyName());
                defines.put("JT_T", CTypes.name(dtype.computeType()));
                defines.put("JT_S", CTypes.name(dtype));
                defines.put("JT_LOAD(v)", half ? "jt_half_to_float(v)" : "(v)");
                defines.put("JT_STORE(v)", half ? "jt_float_to_half(v)" : "(v)");
                defines.put("JT_STEP(a, b)", dtype != DType.INT64 ? "(" + op.expression() + ")" : switch (op) {
                    case CUMSUM -> "((jlong) ((julong) (a) + (julong) (b)))";
                    case CUMPROD -> "((jlong) ((julong) (a) * (julong) (b)))";
                    case MAXIMUM_ACCUMULATE -> "((a) > (b) ? (a) : (b))";
                    case MINIMUM_ACCUMULATE -> "((a) < (b) ? (a) : (b))";
                });
                instances.add(defines);
                names.add(kernelName(op, dtype));
            }
        }
        return new KernelSource("scan" + (float64 ? "" : " (no float64)"),
                KernelTemplates.assemble(dialect, float64, "", instances, "scan.cl.template"), List.copyOf(names),
                float64);
    }
}
