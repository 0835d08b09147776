package io.jtensor;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shape arithmetic: sizes (with overflow and zero dimensions), NumPy printing, C strides. */
class ShapeTest {

    @Test
    void sizeMultipliesDimensionsAndTreatsScalarsAsOne() {
        assertEquals(1, Shape.size(new long[0]));
        assertEquals(24, Shape.size(new long[] {2, 3, 4}));
        assertEquals(0, Shape.size(new long[] {5, 0, Long.MAX_VALUE}));
        assertEquals(3_000_000_000L, Shape.size(new long[] {3_000_000_000L}));
    }

    @Test
    void sizeRejectsNegativeAndOverflowingShapes() {
        var negative = assertThrows(IllegalArgumentException.class, () -> Shape.size(new long[] {2, -1}));
        assertTrue(negative.getMessage().contains("negative dimension -1"), negative.getMessage());
        var overflow = assertThrows(IllegalArgumentException.class,
                () -> Shape.size(new long[] {1L << 32, 1L << 32}));
        assertTrue(overflow.getMessage().contains("more than Long.MAX_VALUE"), overflow.getMessage());
    }

    @Test
    void printsLikeNumpy() {
        assertEquals("()", Shape.toString(new long[0]));
        assertEquals("(3,)", Shape.toString(new long[] {3}));
        assertEquals("(2, 3)", Shape.toString(new long[] {2, 3}));
    }

    @Test
    void contiguousStridesAreRowMajor() {
        assertArrayEquals(new long[] {12, 4, 1}, Shape.contiguousStrides(new long[] {2, 3, 4}));
        assertArrayEquals(new long[] {1, 1}, Shape.contiguousStrides(new long[] {0, 1}));
    }
}
