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
            case INT64 -> 7;
            case FLOAT32 -> 11;
            case FLOAT64 -> 12;
            case FLOAT16 -> 23;
        };
    }

    static boolean canCast(DType from, DType to, String casting) {
        Objects.requireNonNull(from, "canCast: from is null");
        Objects.requireNonNull(to, "canCast: to is null");
        Objects.requireNonNull(casting, "canCast: casting is null");
        return switch (casting) {
            case "no", "equiv" -> from == to;
            case "safe" -> from.canCastSafelyTo(to);
            case "same_kind" -> from.canCastSameKindTo(to);
            case "unsafe" -> true;
            default -> throw new IllegalArgumentException("canCast: casting must be one of 'no', 'equiv', 'safe',"
                    + " 'same_kind' or 'unsafe', got '" + casting + "'");
        };
    }
}
