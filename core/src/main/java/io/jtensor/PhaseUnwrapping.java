package io.jtensor;

import io.jtensor.internal.Axes;

/**
 * {@code np.unwrap(p, discont, axis, period)}, NumPy's Python formula step for step: the
 * differences along the axis are wrapped into [-period/2, period/2) with {@code mod}, a difference
 * of exactly -period/2 that came from a positive jump is set to +period/2, corrections of jumps
 * below {@code discont} are zeroed, and their running sum ({@code cumsum}) is added to p. With an
 * integer p and an integer period the arithmetic stays integral (NumPy's {@code divmod(period, 2)}
 * bounds); otherwise it is in p's floating type (float32 stays float32) or float64.
 */
final class PhaseUnwrapping {

    private PhaseUnwrapping() {
    }

    /**
     * @param discont NaN for NumPy's None ({@code period/2})
     * @param integerPeriod whether the period is a Python int ({@code period} holds its value)
     */
    static Tensor unwrap(Tensor p, double discont, int axis, double period, boolean integerPeriod) {
        String name = "unwrap";
        if (p == null) {
            throw new IllegalArgumentException(name + ": p is null");
        }
        if (p.ndim() == 0) {
            throw new IllegalArgumentException(name + ": p must be at least 1-d (diff along an axis), got a 0-d tensor");
        }
        int a = Axes.normalize(name, axis, p.ndim());
        double limit = Double.isNaN(discont) ? period / 2 : discont;
        try (Temporaries t = new Temporaries()) {
            Tensor dd = t.add(Np.diff(p, 1, a));
            boolean integral = integerPeriod && !dd.dtype().isFloatingPoint();
            Tensor ddmod;
            if (integral) {
                long whole = (long) period;
                long high = Math.floorDiv(whole, 2L);
                long low = -high;
                Tensor wrapped = t.add(Np.remainder(t.add(Np.subtract(dd, low)), whole));
                ddmod = t.add(Np.add(wrapped, low));
                if (Math.floorMod(whole, 2L) == 0) {
                    Tensor boundary = t.add(Np.logicalAnd(t.add(Np.equal(ddmod, low)), t.add(Np.greater(dd, 0L))));
                    Np.copyto(ddmod, high, boundary);
                }
            } else {
                double high = period / 2;
                double low = -high;
                Tensor wrapped = t.add(Np.remainder(t.add(Np.subtract(dd, low)), period));
                ddmod = t.add(Np.add(wrapped, low));
                Tensor boundary = t.add(Np.logicalAnd(t.add(Np.equal(ddmod, low)), t.add(Np.greater(dd, 0L))));
                Np.copyto(ddmod, high, boundary);
            }
            Tensor correction = t.add(Np.subtract(ddmod, dd));
            Np.copyto(correction, 0L, t.add(Np.less(t.add(Np.abs(dd)), limit)));
            long length = p.shape(a);
            Tensor shifted = null;
            if (length > 1) {
                Tensor later = t.add(p.slice(a, 1, length, 1));
                Tensor sums = t.add(Np.add(later, t.add(Np.cumsum(correction, a))));
                // NumPy's up[slice1] = ... casts unsafely (uint32 p: its uint64 sums wrap back to uint32)
                shifted = t.add(sums.astype(ddmod.dtype()));
            }
            Tensor unwrapped = p.astype(ddmod.dtype());
            if (shifted != null) {
                try (Tensor tail = unwrapped.slice(a, 1, length, 1)) {
                    Np.copyto(tail, shifted);
                } catch (RuntimeException e) {
                    unwrapped.close();
                    throw e;
                }
            }
            return unwrapped;
        }
    }
}
