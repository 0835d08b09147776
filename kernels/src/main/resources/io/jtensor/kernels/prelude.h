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

/* float16 elements are stored as their bits (jhalf) and computed in float, as NumPy's half loops
   do. Both conversions are exact bit manipulations, so they need no fp16 support from the device:
   half to float is exact; float to half rounds to nearest even, overflows to Inf past 65519.99,
   keeps the sign of zero and makes every NaN a NaN (its payload's top bits kept, quiet bit set).
   No variable may be called "half": OpenCL C reserves it as a type name. */
DEVICE_FN float jt_half_to_float(const jhalf h) {
    const juint sign = ((juint) h & 0x8000u) << 16;
    const juint exponent = ((juint) h >> 10) & 0x1fu;
    const juint mantissa = (juint) h & 0x3ffu;
    if (exponent == 0x1fu) {
        return JT_UINT_AS_FLOAT(sign | 0x7f800000u | (mantissa << 13));
    }
    if (exponent == 0) {
        const float magnitude = (float) mantissa * 5.9604644775390625e-8f;
        return sign != 0 ? -magnitude : magnitude;
    }
    return JT_UINT_AS_FLOAT(sign | ((exponent + 112u) << 23) | (mantissa << 13));
}

/* (its result bits are not called "half": OpenCL C reserves that name for its type) */
DEVICE_FN jhalf jt_float_to_half(const float x) {
    const juint bits = JT_FLOAT_AS_UINT(x);
    const juint sign = (bits >> 16) & 0x8000u;
    const juint magnitude = bits & 0x7fffffffu;
    if (magnitude >= 0x7f800000u) {
        return (jhalf) (sign | (magnitude > 0x7f800000u ? 0x7e00u | ((magnitude >> 13) & 0x3ffu) : 0x7c00u));
    }
    if (magnitude >= 0x477ff000u) {
        return (jhalf) (sign | 0x7c00u);
    }
    if (magnitude < 0x38800000u) {
        /* subnormal or zero: the value in units of 2^-24, rounded to nearest even */
        if (magnitude < 0x33000000u) {
            return (jhalf) sign;
        }
        /* the float is significand * 2^(exponent - 150): significand >> (126 - exponent) units of 2^-24 */
        const juint shift = 126u - (magnitude >> 23);
        const juint significand = (magnitude & 0x7fffffu) | 0x800000u;
        juint rounded = significand >> shift;
        const juint rest = significand & ((1u << shift) - 1u);
        const juint halfway = 1u << (shift - 1u);
        if (rest > halfway || (rest == halfway && (rounded & 1u) != 0)) {
            rounded++;
        }
        return (jhalf) (sign | rounded);
    }
    juint rounded = ((magnitude >> 13) - (112u << 10));
    const juint rest = magnitude & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (rounded & 1u) != 0)) {
        rounded++;
    }
    return (jhalf) (sign | rounded);
}

#ifdef JT_FP64
/* double to half rounds once, as NumPy's npy_double_to_half: the float in between is rounded to odd
   (an inexact result with an even last bit moves one step toward x), which makes the second
   rounding exact. */
DEVICE_FN jhalf jt_double_to_half(const double x) {
    const float f = (float) x;
    juint bits = JT_FLOAT_AS_UINT(f);
    if ((double) f != x && x == x && (bits & 0x7fffffffu) < 0x7f800000u && (bits & 1u) == 0) {
        bits = fabs(x) > fabs((double) f) ? bits + 1u : bits - 1u;
    }
    return jt_float_to_half(JT_UINT_AS_FLOAT(bits));
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

/* Shifts, gcd and lcm as NumPy defines them, overloaded per integer type. A shift count outside
   [0, BITS) gives 0, or -1 when a negative value is shifted right (npy_lshift / npy_rshift): C
   leaves such counts undefined and OpenCL takes them modulo the width. A negative value shifted
   left is undefined in C, hence the unsigned shift; a negative value shifted right goes through
   ~a, which is not negative, as C leaves the fill of a signed right shift to the compiler.
   gcd and lcm work on |a| and |b| in unsigned arithmetic, so |MIN| is 2^(BITS-1) and
   gcd(MIN, 0) comes back as MIN, and lcm's product wraps, as NumPy's. */
#define JT_INTEGER_BITS(T, U, BITS) \
DEVICE_FN T OVERLOADABLE jt_left_shift(T a, T b) { \
    return (b >= 0 && b < BITS) ? (T) ((U) a << b) : (T) 0; \
} \
DEVICE_FN T OVERLOADABLE jt_right_shift(T a, T b) { \
    if (b >= 0 && b < BITS) { \
        return a < 0 ? (T) ~(~a >> b) : (T) (a >> b); \
    } \
    return a < 0 ? (T) -1 : (T) 0; \
} \
DEVICE_FN U OVERLOADABLE jt_unsigned_abs(T a) { \
    return a < 0 ? (U) (0 - (U) a) : (U) a; \
} \
DEVICE_FN T OVERLOADABLE jt_gcd(T a, T b) { \
    U x = jt_unsigned_abs(a); \
    U y = jt_unsigned_abs(b); \
    while (x != 0) { \
        const U r = y % x; \
        y = x; \
        x = r; \
    } \
    return (T) y; \
} \
DEVICE_FN T OVERLOADABLE jt_lcm(T a, T b) { \
    const U g = (U) jt_gcd(a, b); \
    return g == 0 ? (T) 0 : (T) (jt_unsigned_abs(a) / g * jt_unsigned_abs(b)); \
}
JT_INTEGER_BITS(jint, juint, 32)
JT_INTEGER_BITS(jlong, julong, 64)

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

/* NumPy's npy_logaddexp, npy_logaddexp2 and npy_heaviside step by step in the operands' type, and
   deg2rad / rad2deg as x times the constant NumPy rounds to the type first (float32: (float) pi / 180
   in float arithmetic, not (float) (pi / 180)). a == b takes the first branch, so two equal
   infinities stay infinite; a NaN operand makes the difference NaN, which neither branch takes,
   and NumPy returns that difference. */
#define JT_FLOAT_FUNCTIONS(T, LN2, LOG2E, DEG2RAD, RAD2DEG) \
DEVICE_FN T OVERLOADABLE jt_logaddexp(T a, T b) { \
    if (a == b) { \
        return a + LN2; \
    } \
    const T d = a - b; \
    if (d > 0) { \
        return a + log1p(exp(-d)); \
    } \
    if (d <= 0) { \
        return b + log1p(exp(d)); \
    } \
    return d; \
} \
DEVICE_FN T OVERLOADABLE jt_logaddexp2(T a, T b) { \
    if (a == b) { \
        return a + 1; \
    } \
    const T d = a - b; \
    if (d > 0) { \
        return a + LOG2E * log1p(exp2(-d)); \
    } \
    if (d <= 0) { \
        return b + LOG2E * log1p(exp2(d)); \
    } \
    return d; \
} \
DEVICE_FN T OVERLOADABLE jt_heaviside(T x, T h0) { \
    if (x != x) { \
        return (T) JT_FLOAT_NAN; \
    } \
    if (x == 0) { \
        return h0; \
    } \
    return x < 0 ? (T) 0 : (T) 1; \
} \
DEVICE_FN T OVERLOADABLE jt_deg2rad(T x) { \
    return x * DEG2RAD; \
} \
DEVICE_FN T OVERLOADABLE jt_rad2deg(T x) { \
    return x * RAD2DEG; \
}
JT_FLOAT_FUNCTIONS(float, 0x1.62e43p-1f, 0x1.715476p+0f, 0x1.1df46ap-6f, 0x1.ca5dcp+5f)
#ifdef JT_FP64
JT_FLOAT_FUNCTIONS(double, 0x1.62e42fefa39efp-1, 0x1.71547652b82fep+0, 0x1.1df46a2529d39p-6, 0x1.ca5dc1a63c1f8p+5)
#endif

/* spacing, frexp and ldexp as NumPy defines them. spacing is npy_spacing: NaN for ±Inf, else the
   next number away from zero minus x (exact: adjacent numbers differ by a power of two, or the
   difference overflows to Inf past the largest finite value); npy_spacing steps both zeros up to
   the smallest positive subnormal, hence the direction test x < 0 rather than x's sign bit. frexp's two outputs are
   separate tokens; C and CUDA leave frexp's exponent of Inf and NaN unspecified, so ±0, ±Inf and
   NaN give x and 0 here, NumPy's values. ldexp's exponent arrives in the float compute type (core
   converts the integer operand); clamping it to ±2200 before the int conversion makes huge int64
   exponents saturate (every finite non-zero x has over- or underflowed by then) where a plain cast
   would be undefined. ldexp itself rounds once, so results that turn subnormal are correctly
   rounded (no double rounding). */
#define JT_FLOAT_SCALING(T) \
DEVICE_FN T OVERLOADABLE jt_spacing(T x) { \
    if (isinf(x)) { \
        return (T) JT_FLOAT_NAN; \
    } \
    return nextafter(x, x < 0 ? (T) -JT_FLOAT_INFINITY : (T) JT_FLOAT_INFINITY) - x; \
} \
DEVICE_FN T OVERLOADABLE jt_frexp_mantissa(T x) { \
    if (x == 0 || isinf(x) || x != x) { \
        return x; \
    } \
    int exponent; \
    return frexp(x, &exponent); \
} \
DEVICE_FN T OVERLOADABLE jt_frexp_exponent(T x) { \
    if (x == 0 || isinf(x) || x != x) { \
        return (T) 0; \
    } \
    int exponent; \
    frexp(x, &exponent); \
    return (T) exponent; \
} \
DEVICE_FN T OVERLOADABLE jt_ldexp(T x, T exponent) { \
    const int n = exponent > (T) 2200 ? 2200 : (exponent < (T) -2200 ? -2200 : (int) exponent); \
    return ldexp(x, n); \
}
JT_FLOAT_SCALING(float)
#ifdef JT_FP64
JT_FLOAT_SCALING(double)
#endif

/* spacing and nextafter of float16 values (held exactly in the compute type): NumPy's
   npy_half_spacing and npy_half_nextafter, on the bits. Float16 computes in float32, whose steps
   are smaller, so these are separate tokens that core picks for float16. npy_half_spacing's step
   is never negative: at a negative power of two it is the step toward zero (spacing(-1) = 2^-11),
   both zeros give 2^-24, +65504 gives +Inf but -65504 gives 32. npy_half_nextafter returns x, not
   y, when x == y (nextafter(0, -0) is +0) and its one NaN, 0x7e00, for NaN operands. */
DEVICE_FN jhalf jt_half_spacing_bits(const jhalf h) {
    const juint exponent = (juint) h & 0x7c00u;
    const juint significand = (juint) h & 0x03ffu;
    if (exponent == 0x7c00u) {
        return (jhalf) 0x7e00u;
    }
    if ((juint) h == 0x7bffu) {
        return (jhalf) 0x7c00u;
    }
    if (((juint) h & 0x8000u) != 0 && significand == 0) {
        if (exponent > 0x2c00u) {
            return (jhalf) (exponent - 0x2c00u);
        }
        return (jhalf) (exponent > 0x0400u ? 1u << ((exponent >> 10) - 2u) : 1u);
    }
    if (exponent > 0x2800u) {
        return (jhalf) (exponent - 0x2800u);
    }
    return (jhalf) (exponent > 0x0400u ? 1u << ((exponent >> 10) - 1u) : 1u);
}

DEVICE_FN jhalf jt_half_nextafter_bits(const jhalf x, const jhalf y) {
    const juint ux = (juint) x;
    const juint uy = (juint) y;
    if ((ux & 0x7fffu) > 0x7c00u || (uy & 0x7fffu) > 0x7c00u) {
        return (jhalf) 0x7e00u;
    }
    if (ux == uy || ((ux | uy) & 0x7fffu) == 0) {
        return x;
    }
    if ((ux & 0x7fffu) == 0) {
        return (jhalf) ((uy & 0x8000u) + 1u);
    }
    if ((ux & 0x8000u) == 0) {
        /* x > 0: y below x when y is negative or its bits are smaller */
        return (jhalf) (((uy & 0x8000u) != 0 || ux > uy) ? ux - 1u : ux + 1u);
    }
    return (jhalf) (((uy & 0x8000u) == 0 || (ux & 0x7fffu) > (uy & 0x7fffu)) ? ux - 1u : ux + 1u);
}

#define JT_FLOAT16_STEPS(T) \
DEVICE_FN T OVERLOADABLE jt_spacing_float16(T x) { \
    return (T) jt_half_to_float(jt_half_spacing_bits(jt_float_to_half((float) x))); \
} \
DEVICE_FN T OVERLOADABLE jt_nextafter_float16(T a, T b) { \
    return (T) jt_half_to_float(jt_half_nextafter_bits(jt_float_to_half((float) a), jt_float_to_half((float) b))); \
}
JT_FLOAT16_STEPS(float)
#ifdef JT_FP64
JT_FLOAT16_STEPS(double)
#endif
