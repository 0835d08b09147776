package io.jtensor;

import java.util.Arrays;

/**
 * The estimation methods of {@code np.quantile(..., method=...)}: where in a sorted line of n
 * values the q-th quantile lies, computed in double exactly as NumPy's {@code _QuantileMethods}
 * table does (the nine of Hyndman and Fan, 1996, and NumPy's lower, higher, midpoint, nearest).
 *
 * <p>A <em>discrete</em> method picks one element ({@link Position#discrete()}), so the result
 * keeps the data's type; the others interpolate between two neighbours with weight
 * {@link Position#gamma()}, NumPy's {@code _lerp}.
 */
enum QuantileMethod {
    INVERTED_CDF("inverted_cdf"),
    AVERAGED_INVERTED_CDF("averaged_inverted_cdf"),
    CLOSEST_OBSERVATION("closest_observation"),
    INTERPOLATED_INVERTED_CDF("interpolated_inverted_cdf"),
    HAZEN("hazen"),
    WEIBULL("weibull"),
    LINEAR("linear"),
    MEDIAN_UNBIASED("median_unbiased"),
    NORMAL_UNBIASED("normal_unbiased"),
    LOWER("lower"),
    HIGHER("higher"),
    MIDPOINT("midpoint"),
    NEAREST("nearest");

    private final String numpyName;

    QuantileMethod(String numpyName) {
        this.numpyName = numpyName;
    }

    /** The method NumPy calls {@code name}; IllegalArgumentException naming the valid ones otherwise. */
    static QuantileMethod of(String op, String name) {
        for (QuantileMethod method : values()) {
            if (method.numpyName.equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException(op + ": '" + name + "' is not a valid method. Use one of: "
                + Arrays.stream(values()).map(m -> m.numpyName).toList());
    }

    /** True when the result is one element of the line, of the data's type. */
    boolean discrete() {
        return switch (this) {
            case INVERTED_CDF, CLOSEST_OBSERVATION, LOWER, HIGHER, NEAREST -> true;
            default -> false;
        };
    }

    /**
     * Where the q-th quantile of a sorted line of {@code n} &ge; 1 values lies: the elements
     * {@code previous} and {@code next} (equal for a discrete method) and the weight gamma of next,
     * as NumPy's {@code _get_indexes}/{@code _get_gamma} compute them, including their marker values:
     * past the end both neighbours are the last element and gamma is {@code v + 1}; before the start
     * both are the first and gamma is v.
     */
    Position position(long n, double q) {
        double count = n;
        return switch (this) {
            case INVERTED_CDF -> Position.of(boundary(count * q - 1, false));
            case CLOSEST_OBSERVATION -> Position.of(boundary(count * q - 1 - 0.5, true));
            case LOWER -> Position.of((long) Math.floor((count - 1) * q));
            case HIGHER -> Position.of((long) Math.ceil((count - 1) * q));
            case NEAREST -> Position.of((long) Math.rint((count - 1) * q));
            case AVERAGED_INVERTED_CDF -> between(n, count * q - 1);
            case INTERPOLATED_INVERTED_CDF -> between(n, virtual(count, q, 0, 1));
            case HAZEN -> between(n, virtual(count, q, 0.5, 0.5));
            case WEIBULL -> between(n, virtual(count, q, 0, 0));
            case LINEAR -> between(n, (count - 1) * q);
            case MEDIAN_UNBIASED -> between(n, virtual(count, q, 1 / 3.0, 1 / 3.0));
            case NORMAL_UNBIASED -> between(n, virtual(count, q, 3 / 8.0, 3 / 8.0));
            case MIDPOINT -> between(n, 0.5 * (Math.floor((count - 1) * q) + Math.ceil((count - 1) * q)));
        };
    }

    /** NumPy's {@code _compute_virtual_index}, operation for operation. */
    private static double virtual(double n, double q, double alpha, double beta) {
        return n * q + (alpha + q * (1 - alpha - beta)) - 1;
    }

    /** NumPy's {@code _discrete_interpolation_to_boundaries} with the two methods' conditions. */
    private static long boundary(double index, boolean closestObservation) {
        double previous = Math.floor(index);
        double gamma = index - previous;
        boolean takePrevious = gamma == 0 && (!closestObservation || Math.floorMod((long) previous, 2) == 1);
        long chosen = (long) (takePrevious ? previous : previous + 1);
        return Math.max(chosen, 0);
    }

    private Position between(long n, double virtual) {
        double previous = Math.floor(virtual);
        double next = previous + 1;
        if (virtual >= n - 1) {
            previous = -1;
            next = -1;
        }
        if (virtual < 0) {
            previous = 0;
            next = 0;
        }
        double gamma = virtual - previous;
        if (this == AVERAGED_INVERTED_CDF) {
            gamma = gamma == 0 ? 0.5 : 1.0;
        } else if (this == MIDPOINT) {
            gamma = virtual % 1 == 0 ? 0 : 0.5;
        }
        return new Position(previous < 0 ? n - 1 : (long) previous, next < 0 ? n - 1 : (long) next, gamma, false);
    }

    @Override
    public String toString() {
        return numpyName;
    }

    /** The neighbours of a quantile in a sorted line and the weight of {@code next}. */
    record Position(long previous, long next, double gamma, boolean discrete) {

        static Position of(long index) {
            return new Position(index, index, 0, true);
        }
    }
}
