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
 * DType.promote(DType.UINT8, DType.INT8);      // INT16, the smallest type holding both
 * DType.promote(DType.UINT32, DType.INT32);    // INT64
 * }</pre>
 */
public enum DType {
    /** Booleans, one byte each ({@code np.bool_}). */
    BOOL("bool", 1),
    /** 8-bit signed integers ({@code np.int8}); arithmetic wraps modulo 2<sup>8</sup>, as NumPy. */
    INT8("int8", 1),
    /** 8-bit unsigned integers ({@code np.uint8}); arithmetic wraps modulo 2<sup>8</sup>, as NumPy. */
    UINT8("uint8", 1),
    /** 16-bit signed integers ({@code np.int16}); arithmetic wraps modulo 2<sup>16</sup>, as NumPy. */
    INT16("int16", 2),
    /** 16-bit unsigned integers ({@code np.uint16}); arithmetic wraps modulo 2<sup>16</sup>, as NumPy. */
    UINT16("uint16", 2),
    /** 32-bit signed integers ({@code np.int32}). */
    INT32("int32", 4),
    /**
     * 32-bit unsigned integers ({@code np.uint32}); arithmetic wraps modulo 2<sup>32</sup>, as NumPy.
     * Computed in int64 (every value fits), stored wrapped.
     */
    UINT32("uint32", 4),
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
     * {@code INT32} for the 8- and 16-bit integers and {@code INT64} for {@code UINT32}, whose results
     * are then stored modulo their width (which gives NumPy's wrapping arithmetic, as every op on them
     * is exact in the wider type or wraps consistently); every other type computes in itself.
     */
    public DType computeType() {
        return switch (this) {
            case FLOAT16 -> FLOAT32;
            case INT8, UINT8, INT16, UINT16 -> INT32;
            case UINT32 -> INT64;
            default -> this;
        };
    }

    /** True for the signed and unsigned integer types (bool is not one). */
    public boolean isInteger() {
        return switch (this) {
            case INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64 -> true;
            default -> false;
        };
    }

    /** True for {@code UINT8}, {@code UINT16} and {@code UINT32}. */
    public boolean isUnsigned() {
        return this == UINT8 || this == UINT16 || this == UINT32;
    }

    /**
     * The smallest value of an integer type ({@code np.iinfo(t).min}); 0 for bool.
     *
     * @throws IllegalArgumentException for a float type
     */
    public long minValue() {
        return switch (this) {
            case BOOL, UINT8, UINT16, UINT32 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            case FLOAT16, FLOAT32, FLOAT64 -> throw new IllegalArgumentException(
                    "minValue: " + numpyName + " is not an integer type");
        };
    }

    /**
     * The largest value of an integer type ({@code np.iinfo(t).max}); 1 for bool.
     *
     * @throws IllegalArgumentException for a float type
     */
    public long maxValue() {
        return switch (this) {
            case BOOL -> 1;
            case INT8 -> Byte.MAX_VALUE;
            case UINT8 -> 0xff;
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 0xffff;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 0xffff_ffffL;
            case INT64 -> Long.MAX_VALUE;
            case FLOAT16, FLOAT32, FLOAT64 -> throw new IllegalArgumentException(
                    "maxValue: " + numpyName + " is not an integer type");
        };
    }

    /**
     * Whether the integer {@code value} is representable in this type: within range for an integer
     * type (NumPy raises OverflowError for a Python int outside it), always for a float type
     * (which rounds) and for bool.
     */
    public boolean holds(long value) {
        return !isInteger() || (value >= minValue() && value <= maxValue());
    }

    /**
     * Whether a double already truncated toward zero is representable in this integer type, as
     * Python's {@code int(x)} would be checked against the type's range (int64's upper limit is
     * 2<sup>63</sup>, the first double beyond it).
     */
    boolean holdsTruncated(double truncated) {
        if (this == INT64) {
            return truncated >= -0x1p63 && truncated < 0x1p63;
        }
        return truncated >= minValue() && truncated <= maxValue();
    }

    /** Python's {@code int(value)} of a finite double: truncated toward zero (still a double). */
    static double truncate(double value) {
        return value < 0 ? Math.ceil(value) : Math.floor(value);
    }

    /** Whether Python's {@code int(value)} is defined (value finite) and fits this integer type. */
    boolean holdsIntegerPartOf(double value) {
        return Double.isFinite(value) && holdsTruncated(truncate(value));
    }

    /**
     * {@code value} wrapped to this integer type's width, as a C cast (and NumPy's unsafe cast) does:
     * {@code INT8.wrap(200)} is -56, {@code UINT8.wrap(-1)} is 255; other types return it unchanged.
     */
    public long wrap(long value) {
        return switch (this) {
            case INT8 -> (byte) value;
            case UINT8 -> value & 0xff;
            case INT16 -> (short) value;
            case UINT16 -> value & 0xffff;
            case INT32 -> (int) value;
            case UINT32 -> value & 0xffff_ffffL;
            default -> value;
        };
    }

    /**
     * The type NumPy 2 gives an operation on two arrays of these types ({@code np.result_type(a, b)}).
     * Two signed or two unsigned integers give the wider; an unsigned and a signed integer give the
     * smallest signed type holding both (uint8 with int8 gives int16, uint16 with int16 gives int32,
     * uint32 with any signed type int64); an integer meeting a float gives the smallest float holding
     * every value of both (int8 and uint8 fit float16, int16 and uint16 float32, the 32- and 64-bit
     * integers only float64); two float types give the
     * wider one; bool gives way to every type.
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
            if (a.isUnsigned() == b.isUnsigned()) {
                return a.byteSize >= b.byteSize ? a : b;
            }
            DType unsigned = a.isUnsigned() ? a : b;
            DType signed = a.isUnsigned() ? b : a;
            return signed.byteSize > unsigned.byteSize ? signed : signedWiderThan(unsigned);
        }
        if (a.isFloatingPoint() && b.isFloatingPoint()) {
            return a.byteSize >= b.byteSize ? a : b;
        }
        DType integer = a.isInteger() ? a : b;
        DType floating = a.isInteger() ? b : a;
        return floating.byteSize > integer.byteSize ? floating : integer.byteSize == 2 ? FLOAT32 : FLOAT64;
    }

    private static DType signedWiderThan(DType unsigned) {
        return switch (unsigned) {
            case UINT8 -> INT16;
            case UINT16 -> INT32;
            default -> INT64;
        };
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
     * safe casts plus casts within a kind (float64 to float32, int64 to int8) or to a later kind
     * (uint16 to int8), but never from float to integer, from signed to unsigned or from a number to bool.
     */
    public boolean canCastSameKindTo(DType target) {
        return kindRank() <= target.kindRank();
    }

    /**
     * Whether NumPy's {@code casting='safe'} allows a cast from this type to {@code target} (NumPy's
     * {@code np.can_cast(a, b)}): bool to every type; an integer to every integer type holding all
     * its values (uint8 to int16, never int8 to uint8) and to a float type with enough mantissa
     * (8-bit integers to float16, 16-bit to float32, int32 and int64 to float64, which NumPy calls
     * safe for int64 although values beyond 2<sup>53</sup> round); a float to every wider float; every
     * type to itself.
     */
    public boolean canCastSafelyTo(DType target) {
        if (this == target || this == BOOL) {
            return true;
        }
        if (target == BOOL) {
            return false;
        }
        if (isFloatingPoint()) {
            return target.isFloatingPoint() && target.byteSize >= byteSize;
        }
        if (target.isInteger()) {
            return isUnsigned() ? target.byteSize > byteSize || (target.isUnsigned() && target.byteSize >= byteSize)
                    : !target.isUnsigned() && target.byteSize >= byteSize;
        }
        return promote(this, target) == target;
    }

    private int kindRank() {
        return switch (this) {
            case BOOL -> 0;
            case UINT8, UINT16, UINT32 -> 1;
            case INT8, INT16, INT32, INT64 -> 2;
            case FLOAT16, FLOAT32, FLOAT64 -> 3;
        };
    }
}
