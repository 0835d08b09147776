package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.LinAlgException;
import io.jtensor.Np;
import io.jtensor.Slice;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * numpy.linalg's factorizations and the functions built on them: inv, solve, det, slogdet,
 * matrixPower, matrixRank, cholesky, qr, eigh, eigvalsh, svd, svdvals, pinv and lstsq. NumPy's
 * {@code linalg2.csv} (written by {@code tests/reference/generate.py linalg2}) is replayed line by
 * line through every overload: unique results against NumPy's values within a condition-number
 * based tolerance, results unique only up to sign (q, r, eigenvectors, singular vectors) by their
 * absolute values where NumPy's are unique, and every decomposition by its invariants (q @ r == a
 * with q orthonormal and r upper triangular, a @ v == v * w, u @ diag(s) @ vh == a), checked on the
 * host in double. The hand-written cases cover larger random matrices, the documented examples,
 * extreme matrix powers and the error messages.
 */
public abstract class Linalg2Conformance extends ConformanceCase {

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    // ---- the NumPy reference file ---------------------------------------------------------------

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("linalg2.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + abbreviate(row.get("inputs")) + ") " + row.get("args");
        List<Tensor> in = new ArrayList<>();
        for (String text : row.get("inputs").split(";")) {
            in.add((Tensor) ManipulationConformance.operand(text));
        }
        Map<String, String> args = ManipulationConformance.args(row.get("args"));
        List<Supplier<Tensor[]>> calls = calls(op, args, in);
        // svdvals' second overload is svd(a, false)
        replay(this, row, what, calls, c -> op.equals("svdvals") && c == 1 ? "svd" : javaName(op),
                (context, parts) -> invariants(context, op, in.getFirst(), parts));
    }

    /**
     * Replays one row of a linalg reference file (linalg2.csv's columns) through each of {@code calls}:
     * NumPy's refusal (an IllegalArgumentException whose message starts with {@code name} of the
     * overload's index, a LinAlgException for a numerical one), or every result's dtype, shape and
     * compared values, then {@code invariants} with the context and the results.
     */
    static void replay(ConformanceCase test, Row row, String what, List<Supplier<Tensor[]>> calls, IntFunction<String> name,
                       BiConsumer<String, Tensor[]> invariants) {
        if (row.get("result_dtype").equals("error")) {
            String numpyError = row.get("expected");
            boolean numerical = numpyError.contains("Singular matrix") || numpyError.contains("not positive definite");
            for (int c = 0; c < calls.size(); c++) {
                Supplier<Tensor[]> call = calls.get(c);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::get,
                        () -> what + ": NumPy raises " + numpyError);
                String expectedName = name.apply(c);
                assertTrue(e.getMessage().startsWith(expectedName + ": "), () -> what + ": the message names the op: "
                        + e.getMessage());
                if (numerical) {
                    assertInstanceOf(LinAlgException.class, e, what + ": NumPy's " + numpyError);
                }
            }
            return;
        }
        String[] dtypes = row.get("result_dtype").split(";");
        String[] shapes = row.get("result_shape").split(";");
        String[] compares = row.get("compare").split(";");
        String[] scales = row.get("scale").split(";");
        String[] expected = tokens(row.get("expected"));
        for (int c = 0; c < calls.size(); c++) {
            String context = what + " (overload " + c + ")";
            Tensor[] parts;
            try {
                parts = calls.get(c).get();
            } catch (RuntimeException e) {
                throw new AssertionError(context + ": threw " + e, e);
            }
            assertEquals(shapes.length, parts.length, context + ": number of results");
            int at = 0;
            for (int i = 0; i < parts.length; i++) {
                DType type = dtype(dtypes[i]);
                long[] shape = parseShape(shapes[i]);
                int n = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
                String part = context + (parts.length > 1 ? " result " + i : "");
                test.assertOnBackend(part, parts[i]);
                String compare = compares[i];
                if (compare.equals("-") || n == 0) {
                    Check.meta(part, parts[i], type, shape);
                    continue;
                }
                Tensor actual = compare.equals("a") ? Np.abs(parts[i]) : parts[i];
                Tolerance tol = type.isFloatingPoint() ? test.suite().linalgTolerance("decomposition", type) : Tolerance.EXACT;
                Check.tokens(part + (compare.equals("a") ? " (absolute values)" : ""), actual, type, shape,
                        Arrays.copyOfRange(expected, at, at + n), tol, ReferenceData.parseDouble(scales[i]));
                at += n;
            }
            assertEquals(expected.length, at, context + ": elements in all compared results");
            invariants.accept(context, parts);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static String javaName(String numpyName) {
        return switch (numpyName) {
            case "matrix_power" -> "matrixPower";
            case "matrix_rank" -> "matrixRank";
            case "multi_dot" -> "multiDot";
            case "matrix_transpose" -> "matrixTranspose";
            case "vector_norm" -> "vectorNorm";
            case "matrix_norm" -> "matrixNorm";
            default -> numpyName;
        };
    }

    /** Every overload of the public API that computes a line. */
    private static List<Supplier<Tensor[]>> calls(String op, Map<String, String> args, List<Tensor> in) {
        Tensor x = in.getFirst();
        List<Supplier<Tensor[]>> calls = new ArrayList<>();
        switch (op) {
            case "inv" -> calls.add(() -> new Tensor[] {Np.inv(x)});
            case "det" -> calls.add(() -> new Tensor[] {Np.det(x)});
            case "slogdet" -> calls.add(() -> Np.slogdet(x));
            case "solve" -> calls.add(() -> new Tensor[] {Np.solve(x, in.get(1))});
            case "matrix_power" -> {
                long n = Long.parseLong(args.get("n"));
                calls.add(() -> new Tensor[] {Np.matrixPower(x, n)});
            }
            case "matrix_rank" -> {
                if (args.containsKey("tol")) {
                    double tol = Double.parseDouble(args.get("tol"));
                    calls.add(() -> new Tensor[] {Np.matrixRank(x, tol)});
                } else {
                    calls.add(() -> new Tensor[] {Np.matrixRank(x)});
                }
            }
            case "cholesky" -> calls.add(() -> new Tensor[] {Np.cholesky(x)});
            case "qr" -> calls.add(() -> Np.qr(x));
            case "eigh" -> calls.add(() -> Np.eigh(x));
            case "eigvalsh" -> calls.add(() -> new Tensor[] {Np.eigvalsh(x)});
            case "svd" -> {
                calls.add(() -> Np.svd(x));
                calls.add(() -> Np.svd(x, true));
            }
            case "svdvals" -> {
                calls.add(() -> new Tensor[] {Np.svdvals(x)});
                calls.add(() -> Np.svd(x, false));
            }
            case "pinv" -> {
                String rcond = args.get("rcond");
                if (rcond.equals("none")) {
                    calls.add(() -> new Tensor[] {Np.pinv(x)});
                    calls.add(() -> new Tensor[] {Np.pinv(x, 1e-15)});
                } else {
                    double r = Double.parseDouble(rcond);
                    calls.add(() -> new Tensor[] {Np.pinv(x, r)});
                }
            }
            case "lstsq" -> {
                String rcond = args.get("rcond");
                if (rcond.equals("none")) {
                    calls.add(() -> Np.lstsq(x, in.get(1)));
                } else {
                    double r = Double.parseDouble(rcond);
                    calls.add(() -> Np.lstsq(x, in.get(1), r));
                }
            }
            case "cond" -> {
                String p = args.get("p");
                switch (p) {
                    case "none" -> calls.add(() -> new Tensor[] {Np.cond(x)});
                    case "fro", "nuc" -> calls.add(() -> new Tensor[] {Np.cond(x, p)});
                    default -> calls.add(() -> new Tensor[] {Np.cond(x, ReferenceData.parseDouble(p))});
                }
            }
            case "multi_dot" -> calls.add(() -> new Tensor[] {Np.multiDot(in.toArray(Tensor[]::new))});
            case "tensorinv" -> {
                int ind = Integer.parseInt(args.get("ind"));
                calls.add(() -> new Tensor[] {Np.tensorinv(x, ind)});
                if (ind == 2) {
                    calls.add(() -> new Tensor[] {Np.tensorinv(x)});
                }
            }
            case "tensorsolve" -> {
                String axes = args.get("axes");
                if (axes.equals("none")) {
                    calls.add(() -> new Tensor[] {Np.tensorsolve(x, in.get(1))});
                } else {
                    int[] a = Arrays.stream(axes.split(":")).mapToInt(Integer::parseInt).toArray();
                    calls.add(() -> new Tensor[] {Np.tensorsolve(x, in.get(1), a)});
                }
            }
            case "vecdot" -> {
                int axis = Integer.parseInt(args.get("axis"));
                calls.add(() -> new Tensor[] {Np.vecdot(x, in.get(1), axis)});
                if (axis == -1) {
                    calls.add(() -> new Tensor[] {Np.vecdot(x, in.get(1))});
                }
            }
            case "matrix_transpose" -> calls.add(() -> new Tensor[] {Np.matrixTranspose(x)});
            case "vector_norm" -> {
                double ord = ReferenceData.parseDouble(args.get("ord"));
                String axis = args.get("axis");
                int[] axes = axis.equals("none") ? null : Arrays.stream(axis.split(":")).mapToInt(Integer::parseInt).toArray();
                boolean keepdims = Boolean.parseBoolean(args.get("keepdims"));
                calls.add(() -> new Tensor[] {Np.vectorNorm(x, ord, axes, keepdims)});
                if (ord == 2 && axes == null && !keepdims) {
                    calls.add(() -> new Tensor[] {Np.vectorNorm(x)});
                }
            }
            case "matrix_norm" -> {
                String ord = args.get("ord");
                boolean keepdims = Boolean.parseBoolean(args.get("keepdims"));
                if (ord.equals("fro") || ord.equals("nuc")) {
                    calls.add(() -> new Tensor[] {Np.matrixNorm(x, ord, keepdims)});
                    if (ord.equals("fro") && !keepdims) {
                        calls.add(() -> new Tensor[] {Np.matrixNorm(x)});
                    }
                } else {
                    calls.add(() -> new Tensor[] {Np.matrixNorm(x, ReferenceData.parseDouble(ord), keepdims)});
                }
            }
            default -> throw new AssertionError("unknown op " + op);
        }
        return calls;
    }

    // ---- invariants, checked on the host in double ------------------------------------------------

    /** The matrices of a stack as double[count][rows * cols], with rows and cols. */
    record Matrices(double[][] data, int rows, int cols) {

        static Matrices of(Tensor t) {
            long[] s = t.shape();
            int rows = (int) s[s.length - 2];
            int cols = (int) s[s.length - 1];
            double[] all = t.toDoubleArray();
            int count = (int) Arrays.stream(Arrays.copyOf(s, s.length - 2)).reduce(1, Math::multiplyExact);
            double[][] data = new double[count][];
            for (int i = 0; i < count; i++) {
                data[i] = Arrays.copyOfRange(all, i * rows * cols, (i + 1) * rows * cols);
            }
            return new Matrices(data, rows, cols);
        }

        /** Stack of vectors (..., k) as count x k. */
        static double[][] vectors(Tensor t) {
            long[] s = t.shape();
            int k = (int) s[s.length - 1];
            double[] all = t.toDoubleArray();
            double[][] data = new double[k == 0 ? (int) Arrays.stream(Arrays.copyOf(s, s.length - 1))
                    .reduce(1, Math::multiplyExact) : all.length / k][];
            for (int i = 0; i < data.length; i++) {
                data[i] = Arrays.copyOfRange(all, i * k, (i + 1) * k);
            }
            return data;
        }
    }

    static double[] multiply(double[] a, double[] b, int m, int k, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += a[i * k + p] * b[p * n + j];
                }
            }
        }
        return c;
    }

    static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        return t;
    }

    static double frobenius(double[] a) {
        double s = 0;
        for (double v : a) {
            s = Math.hypot(s, v);
        }
        return s;
    }

    /** Asserts |actual - expected| <= 32 * n * eps(type) * scale element by element. */
    static void near(String context, double[] expected, double[] actual, int n, DType type, double scale) {
        double bound = 32.0 * Math.max(n, 1) * Tolerance.eps(type) * scale;
        for (int i = 0; i < expected.length; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            int at = i;
            assertTrue(error <= bound, () -> context + ": element " + at + " is " + actual[at] + ", expected "
                    + expected[at] + " (error " + error + " > " + bound + ")");
        }
    }

    static double[] identity(int n) {
        double[] e = new double[n * n];
        for (int i = 0; i < n; i++) {
            e[i * n + i] = 1;
        }
        return e;
    }

    private static void invariants(String context, String op, Tensor a, Tensor[] parts) {
        switch (op) {
            case "qr" -> qrInvariants(context, a, parts[0], parts[1]);
            case "eigh" -> eighInvariants(context, a, parts[0], parts[1]);
            case "svd" -> svdInvariants(context, a, parts[0], parts[1], parts[2]);
            default -> {
            }
        }
    }

    private static void qrInvariants(String context, Tensor a, Tensor q, Tensor r) {
        Matrices am = Matrices.of(a);
        Matrices qm = Matrices.of(q);
        Matrices rm = Matrices.of(r);
        int m = am.rows();
        int n = am.cols();
        int k = Math.min(m, n);
        DType type = q.dtype();
        for (int i = 0; i < am.data().length; i++) {
            String at = context + " matrix " + i;
            near(at + ": q @ r == a", am.data()[i], multiply(qm.data()[i], rm.data()[i], m, k, n), Math.max(m, n),
                    type, frobenius(am.data()[i]));
            near(at + ": q.T @ q == I", identity(k), multiply(transpose(qm.data()[i], m, k), qm.data()[i], k, m, k),
                    m, type, 1);
            for (int row = 0; row < k; row++) {
                for (int col = 0; col < Math.min(row, n); col++) {
                    assertEquals(0.0, rm.data()[i][row * n + col], at + ": r is upper triangular at " + row + ", " + col);
                }
            }
        }
    }

    private static void eighInvariants(String context, Tensor a, Tensor w, Tensor v) {
        Matrices am = Matrices.of(a);
        Matrices vm = Matrices.of(v);
        double[][] wv = Matrices.vectors(w);
        int n = am.rows();
        DType type = w.dtype();
        for (int i = 0; i < am.data().length; i++) {
            String at = context + " matrix " + i;
            double[] lower = am.data()[i].clone();
            for (int r = 0; r < n; r++) {
                for (int c = r + 1; c < n; c++) {
                    lower[r * n + c] = lower[c * n + r];         // UPLO='L': the upper triangle is not read
                }
            }
            double[] av = multiply(lower, vm.data()[i], n, n, n);
            double[] vw = vm.data()[i].clone();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    vw[r * n + c] *= wv[i][c];
                }
            }
            near(at + ": a @ v == v * w", av, vw, n, type, frobenius(lower));
            near(at + ": v.T @ v == I", identity(n), multiply(transpose(vm.data()[i], n, n), vm.data()[i], n, n, n), n,
                    type, 1);
            for (int c = 1; c < n; c++) {
                assertTrue(wv[i][c - 1] <= wv[i][c], at + ": eigenvalues ascending " + Arrays.toString(wv[i]));
            }
        }
    }

    private static void svdInvariants(String context, Tensor a, Tensor u, Tensor s, Tensor vh) {
        Matrices am = Matrices.of(a);
        Matrices um = Matrices.of(u);
        Matrices vm = Matrices.of(vh);
        double[][] sv = Matrices.vectors(s);
        int m = am.rows();
        int n = am.cols();
        int k = Math.min(m, n);
        DType type = s.dtype();
        for (int i = 0; i < am.data().length; i++) {
            String at = context + " matrix " + i;
            double[] us = um.data()[i].clone();
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < k; c++) {
                    us[r * k + c] *= sv[i][c];
                }
            }
            near(at + ": u @ diag(s) @ vh == a", am.data()[i], multiply(us, vm.data()[i], m, k, n), Math.max(m, n), type,
                    frobenius(am.data()[i]));
            near(at + ": u.T @ u == I", identity(k), multiply(transpose(um.data()[i], m, k), um.data()[i], k, m, k), m,
                    type, 1);
            near(at + ": vh @ vh.T == I", identity(k), multiply(vm.data()[i], transpose(vm.data()[i], k, n), k, n, k), n,
                    type, 1);
            for (int c = 0; c < k; c++) {
                assertTrue(sv[i][c] >= 0 && (c == 0 || sv[i][c - 1] >= sv[i][c]),
                        at + ": singular values non-negative and descending " + Arrays.toString(sv[i]));
            }
        }
    }

    // ---- larger matrices: identities NumPy would also satisfy ---------------------------------------

    private static double[] random(Random rng, int n, double diagonal) {
        double[] v = new double[n * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            v[i * n + i] += diagonal;
        }
        return v;
    }

    @Test
    void largeRandomMatricesSatisfyTheirIdentities() {
        Random rng = new Random(42);
        int n = 40;
        double[] values = random(rng, n, n);
        Tensor a = Np.array(values, n, n);
        double[] inverse = Np.inv(a).toDoubleArray();
        near("inv(a) @ a == I", identity(n), multiply(inverse, values, n, n, n), n, FLOAT64, 4);
        double[] b = random(rng, n, 0);
        Tensor x = Np.solve(a, Np.array(b, n, n));
        near("a @ solve(a, b) == b", b, multiply(values, x.toDoubleArray(), n, n, n), n, FLOAT64, frobenius(b));
        double det = Np.det(a).item();
        double detInverse = Np.det(Np.inv(a)).item();
        assertEquals(1.0, det * detInverse, 1e-10, "det(a) * det(inv(a))");
        Tensor[] sl = Np.slogdet(a);
        assertEquals(Math.signum(det), sl[0].item());
        assertEquals(Math.log(Math.abs(det)), sl[1].item(), 1e-10 * Math.abs(Math.log(Math.abs(det))));
        // a Gram matrix is symmetric positive definite: its Cholesky factor, eigenvalues and singular values agree
        Tensor gram = Np.matmul(a, a.T());
        double[] l = Np.cholesky(gram).toDoubleArray();
        double[] g = gram.toDoubleArray();
        near("L @ L.T == gram", g, multiply(l, transpose(l, n, n), n, n, n), n, FLOAT64, frobenius(g));
        double[] eigenvalues = Np.eigvalsh(gram).toDoubleArray();
        double[] singular = Np.svdvals(a).toDoubleArray();
        for (int i = 0; i < n; i++) {
            double squared = singular[n - 1 - i] * singular[n - 1 - i];
            assertEquals(squared, eigenvalues[i], 1e-10 * eigenvalues[n - 1], "eigenvalue " + i + " == s^2");
        }
        near("pinv(a) == inv(a) for a non-singular a", inverse, Np.pinv(a).toDoubleArray(), n, FLOAT64,
                frobenius(inverse) * 100);
        assertEquals(n, Np.matrixRank(a).toLongArray()[0]);
        Tensor[] qr = Np.qr(a);
        qrInvariants("qr 40x40", a, qr[0], qr[1]);
        Tensor[] usv = Np.svd(Np.matmul(a, Np.ones(n, 3)));               // rank 3 of 40 x 3... then rank-deficient
        svdInvariants("svd 40x3", Np.matmul(a, Np.ones(n, 3)), usv[0], usv[1], usv[2]);
        Tensor[] wv = Np.eigh(gram);
        eighInvariants("eigh 40x40", gram, wv[0], wv[1]);
    }

    @Test
    void singularVectorsOfZeroSingularValuesStayOrthonormal() {
        // NumPy 2.4: svd of these 0/1 matrices of rank 3 has s[3] ~ 1e-17 and u.T @ u == I; the one-sided
        // Jacobi left a column of 5e-155 (squares underflowing) whose direction was noise (u.T @ u off by 0.79)
        double[][] rankThree = {{1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0}, {0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1}};
        for (double[] values : rankThree) {
            Tensor a = Np.array(values, 4, 4);
            Tensor[] usv = Np.svd(a);
            svdInvariants("svd " + Arrays.toString(values), a, usv[0], usv[1], usv[2]);
            Tensor wide = a.get(Slice.of(0L, 3L, null));
            Tensor[] t = Np.svd(wide.T());
            svdInvariants("svd of the first 3 rows' transpose", wide.T(), t[0], t[1], t[2]);
            Tensor[] w = Np.svd(wide);
            svdInvariants("svd of the first 3 rows", wide, w[0], w[1], w[2]);
        }
    }

    @Test
    void theJavadocExamplesHold() {
        Tolerance close = Tolerance.of(4, 16);
        assertDoubles("inv", Np.inv(Np.array(new double[] {4, 7, 2, 6}, 2, 2)), FLOAT64, shape(2, 2), close,
                0.6, -0.7, -0.2, 0.4);
        assertDoubles("solve", Np.solve(Np.array(new double[] {3, 1, 1, 2}, 2, 2), Np.array(new double[] {9, 8})),
                FLOAT64, shape(2), close, 2, 3);
        assertDoubles("det", Np.det(Np.array(new double[] {1, 2, 3, 4}, 2, 2)), FLOAT64, shape(), close, -2);
        Tensor[] sl = Np.slogdet(Np.array(new double[] {1, 2, 3, 4}, 2, 2));
        assertDoubles("slogdet sign", sl[0], FLOAT64, shape(), Tolerance.EXACT, -1);
        assertDoubles("slogdet log", sl[1], FLOAT64, shape(), close, Math.log(2));
        assertLongs(Np.matrixPower(Np.array(new long[] {1, 1, 1, 0}, 2, 2), 10), INT64, shape(2, 2), 89, 55, 55, 34);
        assertLongs(Np.matrixRank(Np.array(new double[] {1, 2, 2, 4}, 2, 2)), INT64, shape(), 1);
        assertDoubles("cholesky", Np.cholesky(Np.array(new double[] {4, 2, 2, 5}, 2, 2)), FLOAT64, shape(2, 2), close,
                2, 0, 1, 2);
        assertEquals(5.0, Math.abs(Np.qr(Np.array(new double[] {3, 1, 4, 2}, 2, 2))[1].toDoubleArray()[0]), 1e-14);
        assertDoubles("eigh", Np.eigh(Np.array(new double[] {2, 1, 1, 2}, 2, 2))[0], FLOAT64, shape(2), close, 1, 3);
        assertDoubles("svd", Np.svd(Np.array(new double[] {3, 0, 0, -4}, 2, 2))[1], FLOAT64, shape(2), close, 4, 3);
        assertDoubles("pinv", Np.pinv(Np.array(new double[] {1, 2, 2, 4}, 2, 2)), FLOAT64, shape(2, 2), close,
                0.04, 0.08, 0.08, 0.16);
        Tensor[] fit = Np.lstsq(Np.array(new double[] {1, 1, 1, 2, 1, 3}, 3, 2), Np.array(new double[] {1, 2, 2}));
        // through the SVD: within about cond(a)^2 eps (cond = 6.8 here)
        Tolerance squared = Tolerance.ulps(64);
        assertDoubles("lstsq", fit[0], FLOAT64, shape(2), squared, 2.0 / 3, 0.5);
        assertDoubles("lstsq residuals", fit[1], FLOAT64, shape(1), squared, 1.0 / 6);
        assertLongs(fit[2], INT32, shape(), 2);
    }

    @Test
    void matrixPowersOfEveryExponentSize() {
        Tensor swap = Np.array(new double[] {0, 1, 1, 0}, 2, 2);
        // Long.MIN_VALUE: inv(swap) raised to 2^63, an even power of a permutation
        assertDoubles("swap^MIN", Np.matrixPower(swap, Long.MIN_VALUE), FLOAT64, shape(2, 2), Tolerance.EXACT, 1, 0, 0, 1);
        assertDoubles("swap^MAX", Np.matrixPower(swap, Long.MAX_VALUE), FLOAT64, shape(2, 2), Tolerance.EXACT, 0, 1, 1, 0);
        Tensor x = Np.array(new int[] {1, 2, 3, 4}).reshape(2, 2);
        Tensor one = Np.matrixPower(x, 1);
        Np.copyto(one, Np.zeros(shape(2, 2), INT32));
        assertLongs(x, INT32, shape(2, 2), 1, 2, 3, 4);                   // n = 1: a new tensor, not a
        assertDoubles("float32 stays float32", Np.matrixPower(Np.array(new float[] {2, 0, 0, 4}, 2, 2), -2), FLOAT32,
                shape(2, 2), Tolerance.EXACT, 0.25, 0, 0, 0.0625);
    }

    @Test
    void nonFiniteInputGivesNonFiniteResultsWithoutHanging() {
        // NumPy's LAPACK answers vary here (svd may raise "did not converge", eigvalsh may return
        // numbers); jtensor propagates NaN through every algorithm and always terminates
        Tensor a = Np.array(new double[] {1, Double.NaN, Double.NaN, 2}, 2, 2);
        for (Tensor r : List.of(Np.inv(a), Np.det(a), Np.slogdet(a)[1], Np.eigh(a)[0], Np.eigh(a)[1], Np.svd(a)[0],
                Np.svd(a)[1], Np.svd(a)[2], Np.svdvals(a), Np.pinv(a), Np.qr(a)[1], Np.solve(a, Np.ones(2)),
                Np.lstsq(a, Np.ones(2))[0])) {
            assertTrue(Arrays.stream(r.toDoubleArray()).anyMatch(Double::isNaN), () -> "NaN propagates: " + r);
        }
        assertInstanceOf(LinAlgException.class, iae(() -> Np.cholesky(a), "cholesky: matrix is not positive definite"));
    }

    @Test
    void infinitiesGoThroughTheLuArithmeticAsNumPys() {
        // NumPy 2.4 with OpenBLAS 0.3.31: the LU update multiplies zero factors too (0 * inf is NaN), an
        // exactly zero pivot makes det +0.0 and slogdet (0, -inf) whatever else the matrix holds, and
        // slogdet's sign is the permutation's flipped by negative pivots (a NaN pivot leaves it +-1)
        double inf = Double.POSITIVE_INFINITY;
        double nan = Double.NaN;
        Tensor zeroPivot = Np.array(new double[] {inf, 1, 0, 0}, 2, 2);
        assertDoubles("det([[inf, 1], [0, 0]])", Np.det(zeroPivot), FLOAT64, shape(), Tolerance.EXACT, 0.0);
        assertDoubles("slogdet([[inf, 1], [0, 0]]) sign", Np.slogdet(zeroPivot)[0], FLOAT64, shape(), Tolerance.EXACT, 0.0);
        assertDoubles("slogdet([[inf, 1], [0, 0]]) log", Np.slogdet(zeroPivot)[1], FLOAT64, shape(), Tolerance.EXACT, -inf);
        Tensor zeroTimesInf = Np.array(new double[] {2, -inf, 0, 3}, 2, 2);
        assertDoubles("det([[2, -inf], [0, 3]])", Np.det(zeroTimesInf), FLOAT64, shape(), Tolerance.EXACT, nan);
        assertDoubles("slogdet([[2, -inf], [0, 3]]) sign", Np.slogdet(zeroTimesInf)[0], FLOAT64, shape(), Tolerance.EXACT, 1.0);
        assertDoubles("inv([[-9.25, -inf], [0, -10.25]])", Np.inv(Np.array(new double[] {-9.25, -inf, 0, -10.25}, 2, 2)),
                FLOAT64, shape(2, 2), Tolerance.EXACT, nan, nan, nan, nan);
        assertDoubles("solve([[-11, -inf], [0.75, -11]], [[2, 3], [-3, -2]])",
                Np.solve(Np.array(new double[] {-11, -inf, 0.75, -11}, 2, 2), Np.array(new double[] {2, 3, -3, -2}, 2, 2)),
                FLOAT64, shape(2, 2), Tolerance.EXACT, nan, nan, 0.0, 0.0);
        assertDoubles("slogdet([[nan]]) sign", Np.slogdet(Np.array(new double[] {nan}, 1, 1))[0], FLOAT64, shape(),
                Tolerance.EXACT, 1.0);
        Tensor[] negative = Np.slogdet(Np.array(new double[] {-inf}, 1, 1));
        assertDoubles("slogdet([[-inf]]) sign", negative[0], FLOAT64, shape(), Tolerance.EXACT, -1.0);
        assertDoubles("slogdet([[-inf]]) log", negative[1], FLOAT64, shape(), Tolerance.EXACT, inf);
    }

    @Test
    void tensorinvTakesIndAboveTheRankAndRefusesEmptyTensorsAsNumPy() {
        // NumPy 2.4: a.reshape(prod(shape[ind:]), -1) reads ind > ndim as one row; every empty a fails there or in inv
        assertDoubles("tensorinv([4.0], 2)", Np.tensorinv(Np.array(new double[] {4}), 2), FLOAT64, shape(1),
                Tolerance.EXACT, 0.25);
        assertInstanceOf(LinAlgException.class, iae(() -> Np.tensorinv(Np.eye(2), 3),
                "tensorinv: a of shape (2, 2) read with ind=3 is a 1x4 matrix; it must be square"));
        assertInstanceOf(LinAlgException.class, iae(() -> Np.tensorinv(Np.zeros(0, 0), 1),
                "tensorinv: a of shape (0, 0) is empty"));
        iae(() -> Np.tensorinv(Np.zeros(2, 0), 1), "tensorinv: a of shape (2, 0) is empty");
        iae(() -> Np.tensorinv(Np.eye(2), 0), "tensorinv: ind must be positive, got 0 for a of shape (2, 2)");
    }

    // ---- error messages ---------------------------------------------------------------------------

    @Test
    void errorsNameTheOpTheShapeAndTheMatrix() {
        Tensor stack = Np.array(new double[] {1, 0, 0, 1, 1, 2, 2, 4}, 2, 2, 2);
        LinAlgException e = assertInstanceOf(LinAlgException.class, iae(() -> Np.inv(stack),
                "inv: singular matrix: a of shape (2, 2, 2) (matrix at index [1] of the stack) has no inverse"));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        iae(() -> Np.solve(stack, Np.ones(2)), "solve: singular matrix: a of shape (2, 2, 2) (matrix at index [1]");
        iae(() -> Np.matrixPower(stack, -1), "matrixPower: singular matrix");
        assertInstanceOf(LinAlgException.class, iae(() -> Np.cholesky(Np.array(new double[] {4, 0, 0, 9, 1, 2, 2, 1}, 2, 2, 2)),
                "cholesky: matrix is not positive definite: a of shape (2, 2, 2) (matrix at index [1] of the stack)"));
        iae(() -> Np.inv(Np.zeros(2, 3)), "inv: the last 2 dimensions of a must be square, got shape (2, 3)");
        iae(() -> Np.det(Np.zeros(3)), "det: a must be at least 2-d (a matrix or a stack of matrices), got shape (3,)");
        iae(() -> Np.eigh(Np.zeros(2, 3)), "eigh: the last 2 dimensions of a must be square");
        iae(() -> Np.matrixPower(Np.zeros(2, 3), 2), "matrixPower: the last 2 dimensions of a must be square");
        iae(() -> Np.svd(Np.zeros(3)), "svd: a must be at least 2-d");
        iae(() -> Np.svd(Np.zeros(3), false), "svd: a must be at least 2-d");
        iae(() -> Np.svdvals(Np.zeros(3)), "svdvals: a must be at least 2-d");
        iae(() -> Np.solve(Np.eye(3), Np.ones(2, 3)),
                "solve: b of shape (2, 3) does not match a of shape (3, 3): b must have shape (3,) (a 1-d b) or (..., 3, K)");
        iae(() -> Np.solve(Np.zeros(2, 3, 3), Np.ones(3, 3, 1)), "solve:");
        iae(() -> Np.pinv(Np.eye(2), -1), "pinv: rcond must be >= 0, got -1.0");
        iae(() -> Np.lstsq(Np.zeros(2, 2, 2), Np.ones(2)), "lstsq: a must be 2-d (one matrix; NumPy's lstsq takes no stacks), got shape (2, 2, 2)");
        iae(() -> Np.lstsq(Np.zeros(3, 2), Np.ones(2)),
                "lstsq: b of shape (2,) does not match a of shape (3, 2): b must have shape (3,) or (3, K)");
        throwsWith(NullPointerException.class, () -> Np.inv(null), "inv: a is null");
        throwsWith(NullPointerException.class, () -> Np.solve(Np.eye(2), null), "solve: second operand is null");
        Tensor closed = Np.eye(2);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.qr(closed), "qr");
        throwsWith(IllegalStateException.class, () -> Np.matrixPower(closed, 2), "matrixPower");
    }

    @Test
    void mixedBackendsAreRefusedByName() {
        Tensor here = Np.eye(2);
        Tensor there;
        try (var scope = Np.useBackend(new ForeignBackend(backend()))) {
            there = Np.ones(2);
        }
        iae(() -> Np.solve(here, there), "solve: tensors are on different backends");
    }

    @Test
    void resultsLiveOnTheOperandsBackend() {
        Tensor[] results;
        ForeignBackend other = new ForeignBackend(backend());
        Tensor a;
        try (var scope = Np.useBackend(other)) {
            a = Np.array(new double[] {4, 2, 2, 5}, 2, 2);
        }
        results = new Tensor[] {Np.inv(a), Np.det(a), Np.slogdet(a)[1], Np.cholesky(a), Np.qr(a)[0], Np.eigh(a)[1],
                Np.svd(a)[2], Np.pinv(a), Np.matrixRank(a), Np.matrixPower(a, 3), Np.solve(a, a)};
        for (Tensor r : results) {
            assertEquals(other, r.backend(), "a result is on a's backend");
        }
    }

    /**
     * NumPy's eig, eigvals, polyfit and roots reach linalg's routines, which refuse float16 (eig.csv
     * and the polynomial rows predate float16); roots of fewer than two coefficients never get there.
     */
    @Test
    void float16IsRefusedByEigPolyfitAndRoots() {
        Tensor h = Np.array(new double[] {2, 1, 1, 3}, 2, 2).astype(DType.FLOAT16);
        Tensor v = Np.array(new double[] {1, 2, 1}).astype(DType.FLOAT16);
        Tensor x = Np.array(new double[] {1, 2, 3});
        String unsupported = "array type float16 is unsupported in linalg";
        iae(() -> Np.eig(h), "eig: ", unsupported);
        iae(() -> Np.eigvals(h), "eigvals: ", unsupported);
        iae(() -> Np.roots(v), "roots: ", unsupported);
        iae(() -> Np.polyfit(v, x, 1), "polyfit: ", unsupported);
        iae(() -> Np.polyfit(x, v, 1), "polyfit: ", unsupported);
        Tensor none = Np.roots(Np.array(new double[] {0, 2}).astype(DType.FLOAT16));
        assertEquals(0, none.size(), "a constant has no roots to find");
    }
}
