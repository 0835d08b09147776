package io.jtensor.kernels;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an element-wise op token and its compute type to the scalar C expression a kernel
 * evaluates, in the variables {@code x} (unary), {@code a, b} (binary) or {@code c, a, b}
 * ({@code where}).
 *
 * <p>Floating-point types use the token's own {@code expression()}. Integers and bools need other
 * code where C differs from NumPy: signed overflow is undefined in C but wraps in NumPy (so the
 * arithmetic goes through the unsigned type), {@code abs}/{@code negative} of the minimum value,
 * integer {@code reciprocal} of 0 (the type's minimum, as NumPy on x86), integer powers, integer
 * division and remainders (x / 0 and MIN / -1, see the prelude's helpers), bool
 * {@code add}/{@code multiply} as logical or/and, {@code invert} of bool as logical not, the
 * bool-valued predicates on integers, and {@code bitwise_count} (the dialect's popcount of the
 * magnitude, taken in the unsigned type so that |MIN| is 2<sup>width-1</sup>). The bitwise, shift,
 * gcd and lcm ops, which only integers and bools reach, use the token's expression in every type
 * they compute in.
 */
public final class ScalarExpressions {

    private static final Pattern OPERAND = Pattern.compile("\\b[ab]\\b");
    private static final Pattern OPERAND_B = Pattern.compile("\\bb\\b");

    private ScalarExpressions() {
    }

    /**
     * The expression and the type of its value.
     *
     * @param code       C code in the op's variables
     * @param resultType {@code computeType}, or BOOL for comparisons, logical ops and predicates
     */
    public record Expression(String code, DType resultType) {
    }

    /**
     * The expression for {@code op} evaluated in {@code computeType}.
     *
     * @throws IllegalArgumentException when core never computes {@code op} in that type
     */
    public static Expression of(ElementwiseOp op, DType computeType) {
        return switch (op) {
            case UnaryOp unary when unary.givesBool() -> new Expression(predicate(unary, computeType), DType.BOOL);
            case UnaryOp unary -> new Expression(unary(unary, computeType), computeType);
            case BinaryOp binary when binary.givesBool() ->
                    new Expression("((jbool) (" + binary.expression() + "))", DType.BOOL);
            case BinaryOp binary -> new Expression(binary(binary, computeType), computeType);
            case TernaryOp ternary when ternary == TernaryOp.CLIP -> new Expression(clip(computeType), computeType);
            case TernaryOp ternary -> new Expression("(c ? a : b)", computeType);
        };
    }

    /** A bool-valued unary op: the C99 classification macros on floats, constants on integers. */
    private static String predicate(UnaryOp op, DType t) {
        if (t.isFloatingPoint()) {
            return "((jbool) (" + op.expression() + "))";
        }
        return switch (op) {
            case ISNAN, ISINF -> "((jbool) 0)";
            case ISFINITE -> "((jbool) 1)";
            case SIGNBIT -> t == DType.BOOL ? "((jbool) 0)" : "((jbool) ((x) < 0))";
            case LOGICAL_NOT -> "((jbool) ((x) == 0))";
            default -> throw unsupported(op.numpyName(), t);
        };
    }

    private static String unary(UnaryOp op, DType t) {
        if (t.isFloatingPoint() && !op.definedOnFloats()) {
            throw unsupported(op.numpyName(), t);
        }
        if (t.isFloatingPoint()) {
            return "(" + op.expression() + ")";
        }
        if (t == DType.BOOL) {
            return switch (op) {
                case ABS, RELU, FLOOR, CEIL, TRUNC, COPY -> "(x)";
                case INVERT -> "((jbool) ((x) == 0))";
                default -> throw unsupported(op.numpyName(), t);
            };
        }
        String type = CTypes.name(t);
        String unsigned = CTypes.unsignedName(t);
        return switch (op) {
            case INVERT -> "((" + type + ") " + op.expression() + ")";
            case SQUARE -> "((" + type + ") ((" + unsigned + ") (x) * (" + unsigned + ") (x)))";
            case ABS -> "((x) < 0 ? (" + type + ") (0 - (" + unsigned + ") (x)) : (x))";
            case NEGATIVE -> "((" + type + ") (0 - (" + unsigned + ") (x)))";
            case SIGN -> "((" + type + ") (((x) > 0) - ((x) < 0)))";
            case RECIPROCAL -> "((x) == 0 ? " + CTypes.minimum(t) + " : (" + type + ") (1 / (x)))";
            case RELU -> "((x) > 0 ? (x) : (" + type + ") 0)";
            case BITWISE_COUNT -> "((" + type + ") JT_POPCOUNT" + (t == DType.INT64 ? "64" : "32") + "((x) < 0 ? 0 - ("
                    + unsigned + ") (x) : (" + unsigned + ") (x)))";
            case FLOOR, CEIL, TRUNC, ROUND, COPY -> "(x)";
            default -> throw unsupported(op.numpyName(), t);
        };
    }

    /**
     * clip in {@code c} (x), {@code a} (lo) and {@code b} (hi): minimum(b, maximum(a, c)) with the
     * binary ops' own expressions, so one pass gives the two steps' bits.
     */
    private static String clip(DType t) {
        if (t == DType.BOOL) {
            return "((jbool) (((a) | (c)) & (b)))";
        }
        String lower = OPERAND_B.matcher(binary(BinaryOp.MAXIMUM, t)).replaceAll("c");
        return OPERAND.matcher(binary(BinaryOp.MINIMUM, t))
                .replaceAll(m -> m.group().equals("a") ? "b" : Matcher.quoteReplacement("(" + lower + ")"));
    }

    private static String binary(BinaryOp op, DType t) {
        if (!op.definedOnFloats()) {
            if (t.isFloatingPoint()) {
                throw unsupported(op.numpyName(), t);
            }
            // C promotes bool and int operands of & | ^ to int: the cast restores the compute type
            return "((" + CTypes.name(t) + ") " + op.expression() + ")";
        }
        if (t.isFloatingPoint()) {
            return "(" + op.expression() + ")";
        }
        if (t == DType.BOOL) {
            return switch (op) {
                case ADD, MAXIMUM, FMAX -> "((jbool) ((a) | (b)))";
                case MULTIPLY, MINIMUM, FMIN -> "((jbool) ((a) & (b)))";
                default -> throw unsupported(op.numpyName(), t);
            };
        }
        String type = CTypes.name(t);
        String unsigned = CTypes.unsignedName(t);
        return switch (op) {
            case ADD -> wrapping(type, unsigned, "+");
            case SUBTRACT -> wrapping(type, unsigned, "-");
            case MULTIPLY -> wrapping(type, unsigned, "*");
            case POWER -> "jt_power_" + t.numpyName() + "(a, b)";
            case MAXIMUM, FMAX -> "((a) > (b) ? (a) : (b))";
            case MINIMUM, FMIN -> "((a) < (b) ? (a) : (b))";
            case FLOOR_DIVIDE, REMAINDER, FMOD -> "jt_" + op.numpyName() + "_" + t.numpyName() + "(a, b)";
            default -> throw unsupported(op.numpyName(), t);
        };
    }

    private static String wrapping(String type, String unsigned, String operator) {
        return "((" + type + ") ((" + unsigned + ") (a) " + operator + " (" + unsigned + ") (b)))";
    }

    private static IllegalArgumentException unsupported(String op, DType t) {
        return new IllegalArgumentException(op + ": no kernel computes it in " + t.numpyName()
                + " (core converts such input first)");
    }
}
