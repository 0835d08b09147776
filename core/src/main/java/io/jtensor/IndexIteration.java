package io.jtensor;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** {@code np.ndindex}: the indices of a shape in C order (last index fastest). */
final class IndexIteration implements Iterable<long[]> {

    private final long[] shape;

    IndexIteration(long[] shape) {
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < 0) {
                throw new IllegalArgumentException("ndindex: negative dimensions are not allowed, shape "
                        + Shape.toString(shape));
            }
        }
        this.shape = shape.clone();
    }

    @Override
    public Iterator<long[]> iterator() {
        return new Iterator<>() {
            private final long[] next = new long[shape.length];
            private boolean done = Shape.size(shape) == 0;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public long[] next() {
                if (done) {
                    throw new NoSuchElementException("ndindex: every index of " + Shape.toString(shape) + " was given");
                }
                long[] index = next.clone();
                int d = shape.length - 1;
                while (d >= 0 && ++next[d] == shape[d]) {
                    next[d] = 0;
                    d--;
                }
                done = d < 0;
                return index;
            }
        };
    }
}
