package io.jtensor.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NumPy broadcasting rules, including size-0 and 0-d shapes. */
class BroadcastTest {

    @Test
    void alignsFromTheRightAndStretchesOnes() {
        assertArrayEquals(new long[] {2, 3, 4}, Broadcast.shapes("add", new long[] {3, 1}, new long[] {2, 1, 4}));
        assertArrayEquals(new long[] {5}, Broadcast.shapes("add", new long[0], new long[] {5}));
        assertArrayEquals(new long[] {0, 3}, Broadcast.shapes("add", new long[] {0, 1}, new long[] {3}));
        assertArrayEquals(new long[0], Broadcast.shapes("add", new long[0], new long[0]));
    }

    @Test
    void zeroDoesNotStretchToNonOne() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Broadcast.shapes("add", new long[] {0}, new long[] {3}));
        assertEquals("add: operands could not be broadcast together with shapes (0,) (3,)", e.getMessage());
    }

    @Test
    void mismatchNamesOpAndShapes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Broadcast.shapes("multiply", new long[] {3}, new long[] {4}));
        assertEquals("multiply: operands could not be broadcast together with shapes (3,) (4,)", e.getMessage());
    }

    @Test
    void broadcastStridesAreZeroOnStretchedAndNewAxes() {
        assertArrayEquals(new long[] {0, 0, 1}, Broadcast.strides(new long[] {1, 4}, new long[] {4, 1},
                new long[] {2, 3, 4}));
        assertTrue(Broadcast.broadcastsTo(new long[] {3, 1}, new long[] {2, 3, 5}));
        assertFalse(Broadcast.broadcastsTo(new long[] {2, 3}, new long[] {3}));
    }
}
