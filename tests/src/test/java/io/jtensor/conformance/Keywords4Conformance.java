package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.DType.FLOAT64;
import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy 2 keywords filled in the nineteenth session, part 2: {@code nanmax}/{@code nanmin}'s
 * {@code out}, {@code initial} and {@code where}, and {@code nanmean}/{@code nanvar}/{@code nanstd}'s
 * {@code where}. {@code keywords4.csv} (written by {@code tests/reference/generate.py keywords4}) is
 * replayed bit for bit; NumPy's errors are IllegalArgumentException naming the op.
 */
public abstract class Keywords4Conformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("keywords4.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + row.get("args") + ")";
        List<Tensor> in = new ArrayList<>();
        for (String text : row.get("inputs").split(";")) {
            in.add((Tensor) ManipulationConformance.operand(text));
        }
        Map<String, String> args = ReferenceData.keywordArgs(row.get("args"));
        if (row.get("result_dtype").equals("error")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(op, in, args), what);
            assertTrue(e.getMessage().startsWith(op + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        Tensor result = run(op, in, args);
        assertOnBackend(what, result);
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), Tolerance.EXACT, 0);
    }

    private static Tensor run(String op, List<Tensor> in, Map<String, String> a) {
        Tensor x = in.get(0);
        Tensor where = in.size() > 1 ? in.get(1) : null;
        int[] axes = a.get("axis").equals("none") ? null : new int[] {Integer.parseInt(a.get("axis"))};
        boolean keepdims = a.get("keepdims").equals("1");
        return switch (op) {
            case "nanmax", "nanmin" -> extreme(op, x, where, axes, keepdims, a);
            case "nanmean" -> Np.nanmean(x, axes, keepdims, where);
            case "nanvar" -> Np.nanvar(x, axes, keepdims, Integer.parseInt(a.get("ddof")), where);
            case "nanstd" -> Np.nanstd(x, axes, keepdims, Integer.parseInt(a.get("ddof")), where);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    private static Tensor extreme(String op, Tensor x, Tensor where, int[] axes, boolean keepdims,
                                  Map<String, String> a) {
        boolean max = op.equals("nanmax");
        Tensor out = a.get("out").equals("-") ? null : out(a.get("out"));
        if (a.get("initial").equals("-")) {
            if (where != null) {
                // no where-without-initial form here (NumPy: ValueError, fmax has no identity): a NaN initial is refused too
                return max ? Np.nanmax(x, axes, keepdims, out, Double.NaN, where)
                        : Np.nanmin(x, axes, keepdims, out, Double.NaN, where);
            }
            Tensor r = max ? Np.nanmax(x, axes, keepdims, out) : Np.nanmin(x, axes, keepdims, out);
            assertSame(out, r, op + " returns out");
            return r;
        }
        double initial = ReferenceData.parseDouble(a.get("initial"));
        Tensor r = max ? Np.nanmax(x, axes, keepdims, out, initial, where)
                : Np.nanmin(x, axes, keepdims, out, initial, where);
        if (out != null) {
            assertSame(out, r, op + " returns out");
        }
        return r;
    }

    private static Tensor out(String spec) {
        String[] parts = spec.split(":");
        return Np.zeros(parseShape(parts[1]), dtype(parts[0]));
    }

    // ---- the forms the reference file cannot show ----------------------------------------------

    @Test
    void nanInitialIsRefusedForFloatX() {
        Tensor x = f64(1, Double.NaN, 3);
        // np.nanmax(x, initial=np.nan) is 3.0 (fmax skips a NaN initial); refused here
        throwsWith(IllegalArgumentException.class, () -> Np.nanmax(x, null, false, null, Double.NaN, null),
                "nanmax", "initial NaN");
        throwsWith(IllegalArgumentException.class, () -> Np.nanmin(x, null, false, Np.zeros(new long[0], FLOAT64),
                Double.NaN, null), "nanmin", "initial NaN");
    }
}
