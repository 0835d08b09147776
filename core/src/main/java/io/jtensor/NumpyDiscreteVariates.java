package io.jtensor;

/**
 * The binomial and hypergeometric samplers of NumPy's {@code Generator}, for NumPy's own stream
 * ({@link Pcg64}): the same uniform draws in the same order and the same double arithmetic, so
 * that {@code Np.defaultRng(seed)} gives NumPy's values. Binomial: sequential inversion for
 * n·min(p, 1-p) &lt;= 30, Kachitvichyanukul and Schmeiser's (1988) BTPE above, n - X for p &gt; 1/2.
 * Hypergeometric: the urn simulation for fewer than 10 draws (or fewer than 10 left undrawn),
 * Stadlober's (1989) ratio-of-uniforms HRUA otherwise. All exact; parameters are validated by the
 * caller. {@link RandomVariates} keeps jtensor's own samplers for other streams.
 */
final class NumpyDiscreteVariates {

    /** n·min(p, 1-p) at and below which NumPy's binomial searches the CDF rather than using BTPE. */
    private static final double BINOMIAL_INVERSION_UP_TO = 30;

    /** HRUA's table-mountain constants: 2·√(2/e) and 3 - 2·√(3/e). */
    private static final double HRUA_D1 = 1.7155277699214135;
    private static final double HRUA_D2 = 0.8989161620588988;

    /** log k! for k = 0..125, correctly rounded (computed to 60 digits); Stirling's series beyond. */
    private static final double[] LOG_FACTORIAL = {
            0.0, 0.0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458,
            4.787491742782046, 6.579251212010101, 8.525161361065415, 10.60460290274525, 12.801827480081469,
            15.104412573075516, 17.502307845873887, 19.987214495661885, 22.552163853123425, 25.19122118273868,
            27.89927138384089, 30.671860106080672, 33.50507345013689, 36.39544520803305, 39.339884187199495,
            42.335616460753485, 45.38013889847691, 48.47118135183523, 51.60667556776438, 54.78472939811232,
            58.00360522298052, 61.261701761002, 64.55753862700634, 67.88974313718154, 71.25703896716801,
            74.65823634883016, 78.0922235533153, 81.55795945611504, 85.05446701758152, 88.58082754219768,
            92.1361756036871, 95.7196945421432, 99.33061245478743, 102.96819861451381, 106.63176026064346,
            110.32063971475739, 114.0342117814617, 117.77188139974507, 121.53308151543864, 125.3172711493569,
            129.12393363912722, 132.95257503561632, 136.80272263732635, 140.67392364823425, 144.5657439463449,
            148.47776695177302, 152.40959258449735, 156.3608363030788, 160.3311282166309, 164.32011226319517,
            168.32744544842765, 172.3527971391628, 176.39584840699735, 180.45629141754378, 184.53382886144948,
            188.6281734236716, 192.7390472878449, 196.86618167289, 201.00931639928152, 205.1681994826412,
            209.34258675253685, 213.53224149456327, 217.73693411395422, 221.95644181913033, 226.1905483237276,
            230.43904356577696, 234.70172344281826, 238.97838956183432, 243.2688490029827, 247.57291409618688,
            251.8904022097232, 256.22113555000954, 260.5649409718632, 264.9216497985528, 269.2910976510198,
            273.6731242856937, 278.0675734403661, 282.4742926876304, 286.893133295427, 291.3239500942703,
            295.76660135076065, 300.22094864701415, 304.6868567656687, 309.1641935801469, 313.65282994987905,
            318.1526396202093, 322.66349912672615, 327.1852877037752, 331.7178871969285, 336.26118197919845,
            340.815058870799, 345.37940706226686, 349.95411804077025, 354.5390855194408, 359.1342053695754,
            363.73937555556347, 368.35449607240474, 372.979468885689, 377.61419787391867, 382.25858877306,
            386.91254912321756, 391.5759882173296, 396.24881705179155, 400.93094827891576, 405.6222961611449,
            410.32277652693733, 415.03230672824964, 419.7508055995447, 424.4781934182571, 429.21439186665157,
            433.9593239950148, 438.71291418612117, 443.47508812091894, 448.2457727453846, 453.0248962384961,
            457.81238798127816, 462.6081785268749, 467.4121995716082, 472.2243839269806, 477.04466549258564,
            481.87297922988796,
    };

    private static final double HALF_LOG_TWO_PI = 0.9189385332046728;

    private NumpyDiscreteVariates() {
    }

    /**
     * Binomial(n, p) as NumPy's {@code random_binomial}; p = 1 still draws one uniform, as NumPy's
     * inversion does for the complementary probability 0.
     */
    static long binomial(Pcg64 stream, long n, double p) {
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p <= 0.5) {
            return p * n <= BINOMIAL_INVERSION_UP_TO ? binomialInversion(stream, n, p) : binomialBtpe(stream, n, p);
        }
        double q = 1 - p;
        return n - (q * n <= BINOMIAL_INVERSION_UP_TO ? binomialInversion(stream, n, q) : binomialBtpe(stream, n, q));
    }

    /** Sequential search from 0 (p &lt;= 1/2), restarted with a fresh uniform past mean + 10 sd. */
    private static long binomialInversion(Pcg64 stream, long n, double p) {
        double q = 1 - p;
        double qn = Math.exp(n * Math.log(q));
        double mean = n * p;
        long bound = (long) Math.min(n, mean + 10 * Math.sqrt(mean * q + 1));
        long x = 0;
        double px = qn;
        double u = stream.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = stream.nextDouble();
            } else {
                u -= px;
                px = (n - x + 1) * p * px / (x * q);
            }
        }
        return x;
    }

    /**
     * BTPE (p &lt;= 1/2, n·p &gt; 30): a triangle, two parallelograms and two exponential tails
     * dominate the pmf; candidates near the mode are accepted by the pmf's ratio recurrence, far
     * ones by a squeeze and then Stirling's series for log f(y)/f(m).
     */
    private static long binomialBtpe(Pcg64 stream, long n, double p) {
        double r = Math.min(p, 1 - p);
        double q = 1 - r;
        double fm = n * r + r;
        long m = (long) Math.floor(fm);
        double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
        double xm = m + 0.5;
        double xl = xm - p1;
        double xr = xm + p1;
        double c = 0.134 + 20.5 / (15.3 + m);
        double a = (fm - xl) / (fm - xl * r);
        double laml = a * (1 + a / 2);
        a = (xr - fm) / (xr * q);
        double lamr = a * (1 + a / 2);
        double p2 = p1 * (1 + 2 * c);
        double p3 = p2 + c / laml;
        double p4 = p3 + c / lamr;
        double nrq = n * r * q;
        while (true) {
            double u = stream.nextDouble() * p4;
            double v = stream.nextDouble();
            if (u <= p1) {
                return (long) Math.floor(xm - p1 * v + u);
            }
            long y;
            if (u <= p2) {
                double x = xl + (u - p1) / c;
                v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
                if (v > 1) {
                    continue;
                }
                y = (long) Math.floor(x);
            } else if (u <= p3) {
                y = (long) Math.floor(xl + Math.log(v) / laml);
                if (y < 0 || v == 0) {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else {
                y = (long) Math.floor(xr - Math.log(v) / lamr);
                if (y > n || v == 0) {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }
            long k = Math.abs(y - m);
            if (k <= 20 || k >= nrq / 2 - 1) {
                if (v <= pmfRatio(n, r, q, m, y)) {
                    return y;
                }
                continue;
            }
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double t = -k * k / (2 * nrq);
            double logV = Math.log(v);
            if (logV < t - rho) {
                return y;
            }
            if (logV > t + rho) {
                continue;
            }
            double x1 = y + 1;
            double f1 = m + 1;
            double z = n + 1 - m;
            double w = n - y + 1;
            double bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w)
                    + (y - m) * Math.log(w * r / (x1 * q))
                    + stirlingCorrection(f1) + stirlingCorrection(z) + stirlingCorrection(x1) + stirlingCorrection(w);
            if (logV <= bound) {
                return y;
            }
        }
    }

    /** f(y)/f(m) of the binomial pmf f by the recurrence f(i)/f(i-1) = (n+1)·r/(q·i) - r/q. */
    private static double pmfRatio(long n, double r, double q, long m, long y) {
        double s = r / q;
        double a = s * (n + 1);
        double ratio = 1;
        for (long i = m + 1; i <= y; i++) {
            ratio *= a / i - s;
        }
        for (long i = y + 1; i <= m; i++) {
            ratio /= a / i - s;
        }
        return ratio;
    }

    /** BTPE's truncated Stirling remainder of log x! in its nested form, (13680 - ...)/x/166320. */
    private static double stirlingCorrection(double x) {
        double x2 = x * x;
        return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.;
    }

    /** Hypergeometric as NumPy's {@code random_hypergeometric} (ngood + nbad &gt;= nsample). */
    static long hypergeometric(Pcg64 stream, long ngood, long nbad, long nsample) {
        if (nsample >= 10 && nsample <= ngood + nbad - 10) {
            return hypergeometricHrua(stream, ngood, nbad, nsample);
        }
        return RandomVariates.hypergeometricUrn(stream, ngood, nbad, nsample);
    }

    /**
     * Stadlober's HRUA with Stadlober's names: the sample size, good/bad roles and result are
     * folded so that n &lt;= N/2 draws and M = min(good, bad); candidates X = a + h·(V - 1/2)/U
     * below b (16 sd past the mean) are accepted against log-factorial differences.
     */
    private static long hypergeometricHrua(Pcg64 stream, long ngood, long nbad, long nsample) {
        long popsize = ngood + nbad;
        long sample = Math.min(nsample, popsize - nsample);
        long minGoodBad = Math.min(ngood, nbad);
        long maxGoodBad = Math.max(ngood, nbad);
        double p = (double) minGoodBad / popsize;
        double q = (double) maxGoodBad / popsize;
        double a = sample * p + 0.5;
        double var = (double) (popsize - sample) * sample * p * q / (popsize - 1);
        double c = Math.sqrt(var + 0.5);
        double h = HRUA_D1 * c + HRUA_D2;
        long m = (long) Math.floor((double) (sample + 1) * (minGoodBad + 1) / (popsize + 2));
        double g = logFactorial(m) + logFactorial(minGoodBad - m) + logFactorial(sample - m)
                + logFactorial(maxGoodBad - sample + m);
        double b = Math.min(Math.min(sample, minGoodBad) + 1, Math.floor(a + 16 * c));
        long k;
        while (true) {
            double u = stream.nextDouble();
            double v = stream.nextDouble();
            double x = a + h * (v - 0.5) / u;
            if (x < 0 || x >= b) {
                continue;
            }
            k = (long) Math.floor(x);
            double gk = logFactorial(k) + logFactorial(minGoodBad - k) + logFactorial(sample - k)
                    + logFactorial(maxGoodBad - sample + k);
            double t = g - gk;
            if (u * (4 - u) - 3 <= t) {
                break;
            }
            if (u * (u - t) >= 1) {
                continue;
            }
            if (2 * Math.log(u) <= t) {
                break;
            }
        }
        if (ngood > nbad) {
            k = sample - k;
        }
        if (sample < nsample) {
            k = ngood - k;
        }
        return k;
    }

    /** log k! (k &gt;= 0): the table below 126, else Stirling's series to the 1/k³ term (NumPy's logfactorial). */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        return (k + 0.5) * Math.log(k) - k + (HALF_LOG_TWO_PI + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)));
    }
}
