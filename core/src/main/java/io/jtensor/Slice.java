package io.jtensor;

/**
 * A Python slice {@code start:stop:step} for {@link Tensor#get(Object...)} and
 * {@link Tensor#set(Object, Object...)}: a null bound is an open end, a negative one counts from
 * the end, bounds beyond the axis are clipped and a negative step walks backwards (Python's
 * {@code slice.indices} rules). A null step means 1.
 *
 * <pre>{@code
 * x.get(Slice.of(1, 3))                 // x[1:3]
 * x.get(Slice.ALL, Slice.of(null, null, -1L))   // x[:, ::-1]
 * }</pre>
 *
 * @param start the first index, or null for the open end (0, or the last element for a negative step)
 * @param stop  the end (exclusive), or null for the open end
 * @param step  the step, or null for 1
 */
public record Slice(Long start, Long stop, Long step) {

    /** {@code :}, the whole axis. */
    public static final Slice ALL = new Slice(null, null, null);

    /**
     * A slice {@code start:stop:step}.
     *
     * @throws IllegalArgumentException for step 0 (Python's ValueError "slice step cannot be zero")
     */
    public Slice {
        if (step != null && step == 0) {
            throw new IllegalArgumentException("index: slice step cannot be zero (valid: any other integer, "
                    + "or null for 1)");
        }
    }

    /** {@code start:stop}; null bounds are open ends. */
    public static Slice of(Long start, Long stop) {
        return new Slice(start, stop, null);
    }

    /** {@code start:stop:step}; null bounds are open ends, a null step is 1. */
    public static Slice of(Long start, Long stop, Long step) {
        return new Slice(start, stop, step);
    }

    /** {@code start:stop}. */
    public static Slice of(long start, long stop) {
        return new Slice(start, stop, null);
    }

    /** {@code start:stop:step}. */
    public static Slice of(long start, long stop, long step) {
        return new Slice(start, stop, step);
    }

    /** The step as a long (1 when null). */
    long stepOrOne() {
        return step == null ? 1 : step;
    }

    @Override
    public String toString() {
        return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == null ? "" : ":" + step);
    }
}
