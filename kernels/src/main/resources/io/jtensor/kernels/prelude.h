/* jtensor prelude: helpers shared by every kernel of both dialects (after the dialect header). */

#define JT_INT32_MIN ((jint) (-2147483647 - 1))
#define JT_INT32_MAX ((jint) 2147483647)
#define JT_INT64_MIN ((jlong) (-9223372036854775807L - 1))
#define JT_INT64_MAX ((jlong) 9223372036854775807L)

/* Float to integer as NumPy does on x86 (cvttss2si): truncate toward zero, and NaN or a value out
   of range gives the type's minimum. A plain C cast leaves those cases undefined, and GPUs
   saturate instead. */
DEVICE_FN jint jt_float32_to_int32(float x) {
    return (x != x || x >= 2147483648.0f || x < -2147483648.0f) ? JT_INT32_MIN : (jint) x;
}

DEVICE_FN jlong jt_float32_to_int64(float x) {
    return (x != x || x >= 9223372036854775808.0f || x < -9223372036854775808.0f) ? JT_INT64_MIN : (jlong) x;
}

#ifdef JT_FP64
DEVICE_FN jint jt_float64_to_int32(double x) {
    return (x != x || x >= 2147483648.0 || x < -2147483648.0) ? JT_INT32_MIN : (jint) x;
}

DEVICE_FN jlong jt_float64_to_int64(double x) {
    return (x != x || x >= 9223372036854775808.0 || x < -9223372036854775808.0) ? JT_INT64_MIN : (jlong) x;
}
#endif

/* Integer powers by squaring in unsigned arithmetic, so overflow wraps as in NumPy instead of
   being undefined behaviour. Negative exponents never get here (core rejects them). */
DEVICE_FN jint jt_power_int32(jint base, jint exponent) {
    juint result = 1u;
    juint b = (juint) base;
    while (exponent > 0) {
        if (exponent & 1) {
            result *= b;
        }
        b *= b;
        exponent >>= 1;
    }
    return (jint) result;
}

DEVICE_FN jlong jt_power_int64(jlong base, jlong exponent) {
    julong result = 1u;
    julong b = (julong) base;
    while (exponent > 0) {
        if (exponent & 1) {
            result *= b;
        }
        b *= b;
        exponent >>= 1;
    }
    return (jlong) result;
}

/* Integer floor division and remainders as NumPy defines them: x // 0, x % 0 and fmod(x, 0) are 0,
   MIN // -1 wraps to MIN (in unsigned arithmetic: C leaves MIN / -1 undefined), MIN % -1 is 0;
   floor_divide rounds toward -Inf and remainder takes the divisor's sign (Python's // and %). */
#define JT_INTEGER_DIVISION(T, U, suffix) \
DEVICE_FN T jt_floor_divide_##suffix(T a, T b) { \
    if (b == 0) { \
        return 0; \
    } \
    if (b == -1) { \
        return (T) (0 - (U) a); \
    } \
    const T q = a / b; \
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q; \
} \
DEVICE_FN T jt_remainder_##suffix(T a, T b) { \
    if (b == 0 || b == -1) { \
        return 0; \
    } \
    const T r = a % b; \
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r; \
} \
DEVICE_FN T jt_fmod_##suffix(T a, T b) { \
    return (b == 0 || b == -1) ? 0 : a % b; \
}
JT_INTEGER_DIVISION(jint, juint, int32)
JT_INTEGER_DIVISION(jlong, julong, int64)

/* Float floor division and remainder, NumPy's npy_divmod step by step in the operands' type (so
   float32 results are NumPy's bit for bit): fmod is exact, the quotient of a - mod by b is rounded
   to the nearest integer below, and a zero result takes the sign NumPy gives it. x // 0 is a / b
   (±Inf, or NaN for 0 and NaN), x % 0 is fmod's NaN. */
#define JT_FLOAT_DIVISION(T) \
DEVICE_FN T OVERLOADABLE jt_floor_divide(T a, T b) { \
    if (b == 0) { \
        return a / b; \
    } \
    const T mod = fmod(a, b); \
    T div = (a - mod) / b; \
    if (mod != 0 && ((b < 0) != (mod < 0))) { \
        div -= 1; \
    } \
    if (div == 0) { \
        return copysign((T) 0, a / b); \
    } \
    T floordiv = floor(div); \
    if (div - floordiv > (T) 0.5) { \
        floordiv += 1; \
    } \
    return floordiv; \
} \
DEVICE_FN T OVERLOADABLE jt_remainder(T a, T b) { \
    const T mod = fmod(a, b); \
    if (b == 0) { \
        return mod; \
    } \
    if (mod == 0) { \
        return copysign((T) 0, b); \
    } \
    return ((b < 0) != (mod < 0)) ? mod + b : mod; \
}
JT_FLOAT_DIVISION(float)
#ifdef JT_FP64
JT_FLOAT_DIVISION(double)
#endif
