package io.jtensor;

/**
 * NumPy 2.4's {@code numpy.testing} array assertions for tests written against jtensor: the same
 * checks in the same order and the same {@link AssertionError} messages, character for character.
 *
 * <p>Every assertion follows {@code assert_array_compare}: the shapes must match (or one side is
 * 0-d and is broadcast; with {@code strict} shapes and dtypes must both match), NaNs must sit at
 * the same positions (when NaNs count as equal), infinities at the same positions with the same
 * signs, and those flagged positions are left out before the element comparison. A failure
 * reports the number and share of mismatched elements, the first five mismatched indices with
 * both values as NumPy prints its scalars, the largest absolute and relative difference among the
 * violations (computed in the arrays' own dtype, integer wrap-around included, and {@code inf}
 * when every violating desired value is zero; left out for two bool arrays, whose difference
 * NumPy refuses) and the {@code array_repr} of both inputs cut to three lines plus {@code ...}.
 * The print options in force ({@link Np#printOptions}) shape the printed arrays, as in NumPy.
 *
 * <p>The tensors may live on any backend: each is read back to the host once, and the few 0-d
 * values and sub-arrays the message prints are created on the actual tensor's backend only to be
 * formatted. The {@code verbose} argument of NumPy is not offered (always {@code True}).
 *
 * <pre>{@code
 * NpTesting.assertAllclose(Np.array(new double[] {1, 2}), Np.array(new double[] {1, 2.1}), 1e-3, 0);
 * // AssertionError:
 * //
 * // Not equal to tolerance rtol=0.001, atol=0
 * //
 * // Mismatched elements: 1 / 2 (50%)
 * // Mismatch at index:
 * //  [1]: 2.0 (ACTUAL), 2.1 (DESIRED)
 * // Max absolute difference among violations: 0.1
 * // Max relative difference among violations: 0.04761905
 * //  ACTUAL: array([1., 2.])
 * //  DESIRED: array([1. , 2.1])
 * }</pre>
 */
public final class NpTesting {

    private NpTesting() {
    }

    /** {@link #assertAllclose(Tensor, Tensor, double, double, boolean, String, boolean)} with rtol=1e-7, atol=0. */
    public static void assertAllclose(Tensor actual, Tensor desired) {
        assertAllclose(actual, desired, 1e-7, 0, true, "", false);
    }

    /** {@link #assertAllclose(Tensor, Tensor, double, double, boolean, String, boolean)} with NaNs equal. */
    public static void assertAllclose(Tensor actual, Tensor desired, double rtol, double atol) {
        assertAllclose(actual, desired, rtol, atol, true, "", false);
    }

    /** {@link #assertAllclose(Tensor, Tensor, double, double, boolean, String, boolean)} with no message. */
    public static void assertAllclose(Tensor actual, Tensor desired, double rtol, double atol, boolean equalNan) {
        assertAllclose(actual, desired, rtol, atol, equalNan, "", false);
    }

    /** {@link #assertAllclose(Tensor, Tensor, double, double, boolean, String, boolean)}, not strict. */
    public static void assertAllclose(Tensor actual, Tensor desired, double rtol, double atol, boolean equalNan,
                                      String errMsg) {
        assertAllclose(actual, desired, rtol, atol, equalNan, errMsg, false);
    }

    /**
     * {@code np.testing.assert_allclose(actual, desired, rtol, atol, equal_nan, err_msg, strict=strict)}:
     * every element satisfies {@link Np#isclose}'s test {@code |actual - desired| <= atol + rtol *
     * |desired|}, computed in the dtype NumPy uses (float32 stays float32, integers become float64).
     * With {@code equalNan} NaNs at the same positions pass (otherwise any NaN fails as a
     * mismatch); infinities must be at the same positions with the same sign. The header is
     * {@code Not equal to tolerance rtol=%g, atol=%g}.
     *
     * <pre>{@code
     * NpTesting.assertAllclose(Np.array(new double[] {1, Double.NaN}), Np.array(new double[] {1.0000001, Double.NaN}), 1e-6, 0);
     * }</pre>
     *
     * @throws AssertionError with NumPy's message when the tensors are not close
     * @throws NullPointerException for a null tensor or message
     */
    public static void assertAllclose(Tensor actual, Tensor desired, double rtol, double atol, boolean equalNan,
                                      String errMsg, boolean strict) {
        String header = "Not equal to tolerance rtol=" + ArrayComparison.general(rtol) + ", atol="
                + ArrayComparison.general(atol);
        ArrayComparison.compare(ArrayComparison.isclose(rtol, atol, equalNan), actual, desired, errMsg, header, 6,
                equalNan, true, strict, ArrayComparison.ACTUAL_DESIRED);
    }

    /** {@link #assertArrayEqual(Tensor, Tensor, String, boolean)} with no message, not strict. */
    public static void assertArrayEqual(Tensor actual, Tensor desired) {
        assertArrayEqual(actual, desired, "", false);
    }

    /** {@link #assertArrayEqual(Tensor, Tensor, String, boolean)}, not strict. */
    public static void assertArrayEqual(Tensor actual, Tensor desired, String errMsg) {
        assertArrayEqual(actual, desired, errMsg, false);
    }

    /**
     * {@code np.testing.assert_array_equal(actual, desired, err_msg, strict=strict)}: equal
     * shapes (a 0-d side is broadcast unless {@code strict}, which also demands equal dtypes) and
     * equal elements under NumPy's promotion; NaNs at the same positions are equal, infinities
     * must match in position and sign. Header {@code Arrays are not equal}.
     *
     * <pre>{@code
     * NpTesting.assertArrayEqual(Np.array(new long[] {1, 2}), Np.array(new double[] {1, 2}));   // passes
     * }</pre>
     *
     * @throws AssertionError with NumPy's message when the tensors differ
     */
    public static void assertArrayEqual(Tensor actual, Tensor desired, String errMsg, boolean strict) {
        ArrayComparison.compare(ArrayComparison::equal, actual, desired, errMsg, "Arrays are not equal", 6, true,
                true, strict, ArrayComparison.ACTUAL_DESIRED);
    }

    /** {@link #assertArrayAlmostEqual(Tensor, Tensor, int, String)} with decimal=6 and no message. */
    public static void assertArrayAlmostEqual(Tensor actual, Tensor desired) {
        assertArrayAlmostEqual(actual, desired, 6, "");
    }

    /** {@link #assertArrayAlmostEqual(Tensor, Tensor, int, String)} with no message. */
    public static void assertArrayAlmostEqual(Tensor actual, Tensor desired, int decimal) {
        assertArrayAlmostEqual(actual, desired, decimal, "");
    }

    /**
     * {@code np.testing.assert_array_almost_equal(actual, desired, decimal, err_msg)}: every
     * element satisfies {@code abs(actual - desired) < 1.5 * 10**(-decimal)}, with desired cast to
     * {@code result_type(desired, 1.0)} first and, for a float32 difference, the bound rounded to
     * float32 as NumPy's weak Python float is. NaN and inf positions are handled as in
     * {@link #assertArrayEqual}. The arrays print with {@code precision=decimal}. Header
     * {@code Arrays are not almost equal to <decimal> decimals}.
     *
     * <pre>{@code
     * NpTesting.assertArrayAlmostEqual(Np.array(new double[] {1.0}), Np.array(new double[] {1.0000004}));  // passes
     * }</pre>
     *
     * @throws AssertionError           with NumPy's message when the tensors are not almost equal
     * @throws IllegalArgumentException for a negative {@code decimal} (NumPy then fails while
     *                                  printing the arrays with a negative precision)
     */
    public static void assertArrayAlmostEqual(Tensor actual, Tensor desired, int decimal, String errMsg) {
        if (decimal < 0) {
            throw new IllegalArgumentException("assertArrayAlmostEqual: decimal must be >= 0 (it is also the print "
                    + "precision), got " + decimal);
        }
        ArrayComparison.compare(ArrayComparison.almostEqual(decimal), actual, desired, errMsg,
                "Arrays are not almost equal to " + decimal + " decimals", decimal, true, true, false,
                ArrayComparison.ACTUAL_DESIRED);
    }

    /** {@link #assertArrayLess(Tensor, Tensor, String, boolean)} with no message, not strict. */
    public static void assertArrayLess(Tensor x, Tensor y) {
        assertArrayLess(x, y, "", false);
    }

    /** {@link #assertArrayLess(Tensor, Tensor, String, boolean)}, not strict. */
    public static void assertArrayLess(Tensor x, Tensor y, String errMsg) {
        assertArrayLess(x, y, errMsg, false);
    }

    /**
     * {@code np.testing.assert_array_less(x, y, err_msg, strict=strict)}: {@code x < y} element by
     * element. NaNs at the same positions pass; infinities are not set aside ({@code equal_inf=False}),
     * so {@code inf < inf} fails with a NaN difference. The arrays are named {@code x} and
     * {@code y}; header {@code Arrays are not strictly ordered `x < y`}.
     *
     * <pre>{@code
     * NpTesting.assertArrayLess(Np.array(new double[] {1, 2}), Np.array(new double[] {2, 3}));   // passes
     * }</pre>
     *
     * @throws AssertionError with NumPy's message when some element is not smaller
     */
    public static void assertArrayLess(Tensor x, Tensor y, String errMsg, boolean strict) {
        ArrayComparison.compare(ArrayComparison::less, x, y, errMsg, "Arrays are not strictly ordered `x < y`", 6,
                true, false, strict, ArrayComparison.X_Y);
    }
}
