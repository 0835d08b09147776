package io.jtensor;

/**
 * One random variate at a time from a {@link BitSource}: the scalar samplers behind
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
    static double openAtZero(BitSource stream) {
        return 1.0 - stream.nextDouble();
    }

    /** Standard normal float64 by NumPy's ziggurat ({@link Ziggurat#normal}). */
    static double normal(BitSource stream) {
        return Ziggurat.normal(stream);
    }

    /** Standard exponential float64 by NumPy's ziggurat ({@link Ziggurat#exponential}). */
    static double exponential(BitSource stream) {
        return Ziggurat.exponential(stream);
    }

    /**
     * Standard gamma with shape k &gt;= 0, NumPy's {@code random_standard_gamma}: k = 1 is one
     * exponential; k &lt; 1 Ahrens and Dieter's GS rejection between a power of a uniform and a Weibull
     * tail against an exponential (may underflow to 0 for tiny k, as NumPy's); k &gt; 1 Marsaglia and
     * Tsang (2000) on normal variates with their squeeze. k = 0 gives 0.
     */
    static double gamma(BitSource stream, double k) {
        return gamma(stream, k, null);
    }

    /**
     * log of a standard gamma variate from the same draws as {@link #gamma(BitSource, double)}, finite
     * where the variate itself underflows (k &gt; 0): for k &lt; 1 from the logarithms of the
     * uniform or Weibull term, not of their power.
     */
    static double logGamma(BitSource stream, double k) {
        double[] log = new double[1];
        gamma(stream, k, log);
        return log[0];
    }

    /** {@link #gamma(BitSource, double)}, storing the variate's logarithm in log[0] when log is given. */
    private static double gamma(BitSource stream, double k, double[] log) {
        if (k == 1) {
            return withLog(exponential(stream), log);
        }
        if (k == 0) {
            return withLog(0, log);
        }
        if (k < 1) {
            while (true) {
                double u = stream.nextDouble();
                double v = exponential(stream);
                if (u <= 1 - k) {
                    double x = Math.pow(u, 1 / k);
                    if (x <= v) {
                        if (log != null) {
                            log[0] = Math.log(u) / k;
                        }
                        return x;
                    }
                } else {
                    double y = -Math.log((1 - u) / k);
                    double base = 1 - k + k * y;
                    double x = Math.pow(base, 1 / k);
                    if (x <= v + y) {
                        if (log != null) {
                            log[0] = Math.log(base) / k;
                        }
                        return x;
                    }
                }
            }
        }
        return withLog(marsagliaTsang(stream, k), log);
    }

    private static double withLog(double x, double[] log) {
        if (log != null) {
            log[0] = Math.log(x);
        }
        return x;
    }

    private static double marsagliaTsang(BitSource stream, double k) {
        double b = k - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * b);
        while (true) {
            double x;
            double v;
            do {
                x = normal(stream);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = stream.nextDouble();
            if (u < 1 - 0.0331 * (x * x) * (x * x)) {
                return b * v;
            }
            if (Math.log(u) < 0.5 * x * x + b * (1 - v + Math.log(v))) {
                return b * v;
            }
        }
    }

    /**
     * {@link #gamma} in float32 arithmetic on float32 normals, exponentials and uniforms, NumPy's
     * {@code random_standard_gamma_f} (for {@code standard_gamma(..., dtype=float32)}).
     */
    static float gammaFloat(BitSource stream, float k) {
        if (k == 1) {
            return Ziggurat.exponentialFloat(stream);
        }
        if (k == 0) {
            return 0;
        }
        if (k < 1) {
            while (true) {
                float u = stream.nextFloat();
                float v = Ziggurat.exponentialFloat(stream);
                if (u <= 1 - k) {
                    float x = (float) Math.pow(u, 1 / k);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    float y = -(float) Math.log((1 - u) / k);
                    float x = (float) Math.pow(1 - k + k * y, 1 / k);
                    if (x <= v + y) {
                        return x;
                    }
                }
            }
        }
        float b = k - 1.0f / 3;
        float c = 1 / (float) Math.sqrt(9 * b);
        while (true) {
            float x;
            float v;
            do {
                x = Ziggurat.normalFloat(stream);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            float u = stream.nextFloat();
            if (u < 1 - 0.0331f * (x * x) * (x * x)) {
                return b * v;
            }
            if ((float) Math.log(u) < 0.5f * x * x + b * (1 - v + (float) Math.log(v))) {
                return b * v;
            }
        }
    }

    /**
     * Beta(a, b), NumPy's {@code random_beta}: for a, b &lt;= 1 Jöhnk's method (U^(1/a), V^(1/b)
     * accepted when their sum is at most 1, the ratio from logarithms when both underflow), else
     * Ga / (Ga + Gb) of two gamma variates.
     */
    static double beta(BitSource stream, double a, double b) {
        if (a <= 1 && b <= 1) {
            while (true) {
                double u = stream.nextDouble();
                double v = stream.nextDouble();
                double x = Math.pow(u, 1 / a);
                double y = Math.pow(v, 1 / b);
                double sum = x + y;
                if (sum <= 1 && u + v > 0) {
                    if (sum > 0) {
                        return x / sum;
                    }
                    double logX = Math.log(u) / a;
                    double logY = Math.log(v) / b;
                    double logM = Math.max(logX, logY);
                    logX -= logM;
                    logY -= logM;
                    return Math.exp(logX - Math.log(Math.exp(logX) + Math.exp(logY)));
                }
            }
        }
        double ga = gamma(stream, a);
        double gb = gamma(stream, b);
        return ga / (ga + gb);
    }

    /**
     * Beta(a, b) and its complement from NumPy's draws ({@link #beta}'s), each formed from
     * logarithms: split[0] = v, split[1] = 1 - v, where NumPy's 1 - v by subtraction rounds to 0
     * whenever v is within an ulp of 1 (for Dirichlet's stick-breaking with tiny alphas).
     */
    static void betaSplit(BitSource stream, double a, double b, double[] split) {
        double logX;
        double logY;
        if (a <= 1 && b <= 1) {
            while (true) {
                double u = stream.nextDouble();
                double v = stream.nextDouble();
                if (Math.pow(u, 1 / a) + Math.pow(v, 1 / b) <= 1 && u + v > 0) {
                    logX = Math.log(u) / a;
                    logY = Math.log(v) / b;
                    break;
                }
            }
        } else {
            logX = logGamma(stream, a);
            logY = logGamma(stream, b);
        }
        split[0] = 1 / (1 + Math.exp(logY - logX));
        split[1] = 1 / (1 + Math.exp(logX - logY));
    }

    /**
     * Binomial(n, p), exact: on NumPy's stream ({@link Pcg64}) NumPy's own sampler
     * ({@link NumpyDiscreteVariates#binomial}); otherwise, for q = min(p, 1 - p), inversion
     * (sequential search from 0) when n·q &lt; 10, else Hörmann's BTRS transformed rejection with
     * squeeze; n - X when p &gt; 1/2.
     */
    static long binomial(BitSource stream, long n, double p) {
        if (stream instanceof Pcg64 numpyStream) {
            return NumpyDiscreteVariates.binomial(numpyStream, n, p);
        }
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

    private static long binomialInversion(BitSource stream, long n, double p) {
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
    private static long binomialBtrs(BitSource stream, long n, double p) {
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
     * Poisson(lam), exact: for lam &lt; 10 inversion (sequential search from 0) on jtensor's stream,
     * NumPy's multiplication method on NumPy's ({@link Pcg64}); else Hörmann's PTRS transformed
     * rejection (as NumPy).
     */
    static long poisson(BitSource stream, double lam) {
        if (lam == 0) {
            return 0;
        }
        if (lam >= POISSON_PTRS_FROM) {
            return poissonPtrs(stream, lam);
        }
        return stream instanceof Pcg64 ? poissonMultiplication(stream, lam) : poissonInversion(stream, lam);
    }

    /**
     * Poisson(lam) for lam &lt; 10 as NumPy draws it on its stream: the number of uniforms whose
     * running product stays above e^-lam (Knuth's multiplication method).
     */
    private static long poissonMultiplication(BitSource stream, double lam) {
        double limit = Math.exp(-lam);
        double product = 1;
        long x = 0;
        while (true) {
            product *= stream.nextDouble();
            if (product <= limit) {
                return x;
            }
            x++;
        }
    }

    private static long poissonInversion(BitSource stream, double lam) {
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
    private static long poissonPtrs(BitSource stream, double lam) {
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
    static double logistic(BitSource stream) {
        double u;
        do {
            u = stream.nextDouble();
        } while (u == 0);
        return Math.log(u / (1 - u));
    }

    /** Standard Laplace by inversion of each half (as NumPy): log(2u) below 1/2, -log(2 - 2u) above. */
    static double laplace(BitSource stream) {
        double u;
        do {
            u = stream.nextDouble();
        } while (u == 0);
        return u >= 0.5 ? -Math.log(2 - u - u) : Math.log(u + u);
    }
    // ---- the rest of NumPy's Generator distributions, as its distributions.c draws them ---------

    /** Chi-square with df &gt; 0 degrees of freedom: 2·Γ(df/2). */
    static double chisquare(BitSource stream, double df) {
        return 2 * gamma(stream, df / 2);
    }

    /**
     * Noncentral chi-square (NumPy's method): for df &gt; 1 a central chi-square with df - 1 degrees
     * plus (Z + √nonc)²; otherwise a Poisson(nonc/2) mixture of central chi-squares with df + 2i.
     */
    static double noncentralChisquare(BitSource stream, double df, double nonc) {
        if (nonc == 0) {
            return chisquare(stream, df);
        }
        if (df > 1) {
            double central = chisquare(stream, df - 1);
            double shifted = normal(stream) + Math.sqrt(nonc);
            return central + shifted * shifted;
        }
        long i = poisson(stream, nonc / 2);
        return chisquare(stream, df + 2 * i);
    }

    /**
     * F(dfnum, dfden) = (χ²(dfnum)·dfden) / (χ²(dfden)·dfnum), NumPy's arithmetic; where a chi-square
     * variate underflows to 0 (tiny df), the ratio from the variates' logarithms instead of NumPy's
     * 0, inf or NaN.
     */
    static double f(BitSource stream, double dfnum, double dfden) {
        double[] log = new double[1];
        double numerator = 2 * gamma(stream, dfnum / 2, log);
        double logNumerator = log[0];
        double denominator = 2 * gamma(stream, dfden / 2, log);
        if (numerator == 0 || denominator == 0) {
            return Math.exp(logNumerator - log[0]) * (dfden / dfnum);
        }
        return (numerator * dfden) / (denominator * dfnum);
    }

    /**
     * Noncentral F: a noncentral chi-square times dfden over a central chi-square times dfnum (NumPy's);
     * a central chi-square that underflows (tiny dfden) is taken by its logarithm.
     */
    static double noncentralF(BitSource stream, double dfnum, double dfden, double nonc) {
        double numerator = noncentralChisquare(stream, dfnum, nonc) * dfden;
        double[] log = new double[1];
        double denominator = 2 * gamma(stream, dfden / 2, log);
        if (denominator == 0) {
            return Math.exp(Math.log(numerator / dfnum) - Math.log(2) - log[0]);
        }
        return numerator / (denominator * dfnum);
    }

    /**
     * Student's t, NumPy's √(df/2)·Z/√Γ(df/2); where the gamma variate underflows (tiny df) its
     * logarithm gives a huge finite value instead of NumPy's ±inf. df = ∞ is the standard normal
     * (NumPy: NaN).
     */
    static double standardT(BitSource stream, double df) {
        double z = normal(stream);
        if (df == Double.POSITIVE_INFINITY) {
            return z;
        }
        double[] log = new double[1];
        double denominator = gamma(stream, df / 2, log);
        if (denominator == 0) {
            return z * Math.sqrt(df / 2) * Math.exp(-0.5 * log[0]);
        }
        return Math.sqrt(df / 2) * z / Math.sqrt(denominator);
    }

    /** Standard Cauchy as the ratio of two standard normals (NumPy's method). */
    static double standardCauchy(BitSource stream) {
        return normal(stream) / normal(stream);
    }

    /** Weibull with shape a &gt;= 0 by inversion: E^(1/a), E standard exponential; a = 0 gives 0 as NumPy. */
    static double weibull(BitSource stream, double a) {
        if (a == 0) {
            return 0;
        }
        return Math.pow(exponential(stream), 1 / a);
    }

    /** Pareto II (Lomax) with shape a &gt; 0, NumPy's pareto: e^(E/a) - 1. */
    static double pareto(BitSource stream, double a) {
        return Math.expm1(exponential(stream) / a);
    }

    /** Power function distribution with a &gt; 0 on [0, 1] (CDF x^a): (1 - e^(-E))^(1/a). */
    static double power(BitSource stream, double a) {
        return Math.pow(-Math.expm1(-exponential(stream)), 1 / a);
    }

    /** Rayleigh with scale σ: σ·√(2E). */
    static double rayleigh(BitSource stream, double scale) {
        return scale * Math.sqrt(2 * exponential(stream));
    }

    /** Gumbel (maximum) by inversion: loc - scale·log(-log U), U in (0, 1) (U = 1 redrawn, as NumPy). */
    static double gumbel(BitSource stream, double loc, double scale) {
        while (true) {
            double u = openAtZero(stream);
            if (u < 1) {
                return loc - scale * Math.log(-Math.log(u));
            }
        }
    }

    /**
     * Wald (inverse Gaussian) by Michael, Schucany and Haas's transformed normal, NumPy's arithmetic:
     * mean + mean/(2 scale)·(Y - √(4·scale·Y + Y²)) for Y = mean·Z², whose cancellation for large Y
     * costs relative accuracy in the smaller root, as in NumPy.
     */
    static double wald(BitSource stream, double mean, double scale) {
        double mu2l = mean / (2 * scale);
        double z = normal(stream);
        double y = mean * z * z;
        double x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
        double u = stream.nextDouble();
        return u <= mean / (mean + x) ? x : mean * mean / x;
    }

    /**
     * Triangular on [left, right] with the given mode by inversion of each side, with NumPy's
     * arithmetic (the products of the bases formed first); left &lt; right.
     */
    static double triangular(BitSource stream, double left, double mode, double right) {
        double base = right - left;
        double leftBase = mode - left;
        double ratio = leftBase / base;
        double leftProduct = leftBase * base;
        double rightProduct = (right - mode) * base;
        double u = stream.nextDouble();
        if (u <= ratio) {
            return left + Math.sqrt(u * leftProduct);
        }
        return right - Math.sqrt((1 - u) * rightProduct);
    }

    /**
     * von Mises on (-π, π] (NumPy's method): uniform for kappa &lt; 1e-8, Best and Fisher's (1979)
     * wrapped-Cauchy rejection up to kappa 1e6 (s from the second-order Taylor series below 1e-5,
     * where the closed form cancels), a wrapped normal N(mu, 1/kappa) above.
     */
    static double vonmises(BitSource stream, double mu, double kappa) {
        if (kappa < 1e-8) {
            // as NumPy: mu drops out, the uniform is already rotation invariant
            return Math.PI * (2 * stream.nextDouble() - 1);
        }
        double s;
        if (kappa < 1e-5) {
            s = 1 / kappa + kappa;
        } else if (kappa <= 1e6) {
            double r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
            double rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
            s = (1 + rho * rho) / (2 * rho);
        } else {
            double result = mu + Math.sqrt(1 / kappa) * normal(stream);
            if (result < -Math.PI) {
                result += 2 * Math.PI;
            }
            if (result > Math.PI) {
                result -= 2 * Math.PI;
            }
            return result;
        }
        double w;
        while (true) {
            double z = Math.cos(Math.PI * stream.nextDouble());
            w = (1 + s * z) / (s + z);
            double y = kappa * (s - w);
            double v = stream.nextDouble();
            if (y * (2 - y) - v >= 0 || Math.log(y / v) + 1 - y >= 0) {
                break;
            }
        }
        double result = Math.acos(w);
        if (stream.nextDouble() < 0.5) {
            result = -result;
        }
        result += mu;
        boolean negative = result < 0;
        double mod = Math.abs(result);
        mod = (mod + Math.PI) % (2 * Math.PI) - Math.PI;
        return negative ? -mod : mod;
    }

    /**
     * Geometric on {1, 2, ...} (trials to the first success): a sequential search of the CDF for
     * p &gt;= 1/3, else inversion ceil(E / -log(1 - p)) clipped to int64's largest value, as NumPy.
     */
    static long geometric(BitSource stream, double p) {
        if (p >= 1.0 / 3) {
            double u = stream.nextDouble();
            long x = 1;
            double prod = p;
            double sum = p;
            double q = 1 - p;
            // prod reaches 0 only where the sum has stopped changing: the search is over
            while (u > sum && prod > 0) {
                prod *= q;
                sum += prod;
                x++;
            }
            return x;
        }
        double z = Math.ceil(-exponential(stream) / Math.log1p(-p));
        if (z >= 0x1p63) {
            return Long.MAX_VALUE;
        }
        // E = 0 (probability 2^-53) would give 0, outside the support
        return Math.max(1, (long) z);
    }

    /** Negative binomial (failures before the n-th success) as Poisson(Γ(n)·(1 - p)/p), NumPy's mixture. */
    static long negativeBinomial(BitSource stream, double n, double p) {
        if (p == 1) {
            return 0;
        }
        return poisson(stream, gamma(stream, n) * ((1 - p) / p));
    }

    /**
     * Hypergeometric, good items among nsample drawn without replacement from ngood + nbad: on
     * NumPy's stream ({@link Pcg64}) NumPy's own sampler ({@link NumpyDiscreteVariates#hypergeometric});
     * otherwise, for fewer than 10 draws (or fewer than 10 left undrawn) NumPy's urn simulation, else inversion by
     * a search of the probability mass outward from the mode (exact up to the rounding of the
     * pmf, as NumPy's HRUA is; O(standard deviation) per sample).
     */
    static long hypergeometric(BitSource stream, long ngood, long nbad, long nsample) {
        if (stream instanceof Pcg64 numpyStream) {
            return NumpyDiscreteVariates.hypergeometric(numpyStream, ngood, nbad, nsample);
        }
        long total = ngood + nbad;
        if (nsample < 10 || nsample > total - 10) {
            return hypergeometricUrn(stream, ngood, nbad, nsample);
        }
        long lo = Math.max(0, nsample - nbad);
        long hi = Math.min(nsample, ngood);
        long mode = (long) Math.floor((nsample + 1.0) * (ngood + 1.0) / (total + 2.0));
        mode = Math.max(lo, Math.min(hi, mode));
        double pMode = Math.exp(logChoose(ngood, mode) + logChoose(nbad, nsample - mode) - logChoose(total, nsample));
        while (true) {
            double u = stream.nextDouble() - pMode;
            if (u < 0) {
                return mode;
            }
            long up = mode;
            long down = mode;
            double pUp = pMode;
            double pDown = pMode;
            while ((up < hi && pUp > 0) || (down > lo && pDown > 0)) {
                if (up < hi) {
                    pUp *= (double) (ngood - up) * (nsample - up) / ((up + 1.0) * (nbad - nsample + up + 1.0));
                    up++;
                    u -= pUp;
                    if (u < 0) {
                        return up;
                    }
                } else {
                    pUp = 0;
                }
                if (down > lo) {
                    pDown *= (double) down * (nbad - nsample + down) / ((ngood - down + 1.0) * (nsample - down + 1.0));
                    down--;
                    u -= pDown;
                    if (u < 0) {
                        return down;
                    }
                } else {
                    pDown = 0;
                }
            }
            // u fell in the mass lost to rounding: draw again
        }
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(long n) {
        return n <= 1 ? 0 : logGammaFunction(n + 1.0);
    }

    /**
     * NumPy's hypergeometric_sample: draw min(nsample, total - nsample) items one at a time, each an
     * integer below the items left (on NumPy's stream by its masked rejection, {@link Pcg64#interval},
     * else the stream's own bounded draw), stopping early once only good or no good items remain.
     */
    static long hypergeometricUrn(BitSource stream, long ngood, long nbad, long nsample) {
        long total = ngood + nbad;
        boolean complement = nsample > total / 2;
        long toDraw = complement ? total - nsample : nsample;
        long remainingTotal = total;
        long remainingGood = ngood;
        while (toDraw > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
            remainingTotal--;
            long item = stream instanceof Pcg64 numpyStream ? numpyStream.interval(remainingTotal)
                    : stream.nextLong(remainingTotal + 1);
            if (item < remainingGood) {
                remainingGood--;
            }
            toDraw--;
        }
        if (remainingTotal == remainingGood) {
            remainingGood -= toDraw;
        }
        return complement ? remainingGood : ngood - remainingGood;
    }

    /** Logarithmic series on {1, 2, ...} by Kemp's (1981) LK method (NumPy's), 0 &lt;= p &lt; 1. */
    static long logseries(BitSource stream, double p) {
        double r = Math.log1p(-p);
        while (true) {
            double v = stream.nextDouble();
            if (v >= p) {
                return 1;
            }
            double u = stream.nextDouble();
            double q = -Math.expm1(r * u);
            if (v <= q * q) {
                double result = Math.floor(1 + Math.log(v) / Math.log(q));
                if (result < 1 || v == 0) {
                    continue;
                }
                return result >= 0x1p63 ? Long.MAX_VALUE : (long) result;
            }
            return v >= q ? 1 : 2;
        }
    }

    /**
     * Zipf with a &gt; 1 by Devroye's rejection (NumPy's), truncated to int64 as NumPy: candidates
     * above its largest value are rejected. a &gt;= 1025 gives 1 (anything else has probability
     * below 3e-309).
     */
    static long zipf(BitSource stream, double a) {
        if (a >= 1025) {
            return 1;
        }
        double am1 = a - 1;
        double b = Math.pow(2, am1);
        // U below uMin would give a candidate above int64's range: draw U from (uMin, 1] only
        double uMin = Math.pow((double) Long.MAX_VALUE, -am1);
        while (true) {
            double u01 = stream.nextDouble();
            double u = u01 * uMin + (1 - u01);
            double v = stream.nextDouble();
            double x = Math.floor(Math.pow(u, -1 / am1));
            if (x >= 0x1p63 || x < 1) {
                continue;
            }
            double t = Math.pow(1 + 1 / x, am1);
            if (v * x * (t - 1) / (b - 1) <= t / b) {
                return (long) x;
            }
        }
    }
}
