package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.internal.Broadcast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writing into an existing tensor: {@code np.copyto} (casting='same_kind', broadcasting the
 * source and a bool mask to the destination's shape) and {@code ndarray.fill}. Both are the
 * ufunc machinery's COPY into the destination, so overlap between source and destination is
 * handled as in every ufunc.
 */
final class Assignment {

    private static final String COPYTO = "copyto";

    private Assignment() {
    }

    /**
     * {@code np.copyto(dst, src, where=where)}: a tensor source must cast to dst's type under
     * {@code same_kind}; a Java scalar is weak (NEP 50): a double needs a float dst, a long any
     * numeric dst whose range holds it, a boolean any dst.
     */
    static void copyTo(Tensor dst, Arg src, Tensor where) {
        copyTo(dst, src, "same_kind", where);
    }

    /**
     * {@code np.copyto(dst, src, casting, where)} for a tensor src: its type must reach dst's under
     * {@code casting} (one of NumPy's five rules).
     */
    static void copyTo(Tensor dst, Arg src, String casting, Tensor where) {
        TypePromotion.requireCasting(COPYTO, casting);
        Objects.requireNonNull(dst, COPYTO + ": dst is null");
        dst.checkOpen(COPYTO);
        if (!src.isScalar()) {
            Objects.requireNonNull(src.tensor(), COPYTO + ": src is null");
            src.tensor().checkOpen(COPYTO);
        }
        if (where != null) {
            where.checkOpen(COPYTO);
            if (where.dtype != DType.BOOL) {
                throw new IllegalArgumentException(COPYTO + ": where must be a bool tensor, got "
                        + where.dtype.numpyName());
            }
        }
        Backend backend = Elementwise.commonBackend(COPYTO, Arrays.asList(dst, src.tensor(), where));
        Elementwise.checkWritable(COPYTO, "dst", dst);
        List<Tensor> temporaries = new ArrayList<>();
        try {
            Tensor source;
            if (src.isScalar()) {
                source = Creation.scalar(backend, dst.dtype, src.integral(), src.integer(), checkedScalar(dst.dtype, src));
                temporaries.add(source);
            } else {
                Tensor s = src.tensor();
                if (!TypePromotion.canCast(s.dtype, dst.dtype, casting)) {
                    throw new IllegalArgumentException(COPYTO + ": cannot cast src from " + s.dtype.numpyName()
                            + " to dst's " + dst.dtype.numpyName() + " (casting='" + casting
                            + "'); convert it with astype or pass a looser casting");
                }
                source = broadcastableInto("src", s, dst, temporaries);
            }
            Tensor mask = where == null ? null : broadcastableInto("where", where, dst, temporaries);
            Elementwise.copyInto(COPYTO, source, dst, mask);
        } finally {
            temporaries.forEach(Tensor::close);
        }
    }

    /** The scalar's double value, after NumPy's checks of a weak Python scalar against dst's type. */
    private static double checkedScalar(DType target, Arg scalar) {
        if (scalar.integral()) {
            long v = scalar.integer();
            if (target == DType.BOOL) {
                throw new IllegalArgumentException(COPYTO + ": cannot cast a Java integer to dst's bool "
                        + "(casting='same_kind'); pass a boolean");
            }
            if (!target.holds(v)) {
                throw new IllegalArgumentException(COPYTO + ": Java integer " + v
                        + " is out of bounds for " + target.numpyName() + " (dst's type)");
            }
            return v;
        }
        if (!target.isFloatingPoint()) {
            throw new IllegalArgumentException(COPYTO + ": cannot cast a Java double to dst's "
                    + target.numpyName() + " (casting='same_kind'); pass a long, or use Tensor.fill to truncate");
        }
        return scalar.value();
    }

    /**
     * {@code t} when it broadcasts to dst's shape, or, for src only, a view without its leading
     * size-1 axes when it has more dimensions than dst (NumPy allows those for src, not for where).
     */
    private static Tensor broadcastableInto(String role, Tensor t, Tensor dst, List<Tensor> temporaries) {
        int extra = t.ndim() - dst.ndim();
        boolean fits = extra <= 0 || role.equals("src");
        for (int d = 0; d < extra; d++) {
            fits &= t.shape[d] == 1;
        }
        long[] trimmed = extra > 0 ? Arrays.copyOfRange(t.shape, extra, t.ndim()) : t.shape;
        if (!fits || !Broadcast.broadcastsTo(trimmed, dst.shape)) {
            throw new IllegalArgumentException(COPYTO + ": could not broadcast " + role + " from shape "
                    + Shape.toString(t.shape) + " into dst's shape " + Shape.toString(dst.shape));
        }
        if (extra <= 0) {
            return t;
        }
        Tensor view = t.reshape(trimmed);
        temporaries.add(view);
        return view;
    }

    /** Copies a boolean into every element of dst (true becomes 1 in a numeric dst), as {@code np.copyto(dst, True)}. */
    static void copyBoolean(Tensor dst, boolean value, Tensor where) {
        Objects.requireNonNull(dst, COPYTO + ": dst is null");
        dst.checkOpen(COPYTO);
        Backend backend = dst.backend();
        try (Tensor source = Creation.scalar(backend, DType.BOOL, true, value ? 1 : 0, 0)) {
            copyTo(dst, Arg.of(source), where);
        }
    }

    /**
     * {@code ndarray.fill(value)} / {@code dst[...] = value}: value converted to dst's type as
     * Python converts it, truncating a double toward zero for an integer dst.
     */
    static Tensor fill(Tensor dst, boolean integral, long integer, double value) {
        String op = "fill";
        dst.checkOpen(op);
        Elementwise.checkWritable(op, "the tensor", dst);
        if (dst.dtype.isInteger()) {
            if (!integral) {
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException(op + ": cannot convert " + value + " to "
                            + dst.dtype.numpyName());
                }
                double truncated = DType.truncate(value);
                if (!dst.dtype.holdsTruncated(truncated)) {
                    throw new IllegalArgumentException(op + ": " + value + " is out of bounds for "
                            + dst.dtype.numpyName());
                }
                integral = true;
                integer = (long) truncated;
            } else if (!dst.dtype.holds(integer)) {
                throw new IllegalArgumentException(op + ": Java integer " + integer + " is out of bounds for "
                        + dst.dtype.numpyName());
            }
        }
        try (Tensor source = Creation.scalar(dst.backend(), dst.dtype, integral, integer, value)) {
            Elementwise.copyInto(op, source, dst);
        }
        return dst;
    }
}
