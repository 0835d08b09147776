package io.jtensor;

/**
 * The limits of an integer type, as NumPy's {@code np.iinfo}.
 *
 * <pre>{@code
 * Np.iinfo(DType.INT32).max();   // 2147483647
 * }</pre>
 *
 * @param dtype the integer type
 * @param bits  its width in bits
 * @param min   the smallest value
 * @param max   the largest value
 */
public record IntegerInfo(DType dtype, int bits, long min, long max) {

    static IntegerInfo of(DType dtype) {
        return switch (dtype) {
            case INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64 ->
                    new IntegerInfo(dtype, dtype.byteSize() * 8, dtype.minValue(), dtype.maxValue());
            default -> throw new IllegalArgumentException("iinfo: data type " + dtype.numpyName()
                    + " is not an integer type (valid: int8, uint8, int16, uint16, int32, uint32, int64; see finfo for floats)");
        };
    }
}
