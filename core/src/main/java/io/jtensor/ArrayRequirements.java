package io.jtensor;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * NumPy's {@code asfortranarray} and {@code require}: a tensor that has the memory layout and
 * flags asked for, x itself (here a view of x) where it already has them, else a copy.
 *
 * <p>The flags map to jtensor's as follows: C ({@link Tensor#isContiguous()}), F (Fortran order
 * without gaps: NumPy's {@code f_contiguous}, true for 0-d, 1-d contiguous and empty tensors), W
 * (not {@link Tensor#isReadOnly()}), A (always: jtensor's elements are aligned), O (the view
 * spans its whole storage from its start in C or Fortran order: jtensor does not record which
 * tensor allocated a storage, so a reshape or transpose of a fresh tensor counts as owning it,
 * where NumPy's view does not) and E (always: there are no subclasses).
 */
final class ArrayRequirements {

    /** The requirement letters, as {@code np.require} reduces its names to them. */
    enum Flag {
        C, F, A, W, O, E
    }

    private static final Map<String, Flag> NAMES = Map.ofEntries(Map.entry("C", Flag.C),
            Map.entry("C_CONTIGUOUS", Flag.C), Map.entry("CONTIGUOUS", Flag.C), Map.entry("F", Flag.F),
            Map.entry("F_CONTIGUOUS", Flag.F), Map.entry("FORTRAN", Flag.F), Map.entry("A", Flag.A),
            Map.entry("ALIGNED", Flag.A), Map.entry("W", Flag.W), Map.entry("WRITEABLE", Flag.W),
            Map.entry("O", Flag.O), Map.entry("OWNDATA", Flag.O), Map.entry("E", Flag.E),
            Map.entry("ENSUREARRAY", Flag.E));

    private ArrayRequirements() {
    }

    /** {@code np.asfortranarray(x, dtype)}: see {@link Np#asfortranarray(Tensor, DType)}. */
    static Tensor asfortranarray(Tensor x, DType dtype) {
        String name = "asfortranarray";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (x.ndim() == 0) {
            try (Tensor one = x.reshape(1)) {
                return asfortranarray(one, dtype);
            }
        }
        return withOrder(x, dtype, 'F');
    }

    /** {@code np.require(a, dtype, requirements)}: see {@link Np#require(Tensor, DType, String...)}. */
    static Tensor require(Tensor a, DType dtype, String... requirements) {
        String name = "require";
        Objects.requireNonNull(a, name + ": a is null");
        a.checkOpen(name);
        if (requirements == null || requirements.length == 0) {
            return withOrder(a, dtype, 'K');
        }
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String requirement : requirements) {
            Objects.requireNonNull(requirement, name + ": a requirement is null");
            Flag flag = NAMES.get(requirement.toUpperCase(Locale.ROOT));
            if (flag == null) {
                throw new IllegalArgumentException(name + ": unknown requirement '" + requirement + "' (NumPy's KeyError);"
                        + " valid: C, C_CONTIGUOUS, CONTIGUOUS, F, F_CONTIGUOUS, FORTRAN, A, ALIGNED, W, WRITEABLE,"
                        + " O, OWNDATA, E, ENSUREARRAY");
            }
            flags.add(flag);
        }
        if (flags.contains(Flag.C) && flags.contains(Flag.F)) {
            throw new IllegalArgumentException(name + ": Cannot specify both \"C\" and \"F\" order");
        }
        char order = flags.contains(Flag.C) ? 'C' : flags.contains(Flag.F) ? 'F' : 'A';
        Tensor result = withOrder(a, dtype, order);
        boolean writable = !result.readOnly;
        boolean owns = ownsData(result);
        if ((!flags.contains(Flag.W) || writable) && (!flags.contains(Flag.O) || owns)) {
            return result;
        }
        try (result) {
            return copy(result, order == 'A' ? (fortranOnly(result) ? 'F' : 'C') : order);
        }
    }

    /**
     * {@code np.array(x, dtype, copy=None, order=order)}: x's view when it has dtype and (for C or F)
     * that layout, else a conversion in order; for 'A' and 'K' a conversion keeps x's memory order
     * (axes by decreasing stride, NumPy's order 'K': a broadcast row converts to Fortran order).
     */
    private static Tensor withOrder(Tensor x, DType dtype, char order) {
        DType target = dtype == null ? x.dtype : dtype;
        boolean laidOut = order == 'A' || order == 'K' || (order == 'C' ? x.isContiguous() : fContiguous(x));
        if (target == x.dtype && laidOut) {
            return x.reshape(x.shape);
        }
        if (order == 'A' || order == 'K') {
            return convertKeepingOrder(x, target);
        }
        if (target == x.dtype) {
            return copy(x, order);
        }
        char layout = order;
        try (Tensor converted = x.astype(target)) {
            boolean ready = layout == 'C' ? converted.isContiguous() : fContiguous(converted);
            return ready ? converted.reshape(converted.shape) : copy(converted, layout);
        }
    }

    /** x converted to target in x's memory order: C order of x's axes sorted by decreasing |stride|. */
    private static Tensor convertKeepingOrder(Tensor x, DType target) {
        Integer[] byStride = new Integer[x.ndim()];
        for (int d = 0; d < byStride.length; d++) {
            byStride[d] = d;
        }
        java.util.Arrays.sort(byStride, (p, q) -> Long.compare(Math.abs(x.strides[q]), Math.abs(x.strides[p])));
        int[] axes = new int[byStride.length];
        int[] inverse = new int[byStride.length];
        for (int d = 0; d < axes.length; d++) {
            axes[d] = byStride[d];
            inverse[axes[d]] = d;
        }
        if (x.ndim() == 0) {
            return x.astype(target);
        }
        try (Tensor ordered = x.transpose(axes); Tensor converted = ArrayChecks.ascontiguousarray(ordered, target)) {
            return converted.transpose(inverse);
        }
    }

    private static Tensor copy(Tensor x, char layout) {
        if (layout == 'C' || x.ndim() < 2) {
            return x.copy();
        }
        try (Tensor t = x.T(); Tensor c = t.copy()) {
            return c.T();
        }
    }

    /** NumPy's {@code f_contiguous}: Fortran order without gaps, length-1 axes' strides ignored. */
    static boolean fContiguous(Tensor x) {
        if (x.size() == 0) {
            return true;
        }
        long expected = 1;
        for (int d = 0; d < x.shape.length; d++) {
            if (x.shape[d] != 1 && x.strides[d] != expected) {
                return false;
            }
            expected *= x.shape[d];
        }
        return true;
    }

    private static boolean fortranOnly(Tensor x) {
        return fContiguous(x) && !x.isContiguous();
    }

    private static boolean ownsData(Tensor x) {
        return x.offset == 0 && (x.isContiguous() || fContiguous(x))
                && x.size() * x.dtype.byteSize() == x.storage.storage().byteSize();
    }
}
