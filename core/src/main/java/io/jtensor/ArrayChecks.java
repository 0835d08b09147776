package io.jtensor;

import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * NumPy's small array checks: {@code asarray}, {@code asarray_chkfinite}, {@code common_type},
 * {@code ascontiguousarray} and {@code isfortran}.
 */
final class ArrayChecks {

    /** NumPy's NPY_MAXDIMS, the largest ndmin {@code np.array} takes. */
    private static final int MAX_NDMIN = 64;

    private ArrayChecks() {
    }

    /**
     * {@code np.asarray_chkfinite(x)}: x itself (as a view) after checking, for float types, that
     * no element is NaN or +-Inf; integer and bool tensors are always finite.
     */
    static Tensor asarrayChkfinite(Tensor x) {
        String name = "asarray_chkfinite";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        checkFinite(name, x);
        return x.reshape(x.shape);
    }

    /** {@code np.asarray_chkfinite(x, dtype)}: x converted as {@code asarray(x, dtype)}, then checked. */
    static Tensor asarrayChkfinite(Tensor x, DType dtype) {
        String name = "asarray_chkfinite";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        Tensor converted = dtype == null || dtype == x.dtype ? x.reshape(x.shape) : x.astype(dtype);
        try {
            checkFinite(name, converted);
        } catch (RuntimeException e) {
            converted.close();
            throw e;
        }
        return converted;
    }

    private static void checkFinite(String name, Tensor x) {
        if (x.dtype.isFloatingPoint() && x.size() > 0) {
            boolean finite;
            try (Tensor flags = Elementwise.unary(UnaryOp.ISFINITE, x, null, null);
                 Tensor all = Reductions.reduce(ReduceOp.ALL, flags, null, false, 0, name)) {
                finite = all.item() != 0;
            }
            if (!finite) {
                throw new IllegalArgumentException(name + ": array must not contain infs or NaNs (x is a "
                        + x.dtype.numpyName() + " tensor of shape " + Shape.toString(x.shape) + ")");
            }
        }
    }

    /**
     * {@code np.asarray(x, dtype, copy=copy)}: a view of x when it already has {@code dtype} (null:
     * x's) and copy is not true, else {@code x.astype(dtype)}; copy false refuses a conversion, as
     * NumPy's ValueError.
     */
    static Tensor asarray(Tensor x, DType dtype, Boolean copy) {
        String name = "asarray";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        DType target = dtype == null ? x.dtype : dtype;
        if (target == x.dtype && !Boolean.TRUE.equals(copy)) {
            return x.reshape(x.shape);
        }
        if (Boolean.FALSE.equals(copy)) {
            throw new IllegalArgumentException(name + ": unable to avoid copy while creating an array as requested ("
                    + x.dtype.numpyName() + " tensor to " + target.numpyName() + " with copy=false); pass copy null or true");
        }
        return target == x.dtype ? x.copy() : x.astype(target);
    }

    /**
     * {@code np.array(x, dtype, copy=copy, ndmin=ndmin)} of a tensor: {@link #asarray} (copy null: a
     * view unless a conversion is needed), then leading axes of length 1 up to ndmin dimensions.
     */
    static Tensor array(Tensor x, DType dtype, Boolean copy, int ndmin) {
        String name = "array";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (ndmin > MAX_NDMIN) {
            throw new IllegalArgumentException(name + ": ndmin must be <= " + MAX_NDMIN + " (NumPy's ndmax limit), got "
                    + ndmin);
        }
        DType target = dtype == null ? x.dtype : dtype;
        if (target == x.dtype && !Boolean.TRUE.equals(copy)) {
            return withLeadingOnes(x, ndmin);
        }
        if (Boolean.FALSE.equals(copy)) {
            throw new IllegalArgumentException(name + ": unable to avoid copy while creating an array as requested ("
                    + x.dtype.numpyName() + " tensor to " + target.numpyName() + " with copy=false); pass copy null or true");
        }
        try (Tensor converted = target == x.dtype ? x.copy() : x.astype(target)) {
            return withLeadingOnes(converted, ndmin);
        }
    }

    /** NumPy's checks of {@code np.array}'s ndmax: within 0..NPY_MAXDIMS and not below ndmin. */
    static void checkNdmax(int ndmin, int ndmax) {
        if (ndmax < 0 || ndmax > MAX_NDMIN) {
            throw new IllegalArgumentException("array: ndmax must be in the range [0, NPY_MAXDIMS (" + MAX_NDMIN
                    + ")] (got " + ndmax + ")");
        }
        if (ndmin > ndmax) {
            throw new IllegalArgumentException("array: ndmin must be <= ndmax (" + ndmax + "), got ndmin " + ndmin);
        }
    }

    private static Tensor withLeadingOnes(Tensor x, int ndmin) {
        int extra = Math.max(0, ndmin - x.ndim());
        long[] shape = new long[x.ndim() + extra];
        java.util.Arrays.fill(shape, 0, extra, 1);
        System.arraycopy(x.shape, 0, shape, extra, x.ndim());
        return x.reshape(shape);
    }

    /**
     * {@code np.ascontiguousarray(x, dtype)}: x converted to dtype (a new C-ordered tensor) when its
     * type differs, else {@link #ascontiguousarray(Tensor)}.
     */
    static Tensor ascontiguousarray(Tensor x, DType dtype) {
        Objects.requireNonNull(x, "ascontiguousarray: x is null");
        x.checkOpen("ascontiguousarray");
        if (dtype == null || dtype == x.dtype) {
            return ascontiguousarray(x);
        }
        try (Tensor converted = x.astype(dtype)) {
            return ascontiguousarray(converted);
        }
    }

    /**
     * {@code np.common_type(*arrays)}: the float type that holds them all: float32 when every array
     * is float32, else float64 (integers count as float64).
     */
    static DType commonType(Tensor... arrays) {
        String name = "common_type";
        Objects.requireNonNull(arrays, name + ": arrays is null");
        DType result = DType.FLOAT16;
        for (int i = 0; i < arrays.length; i++) {
            Tensor a = Objects.requireNonNull(arrays[i], name + ": arrays[" + i + "] is null");
            if (a.dtype == DType.BOOL) {
                throw new IllegalArgumentException(name + ": can't get common type for non-numeric array (arrays["
                        + i + "] is bool); pass numeric tensors");
            }
            result = DType.promote(result, a.dtype.isFloatingPoint() ? a.dtype : DType.FLOAT64);
        }
        return result;
    }

    /**
     * {@code np.ascontiguousarray(x)}: a view of x when its elements already lie in C order without
     * gaps (NumPy returns x itself), else a C-ordered copy; a 0-d x becomes a 1-element 1-d view, as
     * NumPy's result has at least one dimension.
     */
    static Tensor ascontiguousarray(Tensor x) {
        String name = "ascontiguousarray";
        Objects.requireNonNull(x, name + ": x is null");
        x.checkOpen(name);
        if (x.ndim() == 0) {
            return x.reshape(1);
        }
        return x.isContiguous() ? x.reshape(x.shape) : x.copy();
    }

    /**
     * {@code np.isfortran(x)}: x's elements lie in Fortran order without gaps (the first index
     * varying fastest; axes of length 1 may have any stride) and not also in C order, so 0-d, 1-d
     * and empty tensors give false.
     */
    static boolean isfortran(Tensor x) {
        Objects.requireNonNull(x, "isfortran: x is null");
        x.checkOpen("isfortran");
        if (x.isContiguous()) {
            return false;
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
}
