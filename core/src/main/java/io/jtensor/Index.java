package io.jtensor;

/**
 * The two index items of {@link Tensor#get(Object...)} that are neither integers, slices nor
 * arrays: {@link #NEW_AXIS} (NumPy's {@code None}/{@code np.newaxis}) and {@link #ELLIPSIS}
 * (Python's {@code ...}).
 *
 * <pre>{@code
 * x.get(Index.ELLIPSIS, 0)      // x[..., 0]
 * x.get(Slice.ALL, Index.NEW_AXIS)   // x[:, None]
 * }</pre>
 */
public enum Index {
    /** A new axis of length 1 ({@code None}); it consumes no axis of the tensor. */
    NEW_AXIS,
    /** As many {@code :} as the axes the other items leave unindexed ({@code ...}); at most one per index. */
    ELLIPSIS
}
