package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.LinAlgException;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eig}, {@code eigvals} and {@code roots} for real spectra: NumPy's {@code eig.csv} (written
 * by {@code tests/reference/generate.py eig}) replayed line by line. Eigenvalues and roots are
 * compared with NumPy's in NumPy's order (LAPACK's balancing, shifts and deflation are reproduced;
 * float32 rows where NumPy's single-precision order may differ are compared sorted), within an
 * error scale built from the eigenvalue condition numbers; eigenvectors by absolute value where
 * the eigenvalues are distinct, and always by the invariants a @ v == v * w and unit column norms.
 * Complex spectra must be refused with the op, the word complex and one eigenvalue pair.
 */
public abstract class EigConformance extends ConformanceCase {

    private static final Pattern PAIR = Pattern.compile("\\(e\\.g\\. (\\S+) \u00b1 (\\S+)i\\)");

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("eig.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private static Supplier<Tensor[]> call(String op, Tensor x) {
        return switch (op) {
            case "eig" -> () -> Np.eig(x);
            case "eigvals" -> () -> new Tensor[] {Np.eigvals(x)};
            case "roots" -> () -> new Tensor[] {Np.roots(x)};
            default -> throw new AssertionError("unknown op " + op);
        };
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + abbreviate(row.get("inputs")) + ")";
        Tensor x = (Tensor) ManipulationConformance.operand(row.get("inputs"));
        Supplier<Tensor[]> call = call(op, x);
        String kind = row.get("result_dtype");
        if (kind.equals("error")) {
            String numpyError = row.get("expected");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::get,
                    () -> what + ": NumPy raises " + numpyError);
            assertTrue(e.getMessage().startsWith(op + ": "), () -> what + ": the message names the op: " + e.getMessage());
            if (numpyError.contains("infs or NaNs")) {
                assertInstanceOf(LinAlgException.class, e, what + ": NumPy's " + numpyError);
                assertTrue(e.getMessage().contains("Array must not contain infs or NaNs"), () -> what + ": " + e.getMessage());
            }
            return;
        }
        if (kind.equals("complex")) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call::get,
                    () -> what + ": NumPy's result is complex (" + row.get("expected") + ")");
            String message = e.getMessage();
            assertTrue(message.startsWith(op + ": ") && message.contains("complex eigenvalues")
                    && message.contains("no complex dtype"), () -> what + ": " + message);
            Matcher m = PAIR.matcher(message);
            assertTrue(m.find(), () -> what + ": the message gives an eigenvalue pair: " + message);
            String[] expected = row.get("expected").replace("i", "").split(" \\+- ");
            double re = Double.parseDouble(expected[0]);
            double im = Double.parseDouble(expected[1]);
            // NumPy's example pair is its first complex eigenvalue; jtensor names the first it met
            double gotRe = Double.parseDouble(m.group(1));
            double gotIm = Double.parseDouble(m.group(2));
            // a multiple root's pair is ill-conditioned: its row gives an error scale
            double allowed = 1e-9 * (1 + Math.abs(re) + im) + 16 * Tolerance.eps(FLOAT64)
                    * ReferenceData.parseDouble(row.get("scale"));
            assertTrue(Math.abs(gotIm) > 0 && Math.abs(gotRe - re) <= allowed && Math.abs(gotIm - im) <= allowed, () -> what + ": pair " + gotRe + " ± " + gotIm
                    + "i, NumPy has " + re + " ± " + im + "i");
            return;
        }
        Tensor[] parts;
        try {
            parts = call.get();
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": threw " + e, e);
        }
        String[] dtypes = kind.split(";");
        String[] shapes = row.get("result_shape").split(";");
        String[] compares = row.get("compare").split(";");
        String[] scales = row.get("scale").split(";");
        String[] expected = tokens(row.get("expected"));
        assertEquals(shapes.length, parts.length, what + ": number of results");
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            DType type = dtype(dtypes[i]);
            long[] shape = parseShape(shapes[i]);
            int n = Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact));
            String part = what + (parts.length > 1 ? " result " + i : "");
            assertOnBackend(part, parts[i]);
            String compare = compares[i];
            if (compare.equals("-") || n == 0) {
                Check.meta(part, parts[i], type, shape);
                continue;
            }
            String[] want = Arrays.copyOfRange(expected, at, at + n);
            Tensor actual = switch (compare) {
                case "a" -> Np.abs(parts[i]);
                case "s" -> Np.sort(parts[i], -1);
                default -> parts[i];
            };
            if (compare.equals("s")) {
                want = sortedRows(want, (int) shape[shape.length - 1]);
            }
            Tolerance tol = suite().linalgTolerance("decomposition", type);
            Check.tokens(part + (compare.equals("a") ? " (absolute values)" : compare.equals("s") ? " (sorted)" : ""),
                    actual, type, shape, want, tol, ReferenceData.parseDouble(scales[i]));
            at += n;
        }
        assertEquals(expected.length, at, what + ": elements in all compared results");
        if (op.equals("eig")) {
            eigInvariants(what, x, parts[0], parts[1]);
        }
    }

    private static String[] sortedRows(String[] values, int k) {
        String[] sorted = values.clone();
        for (int start = 0; start < values.length; start += k) {
            Arrays.sort(sorted, start, start + k, (p, q) -> Double.compare(ReferenceData.parseDouble(p),
                    ReferenceData.parseDouble(q)));
        }
        return sorted;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    /**
     * a @ v == v * w within 64·n·eps(type)·‖a‖<sub>F</sub> (the backward error of a stable
     * eigensolver, whatever the conditioning) and every column of v of unit norm.
     */
    static void eigInvariants(String context, Tensor a, Tensor w, Tensor v) {
        long[] shape = a.shape();
        int n = (int) shape[shape.length - 1];
        if (n == 0) {
            return;
        }
        double[] all = a.toDoubleArray();
        double[] ws = w.toDoubleArray();
        double[] vs = v.toDoubleArray();
        DType type = w.dtype();
        for (int m = 0; m < all.length / (n * n); m++) {
            int base = m * n * n;
            double frobenius = 0;
            for (int i = 0; i < n * n; i++) {
                frobenius = Math.hypot(frobenius, all[base + i]);
            }
            double bound = 64.0 * n * Tolerance.eps(type) * Math.max(frobenius, Double.MIN_NORMAL);
            for (int j = 0; j < n; j++) {
                double lambda = ws[m * n + j];
                double norm = 0;
                for (int i = 0; i < n; i++) {
                    double av = 0;
                    for (int k = 0; k < n; k++) {
                        av += all[base + i * n + k] * vs[base + k * n + j];
                    }
                    double residual = Math.abs(av - lambda * vs[base + i * n + j]);
                    int row = i;
                    int col = j;
                    int matrix = m;
                    assertTrue(residual <= bound, () -> context + " matrix " + matrix + ": (a @ v - v * w)[" + row + ", "
                            + col + "] = " + residual + " > " + bound);
                    norm = Math.hypot(norm, vs[base + i * n + j]);
                }
                double unit = norm;
                int col = j;
                assertTrue(Math.abs(unit - 1) <= 16.0 * n * Tolerance.eps(type), () -> context + ": column " + col
                        + " has norm " + unit);
            }
        }
    }

    // ---- hand-written cases ---------------------------------------------------------------------

    @Test
    void theJavadocExamplesHold() {
        Tolerance close = Tolerance.of(4, 16);
        Tensor[] wv = Np.eig(Np.array(new double[] {2, 0, 1, 3}, 2, 2));
        assertDoubles("eig w", wv[0], FLOAT64, shape(2), close, 3, 2);
        assertDoubles("eig |v[:, 0]|", Np.abs(wv[1]).slice(1, 0, 1, 1), FLOAT64, shape(2, 1), close, 0, 1);
        assertDoubles("eigvals", Np.eigvals(Np.array(new double[] {1, 2, 3, 0}, 2, 2)), FLOAT64, shape(2), close, 3, -2);
        assertDoubles("roots", Np.roots(Np.array(new double[] {1, -3, 2, 0})), FLOAT64, shape(3), close, 2, 1, 0);
    }

    @Test
    void largeRandomMatricesWithRealSpectraSatisfyTheirIdentities() {
        Random random = new Random(42);
        for (int n : new int[] {12, 30}) {
            // q diag(d) q^-1 with q = I + a strictly lower triangular part: an exact inverse is not
            // needed, only a real spectrum (d's values, distinct) and a general, non-normal matrix
            double[] s = new double[n * n];
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = i - n / 2.0 + 0.25 * random.nextDouble();
                for (int j = 0; j < n; j++) {
                    s[i * n + j] = i == j ? 1 : random.nextGaussian() * 0.3;
                }
            }
            Tensor sm = Np.array(s, n, n);
            Tensor a = Np.matmul(Np.multiply(sm, Np.array(d)), Np.inv(sm));
            Tensor[] wv = Np.eig(a);
            eigInvariants("eig " + n + "x" + n, a, wv[0], wv[1]);
            double[] w = wv[0].toDoubleArray();
            Arrays.sort(w);
            for (int i = 0; i < n; i++) {
                assertEquals(d[i], w[i], 1e-8 * n, "eigenvalue " + i + " of the " + n + "x" + n + " matrix");
            }
            assertArrayEquals(wv[0].toDoubleArray(), Np.eigvals(a).toDoubleArray(), "eigvals == eig's w, bit for bit");
        }
    }

    @Test
    void integerMatricesGiveTheirEigenvaluesInLapacksOrder() {
        // exact cancellations in these matrices leave rounding-sized subdiagonals, so the order depends
        // on dgehd2's reflectors and dlahqr's sweeps (EISPACK's orthes and hqr took other deflations)
        double[][] matrices = {
            {-7, -6, 6, -6, -1, 0, -4, -2, -1, -8, -2, -8, 1, 5, 4, 7},
            {7, 14, 14, -5, -30, -32, 5, 23, 25},
            {-9, 6, 6, 24, -9, -12, -24, 3, 6},
            {-2, -1, -1, -1, -8, 0, -1, 0, 10},
            {-21, -24, 7, -6, -18, -20, -17, 7, -6, -14, -20, -10, 0, -6, -14, -17, 9, 5, -11, -3, 43, 43, -14, 12, 34},
        };
        double[][] numpy = {
            {-5.000000000000001, -3.9999999999999982, 5.0, 2.0000000000000013},
            {2.0000000000000004, 7.0, -6.999999999999993},
            {-8.999999999999996, 2.9999999999999982, -5.999999999999998},
            {-1.9194380873772148, -8.163702357931744, 10.083140445308956},
            {2.9999999999999933, 1.9999999999999905, -8.000000000000004, -6.9999999999999964, -5.000000000000003},
        };
        Tolerance close = Tolerance.ulps(16);
        for (int i = 0; i < matrices.length; i++) {
            int n = numpy[i].length;
            Tensor a = Np.array(matrices[i], n, n);
            assertDoubles("eigvals of matrix " + i, Np.eigvals(a), FLOAT64, shape(n), close, numpy[i]);
            Tensor[] wv = Np.eig(a);
            assertDoubles("eig of matrix " + i, wv[0], FLOAT64, shape(n), close, numpy[i]);
            eigInvariants("eig of matrix " + i, a, wv[0], wv[1]);
        }
    }

    @Test
    void emptyMatricesGiveEmptyResults() {
        // np.linalg.eig(np.zeros((2, 0, 0))): w of shape (2, 0), v of shape (2, 0, 0)
        Tensor[] wv = Np.eig(Np.zeros(2, 0, 0));
        assertArrayEquals(shape(2, 0), wv[0].shape(), "eig w of a stack of 0x0 matrices");
        assertArrayEquals(shape(2, 0, 0), wv[1].shape(), "eig v of a stack of 0x0 matrices");
        Tensor[] single = Np.eig(Np.zeros(0, 0));
        assertArrayEquals(shape(0), single[0].shape(), "eig w of a 0x0 matrix");
        assertArrayEquals(shape(0, 0), single[1].shape(), "eig v of a 0x0 matrix");
    }

    @Test
    void float32AndIntegerTypesFollowNumPy() {
        Tensor[] single = Np.eig(Np.array(new double[] {4, 1, 2, 3}, 2, 2).astype(FLOAT32));
        assertEquals(FLOAT32, single[0].dtype());
        assertEquals(FLOAT32, single[1].dtype());
        assertEquals(FLOAT64, Np.eigvals(Np.array(new double[] {4, 1, 2, 3}, 2, 2).astype(DType.INT64)).dtype());
        assertEquals(FLOAT32, Np.roots(Np.array(new double[] {1, -3, 2}).astype(FLOAT32)).dtype());
        assertEquals(FLOAT64, Np.roots(Np.array(new double[] {3}).astype(FLOAT32)).dtype(), "a constant: float64, as NumPy");
    }

    @Test
    void errorsNameTheOpTheShapeAndTheEigenvalues() {
        throwsWith(IllegalArgumentException.class, () -> Np.eig(Np.zeros(2, 3)), "eig: the last 2 dimensions of a must be square",
                "(2, 3)");
        throwsWith(IllegalArgumentException.class, () -> Np.eigvals(Np.zeros(3)), "eigvals: a must be at least 2-d");
        throwsWith(UnsupportedOperationException.class, () -> Np.eig(Np.array(new double[] {0, -1, 1, 0}, 2, 2)),
                "eig: the matrix has complex eigenvalues (e.g. 0.0 \u00b1 1.0i)", "no complex dtype");
        throwsWith(UnsupportedOperationException.class, () -> Np.eigvals(Np.array(new double[] {1, 0, 0, 2, 0, -1, 1, 0},
                2, 2, 2)), "eigvals: the matrix has complex eigenvalues", "(matrix at index [1] of the stack)");
        throwsWith(UnsupportedOperationException.class, () -> Np.roots(Np.array(new double[] {1, 0, 1})),
                "roots: the matrix has complex eigenvalues", "1.0i");
        throwsWith(LinAlgException.class, () -> Np.eig(Np.array(new double[] {1, Double.NaN, 0, 1}, 2, 2)),
                "eig: Array must not contain infs or NaNs");
        throwsWith(LinAlgException.class, () -> Np.roots(Np.array(new double[] {1, Double.NaN, 2})),
                "roots: Array must not contain infs or NaNs");
        throwsWith(IllegalArgumentException.class, () -> Np.roots(Np.zeros(1, 3)), "roots: Input must be a rank-1 array",
                "(1, 3)");
        throwsWith(IllegalArgumentException.class, () -> Np.roots(Np.scalar(3.0)), "roots: p must be a 1-d array");
    }

    @Test
    void hugeAndTinyMatricesAreScaledAsDgeevScalesThem() {
        // without dgeev's scaling, 1e308 * 1e308 overflows and this rotation-like matrix seems real
        throwsWith(UnsupportedOperationException.class, () -> Np.eigvals(Np.array(new double[] {1e308, -1e308, 1e308, 1e308},
                2, 2)), "eigvals: the matrix has complex eigenvalues (e.g. 1.0E308 \u00b1 1.0", "E308i)");
        Tolerance close = Tolerance.ulps(64);      // NumPy's values and order (the tiny one's order differs)
        assertDoubles("huge", Np.eigvals(Np.array(new double[] {1e300, 0.5e300, 1e300, 2e300}, 2, 2)), FLOAT64, shape(2),
                close, 6.339745962155615e+299, 2.366025403784439e+300);
        assertDoubles("tiny", Np.eigvals(Np.array(new double[] {1e-300, 0.5e-300, 1e-300, 2e-300}, 2, 2)), FLOAT64,
                shape(2), close, 2.366025403784438e-300, 6.339745962155612e-301);
        Tensor[] wv = Np.eig(Np.array(new double[] {3e-310, 0, 0, 1e-310}, 2, 2));
        assertDoubles("subnormal", wv[0], FLOAT64, shape(2), Tolerance.ulps(2), 3e-310, 1e-310);
        eigInvariants("subnormal", Np.array(new double[] {3e-310, 0, 0, 1e-310}, 2, 2), wv[0], wv[1]);
    }

    @Test
    void resultsLiveOnTheOperandsBackend() {
        Tensor a = Np.array(new double[] {2, 1, 0, 3}, 2, 2);
        Tensor[] wv = Np.eig(a);
        assertOnBackend("eig w", wv[0]);
        assertOnBackend("eig v", wv[1]);
        assertOnBackend("eigvals", Np.eigvals(a));
        assertOnBackend("roots", Np.roots(Np.array(new double[] {1, -1})));
        assertOnBackend("roots of a constant", Np.roots(Np.array(new double[] {1})));
    }
}
