package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.GatherPlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the gather program ({@code gather.cl.template}) behind {@code np.take}: one kernel per
 * element width (1, 2, 4 and 8 bytes), which copies elements as unsigned integers of that width, so
 * every dtype (float64 included, on a device without float64 arithmetic) shares four kernels.
 *
 * <p>Each kernel {@code (long n, long axisLength, long count, long inner, T* in, long inOffset,
 * long* indices, long indicesOffset, T* out, long outOffset)} loops over the n output elements
 * with a stride of the launch's size.
 */
public final class GatherKernels {

    private static final int[] WIDTHS = {1, 2, 4, 8};

    private GatherKernels() {
    }

    /** The entry point that moves elements of {@code dtype}. */
    public static String kernelName(DType dtype) {
        return "jt_gather_" + dtype.byteSize();
    }

    /** Adds the arguments of {@link #kernelName}{@code (plan.dtype())} for {@code plan}. */
    public static <M> void arguments(GatherPlan plan, KernelArguments<M> args) {
        args.longValue(plan.size()).longValue(plan.axisLength()).longValue(plan.count()).longValue(plan.inner())
                .memory(args.memoryOf(plan.input())).longValue(plan.input().offset())
                .memory(args.memoryOf(plan.indices())).longValue(plan.indices().offset())
                .memory(args.memoryOf(plan.out())).longValue(plan.out().offset());
    }

    /** The program of the four widths; it needs no float64 support. */
    public static KernelSource program(Dialect dialect) {
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int width : WIDTHS) {
            Map<String, String> defines = new LinkedHashMap<>();
            defines.put("JT_NAME(base)", "base##_" + width);
            defines.put("JT_T", switch (width) {
                case 1 -> "jbyte";
                case 2 -> "jhalf";
                case 4 -> "juint";
                default -> "julong";
            });
            instances.add(defines);
            names.add("jt_gather_" + width);
        }
        return new KernelSource("gather", KernelTemplates.assemble(dialect, false, "", instances, "gather.cl.template"),
                List.copyOf(names), false);
    }
}
