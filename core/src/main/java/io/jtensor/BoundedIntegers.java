package io.jtensor;

/**
 * One call of NumPy's {@code Generator.integers} on a {@link Pcg64}: the draws of
 * {@code random_bounded_uint{8,16,32,64}_fill} for the dtype's width. Lemire's multiply-and-reject
 * on draws of the width (64-bit draws for int64 ranges beyond 32 bits, 32-bit draws otherwise);
 * 8- and 16-bit draws are cut from one 32-bit draw, low bits first, the leftover kept for the next
 * sample of the same call only (a new call starts a new 32-bit draw); a range of one value draws
 * nothing, a full range takes the draw as it is.
 */
final class BoundedIntegers {

    private final Pcg64 bits;
    private final int width;
    private int buffer;
    private int buffered;

    /** A call drawing integers of {@code dtype}'s width (8, 16, 32 or 64 bits). */
    BoundedIntegers(Pcg64 bits, DType dtype) {
        this.bits = bits;
        this.width = switch (dtype) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32 -> 32;
            default -> 64;
        };
    }

    /**
     * Uniform over {@code low..high} inclusive, both values of the dtype: low plus a draw in
     * {@code 0..high-low} (the difference taken in the dtype's unsigned width, as NumPy).
     */
    long next(long low, long high) {
        long max = high - low;
        return low + switch (width) {
            case 8, 16 -> narrow(max);
            default -> bits.boundedInclusive(max);
        };
    }

    /** {@code buffered_bounded_lemire_uint8/16}: width-bit pieces times (max + 1), rejected on a low leftover. */
    private long narrow(long max) {
        if (max == 0) {
            return 0;
        }
        long all = (1L << width) - 1;
        if (max == all) {
            return piece();
        }
        long range = max + 1;
        long product = piece() * range;
        long leftover = product & all;
        if (leftover < range) {
            long threshold = (all - max) % range;
            while (leftover < threshold) {
                product = piece() * range;
                leftover = product & all;
            }
        }
        return product >>> width;
    }

    /** The next width-bit piece of the buffered 32-bit draw ({@code buffered_uint8/16}). */
    private long piece() {
        if (buffered == 0) {
            buffer = bits.nextInt();
            buffered = 32 / width - 1;
        } else {
            buffer >>>= width;
            buffered--;
        }
        return buffer & ((1L << width) - 1);
    }
}
