package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Float16;
import io.jtensor.Index;
import io.jtensor.Np;
import io.jtensor.Slice;
import io.jtensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The {@link RandomCase.Family#LINALG} family of the fuzzer: contractions (dot, vdot, inner, outer,
 * tensordot, einsum, kron, trace, cross, multi_dot), numpy.linalg (matrix_power, det, slogdet, inv,
 * solve, norm, cond with every p, pinv with rcond, rtol and hermitian, lstsq with rcond, matrix_rank
 * with tol, rtol and hermitian, cholesky with upper, qr with its four modes, svd with compute_uv,
 * full_matrices and hermitian, svdvals, eigh and eigvalsh with UPLO, eig, eigvals, tensorinv,
 * tensorsolve), convolve, correlate and interp, compared with NumPy 2.4 by
 * {@code tests/reference/random_cases_linalg.py}.
 *
 * <p>eig and eigvals get matrices of real, well-conditioned spectra most of the time (param
 * {@code spectrum}: symmetric, triangular, diagonally dominant, or "similar", an integer S·D·S⁻¹),
 * compared in NumPy's order (eig by {@code [w, v[:, k] v[:, k]ᵀ for each k]}, free of the
 * vectors' signs; a symmetric one's by {@code [w, (v·w) @ inv(v)]}, free of the basis of a
 * repeated eigenvalue's space), except the "similar" ones, on about 1 % of which jtensor's order
 * differs from NumPy's (README), compared by eigvals sorted and eig's {@code [sort(w), (v·w) @ inv(v)]}.
 * Gaussian matrices and rotation
 * blocks give complex spectra too, which NumPy returns as complex128 and jtensor refuses; NaN or
 * ±inf entries one time in eight, which both refuse.
 *
 * <p>Operands hold small integer-valued numbers (param {@code values} = "small": integer results
 * and most float results are exact) or, for floats, Gaussian ones ("wide"; integers then take any
 * value of their type, extremes included, and wrap as NumPy's do); outer, kron and cross sometimes
 * get NaN, ±Inf and huge values ("special"). Matrices to invert are diagonally dominant, or
 * singular (a zero row or column: an exactly zero LU pivot, LAPACK's LinAlgError) one time in six.
 * Decompositions whose factors NumPy leaves unnormalized are compared by invariants, computed on
 * the backend from jtensor's factors and from the input on NumPy's side: qr gives
 * {@code [q@r, q.T@q, |diag r|]} (that last one only for full-rank "wide" draws; modes "r" and
 * "raw", whose LAPACK reflectors fix the signs, by value for those draws, else
 * {@code [r.T@r, tril(r, -1)]}), svd {@code [s, u[:, :k]*s@vh[:k], u.T@u, vh@vh.T]} (hermitian: of
 * the matrix a's lower triangle holds), eigh {@code [w, v*w@v.T, v.T@v]}, lstsq
 * {@code [x, residuals, rank, s]}, each flattened and concatenated.
 *
 * <p>Keywords live in {@link RandomCase#params()} by NumPy's names: {@code axes} (tensordot: an
 * int or a list of two axis lists), {@code subscripts}, {@code offset}/{@code axis1}/{@code axis2},
 * {@code n}, {@code axisa}/{@code axisb}/{@code axisc}, {@code ord}/{@code axis}/{@code keepdims}
 * (norm; ord null is NumPy's None), {@code mode}, {@code left}/{@code right}; arguments NumPy
 * refuses (mismatched sizes, bad axes or subscripts, singular matrices) are drawn too.
 */
final class RandomLinalgCases {

    private RandomLinalgCases() {
    }

    static final String[] OPS = {"dot", "vdot", "inner", "outer", "tensordot", "einsum", "einsum", "kron", "trace",
        "matrix_power", "cross", "det", "inv", "solve", "norm", "pinv", "matrix_rank", "cholesky", "qr", "svd", "eigh",
        "lstsq", "convolve", "correlate", "interp", "slogdet", "svdvals", "eigvalsh", "eigvals", "eig", "eig", "cond",
        "tensorinv", "tensorsolve", "multi_dot"};

    /** qr's modes, "q" one that both refuse. */
    private static final String[] QR_MODES = {"reduced", "reduced", "complete", "complete", "r", "raw", "raw", "q"};
    /** eigh's UPLO: NumPy upper-cases it; "X" both refuse. */
    private static final String[] UPLOS = {"L", "L", "L", "U", "U", "U", "u", "l", "X"};

    private static final int SMALL = 0;
    private static final int WIDE = 1;
    private static final int SPECIAL = 2;
    private static final String[] MODE_NAMES = {"small", "wide", "special"};

    /** Draws one case of the family. */
    static RandomCase draw(RandomCase.Drawer d) {
        String op = OPS[d.random.nextInt(OPS.length)];
        TreeMap<String, Object> params = new TreeMap<>();
        int mode = d.random.nextInt(3) == 0 ? WIDE : SMALL;
        if ((op.equals("outer") || op.equals("kron") || op.equals("cross")) && d.random.nextInt(4) == 0) {
            mode = SPECIAL;
        }
        if (op.equals("pinv") || op.equals("lstsq")) {
            mode = WIDE;
        }
        List<RandomCase.Operand> in = switch (op) {
            case "dot", "inner", "vdot", "outer", "kron" -> pair(d, op, mode);
            case "tensordot" -> tensordot(d, mode, params);
            case "einsum" -> einsum(d, mode, params);
            case "trace" -> trace(d, mode, params);
            case "matrix_power" -> matrixPower(d, params);
            case "cross" -> cross(d, mode, params);
            case "det", "inv", "slogdet" -> List.of(square(d, floatOrAny(d), batch(d), dim(d, 1), true));
            case "solve" -> solve(d);
            case "norm" -> norm(d, mode, params);
            case "pinv", "matrix_rank", "qr", "svd", "svdvals" -> List.of(matrix(d, op, mode, params));
            case "cholesky", "eigh", "eigvalsh" -> List.of(symmetric(d, op, params));
            case "eigvals", "eig" -> List.of(spectral(d, params));
            case "cond" -> cond(d, params);
            case "tensorinv" -> tensorinv(d, params);
            case "tensorsolve" -> tensorsolve(d, mode, params);
            case "multi_dot" -> multiDot(d, mode);
            case "lstsq" -> lstsq(d, params);
            case "convolve", "correlate" -> convolve(d, mode, params);
            default -> interp(d, params);
        };
        if (!in.get(0).dtype().isFloatingPoint() && mode == WIDE && (op.equals("pinv") || op.equals("qr") || op.equals("svd")
                || op.equals("svdvals"))) {
            // integer matrices are drawn small (and may be singular): no full-rank invariants
            mode = SMALL;
        }
        params.put("values", MODE_NAMES[mode]);
        return new RandomCase(d.seed, RandomCase.Family.LINALG, op, in, null, null, null, false, 0, List.of(),
                java.util.Collections.unmodifiableSortedMap(params));
    }

    /** A size 0 to 4, 0 rarely (or at least {@code min}). */
    private static int dim(RandomCase.Drawer d, int min) {
        int r = d.random.nextInt(10);
        return Math.max(min, r == 0 ? 0 : 1 + d.random.nextInt(4));
    }

    private static long[] dims(RandomCase.Drawer d, int rank) {
        long[] s = new long[rank];
        for (int i = 0; i < rank; i++) {
            s[i] = dim(d, 0);
        }
        return s;
    }

    /** 0 to 2 batch dimensions of size 0 to 3 (mostly none). */
    private static long[] batch(RandomCase.Drawer d) {
        int n = d.random.nextInt(6) < 4 ? 0 : 1 + d.random.nextInt(2);
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = d.random.nextInt(10) == 0 ? 0 : 1 + d.random.nextInt(3);
        }
        return s;
    }

    private static DType floatOrAny(RandomCase.Drawer d) {
        return d.random.nextBoolean() ? (d.random.nextBoolean() ? DType.FLOAT64 : DType.FLOAT32) : d.dtype();
    }

    private static long size(long[] shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    /** The values of {@code shape}'s elements in {@code mode}, C order, each exact in {@code t}. */
    private static RandomCase.Operand values(RandomCase.Drawer d, DType t, long[] shape, int mode) {
        int n = (int) size(shape);
        double[] floats = t.isFloatingPoint() ? new double[n] : null;
        long[] ints = t.isFloatingPoint() ? null : new long[n];
        for (int i = 0; i < n; i++) {
            if (t.isFloatingPoint()) {
                double v = switch (mode) {
                    case SMALL -> d.random.nextInt(-8, 9) * 0.25;
                    case WIDE -> d.random.nextGaussian() * Math.scalb(1.0, d.random.nextInt(-2, 3));
                    default -> d.floatValue();
                };
                floats[i] = switch (t) {
                    case FLOAT32 -> (float) v;
                    case FLOAT16 -> Float16.round(v);
                    default -> v;
                };
            } else if (mode == SMALL && t != DType.BOOL) {
                ints[i] = t.minValue() < 0 ? d.random.nextInt(-4, 5) : d.random.nextInt(0, 5);
            } else {
                ints[i] = d.intValue(t, false);
            }
        }
        return new RandomCase.Operand(t, shape, floats, ints, List.of());
    }

    /**
     * An operand of logical shape {@code shape}: a fresh base of values, sometimes seen through a
     * permutation of its axes or reversed along one axis.
     */
    private static RandomCase.Operand operand(RandomCase.Drawer d, DType t, long[] shape, int mode) {
        int n = shape.length;
        int kind = d.random.nextInt(5);
        if (kind == 0 && n >= 2) {
            int[] perm = d.permutation(n);
            long[] base = new long[n];
            for (int i = 0; i < n; i++) {
                base[perm[i]] = shape[i];
            }
            return viewOf(values(d, t, base, mode), new RandomCase.Transpose(perm));
        }
        if (kind == 1 && n >= 1) {
            int axis = d.random.nextInt(n);
            return viewOf(values(d, t, shape, mode), new RandomCase.Slice(d.signedAxis(axis, n),
                    shape[axis] == 0 ? 0 : shape[axis] - 1, Long.MIN_VALUE, -1));
        }
        return values(d, t, shape, mode);
    }

    private static RandomCase.Operand viewOf(RandomCase.Operand base, RandomCase.View view) {
        return new RandomCase.Operand(base.dtype(), base.baseShape(), base.floats(), base.ints(), List.of(view));
    }

    /** Two operands for dot, inner, vdot, outer and kron: every rank pairing, sizes matching mostly. */
    private static List<RandomCase.Operand> pair(RandomCase.Drawer d, String op, int mode) {
        int ra = d.random.nextInt(op.equals("kron") ? 4 : 5);
        int rb = d.random.nextInt(op.equals("kron") ? 4 : 5);
        long[] sa = dims(d, ra);
        long[] sb = dims(d, rb);
        boolean wrong = d.random.nextInt(10) == 0;
        long k = dim(d, 0);
        switch (op) {
            case "dot" -> {
                if (ra >= 1 && rb >= 1) {
                    sa[ra - 1] = k;
                    sb[rb >= 2 ? rb - 2 : 0] = wrong ? k + 1 : k;
                }
            }
            case "inner" -> {
                if (ra >= 1 && rb >= 1) {
                    sa[ra - 1] = k;
                    sb[rb - 1] = wrong ? k + 1 : k;
                }
            }
            case "vdot" -> {
                // b: another shape of a's size (a's reversed), or a different size
                sb = new long[ra];
                for (int i = 0; i < ra; i++) {
                    sb[i] = sa[ra - 1 - i];
                }
                if (wrong || d.random.nextInt(4) == 0) {
                    sb = dims(d, rb);
                }
            }
            default -> {
            }
        }
        DType ta = d.dtype();
        DType tb = d.random.nextInt(3) == 0 ? ta : d.dtype();
        return List.of(operand(d, ta, cap(sa, 96), mode), operand(d, tb, cap(sb, 96), mode));
    }

    /** {@code shape} with its last dimensions set to 1 until it has at most {@code max} elements. */
    private static long[] cap(long[] shape, long max) {
        long[] s = shape.clone();
        for (int i = s.length - 1; i >= 0 && size(s) > max; i--) {
            s[i] = 1;
        }
        return s;
    }

    private static List<RandomCase.Operand> tensordot(RandomCase.Drawer d, int mode, TreeMap<String, Object> params) {
        int ra = d.random.nextInt(5);
        int rb = d.random.nextInt(5);
        long[] sa = dims(d, ra);
        long[] sb = dims(d, rb);
        if (d.random.nextBoolean()) {
            int n = d.random.nextInt(12) == 0 ? -1 : d.random.nextInt(Math.min(ra, rb) + (d.random.nextInt(10) == 0 ? 2 : 1));
            for (int i = 0; i < n && n <= Math.min(ra, rb); i++) {
                sb[i] = sa[ra - n + i];
            }
            if (n > 0 && n <= Math.min(ra, rb) && d.random.nextInt(12) == 0) {
                sb[0] += 1;
            }
            params.put("axes", n);
        } else {
            int n = d.random.nextInt(Math.min(ra, rb) + 1);
            int[] pa = Arrays.copyOf(d.permutation(ra), n);
            int[] pb = Arrays.copyOf(d.permutation(rb), n);
            for (int i = 0; i < n; i++) {
                sb[pb[i]] = sa[pa[i]];
                pa[i] = d.signedAxis(pa[i], ra);
                pb[i] = d.signedAxis(pb[i], rb);
            }
            int fault = d.random.nextInt(16);
            if (fault == 0 && n > 0) {
                pa[0] = ra + d.random.nextInt(2);
            } else if (fault == 1 && n > 1) {
                pb[1] = pb[0];
            } else if (fault == 2 && n > 0) {
                pb = Arrays.copyOf(pb, n - 1);
            } else if (fault == 3 && n > 0) {
                sb[Math.floorMod(pb[0], rb)] += 1;
            }
            params.put("axes", List.of(pa, pb));
        }
        DType ta = d.dtype();
        DType tb = d.random.nextInt(3) == 0 ? ta : d.dtype();
        return List.of(operand(d, ta, cap(sa, 96), mode), operand(d, tb, cap(sb, 96), mode));
    }

    /**
     * einsum: 1 to 3 operands over up to 4 labels (upper case sometimes, for implicit mode's order),
     * repeated labels (diagonals), ellipses whose axes broadcast, implicit or explicit output; one
     * time in eight something NumPy refuses (a label's sizes differ, an output label repeated or
     * absent from the inputs, a term too many or too few, a bad character).
     */
    private static List<RandomCase.Operand> einsum(RandomCase.Drawer d, int mode, TreeMap<String, Object> params) {
        int count = 1 + d.random.nextInt(3);
        String alphabet = d.random.nextInt(4) == 0 ? "abcABC" : "abcdefgh";
        int labels = 1 + d.random.nextInt(4);
        StringBuilder pool = new StringBuilder();
        while (pool.length() < labels) {
            char ch = alphabet.charAt(d.random.nextInt(alphabet.length()));
            if (pool.indexOf(String.valueOf(ch)) < 0) {
                pool.append(ch);
            }
        }
        long[] sizes = new long[labels];
        for (int i = 0; i < labels; i++) {
            sizes[i] = d.random.nextInt(12) == 0 ? 0 : 1 + d.random.nextInt(3);
        }
        long[] ell = new long[d.random.nextInt(3)];
        for (int i = 0; i < ell.length; i++) {
            ell[i] = 1 + d.random.nextInt(3);
        }
        boolean ellipses = d.random.nextInt(3) == 0;
        boolean fault = d.random.nextInt(8) == 0;
        int faultKind = d.random.nextInt(5);
        List<String> terms = new ArrayList<>();
        List<RandomCase.Operand> in = new ArrayList<>();
        boolean anyEllipsis = false;
        StringBuilder used = new StringBuilder();
        for (int o = 0; o < count; o++) {
            int rank = d.random.nextInt(4);
            StringBuilder term = new StringBuilder();
            List<Long> shape = new ArrayList<>();
            for (int i = 0; i < rank; i++) {
                int l = d.random.nextInt(labels);
                term.append(pool.charAt(l));
                shape.add(sizes[l]);
                if (used.indexOf(String.valueOf(pool.charAt(l))) < 0) {
                    used.append(pool.charAt(l));
                }
            }
            if (ellipses && d.random.nextInt(3) > 0) {
                anyEllipsis = true;
                int at = d.random.nextInt(rank + 1);
                long[] mine = d.broadcastSource(ell);
                term.insert(at, "...");
                for (int i = mine.length - 1; i >= 0; i--) {
                    shape.add(at, mine[i]);
                }
            } else if (d.random.nextInt(8) == 0 && rank > 0) {
                // a label of size 1 in this operand alone: NumPy broadcasts it
                int at = d.random.nextInt(rank);
                shape.set(at, 1L);
            }
            if (fault && faultKind == 0 && o == 0 && !shape.isEmpty()) {
                shape.set(0, shape.get(0) + 2);
            }
            terms.add(term.toString());
            DType t = o > 0 && d.random.nextBoolean() ? in.get(0).dtype() : d.dtype();
            in.add(operand(d, t, cap(shape.stream().mapToLong(Long::longValue).toArray(), 64), mode));
        }
        String subscripts = String.join(",", terms);
        if (d.random.nextBoolean() || (fault && faultKind == 1)) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < used.length(); i++) {
                if (d.random.nextBoolean()) {
                    out.insert(d.random.nextInt(out.length() + 1), used.charAt(i));
                }
            }
            if (anyEllipsis && d.random.nextInt(8) > 0) {
                out.insert(d.random.nextInt(out.length() + 1), "...");
            }
            if (fault && faultKind == 1) {
                out.append(out.isEmpty() || d.random.nextBoolean() ? "z" : out.substring(out.length() - 1));
            }
            subscripts += "->" + out;
        }
        if (fault && faultKind == 2) {
            subscripts = d.random.nextBoolean() ? "," + subscripts : subscripts.replaceFirst(",", "");
        } else if (fault && faultKind == 3) {
            subscripts = subscripts.replaceFirst("^", "1");
        } else if (fault && faultKind == 4) {
            subscripts = subscripts.isEmpty() ? "a" : subscripts + "..";
        }
        params.put("subscripts", subscripts);
        return in;
    }

    private static List<RandomCase.Operand> trace(RandomCase.Drawer d, int mode, TreeMap<String, Object> params) {
        int rank = d.random.nextInt(20) == 0 ? 1 : 2 + d.random.nextInt(3);
        long[] shape = cap(dims(d, rank), 128);
        int a1 = d.random.nextInt(rank);
        int a2 = d.random.nextInt(rank);
        if (a1 == a2 && d.random.nextInt(8) > 0 && rank > 1) {
            a2 = (a1 + 1) % rank;
        }
        params.put("offset", (long) d.random.nextInt(-4, 5));
        params.put("axis1", d.random.nextInt(25) == 0 ? rank : d.signedAxis(a1, rank));
        params.put("axis2", d.signedAxis(a2, rank));
        return List.of(operand(d, d.dtype(), shape, mode));
    }

    /**
     * A (stack of) square matrices: diagonally dominant (so well conditioned) when {@code
     * invertible}, and then one time in six with a zero row or column in one matrix (singular,
     * LAPACK's zero pivot); sometimes seen transposed.
     */
    private static RandomCase.Operand square(RandomCase.Drawer d, DType t, long[] batch, int m, boolean invertible) {
        return square(d, t, batch, m, invertible, true);
    }

    /** {@link #square}, never singular when not {@code maySingular}. */
    private static RandomCase.Operand square(RandomCase.Drawer d, DType t, long[] batch, int m, boolean invertible,
                                             boolean maySingular) {
        long[] shape = RandomCase.Drawer.concat(batch, new long[] {m, m});
        RandomCase.Operand o = values(d, t, shape, t.isFloatingPoint() && d.random.nextInt(3) == 0 ? WIDE : SMALL);
        int count = (int) size(batch);
        if (invertible && t != DType.BOOL && m > 0) {
            double boost = 4.0 * m + 1;
            for (int b = 0; b < count; b++) {
                for (int i = 0; i < m; i++) {
                    int at = (b * m + i) * m + i;
                    if (o.floats() != null) {
                        double v = o.floats()[at];
                        o.floats()[at] = round(t, v + Math.copySign(boost, v));
                    } else {
                        long v = o.ints()[at];
                        o.ints()[at] = t.minValue() < 0 && v < 0 ? v - (long) boost : v + (long) boost;
                    }
                }
            }
            if (count > 0 && d.random.nextInt(6) == 0 && maySingular) {
                int b = d.random.nextInt(count);
                int line = d.random.nextInt(m);
                boolean row = d.random.nextBoolean();
                for (int j = 0; j < m; j++) {
                    int at = (b * m + (row ? line : j)) * m + (row ? j : line);
                    if (o.floats() != null) {
                        o.floats()[at] = 0;
                    } else {
                        o.ints()[at] = 0;
                    }
                }
            }
        }
        if (d.random.nextInt(3) == 0) {
            int n = shape.length;
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            perm[n - 2] = n - 1;
            perm[n - 1] = n - 2;
            return viewOf(o, new RandomCase.Transpose(perm));
        }
        return o;
    }

    private static List<RandomCase.Operand> matrixPower(RandomCase.Drawer d, TreeMap<String, Object> params) {
        int n = d.random.nextInt(-3, 6);
        params.put("n", (long) n);
        long[] batch = batch(d);
        if (d.random.nextInt(20) == 0) {
            // not square: refused
            return List.of(values(d, d.dtype(), RandomCase.Drawer.concat(batch, new long[] {2, 3}), SMALL));
        }
        return List.of(square(d, d.dtype(), batch, dim(d, 0), n < 0));
    }

    private static List<RandomCase.Operand> cross(RandomCase.Drawer d, int mode, TreeMap<String, Object> params) {
        long[] common = cap(dims(d, d.random.nextInt(3)), 16);
        int la = d.random.nextInt(12) == 0 ? 4 : 2 + d.random.nextInt(2);
        int lb = d.random.nextInt(3) == 0 ? la : 2 + d.random.nextInt(2);
        long[] sa = insert(d.broadcastSource(common), d, la, params, "axisa");
        long[] sb = insert(d.broadcastSource(common), d, lb, params, "axisb");
        int rc = common.length + 1;
        params.put("axisc", d.random.nextInt(20) == 0 ? rc : d.signedAxis(d.random.nextInt(rc), rc));
        DType ta = d.dtype();
        DType tb = d.random.nextInt(3) == 0 ? ta : d.dtype();
        return List.of(operand(d, ta, sa, mode), operand(d, tb, sb, mode));
    }

    /** {@code shape} with an axis of {@code length} inserted at a random place, recorded as {@code key}. */
    private static long[] insert(long[] shape, RandomCase.Drawer d, int length, TreeMap<String, Object> params, String key) {
        int at = d.random.nextInt(shape.length + 1);
        long[] s = new long[shape.length + 1];
        for (int i = 0, j = 0; i < s.length; i++) {
            s[i] = i == at ? length : shape[j++];
        }
        params.put(key, d.signedAxis(at, s.length));
        return s;
    }

    private static List<RandomCase.Operand> solve(RandomCase.Drawer d) {
        long[] batch = batch(d);
        int m = dim(d, 0);
        RandomCase.Operand a = square(d, floatOrAny(d), batch, m, true);
        DType tb = d.random.nextBoolean() ? a.dtype() : floatOrAny(d);
        long[] sb;
        int form = d.random.nextInt(10);
        if (form < 4) {
            sb = new long[] {m};
        } else {
            long[] bb = batch.length > 0 && d.random.nextInt(3) == 0 ? d.broadcastSource(batch) : batch;
            sb = RandomCase.Drawer.concat(bb, new long[] {m, dim(d, 0)});
        }
        if (form == 9) {
            sb[sb.length - (sb.length == 1 ? 1 : 2)] += 1;
        }
        return List.of(a, operand(d, tb, sb, d.random.nextInt(3) == 0 ? WIDE : SMALL));
    }

    /** norm: ord None, ±1, ±2, ±inf, 0, 3, 0.5, 'fro', 'nuc' over no axis, one or two axes. */
    private static List<RandomCase.Operand> norm(RandomCase.Drawer d, int mode, TreeMap<String, Object> params) {
        int rank = 1 + d.random.nextInt(3);
        long[] shape = cap(dims(d, rank), 64);
        Object[] ords = {null, 1.0, -1.0, 2.0, -2.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 3.0, 0.5,
            "fro", "nuc"};
        Object ord = ords[d.random.nextInt(ords.length)];
        int form = d.random.nextInt(3);
        Object axis;
        if (form == 0 || (ord == null && d.random.nextBoolean())) {
            axis = null;
        } else if (form == 1) {
            axis = new int[] {d.signedAxis(d.random.nextInt(rank), rank)};
        } else {
            int a1 = d.random.nextInt(rank);
            int a2 = rank == 1 || d.random.nextInt(12) == 0 ? a1 : (a1 + 1 + d.random.nextInt(rank - 1)) % rank;
            axis = new int[] {d.signedAxis(a1, rank), d.signedAxis(a2, rank)};
        }
        params.put("ord", ord);
        params.put("axis", axis);
        params.put("keepdims", ord != null || axis != null ? d.random.nextBoolean() : false);
        return List.of(operand(d, d.dtype(), shape, mode));
    }

    /**
     * A (stack of) M x N matrices: for matrix_rank, a product of two small-integer factors of inner
     * size r (rank r or less) half the time.
     */
    private static RandomCase.Operand matrix(RandomCase.Drawer d, String op, int mode, TreeMap<String, Object> params) {
        switch (op) {
            case "matrix_rank" -> {
                params.put("tol", d.random.nextInt(3) > 0 ? null
                        : new Double[] {0.37, 1.73, 4.1, 1e-3, -1.0}[d.random.nextInt(5)]);
                // both tol and rtol sometimes: both refuse
                params.put("rtol", d.random.nextInt(4) > 0 ? null : new Double[] {0.1, 1e-3, 1e-12}[d.random.nextInt(3)]);
                params.put("hermitian", d.random.nextInt(5) == 0);
            }
            case "pinv" -> {
                params.put("rcond", d.random.nextInt(3) > 0 ? null : new Double[] {0.1, 0.37, 1e-8}[d.random.nextInt(3)]);
                // NumPy 2's rtol in rcond's place: "None" is rtol=None (max(M, N) * eps of a's type)
                params.put("rtol", params.get("rcond") != null || d.random.nextInt(3) > 0 ? null
                        : new Object[] {"None", "None", 0.1, 1e-8}[d.random.nextInt(4)]);
                params.put("hermitian", d.random.nextInt(5) == 0);
            }
            case "svd" -> {
                params.put("compute_uv", d.random.nextInt(4) > 0);
                params.put("full_matrices", d.random.nextBoolean());
                params.put("hermitian", d.random.nextInt(6) == 0);
            }
            case "qr" -> params.put("mode", QR_MODES[d.random.nextInt(QR_MODES.length)]);
            default -> {
            }
        }
        long[] batch = batch(d);
        int m = dim(d, 0);
        int n = Boolean.TRUE.equals(params.get("hermitian")) && d.random.nextInt(4) > 0 ? m : dim(d, 0);
        DType t = op.equals("matrix_rank") ? d.dtype() : floatOrAny(d);
        if (op.equals("matrix_rank") && d.random.nextBoolean() && t.isFloatingPoint() && t != DType.FLOAT16) {
            int r = d.random.nextInt(Math.min(m, n) + 1);
            int count = (int) size(batch);
            double[] v = new double[count * m * n];
            for (int b = 0; b < count; b++) {
                long[][] f = new long[m][r];
                long[][] g = new long[r][n];
                for (long[] row : f) {
                    Arrays.setAll(row, j -> d.random.nextInt(-3, 4));
                }
                for (long[] row : g) {
                    Arrays.setAll(row, j -> d.random.nextInt(-3, 4));
                }
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        long s = 0;
                        for (int k = 0; k < r; k++) {
                            s += f[i][k] * g[k][j];
                        }
                        v[(b * m + i) * n + j] = s;
                    }
                }
            }
            return new RandomCase.Operand(t, RandomCase.Drawer.concat(batch, new long[] {m, n}), v, null, List.of());
        }
        return operand(d, t, RandomCase.Drawer.concat(batch, new long[] {m, n}), t.isFloatingPoint() ? mode : SMALL);
    }

    /**
     * cholesky: B Bᵀ + c·I of small values (c ≥ 1 positive definite; c = -1 sometimes not), the upper
     * triangle sometimes overwritten (both read the lower one only). eigh: a symmetric matrix, the
     * upper triangle sometimes garbage.
     */
    private static RandomCase.Operand symmetric(RandomCase.Drawer d, String op, TreeMap<String, Object> params) {
        if (op.equals("cholesky")) {
            params.put("upper", d.random.nextInt(3) == 0);
        } else {
            params.put("UPLO", UPLOS[d.random.nextInt(UPLOS.length)]);
        }
        long[] batch = batch(d);
        int m = dim(d, 0);
        DType t = floatOrAny(d);
        int count = (int) size(batch);
        boolean wide = t.isFloatingPoint() && d.random.nextInt(3) == 0;
        double c = op.equals("cholesky") ? (d.random.nextInt(8) == 0 ? -1 : 1 + d.random.nextInt(3)) : 0;
        boolean garbage = d.random.nextInt(4) == 0;
        double[] v = new double[count * m * m];
        for (int b = 0; b < count; b++) {
            double[][] f = new double[m][m];
            for (double[] row : f) {
                Arrays.setAll(row, j -> wide ? d.random.nextGaussian() : d.random.nextInt(-2, 3));
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = i == j ? c : 0;
                    if (op.equals("cholesky")) {
                        for (int k = 0; k < m; k++) {
                            s += f[i][k] * f[j][k];
                        }
                    } else {
                        s += f[i][j];
                    }
                    v[(b * m + i) * m + j] = round(t, s);
                    v[(b * m + j) * m + i] = garbage && i != j ? round(t, d.random.nextInt(-9, 10)) : round(t, s);
                }
            }
        }
        long[] shape = RandomCase.Drawer.concat(batch, new long[] {m, m});
        if (t.isFloatingPoint()) {
            return new RandomCase.Operand(t, shape, v, null, List.of());
        }
        long[] ints = Arrays.stream(v).mapToLong(x -> t == DType.BOOL ? (x != 0 ? 1 : 0) : t.wrap((long) x)).toArray();
        return new RandomCase.Operand(t, shape, null, ints, List.of());
    }

    private static double round(DType t, double v) {
        return switch (t) {
            case FLOAT32 -> (float) v;
            case FLOAT16 -> Float16.round(v);
            default -> v;
        };
    }

    private static List<RandomCase.Operand> lstsq(RandomCase.Drawer d, TreeMap<String, Object> params) {
        params.put("rcond", d.random.nextInt(3) > 0 ? null : new Double[] {0.1, 0.37, 1e-6}[d.random.nextInt(3)]);
        int m = dim(d, 1);
        int n = dim(d, 1);
        DType ta = floatOrAny(d);
        DType tb = d.random.nextBoolean() ? ta : floatOrAny(d);
        long[] sb = d.random.nextBoolean() ? new long[] {m} : new long[] {m, dim(d, 0)};
        if (d.random.nextInt(12) == 0) {
            sb[0] += 1;
        }
        long[] sa = d.random.nextInt(16) == 0 ? new long[] {2, m, n} : new long[] {m, n};
        return List.of(operand(d, ta, sa, ta.isFloatingPoint() ? WIDE : SMALL), operand(d, tb, sb, tb.isFloatingPoint() ? WIDE : SMALL));
    }

    private static List<RandomCase.Operand> convolve(RandomCase.Drawer d, int mode, TreeMap<String, Object> params) {
        params.put("mode", new String[] {"full", "same", "valid"}[d.random.nextInt(3)]);
        long la = d.random.nextInt(12) == 0 ? 0 : 1 + d.random.nextInt(7);
        long lv = d.random.nextInt(12) == 0 ? 0 : 1 + d.random.nextInt(7);
        long[] sv = d.random.nextInt(20) == 0 ? new long[] {lv, 1} : new long[] {lv};
        DType ta = d.dtype();
        DType tb = d.random.nextInt(3) == 0 ? ta : d.dtype();
        return List.of(operand(d, ta, new long[] {la}, mode), operand(d, tb, sv, mode));
    }

    /**
     * interp: x of any shape (NaN, ±Inf and values outside xp's range included), xp strictly
     * increasing, fp of xp's length (mismatched or empty sometimes, which NumPy refuses), left and
     * right given sometimes.
     */
    private static List<RandomCase.Operand> interp(RandomCase.Drawer d, TreeMap<String, Object> params) {
        long[] sx = cap(dims(d, d.random.nextInt(3)), 32);
        int n = d.random.nextInt(12) == 0 ? 0 : 1 + d.random.nextInt(6);
        double[] xp = new double[n];
        double at = d.random.nextInt(-4, 2);
        for (int i = 0; i < n; i++) {
            at += d.random.nextInt(1, 4) * (d.random.nextBoolean() ? 0.5 : 1);
            xp[i] = at;
        }
        DType tx = d.random.nextBoolean() ? DType.FLOAT64 : d.dtype();
        DType tp = d.random.nextBoolean() ? DType.FLOAT64 : (d.random.nextBoolean() ? DType.FLOAT32 : DType.INT64);
        RandomCase.Operand x = values(d, tx, sx, SMALL);
        if (tx.isFloatingPoint() && d.random.nextInt(3) == 0 && x.floats().length > 0) {
            x.floats()[d.random.nextInt(x.floats().length)] = d.floatValue();
        }
        if (tx.isFloatingPoint()) {
            for (int i = 0; i < x.floats().length; i++) {
                x.floats()[i] = round(tx, x.floats()[i] * 1.5);
            }
        }
        RandomCase.Operand xpo = tp.isFloatingPoint()
                ? new RandomCase.Operand(DType.FLOAT64, new long[] {n}, xp, null, List.of())
                : new RandomCase.Operand(DType.INT64, new long[] {n}, null, Arrays.stream(xp).mapToLong(v -> (long) Math.floor(v) * 2).toArray(), List.of());
        if (!tp.isFloatingPoint()) {
            // integer xp: strictly increasing after flooring (steps were at least 0.5)
            long[] ints = xpo.ints();
            for (int i = 1; i < n; i++) {
                ints[i] = Math.max(ints[i], ints[i - 1] + 1);
            }
        }
        long lf = d.random.nextInt(12) == 0 ? n + 1 : n;
        RandomCase.Operand fp = values(d, d.random.nextBoolean() ? DType.FLOAT64 : tp, new long[] {lf},
                d.random.nextInt(3) == 0 ? WIDE : SMALL);
        if (d.random.nextInt(3) == 0) {
            params.put("left", d.random.nextInt(-3, 4) * 0.5);
            params.put("right", d.random.nextBoolean() ? Double.NaN : d.random.nextInt(-3, 4) * 0.5);
        }
        return List.of(x, xpo, fp);
    }

    /**
    /**
     * {@code o} with, one time in eight for a non-empty float operand, one element of its base set to
     * one of {@code values} (for eig and eigvals, which refuse them as NumPy's; what NaN or ±inf give
     * in the LU-based functions depends on OpenBLAS's pivot search and blocking: see {@link Np#inv}).
     */
    private static RandomCase.Operand nonFinite(RandomCase.Drawer d, RandomCase.Operand o, double[] values) {
        if (o.floats() != null && o.floats().length > 0 && d.random.nextInt(8) == 0) {
            o.floats()[d.random.nextInt(o.floats().length)] = values[d.random.nextInt(values.length)];
        }
        return o;
    }

    /**
     * A (stack of) square matrices for eig and eigvals, mostly with a real, well-conditioned
     * spectrum of distinct eigenvalues: symmetric, triangular with distinct diagonal, diagonally
     * dominant with disjoint Gershgorin discs (one real eigenvalue in each), or S·D·S⁻¹ with S the
     * product of a unit upper and a unit lower triangular matrix of small integers (so S⁻¹ is
     * integer too and the eigenvalues are D's exactly); else a Gaussian matrix (a complex pair
     * likely, which NumPy returns as complex128 and jtensor refuses), one holding a rotation
     * block (complex), one not square, or one with a non-finite element (both refuse).
     */
    private static RandomCase.Operand spectral(RandomCase.Drawer d, TreeMap<String, Object> params) {
        long[] batch = batch(d);
        int m = d.random.nextInt(12) == 0 ? 0 : 1 + d.random.nextInt(d.random.nextInt(4) == 0 ? 6 : 4);
        DType drawn = floatOrAny(d);
        // bool, unsigned and int8 would turn the drawn matrix into another (0/1, wrapped): int32 instead
        int kind = d.random.nextInt(16);
        // Gaussian values truncated to integers would be mostly defective matrices (repeated eigenvalues)
        DType t = kind >= 12 && kind < 15 && !drawn.isFloatingPoint() ? DType.FLOAT64
                : drawn.isFloatingPoint() || (drawn != DType.BOOL && drawn.minValue() < -128) ? drawn : DType.INT32;
        params.put("spectrum", kind < 3 ? "symmetric" : kind < 5 ? "triangular" : kind < 7 ? "dominant" : kind < 11 ? "similar"
                : kind == 11 ? "rotation" : "gaussian");
        if (kind == 15) {
            return values(d, t, RandomCase.Drawer.concat(batch, new long[] {m, m + 1}), SMALL);
        }
        int count = (int) size(batch);
        double[] v = new double[count * m * m];
        for (int b = 0; b < count; b++) {
            double[][] a = switch (kind) {
                case 0, 1, 2 -> symmetricMatrix(d, m);
                case 3, 4 -> triangularMatrix(d, m);
                case 5, 6 -> dominantMatrix(d, m);
                case 7, 8, 9, 10 -> similarMatrix(d, m);
                case 11 -> rotationMatrix(d, m);
                default -> gaussianMatrix(d, m);
            };
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    v[(b * m + i) * m + j] = round(t, a[i][j]);
                }
            }
        }
        long[] shape = RandomCase.Drawer.concat(batch, new long[] {m, m});
        RandomCase.Operand o = t.isFloatingPoint() ? new RandomCase.Operand(t, shape, v, null, List.of())
                : new RandomCase.Operand(t, shape, null, Arrays.stream(v)
                        .mapToLong(x -> t == DType.BOOL ? (x != 0 ? 1 : 0) : t.wrap((long) x)).toArray(), List.of());
        if (d.random.nextInt(4) == 0) {
            int n = shape.length;
            int[] perm = new int[n];
            Arrays.setAll(perm, i -> i);
            perm[n - 2] = n - 1;
            perm[n - 1] = n - 2;
            o = viewOf(o, new RandomCase.Transpose(perm));
        }
        // NumPy's eig refuses any NaN or infinity ("Array must not contain infs or NaNs")
        return nonFinite(d, o, new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
    }

    /** m distinct integers of [-2m, 2m], shuffled. */
    private static double[] distinct(RandomCase.Drawer d, int m) {
        List<Integer> pool = new ArrayList<>();
        for (int i = -2 * m; i <= 2 * m; i++) {
            pool.add(i);
        }
        java.util.Collections.shuffle(pool, d.random);
        return pool.subList(0, m).stream().mapToDouble(Integer::doubleValue).toArray();
    }

    private static double[][] symmetricMatrix(RandomCase.Drawer d, int m) {
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = d.random.nextInt(-3, 4);
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    private static double[][] triangularMatrix(RandomCase.Drawer d, int m) {
        double[] diag = distinct(d, m);
        boolean upper = d.random.nextBoolean();
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            a[i][i] = diag[i];
            for (int j = 0; j < i; j++) {
                a[upper ? j : i][upper ? i : j] = d.random.nextInt(-2, 3);
            }
        }
        return a;
    }

    private static double[][] dominantMatrix(RandomCase.Drawer d, int m) {
        double[] diag = distinct(d, m);
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                // discs of radius below (m - 1) / 2 around centres 2m + 1 apart
                a[i][j] = i == j ? diag[i] * (2 * m + 1) : d.random.nextInt(-1, 2) * 0.5;
            }
        }
        return a;
    }

    private static double[][] similarMatrix(RandomCase.Drawer d, int m) {
        double[] diag = distinct(d, m);
        long[][] u = unitTriangular(d, m, true);
        long[][] l = unitTriangular(d, m, false);
        long[][] s = product(u, l);
        long[][] sInv = product(inverseUnitTriangular(l, false), inverseUnitTriangular(u, true));
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                long sum = 0;
                for (int k = 0; k < m; k++) {
                    sum += s[i][k] * (long) diag[k] * sInv[k][j];
                }
                a[i][j] = sum;
            }
        }
        return a;
    }

    private static long[][] unitTriangular(RandomCase.Drawer d, int m, boolean upper) {
        long[][] t = new long[m][m];
        for (int i = 0; i < m; i++) {
            t[i][i] = 1;
            for (int j = 0; j < i; j++) {
                t[upper ? j : i][upper ? i : j] = d.random.nextInt(-1, 2);
            }
        }
        return t;
    }

    /** The exact inverse of a unit triangular integer matrix (integer again). */
    private static long[][] inverseUnitTriangular(long[][] t, boolean upper) {
        int m = t.length;
        long[][] inv = new long[m][m];
        for (int c = 0; c < m; c++) {
            for (int step = 0; step < m; step++) {
                int i = upper ? m - 1 - step : step;
                long s = i == c ? 1 : 0;
                for (int k = 0; k < m; k++) {
                    if (k != i && (upper ? k > i : k < i)) {
                        s -= t[i][k] * inv[k][c];
                    }
                }
                inv[i][c] = s;
            }
        }
        return inv;
    }

    private static long[][] product(long[][] a, long[][] b) {
        int m = a.length;
        long[][] p = new long[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < m; k++) {
                    p[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return p;
    }

    /** A symmetric matrix with a 2x2 rotation block [[c, -s], [s, c]] (s != 0) on its diagonal: a complex pair. */
    private static double[][] rotationMatrix(RandomCase.Drawer d, int m) {
        double[][] a = symmetricMatrix(d, m);
        if (m >= 2) {
            int at = d.random.nextInt(m - 1);
            double sn = d.random.nextInt(1, 4);
            a[at][at + 1] = -sn;
            a[at + 1][at] = sn;
            a[at + 1][at + 1] = a[at][at];
            for (int k = 0; k < m; k++) {
                if (k != at && k != at + 1) {
                    a[at][k] = a[k][at] = a[at + 1][k] = a[k][at + 1] = 0;
                }
            }
        }
        return a;
    }

    private static double[][] gaussianMatrix(RandomCase.Drawer d, int m) {
        double[][] a = new double[m][m];
        for (double[] row : a) {
            Arrays.setAll(row, j -> d.random.nextGaussian());
        }
        return a;
    }

    /**
     * cond: p None, ±2, ±1, ±inf, 'fro' or 'nuc' of a (stack of) square matrices, well conditioned;
     * for p other than None and ±2 sometimes singular (NumPy: +inf) or holding NaN/±inf; one time
     * in six not square (only None and ±2 take it).
     */
    private static List<RandomCase.Operand> cond(RandomCase.Drawer d, TreeMap<String, Object> params) {
        Object[] ps = {null, 2.0, -2.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, "fro", "nuc"};
        Object p = ps[d.random.nextInt(ps.length)];
        params.put("p", p);
        boolean ratio = p == null || p instanceof Double x && Math.abs(x) == 2;
        long[] batch = batch(d);
        DType t = floatOrAny(d);
        if (d.random.nextInt(6) == 0) {
            // Gaussian floats for the singular-value ratio: full rank, so the ratio is well defined
            DType wide = ratio ? (d.random.nextBoolean() ? DType.FLOAT64 : DType.FLOAT32) : t;
            return List.of(operand(d, wide, RandomCase.Drawer.concat(batch, new long[] {dim(d, 1), dim(d, 1)}),
                    wide.isFloatingPoint() ? WIDE : SMALL));
        }
        RandomCase.Operand a = square(d, ratio && t == DType.BOOL ? DType.FLOAT64 : t, batch, dim(d, 0), true, !ratio);
        return List.of(a);
    }

    /**
     * A diagonally dominant m x m matrix (singular one time in six, see {@link #square}) as a
     * tensor of shape {@code rows + cols} (prod(rows) = prod(cols) = m), without views.
     */
    private static RandomCase.Operand squareTensor(RandomCase.Drawer d, DType t, long[] rows, long[] cols) {
        RandomCase.Operand sq = square(d, t, new long[0], (int) size(rows), true);
        return new RandomCase.Operand(t, RandomCase.Drawer.concat(rows, cols), sq.floats(), sq.ints(), List.of());
    }

    /** A shape of 1 to 3 dimensions of size 1 to 3 (size 0 rarely), and another of the same size. */
    private static long[][] splitShapes(RandomCase.Drawer d) {
        long[] first = new long[1 + d.random.nextInt(2)];
        for (int i = 0; i < first.length; i++) {
            first[i] = d.random.nextInt(16) == 0 ? 0 : 1 + d.random.nextInt(3);
        }
        long n = size(first);
        long[] second = switch (d.random.nextInt(4)) {
            case 0 -> first.clone();
            case 1 -> new long[] {n};
            case 2 -> RandomCase.Drawer.concat(new long[] {1}, first);
            default -> {
                long[] r = new long[first.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = first[r.length - 1 - i];
                }
                yield r;
            }
        };
        return new long[][] {first, second};
    }

    /** tensorinv: a of shape rows + cols for ind = rows' rank; sometimes ind out of 1..ndim or not square. */
    private static List<RandomCase.Operand> tensorinv(RandomCase.Drawer d, TreeMap<String, Object> params) {
        long[][] shapes = splitShapes(d);
        DType t = floatOrAny(d);
        RandomCase.Operand a = squareTensor(d, t, shapes[0], shapes[1]);
        int ndim = a.baseShape().length;
        int ind = switch (d.random.nextInt(12)) {
            case 0 -> d.random.nextBoolean() ? 0 : ndim + 1;
            case 1 -> 1 + d.random.nextInt(ndim);
            default -> shapes[0].length;
        };
        params.put("ind", ind);
        return List.of(a);
    }

    /**
     * tensorsolve: a of shape b.shape + x.shape (the same sizes), and one time in four an axes
     * argument with a's axes permuted so that NumPy's moving them to the end restores that order;
     * sometimes a b of the wrong shape.
     */
    private static List<RandomCase.Operand> tensorsolve(RandomCase.Drawer d, int mode, TreeMap<String, Object> params) {
        long[][] shapes = splitShapes(d);
        DType ta = floatOrAny(d);
        DType tb = d.random.nextBoolean() ? ta : floatOrAny(d);
        RandomCase.Operand a = squareTensor(d, ta, shapes[0], shapes[1]);
        int n = a.baseShape().length;
        if (d.random.nextInt(4) == 0) {
            int k = 1 + d.random.nextInt(n);
            int[] moved = Arrays.copyOf(d.permutation(n), k);
            int[] all = new int[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                final int axis = i;
                if (Arrays.stream(moved).noneMatch(x -> x == axis)) {
                    all[at++] = i;
                }
            }
            System.arraycopy(moved, 0, all, at, k);
            int[] inverse = new int[n];
            for (int i = 0; i < n; i++) {
                inverse[all[i]] = i;
            }
            a = viewOf(a, new RandomCase.Transpose(inverse));
            params.put("axes", moved);
        } else {
            params.put("axes", null);
        }
        long[] sb = shapes[0].clone();
        if (d.random.nextInt(10) == 0) {
            sb = d.random.nextBoolean() ? RandomCase.Drawer.concat(sb, new long[] {2}) : new long[] {size(sb) + 1};
        }
        return List.of(a, operand(d, tb, sb, tb.isFloatingPoint() ? mode : SMALL));
    }

    /**
     * multi_dot of 2 to 5 arrays whose sizes chain (0 rarely), the first and last 1-d sometimes;
     * all of one type; one time in ten an inner array 3-d or a size that does not chain (NumPy refuses).
     */
    private static List<RandomCase.Operand> multiDot(RandomCase.Drawer d, int mode) {
        int count = 2 + d.random.nextInt(4);
        long[] sizes = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            sizes[i] = dim(d, 0);
        }
        boolean vectorFirst = d.random.nextInt(4) == 0;
        boolean vectorLast = d.random.nextInt(4) == 0;
        int fault = d.random.nextInt(10) == 0 ? d.random.nextInt(count) : -1;
        boolean rank3 = d.random.nextBoolean();
        DType common = d.dtype();
        List<RandomCase.Operand> in = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long[] shape = new long[] {sizes[i], sizes[i + 1]};
            if (i == 0 && vectorFirst) {
                shape = new long[] {sizes[1]};
            } else if (i == count - 1 && vectorLast) {
                shape = new long[] {sizes[i]};
            }
            if (i == fault) {
                shape = rank3 ? RandomCase.Drawer.concat(new long[] {1}, shape) : shape.clone();
                if (!rank3) {
                    shape[0] += 1;
                }
            }
            // one type: NumPy rounds each product to its type, mixed types would round a narrower one inside a wider result
            in.add(operand(d, common, shape, mode));
        }
        return in;
    }

    /** Calls jtensor for a case of the family; multi-result ops give their invariants, flattened. */
    static Tensor call(RandomCase c, List<Tensor> in) {
        Tensor a = in.get(0);
        Tensor b = in.size() > 1 ? in.get(1) : null;
        return switch (c.op()) {
            case "dot" -> Np.dot(a, b);
            case "vdot" -> Np.vdot(a, b);
            case "inner" -> Np.inner(a, b);
            case "outer" -> Np.outer(a, b);
            case "kron" -> Np.kron(a, b);
            case "tensordot" -> c.param("axes") instanceof Integer n ? Np.tensordot(a, b, n)
                    : Np.tensordot(a, b, (int[]) ((List<?>) c.param("axes")).get(0), (int[]) ((List<?>) c.param("axes")).get(1));
            case "einsum" -> Np.einsum((String) c.param("subscripts"), in.toArray(Tensor[]::new));
            case "trace" -> Np.trace(a, (Long) c.param("offset"), (Integer) c.param("axis1"), (Integer) c.param("axis2"));
            case "matrix_power" -> Np.matrixPower(a, (Long) c.param("n"));
            case "cross" -> Np.cross(a, b, (Integer) c.param("axisa"), (Integer) c.param("axisb"), (Integer) c.param("axisc"));
            case "det" -> Np.det(a);
            case "inv" -> Np.inv(a);
            case "solve" -> Np.solve(a, b);
            case "norm" -> norm(c, a);
            case "pinv" -> pinv(c, a);
            case "matrix_rank" -> matrixRank(c, a);
            case "cholesky" -> Boolean.TRUE.equals(c.param("upper")) ? Np.cholesky(a, true) : Np.cholesky(a);
            case "qr" -> qr(c, a);
            case "svd" -> Boolean.FALSE.equals(c.param("compute_uv")) ? svdValues(c, a) : svd(c, a);
            case "svdvals" -> Np.svdvals(a);
            case "eigh" -> eigh(c, a);
            case "eigvalsh" -> c.param("UPLO") == null ? Np.eigvalsh(a) : Np.eigvalsh(a, (String) c.param("UPLO"));
            case "eigvals" -> unordered(c) ? sorted(Np.eigvals(a)) : Np.eigvals(a);
            case "eig" -> unordered(c) || "symmetric".equals(c.param("spectrum")) ? eigInvariants(a, unordered(c)) : eig(a);
            case "slogdet" -> slogdet(a);
            case "cond" -> c.param("p") == null ? Np.cond(a)
                    : c.param("p") instanceof String p ? Np.cond(a, p) : Np.cond(a, (Double) c.param("p"));
            case "tensorinv" -> Np.tensorinv(a, (Integer) c.param("ind"));
            case "tensorsolve" -> c.param("axes") == null ? Np.tensorsolve(a, b) : Np.tensorsolve(a, b, (int[]) c.param("axes"));
            case "multi_dot" -> Np.multiDot(in.toArray(Tensor[]::new));
            case "lstsq" -> lstsq(a, b, (Double) c.param("rcond"));
            case "convolve" -> Np.convolve(a, b, (String) c.param("mode"));
            case "correlate" -> Np.correlate(a, b, (String) c.param("mode"));
            case "interp" -> c.param("left") == null ? Np.interp(a, b, in.get(2))
                    : Np.interp(a, b, in.get(2), (Double) c.param("left"), (Double) c.param("right"));
            default -> throw new IllegalArgumentException("unknown linalg op " + c.op());
        };
    }

    private static Tensor norm(RandomCase c, Tensor x) {
        Object ord = c.param("ord");
        int[] axis = (int[]) c.param("axis");
        boolean keepdims = (Boolean) c.param("keepdims");
        if (ord == null) {
            if (axis == null) {
                return Np.norm(x);
            }
            return axis.length == 1 ? Np.norm(x, 2, axis, keepdims) : Np.norm(x, "fro", axis, keepdims);
        }
        return ord instanceof String s ? Np.norm(x, s, axis, keepdims) : Np.norm(x, (Double) ord, axis, keepdims);
    }

    /**
     * qr by mode: reduced and complete {@code [q@r, q.T@q, |diag r|]} (the last for "wide" draws);
     * r and raw, whose factors LAPACK's reflectors fix, their values for "wide" (full-rank) draws
     * ({@code r}, {@code [h, tau]}), otherwise {@code [r.T@r, tril(r, -1)]} (r.T@r == a.T@a whatever
     * the signs), r read from raw's h.
     */
    private static Tensor qr(RandomCase c, Tensor a) {
        String mode = c.param("mode") == null ? "reduced" : (String) c.param("mode");
        boolean wide = "wide".equals(c.param("values"));
        if (mode.equals("r") || mode.equals("raw")) {
            Tensor[] parts = Np.qr(a, mode);
            if (wide) {
                try (Tensor first = parts[0]; Tensor second = parts.length > 1 ? parts[1] : null) {
                    return second == null ? flat(first) : flat(first, second);
                }
            }
            long k = Math.min(a.shape()[a.ndim() - 2], a.shape()[a.ndim() - 1]);
            try (Tensor first = parts[0]; Tensor second = parts.length > 1 ? parts[1] : null;
                 Tensor hT = mode.equals("raw") ? first.mT() : null;
                 Tensor upper = mode.equals("raw") ? Np.triu(hT) : null;
                 Tensor r = mode.equals("raw") ? upper.get(Index.ELLIPSIS, Slice.of(0, k), Slice.ALL) : first.copy();
                 Tensor rt = r.mT(); Tensor gram = Np.matmul(rt, r); Tensor below = Np.tril(r, -1)) {
                return flat(gram, below);
            }
        }
        Tensor[] qr = Np.qr(a, mode);
        try (Tensor q = qr[0]; Tensor r = qr[1]; Tensor qt = q.mT(); Tensor prod = Np.matmul(q, r);
             Tensor gram = Np.matmul(qt, q); Tensor diag = Np.diagonal(r, 0, -2, -1); Tensor absDiag = Np.abs(diag)) {
            return wide ? flat(prod, gram, absDiag) : flat(prod, gram);
        }
    }

    private static boolean flag(RandomCase c, String name) {
        return Boolean.TRUE.equals(c.param(name));
    }

    private static Tensor svdValues(RandomCase c, Tensor a) {
        return Np.svd(a, flag(c, "full_matrices"), false, flag(c, "hermitian"))[0];
    }

    /** {@code [s, u[:, :k]*s@vh[:k], u.T@u, vh@vh.T]}: full u and vh square, their completions orthonormal. */
    private static Tensor svd(RandomCase c, Tensor a) {
        Tensor[] usv = Np.svd(a, flag(c, "full_matrices"), true, flag(c, "hermitian"));
        long k = usv[1].shape()[usv[1].ndim() - 1];
        try (Tensor u = usv[0]; Tensor s = usv[1]; Tensor vh = usv[2]; Tensor s2 = Np.expandDims(s, -2);
             Tensor uk = u.get(Index.ELLIPSIS, Slice.of(0, k)); Tensor vk = vh.get(Index.ELLIPSIS, Slice.of(0, k), Slice.ALL);
             Tensor us = Np.multiply(uk, s2); Tensor prod = Np.matmul(us, vk); Tensor ut = u.mT(); Tensor vt = vh.mT();
             Tensor gu = Np.matmul(ut, u); Tensor gv = Np.matmul(vh, vt)) {
            return flat(s, prod, gu, gv);
        }
    }

    private static Tensor pinv(RandomCase c, Tensor a) {
        Object rtol = c.param("rtol");
        Double rcond = (Double) c.param("rcond");
        boolean hermitian = flag(c, "hermitian");
        if (rtol != null) {
            return Np.pinvRtol(a, "None".equals(rtol) ? null : (Double) rtol, hermitian);
        }
        if (rcond == null) {
            return hermitian ? Np.pinv(a, 1e-15, true) : Np.pinv(a);
        }
        return hermitian ? Np.pinv(a, rcond, true) : Np.pinv(a, rcond);
    }

    private static Tensor matrixRank(RandomCase c, Tensor a) {
        Double tol = (Double) c.param("tol");
        Double rtol = (Double) c.param("rtol");
        if (rtol == null && !flag(c, "hermitian")) {
            return tol == null ? Np.matrixRank(a) : Np.matrixRank(a, tol);
        }
        return Np.matrixRank(a, tol, rtol, flag(c, "hermitian"));
    }

    private static Tensor eigh(RandomCase c, Tensor a) {
        Tensor[] wv = c.param("UPLO") == null ? Np.eigh(a) : Np.eigh(a, (String) c.param("UPLO"));
        try (Tensor w = wv[0]; Tensor v = wv[1]; Tensor w2 = Np.expandDims(w, -2); Tensor vw = Np.multiply(v, w2);
             Tensor vt = v.mT(); Tensor prod = Np.matmul(vw, vt); Tensor gram = Np.matmul(vt, v)) {
            return flat(w, prod, gram);
        }
    }

    /** eig's {@code [w, v[..., :, k] ⊗ v[..., :, k] for each k]}: the projectors do not depend on the vectors' signs. */
    private static Tensor eig(Tensor a) {
        Tensor[] wv = Np.eig(a);
        try (Tensor w = wv[0]; Tensor v = wv[1]; Tensor p = Np.einsum("...ik,...jk->...kij", v, v)) {
            return flat(w, p);
        }
    }

    /**
     * eig's {@code [w, (v * w) @ inv(v)]} (the second is a, whatever basis of a repeated eigenvalue's
     * space v holds, as a symmetric matrix's may), w sorted when {@code sort}.
     */
    private static Tensor eigInvariants(Tensor a, boolean sort) {
        Tensor[] wv = Np.eig(a);
        try (Tensor w = wv[0]; Tensor v = wv[1]; Tensor first = sort ? Np.sort(w, -1) : w.copy(); Tensor w2 = Np.expandDims(w, -2);
             Tensor vw = Np.multiply(v, w2); Tensor vInv = Np.inv(v); Tensor prod = Np.matmul(vw, vInv)) {
            return flat(first, prod);
        }
    }

    /**
     * Whether eig's order is not compared: the S·D·S⁻¹ integer matrices, where jtensor's order
     * differs from NumPy's on about 1 % (README, Linear algebra).
     */
    private static boolean unordered(RandomCase c) {
        return "similar".equals(c.param("spectrum"));
    }

    private static Tensor sorted(Tensor w) {
        try (w) {
            return Np.sort(w, -1);
        }
    }

    private static Tensor slogdet(Tensor a) {
        Tensor[] sl = Np.slogdet(a);
        try (Tensor sign = sl[0]; Tensor logdet = sl[1]) {
            return flat(logdet, sign);
        }
    }

    private static Tensor lstsq(Tensor a, Tensor b, Double rcond) {
        Tensor[] fit = rcond == null ? Np.lstsq(a, b) : Np.lstsq(a, b, rcond);
        try (Tensor x = fit[0]; Tensor res = fit[1]; Tensor rank = fit[2]; Tensor s = fit[3];
             Tensor rankAs = rank.astype(x.dtype())) {
            return flat(x, res, rankAs, s);
        }
    }

    /** The parts flattened and concatenated, in the first part's dtype. */
    private static Tensor flat(Tensor... parts) {
        List<Tensor> flats = new ArrayList<>();
        try {
            for (Tensor p : parts) {
                try (Tensor r = p.ravel()) {
                    flats.add(r.astype(parts[0].dtype()));
                }
            }
            return Np.concatenate(flats.toArray(Tensor[]::new), 0);
        } finally {
            flats.forEach(Tensor::close);
        }
    }

    /** The suite's tolerance: contractions as matmul's, factorizations and norms as its "decomposition". */
    static Tolerance tolerance(ConformanceSuite suite, RandomCase c, DType type) {
        return switch (c.op()) {
            case "outer", "kron" -> Tolerance.EXACT;
            case "dot", "vdot", "inner", "tensordot", "einsum", "trace", "cross", "convolve", "correlate", "interp" ->
                    suite.linalgTolerance("dot", type);
            case "matrix_power" -> suite.linalgTolerance("matmul", type);
            case "norm" -> suite.linalgTolerance("norm", type);
            default -> suite.linalgTolerance("decomposition", type);
        };
    }

    /**
     * The error scale of each result element, from the finite inputs' absolute values {@code abs}
     * (float64, on the CPU backend): a contraction's n·(the same contraction of |operands|), n the
     * operands' total size (at least the count of summed products); trace n·trace|x|; cross and
     * interp the largest |input| products; the factorizations (max|a| + 1)·(M + N)·min(cond(a), 1e6),
     * det M·∏‖row‖₂ (Hadamard's bound), the inverses and solutions that times max|result|, norm
     * n·|result|. A tensor of the result's size, or one value for every element.
     */
    static Tensor scale(RandomCase c, List<Tensor> abs, List<Tensor> opened) {
        Tensor a = abs.get(0);
        Tensor b = abs.size() > 1 ? abs.get(1) : null;
        double n = Math.max(1, abs.stream().mapToLong(Tensor::size).sum());
        Tensor raw = switch (c.op()) {
            case "dot", "vdot", "inner", "outer", "kron", "tensordot", "einsum", "trace", "convolve", "correlate",
                 "multi_dot" -> RandomLinalgCases.call(c, abs);
            case "cross" -> Np.full(new long[] {1}, 4 * max(a, opened) * max(b, opened));
            case "interp" -> Np.full(new long[] {1}, 4 * max(abs.get(2), opened) + 4 * max(a, opened));
            case "matrix_power" -> {
                long p = (Long) c.param("n");
                Tensor power = keep(opened, Np.matrixPower(a, Math.abs(p)));
                yield p >= 0 ? Np.multiply(power, (double) (a.shape()[a.ndim() - 1] + 1) * Math.max(p, 1))
                        : Np.full(new long[] {1}, inverseScale(c, a, opened) * max(power, opened) * Math.abs(p));
            }
            case "det" -> {
                Tensor rows = keep(opened, Np.norm(a, 2.0, new int[] {-1}, false));
                Tensor prod = keep(opened, Np.prod(rows, new int[] {-1}, false));
                yield Np.multiply(prod, (double) a.shape()[a.ndim() - 1] + 1);
            }
            case "norm" -> {
                // a singular value (ord ±2, 'nuc') is accurate to eps·‖a‖₂ ≤ eps·n·max|a|, the smallest one too
                Object ord = c.param("ord");
                boolean singular = "nuc".equals(ord) || (ord instanceof Double o && Math.abs(o) == 2);
                yield Np.full(new long[] {1}, n * max(keep(opened, norm(c, a)), opened) + n
                        + (singular ? n * n * max(a, opened) : 0));
            }
            case "inv", "solve", "pinv", "lstsq" -> {
                double cond = inverseScale(c, a, opened);
                double r = max(keep(opened, call(c, abs.size() > 1 ? List.of(sign(c, 0), sign(c, 1)) : List.of(sign(c, 0)), opened)), opened);
                double extra = c.op().equals("lstsq") ? cond : 1;
                double bScale = b == null ? 1 : max(b, opened) + 1;
                yield Np.full(new long[] {1}, cond * extra * (r + 1) * bScale * (a.shape()[a.ndim() - 1] + 1));
            }
            case "slogdet" -> Np.full(new long[] {1}, (a.shape()[a.ndim() - 1] + 1) * inverseScale(c, a, opened));
            case "eig", "eigvals" -> Np.full(new long[] {1}, eigScale(c, a, opened));
            case "cond" -> {
                double r = max(keep(opened, call(c, List.of(sign(c, 0)), opened)), opened);
                yield Np.full(new long[] {1}, (r + 1) * (a.shape()[a.ndim() - 1] + a.shape()[a.ndim() - 2] + 1)
                        * a.shape()[a.ndim() - 1] * inverseScale(c, a, opened));
            }
            case "tensorinv", "tensorsolve" -> {
                RandomCase.Operand in = c.inputs().get(0);
                long rows = c.op().equals("tensorinv") ? size(Arrays.copyOf(in.baseShape(), (Integer) c.param("ind")))
                        : size(c.inputs().get(1).baseShape());
                double cond = tensorCond(in, rows, opened);
                double r = max(keep(opened, call(c, b == null ? List.of(sign(c, 0)) : List.of(sign(c, 0), sign(c, 1)), opened)), opened);
                double bScale = b == null ? 1 : max(b, opened) + 1;
                yield Np.full(new long[] {1}, cond * (r + 1) * bScale * (rows + 1));
            }
            default -> Np.full(new long[] {1}, (max(a, opened) + 1) * (a.shape()[a.ndim() - 1] + a.shape()[a.ndim() - 2] + 1)
                    * (c.op().equals("qr") ? inverseScale(c, a, opened) : 1));
        };
        keep(opened, raw);
        return switch (c.op()) {
            case "dot", "vdot", "inner", "outer", "kron", "tensordot", "einsum", "trace", "convolve", "correlate", "multi_dot" ->
                    Np.multiply(raw, n);
            default -> Np.add(raw, 0.0);
        };
    }

    /** A matrix's 2-norm condition number (the stack's largest), capped at 1e6; 1 for empty ones. */
    private static double inverseScale(RandomCase c, Tensor a, List<Tensor> opened) {
        if (a.size() == 0) {
            return 1;
        }
        try (Tensor signed = c.inputs().get(0).build(); Tensor wide = signed.astype(DType.FLOAT64)) {
            double cond = max(keep(opened, Np.cond(wide)), opened);
            return Double.isNaN(cond) ? 1e6 : Math.max(1, Math.min(cond, 1e6));
        } catch (RuntimeException e) {
            return 1e6;
        }
    }

    /**
     * eig's error scale: (m·max|a| + 1) times the eigenvector matrix's condition number (the
     * eigenvalues' sensitivity, Bauer-Fike) times 1 + ‖a‖/gap for the eigenvectors, gap the
     * smallest distance between two eigenvalues of a matrix; each factor capped at 1e6.
     */
    private static double eigScale(RandomCase c, Tensor a, List<Tensor> opened) {
        if (a.size() == 0) {
            return 1;
        }
        Tensor[] wv = Np.eig(keep(opened, sign(c, 0)));
        Tensor w = keep(opened, wv[0]);
        Tensor v = keep(opened, wv[1]);
        double condV = max(keep(opened, Np.cond(v)), opened);
        condV = Double.isNaN(condV) ? 1e6 : Math.min(condV, 1e6);
        int m = (int) a.shape()[a.ndim() - 1];
        double[] values = w.toDoubleArray();
        double gap = Double.POSITIVE_INFINITY;
        for (int b = 0; b < values.length; b += m) {
            for (int i = b; i < b + m; i++) {
                for (int j = b; j < i; j++) {
                    gap = Math.min(gap, Math.abs(values[i] - values[j]));
                }
            }
        }
        double norm = max(a, opened) * m;
        return (norm + 1) * condV * Math.min(1 + norm / gap, 1e6);
    }

    /** The 2-norm condition number, capped at 1e6, of a tensor operand's base read as a matrix of {@code rows} rows. */
    private static double tensorCond(RandomCase.Operand in, long rows, List<Tensor> opened) {
        long n = size(in.baseShape());
        if (n == 0 || rows == 0 || n % rows != 0) {
            return 1;
        }
        try (Tensor base = new RandomCase.Operand(in.dtype(), in.baseShape(), in.floats(), in.ints(), List.of()).build();
             Tensor wide = base.astype(DType.FLOAT64); Tensor matrix = wide.reshape(rows, n / rows)) {
            double cond = max(keep(opened, Np.cond(matrix)), opened);
            return Double.isNaN(cond) ? 1e6 : Math.max(1, Math.min(cond, 1e6));
        } catch (RuntimeException e) {
            return 1e6;
        }
    }

    /** Input {@code i} of the case, with its signs, as float64 (kept in {@code opened} by the caller's list). */
    private static Tensor sign(RandomCase c, int i) {
        try (Tensor t = c.inputs().get(i).build()) {
            return t.astype(DType.FLOAT64);
        }
    }

    private static Tensor call(RandomCase c, List<Tensor> in, List<Tensor> opened) {
        in.forEach(t -> keep(opened, t));
        return call(c, in);
    }

    private static double max(Tensor t, List<Tensor> opened) {
        if (t.size() == 0) {
            return 0;
        }
        Tensor abs = keep(opened, Np.abs(t));
        Tensor finite = keep(opened, Np.where(keep(opened, Np.isfinite(abs)), abs, 0.0));
        return keep(opened, Np.max(finite)).toDoubleArray()[0];
    }

    private static Tensor keep(List<Tensor> opened, Tensor t) {
        if (!opened.contains(t)) {
            opened.add(t);
        }
        return t;
    }
}
