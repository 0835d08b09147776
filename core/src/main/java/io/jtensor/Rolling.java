package io.jtensor;

import io.jtensor.internal.Axes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.roll}: a new tensor whose elements are x's shifted cyclically along some axes. As in
 * NumPy, each rolled axis splits into two runs, and the 2<sup>k</sup> blocks of k rolled axes are
 * copied (the COPY ufunc between slice views) into their places in the result, so every backend
 * runs it with the kernels it has.
 */
final class Rolling {

    private Rolling() {
    }

    /** {@code np.roll(x, shift)}: the flattened x rolled, in x's shape. */
    static Tensor rollFlat(Tensor x, long shift) {
        Objects.requireNonNull(x, "roll: x is null");
        x.checkOpen("roll");
        try (Tensor flat = x.ravel(); Tensor rolled = roll(flat, new long[] {shift}, new int[] {0})) {
            return rolled.reshape(x.shape);
        }
    }

    /**
     * {@code np.roll(x, shifts, axes)}: shifts and axes pair up, one of them may have a single
     * entry that pairs with each of the other's; a repeated axis adds its shifts.
     */
    static Tensor roll(Tensor x, long[] shifts, int[] axes) {
        Objects.requireNonNull(x, "roll: x is null");
        Objects.requireNonNull(shifts, "roll: shifts is null");
        Objects.requireNonNull(axes, "roll: axes is null");
        x.checkOpen("roll");
        int[] normalized = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            normalized[i] = Axes.normalize("roll", axes[i], x.ndim());
        }
        if (shifts.length != axes.length && shifts.length != 1 && axes.length != 1) {
            throw new IllegalArgumentException("roll: " + shifts.length + " shifts " + Arrays.toString(shifts)
                    + " and " + axes.length + " axes " + Arrays.toString(axes)
                    + " do not pair up (give as many of each, or one of either)");
        }
        int pairs = shifts.length == 1 ? axes.length : shifts.length;
        long[] offsets = new long[x.ndim()];
        for (int i = 0; i < pairs; i++) {
            int a = normalized[axes.length == 1 ? 0 : i];
            long length = Math.max(x.shape[a], 1);
            long shift = shifts[shifts.length == 1 ? 0 : i];
            offsets[a] = Math.floorMod(offsets[a] + Math.floorMod(shift, length), length);
        }
        Tensor result = Tensor.allocateUninitialized(x.backend(), x.dtype, x.shape);
        try {
            if (x.size() > 0) {
                copyBlocks(x, result, offsets);
            }
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /** Copies each block of x to its rolled place in result: run 0 of a rolled axis moves up, run 1 wraps to the start. */
    private static void copyBlocks(Tensor x, Tensor result, long[] offsets) {
        int[] rolled = java.util.stream.IntStream.range(0, offsets.length).filter(a -> offsets[a] != 0).toArray();
        for (int block = 0; block < 1 << rolled.length; block++) {
            List<Tensor> views = new ArrayList<>();
            try {
                Tensor source = x;
                Tensor target = result;
                for (int j = 0; j < rolled.length; j++) {
                    int a = rolled[j];
                    long n = x.shape[a];
                    long s = offsets[a];
                    boolean wraps = (block >> j & 1) == 1;
                    source = track(views, source.slice(a, wraps ? n - s : 0, wraps ? n : n - s, 1));
                    target = track(views, target.slice(a, wraps ? 0 : s, wraps ? s : n, 1));
                }
                Elementwise.copyInto("roll", source, target);
            } finally {
                views.forEach(Tensor::close);
            }
        }
    }

    private static Tensor track(List<Tensor> views, Tensor view) {
        views.add(view);
        return view;
    }
}
