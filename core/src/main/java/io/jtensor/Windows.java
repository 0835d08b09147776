package io.jtensor;

/**
 * NumPy's window functions and the modified Bessel function {@code i0}
 * ({@code numpy/lib/_function_base_impl.py}), composed of element-wise ops in NumPy's operation
 * order so that the only differences from NumPy are those of the backend's cos, exp and sqrt. The
 * windows are float64 and go to the current backend; {@code i0} runs on its input's backend.
 */
final class Windows {

    /** Cephes' Chebyshev coefficients of exp(-x) I0(x) on [0, 8] ({@code numpy._i0A}). */
    private static final double[] I0_SMALL = {
        -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15,
        -1.1685332877993451e-14, 7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12,
        -1.726826291441556e-11, 9.675809035373237e-11, -5.189795601635263e-10, 2.6598237246823866e-09,
        -1.300025009986248e-08, 6.046995022541919e-08, -2.670793853940612e-07, 1.1173875391201037e-06,
        -4.4167383584587505e-06, 1.6448448070728896e-05, -5.754195010082104e-05, 0.00018850288509584165,
        -0.0005763755745385824, 0.0016394756169413357, -0.004324309995050576, 0.010546460394594998,
        -0.02373741480589947, 0.04930528423967071, -0.09490109704804764, 0.17162090152220877,
        -0.3046826723431984, 0.6767952744094761,
    };

    /** Cephes' Chebyshev coefficients of exp(-x) sqrt(x) I0(x) on (8, inf] ({@code numpy._i0B}). */
    private static final double[] I0_LARGE = {
        -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17,
        -2.8276239805165836e-16, -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15,
        -9.554846698828307e-15, -4.150569347287222e-14, 1.54008621752141e-14, 3.8527783827421426e-13,
        7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11, -3.1499165279632416e-11,
        1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-09, 2.266668990498178e-08,
        2.0489185894690638e-07, 2.8913705208347567e-06, 6.889758346916825e-05, 0.0033691164782556943,
        0.8044904110141088,
    };

    /** The largest window length: 2^53, where a float M is still exact. */
    private static final long MAX_LENGTH = 1L << 53;

    private Windows() {
    }

    /** Which of NumPy's cosine windows: {@code a0 + a1 cos(pi n/(M-1)) + a2 cos(2 pi n/(M-1))}. */
    enum Cosine {
        HANNING, HAMMING, BLACKMAN
    }

    /** {@code np.hanning / np.hamming / np.blackman(M)}. */
    static Tensor cosine(Cosine kind, long m) {
        checkLength(kind.name().toLowerCase(java.util.Locale.ROOT), m);
        if (m <= 1) {
            return trivial(m);
        }
        try (Temporaries t = new Temporaries()) {
            Tensor n = t.add(symmetricRamp(m, t));
            double denominator = m - 1;
            Tensor cosine = t.add(Np.cos(t.add(Np.divide(t.add(Np.multiply(Math.PI, n)), denominator))));
            return switch (kind) {
                case HANNING -> Np.add(0.5, t.add(Np.multiply(0.5, cosine)));
                case HAMMING -> Np.add(0.54, t.add(Np.multiply(0.46, cosine)));
                case BLACKMAN -> {
                    // NumPy: 0.42 + 0.5*cos(pi*n/(M-1)) + 0.08*cos(2.0*pi*n/(M-1)), 2.0*pi folded first
                    Tensor first = t.add(Np.add(0.42, t.add(Np.multiply(0.5, cosine))));
                    Tensor angle = t.add(Np.divide(t.add(Np.multiply(2.0 * Math.PI, n)), denominator));
                    Tensor second = t.add(Np.multiply(0.08, t.add(Np.cos(angle))));
                    yield Np.add(first, second);
                }
            };
        }
    }

    /** {@code np.bartlett(M)}: {@code where(n <= 0, 1 + n/(M-1), 1 - n/(M-1))}. */
    static Tensor bartlett(long m) {
        checkLength("bartlett", m);
        if (m <= 1) {
            return trivial(m);
        }
        try (Temporaries t = new Temporaries()) {
            Tensor n = t.add(symmetricRamp(m, t));
            Tensor ratio = t.add(Np.divide(n, (double) (m - 1)));
            Tensor rising = t.add(Np.add(1.0, ratio));
            Tensor falling = t.add(Np.subtract(1.0, ratio));
            return Np.where(t.add(Np.lessEqual(n, 0.0)), rising, falling);
        }
    }

    /** NumPy's windows of fewer than two points: empty for M &lt; 1, {@code [1.0]} for M == 1. */
    private static Tensor trivial(long m) {
        return m < 1 ? Np.empty(new long[] {0}, DType.FLOAT64) : Np.ones(new long[] {1}, DType.FLOAT64);
    }

    /** {@code np.kaiser(M, beta)}: {@code i0(beta * sqrt(1 - ((n - alpha)/alpha)**2)) / i0(beta)}. */
    static Tensor kaiser(long m, double beta) {
        checkLength("kaiser", m);
        if (m <= 1) {
            return trivial(m);
        }
        try (Temporaries t = new Temporaries()) {
            Tensor n = t.add(t.add(Np.arange(0, m)).astype(DType.FLOAT64));
            double alpha = (m - 1) / 2.0;
            Tensor ratio = t.add(Np.divide(t.add(Np.subtract(n, alpha)), alpha));
            // NumPy's power(x, 2.0) takes its fast path to square, which is exact: so is ours
            Tensor root = t.add(Np.sqrt(t.add(Np.subtract(1.0, t.add(Np.square(ratio))))));
            Tensor numerator = t.add(i0(t.add(Np.multiply(beta, root))));
            Tensor denominator = t.add(i0(t.add(Np.full(new long[0], beta, DType.FLOAT64))));
            return Np.divide(numerator, denominator);
        }
    }

    /**
     * {@code np.i0(x)}: Cephes' piecewise Chebyshev expansion, {@code exp(x) * chbevl(x/2 - 2, A)}
     * for |x| <= 8 and {@code exp(x) * chbevl(32/x - 2, B) / sqrt(x)} above; float32 stays float32,
     * other real types become float64.
     */
    static Tensor i0(Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException("i0: x is null");
        }
        try (Temporaries t = new Temporaries()) {
            Tensor real = x.dtype().isFloatingPoint() ? x : t.add(x.astype(DType.FLOAT64));
            Tensor magnitude = t.add(Np.abs(real));
            Tensor exp = t.add(Np.exp(magnitude));
            // both branches everywhere and a select, as NumPy's piecewise evaluates each on its part
            Tensor smallArgument = t.add(Np.subtract(t.add(Np.divide(magnitude, 2.0)), 2.0));
            Tensor small = t.add(Np.multiply(exp, t.add(chebyshev(smallArgument, I0_SMALL, t))));
            Tensor largeArgument = t.add(Np.subtract(t.add(Np.divide(32.0, magnitude)), 2.0));
            Tensor largeProduct = t.add(Np.multiply(exp, t.add(chebyshev(largeArgument, I0_LARGE, t))));
            Tensor large = t.add(Np.divide(largeProduct, t.add(Np.sqrt(magnitude))));
            return Np.where(t.add(Np.lessEqual(magnitude, 8.0)), small, large);
        }
    }

    /**
     * NumPy's {@code _chbevl}: Clenshaw's recurrence {@code b0 = x*b1 - b2 + c[i]}, the first two
     * steps with NumPy's scalar b1 and b2 (so -0.0 and rounding match), then {@code 0.5*(b0 - b2)}.
     */
    private static Tensor chebyshev(Tensor x, double[] c, Temporaries t) {
        // i = 1: b2 = 0.0, b1 = c[0]
        Tensor b0 = t.add(Np.add(t.add(Np.subtract(t.add(Np.multiply(x, c[0])), 0.0)), c[1]));
        // i = 2: b2 = c[0] (a scalar), b1 = the tensor above
        Tensor b1 = b0;
        b0 = t.add(Np.add(t.add(Np.subtract(t.add(Np.multiply(x, b1)), c[0])), c[2]));
        Tensor b2 = b1;
        for (int i = 3; i < c.length; i++) {
            b2 = b1;
            b1 = b0;
            b0 = t.add(Np.add(t.add(Np.subtract(t.add(Np.multiply(x, b1)), b2)), c[i]));
        }
        return Np.multiply(0.5, t.add(Np.subtract(b0, b2)));
    }

    /**
     * NumPy computes with a float M, exact up to 2^53; beyond that (far beyond any memory) the
     * ramp's length 2M-1 would also overflow a long.
     */
    private static void checkLength(String name, long m) {
        if (m > MAX_LENGTH) {
            throw new IllegalArgumentException(name + ": M = " + m + " is too large (valid: M <= 2^53 = " + MAX_LENGTH
                    + ")");
        }
    }

    /** NumPy's {@code arange(1-M, M, 2)} with a float M: 1-M, 3-M, ..., M-1 as float64. */
    private static Tensor symmetricRamp(long m, Temporaries t) {
        return t.add(Np.arange(1 - m, m, 2)).astype(DType.FLOAT64);
    }
}
