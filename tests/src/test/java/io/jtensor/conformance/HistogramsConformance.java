package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jtensor.conformance.Check.throwsWith;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code histogram} with weights, density and bin estimators, {@code histogramBinEdges},
 * {@code bincount} with weights, {@code histogram2d} and {@code histogramdd}: NumPy's
 * {@code histograms.csv} replayed. Counts, edges and unweighted densities must be NumPy's bit for
 * bit; float weight sums (prefix-sum differences here, sequential or cumulative sums in NumPy)
 * within 1 ULP or 4 eps(result type) times the row's error scale (N sum|w|, carried through a
 * density's divisions; see the file's header).
 */
public abstract class HistogramsConformance extends ConformanceCase {

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("histograms.csv", r -> r.get("op").replaceAll("#\\d+$", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String args = row.get("args");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + args + ")";
        Tensor[] in = Arrays.stream(row.get("inputs").split(";"))
                .map(text -> (Tensor) ManipulationConformance.operand(text)).toArray(Tensor[]::new);
        String name = op.contains("#") ? op.substring(0, op.indexOf('#')) : op;
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> expected = row.get("expected").equals("IndexError")
                    ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            assertThrows(expected, () -> run(name, in, args), what);
            return;
        }
        int part = Integer.parseInt(op.substring(op.indexOf('#') + 1));
        Tensor[] results = run(name, in, args);
        Tensor result = results[part];
        assertOnBackend(what, result);
        double scale = ReferenceData.parseDouble(row.get("scale"));
        Tolerance tolerance = scale == 0 ? Tolerance.EXACT : Tolerance.of(1, 4);
        Check.tokens(what, result, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), tolerance, scale);
    }

    private static Tensor[] run(String op, Tensor[] in, String args) {
        String[] a = args.split(" ");
        return switch (op) {
            case "histogram" -> Np.histogram(in[0], Long.parseLong(a[0]), range(a[1]), in[1], Boolean.parseBoolean(a[2]));
            case "histogram_edges" -> Np.histogram(in[0], in[1], in[2], Boolean.parseBoolean(a[0]));
            case "histogram_est" -> in.length == 1 && a[1].equals("none") ? Np.histogram(in[0], a[0])
                    : Np.histogram(in[0], a[0], range(a[1]), in.length > 1 ? in[1] : null, false);
            case "histogram_bin_edges" -> new Tensor[] {a[0].matches("\\d+")
                    ? (a[1].equals("none") ? Np.histogramBinEdges(in[0], Long.parseLong(a[0]))
                    : Np.histogramBinEdges(in[0], Long.parseLong(a[0]), range(a[1])))
                    : a[1].equals("none") ? Np.histogramBinEdges(in[0], a[0])
                    : Np.histogramBinEdges(in[0], a[0], range(a[1]))};
            case "bincount" -> new Tensor[] {a[0].equals("0") ? Np.bincount(in[0], in[1])
                    : Np.bincount(in[0], in[1], Long.parseLong(a[0]))};
            case "histogram2d" -> {
                boolean density = Boolean.parseBoolean(a[2]);
                if (!a[0].contains("/") && a[1].equals("none") && in[2] == null && !density) {
                    yield Np.histogram2d(in[0], in[1], Long.parseLong(a[0]));
                }
                long[] bins = a[0].contains("/") ? Arrays.stream(a[0].split("/")).mapToLong(Long::parseLong).toArray()
                        : new long[] {Long.parseLong(a[0]), Long.parseLong(a[0])};
                yield Np.histogram2d(in[0], in[1], bins, ranges(a[1]), in[2], density);
            }
            case "histogram2d_edges" -> in[4] == null && !Boolean.parseBoolean(a[0])
                    ? Np.histogram2d(in[0], in[1], in[2], in[3])
                    : Np.histogram2d(in[0], in[1], in[2], in[3], in[4], Boolean.parseBoolean(a[0]));
            case "histogramdd" -> {
                boolean density = Boolean.parseBoolean(a[2]);
                Tensor weights = in[1];
                if (!a[0].contains(";") && a[1].equals("none") && weights == null && !density) {
                    yield Np.histogramdd(in[0], Long.parseLong(a[0]));
                }
                long[] bins = a[0].contains(";") ? Arrays.stream(a[0].split(";")).mapToLong(Long::parseLong).toArray()
                        : filled(in[0], Long.parseLong(a[0]));
                if (a[1].equals("none") && weights == null && !density) {
                    yield Np.histogramdd(in[0], bins);
                }
                yield Np.histogramdd(in[0], bins, ranges(a[1]), weights, density);
            }
            case "histogramdd_edges" -> {
                Tensor[] edges = Arrays.copyOfRange(in, 1, in.length - 1);
                yield in[in.length - 1] == null && !Boolean.parseBoolean(a[0]) ? Np.histogramdd(in[0], edges)
                        : Np.histogramdd(in[0], edges, in[in.length - 1], Boolean.parseBoolean(a[0]));
            }
            default -> throw new IllegalArgumentException("histograms.csv: unknown op " + op);
        };
    }

    private static double[] range(String text) {
        if (text.equals("none")) {
            return null;
        }
        String[] bounds = text.split("/");
        return new double[] {ReferenceData.parseDouble(bounds[0]), ReferenceData.parseDouble(bounds[1])};
    }

    private static double[][] ranges(String text) {
        return text.equals("none") ? null : Arrays.stream(text.split(";")).map(HistogramsConformance::range)
                .toArray(double[][]::new);
    }

    private static long[] filled(Tensor sample, long bins) {
        long[] all = new long[sample.ndim() == 2 ? (int) sample.shape()[1] : 1];
        Arrays.fill(all, bins);
        return all;
    }

    @Test
    void weightedBinsSumTheirWeightsAndDensityIntegratesToOne() {
        try (Tensor x = Np.array(new double[] {1, 2, 2, 5});
             Tensor w = Np.array(new double[] {0.5, 1, 1, 2})) {
            Tensor[] h = Np.histogram(x, 2, null, w, false);
            Check.doubles("weighted", h[0], DType.FLOAT64, new long[] {2}, new double[] {2.5, 2}, Tolerance.EXACT);
            Tensor[] d = Np.histogram(x, 2, new double[] {0, 6}, null, true);
            Check.doubles("density", d[0], DType.FLOAT64, new long[] {2}, new double[] {0.25, 1.0 / 12}, Tolerance.EXACT);
        }
    }

    /** NumPy 2 bins bool data as uint8 (with a RuntimeWarning); values from NumPy 2.4. */
    @Test
    void boolDataIsBinnedAsUint8() {
        try (Tensor b = Np.array(new boolean[] {true, false, true, true});
             Tensor edges = Np.array(new double[] {0, 0.5, 2});
             Tensor w = Np.array(new double[] {1, 2, 3, 4})) {
            Tensor[] h = Np.histogram(b, 2);
            Check.longs("bool counts", h[0], DType.INT64, new long[] {2}, new long[] {1, 3});
            Check.doubles("bool edges", h[1], DType.FLOAT64, new long[] {3}, new double[] {0, 0.5, 1}, Tolerance.EXACT);
            Check.longs("bool over edges", Np.histogram(b, edges)[0], DType.INT64, new long[] {2}, new long[] {1, 3});
            Check.doubles("bool weighted", Np.histogram(b, 2, null, w, false)[0], DType.FLOAT64, new long[] {2},
                    new double[] {2, 8}, Tolerance.EXACT);
            Check.doubles("bool auto edges", Np.histogramBinEdges(b, "auto"), DType.FLOAT64, new long[] {2},
                    new double[] {0, 1}, Tolerance.EXACT);
            Check.longs("bool auto counts", Np.histogram(b, "auto")[0], DType.INT64, new long[] {1}, new long[] {4});
        }
    }

    /**
     * An infinite or NaN weight: bincount and equal bins sum per bin as NumPy's bincount (only that
     * bin), explicit edges as NumPy's cumulative-sum differences (later bins NaN); NumPy 2.4's values.
     */
    @Test
    void infiniteWeightsStayInTheirBinsAsNumpySumsThem() {
        double inf = Double.POSITIVE_INFINITY;
        try (Tensor keys = Np.array(new long[] {0, 2, 2, 3});
             Tensor w = Np.array(new double[] {1, inf, 1, 2});
             Tensor pair = Np.array(new long[] {0, 1, 1, 2});
             Tensor opposite = Np.array(new double[] {inf, -inf, inf, 1});
             Tensor three = Np.array(new long[] {0, 1, 2});
             Tensor nan = Np.array(new double[] {Double.NaN, 1, 2});
             Tensor x = Np.array(new double[] {1, 2, 3, 4});
             Tensor first = Np.array(new double[] {inf, 1, 1, 1});
             Tensor edges = Np.array(new double[] {0, 2.5, 5})) {
            Check.doubles("bincount inf", Np.bincount(keys, w), DType.FLOAT64, new long[] {4},
                    new double[] {1, 0, inf, 2}, Tolerance.EXACT);
            Check.doubles("bincount inf and -inf", Np.bincount(pair, opposite), DType.FLOAT64, new long[] {3},
                    new double[] {inf, Double.NaN, 1}, Tolerance.EXACT);
            Check.doubles("bincount NaN", Np.bincount(three, nan), DType.FLOAT64, new long[] {3},
                    new double[] {Double.NaN, 1, 2}, Tolerance.EXACT);
            Check.doubles("equal bins", Np.histogram(x, 2, null, first, false)[0], DType.FLOAT64, new long[] {2},
                    new double[] {inf, 2}, Tolerance.EXACT);
            Check.doubles("explicit edges", Np.histogram(x, edges, first, false)[0], DType.FLOAT64, new long[] {2},
                    new double[] {inf, Double.NaN}, Tolerance.EXACT);
        }
    }

    /**
     * Integer weights over equal bins are summed exactly and wrapped to their type, as NumPy's
     * explicit-edge path sums them (its equal-bin path goes through float64 and casts back: -2^63 here,
     * a documented deviation).
     */
    @Test
    void integerWeightsAreSummedExactly() {
        try (Tensor x = Np.array(new double[] {1, 2});
             Tensor w = Np.array(new long[] {Long.MAX_VALUE, 10});
             Tensor edges = Np.array(new double[] {1, 2})) {
            Check.longs("equal bins", Np.histogram(x, 1, null, w, false)[0], DType.INT64, new long[] {1},
                    new long[] {Long.MAX_VALUE + 10});
            Check.longs("explicit edges (NumPy's exact path)", Np.histogram(x, edges, w, false)[0], DType.INT64,
                    new long[] {1}, new long[] {Long.MAX_VALUE + 10});
        }
    }

    /** NumPy's quirk: an empty x gives minlength int64 zeros whatever the weights' shape. */
    @Test
    void bincountOfNothingIgnoresTheWeights() {
        try (Tensor empty = Np.array(new long[0]); Tensor w = Np.array(new double[] {1, 2})) {
            Check.longs("empty x", Np.bincount(empty, w, 3), DType.INT64, new long[] {3}, new long[] {0, 0, 0});
        }
    }

    @Test
    void errorsNameTheOpAndTheOffendingValues() {
        try (Tensor x = Np.array(new double[] {1, 2, 3});
             Tensor w = Np.array(new double[] {1, 2});
             Tensor bad = Np.array(new double[] {0, 2, 1});
             Tensor flags = Np.array(new boolean[] {true, false, true});
             Tensor sample = Np.array(new double[][] {{1, 2}, {3, 4}})) {
            throwsWith(IllegalArgumentException.class, () -> Np.histogram(x, 2, null, w, false),
                    "histogram", "weights", "(2,)", "(3,)");
            throwsWith(IllegalArgumentException.class, () -> Np.histogram(x, "bogus"), "histogram", "\"bogus\"", "auto");
            throwsWith(IllegalArgumentException.class, () -> Np.histogram(x, "auto", null, x, false),
                    "histogram", "weighted");
            throwsWith(IllegalArgumentException.class, () -> Np.histogram(x, bad, null, false), "histogram", "monotonic");
            throwsWith(IllegalArgumentException.class, () -> Np.histogram(x, bad, flags, false), "histogram", "monotonic");
            throwsWith(IllegalArgumentException.class, () -> Np.histogram(x, 2, new double[] {3, 1}, null, true),
                    "histogram", "3.0", "1.0");
            throwsWith(IllegalArgumentException.class, () -> Np.bincount(Np.array(new long[] {1, 2}), w.reshape(1, 2)),
                    "bincount", "weights", "(1, 2)");
            throwsWith(IllegalArgumentException.class, () -> Np.histogramdd(sample, new long[] {2, 2, 2}),
                    "histogramdd", "3", "2 dimensions");
            throwsWith(IllegalArgumentException.class, () -> Np.histogramdd(sample, new Tensor[] {bad, bad}),
                    "histogramdd", "bins[0]", "monotonically");
            throwsWith(IllegalArgumentException.class, () -> Np.histogram2d(x, w, 2), "histogram2d", "(3,)", "(2,)");
            throwsWith(IllegalArgumentException.class, () -> Np.histogramdd(Np.zeros(2, 0), new long[0]),
                    "histogramdd", "(2, 0)");
            throwsWith(IllegalArgumentException.class, () -> Np.histogramdd(Np.ones(2, 2, 2), 2),
                    "histogramdd", "(2, 2, 2)");
            throwsWith(IndexOutOfBoundsException.class,
                    () -> Np.histogramdd(sample, new Tensor[] {Np.array(new double[0]), bad}), "histogramdd", "bins[0]");
            throwsWith(IllegalArgumentException.class,
                    () -> Np.histogramdd(sample, new long[] {2, 2}, new double[][] {{2, 1}, null}, null, false),
                    "histogramdd", "2.0", "1.0");
        }
    }

    @Test
    void resultsStayOnTheInputsBackend() {
        try (Tensor x = Np.array(new double[] {0.5, 1.5, 2.5, 0.25});
             Tensor y = Np.array(new double[] {1, 0, 1, 1})) {
            Tensor[] h = Np.histogram2d(x, y, new long[] {2, 2}, null, y, true);
            for (Tensor t : h) {
                assertOnBackend("histogram2d", t);
            }
            assertEquals(3, h.length);
            assertOnBackend("bincount", Np.bincount(Np.array(new long[] {0, 1}), y.slice(0, 0, 2, 1)));
            assertOnBackend("histogram_bin_edges", Np.histogramBinEdges(x, "fd"));
        }
    }

    /** histogramdd and histogram2d bin bool samples as uint8, as histogram does (NumPy 2.4's values). */
    @Test
    void boolSamplesAreBinnedAsUint8InSeveralDimensions() {
        try (Tensor s = Np.array(new boolean[] {true, false, true, true, false, false}).reshape(3, 2);
             Tensor x = Np.array(new boolean[] {true, false, true});
             Tensor y = Np.array(new boolean[] {true, true, false})) {
            // np.histogramdd([[True, False], [True, True], [False, False]], bins=[2, 2])
            Tensor[] h = Np.histogramdd(s, new long[] {2, 2});
            Check.doubles("bool histogramdd", h[0], DType.FLOAT64, new long[] {2, 2}, new double[] {1, 0, 1, 1},
                    Tolerance.EXACT);
            Check.doubles("bool histogramdd edges", h[1], DType.FLOAT64, new long[] {3}, new double[] {0, 0.5, 1},
                    Tolerance.EXACT);
            // np.histogram2d([True, False, True], [True, True, False], bins=2)
            Tensor[] h2 = Np.histogram2d(x, y, 2);
            Check.doubles("bool histogram2d", h2[0], DType.FLOAT64, new long[] {2, 2}, new double[] {0, 1, 1, 1},
                    Tolerance.EXACT);
            Check.doubles("bool histogram2d y edges", h2[2], DType.FLOAT64, new long[] {3}, new double[] {0, 0.5, 1},
                    Tolerance.EXACT);
        }
    }

    /** A sample of no points ignores the weights' shape, as NumPy's bincount does (NumPy 2.4's values). */
    @Test
    void noPointsIgnoreTheWeights() {
        try (Tensor none = Np.zeros(0, 2); Tensor w = Np.ones(1); Tensor w2 = Np.ones(2, 2)) {
            // np.histogramdd(np.zeros((0, 2)), bins=[1, 3], weights=np.ones(1), range=[[0.5, 4], [-2, -2]])
            Tensor[] h = Np.histogramdd(none, new long[] {1, 3}, new double[][] {{0.5, 4}, {-2, -2}}, w, false);
            Check.doubles("no points", h[0], DType.FLOAT64, new long[] {1, 3}, new double[] {0, 0, 0}, Tolerance.EXACT);
            Check.doubles("no points, edges", h[2], DType.FLOAT64, new long[] {4},
                    new double[] {-2.5, -2.1666666666666665, -1.8333333333333335, -1.5}, Tolerance.EXACT);
            // np.histogramdd(np.zeros((0, 2)), bins=[1, 3], weights=np.ones((2, 2)))[0]: [[0. 0. 0.]]
            Check.doubles("no points, 2-d weights", Np.histogramdd(none, new long[] {1, 3}, null, w2, false)[0],
                    DType.FLOAT64, new long[] {1, 3}, new double[] {0, 0, 0}, Tolerance.EXACT);
            // np.histogram2d(np.zeros(0), np.zeros(0), bins=[2, 1], weights=np.ones(1), density=True)[0]: NaN
            Check.doubles("no points, density", Np.histogram2d(Np.zeros(0), Np.zeros(0), new long[] {2, 1}, null, w,
                    true)[0], DType.FLOAT64, new long[] {2, 1}, new double[] {Double.NaN, Double.NaN}, Tolerance.EXACT);
        }
    }
}
