package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.EinsumPath;
import io.jtensor.Np;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Diagonals and tensor contractions composed of existing ops: diagonal, trace, diag, diagflat,
 * tensordot, inner, vdot, kron, cross and einsum (and matmul and dot, for float16). NumPy's {@code contraction.csv} (written by
 * {@code tests/reference/generate.py contraction}) is replayed line by line through every overload
 * the line's arguments allow, with the cases NumPy rejects (jtensor must reject them too, naming
 * the op). Sums of floating products are compared with the product tolerances and the case's error
 * scale, integers and copies exactly. The hand-written cases cover what a file cannot: that a
 * diagonal is a view of x and diag's result a new tensor, offsets at the ends of {@code long}, the
 * error messages, and inputs large enough for vector loops and threads.
 */
public abstract class ContractionConformance extends ConformanceCase {

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    // ---- the NumPy reference file ---------------------------------------------------------------

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("contraction.csv", r -> r.get("op"));
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
        for (String text : row.get("inputs").split(";")) {
            in.add((Tensor) ManipulationConformance.operand(text));
        }
        Map<String, String> args = ManipulationConformance.args(row.get("args"));
        if (op.equals("einsum_path")) {
            einsumPath(what, row, args, in);
            return;
        }
        List<Supplier<Tensor>> calls = calls(op, args, in);
        if (row.get("result_dtype").equals("error")) {
            String name = op.startsWith("einsum") ? "einsum" : op;
            for (Supplier<Tensor> call : calls) {
                IllegalArgumentException e = iae(call::get);
                assertTrue(e.getMessage().startsWith(name + ": "), () -> what + ": the message names the op: "
                        + e.getMessage());
            }
            return;
        }
        DType type = dtype(row.get("result_dtype"));
        long[] shape = parseShape(row.get("result_shape"));
        String[] expected = tokens(row.get("expected"));
        double scale = Double.parseDouble(row.get("scale"));
        for (int c = 0; c < calls.size(); c++) {
            String context = what + " (overload " + c + ")";
            Tensor result = calls.get(c).get();
            assertOnBackend(context, result);
            Check.tokens(context, result, type, shape, expected, tolerance(op, type), scale);
        }
    }

    /** NumPy's path step for step and, without '...', its report character for character. */
    private static void einsumPath(String what, Row row, Map<String, String> args, List<Tensor> in) {
        String subscripts = args.get("subscripts").replace(';', ',');
        String optimize = args.get("optimize");
        Tensor[] operands = in.toArray(Tensor[]::new);
        Supplier<EinsumPath> call = args.containsKey("limit")
                ? () -> Np.einsumPath(subscripts, optimize, Long.parseLong(args.get("limit")), operands)
                : () -> Np.einsumPath(subscripts, optimize, operands);
        if (row.get("result_dtype").equals("error")) {
            IllegalArgumentException e = iae(call::get);
            assertTrue(e.getMessage().startsWith("einsum: "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        String[] expected = row.get("expected").split("\\|", 2);
        EinsumPath path = call.get();
        String steps = path.path().stream()
                .map(step -> step.stream().map(String::valueOf).collect(Collectors.joining(".")))
                .collect(Collectors.joining(";"));
        assertEquals(expected[0], steps, what + ": path");
        if (!expected[1].equals("-")) {
            assertEquals(PrintingConformance.unescape(expected[1]), path.report(), what + ": report");
        }
    }

    /** Exact for views, copies, kron and cross (one IEEE operation per step, as NumPy); sums by the suite's bounds. */
    private Tolerance tolerance(String op, DType type) {
        if (!type.isFloatingPoint()) {
            return Tolerance.EXACT;
        }
        return switch (op) {
            case "trace" -> suite().reductionTolerance("sum", type);
            case "matmul", "dot", "tensordot", "inner", "vdot", "einsum", "einsum_optimize" ->
                    suite().linalgTolerance("dot", type);
            default -> Tolerance.EXACT;
        };
    }

    private static int[] ints(String text) {
        return text.equals("empty") ? new int[0] : Arrays.stream(text.split(";")).mapToInt(Integer::parseInt).toArray();
    }

    /** Every overload of the public API that computes a line. */
    private static List<Supplier<Tensor>> calls(String op, Map<String, String> args, List<Tensor> in) {
        Tensor x = in.getFirst();
        Tensor y = in.size() > 1 ? in.get(1) : null;
        List<Supplier<Tensor>> calls = new ArrayList<>();
        switch (op) {
            case "diagonal", "trace" -> {
                boolean trace = op.equals("trace");
                if (args.isEmpty()) {
                    calls.add(() -> trace ? Np.trace(x) : Np.diagonal(x));
                    calls.add(() -> trace ? Np.trace(x, 0, 0, 1) : Np.diagonal(x, 0, 0, 1));
                } else {
                    long offset = Long.parseLong(args.get("offset"));
                    int a1 = Integer.parseInt(args.get("axis1"));
                    int a2 = Integer.parseInt(args.get("axis2"));
                    calls.add(() -> trace ? Np.trace(x, offset, a1, a2) : Np.diagonal(x, offset, a1, a2));
                }
            }
            case "diag", "diagflat" -> {
                boolean flat = op.equals("diagflat");
                long k = args.containsKey("k") ? Long.parseLong(args.get("k")) : 0;
                if (k == 0) {
                    calls.add(() -> flat ? Np.diagflat(x) : Np.diag(x));
                }
                calls.add(() -> flat ? Np.diagflat(x, k) : Np.diag(x, k));
            }
            case "tensordot" -> {
                if (args.isEmpty()) {
                    calls.add(() -> Np.tensordot(x, y));
                    calls.add(() -> Np.tensordot(x, y, 2));
                } else if (args.containsKey("axes")) {
                    int n = Integer.parseInt(args.get("axes"));
                    calls.add(() -> Np.tensordot(x, y, n));
                } else {
                    calls.add(() -> Np.tensordot(x, y, ints(args.get("axesa")), ints(args.get("axesb"))));
                }
            }
            case "matmul" -> calls.add(() -> Np.matmul(x, y));
            case "dot" -> calls.add(() -> Np.dot(x, y));
            case "inner" -> calls.add(() -> Np.inner(x, y));
            case "vdot" -> calls.add(() -> Np.vdot(x, y));
            case "kron" -> calls.add(() -> Np.kron(x, y));
            case "cross" -> {
                if (args.isEmpty()) {
                    calls.add(() -> Np.cross(x, y));
                    calls.add(() -> Np.cross(x, y, -1));
                    calls.add(() -> Np.cross(x, y, -1, -1, -1));
                } else if (args.containsKey("axis")) {
                    int axis = Integer.parseInt(args.get("axis"));
                    calls.add(() -> Np.cross(x, y, axis));
                    calls.add(() -> Np.cross(x, y, axis, axis, axis));
                } else {
                    int aa = Integer.parseInt(args.get("axisa"));
                    int ab = Integer.parseInt(args.get("axisb"));
                    int ac = Integer.parseInt(args.get("axisc"));
                    calls.add(() -> Np.cross(x, y, aa, ab, ac));
                }
            }
            case "einsum" -> {
                String subscripts = args.getOrDefault("subscripts", "").replace(';', ',');
                Tensor[] operands = in.toArray(Tensor[]::new);
                calls.add(() -> Np.einsum(subscripts, operands));
            }
            case "einsum_optimize" -> {
                String subscripts = args.get("subscripts").replace(';', ',');
                Tensor[] operands = in.toArray(Tensor[]::new);
                calls.add(() -> Np.einsum(subscripts, args.get("optimize"), operands));
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
        }
        return calls;
    }

    // ---- views and new tensors ------------------------------------------------------------------

    /**
     * einsum's result type is NumPy's result_type of all operands at once: int8, uint8 and float16
     * give float16 (each integer fits it), where folding pairs would give float32 (int16 with float16).
     */
    @Test
    void dotOfNdOperandsOverAnEmptyAxisIsZeros() {
        // NumPy 2.4: dot(zeros((2, 0)), ones((3, 0, 4))) is zeros((2, 3, 4)); dot(zeros(0, int64),
        // ones((1, 0, 2), int32)) is zeros((1, 2), int64)
        try (Tensor a = Np.zeros(2, 0); Tensor b = Np.ones(3, 0, 4); Tensor v = Np.zeros(0).astype(DType.INT64);
             Tensor w = Np.ones(1, 0, 2).astype(DType.INT32); Tensor ab = Np.dot(a, b); Tensor vw = Np.dot(v, w)) {
            assertDoubles(ab, FLOAT64, shape(2, 3, 4), new double[24]);
            assertLongs(vw, DType.INT64, shape(1, 2), 0, 0);
        }
    }

    @Test
    void einsumTypesAllOperandsAtOnce() {
        try (Tensor a = Np.array(new byte[] {1, -128, 100}); Tensor b = Np.arrayUint8(new byte[] {2, (byte) 255, 3});
             Tensor c = Np.array(new double[] {0.5, 1, 2}).astype(DType.FLOAT16);
             Tensor abc = Np.einsum("i,i,i->", a, b, c); Tensor ab = Np.einsum("i,i->", a, b)) {
            assertEquals(DType.FLOAT16, abc.dtype());
            assertEquals(-32032.0, abc.getDouble(), 0.0);
            assertEquals(DType.INT16, ab.dtype());
            assertEquals(-32338L, ab.getLong());
        }
    }

    /** One einsum of x = arange(shape): the result, whether NumPy's is a view, and x after writing -1 into it. */
    private record EinsumCase(String subscripts, long[] shape, boolean view, long[] resultShape, double[] result,
                              double[] xAfterWrite) {
    }

    /**
     * NumPy 2.4's einsum of one operand returns a view exactly when no label is summed
     * ({@code np.shares_memory(np.einsum(s, x), x)}), writable, so {@code r[...] = -1} reaches x;
     * a sum or a 0-d result (a NumPy scalar) is a new array.
     */
    @Test
    void einsumOfOneOperandIsAViewWhenNothingIsSummed() {
        List<EinsumCase> cases = List.of(
                new EinsumCase("ii->i", shape(3, 3), true, shape(3), new double[] {0, 4, 8}, new double[] {-1, 1, 2, 3, -1, 5, 6, 7, -1}),
                new EinsumCase("ij->ji", shape(2, 3), true, shape(3, 2), new double[] {0, 3, 1, 4, 2, 5}, new double[] {-1, -1, -1, -1, -1, -1}),
                new EinsumCase("ij", shape(2, 3), true, shape(2, 3), new double[] {0, 1, 2, 3, 4, 5}, new double[] {-1, -1, -1, -1, -1, -1}),
                new EinsumCase("ji", shape(2, 3), true, shape(3, 2), new double[] {0, 3, 1, 4, 2, 5}, new double[] {-1, -1, -1, -1, -1, -1}),
                new EinsumCase("ijk->kji", shape(2, 3, 4), true, shape(4, 3, 2), new double[] {0, 12, 4, 16, 8, 20, 1, 13, 5, 17, 9, 21, 2, 14, 6, 18, 10, 22, 3, 15, 7, 19, 11, 23}, new double[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}),
                new EinsumCase("...ii->...i", shape(2, 3, 3), true, shape(2, 3), new double[] {0, 4, 8, 9, 13, 17}, new double[] {-1, 1, 2, 3, -1, 5, 6, 7, -1, -1, 10, 11, 12, -1, 14, 15, 16, -1}),
                new EinsumCase("i...->...i", shape(2, 3, 2), true, shape(3, 2, 2), new double[] {0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11}, new double[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}),
                new EinsumCase("iij->ji", shape(3, 3, 2), true, shape(2, 3), new double[] {0, 8, 16, 1, 9, 17}, new double[] {-1, -1, 2, 3, 4, 5, 6, 7, -1, -1, 10, 11, 12, 13, 14, 15, -1, -1}),
                new EinsumCase("iii->i", shape(2, 2, 2), true, shape(2), new double[] {0, 7}, new double[] {-1, 1, 2, 3, 4, 5, 6, -1}),
                new EinsumCase("Ba", shape(2, 3), true, shape(2, 3), new double[] {0, 1, 2, 3, 4, 5}, new double[] {-1, -1, -1, -1, -1, -1}),
                new EinsumCase("ij->i", shape(2, 3), false, shape(2), new double[] {3, 12}, new double[] {0, 1, 2, 3, 4, 5}),
                new EinsumCase("ii", shape(3, 3), false, shape(), new double[] {12}, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8}),
                new EinsumCase("iij", shape(3, 3, 2), false, shape(2), new double[] {24, 27}, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}),
                new EinsumCase("ij->j", shape(1, 3), false, shape(3), new double[] {0, 1, 2}, new double[] {0, 1, 2}),
                new EinsumCase("...ii->...", shape(2, 2, 2), false, shape(2), new double[] {3, 11}, new double[] {0, 1, 2, 3, 4, 5, 6, 7}),
                new EinsumCase("->", shape(), false, shape(), new double[] {0}, new double[] {0}));
        for (EinsumCase c : cases) {
            try (Tensor x = c.shape().length == 0 ? Np.scalar(0.0) : range(c.shape());
                 Tensor r = Np.einsum(c.subscripts(), x)) {
                String what = "einsum " + c.subscripts() + " of shape " + Arrays.toString(c.shape());
                assertDoubles(what, r, FLOAT64, c.resultShape(), Tolerance.EXACT, c.result());
                assertEquals(c.view(), Np.sharesMemory(r, x), () -> what + ": a view of x as NumPy's");
                assertEquals(false, r.isReadOnly(), () -> what + ": writable");
                Np.copyto(r, -1.0);
                assertDoubles(what + ", x after writing -1 into the result", x, FLOAT64, c.shape(), Tolerance.EXACT,
                        c.xAfterWrite());
            }
        }
    }

    /**
     * The view keeps x's dtype (NumPy: einsum("ij->ji", bool) is a bool view), a read-only x gives
     * a read-only view (np.broadcast_to to x's own shape), the optimizing overload returns the view too, and two
     * operands never give one (einsum("ij,jk", x, eye) shares no memory with x).
     */
    @Test
    void einsumViewsKeepTheDtypeAndTheReadOnlyFlag() {
        try (Tensor flags = Np.array(new boolean[] {true, false, true}).reshape(1, 3);
             Tensor t = Np.einsum("ij->ji", flags);
             Tensor half = Np.array(new double[] {1.5, 2, 3, 4}, 2, 2).astype(DType.FLOAT16);
             Tensor diagonal = Np.einsum("ii->i", half);
             Tensor m = Np.arange(0, 6, 1).astype(INT32).reshape(2, 3); Tensor same = m.broadcastTo(2, 3);
             Tensor readOnly = Np.einsum("ij->ji", same);
             Tensor x = range(3, 3); Tensor optimized = Np.einsum("ii->i", "greedy", x);
             Tensor eye = Np.eye(3); Tensor product = Np.einsum("ij,jk", x, eye)) {
            assertBools(t, shape(3, 1), true, false, true);
            assertTrue(Np.sharesMemory(t, flags), "einsum ij->ji of bool is a view");
            assertDoubles(diagonal, DType.FLOAT16, shape(2), 1.5, 4);
            assertTrue(Np.sharesMemory(diagonal, half), "einsum ii->i of float16 is a view");
            assertLongs(readOnly, INT32, shape(3, 2), 0, 3, 1, 4, 2, 5);
            assertTrue(readOnly.isReadOnly(), "einsum of a broadcast_to view is read-only");
            iae(() -> Np.copyto(readOnly, 5.0), "copyto", "is read-only");
            assertDoubles(product, FLOAT64, shape(3, 3), 0, 1, 2, 3, 4, 5, 6, 7, 8);
            assertEquals(false, Np.sharesMemory(product, x), "einsum of two operands is a new tensor");
            Np.copyto(optimized, 7.0);
            assertDoubles(x, FLOAT64, shape(3, 3), 7, 1, 2, 3, 7, 5, 6, 7, 7);
        }
    }

    @Test
    void diagonalIsAViewOfXAndDiagANewTensor() {
        Tensor x = range(3, 4);
        Tensor above = Np.diagonal(x, 1, 0, 1);                    // x[0, 1], x[1, 2], x[2, 3]
        assertDoubles(above, FLOAT64, shape(3), 1, 6, 11);
        Np.fillDiagonal(x.slice(1, 1, 4, 1), Np.scalar(-1.0));      // the same elements, through a writable slice
        assertDoubles(above, FLOAT64, shape(3), -1, -1, -1);
        assertDoubles(x, FLOAT64, shape(3, 4), 0, -1, 2, 3, 4, 5, -1, 7, 8, 9, 10, -1);
        Tensor throughT = Np.diagonal(x.T(), 1, 1, 0);             // x[0, 1], ... seen through the transpose
        assertDoubles(throughT, FLOAT64, shape(3), -1, -1, -1);
        // read-only as NumPy's: np.diagonal(x, -2).flags.writeable is False
        Check.throwsWith(IllegalArgumentException.class, () -> Np.copyto(Np.diagonal(x, -2, 0, 1), 100.0), "copyto",
                "is read-only");
        for (Tensor copy : List.of(Np.diag(x), Np.diag(x, 1), Np.diagflat(x), Np.diag(Np.diagonal(x)))) {
            Np.copyto(copy, 7.0);
        }
        assertDoubles(x, FLOAT64, shape(3, 4), 0, -1, 2, 3, 4, 5, -1, 7, 8, 9, 10, -1);
    }

    @Test
    void diagonalOffsetsAtTheEndsOfLongAreEmpty() {
        Tensor x = range(2, 3);
        for (long k : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -2, 3, Long.MAX_VALUE}) {
            assertEquals(0, Np.diagonal(x, k, 0, 1).size(), "diagonal k=" + k);
            assertDoubles("trace k=" + k, Np.trace(x, k, 0, 1), FLOAT64, shape(), Tolerance.EXACT, 0.0);
        }
        assertDoubles("diagonal k=-1", Np.diagonal(x, -1, 0, 1), FLOAT64, shape(1), Tolerance.EXACT, 3.0);
        assertDoubles("diagonal k=2", Np.diagonal(x, 2, 0, 1), FLOAT64, shape(1), Tolerance.EXACT, 2.0);
    }

    @Test
    void intermediatesAreReleased() {
        try (Tensor m = range(3, 4); Tensor n = range(4, 2); Tensor sq = range(3, 3); Tensor v = range(3);
             Tensor flags = Np.greater(range(3, 3), 3.0)) {
            long before = backend().memoryUsage().bytesInUse();
            List<Supplier<Tensor>> calls = List.of(() -> Np.trace(sq), () -> Np.diag(v, 1), () -> Np.diagflat(m),
                    () -> Np.tensordot(m, n, 1), () -> Np.inner(m, m), () -> Np.vdot(m, m), () -> Np.kron(m, n),
                    () -> Np.cross(sq, v), () -> Np.einsum("ij,jk,kl->il", m, n, n.T()),
                    () -> Np.einsum("ii,i->", sq, v), () -> Np.einsum("ij,ji", flags, flags),
                    () -> Np.einsum("ij,jk,kl->il", "greedy", m, n, n.T()),
                    () -> Np.einsum("ij,jk,kl,lm->im", "optimal", m, n, n.T(), n));
            for (Supplier<Tensor> call : calls) {
                try (Tensor result = call.get()) {
                    assertOnBackend("result", result);
                }
            }
            iae(() -> Np.einsum("ij,jk", m, m), "einsum: size of label 'j'");
            // <=: the Cleaner may free earlier tests' tensors meanwhile; a leak here would add bytes
            long after = backend().memoryUsage().bytesInUse();
            assertTrue(after <= before, () -> "bytes in use went from " + before + " to " + after);
        }
    }

    // ---- messages -------------------------------------------------------------------------------

    @Test
    void messagesNameTheOpTheValuesAndWhatIsValid() {
        Tensor m = Np.zeros(2, 4);
        Tensor n = Np.zeros(3, 4);
        iae(() -> Np.einsum("ij,jk", m, n), "einsum: size of label 'j' for operand 1 (3) does not match previous terms (4)",
                "'ij,jk'", "(2, 4), (3, 4)");
        iae(() -> Np.einsum("ij,jk->ik", m), "einsum: 2 input terms but 1 operand", "'ij,jk->ik'");
        iae(() -> Np.einsum("ij->ii", m), "einsum: output subscript 'i' appears more than once");
        iae(() -> Np.einsum("ij->k", m), "einsum: output subscript 'k' does not appear in any input term");
        iae(() -> Np.einsum("i2", m), "einsum: invalid subscript '2'");
        iae(() -> Np.einsum("ijk", m), "einsum: operand 0 has 2 dimensions but its term 'ijk' has 3 subscripts");
        iae(() -> Np.einsum("ii", m), "einsum: label 'i' is repeated in operand 0 over dimensions of different sizes (2 != 4)");
        iae(() -> Np.trace(Np.zeros(3)), "trace: needs a tensor of at least 2 dimensions, got shape (3,)");
        iae(() -> Np.diagonal(m, 0, 1, -1), "diagonal: axis1 and axis2 cannot be the same");
        iae(() -> Np.diagonal(m, 0, 0, 2), "diagonal: axis 2 is out of range for a 2-d tensor");
        iae(() -> Np.diag(Np.zeros(2, 2, 2)), "diag: input must be 1-d or 2-d, got shape (2, 2, 2)");
        iae(() -> Np.tensordot(m, n, 1), "tensordot: shape-mismatch for sum: axis 1 of (2, 4) has size 4 but axis 0 of (3, 4) has size 3");
        iae(() -> Np.tensordot(m, n, new int[] {0}, new int[] {0, 1}), "tensordot: shape-mismatch for sum");
        iae(() -> Np.inner(m, Np.zeros(3)), "inner: shapes (2, 4) and (3,) are not aligned: 4 (dim 1) != 3 (dim 0)");
        iae(() -> Np.vdot(m, n), "vdot: the operands have different sizes: 8", "12");
        iae(() -> Np.cross(m, n), "cross: incompatible dimensions for cross product", "have 4 and 4 components");
        iae(() -> Np.cross(Np.zeros(new long[] {3}, BOOL), Np.zeros(new long[] {3}, BOOL)), "cross: not supported for two bool");
    }

    // ---- larger inputs: vector loops, threads, several matmul batches -------------------------

    @Test
    void largeContractionsAgreeWithMatmulAndSum() {
        Tensor a = Np.sin(Np.arange(0.0, 3.0 * 40 * 50, 1.0)).reshape(3, 40, 50);
        Tensor b = Np.cos(Np.arange(0.0, 3.0 * 50 * 30, 1.0)).reshape(3, 50, 30);
        Tensor product = Np.matmul(a, b);
        double scale = 50;                                      // |sin|, |cos| <= 1, 50 products per element
        Tolerance tol = suite().linalgTolerance("matmul", FLOAT64);
        Tensor viaEinsum = Np.einsum("bij,bjk->bik", a, b);
        Check.meta("einsum bij,bjk->bik", viaEinsum, FLOAT64, shape(3, 40, 30));
        Check.compareDoubles("einsum bij,bjk->bik", shape(3, 40, 30), FLOAT64, product.toDoubleArray(),
                viaEinsum.toDoubleArray(), tol, scale, null);
        Tensor viaTensordot = Np.tensordot(a.select(0, 1), b.select(0, 1), 1);
        Check.meta("tensordot", viaTensordot, FLOAT64, shape(40, 30));
        Check.compareDoubles("tensordot", shape(40, 30), FLOAT64, product.select(0, 1).toDoubleArray(),
                viaTensordot.toDoubleArray(), tol, scale, null);
        Tensor square = Np.arange(0, 300 * 300, 1).astype(INT32).reshape(300, 300);
        long expected = 0;
        for (long i = 0; i < 300; i++) {
            expected += i * 300 + i;
        }
        assertEquals(expected, Np.trace(square).toLongArray()[0], "trace of a 300x300 int32");
        assertEquals((int) expected, Np.einsum("ii", square).toLongArray()[0], "einsum ii in int32");
    }
}
