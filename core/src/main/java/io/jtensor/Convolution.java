package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.util.Objects;

/**
 * {@code np.convolve} and {@code np.correlate} of two 1-d tensors, composed of a gather, a ufunc
 * and a reduction (so they run on every backend): for an output of length L and a shorter input
 * of length m, two (L, m) int64 index tensors are built on the host and gather the sliding windows
 * of both inputs, each padded with one zero that every out-of-range position points at; the
 * windows are multiplied and summed along the last axis. Memory: O(L·m) temporaries (two index
 * tensors, two gathered windows and their product), fine for filters, not for two long signals.
 */
final class Convolution {

    private Convolution() {
    }

    /** Where the modes place the first window: how many positions hang off the left end. */
    private enum Mode {
        FULL, SAME, VALID;

        static Mode of(String op, String mode) {
            Objects.requireNonNull(mode, op + ": mode is null");
            return switch (mode) {
                case "full" -> FULL;
                case "same" -> SAME;
                case "valid" -> VALID;
                default -> throw new IllegalArgumentException(op + ": mode must be one of \"valid\", \"same\" or "
                        + "\"full\", got \"" + mode + "\"");
            };
        }
    }

    /** {@code np.convolve(a, v, mode)}: swaps the inputs when v is longer, then correlates a with v reversed. */
    static Tensor convolve(Tensor a, Tensor v, String mode) {
        return convolve("convolve", a, v, mode);
    }

    /** convolve under the name {@code op} (polymul's errors name polymul). */
    static Tensor convolve(String op, Tensor a, Tensor v, String mode) {
        Mode m = Mode.of(op, mode);
        check(op, a, v);
        Tensor first = a;
        Tensor second = v;
        if (length(v) > length(a)) {
            first = v;
            second = a;
        }
        if (length(first) == 0) {
            throw new IllegalArgumentException(op + ": a cannot be empty");
        }
        if (length(second) == 0) {
            throw new IllegalArgumentException(op + ": v cannot be empty");
        }
        try (Tensor longer = flat(first); Tensor shorter = flat(second); Tensor reversed = Np.flip(shorter)) {
            return slide(op, longer, reversed, m);
        }
    }

    /**
     * {@code np.correlate(a, v, mode)}: {@code z[k] = sum_n a[n + k] v[n]} (shifted by the mode);
     * when v is longer, NumPy correlates v with a and reverses the result, and so does this.
     */
    static Tensor correlate(Tensor a, Tensor v, String mode) {
        Mode m = Mode.of("correlate", mode);
        check("correlate", a, v);
        if (length(a) == 0) {
            throw new IllegalArgumentException("correlate: first array argument cannot be empty");
        }
        if (length(v) == 0) {
            throw new IllegalArgumentException("correlate: second array argument cannot be empty");
        }
        try (Tensor first = flat(a); Tensor second = flat(v)) {
            if (length(v) > length(a)) {
                try (Tensor swapped = slide("correlate", second, first, m); Tensor reversed = Np.flip(swapped)) {
                    return reversed.copy();
                }
            }
            return slide("correlate", first, second, m);
        }
    }

    private static void check(String op, Tensor a, Tensor v) {
        Objects.requireNonNull(a, op + ": a is null");
        Objects.requireNonNull(v, op + ": v is null");
        Elementwise.checkPair(op, a, v);
        for (Tensor t : new Tensor[] {a, v}) {
            if (t.ndim() == 0 && op.equals("correlate")) {
                throw new IllegalArgumentException("correlate: inputs must be 1-d (NumPy: object of too small depth "
                        + "for desired array), got a 0-d tensor");
            }
            if (t.ndim() > 1) {
                throw new IllegalArgumentException(op + ": inputs must be 1-d (NumPy: object too deep for desired "
                        + "array), got shape " + Shape.toString(t.shape()));
            }
        }
    }

    private static long length(Tensor t) {
        return t.ndim() == 0 ? 1 : t.shape()[0];
    }

    /** A new 1-d view, the caller's to close (a 0-d input is taken as length 1, as NumPy's ndmin=1). */
    private static Tensor flat(Tensor t) {
        return t.reshape(length(t));
    }

    /**
     * The raw correlation of a (length n) with v (length m ≤ n): output k sums a[k + j - left] v[j]
     * over j with {@code 0 ≤ k + j - left < n}, left = m - 1 (full), m / 2 (same) or 0 (valid).
     */
    private static Tensor slide(String op, Tensor a, Tensor v, Mode mode) {
        long n = a.shape()[0];
        long m = v.shape()[0];
        long left = switch (mode) {
            case FULL -> m - 1;
            case SAME -> m / 2;
            case VALID -> 0;
        };
        long length = switch (mode) {
            case FULL -> n + m - 1;
            case SAME -> n;
            case VALID -> n - m + 1;
        };
        DType type = DType.promote(a.dtype, v.dtype);
        long[] windows = {length, m};
        try (Temporaries t = new Temporaries()) {
            Tensor paddedA = t.add(padded(op, a, type));
            Tensor paddedV = t.add(padded(op, v, type));
            // position (k, j) reads a[k + j - left] and v[j], or both padded zeros when off a's ends
            Tensor aIndices = t.add(Creation.generateIntegers(a.backend(), DType.INT64, windows, i -> {
                long at = i / m + i % m - left;
                return at >= 0 && at < n ? at : n;
            }));
            Tensor vIndices = t.add(Creation.generateIntegers(a.backend(), DType.INT64, windows, i -> {
                long at = i / m + i % m - left;
                return at >= 0 && at < n ? i % m : m;
            }));
            Tensor aWindows = t.add(Indexing.take(paddedA, aIndices, null));
            Tensor vWindows = t.add(Indexing.take(paddedV, vIndices, null));
            Tensor products = t.add(Elementwise.binary(BinaryOp.MULTIPLY, Arg.of(aWindows), Arg.of(vWindows), null, null));
            if (type == DType.BOOL) {
                return Reductions.reduce(ReduceOp.ANY, products, new int[] {1}, false, 0, op);
            }
            Tensor sums = t.add(Reductions.reduce(ReduceOp.SUM, products, new int[] {1}, false, 0, op));
            if (type.isFloatingPoint()) {
                // NumPy's dot starts from +0.0, so an all -0.0 window gives +0.0; sum(x) + 0.0 does the same
                return Elementwise.binary(BinaryOp.ADD, Arg.of(sums), Arg.of(0.0), null, null);
            }
            return sums.astype(type);      // int32 sums in int64 and wraps back as NumPy's int32 dot does
        }
    }

    /** x cast to type, with one zero appended for the out-of-range positions to read. */
    private static Tensor padded(String op, Tensor x, DType type) {
        try (Tensor cast = x.astype(type); Tensor zero = Elementwise.full(x.backend(), new long[] {1}, 0, type)) {
            return Joining.concatenate(op, new Tensor[] {cast, zero}, 0, null);
        }
    }
}
