package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.SearchPlan;

import java.util.Objects;

/**
 * {@code np.searchsorted}: the sorted keys and the values converted to their common type (NumPy's
 * {@code result_type}; a Java scalar counts as float64 or int64, as NumPy's {@code np.asarray} of a
 * Python scalar, not as a weak one), then one binary search per value on the backend.
 */
final class Searching {

    private Searching() {
    }

    /** {@code np.searchsorted(a, v, side, sorter)}; {@code sorter} may be null. */
    static Tensor searchsorted(Tensor a, Arg v, String side, Tensor sorter) {
        Objects.requireNonNull(a, "searchsorted: a is null");
        Objects.requireNonNull(side, "searchsorted: side is null");
        a.checkOpen("searchsorted");
        if (!side.equals("left") && !side.equals("right")) {
            throw new IllegalArgumentException("searchsorted: side must be \"left\" or \"right\", got \"" + side + "\"");
        }
        if (a.ndim() != 1) {
            throw new IllegalArgumentException("searchsorted: a must be 1-d, got shape " + Shape.toString(a.shape));
        }
        if (!v.isScalar()) {
            Objects.requireNonNull(v.tensor(), "searchsorted: v is null");
            v.tensor().checkOpen("searchsorted");
            Elementwise.commonBackend("searchsorted", java.util.List.of(a, v.tensor()));
        }
        if (sorter != null) {
            if (sorter.ndim() != 1 || sorter.size() != a.size()) {
                throw new IllegalArgumentException("searchsorted: sorter must be 1-d with a's length "
                        + a.size() + ", got shape " + Shape.toString(sorter.shape));
            }
            try (Tensor ordered = Indexing.take(a, sorter, 0)) {
                return searchsorted(ordered, v, side, null);
            }
        }
        // NumPy converts a Python scalar v with np.asarray (float64 or int64), not as a weak scalar:
        // a float16 or float32 a meets 1.0001 in float64
        DType promoted = v.isScalar() ? DType.promote(a.dtype, v.integral() ? DType.INT64 : DType.FLOAT64)
                : Elementwise.promote("searchsorted", Arg.of(a), v);
        if (promoted.computeType() != promoted) {
            // float16 keys search as float32 ones, 8- and 16-bit integers as int32: the conversion
            // is exact and keeps the order
            try (Tensor keys = a.astype(promoted.computeType());
                 Tensor values = v.tensor().astype(promoted.computeType())) {
                return searchsorted(keys, Arg.of(values), side, null);
            }
        }
        DType type = promoted;
        try (Tensor keys = Elementwise.contiguous("searchsorted", a, type);
             Tensor values = v.isScalar() ? scalar(a, v, type) : Elementwise.contiguous("searchsorted", v.tensor(), type)) {
            Tensor result = Tensor.allocateUninitialized(a.backend(), DType.INT64, values.shape);
            if (result.size() == 0) {
                return result;
            }
            try (Pinned pinned = Pinned.of("searchsorted", keys, values, result)) {
                a.backend().search(new SearchPlan(keys.flatOperand(), keys.size(), values.flatOperand(), values.size(),
                        result.flatOperand(), type, side.equals("right")));
            } catch (RuntimeException | Error e) {
                result.close();
                throw e;
            }
            return result;
        }
    }

    private static Tensor scalar(Tensor a, Arg v, DType type) {
        return Creation.scalar(a.backend(), type, v.integral(), v.integer(), v.value());
    }

}
