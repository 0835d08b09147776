package io.jtensor;

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
        DType strong = null;
        int weakKind = -1;
        for (int i = 0; i < operands.length; i++) {
            Object operand = operands[i];
            switch (operand) {
                case Tensor t -> strong = promote(strong, t.dtype());
                case DType d -> strong = promote(strong, d);
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

    private static DType promote(DType sofar, DType next) {
        return sofar == null ? next : DType.promote(sofar, next);
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
