package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Every overload of every {@link Np} ufunc, looked up by op token, so data-driven tests can call
 * the public API by name (never the internal engines).
 */
final class Ops {

    private Ops() {
    }

    /** {@code f(x, out, where)}. */
    interface Ternary {
        Tensor apply(Tensor a, Tensor b, Tensor c);
    }

    /** {@code f(a, b, out, where)}. */
    interface Quaternary {
        Tensor apply(Tensor a, Tensor b, Tensor c, Tensor d);
    }

    /** {@code f(tensor, double)}. */
    interface TensorDouble {
        Tensor apply(Tensor a, double b);
    }

    /** {@code f(double, tensor)}. */
    interface DoubleTensor {
        Tensor apply(double a, Tensor b);
    }

    /** {@code f(tensor, long)}. */
    interface TensorLong {
        Tensor apply(Tensor a, long b);
    }

    /** {@code f(long, tensor)}. */
    interface LongTensor {
        Tensor apply(long a, Tensor b);
    }

    /**
     * The overloads of a unary ufunc: {@code scalar} is {@code f(double)} (null for {@code invert} and
     * {@code bitwise_count}, which take no floats), {@code integer} is {@code f(long)} (only those two
     * have one).
     */
    record Unary(UnaryOperator<Tensor> plain, BinaryOperator<Tensor> out, Ternary where, DoubleUnaryOperator scalar,
                 LongUnaryOperator integer) {
        Unary(UnaryOperator<Tensor> plain, BinaryOperator<Tensor> out, Ternary where, DoubleUnaryOperator scalar) {
            this(plain, out, where, scalar, null);
        }
    }

    /**
     * The seven overloads of a binary ufunc; the bitwise and integer ops have no double overloads
     * (NumPy refuses float operands), so theirs are null.
     */
    record Binary(BinaryOperator<Tensor> plain, Ternary out, Quaternary where, TensorDouble tensorDouble,
                  DoubleTensor doubleTensor, TensorLong tensorLong, LongTensor longTensor) {
    }

    static final Map<UnaryOp, Unary> UNARY = new EnumMap<>(UnaryOp.class);
    static final Map<BinaryOp, Binary> BINARY = new EnumMap<>(BinaryOp.class);

    static {
        UNARY.put(UnaryOp.EXP, new Unary(Np::exp, Np::exp, Np::exp, Np::exp));
        UNARY.put(UnaryOp.EXPM1, new Unary(Np::expm1, Np::expm1, Np::expm1, Np::expm1));
        UNARY.put(UnaryOp.EXP2, new Unary(Np::exp2, Np::exp2, Np::exp2, Np::exp2));
        UNARY.put(UnaryOp.LOG, new Unary(Np::log, Np::log, Np::log, Np::log));
        UNARY.put(UnaryOp.LOG1P, new Unary(Np::log1p, Np::log1p, Np::log1p, Np::log1p));
        UNARY.put(UnaryOp.LOG2, new Unary(Np::log2, Np::log2, Np::log2, Np::log2));
        UNARY.put(UnaryOp.LOG10, new Unary(Np::log10, Np::log10, Np::log10, Np::log10));
        UNARY.put(UnaryOp.SQRT, new Unary(Np::sqrt, Np::sqrt, Np::sqrt, Np::sqrt));
        UNARY.put(UnaryOp.SQUARE, new Unary(Np::square, Np::square, Np::square, Np::square));
        UNARY.put(UnaryOp.ABS, new Unary(Np::abs, Np::abs, Np::abs, Np::abs));
        UNARY.put(UnaryOp.NEGATIVE, new Unary(Np::negative, Np::negative, Np::negative, Np::negative));
        UNARY.put(UnaryOp.SIGN, new Unary(Np::sign, Np::sign, Np::sign, Np::sign));
        UNARY.put(UnaryOp.RECIPROCAL, new Unary(Np::reciprocal, Np::reciprocal, Np::reciprocal, Np::reciprocal));
        UNARY.put(UnaryOp.SIN, new Unary(Np::sin, Np::sin, Np::sin, Np::sin));
        UNARY.put(UnaryOp.COS, new Unary(Np::cos, Np::cos, Np::cos, Np::cos));
        UNARY.put(UnaryOp.TAN, new Unary(Np::tan, Np::tan, Np::tan, Np::tan));
        UNARY.put(UnaryOp.TANH, new Unary(Np::tanh, Np::tanh, Np::tanh, Np::tanh));
        UNARY.put(UnaryOp.SIGMOID, new Unary(Np::sigmoid, Np::sigmoid, Np::sigmoid, Np::sigmoid));
        UNARY.put(UnaryOp.RELU, new Unary(Np::relu, Np::relu, Np::relu, Np::relu));
        UNARY.put(UnaryOp.FLOOR, new Unary(Np::floor, Np::floor, Np::floor, Np::floor));
        UNARY.put(UnaryOp.CEIL, new Unary(Np::ceil, Np::ceil, Np::ceil, Np::ceil));
        UNARY.put(UnaryOp.ROUND, new Unary(Np::round, Np::round, Np::round, Np::round));
        UNARY.put(UnaryOp.ARCSIN, new Unary(Np::arcsin, Np::arcsin, Np::arcsin, Np::arcsin));
        UNARY.put(UnaryOp.ARCCOS, new Unary(Np::arccos, Np::arccos, Np::arccos, Np::arccos));
        UNARY.put(UnaryOp.ARCTAN, new Unary(Np::arctan, Np::arctan, Np::arctan, Np::arctan));
        UNARY.put(UnaryOp.SINH, new Unary(Np::sinh, Np::sinh, Np::sinh, Np::sinh));
        UNARY.put(UnaryOp.COSH, new Unary(Np::cosh, Np::cosh, Np::cosh, Np::cosh));
        UNARY.put(UnaryOp.ARCSINH, new Unary(Np::arcsinh, Np::arcsinh, Np::arcsinh, Np::arcsinh));
        UNARY.put(UnaryOp.ARCCOSH, new Unary(Np::arccosh, Np::arccosh, Np::arccosh, Np::arccosh));
        UNARY.put(UnaryOp.ARCTANH, new Unary(Np::arctanh, Np::arctanh, Np::arctanh, Np::arctanh));
        UNARY.put(UnaryOp.CBRT, new Unary(Np::cbrt, Np::cbrt, Np::cbrt, Np::cbrt));
        UNARY.put(UnaryOp.TRUNC, new Unary(Np::trunc, Np::trunc, Np::trunc, Np::trunc));
        UNARY.put(UnaryOp.ISNAN, new Unary(Np::isnan, Np::isnan, Np::isnan, x -> Np.isnan(x) ? 1 : 0));
        UNARY.put(UnaryOp.ISINF, new Unary(Np::isinf, Np::isinf, Np::isinf, x -> Np.isinf(x) ? 1 : 0));
        UNARY.put(UnaryOp.ISFINITE, new Unary(Np::isfinite, Np::isfinite, Np::isfinite, x -> Np.isfinite(x) ? 1 : 0));
        UNARY.put(UnaryOp.SIGNBIT, new Unary(Np::signbit, Np::signbit, Np::signbit, x -> Np.signbit(x) ? 1 : 0));
        UNARY.put(UnaryOp.LOGICAL_NOT, new Unary(Np::logicalNot, Np::logicalNot, Np::logicalNot, x -> Np.logicalNot(x) ? 1 : 0));
        UNARY.put(UnaryOp.INVERT, new Unary(Np::invert, Np::invert, Np::invert, null, Np::invert));
        UNARY.put(UnaryOp.BITWISE_COUNT, new Unary(Np::bitwiseCount, Np::bitwiseCount, Np::bitwiseCount, null,
                x -> Np.bitwiseCount(x)));
        UNARY.put(UnaryOp.DEG2RAD, new Unary(Np::deg2rad, Np::deg2rad, Np::deg2rad, Np::deg2rad));
        UNARY.put(UnaryOp.RAD2DEG, new Unary(Np::rad2deg, Np::rad2deg, Np::rad2deg, Np::rad2deg));

        BINARY.put(BinaryOp.ADD, new Binary(Np::add, Np::add, Np::add, Np::add, Np::add, Np::add, Np::add));
        BINARY.put(BinaryOp.SUBTRACT, new Binary(Np::subtract, Np::subtract, Np::subtract, Np::subtract,
                Np::subtract, Np::subtract, Np::subtract));
        BINARY.put(BinaryOp.MULTIPLY, new Binary(Np::multiply, Np::multiply, Np::multiply, Np::multiply,
                Np::multiply, Np::multiply, Np::multiply));
        BINARY.put(BinaryOp.DIVIDE, new Binary(Np::divide, Np::divide, Np::divide, Np::divide, Np::divide,
                Np::divide, Np::divide));
        BINARY.put(BinaryOp.POWER, new Binary(Np::power, Np::power, Np::power, Np::power, Np::power, Np::power,
                Np::power));
        BINARY.put(BinaryOp.MAXIMUM, new Binary(Np::maximum, Np::maximum, Np::maximum, Np::maximum, Np::maximum,
                Np::maximum, Np::maximum));
        BINARY.put(BinaryOp.MINIMUM, new Binary(Np::minimum, Np::minimum, Np::minimum, Np::minimum, Np::minimum,
                Np::minimum, Np::minimum));
        BINARY.put(BinaryOp.EQUAL, new Binary(Np::equal, Np::equal, Np::equal, Np::equal, Np::equal, Np::equal,
                Np::equal));
        BINARY.put(BinaryOp.NOT_EQUAL, new Binary(Np::notEqual, Np::notEqual, Np::notEqual, Np::notEqual,
                Np::notEqual, Np::notEqual, Np::notEqual));
        BINARY.put(BinaryOp.LESS, new Binary(Np::less, Np::less, Np::less, Np::less, Np::less, Np::less, Np::less));
        BINARY.put(BinaryOp.LESS_EQUAL, new Binary(Np::lessEqual, Np::lessEqual, Np::lessEqual, Np::lessEqual,
                Np::lessEqual, Np::lessEqual, Np::lessEqual));
        BINARY.put(BinaryOp.GREATER, new Binary(Np::greater, Np::greater, Np::greater, Np::greater, Np::greater,
                Np::greater, Np::greater));
        BINARY.put(BinaryOp.GREATER_EQUAL, new Binary(Np::greaterEqual, Np::greaterEqual, Np::greaterEqual,
                Np::greaterEqual, Np::greaterEqual, Np::greaterEqual, Np::greaterEqual));
        BINARY.put(BinaryOp.FMAX, new Binary(Np::fmax, Np::fmax, Np::fmax, Np::fmax, Np::fmax, Np::fmax,
                Np::fmax));
        BINARY.put(BinaryOp.FMIN, new Binary(Np::fmin, Np::fmin, Np::fmin, Np::fmin, Np::fmin, Np::fmin,
                Np::fmin));
        BINARY.put(BinaryOp.FLOOR_DIVIDE, new Binary(Np::floorDivide, Np::floorDivide, Np::floorDivide, Np::floorDivide, Np::floorDivide, Np::floorDivide,
                Np::floorDivide));
        BINARY.put(BinaryOp.REMAINDER, new Binary(Np::remainder, Np::remainder, Np::remainder, Np::remainder, Np::remainder, Np::remainder,
                Np::remainder));
        BINARY.put(BinaryOp.FMOD, new Binary(Np::fmod, Np::fmod, Np::fmod, Np::fmod, Np::fmod, Np::fmod,
                Np::fmod));
        BINARY.put(BinaryOp.ARCTAN2, new Binary(Np::arctan2, Np::arctan2, Np::arctan2, Np::arctan2, Np::arctan2, Np::arctan2,
                Np::arctan2));
        BINARY.put(BinaryOp.HYPOT, new Binary(Np::hypot, Np::hypot, Np::hypot, Np::hypot, Np::hypot, Np::hypot,
                Np::hypot));
        BINARY.put(BinaryOp.COPYSIGN, new Binary(Np::copysign, Np::copysign, Np::copysign, Np::copysign, Np::copysign, Np::copysign,
                Np::copysign));
        BINARY.put(BinaryOp.LOGICAL_AND, new Binary(Np::logicalAnd, Np::logicalAnd, Np::logicalAnd, Np::logicalAnd, Np::logicalAnd, Np::logicalAnd,
                Np::logicalAnd));
        BINARY.put(BinaryOp.LOGICAL_OR, new Binary(Np::logicalOr, Np::logicalOr, Np::logicalOr, Np::logicalOr, Np::logicalOr, Np::logicalOr,
                Np::logicalOr));
        BINARY.put(BinaryOp.LOGICAL_XOR, new Binary(Np::logicalXor, Np::logicalXor, Np::logicalXor, Np::logicalXor, Np::logicalXor, Np::logicalXor,
                Np::logicalXor));
        BINARY.put(BinaryOp.BITWISE_AND, new Binary(Np::bitwiseAnd, Np::bitwiseAnd, Np::bitwiseAnd, null, null,
                Np::bitwiseAnd, Np::bitwiseAnd));
        BINARY.put(BinaryOp.BITWISE_OR, new Binary(Np::bitwiseOr, Np::bitwiseOr, Np::bitwiseOr, null, null,
                Np::bitwiseOr, Np::bitwiseOr));
        BINARY.put(BinaryOp.BITWISE_XOR, new Binary(Np::bitwiseXor, Np::bitwiseXor, Np::bitwiseXor, null, null,
                Np::bitwiseXor, Np::bitwiseXor));
        BINARY.put(BinaryOp.LEFT_SHIFT, new Binary(Np::leftShift, Np::leftShift, Np::leftShift, null, null,
                Np::leftShift, Np::leftShift));
        BINARY.put(BinaryOp.RIGHT_SHIFT, new Binary(Np::rightShift, Np::rightShift, Np::rightShift, null, null,
                Np::rightShift, Np::rightShift));
        BINARY.put(BinaryOp.GCD, new Binary(Np::gcd, Np::gcd, Np::gcd, null, null, Np::gcd, Np::gcd));
        BINARY.put(BinaryOp.LCM, new Binary(Np::lcm, Np::lcm, Np::lcm, null, null, Np::lcm, Np::lcm));
        BINARY.put(BinaryOp.LOGADDEXP, new Binary(Np::logaddexp, Np::logaddexp, Np::logaddexp, Np::logaddexp,
                Np::logaddexp, Np::logaddexp, Np::logaddexp));
        BINARY.put(BinaryOp.LOGADDEXP2, new Binary(Np::logaddexp2, Np::logaddexp2, Np::logaddexp2, Np::logaddexp2,
                Np::logaddexp2, Np::logaddexp2, Np::logaddexp2));
        BINARY.put(BinaryOp.HEAVISIDE, new Binary(Np::heaviside, Np::heaviside, Np::heaviside, Np::heaviside,
                Np::heaviside, Np::heaviside, Np::heaviside));
        UNARY.put(UnaryOp.SPACING, new Unary(Np::spacing, Np::spacing, Np::spacing, Np::spacing));
        BINARY.put(BinaryOp.NEXTAFTER, new Binary(Np::nextafter, Np::nextafter, Np::nextafter, Np::nextafter,
                Np::nextafter, Np::nextafter, Np::nextafter));
        // NumPy refuses a float exponent, and takes a Python int x1 with an array exponent as float16
        BINARY.put(BinaryOp.LDEXP, new Binary(Np::ldexp, Np::ldexp, Np::ldexp, null, Np::ldexp, Np::ldexp, null));
    }

    static UnaryOp unaryOp(String numpyName) {
        for (UnaryOp op : UnaryOp.values()) {
            if (op.numpyName().equals(numpyName)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown unary op " + numpyName);
    }

    static BinaryOp binaryOp(String numpyName) {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.numpyName().equals(numpyName)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown binary op " + numpyName);
    }

    /** Reduction {@code name} over {@code axes} (null: all) with keepdims and ddof, through the general overload. */
    static Tensor reduce(String name, Tensor x, int[] axes, boolean keepdims, int ddof) {
        return switch (name) {
            case "sum" -> Np.sum(x, axes, keepdims);
            case "prod" -> Np.prod(x, axes, keepdims);
            case "mean" -> Np.mean(x, axes, keepdims);
            case "max" -> Np.max(x, axes, keepdims);
            case "min" -> Np.min(x, axes, keepdims);
            case "argmax" -> Np.argmax(x, axes, keepdims);
            case "argmin" -> Np.argmin(x, axes, keepdims);
            case "var" -> ddof == 0 ? Np.var(x, axes, keepdims) : Np.var(x, axes, keepdims, ddof);
            case "std" -> ddof == 0 ? Np.std(x, axes, keepdims) : Np.std(x, axes, keepdims, ddof);
            case "all" -> Np.all(x, axes, keepdims);
            case "any" -> Np.any(x, axes, keepdims);
            default -> throw new IllegalArgumentException("unknown reduction " + name);
        };
    }

    /** Reduction {@code name} over every axis through the one-argument overload. */
    static Tensor reduceAll(String name, Tensor x) {
        return switch (name) {
            case "sum" -> Np.sum(x);
            case "prod" -> Np.prod(x);
            case "mean" -> Np.mean(x);
            case "max" -> Np.max(x);
            case "min" -> Np.min(x);
            case "argmax" -> Np.argmax(x);
            case "argmin" -> Np.argmin(x);
            case "var" -> Np.var(x);
            case "std" -> Np.std(x);
            case "all" -> Np.all(x);
            case "any" -> Np.any(x);
            default -> throw new IllegalArgumentException("unknown reduction " + name);
        };
    }

    /** Reduction {@code name} along one axis through the {@code (x, int axis)} overload. */
    static Tensor reduceAxis(String name, Tensor x, int axis) {
        return switch (name) {
            case "sum" -> Np.sum(x, axis);
            case "prod" -> Np.prod(x, axis);
            case "mean" -> Np.mean(x, axis);
            case "max" -> Np.max(x, axis);
            case "min" -> Np.min(x, axis);
            case "argmax" -> Np.argmax(x, axis);
            case "argmin" -> Np.argmin(x, axis);
            case "var" -> Np.var(x, axis);
            case "std" -> Np.std(x, axis);
            case "all" -> Np.all(x, axis);
            case "any" -> Np.any(x, axis);
            default -> throw new IllegalArgumentException("unknown reduction " + name);
        };
    }
}
