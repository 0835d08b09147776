package io.jtensor;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexIterationTest {

    private static List<long[]> all(long... shape) {
        List<long[]> out = new ArrayList<>();
        for (long[] i : Np.ndindex(shape)) {
            out.add(i);
        }
        return out;
    }

    @Test
    void givesEveryIndexInCOrderAsNumpysNdindex() {
        // np.ndindex(2, 3): (0,0) (0,1) (0,2) (1,0) (1,1) (1,2)
        List<long[]> got = all(2, 3);
        long[][] numpy = {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}};
        assertEquals(numpy.length, got.size());
        for (int k = 0; k < numpy.length; k++) {
            assertArrayEquals(numpy[k], got.get(k));
        }
        long[] shape = {3, 1, 4, 2};
        got = all(shape);
        assertEquals(24, got.size());
        for (int k = 0; k < 24; k++) {
            long rest = k;
            long[] expected = new long[4];
            for (int d = 3; d >= 0; d--) {
                expected[d] = rest % shape[d];
                rest /= shape[d];
            }
            assertArrayEquals(expected, got.get(k), "index " + k);
        }
    }

    @Test
    void zeroDimensionalAndEmptyShapes() {
        List<long[]> scalar = all();
        assertEquals(1, scalar.size());
        assertEquals(0, scalar.getFirst().length);
        assertTrue(all(2, 0, 3).isEmpty());
        Iterator<long[]> it = Np.ndindex(1).iterator();
        assertArrayEquals(new long[] {0}, it.next());
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void eachIndexIsAFreshArrayAndEachIteratorStartsAgain() {
        Iterable<long[]> indices = Np.ndindex(2);
        long[] first = indices.iterator().next();
        first[0] = 7;
        assertArrayEquals(new long[] {0}, indices.iterator().next());
        long[] shape = {2};
        Iterable<long[]> copied = Np.ndindex(shape);
        shape[0] = 5;
        int n = 0;
        for (long[] ignored : copied) {
            n++;
        }
        assertEquals(2, n, "the shape was copied");
    }

    @Test
    void refusesNegativeDimensions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.ndindex(2, -1));
        assertEquals("ndindex: negative dimensions are not allowed, shape (2, -1)", e.getMessage());
    }
}
