package io.jtensor;

import io.jtensor.backend.Backend;

import java.lang.foreign.MemorySegment;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/**
 * {@code np.fromiter(iterable, dtype, count)}: a 1-d tensor from Java numbers and booleans, each
 * converted as NumPy converts a Python int, float or bool to the dtype.
 */
final class FromIterator {

    private static final String NAME = "fromiter";

    private FromIterator() {
    }

    /**
     * Reads {@code count} items (-1: until the iterator ends) and never more. Integer types take
     * integers exactly (beyond the type's range: NumPy's OverflowError) and floats truncated toward
     * zero (Python's {@code int(2.7)}); float types round each value once; bool takes an item's
     * truth (non-zero, NaN included); true and false are 1 and 0.
     */
    static Tensor fromiter(Backend backend, Iterator<?> items, DType dtype, long count) {
        Objects.requireNonNull(items, NAME + ": the iterator is null");
        Objects.requireNonNull(dtype, NAME + ": dtype is null (NumPy requires one)");
        if (count < -1) {
            throw new IllegalArgumentException(NAME + ": count must be -1 (all) or >= 0, got " + count);
        }
        boolean floating = dtype.isFloatingPoint();
        DoubleStream.Builder doubles = DoubleStream.builder();
        LongStream.Builder longs = LongStream.builder();
        int n = 0;
        for (; (count < 0 || n < count) && items.hasNext(); n++) {
            Object item = items.next();
            if (floating) {
                doubles.add(asDouble(item, n));
            } else {
                longs.add(dtype == DType.BOOL ? (truth(item, n) ? 1 : 0) : asLong(item, dtype, n));
            }
        }
        if (count >= 0 && n < count) {
            throw new IllegalArgumentException(NAME + ": iterator too short: expected " + count
                    + " but iterator had only " + n + " items");
        }
        long[] shape = {n};
        Tensor wide = floating ? Creation.fromDoubles(backend, doubles.build().toArray(), shape)
                : Creation.fromHost(backend, DType.INT64, MemorySegment.ofArray(longs.build().toArray()), shape);
        if (dtype == wide.dtype) {
            return wide;
        }
        try (wide) {
            return wide.astype(dtype);
        }
    }

    private static double asDouble(Object item, int index) {
        return switch (item) {
            case Boolean b -> b ? 1 : 0;
            case BigInteger b -> b.doubleValue();
            case Number v -> v.doubleValue();
            case null, default -> throw notANumber(item, index);
        };
    }

    private static boolean truth(Object item, int index) {
        return switch (item) {
            case Boolean b -> b;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0;
            case Float f -> f != 0;
            case Number v -> v.longValue() != 0;
            case null, default -> throw notANumber(item, index);
        };
    }

    private static long asLong(Object item, DType dtype, int index) {
        BigInteger value = switch (item) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger b -> b;
            case Double d -> truncated(d, index);
            case Float f -> truncated(f, index);
            case BigDecimal d -> d.toBigInteger();
            case Number v -> BigInteger.valueOf(v.longValue());
            case null, default -> throw notANumber(item, index);
        };
        if (value.compareTo(BigInteger.valueOf(dtype.minValue())) < 0
                || value.compareTo(BigInteger.valueOf(dtype.maxValue())) > 0) {
            throw new IllegalArgumentException(NAME + ": item " + index + " (" + value + ") is out of bounds for "
                    + dtype.numpyName() + " [" + dtype.minValue() + ", " + dtype.maxValue() + "]");
        }
        return value.longValue();
    }

    private static BigInteger truncated(double v, int index) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(NAME + ": item " + index + " (" + v
                    + ") cannot be converted to an integer (Python's int() refuses it)");
        }
        return new BigDecimal(v).toBigInteger();
    }

    private static IllegalArgumentException notANumber(Object item, int index) {
        return new IllegalArgumentException(NAME + ": item " + index + " is "
                + (item == null ? "null" : "a " + item.getClass().getSimpleName())
                + "; pass Numbers or Booleans");
    }
}
