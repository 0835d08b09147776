package io.jtensor;

import java.util.SplittableRandom;

/**
 * One random variate at a time from a {@link SplittableRandom}: the scalar samplers behind
 * {@link TensorRandom}. Parameters are validated by the caller; every method here assumes them
 * valid. Uniform doubles are {@code nextDouble()}, 53 random bits in {@code [0, 1)}.
 */
final class RandomVariates {

    /**
     * Poisson means at and above which {@link #poisson} uses PTRS instead of inversion; Hörmann
     * states PTRS for lam &gt;= 10, and NumPy switches at the same point.
     */
    private static final double POISSON_PTRS_FROM = 10;

    /** Binomial n·min(p, 1-p) at and above which BTRS replaces inversion (Hörmann: valid from 10). */
    private static final double BINOMIAL_BTRS_FROM = 10;

    /**
     * δ(k) = log k! - [(k + 1/2) log(k + 1) - (k + 1) + log √(2π)] for k = 0..9, the Stirling
     * series remainder BTRS needs exactly for small k (beyond 9 the series below is exact to
     * double precision). Values as in Hörmann (1993) and TensorFlow's random_binomial_op.
     */
    private static final double[] STIRLING_TAIL = {
            0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
            0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.0104112652619720,
            0.00925546218271273, 0.00833056343336287,
    };

    /** Coefficients of the asymptotic series of log Γ (NumPy's random_loggam). */
    private static final double[] LOG_GAMMA_SERIES = {
            8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
            8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
            1.796443723688307e-01, -1.39243221690590e+00,
    };

    private RandomVariates() {
    }

    /** Uniform in (0, 1]: never 0, so its logarithm is finite. */
    static double openAtZero(SplittableRandom stream) {
        return 1.0 - stream.nextDouble();
    }

    /**
     * Standard normal by Box–Muller, the cosine branch only (one variate per two uniforms, so a
     * sample never depends on the previous one's leftover). Exact up to the rounding of log, sqrt
     * and cos.
     */
    static double normal(SplittableRandom stream) {
        double u = stream.nextDouble();
        double v = stream.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    /** Standard exponential by inversion: -log(1 - u), u in [0, 1). */
    static double exponential(SplittableRandom stream) {
        return -Math.log1p(-stream.nextDouble());
    }

    /**
     * Standard gamma with shape k &gt;= 0: Marsaglia and Tsang (2000) for k &gt;= 1; for k &lt; 1 their
     * boost G(k) = G(k + 1)·U^(1/k), which may underflow to 0 for tiny k (as a gamma variate of
     * such shape does in double precision almost surely).
     */
    static double gamma(SplittableRandom stream, double k) {
        if (k == 0) {
            return 0;
        }
        if (k < 1) {
            return marsagliaTsang(stream, k + 1) * Math.pow(openAtZero(stream), 1 / k);
        }
        return marsagliaTsang(stream, k);
    }

    /** log of a standard gamma variate, finite even where the variate itself underflows (k &gt; 0). */
    static double logGamma(SplittableRandom stream, double k) {
        if (k < 1) {
            return Math.log(marsagliaTsang(stream, k + 1)) + Math.log(openAtZero(stream)) / k;
        }
        return Math.log(marsagliaTsang(stream, k));
    }

    private static double marsagliaTsang(SplittableRandom stream, double k) {
        double d = k - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(stream);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = stream.nextDouble();
            double x2 = x * x;
            // the squeeze accepts about 98% of candidates without a logarithm
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * Beta(a, b) as X / (X + Y) of two gamma variates, computed from their logarithms as
     * 1 / (1 + e^(log Y - log X)) so that small shapes, whose gamma variates underflow, still give
     * a value in [0, 1] instead of 0/0.
     */
    static double beta(SplittableRandom stream, double a, double b) {
        double logX = logGamma(stream, a);
        double logY = logGamma(stream, b);
        return 1 / (1 + Math.exp(logY - logX));
    }

    /**
     * Binomial(n, p), exact: for q = min(p, 1 - p), inversion (sequential search from 0) when
     * n·q &lt; 10, else Hörmann's BTRS transformed rejection with squeeze; n - X when p &gt; 1/2.
     */
    static long binomial(SplittableRandom stream, long n, double p) {
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return n;
        }
        boolean flip = p > 0.5;
        double q = flip ? 1 - p : p;
        long k = n * q < BINOMIAL_BTRS_FROM ? binomialInversion(stream, n, q) : binomialBtrs(stream, n, q);
        return flip ? n - k : k;
    }

    private static long binomialInversion(SplittableRandom stream, long n, double p) {
        double q = 1 - p;
        double qn = Math.exp(n * Math.log1p(-p));
        double mean = n * p;
        // past this bound the remaining mass is below double rounding: restart rather than run on
        double bound = Math.min(n, mean + 10 * Math.sqrt(mean * q + 1));
        while (true) {
            long x = 0;
            double px = qn;
            double u = stream.nextDouble();
            while (u > px) {
                x++;
                if (x > bound) {
                    break;
                }
                u -= px;
                px = (n - x + 1) * p * px / (x * q);
            }
            if (x <= bound) {
                return x;
            }
        }
    }

    /** Hörmann (1993), "The generation of binomial random variates", algorithm BTRS (p &lt;= 1/2, n·p &gt;= 10). */
    private static long binomialBtrs(SplittableRandom stream, long n, double p) {
        double spq = Math.sqrt(n * p * (1 - p));
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double r = p / (1 - p);
        double alpha = (2.83 + 5.1 / b) * spq;
        double m = Math.floor((n + 1) * p);
        while (true) {
            double u = stream.nextDouble() - 0.5;
            double v = stream.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            v = Math.log(v * alpha / (a / (us * us) + b));
            // log(f(k) / f(m)) of the binomial pmf f, by Stirling's series with exact remainders
            double bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1)))
                    + (n + 1) * Math.log((n - m + 1) / (n - k + 1))
                    + (k + 0.5) * Math.log(r * (n - k + 1) / (k + 1))
                    + stirlingTail(m) + stirlingTail(n - m) - stirlingTail(k) - stirlingTail(n - k);
            if (v <= bound) {
                return (long) k;
            }
        }
    }

    private static double stirlingTail(double k) {
        if (k <= 9) {
            return STIRLING_TAIL[(int) k];
        }
        double kp1sq = (k + 1) * (k + 1);
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1);
    }

    /**
     * Poisson(lam), exact: inversion (sequential search from 0) for lam &lt; 10, else Hörmann's PTRS
     * transformed rejection (as NumPy).
     */
    static long poisson(SplittableRandom stream, double lam) {
        if (lam == 0) {
            return 0;
        }
        return lam < POISSON_PTRS_FROM ? poissonInversion(stream, lam) : poissonPtrs(stream, lam);
    }

    private static long poissonInversion(SplittableRandom stream, double lam) {
        double p0 = Math.exp(-lam);
        while (true) {
            double u = stream.nextDouble();
            double pk = p0;
            long k = 0;
            // P(X > 200) < 1e-200 for lam < 10: a search that long only chases rounding, restart
            while (u > pk && k <= 200) {
                u -= pk;
                k++;
                pk *= lam / k;
            }
            if (k <= 200) {
                return k;
            }
        }
    }

    /** Hörmann (1993), "The transformed rejection method for generating Poisson random variables" (lam &gt;= 10). */
    private static long poissonPtrs(SplittableRandom stream, double lam) {
        double slam = Math.sqrt(lam);
        double loglam = Math.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = stream.nextDouble() - 0.5;
            double v = stream.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -lam + k * loglam - logGammaFunction(k + 1)) {
                return (long) k;
            }
        }
    }

    /** log Γ(x) for x &gt;= 1 by the asymptotic series shifted to x &gt;= 7 (NumPy's random_loggam). */
    static double logGammaFunction(double x) {
        if (x == 1 || x == 2) {
            return 0;
        }
        int shift = x < 7 ? (int) (7 - x) : 0;
        double x0 = x + shift;
        double x2 = 1 / (x0 * x0);
        double series = LOG_GAMMA_SERIES[9];
        for (int k = 8; k >= 0; k--) {
            series = series * x2 + LOG_GAMMA_SERIES[k];
        }
        double value = series / x0 + 0.5 * Math.log(2 * Math.PI) + (x0 - 0.5) * Math.log(x0) - x0;
        for (int k = 1; k <= shift; k++) {
            x0 -= 1;
            value -= Math.log(x0);
        }
        return value;
    }

    /** Standard logistic by inversion: log(u / (1 - u)), u in (0, 1). */
    static double logistic(SplittableRandom stream) {
        double u;
        do {
            u = stream.nextDouble();
        } while (u == 0);
        return Math.log(u / (1 - u));
    }

    /** Standard Laplace by inversion of each half (as NumPy): log(2u) below 1/2, -log(2 - 2u) above. */
    static double laplace(SplittableRandom stream) {
        double u;
        do {
            u = stream.nextDouble();
        } while (u == 0);
        return u >= 0.5 ? -Math.log(2 - u - u) : Math.log(u + u);
    }
}
