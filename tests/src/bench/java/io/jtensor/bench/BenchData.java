package io.jtensor.bench;

/** Shapes shared by the jtensor and ND4J benchmarks, so both measure the same problem. */
final class BenchData {

    private BenchData() {
    }

    /** The side of the square matrix holding {@code size} elements (size must be a square). */
    static long side(int size) {
        long side = Math.round(Math.sqrt(size));
        if (side * side != size) {
            throw new IllegalArgumentException("size " + size + " is not a square");
        }
        return side;
    }
}
