package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Index;
import io.jtensor.Np;
import io.jtensor.Slice;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy's {@code x[index]} and {@code x[index] = value} ({@link Tensor#get(Object...)},
 * {@link Tensor#set(Object, Object...)}): NumPy's {@code indexing2.csv} replayed bit for bit
 * (random index tuples of every kind over random shapes, dtypes and views; each placement rule;
 * assignments with scalars, broadcast and cast values and repeated indices; the errors with
 * NumPy's wording), whether a get is a view or a copy, and repeated-index writes large enough to
 * exercise the device sort.
 */
public abstract class IndexingConformance2 extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("indexing2.csv", r -> r.get("op") + " "
                + (r.get("result_dtype").equals("error") ? "errors" : r.get("result_dtype")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        try {
            replayChecked(row);
        } catch (RuntimeException | AssertionError e) {
            if (e.getMessage() != null && e.getMessage().startsWith(row.where())) {
                throw e;
            }
            throw new AssertionError(row.where() + " x[" + row.get("index") + "]: " + e, e);
        }
    }

    private void replayChecked(Row row) {
        String op = row.get("op");
        String what = row.where() + " x[" + row.get("index") + "]" + (op.equals("set") ? " = " + row.get("value") : "")
                + " with x " + row.get("x");
        Tensor x = (Tensor) ManipulationConformance.operand(row.get("x"));
        Object value = op.equals("set") ? ManipulationConformance.operand(row.get("value")) : null;
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> expected = row.get("result_shape").equals("IndexOutOfBoundsException")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            String numpyMessage = row.get("expected").replace('|', ',');
            String[] fragments = numpyMessage.equals("-") ? new String[] {"index: "}
                    : new String[] {"index: ", numpyMessage};
            throwsWith(expected, () -> {
                Object[] index = parseIndex(row.get("index"));
                if (op.equals("get")) {
                    x.get(index);
                } else {
                    x.set(value, index);
                }
            }, fragments);
            return;
        }
        Object[] index = parseIndex(row.get("index"));
        DType type = dtype(row.get("result_dtype"));
        long[] shape = parseShape(row.get("result_shape"));
        String[] expected = row.get("expected").equals("-") ? new String[0] : tokens(row.get("expected"));
        if (op.equals("set")) {
            x.set(value, index);
            Check.tokens(what, x, type, shape, expected, Tolerance.EXACT, 0);
            return;
        }
        Tensor result = x.get(index);
        assertOnBackend(what, result);
        Check.tokens(what, result, type, shape, expected, Tolerance.EXACT, 0);
        if (row.get("kind").equals("copy")) {
            assertFalse(Np.sharesMemory(result, x), () -> what + ": an advanced index must give a copy");
        } else if (result.size() > 0) {
            assertTrue(Np.sharesMemory(result, x), () -> what + ": a basic index must give a view");
        }
    }

    /** The index items of indexing2.csv's syntax (see gen_indexing2 in generate.py). */
    static Object[] parseIndex(String text) {
        if (text.equals("()")) {
            return new Object[0];
        }
        List<Object> items = new ArrayList<>();
        for (String item : text.split(";")) {
            items.add(switch (item) {
                case "..." -> Index.ELLIPSIS;
                case "None" -> Index.NEW_AXIS;
                case "True" -> true;
                case "False" -> false;
                default -> {
                    if (item.startsWith("t=")) {
                        yield ManipulationConformance.operand(item.substring(2));
                    } else if (item.startsWith("mask[")) {
                        String[] bits = numbers(item.substring(4));
                        boolean[] mask = new boolean[bits.length];
                        for (int i = 0; i < bits.length; i++) {
                            mask[i] = bits[i].equals("1");
                        }
                        yield mask;
                    } else if (item.startsWith("i[")) {
                        yield Arrays.stream(numbers(item.substring(1))).mapToInt(Integer::parseInt).toArray();
                    } else if (item.startsWith("[")) {
                        yield Arrays.stream(numbers(item)).mapToLong(Long::parseLong).toArray();
                    } else if (item.startsWith("f")) {
                        yield Double.parseDouble(item.substring(1));
                    } else if (item.contains(":")) {
                        String[] parts = item.split(":", -1);
                        yield Slice.of(bound(parts[0]), bound(parts[1]), parts.length > 2 ? bound(parts[2]) : null);
                    }
                    yield Long.parseLong(item);
                }
            });
        }
        return items.toArray();
    }

    private static String[] numbers(String bracketed) {
        String inner = bracketed.substring(1, bracketed.length() - 1).trim();
        return inner.isEmpty() ? new String[0] : inner.split(" ");
    }

    private static Long bound(String text) {
        return text.isEmpty() ? null : Long.valueOf(text);
    }

    @Test
    void basicGetIsAViewAndAdvancedGetACopy() {
        Tensor x = Np.arange(12).astype(DType.INT64).reshape(3, 4);
        Tensor view = x.get(Slice.of(1, 3), Slice.of(null, null, -1L));
        Tensor copy = x.get(new long[] {1, 2}, Slice.of(null, null, -1L));
        x.set(100L, 1, 3);
        x.set(-7L, Index.ELLIPSIS, 0);
        assertLongs(view, DType.INT64, new long[] {2, 4}, 100, 6, 5, -7, 11, 10, 9, -7);
        assertLongs(copy, DType.INT64, new long[] {2, 4}, 7, 6, 5, 4, 11, 10, 9, 8);
        view.set(0L, 0);
        assertLongs(x.get(1), DType.INT64, new long[] {4}, 0, 0, 0, 0);
        // two ints are x[2, 1], as Np.index; one index along an axis is select
        assertLongs(x.get(2, 1), DType.INT64, new long[0], 9);
        assertLongs(Np.index(x, 2, 1), DType.INT64, new long[0], 9);
        assertLongs(x.select(1, 1), DType.INT64, new long[] {3}, 1, 0, 9);
    }

    @Test
    void repeatedIndicesLastWriteWinsAtScale() {
        int k = 5000;
        long[] positions = new long[k];
        long[] expected = new long[7];
        Arrays.fill(expected, -1);
        for (int i = 0; i < k; i++) {
            positions[i] = (i * 31L + i / 3) % 7;
            expected[(int) positions[i]] = i;
        }
        Tensor x = Np.full(new long[] {7}, -1.0).astype(DType.INT64);
        x.set(Np.arange(k).astype(DType.INT64), positions);
        assertLongs(x, DType.INT64, new long[] {7}, expected);
        Tensor mask = Np.array(new boolean[] {true, false, true, true, false, false, true});
        x.set(Np.array(new long[] {-1, -2, -3, -4}), mask);
        assertArrayEquals(new long[] {-1, expected[1], -2, -3, expected[4], expected[5], -4}, x.toLongArray());
    }

    @Test
    void extremeSliceBoundsClipAsPython() {
        Tensor x = Np.arange(5).astype(DType.INT64);
        assertLongs(x.get(Slice.of(Long.MIN_VALUE, 2L)), DType.INT64, new long[] {2}, 0, 1);
        assertLongs(x.get(Slice.of(Long.MAX_VALUE, Long.MIN_VALUE, -2L)), DType.INT64, new long[] {3}, 4, 2, 0);
        assertLongs(x.get(Slice.of(3L, Long.MIN_VALUE, Long.MIN_VALUE)), DType.INT64, new long[] {1}, 3);
        assertLongs(x.get(Slice.of(null, null, Long.MAX_VALUE)), DType.INT64, new long[] {1}, 0);
    }

    /**
     * NumPy 2.4: {@code np.zeros((3, 2))[[5], np.array([], bool)]} has shape (0,), no IndexError (an
     * empty broadcast is not checked, nor is a mask's axis of length 0).
     */
    @Test
    void indexArraysWithAnEmptyBroadcastAreNotChecked() {
        Tensor x = Np.arange(6).astype(DType.FLOAT64).reshape(3, 2);
        assertLongs(x.get(new long[] {5}, new boolean[0]).astype(DType.INT64), DType.INT64, new long[] {0});
        Tensor rows = Np.array(new long[] {5, 1}).reshape(2, 1);
        Tensor none = Np.zeros(0).astype(DType.INT64);
        Tensor empty = x.get(rows, none);
        assertEquals(DType.FLOAT64, empty.dtype());
        assertArrayEquals(new long[] {2, 0}, empty.shape());
        assertArrayEquals(new long[] {3, 0}, x.get(Slice.ALL, new boolean[0]).shape());
        assertArrayEquals(new long[] {0}, x.get(Np.zeros(new long[] {3, 0}).astype(DType.BOOL)).shape());
        throwsWith(IllegalArgumentException.class, () -> x.get(Slice.ALL, new boolean[] {true}),
                "boolean index did not match indexed array along axis 1");
        assertArrayEquals(new long[] {0}, x.get(Np.zeros(new long[] {0, 2}).astype(DType.BOOL)).shape());
        throwsWith(IllegalArgumentException.class, () -> x.get(Np.zeros(new long[] {2, 0}).astype(DType.BOOL)),
                "boolean index did not match indexed array along axis 0; size of axis is 3");
        throwsWith(IllegalArgumentException.class, () -> x.get(Np.zeros(new long[] {0, 3}).astype(DType.BOOL)),
                "boolean index did not match indexed array along axis 1; size of axis is 2");
        x.set(1.0, new long[] {5}, new boolean[0]);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, x.toDoubleArray());
        // a 0-d index array is an integer, checked at once: x[np.array(5), np.array([], bool)] is an IndexError
        throwsWith(IndexOutOfBoundsException.class, () -> x.get(Np.array(new long[] {5}).reshape(), new boolean[0]),
                "index 5 is out of bounds for axis 0 with size 3");
        // a slice does not make the index arrays' broadcast empty: x[[5], :0] still checks
        throwsWith(IndexOutOfBoundsException.class, () -> x.get(new long[] {5}, Slice.of(0, 0)),
                "index 5 is out of bounds for axis 0 with size 3");
        throwsWith(IndexOutOfBoundsException.class, () -> x.get(new long[] {5}, new long[] {0}),
                "index 5 is out of bounds for axis 0 with size 3");
    }

    /** NumPy 2.4: {@code x[1, 2] = np.array([5])} is "setting an array element with a sequence"; {@code x[1, 2, ...]} is not. */
    @Test
    void oneElementTakesOnlyAZeroDimensionalValue() {
        Tensor x = Np.zeros(new long[] {2, 3});
        Tensor one = Np.array(new long[] {5});
        throwsWith(IllegalArgumentException.class, () -> x.set(one, 1, 2), "index: ",
                "setting an array element with a sequence");
        throwsWith(IllegalArgumentException.class, () -> x.set(one, 1, Np.array(new long[] {2}).reshape()),
                "setting an array element with a sequence");
        Tensor zeroD = Np.zeros(new long[0]);
        throwsWith(IllegalArgumentException.class, () -> zeroD.set(one), "setting an array element with a sequence");
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0}, x.toDoubleArray());
        x.set(one, 1, 2, Index.ELLIPSIS);
        x.set(Np.array(new long[] {7}).reshape(), 0, 1);
        x.set(one.astype(DType.FLOAT32), 0, Slice.of(2, 3));
        assertArrayEquals(new double[] {0, 7, 5, 0, 0, 5}, x.toDoubleArray());
        zeroD.set(one, Index.ELLIPSIS);
        assertEquals(5.0, zeroD.toDoubleArray()[0]);
        // a bool element takes anything with one truth value: b = np.zeros(2, bool); b[1] = np.array([[5]])
        Tensor b = Np.zeros(new long[] {2}).astype(DType.BOOL);
        b.set(Np.array(new long[] {5}).reshape(1, 1), 1);
        assertArrayEquals(new boolean[] {false, true}, b.toBooleanArray());
        throwsWith(IllegalArgumentException.class, () -> b.set(Np.array(new long[] {0, 1}), 0),
                "setting an array element with a sequence");
    }

    /** NumPy 2.4: {@code x[m] = np.zeros((1, 1))} with m of x's shape is a TypeError; {@code x[m, ...]} and a shallower m are fine. */
    @Test
    void aLoneFullMaskTakesZeroOrOneDimensionalValues() {
        Tensor x = Np.zeros(new long[] {2, 3});
        Tensor m = Np.greater(Np.arange(6).reshape(2, 3), 2.0);
        Tensor column = Np.full(new long[] {1, 1}, 4.0);
        throwsWith(IllegalArgumentException.class, () -> x.set(column, m),
                "boolean array indexing assignment requires a 0 or 1-dimensional input, input has 2 dimensions");
        x.set(column, m, Index.ELLIPSIS);
        x.set(Np.full(new long[] {1}, 7.0), Np.array(new boolean[] {true, false}));
        assertArrayEquals(new double[] {7, 7, 7, 4, 4, 4}, x.toDoubleArray());
        x.set(Np.full(new long[] {1, 1, 1}, 9.0), Np.array(new boolean[] {false, true}));
        assertArrayEquals(new double[] {7, 7, 7, 9, 9, 9}, x.toDoubleArray());
    }

    @Test
    void badItemsAreRejected() {
        Tensor x = Np.zeros(3);
        throwsWith(IllegalArgumentException.class, () -> Slice.of(0L, 2L, 0L), "slice step cannot be zero");
        throwsWith(IllegalArgumentException.class, () -> x.get((Object) null), "index: ", "Index.NEW_AXIS");
        throwsWith(IllegalArgumentException.class, () -> x.get("1:2"), "index: ", "valid indices");
        throwsWith(IllegalArgumentException.class, () -> x.set("one", 0), "index: ", "value");
        throwsWith(IllegalArgumentException.class, () -> x.set(1.0, Np.zeros(1)), "integer (or boolean)");
        assertThrows(IndexOutOfBoundsException.class, () -> x.get(new int[] {0, 3}));
        assertEquals(0.0, x.toDoubleArray()[0]);
    }
}
