package io.jtensor.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Dimension merging before kernel launches. */
class DimsTest {

    @Test
    void contiguousOperandsMergeIntoOneDimension() {
        Dims.Collapsed c = Dims.collapse(new long[] {2, 3, 4}, new long[] {12, 4, 1}, new long[] {12, 4, 1});
        assertArrayEquals(new long[] {24}, c.shape());
        assertArrayEquals(new long[] {1}, c.strides()[0]);
        assertArrayEquals(new long[] {1}, c.strides()[1]);
    }

    @Test
    void broadcastOperandStopsMergingWhereItsStridesBreak() {
        Dims.Collapsed c = Dims.collapse(new long[] {2, 3, 4}, new long[] {12, 4, 1}, new long[] {0, 4, 1});
        assertArrayEquals(new long[] {2, 12}, c.shape());
        assertArrayEquals(new long[] {12, 1}, c.strides()[0]);
        assertArrayEquals(new long[] {0, 1}, c.strides()[1]);
    }

    @Test
    void sizeOneDimensionsDropAndScalarsStayNull() {
        Dims.Collapsed c = Dims.collapse(new long[] {1, 5, 1}, new long[] {5, 1, 1}, null);
        assertArrayEquals(new long[] {5}, c.shape());
        assertArrayEquals(new long[] {1}, c.strides()[0]);
        assertNull(c.strides()[1]);
    }

    @Test
    void transposedOperandIsNotMerged() {
        Dims.Collapsed c = Dims.collapse(new long[] {3, 2}, new long[] {2, 1}, new long[] {1, 3});
        assertArrayEquals(new long[] {3, 2}, c.shape());
        assertArrayEquals(new long[] {1, 3}, c.strides()[1]);
    }
}
