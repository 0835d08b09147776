package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Index;
import io.jtensor.LinAlgException;
import io.jtensor.Np;
import io.jtensor.Slice;
import io.jtensor.Tensor;
import io.jtensor.conformance.Linalg2Conformance.Matrices;
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
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.Linalg2Conformance.frobenius;
import static io.jtensor.conformance.Linalg2Conformance.identity;
import static io.jtensor.conformance.Linalg2Conformance.multiply;
import static io.jtensor.conformance.Linalg2Conformance.near;
import static io.jtensor.conformance.Linalg2Conformance.transpose;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy 2.4's keywords of numpy.linalg: qr's modes (reduced, complete, r, raw), svd's full_matrices
 * and hermitian, eigh's and eigvalsh's UPLO, cholesky's upper, pinv's hermitian and rtol (pinvRtol),
 * matrix_rank's tol, rtol and hermitian. NumPy's {@code linalg_modes.csv} (written by
 * {@code tests/reference/generate.py linalg_modes}) is replayed through every overload: values
 * within linalg2's condition-number based tolerance (qr's q, r, h and tau by value, their signs
 * being LAPACK's; eigen and singular vectors by absolute value; svd's full u and vh by invariants
 * only, their completion being unspecified), every result's shape and dtype, NumPy's refusals; and
 * each decomposition by its invariants, on the host in double. The hand-written cases cover the
 * documented examples, the relations between the modes (raw's reflectors rebuild complete's q,
 * upper is lower's transpose), larger matrices and the messages of the refusals.
 */
public abstract class LinalgModesConformance extends ConformanceCase {

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    // ---- the NumPy reference file ---------------------------------------------------------------

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("linalg_modes.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ") " + row.get("args");
        Tensor x = (Tensor) ManipulationConformance.operand(row.get("inputs"));
        Map<String, String> args = ManipulationConformance.args(row.get("args"));
        List<Supplier<Tensor[]>> calls = calls(op, args, x);
        Linalg2Conformance.replay(this, row, what, calls, c -> op.equals("matrix_rank") ? "matrixRank" : op,
                (context, parts) -> invariants(context, op, args, x, parts));
    }

    private static Double orNull(String text) {
        return text.equals("none") ? null : ReferenceData.parseDouble(text);
    }

    /** Every overload of the public API that computes a line. */
    private static List<Supplier<Tensor[]>> calls(String op, Map<String, String> args, Tensor x) {
        List<Supplier<Tensor[]>> calls = new ArrayList<>();
        switch (op) {
            case "qr" -> {
                String mode = args.get("mode");
                calls.add(() -> Np.qr(x, mode));
                if (mode.equals("reduced")) {
                    calls.add(() -> Np.qr(x));
                }
            }
            case "svd" -> {
                boolean full = Boolean.parseBoolean(args.get("full_matrices"));
                boolean uv = Boolean.parseBoolean(args.get("compute_uv"));
                boolean hermitian = Boolean.parseBoolean(args.get("hermitian"));
                calls.add(() -> Np.svd(x, full, uv, hermitian));
                if (!hermitian) {
                    calls.add(() -> Np.svd(x, full, uv));
                }
            }
            case "eigh", "eigvalsh" -> {
                String uplo = args.get("UPLO").equals("empty") ? "" : args.get("UPLO");
                calls.add(op.equals("eigh") ? () -> Np.eigh(x, uplo) : () -> new Tensor[] {Np.eigvalsh(x, uplo)});
            }
            case "cholesky" -> {
                boolean upper = Boolean.parseBoolean(args.get("upper"));
                calls.add(() -> new Tensor[] {Np.cholesky(x, upper)});
            }
            case "pinv" -> {
                boolean hermitian = Boolean.parseBoolean(args.get("hermitian"));
                if (args.containsKey("rtol")) {
                    Double rtol = orNull(args.get("rtol"));
                    calls.add(() -> new Tensor[] {Np.pinvRtol(x, rtol, hermitian)});
                } else {
                    Double rcond = orNull(args.get("rcond"));
                    double r = rcond == null ? 1e-15 : rcond;
                    calls.add(() -> new Tensor[] {Np.pinv(x, r, hermitian)});
                }
            }
            case "matrix_rank" -> {
                Double tol = orNull(args.get("tol"));
                Double rtol = orNull(args.get("rtol"));
                boolean hermitian = Boolean.parseBoolean(args.get("hermitian"));
                calls.add(() -> new Tensor[] {Np.matrixRank(x, tol, rtol, hermitian)});
                if (tol != null && rtol == null && !hermitian) {
                    calls.add(() -> new Tensor[] {Np.matrixRank(x, tol.doubleValue())});
                }
            }
            default -> throw new AssertionError("unknown op " + op);
        }
        return calls;
    }

    // ---- invariants, checked on the host in double ------------------------------------------------

    private static void invariants(String context, String op, Map<String, String> args, Tensor a, Tensor[] parts) {
        switch (op) {
            case "qr" -> {
                switch (args.get("mode")) {
                    case "raw" -> rawInvariants(context, a, parts[0], parts[1]);
                    case "r" -> upperTriangular(context + ": r", Matrices.of(parts[0]));
                    default -> qrInvariants(context, a, parts[0], parts[1]);
                }
            }
            case "svd" -> {
                if (parts.length == 3) {
                    svdInvariants(context, Boolean.parseBoolean(args.get("hermitian")) ? symmetric(a, false) : Matrices.of(a),
                            parts[0], parts[1], parts[2]);
                }
            }
            case "eigh" -> eighInvariants(context, symmetric(a, !args.get("UPLO").equalsIgnoreCase("L")), parts[0], parts[1]);
            case "cholesky" -> choleskyInvariants(context, a, parts[0], Boolean.parseBoolean(args.get("upper")));
            default -> {
            }
        }
    }

    /** The symmetric matrices whose lower (or upper) triangle a holds. */
    private static Matrices symmetric(Tensor a, boolean upper) {
        Matrices m = Matrices.of(a);
        int n = m.rows();
        double[][] data = new double[m.data().length][];
        for (int i = 0; i < data.length; i++) {
            data[i] = m.data()[i].clone();
            for (int r = 0; r < n; r++) {
                for (int c = r + 1; c < n; c++) {
                    if (upper) {
                        data[i][c * n + r] = data[i][r * n + c];
                    } else {
                        data[i][r * n + c] = data[i][c * n + r];
                    }
                }
            }
        }
        return new Matrices(data, n, n);
    }

    private static void upperTriangular(String context, Matrices r) {
        for (int i = 0; i < r.data().length; i++) {
            for (int row = 0; row < r.rows(); row++) {
                for (int col = 0; col < Math.min(row, r.cols()); col++) {
                    assertEquals(0.0, r.data()[i][row * r.cols() + col], context + " matrix " + i + " is upper triangular at "
                            + row + ", " + col);
                }
            }
        }
    }

    private static void orthonormalColumns(String context, double[] q, int rows, int cols, DType type) {
        near(context + ": q.T @ q == I", identity(cols), multiply(transpose(q, rows, cols), q, cols, rows, cols), rows, type, 1);
    }

    private static void qrInvariants(String context, Tensor a, Tensor q, Tensor r) {
        Matrices am = Matrices.of(a);
        Matrices qm = Matrices.of(q);
        Matrices rm = Matrices.of(r);
        int m = am.rows();
        int n = am.cols();
        int columns = qm.cols();
        upperTriangular(context + ": r", rm);
        for (int i = 0; i < am.data().length; i++) {
            String at = context + " matrix " + i;
            near(at + ": q @ r == a", am.data()[i], multiply(qm.data()[i], rm.data()[i], m, columns, n), Math.max(m, n),
                    q.dtype(), frobenius(am.data()[i]));
            orthonormalColumns(at, qm.data()[i], m, columns, q.dtype());
        }
    }

    /**
     * h (N, M) and tau (K): q = H_0 ... H_{K-1} with H_j = I - tau_j v v^T (v[j] = 1, v below j from
     * h's row j), r = h.T's upper triangle; q @ r == a and q orthogonal.
     */
    private static void rawInvariants(String context, Tensor a, Tensor h, Tensor tau) {
        Matrices am = Matrices.of(a);
        Matrices hm = Matrices.of(h);
        double[][] taus = Matrices.vectors(tau);
        int m = am.rows();
        int n = am.cols();
        int k = Math.min(m, n);
        for (int i = 0; i < am.data().length; i++) {
            String at = context + " matrix " + i;
            double[] compact = transpose(hm.data()[i], n, m);
            double[] q = identity(m);
            for (int j = 0; j < k; j++) {
                double[] v = new double[m];
                v[j] = 1;
                for (int row = j + 1; row < m; row++) {
                    v[row] = compact[row * n + j];
                }
                double[] reflector = identity(m);
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < m; c++) {
                        reflector[r * m + c] -= taus[i][j] * v[r] * v[c];
                    }
                }
                q = multiply(q, reflector, m, m, m);
            }
            double[] r = new double[m * n];
            for (int row = 0; row < Math.min(m, n); row++) {
                for (int col = row; col < n; col++) {
                    r[row * n + col] = compact[row * n + col];
                }
            }
            near(at + ": q(h, tau) @ triu(h.T) == a", am.data()[i], multiply(q, r, m, m, n), Math.max(m, n), h.dtype(),
                    frobenius(am.data()[i]));
            orthonormalColumns(at, q, m, m, h.dtype());
        }
    }

    /** u (..., M, U) and vh (..., V, N), U and V at least K: u[:, :K] @ diag(s) @ vh[:K] == a, both orthonormal. */
    private static void svdInvariants(String context, Matrices am, Tensor u, Tensor s, Tensor vh) {
        Matrices um = Matrices.of(u);
        Matrices vm = Matrices.of(vh);
        double[][] sv = Matrices.vectors(s);
        int m = am.rows();
        int n = am.cols();
        int k = Math.min(m, n);
        DType type = s.dtype();
        for (int i = 0; i < am.data().length; i++) {
            String at = context + " matrix " + i;
            double[] product = new double[m * n];
            for (int p = 0; p < k; p++) {
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < n; c++) {
                        product[r * n + c] += um.data()[i][r * um.cols() + p] * sv[i][p] * vm.data()[i][p * n + c];
                    }
                }
            }
            near(at + ": u @ diag(s) @ vh == a", am.data()[i], product, Math.max(m, n), type, frobenius(am.data()[i]));
            orthonormalColumns(at + " u", um.data()[i], m, um.cols(), type);
            orthonormalColumns(at + " vh.T", transpose(vm.data()[i], vm.rows(), n), n, vm.rows(), type);
            for (int c = 0; c < k; c++) {
                assertTrue(sv[i][c] >= 0 && (c == 0 || sv[i][c - 1] >= sv[i][c]),
                        at + ": singular values non-negative and descending " + Arrays.toString(sv[i]));
            }
        }
    }

    private static void eighInvariants(String context, Matrices am, Tensor w, Tensor v) {
        Matrices vm = Matrices.of(v);
        double[][] wv = Matrices.vectors(w);
        int n = am.rows();
        for (int i = 0; i < am.data().length; i++) {
            String at = context + " matrix " + i;
            double[] vw = vm.data()[i].clone();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    vw[r * n + c] *= wv[i][c];
                }
            }
            near(at + ": a @ v == v * w", multiply(am.data()[i], vm.data()[i], n, n, n), vw, n, w.dtype(),
                    frobenius(am.data()[i]));
            orthonormalColumns(at + " v", vm.data()[i], n, n, w.dtype());
        }
    }

    private static void choleskyInvariants(String context, Tensor a, Tensor factor, boolean upper) {
        Matrices am = symmetric(a, upper);
        Matrices fm = Matrices.of(factor);
        int n = am.rows();
        for (int i = 0; i < am.data().length; i++) {
            double[] f = fm.data()[i];
            double[] product = upper ? multiply(transpose(f, n, n), f, n, n, n) : multiply(f, transpose(f, n, n), n, n, n);
            near(context + " matrix " + i + (upper ? ": U.T @ U == a" : ": L @ L.T == a"), am.data()[i], product, n,
                    factor.dtype(), frobenius(am.data()[i]));
        }
        upperTriangular(context + ": the factor", upper ? fm : Matrices.of(Np.matrixTranspose(factor)));
    }

    // ---- the modes against each other ---------------------------------------------------------------

    private static double[] randomValues(Random rng, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    @Test
    void theModesOfQrAgreeWithEachOther() {
        Random rng = new Random(7);
        for (int[] mn : new int[][] {{6, 4}, {4, 6}, {5, 5}, {40, 33}}) {
            int m = mn[0];
            int n = mn[1];
            int k = Math.min(m, n);
            Tensor a = Np.array(randomValues(rng, 2 * m * n), 2, m, n);
            String what = "qr of (2, " + m + ", " + n + ")";
            Tensor[] reduced = Np.qr(a, "reduced");
            Tensor[] complete = Np.qr(a, "complete");
            Tensor r = Np.qr(a, "r")[0];
            Tensor[] raw = Np.qr(a, "raw");
            int columns = m > n ? m : k;
            assertArrayEquals(shape(2, m, columns), complete[0].shape(), what + ": complete q");
            assertArrayEquals(shape(2, columns, n), complete[1].shape(), what + ": complete r");
            assertArrayEquals(shape(2, n, m), raw[0].shape(), what + ": raw h");
            assertArrayEquals(shape(2, k), raw[1].shape(), what + ": raw tau");
            // the same reflectors throughout: r alike bit for bit, reduced q the first K columns of complete's
            assertArrayEquals(reduced[1].toDoubleArray(), r.toDoubleArray(), what + ": mode r is reduced's r");
            Tensor leading = Np.triu(Np.matrixTranspose(raw[0])).get(Index.ELLIPSIS, Slice.of(0, k), Slice.ALL);
            assertArrayEquals(r.toDoubleArray(), leading.toDoubleArray(), what + ": raw h.T's upper triangle is r");
            assertArrayEquals(reduced[0].toDoubleArray(), complete[0].get(Index.ELLIPSIS,
                    Slice.of(0, k)).toDoubleArray(), what + ": reduced q is complete q's first K columns");
            qrInvariants(what + " complete", a, complete[0], complete[1]);
            rawInvariants(what + " raw", a, raw[0], raw[1]);
        }
    }

    @Test
    void upperReadsTheUpperTriangleAndMirrorsLower() {
        Random rng = new Random(11);
        int n = 7;
        double[] g = randomValues(rng, n * n);
        double[] spd = multiply(g, transpose(g, n, n), n, n, n);
        for (int i = 0; i < n; i++) {
            spd[i * n + i] += n;
        }
        Tensor a = Np.array(spd, n, n);
        // symmetric a: the upper factor is the lower one transposed, bit for bit (the same arithmetic)
        assertArrayEquals(Np.matrixTranspose(Np.cholesky(a)).toDoubleArray(), Np.cholesky(a, true).toDoubleArray(),
                "cholesky(a, upper=True) == cholesky(a).T");
        assertArrayEquals(Np.cholesky(a).toDoubleArray(), Np.cholesky(a, false).toDoubleArray(), "upper=False is the default");
        Tensor garbageBelow = Np.add(Np.triu(a), Np.tril(Np.full(shape(n, n), -1e6), -1));
        assertArrayEquals(Np.cholesky(a, true).toDoubleArray(), Np.cholesky(garbageBelow, true).toDoubleArray(),
                "upper=True does not read the lower triangle");
        Tensor garbageAbove = Np.add(Np.tril(a), Np.triu(Np.full(shape(n, n), -1e6), 1));
        Tensor[] lower = Np.eigh(garbageAbove, "L");
        Tensor[] upper = Np.eigh(Np.matrixTranspose(garbageAbove), "U");
        assertArrayEquals(lower[0].toDoubleArray(), upper[0].toDoubleArray(), "eigh(a, 'L') == eigh(a.T, 'U')");
        assertArrayEquals(lower[1].toDoubleArray(), upper[1].toDoubleArray(), "the same eigenvectors");
        assertArrayEquals(Np.eigvalsh(garbageAbove).toDoubleArray(), Np.eigvalsh(garbageAbove, "l").toDoubleArray(),
                "UPLO is upper-cased");
        assertArrayEquals(Np.eigvalsh(a).toDoubleArray(), Np.eigvalsh(garbageBelow, "u").toDoubleArray(),
                "eigvalsh(a, 'u') reads the upper triangle");
    }

    @Test
    void fullAndHermitianSvdsHoldTheirIdentities() {
        Random rng = new Random(13);
        for (int[] mn : new int[][] {{7, 3}, {3, 7}, {6, 6}}) {
            int m = mn[0];
            int n = mn[1];
            Tensor a = Np.array(randomValues(rng, 3 * m * n), 3, m, n);
            Tensor[] full = Np.svd(a, true, true);
            assertArrayEquals(shape(3, m, m), full[0].shape(), "full u");
            assertArrayEquals(shape(3, n, n), full[2].shape(), "full vh");
            assertArrayEquals(Np.svdvals(a).toDoubleArray(), full[1].toDoubleArray(), "full s is svdvals");
            svdInvariants("svd full " + m + "x" + n, Matrices.of(a), full[0], full[1], full[2]);
        }
        int n = 9;
        double[] g = randomValues(rng, n * n);
        Tensor sym = Np.add(Np.array(g, n, n), Np.array(transpose(g, n, n), n, n));
        Tensor[] h = Np.svd(sym, false, true, true);
        svdInvariants("svd hermitian", Matrices.of(sym), h[0], h[1], h[2]);
        double[] w = Np.eigvalsh(sym).toDoubleArray();
        double[] expected = Arrays.stream(w).map(Math::abs).sorted().toArray();
        double[] s = h[1].toDoubleArray();
        for (int i = 0; i < n; i++) {
            assertEquals(expected[n - 1 - i], s[i], 0.0, "hermitian s is |eigvalsh| descending, bit for bit");
        }
        assertArrayEquals(s, Np.svd(sym, true, false, true)[0].toDoubleArray(), "without vectors, the same s");
        assertArrayEquals(Np.pinv(sym, 1e-15, true).toDoubleArray(), Np.pinv(sym, 1e-15, true).toDoubleArray());
        near("pinv hermitian == pinv", Np.pinv(sym).toDoubleArray(), Np.pinv(sym, 1e-15, true).toDoubleArray(), n, FLOAT64,
                frobenius(Np.pinv(sym).toDoubleArray()) * 100);
    }

    @Test
    void subnormalColumnsAreRescaledAsLapacksDlarfg() {
        // NumPy 2.4: qr([[1e-310, 1], [1e-310, 2]], 'raw'); below dlarfg's safe minimum the column is
        // rescaled first, else 1 / (alpha - beta) overflows to inf
        Tensor[] raw = Np.qr(Np.array(new double[] {1e-310, 1, 1e-310, 2}, 2, 2), "raw");
        assertDoubles("h", raw[0], FLOAT64, shape(2, 2), Tolerance.of(4, 16), -1.4142135623731e-310, 0.414213562373095,
                -2.1213203435596424, 0.7071067811865479);
        assertDoubles("tau", raw[1], FLOAT64, shape(2), Tolerance.of(4, 16), 1.7071067811865477, 0.0);
    }

    @Test
    void hermitianSvdOrdersTiesAsNumPysArgsort() {
        // NumPy 2.4: svd([[1, 0], [0, -1]], hermitian=True): eigh's w = [-1, 1], |w| tied, argsort's
        // stable order reversed puts w = 1 first; vh's row of w = -1 carries its sign
        Tensor[] usv = Np.svd(Np.array(new double[] {1, 0, 0, -1}, 2, 2), false, true, true);
        assertDoubles("u", usv[0], FLOAT64, shape(2, 2), Tolerance.EXACT, 1, 0, 0, 1);
        assertDoubles("s", usv[1], FLOAT64, shape(2), Tolerance.EXACT, 1, 1);
        assertDoubles("vh", usv[2], FLOAT64, shape(2, 2), Tolerance.EXACT, 1, 0, -0.0, -1);
    }

    // ---- the documented examples ------------------------------------------------------------------

    @Test
    void theJavadocExamplesHold() {
        Tolerance close = Tolerance.of(4, 16);
        Tensor a = Np.array(new double[] {3, 0, 4, 5}, 2, 2);
        assertDoubles("qr r", Np.qr(a, "r")[0], FLOAT64, shape(2, 2), close, -5, -4, 0, 3);
        Tensor[] raw = Np.qr(a, "raw");
        assertDoubles("qr raw h", raw[0], FLOAT64, shape(2, 2), close, -5, 0.5, -4, 3);
        assertDoubles("qr raw tau", raw[1], FLOAT64, shape(2), close, 1.6, 0);
        assertDoubles("cholesky upper", Np.cholesky(Np.array(new double[] {4, 2, 99, 5}, 2, 2), true), FLOAT64,
                shape(2, 2), close, 2, 1, 0, 2);
        assertDoubles("eigh U", Np.eigh(Np.array(new double[] {2, 1, 99, 2}, 2, 2), "U")[0], FLOAT64, shape(2), close, 1, 3);
        Tensor[] usv = Np.svd(Np.ones(3, 2), true, true);
        assertArrayEquals(shape(3, 3), usv[0].shape());
        assertDoubles("svd full s", usv[1], FLOAT64, shape(2), close, Math.sqrt(6), 0);
        assertDoubles("svd hermitian", Np.svd(Np.array(new double[] {1, 2, 2, -3}, 2, 2), false, false, true)[0], FLOAT64,
                shape(2), close, 1 + Math.sqrt(8), Math.sqrt(8) - 1);
        assertDoubles("pinv hermitian", Np.pinv(Np.array(new double[] {2, 0, 0, 0}, 2, 2), 1e-15, true), FLOAT64,
                shape(2, 2), close, 0.5, 0, 0, 0);
        assertDoubles("pinvRtol", Np.pinvRtol(Np.array(new double[] {1, 0, 0, 1e-17}, 2, 2), null, false), FLOAT64,
                shape(2, 2), close, 1, 0, 0, 0);
        Tensor nearlySingular = Np.array(new double[] {1, 2, 2, 4.001}, 2, 2);
        assertLongs(Np.matrixRank(nearlySingular, null, 1e-3, false), INT64, shape(), 1);
        assertLongs(Np.matrixRank(nearlySingular, null, null, true), INT64, shape(), 2);
    }

    @Test
    void float32StaysFloat32AndIntegersGiveFloat64() {
        Tensor f = Np.array(new float[] {4, 1, 1, 3}, 2, 2);
        Tensor i = Np.array(new int[] {4, 1, 1, 3}).reshape(2, 2);
        for (Tensor t : Np.qr(f, "raw")) {
            assertEquals(FLOAT32, t.dtype(), "qr raw of float32");
        }
        for (Tensor t : Np.svd(f, true, true, true)) {
            assertEquals(FLOAT32, t.dtype(), "hermitian svd of float32");
        }
        assertEquals(FLOAT32, Np.cholesky(f, true).dtype());
        assertEquals(FLOAT32, Np.pinvRtol(f, null, true).dtype());
        for (Tensor t : Np.qr(i, "complete")) {
            assertEquals(FLOAT64, t.dtype(), "qr complete of int32");
        }
        assertEquals(FLOAT64, Np.eigh(i, "U")[1].dtype());
        assertEquals(INT64, Np.matrixRank(f, null, 0.5, true).dtype());
    }

    // ---- refusals -------------------------------------------------------------------------------

    @Test
    void badKeywordsAreRefusedAsNumPyRefusesThem() {
        Tensor a = Np.array(new double[] {4, 1, 1, 3}, 2, 2);
        iae(() -> Np.qr(a, "full"), "qr: unrecognized mode 'full': mode must be 'reduced', 'complete', 'r' or 'raw'",
                "deprecated");
        iae(() -> Np.qr(Np.zeros(3), "bad"), "qr: unrecognized mode 'bad'");            // the mode first, as NumPy
        throwsWith(NullPointerException.class, () -> Np.qr(a, null), "qr: mode is null");
        iae(() -> Np.eigh(a, "X"), "eigh: UPLO argument must be 'L' or 'U', got 'X'");
        iae(() -> Np.eigvalsh(Np.zeros(3), "B"), "eigvalsh: UPLO argument must be 'L' or 'U', got 'B'");
        throwsWith(NullPointerException.class, () -> Np.eigh(a, null), "eigh: UPLO is null");
        iae(() -> Np.matrixRank(a, 0.5, 0.5, false), "matrixRank: `tol` and `rtol` can't be both set");
        iae(() -> Np.matrixRank(Np.zeros(3), 0.5, 0.5, false), "matrixRank: `tol` and `rtol` can't be both set");
        iae(() -> Np.matrixRank(Np.zeros(2, 3), null, null, true), "matrixRank: the last 2 dimensions of a must be square");
        iae(() -> Np.pinvRtol(Np.array(new int[] {1, 2, 3, 4}).reshape(2, 2), null, false),
                "pinv: rtol=None takes the machine epsilon of a's type, and int32 has none");
        iae(() -> Np.pinvRtol(a, -1.0, false), "pinv: rtol must be >= 0, got -1.0");
        iae(() -> Np.pinvRtol(a, Double.NaN, true), "pinv: rtol must be >= 0, got NaN");
        iae(() -> Np.pinv(a, -1, true), "pinv: rcond must be >= 0, got -1.0");
        iae(() -> Np.pinv(Np.zeros(2, 3), 1e-15, true), "pinv: the last 2 dimensions of a must be square");
        assertArrayEquals(shape(3, 0), Np.pinv(Np.zeros(0, 3), 1e-15, true).shape(), "an empty a passes, as NumPy");
        iae(() -> Np.svd(Np.zeros(2, 3), true, true, true), "svd: the last 2 dimensions of a must be square");
        iae(() -> Np.svd(Np.zeros(3), true, false), "svd: a must be at least 2-d");
        LinAlgException e = assertInstanceOf(LinAlgException.class, iae(() -> Np.cholesky(
                Np.array(new double[] {4, 0, 0, 9, 1, 2, -9, 1}, 2, 2, 2), true),
                "cholesky: matrix is not positive definite: a of shape (2, 2, 2) (matrix at index [1] of the stack)",
                "only its upper triangle is read"));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        Tensor half = a.astype(DType.FLOAT16);
        String unsupported = "array type float16 is unsupported in linalg";
        iae(() -> Np.qr(half, "raw"), "qr: ", unsupported);
        iae(() -> Np.svd(half, true, true), "svd: ", unsupported);
        iae(() -> Np.svd(half, false, false, true), "svd: ", unsupported);
        iae(() -> Np.eigh(half, "U"), "eigh: ", unsupported);
        iae(() -> Np.cholesky(half, true), "cholesky: ", unsupported);
        iae(() -> Np.pinvRtol(half, null, false), "pinv: ", unsupported);
        iae(() -> Np.matrixRank(half, null, 0.1, true), "matrixRank: ", unsupported);
        Tensor closed = Np.eye(2);
        closed.close();
        throwsWith(IllegalStateException.class, () -> Np.qr(closed, "raw"), "qr");
        throwsWith(IllegalStateException.class, () -> Np.pinvRtol(closed, null, false), "pinv");
    }
}
