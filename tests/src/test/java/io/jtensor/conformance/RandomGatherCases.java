package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.op.BinaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fuzzer's {@link RandomCase.Family#GATHER} family: index utilities, gathers, scatters, bit
 * packing and the small vector products, drawn, called and compared here.
 *
 * <p>Ops ({@link #OPS}) and their keywords in {@link RandomCase#params()} (NumPy's names): choose
 * (the index array first, then the choices; {@code mode}), compress (condition first;
 * {@code axis}), extract, select (conditions then choices, counted by {@code conditions};
 * {@code default} a number, or the last operand when {@code default_operand}), piecewise
 * (constants in {@code funclist}, conditions as operands), take_along_axis and put_along_axis
 * ({@code axis}; put's destination compared whole afterwards), fill_diagonal ({@code wrap}; the
 * value an operand or the number {@code val}), diag_indices ({@code n}, {@code ndim}),
 * diag_indices_from, tril/triu_indices ({@code n}, {@code k}, {@code m}), tril/triu_indices_from
 * ({@code k}), mask_indices ({@code n}, {@code mask_func} triu or tril, {@code k}),
 * ravel_multi_index ({@code dims}, {@code mode}), unravel_index ({@code shape}), ix_, flatnonzero,
 * meshgrid ({@code indexing}), packbits ({@code axis}, {@code bitorder}), unpackbits ({@code axis},
 * {@code count}, {@code bitorder}), diagflat ({@code k}), the ufunc methods {@code at} and
 * {@code accumulate} ({@code ufunc}: add, multiply, maximum, minimum; at's destination compared
 * whole), matrix_transpose, permute_dims ({@code axes}), matvec, vecmat, vecdot ({@code axis}),
 * multi_dot, vector_norm ({@code ord}, {@code axis}, {@code keepdims}) and matrix_norm ({@code ord},
 * {@code keepdims}). An op with several outputs compares output {@code part}. Arguments NumPy
 * refuses are drawn too (out-of-range indices in raise mode, bad modes, axes, bitorders and
 * indexing, float index arrays, conditions of the wrong shape or type, lists of different lengths).
 *
 * <p>Everything is compared bit for bit except the norms (the suite's norm bound with an error
 * scale) and the products, which draw small integer-valued operands whose sums every order gets
 * exactly, but not the sign of a zero sum (not compared). The singular-value norms (ord ±2,
 * 'nuc') draw finite values: NumPy's SVD of Inf or NaN gives NaN or raises, as LAPACK goes.
 */
final class RandomGatherCases {

    private RandomGatherCases() {
    }

    /** The family's ops, drawn uniformly. */
    static final String[] OPS = {"choose", "compress", "extract", "select", "piecewise", "take_along_axis",
        "put_along_axis", "fill_diagonal", "diag_indices", "diag_indices_from", "tril_indices", "triu_indices",
        "tril_indices_from", "triu_indices_from", "mask_indices", "ravel_multi_index", "unravel_index", "ix_",
        "flatnonzero", "meshgrid", "packbits", "unpackbits", "diagflat", "at", "accumulate", "matrix_transpose",
        "permute_dims", "matvec", "vecmat", "vecdot", "multi_dot", "vector_norm", "matrix_norm"};

    private static final String[] UFUNCS = {"add", "multiply", "maximum", "minimum"};
    private static final DType[] INDEX_TYPES = {DType.INT64, DType.INT64, DType.INT32, DType.INT8, DType.UINT8,
        DType.INT16, DType.UINT32};

    /** Draws one case of the family with {@code d}'s generator. */
    static RandomCase draw(RandomCase.Drawer d) {
        String op = OPS[d.random.nextInt(OPS.length)];
        SortedMap<String, Object> params = new TreeMap<>();
        List<RandomCase.Operand> inputs = new ArrayList<>();
        switch (op) {
            case "choose" -> {
                long[] shape = d.shape(0);
                int n = d.random.nextInt(30) == 0 ? 0 : 1 + d.random.nextInt(4);
                DType ta = d.random.nextInt(15) == 0 ? DType.FLOAT64 : d.random.nextInt(10) == 0 ? DType.BOOL
                        : INDEX_TYPES[d.random.nextInt(INDEX_TYPES.length)];
                // mostly valid choices; some -1 and n for the modes to act on
                long lo = d.random.nextInt(4) == 0 ? -1 : 0;
                long hi = n + (d.random.nextInt(4) == 0 ? 1 : 0);
                inputs.add(indices(d, ta, d.broadcastSource(shape), lo, Math.max(hi, lo + 1), 0, n));
                DType tc = d.dtype();
                for (int i = 0; i < n; i++) {
                    inputs.add(d.operand(d.random.nextInt(3) == 0 ? d.dtype() : tc, d.broadcastSource(shape), false));
                }
                params.put("mode", pick(d, new String[] {"raise", "wrap", "clip"}, "bogus"));
            }
            case "compress" -> {
                long[] shape = d.shape(0);
                int n = shape.length;
                Integer axis = n == 0 || d.random.nextInt(4) == 0 ? null
                        : d.random.nextInt(20) == 0 ? n : d.signedAxis(d.random.nextInt(n), n);
                long length = axis == null ? size(shape) : axis < n && axis >= -n ? shape[Math.floorMod(axis, n)] : 1;
                long clength = Math.max(0, length + d.random.nextInt(-2, 3));
                DType tc = d.random.nextInt(3) == 0 ? d.dtype() : DType.BOOL;
                long[] cshape = d.random.nextInt(20) == 0 ? new long[] {1, clength} : new long[] {clength};
                RandomCase.Operand cond = d.operand(tc, cshape, List.of(), true);
                if (cond.ints() != null && clength > length && d.random.nextBoolean()) {
                    // mostly zeros past the axis, which NumPy takes
                    for (int i = (int) length; i < cond.ints().length; i++) {
                        cond.ints()[i] = 0;
                    }
                }
                inputs.add(cond);
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("axis", axis);
            }
            case "extract" -> {
                long[] shape = d.shape(0);
                long[] cshape = d.random.nextInt(4) == 0 ? d.shape(0) : shape;
                inputs.add(d.operand(d.random.nextInt(3) == 0 ? d.dtype() : DType.BOOL, cshape, false));
                inputs.add(d.operand(d.dtype(), shape, false));
            }
            case "select" -> {
                long[] shape = d.shape(0);
                int k = d.random.nextInt(25) == 0 ? 0 : 1 + d.random.nextInt(3);
                int choices = d.random.nextInt(20) == 0 ? k + 1 : k;
                for (int i = 0; i < k; i++) {
                    inputs.add(d.operand(d.random.nextInt(15) == 0 ? DType.INT32 : DType.BOOL, d.broadcastSource(shape),
                            false));
                }
                DType tc = d.dtype();
                for (int i = 0; i < choices; i++) {
                    inputs.add(d.operand(d.random.nextInt(3) == 0 ? d.dtype() : tc, d.broadcastSource(shape), false));
                }
                params.put("conditions", k);
                int form = d.random.nextInt(4);
                params.put("default_operand", form == 3);
                if (form == 1) {
                    params.put("default", (long) d.random.nextInt(-5, 6));
                } else if (form == 2) {
                    params.put("default", d.floatValue());
                } else if (form == 3) {
                    inputs.add(d.operand(d.dtype(), d.broadcastSource(shape), false));
                }
            }
            case "piecewise" -> {
                long[] shape = d.shape(0);
                inputs.add(d.operand(d.dtype(), shape, false));
                int k = 1 + d.random.nextInt(3);
                for (int i = 0; i < k; i++) {
                    long[] cshape = d.random.nextInt(20) == 0 ? d.shape(0) : shape;
                    inputs.add(d.operand(d.random.nextInt(6) == 0 ? d.dtype() : DType.BOOL, cshape, false));
                }
                int funcs = d.random.nextInt(20) == 0 ? k + 2 : k + d.random.nextInt(2);
                List<Object> constants = new ArrayList<>();
                for (int i = 0; i < funcs; i++) {
                    int kind = d.random.nextInt(8);
                    constants.add(kind == 0 ? (Object) d.random.nextBoolean()
                            : kind < 4 ? (Object) (long) d.random.nextInt(-200, 201)
                            : kind == 4 ? (Object) d.floatValue() : (Object) (d.random.nextInt(-12, 13) * 0.25));
                }
                params.put("funclist", constants);
            }
            case "take_along_axis", "put_along_axis" -> {
                boolean put = op.equals("put_along_axis");
                long[] shape = d.shape(put ? 0 : 1);
                int n = shape.length;
                Integer axis = put && (n == 0 || d.random.nextInt(5) == 0) ? null
                        : n == 0 ? 0 : d.random.nextInt(25) == 0 ? n : d.signedAxis(d.random.nextInt(n), n);
                long[] ishape;
                long length;
                if (axis == null) {
                    ishape = new long[] {d.random.nextInt(5)};
                    length = size(shape);
                } else {
                    ishape = new long[d.random.nextInt(25) == 0 ? n + 1 : n];
                    int a = n == 0 ? 0 : Math.floorMod(axis, n);
                    for (int i = 0; i < ishape.length; i++) {
                        ishape[i] = i == a ? d.random.nextInt(4) : i < n && d.random.nextInt(3) != 0 ? shape[i] : 1;
                    }
                    length = n == 0 || axis >= n || axis < -n ? 1 : shape[a];
                }
                DType ti = d.random.nextInt(20) == 0 ? DType.FLOAT32 : INDEX_TYPES[d.random.nextInt(INDEX_TYPES.length)];
                inputs.add(destination(d, d.dtype(), shape, put));
                inputs.add(indices(d, ti, ishape, -length, length, 10, length));
                if (put) {
                    inputs.add(d.operand(d.random.nextInt(3) == 0 ? inputs.getFirst().dtype() : d.dtype(),
                            d.broadcastSource(ishape), false));
                }
                params.put("axis", axis);
            }
            case "fill_diagonal" -> {
                int form = d.random.nextInt(20);
                long m = d.random.nextInt(5);
                long[] shape = form == 0 ? new long[] {m} : form < 3 ? new long[] {m, m, m}
                        : form == 3 ? new long[] {m, m + 1, m} : new long[] {d.random.nextInt(7), m};
                inputs.add(destination(d, d.dtype(), shape, true));
                int value = d.random.nextInt(3);
                if (value == 0) {
                    params.put("val", d.floatValue());
                } else if (value == 1) {
                    params.put("val", d.random.nextInt(10) == 0 ? d.intValue(DType.INT64, false)
                            : (long) d.random.nextInt(-300, 301));
                } else {
                    inputs.add(d.operand(d.dtype(), new long[] {d.random.nextInt(5)}, false));
                }
                params.put("wrap", d.random.nextBoolean());
            }
            case "diag_indices" -> {
                inputs.add(null);
                params.put("n", (long) d.random.nextInt(5));
                int ndim = 1 + d.random.nextInt(3);
                params.put("ndim", ndim);
                params.put("part", d.random.nextInt(ndim));
            }
            case "diag_indices_from" -> {
                int form = d.random.nextInt(8);
                long m = d.random.nextInt(5);
                long[] shape = form == 0 ? d.shape(0) : form < 3 ? new long[] {m, m, m} : new long[] {m, m};
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("part", d.random.nextInt(Math.max(shape.length, 1)));
            }
            case "tril_indices", "triu_indices" -> {
                inputs.add(null);
                params.put("n", (long) d.random.nextInt(-1, 5));
                params.put("k", (long) d.random.nextInt(-5, 6));
                if (d.random.nextBoolean()) {
                    params.put("m", (long) d.random.nextInt(-1, 6));
                }
                params.put("part", d.random.nextInt(2));
            }
            case "tril_indices_from", "triu_indices_from" -> {
                long[] shape = d.random.nextInt(8) == 0 ? d.shape(0) : new long[] {d.random.nextInt(5), d.random.nextInt(5)};
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("k", (long) d.random.nextInt(-5, 6));
                params.put("part", d.random.nextInt(2));
            }
            case "mask_indices" -> {
                inputs.add(null);
                params.put("n", (long) d.random.nextInt(d.random.nextInt(15) == 0 ? -1 : 0, 5));
                params.put("mask_func", d.random.nextBoolean() ? "triu" : "tril");
                params.put("k", (long) d.random.nextInt(-4, 5));
                params.put("part", d.random.nextInt(2));
            }
            case "ravel_multi_index" -> {
                long[] dims = new long[1 + d.random.nextInt(3)];
                for (int i = 0; i < dims.length; i++) {
                    dims[i] = d.random.nextInt(20) == 0 ? 0 : 1 + d.random.nextInt(4);
                }
                int count = d.random.nextInt(20) == 0 ? dims.length + (d.random.nextBoolean() ? 1 : -1) : dims.length;
                long[] common = d.shape(0);
                for (int i = 0; i < count; i++) {
                    long dim = i < dims.length ? dims[i] : 2;
                    DType t = d.random.nextInt(25) == 0 ? DType.FLOAT64 : INDEX_TYPES[d.random.nextInt(INDEX_TYPES.length)];
                    inputs.add(indices(d, t, d.broadcastSource(common), d.random.nextInt(6) == 0 ? -2 : 0,
                            dim + (d.random.nextInt(6) == 0 ? 2 : 0), 10, dim));
                }
                params.put("dims", dims);
                params.put("mode", pick(d, new String[] {"raise", "wrap", "clip"}, "bogus"));
            }
            case "unravel_index" -> {
                long[] shape = new long[1 + d.random.nextInt(3)];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = d.random.nextInt(20) == 0 ? 0 : 1 + d.random.nextInt(4);
                }
                long size = size(shape);
                DType t = d.random.nextInt(25) == 0 ? DType.FLOAT64 : INDEX_TYPES[d.random.nextInt(INDEX_TYPES.length)];
                inputs.add(indices(d, t, d.shape(0), 0, size, 10, size));
                params.put("shape", shape);
                params.put("part", d.random.nextInt(shape.length));
            }
            case "ix_" -> {
                int k = 1 + d.random.nextInt(3);
                for (int i = 0; i < k; i++) {
                    long[] s = d.random.nextInt(20) == 0 ? d.shape(0) : new long[] {d.random.nextInt(5)};
                    DType t = d.random.nextInt(3) == 0 ? DType.BOOL : INDEX_TYPES[d.random.nextInt(INDEX_TYPES.length)];
                    inputs.add(d.operand(t, s, false));
                }
                params.put("part", d.random.nextInt(k));
            }
            case "flatnonzero", "diagflat", "matrix_transpose" -> {
                inputs.add(d.operand(d.dtype(), d.shape(op.equals("matrix_transpose") && d.random.nextInt(10) != 0 ? 2 : 0),
                        false));
                if (op.equals("diagflat")) {
                    params.put("k", (long) d.random.nextInt(-4, 5));
                }
            }
            case "meshgrid" -> {
                int k = 1 + d.random.nextInt(3);
                for (int i = 0; i < k; i++) {
                    long[] s = d.random.nextInt(5) == 0 ? d.shape(0) : new long[] {d.random.nextInt(4)};
                    if (size(s) > 6) {
                        s = new long[] {d.random.nextInt(4)};
                    }
                    inputs.add(d.operand(d.dtype(), s, false));
                }
                params.put("indexing", pick(d, new String[] {"xy", "ij"}, "yx"));
                params.put("part", d.random.nextInt(k));
            }
            case "packbits", "unpackbits" -> {
                boolean unpack = op.equals("unpackbits");
                long[] shape = d.shape(0);
                int n = shape.length;
                DType t = unpack ? (d.random.nextInt(12) == 0 ? d.dtype() : DType.UINT8)
                        : d.random.nextInt(15) == 0 ? DType.FLOAT32 : d.random.nextInt(3) == 0 ? DType.BOOL
                        : d.random.nextInt(2) == 0 ? DType.UINT8 : d.dtype();
                if (!unpack && t.isFloatingPoint() && d.random.nextInt(15) != 0) {
                    t = DType.INT32;
                }
                inputs.add(d.operand(t, shape, false));
                params.put("axis", d.random.nextInt(3) == 0 ? null : d.random.nextInt(25) == 0 ? Math.max(n, 1)
                        : n == 0 ? 0 : d.signedAxis(d.random.nextInt(n), n));
                params.put("bitorder", pick(d, new String[] {"big", "little"}, "middle"));
                if (unpack && d.random.nextBoolean()) {
                    params.put("count", (long) d.random.nextInt(-12, 14));
                }
            }
            case "at" -> {
                String ufunc = UFUNCS[d.random.nextInt(UFUNCS.length)];
                long[] shape = d.random.nextInt(25) == 0 ? new long[0] : d.shape(1);
                long length = shape.length == 0 ? 1 : shape[0];
                inputs.add(destination(d, d.dtype(), shape, true));
                long[] ishape = d.random.nextInt(4) == 0 ? d.shape(0) : new long[] {d.random.nextInt(6)};
                if (size(ishape) > 16) {
                    ishape = new long[] {d.random.nextInt(6)};
                }
                RandomCase.Operand idx = d.random.nextInt(10) == 0
                        ? d.operand(DType.BOOL, new long[] {d.random.nextInt(12) == 0 ? length + 1 : length}, false)
                        : indices(d, d.random.nextInt(25) == 0 ? DType.FLOAT64 : INDEX_TYPES[d.random.nextInt(
                                INDEX_TYPES.length)], ishape, -length, length, 15, length);
                inputs.add(idx);
                long[] bshape = RandomCase.Drawer.concat(idx.dtype() == DType.BOOL ? new long[] {-1} : ishape,
                        Arrays.copyOfRange(shape, Math.min(1, shape.length), shape.length));
                if (idx.dtype() == DType.BOOL) {
                    bshape[0] = Arrays.stream(idx.ints()).filter(v -> v != 0).count();
                    if (!idx.views().isEmpty()) {
                        bshape = new long[0];
                    }
                }
                inputs.add(d.operand(d.random.nextInt(3) == 0 ? inputs.getFirst().dtype() : d.dtype(),
                        d.broadcastSource(bshape), false));
                params.put("ufunc", ufunc);
            }
            case "accumulate" -> {
                long[] shape = d.shape(d.random.nextInt(20) == 0 ? 0 : 1);
                int n = shape.length;
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("ufunc", UFUNCS[d.random.nextInt(UFUNCS.length)]);
                params.put("axis", n == 0 ? 0 : d.random.nextInt(25) == 0 ? n : d.signedAxis(d.random.nextInt(n), n));
            }
            case "permute_dims" -> {
                long[] shape = d.shape(0);
                int n = shape.length;
                int[] perm = d.permutation(n);
                int form = d.random.nextInt(12);
                if (form == 0 && n > 0) {
                    perm[d.random.nextInt(n)] = perm[(d.random.nextInt(n))];
                } else if (form == 1) {
                    perm = Arrays.copyOf(perm, n + 1);
                    perm[n] = n;
                } else {
                    for (int i = 0; i < n; i++) {
                        perm[i] = d.signedAxis(perm[i], n);
                    }
                }
                inputs.add(d.operand(d.dtype(), shape, false));
                params.put("axes", perm);
            }
            case "matvec", "vecmat", "vecdot" -> {
                long k = d.random.nextInt(5);
                long m = d.random.nextInt(4);
                long[] batch = d.random.nextBoolean() ? new long[0] : new long[] {d.random.nextInt(3)};
                long[] mat = op.equals("matvec") ? new long[] {m, k} : new long[] {k, m};
                long[] sa = op.equals("vecdot") ? RandomCase.Drawer.concat(batch, new long[] {k})
                        : d.random.nextInt(20) == 0 ? new long[] {k} : RandomCase.Drawer.concat(batch, mat);
                long[] sv = RandomCase.Drawer.concat(d.random.nextBoolean() ? batch : new long[0],
                        new long[] {d.random.nextInt(20) == 0 ? k + 1 : k});
                DType ta = d.dtype();
                RandomCase.Operand a = d.withView(d.operand(ta, sa, List.of(), true));
                RandomCase.Operand v = d.withView(d.operand(d.random.nextInt(3) == 0 ? ta : d.dtype(), sv, List.of(), true));
                inputs.add(op.equals("vecmat") ? v : a);
                inputs.add(op.equals("vecmat") ? a : v);
                if (op.equals("vecdot") && d.random.nextInt(3) == 0) {
                    params.put("axis", d.random.nextInt(8) == 0 ? -3 : -1);
                }
            }
            case "multi_dot" -> {
                int count = 2 + d.random.nextInt(3);
                long[] dims = new long[count + 1];
                for (int i = 0; i <= count; i++) {
                    dims[i] = d.random.nextInt(4);
                }
                DType t = d.dtype();
                for (int i = 0; i < count; i++) {
                    long[] s = {dims[i], d.random.nextInt(20) == 0 ? dims[i + 1] + 1 : dims[i + 1]};
                    if ((i == 0 || i == count - 1) && d.random.nextInt(3) == 0) {
                        s = new long[] {i == 0 ? s[1] : s[0]};
                    }
                    inputs.add(d.withView(d.operand(d.random.nextInt(3) == 0 ? t : d.dtype(), s, List.of(), true)));
                }
            }
            case "vector_norm" -> {
                long[] shape = d.shape(0);
                int n = shape.length;
                inputs.add(d.operand(d.dtype(), shape, d.random.nextInt(4) != 0));
                params.put("ord", new double[] {2, 1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 3, -1, 0.5}[
                        d.random.nextInt(8)]);
                if (n > 0 && d.random.nextBoolean()) {
                    List<Integer> chosen = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (d.random.nextBoolean()) {
                            chosen.add(d.signedAxis(i, n));
                        }
                    }
                    if (d.random.nextInt(20) == 0) {
                        chosen.add(n);
                    }
                    params.put("axis", chosen.stream().mapToInt(Integer::intValue).toArray());
                }
                params.put("keepdims", d.random.nextBoolean());
            }
            case "matrix_norm" -> {
                long[] shape = d.shape(d.random.nextInt(10) == 0 ? 0 : 2);
                Object[] ords = {"fro", "nuc", 1.0, -1.0, 2.0, -2.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.0};
                Object ord = ords[d.random.nextInt(ords.length)];
                // NumPy's SVD of Inf or NaN gives NaN or raises, as LAPACK goes: finite values for ±2 and 'nuc'
                boolean singular = "nuc".equals(ord) || (ord instanceof Double o && Math.abs(o) == 2);
                inputs.add(d.operand(d.dtype(), shape, singular || d.random.nextInt(4) != 0));
                params.put("ord", ord);
                params.put("keepdims", d.random.nextBoolean());
            }
            default -> throw new IllegalStateException(op);
        }
        // a null input (the index functions without an array) is skipped by RandomCaseRun
        return new RandomCase(d.seed, RandomCase.Family.GATHER, op, Collections.unmodifiableList(inputs), null, null,
                null, false, 0, List.of(), params);
    }

    /** One of {@code valid}, or one time in twenty {@code invalid}. */
    private static String pick(RandomCase.Drawer d, String[] valid, String invalid) {
        return d.random.nextInt(20) == 0 ? invalid : valid[d.random.nextInt(valid.length)];
    }

    private static long size(long[] shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    /**
     * Index values of type {@code t} in {@code [lo, hi)} (an unsigned type's from 0; bool 0/1),
     * one time in {@code outside} (0: never) one of them just past {@code [-length, length)}; a
     * view of another base sometimes.
     */
    private static RandomCase.Operand indices(RandomCase.Drawer d, DType t, long[] shape, long lo, long hi, int outside,
                                              long length) {
        long[] values = indexValues(d, t, size(shape), lo, hi, outside, length);
        if (t.isFloatingPoint()) {
            return d.withView(new RandomCase.Operand(t, shape, Arrays.stream(values).asDoubleStream().toArray(), null,
                    List.of()));
        }
        RandomCase.Operand plain = new RandomCase.Operand(t, shape, null, values, List.of());
        if (d.random.nextInt(4) != 0) {
            return plain;
        }
        // the view's base gets index values too (withView draws any values of the type, and NumPy's
        // choose(mode='wrap') takes time proportional to an index's magnitude)
        RandomCase.Operand view = d.withView(plain);
        return view == plain ? plain : new RandomCase.Operand(t, view.baseShape(), null,
                indexValues(d, t, size(view.baseShape()), lo, hi, outside, length), view.views());
    }

    private static long[] indexValues(RandomCase.Drawer d, DType t, long size, long lo, long hi, int outside,
                                      long length) {
        long[] values = new long[(int) size];
        // an unsigned type's negative values would wrap past the end
        long low = t.isFloatingPoint() || t == DType.BOOL || t.minValue() < 0 ? lo : Math.max(lo, 0);
        for (int i = 0; i < values.length; i++) {
            values[i] = hi > low ? d.random.nextLong(low, hi) : 0;
        }
        if (values.length > 0 && outside > 0 && d.random.nextInt(outside) == 0) {
            values[d.random.nextInt(values.length)] = d.random.nextBoolean() ? length : -length - 1;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = t == DType.BOOL ? Math.floorMod(values[i], 2) : t.wrap(values[i]);
        }
        return values;
    }

    /** A destination written in place: a transposed or sliced view sometimes, a read-only broadcast one rarely. */
    private static RandomCase.Operand destination(RandomCase.Drawer d, DType t, long[] shape, boolean written) {
        RandomCase.Operand x = d.operand(t, shape, false);
        if (written && x.views().stream().anyMatch(v -> v instanceof RandomCase.Broadcast) && d.random.nextInt(6) != 0) {
            return d.operand(t, shape, List.of(), false);
        }
        return x;
    }

    /** Calls the case's op; outputs not compared are closed here, in-place ops give their destination. */
    static Tensor call(RandomCase c, List<Tensor> in) {
        Tensor x = in.get(0);
        return switch (c.op()) {
            case "choose" -> Np.choose(x, in.subList(1, in.size()).toArray(Tensor[]::new), (String) c.param("mode"));
            case "compress" -> c.param("axis") == null ? Np.compress(x, in.get(1))
                    : Np.compress(x, in.get(1), (Integer) c.param("axis"));
            case "extract" -> Np.extract(x, in.get(1));
            case "select" -> {
                int k = (Integer) c.param("conditions");
                boolean tensorDefault = (Boolean) c.param("default_operand");
                Tensor[] conditions = in.subList(0, k).toArray(Tensor[]::new);
                Tensor[] choices = in.subList(k, tensorDefault ? in.size() - 1 : in.size()).toArray(Tensor[]::new);
                yield tensorDefault ? Np.select(conditions, choices, in.getLast())
                        : c.param("default") instanceof Long l ? Np.select(conditions, choices, l)
                        : c.param("default") instanceof Double v ? Np.select(conditions, choices, v)
                        : Np.select(conditions, choices);
            }
            case "piecewise" -> Np.piecewise(x, in.subList(1, in.size()).toArray(Tensor[]::new),
                    (List<?>) c.param("funclist"));
            case "take_along_axis" -> Np.takeAlongAxis(x, in.get(1), (Integer) c.param("axis"));
            case "put_along_axis" -> {
                Np.putAlongAxis(x, in.get(1), in.get(2), (Integer) c.param("axis"));
                yield x;
            }
            case "fill_diagonal" -> {
                boolean wrap = (Boolean) c.param("wrap");
                switch (c.param("val")) {
                    case Double v -> Np.fillDiagonal(x, v, wrap);
                    case Long v -> Np.fillDiagonal(x, v, wrap);
                    case null, default -> Np.fillDiagonal(x, in.get(1), wrap);
                }
                yield x;
            }
            case "diag_indices" -> part(c, Np.diagIndices((Long) c.param("n"), (Integer) c.param("ndim")));
            case "diag_indices_from" -> part(c, Np.diagIndicesFrom(x));
            case "tril_indices", "triu_indices" -> {
                long n = (Long) c.param("n");
                long k = (Long) c.param("k");
                long m = c.param("m") == null ? n : (Long) c.param("m");
                yield part(c, c.op().startsWith("tril") ? Np.trilIndices(n, k, m) : Np.triuIndices(n, k, m));
            }
            case "tril_indices_from" -> part(c, Np.trilIndicesFrom(x, (Long) c.param("k")));
            case "triu_indices_from" -> part(c, Np.triuIndicesFrom(x, (Long) c.param("k")));
            case "mask_indices" -> part(c, Np.maskIndices((Long) c.param("n"),
                    c.param("mask_func").equals("triu") ? Np::triu : Np::tril, (Long) c.param("k")));
            case "ravel_multi_index" -> Np.ravelMultiIndex(in.toArray(Tensor[]::new), (long[]) c.param("dims"),
                    (String) c.param("mode"));
            case "unravel_index" -> part(c, Np.unravelIndex(x, (long[]) c.param("shape")));
            case "ix_" -> part(c, Np.ix(in.toArray(Tensor[]::new)));
            case "flatnonzero" -> Np.flatnonzero(x);
            case "meshgrid" -> part(c, Np.meshgrid(in.toArray(Tensor[]::new), (String) c.param("indexing")));
            case "packbits" -> Np.packbits(x, (Integer) c.param("axis"), (String) c.param("bitorder"));
            case "unpackbits" -> Np.unpackbits(x, (Integer) c.param("axis"), (Long) c.param("count"),
                    (String) c.param("bitorder"));
            case "diagflat" -> Np.diagflat(x, (Long) c.param("k"));
            case "at" -> {
                Np.at(ufunc(c), x, in.get(1), in.get(2));
                yield x;
            }
            case "accumulate" -> Np.accumulate(ufunc(c), x, (Integer) c.param("axis"));
            case "matrix_transpose" -> Np.matrixTranspose(x);
            case "permute_dims" -> Np.permuteDims(x, (int[]) c.param("axes"));
            case "matvec" -> Np.matvec(x, in.get(1));
            case "vecmat" -> Np.vecmat(x, in.get(1));
            case "vecdot" -> c.param("axis") == null ? Np.vecdot(x, in.get(1)) : Np.vecdot(x, in.get(1),
                    (Integer) c.param("axis"));
            case "multi_dot" -> Np.multiDot(in.toArray(Tensor[]::new));
            case "vector_norm" -> Np.vectorNorm(x, (Double) c.param("ord"), (int[]) c.param("axis"),
                    (Boolean) c.param("keepdims"));
            case "matrix_norm" -> c.param("ord") instanceof String s ? Np.matrixNorm(x, s, (Boolean) c.param("keepdims"))
                    : Np.matrixNorm(x, (Double) c.param("ord"), (Boolean) c.param("keepdims"));
            default -> throw new IllegalArgumentException("unknown gather-family op " + c.op());
        };
    }

    private static BinaryOp ufunc(RandomCase c) {
        return switch ((String) c.param("ufunc")) {
            case "add" -> BinaryOp.ADD;
            case "multiply" -> BinaryOp.MULTIPLY;
            case "maximum" -> BinaryOp.MAXIMUM;
            default -> BinaryOp.MINIMUM;
        };
    }

    /** Output {@code part} of a multi-output op, the others closed (the extra family's too). */
    static Tensor part(RandomCase c, Tensor[] outputs) {
        int part = (Integer) c.param("part");
        for (int i = 0; i < outputs.length; i++) {
            if (i != part) {
                outputs[i].close();
            }
        }
        if (part >= outputs.length) {
            throw new AssertionError(c + ": " + outputs.length + " outputs, no part " + part);
        }
        return outputs[part];
    }

    /**
     * Exact, except the norms (the suite's norm bound with {@link #scales}), the products, whose
     * small integer-valued sums are exact but whose zero signs depend on the order of the sum
     * (the suite's dot bound, which leaves the sign of zero unchecked), and the zero signs of a
     * float16 maximum/minimum accumulate (NumPy's float16 loop keeps the running value of a tie).
     */
    static Tolerance tolerance(ConformanceSuite suite, RandomCase c, DType type) {
        return switch (c.op()) {
            case "vector_norm", "matrix_norm" -> suite.linalgTolerance("norm", type);
            case "matvec", "vecmat", "vecdot", "multi_dot" -> suite.linalgTolerance("dot", type);
            // NumPy 2.4's float16 loop keeps the running zero of a tie, its float32/64 loops the element (README)
            case "accumulate" -> type == DType.FLOAT16 && !c.param("ufunc").equals("add")
                    && !c.param("ufunc").equals("multiply") ? Tolerance.EXACT.ignoringZeroSign() : Tolerance.EXACT;
            default -> Tolerance.EXACT;
        };
    }

    /**
     * The error scale of each element: for the norms n·(B + 1), B a bound of the norm from the
     * finite base values (they bound the view's): max|x|·n^(1/ord) for 0 &lt; ord &lt; 1 (a power
     * sum's root magnifies its relative error), max|x|·n otherwise, plus n²·max|x| for the
     * singular-value ords; 0 (bit for bit) for the others.
     */
    static double[] scales(RandomCase c, int size) {
        double[] s = new double[size];
        if (!c.op().endsWith("_norm")) {
            return s;
        }
        RandomCase.Operand x = c.inputs().getFirst();
        double[] values = x.floats() != null ? x.floats() : Arrays.stream(x.ints()).asDoubleStream().toArray();
        double max = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).max().orElse(0);
        double n = Math.max(1, values.length);
        Object ord = c.param("ord");
        boolean singular = "nuc".equals(ord) || (ord instanceof Double o && Math.abs(o) == 2 && c.op().equals("matrix_norm"));
        double bound = max * (ord instanceof Double p && p > 0 && p < 1 ? Math.pow(n, 1 / p) : n);
        Arrays.fill(s, n * (bound + 1) + (singular ? n * n * max : 0));
        return s;
    }
}
