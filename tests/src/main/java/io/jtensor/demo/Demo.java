package io.jtensor.demo;

import io.jtensor.Tensor;
import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendStatus;
import io.jtensor.backend.Backends;

import static io.jtensor.Np.*;

/**
 * Walks the NumPy tutorial jtensor grew from ("Python Basics with Numpy") on the default backend,
 * printing each result the way NumPy prints it.
 *
 * <p>Run it with {@code mvn -q -DskipTests -Pdemo verify}; choose a backend with
 * {@code -Djtensor.backend=NAME} (a system property of the demo JVM: set {@code JTENSOR_BACKEND}
 * in the environment instead when running through Maven).
 */
public final class Demo {

    private Demo() {
    }

    /** Runs the tutorial. */
    public static void main(String[] args) {
        Backend backend = Backends.defaultBackend();
        System.out.println("jtensor demo on backend '" + backend.name() + "': " + backend.deviceDescription());
        System.out.println("  chosen by: " + Backends.defaultBackendReason());
        for (BackendStatus status : Backends.statuses()) {
            if (!status.available()) {
                System.out.println("  skipped '" + status.name() + "': " + status.reason());
            }
        }
        System.out.println();

        step("basic_sigmoid(3) = 1 / (1 + math.exp(-3))", Double.toString(1 / (1 + exp(-3.0))));
        try (Tensor x = array(new double[] {1, 2, 3})) {
            show("np.exp(x), x = [1, 2, 3]", exp(x));
            show("x + 3", add(x, 3.0));
            try (Tensor s = sigmoid(x)) {
                show("sigmoid(x)", s.copy());
                try (Tensor oneMinus = subtract(1.0, s)) {
                    show("sigmoid_derivative(x) = s * (1 - s)", multiply(s, oneMinus));
                }
            }
        }
        double[] pixels = {
            0.67826139, 0.29380381, 0.90714982, 0.52835647, 0.4215251, 0.45017551,
            0.92814219, 0.96677647, 0.85304703, 0.52351845, 0.19981397, 0.27417313,
            0.60659855, 0.00533165, 0.10820313, 0.49978937, 0.34144279, 0.94630077};
        try (Tensor image = array(pixels, 3, 3, 2)) {
            show("image2vector(image) with image.shape = (3, 3, 2)", image.reshape(image.shape(0) * image.shape(1) * image.shape(2), 1));
        }
        try (Tensor x = array(new double[][] {{0, 3, 4}, {1, 6, 4}});
             Tensor rowNorms = norm(x, 2, new int[] {1}, true)) {
            show("normalizeRows([[0, 3, 4], [1, 6, 4]])", divide(x, rowNorms));
        }
        try (Tensor x = array(new double[][] {{9, 2, 5, 0, 0}, {7, 5, 0, 0, 0}})) {
            show("softmax([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]], axis=1)", softmax(x, 1));
        }
        try (Tensor yhat = array(new double[] {.9, .2, .1, .4, .9});
             Tensor y = array(new double[] {1, 0, 0, 1, 1});
             Tensor diff = subtract(y, yhat); Tensor absDiff = abs(diff)) {
            show("L1(yhat, y)", sum(absDiff));
            show("L2(yhat, y)", dot(diff, diff));
        }
        double[] v1 = {9, 2, 5, 0, 0, 7, 5, 0, 0, 0, 9, 2, 5, 0, 0};
        double[] v2 = {9, 2, 2, 9, 0, 9, 2, 5, 0, 0, 9, 2, 5, 0, 0};
        try (Tensor x1 = array(v1); Tensor x2 = array(v2)) {
            long start = System.nanoTime();
            double loopDot = 0;
            for (int i = 0; i < v1.length; i++) {
                loopDot += v1[i] * v2[i];
            }
            long loopNanos = System.nanoTime() - start;
            start = System.nanoTime();
            Tensor vectorDot = dot(x1, x2);
            long tensorNanos = System.nanoTime() - start;
            show("dot(x1, x2)  [Java loop gave " + loopDot + " in " + loopNanos / 1000 + " us; jtensor "
                    + tensorNanos / 1000 + " us]", vectorDot);
            show("outer(x1, x2)", outer(x1, x2));
            show("multiply(x1, x2)", multiply(x1, x2));
        }
    }

    private static void show(String title, Tensor result) {
        try (result) {
            step(title, result.toString());
        }
    }

    private static void step(String title, String value) {
        System.out.println(">>> " + title);
        System.out.println(value);
        System.out.println();
    }
}
