package io.jtensor.cli;

import io.jtensor.Np;
import io.jtensor.Tensor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jtensor plot [--out DIR] [--seconds N]}: PNG charts drawn with XChart. {@code exp.png} is
 * the tutorial's {@code np.exp} graph (0..5, 100 points, computed with jtensor's {@code linspace}
 * and {@code exp}); {@code bench.png} shows the throughput of a {@link Benchmark} of about N
 * seconds that this command runs first (its table is printed too), one bar per backend.
 */
final class PlotCommand {

    /** Default output directory, relative to the working directory (git ignores target/). */
    static final Path DEFAULT_OUT = Path.of("target", "jtensor-plots");
    /** Default bench time, in seconds: shorter than {@code bench}'s, the chart needs no precision. */
    static final double DEFAULT_SECONDS = 5;
    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private PlotCommand() {
    }

    /** Writes the charts and prints their paths. */
    static void run(Options options, Console console) throws UsageException, IOException {
        Path out = options.path("out", DEFAULT_OUT);
        double seconds = options.seconds("seconds", DEFAULT_SECONDS, BenchCommand.MAX_SECONDS);
        // XChart draws with AWT; a server has no display, and none is needed to draw into an image.
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(out);
        Path exp = write(expChart(), out.resolve("exp.png"));
        console.out().println("wrote " + exp.toAbsolutePath());
        List<BenchResult> results = Benchmark.run(seconds, console);
        Benchmark.print(results, console.out());
        Path bench = write(benchChart(results), out.resolve("bench.png"));
        console.out().println("wrote " + bench.toAbsolutePath());
    }

    /** exp(x) for 100 points in [0, 5], as the tutorial plots {@code np.exp}. */
    static XYChart expChart() {
        double[] x;
        double[] y;
        try (Tensor xs = Np.linspace(0, 5, 100); Tensor ys = Np.exp(xs)) {
            x = xs.toDoubleArray();
            y = ys.toDoubleArray();
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("exp(x) = Np.exp(Np.linspace(0, 5, 100)) on " + Np.currentBackend().name())
                .xAxisTitle("x").yAxisTitle("exp(x)").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(5.0);
        chart.getStyler().setXAxisDecimalPattern("0.0");
        XYSeries series = chart.addSeries("exp(x)", x, y);
        series.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /** One group of bars per operation, one bar per backend; failed cells are left out. */
    static CategoryChart benchChart(List<BenchResult> results) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("jtensor bench: throughput, median of repeats (higher is better)")
                .xAxisTitle("operation (float32)").yAxisTitle("GB/s, or GFLOP/s for matmul").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setDecimalPattern("#0.0");
        List<BenchOp> ops = List.of(BenchOp.values());
        List<String> categories = ops.stream().map(op -> op.label() + " (" + op.unit() + ")").toList();
        Map<String, Map<BenchOp, Double>> byBackend = new LinkedHashMap<>();
        for (BenchResult r : results) {
            byBackend.computeIfAbsent(r.backend(), b -> new HashMap<>())
                    .put(r.op(), r.failure().isPresent() ? 0.0 : r.throughput());
        }
        byBackend.forEach((backend, values) -> chart.addSeries(backend, categories,
                ops.stream().map(op -> (Number) values.getOrDefault(op, 0.0)).toList()));
        return chart;
    }

    private static Path write(Chart<?, ?> chart, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, stream, BitmapEncoder.BitmapFormat.PNG);
        }
        return file;
    }
}
