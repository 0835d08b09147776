/* jtensor dialect layer: CUDA C++ (nvcc / NVRTC). Templates use only these names for what differs
   between OpenCL and CUDA, so every kernel body is written once. */
#define KERNEL extern "C" __global__
#define GLOBAL
#define OVERLOADABLE
#define DEVICE_FN __device__ inline
#define LOCAL_ARRAY(type, name, count) __shared__ type name[count]
#define BARRIER() __syncthreads()
#define GLOBAL_ID() ((jlong) blockIdx.x * blockDim.x + threadIdx.x)
#define GLOBAL_SIZE() ((jlong) gridDim.x * blockDim.x)
#define GROUP_ID(d) ((jlong) ((d) == 0 ? blockIdx.x : (d) == 1 ? blockIdx.y : blockIdx.z))
#define GROUP_COUNT(d) ((jlong) ((d) == 0 ? gridDim.x : (d) == 1 ? gridDim.y : gridDim.z))
#define LOCAL_ID(d) ((int) ((d) == 0 ? threadIdx.x : (d) == 1 ? threadIdx.y : threadIdx.z))
#define LOCAL_SIZE(d) ((int) ((d) == 0 ? blockDim.x : (d) == 1 ? blockDim.y : blockDim.z))

/* Four consecutive elements of type T between a private T[4] and global memory at ptr + index;
   plain per-element loads, as an offset need not be vector-aligned. */
#define LOAD4(T, dst, ptr, index) do { \
        for (int jt_j = 0; jt_j < 4; jt_j++) (dst)[jt_j] = (ptr)[(index) + jt_j]; \
    } while (0)
#define STORE4(T, src, ptr, index) do { \
        for (int jt_j = 0; jt_j < 4; jt_j++) (ptr)[(index) + jt_j] = (src)[jt_j]; \
    } while (0)

typedef unsigned char jbool;
typedef unsigned char jbyte;
typedef int jint;
typedef unsigned int juint;
typedef unsigned short jhalf;
typedef signed char jint8;
typedef unsigned char juint8;
typedef short jint16;
typedef unsigned short juint16;
typedef long long jlong;
typedef unsigned long long julong;

#define JT_FLOAT_INFINITY __int_as_float(0x7f800000)
#define JT_FLOAT_NAN __int_as_float(0x7fffffff)
#define JT_FLOAT_AS_UINT(x) ((juint) __float_as_int(x))
#define JT_UINT_AS_FLOAT(x) __int_as_float((int) (x))
/* The number of 1 bits of a juint / julong. */
#define JT_POPCOUNT32(u) __popc(u)
#define JT_POPCOUNT64(u) __popcll(u)
