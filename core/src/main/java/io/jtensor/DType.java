package io.jtensor;

/**
 * The element types a {@link Tensor} can hold, with NumPy 2 promotion rules.
 *
 * <p>Each constant names its NumPy counterpart ({@link #numpyName()}) and its size in bytes.
 * Elements are stored in the platform's native byte order; {@code BOOL} takes one byte, 0 or 1.
 *
 * <pre>{@code
 * DType.promote(DType.INT32, DType.FLOAT32);   // FLOAT64, as np.result_type(np.int32, np.float32)
 * DType.promote(DType.FLOAT16, DType.BOOL);    // FLOAT16
 * }</pre>
 */
public enum DType {
    /** Booleans, one byte each ({@code np.bool_}). */
    BOOL("bool", 1),
    /** 32-bit signed integers ({@code np.int32}). */
    INT32("int32", 4),
    /** 64-bit signed integers ({@code np.int64}). */
    INT64("int64", 8),
    /** IEEE-754 binary16 ({@code np.float16}). */
    FLOAT16("float16", 2),
    /** IEEE-754 binary32 ({@code np.float32}). */
    FLOAT32("float32", 4),
    /** IEEE-754 binary64 ({@code np.float64}). */
    FLOAT64("float64", 8);

    private final String numpyName;
    private final int byteSize;

    DType(String numpyName, int byteSize) {
        this.numpyName = numpyName;
        this.byteSize = byteSize;
    }

    /** The NumPy name of this type, e.g. {@code "float32"}. */
    public String numpyName() {
        return numpyName;
    }

    /** Bytes per element. */
    public int byteSize() {
        return byteSize;
    }

    /** True for {@code FLOAT16}, {@code FLOAT32} and {@code FLOAT64}. */
    public boolean isFloatingPoint() {
        return this == FLOAT16 || this == FLOAT32 || this == FLOAT64;
    }

    /**
     * The type kernels compute this type's elements in: {@code FLOAT32} for {@code FLOAT16}, as NumPy's
     * float16 loops convert each element to float32, compute, and round the result back to float16;
     * every other type computes in itself.
     */
    public DType computeType() {
        return this == FLOAT16 ? FLOAT32 : this;
    }

    /** True for {@code INT32} and {@code INT64}. */
    public boolean isInteger() {
        return this == INT32 || this == INT64;
    }

    /**
     * The type NumPy 2 gives an operation on two arrays of these types ({@code np.result_type(a, b)}).
     * An integer meeting {@code FLOAT16} or {@code FLOAT32} gives {@code FLOAT64}, because neither can
     * hold every int32; two float types give the wider one; bool gives way to every type.
     */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == BOOL) {
            return b;
        }
        if (b == BOOL) {
            return a;
        }
        if (a.isInteger() && b.isInteger()) {
            return INT64;
        }
        if (a.isFloatingPoint() && b.isFloatingPoint()) {
            return a.byteSize >= b.byteSize ? a : b;
        }
        return FLOAT64;
    }

    /**
     * The type of an operation between an array of this type and a Java {@code double} scalar, which
     * is "weak" as Python scalars are in NumPy 2 (NEP 50): a float array keeps its type, an integer or
     * bool array becomes {@code FLOAT64}.
     */
    public DType promoteWithFloatScalar() {
        return isFloatingPoint() ? this : FLOAT64;
    }

    /**
     * The type of an operation between an array of this type and a Java {@code long} scalar (a weak
     * Python int in NEP 50 terms): numeric arrays keep their type, a bool array becomes {@code INT64}.
     */
    public DType promoteWithIntegerScalar() {
        return this == BOOL ? INT64 : this;
    }

    /**
     * Whether NumPy's {@code casting='same_kind'} allows a cast from this type to {@code target}:
     * safe casts plus casts within a kind (float64 to float32, int64 to int32), but never from
     * float to integer or from a number to bool.
     */
    public boolean canCastSameKindTo(DType target) {
        return kindRank() <= target.kindRank();
    }

    /**
     * Whether NumPy's {@code casting='safe'} allows a cast from this type to {@code target} (NumPy's
     * {@code np.can_cast(a, b)}): bool to every type, int32 to int64 and float64, int64 to float64
     * (which NumPy calls safe although values beyond 2<sup>53</sup> round), float16 to float32 and
     * float64, float32 to float64, and every type to itself.
     */
    public boolean canCastSafelyTo(DType target) {
        return switch (this) {
            case BOOL -> true;
            case INT32 -> target == INT32 || target == INT64 || target == FLOAT64;
            case INT64 -> target == INT64 || target == FLOAT64;
            case FLOAT16 -> target.isFloatingPoint();
            case FLOAT32 -> target == FLOAT32 || target == FLOAT64;
            case FLOAT64 -> target == FLOAT64;
        };
    }

    private int kindRank() {
        return switch (this) {
            case BOOL -> 0;
            case INT32, INT64 -> 1;
            case FLOAT16, FLOAT32, FLOAT64 -> 2;
        };
    }
}
