package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.Operand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the tiled matrix-product program ({@code matmul.cl.template}) with one kernel per
 * element type (int32, int64, float32 and, when the device has it, float64).
 *
 * <p>Each kernel {@code (long m, long n, long k, long batch, int batchNdim, long* layout, a*,
 * long aOffset, long aRowStride, long aColStride, b*, ..., out*, ...)} runs work-groups of
 * tile x tile over (columns, rows, batch): {@link #TILE} where the device allows work-groups of
 * {@code TILE * TILE}, a smaller power of two ({@link #tileFor}) where it does not.
 */
public final class MatmulKernels {

    /** The tile edge: work-groups are TILE x TILE and stage TILE x TILE blocks of a and b. */
    public static final int TILE = 16;

    private MatmulKernels() {
    }

    /** The entry point for products of {@code dtype}. */
    public static String kernelName(DType dtype) {
        if (dtype == DType.BOOL) {
            throw new IllegalArgumentException("matmul: no bool kernel (core computes bool products in int64)");
        }
        return "jt_matmul_" + dtype.numpyName();
    }

    /**
     * The tile edge for work-groups of at most {@code maxGroupSize} items: the largest power of two
     * {@code t <= TILE} with {@code t * t <= maxGroupSize} (16 for 256, 8 for 64 or 128, 1 for 1).
     */
    public static int tileFor(int maxGroupSize) {
        int tile = TILE;
        while (tile > 1 && tile * tile > maxGroupSize) {
            tile /= 2;
        }
        return tile;
    }

    /**
     * The {@code layout} argument of {@link #kernelName}: the batch shape, then the batch strides of
     * a, b and out.
     */
    public static long[] layout(MatmulPlan plan) {
        int nb = plan.batchShape().length;
        return PlanLayouts.concat(plan.batchShape(), Arrays.copyOf(plan.a().strides(), nb),
                Arrays.copyOf(plan.b().strides(), nb), Arrays.copyOf(plan.out().strides(), nb));
    }

    /**
     * Adds the arguments of {@link #kernelName}{@code (plan.dtype())} for output rows
     * {@code firstRow .. firstRow + rows - 1} of {@code plan} (the kernel has no row offset: the
     * slice starts a and out that many rows further).
     *
     * @param layout the device copy of {@link #layout}{@code (plan)}
     */
    public static <M> void arguments(MatmulPlan plan, long firstRow, long rows, M layout, KernelArguments<M> args) {
        int nb = plan.batchShape().length;
        Operand a = plan.a();
        Operand b = plan.b();
        Operand out = plan.out();
        args.longValue(rows).longValue(plan.n()).longValue(plan.k()).longValue(plan.batchSize()).intValue(nb)
                .memory(layout)
                .memory(args.memoryOf(a)).longValue(a.offset() + firstRow * a.strides()[nb])
                .longValue(a.strides()[nb]).longValue(a.strides()[nb + 1])
                .memory(args.memoryOf(b)).longValue(b.offset()).longValue(b.strides()[nb]).longValue(b.strides()[nb + 1])
                .memory(args.memoryOf(out)).longValue(out.offset() + firstRow * out.strides()[nb])
                .longValue(out.strides()[nb]).longValue(out.strides()[nb + 1]);
    }

    /** The program of every product type with tiles of {@link #TILE}, float64 included when {@code float64}. */
    public static KernelSource program(Dialect dialect, boolean float64) {
        return program(dialect, float64, TILE);
    }

    /** The program of every product type with tiles of {@code tile} x {@code tile}. */
    public static KernelSource program(Dialect dialect, boolean float64, int tile) {
        if (tile < 1 || tile > TILE) {
            throw new IllegalArgumentException("matmul: tile " + tile + " is outside 1.." + TILE);
        }
        List<Map<String, String>> instances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<DType> types = float64 ? List.of(DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64)
                : List.of(DType.INT32, DType.INT64, DType.FLOAT32);
        for (DType dtype : types) {
            Map<String, String> defines = new LinkedHashMap<>();
            String type = CTypes.name(dtype);
            defines.put("JT_NAME(base)", "base##_" + dtype.numpyName());
            defines.put("JT_T", type);
            if (dtype.isInteger()) {
                String unsigned = CTypes.unsignedName(dtype);
                defines.put("JT_MULTIPLY_ADD(acc, a, b)", "((" + type + ") ((" + unsigned + ") (acc) + (" + unsigned
                        + ") (a) * (" + unsigned + ") (b)))");
            } else {
                defines.put("JT_MULTIPLY_ADD(acc, a, b)", "((acc) + (a) * (b))");
            }
            defines.put("JT_TILE", Integer.toString(tile));
            instances.add(defines);
            names.add(kernelName(dtype));
        }
        return new KernelSource("matmul" + (tile == TILE ? "" : " (tile " + tile + ")") + (float64 ? "" : " (no float64)"),
                KernelTemplates.assemble(dialect, float64, "", instances, "matmul.cl.template"), List.copyOf(names),
                float64);
    }
}
