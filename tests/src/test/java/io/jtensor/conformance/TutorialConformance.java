package io.jtensor.conformance;

import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.conformance.ReferenceData.Row;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import static io.jtensor.DType.FLOAT64;
import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NumPy's "Python Basics with Numpy" tutorial, step by step, written with jtensor: every result
 * is compared with the value NumPy computes (tutorial.csv, from {@code generate.py}; the values
 * quoted in the comments are what the tutorial prints) and its {@code toString()} with NumPy's
 * printed {@code str()}.
 */
public abstract class TutorialConformance extends ConformanceCase {

    /** Two roundings of arithmetic on top of the backend's exp. */
    private Tolerance expBased() {
        Tolerance exp = suite().unaryTolerance(UnaryOp.EXP, FLOAT64);
        return new Tolerance(exp.ulps() + 2, exp.epsScale(), true);
    }

    private Row step(String name) {
        return ReferenceData.table("tutorial.csv").rows().stream().filter(r -> r.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("tutorial.csv has no step " + name));
    }

    /** Compares values (within tol) and, when printed, the str NumPy prints. */
    private void expectStep(String name, Tensor actual, Tolerance tol, boolean compareString) {
        Row row = step(name);
        assertOnBackend(name, actual);
        Check.tokens(row.where() + " " + name, actual, dtype(row.get("result_dtype")), parseShape(row.get("shape")),
                tokens(row.get("expected")), tol, 0);
        if (compareString) {
            assertEquals(row.get("str").replace("\\n", "\n"), actual.toString(), row.where() + " str(" + name + ")");
        }
    }

    @Test
    void basicSigmoid() {
        // basic_sigmoid(3) = 1 / (1 + math.exp(-3)) = 0.9525741268224334
        double s = 1 / (1 + Np.exp(-3.0));
        Check.compareDoubles("basic_sigmoid(3)", shape(), FLOAT64, new double[] {0.9525741268224334},
                new double[] {s}, expBased(), 0, null);
        Check.compareDoubles("sigmoid(3.0)", shape(), FLOAT64, new double[] {0.9525741268224334},
                new double[] {Np.sigmoid(3.0)}, suite().unaryTolerance(UnaryOp.SIGMOID, FLOAT64), 0, null);
    }

    @Test
    void expAndBroadcastAddition() {
        Tensor x = f64(1, 2, 3);
        // np.exp(x) = [ 2.71828183  7.3890561  20.08553692]
        expectStep("exp", Np.exp(x), suite().unaryTolerance(UnaryOp.EXP, FLOAT64), true);
        // x + 3 = [4. 5. 6.]
        expectStep("x_plus_3", Np.add(x, 3.0), Tolerance.EXACT, true);
    }

    @Test
    void sigmoidAndItsDerivative() {
        Tensor x = f64(1, 2, 3);
        // sigmoid(x) = 1 / (1 + np.exp(-x)) = [0.73105858 0.88079708 0.95257413]
        Tensor s = Np.divide(1.0, Np.add(1.0, Np.exp(Np.negative(x))));
        expectStep("sigmoid", s, expBased(), true);
        expectStep("sigmoid", Np.sigmoid(x), suite().unaryTolerance(UnaryOp.SIGMOID, FLOAT64), true);
        // sigmoid_derivative(x) = s * (1 - s) = [0.19661193 0.10499359 0.04517666]
        Tensor ds = Np.multiply(s, Np.subtract(1.0, s));
        expectStep("sigmoid_derivative", ds, new Tolerance(expBased().ulps() * 8, 0, true), true);
    }

    @Test
    void image2vector() {
        double[] pixels = {
            0.67826139, 0.29380381, 0.90714982, 0.52835647, 0.4215251, 0.45017551,
            0.92814219, 0.96677647, 0.85304703, 0.52351845, 0.19981397, 0.27417313,
            0.60659855, 0.00533165, 0.10820313, 0.49978937, 0.34144279, 0.94630077};
        Tensor image = Np.array(pixels, 3, 3, 2);
        Tensor v = image.reshape(image.shape(0) * image.shape(1) * image.shape(2), 1);
        expectStep("image2vector", v, Tolerance.EXACT, true);
    }

    @Test
    void normalizeRows() {
        Tensor x = Np.array(new double[][] {{0, 3, 4}, {1, 6, 4}});
        Tensor norms = Np.norm(x, 2, new int[] {1}, true);
        // [[0.         0.6        0.8       ]
        //  [0.13736056 0.82416338 0.54944226]]
        expectStep("normalize_rows", Np.divide(x, norms), suite().linalgTolerance("norm", FLOAT64), true);
    }

    @Test
    void softmax() {
        Tensor x = Np.array(new double[][] {{9, 2, 5, 0, 0}, {7, 5, 0, 0, 0}});
        Tensor e = Np.exp(x);
        Tensor byHand = Np.divide(e, Np.sum(e, new int[] {1}, true));
        Tolerance tol = new Tolerance(expBased().ulps() + 4, 0, true);
        expectStep("softmax", byHand, tol, true);
        expectStep("softmax", Np.softmax(x, 1), tol, true);
    }

    @Test
    void lossFunctions() {
        Tensor yhat = f64(.9, .2, .1, .4, .9);
        Tensor y = f64(1, 0, 0, 1, 1);
        // L1 = np.sum(np.abs(y - yhat)) = 1.1
        expectStep("l1", Np.sum(Np.abs(Np.subtract(y, yhat))), suite().reductionTolerance("sum", FLOAT64), true);
        // L2 = np.dot(y - yhat, y - yhat) = 0.43
        Tensor d = Np.subtract(y, yhat);
        expectStep("l2", Np.dot(d, d), suite().linalgTolerance("dot", FLOAT64), true);
    }

    @Test
    void vectorizedProducts() {
        Tensor x1 = f64(9, 2, 5, 0, 0, 7, 5, 0, 0, 0, 9, 2, 5, 0, 0);
        Tensor x2 = f64(9, 2, 2, 9, 0, 9, 2, 5, 0, 0, 9, 2, 5, 0, 0);
        // dot = 278
        expectStep("dot", Np.dot(x1, x2), Tolerance.EXACT, true);
        expectStep("outer", Np.outer(x1, x2), Tolerance.EXACT, true);
        // multiply = [81. 4. 10. 0. 0. 63. 10. 0. 0. 0. 81. 4. 25. 0. 0.]
        expectStep("multiply", Np.multiply(x1, x2), Tolerance.EXACT, true);
    }
}
