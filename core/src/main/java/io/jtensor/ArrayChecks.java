package io.jtensor;

import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Objects;

/**
 * NumPy's small array checks: {@code asarray_chkfinite} and {@code common_type}.
 */
final class ArrayChecks {

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
        return x.reshape(x.shape);
    }

    /**
     * {@code np.common_type(*arrays)}: the float type that holds them all: float32 when every array
     * is float32, else float64 (integers count as float64).
     */
    static DType commonType(Tensor... arrays) {
        String name = "common_type";
        Objects.requireNonNull(arrays, name + ": arrays is null");
        // NumPy's precision ladder: half < single < double, integers counting as double
        DType result = DType.FLOAT16;
        for (int i = 0; i < arrays.length; i++) {
            Tensor a = Objects.requireNonNull(arrays[i], name + ": arrays[" + i + "] is null");
            if (a.dtype == DType.BOOL) {
                throw new IllegalArgumentException(name + ": can't get common type for non-numeric array (arrays["
                        + i + "] is bool); pass numeric tensors");
            }
            DType precision = a.dtype.isFloatingPoint() ? a.dtype : DType.FLOAT64;
            if (precision == DType.FLOAT64 || (precision == DType.FLOAT32 && result == DType.FLOAT16)) {
                result = precision;
            }
        }
        return result;
    }
}
