package io.jtensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * NumPy 2's {@code np.result_type} and {@code np.can_cast} over jtensor's types, with NEP 50's weak
 * Python scalars: a Java {@code Boolean}, {@code Integer}/{@code Long} or {@code Float}/{@code Double}
 * stands for a Python bool, int or float, which adapts to the arrays' type instead of widening it.
 */
final class TypePromotion {

    private TypePromotion() {
    }

    static DType resultType(Object... operands) {
        Objects.requireNonNull(operands, "resultType: operands is null");
        if (operands.length == 0) {
            throw new IllegalArgumentException("resultType: at least one array, type or scalar is needed");
        }
        List<DType> strongTypes = new ArrayList<>();
        int weakKind = -1;
        for (int i = 0; i < operands.length; i++) {
            Object operand = operands[i];
            switch (operand) {
                case Tensor t -> strongTypes.add(t.dtype());
                case DType d -> strongTypes.add(d);
                case Boolean b -> weakKind = Math.max(weakKind, 0);
                case Integer n -> weakKind = Math.max(weakKind, 1);
                case Long n -> weakKind = Math.max(weakKind, 1);
                case Float f -> weakKind = Math.max(weakKind, 2);
                case Double f -> weakKind = Math.max(weakKind, 2);
                case null -> throw new NullPointerException("resultType: operand " + i + " is null");
                default -> throw new IllegalArgumentException("resultType: operand " + i + " is a "
                        + operand.getClass().getSimpleName() + " (valid: Tensor, DType, Boolean, Integer, Long, Float, Double)");
            }
        }
        DType strong = promoteSequence(strongTypes);
        if (strong == null) {
            return switch (weakKind) {
                case 0 -> DType.BOOL;
                case 1 -> DType.INT64;
                default -> DType.FLOAT64;
            };
        }
        return switch (weakKind) {
            case 2 -> strong.promoteWithFloatScalar();
            case 1 -> strong.promoteWithIntegerScalar();
            default -> strong;
        };
    }

    /**
     * NumPy's {@code PyArray_PromoteDTypeSequence}: the "main" type, the one with NumPy's highest
     * type number (float16 above float64 above float32 above the integers, the wider and unsigned
     * above the narrower and signed), promotes each other type, and those results promote with one
     * another. Pairwise promotion in order would differ: {@code result_type(int8, uint8, float16)}
     * is float16 (each integer fits float16), not float32 (their int16 with float16); null for no types.
     */
    static DType promoteSequence(List<DType> types) {
        DType main = null;
        for (DType t : types) {
            if (main == null || numpyTypeNumber(t) > numpyTypeNumber(main)) {
                main = t;
            }
        }
        DType result = main;
        for (DType t : types) {
            result = DType.promote(result, DType.promote(main, t));
        }
        return result;
    }

    /** NumPy's type number of a type (NPY_BOOL 0 ... NPY_HALF 23, int64 as Linux's NPY_LONG). */
    private static int numpyTypeNumber(DType t) {
        return switch (t) {
            case BOOL -> 0;
            case INT8 -> 1;
            case UINT8 -> 2;
            case INT16 -> 3;
            case UINT16 -> 4;
            case INT32 -> 5;
            case UINT32 -> 6;
            case INT64 -> 7;
            case FLOAT32 -> 11;
            case FLOAT64 -> 12;
            case FLOAT16 -> 23;
        };
    }

    /** NumPy's five casting rules, from the strictest. */
    static final List<String> CASTINGS = List.of("no", "equiv", "safe", "same_kind", "unsafe");

    /**
     * {@code casting} itself when it is one of NumPy's five rules.
     *
     * @throws IllegalArgumentException naming {@code op} and the valid rules otherwise (NumPy's ValueError)
     */
    static String requireCasting(String op, String casting) {
        Objects.requireNonNull(casting, () -> op + ": casting is null");
        if (!CASTINGS.contains(casting)) {
            throw new IllegalArgumentException(op + ": casting must be one of 'no', 'equiv', 'safe', 'same_kind', "
                    + "'unsafe' (got '" + casting + "')");
        }
        return casting;
    }

    static boolean canCast(DType from, DType to, String casting) {
        Objects.requireNonNull(from, "canCast: from is null");
        Objects.requireNonNull(to, "canCast: to is null");
        return switch (requireCasting("canCast", casting)) {
            case "no", "equiv" -> from == to;
            case "safe" -> from.canCastSafelyTo(to);
            case "same_kind" -> from.canCastSameKindTo(to);
            case "unsafe" -> true;
            default -> throw new IllegalStateException("unreachable: " + casting);
        };
    }

    /**
     * {@code np.min_scalar_type} of an integer value within jtensor's types: the smallest unsigned
     * type for a value &gt;= 0 (uint8, uint16, uint32), the smallest signed one for a negative value;
     * where NumPy answers uint64, which jtensor has not, int64.
     */
    static DType minScalarType(long value) {
        if (value >= 0) {
            return value <= 0xFF ? DType.UINT8 : value <= 0xFFFF ? DType.UINT16
                    : value <= 0xFFFF_FFFFL ? DType.UINT32 : DType.INT64;
        }
        return value >= Byte.MIN_VALUE ? DType.INT8 : value >= Short.MIN_VALUE ? DType.INT16
                : value >= Integer.MIN_VALUE ? DType.INT32 : DType.INT64;
    }

    /**
     * {@code np.min_scalar_type} of a float value, by range only, as NumPy: float16 strictly inside
     * ±65000 and for NaN and ±Inf, float32 strictly inside ±3.4e38, else float64 (precision is not
     * considered: 0.1 gives float16).
     */
    static DType minScalarType(double value) {
        if (!Double.isFinite(value) || (value > -65000 && value < 65000)) {
            return DType.FLOAT16;
        }
        return value > -3.4e38 && value < 3.4e38 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /**
     * {@code np.min_scalar_type(a)}: a's type when a has dimensions; for a 0-d a, the type its value
     * needs, as {@link #minScalarType(long)} and {@link #minScalarType(double)}, never wider than
     * a's own float type (a float32 3.4028235e38 stays float32); bool stays bool.
     */
    static DType minScalarType(Tensor a) {
        Objects.requireNonNull(a, "min_scalar_type: a is null");
        a.checkOpen("min_scalar_type");
        if (a.ndim() > 0 || a.dtype == DType.BOOL) {
            return a.dtype;
        }
        if (a.dtype.isInteger()) {
            return minScalarType(a.itemLong());
        }
        DType byValue = minScalarType(a.item());
        return byValue.byteSize() < a.dtype.byteSize() ? byValue : a.dtype;
    }
}
