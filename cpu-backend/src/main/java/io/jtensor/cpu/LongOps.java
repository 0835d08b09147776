package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

/**
 * The element-wise operations on long work buffers (the BOOL, INT32 and INT64 compute types),
 * with two's-complement wrap-around. The caller wraps the results to the compute type afterwards
 * ({@link Conversions#wrap}), which for INT32 gives exactly 32-bit wrapping arithmetic and for BOOL
 * turns + into logical or and * into logical and.
 *
 * <p>Ops that are only defined on floating point (exp, divide, ...) are evaluated in float64 and
 * converted back NumPy-style; core normally sends them a floating compute type instead.
 */
final class LongOps {

    private LongOps() {
    }

    /** {@code r[i] = op(x[i])}; {@code compute} gives RECIPROCAL's 1/0 result and float-only ops' conversion. */
    static void unary(UnaryOp op, long[] x, long[] r, int n, DType compute, double[] scratch) {
        switch (op) {
            case SQUARE -> { for (int i = 0; i < n; i++) r[i] = x[i] * x[i]; }
            case ABS -> { for (int i = 0; i < n; i++) r[i] = Math.abs(x[i]); }
            case NEGATIVE -> { for (int i = 0; i < n; i++) r[i] = -x[i]; }
            case SIGN -> { for (int i = 0; i < n; i++) r[i] = Long.signum(x[i]); }
            case RECIPROCAL -> {
                long min = minValue(compute);
                for (int i = 0; i < n; i++) {
                    r[i] = x[i] == 0 ? min : 1 / x[i];
                }
            }
            case RELU -> { for (int i = 0; i < n; i++) r[i] = Math.max(x[i], 0); }
            case FLOOR, CEIL, TRUNC, ROUND, COPY -> System.arraycopy(x, 0, r, 0, n);
            case INVERT -> {
                long flip = compute == DType.BOOL ? 1 : -1;
                for (int i = 0; i < n; i++) r[i] = x[i] ^ flip;
            }
            // Math.abs(Long.MIN_VALUE) stays MIN_VALUE, whose one set bit is also the count of |MIN| = 2^63
            case BITWISE_COUNT -> { for (int i = 0; i < n; i++) r[i] = Long.bitCount(Math.abs(x[i])); }
            case ISNAN, ISINF, ISFINITE, SIGNBIT, LOGICAL_NOT ->
                    throw new IllegalArgumentException(op + " gives bool: use predicate");
            default -> {
                for (int i = 0; i < n; i++) {
                    scratch[i] = x[i];
                }
                FloatOps.unary(op, false, scratch, scratch, n);
                for (int i = 0; i < n; i++) {
                    r[i] = Conversions.doubleToLong(scratch[i], compute);
                }
            }
        }
    }

    /** {@code r[i] = op(x[i]) ? 1 : 0} for the bool-valued unary ops on integers and bools. */
    static void predicate(UnaryOp op, long[] x, long[] r, int n) {
        switch (op) {
            case ISNAN, ISINF -> java.util.Arrays.fill(r, 0, n, 0);
            case ISFINITE -> java.util.Arrays.fill(r, 0, n, 1);
            case SIGNBIT -> { for (int i = 0; i < n; i++) r[i] = x[i] < 0 ? 1 : 0; }
            case LOGICAL_NOT -> { for (int i = 0; i < n; i++) r[i] = x[i] == 0 ? 1 : 0; }
            default -> throw new IllegalArgumentException(op + " does not give bool");
        }
    }

    /**
     * {@code r[i] = a[i] op b[i]} for the binary ops that do not give bool. Integer x // 0,
     * x % 0 and fmod(x, 0) are 0, as in NumPy (the values of an INT32 compute type are ints, so
     * MIN // -1 gives 2<sup>31</sup>, which the caller's wrap turns back into MIN).
     */
    static void binary(BinaryOp op, long[] a, long[] b, long[] r, int n, DType compute) {
        switch (op) {
            case ADD -> { for (int i = 0; i < n; i++) r[i] = a[i] + b[i]; }
            case SUBTRACT -> { for (int i = 0; i < n; i++) r[i] = a[i] - b[i]; }
            case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = a[i] * b[i]; }
            case POWER -> { for (int i = 0; i < n; i++) r[i] = power(a[i], b[i]); }
            case MAXIMUM, FMAX -> { for (int i = 0; i < n; i++) r[i] = Math.max(a[i], b[i]); }
            case MINIMUM, FMIN -> { for (int i = 0; i < n; i++) r[i] = Math.min(a[i], b[i]); }
            case FLOOR_DIVIDE -> { for (int i = 0; i < n; i++) r[i] = b[i] == 0 ? 0 : Math.floorDiv(a[i], b[i]); }
            case REMAINDER -> { for (int i = 0; i < n; i++) r[i] = b[i] == 0 ? 0 : Math.floorMod(a[i], b[i]); }
            case FMOD -> { for (int i = 0; i < n; i++) r[i] = b[i] == 0 ? 0 : a[i] % b[i]; }
            case BITWISE_AND -> { for (int i = 0; i < n; i++) r[i] = a[i] & b[i]; }
            case BITWISE_OR -> { for (int i = 0; i < n; i++) r[i] = a[i] | b[i]; }
            case BITWISE_XOR -> { for (int i = 0; i < n; i++) r[i] = a[i] ^ b[i]; }
            case LEFT_SHIFT -> {
                int width = width(compute);
                for (int i = 0; i < n; i++) r[i] = leftShift(a[i], b[i], width);
            }
            case RIGHT_SHIFT -> {
                int width = width(compute);
                for (int i = 0; i < n; i++) r[i] = rightShift(a[i], b[i], width);
            }
            case GCD -> { for (int i = 0; i < n; i++) r[i] = gcd(a[i], b[i]); }
            case LCM -> { for (int i = 0; i < n; i++) r[i] = lcm(a[i], b[i]); }
            case ARCTAN2, HYPOT, COPYSIGN, LOGADDEXP, LOGADDEXP2, HEAVISIDE, NEXTAFTER, NEXTAFTER_FLOAT16, LDEXP ->
                    throw new IllegalArgumentException(op + ": core computes it in a float type");
            case DIVIDE -> {
                for (int i = 0; i < n; i++) {
                    r[i] = Conversions.doubleToLong((double) a[i] / (double) b[i], compute);
                }
            }
            default -> throw new IllegalArgumentException(op + " gives bool");
        }
    }

    /** {@code r[i] = a[i] op b[i] ? 1 : 0} for the comparisons and logical ops. */
    static void compare(BinaryOp op, long[] a, long[] b, long[] r, int n) {
        switch (op) {
            case EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] == b[i] ? 1 : 0; }
            case NOT_EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] != b[i] ? 1 : 0; }
            case LESS -> { for (int i = 0; i < n; i++) r[i] = a[i] < b[i] ? 1 : 0; }
            case LESS_EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] <= b[i] ? 1 : 0; }
            case GREATER -> { for (int i = 0; i < n; i++) r[i] = a[i] > b[i] ? 1 : 0; }
            case GREATER_EQUAL -> { for (int i = 0; i < n; i++) r[i] = a[i] >= b[i] ? 1 : 0; }
            case LOGICAL_AND -> { for (int i = 0; i < n; i++) r[i] = a[i] != 0 && b[i] != 0 ? 1 : 0; }
            case LOGICAL_OR -> { for (int i = 0; i < n; i++) r[i] = a[i] != 0 || b[i] != 0 ? 1 : 0; }
            case LOGICAL_XOR -> { for (int i = 0; i < n; i++) r[i] = (a[i] != 0) != (b[i] != 0) ? 1 : 0; }
            default -> throw new IllegalArgumentException(op + " does not give bool");
        }
    }

    /** {@code r[i] = cond[i] != 0 ? a[i] : b[i]}. */
    static void where(long[] cond, long[] a, long[] b, long[] r, int n) {
        for (int i = 0; i < n; i++) {
            r[i] = cond[i] != 0 ? a[i] : b[i];
        }
    }

    /**
     * base<sup>exp</sup> by repeated squaring, wrapping around on overflow. A negative exponent
     * (which core rejects) gives C's truncated result: ±1 for a base of ±1, else 0.
     */
    static long power(long base, long exp) {
        if (exp < 0) {
            return base == 1 ? 1 : base == -1 ? ((exp & 1) == 0 ? 1 : -1) : 0;
        }
        long result = 1;
        long b = base;
        long e = exp;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= b;
            }
            e >>>= 1;
            if (e != 0) {
                b *= b;
            }
        }
        return result;
    }

    /** The bits of an integer compute type: 32 for INT32, 64 for INT64. */
    private static int width(DType t) {
        return t == DType.INT32 ? 32 : 64;
    }

    /**
     * a &lt;&lt; count in a type of {@code width} bits (a holds a value of that type), NumPy's rule: a
     * count outside [0, width) gives 0. Java's {@code <<} would take the count modulo 64.
     */
    static long leftShift(long a, long count, int width) {
        return count >= 0 && count < width ? a << count : 0;
    }

    /** Arithmetic a &gt;&gt; count, NumPy's rule: a count outside [0, width) gives -1 for negative a, else 0. */
    static long rightShift(long a, long count, int width) {
        if (count >= 0 && count < width) {
            return a >> count;
        }
        return a < 0 ? -1 : 0;
    }

    /**
     * NumPy's gcd: Euclid's algorithm on |a| and |b| as unsigned numbers, so |MIN| (which wraps to
     * MIN) counts as 2<sup>63</sup> (for int32 values, 2<sup>31</sup> fits a long anyway) and
     * gcd(MIN, 0) comes back as MIN.
     */
    static long gcd(long a, long b) {
        long x = Math.abs(a);
        long y = Math.abs(b);
        while (x != 0) {
            long t = x;
            x = Long.remainderUnsigned(y, x);
            y = t;
        }
        return y;
    }

    /** NumPy's lcm: |a| / gcd · |b| in unsigned arithmetic, wrapping; 0 when either is 0. */
    static long lcm(long a, long b) {
        long g = gcd(a, b);
        return g == 0 ? 0 : Long.divideUnsigned(Math.abs(a), g) * Math.abs(b);
    }

    /** The most negative value of an integer-family type (what x86 gives for integer 1/0 in NumPy). */
    static long minValue(DType t) {
        return switch (t) {
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> 1;
        };
    }
}
