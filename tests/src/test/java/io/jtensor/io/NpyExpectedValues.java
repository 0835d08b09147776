package io.jtensor.io;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Shape;
import io.jtensor.Tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The element values both sides of the NumPy round trips use (mirrored in {@code npy_interop.py}):
 * element i (C order) of a bool array is {@code i % 3 == 0}; int32 {@code (37 i - 400) * 1000003};
 * int64 {@code (i - 11) * 1234567890123}; int8, uint8, int16, uint16 {@code 37 i - 100} wrapped to the type; float32/float64 {@code (i - 11.5) / 3}, except elements
 * 1, 2, 3, which are inf, NaN and -0.0 when present.
 */
final class NpyExpectedValues {

    private NpyExpectedValues() {
    }

    /** Element i as a double, before rounding to {@code dtype}. */
    private static double value(DType dtype, long i) {
        return switch (dtype) {
            case BOOL -> i % 3 == 0 ? 1 : 0;
            case INT8, UINT8, INT16, UINT16, UINT32 -> dtype.wrap(i * 37 - 100);
            case INT32 -> (i * 37 - 400) * 1000003;
            case INT64 -> (i - 11) * 1234567890123L;
            case FLOAT16, FLOAT32, FLOAT64 -> i == 1 ? Double.POSITIVE_INFINITY : i == 2 ? Double.NaN : i == 3 ? -0.0 : (i - 11.5) / 3.0;
        };
    }

    /** A C-contiguous tensor of the formula's values ({@code shape} may be {@code ()}). */
    static Tensor tensor(DType dtype, long... shape) {
        try (Tensor flat = flat(dtype, (int) Shape.size(shape))) {
            return flat.reshape(shape);
        }
    }

    private static Tensor flat(DType dtype, int n) {
        return switch (dtype) {
            case BOOL -> {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = value(dtype, i) != 0;
                }
                yield Np.array(a);
            }
            case INT32 -> {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (int) value(dtype, i);
                }
                yield Np.array(a);
            }
            case INT8, UINT8, INT16, UINT16, UINT32 -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (long) value(dtype, i);
                }
                try (Tensor wide = Np.array(a)) {
                    yield wide.astype(dtype);
                }
            }
            case INT64 -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (long) value(dtype, i);
                }
                yield Np.array(a);
            }
            case FLOAT32 -> {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (float) value(dtype, i);
                }
                yield Np.array(a);
            }
            case FLOAT64, FLOAT16 -> {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = value(dtype, i);
                }
                if (dtype == DType.FLOAT64) {
                    yield Np.array(a);
                }
                try (Tensor wide = Np.array(a)) {
                    yield wide.astype(dtype);
                }
            }
        };
    }

    /** Asserts that {@code actual} has this dtype and shape and holds exactly the formula's values (bitwise for floats). */
    static void assertHolds(Tensor actual, DType dtype, long[] shape, String what) {
        assertEquals(dtype, actual.dtype(), what + ": dtype");
        assertArrayEquals(shape, actual.shape(), what + ": shape " + Shape.toString(actual.shape()));
        try (Tensor expected = tensor(dtype, shape)) {
            switch (dtype) {
                case BOOL -> assertArrayEquals(expected.toBooleanArray(), actual.toBooleanArray(), what);
                case INT32 -> assertArrayEquals(expected.toIntArray(), actual.toIntArray(), what);
                case INT64 -> assertArrayEquals(expected.toLongArray(), actual.toLongArray(), what);
                case FLOAT16 -> assertArrayEquals(expected.toFloat16Array(), actual.toFloat16Array(), what);
                case FLOAT32 -> assertArrayEquals(expected.toFloatArray(), actual.toFloatArray(), what);
                case FLOAT64 -> assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), what);
            }
        }
    }
}
