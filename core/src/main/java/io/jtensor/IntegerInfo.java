package io.jtensor;

/**
 * The limits of an integer type, as NumPy's {@code np.iinfo}.
 *
 * <pre>{@code
 * Np.iinfo(DType.INT32).max();   // 2147483647
 * }</pre>
 *
 * @param dtype the type (INT32 or INT64)
 * @param bits  its width in bits
 * @param min   the smallest value
 * @param max   the largest value
 */
public record IntegerInfo(DType dtype, int bits, long min, long max) {

    static IntegerInfo of(DType dtype) {
        return switch (dtype) {
            case INT32 -> new IntegerInfo(dtype, 32, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case INT64 -> new IntegerInfo(dtype, 64, Long.MIN_VALUE, Long.MAX_VALUE);
            default -> throw new IllegalArgumentException("iinfo: data type " + dtype.numpyName()
                    + " is not an integer type (valid: int32, int64; see finfo for floats)");
        };
    }
}
