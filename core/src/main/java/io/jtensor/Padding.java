package io.jtensor;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.pad} with the modes {@code constant}, {@code edge}, {@code reflect},
 * {@code symmetric} and {@code wrap}. A constant pad is a filled tensor with x copied into its
 * middle; the other modes gather along each padded axis in turn ({@link Indexing#take}) with
 * positions computed on the host. NumPy pads wider than the axis by repeating the reflection
 * (or wrap) round after round; that is the periodic index used here: reflect has period
 * 2(n-1), symmetric 2n, wrap n, and a length-1 axis reflects as its edge (NumPy's legacy rule).
 */
final class Padding {

    private static final String MODES = "\"constant\", \"edge\", \"reflect\", \"symmetric\" or \"wrap\"";

    private Padding() {
    }

    /**
     * {@code np.pad(x, padWidth, mode, constant_values=constant)}. {@code padWidth} has one
     * {@code {before, after}} (or {@code {both}}) pair per axis, or a single pair for every axis.
     */
    static Tensor pad(Tensor x, int[][] padWidth, String mode, double constant) {
        Objects.requireNonNull(x, "pad: x is null");
        Objects.requireNonNull(padWidth, "pad: padWidth is null");
        Objects.requireNonNull(mode, "pad: mode is null");
        x.checkOpen("pad");
        if (!Arrays.asList("constant", "edge", "reflect", "symmetric", "wrap").contains(mode)) {
            throw new IllegalArgumentException("pad: mode \"" + mode + "\" is not supported (valid: " + MODES + ")");
        }
        long[][] widths = pairs(padWidth, x.ndim());
        long[] shape = x.shape.clone();
        for (int d = 0; d < shape.length; d++) {
            shape[d] = Math.addExact(shape[d], Math.addExact(widths[d][0], widths[d][1]));
            if (!mode.equals("constant") && x.shape[d] == 0 && (widths[d][0] > 0 || widths[d][1] > 0)) {
                throw new IllegalArgumentException("pad: can't extend empty axis " + d + " of x with shape "
                        + Shape.toString(x.shape) + " in mode \"" + mode + "\" (only \"constant\" can)");
            }
        }
        if (mode.equals("constant")) {
            Tensor result = Elementwise.full(x.backend(), shape, constant, x.dtype);
            try (Temporaries t = new Temporaries()) {
                Tensor middle = result;
                for (int d = 0; d < shape.length; d++) {
                    middle = t.add(middle.slice(d, widths[d][0], widths[d][0] + x.shape[d], 1));
                }
                Elementwise.copyInto("pad", x, middle);
                return result;
            } catch (RuntimeException | Error e) {
                result.close();
                throw e;
            }
        }
        try (Temporaries t = new Temporaries()) {
            Tensor padded = x;
            for (int d = 0; d < shape.length; d++) {
                long before = widths[d][0];
                long length = x.shape[d];
                if (before == 0 && widths[d][1] == 0) {
                    continue;
                }
                Tensor positions = t.add(Creation.generateIntegers(x.backend(), DType.INT64, new long[] {shape[d]},
                        i -> source(mode, i - before, length)));
                padded = t.add(Indexing.take(padded, positions, d));
            }
            return padded == x ? Elementwise.converted("pad", x, x.dtype) : padded.reshape(padded.shape);
        }
    }

    /** The position in [0, n) that position i (negative before the axis, n or more after it) copies. */
    static long source(String mode, long i, long n) {
        return switch (mode) {
            case "edge" -> Math.min(Math.max(i, 0), n - 1);
            case "wrap" -> Math.floorMod(i, n);
            case "reflect" -> {
                if (n == 1) {
                    yield 0;
                }
                long period = 2 * (n - 1);
                long m = Math.floorMod(i, period);
                yield m < n ? m : period - m;
            }
            case "symmetric" -> {
                long period = 2 * n;
                long m = Math.floorMod(i, period);
                yield m < n ? m : period - 1 - m;
            }
            default -> throw new IllegalStateException("pad: mode " + mode);
        };
    }

    /** NumPy's {@code _as_pairs(pad_width, ndim, as_index=True)}: one (before, after) per axis. */
    private static long[][] pairs(int[][] padWidth, int ndim) {
        if (padWidth.length != 1 && padWidth.length != ndim) {
            throw new IllegalArgumentException("pad: padWidth has " + padWidth.length + " pairs but x has " + ndim
                    + " dimensions (give one pair per axis, or one pair for all)");
        }
        for (int[] pair : padWidth) {
            Objects.requireNonNull(pair, "pad: padWidth has a null pair");
            if (pair.length != 1 && pair.length != 2) {
                throw new IllegalArgumentException("pad: each padWidth pair must be {before, after} or {both}, got "
                        + Arrays.toString(pair));
            }
            if (pair[0] < 0 || pair[pair.length - 1] < 0) {
                throw new IllegalArgumentException("pad: pad widths must not be negative, got " + Arrays.toString(pair));
            }
        }
        long[][] widths = new long[ndim][];
        for (int d = 0; d < ndim; d++) {
            int[] pair = padWidth[padWidth.length == 1 ? 0 : d];
            widths[d] = new long[] {pair[0], pair[pair.length - 1]};
        }
        return widths;
    }
}
