package io.jtensor;

import io.jtensor.internal.Broadcast;

import java.util.Arrays;

/** {@code np.broadcast_shapes(*shapes)}: the shape of a broadcast of the given shapes, no tensor needed. */
final class BroadcastShapes {

    private BroadcastShapes() {
    }

    static long[] of(long[]... shapes) {
        String name = "broadcastShapes";
        if (shapes == null) {
            throw new IllegalArgumentException(name + ": shapes is null");
        }
        for (long[] shape : shapes) {
            if (shape == null) {
                throw new IllegalArgumentException(name + ": a shape is null");
            }
            for (long d : shape) {
                if (d < 0) {
                    throw new IllegalArgumentException(name + ": negative dimensions are not allowed, got "
                            + Arrays.toString(shape));
                }
            }
        }
        return Broadcast.shapes(name, shapes);
    }
}
