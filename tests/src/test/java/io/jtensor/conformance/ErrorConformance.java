package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendUnavailableException;
import io.jtensor.backend.Backends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every error path and its message: broadcasting mismatches, {@code out=} of the wrong shape,
 * type or layout, {@code where=} that is not bool, axes out of range or repeated, reshape
 * mismatches, misaligned products, reductions without identity over empty axes, integer powers
 * with negative exponents, ops NumPy does not define on bool, bitwise and integer ops on floats,
 * tensors on different backends (with
 * a test-only {@link ForeignBackend}), null arguments, closed tensors, and the argument checks of
 * views, creation, random and norm. Messages are jtensor's own (NumPy's wording where it has one);
 * each names the op.
 */
public abstract class ErrorConformance extends ConformanceCase {

    private static IllegalArgumentException iae(Executable code, String... fragments) {
        return throwsWith(IllegalArgumentException.class, code, fragments);
    }

    @Test
    void broadcastMismatch() {
        iae(() -> Np.add(Np.zeros(2, 3), Np.zeros(4)),
                "add: operands could not be broadcast together with shapes (2, 3) (4,)");
        iae(() -> Np.where(bools(true, false), Np.zeros(3), Np.zeros(3)), "where: operands could not be broadcast");
        iae(() -> Np.multiply(Np.zeros(0), Np.zeros(2)), "multiply: operands could not be broadcast");
        iae(() -> Np.add(f64(1, 2), f64(1, 2), null, bools(true, false, true)), "add: operands could not be broadcast");
    }

    @Test
    void outOfTheWrongShape() {
        iae(() -> Np.add(f64(1, 2, 3), f64(1, 2, 3), Np.zeros(4)),
                "add: out has shape (4,) but the result has shape (3,)");
        iae(() -> Np.add(f64(1, 2, 3), f64(1, 2, 3), Np.zeros(1)), "add: out has shape (1,) but the result has shape (3,)");
        iae(() -> Np.exp(Np.zeros(2, 3), Np.zeros(3, 2)), "exp: out has shape (3, 2) but the result has shape (2, 3)");
    }

    @Test
    void outOfTheWrongType() {
        iae(() -> Np.exp(f64(1), Np.zeros(shape(1), INT32)),
                "exp: cannot cast the result from float64 to out's int32 (casting='same_kind')");
        iae(() -> Np.add(f64(1), f64(1), Np.zeros(shape(1), INT64)), "add: cannot cast the result from float64 to out's int64");
        iae(() -> Np.add(i32(1), i32(1), Np.zeros(shape(1), BOOL)), "add: cannot cast the result from int32 to out's bool");
        iae(() -> Np.divide(i32(1), i32(1), Np.zeros(shape(1), INT32)), "divide: cannot cast the result from float64");
        iae(() -> Np.sqrt(i32(4), Np.zeros(shape(1), INT32)), "sqrt: cannot cast the result from float64 to out's int32");
    }

    @Test
    void outThatIsABroadcastView() {
        iae(() -> Np.add(f64(1, 2, 3), f64(1, 2, 3), Np.zeros(1).broadcastTo(3)),
                "add: out of shape (3,) has overlapping elements (a broadcast view)");
        iae(() -> Np.negative(Np.zeros(2, 3), Np.zeros(3).broadcastTo(2, 3)), "negative: out of shape (2, 3) has overlapping");
    }

    @Test
    void whereThatIsNotBool() {
        iae(() -> Np.add(f64(1, 2), f64(1, 2), Np.zeros(2), i32(1, 0)), "add: where must be a bool tensor, got int32");
        iae(() -> Np.exp(f64(1, 2), null, f64(1, 0)), "exp: where must be a bool tensor, got float64");
    }

    @Test
    void axisOutOfRange() {
        IllegalArgumentException e = iae(() -> Np.sum(Np.zeros(2, 3), 3));
        assertEquals("sum: axis 3 is out of range for a 2-d tensor (valid: -2..1)", e.getMessage());
        iae(() -> Np.mean(Np.zeros(2, 3), -3), "mean: axis -3 is out of range for a 2-d tensor (valid: -2..1)");
        iae(() -> Np.max(Np.zeros(2, 3), new int[] {0, 2}, false), "max: axis 2 is out of range");
        iae(() -> Np.softmax(Np.zeros(2, 3), 2), "softmax: axis 2 is out of range for a 2-d tensor");
        iae(() -> Np.logSumExp(Np.zeros(2), new int[] {1}, false), "logsumexp: axis 1 is out of range");
        iae(() -> Np.sum(Np.scalar(1.0), 0), "sum: axis 0 is out of range for a 0-d tensor");
        iae(() -> Np.softmax(Np.scalar(1.0), 0), "softmax: axis 0 is out of range for a 0-d tensor");
        iae(() -> Np.norm(Np.zeros(2, 3), 2, new int[] {2}, false), "norm: axis 2 is out of range");
        iae(() -> Np.zeros(2).expandDims(2), "expandDims: axis 2 is out of range for a 2-d tensor");
        iae(() -> Np.zeros(2).moveAxis(0, 1), "moveAxis: axis 1 is out of range");
    }

    @Test
    void repeatedAxis() {
        iae(() -> Np.sum(Np.zeros(2, 3), new int[] {0, -2}, false),
                "sum: axis -2 is repeated in [0, -2] (each axis may appear once)");
        iae(() -> Np.logSumExp(Np.zeros(2, 3), new int[] {1, 1}, false), "logsumexp: axis 1 is repeated");
        iae(() -> Np.zeros(2, 3).transpose(0, 0), "transpose: axis 0 is repeated");
        iae(() -> Np.norm(Np.zeros(2, 3), "fro", new int[] {1, -1}, false), "norm: duplicate axes");
    }

    @Test
    void reshapeMismatch() {
        iae(() -> range(2, 3).reshape(4), "reshape: cannot reshape a tensor of size 6 into shape (4,)");
        iae(() -> range(2, 3).reshape(-1, -1), "reshape: can only specify one unknown dimension (-1) in (-1, -1)");
        iae(() -> range(2, 3).reshape(-1, 4), "reshape: cannot reshape a tensor of size 6 into shape (-1, 4)");
        iae(() -> range(2, 3).reshape(-2, -3), "reshape: negative dimension -2");
        iae(() -> Np.zeros(0).reshape(-1, 0), "reshape: cannot reshape a tensor of size 0");
    }

    @Test
    void misalignedProducts() {
        iae(() -> Np.matmul(Np.zeros(3, 4), Np.zeros(5, 6)),
                "matmul: shapes (3, 4) and (5, 6) are not aligned: 4 (last dim of the first) != 5 (second-to-last dim of the second)");
        iae(() -> Np.matmul(Np.zeros(3), Np.zeros(4)), "matmul: shapes (3,) and (4,) are not aligned: 3 (last dim of the first) != 4 (size of the second)");
        iae(() -> Np.matmul(Np.zeros(2, 3, 4), Np.zeros(3, 4, 5)),
                "matmul: operands could not be broadcast together with shapes (2,) (3,)");
        iae(() -> Np.dot(Np.zeros(3, 4), Np.zeros(5)), "dot: shapes (3, 4) and (5,) are not aligned: 4 (dim 1) != 5 (dim 0)");
        iae(() -> Np.dot(Np.zeros(2, 3, 4), Np.zeros(3, 5)), "dot: shapes (2, 3, 4) and (3, 5) are not aligned");
    }

    @Test
    void matmulOfZeroDimensionalTensors() {
        iae(() -> Np.matmul(Np.scalar(2.0), Np.zeros(3)),
                "matmul: operands must be at least 1-d, got shapes () and (3,) (use multiply for scalars)");
        iae(() -> Np.matmul(Np.zeros(3), Np.scalar(2.0)), "matmul: operands must be at least 1-d");
    }

    @Test
    void argReductionsTakeOneAxisOrAll() {
        iae(() -> Np.argmax(Np.zeros(2, 3, 4), new int[] {0, 1}, false),
                "argmax: reduces one axis or all of them, got axes [0, 1]");
        iae(() -> Np.argmin(Np.zeros(2, 3, 4), new int[] {2, 0}, true), "argmin: reduces one axis or all of them");
    }

    @Test
    void reductionsWithoutIdentityOverEmptyAxes() {
        iae(() -> Np.max(Np.zeros(0)), "max: zero-size array to reduction operation max which has no identity");
        iae(() -> Np.min(Np.zeros(0, 3), 0), "min: zero-size array to reduction operation min which has no identity");
        iae(() -> Np.argmax(Np.zeros(0)), "argmax: zero-size array to reduction operation argmax");
        iae(() -> Np.argmin(Np.zeros(2, 0), 1), "argmin: zero-size array");
        iae(() -> Np.norm(Np.zeros(0), Double.NEGATIVE_INFINITY), "norm: zero-size array");
        // ord=inf is NumPy's max(|x|, initial=0): 0, not an error
        assertDoubles(Np.norm(Np.zeros(0), Double.POSITIVE_INFINITY), FLOAT64, shape(), 0.0);
        // also when the result is empty: found by the random cases (RandomCase.of(2290136246372835543L))
        iae(() -> Np.max(Np.zeros(0, 0), 0), "max: zero-size array to reduction operation max");
        iae(() -> Np.argmin(Np.zeros(0, 0, 3), new int[] {1}, true), "argmin: zero-size array");
    }

    @Test
    void integerPowerWithNegativeExponent() {
        iae(() -> Np.power(i32(2, 3), -1L), "power: integers to negative integer powers are not allowed");
        iae(() -> Np.power(i64(2, 3), i64(1, -1)), "power: integers to negative integer powers are not allowed");
        iae(() -> Np.power(2L, i32(1, -2)), "power: integers to negative integer powers are not allowed");
        iae(() -> Np.power(i32(2), i32(-1), Np.zeros(shape(1), INT32)), "power: integers to negative");
        // a float base or exponent is fine
        assertDoubles(Np.power(i32(2), -1.0), FLOAT64, shape(1), 0.5);
        assertDoubles(Np.power(f64(2), i32(-1)), FLOAT64, shape(1), 0.5);
    }

    @Test
    void opsNotDefinedOnBool() {
        iae(() -> Np.subtract(bools(true), bools(false)), "subtract: not defined for bool operands");
        iae(() -> Np.negative(bools(true)), "negative: not defined for bool input");
        iae(() -> Np.sign(bools(true)), "sign: not defined for bool input");
    }

    /** NumPy: "ufunc 'bitwise_and' not supported for the input types"; gcd and lcm have no bool loop. */
    @Test
    void bitwiseAndIntegerOpsRefuseFloats() {
        iae(() -> Np.bitwiseAnd(f64(1), i32(1)), "bitwise_and: not supported for the input types (float64, int32), "
                + "which promote to float64; valid: bool and integer types (as in NumPy)");
        iae(() -> Np.bitwiseXor(bools(true), f32(1)), "bitwise_xor: not supported for the input types (bool, float32)");
        iae(() -> Np.bitwiseOr(i32(1), Np.zeros(shape(1), FLOAT64), i32(0)), "bitwise_or: not supported");
        iae(() -> Np.leftShift(f32(1), 2L), "left_shift: not supported for the input types (float32, Java long)",
                "valid: bool and integer types");
        iae(() -> Np.rightShift(3L, f64(1)), "right_shift: not supported for the input types (Java long, float64)");
        iae(() -> Np.gcd(bools(true), bools(false)), "gcd: not supported for the input types (bool, bool), which "
                + "promote to bool; valid: integer types (one of them may be bool) (as in NumPy)");
        iae(() -> Np.lcm(i64(4), f64(6)), "lcm: not supported for the input types (int64, float64)");
        iae(() -> Np.invert(f64(1)), "invert: not supported for the input type float64; valid: bool and integer types");
        iae(() -> Np.bitwiseNot(f32(1)), "invert: not supported for the input type float32");
        iae(() -> Np.invert(i32(1), Np.zeros(shape(1), BOOL)), "invert: cannot cast the result from int32 to out's bool");
        iae(() -> Np.bitwiseCount(f64(1)), "bitwise_count: not supported for the input type float64; valid: bool and "
                + "integer types (as in NumPy)");
        iae(() -> Np.bitwiseCount(Np.array(new double[] {1}).astype(DType.FLOAT16)),
                "bitwise_count: not supported for the input type float16");
        iae(() -> Np.bitwiseCount(i64(3), Np.zeros(shape(1), BOOL)),
                "bitwise_count: cannot cast the result from uint8 to out's bool");
    }

    @Test
    void javaIntegerOutOfBoundsForInt32() {
        iae(() -> Np.add(i32(1), 3_000_000_000L),
                "add: Java integer 3000000000 is out of bounds for int32 (the tensor's type; valid: -2147483648 to "
                        + "2147483647)");
        iae(() -> Np.multiply(-3_000_000_000L, i32(1)), "multiply: Java integer -3000000000 is out of bounds for int32");
    }

    /**
     * NumPy 2's OverflowError for a Python int beyond an int8/uint8/int16/uint16 array's type, in
     * every op whose loop is that integer type; the message names the op, the value, the type and
     * its range. The float, logical and comparison ops take such an int by value instead
     * (reference/scalars.csv replays both).
     */
    @Test
    void javaIntegerOutOfBoundsForSmallIntegers() {
        Tensor i8 = Np.array(new byte[] {1, -128});
        Tensor u8 = Np.arrayUint8(new byte[] {1, (byte) 255});
        Tensor i16 = Np.array(new short[] {1, -32768});
        Tensor u16 = Np.arrayUint16(new short[] {1, (short) 65535});
        iae(() -> Np.add(i8, 128L), "add: Java integer 128 is out of bounds for int8 (the tensor's type; valid: -128 to 127)");
        iae(() -> Np.subtract(-129L, i8), "subtract: Java integer -129 is out of bounds for int8");
        iae(() -> Np.maximum(u8, -1L), "maximum: Java integer -1 is out of bounds for uint8 (the tensor's type; valid: 0 to 255)");
        iae(() -> Np.bitwiseAnd(u8, 256L), "bitwise_and: Java integer 256 is out of bounds for uint8");
        iae(() -> Np.floorDivide(i16, 32768L), "floor_divide: Java integer 32768 is out of bounds for int16 "
                + "(the tensor's type; valid: -32768 to 32767)");
        iae(() -> Np.leftShift(u16, 65536L), "left_shift: Java integer 65536 is out of bounds for uint16 "
                + "(the tensor's type; valid: 0 to 65535)");
        iae(() -> Np.power(u16, -1L), "power: Java integer -1 is out of bounds for uint16");
        iae(() -> Np.power(i8, -1L), "power: integers to negative integer powers are not allowed");
        iae(() -> Np.power(i8, Np.array(new byte[] {2, -1})), "power: integers to negative integer powers are not allowed");
        // by value: the float loop (float16 for int8), the bool loop, the comparison
        assertDoubles(Np.heaviside(Np.array(new byte[] {0, 0}), 1L << 40), DType.FLOAT16, shape(2),
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertBools(Np.logicalAnd(u8, 1L << 40), shape(2), true, true);
        assertBools(Np.greater(u8, -1L), shape(2), true, true);
        assertBools(Np.equal(i8, 1L << 40), shape(2), false, false);
    }

    /**
     * NumPy 2's OverflowError for a Python int outside [0, 2<sup>32</sup> - 1] meeting a uint32 array, in
     * every op whose loop is uint32; 4294967295 itself is taken (and wraps: (2<sup>32</sup> - 1)<sup>2</sup>
     * is 1). The float, logical and comparison ops take such an int by value.
     */
    @Test
    void javaIntegerOutOfBoundsForUint32() {
        Tensor u32 = Np.arrayUint32(new int[] {1, -1});
        iae(() -> Np.add(u32, 1L << 32), "add: Java integer 4294967296 is out of bounds for uint32 (the tensor's type; "
                + "valid: 0 to 4294967295)");
        iae(() -> Np.subtract(-1L, u32), "subtract: Java integer -1 is out of bounds for uint32");
        iae(() -> Np.leftShift(u32, -(1L << 31)), "left_shift: Java integer -2147483648 is out of bounds for uint32");
        iae(() -> Np.power(u32, -1L), "power: Java integer -1 is out of bounds for uint32");
        iae(() -> Np.power(u32, Np.array(new byte[] {2, -1})), "power: integers to negative integer powers are not allowed");
        assertLongs(Np.multiply(u32, 4294967295L), DType.UINT32, shape(2), 4294967295L, 1);
        // by value: the float loop (float64 for uint32), the bool loop, the comparisons
        assertDoubles(Np.heaviside(Np.zeros(shape(2), DType.UINT32), 1L << 40), DType.FLOAT64, shape(2), 0x1p40, 0x1p40);
        assertBools(Np.logicalAnd(u32, 1L << 40), shape(2), true, true);
        assertBools(Np.greater(u32, -1L), shape(2), true, true);
        assertBools(Np.equal(u32, 1L << 32), shape(2), false, false);
    }

    /**
     * max/min's initial on an integer x is NumPy's int(initial): truncated (100.7 gives 100 on int8),
     * NaN refused (ValueError) and a value beyond x's type refused (OverflowError), where a cast
     * would have wrapped 1e10 to an int8 0.
     */
    @Test
    void initialOfAnIntegerMaxMustFitItsType() {
        Tensor i8 = Np.array(new byte[] {1, 2});
        assertLongs(Np.max(i8, null, false, 100.7), DType.INT8, shape(), 100);
        assertLongs(Np.min(i8, null, false, -100.7), DType.INT8, shape(), -100);
        iae(() -> Np.max(i8, null, false, 300.5), "max: initial 300.5 is out of bounds for int8 (x's type; valid: -128 to 127)");
        iae(() -> Np.min(i8, null, false, 1e10), "min: initial 1.0E10 is out of bounds for int8");
        iae(() -> Np.max(Np.array(new int[] {1}), null, false, 2.5e9), "max: initial 2.5E9 is out of bounds for int32");
        iae(() -> Np.max(Np.arrayUint8(new byte[] {1}), null, false, Double.NaN),
                "max: cannot convert initial NaN to an integer (x's type uint8)");
    }

    /** Float operands of the bitwise and integer ops are refused for the small integer types too. */
    @Test
    void smallIntegerBitwiseOpsRefuseFloats() {
        Tensor i8 = Np.array(new byte[] {1, 2});
        iae(() -> Np.bitwiseAnd(i8, Np.array(new double[] {1, 2}).astype(DType.FLOAT16)),
                "bitwise_and: not supported for the input types (int8, float16)");
        iae(() -> Np.gcd(i8, Np.array(new float[] {1.5f})), "gcd: not supported for the input types (int8, float32)");
        iae(() -> Np.invert(Np.array(new double[] {1}).astype(DType.FLOAT16)), "invert: not supported for the input type float16");
    }

    @Test
    void tensorsOnDifferentBackends() {
        Backend foreign = new ForeignBackend(backend());
        Tensor here = f64(1, 2);
        Tensor there;
        Tensor thereBool;
        try (var scope = Np.useBackend(foreign)) {
            assertEquals("foreign", scope.backend().name());
            there = Np.ones(2);
            thereBool = Np.ones(shape(2), BOOL);
        }
        String message = "tensors are on different backends (" + backend().name() + " and foreign); "
                + "move one with Tensor.to(backend)";
        iae(() -> Np.add(here, there), "add: " + message);
        iae(() -> Np.add(here, here, there), "add: tensors are on different backends");
        iae(() -> Np.exp(here, null, thereBool), "exp: tensors are on different backends");
        iae(() -> Np.where(thereBool, here, here), "where: tensors are on different backends");
        iae(() -> Np.matmul(here, there), "matmul: " + message);
        iae(() -> Np.dot(here, there), "dot: tensors are on different backends");
        iae(() -> Np.outer(here, there), "outer: tensors are on different backends");
    }

    @Test
    void nullArgumentsNameTheOp() {
        Tensor x = f64(1, 2);
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("exp", () -> Np.exp(null));
        calls.put("add", () -> Np.add(null, x));
        calls.put("multiply", () -> Np.multiply(x, (Tensor) null));
        calls.put("divide", () -> Np.divide(2.0, (Tensor) null));
        calls.put("sum", () -> Np.sum(null));
        calls.put("var", () -> Np.var(null, 0));
        calls.put("softmax", () -> Np.softmax(null, 0));
        calls.put("logsumexp", () -> Np.logSumExp(null));
        calls.put("matmul", () -> Np.matmul(null, x));
        calls.put("dot", () -> Np.dot(x, null));
        calls.put("outer", () -> Np.outer(null, x));
        calls.put("norm", () -> Np.norm(null));
        calls.put("where", () -> Np.where(null, x, x));
        calls.put("where ", () -> Np.where(bools(true, false), null, x));
        calls.put("full", () -> Np.full(null, 1.0));
        calls.put("useBackend", () -> Np.useBackend((Backend) null));
        calls.put("array", () -> Np.array((double[]) null));
        calls.put("astype", () -> x.astype(null));
        assertAll(calls.entrySet().stream().map(e -> () -> throwsWith(NullPointerException.class, e.getValue(),
                e.getKey().trim() + ":")));
    }

    @Test
    void closedTensorsNameTheOp() {
        Tensor open = f64(1, 2, 3);
        Map<String, Function<Tensor, Object>> uses = new LinkedHashMap<>();
        uses.put("exp", Np::exp);
        uses.put("add", t -> Np.add(t, open));
        uses.put("multiply", t -> Np.multiply(2.0, t));
        uses.put("sum", Np::sum);
        uses.put("max", t -> Np.max(t, 0));
        uses.put("std", Np::std);
        uses.put("softmax", t -> Np.softmax(t, 0));
        uses.put("logsumexp", Np::logSumExp);
        uses.put("matmul", t -> Np.matmul(t, open));
        uses.put("dot", t -> Np.dot(open, t));
        uses.put("norm", Np::norm);
        uses.put("where", t -> Np.where(Np.greater(open, 1L), t, open));
        uses.put("reshape", t -> t.reshape(3, 1));
        uses.put("transpose", Tensor::T);
        uses.put("slice", t -> t.slice(0, 0, 1, 1));
        uses.put("astype", t -> t.astype(INT32));
        uses.put("copy", Tensor::copy);
        uses.put("to", t -> t.to(backend()));
        uses.put("item", Tensor::item);
        uses.put("getDouble", t -> t.getDouble(0));
        uses.put("toDoubleArray", Tensor::toDoubleArray);
        uses.put("broadcastTo", t -> t.broadcastTo(2, 3));
        assertAll(uses.entrySet().stream().map(e -> () -> {
            Tensor closed = f64(1, 2, 3);
            closed.close();
            throwsWith(IllegalStateException.class, () -> e.getValue().apply(closed),
                    e.getKey() + ": the tensor (3,) float64 is closed");
        }));
        Tensor out = Np.zeros(3);
        out.close();
        throwsWith(IllegalStateException.class, () -> Np.add(open, open, out), "add: the tensor (3,) float64 is closed");
    }

    @Test
    void viewArgumentChecks() {
        Tensor m = Np.zeros(2, 1);
        iae(() -> m.transpose(0), "transpose: axes [0] don't match a 2-d tensor");
        iae(() -> m.squeeze(0), "squeeze: cannot select axis 0 of shape (2, 1): its size is 2, not 1");
        throwsWith(IndexOutOfBoundsException.class, () -> m.select(0, 5), "select: index 5 is out of bounds for axis 0 with size 2");
        throwsWith(IndexOutOfBoundsException.class, () -> m.select(-2, -3), "select: index -3 is out of bounds for axis 0");
        throwsWith(IndexOutOfBoundsException.class, () -> m.get(0, 5), "index: index 5 is out of bounds for axis 1 with size 1");
        throwsWith(IndexOutOfBoundsException.class, () -> m.getDouble(0, 1), "getDouble: index 1 is out of bounds for axis 1 with size 1");
        iae(() -> m.getDouble(0), "getDouble: 1 indices given for a 2-d tensor");
        iae(() -> m.slice(0, 0, 2, 0), "slice: step must not be 0");
        iae(() -> m.item(), "item: can only convert a tensor of size 1 to a scalar, this one has shape (2, 1)");
        iae(() -> f64(1, 2, 3).broadcastTo(2, 4), "broadcastTo: cannot broadcast a tensor of shape (3,) to (2, 4)");
        iae(() -> Np.zeros(2, 3).broadcastTo(3), "broadcastTo: cannot broadcast a tensor of shape (2, 3) to (3,)");
    }

    @Test
    void creationArgumentChecks() {
        iae(() -> Np.array(new double[] {1, 2, 3, 4, 5, 6}, 4), "array: 6 elements cannot have shape (4,) (4 elements)");
        iae(() -> Np.array(new double[][] {{1, 2}, {3}}), "array: row 1 has 1 elements but row 0 has 2");
        iae(() -> Np.arange(0, 5, 0), "arange: step must not be 0");
        iae(() -> Np.arange(0.0, 1.0, 0.0), "arange: step must be non-zero and finite");
        iae(() -> Np.linspace(0, 1, -1), "linspace: number of samples must be non-negative, got -1");
        iae(() -> Np.eye(-1), "eye: dimensions must be non-negative");
        iae(() -> Np.zeros(-1), "negative dimension -1 in shape (-1,)");
        iae(() -> Np.zeros(1L << 40, 1L << 40), "has more than Long.MAX_VALUE elements");
        iae(() -> Np.random(1).uniform(0, 1, INT32, 3), "uniform: dtype must be float32 or float64, got int32");
        iae(() -> Np.random(1).normal(0, -1, 3), "normal: std must be >= 0, got -1.0");
        throwsWith(BackendUnavailableException.class, () -> Backends.get("no-such-backend"),
                "jtensor backend 'no-such-backend' is not on the class path");
        throwsWith(BackendUnavailableException.class, () -> Np.useBackend("no-such-backend"), "no-such-backend");
        throwsWith(IllegalStateException.class, () -> Np.ones(1).broadcastTo(3_000_000_000L).toDoubleArray(),
                "toDoubleArray: 3000000000 elements do not fit in a Java array");
    }

    @Test
    void normArgumentChecks() {
        iae(() -> Np.norm(Np.zeros(2, 2), 3), "norm: invalid ord 3.0 for a matrix");
        iae(() -> Np.norm(Np.zeros(2, 2), 0), "norm: invalid ord 0.0 for a matrix");
        iae(() -> Np.norm(Np.zeros(3), "fro", null, false), "norm: ord 'fro' needs a matrix (2 axes), got 1 axis");
        iae(() -> Np.norm(Np.zeros(2, 2), "abc", null, false), "norm: invalid ord 'abc'");
        iae(() -> Np.norm(Np.zeros(2, 2, 2), 2), "norm: an ord needs a 1-d or 2-d tensor or explicit axes");
        iae(() -> Np.norm(Np.zeros(2, 2, 2), 2, new int[] {0, 1, 2}, false), "norm: give 1 axis (vector norm) or 2 axes");
    }

    @Test
    void failedCallsLeaveOutUntouched() {
        Tensor out = Np.full(shape(3), 5.0);
        iae(() -> Np.add(Np.zeros(2, 3), Np.zeros(4), out));
        iae(() -> Np.power(i32(1, 2, 3), i32(1, -1, 1), Np.zeros(shape(3), INT32)));
        assertDoubles(out, FLOAT64, shape(3), 5, 5, 5);
    }
}
