package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.op.BinaryOp;

import java.util.Objects;

/**
 * {@code np.tri}, {@code np.tril} and {@code np.triu} as NumPy writes them: the mask is
 * {@code greater_equal.outer(arange(n), arange(-k, m - k))}, one comparison of two index vectors
 * on the device, and the triangles keep x where the mask says so ({@code where}), zero elsewhere.
 */
final class Triangles {

    private Triangles() {
    }

    /** {@code np.tri(n, m, k, dtype)}: ones at and below diagonal k; a negative size is an empty axis, as in NumPy. */
    static Tensor tri(Backend backend, long n, long m, long k, DType dtype) {
        Objects.requireNonNull(dtype, "tri: dtype is null");
        Tensor mask = mask(backend, n, m, k);
        if (dtype == DType.BOOL) {
            return mask;
        }
        try (mask) {
            return Elementwise.converted("tri", mask, dtype);
        }
    }

    /** {@code np.tril(x, k)}: x with the elements above diagonal k of its last two axes set to zero. */
    static Tensor tril(Tensor x, long k) {
        return keep("tril", x, k, true);
    }

    /** {@code np.triu(x, k)}: x with the elements below diagonal k of its last two axes set to zero. */
    static Tensor triu(Tensor x, long k) {
        return keep("triu", x, k, false);
    }

    /**
     * x where the mask of the last two axes is true (lower) or false (upper), broadcast over the
     * leading axes; a 1-d x of length n is a row broadcast to (n, n), as NumPy's tri(n) mask makes it.
     */
    private static Tensor keep(String op, Tensor x, long k, boolean lower) {
        Objects.requireNonNull(x, op + ": x is null");
        x.checkOpen(op);
        if (x.ndim() == 0) {
            throw new IllegalArgumentException(op + ": needs a tensor of at least 1 dimension, got a 0-d tensor");
        }
        long columns = x.shape[x.ndim() - 1];
        long rows = x.ndim() == 1 ? columns : x.shape[x.ndim() - 2];
        long diagonal = lower ? k : clamp(k, rows, columns) - 1;
        try (Tensor mask = mask(x.backend(), rows, columns, diagonal);
             Tensor zero = Elementwise.full(x.backend(), new long[0], 0, x.dtype)) {
            return lower ? Elementwise.where(mask, Arg.of(x), Arg.of(zero))
                    : Elementwise.where(mask, Arg.of(zero), Arg.of(x));
        }
    }

    private static Tensor mask(Backend backend, long n, long m, long k) {
        long rows = Math.max(n, 0);
        long columns = Math.max(m, 0);
        long diagonal = clamp(k, rows, columns);
        try (Tensor i = Creation.generateIntegers(backend, DType.INT64, new long[] {rows, 1}, r -> r);
             Tensor j = Creation.generateIntegers(backend, DType.INT64, new long[] {1, columns}, c -> c - diagonal)) {
            return Elementwise.binary(BinaryOp.GREATER_EQUAL, Arg.of(i), Arg.of(j), null, null);
        }
    }

    /** k limited to [-rows - 1, columns + 1], where the mask is already all false or all true, so no index overflows. */
    private static long clamp(long k, long rows, long columns) {
        return Math.clamp(k, -rows - 1, columns + 1);
    }
}
