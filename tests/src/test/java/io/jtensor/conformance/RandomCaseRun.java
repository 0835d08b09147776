package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Slice;
import io.jtensor.Tensor;
import io.jtensor.TensorScope;
import io.jtensor.backend.Backend;
import io.jtensor.backend.Backends;
import io.jtensor.internal.TypeRules;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.RowOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a {@link RandomCase} through the public API on one backend and compares outcomes.
 *
 * <p>An outcome is either the result (dtype, shape and every element, read back to the host; with
 * {@code out} the whole of {@code out}) or the exception thrown. Floating-point results are
 * compared with the tolerance a {@link ConformanceSuite} documents for the op, and for
 * reductions, rows and products with a per-element error scale computed on the CPU backend from
 * the finite inputs (as the NumPy reference files do).
 */
final class RandomCaseRun {

    private RandomCaseRun() {
    }

    /** The names of the available backends (a parameter source). */
    static List<String> backendNames() {
        return Backends.available().stream().map(Backend::name).toList();
    }

    /**
     * The conformance suite of a backend, for its documented tolerances: the OpenCL suite's bounds
     * for "opencl", CUDA's for "cuda" and its host simulator, the CPU defaults for every other backend.
     */
    static ConformanceSuite suite(String backendName) {
        return switch (backendName) {
            case "opencl" -> new OpenClConformanceTest();
            case "cuda" -> new CudaConformanceTest();
            case "cuda-simulator" -> new CudaSimulatorConformanceTest();
            default -> new CpuConformanceTest();
        };
    }

    /** What a backend made of a case: the result read back, or the exception. */
    record Outcome(DType dtype, long[] shape, double[] values, RuntimeException error) {
        @Override
        public String toString() {
            return error != null ? error.getClass().getSimpleName() + ": " + error.getMessage()
                    : dtype.numpyName() + Arrays.toString(shape);
        }
    }

    /**
     * Runs {@code c} on {@code backend}, every tensor created there and closed afterwards; fails
     * when the op left a tensor of its own open (a temporary it forgot to close).
     */
    static Outcome run(RandomCase c, Backend backend) {
        try (TensorScope tensors = Np.scope()) {
            Outcome outcome = runOpened(c, backend);
            if (tensors.openTensors() != 0) {
                throw new AssertionError(c + " on " + backend.name() + ": the op left " + tensors.openTensors()
                        + " tensor(s) of its own open");
            }
            return outcome;
        }
    }

    private static Outcome runOpened(RandomCase c, Backend backend) {
        List<Tensor> opened = new ArrayList<>();
        try (var scope = Np.useBackend(backend)) {
            List<Tensor> in = new ArrayList<>();
            for (RandomCase.Operand o : c.inputs()) {
                in.add(o == null ? null : keep(opened, o.build()));
            }
            Tensor out = c.out() == null ? null : keep(opened, c.out().build());
            Tensor where = c.where() == null ? null : keep(opened, c.where().build());
            Tensor result;
            try {
                result = keep(opened, call(c, in, out, where));
            } catch (RuntimeException e) {
                return new Outcome(null, null, null, e);
            }
            if (result.backend() != backend) {
                throw new AssertionError(c + ": result lives on " + result.backend().name() + ", not "
                        + backend.name());
            }
            double[] values = result.dtype().isFloatingPoint() ? result.toDoubleArray() : asDoubles(result);
            return new Outcome(result.dtype(), result.shape(), values, null);
        } finally {
            for (Tensor t : opened) {
                t.close();
            }
        }
    }

    private static Tensor keep(List<Tensor> opened, Tensor t) {
        if (!opened.contains(t)) {
            opened.add(t);
        }
        return t;
    }

    private static double[] asDoubles(Tensor t) {
        if (t.dtype() == DType.BOOL) {
            boolean[] b = t.toBooleanArray();
            double[] d = new double[b.length];
            for (int i = 0; i < b.length; i++) {
                d[i] = b[i] ? 1 : 0;
            }
            return d;
        }
        long[] l = t.toLongArray();
        double[] d = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            // integers compare exactly: the bits of the long travel in the double
            d[i] = Double.longBitsToDouble(l[i]);
        }
        return d;
    }

    private static Tensor call(RandomCase c, List<Tensor> in, Tensor out, Tensor where) {
        Tensor x = in.isEmpty() ? null : in.get(0);
        return switch (c.family()) {
            case UNARY -> {
                Ops.Unary f = Ops.UNARY.get(Ops.unaryOp(c.op()));
                yield where != null ? f.where().apply(x, out, where) : out != null ? f.out().apply(x, out) : f.plain().apply(x);
            }
            case BINARY -> {
                Ops.Binary f = Ops.BINARY.get(Ops.binaryOp(c.op()));
                Tensor y = in.get(1);
                yield where != null ? f.where().apply(x, y, out, where)
                        : out != null ? f.out().apply(x, y, out) : f.plain().apply(x, y);
            }
            case REDUCE -> Ops.reduce(c.op(), x, c.axes(), c.keepdims(), c.ddof());
            case ROWS -> switch (rowOp(c.op())) {
                case SOFTMAX -> Np.softmax(x, c.axes()[0]);
                case LOG_SOFTMAX -> Np.logSoftmax(x, c.axes()[0]);
                case LOG_SUM_EXP -> c.axes() == null ? Np.logSumExp(x) : Np.logSumExp(x, c.axes(), false);
            };
            case MATMUL -> Np.matmul(x, in.get(1));
            case ARRAY -> array(c, in);
            case INDEX -> index(c, in);
            case SHAPE -> RandomShapeCases.call(c, in);
            case LINALG -> RandomLinalgCases.call(c, in);
            case SEARCH -> RandomSearchCases.call(c, in);
            case NUMERIC -> RandomNumericCases.call(c, in);
            case GATHER -> RandomGatherCases.call(c, in);
            case EXTRA -> RandomExtraCases.call(c, in);
        };
    }

    /** {@code x[index]} or {@code x[index] = v} (then x); a 0-d value with count 1 goes as a Java scalar. */
    private static Tensor index(RandomCase c, List<Tensor> in) {
        Tensor x = in.get(0);
        List<Tensor> arrays = new ArrayList<>();
        try {
            Object[] index = new Object[c.index().size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = switch (c.index().get(i)) {
                    case RandomCase.IntItem n -> n.value();
                    case RandomCase.SliceItem s -> Slice.of(s.start(), s.stop(), s.step());
                    case RandomCase.MarkerItem m -> m.marker();
                    case RandomCase.ArrayItem a -> {
                        Tensor t = a.array().build();
                        arrays.add(t);
                        yield !a.java() ? t : t.dtype() == DType.BOOL
                                ? (t.ndim() == 0 ? (Object) t.toBooleanArray()[0] : t.toBooleanArray())
                                : t.toLongArray();
                    }
                };
            }
            if (c.op().equals("getitem")) {
                return x.get(index);
            }
            Tensor v = in.get(1);
            Object value = c.ddof() == 0 ? v : switch (v.dtype()) {
                case BOOL -> v.toBooleanArray()[0];
                case FLOAT16, FLOAT32, FLOAT64 -> v.toDoubleArray()[0];
                default -> v.toLongArray()[0];
            };
            x.set(value, index);
            return x;
        } finally {
            arrays.forEach(Tensor::close);
        }
    }

    /** An array function; without an axis the flattening NumPy's {@code axis=None} does. */
    private static Tensor array(RandomCase c, List<Tensor> in) {
        Tensor x = in.get(0);
        Integer axis = c.axes() == null ? null : c.axes()[0];
        int count = c.ddof();
        return switch (c.op()) {
            case "sort" -> Np.sort(x, axis);
            case "argsort" -> Np.argsort(x, axis);
            case "cumsum" -> axis == null ? Np.cumsum(x) : Np.cumsum(x, axis);
            case "cumprod" -> axis == null ? Np.cumprod(x) : Np.cumprod(x, axis);
            case "diff" -> Np.diff(x, count, axis);
            case "flip" -> axis == null ? Np.flip(x) : Np.flip(x, axis);
            case "roll" -> axis == null ? Np.roll(x, count) : Np.roll(x, count, axis);
            case "repeat" -> axis == null ? Np.repeat(x, count) : Np.repeat(x, count, axis);
            case "take" -> axis == null ? Np.take(x, in.get(1)) : Np.take(x, in.get(1), axis);
            case "concatenate" -> Np.concatenate(new Tensor[] {x, in.get(1)}, axis);
            case "where" -> Np.where(x, in.get(1), in.get(2));
            case "clip" -> Np.clip(x, in.get(1), in.get(2));
            case "median" -> axis == null ? Np.median(x) : Np.median(x, axis);
            case "unique" -> Np.unique(x);
            case "argwhere" -> Np.argwhere(x);
            case "count_nonzero" -> axis == null ? Np.countNonzero(x, null, false) : Np.countNonzero(x, axis);
            case "round" -> Np.round(x, count);
            case "copyto" -> {
                if (in.get(2) == null) {
                    Np.copyto(x, in.get(1));
                } else {
                    Np.copyto(x, in.get(1), in.get(2));
                }
                yield x;
            }
            case "put" -> {
                Np.put(x, in.get(1), in.get(2));
                yield x;
            }
            case "putmask" -> {
                Np.putmask(x, in.get(1), in.get(2));
                yield x;
            }
            default -> {
                if (!c.op().startsWith("astype_")) {
                    throw new IllegalArgumentException("unknown array function " + c.op());
                }
                yield x.astype(ReferenceData.dtype(c.op().substring("astype_".length())));
            }
        };
    }

    static RowOp rowOp(String numpyName) {
        for (RowOp op : RowOp.values()) {
            if (op.numpyName().equals(numpyName)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown row op " + numpyName);
    }

    /** The tolerance {@code suite} documents for the case's op with a result of type {@code type}. */
    static Tolerance tolerance(ConformanceSuite suite, RandomCase c, DType type) {
        return switch (c.family()) {
            case UNARY -> suite.unaryTolerance(Ops.unaryOp(c.op()), type);
            case BINARY -> suite.binaryTolerance(Ops.binaryOp(c.op()), type);
            case REDUCE -> suite.reductionTolerance(c.op(), type);
            case ROWS -> suite.rowTolerance(rowOp(c.op()), type);
            case MATMUL -> suite.linalgTolerance("matmul", type);
            // which zero a unique run, a clip tie or a median's selection keeps depends on the sort,
            // loop or partition, in NumPy as across backends (README)
            case INDEX -> Tolerance.EXACT;
            case SHAPE -> RandomShapeCases.tolerance(suite, c, type);
            case LINALG -> RandomLinalgCases.tolerance(suite, c, type);
            case SEARCH -> RandomSearchCases.tolerance(suite, c, type);
            case NUMERIC -> RandomNumericCases.tolerance(suite, c, type);
            case GATHER -> RandomGatherCases.tolerance(suite, c, type);
            case EXTRA -> RandomExtraCases.tolerance(suite, c, type);
            case ARRAY -> switch (c.op()) {
                case "unique", "clip", "median" -> new Tolerance(0, 0, false);
                default -> Tolerance.EXACT;
            };
        };
    }

    /** The sum of two tolerances (two results each within its own bound of the truth). */
    static Tolerance plus(Tolerance a, Tolerance b) {
        return new Tolerance(a.ulps() + b.ulps(), a.epsScale() + b.epsScale(), a.signedZeros() && b.signedZeros(),
                a.absoluteEps() + b.absoluteEps());
    }

    /**
     * The error scale of each result element (0 for element-wise ops): for sum Σ|x|, mean mean|x|,
     * prod n·|prod x| (or {@link #ORDER_DEPENDENT}), var Σx²/(n-ddof) plus the squares lost to
     * underflow, std its root, rows max|x|, matmul k·(|a| @ |b|); from the
     * finite inputs only, so that an infinity elsewhere does not widen the bound.
     */
    static double[] scales(RandomCase c, Backend cpu, int size) {
        if (c.family() == RandomCase.Family.SHAPE) {
            return RandomShapeCases.scales(c, size);
        }
        if (c.family() == RandomCase.Family.SEARCH) {
            return RandomSearchCases.scales(c, cpu, size);
        }
        if (c.family() == RandomCase.Family.NUMERIC) {
            return RandomNumericCases.scales(c, cpu, size);
        }
        if (c.family() == RandomCase.Family.GATHER) {
            return RandomGatherCases.scales(c, size);
        }
        if (c.family() == RandomCase.Family.EXTRA) {
            return RandomExtraCases.scales(c, size);
        }
        double[] zeros = new double[size];
        if (c.family() == RandomCase.Family.UNARY || c.family() == RandomCase.Family.BINARY
                || c.family() == RandomCase.Family.ARRAY || c.family() == RandomCase.Family.INDEX || c.out() != null) {
            return zeros;
        }
        List<Tensor> opened = new ArrayList<>();
        try (var scope = Np.useBackend(cpu)) {
            List<Tensor> abs = new ArrayList<>();
            List<Tensor> rawAbs = new ArrayList<>();
            for (RandomCase.Operand o : c.inputs()) {
                Tensor x = keep(opened, keep(opened, o.build()).astype(DType.FLOAT64));
                rawAbs.add(keep(opened, Np.abs(x)));
                Tensor finite = keep(opened, Np.less(rawAbs.getLast(), Double.POSITIVE_INFINITY));
                abs.add(keep(opened, Np.abs(keep(opened, Np.where(finite, x, 0.0)))));
            }
            Tensor a = abs.get(0);
            int[] axes = c.axes();
            Tensor s = switch (c.family()) {
                case REDUCE -> switch (c.op()) {
                    case "sum" -> Np.sum(a, axes, c.keepdims());
                    case "mean" -> Np.mean(a, axes, c.keepdims());
                    case "prod" -> {
                        Tensor p = keep(opened, Np.prod(a, axes, c.keepdims()));
                        long n = Math.max(1, a.size() / Math.max(1, p.size()));
                        yield orderDependent(c, rawAbs.getFirst(), keep(opened, Np.multiply(p, (double) n)), opened);
                    }
                    case "var", "std" -> varianceScale(c, a,
                            keep(opened, Np.sum(keep(opened, Np.full(a.shape(), 1.0)), axes, c.keepdims())),
                            c.op().equals("std"), opened);
                    default -> Np.zeros(1);
                };
                case ROWS -> Np.full(new long[] {1}, a.size() == 0 ? 0 : Np.max(a).toDoubleArray()[0]);
                case MATMUL -> {
                    Tensor p = keep(opened, Np.matmul(a, abs.get(1)));
                    long k = a.shape()[a.ndim() - 1];
                    yield Np.multiply(p, (double) Math.max(k, 1));
                }
                case LINALG -> RandomLinalgCases.scale(c, abs, opened);
                default -> throw new IllegalStateException();
            };
            keep(opened, s);
            return perElement(s.toDoubleArray(), size);
        } catch (RuntimeException e) {
            return zeros;
        } finally {
            for (Tensor t : opened) {
                t.close();
            }
        }
    }

    /**
     * The error scale of var (std when {@code std}) of the finite |x| {@code a} over {@code count}
     * elements per result: Σx²/(count-ddof), plus the squares lost to underflow (a square below the
     * type's smallest subnormal vanishes, in NumPy too: each of the squares may lose up to that much).
     */
    static Tensor varianceScale(RandomCase c, Tensor a, Tensor count, boolean std, List<Tensor> opened) {
        Tensor sq = keep(opened, Np.sum(keep(opened, Np.square(a)), c.axes(), c.keepdims()));
        Tensor v = keep(opened, Np.divide(sq, keep(opened, Np.maximum(keep(opened,
                Np.subtract(count, (double) c.ddof())), 1.0))));
        DType t = c.inputs().getFirst().dtype();
        double lost = Math.max(1, a.size()) * switch (t) {
            case FLOAT16 -> 0x1p-24;
            case FLOAT32 -> Float.MIN_VALUE;
            default -> Double.MIN_VALUE;
        };
        DType type = t.isFloatingPoint() ? t : DType.FLOAT64;
        return std ? Np.add(keep(opened, Np.sqrt(v)), Math.sqrt(lost) / Tolerance.eps(type))
                : Np.add(v, lost / Tolerance.eps(type));
    }

    /**
     * {@code v} when it holds one scale per element, else its maximum for each of the {@code size}
     * elements (rows; a reduction NumPy refuses).
     */
    static double[] perElement(double[] v, int size) {
        if (v.length == size) {
            return v;
        }
        double[] all = new double[size];
        Arrays.fill(all, Arrays.stream(v).max().orElse(0));
        return all;
    }

    /** The scale marking products that are not compared (see {@link #scales}). */
    static final double ORDER_DEPENDENT = Double.POSITIVE_INFINITY;

    /**
     * {@code scale} with {@link #ORDER_DEPENDENT} where a floating product's partial products may
     * leave the normal range of its type (the factors' exponents above 1 or below 1 add up past
     * the largest or smallest normal exponent; infinities count as overflow): there, overflow,
     * gradual underflow and inf·0 make the result depend on the order of the multiplications, in
     * NumPy as in every backend.
     */
    private static Tensor orderDependent(RandomCase c, Tensor rawAbs, Tensor scale, List<Tensor> opened) {
        DType t = c.inputs().getFirst().dtype();
        if (!t.isFloatingPoint()) {
            return Np.add(scale, 0.0);
        }
        double high = switch (t) {
            case FLOAT16 -> 15;
            case FLOAT32 -> 127;
            default -> 1023;
        };
        double low = switch (t) {
            case FLOAT16 -> -14;
            case FLOAT32 -> -126;
            default -> -1022;
        };
        Tensor exponents = keep(opened, Np.log2(keep(opened, Np.where(keep(opened, Np.equal(rawAbs, 0.0)), 1.0, rawAbs))));
        Tensor up = keep(opened, Np.sum(keep(opened, Np.maximum(exponents, 0.0)), c.axes(), c.keepdims()));
        Tensor down = keep(opened, Np.sum(keep(opened, Np.minimum(exponents, 0.0)), c.axes(), c.keepdims()));
        Tensor overflow = keep(opened, Np.where(keep(opened, Np.greaterEqual(up, high)), ORDER_DEPENDENT, scale));
        return Np.where(keep(opened, Np.lessEqual(down, low)), ORDER_DEPENDENT, overflow);
    }

    /**
     * The type a floating result was rounded to: the op's own result type when it is a narrower float
     * than the {@code out} it is written to (a float32 or float16 computation written to a float64
     * {@code out} has float32's or float16's ULPs), else the result type.
     */
    static DType computeType(RandomCase c, DType resultType) {
        if (c.out() == null || !resultType.isFloatingPoint()) {
            return resultType;
        }
        DType natural;
        try {
            natural = naturalType(c);
        } catch (RuntimeException refused) {
            return resultType;
        }
        return natural != null && natural.isFloatingPoint() && natural.byteSize() < resultType.byteSize()
                ? natural : resultType;
    }

    /** The result type of an element-wise case without {@code out}, by core's type rules; null for other families. */
    private static DType naturalType(RandomCase c) {
        List<RandomCase.Operand> in = c.inputs();
        return switch (c.family()) {
            case UNARY -> TypeRules.unary(Ops.unaryOp(c.op()), in.get(0).dtype()).result();
            case BINARY -> {
                BinaryOp op = Ops.binaryOp(c.op());
                DType a = in.get(0).dtype();
                DType b = in.get(1).dtype();
                yield op.category() == BinaryOp.Category.SCALING ? TypeRules.scaling(op, a, b, "", "").result()
                        : TypeRules.binary(op, DType.promote(a, b), "", "").result();
            }
            default -> null;
        };
    }

    /**
     * Compares {@code actual} with {@code expected}: null when they agree, else a one-line
     * description of the first difference. Records in {@code worst[0]} the worst error: in ULP
     * for element-wise ops, in units of eps·scale where the bound has a scale. Elements marked
     * {@link #ORDER_DEPENDENT} are not compared.
     */
    static String compare(RandomCase c, Outcome expected, Outcome actual, Tolerance tol, double[] scale, long[] worst) {
        if (expected.error() != null || actual.error() != null) {
            if (expected.error() != null && actual.error() != null) {
                return null;
            }
            return "expected " + expected + ", got " + actual;
        }
        if (expected.dtype() != actual.dtype() || !Arrays.equals(expected.shape(), actual.shape())) {
            return "expected " + expected + ", got " + actual;
        }
        DType type = computeType(c, expected.dtype());
        for (int i = 0; i < expected.values().length; i++) {
            double e = expected.values()[i];
            double a = actual.values()[i];
            if (!type.isFloatingPoint()) {
                if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a)) {
                    return "element " + i + ": expected " + Double.doubleToRawLongBits(e) + ", got "
                            + Double.doubleToRawLongBits(a);
                }
                continue;
            }
            if (scale[i] == ORDER_DEPENDENT) {
                continue;
            }
            long ulps = Ulp.distance(e, a, type);
            if (scale[i] > 0) {
                // a scaled bound: the figure is the error in units of eps * scale
                double units = Math.abs(a - e) / (Tolerance.eps(type) * scale[i]);
                if (Double.isFinite(units)) {
                    worst[0] = Math.max(worst[0], (long) Math.ceil(units));
                }
            } else if (ulps != Long.MAX_VALUE && !(Double.isInfinite(e) && Double.isInfinite(a))) {
                worst[0] = Math.max(worst[0], ulps);
            }
            if (!tol.accepts(e, a, type, scale[i])) {
                return "element " + i + ": expected " + Check.show(e) + ", got " + Check.show(a)
                        + (ulps == Long.MAX_VALUE ? "" : " (" + ulps + " ULP)") + " [" + tol
                        + (scale[i] > 0 ? ", scale " + scale[i] : "") + "]";
            }
        }
        return null;
    }
}
