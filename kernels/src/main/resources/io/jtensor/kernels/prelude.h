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
