package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static io.jtensor.conformance.Check.throwsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * NumPy's ndarray methods on {@link Tensor} ({@code x.sum(axis)}, {@code x.flatten()}, {@code x.tolist()},
 * ...), on every backend: each gives what its {@link Np} function gives, and the methods with no Np
 * counterpart give NumPy's values (the expected bytes and lists are NumPy 2.4's output).
 */
class TensorMethodsTest {

    private static void same(String name, Supplier<Tensor> method, Supplier<Tensor> function) {
        try (Tensor m = method.get(); Tensor f = function.get()) {
            assertEquals(f.dtype(), m.dtype(), name + " dtype");
            assertArrayEquals(f.shape(), m.shape(), name + " shape");
            assertArrayEquals(f.toDoubleArray(), m.toDoubleArray(), name + " values");
            assertEquals(f.backend(), m.backend(), name + " backend");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void eachMethodGivesItsFunction(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor x = Np.array(new double[] {0.5, -1.25, 3.0, 2.5, -0.75, 4.0}, 2, 3);
             Tensor i = Np.array(new long[] {5, -3, 12, 7, 0, -9}, 2, 3);
             Tensor flags = Np.array(new boolean[] {true, false, true, true, true, false}, 2, 3);
             Tensor square = Np.array(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, 3);
             Tensor sorted = Np.array(new double[] {-1, 0.5, 2, 2, 7});
             Tensor v = Np.array(new double[] {2, -3, 8});
             Tensor idx = Np.array(new long[] {4, 0, 2});
             Tensor pick = Np.array(new long[] {0, 1, 1, 0, 1, 0}, 2, 3);
             Tensor keep = Np.array(new boolean[] {false, true, true})) {
            int[] both = {0, 1};
            same("sum", x::sum, () -> Np.sum(x));
            same("sum axis", () -> i.sum(1), () -> Np.sum(i, 1));
            same("sum axes keepdims", () -> x.sum(both, true), () -> Np.sum(x, both, true));
            same("prod", i::prod, () -> Np.prod(i));
            same("prod axis", () -> x.prod(0), () -> Np.prod(x, 0));
            same("prod axes", () -> x.prod(new int[] {1}, true), () -> Np.prod(x, new int[] {1}, true));
            same("mean", i::mean, () -> Np.mean(i));
            same("mean axis", () -> x.mean(-1), () -> Np.mean(x, -1));
            same("mean axes", () -> x.mean(both, false), () -> Np.mean(x, both, false));
            same("sum dtype", () -> i.sum(new int[] {1}, true, DType.INT8, null),
                    () -> Np.sum(i, new int[] {1}, true, DType.INT8, null));
            same("prod dtype", () -> x.prod(null, false, DType.FLOAT32, null),
                    () -> Np.prod(x, null, false, DType.FLOAT32, null));
            same("mean dtype", () -> i.mean(both, false, DType.FLOAT16, null),
                    () -> Np.mean(i, both, false, DType.FLOAT16, null));
            same("var dtype", () -> x.var(new int[] {0}, false, 1, DType.FLOAT32, null),
                    () -> Np.var(x, new int[] {0}, false, 1, DType.FLOAT32, null));
            same("std dtype", () -> i.std(null, false, 0, DType.FLOAT16, null),
                    () -> Np.std(i, null, false, 0, DType.FLOAT16, null));
            same("cumsum dtype", () -> i.cumsum(1, DType.INT8, null), () -> Np.cumsum(i, 1, DType.INT8, null));
            same("cumprod dtype", () -> x.cumprod(null, DType.FLOAT16, null),
                    () -> Np.cumprod(x, null, DType.FLOAT16, null));
            same("var", x::var, () -> Np.var(x));
            same("var axis", () -> i.var(0), () -> Np.var(i, 0));
            same("var ddof", () -> x.var(new int[] {1}, true, 1), () -> Np.var(x, new int[] {1}, true, 1));
            same("std", x::std, () -> Np.std(x));
            same("std axis", () -> x.std(1), () -> Np.std(x, 1));
            same("std ddof", () -> i.std(both, false, 1), () -> Np.std(i, both, false, 1));
            same("max", i::max, () -> Np.max(i));
            same("max axis", () -> x.max(0), () -> Np.max(x, 0));
            same("max axes", () -> x.max(new int[] {1}, true), () -> Np.max(x, new int[] {1}, true));
            same("min", x::min, () -> Np.min(x));
            same("min axis", () -> i.min(1), () -> Np.min(i, 1));
            same("min axes", () -> i.min(both, true), () -> Np.min(i, both, true));
            same("argmax", x::argmax, () -> Np.argmax(x));
            same("argmax axis", () -> i.argmax(0), () -> Np.argmax(i, 0));
            same("argmin", i::argmin, () -> Np.argmin(i));
            same("argmin axis", () -> x.argmin(1), () -> Np.argmin(x, 1));
            same("all", flags::all, () -> Np.all(flags));
            same("all axis", () -> flags.all(0), () -> Np.all(flags, 0));
            same("any", i::any, () -> Np.any(i));
            same("any axis", () -> flags.any(1), () -> Np.any(flags, 1));
            same("cumsum", i::cumsum, () -> Np.cumsum(i));
            same("cumsum axis", () -> x.cumsum(1), () -> Np.cumsum(x, 1));
            same("cumprod", x::cumprod, () -> Np.cumprod(x));
            same("cumprod axis", () -> i.cumprod(0), () -> Np.cumprod(i, 0));
            same("clip", () -> x.clip(-1, 3), () -> Np.clip(x, -1, 3));
            same("clip one bound", () -> i.clip(null, 6), () -> Np.clip(i, null, 6));
            same("clip tensors", () -> x.clip(v, null), () -> Np.clip(x, v, null));
            same("round", x::round, () -> Np.round(x));
            same("round decimals", () -> i.round(-1), () -> Np.round(i, -1));
            same("dot", () -> x.dot(square), () -> Np.dot(x, square));
            same("take", () -> x.take(idx), () -> Np.take(x, idx));
            same("take axis", () -> square.take(idx.slice(0, 1, 3, 1), 1),
                    () -> Np.take(square, idx.slice(0, 1, 3, 1), 1));
            same("diagonal", square::diagonal, () -> Np.diagonal(square));
            same("diagonal offset", () -> square.diagonal(-1, 0, 1), () -> Np.diagonal(square, -1, 0, 1));
            same("trace", square::trace, () -> Np.trace(square));
            same("trace offset", () -> x.trace(1, 0, 1), () -> Np.trace(x, 1, 0, 1));
            same("searchsorted", () -> sorted.searchsorted(v), () -> Np.searchsorted(sorted, v));
            same("searchsorted right", () -> sorted.searchsorted(v, "right"), () -> Np.searchsorted(sorted, v, "right"));
            same("argpartition", () -> x.argpartition(1), () -> Np.argpartition(x, 1));
            same("compress", () -> x.compress(keep, 1), () -> Np.compress(keep, x, 1));
            same("choose", () -> pick.choose(x, i), () -> Np.choose(pick, x, i));
            same("mT", x::mT, () -> Np.matrixTranspose(x));
            same("real", i::real, () -> Np.real(i));
            same("imag", x::imag, () -> Np.imag(x));
            same("conj", flags::conj, () -> Np.conj(flags));
            Tensor[] m = flags.nonzero();
            Tensor[] f = Np.nonzero(flags);
            assertEquals(f.length, m.length);
            for (int a = 0; a < f.length; a++) {
                assertArrayEquals(f[a].toLongArray(), m[a].toLongArray(), "nonzero axis " + a);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void inPlaceMethodsWriteThisTensor(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor x = Np.array(new double[] {3, -1, 2, 9, 0, 4}, 2, 3);
             Tensor target = Np.zeros(new long[] {5}, DType.INT32);
             Tensor at = Np.array(new long[] {0, 3, -1});
             Tensor values = Np.array(new long[] {7, 8, 9})) {
            assertSame(x, x.partition(1));
            assertArrayEquals(new double[] {-1, 2, 3, 0, 4, 9}, x.toDoubleArray());
            target.put(at, values);
            assertArrayEquals(new long[] {7, 0, 0, 8, 9}, target.toLongArray());
            throwsWith(IllegalArgumentException.class, () -> x.partition(3), "partition", "kth 3");
            try (Tensor row = Np.zeros(new long[] {3}); Tensor broadcast = row.broadcastTo(2, 3)) {
                throwsWith(IllegalArgumentException.class, () -> broadcast.partition(0), "partition");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void flattenCopiesInCOrder(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor x = Np.array(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
             Tensor flat = x.T().flatten()) {
            assertArrayEquals(new long[] {6}, flat.shape());
            assertArrayEquals(new long[] {1, 4, 2, 5, 3, 6}, flat.toLongArray());
            x.fill(0L);
            assertArrayEquals(new long[] {1, 4, 2, 5, 3, 6}, flat.toLongArray(), "a copy, not a view");
            assertEquals(DType.INT64, flat.dtype());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void tolistTobytesAndSizesAsNumpy(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor ints = Np.array(new int[] {1, -2, 3, Integer.MAX_VALUE}, 2, 2);
             Tensor bools = Np.array(new boolean[] {true, false, true});
             Tensor floats = Np.array(new float[] {1.5f, -0.0f});
             Tensor doubles = Np.array(new double[] {1.5, -0.0, Double.NaN});
             Tensor longs = Np.array(new long[] {(1L << 40) + 5});
             Tensor matrix = Np.array(new float[] {1.5f, 2, 3, 4}, 2, 2);
             Tensor scalar = Np.array(new int[] {7}).reshape();
             Tensor empty = Np.zeros(2, 0)) {
            // np.array([[1, -2], [3, 2**31 - 1]], np.int32).T.tobytes() and the others, from NumPy 2.4
            assertArrayEquals(bytes(1, 0, 0, 0, 3, 0, 0, 0, 254, 255, 255, 255, 255, 255, 255, 127), ints.T().tobytes());
            assertArrayEquals(bytes(1, 0, 1), bools.tobytes());
            assertArrayEquals(bytes(0, 0, 192, 63, 0, 0, 0, 128), floats.tobytes());
            assertArrayEquals(bytes(0, 0, 0, 0, 0, 0, 248, 63, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 0, 0, 0, 248, 127),
                    doubles.tobytes());
            assertArrayEquals(bytes(5, 0, 0, 0, 0, 1, 0, 0), longs.tobytes());
            assertEquals(List.of(List.of(1.5, 2.0), List.of(3.0, 4.0)), matrix.tolist());
            assertEquals(List.of(List.of(1L, -2L), List.of(3L, (long) Integer.MAX_VALUE)), ints.tolist());
            assertEquals(List.of(true, false, true), bools.tolist());
            assertEquals(7L, scalar.tolist());
            assertEquals(List.of(List.of(), List.of()), empty.tolist());
            assertEquals(4, ints.itemsize());
            assertEquals(16, ints.nbytes());
            assertEquals(1, bools.itemsize());
            assertEquals(24, doubles.nbytes());
            assertEquals(0, empty.nbytes());
        }
    }

    /**
     * The backend's float16 conversions against Java's (correctly rounded, ties to even): every half
     * to float32 and back, and float32 values across the whole range, densely where float16 turns
     * subnormal, to float16.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void float16ConversionsRoundAsJava(String backendName) {
        java.nio.ByteBuffer halfBytes = java.nio.ByteBuffer.allocate(2 << 16).order(java.nio.ByteOrder.nativeOrder());
        for (int i = 0; i < 1 << 16; i++) {
            halfBytes.putShort((short) i);
        }
        int dense = (0x38800000 - 0x33000000) / 97;
        float[] floats = new float[(1 << 20) + dense];
        for (int i = 0; i < 1 << 20; i++) {
            floats[i] = Float.intBitsToFloat(i * 4093);
        }
        for (int i = 0; i < dense; i++) {
            floats[(1 << 20) + i] = Float.intBitsToFloat((i % 2 == 0 ? 0 : 0x80000000) | (0x33000000 + 97 * i));
        }
        try (var scope = Np.useBackend(backendName);
             Tensor halves = Np.frombuffer(halfBytes.array(), DType.FLOAT16);
             Tensor widened = halves.astype(DType.FLOAT32);
             Tensor back = widened.astype(DType.FLOAT16);
             Tensor wide = Np.array(floats);
             Tensor narrowed = wide.astype(DType.FLOAT16)) {
            float[] w = widened.toFloatArray();
            short[] b = back.toFloat16Array();
            for (int i = 0; i < 1 << 16; i++) {
                float expected = Float.float16ToFloat((short) i);
                if (Float.isNaN(expected)) {
                    assertEquals(true, Float.isNaN(w[i]) && Float.isNaN(Float.float16ToFloat(b[i])), "NaN half " + i);
                } else {
                    assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(w[i]), "half bits " + i);
                    assertEquals((short) i, b[i], "half bits " + i + " to float32 and back");
                }
            }
            short[] n = narrowed.toFloat16Array();
            for (int i = 0; i < floats.length; i++) {
                short expected = Float.floatToFloat16(floats[i]);
                if (Float.isNaN(floats[i])) {
                    assertEquals(true, Float.isNaN(Float.float16ToFloat(n[i])), "NaN float " + floats[i]);
                } else if (expected != n[i]) {
                    assertEquals(expected, n[i], "float32 " + floats[i] + " (bits 0x"
                            + Integer.toHexString(Float.floatToRawIntBits(floats[i])) + ") to float16");
                }
            }
        }
    }

    /** float16 elements as NumPy 2.4 gives them: exact half values, 2-byte items, the same bytes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void float16ElementsAsNumpy(String backendName, @TempDir Path dir) throws IOException {
        try (var scope = Np.useBackend(backendName);
             Tensor wide = Np.array(new double[] {0.1, 65504, -0.0, 6e-8, Double.NaN, 2049}, 2, 3);
             Tensor x = wide.astype(DType.FLOAT16);
             Tensor wideScalar = Np.array(new double[] {0.1}).reshape();
             Tensor scalar = wideScalar.astype(DType.FLOAT16);
             Tensor ints = Np.array(new int[] {1, 2, 3});
             Tensor halves = ints.view(DType.FLOAT16);
             Tensor read = Np.frombuffer(bytes(0, 60, 255, 123, 1, 0, 0, 128), DType.FLOAT16)) {
            assertEquals(backendName, x.backend().name());
            assertEquals(DType.FLOAT16, x.dtype());
            assertEquals(2, x.itemsize());
            assertEquals(12, x.nbytes());
            // np.array([0.1, 65504, -0.0, 6e-8, nan, 2049], np.float16).reshape(2, 3): tobytes, .T.tobytes, tolist
            assertArrayEquals(bytes(102, 46, 255, 123, 0, 128, 1, 0, 0, 126, 0, 104), x.tobytes());
            assertArrayEquals(bytes(102, 46, 1, 0, 255, 123, 0, 126, 0, 128, 0, 104), x.T().tobytes());
            assertEquals(List.of(List.of(0.0999755859375, 65504.0, -0.0), List.of(5.960464477539063e-08, Double.NaN, 2048.0)),
                    x.tolist());
            assertEquals(0.0999755859375, scalar.item());
            assertEquals(0.0999755859375, scalar.tolist());
            assertEquals(65504.0, x.getDouble(0, 1));
            assertEquals("0.1", scalar.toString());
            assertEquals("array(0.1, dtype=float16)", Np.arrayRepr(scalar));
            // np.array([1, 2, 3], np.int32).view(np.float16) and np.frombuffer(b, np.float16)
            assertArrayEquals(new long[] {6}, halves.shape());
            assertEquals(List.of(5.960464477539063e-08, 0.0, 1.1920928955078125e-07, 0.0, 1.7881393432617188e-07, 0.0),
                    halves.tolist());
            assertEquals(List.of(1.0, 65504.0, 5.960464477539063e-08, -0.0), read.tolist());
            assertEquals(backendName, read.backend().name());
            try (Tensor fromBits = Np.arrayFloat16(x.toFloat16Array(), 2, 3);
                 Tensor flat = Np.arrayFloat16(new short[] {0x3c00, (short) 0xc000, 0x7bff, 0x7e01})) {
                assertEquals(DType.FLOAT16, fromBits.dtype());
                assertEquals(backendName, fromBits.backend().name());
                assertArrayEquals(x.tobytes(), fromBits.tobytes());
                assertArrayEquals(new long[] {4}, flat.shape());
                assertArrayEquals(new short[] {0x3c00, (short) 0xc000, 0x7bff, 0x7e01}, flat.toFloat16Array());
                // np.array([1, -2, 65504], np.float16) prints [ 1.00e+00 -2.00e+00  6.55e+04]
                try (Tensor three = flat.slice(0, 0, 3, 1)) {
                    assertEquals("[ 1.00e+00 -2.00e+00  6.55e+04]", three.toString());
                }
            }
            throwsWith(IllegalArgumentException.class, () -> Np.arrayFloat16(new short[3], 2, 2), "arrayFloat16", "(2, 2)");
            // np.zeros/ones(..., np.float16), np.zeros_like/ones_like(x) of a float16 x: 0x0000 and 0x3c00
            try (Tensor zeros = Np.zeros(new long[] {3}, DType.FLOAT16); Tensor ones = Np.ones(new long[] {3}, DType.FLOAT16);
                 Tensor zerosLike = Np.zerosLike(x); Tensor onesLike = Np.onesLike(x)) {
                assertArrayEquals(new short[] {0, 0, 0}, zeros.toFloat16Array());
                assertArrayEquals(new short[] {0x3c00, 0x3c00, 0x3c00}, ones.toFloat16Array());
                assertEquals(DType.FLOAT16, zerosLike.dtype());
                assertArrayEquals(new short[6], zerosLike.toFloat16Array());
                assertEquals(DType.FLOAT16, onesLike.dtype());
                assertEquals(List.of(List.of(1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0)), onesLike.tolist());
                assertEquals(backendName, onesLike.backend().name());
            }
            Path file = dir.resolve("h.bin");
            x.tofile(file);
            assertArrayEquals(x.tobytes(), Files.readAllBytes(file));
            try (Tensor back = Np.fromfile(file, DType.FLOAT16, 2, 4)) {
                assertEquals(List.of(-0.0, 5.960464477539063e-08), back.tolist());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void frombufferReadsWhatNumpyReads(String backendName) {
        byte[] b = bytes(1, 0, 0, 0, 3, 0, 0, 0, 254, 255, 255, 255, 255, 255, 255, 127);
        try (var scope = Np.useBackend(backendName);
             Tensor ints = Np.frombuffer(b, DType.INT32);
             Tensor part = Np.frombuffer(b, DType.INT32, 2, 4);
             Tensor longs = Np.frombuffer(b, DType.INT64, -1, 8);
             Tensor floats = Np.frombuffer(b, DType.FLOAT32);
             Tensor doubles = Np.frombuffer(b, DType.FLOAT64);
             Tensor flags = Np.frombuffer(bytes(0, 2, 1), DType.BOOL);
             Tensor x = Np.array(new double[] {1.5, -0.0, Double.NaN, 1e-310}, 2, 2);
             Tensor back = Np.frombuffer(x.T().tobytes(), DType.FLOAT64)) {
            // np.frombuffer(b, np.int32) and the others, from NumPy 2.4
            assertArrayEquals(new long[] {1, 3, -2, Integer.MAX_VALUE}, ints.toLongArray());
            assertEquals(backendName, ints.backend().name());
            assertArrayEquals(new long[] {3, -2}, part.toLongArray());
            assertArrayEquals(new long[] {Long.MAX_VALUE - 1}, longs.toLongArray());
            assertArrayEquals(new float[] {Float.intBitsToFloat(1), Float.intBitsToFloat(3), Float.NaN, Float.NaN},
                    floats.toFloatArray());
            assertEquals(6.365987373e-314, doubles.toDoubleArray()[0], 1e-322);
            assertEquals(DType.BOOL, flags.dtype());
            assertArrayEquals(new boolean[] {false, true, true}, flags.toBooleanArray());
            assertArrayEquals(new double[] {1.5, Double.NaN, -0.0, 1e-310}, back.toDoubleArray());
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.toDoubleArray()[2]));
            throwsWith(IllegalArgumentException.class, () -> Np.frombuffer(new byte[5], DType.INT32), "frombuffer",
                    "5 bytes", "multiple of int32's 4 bytes");
            throwsWith(IllegalArgumentException.class, () -> Np.frombuffer(new byte[5], DType.INT32, -1, 6), "frombuffer",
                    "offset 6", "length (5)");
            throwsWith(IllegalArgumentException.class, () -> Np.frombuffer(b, DType.INT32, 4, 4), "frombuffer",
                    "12 bytes", "16 that 4 int32 elements need");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void viewAsAnotherTypeReadsTheSameBytes(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor a = Np.array(new double[] {1.0, -2.5, 3.0, 0.1, 1e300, -0.0}, 2, 3);
             Tensor c = Np.arange(0, 8, 1).astype(DType.INT32).reshape(2, 4)) {
            // a.view(np.int64), a.view(np.int32), c.view(np.int64), ... from NumPy 2.4
            Tensor bits = a.view(DType.INT64);
            assertArrayEquals(new long[] {4607182418800017408L, -4610560118520545280L, 4613937818241073152L,
                    4591870180066957722L, 9094988921128908188L, Long.MIN_VALUE}, bits.toLongArray());
            Tensor halves = a.view(DType.INT32);
            assertArrayEquals(new long[] {2, 6}, halves.shape());
            assertArrayEquals(new long[] {0, 1072693248, 0, -1073479680}, Arrays.copyOf(halves.toLongArray(), 4));
            assertArrayEquals(new float[] {0.0f, 1.875f}, Arrays.copyOf(a.view(DType.FLOAT32).toFloatArray(), 2));
            assertArrayEquals(new long[] {4294967296L, 12884901890L, 21474836484L, 30064771078L},
                    c.view(DType.INT64).toLongArray());
            assertEquals(Float.MIN_VALUE, c.view(DType.FLOAT32).toFloatArray()[1]);
            c.view(DType.INT64).fill(-1L);
            assertArrayEquals(new long[] {-1, -1, -1, -1, -1, -1, -1, -1}, c.toLongArray(), "a view writes through");
            assertArrayEquals(new long[] {2, 3}, a.T().T().view(DType.INT64).shape());
            throwsWith(IllegalArgumentException.class, () -> Np.arange(0, 6, 1).astype(DType.INT32).reshape(2, 3)
                    .view(DType.INT64), "view", "12 bytes", "int64's 8");
            throwsWith(IllegalArgumentException.class, () -> c.slice(1, 0, 4, 2).view(DType.INT64), "view",
                    "last axis", "contiguous");
            throwsWith(IllegalArgumentException.class, () -> c.slice(1, 1, 3, 1).view(DType.INT64), "view",
                    "4 bytes into its memory");
            throwsWith(IllegalArgumentException.class, () -> a.view(DType.BOOL), "view", "as bool");
            throwsWith(IllegalArgumentException.class, () -> Np.array(new int[] {1}).reshape().view(DType.INT64),
                    "view", "0-d");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void asStridedStaysInsideTheMemory(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor x = Np.arange(0.0, 6.0, 1.0)) {
            Tensor windows = Np.asStrided(x, new long[] {4, 3}, new long[] {1, 1});
            try (Tensor expected = Np.slidingWindowView(x, new long[] {3})) {
                assertArrayEquals(expected.toDoubleArray(), windows.toDoubleArray());
            }
            assertArrayEquals(new double[] {5, 3, 1}, Np.asStrided(x.slice(0, 5, 6, 1), new long[] {3},
                    new long[] {-2}).toDoubleArray());
            assertArrayEquals(new double[] {2, 2, 2}, Np.asStrided(x.slice(0, 2, 3, 1), new long[] {3},
                    new long[] {0}).toDoubleArray());
            throwsWith(IllegalArgumentException.class, () -> Np.exp(x.slice(0, 0, 3, 1), windows), "exp",
                    "overlapping elements");
            throwsWith(IllegalArgumentException.class, () -> Np.asStrided(x, new long[] {4, 3}, new long[] {1, 2}),
                    "asStrided", "elements 0..7", "6 float64 elements");
            throwsWith(IllegalArgumentException.class, () -> Np.asStrided(x.slice(0, 1, 6, 1), new long[] {3},
                    new long[] {-1}), "asStrided", "elements -1..1");
            throwsWith(IllegalArgumentException.class, () -> Np.asStrided(x, new long[] {2, Long.MAX_VALUE / 2},
                    new long[] {1, 4}), "asStrided");
            throwsWith(IllegalArgumentException.class, () -> Np.asStrided(x, new long[] {2}, new long[] {1, 1}),
                    "asStrided", "differ in length");
            assertEquals(0, Np.asStrided(x, new long[] {0, 1000}, new long[] {1000, 1000}).size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void numpysFunctionsForTheViewMethods(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor x = Np.arange(0.0, 120.0, 1.0).reshape(2, 3, 4, 5);
             Tensor m = Np.arange(0.0, 6.0, 1.0).reshape(2, 3)) {
            // np.moveaxis(x, [0, 1], [-1, -2]).shape and the others, from NumPy 2.4
            assertArrayEquals(new long[] {4, 5, 3, 2}, Np.moveaxis(x, new int[] {0, 1}, new int[] {-1, -2}).shape());
            assertArrayEquals(new long[] {5, 3, 2, 4}, Np.moveaxis(x, new int[] {3, 0}, new int[] {0, 2}).shape());
            same("moveaxis values", () -> Np.moveaxis(x, new int[] {3, 0}, new int[] {0, 2}),
                    () -> x.transpose(3, 1, 0, 2));
            same("moveaxis one", () -> Np.moveaxis(x, 1, -1), () -> x.moveAxis(1, -1));
            assertArrayEquals(new long[] {1, 2, 3, 1}, Np.expandDims(m, 0, -1).shape());
            assertArrayEquals(new long[] {2, 1, 3, 1}, Np.expandDims(m, 1, 3).shape());
            same("reshape", () -> Np.reshape(m, 3, -1), () -> m.reshape(3, 2));
            same("transpose", () -> Np.transpose(x), x::T);
            same("squeeze", () -> Np.squeeze(Np.expandDims(m, 0, 3)), () -> m.reshape(2, 3));
            same("ravel", () -> Np.ravel(m.T()), () -> m.T().ravel());
            same("broadcastTo", () -> Np.broadcastTo(m, 4, 2, 3), () -> m.broadcastTo(4, 2, 3));
            same("copy", () -> Np.copy(m.T()), () -> m.T().copy());
            same("astype", () -> Np.astype(m, DType.INT32), () -> m.astype(DType.INT32));
            throwsWith(IllegalArgumentException.class, () -> Np.expandDims(m, 0, -4), "expandDims", "repeated axis");
            throwsWith(IllegalArgumentException.class, () -> Np.moveaxis(x, new int[] {0, 0}, new int[] {1, 2}),
                    "moveaxis", "repeated axis", "source");
            throwsWith(IllegalArgumentException.class, () -> Np.moveaxis(x, new int[] {0}, new int[] {1, 2}),
                    "moveaxis", "same number");
        }
        // np.isdtype(np.int32, 'integral'), ..., np.issubdtype(np.float32, 'float32')
        assertEquals(true, Np.isdtype(DType.INT32, "integral"));
        assertEquals(false, Np.isdtype(DType.FLOAT32, "bool", "signed integer"));
        assertEquals(false, Np.isdtype(DType.BOOL, "numeric"));
        assertEquals(false, Np.issubdtype(DType.BOOL, "number"));
        assertEquals(true, Np.issubdtype(DType.INT64, "integer"));
        assertEquals(true, Np.issubdtype(DType.FLOAT32, "inexact"));
        assertEquals(true, Np.issubdtype(DType.FLOAT32, "float32"));
        assertEquals(false, Np.issubdtype(DType.FLOAT64, "float32"));
        throwsWith(IllegalArgumentException.class, () -> Np.isdtype(DType.BOOL, "boolean"), "isdtype", "'bool'");
        throwsWith(IllegalArgumentException.class, () -> Np.issubdtype(DType.BOOL, "int"), "issubdtype", "signedinteger");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void tofileAndFromfileAsNumpy(String backendName, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.bin");
        try (var scope = Np.useBackend(backendName);
             Tensor x = Np.array(new int[] {0, 1, 2, 3, 4})) {
            x.tofile(file);
            // np.arange(5, dtype=np.int32).tofile(f): 20 bytes; np.fromfile(f, np.int32, 2, offset=4) is [1 2],
            // count=10 gives the 5 there are, np.fromfile(f, np.int64) the 2 whole elements
            assertArrayEquals(bytes(0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0), Files.readAllBytes(file));
            assertArrayEquals(new long[] {0, 1, 2, 3, 4}, Np.fromfile(file, DType.INT32).toLongArray());
            assertArrayEquals(new long[] {1, 2}, Np.fromfile(file, DType.INT32, 2, 4).toLongArray());
            assertArrayEquals(new long[] {0, 1, 2, 3, 4}, Np.fromfile(file, DType.INT32, 10, 0).toLongArray());
            assertArrayEquals(new long[] {4294967296L, 12884901890L}, Np.fromfile(file, DType.INT64).toLongArray());
            assertEquals(backendName, Np.fromfile(file, DType.INT32).backend().name());
            assertEquals(0, Np.fromfile(file, DType.FLOAT64, -1, 20).size());
            throwsWith(IllegalArgumentException.class, () -> Np.fromfile(file, DType.INT32, -1, 30), "fromfile",
                    "offset 30", "20 bytes");
            try (Tensor m = Np.array(new double[] {1.5, -2, 3e-300, Double.NaN}, 2, 2)) {
                m.T().tofile(file);
                assertArrayEquals(m.T().toDoubleArray(), Np.fromfile(file, DType.FLOAT64).toDoubleArray());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.jtensor.conformance.RandomCaseRun#backendNames")
    void integerElementsReadExactly(String backendName) {
        try (var scope = Np.useBackend(backendName);
             Tensor big = Np.array(new long[] {Long.MAX_VALUE, (1L << 53) + 1, Long.MIN_VALUE, -7}, 2, 2);
             Tensor ints = Np.array(new int[] {Integer.MIN_VALUE, 5});
             Tensor flags = Np.array(new boolean[] {false, true});
             Tensor floats = Np.array(new double[] {1.5})) {
            assertEquals(Long.MAX_VALUE, big.getLong(0, 0));
            assertEquals((1L << 53) + 1, big.getLong(0, -1), "a double would round this to 2^53");
            assertEquals(Long.MIN_VALUE, big.T().getLong(0, 1));
            assertEquals(-7, big.getLong(-1, -1));
            assertEquals(Long.MAX_VALUE, big.select(0, 0).select(0, 0).itemLong());
            assertEquals(Integer.MIN_VALUE, ints.getLong(0));
            assertEquals(1, flags.getLong(1));
            assertEquals(5, ints.slice(0, 1, 2, 1).itemLong());
            throwsWith(IllegalArgumentException.class, () -> floats.itemLong(), "itemLong", "float64", "item()");
            throwsWith(IllegalArgumentException.class, () -> floats.getLong(0), "getLong", "getDouble");
            throwsWith(IllegalArgumentException.class, ints::itemLong, "itemLong", "size 1", "(2,)");
            throwsWith(IndexOutOfBoundsException.class, () -> big.getLong(2, 0), "getLong: index 2", "axis 0");
            throwsWith(IllegalArgumentException.class, () -> big.getLong(0), "getLong: 1 indices", "2-d");
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int k = 0; k < values.length; k++) {
            b[k] = (byte) values[k];
        }
        return b;
    }
}
