package io.jtensor;

import java.util.Arrays;

/**
 * {@code np.polydiv(u, v)}: NumPy's long-division loop on the backend (one scaled subtraction of v
 * per quotient coefficient, {@code scale = 1/v[0]} in v's type), then NumPy's trimming of the
 * remainder's leading coefficients while {@code allclose(r[0], 0, rtol=1e-14)} (|r[0]| &lt;= 1e-8)
 * and more than one is left. Inputs become floating ({@code + 0.0}: float32 stays float32).
 */
final class PolynomialDivision {

    private PolynomialDivision() {
    }

    static Tensor[] polydiv(Tensor u, Tensor v) {
        String name = "polydiv";
        if (u == null || v == null) {
            throw new IllegalArgumentException(name + ": an operand is null");
        }
        for (Tensor x : new Tensor[] {u, v}) {
            if (x.ndim() > 1) {
                throw new IllegalArgumentException(name + ": coefficients must be 0-d or 1-d, got shape "
                        + Arrays.toString(x.shape()));
            }
            if (x.size() == 0) {
                throw new IndexOutOfBoundsException(name + ": index 0 is out of bounds for axis 0 with size 0 "
                        + "(a polynomial needs at least one coefficient)");
            }
        }
        try (Temporaries t = new Temporaries()) {
            Tensor uf = t.add(Np.add(t.add(u.reshape(-1)), 0.0));
            Tensor vf = t.add(Np.add(t.add(v.reshape(-1)), 0.0));
            DType type = t.add(Np.add(t.add(uf.select(0, 0)), t.add(vf.select(0, 0)))).dtype();
            long m = uf.size() - 1;
            long n = vf.size() - 1;
            Tensor scale = t.add(Np.divide(1.0, t.add(vf.select(0, 0))));
            Tensor quotient = Elementwise.full(u.backend(), new long[] {Math.max(m - n + 1, 1)}, 0, type);
            Tensor remainder = uf.astype(type);
            try {
                for (long k = 0; k < m - n + 1; k++) {
                    Tensor d = t.add(Np.multiply(scale, t.add(remainder.select(0, k))));
                    Np.copyto(t.add(quotient.slice(0, k, k + 1, 1)), d);
                    Tensor part = t.add(remainder.slice(0, k, k + n + 1, 1));
                    Tensor reduced = t.add(Np.subtract(part, t.add(Np.multiply(d, vf))));
                    Np.copyto(part, reduced);
                }
                long first = 0;
                // allclose(r[0], 0, rtol=1e-14): |r[0]| <= atol 1e-8 (NaN is not close)
                while (remainder.size() - first > 1 && Math.abs(remainder.getDouble(first)) <= 1e-8) {
                    first++;
                }
                if (first > 0) {
                    Tensor trimmed = remainder.slice(0, first, remainder.size(), 1);
                    remainder.close();
                    remainder = trimmed;
                }
                return new Tensor[] {quotient, remainder};
            } catch (RuntimeException | Error e) {
                quotient.close();
                remainder.close();
                throw e;
            }
        }
    }
}
