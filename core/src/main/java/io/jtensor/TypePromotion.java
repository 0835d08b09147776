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
        List<DType> types = new ArrayList<>();
        int weakKind = -1;
        for (int i = 0; i < operands.length; i++) {
            Object operand = operands[i];
            switch (operand) {
                case Tensor t -> types.add(t.dtype());
                case DType d -> types.add(d);
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
        DType strong = types.isEmpty() ? null : promoteSequence(types);
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
     * NumPy's {@code PyArray_PromoteDTypeSequence}: promotion is not associative ({@code (int8 +
     * uint8) + float16} is float32, but {@code np.result_type(int8, uint8, float16)} is float16), so
     * NumPy first finds the "main" type (pairs from both ends, the higher NumPy type number knowing
     * more), then promotes each other type with the main one and reduces those results.
     */
    static DType promoteSequence(List<DType> types) {
        if (types.size() == 1) {
            return types.getFirst();
        }
        DType[] d = types.toArray(new DType[0]);
        DType result = reduceToMostKnowledgeable(d, d.length);
        DType main = d[0];
        int start = 2;
        if (result == null) {
            start = 1;
        }
        DType previous = null;
        for (int i = start; i < d.length; i++) {
            if (d[i] == null || d[i] == previous) {
                continue;
            }
            DType promotion = common(main, d[i]);
            if (promotion == null) {
                promotion = DType.promote(main, d[i]);
            }
            result = result == null ? promotion : commonType(result, promotion);
        }
        return result;
    }

    /** NumPy's {@code reduce_dtypes_to_most_knowledgeable} over {@code d[0..length)}, reordering d in place. */
    private static DType reduceToMostKnowledgeable(DType[] d, int length) {
        int half = length / 2;
        DType result = null;
        for (int low = 0; low < half; low++) {
            int high = length - 1 - low;
            result = d[high] == d[low] ? d[low] : common(d[low], d[high]);
            if (result == null) {
                DType swap = d[low];
                d[low] = d[high];
                d[high] = swap;
            } else if (result == d[low]) {
                d[high] = null;
            }
        }
        return length == 2 ? result : reduceToMostKnowledgeable(d, length - half);
    }

    /** NumPy's {@code PyArray_CommonDType}: asks both types. */
    private static DType commonType(DType a, DType b) {
        DType common = common(a, b);
        return common != null ? common : common(b, a);
    }

    /**
     * A builtin NumPy DType's {@code __common_dtype__}: null (NotImplemented) when the other type's
     * NumPy type number is higher (it knows more), else the promotion table's entry.
     */
    private static DType common(DType cls, DType other) {
        if (cls == other) {
            return cls;
        }
        return typeNumber(other) > typeNumber(cls) ? null : DType.promote(cls, other);
    }

    /** NumPy's type numbers (NPY_BOOL 0 ... NPY_HALF 23; int64 is NPY_LONG on Linux). */
    private static int typeNumber(DType t) {
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
