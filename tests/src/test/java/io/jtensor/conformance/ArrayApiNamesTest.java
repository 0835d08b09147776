package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** NumPy 2's array-API names give exactly what the NumPy names they stand for give. */
class ArrayApiNamesTest {

    private static void same(String name, Supplier<Tensor> alias, Supplier<Tensor> original) {
        try (Tensor a = alias.get(); Tensor o = original.get()) {
            assertEquals(o.dtype(), a.dtype(), name + " dtype");
            assertArrayEquals(o.shape(), a.shape(), name + " shape");
            assertArrayEquals(o.toDoubleArray(), a.toDoubleArray(), name + " values");
        }
    }

    @Test
    void eachNameGivesItsOriginal() {
        try (Tensor x = Np.array(new double[] {-0.75, -0.25, 0.0, 0.5, 0.9, 0.3}, 2, 3);
             Tensor big = Np.array(new double[] {1.5, 2.0, 3.0, 7.0, 1.25, 9.0}, 2, 3);
             Tensor y = Np.array(new double[] {2.0, -1.0, 0.5}, 3);
             Tensor i = Np.array(new long[] {5, -3, 12, 7, 0, -9}, 2, 3);
             Tensor shifts = Np.array(new long[] {1, 2, 3}, 3)) {
            same("acos", () -> Np.acos(x), () -> Np.arccos(x));
            same("acosh", () -> Np.acosh(big), () -> Np.arccosh(big));
            same("asin", () -> Np.asin(x), () -> Np.arcsin(x));
            same("asinh", () -> Np.asinh(x), () -> Np.arcsinh(x));
            same("atan", () -> Np.atan(x), () -> Np.arctan(x));
            same("atanh", () -> Np.atanh(x), () -> Np.arctanh(x));
            same("atan2", () -> Np.atan2(x, y), () -> Np.arctan2(x, y));
            same("pow", () -> Np.pow(big, y), () -> Np.power(big, y));
            same("pow scalar", () -> Np.pow(big, 0.5), () -> Np.power(big, 0.5));
            same("mod", () -> Np.mod(i, shifts), () -> Np.remainder(i, shifts));
            same("trueDivide", () -> Np.trueDivide(i, shifts), () -> Np.divide(i, shifts));
            same("bitwiseInvert", () -> Np.bitwiseInvert(i), () -> Np.invert(i));
            same("bitwiseLeftShift", () -> Np.bitwiseLeftShift(i, shifts), () -> Np.leftShift(i, shifts));
            same("bitwiseRightShift", () -> Np.bitwiseRightShift(i, shifts), () -> Np.rightShift(i, shifts));
            same("concat", () -> Np.concat(x, big), () -> Np.concatenate(x, big));
            same("concat axis", () -> Np.concat(new Tensor[] {x, big}, 1), () -> Np.concatenate(new Tensor[] {x, big}, 1));
            same("permuteDims", () -> Np.permuteDims(x, 1, 0), () -> x.transpose(1, 0));
            same("amax", () -> Np.amax(i), () -> Np.max(i));
            same("amax axes", () -> Np.amax(i, new int[] {1}, true), () -> Np.max(i, new int[] {1}, true));
            same("amin", () -> Np.amin(x), () -> Np.min(x));
            same("amin axes", () -> Np.amin(x, new int[] {0}, false), () -> Np.min(x, new int[] {0}, false));
            try (Tensor m = Np.mod(i, shifts)) {
                assertEquals(DType.INT64, m.dtype());
            }
        }
    }
}
