package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fuzzer's {@link RandomCase.Family#NUMERIC} family: NumPy's numeric helpers that no other
 * family draws (the ufuncs of the op table, such as fmod, copysign, heaviside, nextafter and
 * spacing, are the UNARY and BINARY families'), drawn, called and compared here.
 *
 * <p>Ops ({@link #OPS}) and their keywords in {@link RandomCase#params()} (NumPy's names):
 * gradient (no {@code axis}: every axis, {@code part} the compared one; else {@code axis} with a
 * scalar {@code spacing}, a coordinates operand (sometimes of the wrong length) or none and
 * {@code edge_order} 1 or 2, sometimes 3), ediff1d (the
 * optional {@code to_end} and {@code to_begin} operands: {@code ends} says which), trapezoid
 * ({@code dx} or a sample-point operand {@code x}, {@code axis}), unwrap ({@code discont},
 * {@code period} a float or an int, {@code axis}), the polynomial functions (polyadd, polysub,
 * polymul, polydiv ({@code part}), polyder and polyint ({@code m}), polyval (x an operand or the
 * scalar {@code x}), poly, roots of polynomials with distinct real roots, polyfit ({@code deg}) of
 * small well-conditioned data), vander ({@code N}, {@code increasing}), the windows bartlett,
 * blackman, hamming, hanning and kaiser ({@code M}, {@code beta}), i0, sinc, cov ({@code rowvar},
 * {@code bias}, {@code ddof}, an optional y) and corrcoef ({@code rowvar}), linspace, logspace and
 * geomspace ({@code start}, {@code stop}, {@code num}, {@code endpoint}, {@code base}; linspace
 * also with start and stop operands that broadcast, sometimes not, an {@code axis} and a
 * {@code dtype}),
 * nan_to_num ({@code nan}, {@code posinf}, {@code neginf}, all or none), frexp, modf and divmod
 * ({@code part}), float_power, real_if_close ({@code tol}), cumulative_sum and cumulative_prod
 * ({@code axis}, {@code include_initial}), nancumsum and nancumprod ({@code axis}, {@code dtype}),
 * isclose and allclose ({@code rtol}, {@code atol}, {@code equal_nan}), array_equal
 * ({@code equal_nan}), array_equiv, and histogram2d and histogramdd ({@code bins}, {@code range},
 * {@code density}, explicit edges as operands after the samples when {@code edges}, weights as
 * the last operand when {@code weighted}, {@code part}). Arguments NumPy
 * refuses are drawn too (axes out of range, bool where NumPy cannot subtract, a too short axis for
 * the edge order, negative counts and degrees, mismatched lengths, geomspace through zero).
 *
 * <p>What is compared: the result NumPy returns, bit for bit where jtensor documents NumPy's bits
 * (differences, unwrap, the exact polynomial arithmetic, the scans, nan_to_num, frexp, modf, divmod,
 * comparisons, bartlett, linspace, counts and edges); the documented bounds elsewhere (the windows,
 * i0 and kaiser by exp and cos, sinc by sin, logspace and float_power by power, geomspace by power and
 * the magnified last bit of its ends' log10 (an error scale), the sums
 * of trapezoid, cov and corrcoef and the weighted histograms with an error scale from
 * {@link #scales}); roots sorted (NumPy's order is the eigenvalue solver's), and polyfit's
 * coefficients with an error scale from the data's conditioning, as NumPy's lstsq bits are
 * LAPACK's.
 */
final class RandomNumericCases {

    private RandomNumericCases() {
    }

    /** The family's ops, drawn uniformly. */
    static final String[] OPS = {"gradient", "ediff1d", "trapezoid", "unwrap", "polyadd", "polysub", "polymul",
        "polydiv", "polyder", "polyint", "polyval", "poly", "roots", "polyfit", "vander", "bartlett", "blackman",
        "hamming", "hanning", "kaiser", "i0", "sinc", "cov", "corrcoef", "linspace", "logspace", "geomspace",
        "nan_to_num", "frexp", "modf", "divmod", "float_power", "real_if_close", "cumulative_sum",
        "cumulative_prod", "nancumsum", "nancumprod", "isclose", "allclose", "array_equal", "array_equiv",
        "histogram2d", "histogramdd"};

    private static final DType[] FLOATS = {DType.FLOAT16, DType.FLOAT32, DType.FLOAT64};
    private static final DType[] REAL = {DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64, DType.FLOAT16};

    /** Draws one case of the family with {@code d}'s generator. */
    static RandomCase draw(RandomCase.Drawer d) {
        String op = OPS[d.random.nextInt(OPS.length)];
        SortedMap<String, Object> params = new TreeMap<>();
        List<RandomCase.Operand> inputs = new ArrayList<>();
        switch (op) {
            case "gradient" -> {
                long[] shape = d.shape(d.random.nextInt(10) == 0 ? 0 : 1);
                int n = shape.length;
                boolean every = n > 0 && d.random.nextInt(3) == 0;
                int axis = axis(d, n);
                // mostly long enough for the edge order (NumPy refuses an axis of fewer than 2 or 3)
                for (int i = 0; i < n && d.random.nextInt(4) != 0; i++) {
                    if (every || i == Math.floorMod(axis, n)) {
                        shape[i] = Math.max(shape[i], 2 + d.random.nextInt(3));
                    }
                }
                if (Arrays.stream(shape).reduce(1, Math::multiplyExact) > 256) {
                    shape = d.shape(1);
                }
                inputs.add(d.operand(d.dtype(), shape, false));
                if (every) {
                    params.put("part", d.random.nextInt(shape.length));
                } else {
                    params.put("axis", axis);
                    params.put("edge_order", d.random.nextInt(15) == 0 ? 3L : 1L + d.random.nextInt(2));
                    if (d.random.nextBoolean()) {
                        params.put("spacing", d.random.nextInt(8) == 0 ? d.floatValue() : d.random.nextInt(-4, 5) * 0.5);
                    } else if (d.random.nextInt(3) == 0) {
                        // coordinates along the axis (sometimes of the wrong length): NumPy's uneven-spacing formula
                        // the shape's own rank: a shape over 256 elements was redrawn above with another
                        int rank = shape.length;
                        long length = rank > 0 && axis >= -rank && axis < rank ? shape[Math.floorMod(axis, rank)] : 2;
                        length += d.random.nextInt(15) == 0 ? 1 : 0;
                        inputs.add(d.operand(REAL[d.random.nextInt(REAL.length)], new long[] {length},
                                d.random.nextBoolean()));
                    }
                }
            }
            case "ediff1d" -> {
                inputs.add(d.operand(d.dtype(), d.shape(0), false));
                int ends = d.random.nextInt(4);
                params.put("ends", (long) ends);
                if ((ends & 1) != 0) {
                    inputs.add(d.operand(d.random.nextBoolean() ? inputs.getFirst().dtype() : d.dtype(), small(d), false));
                }
                if ((ends & 2) != 0) {
                    inputs.add(d.operand(d.random.nextBoolean() ? inputs.getFirst().dtype() : d.dtype(), small(d), false));
                }
            }
            case "trapezoid" -> {
                long[] shape = d.shape(d.random.nextInt(10) == 0 ? 0 : 1);
                int n = shape.length;
                inputs.add(d.operand(d.dtype(), shape, false));
                int axis = axis(d, n);
                params.put("axis", axis);
                if (d.random.nextInt(3) == 0) {
                    long[] xs = n > 0 && d.random.nextBoolean() ? shape
                            : new long[] {n > 0 && axis >= -n && axis < n ? shape[Math.floorMod(axis, n)] : 1};
                    if (d.random.nextInt(15) == 0) {
                        xs = new long[] {xs.length == 0 ? 2 : xs[0] + 1};
                    }
                    inputs.add(d.operand(REAL[d.random.nextInt(REAL.length)], xs, d.random.nextBoolean()));
                } else {
                    params.put("dx", d.random.nextInt(8) == 0 ? d.floatValue() : d.random.nextInt(-4, 5) * 0.5);
                }
            }
            case "unwrap" -> {
                long[] shape = d.shape(d.random.nextInt(10) == 0 ? 0 : 1);
                inputs.add(d.operand(d.dtype(), shape, d.random.nextBoolean()));
                params.put("axis", axis(d, shape.length));
                if (d.random.nextBoolean()) {
                    params.put("discont", d.random.nextInt(8) * 0.5);
                }
                int form = d.random.nextInt(3);
                if (form == 1) {
                    params.put("period", (long) d.random.nextInt(1, 9));
                } else if (form == 2) {
                    params.put("period", d.random.nextInt(1, 16) * 0.5);
                }
            }
            case "polyadd", "polysub", "polymul", "polydiv" -> {
                boolean tame = !op.equals("polymul") || d.random.nextBoolean();
                // polydiv mostly of nonempty polynomials (NumPy fails on an empty one's first coefficient)
                int least = op.equals("polydiv") && d.random.nextInt(8) != 0 ? 1 : 0;
                inputs.add(coefficients(d, tame, least));
                inputs.add(coefficients(d, tame, least));
                if (op.equals("polydiv")) {
                    params.put("part", d.random.nextInt(2));
                }
            }
            case "polyder", "polyint" -> {
                inputs.add(coefficients(d, d.random.nextBoolean()));
                params.put("m", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -1 : 0, 4));
            }
            case "polyval" -> {
                boolean tame = d.random.nextBoolean();
                inputs.add(coefficients(d, tame));
                if (d.random.nextInt(4) == 0) {
                    inputs.add(null);
                    params.put("x", tame ? d.random.nextInt(-8, 9) * 0.25 : d.floatValue());
                } else {
                    inputs.add(d.operand(d.dtype(), d.shape(0), tame));
                }
            }
            case "poly" -> inputs.add(d.operand(d.dtype(), d.random.nextInt(15) == 0 ? d.shape(0)
                    : new long[] {d.random.nextInt(5)}, true));
            case "roots" -> inputs.add(rootsOperand(d));
            case "polyfit" -> {
                int n = d.random.nextInt(1, 7);
                double[] xs = distinct(d, n);
                DType tx = d.random.nextInt(4) == 0 ? DType.FLOAT32 : d.random.nextInt(4) == 0 ? DType.INT64 : DType.FLOAT64;
                if (tx == DType.INT64) {
                    inputs.add(new RandomCase.Operand(tx, new long[] {n}, null,
                            Arrays.stream(xs).mapToLong(v -> Math.round(v * 4)).toArray(), List.of()));
                } else {
                    inputs.add(new RandomCase.Operand(tx, new long[] {n}, xs, null, List.of()));
                }
                long[] ys = d.random.nextInt(5) == 0 ? new long[] {n, 1 + d.random.nextInt(2)}
                        : new long[] {d.random.nextInt(15) == 0 ? n + 1 : n};
                inputs.add(d.operand(d.random.nextBoolean() ? DType.FLOAT64 : REAL[d.random.nextInt(REAL.length)], ys, true));
                params.put("deg", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -1 : 0, Math.min(n, 4)));
            }
            case "vander" -> {
                inputs.add(d.operand(d.dtype(), d.random.nextInt(12) == 0 ? d.shape(0)
                        : new long[] {d.random.nextInt(5)}, d.random.nextBoolean()));
                if (d.random.nextInt(3) != 0) {
                    params.put("N", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -2 : 0, 6));
                }
                params.put("increasing", d.random.nextBoolean());
            }
            case "bartlett", "blackman", "hamming", "hanning", "kaiser" -> {
                params.put("M", (long) d.random.nextInt(-2, 10));
                if (op.equals("kaiser")) {
                    params.put("beta", d.random.nextInt(8) == 0 ? d.floatValue() : d.random.nextInt(0, 40) * 0.5);
                }
            }
            case "i0", "sinc", "real_if_close", "frexp", "modf" -> {
                DType t = d.random.nextInt(3) == 0 ? FLOATS[d.random.nextInt(3)] : d.dtype();
                inputs.add(d.operand(t, d.shape(0), false));
                if (op.equals("frexp") || op.equals("modf")) {
                    params.put("part", d.random.nextInt(2));
                }
                if (op.equals("real_if_close")) {
                    params.put("tol", (double) d.random.nextInt(1, 200));
                }
            }
            case "cov", "corrcoef" -> {
                long[] shape = d.random.nextInt(3) == 0 ? new long[] {d.random.nextInt(6)}
                        : d.random.nextInt(20) == 0 ? d.shape(3) : new long[] {d.random.nextInt(4), d.random.nextInt(6)};
                DType t = d.random.nextInt(8) == 0 ? DType.BOOL : REAL[d.random.nextInt(REAL.length)];
                inputs.add(d.operand(t, shape, true));
                boolean rowvar = d.random.nextInt(4) != 0;
                params.put("rowvar", rowvar);
                if (d.random.nextInt(3) == 0) {
                    long[] ys = shape.clone();
                    if (ys.length == 2) {
                        ys[rowvar ? 0 : 1] = d.random.nextInt(3);
                    }
                    if (d.random.nextInt(15) == 0 && ys.length > 0) {
                        ys[ys.length - 1] += 1;
                    }
                    inputs.add(d.operand(REAL[d.random.nextInt(REAL.length)], ys, true));
                }
                if (op.equals("cov")) {
                    params.put("bias", d.random.nextBoolean());
                    params.put("ddof", d.random.nextBoolean() ? null : (Object) (long) d.random.nextInt(0, 4));
                }
            }
            case "linspace", "logspace", "geomspace" -> {
                boolean tame = d.random.nextInt(4) != 0;
                params.put("start", tame ? d.random.nextInt(-8, 9) * 0.5 : d.floatValue());
                params.put("stop", tame ? d.random.nextInt(-8, 9) * 0.5 : d.floatValue());
                params.put("num", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -1 : 0, 8));
                params.put("endpoint", d.random.nextInt(4) != 0);
                if (op.equals("logspace")) {
                    params.put("base", d.random.nextInt(4) == 0 ? 10.0 : d.random.nextInt(1, 9) * 0.5);
                }
                if (op.equals("linspace") && d.random.nextInt(3) == 0) {
                    // array end points that broadcast (one time in twenty not), an axis and a dtype
                    params.remove("start");
                    params.remove("stop");
                    long[] shape = d.shape(0);
                    if (shape.length > 2) {
                        shape = Arrays.copyOf(shape, 2);
                    }
                    String dtype = d.random.nextInt(3) != 0 ? null
                            : new String[] {"int64", "int8", "float32", "float16", "bool"}[d.random.nextInt(5)];
                    boolean integral = dtype != null && dtype.startsWith("int");
                    inputs.add(d.operand(d.dtype(), d.broadcastSource(shape), integral || d.random.nextBoolean()));
                    inputs.add(d.operand(d.dtype(), d.random.nextInt(20) == 0 ? d.shape(1) : shape,
                            integral || d.random.nextBoolean()));
                    params.put("axis", d.signedAxis(d.random.nextInt(shape.length + 1), shape.length + 1)
                            + (d.random.nextInt(20) == 0 ? shape.length + 1 : 0));
                    params.put("dtype", dtype);
                }
            }
            case "nan_to_num" -> {
                inputs.add(d.operand(d.random.nextBoolean() ? FLOATS[d.random.nextInt(3)] : d.dtype(), d.shape(0), false));
                if (d.random.nextBoolean()) {
                    params.put("nan", d.random.nextInt(4) == 0 ? d.floatValue() : d.random.nextInt(-4, 5));
                    params.put("posinf", d.random.nextInt(4) == 0 ? d.floatValue() : 1e300);
                    params.put("neginf", d.random.nextInt(4) == 0 ? d.floatValue() : -7.0);
                }
            }
            case "divmod", "float_power", "isclose", "allclose", "array_equal", "array_equiv" -> {
                long[] shape = d.shape(0);
                DType ta = d.dtype();
                DType tb = d.random.nextInt(3) == 0 ? ta : d.dtype();
                boolean full = d.random.nextBoolean();
                boolean exactShape = op.equals("array_equal") && d.random.nextBoolean();
                RandomCase.Operand a = d.operand(ta, full || exactShape ? shape : d.broadcastSource(shape), false);
                RandomCase.Operand b = d.random.nextInt(4) == 0 && !op.equals("divmod") && !op.equals("float_power")
                        ? copyOf(d, a, tb) : d.operand(tb, full && !exactShape ? d.broadcastSource(shape) : shape,
                        op.equals("float_power"));
                if (d.random.nextInt(20) == 0) {
                    b = d.operand(tb, d.shape(0), false);
                }
                inputs.add(a);
                inputs.add(b);
                if (op.equals("divmod")) {
                    params.put("part", d.random.nextInt(2));
                }
                if (op.equals("isclose") || op.equals("allclose")) {
                    if (d.random.nextBoolean()) {
                        params.put("rtol", new double[] {0, 1e-5, 1e-3, 0.5}[d.random.nextInt(4)]);
                        params.put("atol", new double[] {0, 1e-8, 1e-3, 1}[d.random.nextInt(4)]);
                    }
                    params.put("equal_nan", d.random.nextBoolean());
                }
                if (op.equals("array_equal")) {
                    params.put("equal_nan", d.random.nextBoolean());
                }
            }
            case "cumulative_sum", "cumulative_prod", "nancumsum", "nancumprod" -> {
                long[] shape = d.shape(0);
                int n = shape.length;
                boolean nan = op.startsWith("nan");
                DType t = nan && d.random.nextBoolean() ? FLOATS[d.random.nextInt(3)] : d.dtype();
                inputs.add(d.operand(t, shape, op.endsWith("prod")));
                params.put("axis", n <= 1 && d.random.nextBoolean() || d.random.nextInt(10) == 0 ? null : (Object) axis(d, n));
                if (nan) {
                    if (d.random.nextInt(3) == 0) {
                        params.put("dtype", new String[] {"int64", "float64", "float32", "int32"}[d.random.nextInt(4)]);
                    }
                } else {
                    params.put("include_initial", d.random.nextBoolean());
                }
            }
            case "histogram2d", "histogramdd" -> {
                boolean two = op.equals("histogram2d");
                int dims = two ? 2 : d.random.nextInt(1, 4);
                long count = d.random.nextInt(6);
                DType t = d.random.nextInt(10) == 0 ? DType.BOOL : REAL[d.random.nextInt(REAL.length)];
                boolean tame = d.random.nextBoolean();
                if (two) {
                    inputs.add(d.operand(t, new long[] {count}, tame));
                    inputs.add(d.operand(d.random.nextBoolean() ? t : REAL[d.random.nextInt(REAL.length)],
                            new long[] {d.random.nextInt(15) == 0 ? count + 1 : count}, tame));
                } else {
                    inputs.add(d.operand(t, d.random.nextInt(15) == 0 ? new long[] {count} : new long[] {count, dims}, tame));
                }
                boolean edges = d.random.nextInt(3) == 0;
                params.put("edges", edges);
                if (edges) {
                    // explicit edges per dimension: small values, non-decreasing, one time in ten not
                    for (int i = 0; i < dims; i++) {
                        RandomCase.Operand e = d.operand(REAL[d.random.nextInt(REAL.length)],
                                new long[] {d.random.nextInt(1, 6)}, List.of(), true);
                        if (d.random.nextInt(10) != 0) {
                            if (e.floats() != null) {
                                Arrays.sort(e.floats());
                            } else {
                                Arrays.sort(e.ints());
                            }
                        }
                        inputs.add(e);
                    }
                } else {
                    long[] bins = new long[d.random.nextInt(20) == 0 ? dims + 1 : dims];
                    for (int i = 0; i < bins.length; i++) {
                        bins[i] = d.random.nextInt(d.random.nextInt(20) == 0 ? 0 : 1, 5);
                    }
                    params.put("bins", bins);
                }
                if (!edges && d.random.nextBoolean()) {
                    List<Object> range = new ArrayList<>();
                    for (int i = 0; i < dims; i++) {
                        double lo = d.random.nextInt(-6, 4) * 0.5;
                        double hi = d.random.nextInt(15) == 0 ? lo - 1 : lo + d.random.nextInt(0, 8) * 0.5;
                        range.add(new double[] {lo, hi});
                    }
                    params.put("range", range);
                }
                boolean weighted = d.random.nextInt(3) == 0;
                params.put("weighted", weighted);
                if (weighted) {
                    inputs.add(d.operand(REAL[d.random.nextInt(REAL.length)],
                            new long[] {d.random.nextInt(15) == 0 ? count + 1 : count}, d.random.nextBoolean()));
                }
                params.put("density", d.random.nextInt(4) == 0);
                params.put("part", d.random.nextInt(1 + dims));
            }
            default -> throw new IllegalStateException("unknown numeric-family op " + op);
        }
        return new RandomCase(d.seed, RandomCase.Family.NUMERIC, op, java.util.Collections.unmodifiableList(inputs),
                null, null, null, false, 0, List.of(), params);
    }

    /** An axis of an n-d operand, negative half the time, one time in twenty out of range. */
    private static int axis(RandomCase.Drawer d, int n) {
        if (n == 0 || d.random.nextInt(20) == 0) {
            return d.random.nextBoolean() ? n : -n - 1;
        }
        return d.signedAxis(d.random.nextInt(n), n);
    }

    /** A 0-d to 2-d shape of at most 3 per axis (ediff1d's ends). */
    private static long[] small(RandomCase.Drawer d) {
        long[] s = new long[d.random.nextInt(3)];
        for (int i = 0; i < s.length; i++) {
            s[i] = d.random.nextInt(4);
        }
        return s;
    }

    /** Polynomial coefficients: 1-d of 0 to 5 (one time in fifteen 0-d or 2-d). */
    private static RandomCase.Operand coefficients(RandomCase.Drawer d, boolean tame) {
        return coefficients(d, tame, 0);
    }

    /** Polynomial coefficients: 1-d of {@code least} to 5 (one time in fifteen 0-d or 2-d). */
    private static RandomCase.Operand coefficients(RandomCase.Drawer d, boolean tame, int least) {
        int form = d.random.nextInt(15);
        long[] shape = form == 0 ? new long[0] : form == 1 ? new long[] {2, d.random.nextInt(1, 3)}
                : new long[] {d.random.nextInt(least, 6)};
        DType t = d.random.nextInt(3) == 0 ? DType.FLOAT64 : d.dtype();
        return d.operand(t, shape, tame);
    }

    /** {@code n} distinct quarter steps of [-2, 2], in random order. */
    private static double[] distinct(RandomCase.Drawer d, int n) {
        List<Double> pool = new ArrayList<>();
        for (int i = -8; i <= 8; i++) {
            pool.add(i * 0.25);
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = pool.remove(d.random.nextInt(pool.size()));
        }
        return r;
    }

    /**
     * The coefficients of a polynomial with distinct real roots, quarter steps of [-2, 2] (so the
     * coefficients are exact), times a small leading factor, sometimes with leading zeros (dropped by
     * roots) or trailing ones (zero roots); one time in ten a 0-d or 2-d operand or the complex
     * roots of x² + 1.
     */
    private static RandomCase.Operand rootsOperand(RandomCase.Drawer d) {
        int form = d.random.nextInt(30);
        if (form == 0) {
            return d.operand(DType.FLOAT64, d.random.nextBoolean() ? new long[0] : new long[] {2, 2}, true);
        }
        if (form == 1) {
            return new RandomCase.Operand(DType.FLOAT64, new long[] {3}, new double[] {1, 0, 1}, null, List.of());
        }
        double[] roots = distinct(d, d.random.nextInt(0, 5));
        double[] p = {d.random.nextInt(1, 5) * (d.random.nextBoolean() ? 1 : -1)};
        for (double r : roots) {
            double[] q = new double[p.length + 1];
            for (int i = 0; i < p.length; i++) {
                q[i] += p[i];
                q[i + 1] -= p[i] * r;
            }
            p = q;
        }
        int lead = d.random.nextInt(6) == 0 ? 1 : 0;
        int trail = d.random.nextInt(6) == 0 ? 1 + d.random.nextInt(2) : 0;
        double[] full = new double[lead + p.length + trail];
        System.arraycopy(p, 0, full, lead, p.length);
        DType t = d.random.nextInt(4) == 0 ? DType.FLOAT32 : d.random.nextInt(6) == 0 ? DType.INT64 : DType.FLOAT64;
        if (t == DType.INT64) {
            double[] scaled = Arrays.stream(full).map(v -> v * Math.pow(4, roots.length)).toArray();
            return new RandomCase.Operand(t, new long[] {full.length}, null,
                    Arrays.stream(scaled).mapToLong(Math::round).toArray(), List.of());
        }
        return new RandomCase.Operand(t, new long[] {full.length}, full, null, List.of());
    }

    /** An operand of type {@code t} with a's logical values (a's shape, no views), sometimes one element changed. */
    private static RandomCase.Operand copyOf(RandomCase.Drawer d, RandomCase.Operand a, DType t) {
        double[] values;
        long[] shape;
        try (var scope = Np.useBackend(io.jtensor.backend.Backends.get("cpu"));
             Tensor x = a.build(); Tensor f = x.astype(DType.FLOAT64)) {
            values = f.toDoubleArray();
            shape = x.shape();
        }
        if (values.length > 0 && d.random.nextBoolean()) {
            int i = d.random.nextInt(values.length);
            values[i] = d.random.nextBoolean() ? Math.nextUp(values[i]) * (1 + 1e-6) : d.floatValue();
        }
        if (t.isFloatingPoint()) {
            double[] f = Arrays.stream(values).map(v -> t == DType.FLOAT32 ? (float) v
                    : t == DType.FLOAT16 ? io.jtensor.Float16.round(v) : v).toArray();
            return new RandomCase.Operand(t, shape, f, null, List.of());
        }
        long[] ints = Arrays.stream(values).mapToLong(v -> Double.isFinite(v)
                ? (t == DType.BOOL ? (v != 0 ? 1 : 0) : t.wrap((long) v)) : 0).toArray();
        return new RandomCase.Operand(t, shape, null, ints, List.of());
    }

    /** Calls the case's op; outputs not compared are closed here. */
    static Tensor call(RandomCase c, List<Tensor> in) {
        Tensor x = in.isEmpty() ? null : in.get(0);
        return switch (c.op()) {
            case "gradient" -> {
                if (c.param("part") != null) {
                    yield pick(Np.gradient(x), (Integer) c.param("part"));
                }
                int axis = (Integer) c.param("axis");
                int edge = (int) (long) (Long) c.param("edge_order");
                Double spacing = (Double) c.param("spacing");
                if (in.size() > 1) {
                    yield pick(Np.gradient(x, new Tensor[] {in.get(1)}, new int[] {axis}, edge), 0);
                }
                yield spacing == null && edge == 1 ? Np.gradient(x, axis) : Np.gradient(x, spacing == null ? 1.0 : spacing, axis, edge);
            }
            case "ediff1d" -> {
                long ends = (Long) c.param("ends");
                if (ends == 0) {
                    yield Np.ediff1d(x);
                }
                Tensor toEnd = (ends & 1) != 0 ? in.get(1) : null;
                Tensor toBegin = (ends & 2) != 0 ? in.getLast() : null;
                yield Np.ediff1d(x, toEnd, toBegin);
            }
            case "trapezoid" -> {
                int axis = (Integer) c.param("axis");
                yield in.size() > 1 ? Np.trapezoid(x, in.get(1), axis) : Np.trapezoid(x, (Double) c.param("dx"), axis);
            }
            case "unwrap" -> {
                int axis = (Integer) c.param("axis");
                double discont = c.param("discont") == null ? Double.NaN : (Double) c.param("discont");
                Object period = c.param("period");
                yield period instanceof Long l ? Np.unwrap(x, discont, axis, (long) l)
                        : Np.unwrap(x, discont, axis, period == null ? 2 * Math.PI : (Double) period);
            }
            case "polyadd" -> Np.polyadd(x, in.get(1));
            case "polysub" -> Np.polysub(x, in.get(1));
            case "polymul" -> Np.polymul(x, in.get(1));
            case "polydiv" -> pick(Np.polydiv(x, in.get(1)), (Integer) c.param("part"));
            case "polyder" -> Np.polyder(x, (int) (long) (Long) c.param("m"));
            case "polyint" -> Np.polyint(x, (int) (long) (Long) c.param("m"));
            case "polyval" -> in.get(1) == null ? Np.polyval(x, (Double) c.param("x")) : Np.polyval(x, in.get(1));
            case "poly" -> Np.poly(x);
            case "roots" -> {
                try (Tensor r = Np.roots(x)) {
                    yield Np.sort(r);
                }
            }
            case "polyfit" -> Np.polyfit(x, in.get(1), (int) (long) (Long) c.param("deg"));
            case "vander" -> c.param("N") == null && (x.ndim() != 1 || !(Boolean) c.param("increasing")) ? Np.vander(x)
                    : c.param("N") == null ? Np.vander(x, x.shape()[0], true)
                    : Np.vander(x, (Long) c.param("N"), (Boolean) c.param("increasing"));
            case "bartlett" -> Np.bartlett((Long) c.param("M"));
            case "blackman" -> Np.blackman((Long) c.param("M"));
            case "hamming" -> Np.hamming((Long) c.param("M"));
            case "hanning" -> Np.hanning((Long) c.param("M"));
            case "kaiser" -> Np.kaiser((Long) c.param("M"), (Double) c.param("beta"));
            case "i0" -> Np.i0(x);
            case "sinc" -> Np.sinc(x);
            case "real_if_close" -> Np.realIfClose(x, (Double) c.param("tol"));
            case "frexp" -> pick(Np.frexp(x), (Integer) c.param("part"));
            case "modf" -> pick(Np.modf(x), (Integer) c.param("part"));
            case "cov" -> {
                Long ddof = (Long) c.param("ddof");
                yield Np.cov(x, in.size() > 1 ? in.get(1) : null, (Boolean) c.param("rowvar"), (Boolean) c.param("bias"),
                        ddof == null ? null : (int) (long) ddof);
            }
            case "corrcoef" -> Np.corrcoef(x, in.size() > 1 ? in.get(1) : null, (Boolean) c.param("rowvar"));
            case "linspace" -> in.size() == 2
                    ? Np.linspace(x, in.get(1), (Long) c.param("num"), (Boolean) c.param("endpoint"), dtype(c),
                            (Integer) c.param("axis"))
                    : Np.linspace((Double) c.param("start"), (Double) c.param("stop"), (Long) c.param("num"),
                            (Boolean) c.param("endpoint"));
            case "logspace" -> Np.logspace((Double) c.param("start"), (Double) c.param("stop"), (Long) c.param("num"),
                    (Boolean) c.param("endpoint"), (Double) c.param("base"));
            case "geomspace" -> Np.geomspace((Double) c.param("start"), (Double) c.param("stop"), (Long) c.param("num"),
                    (Boolean) c.param("endpoint"));
            case "nan_to_num" -> c.param("nan") == null ? Np.nanToNum(x)
                    : Np.nanToNum(x, number(c.param("nan")), number(c.param("posinf")), number(c.param("neginf")));
            case "divmod" -> pick(Np.divmod(x, in.get(1)), (Integer) c.param("part"));
            case "float_power" -> Np.floatPower(x, in.get(1));
            case "isclose" -> c.param("rtol") == null && !(Boolean) c.param("equal_nan") ? Np.isclose(x, in.get(1))
                    : Np.isclose(x, in.get(1), rtol(c), atol(c), (Boolean) c.param("equal_nan"));
            case "allclose" -> bool(c.param("rtol") == null && !(Boolean) c.param("equal_nan") ? Np.allclose(x, in.get(1))
                    : Np.allclose(x, in.get(1), rtol(c), atol(c), (Boolean) c.param("equal_nan")));
            case "array_equal" -> bool(Np.arrayEqual(x, in.get(1), (Boolean) c.param("equal_nan")));
            case "array_equiv" -> bool(Np.arrayEquiv(x, in.get(1)));
            case "cumulative_sum" -> Np.cumulativeSum(x, (Integer) c.param("axis"), (Boolean) c.param("include_initial"));
            case "cumulative_prod" -> Np.cumulativeProd(x, (Integer) c.param("axis"), (Boolean) c.param("include_initial"));
            case "nancumsum" -> Np.nancumsum(x, (Integer) c.param("axis"), dtype(c), null);
            case "nancumprod" -> Np.nancumprod(x, (Integer) c.param("axis"), dtype(c), null);
            case "histogram2d", "histogramdd" -> {
                boolean two = c.op().equals("histogram2d");
                Tensor weights = (Boolean) c.param("weighted") ? in.getLast() : null;
                boolean density = (Boolean) c.param("density");
                Tensor[] h;
                if ((Boolean) c.param("edges")) {
                    List<Tensor> edges = in.subList(two ? 2 : 1, in.size() - (weights != null ? 1 : 0));
                    h = two ? Np.histogram2d(x, in.get(1), edges.get(0), edges.get(1), weights, density)
                            : Np.histogramdd(x, edges.toArray(Tensor[]::new), weights, density);
                } else {
                    long[] bins = (long[]) c.param("bins");
                    @SuppressWarnings("unchecked")
                    List<double[]> r = (List<double[]>) c.param("range");
                    double[][] range = r == null ? null : r.toArray(double[][]::new);
                    h = two ? Np.histogram2d(x, in.get(1), bins, range, weights, density)
                            : Np.histogramdd(x, bins, range, weights, density);
                }
                yield pick(h, (Integer) c.param("part"));
            }
            default -> throw new IllegalArgumentException("unknown numeric-family op " + c.op());
        };
    }

    private static double number(Object v) {
        return ((Number) v).doubleValue();
    }

    private static double rtol(RandomCase c) {
        return c.param("rtol") == null ? 1e-5 : (Double) c.param("rtol");
    }

    private static double atol(RandomCase c) {
        return c.param("atol") == null ? 1e-8 : (Double) c.param("atol");
    }

    private static DType dtype(RandomCase c) {
        return c.param("dtype") == null ? null : ReferenceData.dtype((String) c.param("dtype"));
    }

    /** A 0-d bool tensor (allclose, array_equal and array_equiv answer a Python bool). */
    private static Tensor bool(boolean b) {
        try (Tensor flat = Np.array(new boolean[] {b})) {
            return flat.reshape(new long[0]);
        }
    }

    /** {@code outputs[part]}, the others closed. */
    private static Tensor pick(Tensor[] outputs, int part) {
        for (int i = 0; i < outputs.length; i++) {
            if (i != part) {
                outputs[i].close();
            }
        }
        return outputs[part];
    }

    /**
     * The tolerance of a result of type {@code type}: exact where jtensor documents NumPy's bits; the
     * backend's cos, exp, sin or power bound (plus NumPy's own rounding) for the windows, i0, kaiser,
     * sinc, logspace, geomspace and float_power; the sum, cov and decomposition bounds with an error
     * scale ({@link #scales}) for trapezoid, cov, corrcoef, polymul, polyfit, roots and weighted
     * histograms.
     */
    static Tolerance tolerance(ConformanceSuite suite, RandomCase c, DType type) {
        if (!type.isFloatingPoint()) {
            return Tolerance.EXACT;
        }
        DType wide = type == DType.FLOAT16 ? DType.FLOAT32 : type;
        return switch (c.op()) {
            case "blackman", "hamming", "hanning" -> {
                long cos = suite.unaryTolerance(UnaryOp.COS, type).ulps();
                yield Tolerance.of(cos, cos + 1);
            }
            case "i0" -> {
                Tolerance t = Tolerance.ulps(suite.unaryTolerance(UnaryOp.EXP, wide).ulps() + 2);
                yield type == DType.FLOAT16 ? t.forFloat16() : t;
            }
            case "kaiser" -> Tolerance.ulps(2 * (suite.unaryTolerance(UnaryOp.EXP, type).ulps() + 2) + 1);
            case "sinc" -> {
                Tolerance sin = type == DType.FLOAT16 ? suite.unaryTolerance(UnaryOp.SIN, DType.FLOAT32).forFloat16()
                        : suite.unaryTolerance(UnaryOp.SIN, type);
                yield new Tolerance(sin.ulps() + 2, sin.epsScale(), sin.signedZeros(), sin.absoluteEps());
            }
            case "logspace", "float_power" -> RandomCaseRun.plus(suite.binaryTolerance(BinaryOp.POWER, type),
                    Tolerance.ulps(1));
            case "geomspace" -> RandomCaseRun.plus(suite.binaryTolerance(BinaryOp.POWER, type), Tolerance.of(1, 4));
            case "trapezoid" -> suite.reductionTolerance("sum", type);
            case "polymul" -> suite.linalgTolerance("dot", type);
            case "cov", "corrcoef", "polyfit", "roots" -> suite.linalgTolerance("decomposition", type);
            case "histogram2d", "histogramdd" -> Tolerance.of(1, 4);
            default -> Tolerance.EXACT;
        };
    }

    /**
     * The error scale of each element of a floating result: trapezoid n·max|d|·max|y| (d the spacings),
     * polymul min(len)·max|a|·max|b|, cov N·(2·max|x|)²/max(N - ddof, 1) (the deviations are at most
     * twice the largest value), corrcoef that over the smallest nonzero variance, polyfit
     * 1e4·(1 + max|y|) (small Vandermonde systems of distinct quarter steps), roots
     * Σ|p|/|p[0]|·4^(deg-1) (root separation at least 1/4), weighted histograms N²·max|w|, geomspace
     * |r|·(1 + ln(10)·max|log10 of the ends|) per element (a last-bit difference of the ends' log10,
     * magnified by 10^y); 0 for the others. From the finite inputs only.
     */
    static double[] scales(RandomCase c, Backend cpu, int size) {
        double[] r = new double[size];
        double s;
        try (var scope = Np.useBackend(cpu)) {
            List<double[]> v = new ArrayList<>();
            for (RandomCase.Operand o : c.inputs()) {
                if (o == null) {
                    v.add(new double[0]);
                    continue;
                }
                try (Tensor t = o.build(); Tensor f = t.astype(DType.FLOAT64)) {
                    v.add(f.toDoubleArray());
                }
            }
            s = switch (c.op()) {
                case "trapezoid" -> {
                    double dx = v.size() > 1 ? 2 * max(v.get(1)) : Math.abs((Double) c.param("dx"));
                    yield v.getFirst().length * dx * max(v.getFirst());
                }
                case "polymul" -> Math.min(v.get(0).length, v.get(1).length) * max(v.get(0)) * max(v.get(1));
                case "cov", "corrcoef" -> {
                    double m = 2 * Math.max(max(v.get(0)), v.size() > 1 ? max(v.get(1)) : 0);
                    long n = Math.max(v.get(0).length, 1);
                    Long ddof = (Long) c.param("ddof");
                    double scale = n * m * m / Math.max(1, n - (ddof == null ? 1 : ddof));
                    yield c.op().equals("cov") ? scale : scale / 0x1p-8 + 1;
                }
                case "polyfit" -> 1e4 * (1 + max(v.get(1)));
                case "roots" -> {
                    double[] p = v.getFirst();
                    int first = 0;
                    while (first < p.length && p[first] == 0) {
                        first++;
                    }
                    yield first == p.length ? 0 : Arrays.stream(p).map(Math::abs).sum() / Math.abs(p[first])
                            * Math.pow(4, Math.max(0, p.length - first - 2));
                }
                case "histogram2d", "histogramdd" -> (Boolean) c.param("weighted") && (Integer) c.param("part") == 0
                        ? max(v.getLast()) * v.getLast().length * v.getLast().length : 0;
                case "geomspace" -> {
                    // |r|·(1 + ln(10)·max|log10|): the magnification of a last-bit difference of the ends' log10
                    double start = Math.abs((Double) c.param("start"));
                    double stop = Math.abs((Double) c.param("stop"));
                    double magnification = 1 + Math.log(10) * Math.max(Math.abs(Math.log10(start)), Math.abs(Math.log10(stop)));
                    try (Tensor g = Np.geomspace((Double) c.param("start"), (Double) c.param("stop"), (Long) c.param("num"),
                            (Boolean) c.param("endpoint"))) {
                        double[] values = g.toDoubleArray();
                        for (int i = 0; i < size && i < values.length; i++) {
                            r[i] = Math.abs(values[i]) * magnification;
                        }
                    }
                    yield -1;
                }
                default -> 0;
            };
        } catch (RuntimeException e) {
            s = 0;
        }
        if (s >= 0) {
            Arrays.fill(r, s);
        }
        return r;
    }

    /** The largest finite |v| (0 when none). */
    private static double max(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).map(Math::abs).max().orElse(0);
    }
}
