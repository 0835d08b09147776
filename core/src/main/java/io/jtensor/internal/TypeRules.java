package io.jtensor.internal;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ElementwiseOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** NumPy's result-type rules for each op family, in one place. */
public final class TypeRules {

    /** Binary ops NumPy computes for two bools in int8. */
    private static final Set<BinaryOp> BOOL_AS_INT8 = EnumSet.of(BinaryOp.POWER, BinaryOp.FLOOR_DIVIDE,
            BinaryOp.REMAINDER, BinaryOp.FMOD, BinaryOp.LEFT_SHIFT, BinaryOp.RIGHT_SHIFT);

    private TypeRules() {
    }

    /**
     * The type an op computes in and the type of its result.
     *
     * @param compute the type inputs are converted to
     * @param result  the type of a freshly allocated result
     */
    public record Types(DType compute, DType result) {
    }

    /**
     * Types of a unary op on input of type {@code in}.
     *
     * @throws IllegalArgumentException for bool input to an op NumPy does not define on bool, and
     *                                  for float input to a bitwise op or bitwise_count
     */
    public static Types unary(UnaryOp op, DType in) {
        if (op.kind() == UnaryOp.Kind.PREDICATE) {
            return new Types(in, DType.BOOL);
        }
        if (!op.definedOnFloats()) {
            if (in.isFloatingPoint()) {
                throw new IllegalArgumentException(op.numpyName() + ": not supported for the input type "
                        + in.numpyName() + "; valid: bool and integer types (as in NumPy)");
            }
            // NumPy's bitwise_count has no bool loop: bool counts as int8
            return op.kind() == UnaryOp.Kind.COUNT ? new Types(in == DType.BOOL ? DType.INT8 : in, DType.UINT8)
                    : new Types(in, in);
        }
        if (op.kind() == UnaryOp.Kind.FLOATING) {
            DType t = floating(in);
            return new Types(t, t);
        }
        if (op.kind() == UnaryOp.Kind.EXPONENT) {
            return new Types(floating(in), DType.INT32);
        }
        if (in != DType.BOOL) {
            return new Types(in, in);
        }
        return switch (op.boolInput()) {
            case KEEP -> new Types(DType.BOOL, DType.BOOL);
            case TO_INT8 -> new Types(DType.INT8, DType.INT8);
            case TO_FLOAT16 -> new Types(DType.FLOAT16, DType.FLOAT16);
            case REJECT -> throw new IllegalArgumentException(op.numpyName()
                    + ": not defined for bool input (as in NumPy); convert with astype(DType.INT32) first");
        };
    }

    /**
     * Types of a binary op whose operands promote to {@code promoted} (by {@link DType#promote} or
     * the weak-scalar rules).
     *
     * @param first  the first operand's type as an error message names it, e.g. "int32" or "Java double"
     * @param second the second operand's, likewise
     * @throws IllegalArgumentException for {@code subtract} on bool, for bitwise and integer ops
     *                                  on floats and for {@code gcd}/{@code lcm} on two bools, as in NumPy
     */
    public static Types binary(BinaryOp op, DType promoted, String first, String second) {
        return binary(op, promoted, promoted, promoted, first, second);
    }

    /**
     * Types of a binary op whose operands, of types {@code firstType} and {@code secondType}, promote
     * to {@code promoted}. The operand types decide the floating ops' type: NumPy takes the first
     * float loop both operands cast to safely, so arctan2 of int8 and uint8 is float16 (not the
     * float32 of their promoted int16) and of uint16 and int16 float32 (not float64).
     *
     * @param firstType  the first operand's type (for a weak Java scalar: {@code promoted})
     * @param secondType the second operand's, likewise
     * @param first      the first operand's type as an error message names it, e.g. "int32" or "Java double"
     * @param second     the second operand's, likewise
     * @throws IllegalArgumentException as {@link #binary(BinaryOp, DType, String, String)}
     */
    public static Types binary(BinaryOp op, DType promoted, DType firstType, DType secondType, String first,
                               String second) {
        return switch (op.category()) {
            case BITWISE, INTEGER -> {
                // NumPy has no bool loop for gcd and lcm; shifts of two bools compute in int8
                boolean takesBool = op.category() == BinaryOp.Category.BITWISE || BOOL_AS_INT8.contains(op);
                if (promoted.isFloatingPoint() || (promoted == DType.BOOL && !takesBool)) {
                    throw new IllegalArgumentException(op.numpyName() + ": not supported for the input types ("
                            + first + ", " + second + "), which promote to " + promoted.numpyName() + "; valid: "
                            + (takesBool ? "bool and integer types" : "integer types (one of them may be bool)")
                            + " (as in NumPy)");
                }
                DType t = promoted == DType.BOOL && BOOL_AS_INT8.contains(op) ? DType.INT8 : promoted;
                yield new Types(t, t);
            }
            case COMPARISON, LOGICAL -> new Types(promoted, DType.BOOL);
            case FLOATING -> {
                // NumPy's true_divide has no float16 or float32 loop for bool and integers (it gives
                // float64); the others take the smallest float holding the operands
                DType t = !promoted.isFloatingPoint() && op == BinaryOp.DIVIDE ? DType.FLOAT64
                        : DType.promote(floating(firstType), floating(secondType));
                yield new Types(t, t);
            }
            case SCALING -> throw new IllegalArgumentException(op.numpyName()
                    + ": its result type follows each operand's type, not the promoted one; use TypeRules.scaling");
            case ARITHMETIC -> {
                if (promoted == DType.BOOL && op == BinaryOp.SUBTRACT) {
                    throw new IllegalArgumentException("subtract: not defined for bool operands (as in NumPy); "
                            + "use notEqual for exclusive or");
                }
                DType t = promoted == DType.BOOL && BOOL_AS_INT8.contains(op) ? DType.INT8 : promoted;
                yield new Types(t, t);
            }
        };
    }

    /**
     * Types of a {@linkplain BinaryOp.Category#SCALING scaling} op ({@code ldexp}): the first
     * operand's float type, float64 for an integer one and float16 for bool (as NumPy); the second
     * operand must be an integer or bool.
     *
     * @param firstType  the first operand's type (FLOAT64 for a Java double, INT64 for a Java long)
     * @param secondType the second operand's, likewise
     * @param first      the first operand's type as an error message names it
     * @param second     the second operand's, likewise
     * @throws IllegalArgumentException for a float second operand, as NumPy's TypeError
     */
    public static Types scaling(BinaryOp op, DType firstType, DType secondType, String first, String second) {
        if (secondType.isFloatingPoint()) {
            throw new IllegalArgumentException(op.numpyName() + ": not supported for the input types (" + first + ", "
                    + second + "); the exponent (second operand) must be an integer or bool, not " + second
                    + " (as in NumPy)");
        }
        DType t = floating(firstType);
        return new Types(t, t);
    }

    /**
     * The result type of an op whose loops all give one type (bool for comparisons, logical ops and
     * predicates, uint8 for bitwise_count, int32 for frexp's exponent), else null.
     */
    public static DType fixedResultType(ElementwiseOp op) {
        if (op.givesBool()) {
            return DType.BOOL;
        }
        return switch (op) {
            case UnaryOp u when u.kind() == UnaryOp.Kind.COUNT -> DType.UINT8;
            case UnaryOp u when u.kind() == UnaryOp.Kind.EXPONENT -> DType.INT32;
            default -> null;
        };
    }

    /**
     * Whether NumPy has a loop of type {@code type} throughout for {@code op} (what
     * {@code dtype=type} selects): the float types for the floating ops, bool and the integers
     * for the bitwise ones, the integers for shifts, gcd and lcm, integers and floats for the
     * arithmetic ops NumPy does not define on bool ({@code subtract}, {@code power},
     * {@code floor_divide}, {@code remainder}, {@code fmod}, {@code square}, {@code reciprocal},
     * {@code negative}, {@code sign}, {@code round}), every type for the others. False for the ops whose result
     * type is fixed ({@link #fixedResultType}) and for {@code ldexp}, whose loops mix types.
     */
    public static boolean hasLoop(ElementwiseOp op, DType type) {
        return switch (op) {
            case UnaryOp u -> switch (u.kind()) {
                case FLOATING -> type.isFloatingPoint();
                case BITWISE -> !type.isFloatingPoint();
                case NUMERIC -> switch (u.boolInput()) {
                    case KEEP -> true;
                    case TO_INT8, REJECT, TO_FLOAT16 -> type != DType.BOOL;
                };
                case PREDICATE, COUNT, EXPONENT -> false;
            };
            case BinaryOp b -> switch (b.category()) {
                case FLOATING -> type.isFloatingPoint();
                case BITWISE -> !type.isFloatingPoint();
                case INTEGER -> type.isInteger();
                case ARITHMETIC -> type != DType.BOOL || !(b == BinaryOp.SUBTRACT || BOOL_AS_INT8.contains(b));
                case COMPARISON, LOGICAL, SCALING -> false;
            };
            default -> false;
        };
    }

    /** The types {@link #hasLoop} accepts for {@code op} (or its fixed result type), as NumPy names them. */
    public static String loopTypes(ElementwiseOp op) {
        DType fixed = fixedResultType(op);
        if (fixed != null) {
            return fixed.numpyName() + " only";
        }
        String names = Arrays.stream(DType.values()).filter(t -> hasLoop(op, t)).map(DType::numpyName)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "none: the op takes no dtype" : names;
    }

    /**
     * The float type a floating op computes {@code in} as: float types themselves, else NumPy's
     * smallest float type that holds every value of {@code in}: float16 for bool, int8 and uint8
     * (computed in float32 and rounded once), float32 for int16 and uint16, float64 for int32, uint32
     * and int64.
     */
    public static DType floating(DType in) {
        return switch (in) {
            case BOOL, INT8, UINT8 -> DType.FLOAT16;
            case INT16, UINT16 -> DType.FLOAT32;
            case INT32, UINT32, INT64 -> DType.FLOAT64;
            case FLOAT16, FLOAT32, FLOAT64 -> in;
        };
    }

    /**
     * Types of a reduction over input of type {@code in}. Float16 accumulates in float32 and rounds
     * the result once to float16, as NumPy's half loops (see {@link DType#computeType()}).
     */
    public static Types reduce(ReduceOp op, DType in) {
        return switch (op) {
            case SUM, PROD -> {
                // NumPy sums unsigned integers into uint64, which jtensor lacks: int64 holds the same bits
                DType t = in.isFloatingPoint() ? in : DType.INT64;
                yield new Types(t.computeType(), t);
            }
            case MEAN, VAR -> {
                DType t = in.isFloatingPoint() ? in : DType.FLOAT64;
                yield new Types(t.computeType(), t);
            }
            case MAX, MIN -> new Types(in.computeType(), in);
            case ARGMAX, ARGMIN -> new Types(in.computeType(), DType.INT64);
            case ALL, ANY -> new Types(in.computeType(), DType.BOOL);
        };
    }
}
