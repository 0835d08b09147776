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
 * when the device has it, float64) the three kernels of a stable parallel merge sort and one
 * binary-search kernel.
 *
 * <p>A sort is a list of {@link Step}s, one launch each ({@link #steps}). On a device with many
 * threads and fewer than {@value #LINES_FOR_ONE_THREAD_EACH} lines: insertion-sorted runs of
 * {@value #RUN} positions, then one merge per doubling width in which every position finds its
 * place by a binary search in the neighbouring run (so a single long line is sorted in parallel
 * too, in O(n log² n) work). Otherwise (a CPU device such as PoCL, where that extra work costs
 * 4.5 times the time, or enough lines to fill a GPU) one work-item merge-sorts each line. Then, for
 * {@code np.sort}, the gather of the sorted keys. Every sort
 * kernel takes {@code (long lines, long length, long inner, T* in, long inOffset, long* indices,
 * long indicesOffset, long* scratch, long scratchOffset, T* values, long valuesOffset, long width,
 * int fromIndices)}; an argsort passes the input again as {@code values}. Each search kernel
 * {@code (long count, long length, T* sorted, long sortedOffset, T* values, long valuesOffset,
 * long* out, long outOffset, int right)} gives each value one work-item.
 */
public final class SortKernels {

    /** Elements per run sorted by insertion before the merges. */
    static final int RUN = 16;

    /**
     * From this many lines on, a GPU sorts each line with one thread (a guess, not measured on a
     * GPU: enough threads to fill one, each doing n log n work instead of n log² n in parallel).
     */
    public static final long LINES_FOR_ONE_THREAD_EACH = 65536;

    /** The kinds of sort launch. */
    public enum Stage {
        /** The whole merge sort of each line: one work-item per line. */
        LINES("jt_sort_lines_"),
        /** Insertion sort of each run: one work-item per run. */
        RUNS("jt_sort_runs_"),
        /** One merge of runs of a width: one work-item per position. */
        MERGE("jt_sort_merge_"),
        /** The sorted keys gathered into the values: one work-item per position. */
        VALUES("jt_sort_values_");

        private final String prefix;

        Stage(String prefix) {
            this.prefix = prefix;
        }
    }

    /**
     * One launch of a sort.
     *
     * @param stage       what it does
     * @param width       the width of the runs a merge combines (RUN, 2·RUN, ...; else 0)
     * @param fromIndices whether it reads positions from the indices (else from the scratch);
     *                    runs write where the first merge reads
     */
    public record Step(Stage stage, long width, boolean fromIndices) {
    }

    private SortKernels() {
    }

    /**
     * The launches that carry out {@code plan}, in order, on a device with many threads
     * ({@code manyThreads}: a GPU) or not: the merges alternate between scratch and indices,
     * starting where the last one lands in the indices.
     */
    public static List<Step> steps(SortPlan plan, boolean manyThreads) {
        if (!manyThreads || plan.lines() >= LINES_FOR_ONE_THREAD_EACH) {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step(Stage.LINES, 0, true));
            if (plan.values() != null) {
                steps.add(new Step(Stage.VALUES, 0, true));
            }
            return steps;
        }
        List<Long> widths = new ArrayList<>();
        for (long width = RUN; width < plan.length(); width *= 2) {
            widths.add(width);
        }
        List<Step> steps = new ArrayList<>();
        boolean fromIndices = widths.size() % 2 == 0;
        steps.add(new Step(Stage.RUNS, 0, fromIndices));
        for (long width : widths) {
            steps.add(new Step(Stage.MERGE, width, fromIndices));
            fromIndices = !fromIndices;
        }
        if (plan.values() != null) {
            steps.add(new Step(Stage.VALUES, 0, true));
        }
        return steps;
    }

    /** The entry point of {@code stage} for keys of {@code dtype}. */
    public static String kernelName(Stage stage, DType dtype) {
        return stage.prefix + dtype.numpyName();
    }

    /** The work-items {@code step} needs: one per line, per run, or per position. */
    public static long workItems(SortPlan plan, Step step) {
        return switch (step.stage()) {
            case LINES -> plan.lines();
            case RUNS -> plan.lines() * ((plan.length() + RUN - 1) / RUN);
            case MERGE, VALUES -> plan.lines() * plan.length();
        };
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

    /** Adds the arguments of {@code step}'s kernel for {@code plan}. */
    public static <M> void arguments(SortPlan plan, Step step, KernelArguments<M> args) {
        Operand values = plan.values() != null ? plan.values() : plan.input();
        args.longValue(plan.lines()).longValue(plan.length()).longValue(plan.inner())
                .memory(args.memoryOf(plan.input())).longValue(plan.input().offset())
                .memory(args.memoryOf(plan.indices())).longValue(plan.indices().offset())
                .memory(args.memoryOf(plan.scratch())).longValue(plan.scratch().offset())
                .memory(args.memoryOf(values)).longValue(values.offset())
                .longValue(step.width()).intValue(step.fromIndices() ? 1 : 0);
    }

    /** The program of every key type, float64 only when {@code float64}. */
    public static KernelSource program(Dialect dialect, boolean float64) {
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DType dtype : DType.values()) {
            // storage types' keys sort as their compute type (core converts float16 to float32 and the
            // 8- and 16-bit integers to int32, exactly): no instance of their own
            if (dtype.computeType() != dtype || (dtype == DType.FLOAT64 && !float64)) {
                continue;
            }
            Map<String, String> defines = new LinkedHashMap<>();
            defines.put("JT_NAME(base)", "base##_" + dtype.numpyName());
            defines.put("JT_T", CTypes.name(dtype));
            defines.put("JT_LESS(a, b)", dtype.isFloatingPoint() ? "((a) < (b) || ((b) != (b) && (a) == (a)))"
                    : "((a) < (b))");
            instances.add(defines);
            for (Stage stage : Stage.values()) {
                names.add(kernelName(stage, dtype));
            }
            names.add(searchKernelName(dtype));
        }
        return new KernelSource("sort" + (float64 ? "" : " (no float64)"),
                KernelTemplates.assemble(dialect, float64, "#define JT_SORT_RUN " + RUN + "\n", instances,
                        "sort.cl.template"), List.copyOf(names), float64);
    }
}
