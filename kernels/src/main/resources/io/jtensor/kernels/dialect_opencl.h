/* jtensor dialect layer: OpenCL C 1.2. Templates use only these names for what differs between
   OpenCL and CUDA, so every kernel body is written once. */
#define KERNEL __kernel
#define GLOBAL __global
#define OVERLOADABLE __attribute__((overloadable))
#define DEVICE_FN static inline
#define LOCAL_ARRAY(type, name, count) __local type name[count]
#define BARRIER() barrier(CLK_LOCAL_MEM_FENCE)
#define GLOBAL_ID() ((jlong) get_global_id(0))
#define GLOBAL_SIZE() ((jlong) get_global_size(0))
#define GROUP_ID(d) ((jlong) get_group_id(d))
#define GROUP_COUNT(d) ((jlong) get_num_groups(d))
#define LOCAL_ID(d) ((int) get_local_id(d))
#define LOCAL_SIZE(d) ((int) get_local_size(d))

/* Four consecutive elements of type T between a private T[4] and global memory at ptr + index.
   vload4/vstore4 need only element alignment, so any offset works. */
#define JT_CAT(a, b) a##b
#define LOAD4(T, dst, ptr, index) do { \
        const JT_CAT(T, 4) jt_v4 = vload4(0, (ptr) + (index)); \
        (dst)[0] = jt_v4.s0; (dst)[1] = jt_v4.s1; (dst)[2] = jt_v4.s2; (dst)[3] = jt_v4.s3; \
    } while (0)
#define STORE4(T, src, ptr, index) \
    vstore4((JT_CAT(T, 4)) ((src)[0], (src)[1], (src)[2], (src)[3]), 0, (ptr) + (index))

typedef uchar jbool;
typedef uchar jbyte;
typedef int jint;
typedef uint juint;
typedef ushort jhalf;
typedef char jint8;
typedef uchar juint8;
typedef short jint16;
typedef ushort juint16;
typedef long jlong;
typedef ulong julong;

#define JT_FLOAT_INFINITY INFINITY
#define JT_FLOAT_NAN NAN
#define JT_FLOAT_AS_UINT(x) as_uint(x)
#define JT_UINT_AS_FLOAT(x) as_float(x)
/* The number of 1 bits of a juint / julong. */
#define JT_POPCOUNT32(u) popcount(u)
#define JT_POPCOUNT64(u) popcount(u)

/* PoCL 3.1's double exp returns +Inf for x just below log(DBL_MAX) = 709.782712893384, where the
   result is finite (float exp and double expm1 are fine). Above 709 we reduce the argument by
   ln2 = LN2_HI + LN2_LO (fdlibm's split): x - LN2_HI is exact because LN2_HI has 32 trailing zero
   bits, exp(x) = 2 * exp(x - LN2_HI) * exp(-LN2_LO), and exp(-LN2_LO) = 1 - LN2_LO to within 2e-20,
   applied with one fma before the exact doubling (beyond 710 the result is +Inf anyway, and the
   fma would turn Inf into NaN). This adds at most one rounding to the driver's
   own exp, well inside OpenCL's 3-ULP bound. The macro below routes every exp of every template here. */
#ifdef JT_FP64
DEVICE_FN double __attribute__((overloadable)) jt_exp(double x) {
    if (x > 709.0 && x < 710.0) {
        const double reduced = exp(x - 6.93147180369123816490e-01);
        return 2.0 * fma(reduced, -1.90821492927058770002e-10, reduced);
    }
    return exp(x);
}
#endif
DEVICE_FN float __attribute__((overloadable)) jt_exp(float x) {
    return exp(x);
}
/* PoCL defines exp as a macro itself; the jt_exp bodies above already expanded it. */
#undef exp
#define exp(x) jt_exp(x)
