package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Tensor;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shared assertions: dtype, shape and element-wise comparison (exact for integers and bools,
 * {@link Tolerance}-based and NaN-aware for floats), and error messages.
 */
final class Check {

    private static final int MAX_REPORTED = 12;

    private Check() {
    }

    /** Asserts the type and shape of {@code actual}. */
    static void meta(String context, Tensor actual, DType dtype, long[] shape) {
        assertEquals(dtype, actual.dtype(), () -> context + ": dtype");
        assertArrayEquals(shape, actual.shape(), () -> context + ": shape " + Arrays.toString(actual.shape())
                + ", expected " + Arrays.toString(shape));
    }

    /**
     * Asserts type, shape and every element of {@code actual} against reference tokens (see
     * {@link ReferenceData}).
     */
    static void tokens(String context, Tensor actual, DType dtype, long[] shape, String[] expected, Tolerance tol,
                       double scale) {
        tokens(context, actual, dtype, shape, expected, tol, scale, null);
    }

    /** As {@link #tokens(String, Tensor, DType, long[], String[], Tolerance, double)}, naming element i by labels[i] in messages. */
    static void tokens(String context, Tensor actual, DType dtype, long[] shape, String[] expected, Tolerance tol,
                       double scale, String[] labels) {
        meta(context, actual, dtype, shape);
        assertEquals(expected.length, actual.size(), () -> context + ": size");
        if (dtype.isFloatingPoint()) {
            double[] e = new double[expected.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = ReferenceData.parseDouble(expected[i]);
            }
            compareDoubles(context, shape, dtype, e, actual.toDoubleArray(), tol, scale, labels);
        } else {
            long[] e = new long[expected.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = ReferenceData.parseLong(expected[i]);
            }
            compareLongs(context, shape, e, actual(actual), labels);
        }
    }

    /** Asserts a floating-point tensor element by element. */
    static void doubles(String context, Tensor actual, DType dtype, long[] shape, double[] expected, Tolerance tol) {
        meta(context, actual, dtype, shape);
        compareDoubles(context, shape, dtype, expected, actual.toDoubleArray(), tol, 0, null);
    }

    /** Asserts an integer or bool tensor element by element (bool as 0/1). */
    static void longs(String context, Tensor actual, DType dtype, long[] shape, long[] expected) {
        meta(context, actual, dtype, shape);
        compareLongs(context, shape, expected, actual(actual), null);
    }

    /** Asserts a bool tensor element by element. */
    static void bools(String context, Tensor actual, long[] shape, boolean... expected) {
        meta(context, actual, DType.BOOL, shape);
        long[] e = new long[expected.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = expected[i] ? 1 : 0;
        }
        compareLongs(context, shape, e, actual(actual), null);
    }

    private static long[] actual(Tensor t) {
        if (t.dtype() == DType.BOOL) {
            boolean[] b = t.toBooleanArray();
            long[] a = new long[b.length];
            for (int i = 0; i < b.length; i++) {
                a[i] = b[i] ? 1 : 0;
            }
            return a;
        }
        return t.toLongArray();
    }

    static void compareDoubles(String context, long[] shape, DType dtype, double[] expected, double[] actual,
                               Tolerance tol, double scale, String[] labels) {
        assertEquals(expected.length, actual.length, () -> context + ": number of elements");
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!tol.accepts(expected[i], actual[i], dtype, scale)) {
                count++;
                if (bad.size() < MAX_REPORTED) {
                    long ulps = Ulp.distance(expected[i], actual[i], dtype);
                    bad.add("  at " + index(shape, i) + label(labels, i) + ": expected " + show(expected[i]) + ", got "
                            + show(actual[i]) + (ulps == Long.MAX_VALUE ? "" : " (" + ulps + " ULP)"));
                }
            }
        }
        if (count > 0) {
            fail(context + ": " + count + " of " + expected.length + " " + dtype.numpyName() + " elements differ ("
                    + tol + (scale > 0 ? ", scale " + scale : "") + "):\n" + String.join("\n", bad));
        }
    }

    static void compareLongs(String context, long[] shape, long[] expected, long[] actual, String[] labels) {
        assertEquals(expected.length, actual.length, () -> context + ": number of elements");
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                count++;
                if (bad.size() < MAX_REPORTED) {
                    bad.add("  at " + index(shape, i) + label(labels, i) + ": expected " + expected[i] + ", got "
                            + actual[i]);
                }
            }
        }
        if (count > 0) {
            fail(context + ": " + count + " of " + expected.length + " elements differ:\n" + String.join("\n", bad));
        }
    }

    private static String label(String[] labels, int i) {
        return labels == null || i >= labels.length ? "" : " (" + labels[i] + ")";
    }

    /** A double with its sign of zero visible. */
    static String show(double v) {
        return v == 0 && Double.doubleToRawLongBits(v) != 0 ? "-0.0" : Double.toString(v);
    }

    private static String index(long[] shape, int flat) {
        if (shape.length <= 1) {
            return "[" + flat + "]";
        }
        long[] idx = new long[shape.length];
        long rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            long n = Math.max(shape[d], 1);
            idx[d] = rest % n;
            rest /= n;
        }
        return Arrays.toString(idx);
    }

    /**
     * Asserts that {@code code} throws {@code type} whose message contains every fragment, and
     * returns it.
     */
    static <T extends Throwable> T throwsWith(Class<T> type, Executable code, String... fragments) {
        T thrown = assertThrows(type, code);
        String message = String.valueOf(thrown.getMessage());
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> type.getSimpleName() + " message \"" + message
                    + "\" does not contain \"" + fragment + "\"");
        }
        return thrown;
    }
}
