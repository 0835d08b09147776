package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.FloatErrorMode;
import io.jtensor.FloatErrorScope;
import io.jtensor.FloatErrors;
import io.jtensor.FloatingPointException;
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
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code Np.seterr} for reductions and scans: NumPy's {@code float_error_reductions.csv} replayed
 * (per case, the categories of every callback call under 'call', in order, and the message of
 * what 'raise' throws): "reduce" for sum and prod, "accumulate" for cumsum and cumprod, the ufunc
 * names of the steps of mean, var and std and of the NaN-ignoring forms, nothing for max, min,
 * argmax, argmin.
 *
 * <p>Cases where jtensor knowingly reports otherwise than NumPy are in {@link #DEVIATIONS} with
 * jtensor's calls and message and are checked to report exactly those (README, "Floating-point errors").
 */
public abstract class FloatErrorReductionsConformance extends ConformanceCase {

    /**
     * "op,dtype,x,axis,ddof" to jtensor's "calls;message" where NumPy reports otherwise: its
     * float64 mean and var of a 0-d result divide as Python scalars ("scalar divide"), jtensor
     * divides tensors ("divide").
     */
    static final Map<String, String> DEVIATIONS = Map.ofEntries(
            Map.entry("mean,float64,empty,none,0", "invalid;invalid value encountered in divide"),
            Map.entry("var,float64,3.0,none,1", "invalid;invalid value encountered in divide"),
            Map.entry("std,float64,3.0,none,1", "invalid;invalid value encountered in divide"),
            Map.entry("var,float64,1.0 2.0,none,2", "divide;divide by zero encountered in divide"),
            Map.entry("std,float64,1.0 2.0,none,2", "divide;divide by zero encountered in divide"),
            Map.entry("var,float64,1.0 1.0,none,2", "invalid;invalid value encountered in divide"),
            Map.entry("std,float64,1.0 1.0,none,2", "invalid;invalid value encountered in divide"),
            Map.entry("prod,float64,2.2250738585072014e-308 0.5,none,0", "under;underflow encountered in reduce"),
            Map.entry("nanprod,float64,2.2250738585072014e-308 0.5,none,0", "under;underflow encountered in reduce"));

    /**
     * Cases whose NumPy flags come from a partial product that overflows before a 0 factor: a
     * backend that accumulates float32 in float64 (the CPU) or multiplies in another order (a
     * tree on OpenCL) returns 0 and reports nothing; one that multiplies as NumPy returns NaN and
     * reports NumPy's flags. Checked against the result.
     */
    static final Set<String> FOLLOW_THE_RESULT = Set.of(
            "prod,float32,2.5521175490829424e+38 2.5521175490829424e+38 0.0,none,0",
            "nanprod,float32,2.5521175490829424e+38 2.5521175490829424e+38 0.0,none,0",
            "prod,float64,1.3482698511467367e+308 1.3482698511467367e+308 0.0,none,0",
            "nanprod,float64,1.3482698511467367e+308 1.3482698511467367e+308 0.0,none,0");

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("float_error_reductions.csv", r -> r.get("op") + " " + r.get("dtype"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        DType dtype = ReferenceData.dtype(row.get("dtype"));
        String caseKey = op + "," + row.get("dtype") + "," + row.get("x") + "," + row.get("axis") + "," + row.get("ddof");
        String deviation = DEVIATIONS.get(caseKey);
        String[] values = row.get("x").equals("empty") ? new String[0] : ReferenceData.tokens(row.get("x"));
        Tensor x = ReferenceData.tensor(dtype, ReferenceData.parseShape(row.get("shape")), values);
        Integer axis = row.get("axis").equals("none") ? null : Integer.valueOf(row.get("axis"));
        int ddof = Integer.parseInt(row.get("ddof"));
        if (FOLLOW_THE_RESULT.contains(caseKey)) {
            try (Tensor r = apply(op, x, axis, ddof); Tensor finite = Np.all(Np.isfinite(r))) {
                deviation = finite.item() != 0 ? "none;none" : null;
            }
        }
        String expectedCalls = deviation == null ? row.get("calls") : deviation.split(";")[0];
        String expectedMessage = deviation == null ? row.get("message") : deviation.split(";")[1];
        String what = row.where() + " " + op + "([" + row.get("x") + "] " + dtype.numpyName() + ", shape "
                + row.get("shape") + ", axis " + row.get("axis") + ", ddof " + row.get("ddof") + ")"
                + (deviation == null ? "" : " (documented deviation; NumPy: " + row.get("calls") + "; "
                + row.get("message") + ")");
        List<String> seen = new ArrayList<>();
        try (FloatErrorScope s = Np.errstate(FloatErrors.all(FloatErrorMode.CALL), (type, flags) -> seen.add(shortName(type)))) {
            apply(op, x, axis, ddof).close();
        }
        assertEquals(expectedCalls, seen.isEmpty() ? "none" : String.join(" ", seen), what + " under 'call'");
        try (FloatErrorScope s = Np.errstate(FloatErrorMode.RAISE)) {
            if (expectedMessage.equals("none")) {
                apply(op, x, axis, ddof).close();
            } else {
                FloatingPointException e = assertThrows(FloatingPointException.class, () -> apply(op, x, axis, ddof), what);
                assertEquals(expectedMessage, e.getMessage(), what);
                assertEquals(expectedMessage.substring(expectedMessage.indexOf(" in ") + 4), e.op(), what);
            }
        }
        x.close();
    }

    private static Tensor apply(String op, Tensor x, Integer axis, int ddof) {
        int[] axes = axis == null ? null : new int[] {axis};
        return switch (op) {
            case "sum" -> Np.sum(x, axes, false);
            case "prod" -> Np.prod(x, axes, false);
            case "mean" -> Np.mean(x, axes, false);
            case "var" -> Np.var(x, axes, false, ddof);
            case "std" -> Np.std(x, axes, false, ddof);
            case "nansum" -> Np.nansum(x, axes, false);
            case "nanprod" -> Np.nanprod(x, axes, false);
            case "nanmean" -> Np.nanmean(x, axes, false);
            case "nanvar" -> Np.nanvar(x, axes, false, ddof);
            case "nanstd" -> Np.nanstd(x, axes, false, ddof);
            case "max" -> Np.max(x, axes, false);
            case "min" -> Np.min(x, axes, false);
            case "nanmax" -> Np.nanmax(x, axes, false);
            case "nanmin" -> Np.nanmin(x, axes, false);
            case "argmax" -> axis == null ? Np.argmax(x) : Np.argmax(x, axis);
            case "argmin" -> axis == null ? Np.argmin(x) : Np.argmin(x, axis);
            case "ptp" -> Np.ptp(x, axes, false);
            case "cumsum" -> axis == null ? Np.cumsum(x) : Np.cumsum(x, axis);
            case "cumprod" -> axis == null ? Np.cumprod(x) : Np.cumprod(x, axis);
            case "nancumsum" -> axis == null ? Np.nancumsum(x) : Np.nancumsum(x, axis);
            case "nancumprod" -> axis == null ? Np.nancumprod(x) : Np.nancumprod(x, axis);
            default -> throw new AssertionError("no replay for " + op);
        };
    }

    private static String shortName(String numpyName) {
        return switch (numpyName) {
            case "divide by zero" -> "divide";
            case "overflow" -> "over";
            case "underflow" -> "under";
            case "invalid value" -> "invalid";
            default -> throw new AssertionError("unknown category " + numpyName);
        };
    }

    @Test
    void reductionsWithWhereKeepdimsAndUfuncReduceReport() {
        Tensor big = Np.array(new float[] {3e38f, 1f, 3e38f, 1f}, new long[] {2, 2});
        try (FloatErrorScope s = Np.errstate(FloatErrors.IGNORE_ALL.withOver(FloatErrorMode.RAISE))) {
            assertEquals("overflow encountered in reduce", assertThrows(FloatingPointException.class,
                    () -> Np.sum(big, new int[] {0}, true)).getMessage());
            Tensor rows = Np.sum(big, new int[] {1}, true);
            assertEquals(3e38f, (float) rows.getDouble(1, 0), 0);
            Tensor mask = Np.array(new boolean[] {true, true, false, true}, new long[] {2, 2});
            Tensor masked = Np.sum(big, new int[] {0}, false, mask);
            assertEquals(3e38f, (float) masked.getDouble(0), 0);
            assertEquals("overflow encountered in reduce", assertThrows(FloatingPointException.class,
                    () -> Np.sum(big, new int[] {0}, false, Np.onesLike(mask))).getMessage());
            assertEquals("overflow encountered in reduce", assertThrows(FloatingPointException.class,
                    () -> Np.reduce(io.jtensor.op.BinaryOp.ADD, big, new int[] {0}, false, null, null)).getMessage());
            assertEquals("overflow encountered in accumulate", assertThrows(FloatingPointException.class,
                    () -> Np.cumsum(big, 0)).getMessage());
            Np.cumsum(big, 1).close();
        }
    }

    @Test
    void float16ElementwiseReportsTheRoundingOfItsFloat32Result() {
        Tensor x = Np.array(new double[] {12, 1}).astype(DType.FLOAT16);
        try (FloatErrorScope s = Np.errstate(FloatErrorMode.RAISE)) {
            assertEquals("overflow encountered in exp", assertThrows(FloatingPointException.class,
                    () -> Np.exp(x)).getMessage());
            Tensor small = Np.array(new double[] {1e-3}).astype(DType.FLOAT16);
            assertEquals("underflow encountered in multiply", assertThrows(FloatingPointException.class,
                    () -> Np.multiply(small, small)).getMessage());
            assertEquals("divide by zero encountered in log", assertThrows(FloatingPointException.class,
                    () -> Np.log(Np.zeros(new long[] {1}, DType.FLOAT16))).getMessage());
            Tensor out = Np.empty(new long[] {2}, DType.FLOAT16);
            assertThrows(FloatingPointException.class, () -> Np.exp(x, out));
            assertEquals(Double.POSITIVE_INFINITY, out.getDouble(0), "out is written before the raise");
            Np.exp(Np.array(new double[] {10}).astype(DType.FLOAT16)).close();
        }
        // NumPy: np.exp(float16 [12, 1], out=int32, casting='unsafe') calls back overflow (the
        // rounding to float16) and invalid (Inf into int32); [1, 1] calls back nothing
        List<String> seen = new ArrayList<>();
        try (FloatErrorScope s = Np.errstate(FloatErrors.all(FloatErrorMode.CALL), (type, flags) -> seen.add(type))) {
            Np.apply(io.jtensor.op.UnaryOp.EXP, x, io.jtensor.UfuncOptions.DEFAULT
                    .withOut(Np.empty(new long[] {2}, DType.INT32)).withCasting("unsafe"));
            assertEquals(List.of("overflow", "invalid value"), seen);
            seen.clear();
            Np.apply(io.jtensor.op.UnaryOp.EXP, Np.onesLike(x), io.jtensor.UfuncOptions.DEFAULT
                    .withOut(Np.empty(new long[] {2}, DType.INT32)).withCasting("unsafe"));
            assertEquals(List.of(), seen);
        }
    }
}
