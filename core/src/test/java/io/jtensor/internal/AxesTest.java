package io.jtensor.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Axis normalisation and its error messages. */
class AxesTest {

    @Test
    void negativeAxesCountFromTheEnd() {
        assertEquals(1, Axes.normalize("sum", -1, 2));
        assertArrayEquals(new int[] {0, 2}, Axes.normalizeAll("sum", new int[] {-1, 0}, 3));
        assertArrayEquals(new int[] {0, 1, 2}, Axes.normalizeAll("sum", null, 3));
        assertArrayEquals(new int[] {1}, Axes.complement(new int[] {0, 2}, 3));
    }

    @Test
    void outOfRangeMessageGivesValidRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> Axes.normalize("sum", 3, 2));
        assertEquals("sum: axis 3 is out of range for a 2-d tensor (valid: -2..1)", e.getMessage());
        var scalar = assertThrows(IllegalArgumentException.class, () -> Axes.normalize("softmax", 0, 0));
        assertEquals("softmax: axis 0 is out of range for a 0-d tensor (valid: none: the tensor is 0-d)",
                scalar.getMessage());
    }

    @Test
    void repeatedAxisIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Axes.normalizeAll("mean", new int[] {1, -1}, 2));
        assertEquals("mean: axis -1 is repeated in [1, -1] (each axis may appear once)", e.getMessage());
    }
}
