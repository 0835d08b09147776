package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.conformance.ReferenceData.Row;
import io.jtensor.op.BinaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shaping, creation-like and statistics functions composed of existing ops: flip, fliplr, flipud,
 * roll, tile, repeat, swapaxes, atleast1d/2d/3d, tril, triu, tri, meshgrid, zerosLike, onesLike,
 * fullLike, emptyLike, nanvar, nanstd, ptp, average, cov, corrcoef, round with decimals, rint, fix,
 * fabs, absolute, positive, modf, isposinf, isneginf, floatPower, divmod, rot90, columnStack,
 * dstack, hsplit, vsplit, dsplit, gradient, trapezoid, ediff1d, broadcastArrays, convolve, correlate,
 * polyval, vander, polyfit, polyder, polyint, polyadd, polysub and polymul. NumPy's {@code shaping.csv} (written by
 * {@code tests/reference/generate.py shaping}) is replayed line by line through every overload the
 * line's arguments allow, with the cases NumPy rejects (jtensor must reject them too, naming the
 * op). The hand-written cases cover what a file cannot: which results are views of x and which are
 * copies, the backend of the *Like results, inputs large enough for vector loops and threads, and
 * the error messages.
 */
public abstract class ShapingConformance extends ConformanceCase {

    private static final long END = Long.MAX_VALUE;
    private static final long START = Long.MIN_VALUE;

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    // ---- the NumPy reference file ---------------------------------------------------------------

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("shaping.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ") " + row.get("args");
        List<Tensor> in = new ArrayList<>();
        for (String text : row.get("inputs").equals("-") ? new String[0] : row.get("inputs").split(";")) {
            in.add((Tensor) ManipulationConformance.operand(text));
        }
        Map<String, String> args = ManipulationConformance.args(row.get("args"));
        List<Supplier<Object>> calls = calls(op, args, in);
        if (row.get("result_dtype").equals("error")) {
            String name = javaName(op);
            for (Supplier<Object> call : calls) {
                IllegalArgumentException e = iae(call::get);
                assertTrue(e.getMessage().startsWith(name + ": "), () -> what + ": the message names the op: "
                        + e.getMessage());
            }
            return;
        }
        String[] dtypes = row.get("result_dtype").split(";");
        String[] shapes = row.get("result_shape").split(";");
        String[] expected = tokens(row.get("expected"));
        double scale = Double.parseDouble(row.get("scale"));
        for (int c = 0; c < calls.size(); c++) {
            Object result = calls.get(c).get();
            Tensor[] parts = result instanceof Tensor[] grids ? grids : new Tensor[] {(Tensor) result};
            String context = what + " (overload " + c + ")";
            if (row.get("result_shape").equals("-")) {
                assertEquals(0, parts.length, context + ": number of results");
                continue;
            }
            assertEquals(shapes.length, parts.length, context + ": number of results");
            int at = 0;
            for (int i = 0; i < parts.length; i++) {
                DType type = dtype(dtypes[i]);
                long[] shape = parseShape(shapes[i]);
                int n = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
                assertOnBackend(context, parts[i]);
                Tensor actual = parts[i];
                String[] wanted = Arrays.copyOfRange(expected, at, at + n);
                if (op.equals("polyfit")) {                 // compared as the coefficients of the scaled problem
                    double[] norms = vandermondeColumnNorms(in.getFirst(), shape[0]);
                    actual = Np.array(scaledRows(actual.toDoubleArray(), norms, shape), shape);
                    wanted = Arrays.stream(scaledRows(Arrays.stream(wanted).mapToDouble(ReferenceData::parseDouble)
                            .toArray(), norms, shape)).mapToObj(Double::toString).toArray(String[]::new);
                }
                Check.tokens(context + (parts.length > 1 ? " result " + i : ""), actual, type, shape,
                        wanted, tolerance(op, type), scale);
                at += n;
            }
            assertEquals(expected.length, at, context + ": elements in all results");
        }
    }

    /** A reduction with where= (a second input) and, for max and min, initial=. */
    private static void maskedReduction(String op, Map<String, String> args, List<Tensor> in, List<Supplier<Object>> calls) {
        Tensor x = in.getFirst();
        Tensor where = in.size() > 1 ? in.get(1) : null;
        int[] axes = args.get("axes").equals("none") ? null : ints(args.get("axes"));
        boolean keepdims = Boolean.parseBoolean(args.get("keepdims"));
        switch (op) {
            case "sum" -> calls.add(() -> Np.sum(x, axes, keepdims, where));
            case "prod" -> calls.add(() -> Np.prod(x, axes, keepdims, where));
            case "mean" -> calls.add(() -> Np.mean(x, axes, keepdims, where));
            case "all" -> calls.add(() -> Np.all(x, axes, keepdims, where));
            case "any" -> calls.add(() -> Np.any(x, axes, keepdims, where));
            case "var", "std" -> {
                int ddof = Integer.parseInt(args.get("ddof"));
                calls.add(() -> op.equals("var") ? Np.var(x, axes, keepdims, ddof, where)
                        : Np.std(x, axes, keepdims, ddof, where));
            }
            default -> {
                double initial = Double.parseDouble(args.get("initial"));
                boolean max = op.equals("max");
                if (where == null) {
                    calls.add(() -> max ? Np.max(x, axes, keepdims, initial) : Np.min(x, axes, keepdims, initial));
                } else {
                    calls.add(() -> max ? Np.max(x, axes, keepdims, initial, where) : Np.min(x, axes, keepdims, initial, where));
                }
            }
        }
    }

    /** {@code add.outer(a, b)}, {@code maximum.reduce(x, axis, keepdims)} and so on, by the op's NumPy name. */
    private static void ufuncMethod(String op, Map<String, String> args, List<Tensor> in, List<Supplier<Object>> calls) {
        String numpyName = op.substring(0, op.indexOf('.'));
        BinaryOp token = Arrays.stream(BinaryOp.values()).filter(b -> b.numpyName().equals(numpyName)).findFirst()
                .orElseThrow();
        Tensor x = in.getFirst();
        if (op.endsWith(".outer")) {
            calls.add(() -> Np.outer(token, x, in.get(1)));
            return;
        }
        String axes = args.get("axes");
        boolean keepdims = Boolean.parseBoolean(args.get("keepdims"));
        switch (axes) {
            case "default" -> {
                calls.add(() -> Np.reduce(token, x));
                if (x.ndim() > 0) {
                    calls.add(() -> Np.reduce(token, x, new int[] {0}, false));
                }
            }
            case "none" -> calls.add(() -> Np.reduce(token, x, null, keepdims));
            default -> calls.add(() -> Np.reduce(token, x, ints(axes), keepdims));
        }
    }

    @Test
    void reduceIsOfferedForTheOpsWithAReduction() {
        Tensor x = Np.array(new double[] {5, 2, 1});
        throwsWith(IllegalArgumentException.class, () -> Np.reduce(BinaryOp.SUBTRACT, x), "subtract.reduce: not offered",
                "add, multiply, maximum, minimum, logical_and and logical_or");
        throwsWith(IllegalArgumentException.class, () -> Np.reduce(BinaryOp.MAXIMUM, x, new int[] {1}, false),
                "maximum.reduce", "axis 1");
    }

    /** The 2-norms of the columns of {@code vander(x, terms)}: polyfit's column scales. */
    private static double[] vandermondeColumnNorms(Tensor x, long terms) {
        double[] xs = x.toDoubleArray();
        double[] norms = new double[Math.toIntExact(terms)];
        for (int i = 0; i < norms.length; i++) {
            double sum = 0;
            for (double v : xs) {
                sum += Math.pow(v, 2.0 * (norms.length - 1 - i));
            }
            norms[i] = Math.sqrt(sum);
        }
        return norms;
    }

    /** Row i of a (terms,) or (terms, K) coefficient array times {@code norms[i]}. */
    private static double[] scaledRows(double[] values, double[] norms, long[] shape) {
        double[] scaled = values.clone();
        int columns = shape.length == 2 ? Math.toIntExact(shape[1]) : 1;
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] *= norms[k / columns];
        }
        return scaled;
    }

    /** Exact for the copies and views; the reduction tolerances for the statistics. */
    private Tolerance tolerance(String op, DType type) {
        if (!type.isFloatingPoint()) {
            return Tolerance.EXACT;
        }
        if (op.endsWith(".outer")) {
            String numpyName = op.substring(0, op.indexOf('.'));
            return suite().binaryTolerance(Arrays.stream(BinaryOp.values())
                    .filter(b -> b.numpyName().equals(numpyName)).findFirst().orElseThrow(), type);
        }
        return switch (op) {
            case "nanvar" -> suite().reductionTolerance("var", type);
            case "nanstd" -> suite().reductionTolerance("std", type);
            case "average" -> suite().reductionTolerance("mean", type);
            case "cov", "corrcoef" -> suite().reductionTolerance("var", type);
            case "float_power" -> suite().binaryTolerance(BinaryOp.POWER, type);
            case "trapezoid" -> suite().reductionTolerance("sum", type);
            // sums of at most min(len(a), len(v)) products; the scale is the largest sum of |products|
            case "convolve", "correlate", "polymul" -> suite().reductionTolerance("sum", type);
            // in the scaled problem's units; the scale is lstsq's perturbation bound, cond included
            case "polyfit" -> Tolerance.of(4, 16);
            // max - min of zeros: which zero max and min return is not defined (as for max and min)
            case "ptp", "maximum.reduce", "minimum.reduce", "max", "min" -> Tolerance.EXACT.ignoringZeroSign();
            case "sum", "mean", "prod", "var", "std" -> suite().reductionTolerance(op, type);
            default -> Tolerance.EXACT;
        };
    }

    private static String javaName(String numpyName) {
        return switch (numpyName) {
            case "zeros_like" -> "zerosLike";
            case "ones_like" -> "onesLike";
            case "full_like" -> "fullLike";
            case "empty_like" -> "emptyLike";
            case "column_stack" -> "columnStack";
            case "broadcast_arrays" -> "broadcastArrays";
            case "float_power" -> "floatPower";
            case "cumulative_sum" -> "cumulativeSum";
            case "cumulative_prod" -> "cumulativeProd";
            default -> numpyName;
        };
    }

    private static int[] ints(String text) {
        return text.equals("empty") ? new int[0] : Arrays.stream(text.split(";")).mapToInt(Integer::parseInt).toArray();
    }

    private static long[] longs(String text) {
        return text.equals("empty") ? new long[0] : Arrays.stream(text.split(";")).mapToLong(Long::parseLong).toArray();
    }

    /** Every overload of the public API that computes a line, the Tensor methods included. */
    private static List<Supplier<Object>> calls(String op, Map<String, String> args, List<Tensor> in) {
        Tensor x = in.isEmpty() ? null : in.getFirst();
        List<Supplier<Object>> calls = new ArrayList<>();
        switch (op) {
            case "flip" -> {
                String axes = args.get("axes");
                calls.add(axes.equals("none") ? () -> Np.flip(x) : () -> Np.flip(x, ints(axes)));
            }
            case "cumulative_sum", "cumulative_prod" -> {
                boolean sum = op.equals("cumulative_sum");
                Integer axis = args.get("axis").equals("none") ? null : Integer.valueOf(args.get("axis"));
                boolean initial = Boolean.parseBoolean(args.get("initial"));
                calls.add(() -> sum ? Np.cumulativeSum(x, axis, initial) : Np.cumulativeProd(x, axis, initial));
                if (axis == null && !initial) {
                    calls.add(() -> sum ? Np.cumulativeSum(x) : Np.cumulativeProd(x));
                }
            }
            case "sum", "prod", "mean", "all", "any", "var", "std", "max", "min" -> maskedReduction(op, args, in, calls);
            case "fliplr" -> calls.add(() -> Np.fliplr(x));
            case "flipud" -> calls.add(() -> Np.flipud(x));
            case "roll" -> roll(args, x, calls);
            case "tile" -> calls.add(() -> Np.tile(x, longs(args.get("reps"))));
            case "repeat" -> repeat(args, x, calls);
            case "swapaxes" -> {
                int a = Integer.parseInt(args.get("a"));
                int b = Integer.parseInt(args.get("b"));
                calls.add(() -> Np.swapaxes(x, a, b));
                calls.add(() -> x.swapaxes(a, b));
            }
            case "atleast1d" -> calls.add(() -> Np.atleast1d(x));
            case "atleast2d" -> calls.add(() -> Np.atleast2d(x));
            case "atleast3d" -> calls.add(() -> Np.atleast3d(x));
            case "tril", "triu" -> {
                boolean lower = op.equals("tril");
                if (args.containsKey("k")) {
                    long k = Long.parseLong(args.get("k"));
                    calls.add(() -> lower ? Np.tril(x, k) : Np.triu(x, k));
                } else {
                    calls.add(() -> lower ? Np.tril(x) : Np.triu(x));
                }
            }
            case "tri" -> tri(args, calls);
            case "meshgrid" -> {
                Tensor[] xs = in.toArray(Tensor[]::new);
                String indexing = args.get("indexing");
                if (indexing.equals("xy")) {
                    calls.add(() -> Np.meshgrid(xs));
                }
                calls.add(() -> Np.meshgrid(xs, indexing));
            }
            case "zeros_like", "ones_like", "empty_like", "full_like" -> like(op, args, x, calls);
            case "nanvar", "nanstd" -> nanvar(op.equals("nanstd"), args, x, calls);
            case "ptp" -> ptp(args, x, calls);
            case "average" -> average(args, x, in.size() > 1 ? in.get(1) : null, calls);
            case "cov", "corrcoef" -> covariance(op, args, x, in.size() > 1 ? in.get(1) : null, calls);
            case "round" -> {
                int decimals = Integer.parseInt(args.get("decimals"));
                calls.add(() -> Np.round(x, decimals));
                calls.add(() -> Np.around(x, decimals));
                if (decimals == 0) {
                    calls.add(() -> Np.around(x));
                }
            }
            case "rint" -> calls.add(() -> Np.rint(x));
            case "fix" -> calls.add(() -> Np.fix(x));
            case "fabs" -> calls.add(() -> Np.fabs(x));
            case "absolute" -> {
                calls.add(() -> Np.absolute(x));
                calls.add(() -> Np.abs(x));
            }
            case "positive" -> calls.add(() -> Np.positive(x));
            case "modf" -> calls.add(() -> Np.modf(x));
            case "isposinf" -> calls.add(() -> Np.isposinf(x));
            case "isneginf" -> calls.add(() -> Np.isneginf(x));
            case "float_power", "divmod" -> powerOrDivmod(op, args, in, calls);
            case "rot90" -> {
                int k = Integer.parseInt(args.get("k"));
                int[] axes = ints(args.get("axes"));
                calls.add(() -> Np.rot90(x, k, axes));
                if (axes.length == 2 && axes[0] == 0 && axes[1] == 1) {
                    calls.add(() -> Np.rot90(x, k));
                    if (k == 1) {
                        calls.add(() -> Np.rot90(x));
                    }
                }
            }
            case "column_stack" -> calls.add(() -> Np.columnStack(in.toArray(Tensor[]::new)));
            case "dstack" -> calls.add(() -> Np.dstack(in.toArray(Tensor[]::new)));
            case "hsplit", "vsplit", "dsplit" -> directionalSplit(op, args, x, calls);
            case "gradient" -> {
                if (args.get("axes") != null) {
                    calls.add(() -> Np.gradient(x));
                } else {
                    int axis = Integer.parseInt(args.get("axis"));
                    double spacing = Double.parseDouble(args.get("spacing"));
                    int edge = Integer.parseInt(args.get("edge"));
                    calls.add(() -> Np.gradient(x, spacing, axis, edge));
                    if (spacing == 1.0 && edge == 1) {
                        calls.add(() -> Np.gradient(x, axis));
                    }
                }
            }
            case "trapezoid" -> {
                int axis = Integer.parseInt(args.get("axis"));
                if (in.size() > 1) {
                    calls.add(() -> Np.trapezoid(x, in.get(1), axis));
                } else {
                    double dx = Double.parseDouble(args.get("dx"));
                    calls.add(() -> Np.trapezoid(x, dx, axis));
                    if (dx == 1.0 && axis == -1) {
                        calls.add(() -> Np.trapezoid(x));
                    }
                }
            }
            case "ediff1d" -> calls.add(in.size() > 1 ? () -> Np.ediff1d(x, in.get(1), in.get(2)) : () -> Np.ediff1d(x));
            case "broadcast_arrays" -> calls.add(() -> Np.broadcastArrays(in.toArray(Tensor[]::new)));
            case "convolve", "correlate" -> convolution(op, args.get("mode"), x, in.get(1), calls);
            case "polyval" -> {
                if (args.containsKey("x")) {
                    double point = ReferenceData.parseDouble(args.get("x").split(":", 2)[1]);
                    calls.add(() -> Np.polyval(x, point));
                    calls.add(() -> Np.polyval(x, Np.scalar(point)));
                } else {
                    calls.add(() -> Np.polyval(x, in.get(1)));
                }
            }
            case "vander" -> {
                boolean increasing = Boolean.parseBoolean(args.get("increasing"));
                if (args.get("n").equals("none")) {
                    calls.add(() -> Np.vander(x));
                } else {
                    long n = Long.parseLong(args.get("n"));
                    calls.add(() -> Np.vander(x, n, increasing));
                    if (!increasing && x.ndim() == 1 && n == x.shape()[0]) {
                        calls.add(() -> Np.vander(x));
                    }
                }
            }
            case "polyfit" -> calls.add(() -> Np.polyfit(x, in.get(1), Integer.parseInt(args.get("deg"))));
            case "polyder", "polyint" -> {
                int m = Integer.parseInt(args.get("m"));
                boolean derivative = op.equals("polyder");
                calls.add(() -> derivative ? Np.polyder(x, m) : Np.polyint(x, m));
                if (m == 1) {
                    calls.add(() -> derivative ? Np.polyder(x) : Np.polyint(x));
                }
            }
            case "polyadd" -> calls.add(() -> Np.polyadd(x, in.get(1)));
            case "polysub" -> calls.add(() -> Np.polysub(x, in.get(1)));
            case "polymul" -> calls.add(() -> Np.polymul(x, in.get(1)));
            default -> {
                if (op.endsWith(".outer") || op.endsWith(".reduce")) {
                    ufuncMethod(op, args, in, calls);
                } else {
                    throw new IllegalArgumentException("unknown op " + op);
                }
            }
        }
        return calls;
    }

    /** mode=default: the two-argument overload (convolve's "full", correlate's "valid"). */
    private static void convolution(String op, String mode, Tensor a, Tensor v, List<Supplier<Object>> calls) {
        boolean convolve = op.equals("convolve");
        if (mode.equals("default")) {
            calls.add(() -> convolve ? Np.convolve(a, v) : Np.correlate(a, v));
            calls.add(() -> convolve ? Np.convolve(a, v, "full") : Np.correlate(a, v, "valid"));
            return;
        }
        calls.add(() -> convolve ? Np.convolve(a, v, mode) : Np.correlate(a, v, mode));
        if (mode.equals(convolve ? "full" : "valid")) {
            calls.add(() -> convolve ? Np.convolve(a, v) : Np.correlate(a, v));
        }
    }

    private static void roll(Map<String, String> args, Tensor x, List<Supplier<Object>> calls) {
        if (args.containsKey("shifts")) {
            calls.add(() -> Np.roll(x, longs(args.get("shifts")), ints(args.get("axes"))));
            return;
        }
        long shift = Long.parseLong(args.get("shift"));
        if (!args.containsKey("axis")) {
            calls.add(() -> Np.roll(x, shift));
            return;
        }
        int axis = Integer.parseInt(args.get("axis"));
        calls.add(() -> Np.roll(x, shift, axis));
        calls.add(() -> Np.roll(x, new long[] {shift}, new int[] {axis}));
    }

    private static void repeat(Map<String, String> args, Tensor x, List<Supplier<Object>> calls) {
        Integer axis = args.containsKey("axis") ? Integer.valueOf(args.get("axis")) : null;
        if (args.containsKey("counts")) {
            long[] counts = longs(args.get("counts"));
            if (axis == null) {
                calls.add(() -> Np.repeat(x, counts));
            } else {
                calls.add(() -> Np.repeat(x, counts, axis));
                calls.add(() -> x.repeat(counts, axis));
            }
            return;
        }
        long repeats = Long.parseLong(args.get("repeats"));
        if (axis == null) {
            calls.add(() -> Np.repeat(x, repeats));
            calls.add(() -> x.repeat(repeats));
            calls.add(() -> Np.repeat(x, new long[] {repeats}));
        } else {
            calls.add(() -> Np.repeat(x, repeats, axis));
            calls.add(() -> x.repeat(repeats, axis));
            calls.add(() -> Np.repeat(x, new long[] {repeats}, axis));
        }
    }

    private static void tri(Map<String, String> args, List<Supplier<Object>> calls) {
        long n = Long.parseLong(args.get("n"));
        if (!args.containsKey("m")) {
            calls.add(() -> Np.tri(n));
            calls.add(() -> Np.tri(n, n, 0));
            return;
        }
        long m = Long.parseLong(args.get("m"));
        long k = Long.parseLong(args.get("k"));
        if (args.containsKey("dtype")) {
            calls.add(() -> Np.tri(n, m, k, dtype(args.get("dtype"))));
        } else {
            calls.add(() -> Np.tri(n, m, k));
            calls.add(() -> Np.tri(n, m, k, FLOAT64));
        }
    }

    private static void like(String op, Map<String, String> args, Tensor x, List<Supplier<Object>> calls) {
        DType type = args.containsKey("dtype") ? dtype(args.get("dtype")) : null;
        switch (op) {
            case "zeros_like" -> calls.add(type == null ? () -> Np.zerosLike(x) : () -> Np.zerosLike(x, type));
            case "ones_like" -> calls.add(type == null ? () -> Np.onesLike(x) : () -> Np.onesLike(x, type));
            case "empty_like" -> calls.add(type == null ? () -> Np.emptyLike(x) : () -> Np.emptyLike(x, type));
            default -> {
                String[] value = args.get("value").split(":", 2);
                if (value[0].equals("long")) {
                    long v = Long.parseLong(value[1]);
                    calls.add(() -> Np.fullLike(x, v));
                } else {
                    double v = ReferenceData.parseDouble(value[1]);
                    calls.add(type == null ? () -> Np.fullLike(x, v) : () -> Np.fullLike(x, v, type));
                }
            }
        }
    }

    private static void nanvar(boolean std, Map<String, String> args, Tensor x, List<Supplier<Object>> calls) {
        int[] axes = ReferenceData.axes(args.get("axes"));
        boolean keepdims = Boolean.parseBoolean(args.get("keepdims"));
        int ddof = Integer.parseInt(args.get("ddof"));
        calls.add(() -> std ? Np.nanstd(x, axes, keepdims, ddof) : Np.nanvar(x, axes, keepdims, ddof));
        if (ddof != 0) {
            return;
        }
        calls.add(() -> std ? Np.nanstd(x, axes, keepdims) : Np.nanvar(x, axes, keepdims));
        if (!keepdims && axes == null) {
            calls.add(() -> std ? Np.nanstd(x) : Np.nanvar(x));
        } else if (!keepdims && axes.length == 1) {
            calls.add(() -> std ? Np.nanstd(x, axes[0]) : Np.nanvar(x, axes[0]));
        }
    }

    private static void ptp(Map<String, String> args, Tensor x, List<Supplier<Object>> calls) {
        int[] axes = ReferenceData.axes(args.get("axes"));
        boolean keepdims = Boolean.parseBoolean(args.get("keepdims"));
        calls.add(() -> Np.ptp(x, axes, keepdims));
        if (!keepdims && axes == null) {
            calls.add(() -> Np.ptp(x));
        } else if (!keepdims && axes.length == 1) {
            calls.add(() -> Np.ptp(x, axes[0]));
        }
    }

    private static void average(Map<String, String> args, Tensor x, Tensor weights, List<Supplier<Object>> calls) {
        int[] axes = ReferenceData.axes(args.get("axes"));
        boolean keepdims = Boolean.parseBoolean(args.get("keepdims"));
        calls.add(() -> Np.average(x, weights, axes, keepdims));
        calls.add(() -> {
            Tensor[] returned = Np.averageReturned(x, weights, axes, keepdims);
            returned[1].close();
            return returned[0];
        });
        if (!keepdims && axes == null) {
            calls.add(weights == null ? () -> Np.average(x) : () -> Np.average(x, weights));
        } else if (!keepdims && axes.length == 1) {
            calls.add(weights == null ? () -> Np.average(x, axes[0]) : () -> Np.average(x, weights, axes[0]));
        }
    }

    private static void directionalSplit(String op, Map<String, String> args, Tensor x, List<Supplier<Object>> calls) {
        if (args.containsKey("sections")) {
            int sections = Integer.parseInt(args.get("sections"));
            calls.add(switch (op) {
                case "hsplit" -> () -> Np.hsplit(x, sections);
                case "vsplit" -> () -> Np.vsplit(x, sections);
                default -> () -> Np.dsplit(x, sections);
            });
        } else {
            long[] indices = longs(args.get("indices"));
            calls.add(switch (op) {
                case "hsplit" -> () -> Np.hsplit(x, indices);
                case "vsplit" -> () -> Np.vsplit(x, indices);
                default -> () -> Np.dsplit(x, indices);
            });
        }
    }

    /** float_power and divmod: a second tensor, or args b=long:v / double:v (a weak scalar). */
    private static void powerOrDivmod(String op, Map<String, String> args, List<Tensor> in,
                                      List<Supplier<Object>> calls) {
        Tensor a = in.getFirst();
        boolean power = op.equals("float_power");
        if (in.size() > 1) {
            Tensor b = in.get(1);
            calls.add(power ? () -> Np.floatPower(a, b) : () -> Np.divmod(a, b));
            return;
        }
        String[] b = args.get("b").split(":", 2);
        if (b[0].equals("long")) {
            long v = Long.parseLong(b[1]);
            calls.add(power ? () -> Np.floatPower(a, v) : () -> Np.divmod(a, v));
        } else {
            double v = ReferenceData.parseDouble(b[1]);
            calls.add(power ? () -> Np.floatPower(a, v) : () -> Np.divmod(a, v));
        }
    }

    private static void covariance(String op, Map<String, String> args, Tensor x, Tensor y,
                                   List<Supplier<Object>> calls) {
        boolean rowvar = Boolean.parseBoolean(args.get("rowvar"));
        boolean bias = Boolean.parseBoolean(args.get("bias"));
        Integer ddof = args.get("ddof").equals("none") ? null : Integer.valueOf(args.get("ddof"));
        if (op.equals("corrcoef")) {
            calls.add(() -> Np.corrcoef(x, y, rowvar));
            if (y == null) {
                calls.add(rowvar ? () -> Np.corrcoef(x) : () -> Np.corrcoef(x, null, false));
            }
            return;
        }
        calls.add(() -> Np.cov(x, y, rowvar, bias, ddof));
        if (y == null && !bias && ddof == null) {
            calls.add(rowvar ? () -> Np.cov(x) : () -> Np.cov(x, false));
        }
    }

    // ---- average(returned=True) ----------------------------------------------------------------

    /** Asserts {@code [avg, sumOfWeights]}: avg within the mean's tolerance, the sum (of small integers) exactly. */
    private void assertReturned(String what, Tensor[] actual, DType dtype, long[] shape, double[] avg, double[] sum) {
        assertEquals(2, actual.length, what + ": [avg, sumOfWeights]");
        assertDoubles(what + " avg", actual[0], dtype, shape, suite().reductionTolerance("mean", dtype), avg);
        assertDoubles(what + " sum of weights", actual[1], dtype, shape, Tolerance.EXACT, sum);
    }

    /**
     * {@code np.average(..., returned=True)} (NumPy 2.4's values): the sum of the weights comes
     * broadcast to avg's shape in avg's dtype; without weights it is the count averaged
     * ({@code a.size / avg.size}); weights summing to zero raise (NumPy: ZeroDivisionError).
     */
    @Test
    void averageReturnedGivesTheSumOfTheWeights() {
        Tensor x = Np.arange(0, 6, 1).astype(INT32).reshape(2, 3);
        assertReturned("int32, no weights", Np.averageReturned(x, null), FLOAT64, shape(), new double[] {2.5},
                new double[] {6});
        assertReturned("int32, axis 1, keepdims", Np.averageReturned(x, null, new int[] {1}, true), FLOAT64,
                shape(2, 1), new double[] {1, 4}, new double[] {3, 3});
        Tensor y = Np.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor w = Np.array(new double[] {1, 0, 2, 3, 1, 1}, 2, 3);
        assertReturned("weights of x's shape, axis 0", Np.averageReturned(y, w, 0), FLOAT64, shape(3),
                new double[] {3.25, 5, 4}, new double[] {4, 1, 3});
        Tensor line = Np.array(new float[] {1, 2, 3});
        assertReturned("int32, 1-d float32 weights along axis 1", Np.averageReturned(x, line, 1), FLOAT64, shape(2),
                new double[] {4.0 / 3, 13.0 / 3}, new double[] {6, 6});
        assertReturned("the same, keepdims", Np.averageReturned(x, line, new int[] {1}, true), FLOAT64, shape(2, 1),
                new double[] {4.0 / 3, 13.0 / 3}, new double[] {6, 6});
        Tensor half = Np.array(new double[] {1.5, 2, 3, 4}, 2, 2).astype(DType.FLOAT16);
        assertReturned("float16, no weights, axis 0", Np.averageReturned(half, null, 0), DType.FLOAT16, shape(2),
                new double[] {2.25, 3}, new double[] {2, 2});
        Tensor cube = range(2, 3, 4);
        Tensor pairs = Np.arange(1.0, 9.0, 1.0).reshape(4, 2);
        assertReturned("(4, 2) weights along axes (2, 0)", Np.averageReturned(cube, pairs, new int[] {2, 0}, false),
                FLOAT64, shape(3), new double[] {8.722222222222221, 12.722222222222221, 16.72222222222222},
                new double[] {36, 36, 36});
        Tensor f = Np.array(new float[] {1, 2, 3});
        assertReturned("float32", Np.averageReturned(f, Np.array(new float[] {0.5f, 0.25f, 0.25f})), FLOAT32, shape(),
                new double[] {1.75}, new double[] {1});
        assertReturned("an empty axis 0", Np.averageReturned(Np.zeros(0, 3), null, 0), FLOAT64, shape(3),
                new double[] {Double.NaN, Double.NaN, Double.NaN}, new double[] {0, 0, 0});
        throwsWith(IllegalArgumentException.class, () -> Np.averageReturned(x, Np.array(new double[] {1, -1, 0}), 1),
                "average: weights sum to zero along axes [1]", "ZeroDivisionError");
    }

    // ---- views and copies ---------------------------------------------------------------------

    @Test
    void flipsSwapsAndAtLeastAreViewsOfX() {
        Tensor x = range(2, 3);
        Tensor flipped = Np.flip(x);
        Np.copyto(flipped.select(0, 0), 100.0);                     // flipped[0] is x's last row
        assertDoubles(x, FLOAT64, shape(2, 3), 0, 1, 2, 100, 100, 100);
        Np.copyto(Np.fliplr(x).select(1, 0), -1.0);                 // column 0 of fliplr(x) is x's last column
        assertDoubles(x, FLOAT64, shape(2, 3), 0, 1, -1, 100, 100, -1);
        Np.copyto(Np.flipud(x).select(0, 0).select(0, 0), 7.0);        // row 0 of flipud(x) is x's row 1
        assertDoubles(x, FLOAT64, shape(2, 3), 0, 1, -1, 7, 100, -1);
        Np.copyto(x.swapaxes(0, 1).select(0, 2), 5.0);              // swapped (3, 2): row 2 is x's column 2
        assertDoubles(x, FLOAT64, shape(2, 3), 0, 1, 5, 7, 100, 5);
        Np.copyto(Np.atleast3d(x), Np.zeros(2, 3, 1));
        assertDoubles(x, FLOAT64, shape(2, 3), 0, 0, 0, 0, 0, 0);
        Tensor scalar = Np.scalar(3.0);
        Np.copyto(Np.atleast2d(scalar), 4.0);
        assertEquals(4.0, scalar.item());
        // a flip of a flip is x again, and the flip outlives x
        Tensor twice = Np.flip(Np.flip(x, 1), 1);
        assertEquals(Arrays.toString(x.strides()), Arrays.toString(twice.strides()));
        Tensor reversed = Np.flip(range(4));
        assertTrue(reversed.strides()[0] < 0, "a flip steps backwards: " + Arrays.toString(reversed.strides()));
        x.close();
        assertDoubles(twice, FLOAT64, shape(2, 3), 0, 0, 0, 0, 0, 0);
    }

    @Test
    void rollTileRepeatTrianglesAndGridsAreNewTensors() {
        Tensor x = range(2, 3);
        List<Tensor> results = new ArrayList<>(List.of(Np.roll(x, 0), Np.roll(x, 1, 0), Np.tile(x, 1, 1),
                Np.repeat(x, 1, 0), Np.repeat(x, new long[] {1, 1, 1}, 1), Np.tril(x, 5), Np.triu(x, -5)));
        results.addAll(List.of(Np.meshgrid(new Tensor[] {x}, "ij")));
        for (Tensor r : results) {
            Np.copyto(r, -1.0);
        }
        assertDoubles(x, FLOAT64, shape(2, 3), 0, 1, 2, 3, 4, 5);
    }

    @Test
    void likeResultsLiveOnThePrototypesBackend() {
        Backend other = new ForeignBackend(backend());
        Tensor x;
        try (var scope = Np.useBackend(other)) {
            x = Np.array(new float[] {1, 2, 3, 4, 5, 6}, 2, 3).T();
        }
        for (Tensor like : List.of(Np.zerosLike(x), Np.onesLike(x, INT32), Np.fullLike(x, 2.5),
                Np.fullLike(x, 7L), Np.emptyLike(x, BOOL))) {
            assertEquals(other, like.backend(), "a *Like result is on the prototype's backend");
            assertTrue(like.isContiguous(), "C-contiguous even for a transposed prototype");
            assertEquals(List.of(3L, 2L), Arrays.stream(like.shape()).boxed().toList());
        }
        assertEquals(FLOAT32, Np.fullLike(x, 2.5).dtype());
    }

    @Test
    void trianglesTakeEveryLongDiagonal() {
        Tensor x = range(2, 3, 4);
        // NumPy overflows at these k; beyond the matrix every diagonal gives what k = ±2^62 gives
        for (long k : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE}) {
            long far = k < 0 ? -(1L << 62) : 1L << 62;
            assertDoubles("tril k=" + k, Np.tril(x, k), FLOAT64, shape(2, 3, 4), Tolerance.EXACT,
                    Np.tril(x, far).toDoubleArray());
            assertDoubles("triu k=" + k, Np.triu(x, k), FLOAT64, shape(2, 3, 4), Tolerance.EXACT,
                    Np.triu(x, far).toDoubleArray());
            assertDoubles("tri k=" + k, Np.tri(3, 4, k), FLOAT64, shape(3, 4), Tolerance.EXACT,
                    Np.tri(3, 4, far).toDoubleArray());
        }
    }

    // ---- many elements: vector loops, tails and threads ----------------------------------------

    @Test
    void largeRollTileAndRepeatMatchTheHost() {
        int rows = 131;
        int cols = 257;
        Tensor x = Np.arange(0L, (long) rows * cols).reshape(rows, cols).astype(INT32);
        int[] host = x.toIntArray();
        int[] rolled = Np.roll(x, new long[] {-5, 100}, new int[] {0, 1}).toIntArray();
        int[] tiled = Np.tile(x.T(), 2, 1).toIntArray();
        int[] repeated = Np.repeat(x, 3, 1).toIntArray();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int at = i * cols + j;
                int ri = i;
                int rj = j;
                assertEquals(host[Math.floorMod(i + 5, rows) * cols + Math.floorMod(j - 100, cols)], rolled[at],
                        () -> "roll at " + ri + ", " + rj);
                for (int r = 0; r < 3; r++) {
                    assertEquals(host[at], repeated[i * cols * 3 + j * 3 + r], () -> "repeat at " + ri + ", " + rj);
                }
            }
        }
        for (int i = 0; i < 2 * cols; i++) {
            for (int j = 0; j < rows; j++) {
                int ti = i;
                int tj = j;
                assertEquals(host[j * cols + i % cols], tiled[i * rows + j], () -> "tile at " + ti + ", " + tj);
            }
        }
    }

    @Test
    void largeConvolutionsMatchAHostLoopAndLeaveTheirInputsOpen() {
        int n = 3001;
        int m = 37;
        java.util.Random random = new java.util.Random(7);
        double[] a = random.doubles(n, -4, 4).toArray();
        double[] v = random.doubles(m, -4, 4).toArray();
        int[] ai = random.ints(n, Integer.MIN_VALUE, Integer.MAX_VALUE).toArray();
        int[] vi = random.ints(m, -1000, 1000).toArray();
        Tensor at = Np.array(a);
        Tensor vt = Np.array(v);
        Tensor ait = Np.array(ai);
        Tensor vit = Np.array(vi);
        for (String mode : new String[] {"full", "same", "valid"}) {
            long left = mode.equals("full") ? m - 1 : mode.equals("same") ? m / 2 : 0;
            int length = mode.equals("full") ? n + m - 1 : mode.equals("same") ? n : n - m + 1;
            double[] got = Np.convolve(at, vt, mode).toDoubleArray();
            double[] correlated = Np.correlate(at, vt, mode).toDoubleArray();
            int[] gotInts = Np.convolve(ait, vit, mode).toIntArray();
            assertEquals(length, got.length, mode);
            for (int k = 0; k < length; k++) {
                double sum = 0;
                double bound = 0;
                double correlation = 0;
                double correlationBound = 0;
                int wrapped = 0;
                for (int j = 0; j < m; j++) {
                    long i = k - left + (m - 1 - j);         // convolve: a[i] v[j] with i + j = k - left + m - 1
                    if (i >= 0 && i < n) {
                        sum += a[(int) i] * v[j];
                        bound += Math.abs(a[(int) i] * v[j]);
                        wrapped += ai[(int) i] * vi[j];
                    }
                    long c = k - left + j;                    // correlate: a[k - left + j] v[j]
                    if (c >= 0 && c < n) {
                        correlation += a[(int) c] * v[j];
                        correlationBound += Math.abs(a[(int) c] * v[j]);
                    }
                }
                int at_ = k;
                assertTrue(Math.abs(got[k] - sum) <= 64 * Math.ulp(1.0) * bound,
                        () -> "convolve " + mode + " at " + at_ + ": " + got[at_]);
                assertEquals(wrapped, gotInts[k], () -> "int32 convolve wraps as NumPy's " + mode + " at " + at_);
                double want = correlation;
                double tolerance = 64 * Math.ulp(1.0) * correlationBound;
                assertTrue(Math.abs(correlated[k] - want) <= tolerance, () -> "correlate " + mode + " at " + at_);
            }
        }
        // the inputs are still open and unchanged, views included
        Tensor reversed = Np.flip(vt);
        Np.convolve(reversed, at.slice(0, 0, 10, 2), "same").close();
        assertEquals(v[m - 1], reversed.select(0, 0).item());
        assertEquals(a[1], at.select(0, 1).item());
    }

    // ---- error messages -----------------------------------------------------------------------

    @Test
    void errorsNameTheOpTheArgumentsAndWhatIsValid() {
        Tensor m = Np.zeros(2, 3);
        iae(() -> Np.flip(m, 2), "flip: axis 2 is out of range for a 2-d tensor (valid: -2..1)");
        iae(() -> Np.flip(m, 0, -2), "flip: axis -2 is repeated in [0, -2]");
        iae(() -> Np.fliplr(Np.zeros(3)), "fliplr: needs a tensor of at least 2 dimensions, got shape (3,)");
        iae(() -> Np.flipud(Np.scalar(1.0)), "flipud: needs a tensor of at least 1 dimension, got shape ()");
        iae(() -> Np.roll(m, new long[] {1, 2, 3}, new int[] {0, 1}),
                "roll: 3 shifts [1, 2, 3] and 2 axes [0, 1] do not pair up");
        iae(() -> Np.roll(m, 1, -3), "roll: axis -3 is out of range for a 2-d tensor (valid: -2..1)");
        iae(() -> Np.tile(m, 2, -1), "tile: negative repetition count -1 in reps (2, -1) for a tensor of shape (2, 3)");
        iae(() -> Np.repeat(m, -2), "repeat: repeats must be >= 0, got -2");
        iae(() -> Np.repeat(m, new long[] {1, 2}, 1), "repeat: 2 repeats given for axis 1 of length 3; give 3 counts or one");
        iae(() -> Np.repeat(m, new long[] {1, -1}, 0), "repeat: repeats may not contain negative values, got -1 at index 1");
        iae(() -> Np.repeat(m, 2, 2), "repeat: axis 2 is out of range for a 2-d tensor");
        iae(() -> m.swapaxes(0, 2), "swapaxes: axis 2 is out of range for a 2-d tensor (valid: -2..1)");
        iae(() -> Np.tril(Np.scalar(1.0)), "tril: needs a tensor of at least 1 dimension, got a 0-d tensor");
        iae(() -> Np.triu(Np.scalar(1.0), 1), "triu: needs a tensor of at least 1 dimension");
        iae(() -> Np.meshgrid(new Tensor[] {Np.zeros(2)}, "yx"), "meshgrid: indexing must be \"xy\" or \"ij\", got \"yx\"");
        iae(() -> Np.fullLike(Np.zeros(shape(1), INT32), 1L << 40),
                "fullLike: Java integer 1099511627776 is out of bounds for int32 (x's type; valid: -2147483648 to "
                        + "2147483647)");
        iae(() -> Np.fullLike(Np.zeros(shape(1), DType.UINT8), -1L),
                "fullLike: Java integer -1 is out of bounds for uint8 (x's type; valid: 0 to 255)");
        iae(() -> Np.nanvar(m, new int[] {0, -2}, false), "nanvar: axis -2 is repeated");
        iae(() -> Np.nanstd(m, 2), "nanstd: axis 2 is out of range for a 2-d tensor");
        iae(() -> Np.ptp(bools(true, false)), "ptp: not defined for bool input");
        iae(() -> Np.ptp(Np.zeros(0, 3), 0), "ptp: zero-size array to reduction operation ptp which has no identity");
        iae(() -> Np.average(m, Np.ones(3)),
                "average: the shapes of x (2, 3) and weights (3,) differ, so an axis must be given");
        iae(() -> Np.average(m, Np.ones(3), 0),
                "average: weights have shape (3,) but must have x's shape (2, 3) or the shape (2,) of x along axes [0]");
        iae(() -> Np.average(m, Np.array(new double[] {1, -1, 0}), 1),
                "average: weights sum to zero along axes [1], so they cannot be normalized");
        iae(() -> Np.average(m, Np.zeros(2, 3)), "average: weights sum to zero, so they cannot be normalized");
        iae(() -> Np.average(m, Np.ones(2), new int[] {0, 0}, false), "average: axis 0 is repeated");
        iae(() -> Np.convolve(Np.zeros(3), Np.zeros(2), "middle"),
                "convolve: mode must be one of \"valid\", \"same\" or \"full\", got \"middle\"");
        iae(() -> Np.convolve(Np.zeros(0), Np.zeros(2)), "convolve: v cannot be empty");
        iae(() -> Np.correlate(Np.zeros(0), Np.zeros(2)), "correlate: first array argument cannot be empty");
        iae(() -> Np.correlate(Np.scalar(1.0), Np.zeros(2)), "correlate: inputs must be 1-d");
        iae(() -> Np.convolve(m, Np.zeros(2)), "convolve: inputs must be 1-d", "got shape (2, 3)");
        iae(() -> Np.polymul(m, Np.zeros(2)), "polymul: the coefficients must be 1-d, got shape (2, 3)");
        iae(() -> Np.polyval(Np.scalar(1.0), Np.zeros(2)), "polyval: p must have at least one dimension");
        iae(() -> Np.vander(m), "vander: x must be a one-dimensional array, got shape (2, 3)");
        iae(() -> Np.vander(Np.zeros(2), -1, false), "vander: negative dimensions are not allowed, got n = -1");
        iae(() -> Np.polyfit(Np.zeros(3), Np.zeros(3), -1), "polyfit: expected deg >= 0, got -1");
        iae(() -> Np.polyfit(Np.zeros(3), Np.zeros(2), 1), "polyfit: expected x and y to have same length, got 3 and 2");
        iae(() -> Np.polyder(Np.zeros(3), -1), "polyder: order of derivative must be positive");
        iae(() -> Np.polyint(m), "polyint: p must be a 1-d tensor of coefficients, got shape (2, 3)");
        iae(() -> Np.polysub(bools(true), bools(false)), "polysub: not defined for two bool polynomials");
        throwsWith(NullPointerException.class, () -> Np.convolve(null, m), "convolve: a is null");
        throwsWith(NullPointerException.class, () -> Np.correlate(m, null, "full"), "correlate: v is null");
        throwsWith(NullPointerException.class, () -> Np.convolve(m, m, null), "convolve: mode is null");
        throwsWith(NullPointerException.class, () -> Np.polyfit(null, m, 1), "polyfit: x is null");
        throwsWith(NullPointerException.class, () -> Np.flip(null), "flip: x is null");
        throwsWith(NullPointerException.class, () -> Np.roll(null, 1), "roll: x is null");
        throwsWith(NullPointerException.class, () -> Np.tile(m, (long[]) null), "tile: reps is null");
        throwsWith(NullPointerException.class, () -> Np.meshgrid((Tensor[]) null), "meshgrid: xs is null");
        throwsWith(NullPointerException.class, () -> Np.zerosLike(null), "zerosLike: prototype x is null");
        throwsWith(NullPointerException.class, () -> Np.average(m, (Tensor) null), "average: weights is null");
        Tensor closed = Np.ones(shape(2), INT32);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.repeat(closed, 2), "repeat: the tensor (2,) int32 is closed");
        throwsWith(IllegalStateException.class, () -> Np.onesLike(closed), "onesLike");
        throwsWith(IllegalStateException.class, () -> Np.nanvar(closed), "nanvar");
    }

    @Test
    void mixedBackendsAreRefusedByName() {
        Tensor here = Np.zeros(3);
        Tensor there;
        try (var scope = Np.useBackend(new ForeignBackend(backend()))) {
            there = Np.ones(3);
        }
        iae(() -> Np.meshgrid(here, there), "meshgrid: tensors are on different backends");
        iae(() -> Np.average(here, there), "average: tensors are on different backends");
        iae(() -> Np.convolve(here, there), "convolve: tensors are on different backends");
        iae(() -> Np.polyval(here, there), "polyval: tensors are on different backends");
        iae(() -> Np.polyfit(here, there, 1), "polyfit: tensors are on different backends");
    }

    /** NumPy refuses a negative repeat count only where there are slices to repeat. */
    @Test
    void repeatTakesANegativeCountWhereNothingIsRepeated() {
        // np.repeat(np.zeros((0, 2), np.int32), -1, axis=0).shape == (0, 2); np.repeat(np.zeros((2, 0)), [-1], axis=1)
        assertEquals(List.of(0L, 2L), Arrays.stream(Np.repeat(Np.zeros(new long[] {0, 2}, INT32), -1, 0).shape())
                .boxed().toList());
        assertEquals(List.of(2L, 0L), Arrays.stream(Np.repeat(Np.zeros(2, 0), new long[] {-1}, 1).shape()).boxed().toList());
        assertEquals(List.of(0L), Arrays.stream(Np.repeat(Np.zeros(0, 3), -2).shape()).boxed().toList());
        // np.repeat(np.zeros((1, 2)), [-1], axis=0): ValueError
        throwsWith(IllegalArgumentException.class, () -> Np.repeat(Np.zeros(1, 2), new long[] {-1}, 0), "repeat",
                "repeats must be >= 0, got -1");
    }

    /** cov and corrcoef of no variables return (0, 0) before looking at y (NumPy 2.4). */
    @Test
    void covAndCorrcoefOfNoVariablesIgnoreY() {
        // np.cov(np.zeros((0, 3)), np.ones((2, 4))).shape == (0, 0): y's 4 observations are not checked
        Check.doubles("cov of no variables", Np.cov(Np.zeros(0, 3), Np.ones(2, 4), true, false, null), FLOAT64,
                shape(0, 0), new double[0], Tolerance.EXACT);
        Check.doubles("corrcoef of no variables", Np.corrcoef(Np.zeros(0, 3), Np.ones(2, 4), true), FLOAT64,
                shape(0, 0), new double[0], Tolerance.EXACT);
    }

    /** cov and corrcoef with rowvar=False leave no temporary open (NumPy 2.4's values). */
    @Test
    void covWithColumnVariablesLeavesNoTemporaryOpen() {
        Tensor m = Np.array(new double[] {0, 1, 2, 2, 1, 0.5}, 2, 3);
        try (var inner = Np.scope()) {
            // np.cov([[0, 1, 2], [2, 1, 0.5]], rowvar=False)
            Check.doubles("cov rowvar=False", Np.cov(m, null, false, false, null), FLOAT64, shape(3, 3),
                    new double[] {2, 0, -1.5, 0, 0, 0, -1.5, 0, 1.125}, Tolerance.EXACT);
            Np.corrcoef(m, null, false).close();
            assertEquals(1, inner.openTensors(), "cov and corrcoef with rowvar=False leave only cov's result open");
        }
    }

    /** modf, fabs and rint of small integers take NumPy's float ufunc types (NumPy 2.4). */
    @Test
    void floatUfuncsOfSmallIntegersTakeNumpysFloatTypes() {
        // np.modf(np.array([3, 5], t)): float16 for int8/uint8, float32 for int16/uint16, float64 wider
        DType[][] types = {{DType.INT8, DType.FLOAT16}, {DType.UINT8, DType.FLOAT16}, {DType.INT16, DType.FLOAT32},
            {DType.UINT16, DType.FLOAT32}, {INT32, FLOAT64}, {DType.UINT32, FLOAT64}};
        for (DType[] t : types) {
            Tensor x = Np.array(new long[] {3, 5}).astype(t[0]);
            Tensor[] parts = Np.modf(x);
            Check.doubles("modf fraction of " + t[0], parts[0], t[1], shape(2), new double[] {0, 0}, Tolerance.EXACT);
            Check.doubles("modf integral of " + t[0], parts[1], t[1], shape(2), new double[] {3, 5}, Tolerance.EXACT);
            Check.doubles("fabs of " + t[0], Np.fabs(x), t[1], shape(2), new double[] {3, 5}, Tolerance.EXACT);
            Check.doubles("rint of " + t[0], Np.rint(x), t[1], shape(2), new double[] {3, 5}, Tolerance.EXACT);
        }
    }

    /** ediff1d's ends follow NumPy's same_kind rule: no signed end for unsigned input (NumPy 2.4). */
    @Test
    void ediff1dEndsFollowTheSameKindRule() {
        // np.ediff1d(np.array([1, 4], np.uint16), to_end=np.array([1], np.int32)): TypeError (same_kind)
        Tensor u = Np.array(new long[] {1, 4}).astype(DType.UINT16);
        throwsWith(IllegalArgumentException.class, () -> Np.ediff1d(u, Np.array(new int[] {1}), null), "ediff1d",
                "int32", "uint16", "same_kind");
        // np.ediff1d(np.array([1, 4], np.int16), to_end=np.array([7], np.uint8)): [3 7]
        Check.longs("ediff1d uint8 end", Np.ediff1d(Np.array(new long[] {1, 4}).astype(DType.INT16),
                Np.array(new long[] {7}).astype(DType.UINT8), null), DType.INT16, shape(2), new long[] {3, 7});
    }

    /** polymul drops leading zeros as NumPy's poly1d; an empty polynomial is [0] (NumPy 2.4). */
    @Test
    void polymulDropsLeadingZerosAsPoly1d() {
        // np.polymul([0, 1, 2], []): [0. 0.]; np.polymul([0, 0, 3.], [0, 2, 1]): [6. 3.]; np.polymul([nan, 1], [0, 1])
        Check.doubles("polymul by empty", Np.polymul(f64(0, 1, 2), f64()), FLOAT64, shape(2), new double[] {0, 0},
                Tolerance.EXACT);
        Check.doubles("polymul leading zeros", Np.polymul(f64(0, 0, 3), f64(0, 2, 1)), FLOAT64, shape(2),
                new double[] {6, 3}, Tolerance.EXACT);
        Check.longs("polymul of zeros", Np.polymul(i32(0, 0), i32(1, 2)), INT32, shape(2), new long[] {0, 0});
        Check.doubles("polymul NaN lead", Np.polymul(f64(Double.NaN, 1), f64(0, 1)), FLOAT64, shape(2),
                new double[] {Double.NaN, 1}, Tolerance.EXACT);
        throwsWith(IllegalArgumentException.class, () -> Np.polymul(Np.zeros(2, 2), f64(1)), "polymul", "1-d");
    }

    /** polyint with m = 0 returns p before any check of its dimensions (NumPy 2.4). */
    @Test
    void polyintOfOrderZeroReturnsP() {
        // np.polyint(np.float64(3), 0) is 3.0 and np.polyint(np.ones((2, 2)), 0) the ones
        Check.doubles("polyint m=0 of 0-d", Np.polyint(Np.scalar(3.0), 0), FLOAT64, shape(), new double[] {3},
                Tolerance.EXACT);
        Check.doubles("polyint m=0 of 2-d", Np.polyint(Np.ones(2, 2), 0), FLOAT64, shape(2, 2), new double[] {1, 1, 1, 1},
                Tolerance.EXACT);
        throwsWith(IllegalArgumentException.class, () -> Np.polyint(Np.ones(2, 2), 1), "polyint", "1-d");
    }

    /** gradient with a spacing of 0 divides by zero at edge order 2, as NumPy with a NumPy float 0. */
    @Test
    void gradientWithSpacingZeroDividesByZero() {
        // np.gradient([1., 2, 4, 8], np.float64(0), edge_order=2): [nan inf inf nan] (a Python float 0 raises there)
        Check.doubles("gradient spacing 0", Np.gradient(f64(1, 2, 4, 8), 0.0, 0, 2), FLOAT64, shape(4),
                new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN}, Tolerance.EXACT);
    }
}
