package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.Operand;
import io.jtensor.backend.SearchPlan;
import io.jtensor.backend.SortPlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the sort program ({@code sort.cl.template}) behind {@code np.sort}, {@code np.argsort},
 * the order statistics and {@code np.searchsorted}: per key type (bool, int32, int64, float32 and,
 * when the device has it, float64) one stable merge-sort kernel and one binary-search kernel.
 *
 * <p>Each kernel {@code (long lines, long length, long inner, T* in, long inOffset, long* indices,
 * long indicesOffset, long* scratch, long scratchOffset, T* values, long valuesOffset,
 * int writeValues)} gives each line along the axis to one work-item, looping with a stride of the
 * launch's size. An argsort passes the input again as {@code values}, with writeValues 0. Each
 * search kernel {@code (long count, long length, T* sorted, long sortedOffset, T* values,
 * long valuesOffset, long* out, long outOffset, int right)} gives each value one work-item.
 */
public final class SortKernels {

    /** Elements per run sorted by insertion before the merges. */
    static final int RUN = 16;

    private SortKernels() {
    }

    /** The entry point that sorts keys of {@code dtype}. */
    public static String kernelName(DType dtype) {
        return "jt_sort_" + dtype.numpyName();
    }

    /** The entry point that searches keys of {@code dtype}. */
    public static String searchKernelName(DType dtype) {
        return "jt_searchsorted_" + dtype.numpyName();
    }

    /** Adds the arguments of {@link #searchKernelName}{@code (plan.dtype())} for {@code plan}. */
    public static <M> void arguments(SearchPlan plan, KernelArguments<M> args) {
        args.longValue(plan.count()).longValue(plan.length())
                .memory(args.memoryOf(plan.sorted())).longValue(plan.sorted().offset())
                .memory(args.memoryOf(plan.values())).longValue(plan.values().offset())
                .memory(args.memoryOf(plan.out())).longValue(plan.out().offset())
                .intValue(plan.right() ? 1 : 0);
    }

    /** Adds the arguments of {@link #kernelName}{@code (plan.dtype())} for {@code plan}. */
    public static <M> void arguments(SortPlan plan, KernelArguments<M> args) {
        Operand values = plan.values() != null ? plan.values() : plan.input();
        args.longValue(plan.lines()).longValue(plan.length()).longValue(plan.inner())
                .memory(args.memoryOf(plan.input())).longValue(plan.input().offset())
                .memory(args.memoryOf(plan.indices())).longValue(plan.indices().offset())
                .memory(args.memoryOf(plan.scratch())).longValue(plan.scratch().offset())
                .memory(args.memoryOf(values)).longValue(values.offset())
                .intValue(plan.values() != null ? 1 : 0);
    }

    /** The program of every key type, float64 only when {@code float64}. */
    public static KernelSource program(Dialect dialect, boolean float64) {
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DType dtype : DType.values()) {
            if (dtype == DType.FLOAT64 && !float64) {
                continue;
            }
            Map<String, String> defines = new LinkedHashMap<>();
            defines.put("JT_NAME(base)", "base##_" + dtype.numpyName());
            defines.put("JT_T", CTypes.name(dtype));
            defines.put("JT_LESS(a, b)", dtype.isFloatingPoint() ? "((a) < (b) || ((b) != (b) && (a) == (a)))"
                    : "((a) < (b))");
            instances.add(defines);
            names.add(kernelName(dtype));
            names.add(searchKernelName(dtype));
        }
        return new KernelSource("sort" + (float64 ? "" : " (no float64)"),
                KernelTemplates.assemble(dialect, float64, "#define JT_SORT_RUN " + RUN + "\n", instances,
                        "sort.cl.template"), List.copyOf(names), float64);
    }
}
