package io.jtensor.cli;

import io.jtensor.Tensor;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import static io.jtensor.Np.abs;
import static io.jtensor.Np.add;
import static io.jtensor.Np.array;
import static io.jtensor.Np.divide;
import static io.jtensor.Np.dot;
import static io.jtensor.Np.exp;
import static io.jtensor.Np.multiply;
import static io.jtensor.Np.negative;
import static io.jtensor.Np.norm;
import static io.jtensor.Np.outer;
import static io.jtensor.Np.softmax;
import static io.jtensor.Np.subtract;
import static io.jtensor.Np.sum;

/**
 * The NumPy tutorial jtensor grew from ("Python Basics with Numpy"), step by step on the current
 * backend: each step prints the NumPy expression and the result the way NumPy prints it.
 */
final class Tutorial {

    private static final int TIMED_LENGTH = 1_000_000;
    private static final int TIMED_OUTER_LENGTH = 1_000;
    private static final int WARM_UP_RUNS = 20;
    private static final int TIMED_RUNS = 7;
    private static final double[] X1 = {9, 2, 5, 0, 0, 7, 5, 0, 0, 0, 9, 2, 5, 0, 0};
    private static final double[] X2 = {9, 2, 2, 9, 0, 9, 2, 5, 0, 0, 9, 2, 5, 0, 0};
    private static final double[] IMAGE = {
        0.67826139, 0.29380381, 0.90714982, 0.52835647, 0.4215251, 0.45017551,
        0.92814219, 0.96677647, 0.85304703, 0.52351845, 0.19981397, 0.27417313,
        0.60659855, 0.00533165, 0.10820313, 0.49978937, 0.34144279, 0.94630077};

    private final PrintStream out;
    /** Where the plain Java loops leave their results, so the JIT cannot drop them. */
    private double sink;

    private Tutorial(PrintStream out) {
        this.out = out;
    }

    /** Prints every step of the tutorial to {@code out}. */
    static void run(PrintStream out) {
        Tutorial tutorial = new Tutorial(out);
        tutorial.exponentials();
        tutorial.sigmoid();
        tutorial.reshaping();
        tutorial.softmaxStep();
        tutorial.vectorisation();
        tutorial.losses();
        tutorial.timings();
    }

    private void exponentials() {
        step("math.exp(1)", Double.toString(exp(1.0)));
        step("basic_sigmoid(1) = 1 / (1 + math.exp(-1))", Double.toString(1 / (1 + exp(-1.0))));
        try (Tensor x = array(new long[] {1, 2, 3});
             Tensor matrix = array(new long[] {1, 2, 3, 4, 5, 6}, 2, 3)) {
            show("x = np.array([1, 2, 3]); np.exp(x)", exp(x));
            show("np.exp(np.array([[1, 2, 3], [4, 5, 6]]))", exp(matrix));
            show("x + 3", add(x, 3L));
        }
    }

    private void sigmoid() {
        try (Tensor x = array(new long[] {1, 2, 3});
             Tensor minusX = negative(x); Tensor e = exp(minusX); Tensor denominator = add(1.0, e);
             Tensor s = divide(1.0, denominator)) {
            step("sigmoid(x) = 1 / (1 + np.exp(-x)) with x = np.array([1, 2, 3])", s.toString());
            try (Tensor oneMinus = subtract(1.0, s)) {
                show("sigmoid_derivative(x) = s * (1 - s)", multiply(s, oneMinus));
            }
        }
    }

    private void reshaping() {
        try (Tensor image = array(IMAGE, 3, 3, 2)) {
            show("image2vector(image) = image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1)"
                    + " with image.shape = (3, 3, 2)",
                    image.reshape(image.shape(0) * image.shape(1) * image.shape(2), 1));
        }
        try (Tensor x = array(new double[][] {{0, 3, 4}, {1, 6, 4}});
             Tensor rowNorms = norm(x, 2, new int[] {1}, true)) {
            show("normalizeRows(x) = x / np.linalg.norm(x, axis=1, keepdims=True) with x = [[0, 3, 4], [1, 6, 4]]",
                    divide(x, rowNorms));
        }
    }

    private void softmaxStep() {
        try (Tensor x = array(new double[][] {{9, 2, 5, 0, 0}, {7, 5, 0, 0, 0}});
             Tensor e = exp(x); Tensor rowSums = sum(e, new int[] {1}, true)) {
            show("softmax(x) = np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True) with x = [[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]]",
                    divide(e, rowSums));
            show("the same with the built-in, max-subtracted softmax(x, axis=1)", softmax(x, 1));
        }
    }

    private void vectorisation() {
        try (Tensor x1 = array(X1); Tensor x2 = array(X2)) {
            show("np.dot(x1, x2) with x1 = [9, 2, 5, 0, 0, 7, 5, 0, 0, 0, 9, 2, 5, 0, 0], x2 = [9, 2, 2, 9, 0, 9, 2, 5, 0, 0, 9, 2, 5, 0, 0]",
                    dot(x1, x2));
            show("np.outer(x1, x2)", outer(x1, x2));
            show("np.multiply(x1, x2)", multiply(x1, x2));
        }
    }

    private void losses() {
        try (Tensor yhat = array(new double[] {.9, .2, .1, .4, .9});
             Tensor y = array(new double[] {1, 0, 0, 1, 1});
             Tensor diff = subtract(y, yhat); Tensor absDiff = abs(diff)) {
            show("L1(yhat, y) = np.sum(np.abs(y - yhat)) with yhat = [.9, .2, .1, .4, .9], y = [1, 0, 0, 1, 1]",
                    sum(absDiff));
            show("L2(yhat, y) = np.dot(y - yhat, y - yhat)", dot(diff, diff));
        }
    }

    /** The tutorial's point about vectorisation, on vectors long enough to time: loop vs jtensor. */
    private void timings() {
        Random random = new Random(1);
        double[] a = random.doubles(TIMED_LENGTH).toArray();
        double[] b = random.doubles(TIMED_LENGTH).toArray();
        double[] rows = Arrays.copyOf(a, TIMED_OUTER_LENGTH);
        double[] cols = Arrays.copyOf(b, TIMED_OUTER_LENGTH);
        out.println(">>> plain Java loop vs jtensor, float64, median of " + TIMED_RUNS + " runs after "
                + WARM_UP_RUNS + " warm-up runs");
        try (Tensor ta = array(a); Tensor tb = array(b); Tensor tRows = array(rows); Tensor tCols = array(cols)) {
            timing("dot", TIMED_LENGTH + " elements", () -> {
                double s = 0;
                for (int i = 0; i < a.length; i++) {
                    s += a[i] * b[i];
                }
                sink += s;
            }, () -> dot(ta, tb));
            timing("outer", TIMED_OUTER_LENGTH + " x " + TIMED_OUTER_LENGTH, () -> {
                double[] product = new double[rows.length * cols.length];
                for (int i = 0; i < rows.length; i++) {
                    for (int j = 0; j < cols.length; j++) {
                        product[i * cols.length + j] = rows[i] * cols[j];
                    }
                }
                sink += product[product.length - 1];
            }, () -> outer(tRows, tCols));
            timing("multiply", TIMED_LENGTH + " elements", () -> {
                double[] product = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    product[i] = a[i] * b[i];
                }
                sink += product[product.length - 1];
            }, () -> multiply(ta, tb));
        }
        out.println();
    }

    private void timing(String op, String size, Runnable loop, Supplier<Tensor> vectorised) {
        Runnable tensor = () -> {
            try (Tensor result = vectorised.get()) {
                result.backend().synchronize();
            }
        };
        Stopwatch.time(loop, WARM_UP_RUNS, WARM_UP_RUNS, 0);
        Stopwatch.time(tensor, WARM_UP_RUNS, WARM_UP_RUNS, 0);
        double loopNanos = Stopwatch.time(loop, TIMED_RUNS, TIMED_RUNS, 0).medianNanos();
        double tensorNanos = Stopwatch.time(tensor, TIMED_RUNS, TIMED_RUNS, 0).medianNanos();
        out.printf("%-9s %-20s Java loop %8.3f ms   jtensor %8.3f ms%n", op, size, loopNanos / 1e6, tensorNanos / 1e6);
    }

    private void show(String title, Tensor result) {
        try (result) {
            step(title, result.toString());
        }
    }

    private void step(String title, String value) {
        out.println(">>> " + title);
        out.println(value);
        out.println();
    }
}
