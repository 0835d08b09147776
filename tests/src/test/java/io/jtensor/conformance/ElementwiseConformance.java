package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.jtensor.DType.BOOL;
import static io.jtensor.DType.FLOAT16;
import static io.jtensor.DType.FLOAT32;
import static io.jtensor.DType.FLOAT64;
import static io.jtensor.DType.INT32;
import static io.jtensor.DType.INT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Element-wise ufunc contracts that are about structure rather than values (the values of every
 * op on every type are replayed from NumPy in {@link ReferenceConformance}): NumPy 2 promotion
 * with weak Java scalars, broadcasting (size-0 dimensions and 0-d tensors included),
 * {@code out=} (same-kind casts, larger broadcast shapes, views of a base), {@code where=}
 * (kept values with out, zeros without), aliasing of inputs and outputs computed as NumPy does
 * (from the original values), {@code Np.where}, large strided operands, and calls from several
 * threads at once. Expected values are hand-derivable (small integers, exact IEEE results) or
 * stated by NumPy's documented semantics.
 */
public abstract class ElementwiseConformance extends ConformanceCase {

    // ---- promotion ------------------------------------------------------------------------------

    @Test
    void weakFloatScalarKeepsFloat32() {
        Tensor y = Np.multiply(f32(1.5f, -2f, 0.1f), 2.0);
        assertDoubles(y, FLOAT32, shape(3), 3.0, -4.0, (double) (0.1f * 2f));
        // the scalar is cast to float32 before the op, as NumPy 2 does: 0.1 becomes 0.1f
        assertDoubles(Np.add(f32(0.0f), 0.1), FLOAT32, shape(1), (double) 0.1f);
        assertDoubles(Np.multiply(2.0, f32(3f)), FLOAT32, shape(1), 6.0);
    }

    @Test
    void weakFloatScalarMakesIntegersFloat64() {
        assertDoubles(Np.add(i32(1, -2), 2.5), FLOAT64, shape(2), 3.5, 0.5);
        assertDoubles(Np.add(i64(1L << 53), 0.5), FLOAT64, shape(1), 9007199254740992.0);
        assertDoubles(Np.add(bools(true, false), 1.5), FLOAT64, shape(2), 2.5, 1.5);
    }

    @Test
    void weakIntegerScalarKeepsIntegerType() {
        assertLongs(Np.add(i32(1, Integer.MAX_VALUE), 3L), INT32, shape(2), 4, Integer.MIN_VALUE + 2);
        // an int literal picks the long overload: still a weak integer
        assertLongs(Np.add(i32(1), 3), INT32, shape(1), 4);
        assertLongs(Np.multiply(i64(5), 3L), INT64, shape(1), 15);
        assertDoubles(Np.add(f32(1.5f), 3L), FLOAT32, shape(1), 4.5);
    }

    @Test
    void boolWithIntegerScalarIsInt64() {
        assertLongs(Np.add(bools(true, false), 1L), INT64, shape(2), 2, 1);
        assertLongs(Np.subtract(bools(true, false), 1L), INT64, shape(2), 0, -1);
    }

    @Test
    void trueDivisionOfIntegersIsFloat64() {
        assertDoubles(Np.divide(i32(7, -7, 1, 0), i32(2, 2, 0, 0)), FLOAT64, shape(4), 3.5, -3.5,
                Double.POSITIVE_INFINITY, Double.NaN);
        assertDoubles(Np.divide(i64(1), 4L), FLOAT64, shape(1), 0.25);
        assertDoubles(Np.divide(bools(true), bools(true)), FLOAT64, shape(1), 1.0);
    }

    @Test
    void comparisonsGiveBool() {
        Tensor a = i32(1, 2, 3);
        Tensor b = f32(1f, 3f, 2f);
        assertBools(Np.equal(a, b), shape(3), true, false, false);
        assertBools(Np.notEqual(a, b), shape(3), false, true, true);
        assertBools(Np.less(a, b), shape(3), false, true, false);
        assertBools(Np.lessEqual(a, b), shape(3), true, true, false);
        assertBools(Np.greater(a, 2L), shape(3), false, false, true);
        assertBools(Np.greaterEqual(2.5, a), shape(3), true, true, false);
        assertBools(Np.equal(f64(Double.NaN), f64(Double.NaN)), shape(1), false);
        assertBools(Np.notEqual(f64(Double.NaN), Double.NaN), shape(1), true);
    }

    @Test
    void mixedTypesComputeInThePromotedType() {
        // int32 meets float32: float64, so 16777217 is not rounded to 16777216 first
        assertDoubles(Np.add(i32(16777217), f32(0.5f)), FLOAT64, shape(1), 16777217.5);
        // int32 meets int64: int64, so no int32 wrap-around
        assertLongs(Np.add(i32(Integer.MAX_VALUE), i64(1)), INT64, shape(1), 2147483648L);
        // float32 meets float64: float64
        assertDoubles(Np.add(f32(0.1f), f64(0.0)), FLOAT64, shape(1), (double) 0.1f);
        assertLongs(Np.add(bools(true), i32(2)), INT32, shape(1), 3);
    }

    @Test
    void boolArithmeticIsLogical() {
        Tensor a = bools(false, false, true, true);
        Tensor b = bools(false, true, false, true);
        assertBools(Np.add(a, b), shape(4), false, true, true, true);
        assertBools(Np.multiply(a, b), shape(4), false, false, false, true);
        assertBools(Np.maximum(a, b), shape(4), false, true, true, true);
        assertBools(Np.minimum(a, b), shape(4), false, false, false, true);
    }

    @Test
    void unaryOpsOnIntegersAndBools() {
        assertDoubles(Np.sqrt(i32(4, 9)), FLOAT64, shape(2), 2.0, 3.0);
        // NumPy's float ufuncs give float16 for bool (exp(True) is float16 e, 2.71875)
        assertDoubles(Np.exp(bools(false, true)), FLOAT16, shape(2), 1.0, 2.71875);
        // NumPy's bool square and reciprocal loops are int8 ones
        assertLongs(Np.square(bools(true, false)), DType.INT8, shape(2), 1, 0);
        assertLongs(Np.reciprocal(bools(true)), DType.INT8, shape(1), 1);
        assertLongs(Np.abs(i32(Integer.MIN_VALUE, -3)), INT32, shape(2), Integer.MIN_VALUE, 3);
        assertLongs(Np.floor(i64(-3, 5)), INT64, shape(2), -3, 5);
        assertBools(Np.abs(bools(true, false)), shape(2), true, false);
        assertDoubles(Np.round(bools(true)), FLOAT16, shape(1), 1.0);
        assertDoubles(Np.divide(bools(true), bools(true)), FLOAT64, shape(1), 1.0);
        // into a wider out, the float16 result is rounded first: np.exp(True, out=float64) is 2.71875
        Tensor wide = Np.full(shape(3), 5, FLOAT64);
        Np.exp(bools(true, false, true), wide, bools(true, true, false));
        assertDoubles(wide, FLOAT64, shape(3), 2.71875, 1.0, 5.0);
        Tensor single = Np.zeros(shape(2), FLOAT32);
        Np.sqrt(Np.array(new double[] {2, 3}).astype(FLOAT16), single);
        assertDoubles(single, FLOAT32, shape(2), 1.4140625, 1.732421875);
    }

    /**
     * int8, uint8, int16 and uint16 through out=, where=, in place, where(), clip and copyto,
     * against NumPy 2.4: the op's own loop wraps before the cast to a wider out (int8 127 + 1 into
     * an int32 out is -128), out casts same_kind (int8 into uint8 is refused), where() and mixed ops
     * promote (int8 with uint8 is int16), clip clamps bounds beyond the type to it.
     */
    @Test
    void smallIntegersThroughOutWhereClipAndCopyto() {
        Tensor i8 = Np.array(new byte[] {127, -128});
        Tensor wide = Np.zeros(shape(2), INT32);
        assertSame(wide, Np.add(i8, Np.array(new byte[] {1, -1}), wide));
        assertLongs(wide, INT32, shape(2), -128, 127);
        Check.throwsWith(IllegalArgumentException.class, () -> Np.add(i8, i8, Np.zeros(shape(2), DType.UINT8)),
                "add: cannot cast the result from int8 to out's uint8 (casting='same_kind')");
        Tensor kept = Np.full(shape(2), 9, DType.UINT8);
        Np.negative(Np.arrayUint8(new byte[] {1, 2}), kept, bools(true, false));
        assertLongs(kept, DType.UINT8, shape(2), 255, 9);
        Tensor inPlace = Np.array(new short[] {32767, -32768});
        Np.multiply(inPlace, Np.array(new short[] {2, -1}), inPlace);
        assertLongs(inPlace, DType.INT16, shape(2), -2, -32768);
        assertLongs(Np.where(bools(true, false), Np.array(new byte[] {-1, -128}),
                Np.arrayUint8(new byte[] {(byte) 255, (byte) 200})), DType.INT16, shape(2), -1, 200);
        // np.where casts a Python int beyond the array's type (no OverflowError): 300 as int8 is 44
        assertLongs(Np.where(bools(true, false), Np.array(new byte[] {-1, -128}), 300L), DType.INT8, shape(2), -1, 44);
        assertLongs(Np.where(bools(false, true), -1L, Np.arrayUint8(new byte[] {7, 8})), DType.UINT8, shape(2), 7, 255);
        assertLongs(Np.where(bools(true, false), Np.array(new short[] {1, 2}), 70000L), DType.INT16, shape(2), 1, 4464);
        assertLongs(Np.clip(Np.array(new byte[] {-128, 0, 127}), -1000L, 50L), DType.INT8, shape(3), -128, 0, 50);
        assertLongs(Np.clip(Np.arrayUint8(new byte[] {0, (byte) 200, (byte) 255}), -5L, 300L), DType.UINT8, shape(3),
                0, 200, 255);
        // result_type(int8, uint8, float16) is float16 (each integer fits it), not the float32 of int16 and float16
        assertDoubles(Np.clip(Np.array(new byte[] {1, -128}), Np.arrayUint8(new byte[] {0}),
                halves(2.5)), FLOAT16, shape(2), 1.0, 0.0);
        Tensor dst = Np.zeros(shape(3), DType.INT8);
        Np.copyto(dst, i32(300, -129, 5));
        assertLongs(dst, DType.INT8, shape(3), 44, 127, 5);
        Check.throwsWith(IllegalArgumentException.class, () -> Np.copyto(Np.zeros(shape(1), DType.UINT8),
                Np.array(new byte[] {1})), "copyto", "int8", "uint8");
        // the limits: abs and negative of the minimum wrap to it, // and % by -1 and by 0, invert of unsigned
        assertLongs(Np.abs(Np.array(new byte[] {-128, -5})), DType.INT8, shape(2), -128, 5);
        assertLongs(Np.floorDivide(Np.array(new byte[] {-128, 5}), Np.array(new byte[] {-1, 0})), DType.INT8, shape(2),
                -128, 0);
        assertLongs(Np.remainder(Np.array(new byte[] {-128, 5}), Np.array(new byte[] {-1, 0})), DType.INT8, shape(2), 0, 0);
        assertLongs(Np.invert(Np.arrayUint16(new short[] {0, -1})), DType.UINT16, shape(2), 65535, 0);
        // np.bitwise_count(int64 [-1, MIN, 2**40 - 1], out=int8 / float16 array): uint8 casts to both under same_kind
        Tensor counts = i64(-1, Long.MIN_VALUE, (1L << 40) - 1);
        assertLongs(Np.bitwiseCount(counts, Np.zeros(shape(3), DType.INT8)), DType.INT8, shape(3), 1, 1, 40);
        assertDoubles(Np.bitwiseCount(counts, Np.zeros(shape(3), FLOAT16)), FLOAT16, shape(3), 1, 1, 40);
        assertDoubles(Np.floatPower(Np.array(new byte[] {2}), Np.array(new byte[] {-1})), FLOAT64, shape(1), 0.5);
    }

    /**
     * uint32 through out=, where=, in place, where(), clip and copyto, against NumPy 2.4: the uint32
     * loop wraps before the cast to a wider out (4294967295 + 1 into an int64 out is 0) and casts
     * same_kind into narrower integer outs (2 * 4294967295 into int32 is -2), np.where casts a Java
     * integer beyond the type (5000000000 is 705032704, -1 is 4294967295) and promotes with int32 to
     * int64, clip clamps bounds beyond the type, copyto refuses a signed source.
     */
    @Test
    void uint32ThroughOutWhereClipAndCopyto() {
        Tensor u32 = Np.arrayUint32(new int[] {1, -1});
        Tensor wide = Np.zeros(shape(2), INT64);
        assertSame(wide, Np.add(Np.arrayUint32(new int[] {-1, 0}), Np.arrayUint32(new int[] {1, 0}), wide));
        assertLongs(wide, INT64, shape(2), 0, 0);
        assertLongs(Np.add(u32, u32, Np.zeros(shape(2), INT32)), INT32, shape(2), 2, -2);
        assertLongs(Np.add(u32, u32, Np.zeros(shape(2), DType.UINT16)), DType.UINT16, shape(2), 2, 65534);
        Tensor kept = Np.full(shape(2), 9, DType.UINT32);
        Np.negative(Np.arrayUint32(new int[] {1, 2}), kept, bools(true, false));
        assertLongs(kept, DType.UINT32, shape(2), 4294967295L, 9);
        Tensor inPlace = Np.arrayUint32(new int[] {Integer.MIN_VALUE, 65537});
        Np.multiply(inPlace, Np.arrayUint32(new int[] {2, 65537}), inPlace);
        assertLongs(inPlace, DType.UINT32, shape(2), 0, 131073);
        assertLongs(Np.where(bools(true, false), u32, 5_000_000_000L), DType.UINT32, shape(2), 1, 705032704);
        assertLongs(Np.where(bools(true, false), -1L, Np.arrayUint32(new int[] {7, 8})), DType.UINT32, shape(2),
                4294967295L, 8);
        assertLongs(Np.where(bools(true, false), u32, i32(-1, -2)), INT64, shape(2), 1, -2);
        assertLongs(Np.clip(u32, -5L, 1L << 40), DType.UINT32, shape(2), 1, 4294967295L);
        Tensor dst = Np.zeros(shape(2), INT64);
        Np.copyto(dst, u32);
        assertLongs(dst, INT64, shape(2), 1, 4294967295L);
        Check.throwsWith(IllegalArgumentException.class, () -> Np.copyto(Np.zeros(shape(2), DType.UINT32), i32(1, 2)),
                "copyto", "int32", "uint32");
        // // and % by 0 give 0, invert, bitwise_count, float_power to a negative int8
        assertLongs(Np.floorDivide(Np.arrayUint32(new int[] {7, 5}), Np.arrayUint32(new int[] {0, 2})), DType.UINT32,
                shape(2), 0, 2);
        assertLongs(Np.remainder(Np.arrayUint32(new int[] {7, 5}), Np.arrayUint32(new int[] {0, 2})), DType.UINT32,
                shape(2), 0, 1);
        assertLongs(Np.invert(Np.arrayUint32(new int[] {0, -1})), DType.UINT32, shape(2), 4294967295L, 0);
        assertLongs(Np.bitwiseCount(Np.arrayUint32(new int[] {-1, Integer.MIN_VALUE})), DType.UINT8, shape(2), 32, 1);
        assertDoubles(Np.floatPower(Np.arrayUint32(new int[] {2}), Np.array(new byte[] {-1})), FLOAT64, shape(1), 0.5);
    }

    /**
     * np.clip with a Java integer bound outside an integer result type, against NumPy 2.4: a min
     * below the type's minimum or a max above its maximum bounds nothing and is allowed; a min above
     * the maximum or a max below the minimum raises OverflowError there ("Python integer 300 out of
     * bounds for uint8"), here IllegalArgumentException, the min checked first.
     */
    @Test
    void clipRejectsIntegerBoundsThatBoundEveryElement() {
        Tensor u8 = Np.arrayUint8(new byte[] {0, 5});
        Check.throwsWith(IllegalArgumentException.class, () -> Np.clip(u8, 3L, -3L),
                "clip", "-3", "uint8", "max");
        Check.throwsWith(IllegalArgumentException.class, () -> Np.clip(u8, 300L, null),
                "clip", "300", "uint8", "min", "at most 255");
        Check.throwsWith(IllegalArgumentException.class, () -> u8.clip(null, -1L), "clip", "-1", "at least 0");
        Tensor i8 = Np.array(new byte[] {-3, 100});
        Check.throwsWith(IllegalArgumentException.class, () -> Np.clip(i8, 200L, -200L), "clip", "200", "int8", "min");
        Check.throwsWith(IllegalArgumentException.class, () -> Np.clip(i8, 100L, -200L), "clip", "-200", "int8", "max");
        Check.throwsWith(IllegalArgumentException.class, () -> Np.clip(i8, 128, null, Np.zeros(shape(2), DType.INT8)),
                "clip", "128");
        Check.throwsWith(IllegalArgumentException.class,
                () -> Np.clip(Np.array(new short[] {1}), null, -32769L), "clip", "-32769", "int16");
        Check.throwsWith(IllegalArgumentException.class,
                () -> Np.clip(Np.arrayUint16(new short[] {1}), 65536L, null), "clip", "65536", "uint16");
        Check.throwsWith(IllegalArgumentException.class, () -> Np.clip(i32(1, 2), 1L << 31, null), "clip",
                "2147483648", "int32");
        Check.throwsWith(IllegalArgumentException.class, () -> Np.clip(Np.arrayUint32(new int[] {1}), null, -1L),
                "clip", "-1", "uint32");
        // the side that bounds nothing stays allowed: np.clip(int8 [-3, 100], -129, 128), np.clip(uint32, -1, 2**32)
        assertLongs(Np.clip(i8, -129L, 128L), DType.INT8, shape(2), -3, 100);
        assertLongs(Np.clip(Np.arrayUint32(new int[] {-1, 7}), -1L, 1L << 32), DType.UINT32, shape(2), 4294967295L, 7);
        // bool with an int bound is int64 (np.clip(bool [True, False], 2, None) is [2, 2]), a float bound is float64
        assertLongs(Np.clip(bools(true, false), 2L, null), INT64, shape(2), 2, 2);
        assertDoubles(Np.clip(i8, 300.0, null), FLOAT64, shape(2), 300, 300);
    }

    /**
     * {@code x ** 0.5} against NumPy 2.4: its float32/float64 power loop takes the square root for a
     * broadcast exponent of 0.5 ({@code np.power([-inf, -0.0, 4, nan, 2], 0.5)} is
     * {@code [nan, -0.0, 2, nan, 1.4142135623730951]}, and for int input computed in float64);
     * float16 (NumPy's half loop), other exponents and here a tensor exponent (jtensor's documented
     * choice; NumPy's 0-d 0.5 takes the root too) take C's pow ({@code -inf} gives inf, {@code -0.0}
     * gives 0.0).
     */
    @Test
    void powerOfOneHalfIsTheSquareRootAsNumPysLoop() {
        double inf = Double.POSITIVE_INFINITY;
        double[] x = {-inf, -0.0, 4, Double.NaN, 2};
        assertDoubles(Np.power(Np.array(x), 0.5), FLOAT64, shape(5), Double.NaN, -0.0, 2, Double.NaN, Math.sqrt(2));
        assertDoubles(Np.power(Np.array(x).astype(FLOAT32), 0.5), FLOAT32, shape(5), Double.NaN, -0.0, 2, Double.NaN,
                (float) Math.sqrt(2));
        assertDoubles(Np.power(i32(-4, 4), 0.5), FLOAT64, shape(2), Double.NaN, 2);
        Tensor out = Np.full(shape(4), 7.0);
        Np.power(Np.array(new double[] {-inf, -0.0, 4, Double.NaN}), Np.scalar(0.5), out);
        assertDoubles(out, FLOAT64, shape(4), inf, 0.0, 2, Double.NaN);
        assertDoubles(Np.power(halves(-inf, -0.0, 4), 0.5), FLOAT16, shape(3), inf, 0.0, 2);
        assertDoubles(Np.power(Np.array(new double[] {-inf, -0.0, 4, Double.NaN}), 1.5), FLOAT64, shape(4), inf, 0.0, 8,
                Double.NaN);
    }

    private static Tensor halves(double... values) {
        return Np.array(values).astype(FLOAT16);
    }

    /**
     * float16 through where, clip and copyto, against NumPy 2.4: {@code np.clip} keeps x on a tie
     * with a bound (clip(-0.0, 0.0, 1) is -0.0, as the half loops compare), a weak scalar is
     * rounded to float16 first (0.1 is 0.0999755859375), and float64 values are rounded to float16
     * once (1 + 2^-11 + 2^-40 is just above a half-way point: 1.0009765625, where rounding to float32
     * first would give 1.0).
     */
    @Test
    void float16ThroughWhereClipAndCopyto() {
        Tensor x = halves(-0.0, 0.0, -0.0, 0.0);
        // np.clip(x, [0.0, -0.0, -0.0, 0.0], 1) and np.clip([-0.0, 0.0, 1, 1], -1, [0.0, -0.0, 0.0, -0.0])
        assertDoubles(Np.clip(x, halves(0.0, -0.0, -0.0, 0.0), halves(1, 1, 1, 1)), FLOAT16, shape(4),
                -0.0, 0.0, -0.0, 0.0);
        assertDoubles(Np.clip(halves(-0.0, 0.0, 1, 1), halves(-1, -1, -1, -1), halves(0.0, -0.0, 0.0, -0.0)), FLOAT16,
                shape(4), -0.0, 0.0, 0.0, -0.0);
        // np.clip(float16 [0.05, 0.1, 1, 70000, nan, -0.0], 0.1, 60000.0)
        assertDoubles(Np.clip(halves(0.05, 0.1, 1, 70000, Double.NaN, -0.0), 0.1, 60000.0), FLOAT16, shape(6),
                0.0999755859375, 0.0999755859375, 1.0, 60000.0, Double.NaN, 0.0999755859375);
        Tensor y = halves(0.25, 1, 70000, Double.NaN);
        assertDoubles(Np.where(Np.greater(y, 0.5), y, 0.1), FLOAT16, shape(4), 0.0999755859375, 1.0,
                Double.POSITIVE_INFINITY, 0.0999755859375);
        Tensor out = Np.zeros(shape(6), FLOAT16);
        Np.copyto(out, Np.array(new double[] {1 + 0x1p-11 + 0x1p-40, 65519.99, 65520, 0x1p-25, 3 * 0x1p-25, 0.1}));
        assertDoubles(out, FLOAT16, shape(6), 1.0009765625, 65504.0, Double.POSITIVE_INFINITY, 0.0,
                1.1920928955078125E-7, 0.0999755859375);
    }

    /**
     * NumPy's second names ({@code bitwise_not}, {@code radians}, {@code degrees}) give the same
     * bits as the first through every overload, and the Java scalar forms of invert agree with the
     * tensor op (the first names' values are replayed from NumPy in {@link ReferenceConformance}).
     */
    @Test
    void aliasesAndScalarFormsMatchTheirOp() {
        Tensor ints = i64(0, 5, -1, Long.MIN_VALUE, Long.MAX_VALUE);
        Tensor flags = bools(true, false, true, false, true);
        Tensor mask = bools(true, false, true, true, false);
        Tensor angles = f64(0, 30, -45, 180, 1e300);
        for (Tensor x : List.of(ints, flags)) {
            assertSameValues(Np.invert(x), Np.bitwiseNot(x));
            assertSameValues(Np.invert(x, Np.zeros(x.shape(), x.dtype())),
                    Np.bitwiseNot(x, Np.zeros(x.shape(), x.dtype())));
            assertSameValues(Np.invert(x, null, mask), Np.bitwiseNot(x, null, mask));
        }
        long[] fromTensor = Np.invert(ints).toLongArray();
        boolean[] flagsInverted = Np.invert(flags).toBooleanArray();
        for (int i = 0; i < 5; i++) {
            assertEquals(fromTensor[i], Np.invert(ints.toLongArray()[i]), "invert(long) at " + i);
            assertEquals(fromTensor[i], Np.bitwiseNot(ints.toLongArray()[i]), "bitwiseNot(long) at " + i);
            assertEquals(flagsInverted[i], Np.invert(flags.toBooleanArray()[i]), "invert(boolean) at " + i);
            assertEquals(flagsInverted[i], Np.bitwiseNot(flags.toBooleanArray()[i]), "bitwiseNot(boolean) at " + i);
        }
        assertSameValues(Np.deg2rad(angles), Np.radians(angles));
        assertSameValues(Np.deg2rad(angles, Np.zeros(5)), Np.radians(angles, Np.zeros(5)));
        assertSameValues(Np.deg2rad(angles, null, mask), Np.radians(angles, null, mask));
        assertEquals(Np.deg2rad(30.0), Np.radians(30.0));
        assertSameValues(Np.rad2deg(angles), Np.degrees(angles));
        assertSameValues(Np.rad2deg(angles, Np.zeros(5)), Np.degrees(angles, Np.zeros(5)));
        assertSameValues(Np.rad2deg(angles, null, mask), Np.degrees(angles, null, mask));
        assertEquals(Np.rad2deg(0.5), Np.degrees(0.5));
    }

    /** Same dtype and shape, and the same bits in every element. */
    private static void assertSameValues(Tensor expected, Tensor actual) {
        assertEquals(expected.dtype(), actual.dtype());
        assertArrayEquals(expected.shape(), actual.shape());
        if (expected.dtype().isFloatingPoint()) {
            assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray());
        } else {
            assertArrayEquals(expected.toLongArray(), actual.toLongArray());
        }
    }

    // ---- broadcasting ---------------------------------------------------------------------------

    @Test
    void broadcastsColumnAgainstRow() {
        Tensor col = Np.array(new double[] {0, 10, 20}, 3, 1);
        Tensor row = Np.array(new double[] {1, 2, 3, 4}, 1, 4);
        assertDoubles(Np.add(col, row), FLOAT64, shape(3, 4), 1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24);
        assertDoubles(Np.subtract(row, col), FLOAT64, shape(3, 4), 1, 2, 3, 4, -9, -8, -7, -6, -19, -18, -17, -16);
    }

    @Test
    void broadcastsTrailingVectorOver3d() {
        Tensor x = range(2, 3, 4);
        Tensor v = f64(100, 200, 300, 400);
        double[] expected = new double[24];
        for (int i = 0; i < 24; i++) {
            expected[i] = i + 100 * (i % 4 + 1);
        }
        assertDoubles(Np.add(x, v), FLOAT64, shape(2, 3, 4), expected);
        Tensor y = Np.multiply(Np.array(new double[] {1, 2}, 2, 1, 1), Np.array(new double[] {1, 10, 100}, 3, 1));
        assertDoubles(y, FLOAT64, shape(2, 3, 1), 1, 10, 100, 2, 20, 200);
    }

    @Test
    void broadcastsZeroDimensionalTensors() {
        Tensor s = Np.scalar(2.0);
        assertEquals(0, s.ndim());
        assertDoubles(Np.multiply(s, f64(1, 2, 3)), FLOAT64, shape(3), 2, 4, 6);
        Tensor both = Np.add(s, Np.scalar(0.5));
        assertDoubles(both, FLOAT64, shape(), 2.5);
        assertEquals(2.5, both.item());
        assertDoubles(Np.exp(Np.scalar(0.0)), FLOAT64, shape(), 1.0);
        assertLongs(Np.add(Np.scalar(3, INT32), i32(1, 2)), INT32, shape(2), 4, 5);
    }

    @Test
    void broadcastsSizeZeroDimensions() {
        assertDoubles(Np.add(Np.zeros(0, 3), Np.ones(1, 3)), FLOAT64, shape(0, 3));
        assertDoubles(Np.add(Np.zeros(0), Np.scalar(1.0)), FLOAT64, shape(0));
        assertDoubles(Np.multiply(Np.zeros(2, 0), Np.ones(2, 1)), FLOAT64, shape(2, 0));
        assertDoubles(Np.add(Np.zeros(0, 1), Np.ones(1, 5)), FLOAT64, shape(0, 5));
        assertDoubles(Np.exp(Np.zeros(0, 3)), FLOAT64, shape(0, 3));
        assertBools(Np.less(Np.zeros(new long[] {3, 0}, INT32), 1L), shape(3, 0));
        Tensor out = Np.zeros(0, 4);
        assertSame(out, Np.add(Np.zeros(0, 1), Np.zeros(4), out));
    }

    @Test
    void broadcastsStridedAndBroadcastViews() {
        Tensor x = range(3, 4);
        Tensor ones = Np.ones(1).broadcastTo(4, 3);
        double[] expected = new double[12];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = j * 4 + i + 1;
            }
        }
        assertDoubles(Np.add(x.T(), ones), FLOAT64, shape(4, 3), expected);
        assertDoubles(Np.add(x.slice(1, 0, Long.MAX_VALUE, 2), x.slice(1, Long.MAX_VALUE, Long.MIN_VALUE, -2)),
                FLOAT64, shape(3, 2), 3, 3, 11, 11, 19, 19);
    }

    @Test
    void largeStridedOperands() {
        int rows = 400;
        int cols = 401;
        int half = rows * cols / 2;
        Tensor x = range(rows, cols);
        Tensor y = Np.add(x.T(), 1.0);
        double[] expected = new double[rows * cols];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                expected[j * rows + i] = i * cols + j + 1;
            }
        }
        assertDoubles(y, FLOAT64, shape(cols, rows), expected);
        Tensor z = Np.multiply(x.slice(1, Long.MAX_VALUE, Long.MIN_VALUE, -1).astype(FLOAT32), 2.0);
        double[] doubled = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                doubled[i * cols + j] = 2.0 * (i * cols + (cols - 1 - j));
            }
        }
        assertDoubles(z, FLOAT32, shape(rows, cols), doubled);
        assertLongs(Np.sum(Np.greater(x, (double) half)), INT64, shape(), (long) rows * cols - half - 1);
        Tensor xt = x.T();
        Tensor picked = Np.where(Np.less(xt, (double) half), xt, Np.negative(xt));
        double[] signed = new double[rows * cols];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                double v = i * cols + j;
                signed[j * rows + i] = v < half ? v : -v;
            }
        }
        assertDoubles(picked, FLOAT64, shape(cols, rows), signed);
    }

    @Test
    void whereIntoAStridedOut() {
        Tensor base = Np.full(shape(3, 2), -1.0);
        Tensor mask = Np.array(new boolean[] {true, false, true, true, false, true}, 2, 3);
        Np.add(range(2, 3), f64(10), base.T(), mask);
        assertDoubles(base, FLOAT64, shape(3, 2), 10, 13, -1, -1, 12, 15);
    }

    // ---- out= -----------------------------------------------------------------------------------

    @Test
    void outReceivesTheResultAndIsReturned() {
        Tensor out = Np.full(shape(3), 9.0);
        assertSame(out, Np.add(f64(1, 2, 3), f64(10, 20, 30), out));
        assertDoubles(out, FLOAT64, shape(3), 11, 22, 33);
        Tensor u = Np.zeros(2);
        assertSame(u, Np.sqrt(f64(4, 16), u));
        assertDoubles(u, FLOAT64, shape(2), 2, 4);
    }

    @Test
    void outMayHaveTheLargerBroadcastShape() {
        Tensor out = Np.zeros(2, 3);
        Np.add(f64(1, 2, 3), f64(10, 20, 30), out);
        assertDoubles(out, FLOAT64, shape(2, 3), 11, 22, 33, 11, 22, 33);
    }

    @Test
    void outCastsSameKind() {
        Tensor f = Np.zeros(2);
        Np.add(i32(1, 2), i32(3, Integer.MAX_VALUE), f);
        // computed in int32 (wrapping), then cast to float64
        assertDoubles(f, FLOAT64, shape(2), 4, (double) Integer.MIN_VALUE + 1);
        Tensor single = Np.zeros(shape(1), FLOAT32);
        Np.add(f64(0.1), f64(0.2), single);
        assertDoubles(single, FLOAT32, shape(1), (double) (float) (0.1 + 0.2));
        Tensor narrow = Np.zeros(shape(1), INT32);
        Np.add(i64(1L << 32), i64(5), narrow);
        assertLongs(narrow, INT32, shape(1), 5);
        Tensor counts = Np.zeros(shape(3), INT64);
        Np.equal(i32(1, 2, 3), i32(1, 0, 3), counts);
        assertLongs(counts, INT64, shape(3), 1, 0, 1);
        Tensor e = Np.zeros(shape(1), FLOAT32);
        Np.exp(f64(0.0), e);
        assertDoubles(e, FLOAT32, shape(1), 1.0);
    }

    @Test
    void unaryOpInPlace() {
        Tensor x = f64(0, 1, 2);
        assertSame(x, Np.exp(x, x));
        assertDoubles("exp(x, x)", x, FLOAT64, shape(3), suite().unaryTolerance(UnaryOp.EXP, FLOAT64), 1.0,
                Math.E, 7.38905609893065);
        Tensor y = f32(4f, 9f);
        Np.sqrt(y, y);
        assertDoubles(y, FLOAT32, shape(2), 2, 3);
    }

    @Test
    void writingIntoAViewIsVisibleInTheBase() {
        Tensor base = Np.zeros(3, 4);
        Tensor row = base.select(0, 1);
        Np.add(f64(1, 2, 3, 4), f64(10, 10, 10, 10), row);
        assertDoubles(base, FLOAT64, shape(3, 4), 0, 0, 0, 0, 11, 12, 13, 14, 0, 0, 0, 0);

        Tensor t = Np.zeros(2, 3);
        Np.multiply(range(3, 2), f64(1, -1), t.T());
        assertDoubles(t, FLOAT64, shape(2, 3), 0, 2, 4, -1, -3, -5);

        Tensor v = Np.zeros(6);
        Np.negative(f64(1, 2, 3), v.slice(0, 1, Long.MAX_VALUE, 2));
        assertDoubles(v, FLOAT64, shape(6), 0, -1, 0, -2, 0, -3);

        Tensor r = Np.zeros(2, 3);
        Np.add(f64(1, 2, 3, 4, 5, 6), f64(0.5), r.reshape(6));
        assertDoubles(r, FLOAT64, shape(2, 3), 1.5, 2.5, 3.5, 4.5, 5.5, 6.5);
    }

    // ---- where= ---------------------------------------------------------------------------------

    @Test
    void whereFalseKeepsOutValues() {
        Tensor out = Np.full(shape(4), 9.0);
        Tensor mask = bools(true, false, true, false);
        assertSame(out, Np.add(f64(1, 2, 3, 4), f64(10, 20, 30, 40), out, mask));
        assertDoubles(out, FLOAT64, shape(4), 11, 9, 33, 9);
        Tensor u = Np.full(shape(2), -1.0);
        Np.log(f64(-1, 1), u, bools(false, true));
        assertDoubles(u, FLOAT64, shape(2), -1.0, 0.0);
    }

    @Test
    void whereWithoutOutGivesZeros() {
        Tensor mask = bools(false, true, false);
        assertDoubles(Np.add(f64(1, 2, 3), f64(1, 1, 1), null, mask), FLOAT64, shape(3), 0, 3, 0);
        // masked-out positions are 0, not the NaN sqrt(-1) would give
        assertDoubles(Np.sqrt(f64(-1, 4, -9), null, mask), FLOAT64, shape(3), 0, 2, 0);
        assertLongs(Np.multiply(i32(2, 3, 4), i32(5, 5, 5), null, mask), INT32, shape(3), 0, 15, 0);
        assertBools(Np.less(f64(1, 2, 3), f64(5, 5, 5), null, mask), shape(3), false, true, false);
    }

    @Test
    void whereBroadcasts() {
        Tensor out = Np.zeros(2, 3);
        Np.add(range(2, 3), f64(100), out, bools(true, false, true));
        assertDoubles(out, FLOAT64, shape(2, 3), 100, 0, 102, 103, 0, 105);
        // the mask takes part in broadcasting the result shape
        Tensor grown = Np.add(f64(1, 2, 3), f64(1), null, Np.array(new boolean[] {true, true, true, false, false, true},
                2, 3));
        assertDoubles(grown, FLOAT64, shape(2, 3), 2, 3, 4, 0, 0, 4);
        Tensor inPlace = f64(1, 2, 3);
        Np.add(inPlace, inPlace, inPlace, bools(true, false, true));
        assertDoubles(inPlace, FLOAT64, shape(3), 2, 2, 6);
    }

    /** {@code n} mask values: runs longer than any vector (all true, all false) and mixed ones. */
    private static boolean[] mixedMask(int n) {
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            int run = (i / 40) % 3;
            m[i] = run == 0 || (run == 1 && (i * 31 + i / 7) % 3 == 0);
        }
        return m;
    }

    @Test
    void whereMasksOverLongArraysStoreOnlyWhereTrue() {
        for (DType type : new DType[] {FLOAT32, FLOAT64}) {
            for (int n : new int[] {1, 7, 17, 33, 1000, 4099}) {
                double[] x = new double[n];
                double[] old = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = switch (i % 9) {
                        case 0 -> Double.NaN;
                        case 1 -> Double.POSITIVE_INFINITY;
                        case 2 -> Double.NEGATIVE_INFINITY;
                        case 3 -> 800;        // exp overflows
                        case 4 -> -0.0;
                        default -> ((i * 37) % 101 - 50) * 0.05;
                    };
                    x[i] = type == FLOAT32 ? (float) x[i] : x[i];
                    old[i] = i % 4 == 0 ? Double.NaN : type == FLOAT32 ? (float) (i + 0.25) : i + 0.25;
                }
                boolean[] mask = mixedMask(n);
                Tensor xs = Np.array(x).astype(type);
                Tensor where = Np.array(mask);
                String what = type.numpyName() + " n=" + n;

                Tensor out = Np.array(old).astype(type);
                assertSame(out, Np.exp(xs, out, where));
                double[] exp = new double[n];
                for (int i = 0; i < n; i++) {
                    double r = type == FLOAT32 ? (float) StrictMath.exp(x[i]) : StrictMath.exp(x[i]);
                    exp[i] = mask[i] ? r : old[i];
                }
                assertDoubles("exp(x, out, where) " + what, out, type, shape(n),
                        suite().unaryTolerance(UnaryOp.EXP, type), exp);
                assertKeptExactly(what + " exp", out.toDoubleArray(), old, mask);

                Tensor sums = Np.array(old).astype(type);
                double[] reversed = new double[n];
                for (int i = 0; i < n; i++) {
                    reversed[i] = x[n - 1 - i];
                }
                Np.add(xs, Np.array(reversed).astype(type), sums, where);
                double[] added = new double[n];
                for (int i = 0; i < n; i++) {
                    double r = x[i] + x[n - 1 - i];
                    added[i] = mask[i] ? (type == FLOAT32 ? (float) r : r) : old[i];
                }
                assertDoubles("add(x, x[::-1] copy, out, where) " + what, sums, type, shape(n), Tolerance.EXACT, added);

                Tensor quotients = Np.array(old).astype(type);
                Np.divide(xs, Np.zeros(shape(n), type), quotients, where);
                double[] divided = new double[n];
                for (int i = 0; i < n; i++) {
                    divided[i] = mask[i] ? x[i] / 0.0 : old[i];
                }
                assertDoubles("divide(x, 0, out, where) " + what, quotients, type, shape(n), Tolerance.EXACT,
                        divided);
                assertKeptExactly(what + " divide", quotients.toDoubleArray(), old, mask);

                double[] zeros = new double[n];
                for (int i = 0; i < n; i++) {
                    zeros[i] = mask[i] ? exp[i] : 0;
                }
                assertDoubles("exp(x, null, where) " + what, Np.exp(xs, null, where), type, shape(n),
                        suite().unaryTolerance(UnaryOp.EXP, type), zeros);
            }
        }
    }

    private static void assertKeptExactly(String what, double[] actual, double[] old, boolean[] mask) {
        for (int i = 0; i < old.length; i++) {
            if (!mask[i] && Double.doubleToLongBits(actual[i]) != Double.doubleToLongBits(old[i])) {
                assertEquals(old[i], actual[i], what + ": masked-out element " + i + " was written");
            }
        }
    }

    @Test
    void whereMasksOnIntegerDivisionByZeroWriteOnlyTheUnmaskedQuotients() {
        int n = 1037;
        int[] a = new int[n];
        int[] b = new int[n];
        double[] expected = new double[n];
        boolean[] mask = mixedMask(n);
        for (int i = 0; i < n; i++) {
            a[i] = i - 500;
            b[i] = i % 5 == 0 ? 0 : i % 7 - 3;
            expected[i] = mask[i] ? (double) a[i] / b[i] : -7.25;
        }
        Tensor out = Np.full(shape(n), -7.25);
        Np.divide(i32(a), i32(b), out, Np.array(mask));
        assertDoubles(out, FLOAT64, shape(n), expected);
    }

    @Test
    void whereOnSizeZero() {
        Tensor out = Np.zeros(0, 2);
        assertSame(out, Np.exp(Np.zeros(0, 2), out, Np.zeros(shape(0, 2), BOOL)));
        assertDoubles(Np.exp(Np.zeros(0, 2), null, Np.zeros(shape(1, 2), BOOL)), FLOAT64, shape(0, 2));
    }

    // ---- aliasing -------------------------------------------------------------------------------

    @Test
    void outAliasingTheTransposedInputIsComputedFromOriginalValues() {
        Tensor x = range(3, 3);
        Np.add(x, x.T(), x);
        double[] expected = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected[i * 3 + j] = (i * 3 + j) + (j * 3 + i);
            }
        }
        assertDoubles(x, FLOAT64, shape(3, 3), expected);

        Tensor big = range(64, 64);
        Np.subtract(big, big.T(), big);
        double[] antisymmetric = new double[64 * 64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                antisymmetric[i * 64 + j] = (i * 64 + j) - (j * 64 + i);
            }
        }
        assertDoubles(big, FLOAT64, shape(64, 64), antisymmetric);
    }

    @Test
    void overlappingShiftedSlicesAreBuffered() {
        Tensor x = f64(1, 2, 3, 4, 5);
        Tensor tail = x.slice(0, 1, Long.MAX_VALUE, 1);
        Tensor head = x.slice(0, 0, -1, 1);
        Np.add(tail, head, tail);   // x[1:] += x[:-1] with NumPy semantics: no cascading
        assertDoubles(x, FLOAT64, shape(5), 1, 3, 5, 7, 9);

        Tensor y = f64(1, 2, 3, 4, 5);
        Np.add(y.slice(0, 0, -1, 1), y.slice(0, 1, Long.MAX_VALUE, 1), y.slice(0, 0, -1, 1));
        assertDoubles(y, FLOAT64, shape(5), 3, 5, 7, 9, 5);

        Tensor z = f64(1, 2, 3, 4);
        Np.negative(z, z.slice(0, Long.MAX_VALUE, Long.MIN_VALUE, -1));
        assertDoubles(z, FLOAT64, shape(4), -4, -3, -2, -1);

        Tensor w = range(3, 3);
        Np.exp(w.T(), w, null);
        Tensor expected = Np.exp(range(3, 3).T());
        assertDoubles("exp(w.T, out=w)", w, FLOAT64, shape(3, 3), Tolerance.EXACT, expected.toDoubleArray());
    }

    @Test
    void identicalAliasingIsInPlace() {
        Tensor x = f64(1, -2, 3);
        Np.multiply(x, x, x);
        assertDoubles(x, FLOAT64, shape(3), 1, 4, 9);
        Tensor i = i32(5, 6);
        Np.subtract(i, i, i);
        assertLongs(i, INT32, shape(2), 0, 0);
    }

    // ---- Np.where -------------------------------------------------------------------------------

    @Test
    void whereSelects() {
        Tensor cond = bools(true, false, true);
        assertDoubles(Np.where(cond, f64(1, 2, 3), f64(-1, -2, -3)), FLOAT64, shape(3), 1, -2, 3);
        assertLongs(Np.where(cond, i32(1, 2, 3), i64(7, 8, 9)), INT64, shape(3), 1, 8, 3);
        assertDoubles(Np.where(cond, i32(1, 2, 3), f32(0.5f, 0.5f, 0.5f)), FLOAT64, shape(3), 1, 0.5, 3);
        assertDoubles(Np.where(cond, f32(1, 2, 3), 0.25), FLOAT32, shape(3), 1, 0.25, 3);
        assertDoubles(Np.where(cond, i32(1, 2, 3), 0.5), FLOAT64, shape(3), 1, 0.5, 3);
        assertDoubles(Np.where(cond, 7.0, f64(1, 2, 3)), FLOAT64, shape(3), 7, 2, 7);
        assertDoubles(Np.where(cond, 1.0, 0.0), FLOAT64, shape(3), 1, 0, 1);
    }

    @Test
    void whereBroadcastsAndAcceptsNonBoolConditions() {
        Tensor cond = Np.array(new boolean[] {true, false}, 2, 1);
        assertDoubles(Np.where(cond, f64(1, 2, 3), Np.scalar(0.0)), FLOAT64, shape(2, 3), 1, 2, 3, 0, 0, 0);
        // a numeric condition is "non-zero", NaN included, as np.where does
        assertDoubles(Np.where(f64(0, Double.NaN, -0.0, 2), 1.0, 0.0), FLOAT64, shape(4), 0, 1, 0, 1);
        assertDoubles(Np.where(i32(0, 3), f64(5, 5), f64(6, 6)), FLOAT64, shape(2), 6, 5);
        assertDoubles(Np.where(Np.zeros(shape(0), BOOL), 1.0, 2.0), FLOAT64, shape(0));
    }

    @Test
    void concurrentCallsFromSeveralThreads() throws Exception {
        Backend backend = backend();
        int threads = 4;
        List<Future<double[]>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                double value = t + 1;
                results.add(pool.submit(() -> {
                    try (var scope = Np.useBackend(backend); var tensors = Np.scope()) {
                        double[] sums = new double[10];
                        for (int r = 0; r < sums.length; r++) {
                            Tensor product = Np.matmul(Np.full(shape(200, 300), value), Np.ones(300, 50));
                            Tensor shifted = Np.subtract(product, Np.sqrt(Np.full(shape(50), 4 * value * value)));
                            sums[r] = Np.sum(shifted).item();
                            assertSame(backend, scope.backend());
                        }
                        return sums;
                    }
                }));
            }
            for (int t = 0; t < threads; t++) {
                double[] expected = new double[10];
                java.util.Arrays.fill(expected, (t + 1) * (300.0 - 2) * 200 * 50);
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, results.get(t).get(),
                        "thread " + t);
            }
        }
    }

    @Test
    void resultsAreNewTensorsOnTheBackend() {
        Tensor a = f64(1, 2);
        Tensor b = Np.add(a, 0.0);
        Np.add(b, f64(1, 1), b);
        assertDoubles(a, FLOAT64, shape(2), 1, 2);
        assertDoubles(b, FLOAT64, shape(2), 2, 3);
        assertEquals(DType.FLOAT64, b.dtype());
    }
}
