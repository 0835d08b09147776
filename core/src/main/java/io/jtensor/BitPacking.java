package io.jtensor;

import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.packbits} and {@code np.unpackbits} out of element-wise ops, so every backend runs
 * them. Packing ors each bit's weight into a zeroed uint8 result where the elements k, k + 8,
 * k + 16, ... along the axis are non-zero (eight masked {@code bitwise_or}s on strided views, no
 * padding copy); unpacking shifts x, viewed with a new axis of length 8 after the packed one, right
 * by each bit's position and masks the low bit (one broadcast {@code right_shift}, one in-place
 * {@code bitwise_and}), then views the (n, 8) pair as 8n.
 */
final class BitPacking {

    private BitPacking() {
    }

    /**
     * {@code np.packbits(a, axis, bitorder)}; {@code axis} null packs the flattened a. A 0-d a
     * counts as 1-d, as in NumPy.
     */
    static Tensor packbits(Tensor a, Integer axis, String bitorder) {
        String name = "packbits";
        Objects.requireNonNull(a, name + ": a is null");
        a.checkOpen(name);
        if (a.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": expected a tensor of integer or bool type, got "
                    + a.dtype.numpyName() + " (as NumPy's TypeError)");
        }
        boolean big = bigEndian(name, bitorder, "big", "little", "the first 3 or 6 letters");
        try (Temporaries t = new Temporaries()) {
            Tensor lines = t.add(lines(a, axis));
            int ax = axis == null ? 0 : Axes.normalize(name, axis, lines.ndim());
            Tensor bits = lines.dtype == DType.BOOL ? lines : t.add(Np.notEqual(lines, 0L));
            long n = lines.shape[ax];
            long[] shape = lines.shape();
            shape[ax] = (n + 7) / 8;
            Tensor packed = Elementwise.full(a.backend(), shape, 0, DType.UINT8);
            for (int k = 0; k < Math.min(8, n); k++) {
                Tensor set = t.add(bits.slice(ax, k, n, 8));
                Tensor target = t.add(packed.slice(ax, 0, set.shape[ax], 1));
                long weight = 1L << (big ? 7 - k : k);
                Elementwise.binary(BinaryOp.BITWISE_OR, Elementwise.Arg.of(target), Elementwise.Arg.of(weight), target,
                        set);
            }
            return packed;
        }
    }

    /**
     * {@code np.unpackbits(a, axis, count, bitorder)}: {@code axis} null unpacks the flattened a,
     * {@code count} null keeps all 8n bits; a 0-d a counts as 1-d.
     */
    static Tensor unpackbits(Tensor a, Integer axis, Long count, String bitorder) {
        String name = "unpackbits";
        Objects.requireNonNull(a, name + ": a is null");
        a.checkOpen(name);
        if (a.dtype != DType.UINT8) {
            throw new IllegalArgumentException(name + ": expected a tensor of type uint8, got " + a.dtype.numpyName()
                    + " (as NumPy's TypeError)");
        }
        boolean big = bigEndian(name, bitorder, "b", "l", "the first letter only");
        try (Temporaries t = new Temporaries()) {
            Tensor lines = t.add(lines(a, axis));
            int ax = axis == null ? 0 : Axes.normalize(name, axis, lines.ndim());
            long available = 8 * lines.shape[ax];
            long total = count == null ? available : count >= 0 ? count : available + count;
            if (total < 0) {
                throw new IllegalArgumentException(name + ": count " + count + " trims more than the " + available
                        + " bits along the axis (valid: count >= " + -available + "; NumPy: -count larger than "
                        + "number of elements)");
            }
            long kept = Math.min(total, available);
            Tensor bytes = t.add(lines.slice(ax, 0, (kept + 7) / 8, 1));
            long[] shiftShape = new long[bytes.ndim() + 1];
            Arrays.fill(shiftShape, 1);
            shiftShape[ax + 1] = 8;
            Tensor shifts = t.add(Creation.generateIntegers(a.backend(), DType.UINT8, shiftShape,
                    i -> big ? 7 - i : i));
            Tensor split = t.add(Np.rightShift(t.add(bytes.expandDims(ax + 1)), shifts));
            Elementwise.binary(BinaryOp.BITWISE_AND, Elementwise.Arg.of(split), Elementwise.Arg.of(1L), split, null);
            long[] shape = bytes.shape();
            shape[ax] = 8 * shape[ax];
            Tensor unpacked = split.reshape(shape);
            if (total == shape[ax]) {
                return unpacked;
            }
            t.add(unpacked);
            if (total < shape[ax]) {
                return t.add(unpacked.slice(ax, 0, total, 1)).copy();
            }
            shape[ax] = total;
            Tensor result = Elementwise.full(a.backend(), shape, 0, DType.UINT8);
            Np.copyto(t.add(result.slice(ax, 0, kept, 1)), unpacked);
            return result;
        }
    }

    /**
     * Whether {@code bitorder} starts with {@code big} (true) or {@code little} (false): NumPy's
     * packbits and unpackbits compare only such a prefix ("bigger" is "big" to both).
     *
     * @param reads what NumPy compares, for the error message
     */
    private static boolean bigEndian(String name, String bitorder, String big, String little, String reads) {
        if (bitorder != null && bitorder.startsWith(big)) {
            return true;
        }
        if (bitorder != null && bitorder.startsWith(little)) {
            return false;
        }
        throw new IllegalArgumentException(name + ": bitorder must be \"big\" or \"little\" (NumPy reads " + reads
                + "), got " + (bitorder == null ? "null" : "\"" + bitorder + "\""));
    }

    /** a itself (a new handle, for the caller to close), or flattened when axis is null or a is 0-d. */
    private static Tensor lines(Tensor a, Integer axis) {
        return axis == null || a.ndim() == 0 ? a.reshape(-1) : a.reshape(a.shape);
    }
}
