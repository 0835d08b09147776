#!/usr/bin/env python3
"""Writes the NumPy reference data the jtensor conformance suite replays.

Run from anywhere:  python3 tests/reference/generate.py [file ...]   (e.g. ``unary isclose``; all by default)
Output:             tests/src/test/resources/reference/*.csv (committed; rerun after editing this file)

Every expected value comes from NumPy (``numpy`` >= 2) -- or, where the contract is "within N ULP of
the correctly rounded result", from mpmath evaluated at 300 bits and rounded once to the target
type (the generator checks that NumPy's own result is within 2 ULP of that value, so the two
references agree).  SciPy provides softmax/log_softmax/logsumexp for rows with infinities and NaN.

File format (Apache Commons Numbers style): one case per line, comma-separated, a header line
naming the columns, ``#`` starts a comment.  Inside a field:

* floats are Python ``repr`` of the float64 value (``nan``, ``inf``, ``-inf``, ``-0.0``, ``1e-310``),
  which round-trips exactly; float32 values are written as the float64 holding them exactly;
* integers are decimal, bools ``true``/``false``;
* lists of values are separated by single spaces (C order);
* shapes are ``2x3x4``, ``0d`` for a 0-d tensor;
* axes are ``none`` (all), ``empty`` (the empty tuple) or ``0;-1``;
* a tensor operand is the name of a row of tensors.csv, optionally followed by ``.T`` (full
  transpose) or ``.mT`` (swap the last two axes);
* toString strings escape newlines as ``\\n``.

jtensor's documented deviations from NumPy are applied when the expected type is written and
are listed in the ``numpy_dtype`` columns: jtensor has no int8, so NumPy's int8 results (bool
input to square, reciprocal, power, ...) are int32.
"""

import functools
import math
import os
import re
import sys
import warnings

import mpmath
import numpy as np
import scipy
import scipy.special as sps

warnings.simplefilter("ignore")
np.seterr(all="ignore")
mpmath.mp.prec = 300

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "reference")

DTYPES = ["bool", "int32", "int64", "float32", "float64"]
# every jtensor type: families that cover float16 loop over this one
ALL_DTYPES = DTYPES + ["float16"]
# the 8- and 16-bit integer types (storage types computed in int32, wrapping to their width)
SMALL_INTS = ["int8", "uint8", "int16", "uint16"]
# uint32: a storage type computed in int64, wrapping to 32 bits; with the small ones, the integer storage types
STORAGE_INTS = SMALL_INTS + ["uint32"]
NP = {"bool": np.bool_, "int32": np.int32, "int64": np.int64, "float32": np.float32, "float64": np.float64,
      "float16": np.float16, "int8": np.int8, "uint8": np.uint8, "int16": np.int16, "uint16": np.uint16,
      "uint32": np.uint32}
JT = {"bool": "bool", "int8": "int8", "uint8": "uint8", "int16": "int16", "uint16": "uint16", "int32": "int32",
      "int64": "int64", "float16": "float16", "float32": "float32", "float64": "float64", "uint32": "uint32"}

I32_MIN, I32_MAX = -2**31, 2**31 - 1
I64_MIN, I64_MAX = -2**63, 2**63 - 1
U32_MAX = 2**32 - 1
# uint32 at its limits: 2**31 - 1 and 2**31 (int32's edge), 2**32 - 2 and 2**32 - 1, 65536 and 65537
# (their products wrap: 65536 * 65536 is 0, 65537 * 65537 is 131073)
U32_LIMITS = [0, 1, 2, 7, 65535, 65536, 65537, 2**31 - 1, 2**31, U32_MAX - 1, U32_MAX]


# ---------------------------------------------------------------------------------------------
# encoding

def fmt(v, dtype):
    """One value as text for the given jtensor dtype."""
    if dtype == "bool":
        return "true" if bool(v) else "false"
    if dtype in ("int32", "int64") or dtype in STORAGE_INTS:
        return str(int(v))
    f = float(v)
    if math.isnan(f):
        return "nan"
    return repr(f)


def as_jtensor(res):
    """A NumPy result as jtensor gives it: jtensor has no uint64, so NumPy's uint64 (sum, prod, cumsum
    of unsigned input) is jtensor's int64 with the same bits (the same value below 2**63, and the same
    value modulo 2**64 where NumPy's uint64 wraps)."""
    res = np.asarray(res)
    if res.dtype == np.uint64:
        res = res.view(np.int64)
    return res


def fmt_list(values, dtype):
    return " ".join(fmt(v, dtype) for v in np.asarray(values).reshape(-1))


def fmt_shape(shape):
    return "0d" if len(shape) == 0 else "x".join(str(d) for d in shape)


def fmt_axes(axes):
    if axes is None:
        return "none"
    if isinstance(axes, tuple):
        return "empty" if len(axes) == 0 else ";".join(str(a) for a in axes)
    return str(axes)


# the files to write (None: all); every generator still runs, so tensors.csv stays whole
ONLY = None


def write(name, header, rows, comment):
    if ONLY is not None and name != "tensors.csv" and name[:-len(".csv")] not in ONLY:
        print("skipped %-20s (not asked for)" % name)
        return
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in comment.strip().splitlines():
            f.write("# " + line.rstrip() + "\n")
        f.write("# Generated by tests/reference/generate.py with NumPy %s, SciPy %s, mpmath %s; do not edit.\n"
                % (np.__version__, scipy.__version__, mpmath.__version__))
        f.write(",".join(header) + "\n")
        for row in rows:
            assert len(row) == len(header), (name, row)
            for field in row:
                assert "," not in field and "\n" not in field, (name, row)
            f.write(",".join(row) + "\n")
    print("wrote %-20s %6d cases" % (name, len(rows)))


# ---------------------------------------------------------------------------------------------
# correct rounding with mpmath

def round_mp(x, dtype):
    """The mpf x rounded to nearest-even in float16/float32/float64 (with subnormals and overflow)."""
    bits, emin, emax = {"float16": (11, -14, 15), "float32": (24, -126, 127)}.get(dtype, (53, -1022, 1023))
    if x == 0:
        return 0.0
    _, e = mpmath.frexp(x)
    lead = int(e) - 1
    q = max(lead - (bits - 1), emin - (bits - 1))
    r = mpmath.nint(mpmath.ldexp(x, -q))
    value = mpmath.ldexp(r, q)
    if abs(value) >= mpmath.ldexp(1, emax + 1):
        return math.copysign(math.inf, float(x))
    if r == 0:
        return math.copysign(0.0, float(x))
    return float(value)


def ordered(v, dtype):
    """The IEEE bits of v as an integer that orders like the values (both zeros map to 0)."""
    if dtype == "float16":
        i = int(np.array(v, np.float16).view(np.int16))
        return i if i >= 0 else -(i & 0x7FFF)
    if dtype == "float32":
        i = int(np.array(v, np.float32).view(np.int32))
        return i if i >= 0 else -(i & 0x7FFFFFFF)
    i = int(np.array(v, np.float64).view(np.int64))
    return i if i >= 0 else -(i & 0x7FFFFFFFFFFFFFFF)


def ulp_distance(a, b, dtype):
    """Distance in units in the last place between two finite values of dtype (0 for a == b)."""
    return abs(ordered(a, dtype) - ordered(b, dtype))


# ---------------------------------------------------------------------------------------------
# unary ops

MP_UNARY = {
    "exp": mpmath.exp,
    "expm1": mpmath.expm1,
    "exp2": lambda x: mpmath.power(2, x),
    "log": mpmath.log,
    "log1p": mpmath.log1p,
    "log2": lambda x: mpmath.log(x, 2),
    "log10": mpmath.log10,
    "sin": mpmath.sin,
    "cos": mpmath.cos,
    "tan": mpmath.tan,
    "tanh": mpmath.tanh,
    "sigmoid": lambda x: 1 / (1 + mpmath.exp(-x)),
    "arcsin": mpmath.asin,
    "arccos": mpmath.acos,
    "arctan": mpmath.atan,
    "sinh": mpmath.sinh,
    "cosh": mpmath.cosh,
    "arcsinh": mpmath.asinh,
    "arccosh": mpmath.acosh,
    "arctanh": mpmath.atanh,
    # the real cube root (mpmath.cbrt of a negative number is the complex principal root)
    "cbrt": lambda x: mpmath.cbrt(x) if x >= 0 else -mpmath.cbrt(-x),
}

# ops whose result is exact in IEEE arithmetic: NumPy's value is the reference, compared bit for bit
EXACT_UNARY = ["sqrt", "square", "absolute", "negative", "sign", "reciprocal", "relu", "floor", "ceil", "round",
               "trunc", "isnan", "isinf", "isfinite", "signbit", "logical_not", "invert", "deg2rad", "rad2deg",
               "bitwise_count"]
UNARY = ["exp", "expm1", "exp2", "log", "log1p", "log2", "log10", "sqrt", "square", "absolute", "negative",
         "sign", "reciprocal", "sin", "cos", "tan", "tanh", "sigmoid", "relu", "floor", "ceil", "round",
         "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh", "arccosh", "arctanh", "cbrt", "trunc",
         "isnan", "isinf", "isfinite", "signbit", "logical_not", "invert", "deg2rad", "rad2deg", "bitwise_count"]
# computed in float64 for integer input and in float16 for bool (as NumPy); deg2rad and rad2deg are
# one product by NumPy's rounded constant, so NumPy's own value is their reference
FLOATING_UNARY = set(MP_UNARY) | {"sqrt", "deg2rad", "rad2deg"}


def numpy_unary(op, arr):
    if op == "sigmoid":
        return sps.expit(arr)
    if op == "relu":
        if arr.dtype == np.float16:
            # jtensor's relu(-0.0) is +0.0 in every float type; NumPy's half maximum keeps the
            # first operand on a tie, so np.maximum(x, 0) would give -0.0 there
            return np.maximum(arr.astype(np.float32), np.float32(0)).astype(np.float16)
        return np.maximum(arr, np.zeros((), arr.dtype))
    if op == "round":
        return np.round(arr)
    return getattr(np, op)(arr)


def sigmoid_dtype(dtype):
    """jtensor's sigmoid type (NumPy has no sigmoid): the type NumPy's floating ufuncs such as exp give."""
    return dtype if dtype.startswith("float") else np.exp(np.zeros(1, NP[dtype])).dtype.name


def unary_result_dtype(op, dtype):
    """(numpy dtype name, jtensor dtype name) of op on an array of dtype."""
    if op in ("negative", "sign") and dtype == "bool":
        return ("error", "error")
    if op in ("invert", "bitwise_count") and dtype.startswith("float"):
        return ("error", "error")
    arr = np.zeros(1, NP[dtype])
    if op == "sigmoid":
        return ("n/a", sigmoid_dtype(dtype))
    if op == "relu":
        return ("n/a", dtype)
    nd = numpy_unary(op, arr).dtype.name
    return (nd, JT[nd])


def exp_list(values):
    """e**v for each v, through math.exp: NumPy's SIMD exp differs in the last bit between CPUs,
    which would change the generated inputs from one machine to the next."""
    return [math.exp(float(v)) for v in values]


def float_inputs_64():
    specials = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1e-310, -1e-310, 5e-324, -5e-324,
                2.2250738585072014e-308, -2.2250738585072014e-308, 2.225073858507201e-308,
                1.7976931348623157e308, -1.7976931348623157e308, 1e-300, -1e-300, 1e300, -1e300,
                1e-20, -1e-20, 1e-8, -1e-8, 1e-5, 0.1, -0.1, 0.25, 0.5, -0.5, 0.49999999999999994,
                0.5000000000000001, 1.0, -1.0, 1.5, -1.5, 2.0, -2.0, 2.5, -2.5, 3.0, 3.5, -3.5, 10.0, 100.0,
                -100.0, math.pi, -math.pi, math.pi / 2, math.pi / 4, 3 * math.pi / 2, 2 * math.pi, math.e,
                1e5, 1e10, 1e15, 4503599627370495.5, 4503599627370497.0, 9007199254740993.0, 1e16, 1e22,
                -1e22, 1e100, 2.0**60, -(2.0**60), 0.9999999999999999, 1.0000000000000002, -0.9999999999999999,
                -1.0000000000000002, 20.0, -20.0, 36.0, -36.0, 40.0, -40.0, 700.0, -700.0,
                709.782712893384, 709.7827128933841, 710.0, -708.3964185322641, -708.4, -720.0, -744.44,
                -745.1332191019411, -745.1332191019412, -746.0, 1023.0, 1023.9999999999999, 1024.0, -1022.0,
                -1074.0, -1075.0, -1074.5, 1000.0, -1000.0]
    rng = np.random.default_rng(20240501)
    rand = list(rng.uniform(-10, 10, 24)) + exp_list(rng.uniform(-40, 40, 16))
    rand += [-v for v in exp_list(rng.uniform(-40, 40, 8))]
    return specials + [float(v) for v in rand]


def float_inputs_32():
    base = [float(np.float32(v)) for v in float_inputs_64()]
    extra = [88.7228, 88.72284, 88.72283, 88.722839, 88.0, 89.0, -87.3, -87.33654, -87.34, -88.0,
             -100.0, -103.27893, -103.9, -103.972, -103.97208, -104.0, 1e-40, -1e-40, 1e-45, -1e-45,
             1.1754944e-38, -1.1754944e-38, 3.4028235e38, -3.4028235e38, 127.0, 127.99999, 128.0, -126.0,
             -149.0, -149.5, -150.0, -151.0, 16777217.0, 8388608.5, 0.99999994, 1.0000001, 1e-4, 1e20, -1e20,
             12.0, -12.0, 9.0, -9.0, 17.0, -17.0]
    rng = np.random.default_rng(20240502)
    rand = list(rng.uniform(-10, 10, 16)) + exp_list(rng.uniform(-20, 20, 12))
    values = base + [float(np.float32(v)) for v in extra + rand]
    seen = set()
    result = []
    for v in values:
        key = repr(v)
        if key not in seen:
            seen.add(key)
            result.append(v)
    return result


def int32_inputs():
    return [0, 1, -1, 2, -2, 3, 7, -7, 10, 100, -100, 46340, 46341, -46341, 65536, 123456789,
            I32_MAX, I32_MIN, I32_MIN + 1, I32_MAX - 1]


def int64_inputs():
    return [0, 1, -1, 2, -3, 10, 3037000499, 3037000500, -3037000500, 2**53 + 1, -(2**53 + 1), 2**62,
            10**18, 4611686018427387904 + 7, I64_MAX, I64_MIN, I64_MIN + 1, I32_MAX + 1, I32_MIN - 1, 123]


def bool_inputs():
    return [True, False]


# the 8- and 16-bit integer inputs: the limits, their neighbours, values whose square or negation wraps
SMALL_INPUTS = {
    "int8": [0, 1, -1, 2, -2, 3, -7, 11, 12, -12, 100, -100, 126, 127, -127, -128],
    "uint8": [0, 1, 2, 3, 7, 15, 16, 100, 127, 128, 200, 254, 255],
    "int16": [0, 1, -1, -7, 181, 182, -182, 255, 256, 32767, -32767, -32768],
    "uint16": [0, 1, 7, 255, 256, 32767, 32768, 65534, 65535],
    "uint32": U32_LIMITS,
}
# unary ops run on int16/uint16 and uint32 (int8/uint8 run every op): the integer ones and a few
# floating ones (float32 results, float64 for uint32), to keep the suite's time down
UNARY_16 = ["sqrt", "square", "absolute", "negative", "sign", "reciprocal", "relu", "floor", "round", "exp", "log",
            "sin", "arctan", "sigmoid", "isnan", "isfinite", "signbit", "logical_not", "invert", "rad2deg",
            "bitwise_count"]


def float_inputs_16():
    """float16 specials (zeros, infinities, NaN, the subnormals 2**-24 and 6e-8 rounding to it, the
    smallest normal, 65504 and the overflow thresholds of exp, sinh, cosh...) and random values."""
    specials = [math.nan, math.inf, -math.inf, 0.0, -0.0, 2.0**-24, -2.0**-24, 6e-8, 3 * 2.0**-24, 2.0**-14,
                -2.0**-14, 2.0**-14 - 2.0**-24, 65504.0, -65504.0, 1e-4, 1e-3, 0.1, -0.1, 0.25, 0.5, -0.5, 0.9995,
                1.0, 1.001, -1.0, 1.5, -1.5, 2.0, 2.5, -2.5, 3.0, 3.5, 10.0, 11.0, 11.09, 11.1, -9.7, -10.0,
                -16.6, -17.0, -18.0, 12.0, 15.9, 16.0, 20.0, 100.0, -100.0, math.pi, -math.pi, math.pi / 2,
                math.e, 1000.0, 2048.0, 2049.0, 4097.0, 30000.0]
    rng = np.random.default_rng(20261202)
    rand = list(rng.uniform(-10, 10, 16)) + exp_list(rng.uniform(-12, 11, 12))
    seen = set()
    result = []
    for v in specials + rand:
        h = float(np.float16(v))
        key = repr(h)
        if key not in seen:
            seen.add(key)
            result.append(h)
    return result


def unary_reference(op, dtype, x):
    """Expected value of op(x) (x given as a Python value of dtype) and its jtensor dtype."""
    _, jt = unary_result_dtype(op, dtype)
    if op in FLOATING_UNARY:
        # NumPy's loop type: float16 for bool/int8/uint8, float32 for int16/uint16, float64 for int32/int64
        work = dtype if dtype.startswith("float") else sigmoid_dtype(dtype)
        xv = np.array([x], NP[work]) if dtype.startswith("float") else np.array([x], NP[dtype]).astype(NP[work])
        npres = float(numpy_unary(op, xv)[0])
        xf = float(xv[0])
        if op in MP_UNARY and math.isfinite(xf) and xf != 0.0 and math.isfinite(npres):
            try:
                exact = MP_UNARY[op](mpmath.mpf(xf))
            except (ValueError, ZeroDivisionError):
                exact = None
            if exact is not None and isinstance(exact, mpmath.mpf) and mpmath.isfinite(exact):
                ref = round_mp(exact, work)
                if math.isfinite(ref) and ulp_distance(ref, npres, work) > 2:
                    print("  note: numpy %s(%s %r) = %r, correctly rounded %r" % (op, work, xf, npres, ref))
                return ref, jt
        if op in MP_UNARY and math.isfinite(xf) and xf != 0.0 and not math.isfinite(npres):
            # overflow: check the mpmath value rounds to infinity too, then keep NumPy's inf
            try:
                exact = MP_UNARY[op](mpmath.mpf(xf))
            except (ValueError, ZeroDivisionError):
                exact = None
            if isinstance(exact, mpmath.mpf) and mpmath.isfinite(exact):
                return round_mp(exact, work), jt
        return npres, jt
    # numeric ops: NumPy's own loop (bool square/reciprocal in int8, round of bool in float16)
    work = {"bool": {"square": "int8", "reciprocal": "int8", "round": "float16"}.get(op, "bool")}.get(dtype, dtype)
    xv = np.array([x], NP[dtype]).astype(NP[work])
    res = numpy_unary(op, xv)
    return res[0], jt


def gen_unary():
    rows = []
    inputs = {"float64": float_inputs_64(), "float32": float_inputs_32(), "int32": int32_inputs(),
              "int64": int64_inputs(), "bool": bool_inputs(), "float16": float_inputs_16()}
    inputs.update(SMALL_INPUTS)
    for op in UNARY:
        for dtype in ALL_DTYPES + STORAGE_INTS:
            if dtype in ("int16", "uint16", "uint32") and op not in UNARY_16:
                continue
            nd, jt = unary_result_dtype(op, dtype)
            if jt == "error":
                continue
            for x in inputs[dtype]:
                value, jt = unary_reference(op, dtype, x)
                rows.append([op, dtype, fmt(x, dtype), jt, fmt(value, jt)])
    write("unary.csv", ["op", "dtype", "input", "result_dtype", "expected"], rows, """
Unary ufuncs: op(input) for every op, input dtype and special value.  Transcendental ops
(exp expm1 exp2 log log1p log2 log10 sin cos tan tanh sigmoid arcsin arccos arctan sinh cosh arcsinh
arccosh arctanh cbrt) expect the correctly rounded result (mpmath, 300 bits, rounded once to the
result type); the test allows the backend's ULP tolerance.  Exact ops (sqrt square absolute negative
sign reciprocal relu floor ceil round trunc; deg2rad and rad2deg, one product by NumPy's constant
rounded to the type; invert and bitwise_count, bool and integers only, bitwise_count giving uint8) and
the bool-valued isnan isinf isfinite signbit logical_not expect NumPy's result bit for bit, including the sign of zero.  Integer input to a floating op is
converted to float64 first, bool, int8 and uint8 input to float16, int16 and uint16 input to float32
(as NumPy; uint32 to float64); bool input to square/reciprocal computes in int8 (as NumPy); sigmoid is
scipy.special.expit and relu is np.maximum(x, 0) in x's type.  int8 and uint8 run every op, int16,
uint16 and uint32 the integer ops and a few floating ones; integer results wrap to the type's width
(square(-128) is 0, negative(-128) and absolute(-128) are -128 in int8, square(65537) is 131073 and
negative(1) 4294967295 in uint32, as NumPy).
float16 (NumPy's half loops: float32 math rounded once to float16): the transcendental ops expect the
correctly rounded float16 (the test allows 1 float16 ULP, as float32 math rounded again can flip a
rounding); the exact ops NumPy's float16 bit for bit.""")


# ---------------------------------------------------------------------------------------------
# binary ops

BINARY = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "equal", "not_equal",
          "less", "less_equal", "greater", "greater_equal", "fmax", "fmin", "floor_divide", "remainder", "fmod",
          "arctan2", "hypot", "copysign", "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or",
          "bitwise_xor", "left_shift", "right_shift", "gcd", "lcm", "logaddexp", "logaddexp2", "heaviside"]


def mp_logaddexp(a, b):
    """log(e**a + e**b) at mpmath's precision, the larger operand factored out."""
    return max(a, b) + mpmath.log1p(mpmath.exp(-abs(a - b)))


def mp_logaddexp2(a, b):
    """log2(2**a + 2**b) at mpmath's precision, the larger operand factored out."""
    return max(a, b) + mpmath.log1p(mpmath.power(2, -abs(a - b))) / mpmath.log(2)


# binary ops whose float reference is the correctly rounded value (mpmath) for finite operands;
# for arctan2 and hypot only non-zero ones (NumPy's value fixes the signed zeros there)
MP_BINARY = {"arctan2": mpmath.atan2, "hypot": mpmath.hypot, "logaddexp": mp_logaddexp, "logaddexp2": mp_logaddexp2}
MP_BINARY_ZEROS_FROM_NUMPY = {"arctan2", "hypot"}


def numpy_binary(op, a, b):
    return getattr(np, op)(a, b)


def binary_result_dtype(op, da, db):
    a = np.ones(1, NP[da])
    b = np.ones(1, NP[db])
    try:
        nd = numpy_binary(op, a, b).dtype.name
    except TypeError:
        return ("error", "error")
    return (nd, JT[nd])


def power_reference(a, b, work):
    """Correctly rounded a**b for finite non-special operands, else NumPy's value."""
    npres = float(np.power(np.array([a], NP[work]), np.array([b], NP[work]))[0])
    if not (math.isfinite(a) and math.isfinite(b)) or a == 0 or b == 0 or a == 1 or not math.isfinite(npres):
        return npres
    if a < 0 and b != int(b):
        return npres
    exact = mpmath.power(mpmath.mpf(a), mpmath.mpf(b))
    if not isinstance(exact, mpmath.mpf) or not mpmath.isfinite(exact):
        return npres
    ref = round_mp(exact, work)
    if math.isfinite(ref) and ulp_distance(ref, npres, work) > 2:
        print("  note: numpy power(%s %r, %r) = %r, correctly rounded %r" % (work, a, b, npres, ref))
    return ref


def mp_binary_reference(op, a, b, work):
    """Correctly rounded op(a, b) for finite operands (arctan2, hypot: non-zero ones), else NumPy's value."""
    npres = float(numpy_binary(op, np.array([a], NP[work]), np.array([b], NP[work]))[0])
    if not (math.isfinite(a) and math.isfinite(b)) or (op in MP_BINARY_ZEROS_FROM_NUMPY and (a == 0 or b == 0)):
        return npres
    ref = round_mp(MP_BINARY[op](mpmath.mpf(a), mpmath.mpf(b)), work)
    if math.isfinite(ref) and math.isfinite(npres) and ulp_distance(ref, npres, work) > 2:
        print("  note: numpy %s(%s %r, %r) = %r, correctly rounded %r" % (op, work, a, b, npres, ref))
    return ref


# small-integer operands of binary.csv: the limits and their neighbours, values whose products wrap
SMALL_BINARY = {
    "int8": [0, 1, -1, 2, -3, 7, 12, 127, -127, -128],
    "uint8": [0, 1, 2, 7, 16, 128, 200, 255],
    "int16": [0, 1, -1, -3, 181, 255, 256, 32767, -32768],
    "uint16": [0, 1, 7, 256, 32768, 65535],
    "uint32": [0, 1, 2, 7, 65536, 65537, 2**31 - 1, 2**31, U32_MAX - 1, U32_MAX],
}
SMALL_POW_EXPS = [0, 1, 2, 3, 7, 8, 15, 16]
# uint32 powers: past 32 bits (2**32 is 0), and an exponent above int32's range
U32_POW_EXPS = SMALL_POW_EXPS + [31, 32, 33, U32_MAX]
# shift counts around each width (8, 16, 32) and below 0
SMALL_SHIFTS = {
    "int8": [0, 1, 2, 6, 7, 8, 9, 31, 32, 33, 127, -1, -8, -9, -128],
    "uint8": [0, 1, 7, 8, 9, 15, 16, 31, 32, 33, 255],
    "int16": [0, 1, 14, 15, 16, 17, 31, 32, 33, -1, -16, -32768, 32767],
    "uint16": [0, 1, 15, 16, 17, 31, 32, 33, 65535],
    "uint32": [0, 1, 15, 16, 31, 32, 33, 63, 64, 65, 2**31, U32_MAX],
}
SMALL_MIXED = [("int8", "uint8"), ("uint8", "int8"), ("uint16", "int16"), ("uint8", "uint16"), ("int8", "int32"),
               ("uint16", "int64"), ("bool", "uint8"), ("int8", "float16"), ("int16", "float16"),
               ("uint8", "float32")]
# uint32 with every other type: uint32 with bool, uint8 and uint16 gives uint32, with a signed integer
# int64, with any float float64 (float16 and float32 too)
U32_MIXED = [("uint32", "bool"), ("int8", "uint32"), ("uint32", "uint8"), ("int16", "uint32"), ("uint16", "uint32"),
             ("uint32", "int32"), ("int64", "uint32"), ("uint32", "float16"), ("float32", "uint32"),
             ("uint32", "float64")]
# the ops those pairs run (promotion.csv has every op's type): arithmetic and a comparison for all, the
# integer ops for integer pairs, the float ones for float pairs (the suite's time)
U32_MIXED_OPS = ["add", "subtract", "multiply", "floor_divide", "maximum", "less"]
U32_MIXED_INT_OPS = ["remainder", "bitwise_or", "right_shift", "lcm"]
U32_MIXED_FLOAT_OPS = ["divide", "power", "arctan2"]
SMALL_MIXED_VALUES = {
    "int8": [0, 1, -1, 3, 127, -128], "uint8": [0, 1, 3, 128, 255], "int16": [0, -1, 3, 32767, -32768],
    "uint16": [0, 1, 3, 32768, 65535], "int32": [0, -1, 3, 256, I32_MAX, I32_MIN], "int64": [0, -1, 3, 65536, I64_MIN],
    "bool": [False, True], "float16": [0.0, -0.0, 1.5, -128.5, 3.0, math.nan, math.inf, 65504.0],
    "float32": [0.0, 2.5, -1.0, 255.5, 1e30, math.nan],
    "uint32": [0, 1, 3, 2**31, U32_MAX],
    "float64": [0.0, -1.5, 4294967295.0, 4294967296.5, 1e300, math.nan],
}


def gen_binary():
    rows = []
    fspecial = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0, -1.0, 2.5, -3.0, 0.1, 1e308, 1e-310]
    rng = np.random.default_rng(20240503)
    frand = [(float(a), float(b)) for a, b in zip(rng.uniform(-100, 100, 24), rng.uniform(-100, 100, 24))]
    prand = [(float(a), float(b)) for a, b in zip(exp_list(rng.uniform(-5, 5, 16)), rng.uniform(-30, 30, 16))]
    prand += [(-2.0, 3.0), (-2.0, -3.0), (-8.0, 1.0 / 3), (10.0, 308.0), (10.0, 309.0), (2.0, -1074.0),
              (2.0, -1075.0), (0.5, 1023.5), (-0.0, -1.0), (-0.0, 3.0), (0.0, -2.0), (-1.0, math.inf),
              (1.0, math.nan), (math.nan, 0.0), (1.0000000000000002, 1e16), (3.0, 0.5), (2.0, 0.5)]
    ispecial32 = [0, 1, -1, 2, -3, 7, 46341, I32_MAX, I32_MIN]
    ispecial64 = [0, 1, -1, 2, -3, 7, 3037000500, 2**53 + 1, I64_MAX, I64_MIN]
    pow_exps = [0, 1, 2, 3, 31, 62, 63]
    # shift counts around each width and below 0: a count taken modulo 32 or 64 (C, Java, OpenCL)
    # gives another answer than NumPy's 0 or -1 for 32, 33, 64, 65, 2**32 + 1 and the negative ones
    shifted32 = [0, 1, -1, 5, -6, 12345, 46341, I32_MAX, I32_MIN, I32_MIN + 1]
    counts32 = [0, 1, 2, 7, 30, 31, 32, 33, 40, 63, 64, 65, -1, -2, -31, -32, -33, I32_MAX, I32_MIN]
    shifted64 = [0, 1, -1, 5, -6, 3037000500, 2**53 + 1, I64_MAX, I64_MIN, I64_MIN + 1]
    counts64 = [0, 1, 2, 7, 31, 32, 33, 62, 63, 64, 65, 127, 2**32 + 1, -1, -2, -63, -64, -65, I64_MAX, I64_MIN]
    # gcd and lcm: common factors, signs, zeros, and lcm products beyond the type (they wrap)
    divisors32 = [(12, 18), (-12, 18), (12, -18), (-12, -18), (0, -5), (-5, 0), (46341, 46343), (65536, 131072),
                  (I32_MIN, 2), (I32_MIN, -1), (I32_MAX, I32_MAX - 1), (1 << 30, 3)]
    divisors64 = [(12, 18), (-12, 18), (12, -18), (-12, -18), (0, -5), (-5, 0), (3037000499, 3037000501),
                  (2**40, 2**41), (2**62, 3), (I64_MIN, 2), (I64_MIN, -1), (I64_MAX, I64_MAX - 1)]
    # log-add-exp: equal operands, results that cancel to near 0 (e**a + e**b close to 1), a term
    # that underflows, overflow thresholds and the infinities
    log_sums = [(-0.5, -1.2), (-0.6931471805599453, -0.6931471805599453), (-0.1, -2.3), (-1.0, -0.5),
                (-0.7, -0.69), (-0.25, -1.5), (0.0, -40.0), (0.0, -800.0), (700.0, 700.0), (709.0, 710.0),
                (1023.5, 1023.5), (1e308, 1e308), (1.7976931348623157e308, 1.7976931348623157e308),
                (-1e308, -1e308), (-745.0, -745.0), (5e-324, -5e-324), (-1e-310, 1e-310), (30.0, -30.0), (-2.0, 1.0),
                (88.0, 88.5), (-103.0, -104.0), (math.inf, -math.inf), (-math.inf, 3.0), (math.nan, -math.inf)]

    def float_pairs(work):
        cast = (lambda v: float(np.float32(v))) if work == "float32" else float
        pairs = [(cast(a), cast(b)) for a in fspecial for b in fspecial] + [(cast(a), cast(b)) for a, b in frand]
        return pairs

    # float16: its own specials (65504, 2**-24, the smallest normal), products and sums that overflow
    # past 65504 or round half-way between two float16 values (2049 = 2048 + 1)
    hspecial = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0, -1.0, 2.5, -3.0, 0.1, 65504.0, 2.0**-24, 2.0**-14,
                2048.0, 300.0]
    hrand = [(float(np.float16(a)), float(np.float16(b))) for a, b in frand]

    def half_pairs():
        h = [float(np.float16(v)) for v in hspecial]
        return [(a, b) for a in h for b in h] + hrand + [(2049.0, 1.0), (2048.0, 3.0), (1.0, 2.0**-11)]

    def emit(op, da, db, pairs):
        nd, jt = binary_result_dtype(op, da, db)
        if jt == "error":
            return
        for a, b in pairs:
            av = np.array([a], NP[da])
            bv = np.array([b], NP[db])
            if op == "power" and jt.startswith("float"):
                work = nd
                value = power_reference(float(av.astype(NP[work])[0]), float(bv.astype(NP[work])[0]), work)
            elif op in MP_BINARY and jt.startswith("float"):
                value = mp_binary_reference(op, float(av.astype(NP[jt])[0]), float(bv.astype(NP[jt])[0]), jt)
            else:
                value = numpy_binary(op, av, bv)[0]
            rows.append([op, da, fmt(av[0], da), db, fmt(bv[0], db), jt, fmt(value, jt)])

    for op in BINARY:
        if op == "power":
            fp64 = [(a, b) for a in fspecial for b in fspecial] + prand
            fp32 = [(float(np.float32(a)), float(np.float32(b))) for a, b in fp64]
        else:
            fp64 = float_pairs("float64")
            fp32 = float_pairs("float32")
        if op in ("logaddexp", "logaddexp2"):
            fp64 += log_sums
            fp32 += [(float(np.float32(a)), float(np.float32(b))) for a, b in log_sums]
        emit(op, "float64", "float64", fp64)
        emit(op, "float32", "float32", fp32)
        if op == "power":
            fp16 = [(float(np.float16(a)), float(np.float16(b))) for a, b in fp64 if abs(b) < 1e4]
        else:
            fp16 = half_pairs()
        if op in ("logaddexp", "logaddexp2"):
            fp16 += [(float(np.float16(a)), float(np.float16(b))) for a, b in log_sums if abs(a) < 7e4 and abs(b) < 7e4]
            fp16 += [(11.0, 11.0), (15.0, 15.5), (-17.0, -17.0), (-25.0, -24.0)]
        emit(op, "float16", "float16", fp16)
        if op == "power":
            emit(op, "int32", "int32", [(a, e) for a in ispecial32 for e in pow_exps if e < 40])
            emit(op, "int64", "int64", [(a, e) for a in ispecial64 for e in pow_exps])
        elif op in ("left_shift", "right_shift"):
            emit(op, "int32", "int32", [(a, c) for a in shifted32 for c in counts32])
            emit(op, "int64", "int64", [(a, c) for a in shifted64 for c in counts64])
        elif op in ("gcd", "lcm"):
            emit(op, "int32", "int32", [(a, b) for a in ispecial32 for b in ispecial32] + divisors32)
            emit(op, "int64", "int64", [(a, b) for a in ispecial64 for b in ispecial64] + divisors64)
        else:
            emit(op, "int32", "int32", [(a, b) for a in ispecial32 for b in ispecial32])
            emit(op, "int64", "int64", [(a, b) for a in ispecial64 for b in ispecial64])
        emit(op, "bool", "bool", [(a, b) for a in (False, True) for b in (False, True)])
        # the 8- and 16-bit integers: every pair of their specials (the limits wrap), NumPy's own loop
        for dtype in STORAGE_INTS:
            v = SMALL_BINARY[dtype]
            if op == "power":
                pairs = [(a, e) for a in v for e in (U32_POW_EXPS if dtype == "uint32" else SMALL_POW_EXPS)]
            elif op in ("left_shift", "right_shift"):
                pairs = [(a, c) for a in v for c in SMALL_SHIFTS[dtype]]
            else:
                pairs = [(a, b) for a in v for b in v]
            emit(op, dtype, dtype, pairs)
        # mixed small types: int8 with uint8 gives int16, uint16 with int16 int32, with floats float16/32/64
        for da, db in SMALL_MIXED + U32_MIXED:
            if (da, db) in U32_MIXED and op not in U32_MIXED_OPS + (
                    U32_MIXED_FLOAT_OPS if "float" in da + db else U32_MIXED_INT_OPS):
                continue
            va, vb = SMALL_MIXED_VALUES[da], SMALL_MIXED_VALUES[db]
            pairs = [(a, b) for a in va for b in vb]
            if op == "power" and not db.startswith("float"):
                pairs = [(a, b) for a, b in pairs if b >= 0]
            emit(op, da, db, pairs)
        # mixed types: promotion happens before the op
        mixed = [(1.5, 2), (-2.25, 3), (16777217, 1.0), (2**31 - 1, 0.5), (0.0, -7), (math.nan, 1)]
        if op == "power":
            mixed = [(1.5, 2), (2.0, 3), (3, 2), (2, 0.5), (0, 0), (math.nan, 1)]
        for da, db in [("int32", "int64"), ("int32", "float32"), ("int64", "float32"), ("float32", "float64"),
                       ("int64", "float64"), ("bool", "int32"), ("bool", "float32"), ("float64", "int32"),
                       ("bool", "int64"), ("int64", "bool"), ("float16", "float32"), ("float64", "float16"),
                       ("bool", "float16"), ("float16", "bool"), ("float16", "int32"), ("int64", "float16")]:
            pairs = []
            for a, b in mixed:
                if not da.startswith("float"):
                    a = 0 if isinstance(a, float) and math.isnan(a) else int(a)
                if not db.startswith("float"):
                    b = int(b)
                if da == "bool":
                    a = bool(a)
                if db == "bool":
                    b = bool(b)
                pairs.append((a, b))
            if op == "power" and not da.startswith("float") and not db.startswith("float"):
                pairs = [(a, abs(b)) for a, b in pairs]
            emit(op, da, db, pairs)
    write("binary.csv", ["op", "a_dtype", "a", "b_dtype", "b", "result_dtype", "expected"], rows, """
Binary ufuncs on two tensors: op(a, b) for every op, dtype pair and special value.  The result
type is NumPy's (bool ** bool, bool // bool, remainder, fmod and shifts of bools give int8; int8,
uint8, int16, uint16 and uint32 pairs wrap to their width, int8 with uint8 gives int16, uint16 with int16
int32, uint32 with a signed integer int64 and with any float (float16 too) float64, divide of integers float64; float operands of the bitwise, shift, gcd and lcm ops and gcd/lcm of two
bools are errors, tested through promotion.csv; arctan2, hypot, copysign, logaddexp(2), heaviside and
nextafter of two bools give float16, divide float64, as NumPy).  float16 operands compute in float32,
rounded once to float16 (NumPy's half loops); the ops with a correctly rounded reference allow 1
float16 ULP there.  power, arctan2 and hypot on floats expect the
correctly rounded result (mpmath) for finite non-special operands, logaddexp and logaddexp2 for
finite ones, NumPy's value otherwise; every other op is exact in IEEE arithmetic (or a bool or
integer) and compared bit for bit with NumPy, sign of zero included.  Integer arithmetic wraps
around; integer division and remainders by zero give 0, shift counts below 0 or at least the
width give 0 (or -1 shifting a negative value right), as in NumPy.""")


# ---------------------------------------------------------------------------------------------
# weak Java scalars (NEP 50: a Python int/float meeting an array)

def gen_scalars():
    rows = []
    arrays = {
        "float64": [1.5, -0.0, 3.0, math.nan, 1e308],
        "float32": [1.5, 3.0, 0.1, 16777216.0, 3.4e38],
        "int32": [0, 7, -3, I32_MAX, I32_MIN],
        "int64": [0, 7, -3, I64_MAX, 2**53],
        "bool": [True, False],
        "float16": [1.5, -0.0, 3.0, math.nan, 65504.0, 0.0999755859375, 2.0**-24],
        "int8": [0, 7, -3, 127, -128],
        "uint8": [0, 7, 200, 255],
        "int16": [0, -3, 255, 32767, -32768],
        "uint16": [0, 7, 256, 65535],
        "uint32": [0, 7, 65537, 2**31, U32_MAX],
    }
    # 1.0004882812500002 and 65520.0: just above a float16 half-way point and float16's overflow
    # threshold, where the scalar's own rounding to float16 decides
    float_scalars = [2.0, 2.5, -0.5, 0.1, 1.0000000596046448, 1.0000000596046448 + 2**-40, 1e-8, 1e39, 2.0**53 + 1,
                     1.0004882812500002, 65520.0, 6e-8]
    int_scalars = [0, 1, 3, -2, 2147483647, -2147483648, 2**40, 2**53 + 1, I64_MAX]
    # the small integer types: fewer scalars, each side of the type's limits (out of range: an
    # OverflowError in NumPy for arithmetic, a by-value answer for comparisons)
    small_floats = [2.5, -0.5, 300.0, 1e39]
    small_ints = {"int8": [0, 3, -2, 127, 128, -129, 2**40], "uint8": [0, 3, -1, 255, 256],
                  "int16": [3, -2, 32767, 32768, -32769], "uint16": [3, -1, 65535, 65536],
                  "uint32": [3, -1, 65537, 2**31, U32_MAX, 2**32, -2**31]}
    small_floats_u32 = small_floats + [4294967296.5]
    # int32 meets its own limits' neighbours too
    int32_ints = int_scalars + [2147483648, -2147483649]
    for op in BINARY:
        for dtype, values in arrays.items():
            arr = np.array(values, NP[dtype])
            if dtype in STORAGE_INTS:
                kinds = (("double", small_floats_u32 if dtype == "uint32" else small_floats), ("long", small_ints[dtype]))
            else:
                kinds = (("double", float_scalars), ("long", int32_ints if dtype == "int32" else int_scalars))
            for kind, scalars in kinds:
                for s in scalars:
                    for side in ("right", "left"):
                        pys = float(s) if kind == "double" else int(s)
                        try:
                            res = numpy_binary(op, arr, pys) if side == "right" else numpy_binary(op, pys, arr)
                        except TypeError:
                            # no loop for the types (bitwise ops of floats...): tested in promotion.csv
                            continue
                        except (ValueError, OverflowError) as e:
                            # an integer scalar out of the tensor type's range, an integer to a
                            # negative integer power: jtensor throws IllegalArgumentException
                            rows.append([op, dtype, fmt_list(arr, dtype), kind,
                                         repr(pys) if kind == "double" else str(pys), side, "error", type(e).__name__])
                            continue
                        nd = res.dtype.name
                        jt = JT[nd]
                        if (op == "power" or op in MP_BINARY) and jt.startswith("float"):
                            # correctly rounded reference, applied element-wise
                            work = nd
                            cast = np.asarray(arr, NP[work])
                            sval = float(np.asarray(pys, NP[work]))
                            ref = power_reference if op == "power" else (
                                lambda a, b, w: mp_binary_reference(op, a, b, w))
                            vals = [ref(float(x), sval, work) if side == "right"
                                    else ref(sval, float(x), work) for x in cast]
                            res = np.array(vals)
                        rows.append([op, dtype, fmt_list(arr, dtype), kind, repr(pys) if kind == "double" else str(pys),
                                     side, jt, fmt_list(res, jt)])
    write("scalars.csv", ["op", "dtype", "tensor", "scalar_kind", "scalar", "side", "result_dtype", "expected"], rows, """
Binary ufuncs with a Java scalar (NumPy 2 / NEP 50 weak Python scalar): a double is a Python float,
a long a Python int; side 'right' is op(tensor, scalar), 'left' op(scalar, tensor).  The float32
tensor keeps float32 (the scalar is cast to float32 first; a float16 tensor likewise keeps float16,
the scalar rounded to float16 first, then computed in float32), integer tensors with a float scalar
give float64, bool with an integer scalar gives int64; int8, uint8, int16, uint16 and uint32 tensors keep
their type with an int scalar and wrap.  result_dtype 'error' (expected: NumPy's exception): an int
scalar out of the range of an integer tensor's type (NumPy's OverflowError) or an integer to a
negative integer power (ValueError); jtensor throws IllegalArgumentException.  Comparisons with an
out-of-range int are answered by value, as NumPy 2 (uint8 > -1 is true).  Ops without a loop for
the types (bitwise ops of floats) are tested in promotion.csv.""")


# ---------------------------------------------------------------------------------------------
# promotion table

def gen_promotion():
    rows = []
    everything = ALL_DTYPES + STORAGE_INTS
    for op in BINARY:
        for da in everything:
            for db in everything:
                nd, jt = binary_result_dtype(op, da, db)
                rows.append(["binary", op, da, db, nd, jt])
    for op in UNARY:
        for d in everything:
            nd, jt = unary_result_dtype(op, d)
            rows.append(["unary", op, d, "-", nd, jt])
    for op in ["sum", "prod", "mean", "max", "min", "argmax", "argmin", "var", "std", "all", "any"]:
        for d in DTYPES + STORAGE_INTS:
            arr = np.ones((2, 2), NP[d])
            nd = getattr(np, op)(arr).dtype.name
            # sum and prod of unsigned input: NumPy's uint64, jtensor's int64 (it has no uint64)
            rows.append(["reduce", op, d, "-", nd, "int64" if nd == "uint64" else JT[nd]])
    for op in ["matmul", "dot", "outer"]:
        for da in DTYPES + STORAGE_INTS:
            for db in DTYPES + STORAGE_INTS:
                nd = getattr(np, op)(np.ones((2, 2), NP[da]), np.ones((2, 2), NP[db])).dtype.name
                rows.append(["linalg", op, da, db, nd, JT[nd]])
    write("promotion.csv", ["kind", "op", "a_dtype", "b_dtype", "numpy_dtype", "result_dtype"], rows, """
Result types: every binary ufunc for every pair of tensor dtypes, every unary ufunc and reduction
for every dtype, matmul/dot/outer for every pair.  numpy_dtype is what NumPy gives ('error' when
NumPy refuses, 'n/a' for ops NumPy lacks); result_dtype is jtensor's (sigmoid gives the type NumPy's
exp gives: float16 for bool, int8 and uint8, float32 for int16 and uint16, float64 for int32, uint32 and
int64; relu keeps the type; sum and prod of uint8, uint16 and uint32 give int64 where NumPy gives uint64, as
jtensor has no uint64).  The element-wise rows cover all eleven types; the reduction and linalg rows
all but float16.""")


# ---------------------------------------------------------------------------------------------
# named tensors

TENSORS = {}


def tensor(name, array):
    TENSORS[name] = np.asarray(array)
    return name


def build_tensors():
    rng = np.random.default_rng(20240504)
    tensor("pos3_f64", rng.uniform(0.5, 2.0, (2, 3, 4)))
    tensor("pos3_f32", rng.uniform(0.5, 2.0, (2, 3, 4)).astype(np.float32))
    d = rng.integers(-40, 41, (2, 3, 4)) / 8.0
    d[0, 1, 2] = d[1, 2, 3] = d.max()          # ties for argmax
    d[0, 0, 1] = d[1, 0, 0] = d.min()          # ties for argmin
    tensor("dya3_f64", d)
    tensor("dya3_f32", d.astype(np.float32))
    tensor("int3_i32", rng.integers(-50, 51, (2, 3, 4)).astype(np.int32))
    big = rng.integers(2_000_000_000, 2_147_483_647, (2, 3, 4)).astype(np.int32)
    big[1] *= -1
    tensor("big3_i32", big)
    tensor("big3_i64", rng.integers(2**61, 2**62, (2, 3, 4)).astype(np.int64))   # sums wrap around
    tensor("int3_i64", rng.integers(-9, 10, (2, 3, 4)).astype(np.int64))
    tensor("b3", rng.integers(0, 2, (2, 3, 4)).astype(bool))
    tensor("btrue3", np.ones((2, 3, 4), bool))
    tensor("nan34", np.array([[1.0, np.nan, 3.0, -2.0], [np.inf, 2.0, -np.inf, 0.0], [5.0, 5.0, np.nan, np.nan]]))
    tensor("inf34", np.array([[1.0, np.inf, 3.0, -2.0], [-np.inf, 2.0, -np.inf, 0.0], [np.inf, -np.inf, 1.0, 0.0]]))
    tensor("ties34_i32", np.array([[3, 1, 3, 1], [0, 0, 0, 0], [-1, 5, 5, -1]], np.int32))
    tensor("zero3_f64", np.array([[0.0, -0.0, 0.0], [-0.0, -0.0, -0.0]]))
    tensor("e03_f64", np.zeros((0, 3)))
    tensor("e230_f64", np.zeros((2, 0, 3)))
    tensor("e230_i32", np.zeros((2, 0, 3), np.int32))
    tensor("e0_f64", np.zeros((0,)))
    tensor("s0_f64", np.array(2.5))
    tensor("s0_i32", np.array(-7, np.int32))
    tensor("v2_f64", np.array([1.0, 2.0]))
    # softmax family
    tensor("logit3_f64", rng.normal(0, 3, (2, 3, 4)))
    tensor("logit3_f32", rng.normal(0, 3, (2, 3, 4)).astype(np.float32))
    tensor("big_logits_f64", np.array([[1000.0, 999.0, -1000.0, 0.0], [-1000.0, -1000.0, -999.0, -1001.0],
                                       [1000.0, 1000.0, 1000.0, 1000.0]]))
    tensor("big_logits_f32", np.array([[1000.0, 999.0, -1000.0, 0.0], [-1000.0, -1000.0, -999.0, -1001.0],
                                       [88.0, 89.0, 100.0, -100.0]], np.float32))
    tensor("special_logits", np.array([[-np.inf, 0.0, 1.0, 2.0], [-np.inf, -np.inf, -np.inf, -np.inf],
                                       [np.inf, 1.0, 2.0, 3.0], [np.nan, 1.0, 2.0, 3.0], [-np.inf, -np.inf, 5.0, -np.inf]]))
    tensor("tut_softmax", np.array([[9.0, 2, 5, 0, 0], [7, 5, 0, 0, 0]]))
    tensor("logit_i32", np.array([[1, 2, 3], [-5, 0, 5]], np.int32))
    # small integer logits: scipy's softmax/log_softmax give np.exp's type (float16 for int8/uint8,
    # float32 for int16/uint16), its logsumexp float64; values whose differences stay in the type
    # (scipy subtracts the maximum in the integer type, so int8 -128 - 127 would wrap; jtensor does not)
    tensor("logit_i8", np.array([[1, 2, 3, -60], [-5, 0, 5, 60]], np.int8))
    tensor("logit_u8", np.array([[1, 2, 3, 120], [0, 0, 7, 100]], np.uint8))
    tensor("logit_i16", np.array([[1, 2, 3, -300], [-5, 0, 5, 300]], np.int16))
    tensor("logit_u16", np.array([[1, 2, 3, 700], [0, 0, 7, 70]], np.uint16))
    # uint32: float64 results (scipy's max subtraction wraps in uint32 here, the mpmath reference does not)
    tensor("logit_u32", np.array([[1, 2, 3, 700], [0, 0, 7, U32_MAX]], np.uint32))
    tensor("e20_f64", np.zeros((2, 0)))
    # linear algebra
    tensor("m34_f64", rng.normal(0, 1, (3, 4)))
    tensor("m45_f64", rng.normal(0, 1, (4, 5)))
    tensor("m43_f64", rng.normal(0, 1, (4, 3)))
    tensor("m54_f64", rng.normal(0, 1, (5, 4)))
    tensor("m34_f32", rng.normal(0, 1, (3, 4)).astype(np.float32))
    tensor("m45_f32", rng.normal(0, 1, (4, 5)).astype(np.float32))
    tensor("b234_f64", rng.normal(0, 1, (2, 3, 4)))
    tensor("b2134_f64", rng.normal(0, 1, (2, 1, 3, 4)))
    tensor("b542_f64", rng.normal(0, 1, (5, 4, 2)))
    tensor("b245_f64", rng.normal(0, 1, (2, 4, 5)))
    tensor("b342_f64", rng.normal(0, 1, (3, 4, 2)))
    tensor("v4_f64", rng.normal(0, 1, (4,)))
    tensor("v3_f64", rng.normal(0, 1, (3,)))
    tensor("v5_f64", np.array([3.0, -4.0, 0.0, 1.5, -0.25]))
    tensor("v5_f32", np.array([3.0, -4.0, 0.0, 1.5, -0.25], np.float32))
    tensor("v5_i32", np.array([3, -4, 0, 12, -1], np.int32))
    tensor("m34_i32", rng.integers(-9, 10, (3, 4)).astype(np.int32))
    tensor("m45_i32", rng.integers(-9, 10, (4, 5)).astype(np.int32))
    tensor("m22_wrap_i32", np.array([[65536, 3], [2, 1]], np.int32))    # 65536*65536 wraps to 0 in int32
    tensor("m22b_wrap_i32", np.array([[65536, 0], [1, 1]], np.int32))
    tensor("m34_i64", rng.integers(-9, 10, (3, 4)).astype(np.int64))
    tensor("m34_b", rng.integers(0, 2, (3, 4)).astype(bool))
    tensor("m45_b", rng.integers(0, 2, (4, 5)).astype(bool))
    tensor("m30_f64", np.zeros((3, 0)))
    tensor("m04_f64", np.zeros((0, 4)))
    tensor("m05_f64", np.zeros((0, 5)))
    tensor("s0b_f64", np.array(-1.5))
    tensor("m33_f64", np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]))
    tensor("m23_f64", np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]]))
    tensor("m23_f32", np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]], np.float32))
    tensor("m23_i32", np.array([[1, -2, 3], [-4, 5, -6]], np.int32))
    tensor("rows_tut", np.array([[0.0, 3, 4], [1, 6, 4]]))
    tensor("t234_f64", rng.normal(0, 1, (2, 3, 4)))
    tensor("x1_tut", np.array([9.0, 2, 5, 0, 0, 7, 5, 0, 0, 0, 9, 2, 5, 0, 0]))
    tensor("x2_tut", np.array([9.0, 2, 2, 9, 0, 9, 2, 5, 0, 0, 9, 2, 5, 0, 0]))
    tensor("v3_i32", np.array([1, 2, 3], np.int32))
    tensor("v4_i32", np.array([4, -5, 6, 7], np.int32))
    tensor("v3_b", np.array([True, False, True]))
    tensor("v2_b", np.array([True, False]))
    tensor("m22_f64", np.array([[1.0, 2.0], [3.0, 4.0]]))
    # larger products with small integer entries: exact in any summation order
    big_a = rng.integers(-3, 4, (70, 90))
    big_b = rng.integers(-3, 4, (90, 50))
    tensor("big_a_f64", big_a.astype(np.float64))
    tensor("big_b_f64", big_b.astype(np.float64))
    tensor("big_a_f32", big_a.astype(np.float32))
    tensor("big_b_f32", big_b.astype(np.float32))
    tensor("big_a_i32", big_a.astype(np.int32))
    tensor("big_b_i32", big_b.astype(np.int32))
    tensor("big_at_f64", np.ascontiguousarray(big_a.T).astype(np.float64))
    tensor("big_bt_f64", np.ascontiguousarray(big_b.T).astype(np.float64))
    tensor("big_batch_f64", rng.integers(-3, 4, (3, 33, 90)).astype(np.float64))
    # small integer types: the limits of each type among random values (sums leave the type, products
    # of 24 int8/uint8 values wrap around in int64 / uint64), ties for argmax/argmin
    v = rng.integers(-128, 128, (2, 3, 4))
    v.flat[[0, 5, 13, 22]] = [-128, 127, 127, -128]
    tensor("lim3_i8", v.astype(np.int8))
    v = rng.integers(0, 256, (2, 3, 4))
    v.flat[[1, 6, 14, 23]] = [0, 255, 255, 0]
    tensor("lim3_u8", v.astype(np.uint8))
    tensor("lim34_i16", np.array([[-32768, 32767, 1000, -1], [32767, 32767, -32768, 300], [7, -7, 0, 2]], np.int16))
    tensor("lim34_u16", np.array([[65535, 0, 1000, 1], [65535, 65535, 0, 300], [7, 7, 65534, 2]], np.uint16))
    # uint32: sums past 2**32, products that wrap in 64 bits (NumPy's uint64, as_jtensor), ties of the
    # maximum for argmax
    tensor("lim34_u32", np.array([[U32_MAX, 0, 2**31, 1], [U32_MAX, U32_MAX, 65537, 65537],
                                  [7, 7, U32_MAX - 1, 2**31 - 1]], np.uint32))
    tensor("b8_u8", np.array([[0, 1, 0, 255], [0, 0, 0, 0], [2, 3, 128, 1]], np.uint8))


def resolve(ref):
    if ref.endswith(".f16"):
        # the named tensor rounded to float16 (as astype), so float16 rows reuse the named inputs
        return resolve(ref[:-4]).astype(np.float16)
    if ref.endswith(".mT"):
        return np.swapaxes(TENSORS[ref[:-3]], -1, -2)
    if ref.endswith(".T"):
        return TENSORS[ref[:-2]].T
    return TENSORS[ref]


def write_tensors():
    rows = []
    for name, arr in TENSORS.items():
        dtype = arr.dtype.name
        rows.append([name, dtype, fmt_shape(arr.shape), fmt_list(arr, dtype) if arr.size else "-"])
    write("tensors.csv", ["name", "dtype", "shape", "values"], rows, """
Named input tensors used by the other files (values in C order; '-' for no elements).""")


# ---------------------------------------------------------------------------------------------
# reductions

def reduction_scale(op, x, axes, ddof, result):
    """An error scale for the tolerance: |x| summed (sum), averaged (mean), ... ; the maximum over outputs."""
    if not np.issubdtype(x.dtype, np.floating) or x.size == 0:
        return 0.0
    ax = axes
    fin = np.where(np.isfinite(x), x, 0).astype(np.float64)
    if op == "sum":
        s = np.sum(np.abs(fin), axis=ax)
    elif op == "mean":
        s = np.mean(np.abs(fin), axis=ax)
    elif op == "prod":
        n = x.size if ax is None else int(np.prod([x.shape[a] for a in (ax if isinstance(ax, tuple) else (ax,))]))
        s = np.abs(np.prod(fin, axis=ax)) * max(n, 1)
    elif op in ("var", "std"):
        n = x.size if ax is None else int(np.prod([x.shape[a] for a in (ax if isinstance(ax, tuple) else (ax,))]))
        s = np.sum(fin * fin, axis=ax) / max(n - ddof, 1)
        if op == "std":
            s = np.sqrt(s)
    else:
        return 0.0
    s = np.asarray(s)
    return float(np.max(s)) if s.size else 0.0


def gen_reductions():
    rows = []
    axes3 = [None, (), 0, 1, 2, -1, -2, -3, (0, 1), (0, 2), (1, 2), (2, 0), (-1, -3), (0, 1, 2)]
    axes2 = [None, 0, 1, -1, (0, 1), (1, 0), ()]
    cases = []
    for name in ["pos3_f64", "pos3_f32", "dya3_f64", "dya3_f32", "int3_i32", "big3_i32", "big3_i64", "int3_i64",
                 "b3", "btrue3"]:
        cases.append((name, axes3))
    for name in ["nan34", "inf34", "ties34_i32", "zero3_f64"]:
        cases.append((name, axes2))
    cases.append(("e03_f64", [None, 0, 1, (0, 1)]))
    cases.append(("e230_f64", [None, 0, 1, 2, (0, 2), (1, 2), (0, 1)]))
    cases.append(("e230_i32", [None, 1, (0, 2)]))
    cases.append(("e0_f64", [None, 0]))
    cases.append(("s0_f64", [None, ()]))
    cases.append(("s0_i32", [None]))
    cases.append(("v2_f64", [None, 0]))
    for name in ["pos3_f64.T", "int3_i32.mT", "dya3_f32.T", "b3.mT"]:
        cases.append((name, axes3))
    # float16: NumPy accumulates sum/prod/mean in float32 and rounds once; var/std round every step
    # (its _var runs float16 ufuncs); a sum along a non-contiguous axis rounds at every step in NumPy
    # (its iterator adds row by row into the float16 output), which the tolerance covers
    for name in ["pos3_f64.f16", "dya3_f64.f16"]:
        cases.append((name, axes3))
    for name in ["nan34.f16", "inf34.f16", "zero3_f64.f16", "big_logits_f32.f16"]:
        cases.append((name, axes2))
    cases.append(("e230_f64.f16", [None, 0, 1, 2, (0, 2)]))
    cases.append(("s0_f64.f16", [None, ()]))
    # small integer types (compact: a few axes): sum/prod give int64 (NumPy: uint64 for unsigned input,
    # as_jtensor), mean/var/std float64, max/min keep the type
    small3 = [None, 0, 2, -1, (0, 2)]
    cases.append(("lim3_i8", small3))
    cases.append(("lim3_u8", small3))
    cases.append(("lim3_i8.T", [None, 1, (0, 1)]))
    cases.append(("lim34_i16", [None, 0, 1]))
    cases.append(("lim34_u16", [None, 0, 1]))
    cases.append(("lim34_u32", [None, 0, 1, (0, 1)]))
    cases.append(("b8_u8", [None, 1]))
    ops = ["sum", "prod", "mean", "max", "min", "argmax", "argmin", "var", "std", "all", "any"]
    for name, axes_list in cases:
        x = resolve(name)
        for op in ops:
            for axes in axes_list:
                if op in ("argmax", "argmin") and (isinstance(axes, tuple) and len(axes) != x.ndim or
                                                   isinstance(axes, tuple) and len(axes) == 0):
                    continue
                for keepdims in (False, True):
                    for ddof in ((0, 1, 2, 3) if op in ("var", "std") else (0,)):
                        if ddof >= 2 and not (x.ndim == 3 and axes in (None, 2, (0, 1)) and ddof == 2
                                              or name == "v2_f64"):
                            continue
                        kwargs = {"keepdims": keepdims}
                        if op in ("var", "std"):
                            kwargs["ddof"] = ddof
                        npaxes = None if (op in ("argmax", "argmin") and isinstance(axes, tuple)) else axes
                        try:
                            res = as_jtensor(getattr(np, op)(x, axis=npaxes, **kwargs))
                            if op in ("argmax", "argmin") and keepdims and npaxes is None:
                                res = res.reshape((1,) * x.ndim)
                        except ValueError:
                            rows.append([op, name, fmt_axes(axes), str(keepdims).lower(), str(ddof), "error", "-", "-",
                                         "0.0"])
                            continue
                        jt = JT[res.dtype.name]
                        scale = reduction_scale(op, x, axes, ddof, res)
                        rows.append([op, name, fmt_axes(axes), str(keepdims).lower(), str(ddof), jt,
                                     fmt_shape(res.shape), fmt_list(res, jt) if res.size else "-", repr(scale)])
    write("reductions.csv", ["op", "tensor", "axes", "keepdims", "ddof", "result_dtype", "shape", "expected", "scale"],
          rows, """
Reductions of named tensors (tensors.csv) over every axis / axes tuple, with and without keepdims,
and var/std with ddof 0-3.  result_dtype 'error' means NumPy raises (a reduction without
identity over an empty axis).  argmax/argmin with axes 0;1;2 on a 3-d tensor is NumPy's axis=None
(jtensor accepts all axes as a tuple).  scale is an error scale for floating results (the largest
output of sum|x|, mean|x|, n*|prod x|, sum(x^2)/(n-ddof) or its root): the tolerance allows a
backend-chosen multiple of eps * scale for the summation order.""")


# ---------------------------------------------------------------------------------------------
# softmax family

def mp_row(op, row):
    """Correctly rounded softmax/log_softmax/logsumexp of a finite row (list of floats)."""
    xs = [mpmath.mpf(float(v)) for v in row]
    m = max(xs)
    s = mpmath.fsum(mpmath.exp(v - m) for v in xs)
    if op == "softmax":
        return [mpmath.exp(v - m) / s for v in xs]
    lse = m + mpmath.log(s)
    if op == "log_softmax":
        return [v - lse for v in xs]
    return [lse]


def row_reference(op, x, axis, dtype):
    """Applies op along axis (softmax/log_softmax) or over axes (logsumexp) with mpmath where finite."""
    if dtype == "float16":
        # the float64 result rounded to float16: rounding twice is exact here (53 >= 2 * 11 + 2 bits)
        return row_reference(op, x, axis, "float64").astype(np.float16)
    work = x.astype(NP[dtype])
    if op == "logsumexp":
        axes = tuple(range(x.ndim)) if axis is None else (axis if isinstance(axis, tuple) else (axis,))
        axes = tuple(a % x.ndim for a in axes)
        kept = [a for a in range(x.ndim) if a not in axes]
        moved = np.transpose(work, kept + list(axes))
        kshape = [x.shape[a] for a in kept]
        rows2 = moved.reshape(int(np.prod(kshape)) if kshape else 1, -1)
        out = []
        for r in rows2:
            if r.size and np.all(np.isfinite(r)):
                out.append(round_mp(mp_row(op, r)[0], dtype))
            else:
                out.append(float(sps.logsumexp(r.astype(np.float64))) if r.size else -math.inf)
        return np.array(out, np.float64).reshape(kshape)
    a = axis % x.ndim
    moved = np.moveaxis(work, a, -1)
    shp = moved.shape
    rows2 = moved.reshape(-1, shp[-1])
    out = []
    for r in rows2:
        if np.all(np.isfinite(r)):
            out.append([round_mp(v, dtype) for v in mp_row(op, r)])
        else:
            f = sps.softmax if op == "softmax" else sps.log_softmax
            out.append(list(f(r.astype(np.float64))))
    res = np.array(out, np.float64).reshape(shp)
    return np.moveaxis(res, -1, a)


def gen_rows():
    rows = []
    for name in ["logit3_f64", "logit3_f32", "big_logits_f64", "big_logits_f32", "special_logits", "tut_softmax",
                 "logit_i32", "logit3_f64.f16", "big_logits_f32.f16", "special_logits.f16", "logit_i8", "logit_u8",
                 "logit_i16", "logit_u16", "logit_u32"]:
        x = resolve(name)
        dtype = x.dtype.name if x.dtype.kind == "f" else "float64"
        # softmax and log_softmax of the small integer types: scipy's type (np.exp's)
        row_dtype = {1: "float16", 2: "float32"}.get(x.dtype.itemsize, dtype) if x.dtype.kind in "iu" else dtype
        fin = np.where(np.isfinite(x), x, 0).astype(np.float64)
        scale = float(np.max(np.abs(fin))) if x.size else 0.0
        for op in ("softmax", "log_softmax"):
            for axis in range(-1, x.ndim):
                res = row_reference(op, x, axis, row_dtype)
                assert res.dtype == np.float64 or res.dtype.name == row_dtype
                if name.startswith("logit_") and name != "logit_i32":
                    f = getattr(sps, op)(x, axis=axis)
                    assert f.dtype.name == row_dtype, (op, name, f.dtype)
                rows.append([op, name, str(axis), "false", row_dtype, fmt_shape(res.shape), fmt_list(res, row_dtype),
                             repr(scale)])
        axes_list = [None, 0, 1, -1] + ([2, (0, 1), (0, 2), (1, 2), (2, 0), (0, 1, 2)] if x.ndim == 3 else [(0, 1)])
        for axes in axes_list:
            for keepdims in (False, True):
                res = row_reference("logsumexp", x, axes, dtype)
                if keepdims:
                    shape = list(x.shape)
                    for a in (range(x.ndim) if axes is None else (axes if isinstance(axes, tuple) else (axes,))):
                        shape[a % x.ndim] = 1
                    res = res.reshape(shape)
                rows.append(["logsumexp", name, fmt_axes(axes), str(keepdims).lower(), dtype, fmt_shape(res.shape),
                             fmt_list(res, dtype), repr(scale)])
    x = TENSORS["e20_f64"]
    rows.append(["logsumexp", "e20_f64", "1", "false", "float64", "2", "-inf -inf", "0.0"])
    rows.append(["logsumexp", "e20_f64", "0", "false", "float64", "0", "-", "0.0"])
    write("rows.csv", ["op", "tensor", "axes", "keepdims", "result_dtype", "shape", "expected", "scale"], rows, """
softmax / log_softmax along one axis (axes holds the axis) and logsumexp over axes, as
scipy.special computes them (integers give float64).  Rows of finite values expect the correctly
rounded result (mpmath); rows with infinities or NaN expect SciPy's result.  scale is the largest
finite |x| of the input: log_softmax and logsumexp may lose eps * scale to cancellation.""")


# ---------------------------------------------------------------------------------------------
# linear algebra

def gen_linalg():
    rows = []

    def emit(op, a, b, args, res, scale):
        res = np.asarray(res)
        jt = JT[res.dtype.name]
        rows.append([op, a, b, args, jt, fmt_shape(res.shape), fmt_list(res, jt) if res.size else "-", repr(float(scale))])

    def prod_scale(A, B, f):
        if A.dtype.kind != "f" and B.dtype.kind != "f":
            return 0.0
        absA = np.abs(A.astype(np.float64))
        absB = np.abs(B.astype(np.float64))
        s = np.asarray(f(absA, absB))
        k = max(A.shape[-1] if A.ndim else 1, 1)
        return float(np.max(s)) * k if s.size else 0.0

    for a, b in [("m34_f64", "m45_f64"), ("m34_f32", "m45_f32"), ("m34_f64", "m45_f32"), ("m34_i32", "m45_i32"),
                 ("m34_i64", "m45_i32"), ("m34_i32", "m45_f32"), ("m34_b", "m45_b"), ("m34_b", "m45_i32"),
                 ("m22_wrap_i32", "m22b_wrap_i32"), ("b234_f64", "m45_f64"), ("b234_f64", "b245_f64"),
                 ("b2134_f64", "b542_f64"), ("v4_f64", "m45_f64"), ("m34_f64", "v4_f64"), ("v4_f64", "v4_f64"),
                 ("v4_f64", "b245_f64"), ("b234_f64", "v4_f64"), ("m43_f64.T", "m54_f64.T"),
                 ("m43_f64.T", "m45_f64"), ("m34_f64", "m54_f64.T"), ("b342_f64.mT", "m45_f64"),
                 ("m30_f64", "m04_f64"), ("m04_f64", "m45_f64"), ("m34_f64", "m4_0"), ("m22_f64", "m22_f64"),
                 ("big_a_f64", "big_b_f64"), ("big_a_f32", "big_b_f32"), ("big_a_i32", "big_b_i32"),
                 ("big_at_f64.T", "big_bt_f64.T"), ("big_batch_f64", "big_b_f64")]:
        if b == "m4_0":
            tensor("m4_0", np.zeros((4, 0)))
        A, B = resolve(a), resolve(b)
        emit("matmul", a, b, "-", np.matmul(A, B), prod_scale(A, B, np.matmul))
    for a, b in [("v4_f64", "v4_f64"), ("m34_f64", "m45_f64"), ("m34_f64", "v4_f64"), ("v3_f64", "m34_f64"),
                 ("b234_f64", "m45_f64"), ("b234_f64", "b342_f64"), ("b234_f64", "v4_f64"), ("s0b_f64", "v3_f64"),
                 ("v3_f64", "s0b_f64"), ("s0b_f64", "s0_f64"), ("m34_i32", "m45_i32"), ("v3_i32", "v3_i32"),
                 ("x1_tut", "x2_tut"), ("m43_f64.T", "m45_f64"), ("v3_b", "v3_b")]:
        A, B = resolve(a), resolve(b)
        f = np.dot
        emit("dot", a, b, "-", f(A, B), prod_scale(A, B, f) if A.ndim and B.ndim else 0.0)
    for a, b in [("v3_f64", "v4_f64"), ("m22_f64", "v3_f64"), ("v3_i32", "v4_i32"), ("v3_i32", "v5_f32"),
                 ("v2_b", "v3_b"), ("x1_tut", "x2_tut"), ("s0b_f64", "v3_f64"), ("m43_f64.T", "v3_f64")]:
        A, B = resolve(a), resolve(b)
        emit("outer", a, b, "-", np.outer(A, B), 0.0)
    # norms: args = ord;axes;keepdims  (ord none|number|fro|nuc, axes none|0;1)
    norm_cases = []
    for t in ["v5_f64", "v5_f32", "v5_i32", "v4_f64"]:
        for o in [None, 1, 2, np.inf, -np.inf, 0, 3, -1, -2, 0.5]:
            norm_cases.append((t, o, None, False))
    for t in ["m34_f64", "m23_f64", "m23_f32", "m23_i32", "m33_f64", "m43_f64.T"]:
        for o in [None, 1, -1, 2, -2, np.inf, -np.inf, "fro", "nuc"]:
            norm_cases.append((t, o, None, False))
    for t, axes in [("t234_f64", (1, 2)), ("t234_f64", (0, 2)), ("t234_f64", (2, 0)), ("t234_f64", (-1, -2))]:
        for o in [1, 2, -2, np.inf, -np.inf, "fro", "nuc"]:
            for k in (False, True):
                norm_cases.append((t, o, axes, k))
    for t, axes in [("t234_f64", 0), ("t234_f64", -1), ("rows_tut", 1), ("m34_f64", 0)]:
        for o in [None, 1, 2, np.inf, 0, 3]:
            for k in (False, True):
                norm_cases.append((t, o, axes, k))
    norm_cases.append(("t234_f64", None, None, False))
    for t, o, axes, k in norm_cases:
        X = resolve(t)
        res = np.asarray(np.linalg.norm(X, ord=o, axis=axes, keepdims=k))
        if X.dtype.kind == "f" and res.dtype != X.dtype:
            print("  note: numpy norm(%s, %r) has dtype %s" % (t, o, res.dtype))
        ostr = "none" if o is None else (o if isinstance(o, str) else repr(float(o)))
        args = "%s;%s;%s" % (ostr, "none" if axes is None else (
            ":".join(str(a) for a in axes) if isinstance(axes, tuple) else str(axes)), str(k).lower())
        emit("norm", t, "-", args, res, float(np.max(np.abs(res))) if res.size else 0.0)
    write("linalg.csv", ["op", "a", "b", "args", "result_dtype", "shape", "expected", "scale"], rows, """
matmul / dot / outer / norm of named tensors ('.T' transposes, '.mT' swaps the last two axes: strided
inputs).  norm args are ord;axes;keepdims with ord none, a number, fro or nuc and axes none or
a:b.  NumPy's norm of an integer tensor is float64.  scale is an error scale: for products k times
the largest entry of |a| @ |b|, for norms the largest result.""")


# ---------------------------------------------------------------------------------------------
# astype

def gen_astype():
    rows = []
    values = {
        "float64": [math.nan, math.inf, -math.inf, 0.0, -0.0, 0.5, -0.5, 2.9, -2.9, 1e20, -1e20, 3e9, -3e9,
                    2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0, 9.223372036854775807e18, 1e-310,
                    1e39, -1e39, 3.4028235677973366e38, 1.0000000596046448, 16777217.0, 1e-46, 0.1],
        "float32": [math.nan, math.inf, 0.0, -0.0, 2.9, -2.9, 1e20, 3e9, 2147483648.0, 1e-45, 0.1],
        "int32": [0, 1, -1, I32_MAX, I32_MIN, 16777217, 5],
        "int64": [0, 1, -1, I64_MAX, I64_MIN, 2**40 + 5, -(2**40) - 3, 2**53 + 1, 2**24 + 1, I32_MAX + 1,
                  4294967296 + 17],
        "bool": [True, False],
        # float16: its specials, 65504, 2**-24; and, from wider types, values that round half-way
        # (2049, 1 + 2**-11, 2**-25, 3 * 2**-25), just past a half-way point (a float64 that float32
        # would round onto it first: a cast rounding twice gets these wrong) and around the overflow
        # threshold 65520
        "float16": [math.nan, math.inf, -math.inf, 0.0, -0.0, 0.5, -2.5, 2.9, -2.9, 65504.0, -65504.0,
                    2.0**-24, -2.0**-24, 2.0**-14, 0.0999755859375, 2049.0, 1000.5],
    }
    values["float64"] += [65504.0, 65519.99999999999, 65520.0, -65520.0, 2049.0, 2051.0, 1 + 2.0**-11,
                          1 + 2.0**-11 + 2.0**-40, 1 + 2.0**-11 - 2.0**-40, 2.0**-25, 3 * 2.0**-25,
                          2.0**-25 + 2.0**-60, 6e-8, 1e-8, 1e5, 0.1 + 2.0**-30]
    values["float32"] += [65504.0, 65520.0, 2049.0, 1 + 2.0**-11, 2.0**-25, 6e-8, 1e5]
    values["int32"] += [2049, 2051, 65504, 65519, 65520, -70000]
    values["int64"] += [2049, 65520, -65519]
    # to the small integer types: truncation toward zero, then wrapping (through int32, as NumPy on
    # x86: 300.7 -> int8 44, -1.0 -> uint8 255, NaN and out-of-int32 values -> 0)
    values["float64"] += [300.7, -1.0, 127.5, -128.5, -129.0, 255.9, 256.0, 65535.5, 65536.0, -32768.9, 40000.0]
    values["float32"] += [300.7, -1.0, 255.9, 65535.5, -32769.0]
    values["float16"] += [300.0, -129.0, 255.9, 40000.0]
    values["int32"] += [128, -129, 255, 256, 32768, 65535, 65536]
    values["int64"] += [255, -129, 65536, -32769]
    values["int8"] = [0, 1, -1, 127, -128, 100]
    values["uint8"] = [0, 1, 127, 128, 255]
    values["int16"] = [0, -1, 127, 128, -129, 255, 256, 2049, 32767, -32768]
    values["uint16"] = [0, 1, 255, 256, 2049, 32768, 65535]
    values["uint32"] = U32_LIMITS + [16777217, 2049, 65504, 65520, 128, 255, 256, 32768]
    # to uint32 (rows of their own, so the older rows keep their values): around 2**32 and 2**63,
    # below -2**31, past 2**53
    to_u32 = {"float64": [4294967295.0, 4294967295.9, 4294967296.0, 4294967297.5, 5e9, -5e9, -2147483648.5,
                          9007199254740993.0, 2.0**63, -2.0**63, 2.0**64],
              "float32": [4294967040.0, 4294967296.0, -3e9, 5e9, 9.223372e18],
              "int32": [-2, 65536], "int64": [U32_MAX, 2**32, -2**32 - 1, 2**40 + 5]}
    for src in ALL_DTYPES + STORAGE_INTS:
        for dst in ALL_DTYPES + STORAGE_INTS:
            arr = np.array(values[src] + (to_u32.get(src, []) if dst == "uint32" else []), NP[src])
            if dst == "uint32" and src.startswith("float"):
                # x86 NumPy's scalar cast, through int64: its float-to-uint32 loop, vectorised in groups
                # of 4, gives 2**31 for NaN, -inf and values below -2**31 and 0 for values from 2**32
                # on in a group's positions, so the result of an element would depend on where it is
                res = arr.astype(np.int64).astype(np.uint32)
                one_by_one = [np.array([v], NP[src]).astype(np.uint32)[0] for v in arr]
                assert list(res) == one_by_one, (src, list(res), one_by_one)
            else:
                res = arr.astype(NP[dst])
            rows.append([src, fmt_list(arr, src), dst, fmt_list(res, dst)])
    write("astype.csv", ["dtype", "values", "target", "expected"], rows, """
astype between every pair of types, as NumPy casts on x86-64: float to integer truncates toward
zero, NaN, infinities and out-of-range values give the integer type's minimum, int64 to int32 wraps,
any non-zero (NaN too) becomes true, rounding to float32 and float16 is to nearest even (overflowing
to inf; float64 to float16 rounds once, as NumPy's npy_double_to_half).  To int8, uint8, int16 and
uint16 every value first becomes an int32 as above and then wraps to the width (NaN gives 0, -1.0
gives uint8 255), which is what NumPy's casts do on x86-64.  To uint32 every value first becomes an
int64 and then wraps to 32 bits (NaN, infinities and values beyond int64 give 0, -1.0 gives
4294967295, 5e9 gives 705032704): NumPy's cast of one element on x86-64; its vectorised loop gives
2147483648 for NaN, -inf and values below -2**31 and 0 for values from 2**32 on, for the elements
it converts four at a time, so NumPy's own result there depends on the element's position.""")


# ---------------------------------------------------------------------------------------------
# toString

def gen_format():
    rows = []
    rng = np.random.default_rng(20240505)
    cases = {
        "f_simple": np.array([1.0, 2.0, 3.0]),
        "f_tut_exp": np.exp(np.array([1.0, 2.0, 3.0])),
        "f_tut_sigmoid": 1 / (1 + np.exp(-np.array([1.0, 2.0, 3.0]))),
        "f_neg": np.array([-1.5, 2.25, -0.001, 100.0]),
        "f_mixed_special": np.array([np.nan, 1.0, -np.inf, np.inf, -2.5]),
        "f_all_nan": np.array([np.nan, np.nan]),
        "f_sci_big": np.array([1e10, 1.0, -3.5]),
        "f_sci_small": np.array([1e-5, 1.0, 0.5]),
        "f_sci_ratio": np.array([0.001, 2.0]),
        "f_sci_exp3": np.array([1e-100, 1.0, 1e100]),
        "f_zero": np.array([0.0, -0.0, 0.0]),
        "f_round8": np.array([0.123456789123, 1.0000000049, 2.00000001, 0.5]),
        "f_random": rng.normal(0, 1, (3, 4)),
        "f_random_sci": rng.normal(0, 1, (2, 3)) * 1e9,
        "f_3d": rng.normal(0, 10, (2, 3, 2)),
        "f_4d": np.arange(24, dtype=np.float64).reshape(2, 1, 3, 4) / 4,
        "f_wrap": np.arange(30, dtype=np.float64) * 1.5,
        "f_wrap_2d": rng.uniform(-1, 1, (2, 12)),
        "f_col": np.array([[0.67826139], [0.29380381], [0.90714982]]),
        "f_summary": np.arange(2000, dtype=np.float64) * 0.5,
        "f_summary_2d": np.arange(2400, dtype=np.float64).reshape(40, 60),
        "f_summary_3d": np.arange(1500, dtype=np.float64).reshape(10, 15, 10) - 700,
        "f_empty": np.zeros((0,)),
        "f_empty_2d": np.zeros((2, 0)),
        "f32_simple": np.array([0.1, 0.2, 0.7], np.float32),
        "f32_exp": np.exp(np.array([1.0, 2.0, 3.0], np.float32)),
        "f32_big": np.array([1e20, 1.0], np.float32),
        "f32_2d": np.array([[1.0, 2.7182817, 54.59815], [7.389056, 20.085537, 403.4288]], np.float32),
        "i32": np.array([1, -20, 300], np.int32),
        "i32_2d": np.array([[1, 2, 3], [-4000, 5, 6]], np.int32),
        "i64_big": np.array([I64_MAX, I64_MIN, 0], np.int64),
        "i64_wrap": np.arange(40, dtype=np.int64) * 1000003,
        "i64_summary": np.arange(1200, dtype=np.int64),
        "b": np.array([True, False, True]),
        "b_all_true": np.array([True, True]),
        "b_2d": np.array([[True, False], [False, False]]),
        "s_f64": np.array(2.5),
        "s_f64_big": np.array(1e10),
        "s_f64_small": np.array(1e-5),
        "s_f64_huge": np.array(1e16),
        "s_f64_third": np.array(1 / 3),
        "s_f64_nan": np.array(np.nan),
        "s_f64_neginf": np.array(-np.inf),
        "s_f64_negzero": np.array(-0.0),
        "s_f64_int": np.array(3.0),
        "s_f32": np.array(0.1, np.float32),
        "s_f32_big": np.array(1e20, np.float32),
        "s_i32": np.array(-7, np.int32),
        "s_i64": np.array(I64_MAX, np.int64),
        "s_b": np.array(True),
        # float16: shortest digits of the half value, the 1e3 cutoff compared in float16
        "f16_simple": np.array([0.1, 0.2, 0.7], np.float16),
        "f16_extremes": np.array([6e-08, 1.0, 65504.0], np.float16),
        "f16_special": np.array([np.nan, -np.inf, np.inf, -0.0, 2.5], np.float16),
        "f16_cutoff": np.array([999.5, 1.0], np.float16),
        "f16_at_cutoff": np.array([1000.0, 1.0], np.float16),
        "f16_2d": np.exp(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float16)),
        "f16_summary": np.arange(1200, dtype=np.float16) * np.float16(0.25),
        "s_f16": np.array(0.1, np.float16),
        "s_f16_big": np.array(1000.0, np.float16),
        "s_f16_max": np.array(65504.0, np.float16),
        "s_f16_tiny": np.array(6e-08, np.float16),
        "s_f16_small": np.array(1e-4, np.float16),
        # the small integer types: widths from the longest value, the sign counted, the limits
        "i8": np.array([-128, 0, 127], np.int8),
        "i8_2d": np.array([[1, -2, 3], [100, 5, -6]], np.int8),
        "u8": np.array([0, 7, 255], np.uint8),
        "i16": np.array([-32768, 5, 32767], np.int16),
        "u16_2d": np.array([[65535, 0], [12, 300]], np.uint16),
        "u8_summary": (np.arange(1200) % 256).astype(np.uint8),
        "s_i8": np.array(-128, np.int8),
        "s_u8": np.array(255, np.uint8),
        "s_u16": np.array(65535, np.uint16),
        "u32": np.array([0, 7, U32_MAX], np.uint32),
        "u32_2d": np.array([[2**31, 1], [65537, U32_MAX - 1]], np.uint32),
        "s_u32": np.array(U32_MAX, np.uint32),
    }
    for name, arr in cases.items():
        tensor("fmt_" + name, arr)
        rows.append(["fmt_" + name, str(arr).replace("\n", "\\n")])
    write("format.csv", ["tensor", "str"], rows, """
str(x) as NumPy prints it (default print options: precision 8, threshold 1000, edge items 3,
line width 75) for the named tensors; newlines are written as \\n.""")


def gen_creation():
    rows = []

    def emit(kind, args, arr):
        arr = np.asarray(arr)
        jt = "float16" if arr.dtype == np.float16 else JT[arr.dtype.name]
        rows.append([kind, " ".join(args), jt, fmt_shape(arr.shape), fmt_list(arr, jt) if arr.size else "-"])

    for args in [(5,), (2, 9), (10, 0, -3), (0, 10, 4), (5, 5), (5, 2), (-3, 3, 2), (0,), (-7, -1, 2)]:
        emit("arange_long", [str(a) for a in args], np.arange(*args, dtype=np.int64))
    for args in [(0.0, 1.0, 0.1), (1.0, 2.0, 0.3), (0.0, -1.0, -0.25), (0.5, 10.0, 1.5), (1.0, 1.0, 0.1),
                 (0.1, 0.7, 0.1), (-2.5, 2.5, 0.7), (0.0, 7e-8, 1e-8), (3.0, 1.0, 0.5)]:
        emit("arange_double", [repr(a) for a in args], np.arange(*args))
    for start, stop, num, endpoint in [(0.0, 1.0, 5, True), (0.0, 1.0, 5, False), (1.0, 10.0, 7, True),
                                       (-1.0, 1.0, 1, True), (-1.0, 1.0, 1, False), (0.0, 1.0, 0, True),
                                       (2.5, -3.7, 11, True), (0.0, 1.0, 2, True), (1e-3, 1e3, 9, True),
                                       (0.1, 0.9, 50, True), (0.1, 0.9, 50, False), (5.0, 5.0, 3, True)]:
        emit("linspace", [repr(start), repr(stop), str(num), str(endpoint).lower()],
             np.linspace(start, stop, num, endpoint=endpoint))
    for n, m, k, dtype in [(3, 3, 0, "float64"), (3, 4, 1, "float64"), (4, 3, -1, "int32"), (2, 2, 5, "bool"),
                           (0, 3, 0, "float64"), (3, 5, -2, "float32"), (2, 3, 0, "int64"), (1, 1, 0, "bool"),
                           (3, 3, 0, "float16"), (2, 4, -1, "float16"),
                           (3, 3, 0, "int8"), (2, 3, 1, "uint8"), (3, 3, 0, "int16"), (3, 2, -1, "uint16"),
                           (2, 3, 0, "uint32")]:
        emit("eye", [str(n), str(m), str(k), dtype], np.eye(n, m, k, dtype=NP[dtype]))
    for shape, value, dtype in [((2, 2), 2.5, "int32"), ((3,), math.nan, "bool"), ((2,), -1e20, "int64"),
                                ((2,), 3e9, "int32"), ((2, 1), 2.7, "int32"), ((2,), -2.7, "int64"),
                                ((3,), 0.1, "float32"), ((2, 2), -0.0, "float64"), ((0, 2), 7.0, "float64"),
                                ((), 1.5, "float64"), ((2,), 0.5, "bool"), ((2,), -0.0, "bool"),
                                ((2,), math.inf, "float32"), ((2,), 1e39, "float32"), ((2,), 2.0**53 + 1, "int64"),
                                # float16: the double rounded once to half (ties to even), overflow to inf
                                ((3,), 0.1, "float16"), ((2, 2), -0.0, "float16"), ((2,), 65504.0, "float16"),
                                ((2,), 65519.99, "float16"), ((2,), 65520.0, "float16"), ((2,), 2049.0, "float16"),
                                ((2,), 1.0004882812500009, "float16"), ((2,), 2.9802322387695312e-08, "float16"),
                                ((2,), 3e-08, "float16"), ((1,), math.nan, "float16"), ((), -math.inf, "float16"),
                                ((0, 2), 7.0, "float16"),
                                # small ints: the double converted as NumPy on x86 (to int32, NaN and
                                # out-of-range to INT32_MIN, then wrapped to the width)
                                ((2,), 127.0, "int8"), ((2,), -128.9, "int8"), ((2,), 300.7, "int8"),
                                ((2,), math.nan, "int8"), ((2,), 255.5, "uint8"), ((2,), -1.0, "uint8"),
                                ((2, 2), 256.0, "uint8"), ((2,), 1e10, "uint8"), ((2,), -32768.0, "int16"),
                                ((2,), 40000.0, "int16"), ((2,), 65535.0, "uint16"), ((2,), 70000.0, "uint16"),
                                ((), -3.5, "uint16"),
                                # uint32: through int64, then wrapped (NaN, inf and 1e20 give 0)
                                ((2,), 4294967295.5, "uint32"), ((2,), -1.0, "uint32"), ((2,), 5e9, "uint32"),
                                ((2, 2), -3e9, "uint32"), ((2,), math.nan, "uint32"), ((), 1e20, "uint32"),
                                ((2,), 2147483648.0, "uint32")]:
        emit("full", [fmt_shape(shape), repr(value), dtype], np.full(shape, value, dtype=NP[dtype]))
    write("creation.csv", ["kind", "args", "result_dtype", "shape", "expected"], rows, """
Creation functions as NumPy computes them: arange_long (np.arange with Python ints, int64),
arange_double (start stop step, float64), linspace (start stop num endpoint), eye (n m k dtype) and
full (shape value dtype; the value is cast as np.full casts it).""")


def gen_tutorial():
    rows = []

    def emit(name, value):
        arr = np.asarray(value)
        jt = JT[arr.dtype.name]
        rows.append([name, jt, fmt_shape(arr.shape), fmt_list(arr, jt), str(value).replace("\n", "\\n")])

    emit("basic_sigmoid", 1 / (1 + math.exp(-3)))
    x = np.array([1.0, 2.0, 3.0])
    emit("exp", np.exp(x))
    emit("x_plus_3", x + 3)
    s = 1 / (1 + np.exp(-x))
    emit("sigmoid", s)
    emit("sigmoid_derivative", s * (1 - s))
    image = np.array([[[0.67826139, 0.29380381], [0.90714982, 0.52835647], [0.4215251, 0.45017551]],
                      [[0.92814219, 0.96677647], [0.85304703, 0.52351845], [0.19981397, 0.27417313]],
                      [[0.60659855, 0.00533165], [0.10820313, 0.49978937], [0.34144279, 0.94630077]]])
    emit("image2vector", image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1))
    m = np.array([[0.0, 3, 4], [1, 6, 4]])
    emit("normalize_rows", m / np.linalg.norm(m, axis=1, keepdims=True))
    z = np.array([[9.0, 2, 5, 0, 0], [7, 5, 0, 0, 0]])
    e = np.exp(z)
    emit("softmax", e / np.sum(e, axis=1, keepdims=True))
    yhat = np.array([.9, 0.2, 0.1, .4, .9])
    y = np.array([1.0, 0, 0, 1, 1])
    emit("l1", np.sum(np.abs(y - yhat)))
    emit("l2", np.dot(y - yhat, y - yhat))
    x1 = np.array([9.0, 2, 5, 0, 0, 7, 5, 0, 0, 0, 9, 2, 5, 0, 0])
    x2 = np.array([9.0, 2, 2, 9, 0, 9, 2, 5, 0, 0, 9, 2, 5, 0, 0])
    emit("dot", np.dot(x1, x2))
    emit("outer", np.outer(x1, x2))
    emit("multiply", np.multiply(x1, x2))
    write("tutorial.csv", ["name", "result_dtype", "shape", "expected", "str"], rows, """
The results of NumPy's "Python Basics with Numpy" tutorial as NumPy computes and prints them
(str(x), newlines written as \\n).""")


def gen_isclose():
    rows = []
    floats = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0, 1.000001, 1.00002, -1.0, 1e-9, 2e-8, 1e-7, 1e10,
              1.00001e10, 1.0001e10, 3.0, 3.00003]
    pairs = [(a, b) for a in floats for b in floats]
    a64 = [a for a, _ in pairs]
    b64 = [b for _, b in pairs]
    settings = [(1e-5, 1e-8, False), (1e-5, 1e-8, True), (0.0, 0.0, False), (1e-3, 0.0, False), (0.0, 0.5, True)]

    def emit(da, a, db, b, a_shape=None, b_shape=None):
        av = np.array(a, NP[da]).reshape(a_shape or (len(a),))
        bv = np.array(b, NP[db]).reshape(b_shape or (len(b),))
        for rtol, atol, equal_nan in settings:
            res = np.isclose(av, bv, rtol=rtol, atol=atol, equal_nan=equal_nan)
            rows.append([da, fmt_shape(av.shape), fmt_list(av, da), db, fmt_shape(bv.shape), fmt_list(bv, db),
                         repr(rtol), repr(atol), "true" if equal_nan else "false", fmt_shape(res.shape),
                         fmt_list(res, "bool"), "true" if bool(np.all(res)) else "false"])

    emit("float64", a64, "float64", b64)
    emit("float32", [float(np.float32(v)) for v in a64], "float32", [float(np.float32(v)) for v in b64])
    emit("float32", [float(np.float32(v)) for v in a64], "float64", b64)
    ints = [0, 1, -1, 3, 100000, 100001, 2**31 - 1, -2**31]
    emit("int32", [a for a in ints for _ in ints], "int32", [b for _ in ints for b in ints])
    big = [0, 1, 2**53, 2**53 + 1, 10**18, 10**18 + 10**13, -2**63, 2**63 - 1]
    emit("int64", [a for a in big for _ in big], "int64", [b for _ in big for b in big])
    emit("int32", [a for a in ints for _ in floats], "float64", [b for _ in ints for b in floats])
    emit("float64", [b for _ in ints for b in floats], "int32", [a for a in ints for _ in floats])
    emit("bool", [True, True, False, False], "bool", [True, False, True, False])
    # float16: rtol/atol meet values only float16 rounds together (1 + 2**-11 is 1 in float16)
    h16 = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0, 1.001, 1.002, -1.0, 2.0**-24, 1e-3, 65504.0, 3.0, 3.004]
    emit("float16", [a for a in h16 for _ in h16], "float16", [b for _ in h16 for b in h16])
    emit("float16", [a for a in h16 for _ in h16], "float32", [b for _ in h16 for b in h16])
    emit("float64", [a for a in h16 for _ in h16], "float16", [b for _ in h16 for b in h16])
    emit("float16", [1.0, 2.0, 3.0], "int32", [1, 2, 3])
    # small integers: the limits, where a - b wraps in the type (NumPy converts b to float64 only)
    i8 = [0, 1, -1, 100, 127, -128]
    u8 = [0, 1, 128, 255, 254]
    emit("int8", [a for a in i8 for _ in i8], "int8", [b for _ in i8 for b in i8])
    emit("uint8", [a for a in u8 for _ in i8], "int8", [b for _ in u8 for b in i8])
    i16 = [0, -1, 32767, -32768, 32766]
    u16 = [0, 65535, 65534, 32768]
    emit("int16", [a for a in i16 for _ in u16], "uint16", [b for _ in i16 for b in u16])
    emit("uint16", [a for a in u16 for _ in h16], "float16", [b for _ in u16 for b in h16])
    # uint32: its limits against int32's and float32 values near them (a - b leaves int32 and float32)
    u32 = [0, 1, 2**31 - 1, 2**31, U32_MAX - 1, U32_MAX]
    i32 = [0, -1, I32_MAX, I32_MIN]
    emit("uint32", [a for a in u32 for _ in i32], "int32", [b for _ in u32 for b in i32])
    f32 = [0.0, 4294967296.0, 2147483648.0, -1.0, math.nan]
    emit("uint32", [a for a in u32 for _ in f32], "float32", [b for _ in u32 for b in f32])
    emit("uint32", u32, "uint32", u32[::-1])
    emit("float64", [1.0, 2.0, 3.0], "float64", [1.0, 2.00001, 3.1, 1e-9], (3, 1), (4,))
    emit("float64", [], "float64", [])
    write("isclose.csv", ["a_dtype", "a_shape", "a", "b_dtype", "b_shape", "b", "rtol", "atol", "equal_nan",
                          "result_shape", "expected", "allclose"], rows, """
np.isclose(a, b, rtol, atol, equal_nan) and np.allclose over every pair of special float values
(NaN, +-Inf, +-0, values just inside and outside the default tolerances), float32 against float32
and float64, integer limits (int64 beyond 2**53 is compared as float64, as NumPy converts b), mixed
integer/float operands, int8, uint8, int16, uint16 and uint32 at their limits (mixed too), bool, float16 against float16, float32 and float64, a broadcast and an empty
pair; five tolerance settings each.""")


# ---------------------------------------------------------------------------------------------
# array manipulation: concatenate, stack, hstack, vstack, split, array_split, copyto, clip

def manip_operand(spec):
    """(text, value) of one operand: a tensor ("dtype:shape:values[:view]"), none, or a weak Python scalar."""
    if spec == "none":
        return "none", None
    kind = spec[0]
    if kind in ("double", "long", "bool"):
        v = spec[1]
        text = fmt(v, {"double": "float64", "long": "int64", "bool": "bool"}[kind])
        return kind + ":" + text, v
    dtype, base = spec[1], np.asarray(spec[2], NP[spec[1]])
    view = spec[3] if len(spec) > 3 else "-"
    text = "%s:%s:%s" % (dtype, fmt_shape(base.shape), fmt_list(base, dtype) if base.size else "-")
    if view == "T":
        arr = base.T
    elif view == "rev":
        arr = base[::-1]
    elif view.startswith("bcast="):
        arr = np.broadcast_to(base, tuple(int(d) for d in view[6:].split("x")))
    elif view.startswith("step2"):
        arr = base[::2]
    else:
        arr = base
    return text + (":" + view if view != "-" else ""), arr


def clip_zero_tie(result, x, lo, hi):
    """True when a zero result comes from x tying a bound given as an array of 1 or more dimensions."""
    ties = np.zeros(result.shape, bool)
    for bound in (lo, hi):
        if isinstance(bound, np.ndarray) and bound.ndim > 0:
            ties |= np.broadcast_to(np.asarray(x) == bound, result.shape)
    return result.dtype.kind == "f" and bool((ties & (result == 0)).any())


def T(dtype, values, shape=None, view="-"):
    arr = np.asarray(values, NP[dtype])
    if shape is not None:
        arr = arr.reshape(shape)
    return ("t", dtype, arr, view)


def gen_manipulation():
    rows = []

    def emit(op, args, specs, compute):
        texts, values = zip(*[manip_operand(s) for s in specs]) if specs else ((), ())
        try:
            result = compute(*values)
        except Exception as e:                          # NumPy rejects it: jtensor must too
            rows.append([op, args, ";".join(texts), "error", type(e).__name__, "-", "checked"])
            return
        if isinstance(result, list):                    # split: the pieces, shapes joined with ;
            jt = JT[result[0].dtype.name]
            vals = [fmt_list(p, jt) for p in result if p.size]
            rows.append([op, args, ";".join(texts), jt, ";".join(fmt_shape(p.shape) for p in result),
                         " ".join(vals) if vals else "-", "checked"])
            return
        arr = np.asarray(result)
        jt = JT[arr.dtype.name]
        assert jt == arr.dtype.name, (op, args, arr.dtype)
        zero_sign = "unchecked" if op == "clip" and clip_zero_tie(arr, *values) else "checked"
        rows.append([op, args, ";".join(texts), jt, fmt_shape(arr.shape), fmt_list(arr, jt) if arr.size else "-",
                     zero_sign])

    specials = [np.nan, np.inf, -np.inf, -0.0, 0.0, 1.5, -2.25, 1e300]
    f64 = T("float64", specials)
    f32 = T("float32", [np.nan, np.inf, -np.inf, -0.0, 0.0, 1.5, -2.25, 3.4028235e38])
    i32 = T("int32", [I32_MIN, -1, 0, 7, I32_MAX])
    i64 = T("int64", [I64_MIN, -1, 0, 2**53 + 1, I64_MAX])
    bo = T("bool", [True, False, True])
    f16 = T("float16", [np.nan, np.inf, -np.inf, -0.0, 0.0, 1.5, -2.25, 65504.0, 2.0**-24])
    ones = {d: T(d, [1, 0]) for d in ALL_DTYPES}

    # concatenate: every dtype pair (result_type), views, 0-length inputs, axes
    for da in ALL_DTYPES:
        for db in ALL_DTYPES:
            emit("concatenate", "axis=0", [ones[da], {"float64": f64, "float32": f32, "int32": i32, "int64": i64,
                                                        "bool": bo, "float16": f16}[db]],
                 lambda a, b: np.concatenate([a, b]))
    # the small integer types: their limits, joined with each other and the wider types
    smalls = {"int8": T("int8", [-128, -1, 0, 127]), "uint8": T("uint8", [0, 1, 128, 255]),
              "int16": T("int16", [-32768, -129, 255, 32767]), "uint16": T("uint16", [0, 256, 32768, 65535])}
    for da in SMALL_INTS:
        for db in SMALL_INTS + ["bool", "int32", "float16", "float32"]:
            emit("concatenate", "axis=0", [smalls[da], smalls.get(db, ones.get(db))],
                 lambda a, b: np.concatenate([a, b]))
    # three or more inputs promote as np.result_type's sequence, not pairwise: int8, uint8 and float16
    # join as float16 (pairwise: int16, then float32), int8, uint16 and float32 as float32
    # uint32 with every type: uint32 with bool, uint8 and uint16, int64 with the signed ones, float64 with floats
    smalls["uint32"] = T("uint32", [0, 2**31, U32_MAX - 1, U32_MAX])
    wide = {"int64": i64, "float64": f64}
    for db in STORAGE_INTS + ["bool", "int32", "int64", "float16", "float32", "float64"]:
        emit("concatenate", "axis=0", [smalls["uint32"], smalls.get(db, wide.get(db, ones.get(db)))],
             lambda a, b: np.concatenate([a, b]))
    emit("concatenate", "axis=0", [ones["float16"], smalls["uint32"]], lambda a, b: np.concatenate([a, b]))
    for specs in ([smalls["int8"], smalls["uint8"], T("float16", [1.5, -2.0])],
                  [smalls["uint16"], T("float32", [0.5]), smalls["int8"]],
                  [smalls["int16"], smalls["uint16"], smalls["uint8"]],
                  [smalls["uint8"], smalls["uint16"], smalls["uint32"]],
                  [smalls["uint32"], smalls["int8"], T("float16", [1.5, -2.0])]):
        emit("concatenate", "axis=0", specs, lambda *a: np.concatenate(list(a)))
        emit("vstack", "-", [s[:2] + (s[2][:1],) for s in specs], lambda *a: np.vstack(list(a)))
    m23 = T("float64", np.arange(6.0).reshape(2, 3) - 2.5)
    m33 = T("int32", np.arange(9).reshape(3, 3))
    m32 = T("float32", [[-0.0, np.nan], [np.inf, 1.25], [-1.0, 2.0]])
    e03 = T("int64", np.zeros((0, 3), np.int64))
    e20 = T("float64", np.zeros((2, 0)))
    for args, specs in [("axis=0", [m23, m33]), ("axis=-2", [m23, m33, e03]), ("axis=1", [m23, m32, "T"]),
                        ("axis=1", [m23, e20, m23]), ("axis=0", [e03, e03]), ("axis=0", [m33, "rev"]),
                        ("axis=1", [m33, T("bool", [True, False, True], (3, 1))]),
                        ("axis=0", [T("float64", [1.0, 2.0], None, "bcast=3x2"), T("int32", [[5, 6]])]),
                        ("axis=1", [T("float32", np.arange(12.0).reshape(4, 3), None, "step2"),
                                    T("float32", [[9.5], [-0.0]])]),
                        ("axis=2", [T("int64", np.arange(12).reshape(2, 3, 2)), T("int32", np.arange(6).reshape(2, 3, 1))]),
                        ("axis=1", [m23, m33]), ("axis=2", [m23, m23]), ("axis=0", [m23, ones["float64"]]),
                        ("axis=0", [T("float64", 1.0)]), ("axis=0", [])]:
        fixed = []
        for s in specs:
            if s == "T":
                fixed[-1] = fixed[-1][:3] + ("T",)
            elif s == "rev":
                fixed[-1] = fixed[-1][:3] + ("rev",)
            else:
                fixed.append(s)
        axis = int(args.split("=")[1])
        emit("concatenate", args, fixed, lambda *a, axis=axis: np.concatenate(list(a), axis=axis))
    for specs in [[m23, T("int32", 5), e03], [f32, i64], [T("bool", True)]]:
        emit("concatenate", "axis=none", specs, lambda *a: np.concatenate(list(a), axis=None))

    # stack
    for axis in [0, 1, 2, -1, -3, 3, -4]:
        emit("stack", "axis=%d" % axis, [m23, T("int32", np.arange(6).reshape(2, 3))],
             lambda a, b, axis=axis: np.stack([a, b], axis=axis))
    for specs, axis in [([f64, T("float64", specials[::-1])], 0), ([T("float32", 1.5), T("int32", -3)], 0),
                        ([e03, e03, e03], 1), ([m23, m32[:3] + ("T",)], -1), ([m23, m33], 0), ([], 0),
                        ([bo, bo], 1), ([smalls["int8"], smalls["uint8"]], 1),
                        ([T("uint16", [[1, 65535], [7, 8]], None, "T"), T("int16", [[-1, 2], [3, -32768]])], 0),
                        ([T("uint32", [[1, U32_MAX], [2**31, 8]], None, "T"), T("int32", [[-1, 2], [3, I32_MIN]])], 1)]:
        emit("stack", "axis=%d" % axis, specs, lambda *a, axis=axis: np.stack(list(a), axis=axis))

    # hstack / vstack
    for specs in [[ones["int32"], i64], [T("float64", 1.0), T("int32", 2), ones["float32"]],
                  [m23, T("float64", [[7.0], [8.0]])], [ones["bool"], m23], [m23, e20],
                  [T("int32", np.arange(12).reshape(2, 3, 2)), T("int32", np.arange(4).reshape(2, 1, 2))]]:
        emit("hstack", "-", specs, lambda *a: np.hstack(list(a)))
    for specs in [[ones["int32"], T("int64", [5, 6])], [T("float64", 1.0), T("int32", 2)],
                  [m23, T("float32", [-0.0, np.nan, np.inf])], [ones["bool"], m23], [m33, e03],
                  [T("float64", [1.0, 2.0]), T("float64", [1.0, 2.0, 3.0])]]:
        emit("vstack", "-", specs, lambda *a: np.vstack(list(a)))

    # split, array_split: the pieces (views in jtensor)
    a7 = T("int64", np.arange(7))
    m46 = T("float64", np.arange(24.0).reshape(4, 6) - 11.5)
    for x, sections, axis in [(a7, 7, 0), (a7, 1, 0), (m46, 2, 0), (m46, 3, 1), (m46, 2, -1), (m46, 4, 0),
                              (T("float32", np.zeros((2, 0))), 2, 1), (T("bool", np.zeros((0, 3), bool)), 3, 0),
                              (a7, 3, 0), (a7, 0, 0), (m46, 2, 2), (T("float64", 1.0), 1, 0),
                              (m46[:3] + ("T",), 3, 0), (T("uint8", np.arange(250, 256), (2, 3), "T"), 3, 0),
                              (T("int16", np.arange(-32768, -32762), (3, 2)), 2, 1),
                              (T("uint32", np.arange(U32_MAX - 5, U32_MAX + 1), (3, 2), "T"), 2, 0)]:
        emit("split", "sections=%d axis=%d" % (sections, axis), [x],
             lambda v, s=sections, ax=axis: np.split(v, s, axis=ax))
    for x, sections, axis in [(a7, 3, 0), (T("int64", [1, 2]), 4, 0), (m46, 4, 1), (m46, 5, -2), (a7, 7, 0),
                              (a7, 0, 0), (a7, -1, 0), (T("float32", np.zeros(0)), 2, 0)]:
        emit("arraySplit", "sections=%d axis=%d" % (sections, axis), [x],
             lambda v, s=sections, ax=axis: np.array_split(v, s, axis=ax))
    for x, indices, axis in [(a7, [2, 5], 0), (a7, [5, 2], 0), (a7, [-2, 10, 20], 0), (a7, [], 0),
                             (m46, [1, 1, 3], 1), (m46, [-1], 0), (m46, [0, 4], 0), (a7, [3], 1)]:
        emit("split", "indices=%s axis=%d" % (";".join(str(i) for i in indices) or "empty", axis), [x],
             lambda v, ind=indices, ax=axis: np.split(v, ind, axis=ax))

    # copyto: dst after the copy, casting='same_kind', src and where broadcast into dst
    def copyto(dst, src, where=None):
        dst = dst.copy()
        if where is None:
            np.copyto(dst, src)
        else:
            np.copyto(dst, src, where=where)
        return dst

    srcs = {"float64": f64, "float32": f32, "int32": i32, "int64": i64, "bool": bo, "float16": f16}
    for dd in ALL_DTYPES:
        for ds in ALL_DTYPES:
            src = srcs[ds]
            n = len(src[2])
            emit("copyto", "-", [T(dd, [1] * n), src], copyto)
    dst23 = T("float64", np.full((2, 3), 7.5))
    mask3 = T("bool", [True, False, True])
    for specs in [[dst23, T("int32", [1, 2, 3])], [dst23, T("float32", [[-0.0], [np.nan]])],
                  [dst23, T("float64", [[[1.0, 2.0, 3.0]]])], [dst23, T("float64", np.arange(6.0).reshape(3, 2), None, "T")],
                  [dst23, T("float64", np.zeros(4))], [dst23, T("float64", np.zeros((2, 2, 3)))],
                  [dst23, T("int64", [9, 8, 7]), mask3], [dst23, T("float64", [[1.0], [2.0]]), T("bool", [[True], [False]])],
                  [dst23, T("float64", -1.0), T("bool", [[[True, True, False]]])],
                  [dst23, T("float64", 1.0), T("bool", [True, False])],
                  [T("float32", np.zeros((0, 3))), T("float64", [1.0, 2.0, 3.0])],
                  [dst23, ("double", -0.0)], [dst23, ("double", np.nan), mask3], [dst23, ("long", 2**53 + 1)],
                  [T("float32", [0.0, 0.0]), ("double", 1e300)], [T("float32", [0.0]), ("long", 16777217)],
                  [T("int32", [0, 0]), ("long", I32_MAX)], [T("int32", [0, 0]), ("long", I32_MAX + 1)],
                  [T("int32", [0, 0]), ("long", I32_MIN - 1)], [T("int64", [0, 0]), ("long", I64_MIN)],
                  [T("int32", [0, 0]), ("double", 1.0)], [T("bool", [False]), ("long", 1)],
                  [T("bool", [False, False]), ("bool", True)], [T("int64", [5, 5]), ("bool", True)],
                  [T("float32", [5.0, 5.0]), ("bool", False), T("bool", [False, True])],
                  [T("int32", [0, 0, 0]), ("long", -4), mask3],
                  # uint32: unsigned sources and bool cast same_kind, signed and float ones are refused,
                  # a Python int beyond [0, 2**32 - 1] is NumPy's OverflowError
                  [T("uint32", [0, 0, 0]), T("uint16", [65535, 0, 7])], [T("uint32", [[0, 0], [0, 0]]), T("uint8", [[255], [1]])],
                  [T("uint32", [0, 0, 0]), bo], [T("uint32", [0, 0]), T("int32", [-1, 2])],
                  [T("uint32", [0, 0]), T("float32", [1.5, 2.0])], [T("uint32", [0, 0]), ("long", U32_MAX)],
                  [T("uint32", [0, 0]), ("long", -1)], [T("uint32", [0, 0]), ("long", 2**32)],
                  [T("uint32", [0, 0, 0]), ("long", 2**31), mask3], [T("uint32", [0]), ("double", 1.5)],
                  [T("int64", [0, 0, 0]), T("uint32", [U32_MAX, 0, 2**31])],
                  [T("float32", [0.0, 0.0]), T("uint32", [U32_MAX, 16777217])],
                  [T("int32", [0, 0]), T("uint32", [1, 2])], [T("uint16", [0, 0]), T("uint32", [1, 2])]]:
        emit("copyto", "-", specs, copyto)

    # clip: NumPy 2 (minimum(maximum(x, min), max)), result_type with weak scalars
    xs = {"float64": T("float64", [np.nan, -np.inf, np.inf, -0.0, 0.0, -3.5, 0.25, 1.0, 2.0, 1e300]),
          "float32": T("float32", [np.nan, -np.inf, np.inf, -0.0, 0.0, -3.5, 0.25, 1.0, 2.0, 3e38]),
          "int32": T("int32", [I32_MIN, -5, -1, 0, 1, 2, 3, 10, I32_MAX]),
          "int64": T("int64", [I64_MIN, -5, -1, 0, 1, 2, 2**53 + 1, I64_MAX]),
          "bool": T("bool", [False, True]),
          "float16": T("float16", [np.nan, -np.inf, np.inf, -0.0, 0.0, -3.5, 0.25, 1.0, 2.0, 65504.0])}
    clip = lambda x, lo, hi: np.clip(x, lo, hi)
    for dx, x in xs.items():
        for lo, hi in [(("long", 0), ("long", 1)), (("double", -0.5), ("double", 1.5)),
                       (("double", 0.0), ("double", -0.0)), (("double", -0.0), ("double", 0.0)),
                       (("double", np.nan), ("double", 1.0)), (("double", -np.inf), ("double", np.inf)),
                       (("long", 3), ("long", -3)), (("long", -(2**40)), ("long", 2**40)),
                       (("long", 5), ("long", 2**40)), ("none", ("long", 1)), (("double", 0.5), "none"),
                       ("none", "none")]:
            if dx == "bool" and lo == hi == "none":
                continue      # NumPy computes np.positive(x), undefined on bool; jtensor copies (a deviation)
            emit("clip", "-", [x, lo, hi], clip)
        for db in ALL_DTYPES:
            bound = {"float64": T("float64", [-1.5, np.nan]), "float32": T("float32", [-0.0, 2.5]),
                     "int32": T("int32", [0, 2]), "int64": T("int64", [-1, 2**40]), "bool": T("bool", [False, True]),
                     "float16": T("float16", [-0.0, 1.5])}[db]
            emit("clip", "-", [T(dx, [0, 1]), bound, T(dx, [1, 1])], clip)
            emit("clip", "-", [T(dx, [1, 0]), "none", bound], clip)
    b = T("float64", [[-1.0], [0.0], [np.nan]])
    for specs in [[m23, b, T("float64", [0.5, 1.0, 2.0])], [m23, T("float32", [-0.5, 0.0, -1.0]), T("float32", 0.0)],
                  [T("float64", np.arange(6.0).reshape(3, 2) - 3, None, "T"), T("int32", -1), T("int32", [[0], [1]])],
                  [T("float64", [1.0, 2.0], None, "bcast=3x2"), T("float64", [[0.0], [1.5], [3.0]]), "none"],
                  [T("float64", np.zeros((0, 3))), T("float64", [1.0, 2.0, 3.0]), "none"],
                  [m23, T("float64", [0.0, 1.0]), "none"], [T("int32", [-0, 5]), ("double", 0.5), ("double", 1.5)]]:
        emit("clip", "-", specs, clip)
    # uint32: Python int bounds beyond the type clamp to it (NumPy 2); a float bound gives float64; tensor
    # bounds promote (int32: int64, float16: float64).  (NumPy's OverflowError for a maximum below the
    # type's minimum or a minimum above its maximum, clip(uint32 x, 3, -3), is not followed by jtensor
    # for any integer type: it clamps that bound too)
    u32x = T("uint32", [0, 5, 2**31, U32_MAX - 1, U32_MAX])
    for lo, hi in [(("long", -1), ("long", 5)), (("long", 7), ("long", 2**32)),
                   (("long", -(2**40)), ("long", 2**40)), (("long", 2**31), ("long", 2**31 - 1)),
                   (("double", 0.5), ("double", 1e10)), ("none", ("long", 2**31)), (("long", U32_MAX), "none")]:
        emit("clip", "-", [u32x, lo, hi], clip)
    for bound in (T("int32", [-1, 2**31 - 1, 0, 7, 9]), T("uint8", [255]), T("float16", [-0.0, 1.5, 2048.0, 65504.0, 1.0]),
                  T("uint32", [[1], [2**31]]), T("int64", [-(2**40), 2**40, 3, 2**32, 0])):
        emit("clip", "-", [u32x, bound, "none"], clip)
        emit("clip", "-", [u32x, "none", bound], clip)

    write("manipulation.csv", ["op", "args", "inputs", "result_dtype", "shape", "expected", "zero_sign"], rows, """
Array manipulation as NumPy computes it: concatenate (axis=none: np.concatenate(axis=None)), stack,
hstack, vstack, split and arraySplit (the pieces: shapes joined by ; and their values one after the
other), copyto (dst after np.copyto(dst, src[, where]), default casting='same_kind') and clip
(np.clip(x, min, max)).
inputs: operands joined by ;, each a tensor dtype:shape:values[:view] with view T (transpose),
rev (x[::-1]), step2 (x[::2]) or bcast=AxB (np.broadcast_to), or a weak Python scalar double:v,
long:v or bool:v, or none (no bound). result_dtype error: NumPy raises (the exception class is in
shape); jtensor must throw IllegalArgumentException. zero_sign unchecked: a zero x equals a zero
bound of an array (not 0-d) and NumPy's sign of such a tie depends on its loop (the bound's with
array bounds, x's with scalar ones; jtensor keeps x's), so the sign of zeros is not compared.""")


def gen_indexing():
    rows = []

    def emit(op, specs, axis="none"):
        texts, values = zip(*[manip_operand(spec) for spec in specs])
        try:
            if op == "take":
                res = np.take(values[0], values[1], axis=None if axis == "none" else int(axis))
            elif op == "nonzero":
                res = np.array(np.nonzero(values[0]), np.int64)
            elif op == "flatnonzero":
                res = np.flatnonzero(values[0])
            else:
                res = np.extract(values[0], values[1])
        except (IndexError, TypeError, ValueError) as e:
            rows.append([op, ";".join(texts), str(axis), "error", "-", type(e).__name__])
            return
        dtype = JT[res.dtype.name] if res.dtype.name != "int64" or op == "take" else "int64"
        rows.append([op, ";".join(texts), str(axis), dtype, fmt_shape(res.shape), fmt_list(res, dtype)])

    specials = {
        "float64": [np.nan, -0.0, 1.5, -np.inf, 1e-310, 7.0],
        "float32": [np.nan, -0.0, 1.5, -np.inf, 1e-40, 7.0],
        "int32": [I32_MIN, -1, 0, 7, I32_MAX, 3],
        "int64": [I64_MIN, -1, 0, 2**53 + 1, I64_MAX, 3],
        "bool": [True, False, True, True, False, False],
        # the small integer types: 1- and 2-byte elements through the gathers
        "int8": [-128, -1, 0, 7, 127, 3],
        "uint8": [255, 1, 0, 7, 128, 3],
        "int16": [-32768, -1, 0, 7, 32767, 3],
        "uint16": [65535, 1, 0, 7, 32768, 3],
        "uint32": [U32_MAX, 1, 0, 7, 2**31, 3],
    }
    for dtype, values in specials.items():
        m = T(dtype, values, (2, 3))
        emit("take", [m, T("int64", [0, -1, 5, 2, 2])])
        emit("take", [m, T("int32", [[1, 0], [2, -3]])], "1")
        emit("take", [m, T("int64", [1, 1, 0])], "0")
        emit("take", [m, T("int64", [-1])], "-1")
        emit("take", [T(dtype, values, (2, 3), "T"), T("int64", [2, 0])], "0")
        emit("nonzero", [m])
        emit("flatnonzero", [m])
        emit("extract", [T("bool", [True, False, False, True, True, False], (2, 3)), m])
    cube = T("float64", list(range(24)), (2, 3, 4))
    emit("take", [cube, T("int64", [3, 0, -4])], "2")
    emit("take", [cube, T("int64", [[2], [0]])], "1")
    emit("take", [cube, T("int64", 1, ())], "1")
    emit("take", [cube, T("bool", [True, False, True])], "1")
    emit("take", [cube, T("int64", [], (0,))], "0")
    emit("take", [cube, T("int64", [], (0,))])
    emit("take", [T("float64", [], (2, 0)), T("int64", [], (0,))], "1")
    emit("take", [T("float64", 5.0, ()), T("int64", [0, 0, -1])])
    emit("nonzero", [cube])
    emit("nonzero", [T("float64", [0.0, -0.0, np.nan, 0.0])])
    emit("nonzero", [T("int32", [], (0,))])
    emit("flatnonzero", [T("float32", [0.0, 2.0, 0.0, -0.0, np.nan], (5,), "rev")])
    emit("extract", [T("float64", [0.0, 2.0, np.nan, -0.0]), T("int32", [1, 2, 3, 4])])
    # errors NumPy raises (IndexError, TypeError, ValueError); jtensor must throw too
    emit("take", [cube, T("int64", [4])], "2")
    emit("take", [cube, T("int64", [-5])], "2")
    emit("take", [cube, T("float64", [1.0])], "1")
    emit("take", [T("float64", [], (2, 0)), T("int64", [0])], "1")
    emit("nonzero", [T("float64", 1.0, ())])
    write("indexing.csv", ["op", "inputs", "axis", "result_dtype", "result_shape", "expected"], rows, """
np.take (flattened with axis none, else along axis; indices int32/int64/bool, negative, repeated,
0-d and n-d, empty), np.nonzero (written as an ndim x count array of int64), np.flatnonzero and
np.extract over every dtype with NaN, -0.0 (zero), subnormals and integer limits, on contiguous and
transposed inputs.  Inputs use manipulation.csv's operand syntax.  result_dtype 'error' names the
exception NumPy raises; jtensor must throw (IndexOutOfBoundsException for IndexError, else
IllegalArgumentException).""")


def gen_scan():
    rows = []

    def emit(op, spec, axis="none"):
        text, value = manip_operand(spec)
        try:
            res = as_jtensor(getattr(np, op)(value, axis=None if axis == "none" else int(axis)))
        except (ValueError, np.exceptions.AxisError) as e:
            rows.append([op, text, str(axis), "error", "-", type(e).__name__])
            return
        dtype = JT[res.dtype.name]
        rows.append([op, text, str(axis), dtype, fmt_shape(res.shape), fmt_list(res, dtype)])

    specials = {
        "float64": [-0.0, 1.5, np.nan, 2.0, -np.inf, 1e308, 1e308, -3.0, 1e-310],
        "float32": [-0.0, 1.5, np.nan, 2.0, -np.inf, 3e38, 3e38, -3.0, 1e-40],
        "int32": [I32_MAX, 1, I32_MIN, -1, 7, 65536, 65536, 3, -2],
        "int64": [I64_MAX, 1, I64_MIN, -1, 7, 2**32, 2**32, 3, -2],
        "bool": [True, False, True, True, False, True, True, True, False],
        # float16 rounds every partial result: 60000 + 60000 is inf, 6e-8 is the smallest subnormal
        "float16": [-0.0, 1.5, np.nan, 2.0, -np.inf, 60000.0, 60000.0, -3.0, 6e-8],
    }
    small_specials = {
        "int8": [127, 1, -128, -1, 7, 100, 100, 3, -2],
        "uint8": [255, 1, 0, 254, 7, 200, 200, 3, 2],
        "int16": [32767, 1, -32768, -1, 7, 300, 300, 3, -2],
        "uint16": [65535, 1, 0, 65534, 7, 300, 300, 3, 2],
        # uint32: sums past 2**32, products past 2**64 (NumPy's uint64 wraps, jtensor's int64 the same)
        "uint32": [U32_MAX, 1, 0, U32_MAX - 1, 7, 65537, 65537, 3, 2],
    }
    for op in ("cumsum", "cumprod"):
        for dtype, values in specials.items():
            m = T(dtype, values, (3, 3))
            for axis in ("none", "0", "1", "-1"):
                emit(op, m, axis)
            emit(op, T(dtype, values, (3, 3), "T"), "1")
            emit(op, T(dtype, values[:8], (2, 2, 2)), "1")
        # small integer types: int64 results (NumPy: uint64 for unsigned input, the same bits)
        for dtype, values in small_specials.items():
            emit(op, T(dtype, values, (3, 3)), "none")
            emit(op, T(dtype, values, (3, 3)), "1")
            if dtype in ("int8", "uint8"):
                emit(op, T(dtype, values, (3, 3), "T"), "0")
        # order matters: a sequential float32 sum, as NumPy's loop
        emit(op, T("float32", [1e8, 1.0, -1e8, 1.0, 3.0, 1e-3, 16777216.0, 1.0, 1.0, 0.1] * 3))
        emit(op, T("float64", [0.1] * 40))
        # float16: each partial sum is stored as float16 (2048 + 1 rounds back to 2048)
        emit(op, T("float16", [0.1] * 40))
        emit(op, T("float16", [2048.0, 1.0, 1.0, 1.0, 3.0, -1.0, 1.0, 0.5, 0.25, 300.0, 300.0, 1.0 / 3]))
        emit(op, T("float64", [], (2, 0)), "1")
        emit(op, T("float64", [], (2, 0)), "0")
        emit(op, T("int32", [], (0,)))
        emit(op, T("float64", 2.5, ()))
        emit(op, T("int64", 3, ()), "0")
        emit(op, T("float64", [1.0, 2.0], (2,)), "1")
        emit(op, T("float64", [1.0, 2.0], (2,)), "-2")

    # Np.accumulate (ufunc.accumulate; axis none: the overload without an axis, NumPy's axis 0):
    # add and multiply give cumsum's and cumprod's types, maximum and minimum keep x's type
    def accumulate(op, spec, axis):
        text, value = manip_operand(spec)
        ufunc = getattr(np, op.split(".")[0])
        try:
            res = as_jtensor(ufunc.accumulate(value) if axis == "none" else ufunc.accumulate(value, axis=int(axis)))
        except (ValueError, TypeError, np.exceptions.AxisError) as e:
            rows.append([op, text, str(axis), "error", "-", type(e).__name__])
            return
        dtype = JT[res.dtype.name]
        rows.append([op, text, str(axis), dtype, fmt_shape(res.shape), fmt_list(res, dtype)])

    zeros = [0.0, -0.0, -0.0, 0.0, 0.0, np.nan, -0.0, 1.0, -1.0]
    for op in ("add.accumulate", "multiply.accumulate", "maximum.accumulate", "minimum.accumulate"):
        for dtype, values in specials.items():
            for axis in ("none", "0", "1", "-1"):
                accumulate(op, T(dtype, values, (3, 3)), axis)
            accumulate(op, T(dtype, values, (3, 3), "T"), "1")
            accumulate(op, T(dtype, values[:8], (2, 2, 2)), "2")
            accumulate(op, T(dtype, values[::-1]), "none")
        # small integer types: add/multiply accumulate in int64 (NumPy: uint64 for unsigned input),
        # maximum/minimum keep the type
        for dtype, values in small_specials.items():
            accumulate(op, T(dtype, values, (3, 3)), "1" if dtype in ("int8", "uint8") else "none")
        accumulate(op, T("float64", zeros), "none")
        accumulate(op, T("float32", zeros, (3, 3), "T"), "0")
        accumulate(op, T("float64", [3.0, np.nan, 5.0, -np.inf, np.inf], (5,), "rev"), "0")
        accumulate(op, T("int32", [], (0, 2)), "0")
        accumulate(op, T("bool", [], (2, 0)), "1")
        accumulate(op, T("float64", 2.5, ()), "none")
        accumulate(op, T("float64", [1.0, 2.0], (2,)), "1")
        accumulate(op, T("int32", [1, 2, 3, 4], (2, 2)), "-3")
    write("scan.csv", ["op", "inputs", "axis", "result_dtype", "result_shape", "expected"], rows, """
np.cumsum and np.cumprod over every dtype (integer and bool input gives int64; integer overflow
wraps), NaN, -0.0 as the first element, +-Inf, overflow to Inf, subnormals, on contiguous and
transposed inputs, flattened (axis none) and along each axis, a float32 sequence whose sum depends
on the order, empty axes and 0-d input.  Then add/multiply/maximum/minimum.accumulate (Np.accumulate;
axis none: the overload without an axis, NumPy's default axis 0): maximum and minimum keep the
input's type, propagate NaN and take the element of two equal zeros.  Inputs use manipulation.csv's operand syntax; result_dtype
'error' names NumPy's exception (jtensor throws IllegalArgumentException).""")


def gen_nan_reductions():
    rows = []
    nan = np.nan
    base = [[nan, 1.0, -2.0, nan], [nan, nan, nan, nan], [3.0, -0.0, nan, 4.0]]
    cases = [("float64", base), ("float32", base), ("float64", [[np.inf, nan, -np.inf], [nan, 2.0, nan]]),
             ("int32", [[1, -2, 3], [4, 5, -6]]), ("bool", [[True, False], [True, True]]),
             # float16: sums accumulate in float32 and round once (60000 + 60000 overflows to inf, but
             # 60000 + 60000 - 60000 does not); nanmean divides that float16 sum, so it overflows too
             ("float16", base), ("float16", [[60000.0, nan, 60000.0, -60000.0], [30000.0, 40000.0, nan, 0.5]])]
    # small integer types: reduced as the plain reductions (nansum/nanprod int64, nanmean float64)
    cases += [("int8", [[127, -128, 127], [1, 127, -1]]), ("uint8", [[255, 0, 255], [1, 255, 200]]),
              ("int16", [[32767, -32768, 32767], [3, -2, 1]]), ("uint16", [[65535, 0, 65535], [3, 2, 1]]),
              ("uint32", [[U32_MAX, 0, U32_MAX], [3, 2**31, U32_MAX - 1]])]
    for op in ("nansum", "nanprod", "nanmean", "nanmax", "nanmin"):
        for dtype, values in cases:
            spec = T(dtype, values)
            text, arr = manip_operand(spec)
            for axes in (None, (0,), (1,), (-1,), (0, 1)):
                for keepdims in (False, True):
                    if dtype in ("int16", "uint16", "uint32") and axes not in (None, (1,)):
                        continue
                    res = as_jtensor(getattr(np, op)(arr, axis=axes, keepdims=keepdims))
                    dt = JT[res.dtype.name]
                    rows.append([op, text, fmt_axes(axes), "true" if keepdims else "false", dt,
                                 fmt_shape(res.shape), fmt_list(res, dt)])
    write("nan_reductions.csv", ["op", "inputs", "axes", "keepdims", "result_dtype", "result_shape", "expected"],
          rows, """
np.nansum / nanprod / nanmean / nanmax / nanmin over all axes, each axis, negative axes and a tuple,
with and without keepdims: float rows that are all NaN (sum 0, prod 1, mean/max/min NaN), +-Inf next
to NaN, -0.0, and integer and bool input (reduced as the plain reductions).  Small integer-valued
floats, so every sum is exact in any order.  Inputs use manipulation.csv's operand syntax.""")


def gen_differences():
    rows = []

    def emit(op, spec, args):
        text, value = manip_operand(spec)
        try:
            if op == "diff":
                res = np.diff(value, n=args[0], axis=args[1])
            elif op == "argwhere":
                res = np.argwhere(value)
            else:
                res = np.asarray(np.count_nonzero(value, axis=args[0], keepdims=args[1]), np.int64)
        except ValueError as e:
            rows.append([op, text, " ".join(str(a) for a in args) or "-", "error", "-", type(e).__name__])
            return
        dt = JT[res.dtype.name]
        rows.append([op, text, " ".join(str(a) for a in args) or "-", dt, fmt_shape(res.shape), fmt_list(res, dt)])

    values = {
        "float64": [1.0, 4.0, np.nan, np.inf, np.inf, -0.0, 1e308, -1e308, 0.5, 0.0, 2.0, 3.0],
        "float32": [1.0, 4.0, np.nan, np.inf, np.inf, -0.0, 3e38, -3e38, 0.5, 0.0, 2.0, 3.0],
        "int32": [I32_MIN, 1, I32_MAX, -1, 0, 7, 0, 0, 9, -9, 2, 2],
        "int64": [I64_MIN, 1, I64_MAX, -1, 0, 7, 0, 0, 9, -9, 2, 2],
        "bool": [True, False, False, True, True, True, False, True, False, False, True, False],
        # small integer types: diff keeps the type and wraps (uint8 0 - 255 is 1, int8 127 - -128 is -1)
        "int8": [-128, 127, -128, -1, 0, 7, 0, 0, 127, -9, 2, 2],
        "uint8": [0, 255, 0, 1, 255, 7, 0, 0, 9, 200, 2, 2],
        "int16": [-32768, 32767, -32768, -1, 0, 7, 0, 0, 9, -9, 2, 2],
        "uint16": [0, 65535, 0, 1, 65535, 7, 0, 0, 9, 200, 2, 2],
        "uint32": [0, U32_MAX, 0, 1, U32_MAX, 7, 0, 0, 2**31, 2**31 - 1, 2, 2],
    }
    for dtype, v in values.items():
        m = T(dtype, v, (3, 4))
        small16 = dtype in ("int16", "uint16", "uint32")
        for n, axis in ((1, -1), (1, 0), (2, 1), (0, 1), (5, 1), (3, 0)):
            if small16 and n not in (1, 2):
                continue
            emit("diff", m, (n, axis))
        if small16:
            continue
        emit("diff", T(dtype, v, (3, 4), "T"), (1, 1))
        emit("argwhere", m, ())
        for axis, keep in ((None, False), (0, False), (1, True), (-1, False)):
            emit("count_nonzero", m, (axis, keep))
    emit("diff", T("float64", 2.0, ()), (1, -1))
    emit("diff", T("float64", [1.0, 2.0]), (-1, 0))
    emit("argwhere", T("float64", 5.0, ()), ())
    emit("argwhere", T("float64", 0.0, ()), ())
    emit("argwhere", T("int32", [], (0, 3)), ())
    emit("argwhere", T("float64", [0.0, np.nan, -0.0, 1e-310], (2, 1, 2)), ())
    write("differences.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected"], rows, """
np.diff (n, axis; bool uses !=, integers wrap, inf - inf is NaN), np.argwhere (C-order coordinates;
0-d inputs give (1, 0) or (0, 0)) and np.count_nonzero (NaN counts; axis none, each axis, keepdims)
over every dtype, contiguous and transposed.  args: diff 'n axis', count_nonzero 'axis keepdims'
(axis None = all).  result_dtype 'error' names NumPy's exception.""")


def gen_sorting():
    rows = []

    def emit(op, spec, args, compute):
        text, value = manip_operand(spec)
        try:
            res = np.asarray(compute(value))
        except (ValueError, IndexError, TypeError, np.exceptions.AxisError) as e:
            rows.append([op, text, args, "error", "-", type(e).__name__])
            return
        dt = JT[res.dtype.name]
        rows.append([op, text, args, dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-"])

    def q_text(q):
        return "[" + ";".join(repr(float(v)) for v in q) + "]" if isinstance(q, list) else repr(float(q))

    nan, inf = np.nan, np.inf
    values = {
        "float64": [3.5, nan, -0.0, 1.0, -inf, 0.0, 1.0, inf, -2.5, nan, 1e-310, -1e308],
        "float32": [3.5, nan, -0.0, 1.0, -inf, 0.0, 1.0, inf, -2.5, nan, 1e-40, -3e38],
        "int32": [I32_MAX, 5, -1, 5, I32_MIN, 0, 7, -1, 5, 2, 0, 3],
        "int64": [I64_MAX, 5, -1, 5, I64_MIN, 0, 7, -1, 5, 2, 0, 3],
        "bool": [True, False, True, True, False, False, True, False, True, True, False, True],
        "float16": [3.5, nan, -0.0, 1.0, -inf, 0.0, 1.0, inf, -2.5, nan, 6e-8, -65504.0],
    }
    # longer lines with many ties, so the merges (runs of 16) and stability are exercised
    ties = [float((i * 7919) % 13) - 6.0 for i in range(203)]
    ties[17], ties[101], ties[150] = nan, -0.0, nan
    ramp = [float((i * 104729) % 1009) / 8.0 for i in range(1000)]
    for dtype, v in values.items():
        for shape, view in (((12,), "-"), ((3, 4), "-"), ((3, 4), "T"), ((2, 3, 2), "-"), ((12,), "rev")):
            spec = T(dtype, v, shape, view)
            ndim = len(shape)
            for axis in sorted({-1, 0, ndim - 1} | ({1} if ndim > 2 else set())):
                emit("sort", spec, str(axis), lambda a, ax=axis: np.sort(a, axis=ax, kind="stable"))
                emit("argsort", spec, str(axis), lambda a, ax=axis: np.argsort(a, axis=ax, kind="stable"))
        emit("unique", T(dtype, v, (3, 4)), "-", np.unique)
        emit("unique_counts", T(dtype, v, (3, 4)), "-", lambda a: np.unique(a, return_counts=True)[1])
        if dtype != "bool":
            spec = T(dtype, v, (3, 4))
            for axes in (None, 0, 1, -1, (0, 1)):
                for keep in (False, True):
                    args = "%s %s" % (fmt_axes(axes), "true" if keep else "false")
                    emit("median", spec, args, lambda a, ax=axes, k=keep: np.median(a, axis=ax, keepdims=k))
                    for q in (0.0, 0.3, 0.5, 0.75, 1.0, [0.1, 0.5, 0.9]):
                        emit("quantile", spec, q_text(q) + " " + args,
                             lambda a, ax=axes, k=keep, q=q: np.quantile(a, q, axis=ax, keepdims=k))
            for p in (0.0, 37.5, 50.0, 99.0, 100.0, [25.0, 75.0]):
                emit("percentile", spec, q_text(p) + " none false", lambda a, p=p: np.percentile(a, p))
                emit("percentile", spec, q_text(p) + " 1 false", lambda a, p=p: np.percentile(a, p, axis=1))
    # finite rows (the NaN rule hides the interpolation) with and without ties
    finite = {"float64": [3.5, -0.0, 1.0, 0.1, 0.0, 1.0, 1e300, -2.5, 2.0, 7.25, 1e-310, -1e300],
              "float32": [3.5, -0.0, 1.0, 0.1, 0.0, 1.0, 3e38, -2.5, 2.0, 7.25, 1e-40, -3e38],
              "int32": [I32_MAX, 5, -1, 5, I32_MIN, 0, 7, -1, 5, 2, 0, 3],
              "float16": [3.5, -0.0, 1.0, 0.1, 0.0, 1.0, 65504.0, -2.5, 2.0, 7.25, 6e-8, -60000.0]}
    for dtype, v in finite.items():
        for shape in ((12,), (3, 4), (4, 3), (2, 2, 3)):
            spec = T(dtype, v, shape)
            emit("median", spec, "-1 false", lambda a: np.median(a, axis=-1))
            for q in (0.0, 0.1, 1 / 3, 0.5, 0.55, 0.9, 1.0, [0.05, 0.5, 0.95]):
                emit("quantile", spec, q_text(q) + " -1 false", lambda a, q=q: np.quantile(a, q, axis=-1))
    emit("quantile", T("float64", [1.0, inf]), "1.0 none false", lambda a: np.quantile(a, 1.0))
    emit("quantile", T("float64", [-inf, -inf, 2.0]), "0.2 none false", lambda a: np.quantile(a, 0.2))
    for dtype in ("float64", "float32", "int64", "float16"):
        spec = T(dtype, ties[:201] if dtype != "int64" else [int(t) if t == t else 0 for t in ties[:201]])
        emit("sort", spec, "0", lambda a: np.sort(a, kind="stable"))
        emit("argsort", spec, "0", lambda a: np.argsort(a, kind="stable"))
        emit("unique", spec, "-", np.unique)
        emit("unique_counts", spec, "-", lambda a: np.unique(a, return_counts=True)[1])
        emit("median", spec, "none false", np.median)
        emit("quantile", spec, "[0.01;0.25;0.5;0.99] none false", lambda a: np.quantile(a, [0.01, 0.25, 0.5, 0.99]))
    wide = T("float64", ramp, (40, 25))
    for axis in (0, 1):
        emit("argsort", wide, str(axis), lambda a, ax=axis: np.argsort(a, axis=ax, kind="stable"))
    emit("sort", T("float32", ramp, (4, 250), "T"), "0", lambda a: np.sort(a, axis=0, kind="stable"))
    emit("median", T("float64", ramp, (10, 100)), "1 false", lambda a: np.median(a, axis=1))
    emit("quantile", T("float32", ramp, (10, 100)), "0.37 1 false", lambda a: np.quantile(a, 0.37, axis=1))
    for op in ("sort", "argsort"):
        f = (lambda a, ax: np.sort(a, axis=ax, kind="stable")) if op == "sort" else \
            (lambda a, ax: np.argsort(a, axis=ax, kind="stable"))
        emit(op, T("float64", [], (0,)), "0", lambda a: f(a, 0))
        emit(op, T("int32", [], (2, 0)), "1", lambda a: f(a, 1))
        emit(op, T("float32", [], (2, 0)), "0", lambda a: f(a, 0))
        emit(op, T("float64", 2.0, ()), "-1", lambda a: f(a, -1))
        emit(op, T("float64", [1.0, 2.0]), "1", lambda a: f(a, 1))
        emit(op, T("int64", [5, -3, 5, 9]), "-2", lambda a: f(a, -2))
    emit("unique", T("float64", [], (0,)), "-", np.unique)
    emit("unique", T("int32", 7, ()), "-", np.unique)
    emit("unique", T("float64", [nan, nan, nan]), "-", np.unique)
    emit("unique_counts", T("float64", [nan, 1.0, nan, nan]), "-", lambda a: np.unique(a, return_counts=True)[1])
    # np.unique with every part (one row per part: values/index/inverse/counts) and equal_nan
    def unique_part(k, eq):
        return lambda a: np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan=eq)[k]
    unique_specs = [T(dtype, v, (3, 4)) for dtype, v in values.items()] + [T("float64", values["float64"], (3, 4), "T")]
    unique_specs += [T(d, ties[:201] if d != "int64" else [int(t) if t == t else 0 for t in ties[:201]])
                     for d in ("float64", "float32", "int64")]
    unique_specs += [T("float64", [], (0,)), T("float32", [], (2, 0)), T("int32", 7, ()),
                     T("float64", [nan, nan, nan]), T("float64", [nan, 1.0, nan, -0.0, 0.0, nan]),
                     T("float64", [0.0, -0.0, 0.0])]
    for spec in unique_specs:
        for eq in (True, False):
            for k, part in enumerate(("values", "index", "inverse", "counts")):
                emit("unique_parts", spec, "%s %s" % (part, "true" if eq else "false"), unique_part(k, eq))
    # np.unique along an axis (one row per part): lexicographic slices, -0.0 == 0.0, NaN slices apart
    def unique_axis_part(axis, k):
        return lambda a: np.unique(a, axis=axis, return_index=True, return_inverse=True, return_counts=True)[k]
    rowsy = [1.0, 0.0, 2.0, 1.0, 0.0, 2.0, 0.0, 5.0, 1.0, nan, 1.0, 1.0, nan, 1.0, 1.0, -0.0, 5.0, 1.0]
    axis_specs = [(T("float64", rowsy, (6, 3)), (0, 1, -2)), (T("float32", rowsy, (6, 3), "T"), (0, 1)),
                  (T("int32", [3, 1, 3, 1, 2, 2, 3, 1, 0, 0, 2, 2], (6, 2)), (0, 1)),
                  (T("int64", [I64_MAX, 1, I64_MIN, 1, I64_MAX, 1, 5, 5], (2, 2, 2)), (0, 1, 2)),
                  (T("bool", [True, False, True, False, False, True], (3, 2)), (0, 1)),
                  (T("float64", [], (3, 0)), (0, 1)), (T("float64", [], (0, 3)), (0, 1)),
                  (T("int32", [4, 4, 1]), (0,)), (T("float64", 2.0, ()), (0,)), (T("int32", [1, 2]), (1,))]
    for spec, axes in axis_specs:
        for axis in axes:
            for k, part in enumerate(("values", "index", "inverse", "counts")):
                emit("unique_axis", spec, "%s %d" % (part, axis), unique_axis_part(axis, k))
    emit("median", T("float64", [], (0,)), "none false", np.median)
    emit("median", T("float32", [], (2, 0)), "1 false", lambda a: np.median(a, axis=1))
    emit("median", T("int32", 7, ()), "none false", np.median)
    emit("quantile", T("float64", [], (0,)), "0.5 none false", lambda a: np.quantile(a, 0.5))
    emit("quantile", T("bool", [True, False]), "0.5 none false", lambda a: np.quantile(a, 0.5))
    emit("quantile", T("float64", [1.0, 2.0]), "1.5 none false", lambda a: np.quantile(a, 1.5))
    emit("percentile", T("float64", [1.0, 2.0]), "-1.0 none false", lambda a: np.percentile(a, -1.0))
    # method=, the NaN-ignoring order statistics and nanargmax/nanargmin/nancumsum/nancumprod
    methods = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
               "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher",
               "midpoint", "nearest"]
    discrete = ("inverted_cdf", "closest_observation", "lower", "higher", "nearest")
    qs = (0.0, 0.1, 0.3, 0.4, 0.5, 0.9, 1.0, [0.25, 0.6, 0.75])
    spread = [4.5, -1.0, 7.25, 0.5, 3.0, -6.5, 2.0, 9.0, 0.125, -2.0, 5.5, 1.0, 8.0, -3.25, 6.0, 0.0,
              2.5, -4.0, 10.0, 1.5]
    for method in methods:
        configs = [(T("float64", spread, (4, 5)), ("-1", "0")), (T("float64", spread[:1]), ("none",)),
                   (T("float64", spread[:2]), ("none",)), (T("float32", [v * 1.1 for v in spread], (4, 5)), ("-1",)),
                   (T("int32", [int(v * 4) for v in spread], (4, 5)), ("-1",))]
        for spec, axes_list in configs:
            for ax in axes_list:
                axes = None if ax == "none" else int(ax)
                for q in qs:
                    emit("quantile", spec, "%s %s false %s" % (q_text(q), ax, method),
                         lambda a, q=q, axes=axes, m=method: np.quantile(a, q, axis=axes, method=m))
        emit("percentile", T("float64", spread, (4, 5)), "[10.0;62.5] 1 true " + method,
             lambda a, m=method: np.percentile(a, [10.0, 62.5], axis=1, keepdims=True, method=m))
        emit("quantile", T("bool", [True, False, True, True, False]), "0.5 none false " + method,
             lambda a, m=method: np.quantile(a, 0.5, method=m))
    emit("quantile", T("float64", [1.0, 2.0]), "0.5 none false cubic",
         lambda a: np.quantile(a, 0.5, method="cubic"))
    emit("quantile", T("float64", [3.0, nan, 1.0]), "0.5 none false lower", lambda a: np.quantile(a, 0.5, method="lower"))
    holes = {"float64": [nan, 1.0, -2.0, nan, 5.5, nan, nan, nan, nan, nan, 3.0, -0.0, nan, 4.0, 1e300,
                         2.0, 8.0, -1.0, 0.5, nan],
             "float32": [nan, 1.0, -2.0, nan, 5.5, nan, nan, nan, nan, nan, 3.0, -0.0, nan, 4.0, 3e38,
                         2.0, 8.0, -1.0, 0.5, nan]}
    first_empty = [nan, nan, nan, nan, 1.5, -2.0, 7.0, nan, 3.0, 0.25, nan, 9.0]
    for dtype, v in holes.items():
        spec = T(dtype, v, (4, 5))
        for axes in (None, 0, 1, -1, (0, 1)):
            for keep in (False, True):
                args = "%s %s" % (fmt_axes(axes), "true" if keep else "false")
                emit("nanmedian", spec, args, lambda a, ax=axes, k=keep: np.nanmedian(a, axis=ax, keepdims=k))
                for q in (0.0, 0.3, 0.5, 1.0, [0.1, 0.5, 0.9]):
                    emit("nanquantile", spec, "%s %s linear" % (q_text(q), args),
                         lambda a, ax=axes, k=keep, q=q: np.nanquantile(a, q, axis=ax, keepdims=k))
        for method in methods:
            for q in (0.25, [0.4, 0.5]):
                emit("nanquantile", spec, "%s 1 false %s" % (q_text(q), method),
                     lambda a, q=q, m=method: np.nanquantile(a, q, axis=1, method=m))
        emit("nanpercentile", spec, "[5.0;50.0] 0 false linear", lambda a: np.nanpercentile(a, [5.0, 50.0], axis=0))
        emit("nanpercentile", spec, "37.5 none false weibull",
             lambda a: np.nanpercentile(a, 37.5, method="weibull"))
        for q in (0.3, [0.3, 0.7]):
            emit("nanquantile", T(dtype, first_empty, (3, 4)), "%s 1 false linear" % q_text(q),
                 lambda a, q=q: np.nanquantile(a, q, axis=1))
            emit("nanquantile", T(dtype, [nan, nan]), "%s none false linear" % q_text(q),
                 lambda a, q=q: np.nanquantile(a, q))
        emit("nanmedian", T(dtype, first_empty, (3, 4), "T"), "0 false", lambda a: np.nanmedian(a, axis=0))
        for op in ("nanargmax", "nanargmin"):
            for axes in (None, 0, 1, -1):
                emit(op, T(dtype, first_empty, (3, 4), "T"), "%s false" % fmt_axes(axes),
                     lambda a, ax=axes, f=getattr(np, op): f(a, axis=ax))
            emit(op, T(dtype, first_empty, (3, 4)), "0 true", lambda a, f=getattr(np, op): f(a, axis=0, keepdims=True))
            emit(op, T(dtype, first_empty, (3, 4)), "1 false", lambda a, f=getattr(np, op): f(a, axis=1))
            emit(op, T(dtype, [nan, inf, -inf, nan, 2.0]), "none false", lambda a, f=getattr(np, op): f(a))
            emit(op, T(dtype, [], (0,)), "none false", lambda a, f=getattr(np, op): f(a))
            emit(op, T(dtype, [], (2, 0)), "0 false", lambda a, f=getattr(np, op): f(a, axis=0))
        for op in ("nancumsum", "nancumprod"):
            for axes in (None, 0, 1):
                emit(op, T(dtype, first_empty, (3, 4), "T"), fmt_axes(axes),
                     lambda a, ax=axes, f=getattr(np, op): f(a, axis=ax))
            emit(op, T(dtype, [], (0, 3)), "1", lambda a, f=getattr(np, op): f(a, axis=1))
            emit(op, T(dtype, first_empty, (3, 4)), "2", lambda a, f=getattr(np, op): f(a, axis=2))
    # NumPy's masked path (an axis kept, lines under 600) averages an odd count's middle with itself
    big = [3e38, nan, 3e38, 3e38, 2.0, nan]
    emit("nanmedian", T("float32", big, (2, 3)), "1 false", lambda a: np.nanmedian(a, axis=1))
    emit("nanmedian", T("float32", big[:4]), "none false", lambda a: np.nanmedian(a))
    emit("nanmedian", T("float32", big[:4] * 2, (2, 4)), "1 false", lambda a: np.nanmedian(a, axis=1))
    emit("nanmedian", T("float32", [3e38] * 601 + [1.0] * 600 + [nan], (2, 601)), "1 false",
         lambda a: np.nanmedian(a, axis=1))
    for length in (599, 600):
        nans = 1 if length % 2 == 0 else 2                 # an odd count of 3e38 on each line
        emit("nanmedian", T("float32", ([3e38] * (length - nans) + [nan] * nans) * 2, (2, length)), "1 false",
             lambda a: np.nanmedian(a, axis=1))
    for dtype, v in (("int32", [7, -3, 5, 0, 2, 9, -8, 4, 1, 6, 3, -1]), ("bool", [True, False] * 6)):
        spec = T(dtype, v, (3, 4))
        emit("nanmedian", spec, "1 false", lambda a: np.nanmedian(a, axis=1))
        emit("nanquantile", spec, "0.3 1 false linear", lambda a: np.nanquantile(a, 0.3, axis=1))
        emit("nanquantile", spec, "[0.3;0.5] none false lower", lambda a: np.nanquantile(a, [0.3, 0.5], method="lower"))
        emit("nanargmax", spec, "1 false", lambda a: np.nanargmax(a, axis=1))
        emit("nanargmin", spec, "none false", lambda a: np.nanargmin(a))
        emit("nancumsum", spec, "1", lambda a: np.nancumsum(a, axis=1))
        emit("nancumprod", spec, "none", lambda a: np.nancumprod(a))
    for dtype in ("float64", "int32"):
        emit("nanquantile", T(dtype, [], (0, 3)), "[0.1;0.2] 0 false linear",
             lambda a: np.nanquantile(a, [0.1, 0.2], axis=0))
        emit("nanquantile", T(dtype, [], (2, 0)), "0.5 1 true linear", lambda a: np.nanquantile(a, 0.5, axis=1, keepdims=True))
        emit("nanmedian", T(dtype, [], (2, 0)), "1 false", lambda a: np.nanmedian(a, axis=1))
    emit("nanquantile", T("float64", [1.0, nan]), "1.5 none false linear", lambda a: np.nanquantile(a, 1.5))
    emit("nanquantile", T("float64", [1.0, nan]), "0.5 none false linear", lambda a: np.nanquantile(a, 0.5))
    emit("nanquantile", T("float64", [1.0, nan]), "0.5 none false median", lambda a: np.nanquantile(a, 0.5, method="median"))
    emit("nanquantile", T("float64", [1.0, nan]), "0.5 2 false linear", lambda a: np.nanquantile(a, 0.5, axis=2))
    def search(a_spec, v_spec, side, sorter=False):
        texts, (a, v) = zip(*[manip_operand(x) for x in (a_spec, v_spec)])
        try:
            res = np.asarray(np.searchsorted(a, v, side=side, sorter=np.argsort(a, kind="stable") if sorter else None))
        except (ValueError, TypeError, OverflowError) as e:
            rows.append(["searchsorted", ";".join(texts), side + (" sorter" if sorter else ""), "error", "-",
                         type(e).__name__])
            return
        rows.append(["searchsorted", ";".join(texts), side + (" sorter" if sorter else ""), "int64",
                     fmt_shape(res.shape), fmt_list(res, "int64") if res.size else "-"])

    keys64 = [-inf, -2.5, -0.0, 0.0, 1.0, 1.0, 1.0, 3.5, 1e300, inf, nan, nan]
    probes = [nan, -inf, -3.0, -2.5, 0.0, -0.0, 0.5, 1.0, 2.0, 3.5, inf, 1e308]
    for side in ("left", "right"):
        search(T("float64", keys64), T("float64", probes, (3, 4)), side)
        search(T("float32", keys64), T("float32", probes, (3, 4), "T"), side)
        search(T("float32", [0.1, 0.2, 0.3, 0.3]), T("float64", [0.1, 0.2, 0.3, 0.30000001192092896]), side)
        search(T("int32", [-5, -5, 0, 2, 2, 2, 9, I32_MAX]), T("int64", [-6, -5, 1, 2, 3, I32_MAX, 2**40]), side)
        search(T("int32", [-5, -5, 0, 2, 2, 2, 9, I32_MAX]), ("double", 2.5), side)
        search(T("int64", [-5, -5, 0, 2, 2, 2, 9, I64_MAX]), ("long", 2), side)
        search(T("int64", [-5, 0, 2, 2**53 + 1]), T("float64", [2.0**53, 2.0**53 + 2]), side)
        search(T("float64", [1.0, 2.0, 2.0, 4.0]), ("long", 2), side)
        search(T("bool", [False, False, True]), T("bool", [True, False]), side)
        search(T("float64", [], (0,)), T("float64", [1.0, nan]), side)
        search(T("float64", [1.0, 2.0]), T("float64", [], (2, 0)), side)
        search(T("float64", [3.0, nan, -1.0, 2.0, 2.0, 0.5]), T("float64", [2.0, nan, -5.0, 0.5]), side, True)
        # float16: a Python float is not rounded to float16 (NumPy's np.asarray makes it float64, so
        # 1.0001 lies above the key 1.0), nor to float32; float64 values compare with the float16
        # keys' exact values (0.1 in float16 is below 0.1)
        search(T("float16", [-inf, -2.5, -0.0, 0.0, 1.0, 1.0, 1.0, 3.5, 65504.0, inf, nan, nan]),
               T("float16", [nan, -inf, -3.0, -2.5, 0.0, -0.0, 0.5, 1.0, 2.0, 3.5, inf, 60000.0], (3, 4)), side)
        search(T("float16", [1.0, 1.0009765625, 2.0]), ("double", 1.0001), side)
        search(T("float32", [1.0, 1.0000001192092896, 2.0]), ("double", 1.00000001), side)
        search(T("float16", [0.1, 0.2, 0.3]), T("float64", [0.1, 0.2, 0.3]), side)
        search(T("float16", [1.0, 2.0, 2.0, 4.0]), ("long", 2), side)
        search(T("float16", [3.0, nan, -1.0, 2.0, 2.0, 0.5]), T("float16", [2.0, nan, -5.0, 0.5]), side, True)
    search(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), T("float64", [2.0]), "left")
    search(T("float64", [1.0, 2.0]), T("float64", [2.0]), "middle")
    def binned(op, specs, args, compute):
        texts, vals = zip(*[manip_operand(x) for x in specs])
        try:
            res = compute(*vals)
        except (ValueError, TypeError) as e:
            rows.append([op, ";".join(texts), args, "error", "-", type(e).__name__])
            return
        outs = res if isinstance(res, tuple) else (res,)
        for suffix, r in zip(("_counts", "_edges") if isinstance(res, tuple) else ("",), outs):
            r = np.asarray(r)
            dt = JT[r.dtype.name]
            rows.append([op + suffix, ";".join(texts), args, dt, fmt_shape(r.shape), fmt_list(r, dt) if r.size else "-"])

    data = {
        "float64": [0.1, 0.5, 0.7, 0.2, 1e-3, 0.35, 0.9999999999999999, 0.6, 0.3, 0.30000000000000004, 0.7, 0.0],
        "float32": [0.1, 0.5, 0.7, 0.2, 1e-3, 0.35, 0.99999994, 0.6, 0.3, 0.30000001, 0.7, 0.0],
        "int32": [3, -7, 12, 0, 0, 5, 5, 5, 2, 9, -1, 12],
        "int64": [3, -7, 12, 0, 0, 5, 5, 5, 2, 9, -1, 12],
    }
    for dtype, v in data.items():
        for spec in (T(dtype, v), T(dtype, v, (3, 4), "T")):
            for bins in (1, 3, 7, 10):
                binned("histogram", [spec], str(bins), lambda a, b=bins: np.histogram(a, b))
            for lo, hi in ((0.0, 0.5), (-2.0, 3.0), (0.1, 0.7), (5.0, 5.0)):
                binned("histogram", [spec], "4 %r %r" % (lo, hi), lambda a, lo=lo, hi=hi: np.histogram(a, 4, (lo, hi)))
        binned("histogram", [T(dtype, v), T("float64", [-1.0, 0.0, 0.3, 0.3, 0.5, 12.0])], "edges",
               lambda a, e: np.histogram(a, e))
        binned("histogram", [T(dtype, v), T(dtype, sorted(v[:3]) if dtype.startswith("int") else [0.0, 0.25, 0.7])],
               "edges", lambda a, e: np.histogram(a, e))
        binned("histogram", [T(dtype, [v[1]] * 3)], "5", lambda a: np.histogram(a, 5))
        binned("digitize", [T(dtype, v), T("float64", [-1.0, 0.0, 0.3, 0.3, 0.5, 12.0])], "false",
               lambda a, b: np.digitize(a, b))
        binned("digitize", [T(dtype, v, (3, 4)), T("float64", [12.0, 5.0, 0.3, 0.0, -1.0])], "true",
               lambda a, b: np.digitize(a, b, right=True))
        binned("digitize", [T(dtype, v, (3, 4)), T("float64", [12.0, 5.0, 0.3, 0.0, -1.0])], "false",
               lambda a, b: np.digitize(a, b))
    binned("histogram", [T("float64", [0.5, nan, 2.0, inf, -1.0])], "3 0.0 2.0", lambda a: np.histogram(a, 3, (0.0, 2.0)))
    binned("histogram", [T("float64", [0.5, nan, 2.0])], "3", lambda a: np.histogram(a, 3))
    binned("histogram", [T("float64", [], (0,))], "2", lambda a: np.histogram(a, 2))
    binned("histogram", [T("float32", [1e-30, 2e-30, 1e30])], "50", lambda a: np.histogram(a, 50))
    binned("histogram", [T("float64", [1.0, 2.0])], "0", lambda a: np.histogram(a, 0))
    binned("histogram", [T("float64", [1.0, 2.0])], "2 3.0 1.0", lambda a: np.histogram(a, 2, (3.0, 1.0)))
    binned("histogram", [T("float64", [1.0, 2.0]), T("float64", [0.0, 2.0, 1.0])], "edges",
           lambda a, e: np.histogram(a, e))
    binned("histogram", [T("float64", [1.0, 2.0]), T("float64", [3.0])], "edges", lambda a, e: np.histogram(a, e))
    for spec, minlength in ((T("int64", [0, 1, 1, 3, 7, 3, 3]), 0), (T("int32", [2, 2, 0]), 6), (T("int64", [], (0,)), 0),
                            (T("int64", [], (0,)), 3), (T("bool", [True, False, True]), 0), (T("int64", [1, -1]), 0),
                            (T("float64", [1.0, 2.0]), 0), (T("int64", [1, 2], (1, 2)), 0)):
        binned("bincount", [spec], str(minlength), lambda a, m=minlength: np.bincount(a, minlength=m))
    binned("digitize", [T("float64", [0.5, 1.5]), T("float64", [0.0, 2.0, 1.0])], "false", lambda a, b: np.digitize(a, b))
    binned("digitize", [T("int64", [0, 5, 9]), T("int64", [3, 3, 3])], "false", lambda a, b: np.digitize(a, b))
    # the small integer types (sorted, searched and binned through exact int32 copies): limits, ties,
    # order statistics (float64; the element-picking methods keep the type), searchsorted with
    # out-of-range Java scalars (NumPy compares by value) and mixed int8/uint8 (compared in int16)
    small_values = {
        "int8": [127, 5, -1, 5, -128, 0, 7, -1, 5, 2, 0, 3],
        "uint8": [255, 5, 128, 5, 0, 0, 7, 254, 5, 2, 0, 3],
        "int16": [32767, 5, -1, 5, -32768, 0, 7, -1, 5, 2, 0, 3],
        "uint16": [65535, 5, 32768, 5, 0, 0, 7, 65534, 5, 2, 0, 3],
        # uint32: the values int32 would read as negative sort above 2**31 - 1
        "uint32": [U32_MAX, 5, 2**31, 5, 0, 0, 7, U32_MAX - 1, 5, 2**31 - 1, 0, 3],
    }
    for dtype, v in small_values.items():
        eight = dtype in ("int8", "uint8")
        for shape, view, axis in (((12,), "-", 0), ((3, 4), "-", -1), ((3, 4), "T", 0)):
            if not eight and view == "T":
                continue
            spec = T(dtype, v, shape, view)
            emit("sort", spec, str(axis), lambda a, ax=axis: np.sort(a, axis=ax, kind="stable"))
            emit("argsort", spec, str(axis), lambda a, ax=axis: np.argsort(a, axis=ax, kind="stable"))
        m = T(dtype, v, (3, 4))
        emit("unique", m, "-", np.unique)
        emit("unique_counts", m, "-", lambda a: np.unique(a, return_counts=True)[1])
        emit("median", m, "none false", np.median)
        emit("median", m, "1 true", lambda a: np.median(a, axis=1, keepdims=True))
        emit("quantile", m, "[0.1;0.5;0.9] 1 false", lambda a: np.quantile(a, [0.1, 0.5, 0.9], axis=1))
        emit("percentile", m, "37.5 none false", lambda a: np.percentile(a, 37.5))
        if eight:
            for method in ("lower", "nearest", "midpoint"):
                emit("quantile", m, "0.3 1 false " + method, lambda a, me=method: np.quantile(a, 0.3, axis=1, method=me))
            emit("nanmedian", m, "1 false", lambda a: np.nanmedian(a, axis=1))
            emit("nanquantile", m, "0.3 1 false linear", lambda a: np.nanquantile(a, 0.3, axis=1))
            emit("nanargmax", m, "1 false", lambda a: np.nanargmax(a, axis=1))
            emit("nanargmin", m, "none false", lambda a: np.nanargmin(a))
            emit("nancumsum", m, "1", lambda a: as_jtensor(np.nancumsum(a, axis=1)))
            emit("nancumprod", m, "none", lambda a: as_jtensor(np.nancumprod(a)))
    for side in ("left", "right"):
        i8 = T("int8", [-128, -5, 0, 2, 2, 2, 9, 127])
        u8 = T("uint8", [0, 2, 2, 9, 128, 200, 255, 255])
        search(i8, T("int8", [-128, 127, 1, 2, -6, 3], (2, 3)), side)
        search(u8, T("uint8", [0, 255, 1, 2, 128, 254]), side)
        search(i8, T("uint8", [0, 2, 127, 128, 255]), side)
        search(u8, T("int8", [-128, -1, 0, 2, 127]), side)
        search(T("int16", [-32768, -5, 0, 2, 2, 32767]), T("uint16", [0, 2, 32767, 32768, 65535]), side)
        search(T("uint16", [0, 2, 300, 65535]), T("int8", [-1, 2, 127]), side)
        for scalar in (("long", 300), ("long", -300), ("long", 127), ("long", -129), ("double", 2.5),
                       ("double", -128.5)):
            search(i8, scalar, side)
        for scalar in (("long", -1), ("long", 256), ("long", 255), ("double", 254.5)):
            search(u8, scalar, side)
        search(T("uint16", [0, 2, 300, 65535]), ("long", 65536), side)
        # uint32: int32 values compared in int64, Java scalars beyond [0, 2**32 - 1] by value
        u32 = T("uint32", [0, 2, 2**31 - 1, 2**31, 2**31, U32_MAX])
        search(u32, T("int32", [-1, 2, I32_MAX, I32_MIN]), side)
        search(u32, T("uint32", [2**31, U32_MAX, 0, 3]), side)
        for scalar in (("long", -1), ("long", 2**32), ("long", 2**31), ("double", 2147483648.5)):
            search(u32, scalar, side)
        search(T("int8", [3, -128, 127, 2, 2, 0]), T("int8", [2, -128, 127, 1]), side, True)
    for dtype, v in (("int8", [3, -7, 12, 0, 0, 5, 5, 5, 2, 127, -128, 12]),
                     ("uint8", [3, 7, 12, 0, 0, 5, 5, 5, 2, 255, 128, 12])):
        for bins in (3, 7):
            binned("histogram", [T(dtype, v)], str(bins), lambda a, b=bins: np.histogram(a, b))
        binned("histogram", [T(dtype, v, (3, 4), "T")], "4 -2.0 3.0", lambda a: np.histogram(a, 4, (-2.0, 3.0)))
        binned("histogram", [T(dtype, v), T(dtype, [0, 3, 5, 127])], "edges", lambda a, e: np.histogram(a, e))
        binned("digitize", [T(dtype, v, (3, 4)), T("float64", [12.0, 5.0, 0.3, 0.0, -1.0])], "true",
               lambda a, b: np.digitize(a, b, right=True))
        binned("digitize", [T(dtype, v), T(dtype, [0, 3, 5, 127])], "false", lambda a, b: np.digitize(a, b))
    for spec, minlength in ((T("uint8", [0, 1, 1, 3, 255, 3]), 0), (T("int8", [2, 2, 0, 127]), 3),
                            (T("int8", [1, -1]), 0), (T("uint16", [5, 0, 5]), 8), (T("int16", [4, 4, 1]), 0),
                            (T("uint32", [5, 0, 5, 9]), 3)):
        binned("bincount", [spec], str(minlength), lambda a, m=minlength: np.bincount(a, minlength=m))
    def along(x_spec, i_spec, axis):
        texts, (x, idx) = zip(*[manip_operand(v) for v in (x_spec, i_spec)])
        try:
            res = np.take_along_axis(x, idx, axis=None if axis == "none" else int(axis))
        except (ValueError, IndexError) as e:
            rows.append(["take_along_axis", ";".join(texts), axis, "error", "-", type(e).__name__])
            return
        dt = JT[res.dtype.name]
        rows.append(["take_along_axis", ";".join(texts), axis, dt, fmt_shape(res.shape),
                     fmt_list(res, dt) if res.size else "-"])

    for dtype, v in values.items():
        m = T(dtype, v, (3, 4))
        along(m, T("int64", [3, 0, -1, 2, 1, 1, 0, -4, 2, 3, 3, 0], (3, 4)), "1")
        along(m, T("int32", [2, 0, 1, -3], (1, 4)), "0")
        along(m, T("int64", [1, 0], (1, 2)), "-1")
        along(T(dtype, v, (3, 4), "T"), T("int64", [2, 0, 1, 1, 0, 2], (2, 3)), "0")
        along(T(dtype, v, (2, 3, 2)), T("int64", [1, 0, 2, 2], (2, 1, 2)), "1")
        along(T(dtype, v[:4], (1, 4)), T("int64", [3, 1, 0, 2, 2, 2], (3, 2)), "1")
    along(T("int8", small_values["int8"], (3, 4)), T("int64", [3, 0, -1, 2, 1, 1, 0, -4, 2, 3, 3, 0], (3, 4)), "1")
    along(T("uint16", small_values["uint16"], (3, 4), "T"), T("int64", [2, 0, 1, 1, 0, 2], (2, 3)), "0")
    along(T("uint32", small_values["uint32"], (3, 4)), T("int64", [3, 0, -1, 2, 1, 1, 0, -4, 2, 3, 3, 0], (3, 4)), "1")
    along(T("float64", [1.0, 2.0, 3.0]), T("int64", [2, 2, -3]), "none")
    along(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), T("int64", [5], (1, 1)), "1")
    along(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), T("int64", [-3], (1, 1)), "0")
    along(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), T("int64", [0, 1]), "1")
    along(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), T("int64", [], (2, 0)), "1")
    write("sorting.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected"], rows, """
np.sort and np.argsort (kind='stable'), np.unique, np.unique(return_counts=True) (the counts), np.median,
np.quantile and np.percentile (method 'linear') over every dtype: NaN (sorted last; a line with NaN
has NaN order statistics), +-Inf, -0.0 next to 0.0 (equal: stable order kept), subnormals, integer
limits, ties in long lines (merges past the 16-element runs), contiguous, transposed and reversed
inputs, each axis, empty and 0-d input; np.searchsorted (side left/right, with a sorter from
argsort; a and v compared in their common type, a Python scalar v weak).  args: sort/argsort 'axis';
median 'axes keepdims'; quantile/percentile 'q axes keepdims' (q in brackets is a float64 array,
else a Python float); searchsorted 'side [sorter]' with inputs 'a;v'; np.histogram (counts and edges
as two rows; args 'bins [min max]' or 'edges' with inputs 'x;edges'), np.bincount ('minlength') and
np.digitize ('right', inputs 'x;bins', increasing and decreasing bins); np.take_along_axis (args
'axis', inputs 'x;indices', negative and broadcast indices).  quantile/percentile with a fourth arg
'method' (all 13 of NumPy's methods, bool input for the element-picking ones); np.nanquantile and
np.nanpercentile ('q axes keepdims method'), np.nanmedian ('axes keepdims'): lines with NaN, all-NaN
lines (also first, which types NumPy's apply_along_axis result), empty input (nanmean's answer), the
odd-count overflow of NumPy's masked-array median path and lines of 600 and more that avoid it;
np.nanargmax/nanargmin ('axis keepdims'; all-NaN slices refused) and np.nancumsum/nancumprod ('axis').
Inputs use manipulation.csv's operand syntax; result_dtype 'error' names NumPy's exception.""")


# ---------------------------------------------------------------------------------------------
# set routines, partition, pad and interp, composed of sort/unique/searchsorted/take

def gen_sets():
    rows = []

    def emit(op, specs, args, compute):
        texts, values = zip(*[manip_operand(s) for s in specs])
        # NumPy's unique and set routines sort with its default, unstable sort, so when the inputs
        # hold both -0.0 and 0.0 the sign of a zero in the result is NumPy's implementation detail
        zeros = [np.asarray(v, float).ravel() for v in values if np.asarray(v).dtype.kind == "f"]
        zeros = np.concatenate(zeros) if zeros else np.zeros(0)
        zeros = zeros[zeros == 0]
        either = op in set_ops and np.signbit(zeros).any() and not np.signbit(zeros).all()
        try:
            res = np.asarray(compute(*values))
        except (ValueError, IndexError, TypeError, OverflowError) as e:
            rows.append([op, ";".join(texts), args, "error", "-", type(e).__name__, "-"])
            return
        dt = JT[res.dtype.name]
        rows.append([op, ";".join(texts), args, dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-",
                     "either" if either else "exact"])

    nan, inf = np.nan, np.inf
    left = {
        "float64": [3.5, nan, -0.0, 1.0, -inf, 0.0, 1.0, inf, -2.5, nan, 1e-310, 2.0],
        "float32": [3.5, nan, -0.0, 1.0, -inf, 0.0, 1.0, inf, -2.5, nan, 1e-40, 2.0],
        "int32": [I32_MAX, 5, -1, 5, I32_MIN, 0, 7, -1, 5, 2, 0, 3],
        "int64": [I64_MAX, 5, -1, 5, I64_MIN, 0, 7, -1, 5, 2, 0, 3],
        "bool": [True, False, True, True, False, False, True, False, True, True, False, True],
        "float16": [3.5, nan, -0.0, 1.0, -inf, 0.0, 1.0, inf, -2.5, nan, 6e-8, 2.0],
    }
    right = {
        "float64": [1.0, nan, 0.0, 7.0, inf, 2.0, 2.0, -1e308],
        "float32": [1.0, nan, 0.0, 7.0, inf, 2.0, 2.0, -3e38],
        "int32": [5, 0, 9, -1, 9, I32_MIN, 4, 4],
        "int64": [5, 0, 9, -1, 9, I64_MIN, 4, 4],
        "bool": [True, True, True, True, True, True, True, True],
        "float16": [1.0, nan, 0.0, 7.0, inf, 2.0, 2.0, -65504.0],
    }
    set_ops = {
        "intersect1d": np.intersect1d, "union1d": np.union1d, "setdiff1d": np.setdiff1d, "setxor1d": np.setxor1d,
        "isin": lambda a, b: np.isin(a, b), "isin_invert": lambda a, b: np.isin(a, b, invert=True),
    }

    def sets(a_spec, b_spec):
        for op, f in set_ops.items():
            emit(op, [a_spec, b_spec], "-", f)

    for dtype in ALL_DTYPES:
        a, b = left[dtype], right[dtype]
        sets(T(dtype, a), T(dtype, b))
        sets(T(dtype, a, (3, 4), "T"), T(dtype, b, (2, 4)))
        sets(T(dtype, a, (12,), "rev"), T(dtype, b, (8,), "step2"))
        sets(T(dtype, b), T(dtype, a, (2, 3, 2)))
        sets(T(dtype, a[:4], (4,), "bcast=3x4"), T(dtype, a[2:5]))
        sets(T(dtype, [], (0,)), T(dtype, b))
        sets(T(dtype, a, (2, 6)), T(dtype, [], (2, 0)))
        sets(T(dtype, a[3], ()), T(dtype, b))
    # mixed types: the promoted type (setdiff1d keeps a's), compared by value
    sets(T("int32", left["int32"]), T("float64", [5.0, 5.5, -1.0, 2147483647.0, 1e300]))
    sets(T("float32", left["float32"]), T("float64", [0.1, 2.0, 3.5, nan]))
    sets(T("bool", left["bool"]), T("int64", [1, 2, 3]))
    sets(T("int64", [2**53 + 1, 2**53, 7]), T("float64", [2.0**53, 7.0]))
    sets(T("int64", [2**53 + 1, 3]), T("float32", [3.0, 0.5]))
    sets(T("int32", [1, 2, 3], (3,)), T("bool", [True]))
    # float16 meets float32 (float32), int32 (float64), bool (float16); 0.1 in float16 is not 0.1
    sets(T("float16", left["float16"]), T("float32", [0.1, 2.0, 3.5, nan, 6e-8]))
    sets(T("float16", [0.1, 1.0, 2049.0]), T("float64", [0.1, 2048.0, 1.0]))
    sets(T("int32", [1, 2, 2049, 70000]), T("float16", [2048.0, 1.0, 2.0, 65504.0]))
    sets(T("float16", [1.0, 0.0]), T("bool", [True]))
    # small integer types: the limits, mixed signed/unsigned (int8 + uint8 compare in int16, int16 +
    # uint16 in int32), with float16 (int8/uint8: float16, int16/uint16: float32), bool and int32
    small_left = {"int8": [127, 5, -1, 5, -128, 0, 7, -1, 5, 2, 0, 3], "uint8": [255, 5, 128, 5, 0, 0, 7, 254, 5, 2, 0, 3],
                  "int16": [32767, 5, -1, 5, -32768, 0, 7, -1], "uint16": [65535, 5, 32768, 5, 0, 0, 7, 65534],
                  "uint32": [U32_MAX, 5, 2**31, 5, 0, 0, 7, 2**31 - 1]}
    small_right = {"int8": [5, 0, 9, -1, 9, -128, 4, 4], "uint8": [5, 0, 9, 255, 9, 128, 4, 4],
                   "int16": [5, 0, -32768, 32767], "uint16": [5, 0, 65535, 32768], "uint32": [5, 0, U32_MAX, 2**31 - 1]}
    for dtype in STORAGE_INTS:
        sets(T(dtype, small_left[dtype]), T(dtype, small_right[dtype]))
        if dtype in ("int8", "uint8"):
            sets(T(dtype, small_left[dtype], (3, 4), "T"), T(dtype, small_right[dtype], (2, 4)))
    sets(T("int8", small_left["int8"]), T("uint8", small_left["uint8"]))
    sets(T("uint8", small_right["uint8"]), T("int8", small_right["int8"]))
    sets(T("int16", small_left["int16"]), T("uint16", small_left["uint16"]))
    sets(T("uint8", [0, 255, 7]), T("int32", [-1, 255, 256, 7]))
    sets(T("int8", [-128, 1, 2, 127]), T("float16", [0.5, 1.0, -128.0, 127.0]))
    sets(T("uint16", [65535, 2049, 2048, 1]), T("float16", [2048.0, 1.0, 65504.0]))
    sets(T("int8", [1, 0, -1]), T("bool", [True]))
    # uint32 with int32 (int64: -1 is not 4294967295), float16 (float64) and uint8 (uint32)
    sets(T("uint32", small_left["uint32"]), T("int32", [-1, 5, I32_MAX, I32_MIN, 0]))
    sets(T("uint32", [U32_MAX, 2049, 2048, 1]), T("float16", [2048.0, 1.0, 65504.0, 2049.0]))
    sets(T("uint8", [0, 255, 7]), T("uint32", [255, 256, 7, U32_MAX]))
    # signed zeros (a's kept by intersect1d), NaN-only inputs, repeated values
    for a, b in (([-0.0, 1.0], [0.0]), ([0.0, 1.0], [-0.0]), ([nan, nan], [nan]), ([nan, 1.0, 1.0], [1.0, 2.0, nan]),
                 ([inf, -inf, inf], [-inf])):
        sets(T("float64", a), T("float64", b))
    # longer inputs (NumPy's isin switches to its sort path) with many repeats
    ramp = [float((i * 7919) % 211) / 4.0 - 20.0 for i in range(600)]
    probe = [float((i * 104729) % 307) / 4.0 - 30.0 for i in range(900)]
    probe[5], probe[400] = nan, -0.0
    sets(T("float64", ramp, (20, 30)), T("float64", probe))
    sets(T("int64", [int(v) for v in ramp]), T("int32", [int(v) if v == v else 0 for v in probe], (30, 30), "T"))
    sets(T("float32", probe), T("float32", ramp[:50]))

    # partition / argpartition: the rows hold NumPy's own output; the test checks the partition
    # property and the kth values (the order inside the parts is unspecified)
    def part(spec, kth, axis):
        args = "kth=%s axis=%d" % (";".join(str(k) for k in kth), axis)
        emit("partition", [spec], args, lambda x: np.partition(x, kth, axis=axis))
        emit("argpartition", [spec], args, lambda x: np.argpartition(x, kth, axis=axis))

    for dtype in ALL_DTYPES:
        v = left[dtype]
        for kth in ([0], [5], [-1], [2, 7], [0, 11], [11, -12]):
            part(T(dtype, v), kth, -1)
        part(T(dtype, v, (12,), "rev"), [3], 0)
        for axis, kth in ((0, [1]), (1, [0, 3]), (-1, [-2]), (0, [-3, 2])):
            part(T(dtype, v, (3, 4)), kth, axis)
            part(T(dtype, v, (4, 3), "T"), kth, axis)
        part(T(dtype, v, (2, 3, 2)), [1], 1)
        part(T(dtype, v, (2, 3, 2)), [0, 1], 0)
        part(T(dtype, v, (2, 3, 2)), [2], 1)
        part(T(dtype, v), [12], -1)
        part(T(dtype, v), [-13], 0)
    for dtype in ("int8", "uint8"):
        v = small_left[dtype]
        for kth in ([0], [5], [-1], [2, 7]):
            part(T(dtype, v), kth, -1)
        part(T(dtype, v, (4, 3), "T"), [0, 3], 1)
        part(T(dtype, v, (3, 4)), [1], 0)
    part(T("int16", small_left["int16"]), [3], 0)
    part(T("uint16", small_left["uint16"]), [0, 7], 0)
    part(T("uint32", small_left["uint32"]), [0, 3, 7], 0)
    ties = [float((i * 7919) % 13) - 6.0 for i in range(203)]
    ties[17], ties[101], ties[150] = nan, -0.0, nan
    part(T("float64", ties), [0, 50, 100, 202], 0)
    part(T("int64", [int(t) if t == t else 9 for t in ties]), [101], -1)
    part(T("float32", ramp, (12, 50)), [25, 49], 1)
    part(T("float64", [], (0,)), [0], 0)
    part(T("float64", [], (0, 3)), [1], 1)
    part(T("float64", [], (0, 3)), [3], 1)
    part(T("float64", 2.0, ()), [0], 0)
    part(T("int32", [4, 1, 3], (3, 1)), [0], 1)
    part(T("int32", [4, 1, 3], (3, 1)), [0], 2)

    # pad: args 'w=before/after;... mode=... [value=...]'; w=N is a single int (np.pad(x, N)),
    # w=B/A one pair for every axis (np.pad(x, ((B, A),))), w=B one (B,) pair
    def pad(spec, widths, mode, value=None, stat=None, reflect_type=None, ends=None):
        if isinstance(widths, int):
            text, numpy_width = str(widths), widths
        else:
            text = ";".join("/".join(str(w) for w in pair) for pair in widths)
            numpy_width = tuple(tuple(pair) for pair in widths)
        args = "w=%s mode=%s" % (text, mode) + ("" if value is None else " value=" + fmt(value, "float64"))
        kwargs = {} if value is None else {"constant_values": value}
        if stat is not None:
            args += " stat=" + ";".join("/".join(str(w) for w in pair) for pair in stat)
            kwargs["stat_length"] = tuple(tuple(pair) for pair in stat)
        if ends is not None:
            args += " ends=" + ";".join("/".join(fmt(e, "float64") for e in pair) for pair in ends)
            kwargs["end_values"] = tuple(tuple(pair) for pair in ends)
        if reflect_type is not None:
            args += " rt=" + reflect_type
            kwargs["reflect_type"] = reflect_type
        emit("pad", [spec], args, lambda x: np.pad(x, numpy_width, mode=mode, **kwargs))

    modes = ("constant", "edge", "reflect", "symmetric", "wrap")
    for dtype in DTYPES:
        v = left[dtype]
        for mode in modes:
            pad(T(dtype, v[:4]), 2, mode)
            pad(T(dtype, v[:4]), [[9, 10]], mode)
            pad(T(dtype, v, (3, 4)), [[1, 3]], mode)
            pad(T(dtype, v, (3, 4), "T"), [[0, 5], [7, 1]], mode)
            pad(T(dtype, v, (2, 3, 2)), [[1, 0], [2, 2], [3, 1]], mode)
            pad(T(dtype, v, (12,), "rev"), [[3]], mode)
            pad(T(dtype, v[:3], (1, 3)), [[3, 2], [4, 4]], mode)
            pad(T(dtype, v[:2], (2,), "bcast=3x2"), [[2, 1], [0, 6]], mode)
        pad(T(dtype, v[:4], (2, 2)), 1, "constant", 1.5)
        pad(T(dtype, v[:4], (2, 2)), [[0, 2]], "constant", -3.0)
    # small integer types: a float constant is cast as astype (truncated, wrapped: 300.0 -> int8 44)
    for dtype in ("int8", "uint8"):
        v = small_left[dtype]
        for mode in modes:
            pad(T(dtype, v, (3, 4)), [[1, 3]], mode)
        for value in (1.5, -1.0, 127.9, 300.0):
            pad(T(dtype, v[:4], (2, 2)), 1, "constant", value)
    pad(T("uint16", small_left["uint16"][:4], (2, 2)), [[0, 2]], "constant", -3.0)
    for value in (-3.0, 5e9, 4294967295.5):
        pad(T("uint32", small_left["uint32"][:4], (2, 2)), [[0, 2]], "constant", value)
    pad(T("uint32", small_left["uint32"][:4]), 2, "reflect")
    pad(T("int16", small_left["int16"][:4]), 2, "reflect")
    for value in (-0.0, nan, inf, 1e40, 0.1):
        pad(T("float64", [1.0, 2.0]), 1, "constant", value)
        pad(T("float32", [1.0, 2.0]), 1, "constant", value)
    pad(T("bool", [False]), 2, "constant", 2.0)
    wide = [float(i) + 0.5 for i in range(7)]
    for n in (1, 2, 3, 5, 7):
        for mode in modes[1:]:
            for widths in ([[0, 13]], [[13, 0]], [[2 * n - 1, 2 * n + 1]], [[3 * n, 4 * n + 2]]):
                pad(T("float64", wide[:n]), widths, mode)
    for mode in modes:
        pad(T("float64", [], (0, 3)), [[0, 0], [1, 2]], mode)
        pad(T("float64", [], (0, 3)), 1, mode)
        pad(T("int32", 7, ()), 2, mode)
        pad(T("float64", [1.0, 2.0], (2,)), 0, mode)
    # the statistic modes: axis after axis over the region NumPy's _view_roi reads; integer types round
    # half to even; stat_length bounds the region (clipped to the axis, 0 an error for maximum/minimum)
    stats = ("maximum", "minimum", "mean", "median")
    small = {"float64": [1.5, -2.0, 4.0, 0.25, 3.0, -0.0, 7.0, 1.0, 2.5, -6.0, 0.5, 8.0],
             "float32": [1.5, -2.0, 4.0, 0.25, 3.0, -0.0, 7.0, 1.0, 2.5, -6.0, 0.5, 8.0],
             "int32": [1, -2, 4, 7, 3, 0, 9, 1, 2, -6, 5, 8], "int64": [1, -2, 4, 7, 3, 0, 9, 1, 2, -6, 5, 8],
             "bool": [True, False, True, True, False, False, True, False, False, True, True, False]}
    for dtype, v in small.items():
        for mode in stats:
            pad(T(dtype, v[:4]), 2, mode)
            pad(T(dtype, v[:5]), [[3, 1]], mode)
            pad(T(dtype, v, (3, 4)), [[1, 2]], mode)
            pad(T(dtype, v, (3, 4), "T"), [[0, 2], [3, 1]], mode)
            pad(T(dtype, v, (2, 3, 2)), [[1, 0], [2, 2], [1, 1]], mode)
            pad(T(dtype, v, (12,), "rev"), [[2, 3]], mode, stat=[[2, 5]])
            pad(T(dtype, v, (3, 4)), [[1, 2]], mode, stat=[[1, 2], [3, 9]])
            pad(T(dtype, v, (3, 4)), [[2, 1], [1, 3]], mode, stat=[[2]])
    for mode in stats:
        pad(T("float64", [1.0, np.nan, 3.0, 4.0]), 2, mode)
        pad(T("float64", [1.0, np.nan, 3.0, 4.0]), 2, mode, stat=[[1, 2]])
        pad(T("int32", [1, 2, 5, 6]), [[2, 2]], mode, stat=[[2, 2]])          # means 1.5 and 5.5: half to even
        pad(T("int32", [1, 2, 3, 10]), [[2, 2]], mode, stat=[[2, 2]])
        pad(T("float64", [1.0, 2.0, 3.0]), [[1, 1]], mode, stat=[[0, 1]])
        pad(T("float64", [], (0, 3)), [[0, 0], [1, 2]], mode)
        pad(T("float64", [], (0, 3)), 1, mode)
        pad(T("int32", 7, ()), 2, mode)
        pad(T("float64", [1.0, 2.0]), [[1, 1]], mode, stat=[[-1, 1]])
    # reflect_type="odd": round after round, each reflecting about the value the last one reached,
    # 2 * edge - chunk in x's type (int32 wraps, float32 rounds, bool computes in int64)
    for dtype in DTYPES:
        v = left[dtype]
        for mode in ("reflect", "symmetric"):
            for rt in ("odd", "even"):
                pad(T(dtype, v[:4]), [[2]], mode, reflect_type=rt)
            pad(T(dtype, v[:3]), [[9, 10]], mode, reflect_type="odd")
            pad(T(dtype, v, (3, 4)), [[1, 3]], mode, reflect_type="odd")
            pad(T(dtype, v, (3, 4), "T"), [[0, 5], [7, 1]], mode, reflect_type="odd")
            pad(T(dtype, v, (2, 3, 2)), [[1, 0], [2, 2], [3, 1]], mode, reflect_type="odd")
            pad(T(dtype, v[:3], (1, 3)), [[3, 2], [4, 4]], mode, reflect_type="odd")
            pad(T(dtype, v[:2], (2,), "bcast=3x2"), [[2, 1], [0, 6]], mode, reflect_type="odd")
    for n in (1, 2, 3, 5):
        for mode in ("reflect", "symmetric"):
            # one side done after a partial round: the other's next chunk is still whole periods
            for widths in ([[0, 13]], [[13, 0]], [[2 * n - 1, 2 * n + 1]], [[3 * n, 4 * n + 2]], [[1, 4 * n]],
                           [[4 * n + 1, 2]]):
                pad(T("float64", [0.1 * i * i + 0.3 for i in range(n)]), widths, mode, reflect_type="odd")
                pad(T("float32", [0.7 * i * i - 1.1 for i in range(n)]), widths, mode, reflect_type="odd")
    for mode in ("reflect", "symmetric"):
        pad(T("int32", [2147483000, 2147483640, -2147483000]), [[7, 8]], mode, reflect_type="odd")
        pad(T("float64", [1.0, nan, inf, 3.0]), [[5, 6]], mode, reflect_type="odd")
        pad(T("float64", [1e308, -1e308]), [[3, 3]], mode, reflect_type="odd")
        pad(T("bool", [False, True, False]), [[4, 5]], mode, reflect_type="odd")
        pad(T("int32", 7, ()), [[2]], mode, reflect_type="odd")
        pad(T("float64", [], (0, 3)), [[0, 0], [1, 2]], mode, reflect_type="odd")
    # linear_ramp: NumPy's linspace(end, edge, width, endpoint=False) axis after axis; one end value or
    # one pair are float64 NumPy scalars (a float64 ramp even for float32 x), per-axis ones Python floats
    # (a float32 ramp for float32 x); any zero step switches every line to (i / width) * delta
    for dtype in DTYPES:
        v = left[dtype]
        pad(T(dtype, v[:4]), 2, "linear_ramp")
        pad(T(dtype, v[:4]), [[9, 10]], "linear_ramp")
        pad(T(dtype, v, (3, 4)), [[1, 3]], "linear_ramp")
        pad(T(dtype, v, (3, 4), "T"), [[0, 5], [7, 1]], "linear_ramp", ends=[[2.5]])
        pad(T(dtype, v, (2, 3, 2)), [[1, 0], [2, 2], [3, 1]], "linear_ramp", ends=[[-1.5, 7.0]])
        pad(T(dtype, v, (3, 4)), [[2, 3], [3, 1]], "linear_ramp", ends=[[0.1, -3.0], [1e3, 0.3]])
        pad(T(dtype, v, (3, 4)), [[2, 3], [3, 1]], "linear_ramp", ends=[[0.7], [-2.2]])
        pad(T(dtype, v, (2, 3, 2)), [[1, 2], [2, 0], [3, 1]], "linear_ramp", ends=[[0.1], [1.0 / 3], [9.0]])
        pad(T(dtype, v[:2], (2,), "bcast=3x2"), [[2, 1], [0, 6]], "linear_ramp", ends=[[4.0, -4.0]])
    for dtype in ("float32", "float64", "int32"):
        zero_edge = T(dtype, [0, 1.3, 2.7, 0.1, 2.2, -3.3] if dtype != "int32" else [0, 1, 3, 1, 2, -3], (2, 3))
        pad(zero_edge, [[0, 0], [3, 3]], "linear_ramp")
        pad(zero_edge, [[0, 0], [3, 3]], "linear_ramp", ends=[[0.0, 1.0], [0.0, -1.0]])
        pad(zero_edge, [[2, 2], [3, 3]], "linear_ramp", ends=[[0.3, 1.1], [0.0, 0.6]])
        pad(T(dtype, [-7, 5] if dtype == "int32" else [-7.5, 5.25]), [[3, 4]], "linear_ramp", ends=[[0.0, 11.0]])
    pad(T("float64", [1.0, nan, inf, 3.0], (2, 2)), [[2, 1], [1, 2]], "linear_ramp", ends=[[1.0, -inf], [nan, 2.0]])
    pad(T("float64", [1e308, -1e308]), [[3, 3]], "linear_ramp", ends=[[-1e308, 1e308]])
    pad(T("float64", [5e-324, 1.0]), [[4, 4]], "linear_ramp", ends=[[0.0, 1.0]])
    pad(T("float32", [1e-45, 3e38]), [[3, 3]], "linear_ramp", ends=[[-3e38]])
    pad(T("int32", [2147483000, -2147483000]), [[3, 3]], "linear_ramp", ends=[[-2147483000.0, 2147483600.0]])
    pad(T("bool", [True, False, True]), [[3, 2]], "linear_ramp", ends=[[0.0, 0.5]])
    pad(T("int32", 7, ()), 2, "linear_ramp")
    pad(T("float64", [], (0, 3)), [[0, 0], [1, 2]], "linear_ramp")
    pad(T("float64", [], (0, 3)), 1, "linear_ramp")
    pad(T("float64", [1.0, 2.0]), [[1, 1]], "linear_ramp", ends=[[1.0], [2.0], [3.0]])
    pad(T("float64", [1.0, 2.0]), [[1, 1]], "edge", stat=[[1, 1]])
    pad(T("float64", [1.0, 2.0]), [[-1, 1]], "constant")
    pad(T("float64", [1.0, 2.0]), -1, "edge")
    pad(T("float64", [1.0, 2.0]), 1, "foo")
    pad(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), [[1, 1], [1, 1], [1, 1]], "constant")
    pad(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), [[1, 2, 3]], "constant")

    # interp: inputs 'x;xp;fp', args 'left right' ('none' for NumPy's defaults)
    def interp(x_spec, xp_spec, fp_spec, left_value=None, right_value=None):
        args = "%s %s" % ("none" if left_value is None else fmt(left_value, "float64"),
                          "none" if right_value is None else fmt(right_value, "float64"))
        emit("interp", [x_spec, xp_spec, fp_spec], args,
             lambda x, xp, fp: np.interp(x, xp, fp, left=left_value, right=right_value))

    probes = [0.0, 1.0, 1.5, 2.0, 2.2, 2.5, 3.0, 4.0, 9.0, 10.0, 11.0, nan, -inf, inf, -0.0, 1.0000000000000002]
    xp, fp = [1.0, 2.0, 2.5, 4.0, 10.0], [3.0, -1.0, 0.5, 7.0, 7.0]
    for bounds in ((None, None), (-5.0, 5.0), (nan, inf), (1e300, -0.0)):
        interp(T("float64", probes, (4, 4)), T("float64", xp), T("float64", fp), *bounds)
    interp(T("float64", probes, (4, 4), "T"), T("float32", xp), T("float64", fp))
    interp(T("float32", probes, (16,), "rev"), T("float64", xp), T("float32", fp))
    # float16 operands: NumPy's interp computes and returns float64
    interp(T("float16", probes, (4, 4)), T("float16", xp), T("float16", fp))
    interp(T("int32", [-3, 0, 1, 2, 3, 7, 10, 12], (2, 4)), T("int64", [1, 2, 4, 9, 10]), T("int32", [3, -1, 0, 7, 7]))
    interp(T("bool", [True, False]), T("float64", [0.0, 0.5, 1.0]), T("bool", [True, False, True]))
    interp(T("float64", 2.2, ()), T("float64", xp), T("float64", fp))
    interp(T("float64", [], (0,)), T("float64", xp), T("float64", fp))
    # repeated sample points, infinite samples and values (NumPy's NaN fall-backs), tiny slopes
    interp(T("float64", [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]), T("float64", [1.0, 2.0, 2.0, 3.0]),
           T("float64", [0.0, 1.0, 5.0, 6.0]))
    interp(T("float64", [0.0, 0.5, 1.0, 1.5, 2.0]), T("float64", [0.0, 1.0, 2.0]), T("float64", [0.0, inf, 1.0]))
    interp(T("float64", [0.0, 0.5, 1.0, 1.5, 2.0]), T("float64", [0.0, 1.0, 2.0]), T("float64", [inf, inf, -inf]))
    interp(T("float64", [0.0, 0.5, 1.0, 1e308, inf]), T("float64", [-inf, 1.0, inf]), T("float64", [2.0, 3.0, 4.0]))
    interp(T("float64", [0.0, 0.5, 1.0]), T("float64", [0.0, 1.0]), T("float64", [nan, 1.0]))
    interp(T("float64", [0.15, 0.25, 0.3, 1e-300, 0.2]), T("float64", [0.1, 0.2, 0.3]),
           T("float64", [1 / 3, 2 / 3, 1e-300]))
    xs = [float((i * 7919) % 10007) / 1000.0 - 0.5 for i in range(400)]
    xps = sorted({float((i * 104729) % 9973) / 1000.0 for i in range(60)})
    fps = [math.sin(v) * 1e3 / 7.0 for v in xps]
    interp(T("float64", xs, (20, 20)), T("float64", xps), T("float64", fps))
    interp(T("float64", xs[:20]), T("float64", xps), T("float64", fps), -1.0, 1.0)
    # one sample point: below, above, else fp[0] -- NaN x included
    for bounds in ((None, None), (-1.0, 1.0)):
        interp(T("float64", [0.0, 2.0, 4.0, nan, -0.0]), T("float64", [2.0]), T("float64", [7.5]), *bounds)
    interp(T("float64", [1.0]), T("float64", [], (0,)), T("float64", [], (0,)))
    interp(T("float64", [1.0]), T("float64", [1.0, 2.0]), T("float64", [1.0]))
    interp(T("float64", [1.0]), T("float64", [1.0, 2.0], (1, 2)), T("float64", [1.0, 2.0], (1, 2)))
    interp(T("float64", [1.0]), T("float64", [1.0, 2.0]), T("float64", [1.0, 2.0], (1, 2)))

    # nan_to_num (args '-' or 'nan posinf neginf'), array_equal (args 'equal_nan'), array_equiv
    for dtype in DTYPES:
        v = left[dtype]
        emit("nan_to_num", [T(dtype, v, (3, 4))], "-", np.nan_to_num)
        emit("nan_to_num", [T(dtype, v, (4, 3), "T")], "-1.5 1e+300 -0.0",
             lambda x: np.nan_to_num(x, nan=-1.5, posinf=1e300, neginf=-0.0))
        for eq_nan in (False, True):
            emit("array_equal", [T(dtype, v, (3, 4)), T(dtype, v, (3, 4))], str(eq_nan).lower(),
                 lambda a, b, e=eq_nan: np.array_equal(a, b, equal_nan=e))
            emit("array_equal", [T(dtype, v, (3, 4)), T(dtype, v, (4, 3))], str(eq_nan).lower(),
                 lambda a, b, e=eq_nan: np.array_equal(a, b, equal_nan=e))
            emit("array_equal", [T(dtype, v[:6], (6,)), T(dtype, v[:6], (6,), "rev")], str(eq_nan).lower(),
                 lambda a, b, e=eq_nan: np.array_equal(a, b, equal_nan=e))
        emit("array_equiv", [T(dtype, v[:4]), T(dtype, v[:4] * 3, (3, 4))], "-", np.array_equiv)
        emit("array_equiv", [T(dtype, v[:4]), T(dtype, v[:4], (4,), "bcast=2x4")], "-", np.array_equiv)
        emit("array_equiv", [T(dtype, v[:4]), T(dtype, v[:3])], "-", np.array_equiv)
    for eq_nan in (False, True):
        for a, b in (([1.0, nan], [1.0, nan]), ([nan, 1.0], [1.0, nan]), ([-0.0, inf], [0.0, inf]), ([], []),
                     ([1.0, nan], [1.0, 2.0])):
            emit("array_equal", [T("float64", a), T("float32", b)], str(eq_nan).lower(),
                 lambda x, y, e=eq_nan: np.array_equal(x, y, equal_nan=e))
    emit("array_equal", [T("int64", [2**53 + 1]), T("float64", [2.0**53])], "false", np.array_equal)
    emit("array_equal", [T("int32", [1, 0]), T("bool", [True, False])], "false", np.array_equal)
    emit("array_equal", [T("float64", [], (0,)), T("float64", [], (0, 1))], "false", np.array_equal)
    emit("array_equiv", [T("float64", [1.0, nan]), T("float64", [1.0, nan])], "-", np.array_equiv)
    emit("array_equiv", [T("float64", 2.0, ()), T("int32", [2, 2, 2])], "-", np.array_equiv)
    emit("array_equiv", [T("float64", [], (0,)), T("float64", [1.0])], "-", np.array_equiv)
    emit("array_equiv", [T("float64", [], (0, 3)), T("float64", [1.0, 2.0], (2, 1))], "-", np.array_equiv)
    for value in ([nan, inf, -inf, 1.0, -0.0], [3e38, -inf, inf]):
        emit("nan_to_num", [T("float32", value)], "-", np.nan_to_num)
        emit("nan_to_num", [T("float32", value)], "nan 1e+300 -1e+300",
             lambda x: np.nan_to_num(x, nan=nan, posinf=1e300, neginf=-1e300))
    emit("nan_to_num", [T("float64", [], (0, 2))], "-", np.nan_to_num)

    # logspace (args 'start stop num endpoint base'), geomspace ('start stop num endpoint'), identity ('n dtype')
    for start, stop, num, endpoint, base in ((0.0, 3.0, 4, True, 10.0), (-2.0, 2.5, 11, True, 10.0),
                                             (0.0, 1.0, 7, False, 2.0), (1.0, -1.0, 5, True, 0.5),
                                             (0.1, 0.7, 1, True, 10.0), (0.0, 1.0, 0, True, 10.0),
                                             (-300.0, 300.0, 13, True, 10.0), (2.0, 3.0, 5, True, -2.0),
                                             (0.0, 1.0, -1, True, 10.0), (0.0, 1.0, 30, True, math.e)):
        emit("logspace", ["none"], "%r %r %d %s %r" % (start, stop, num, str(endpoint).lower(), base),
             lambda _, a=start, b=stop, n=num, e=endpoint, g=base: np.logspace(a, b, n, endpoint=e, base=g))
    for start, stop, num, endpoint in ((1.0, 1000.0, 4, True), (1.0, 1000.0, 4, False), (2.0, 3.0, 9, True),
                                       (-1.0, -1e6, 7, True), (-1.0, 16.0, 5, True), (0.5, 0.5, 3, True),
                                       (1e-300, 1e300, 21, True), (3.0, 7.0, 1, True), (3.0, 7.0, 0, True),
                                       (0.0, 1.0, 3, True), (1.0, 0.0, 3, True), (1.0, 2.0, -2, True),
                                       (7.0, 0.1, 50, True), (1.0, 10.0, 2, False)):
        emit("geomspace", ["none"], "%r %r %d %s" % (start, stop, num, str(endpoint).lower()),
             lambda _, a=start, b=stop, n=num, e=endpoint: np.geomspace(a, b, n, endpoint=e))
    for n, dtype in ((0, "float64"), (1, "float64"), (3, "float64"), (4, "int32"), (3, "bool"), (2, "int64"),
                     (3, "float32"), (-1, "float64")):
        emit("identity", ["none"], "%d %s" % (n, dtype), lambda _, n=n, d=dtype: np.identity(n, dtype=NP[d]))

    write("sets.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "zero_sign"], rows, """
np.isin (args '-'; op isin_invert is invert=True), np.intersect1d, np.union1d, np.setdiff1d and np.setxor1d
(NumPy 2, assume_unique=False; inputs 'a;b') over every dtype and mixed pairs (the promoted type;
setdiff1d keeps a's), NaN, +-Inf, -0.0 next to 0.0, integer limits, 2**53 +- 1 against float64,
transposed, reversed, strided and broadcast views, empty and 0-d inputs, long inputs with repeats.
np.partition and np.argpartition (args 'kth=k;k axis=a'): NumPy's own output, whose order inside
the parts is unspecified, so the suite checks the partition property and the kth values, not the
order; kth out of range and 0-d input are errors.  np.pad (args 'w=... mode=... [value=...]':
w=N an int, w=B/A;B/A one pair per axis, a single pair for every axis, B a (B,) pair) in modes
constant, edge, reflect, symmetric and wrap, pads wider than the axis (NumPy's repeated reflection),
length-1 and empty axes, 0-d input, constant values cast to the input type, errors.  np.interp
(inputs 'x;xp;fp', args 'left right', none for the defaults): probes at, between and beyond the
sample points, NaN, +-Inf and -0.0 probes, repeated sample points, infinite samples and values
(NumPy's NaN fall-backs), one sample point, integer and bool inputs, errors.
np.nan_to_num (args '-' or 'nan posinf neginf'), np.array_equal ('equal_nan', a 0-d bool), np.array_equiv,
np.logspace ('start stop num endpoint base'), np.geomspace ('start stop num endpoint') and np.identity
('n dtype'), the last three with input 'none'.
zero_sign 'either': the set routine's inputs hold both -0.0 and 0.0, so NumPy's (unstable) sort decides
which zero it returns; the suite then accepts either sign (jtensor keeps the first in its stable order).
Inputs use manipulation.csv's operand syntax; result_dtype 'error' names NumPy's exception.""")


# ---------------------------------------------------------------------------------------------
# shaping, creation-like and statistics functions composed of existing ops

def stat_scale(op, x, axes, ddof, weights=None):
    """An error scale for nanvar/nanstd (sum of squares over count - ddof, or its root) and average
    (sum|x*w| / |sum w|, or mean|x| without weights): the largest over the outputs."""
    if not np.issubdtype(x.dtype, np.floating) and (weights is None or not np.issubdtype(weights.dtype, np.floating)):
        return 0.0
    fin = np.where(np.isfinite(x), x, 0).astype(np.float64)
    if op in ("nanvar", "nanstd"):
        cnt = np.sum(~np.isnan(x), axis=axes)
        s = np.sum(fin * fin, axis=axes) / np.maximum(cnt - ddof, 1)
        if op == "nanstd":
            s = np.sqrt(s)
    elif weights is None:
        s = np.mean(np.abs(fin), axis=axes) if x.size else 0.0
    else:
        w = np.where(np.isfinite(weights), weights, 0).astype(np.float64)
        if w.shape != x.shape:
            axes = tuple(a % x.ndim for a in axes)
            order = np.argsort(axes)
            w = w.transpose(order).reshape([s if a in axes else 1 for a, s in enumerate(x.shape)])
        num = np.sum(np.abs(fin * w), axis=axes)
        den = np.abs(np.sum(w, axis=axes))
        s = np.where(den > 0, num / np.where(den > 0, den, 1), 0.0)
    s = np.asarray(s, np.float64)
    s = s[np.isfinite(s)]
    return float(np.max(s)) if s.size else 0.0


def gen_shaping():
    rows = []

    def emit(op, args, specs, compute, scale=lambda *v: 0.0):
        texts, values = zip(*[manip_operand(s) for s in specs]) if specs else ((), ())
        try:
            result = compute(*values)
        except Exception as e:                          # NumPy rejects it: jtensor must too
            rows.append([op, ";".join(texts) or "-", args, "error", "-", type(e).__name__, "0.0"])
            return
        if isinstance(result, (list, tuple)):           # meshgrid: the grids, shapes joined with ;
            jt = JT[result[0].dtype.name] if result else "float64"
            vals = [fmt_list(g, JT[g.dtype.name]) for g in result if g.size]
            rows.append([op, ";".join(texts) or "-", args, ";".join(JT[g.dtype.name] for g in result) or "-",
                         ";".join(fmt_shape(g.shape) for g in result) or "-", " ".join(vals) if vals else "-",
                         "0.0"])
            return
        arr = np.asarray(result)
        jt = JT[arr.dtype.name]
        assert jt == arr.dtype.name, (op, args, arr.dtype)
        rows.append([op, ";".join(texts) or "-", args, jt, fmt_shape(arr.shape),
                     fmt_list(arr, jt) if arr.size else "-", repr(scale(*values))])

    values = {
        "float64": [np.nan, -0.0, 1.5, -np.inf, 1e-310, 7.0, np.inf, -2.25, 1e300, 0.0, -1.0, 3.0],
        "float32": [np.nan, -0.0, 1.5, -np.inf, 1e-40, 7.0, np.inf, -2.25, 3e38, 0.0, -1.0, 3.0],
        "int32": [I32_MIN, -1, 0, 7, I32_MAX, 3, 5, -8, 2, 9, -4, 1],
        "int64": [I64_MIN, -1, 0, 2**53 + 1, I64_MAX, 3, 5, -8, 2, 9, -4, 1],
        "bool": [True, False, True, True, False, False, True, False, False, True, True, False],
    }
    cube = T("float64", np.arange(24.0).reshape(2, 3, 4) - 11.5)
    scalar = T("float64", 2.5)
    empty = T("float32", np.zeros((0, 3)))

    # flip, fliplr, flipud: views
    for dtype, v in values.items():
        m = T(dtype, v, (3, 4))
        emit("flip", "axes=none", [m], lambda x: np.flip(x))
        emit("flip", "axes=1", [m], lambda x: np.flip(x, 1))
        emit("fliplr", "-", [m], np.fliplr)
        emit("flipud", "-", [m], np.flipud)
        emit("flip", "axes=0", [T(dtype, v, (3, 4), "T")], lambda x: np.flip(x, 0))
    for axes in ["none", "0", "-1", "0;2", "2;0;1", "empty", "3", "0;-3"]:
        ax = None if axes == "none" else () if axes == "empty" else tuple(int(a) for a in axes.split(";"))
        emit("flip", "axes=" + axes, [cube], lambda x, ax=ax: np.flip(x, ax))
    emit("flip", "axes=none", [scalar], lambda x: np.flip(x))
    emit("flip", "axes=0", [scalar], lambda x: np.flip(x, 0))
    emit("flip", "axes=0;1", [empty], lambda x: np.flip(x, (0, 1)))
    emit("flip", "axes=0", [T("int32", [1, 2, 3, 4, 5], None, "step2")], lambda x: np.flip(x, 0))
    emit("flip", "axes=1", [T("float64", [[1.0, 2.0]], None, "bcast=3x2")], lambda x: np.flip(x, 1))
    emit("fliplr", "-", [T("float64", [1.0, 2.0])], np.fliplr)
    emit("flipud", "-", [scalar], np.flipud)
    emit("flipud", "-", [T("int64", [4, 5, 6], None, "rev")], np.flipud)
    emit("fliplr", "-", [cube], np.fliplr)

    # roll: flattened, along an axis, several axes (a repeated axis adds up its shifts)
    for dtype, v in values.items():
        m = T(dtype, v, (3, 4))
        for args, shift, axis in [("shift=5", 5, None), ("shift=-13", -13, None), ("shift=1 axis=0", 1, 0),
                                  ("shift=-1 axis=-1", -1, -1), ("shifts=1;2 axes=0;1", (1, 2), (0, 1))]:
            emit("roll", args, [m], lambda x, s=shift, a=axis: np.roll(x, s, a))
        emit("roll", "shift=2 axis=1", [T(dtype, v, (3, 4), "T")], lambda x: np.roll(x, 2, 1))
    for args, shift, axis in [("shifts=1;2;-3 axes=0;2;2", (1, 2, -3), (0, 2, 2)), ("shifts=1 axes=0;1;2", (1,), (0, 1, 2)),
                              ("shifts=5;-7 axes=1", (5, -7), (1,)), ("shifts=4 axes=-1", (4,), (-1,)),
                              ("shifts=0;3 axes=0;1", (0, 3), (0, 1)), ("shifts=empty axes=empty", (), ()),
                              ("shift=1000000000007 axis=1", 1000000000007, 1), ("shift=-9223372036854775808", -2**63, None),
                              ("shifts=1;2;3 axes=0;1", (1, 2, 3), (0, 1)), ("shift=1 axis=3", 1, 3),
                              ("shifts=1 axes=0;-4", (1,), (0, -4))]:
        emit("roll", args, [cube], lambda x, s=shift, a=axis: np.roll(x, s, a))
    emit("roll", "shift=3", [scalar], lambda x: np.roll(x, 3))
    emit("roll", "shift=1 axis=0", [scalar], lambda x: np.roll(x, 1, 0))
    emit("roll", "shift=2 axis=0", [empty], lambda x: np.roll(x, 2, 0))
    emit("roll", "shift=2 axis=1", [empty], lambda x: np.roll(x, 2, 1))
    emit("roll", "shift=7", [empty], lambda x: np.roll(x, 7))
    emit("roll", "shift=1 axis=0", [T("float64", [[1.0, -0.0]], None, "bcast=3x2")], lambda x: np.roll(x, 1, 0))
    emit("roll", "shift=-1 axis=0", [T("int32", np.arange(10), None, "step2")], lambda x: np.roll(x, -1, 0))

    # tile and repeat
    for dtype, v in values.items():
        m = T(dtype, v[:6], (2, 3))
        for reps in [(2,), (2, 1), (1, 3), (2, 2, 2), (0,), (1,), ()]:
            emit("tile", "reps=" + (";".join(map(str, reps)) or "empty"), [m], lambda x, r=reps: np.tile(x, r))
        emit("tile", "reps=2;1", [T(dtype, v[:6], (2, 3), "T")], lambda x: np.tile(x, (2, 1)))
        for args, r, axis in [("repeats=2", 2, None), ("repeats=3 axis=0", 3, 0), ("repeats=2 axis=-1", 2, -1),
                              ("repeats=0 axis=1", 0, 1), ("counts=1;0;2 axis=1", [1, 0, 2], 1),
                              ("counts=2;1 axis=0", [2, 1], 0), ("counts=1;2;0;0;3;1", [1, 2, 0, 0, 3, 1], None),
                              ("counts=4 axis=1", [4], 1)]:
            emit("repeat", args, [m], lambda x, r=r, a=axis: np.repeat(x, r, a))
        emit("repeat", "counts=0;3 axis=0", [T(dtype, v[:6], (3, 2), "T")], lambda x: np.repeat(x, [0, 3], 0))
    emit("tile", "reps=2;3", [scalar], lambda x: np.tile(x, (2, 3)))
    emit("tile", "reps=empty", [scalar], lambda x: np.tile(x, ()))
    emit("tile", "reps=2", [cube], lambda x: np.tile(x, 2))
    emit("tile", "reps=3;1;1;2", [cube], lambda x: np.tile(x, (3, 1, 1, 2)))
    emit("tile", "reps=2;2", [empty], lambda x: np.tile(x, (2, 2)))
    emit("tile", "reps=-1", [T("int64", [1, 2])], lambda x: np.tile(x, -1))
    emit("tile", "reps=2;-1", [T("int64", [], (0,))], lambda x: np.tile(x, (2, -1)))
    emit("tile", "reps=1;-1", [T("float64", np.zeros((0, 2)))], lambda x: np.tile(x, (1, -1)))
    emit("tile", "reps=2;3", [T("float64", [[1.0, -0.0]], None, "bcast=2x2")], lambda x: np.tile(x, (2, 3)))
    emit("repeat", "repeats=3", [scalar], lambda x: np.repeat(x, 3))
    emit("repeat", "repeats=3 axis=0", [scalar], lambda x: np.repeat(x, 3, 0))
    emit("repeat", "repeats=2 axis=-1", [scalar], lambda x: np.repeat(x, 2, -1))
    emit("repeat", "counts=2 axis=0", [scalar], lambda x: np.repeat(x, [2], 0))
    emit("repeat", "repeats=3 axis=1", [scalar], lambda x: np.repeat(x, 3, 1))
    emit("repeat", "repeats=2 axis=1", [cube], lambda x: np.repeat(x, 2, 1))
    emit("repeat", "counts=1;0;1;2 axis=2", [cube], lambda x: np.repeat(x, [1, 0, 1, 2], 2))
    emit("repeat", "repeats=2 axis=0", [empty], lambda x: np.repeat(x, 2, 0))
    emit("repeat", "counts=empty axis=0", [empty], lambda x: np.repeat(x, [], 0))
    emit("repeat", "counts=1;1;1 axis=1", [empty], lambda x: np.repeat(x, [1, 1, 1], 1))
    emit("repeat", "repeats=-1", [T("int32", [1, 2])], lambda x: np.repeat(x, -1))
    emit("repeat", "counts=1;-2;1 axis=0", [T("int32", [1, 2, 3])], lambda x: np.repeat(x, [1, -2, 1], 0))
    emit("repeat", "counts=1;2 axis=0", [T("int32", [1, 2, 3])], lambda x: np.repeat(x, [1, 2], 0))
    emit("repeat", "counts=empty axis=0", [T("int32", [1])], lambda x: np.repeat(x, [], 0))
    emit("repeat", "repeats=2 axis=2", [T("int32", [[1, 2]])], lambda x: np.repeat(x, 2, 2))
    emit("repeat", "repeats=2 axis=0", [T("float64", [[1.0, -0.0]], None, "bcast=2x2")], lambda x: np.repeat(x, 2, 0))

    # swapaxes and atleast_nd: views
    for a, b in [(0, 1), (0, -1), (2, 0), (1, 1), (-3, -2), (0, 3)]:
        emit("swapaxes", "a=%d b=%d" % (a, b), [cube], lambda x, a=a, b=b: np.swapaxes(x, a, b))
    for dtype, v in values.items():
        emit("swapaxes", "a=0 b=1", [T(dtype, v, (3, 4), "T")], lambda x: np.swapaxes(x, 0, 1))
    emit("swapaxes", "a=0 b=0", [scalar], lambda x: np.swapaxes(x, 0, 0))
    for op, f in [("atleast1d", np.atleast_1d), ("atleast2d", np.atleast_2d), ("atleast3d", np.atleast_3d)]:
        for spec in [scalar, T("int32", [1, 2, 3]), T("bool", [[True, False], [False, False]]), cube, empty,
                     T("int64", [4, 5, 6], None, "rev")]:
            emit(op, "-", [spec], f)

    # tril, triu (last two axes; a 1-d x is broadcast to n x n) and tri
    for dtype, v in values.items():
        m = T(dtype, v, (3, 4))
        for k in [None, 1, -1, 3, -5, 100]:
            for op, f in [("tril", np.tril), ("triu", np.triu)]:
                emit(op, "-" if k is None else "k=%d" % k, [m], lambda x, f=f, k=k: f(x) if k is None else f(x, k))
        emit("tril", "k=0", [T(dtype, v, (3, 4), "T")], lambda x: np.tril(x, 0))
        emit("triu", "k=-1", [T(dtype, v[:3])], lambda x: np.triu(x, -1))
    for op, f in [("tril", np.tril), ("triu", np.triu)]:
        emit(op, "k=1", [cube], lambda x, f=f: f(x, 1))
        emit(op, "k=-4611686018427387904", [cube], lambda x, f=f: f(x, -2**62))
        emit(op, "k=4611686018427387904", [cube], lambda x, f=f: f(x, 2**62))
        emit(op, "-", [empty], f)
        emit(op, "-", [T("float64", np.zeros((2, 0, 3)))], f)
        emit(op, "-", [scalar], f)
        emit(op, "k=0", [T("float64", [[1.0, -0.0, 2.0]], None, "bcast=3x3")], lambda x, f=f: f(x, 0))
    for n, m, k, dtype in [(3, None, None, None), (4, 3, 1, None), (3, 5, -1, None), (2, 3, 0, "int32"),
                           (3, 3, 1, "bool"), (3, 2, 5, "int64"), (3, 2, -5, "float32"), (0, 3, 0, None),
                           (-1, None, None, None), (2, -1, 0, None), (1, 1, 0, "float64")]:
        args = "n=%d" % n + ("" if m is None else " m=%d k=%d" % (m, k)) + ("" if dtype is None else " dtype=" + dtype)
        emit("tri", args, [], lambda n=n, m=m, k=k, d=dtype: np.tri(n, m, k or 0, NP[d] if d else float))

    # meshgrid: copies of the grids, each in its input's dtype
    xs = T("float64", [1.0, -0.0, np.nan])
    ys = T("int32", [10, 20])
    zs = T("bool", [True, False, True, True])
    for indexing in ("xy", "ij"):
        for specs in [[xs, ys], [xs, ys, zs], [xs], [T("float32", [[1.0, 2.0], [3.0, 4.0]]), ys],
                      [xs, T("int64", [], (0,))], [T("float64", 5.0), ys], [ys, T("int64", [7, 8, 9], None, "rev")]]:
            emit("meshgrid", "indexing=" + indexing, specs, lambda *a, i=indexing: np.meshgrid(*a, indexing=i))
    emit("meshgrid", "indexing=xy", [], lambda: np.meshgrid())
    emit("meshgrid", "indexing=ji", [xs, ys], lambda *a: np.meshgrid(*a, indexing="ji"))

    # *_like: shape and dtype of the prototype (empty_like: jtensor zero-fills, so NumPy's zeros_like)
    for dtype, v in values.items():
        m = T(dtype, v, (3, 4), "T")
        emit("zeros_like", "-", [m], np.zeros_like)
        emit("ones_like", "-", [m], np.ones_like)
        emit("empty_like", "-", [m], np.zeros_like)
        for value in ["double:2.9", "double:-0.0", "double:nan", "double:-inf", "double:3000000000.0",
                      "long:7", "long:-1", "long:9007199254740993", "long:3000000000"]:
            kind, text = value.split(":")
            py = float(text) if kind == "double" else int(text)
            emit("full_like", "value=" + value, [m], lambda x, py=py: np.full_like(x, py))
        for target in ALL_DTYPES:
            emit("zeros_like", "dtype=" + target, [m], lambda x, t=target: np.zeros_like(x, NP[t]))
            emit("ones_like", "dtype=" + target, [m], lambda x, t=target: np.ones_like(x, NP[t]))
            emit("empty_like", "dtype=" + target, [m], lambda x, t=target: np.zeros_like(x, NP[t]))
            emit("full_like", "value=double:-2.5 dtype=" + target, [m], lambda x, t=target: np.full_like(x, -2.5, NP[t]))
    emit("ones_like", "-", [scalar], np.ones_like)
    emit("full_like", "value=double:1.5", [empty], lambda x: np.full_like(x, 1.5))
    # the small integer types: *_like keeps them; a Python int past the limits is NumPy's OverflowError,
    # a float is cast as C converts (NaN and out of range through int32's minimum, then wrapped);
    # flip, roll, repeat and ptp (max - min in the type: int8's 127 - -128 wraps to -1); uint32 converts
    # floats through int64 (1e10 is 1410065408, -1.0 4294967295, NaN 0)
    for dtype in STORAGE_INTS:
        info = np.iinfo(NP[dtype])
        lim = [int(info.min), int(info.max), 0, 1, 7, 100]
        m = T(dtype, lim, (2, 3), "T")
        emit("zeros_like", "-", [m], np.zeros_like)
        emit("ones_like", "-", [m], np.ones_like)
        for value in ["long:%d" % info.max, "long:%d" % (info.max + 1), "long:%d" % (info.min - 1), "double:300.7",
                      "double:nan", "double:-1.0", "double:1e10"]:
            kind, text = value.split(":")
            py = float(text) if kind == "double" else int(text)
            emit("full_like", "value=" + value, [m], lambda x, py=py: np.full_like(x, py))
        emit("full_like", "value=double:-2.5 dtype=" + dtype, [T("float64", [1.0, 2.0])],
             lambda x, t=dtype: np.full_like(x, -2.5, NP[t]))
        emit("flip", "axes=1", [m], lambda x: np.flip(x, 1))
        emit("roll", "shift=5", [m], lambda x: np.roll(x, 5))
        emit("repeat", "repeats=2 axis=0", [m], lambda x: np.repeat(x, 2, axis=0))
        emit("ptp", "axes=none keepdims=false", [T(dtype, lim)], lambda x: np.ptp(x))
        emit("ptp", "axes=0 keepdims=true", [m], lambda x: np.ptp(x, axis=(0,), keepdims=True))

    # nanvar, nanstd, ptp, average
    nan = np.nan
    stat_inputs = [T("float64", [[nan, 1.0, -2.0, nan], [nan, nan, nan, nan], [3.0, -0.0, nan, 4.0]]),
                   T("float32", [[nan, 1.5, -2.0, nan], [nan, nan, nan, nan], [3.0, -0.0, nan, 4.25]]),
                   T("float64", [[np.inf, nan, 1.0], [nan, 2.0, -np.inf], [0.1, 0.2, 0.3]]),
                   T("float64", [[0.1, 0.7, 1e10], [-3.3, 1e-3, 2.5]]),
                   T("float32", [[0.1, 0.7, 1e5], [-3.3, 1e-3, 2.5]], None, "T"),
                   T("int32", [[1, -2, 3], [4, 5, I32_MAX]]), T("int64", [[1, -2, 3], [4, 5, 2**40]]),
                   T("bool", [[True, False], [True, True]])]
    for op in ("nanvar", "nanstd"):
        for spec in stat_inputs:
            for axes in (None, (0,), (1,), (-1,), (0, 1), ()):
                for keepdims in (False, True):
                    for ddof in (0, 1, 2):
                        if ddof == 2 and (keepdims or axes not in (None, (1,))):
                            continue
                        emit(op, "axes=%s keepdims=%s ddof=%d" % (fmt_axes(axes), str(keepdims).lower(), ddof), [spec],
                             lambda x, op=op, a=axes, k=keepdims, d=ddof: getattr(np, op)(x, axis=a, keepdims=k, ddof=d),
                             lambda x, op=op, a=axes, d=ddof: stat_scale(op, x, a, d))
        emit(op, "axes=none keepdims=false ddof=0", [T("float64", np.zeros((0, 3)))], lambda x, op=op: getattr(np, op)(x))
        emit(op, "axes=0 keepdims=false ddof=0", [T("float32", np.zeros((0, 3)))], lambda x, op=op: getattr(np, op)(x, 0))
        emit(op, "axes=2 keepdims=false ddof=0", [T("float64", [1.0, 2.0])], lambda x, op=op: getattr(np, op)(x, 2))
        emit(op, "axes=0;0 keepdims=false ddof=0", [T("float64", [1.0, 2.0])],
             lambda x, op=op: getattr(np, op)(x, (0, 0)))
        emit(op, "axes=none keepdims=false ddof=0", [T("float64", 2.0)], lambda x, op=op: getattr(np, op)(x),
             lambda x, op=op: stat_scale(op, x, None, 0))
    for spec in stat_inputs + [T("float64", [-0.0, 0.0]), T("float64", [0.0, -0.0]), T("int32", [I32_MAX, I32_MIN])]:
        for axes in (None, (0,), (-1,), (0, 1), ()) if spec[2].ndim == 2 else (None, (0,), (1,)):
            for keepdims in (False, True):
                emit("ptp", "axes=%s keepdims=%s" % (fmt_axes(axes), str(keepdims).lower()), [spec],
                     lambda x, a=axes, k=keepdims: np.ptp(x, axis=a, keepdims=k))
    emit("ptp", "axes=none keepdims=false", [T("float64", np.zeros((0, 3)))], lambda x: np.ptp(x))
    emit("ptp", "axes=1 keepdims=false", [T("float64", np.zeros((0, 3)))], lambda x: np.ptp(x, 1))
    emit("ptp", "axes=none keepdims=false", [scalar], lambda x: np.ptp(x))

    def average(axes, keepdims):
        return lambda x, w=None: np.average(x, axis=axes, weights=w, keepdims=keepdims)

    def avg_scale(axes):
        return lambda x, w=None: stat_scale("average", x, axes, 0, w)

    weights = {"float64": T("float64", [[0.5, 2.0, 1.0], [1.0, 0.0, 3.0]]),
               "float32": T("float32", [[0.5, 2.0, 1.0], [1.0, 0.0, 3.0]]),
               "int32": T("int32", [[1, 2, 3], [4, 0, 1]]), "int64": T("int64", [[1, 2, 3], [4, 0, 1]]),
               "bool": T("bool", [[True, False, True], [True, True, False]])}
    for dtype, v in values.items():
        x = T(dtype, [v[2], v[5], v[7], v[9], v[10], v[11]], (2, 3))
        for axes in (None, (0,), (-1,), (1, 0)):
            for keepdims in (False, True):
                args = "axes=%s keepdims=%s" % (fmt_axes(axes), str(keepdims).lower())
                emit("average", args, [x], average(axes, keepdims), avg_scale(axes))
                for wdtype, w in weights.items():
                    emit("average", args, [x, w], average(axes, keepdims), avg_scale(axes))
    m = T("float64", [[1.0, 2.0, 3.0], [4.0, 5.0, np.nan]])
    for axes, w in [((1,), T("float64", [1.0, 2.0, 3.0])), ((0,), T("float32", [0.25, 0.75])),
                    ((-1,), T("int32", [1, 1, 0])), ((1, 0), T("float64", [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])),
                    ((0, 1), T("float64", [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])), ((1,), T("float64", [1.0, -1.0, 0.0])),
                    ((0,), T("float64", [1.0, 2.0, 3.0])), (None, T("float64", [1.0, 2.0, 3.0])),
                    ((1,), T("float64", [[1.0, 2.0, 3.0]])), ((0,), T("float64", [np.inf, 1.0])),
                    ((0, 0), T("float64", [1.0, 2.0])), ((2,), T("float64", [1.0])), (None, T("float64", np.zeros((2, 3))))]:
        for keepdims in (False, True):
            emit("average", "axes=%s keepdims=%s" % (fmt_axes(axes), str(keepdims).lower()), [m, w],
                 average(axes, keepdims), avg_scale(axes))
    emit("average", "axes=none keepdims=false", [T("float64", np.zeros((0, 3)))], average(None, False), avg_scale(None))
    emit("average", "axes=none keepdims=false", [T("float64", np.zeros((0, 3))), T("float64", np.zeros((0, 3)))],
         average(None, False))
    emit("average", "axes=none keepdims=false", [scalar, T("int32", 3)], average(None, False), avg_scale(None))
    emit("average", "axes=empty keepdims=false", [T("int32", [1, 2, 3]), T("float32", [1.0, 2.0, 0.5])],
         average((), False), avg_scale(()))

    # round(decimals), rint, fix, fabs, absolute, positive, float_power, divmod, modf, isposinf, isneginf
    with np.errstate(all="ignore"):
        decimal_values = {
            "float64": [1.005, 2.675, -0.125, 0.5, -1.5, 2.5, 56294995342131.5, 1e300, -0.0, np.nan, np.inf,
                        123456.789, -98765.4321, 1e-7, 0.045],
            "float32": [1.005, 2.675, -0.125, 0.5, -1.5, 2.5, 16777215.0, 3e38, -0.0, np.nan, -np.inf,
                        123456.789, -98765.4321, 1e-7, 0.045],
            "int64": [15, 25, 35, -15, -25, 14, 1234, -5, 2**62 + 7, 2**53 + 15, I64_MAX, I64_MIN, 0, 9, 95],
            "int32": [15, 25, 35, -15, -25, 14, 1234, -5, I32_MAX, I32_MIN, 0, 9, 95, 450, -450],
        }
        for dtype, v in decimal_values.items():
            spec = T(dtype, v, (3, 5))
            for d in (0, 1, 2, 3, 5, 9, 12, 20, -1, -2, -3, -12, -20, 300, -300):
                emit("round", "decimals=%d" % d, [spec], lambda x, d=d: np.round(x, d))
            for op in ("rint", "fix", "fabs", "absolute", "positive", "modf", "isposinf", "isneginf"):
                emit(op, "-", [spec], getattr(np, op))
        bools = T("bool", [True, False, True])
        for op in ("rint", "fix", "fabs", "absolute", "positive", "modf", "isposinf", "isneginf"):
            # NumPy's float ufuncs give float16 for bool, as jtensor's
            emit(op, "-", [bools], getattr(np, op))
        emit("round", "decimals=0", [bools], lambda x: np.round(x, 0))
        emit("round", "decimals=1", [bools], lambda x: np.round(x, 1))
        emit("round", "decimals=-1", [bools], lambda x: np.round(x, -1))
        emit("modf", "-", [T("float64", [-2.5, -2.0, 3.75, np.inf, -np.inf, np.nan, -0.0, 1e300, 5e-324])], np.modf)
        emit("modf", "-", [T("float32", [-2.5, -2.0, 3.75, np.inf, -np.inf, np.nan, -0.0, 3e38, 1e-45])], np.modf)
        powers = {"int64": [2, 3, -2, 0, 10], "int32": [2, 3, -2, 0, 10], "float32": [2.0, 0.5, -2.0, 0.0, 1e10],
                  "float64": [2.0, 0.5, -2.0, 0.0, 1e100]}
        for dtype, v in powers.items():
            base = T(dtype, v)
            emit("float_power", "-", [base, T("int64", [-1, 2, 3, 0, -2])], np.float_power,
                 lambda a, b: float(np.nanmax(np.abs(np.float_power(a, b))[np.isfinite(np.float_power(a, b))], initial=0.0)))
            for b in ("long:-1", "double:0.5", "long:3"):
                kind, text = b.split(":")
                py = int(text) if kind == "long" else float(text)
                emit("float_power", "b=" + b, [base], lambda a, py=py: np.float_power(a, py))
        for dtype, a_vals, b_vals in (("int64", [7, -7, 7, -7, 0, 5, I64_MIN], [2, 2, -2, -2, 3, 0, -1]),
                                      ("int32", [7, -7, 7, -7, 0, 5, I32_MIN], [2, 2, -2, -2, 3, 0, -1]),
                                      ("float64", [7.5, -7.5, 7.5, -0.0, np.inf, 1.0, 5.0], [2.0, 2.0, -2.0, 3.0, 2.0, 0.0, np.nan]),
                                      ("float32", [7.5, -7.5, 7.5, -0.0, np.inf, 1.0, 5.0], [2.0, 2.0, -2.0, 3.0, 2.0, 0.0, np.nan])):
            emit("divmod", "-", [T(dtype, a_vals), T(dtype, b_vals)], np.divmod)
        emit("divmod", "b=long:3", [T("int64", [7, -7, 0, 10])], lambda a: np.divmod(a, 3))
        emit("divmod", "b=double:2.5", [T("float32", [7.0, -7.0, 0.0, 10.0])], lambda a: np.divmod(a, 2.5))
    # rot90, column_stack, dstack, hsplit/vsplit/dsplit, gradient, trapezoid, ediff1d, broadcast_arrays
    for dtype, v in values.items():
        m = T(dtype, v, (3, 4))
        for k in (-1, 0, 1, 2, 3, 5):
            emit("rot90", "k=%d axes=0;1" % k, [m], lambda x, k=k: np.rot90(x, k))
    for k in (1, 2, 3, -2):
        for axes in ((0, 1), (1, 2), (2, 0), (-1, -2), (0, 2)):
            emit("rot90", "k=%d axes=%d;%d" % ((k,) + axes), [cube], lambda x, k=k, ax=axes: np.rot90(x, k, ax))
    for axes in ((0, 0), (0, 3), (0, -3), (1, 3), (0, 1, 2)):
        emit("rot90", "k=1 axes=" + ";".join(map(str, axes)), [cube], lambda x, ax=axes: np.rot90(x, 1, ax))
    emit("rot90", "k=1 axes=0;1", [T("float64", [1.0, 2.0])], lambda x: np.rot90(x))
    emit("rot90", "k=1 axes=0;1", [T("float32", np.zeros((0, 3)))], lambda x: np.rot90(x))
    one = T("float64", [1.0, 2.0, 3.0])
    two = T("float64", [4.0, 5.0, 6.0, 7.0, 8.0, 9.0], (3, 2))
    for specs in ([one, T("int32", [4, 5, 6])], [one, two], [T("float64", 2.5), T("float64", 3.5)], [two, two],
                  [one, T("float64", [1.0, 2.0])], [T("bool", [True, False, True]), one]):
        emit("column_stack", "-", specs, lambda *a: np.column_stack(a))
        emit("dstack", "-", specs, lambda *a: np.dstack(a))
    emit("dstack", "-", [cube, cube], lambda *a: np.dstack(a))
    for op in ("hsplit", "vsplit", "dsplit"):
        for spec in (T("float64", np.arange(12.0)), T("int32", np.arange(12), (3, 4)), T("float64", np.arange(24.0), (2, 3, 4)),
                     T("float64", np.arange(24.0), (2, 3, 4), "T"), T("float64", 2.0)):
            for sections in (1, 2, 3):
                emit(op, "sections=%d" % sections, [spec], lambda x, s=sections, f=getattr(np, op): list(f(x, s)))
            emit(op, "indices=1;3", [spec], lambda x, f=getattr(np, op): list(f(x, [1, 3])))
    grads = {"float64": [1.0, 2.0, 4.0, 7.0, 11.0, 16.0, -3.5, 0.25, 1e300, -1e300, np.inf, np.nan],
             "float32": [1.0, 2.0, 4.0, 7.0, 11.0, 16.0, -3.5, 0.25, 3e38, -3e38, np.inf, np.nan],
             "int32": [1, 2, 4, 7, 11, 16, -3, 0, I32_MAX, I32_MIN, 5, 9],
             "int64": [1, 2, 4, 7, 11, 16, -3, 0, I64_MAX, I64_MIN, 5, 9]}
    with np.errstate(all="ignore"):
        for dtype, v in grads.items():
            for spec in (T(dtype, v), T(dtype, v, (3, 4)), T(dtype, v, (3, 4), "T")):
                arr = manip_operand(spec)[1]
                emit("gradient", "axes=all", [spec], lambda f: list(np.gradient(f)) if f.ndim > 1 else [np.gradient(f)])
                for axis in range(-1, arr.ndim):
                    for spacing, edge in ((1.0, 1), (0.5, 1), (1.0, 2), (3.0, 2), (0.1, 1)):
                        emit("gradient", "axis=%d spacing=%r edge=%d" % (axis, spacing, edge), [spec],
                             lambda f, a=axis, s=spacing, e=edge: np.gradient(f, s, axis=a, edge_order=e))
        emit("gradient", "axis=0 spacing=1.0 edge=1", [T("bool", [True, False, True])], lambda f: np.gradient(f, axis=0))
        emit("gradient", "axis=0 spacing=1.0 edge=1", [T("float64", [1.0])], lambda f: np.gradient(f, axis=0))
        emit("gradient", "axis=0 spacing=1.0 edge=2", [T("float64", [1.0, 2.0])], lambda f: np.gradient(f, axis=0, edge_order=2))
        emit("gradient", "axis=0 spacing=1.0 edge=3", [T("float64", [1.0, 2.0, 3.0, 4.0])],
             lambda f: np.gradient(f, axis=0, edge_order=3))
        emit("gradient", "axis=1 spacing=1.0 edge=1", [T("float64", [1.0, 2.0])], lambda f: np.gradient(f, axis=1))
        def trap_scale(y, x=None, dx=1.0, axis=-1):
            yy = np.abs(np.asarray(y, dtype=np.float64))
            d = np.abs(np.diff(np.asarray(x, dtype=np.float64), axis=axis if np.ndim(x) > 1 else 0)) if x is not None else abs(dx)
            if x is not None and np.ndim(x) == 1:
                shape = [1] * yy.ndim
                shape[axis] = d.shape[0]
                d = d.reshape(shape)
            n = yy.shape[axis]
            s = np.sum(d * (np.take(yy, range(1, n), axis) + np.take(yy, range(0, n - 1), axis)) / 2.0, axis=axis)
            s = np.asarray(s)
            s = s[np.isfinite(s)]
            return float(s.max()) if s.size else 0.0
        for dtype, v in grads.items():
            spec = T(dtype, v[:8], (2, 4)) if dtype.startswith("float") else T(dtype, v[:8], (2, 4))
            emit("trapezoid", "axis=-1 dx=1.0", [spec], lambda y: np.trapezoid(y), lambda y: trap_scale(y))
            emit("trapezoid", "axis=0 dx=0.5", [spec], lambda y: np.trapezoid(y, dx=0.5, axis=0),
                 lambda y: trap_scale(y, dx=0.5, axis=0))
            xs = T("float64", [0.0, 0.5, 2.0, 2.25])
            emit("trapezoid", "axis=1 x=second", [spec, xs], lambda y, x: np.trapezoid(y, x, axis=1),
                 lambda y, x: trap_scale(y, x, axis=1))
            x2 = T("float32", [0.0, 1.0, 3.0, 3.5, 0.5, 1.0, 1.5, 4.0], (2, 4))
            emit("trapezoid", "axis=1 x=second", [spec, x2], lambda y, x: np.trapezoid(y, x, axis=1),
                 lambda y, x: trap_scale(y, x, axis=1))
        emit("trapezoid", "axis=-1 dx=1.0", [T("float64", [1.0, 2.0, 3.0])], np.trapezoid, lambda y: trap_scale(y))
        emit("trapezoid", "axis=-1 dx=1.0", [T("bool", [True, False, True, True])], np.trapezoid, lambda y: trap_scale(y))
        emit("trapezoid", "axis=-1 dx=1.0", [T("float64", [], (0,))], np.trapezoid)
        emit("trapezoid", "axis=-1 dx=1.0", [T("float64", [4.0])], np.trapezoid)
        emit("trapezoid", "axis=0 x=second", [T("float64", [1.0, 2.0, 3.0]), T("float64", [0.0, 1.0])],
             lambda y, x: np.trapezoid(y, x, axis=0))
        for spec in (T("float64", grads["float64"], (3, 4)), T("int32", grads["int32"], (3, 4), "T"), T("float32", [2.5])):
            emit("ediff1d", "-", [spec], np.ediff1d)
            emit("ediff1d", "-", [spec, T("int64", [7, 8]), T("int32", [-1])],
                 lambda x, e, b: np.ediff1d(x, to_end=e, to_begin=b))
            emit("ediff1d", "-", [spec, T("float64", [0.5]), T("bool", [True])],
                 lambda x, e, b: np.ediff1d(x, to_end=e, to_begin=b))
        emit("ediff1d", "-", [T("bool", [True, False])], np.ediff1d)
    for specs in ([one, T("int32", [[1], [2]], (2, 1))], [cube, T("float64", [1.0, 2.0, 3.0, 4.0])],
                  [T("float64", 2.0), two], [one, two], [two]):
        emit("broadcast_arrays", "-", specs, lambda *a: list(np.broadcast_arrays(*a)))
    # cov and corrcoef: float64 always; the scale bounds a mean and a product of N terms
    def cov_terms(m, y=None, rowvar=True, ddof=None, bias=False):
        x = np.array(m, ndmin=2, dtype=np.float64)
        if not rowvar and np.ndim(m) != 1:
            x = x.T
        if y is not None:
            yy = np.array(y, ndmin=2, dtype=np.float64)
            if not rowvar and yy.shape[0] != 1:
                yy = yy.T
            x = np.concatenate((x, yy))
        n = x.shape[1]
        fact = n - (ddof if ddof is not None else 0 if bias else 1)
        with np.errstate(all="ignore"):
            a = np.abs(x) + np.abs(x.mean(axis=1, keepdims=True))
            bound = (a @ a.T) / fact * max(1.0, (n + 2) / 16.0) if fact > 0 and n > 0 else None
        return x, bound

    def cov_scale(rowvar=True, ddof=None, bias=False):
        def scale(m, y=None):
            x, bound = cov_terms(m, y, rowvar, ddof, bias)
            finite = bound[np.isfinite(bound)] if bound is not None else []
            return float(finite.max()) if len(finite) else 0.0
        return scale

    def corr_scale(rowvar=True):
        def scale(m, y=None):
            x, bound = cov_terms(m, y, rowvar)
            if bound is None or bound.size == 0:
                return 0.0
            with np.errstate(all="ignore"):
                d = np.sqrt(np.diag(np.cov(x)).reshape(-1)) if x.shape[0] > 1 else np.sqrt(np.cov(x)).reshape(-1)
                r = bound / np.outer(d, d)
            r = r[np.isfinite(r)]
            return float(r.max()) + 1.0 if r.size else 0.0
        return scale

    def cov_args(rowvar=True, bias=False, ddof=None):
        return "rowvar=%s bias=%s ddof=%s" % (str(rowvar).lower(), str(bias).lower(), "none" if ddof is None else ddof)

    obs = {"float64": [0.5, -1.25, 3.0, 2.0, 7.5, -0.125, 4.0, 1.0, 0.0, 2.5, -3.0, 6.25],
           "float32": [0.5, -1.25, 3.0, 2.0, 7.5, -0.125, 4.0, 1.0, 0.0, 2.5, -3.0, 6.25],
           "int32": [3, -7, 12, 0, 0, 5, 5, 5, 2, 9, -1, 12],
           "bool": [True, False, True, True, False, False, True, False, False, True, True, False]}
    for dtype, v in obs.items():
        for shape, view in (((3, 4), "-"), ((2, 6), "-"), ((3, 4), "T"), ((12,), "-")):
            spec = T(dtype, v, shape, view)
            for rowvar in (True, False):
                emit("cov", cov_args(rowvar), [spec], lambda m, r=rowvar: np.cov(m, rowvar=r), cov_scale(rowvar))
                emit("corrcoef", cov_args(rowvar), [spec], lambda m, r=rowvar: np.corrcoef(m, rowvar=r),
                     corr_scale(rowvar))
    m = T("float64", obs["float64"], (3, 4))
    for bias, ddof in ((True, None), (False, 0), (True, 2), (False, 3), (False, 4), (False, 6), (False, -1)):
        emit("cov", cov_args(True, bias, ddof), [m], lambda a, b=bias, d=ddof: np.cov(a, bias=b, ddof=d),
             cov_scale(True, ddof, bias))
    y_cases = ((T("float64", obs["float64"][:8], (2, 4)), T("int32", obs["int32"][:4]), True),
               (T("float64", obs["float64"][:8], (4, 2)), T("float32", obs["float32"][:12], (4, 3)), False),
               (T("float64", obs["float64"][:8], (4, 2)), T("int32", obs["int32"][:4]), False),
               (T("float64", obs["float64"][:4]), T("float64", obs["float64"][4:8]), True),
               (T("float64", obs["float64"][:8], (2, 4)), T("int32", obs["int32"][:5]), True),
               (T("float64", obs["float64"][:8], (2, 4)), T("float64", obs["float64"], (2, 2, 3)), True))
    for mm, yy, rowvar in y_cases:
        emit("cov", cov_args(rowvar), [mm, yy], lambda a, b, r=rowvar: np.cov(a, b, rowvar=r), cov_scale(rowvar))
        emit("corrcoef", cov_args(rowvar), [mm, yy], lambda a, b, r=rowvar: np.corrcoef(a, b, rowvar=r),
             corr_scale(rowvar))
    specials = (T("float64", [1.0, 1.0, 1.0, 2.0, 4.0, 8.0], (2, 3)), T("float64", [2.0, np.nan, 1.0, 0.0, 3.0, 1.0], (2, 3)),
                T("float64", [], (0, 3)), T("float64", [], (2, 0)), T("float64", 2.5), T("float64", [4.0]),
                T("float64", obs["float64"], (2, 2, 3)), T("float64", [1e-300, 3e-300, 2e-300, 1e300, -1e300, 5e299], (2, 3)))
    for spec in specials:
        emit("cov", cov_args(), [spec], np.cov, cov_scale())
        emit("corrcoef", cov_args(), [spec], np.corrcoef, corr_scale())

    # convolve, correlate (modes; v longer than a; the sum of |products| as the error scale)
    def window_scale(op, mode):
        def scale(a, v):
            aa = np.abs(np.atleast_1d(a).astype(np.float64))
            vv = np.abs(np.atleast_1d(v).astype(np.float64))
            with np.errstate(all="ignore"):
                s = np.convolve(aa, vv, mode) if op == "convolve" else np.correlate(aa, vv, mode)
            s = s[np.isfinite(s)]
            return float(s.max()) if s.size else 0.0
        return scale

    def window_rows(op, mode, specs):
        call = np.convolve if op == "convolve" else np.correlate
        emit(op, "mode=" + mode, specs, lambda a, v, m=mode, f=call: f(a, v, m), window_scale(op, mode))

    signals = {
        "float64": ([1.5, -2.25, 3.0, 0.5, 7.0, -1.0, 2.5], [0.25, -1.5, 2.0]),
        "float32": ([1.5, -2.25, 3.0, 0.5, 7.0, -1.0, 2.5], [0.25, -1.5, 2.0, 4.0]),
        "int32": ([I32_MAX, -1, 7, 3, -8, 2, 9, I32_MIN], [2, -3, 5]),
        "int64": ([I64_MAX, -1, 2**40 + 1, 3, -8, 2], [2**30, -3, 5, 1]),
        "bool": ([True, False, True, True, False, False, True], [True, False, True]),
    }
    for op in ("convolve", "correlate"):
        for dtype, (a, v) in signals.items():
            for mode in ("full", "same", "valid"):
                window_rows(op, mode, [T(dtype, a), T(dtype, v)])
                window_rows(op, mode, [T(dtype, v), T(dtype, a)])           # v longer than a
        for mode in ("full", "same", "valid"):
            for specs in ([T("float64", [2.5]), T("float64", [1.0, -2.0, 4.0, 0.5])],   # length 1
                          [T("float64", [1.0, 2.0, 3.0, 4.0]), T("float64", [-3.0])],
                          [T("float64", 2.5), T("float64", [1.0, -2.0])],                 # 0-d: ndmin=1
                          [T("float64", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), T("float64", [1.0, 10.0, 100.0, 1000.0])],
                          [T("float64", [1.0, 2.0, 3.0]), T("float64", [1.0, 10.0, 100.0, 1000.0, 1e4, 1e5])],
                          [T("int32", [1, 2, 3, 4]), T("float32", [0.5, -1.5])],          # promotion
                          [T("float32", [1.0, 2.0, 3.0]), T("int64", [2, -1])],
                          [T("bool", [True, False, True, True]), T("int32", [3, -2, 1])],
                          [T("float64", [1.0, np.inf, 2.0, 3.0, np.nan, 1.0, 0.0, 4.0]), T("float64", [0.0, 1.0, -1.0])],
                          [T("float64", [-0.0, -0.0, 1.0]), T("float64", [1.0, 1.0])],
                          [T("float64", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], None, "rev"), T("float64", [1.0, -1.0, 2.0])],
                          [T("int64", [1, 2, 3, 4, 5, 6, 7, 8, 9], None, "step2"), T("int64", [4], None, "bcast=3")],
                          [T("float32", [0.5, 1.5, -2.0, 3.0], None, "rev"), T("float32", [1.0, 2.0, 3.0, 4.0, 5.0], None, "step2")],
                          [T("float64", [], (0,)), T("float64", [1.0])],                  # empty: an error
                          [T("float64", [1.0]), T("float64", [], (0,))],
                          [T("float64", [[1.0, 2.0]]), T("float64", [1.0])]):             # 2-d: an error
                window_rows(op, mode, specs)
        emit(op, "mode=middle", [T("float64", [1.0, 2.0]), T("float64", [1.0])],
             lambda a, v, f=getattr(np, op): f(a, v, "middle"))
        for dtype in ("int32", "float64"):
            emit(op, "mode=default", [T(dtype, signals[dtype][0]), T(dtype, signals[dtype][1])], getattr(np, op),
                 window_scale(op, "full" if op == "convolve" else "valid"))
    # polyval (Horner, bit for bit), vander, polyder, polyint, polyadd, polysub, polymul
    coefficients = {"float64": [1.5, -2.0, 0.25, 3.0], "float32": [1.5, -2.0, 0.25, 3.0], "int32": [3, -2, 7, 1],
                    "int64": [2**40, -3, 5], "bool": [True, False, True]}
    points = {"float64": [0.5, -1.25, 3.0, 1e3, np.nan, -np.inf], "float32": [0.5, -1.25, 3.0, 1e3, 7.0, -2.0],
              "int32": [2, -3, 0, 1000, 7, 40000], "int64": [2, -3, 0, 2**20, 7, 5],
              "bool": [True, False, True, False, True, True]}
    for pt, p in coefficients.items():
        for xt, x in points.items():
            emit("polyval", "-", [T(pt, p), T(xt, x, (2, 3))], np.polyval)
        emit("polyval", "x=double:1.75", [T(pt, p)], lambda c: np.polyval(c, 1.75))
        emit("polyval", "-", [T(pt, p, None, "rev"), T("float64", [0.5, 2.0, -1.0, 4.0, 1.0, 3.0], None, "step2")],
             np.polyval)
    emit("polyval", "-", [T("float64", [], (0,)), T("int32", [1, 2])], np.polyval)
    emit("polyval", "-", [T("float64", [2.5]), T("float32", 1.5)], np.polyval)
    emit("polyval", "-", [T("float64", [1.0, 2.0, -1.0, 0.5], (2, 2)), T("float64", [3.0, -2.0])], np.polyval)
    emit("polyval", "-", [T("float64", 2.0), T("float64", [1.0])], np.polyval)
    for dtype, x in points.items():
        for n, inc in ((None, False), (4, False), (4, True), (0, False), (1, True), (6, True)):
            args = "n=none increasing=false" if n is None else "n=%d increasing=%s" % (n, str(inc).lower())
            emit("vander", args, [T(dtype, x[:4])], lambda xx, n=n, inc=inc: np.vander(xx, n, inc))
    emit("vander", "n=3 increasing=false", [T("float64", [1.5, -2.0, 3.0, 0.5, 2.0], None, "rev")],
         lambda xx: np.vander(xx, 3))
    emit("vander", "n=none increasing=false", [T("float64", [], (0,))], np.vander)
    emit("vander", "n=3 increasing=false", [T("float64", [1.0, 2.0], (1, 2))], lambda xx: np.vander(xx, 3))
    emit("vander", "n=-1 increasing=false", [T("float64", [1.0, 2.0])], lambda xx: np.vander(xx, -1))
    derivable = dict(coefficients, float64=[1.5, -2.0, 0.25, 3.0, 7.5, -1.0], empty=[])
    for dtype, p in derivable.items():
        spec = T("float64", p, (0,)) if dtype == "empty" else T(dtype, p)
        for m in (0, 1, 2, 3, 7):
            emit("polyder", "m=%d" % m, [spec], lambda c, m=m: np.polyder(c, m))
            emit("polyint", "m=%d" % m, [spec], lambda c, m=m: np.polyint(c, m))
    emit("polyder", "m=1", [T("int32", [1, 2, 3, 4, 5], None, "step2")], np.polyder)
    emit("polyint", "m=1", [T("float32", [1.0, 2.0, 3.0, 4.0], None, "rev")], np.polyint)
    for op in ("polyder", "polyint"):
        emit(op, "m=-1", [T("float64", [1.0, 2.0])], lambda c, f=getattr(np, op): f(c, -1))
        emit(op, "m=1", [T("float64", 3.0)], getattr(np, op))
    pairs = [(T("float64", [1.5, -2.0]), T("float64", [9.0, 5.0, 4.0])), (T("int32", [1, 2, 3]), T("int64", [7])),
             (T("bool", [True, False]), T("int32", [3, -2, 1])), (T("float32", [1.5, 2.0]), T("float32", [0.5, 4.0])),
             (T("int32", [I32_MAX, 2]), T("int32", [1, 5])), (T("float64", 2.5), T("float64", [1.0, 2.0])),
             (T("bool", [True, False]), T("bool", [True, True, False])),
             (T("float64", [1.0, 2.0, 3.0], None, "rev"), T("float32", [1.0, 2.0, 3.0, 4.0], None, "step2"))]
    for a1, a2 in pairs:
        emit("polyadd", "-", [a1, a2], np.polyadd)
        emit("polysub", "-", [a1, a2], np.polysub)
        emit("polymul", "-", [a1, a2], np.polymul, window_scale("convolve", "full"))
    # polyfit: compared in the units of the scaled problem (the replay multiplies coefficient i by the
    # 2-norm of Vandermonde column i); scale = |c_scaled| cond (1 + cond |r| / |y|), cond that of the
    # column-scaled Vandermonde matrix (the lstsq perturbation bound), the largest over y's columns
    def fit_scale(deg):
        def scale(x, y):
            xs = np.asarray(x) + 0.0
            lhs = np.vander(xs, deg + 1)
            norms = np.sqrt((lhs * lhs).sum(axis=0))
            s = np.linalg.svd(lhs / norms, compute_uv=False)
            cond = s[0] / s[-1]
            c = np.polyfit(x, y, deg)
            yy = np.asarray(y, np.float64).reshape(len(xs), -1)
            cc = c.reshape(deg + 1, -1)
            worst = 0.0
            for k in range(yy.shape[1]):
                r = np.linalg.norm(yy[:, k] - lhs @ cc[:, k]) / max(np.linalg.norm(yy[:, k]), 1e-300)
                worst = max(worst, np.linalg.norm(cc[:, k] * norms) * cond * (1 + cond * r))
            return float(worst)
        return scale

    xs = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.5]
    exact = [np.polyval([0.5, -2.0, 1.25, 3.0][3 - d:], np.asarray(xs)) for d in range(4)]
    noisy = [1.0, -0.5, 2.25, 3.0, 1.5, -2.0, 4.0, 0.75]
    for deg in range(4):
        emit("polyfit", "deg=%d" % deg, [T("float64", xs), T("float64", exact[deg])],
             lambda x, y, d=deg: np.polyfit(x, y, d), fit_scale(deg))
        emit("polyfit", "deg=%d" % deg, [T("float64", xs), T("float64", noisy)],
             lambda x, y, d=deg: np.polyfit(x, y, d), fit_scale(deg))
        emit("polyfit", "deg=%d" % deg, [T("int32", [-3, -1, 0, 2, 4, 5, 7, 9]), T("float64", np.column_stack([noisy, exact[deg]]))],
             lambda x, y, d=deg: np.polyfit(x, y, d), fit_scale(deg))
        emit("polyfit", "deg=%d" % deg, [T("float32", xs), T("float32", noisy, None, "rev")],
             lambda x, y, d=deg: np.polyfit(x, y, d), fit_scale(deg))
    far = [1e4, 1.5e4, 2e4, 3e4, 4e4, 5.5e4, 7e4, 1e5]       # unscaled, the columns are up to 10^15 apart
    emit("polyfit", "deg=3", [T("float64", far), T("float64", noisy)], lambda x, y: np.polyfit(x, y, 3), fit_scale(3))
    emit("polyfit", "deg=2", [T("float64", far), T("float64", noisy)], lambda x, y: np.polyfit(x, y, 2), fit_scale(2))
    emit("polyfit", "deg=2", [T("float64", far), T("int64", [3, 1, 4, 1, 5, 9, 2, 6])],
         lambda x, y: np.polyfit(x, y, 2), fit_scale(2))
    clustered = [1.0 + 0.01 * i for i in range(8)]                # scaled cond about 1e4 (deg 2), 1e6 (deg 3)
    for deg in (2, 3):
        emit("polyfit", "deg=%d" % deg, [T("float64", clustered), T("float64", noisy)],
             lambda x, y, d=deg: np.polyfit(x, y, d), fit_scale(deg))
        emit("polyfit", "deg=%d" % deg, [T("float64", clustered), T("float64", np.polyval([0.5, -2.0, 1.25, 3.0][3 - deg:],
                                                                                     np.asarray(clustered)))],
             lambda x, y, d=deg: np.polyfit(x, y, d), fit_scale(deg))
    emit("polyfit", "deg=1", [T("bool", [True, False, True, False]), T("float64", [1.0, 2.0, 3.5, 4.0])],
         lambda x, y: np.polyfit(x, y, 1), fit_scale(1))
    emit("polyfit", "deg=3", [T("float64", [1.0, 2.0, 3.0, 4.0]), T("float64", [2.0, -1.0, 0.5, 3.0])],
         lambda x, y: np.polyfit(x, y, 3), fit_scale(3))                             # as many points as terms
    for deg, x, y in ((-1, [1.0, 2.0], [1.0, 2.0]), (1, [], []), (1, [1.0, 2.0, 3.0], [1.0, 2.0]),
                      (1, [[1.0, 2.0]], [1.0, 2.0])):
        emit("polyfit", "deg=%d" % deg, [T("float64", x, (0,) if not x else None), T("float64", y, (0,) if not y else None)],
             lambda xx, yy, d=deg: np.polyfit(xx, yy, d))
    emit("polyfit", "deg=1", [T("float64", [1.0, 2.0]), T("float64", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], (2, 2, 2))],
         lambda xx, yy: np.polyfit(xx, yy, 1))

    # NumPy 2's cumulative_sum / cumulative_prod (axis required above 1-d, include_initial), and the
    # ufunc methods outer and reduce (default axis 0) of the binary op tokens
    for op in ("cumulative_sum", "cumulative_prod"):
        f = getattr(np, op)
        for dtype, v in values.items():
            for spec, axes in ((T(dtype, v), ("none", "0", "-1")), (T(dtype, v, (3, 4)), ("0", "1", "none")),
                               (T(dtype, v, (3, 4), "T"), ("1",))):
                for axis in axes:
                    for init in (False, True):
                        emit(op, "axis=%s initial=%s" % (axis, "true" if init else "false"), [spec],
                             lambda x, axis=axis, init=init, f=f: f(x, axis=None if axis == "none" else int(axis),
                                                                    include_initial=init))
        for spec, axis in ((scalar, "none"), (scalar, "0"), (empty, "0"), (empty, "1"), (cube, "1"), (cube, "3"),
                           (T("int32", [5, 7]), "-2")):
            for init in (False, True):
                emit(op, "axis=%s initial=%s" % (axis, "true" if init else "false"), [spec],
                     lambda x, axis=axis, init=init, f=f: f(x, axis=None if axis == "none" else int(axis), include_initial=init))
    for name in ("add", "subtract", "multiply", "maximum", "fmin", "less", "logical_xor", "bitwise_and", "power", "arctan2"):
        u = getattr(np, name)
        for a, b in ((T("int32", [3, -1, 0]), T("int32", [[2, 5], [-4, 1]])), (T("float64", [1.5, np.nan, -0.0]),
                     T("float32", [2.0, -np.inf])), (T("bool", [True, False]), T("bool", [True, False, True])),
                     (T("int64", [2, 3]), T("float64", 0.5)), (T("float32", np.zeros((0, 2))), T("float64", [1.0, 2.0])),
                     (T("float64", [4.0, 9.0, 1.0], (3,), "rev"), T("int32", [1, 2]))):
            if a[1] == "bool" and b[1] == "bool" and name in ("power", "arctan2"):
                continue                                # int8 / float16 in NumPy: types jtensor lacks
            emit(name + ".outer", "-", [a, b], lambda a, b, u=u: u.outer(a, b))
    for name in ("add", "multiply", "maximum", "minimum", "logical_and", "logical_or"):
        u = getattr(np, name)
        small = {"float64": [1.5, -0.0, 2.0, np.nan, -4.0, 0.5, 3.0, -1.0, 8.0, 0.25, 1.0, 2.0],
                 "float32": [1.5, -0.0, 2.0, -np.inf, -4.0, 0.5, 3.0, -1.0, 8.0, 0.25, 1.0, 2.0]}
        for dtype, v in list(values.items()) if name not in ("add", "multiply") else \
                [("int32", values["int32"]), ("int64", values["int64"]), ("bool", values["bool"])] + list(small.items()):
            m = T(dtype, v, (3, 4))
            for axes, keep in (("default", False), ("0", False), ("1", True), ("none", False), ("0;1", True),
                               ("-1", False)):
                emit(name + ".reduce", "axes=%s keepdims=%s" % (axes, "true" if keep else "false"), [m],
                     lambda x, axes=axes, keep=keep, u=u: u.reduce(x) if axes == "default" else
                     u.reduce(x, axis=None if axes == "none" else tuple(int(a) for a in axes.split(";")), keepdims=keep))
        emit(name + ".reduce", "axes=default keepdims=false", [empty], lambda x, u=u: u.reduce(x))
        emit(name + ".reduce", "axes=1 keepdims=false", [empty], lambda x, u=u: u.reduce(x, axis=1))
        emit(name + ".reduce", "axes=default keepdims=false", [scalar], lambda x, u=u: u.reduce(x))

    # reductions with where= (a bool mask broadcast to x) and max/min with initial=
    def masked_scale(op, x, mask, axes, ddof=0):
        if not np.issubdtype(x.dtype, np.floating) or x.size == 0 or op in ("all", "any"):
            return 0.0
        ax = None if axes == "none" else tuple(int(a) for a in axes.split(";"))
        m = np.broadcast_to(mask, x.shape)
        fin = np.where(np.isfinite(x) & m, x, 0).astype(np.float64)
        count = np.maximum(np.sum(m, axis=ax), 1)
        if op == "sum":
            v = np.sum(np.abs(fin), axis=ax)
        elif op == "mean":
            v = np.sum(np.abs(fin), axis=ax) / count
        elif op == "prod":
            v = np.abs(np.prod(np.where(m, fin, 1.0), axis=ax)) * count
        else:
            v = np.sum(fin * fin, axis=ax) / np.maximum(count - ddof, 1)
            v = np.sqrt(v) if op == "std" else v
        v = np.asarray(v)
        return min(float(np.max(v)), float(np.finfo(np.float64).max)) if v.size else 0.0
    masked_data = {
        "float64": [1.5, -2.0, np.nan, 0.25, 3.0, -0.0, 7.0, 1e300, 2.5, -6.0, 0.1, 8.0],
        "float32": [1.5, -2.0, 4.0, 0.25, 3.0, -0.0, 7.0, 1.0, 2.5, -6.0, 0.1, 3e38],
        "int32": [I32_MAX, -2, 4, 7, 3, 0, 9, I32_MAX, 2, -6, 5, 8],
        "int64": [1, -2, 4, 7, 3, 0, 9, 2**62, 2, -6, 5, 8],
        "bool": [True, False, True, True, False, False, True, False, False, True, True, False]}
    masks = [("full", T("bool", [True, False, True, True, False, True, True, True, False, False, True, True], (3, 4))),
             ("row", T("bool", [True, False, False, True])), ("column", T("bool", [False, True, True], (3, 1))),
             ("none", T("bool", [False] * 12, (3, 4))), ("scalar", T("bool", True))]
    for dtype, v in masked_data.items():
        x = T(dtype, v, (3, 4))
        for mask_name, mask in masks:
            for axes, keep in (("none", False), ("0", False), ("-1;0", True) if mask_name == "full" else ("1", True)):
                ax = None if axes == "none" else tuple(int(a) for a in axes.split(";"))
                args = "axes=%s keepdims=%s" % (axes, "true" if keep else "false")
                for op in ("sum", "prod", "mean", "all", "any"):
                    if op == "prod" and dtype in ("int32", "int64") and mask_name != "row":
                        continue                        # products that wrap: no float scale needed, but keep rows small
                    f = getattr(np, op)
                    emit(op, args, [x, mask], lambda a, m, f=f, ax=ax, keep=keep: f(a, axis=ax, keepdims=keep, where=m),
                         lambda a, m, op=op, axes=axes: masked_scale(op, a, m, axes))
                for op in ("var", "std"):
                    for ddof in (0, 1):
                        f = getattr(np, op)
                        emit(op, args + " ddof=%d" % ddof, [x, mask],
                             lambda a, m, f=f, ax=ax, keep=keep, ddof=ddof: f(a, axis=ax, keepdims=keep, ddof=ddof, where=m),
                             lambda a, m, op=op, axes=axes, ddof=ddof: masked_scale(op, a, m, axes, ddof))
                for op in ("max", "min"):
                    f = getattr(np, op)
                    for initial in (-1.5, 4.0):
                        emit(op, args + " initial=%r" % initial, [x, mask],
                             lambda a, m, f=f, ax=ax, keep=keep, i=initial: f(a, axis=ax, keepdims=keep, initial=i, where=m))
        for op in ("max", "min"):
            f = getattr(np, op)
            emit(op, "axes=1 keepdims=false initial=2.5", [x], lambda a, f=f: f(a, axis=1, initial=2.5))
            emit(op, "axes=none keepdims=false initial=-7.0", [T(dtype, [], (0, 3))], lambda a, f=f: f(a, initial=-7.0))
            emit(op, "axes=1 keepdims=true initial=3.0", [T(dtype, [], (2, 0))], lambda a, f=f: f(a, axis=1, keepdims=True, initial=3.0))
    empty = T("float64", [], (2, 0))
    for op in ("sum", "prod", "mean", "all", "any"):
        f = getattr(np, op)
        emit(op, "axes=1 keepdims=false", [empty, T("bool", True)], lambda a, m, f=f: f(a, axis=1, where=m))
        emit(op, "axes=none keepdims=false", [T("float64", [1.0, 2.0]), T("bool", [True, False, True])],
             lambda a, m, f=f: f(a, where=m))
        emit(op, "axes=none keepdims=false", [T("float64", [1.0, 2.0]), T("int32", [1, 0])], lambda a, m, f=f: f(a, where=m))
    emit("max", "axes=none keepdims=false initial=1.0", [T("float64", [1.0, 2.0]), T("bool", [True, False, True])],
         lambda a, m: np.max(a, where=m, initial=1.0))

    # statistics and polynomials of the small integer types: ptp keeps the type and wraps (int8
    # 127 - -128 is -1), average/nanvar/cov/corrcoef/gradient/polyfit give float64, trapezoid adds
    # neighbours in the type before halving (int8 100 + 100 wraps), ediff1d wraps, polyval of int8
    # coefficients at int8 x is Horner's rule in int8
    small_stat = {"int8": [[127, -128, 3], [-1, 100, 100]], "uint8": [[255, 0, 3], [1, 200, 200]],
                  "int16": [[32767, -32768, 3], [-1, 300, 300]], "uint16": [[65535, 0, 3], [1, 300, 300]],
                  "uint32": [[U32_MAX, 0, 3], [1, 2**31, 2**31]]}
    for dtype, v in small_stat.items():
        x = T(dtype, v)
        for axes in (None, (0,), (-1,)):
            emit("ptp", "axes=%s keepdims=false" % fmt_axes(axes), [x], lambda x, a=axes: np.ptp(x, axis=a))
        emit("average", "axes=none keepdims=false", [x], average(None, False), avg_scale(None))
        emit("average", "axes=-1 keepdims=false", [x, T(dtype, [[1, 2, 3], [3, 0, 1]])], average((-1,), False),
             avg_scale((-1,)))
        emit("nanvar", "axes=1 keepdims=false ddof=1", [x], lambda x: np.nanvar(x, axis=1, ddof=1),
             lambda x: stat_scale("nanvar", x, (1,), 1))
        emit("nanstd", "axes=none keepdims=false ddof=0", [x], lambda x: np.nanstd(x),
             lambda x: stat_scale("nanstd", x, None, 0))
        emit("cov", cov_args(), [x], np.cov, cov_scale())
        emit("corrcoef", cov_args(), [x], np.corrcoef, corr_scale())
        emit("gradient", "axis=1 spacing=1.0 edge=1", [x], lambda f: np.gradient(f, axis=1))
        emit("trapezoid", "axis=-1 dx=1.0", [x], lambda y: np.trapezoid(y), lambda y: trap_scale(y))
        emit("ediff1d", "-", [x], np.ediff1d)
    emit("average", "axes=none keepdims=false", [T("int8", [[1, 2, 3], [4, 5, 6]]), T("uint8", [[255, 255, 0], [1, 1, 1]])],
         average(None, False), avg_scale(None))
    emit("ptp", "axes=1 keepdims=true", [T("int8", [[127, -128], [-128, -128]])], lambda x: np.ptp(x, axis=1, keepdims=True))
    for pt, p, xt, xv in (("int8", [3, -2, 1], "int8", [0, 1, 2, 10, -11, 127]),
                          ("uint8", [1, 2, 3], "uint8", [0, 1, 20, 255, 16, 7]),
                          ("int16", [1, 300, -5], "int16", [0, 181, 32767, -1, 2, 3]),
                          ("int8", [3, -2, 1], "float64", [0.5, 2.0, -1.0, 4.0, 1.0, 3.0]),
                          ("uint8", [1, 2, 3], "int8", [0, 1, -128, 127, 16, -7]),
                          ("uint32", [1, 65537, 3], "uint32", [0, 1, 65536, U32_MAX, 2**31, 7])):
        emit("polyval", "-", [T(pt, p), T(xt, xv, (2, 3))], np.polyval)
    for deg in (1, 2):
        emit("polyfit", "deg=%d" % deg, [T("int8", [-3, -1, 0, 2, 4, 5, 7, 9]), T("uint8", [1, 200, 3, 255, 0, 9, 2, 6])],
             lambda x, y, d=deg: np.polyfit(x, y, d), fit_scale(deg))
    write("shaping.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "scale"], rows, """
Shaping, creation-like and statistics functions composed of existing jtensor ops, as NumPy computes
them: flip (axes none = all, empty = the empty tuple), fliplr, flipud, roll (shift without axis
rolls the flattened x; shifts/axes lists as np.roll's tuples), tile, repeat (repeats: one count;
counts: np.repeat with a list), swapaxes, atleast_1d/2d/3d, tril, triu, tri (n, m, k, dtype; the
defaults where absent), meshgrid (the grids, dtypes and shapes joined by ;, values one after the
other), zeros_like / ones_like / full_like (value=double:v is a Python float, long:v a Python int)
/ empty_like (NumPy's contents are unspecified; jtensor zero-fills, so the expected values are
np.zeros_like's), nanvar, nanstd, ptp and average (second input: the weights).
inputs: manipulation.csv's operand syntax, joined by ;.  result_dtype error: NumPy raises (the
exception class is in expected); jtensor must throw.  scale: an error scale for nanvar/nanstd
(sum of squares / (count - ddof), or its root) and average (sum|x*w| / |sum w|, or mean|x|), cov
(max of (|x| + |mean|)(|x| + |mean|)^T / (N - ddof), times (N + 2) / 16 above 14 observations) and
corrcoef (that over the standard deviations, plus 1): the tolerance allows a backend-chosen multiple
of eps * scale for the summation order.  cov/corrcoef args: rowvar, bias, ddof (none: NumPy's
default); a second input is y.  round (args decimals), rint, fix, fabs, absolute, positive, modf,
isposinf, isneginf, float_power (second input, or args b=long:v / double:v, a weak scalar; scale:
the largest finite |result|) and divmod (two results; b as for float_power) are a few ufuncs each.
rot90 (k, axes), column_stack, dstack, hsplit/vsplit/dsplit (sections or indices; the pieces as
results), gradient (axes=all: one result per axis; else axis, spacing, edge order), trapezoid (axis,
dx, or x=second: x as a second input; scale: the largest finite sum of |d| (|y1| + |y0|) / 2), ediff1d
(inputs x[;to_end;to_begin]) and broadcast_arrays (the views as results).  convolve, correlate (args
mode; default: the two-argument call) and polymul: scale, the largest finite sum of |products| of one
output.  polyval (inputs p;x, or args x=double:v), vander (n, increasing), polyder / polyint (m),
polyadd, polysub, polyfit (inputs x;y, args deg; compared after multiplying coefficient i by the 2-norm
of Vandermonde column i; scale: |c scaled| cond (1 + cond |r| / |y|), cond that of the column-scaled
Vandermonde matrix).""")


# ---------------------------------------------------------------------------------------------
# contraction: diagonals, tensordot, inner, vdot, kron, cross, einsum

def gen_contraction():
    rows = []
    rng = np.random.default_rng(20261130)

    def abs64(v):
        a = np.abs(np.asarray(v).astype(np.float64))
        return np.where(np.isfinite(a), a, 0.0)

    def emit(op, args, specs, compute, terms=None):
        """terms(*values): the number of products summed into each result element (None: no sum)."""
        texts, values = zip(*[manip_operand(s) for s in specs])
        try:
            result = compute(*values)
        except Exception as e:                          # NumPy rejects it: jtensor must too
            rows.append([op, ";".join(texts), args, "error", "-", type(e).__name__, "0.0"])
            return
        arr = np.asarray(result)
        jt = JT[arr.dtype.name]
        assert jt == arr.dtype.name, (op, args, arr.dtype)
        scale = 0.0
        if arr.dtype.kind == "f" and terms is not None and arr.size:
            magnitude = np.asarray(compute(*[abs64(v) for v in values]), np.float64)
            scale = float(np.max(magnitude)) * max(int(terms(*values)), 1)
        rows.append([op, ";".join(texts), args, jt, fmt_shape(arr.shape), fmt_list(arr, jt) if arr.size else "-",
                     repr(scale)])

    def vals(dtype, shape, wide=False):
        n = int(np.prod(shape))
        if dtype == "bool":
            v = rng.random(n) < 0.5
        elif dtype in ("int32", "int64"):
            big = (2**31 - 1) if dtype == "int32" else 2**62
            v = rng.integers(-big, big, n) if wide else rng.integers(-9, 10, n)
        else:
            v = np.round(rng.standard_normal(n) * 4, 3)
        return np.asarray(v, NP[dtype]).reshape(shape)

    def t(dtype, shape, view="-", wide=False):
        return T(dtype, vals(dtype, shape, wide), None, view)

    # diagonal and trace: offsets, axes, views, empty, errors
    for dtype in DTYPES:
        for k in (0, 1, -1, 3, -2, 4, -3, -7):
            m = t(dtype, (3, 4))
            emit("diagonal", "offset=%d axis1=0 axis2=1" % k, [m], lambda x, k=k: np.diagonal(x, k, 0, 1))
            emit("trace", "offset=%d axis1=0 axis2=1" % k, [m], lambda x, k=k: np.trace(x, k, 0, 1),
                 lambda x, k=k: np.diagonal(x, k).size)
        m = t(dtype, (4, 3), "T")
        emit("diagonal", "-", [m], np.diagonal)
        emit("trace", "-", [m], np.trace, lambda x: np.diagonal(x).size)
        emit("trace", "-", [t(dtype, (3, 3), wide=True)], np.trace, lambda x: 3)
    cube = t("float64", (2, 3, 4))
    icube = t("int32", (2, 3, 4))
    for k, a1, a2 in [(0, 0, 2), (1, 2, 0), (-1, 1, 2), (0, -1, 0), (2, -2, -1), (1, 0, 1)]:
        for c in (cube, icube):
            emit("diagonal", "offset=%d axis1=%d axis2=%d" % (k, a1, a2), [c],
                 lambda x, k=k, a1=a1, a2=a2: np.diagonal(x, k, a1, a2))
            emit("trace", "offset=%d axis1=%d axis2=%d" % (k, a1, a2), [c],
                 lambda x, k=k, a1=a1, a2=a2: np.trace(x, k, a1, a2), lambda x, k=k, a1=a1, a2=a2: x.shape[a1])
    for spec in [t("float32", (3, 4), "rev"), t("int64", (5, 3), "step2"), T("float64", [[1.5, -2.0, 3.25]], None, "bcast=3x3"),
                 T("float32", np.zeros((0, 3))), T("int32", np.zeros((3, 0))), T("bool", np.zeros((2, 0, 2)))]:
        emit("diagonal", "-", [spec], np.diagonal)
        emit("trace", "-", [spec], np.trace, lambda x: min(x.shape[0], x.shape[1]))
    for op, f in [("diagonal", np.diagonal), ("trace", np.trace)]:
        emit(op, "-", [t("float64", (3,))], f)
        emit(op, "-", [T("float64", 2.5)], f)
        emit(op, "offset=0 axis1=1 axis2=1", [t("float64", (3, 3))], lambda x, f=f: f(x, 0, 1, 1))
        emit(op, "offset=0 axis1=0 axis2=2", [t("float64", (3, 3))], lambda x, f=f: f(x, 0, 0, 2))
        emit(op, "offset=0 axis1=-3 axis2=1", [t("int32", (3, 3))], lambda x, f=f: f(x, 0, -3, 1))
        emit(op, "offset=1 axis1=-1 axis2=-2", [t("int32", (3, 3))], lambda x, f=f: f(x, 1, -1, -2))
    emit("trace", "offset=0 axis1=0 axis2=1", [T("float64", [[np.nan, 1.0], [2.0, np.inf]])], lambda x: np.trace(x), lambda x: 2)
    emit("trace", "offset=0 axis1=0 axis2=1", [T("float64", [[np.inf, 1.0], [2.0, -np.inf]])], lambda x: np.trace(x), lambda x: 2)

    # diag and diagflat
    for dtype in DTYPES:
        v = t(dtype, (3,))
        for k in (None, 0, 1, -2):
            args = "-" if k is None else "k=%d" % k
            emit("diag", args, [v], lambda x, k=k: np.diag(x) if k is None else np.diag(x, k))
            emit("diagflat", args, [t(dtype, (2, 2))], lambda x, k=k: np.diagflat(x) if k is None else np.diagflat(x, k))
        for k in (0, 2, -1, 5):
            emit("diag", "k=%d" % k, [t(dtype, (3, 4))], lambda x, k=k: np.diag(x, k))
    for spec in [t("float64", (4,), "rev"), t("int32", (5,), "step2"), T("float32", np.zeros((0,))), t("float64", (3, 4), "T"),
                 T("int64", [[1, 2, 3]], None, "bcast=2x3")]:
        emit("diag", "k=1", [spec], lambda x: np.diag(x, 1))
        emit("diag", "-", [spec], np.diag)
    emit("diag", "k=2", [T("float32", np.zeros((0,)))], lambda x: np.diag(x, 2))
    emit("diag", "-", [T("float64", 2.0)], np.diag)
    emit("diag", "-", [t("float64", (2, 2, 2))], np.diag)
    for spec in [T("float64", 2.0), t("int32", (2, 1, 2)), t("bool", (3,), "rev"), T("float64", np.zeros((0, 2))),
                 t("float64", (2, 3), "T")]:
        emit("diagflat", "k=-1", [spec], lambda x: np.diagflat(x, -1))
        emit("diagflat", "-", [spec], np.diagflat)

    # tensordot: int axes, axis lists, dtypes, views, empty, errors
    def td_terms(axes_a):
        return lambda a, b: int(np.prod([a.shape[i] for i in axes_a])) if axes_a else 1

    for da, db in [("float64", "float64"), ("float32", "float32"), ("int32", "int32"), ("int64", "int32"),
                   ("bool", "bool"), ("bool", "int32"), ("int32", "float32"), ("float32", "float64")]:
        a, b = t(da, (2, 3, 4)), t(db, (3, 4, 2))
        emit("tensordot", "-", [a, b], np.tensordot, lambda a, b: 12)
        for n in (0, 1, 2):
            b2 = t(db, (4, 5)) if n == 1 else b
            emit("tensordot", "axes=%d" % n, [a, b2], lambda a, b, n=n: np.tensordot(a, b, n),
                 lambda a, b, n=n: int(np.prod(a.shape[a.ndim - n:])))
        emit("tensordot", "axesa=1;0 axesb=0;2", [a, t(db, (3, 5, 2))], lambda a, b: np.tensordot(a, b, ([1, 0], [0, 2])),
             lambda a, b: 6)
    emit("tensordot", "axes=2", [t("int32", (3, 3), wide=True), t("int32", (3, 3), wide=True)],
         lambda a, b: np.tensordot(a, b, 2))
    emit("tensordot", "axes=1", [t("int64", (2, 3), wide=True), t("int64", (3, 2), wide=True)],
         lambda a, b: np.tensordot(a, b, 1))
    A = t("float64", (2, 3, 4))
    for args, axes, n in [("axesa=-1 axesb=0", ([-1], [0]), 4), ("axesa=0;-1 axesb=1;0", ([0, -1], [1, 0]), 8),
                          ("axesa=empty axesb=empty", ([], []), 1), ("axesa=2;1;0 axesb=0;1;2", ([2, 1, 0], [0, 1, 2]), 24)]:
        shapeb = {1: (2, 2), 4: (4, 3), 8: (4, 2, 3), 24: (4, 3, 2)}[n]
        emit("tensordot", args, [A, t("float64", shapeb)], lambda a, b, axes=axes: np.tensordot(a, b, axes), lambda a, b, n=n: n)
    emit("tensordot", "axes=1", [t("float64", (4, 3), "T"), t("float64", (4, 3), "rev")], lambda a, b: np.tensordot(a, b, 1),
         lambda a, b: 4)
    emit("tensordot", "axes=1", [T("float64", [[1.5, -2.0]], None, "bcast=3x2"), t("float64", (2, 2))],
         lambda a, b: np.tensordot(a, b, 1), lambda a, b: 2)
    emit("tensordot", "axes=1", [T("float64", np.zeros((2, 0))), T("float64", np.zeros((0, 3)))], lambda a, b: np.tensordot(a, b, 1))
    emit("tensordot", "axes=1", [T("float32", np.zeros((0, 2))), t("float32", (2, 3))], lambda a, b: np.tensordot(a, b, 1), lambda a, b: 2)
    emit("tensordot", "axes=0", [T("float64", 2.5), t("float64", (2, 3))], lambda a, b: np.tensordot(a, b, 0))
    emit("tensordot", "axes=-1", [t("int32", (2,)), t("int32", (3,))], lambda a, b: np.tensordot(a, b, -1))
    emit("tensordot", "axes=3", [t("float64", (2, 3)), t("float64", (3, 2))], lambda a, b: np.tensordot(a, b, 3))
    emit("tensordot", "axes=1", [t("float64", (2, 3)), t("float64", (2, 3))], lambda a, b: np.tensordot(a, b, 1))
    emit("tensordot", "-", [t("float64", (2, 3)), t("float64", (3, 2))], np.tensordot)
    emit("tensordot", "axesa=1 axesb=1", [t("float64", (2, 3)), t("float64", (3, 2))],
         lambda a, b: np.tensordot(a, b, ([1], [1])))
    emit("tensordot", "axesa=1;0 axesb=0", [t("float64", (2, 3)), t("float64", (3, 2))],
         lambda a, b: np.tensordot(a, b, ([1, 0], [0])))
    emit("tensordot", "axesa=2 axesb=0", [t("float64", (2, 3)), t("float64", (3, 2))],
         lambda a, b: np.tensordot(a, b, ([2], [0])))

    # inner, vdot, kron
    for da, db in [("float64", "float64"), ("float32", "float32"), ("int32", "int32"), ("int64", "int32"),
                   ("bool", "bool"), ("int32", "float32")]:
        emit("inner", "-", [t(da, (4,)), t(db, (4,))], np.inner, lambda a, b: 4)
        emit("inner", "-", [t(da, (2, 3)), t(db, (4, 3))], np.inner, lambda a, b: 3)
        emit("inner", "-", [t(da, (2, 2, 3)), t(db, (3,))], np.inner, lambda a, b: 3)
        emit("vdot", "-", [t(da, (2, 3)), t(db, (3, 2))], np.vdot, lambda a, b: 6)
        emit("vdot", "-", [t(da, (4,)), t(db, (4,))], np.vdot, lambda a, b: 4)
        emit("kron", "-", [t(da, (2, 2)), t(db, (3, 2))], np.kron)
        emit("kron", "-", [t(da, (3,)), t(db, (2, 2))], np.kron)
    emit("inner", "-", [T("float64", 2.5), t("float64", (2, 3))], np.inner)
    emit("inner", "-", [t("int32", (3,)), T("int32", 3)], np.inner)
    emit("inner", "-", [t("float64", (3, 4), "T"), t("float64", (3,), "rev")], np.inner, lambda a, b: 3)
    emit("inner", "-", [T("float64", np.zeros((2, 0))), T("float64", np.zeros((3, 0)))], np.inner)
    emit("inner", "-", [t("float64", (2, 3)), t("float64", (2, 4))], np.inner)
    emit("inner", "-", [t("int32", (3,), wide=True), t("int32", (3,), wide=True)], np.inner)
    emit("vdot", "-", [t("float64", (3, 2), "T"), t("float64", (6,), "rev")], np.vdot, lambda a, b: 6)
    emit("vdot", "-", [T("float64", np.zeros((0,))), T("float64", np.zeros((0, 2)))], np.vdot)
    emit("vdot", "-", [T("float64", 2.0), T("float64", -1.5)], np.vdot, lambda a, b: 1)
    emit("vdot", "-", [t("float64", (3,)), t("float64", (4,))], np.vdot)
    emit("vdot", "-", [t("int64", (5,), wide=True), t("int64", (5,), wide=True)], np.vdot)
    emit("kron", "-", [T("int32", 3), t("int32", (2, 3))], np.kron)
    emit("kron", "-", [T("float64", 2.0), T("float64", -0.5)], np.kron)
    emit("kron", "-", [t("float64", (2, 3), "T"), t("float64", (2,), "rev")], np.kron)
    emit("kron", "-", [t("int32", (2, 1, 2)), t("int32", (2, 2))], np.kron)
    emit("kron", "-", [T("float64", np.zeros((0, 2))), t("float64", (2, 2))], np.kron)
    emit("kron", "-", [T("float64", [[1.0, -0.0]], None, "bcast=2x2"), t("float64", (2,))], np.kron)
    emit("kron", "-", [t("float64", (2, 2)), T("float64", [np.inf, np.nan, 0.0])], np.kron)

    # cross: 3 and 2 components, broadcasting, axes, errors
    for da, db in [("float64", "float64"), ("float32", "float32"), ("int32", "int32"), ("int64", "int32"),
                   ("int32", "float32"), ("bool", "int32"), ("bool", "bool")]:
        for sa, sb in [((3,), (3,)), ((2, 3), (3,)), ((4, 1, 3), (2, 3)), ((2,), (3,)), ((3,), (2,)), ((2,), (2,)),
                       ((2, 2), (3, 1, 2))]:
            emit("cross", "-", [t(da, sa), t(db, sb)], np.cross)
    A, B = t("float64", (3, 2)), t("float64", (2, 3))
    emit("cross", "axisa=0 axisb=1 axisc=0", [A, B], lambda a, b: np.cross(a, b, axisa=0, axisb=1, axisc=0))
    emit("cross", "axisa=0 axisb=-1 axisc=-1", [A, B], lambda a, b: np.cross(a, b, axisa=0, axisb=-1, axisc=-1))
    emit("cross", "axis=0", [A, t("float64", (3, 2))], lambda a, b: np.cross(a, b, axis=0))
    emit("cross", "axis=0", [t("float64", (2, 4)), t("float64", (3, 4))], lambda a, b: np.cross(a, b, axis=0))
    emit("cross", "axis=1", [t("int32", (4, 3, 2)), t("int32", (1, 3, 2))], lambda a, b: np.cross(a, b, axis=1))
    emit("cross", "-", [t("float64", (3, 3), "T"), t("float64", (3,), "rev")], np.cross)
    emit("cross", "-", [T("float64", np.zeros((0, 3))), t("float64", (3,))], np.cross)
    emit("cross", "-", [T("float64", [[1.0, 2.0, 3.0]], None, "bcast=2x3"), t("float64", (2, 3))], np.cross)
    emit("cross", "-", [T("float64", [np.inf, 1.0, 0.0]), T("float64", [1.0, np.nan, 2.0])], np.cross)
    emit("cross", "-", [t("int32", (3,), wide=True), t("int32", (3,), wide=True)], np.cross)
    emit("cross", "-", [t("float64", (4,)), t("float64", (3,))], np.cross)
    emit("cross", "-", [t("float64", (3,)), t("float64", (1,))], np.cross)
    emit("cross", "-", [t("float64", (2, 3)), t("float64", (3, 3))], np.cross)
    emit("cross", "-", [T("float64", 1.0), t("float64", (3,))], np.cross)
    emit("cross", "axisa=2 axisb=-1 axisc=-1", [t("float64", (3, 3)), t("float64", (3,))], lambda a, b: np.cross(a, b, axisa=2))
    emit("cross", "axisa=-1 axisb=-1 axisc=2", [t("float64", (2, 3)), t("float64", (3,))], lambda a, b: np.cross(a, b, axisc=2))
    emit("cross", "axisa=-1 axisb=-1 axisc=5", [t("float64", (2,)), t("float64", (2,))], lambda a, b: np.cross(a, b, axisc=5))

    # einsum
    def es(subs, *specs):
        def terms(*ops):
            inputs, arrow, out = subs.partition("->")
            if not arrow:
                out = "".join(c for c in inputs if c.isalpha() and inputs.count(c) == 1)
            sizes = {}
            for term, x in zip(inputs.split(","), ops):
                left, dots, right = term.partition("...")
                dims = list(zip(left, x.shape)) + (list(zip(right, x.shape[x.ndim - len(right):])) if dots else [])
                for c, d in dims:
                    sizes[c] = max(sizes.get(c, 1), d)
            return int(np.prod([d for c, d in sizes.items() if c not in out]))
        emit("einsum", "subscripts=" + subs.replace(",", ";"), list(specs), lambda *ops: np.einsum(subs, *ops), terms)

    for dtype in DTYPES:
        m, n, v, w = t(dtype, (3, 4)), t(dtype, (4, 2)), t(dtype, (4,)), t(dtype, (3,))
        sq = t(dtype, (3, 3))
        es("ij,jk->ik", m, n)
        es("ij,jk", m, n)
        es("ij->ji", m)
        es("ji", m)
        es("ij", m)
        es("ij->", m)
        es("ij->j", m)
        es("ii", sq)
        es("ii->i", sq)
        es("i,i", v, v)
        es("i,j->ij", w, v)
        es("ij,j->i", m, v)
        es("i,ij,j->", w, m, v)
        es("ijk,ikl->ijl", t(dtype, (2, 3, 4)), t(dtype, (2, 4, 2)))
        es("...ij,...jk->...ik", t(dtype, (2, 3, 4)), n)
    for dtype in ("int32", "int64"):
        es("ij,jk->ik", t(dtype, (2, 3), wide=True), t(dtype, (3, 2), wide=True))
        es("ii", t(dtype, (3, 3), wide=True))
        es("ij->i", t(dtype, (2, 3), wide=True))
    es("i,i", t("int32", (3,)), t("float32", (3,)))
    es("ij,jk", t("int64", (2, 3)), t("float32", (3, 2)))
    es("ij,jk", t("bool", (2, 3)), t("int32", (3, 2)))
    es("ij,jk", t("float32", (2, 3)), t("float64", (3, 2)))
    es("ij,ij->ij", t("float64", (2, 3)), t("float64", (2, 3)))
    es("ij,ij", t("int32", (2, 3)), t("int32", (2, 3)))
    es("i,i->i", t("float32", (4,)), t("float32", (4,)))
    es("bn,anm,bm->ba", t("float64", (2, 3)), t("float64", (4, 3, 5)), t("float64", (2, 5)))
    es("ij,jk,ki->i", t("int64", (2, 3)), t("int64", (3, 4)), t("int64", (4, 2)))
    es("i,i,i->", t("bool", (5,)), t("bool", (5,)), t("bool", (5,)))
    es("iij->ji", t("float64", (3, 3, 2)))
    es("iji->j", t("int32", (3, 2, 3)))
    es("iii->i", t("float64", (2, 2, 2)))
    es("iijj->ij", t("float64", (2, 2, 3, 3)))
    es("ijij->", t("int64", (2, 3, 2, 3)))
    es("ii,i->i", t("float64", (3, 3)), t("float64", (3,)))
    es("ba,ab->", t("float64", (3, 2)), t("float64", (2, 3)))
    es("Ba,aB", t("float64", (3, 2)), t("float64", (2, 3)))
    es("Ba,aB", t("float64", (3, 2)), t("float64", (2, 4)))
    es("bA,Aa", t("float64", (3, 2)), t("float64", (2, 4)))
    es("ij,kj,lj->ikl", t("float64", (2, 3)), t("float64", (2, 3)), t("float64", (4, 3)))
    es("ab,bc,cd,de->ae", t("float64", (2, 3)), t("float64", (3, 4)), t("float64", (4, 2)), t("float64", (2, 3)))
    es("ab,bc,ca->", t("int32", (2, 3)), t("int32", (3, 4)), t("int32", (4, 2)))
    es("i,j,k->ijk", t("float64", (2,)), t("int32", (3,)), t("float32", (2,)))
    es("ijk->kji", t("float64", (2, 3, 4)))
    es("ijk->jk", t("float64", (2, 3, 4)))
    es("ijk", t("float64", (2, 3, 4)))
    es("kij", t("float64", (2, 3, 4)))
    es("...", t("float64", (2, 3)))
    es("...->", t("float64", (2, 3)))
    es("i...->...", t("float64", (2, 3, 4)))
    es("...i->...", t("int32", (2, 3, 4)))
    es("...ii->...i", t("float64", (2, 3, 3)))
    es("...ij->...ji", t("float64", (2, 2, 3, 4)))
    es("i...j", t("float64", (2, 3, 4)))
    es("ij...,jk...->ik...", t("float64", (2, 3, 4)), t("float64", (3, 2, 4)))
    es("...i,...i->...", t("float64", (2, 3)), t("float64", (4, 1, 3)))
    es("...i,...i", t("float64", (2, 3)), t("float64", (3,)))
    es("i...,i...->...", t("float64", (2, 3)), t("float64", (2, 1)))
    es("...,...", t("float64", (2, 3)), t("float64", (3,)))
    es("...,...->...", t("float64", (2, 1)), t("int32", (1, 3)))
    es(",i->i", T("float64", 2.5), t("float64", (3,)))
    es(",->", T("int32", 3), T("int32", -4))
    es("->", T("float64", 1.5))
    es("", T("float64", 1.5))
    es("ij,jk", t("float64", (2, 1)), t("float64", (3, 4)))
    es("ij,jk->ik", t("float64", (2, 3)), t("float64", (1, 4)))
    es("ij,ij->i", t("float64", (1, 3)), t("float64", (2, 3)))
    es("ij,jk", t("float64", (4, 3), "T"), t("float64", (4, 2), "rev"))
    es("ii", T("float64", [[1.5, -2.0, 3.0]], None, "bcast=3x3"))
    es("ij,jk", T("float64", np.zeros((2, 0))), T("float64", np.zeros((0, 3))))
    es("ij,jk", T("float32", np.zeros((0, 2))), t("float32", (2, 3)))
    es("ii->i", T("int32", np.zeros((0, 0))))
    es("ij->", T("bool", np.zeros((0, 3))))
    es("i,i", T("float64", [np.inf, 1.0]), T("float64", [0.0, 2.0]))
    es("i,i", T("float64", [np.inf, 1.0]), T("float64", [1.0, -np.inf]))
    # einsum_path: NumPy's greedy and optimal orders and its report (args 'subscripts=... optimize=...
    # [limit=n]'; expected 'path|report' with the path as 1.2;0.1 and the report escaped as printing.csv's;
    # with '...' only the path is compared, NumPy names the ellipsis' axes with letters from a set)
    def ep(subs, shapes, optimize="greedy", limit=None, dtype="float64"):
        specs = [t(dtype, sh) for sh in shapes]
        texts, values = zip(*[manip_operand(x) for x in specs])
        opt = optimize if limit is None else (optimize, limit)
        args = "subscripts=" + subs.replace(",", ";") + " optimize=" + optimize + ("" if limit is None else " limit=%d" % limit)
        try:
            path, report = np.einsum_path(subs, *values, optimize=opt)
        except Exception as e:
            rows.append(["einsum_path", ";".join(texts), args, "error", "-", type(e).__name__, "0.0"])
            return
        steps = ";".join(".".join(str(i) for i in step) for step in path[1:])
        rows.append(["einsum_path", ";".join(texts), args, "path", "-",
                     steps + "|" + ("-" if "..." in subs else print_escape(report)), "0.0"])

    for optimize in ("greedy", "optimal"):
        ep("ij,jk,kl->il", [(64, 8), (8, 64), (64, 8)], optimize)
        ep("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)], optimize)
        ep("ea,fb,abcd,gc,hd->efgh", [(10, 10)] * 2 + [(10, 10, 10, 10)] + [(10, 10)] * 2, optimize)
        ep("ea,fb,abcd,gc,hd->efgh", [(3, 4), (2, 5), (4, 5, 6, 7), (3, 6), (2, 7)], optimize)
        ep("ij,jk,kl,lm->im", [(4, 50), (50, 3), (3, 60), (60, 2)], optimize)
        ep("ab,cd,ef->abcdef", [(2, 3), (4, 5), (2, 2)], optimize)
        ep("ab,bc,ca", [(3, 4), (4, 5), (5, 3)], optimize)
        ep("ii,ij,jk->k", [(4, 4), (4, 6), (6, 2)], optimize)
        ep("abc,bcd,cde,def->af", [(2, 3, 4), (3, 4, 5), (4, 5, 6), (5, 6, 7)], optimize)
        ep("ij,j,jk,k->i", [(5, 7), (7,), (7, 3), (3,)], optimize)
        ep("ij,jk,kl->il", [(1, 8), (8, 64), (64, 1)], optimize)
        ep("ij,jk,kl->il", [(3, 1), (4, 5), (5, 6)], optimize)
        ep("ij,jk,kl->ijkl", [(2, 3), (3, 4), (4, 5)], optimize)
        ep("ij,jk,kl", [(6, 3), (3, 9), (9, 2)], optimize, dtype="int64")
        ep("ab,bc,cd,de,ef,fg->ag", [(3, 9), (9, 2), (2, 8), (8, 4), (4, 7), (7, 5)], optimize)
        ep("...ij,...jk,...kl->...il", [(2, 3, 4), (2, 4, 5), (5, 6)], optimize)
        ep("ij,jk,kl->il", [(64, 8), (8, 64), (64, 8)], optimize, limit=100)
        ep("ij,jk,kl,lm->im", [(4, 50), (50, 3), (3, 60), (60, 2)], optimize, limit=150)
        ep("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)], optimize, limit=0)
        # the default memory limit (largest operand or output) prunes this one's cheapest order
        ep("adc,dab,cbd,dc->ab", [(2, 3, 2), (3, 2, 6), (2, 6, 3), (3, 2)], optimize)
        # an outer product of size-1 vectors would remove more, but greedy tries inner ones first
        ep("ab,bc,d,e->acde", [(5, 1), (1, 6), (1,), (1,)], optimize)
    # speedup 21/16 = 1.3125 exactly: printed 1.312 (half to even)
    ep("ce,ec,dca,a->cd", [(7, 3), (3, 7), (1, 7, 1), (1,)])
    ep("ij,jk,kl->il", [(2, 3), (4, 4), (4, 5)])
    ep("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)], "fastest")

    # einsum with optimize: the values of NumPy's optimized einsum, one einsum per step
    def eo(subs, optimize, *specs):
        def terms(*ops):
            return max(int(np.prod(x.shape)) for x in ops)
        emit("einsum_optimize", "subscripts=" + subs.replace(",", ";") + " optimize=" + optimize, list(specs),
             lambda *ops: np.einsum(subs, *ops, optimize=optimize if optimize != "none" else False), terms)

    for dtype in DTYPES:
        for optimize in ("greedy", "optimal", "none"):
            eo("ij,jk,kl->il", optimize, t(dtype, (5, 2)), t(dtype, (2, 6)), t(dtype, (6, 3)))
            eo("ii,ij,jk->k", optimize, t(dtype, (3, 3)), t(dtype, (3, 4)), t(dtype, (4, 2)))
    for optimize in ("greedy", "optimal"):
        eo("ea,fb,abcd,gc,hd->efgh", optimize, t("float64", (2, 3)), t("float64", (2, 2)),
           t("float64", (3, 2, 4, 3)), t("float64", (2, 4)), t("float64", (3, 3)))
        eo("...ij,...jk,...kl->...il", optimize, t("float32", (2, 3, 4)), t("float32", (2, 4, 5)), t("float32", (5, 6)))
        eo("ij,j,jk,k->i", optimize, t("int32", (5, 7)), t("int32", (7,)), t("int32", (7, 3)), t("int32", (3,)))
        eo("ij,jk,kl", optimize, t("float64", (3, 4), "T"), t("float64", (3, 5)), t("float64", (5, 2)))
        eo("ij,jk,kl->il", optimize, t("float64", (2, 3)), t("float64", (4, 4)), t("float64", (4, 5)))
    eo("ij,jk,kl->il", "fastest", t("float64", (2, 3)), t("float64", (3, 4)), t("float64", (4, 5)))

    # einsum errors
    es("ij,jk", t("float64", (2, 4)), t("float64", (3, 4)))
    es("ij,jk->ik", t("float64", (2, 3)))
    es("ij", t("float64", (2, 3)), t("float64", (3,)))
    es("ij->ii", t("float64", (2, 3)))
    es("ij->k", t("float64", (2, 3)))
    es("i2", t("float64", (2, 3)))
    es("ijk", t("float64", (2, 3)))
    es("i", t("float64", (2, 3)))
    es("ij->ij", t("float64", (2,)))
    es("ii->i", t("float64", (2, 3)))
    es("i.j", t("float64", (2, 2)))
    es("...i...", t("float64", (2,)))
    es("i->i->i", t("float64", (2,)))
    es("...i->", t("float64", (2, 3)))
    es("...,...", t("float64", (2, 3)), t("float64", (4,)))
    es("i-j", t("float64", (2, 2)))
    es("i>j", t("float64", (2, 2)))

    # float16 (after every other case, so their random values stay as they were). NumPy has no BLAS
    # for half: matmul/dot/inner/vdot/tensordot accumulate each product in float32 and round once;
    # einsum's half loops also round partial sums to float16; both within the dot tolerance. Mixed
    # types promote (float16 with float32 gives float32, with int32 float64, with bool float16).
    def mm(op, a, b):
        terms = lambda x, y: x.shape[-1] if x.ndim else 1
        emit(op, "-", [a, b], getattr(np, op), terms)

    for op in ("matmul", "dot"):
        mm(op, t("float16", (3, 4)), t("float16", (4, 5)))
        mm(op, t("float16", (4, 3), "T"), t("float16", (4, 2)))
        mm(op, t("float16", (4,)), t("float16", (4, 3)))
        mm(op, t("float16", (2, 4)), t("float16", (4,)))
        mm(op, t("float16", (5, 70)), t("float16", (70, 3)))
        mm(op, t("float16", (2, 3)), t("float32", (3, 2)))
        mm(op, t("float16", (2, 3)), t("int32", (3, 2)))
        mm(op, t("bool", (2, 3)), t("float16", (3, 2)))
        # 300 * 300 * 2 = 180000 overflows float16 only when the float32 sum is rounded
        mm(op, T("float16", [[300.0, 300.0], [1.0, -1.0]]), T("float16", [[300.0, 0.5], [300.0, 0.25]]))
        mm(op, T("float16", [[np.nan, 1.0], [np.inf, 2.0]]), T("float16", [[1.0, 0.0], [2.0, 1.0]]))
        mm(op, T("float16", np.zeros((2, 0))), T("float16", np.zeros((0, 3))))
    mm("matmul", t("float16", (2, 3, 4)), t("float16", (4, 2)))
    mm("dot", t("float16", (2, 3, 4)), t("float16", (4, 2)))
    emit("inner", "-", [t("float16", (2, 4)), t("float16", (3, 4))], np.inner, lambda x, y: x.shape[-1])
    emit("vdot", "-", [t("float16", (3, 4)), t("float16", (3, 4))], np.vdot, lambda x, y: x.size)
    emit("tensordot", "axes=2", [t("float16", (2, 3, 4)), t("float16", (3, 4, 2))],
         lambda x, y: np.tensordot(x, y, 2), lambda x, y: 12)
    es("ij,jk->ik", t("float16", (3, 4)), t("float16", (4, 2)))
    es("ii", t("float16", (4, 4)))
    es("ij->j", t("float16", (5, 3)))
    es("i,i", t("float16", (6,)), t("float16", (6,)))
    es("bij,bjk->bik", t("float16", (2, 3, 4)), t("float16", (2, 4, 2)))
    emit("kron", "-", [t("float16", (2, 2)), t("float16", (2, 3))], np.kron)
    emit("cross", "-", [t("float16", (3,)), t("float16", (3,))], np.cross)
    emit("trace", "-", [t("float16", (4, 4))], np.trace, lambda x: 4)
    emit("diagonal", "-", [t("float16", (3, 4))], np.diagonal)

    # the small integer types (after the other cases, so their random values stay): products and sums
    # wrap to the result type as NumPy's int8/uint8/int16/uint16 loops (mixed int8/uint8 gives int16,
    # int16/uint16 int32, with float16 float16 (8-bit) or float32 (16-bit)); trace sums into int64
    # (NumPy: uint64 for unsigned input, the same bits)
    srng = np.random.default_rng(20260611)

    def st(dtype, shape, view="-"):
        info = np.iinfo(NP[dtype]) if dtype in SMALL_INTS else None
        n = int(np.prod(shape))
        if dtype == "bool":
            v = srng.random(n) < 0.5
        elif dtype in SMALL_INTS:
            v = srng.integers(int(info.min), int(info.max) + 1, n)
            v[:2] = [info.min, info.max][:n]
        elif dtype == "float16":
            v = np.round(srng.standard_normal(n) * 4, 1)
        else:
            v = srng.integers(-9, 10, n)
        return T(dtype, np.asarray(v, NP[dtype]).reshape(shape), None, view)

    def products(t, da, db):
        """tensordot, inner, vdot, einsum and kron of operands drawn by t (in this order)."""
        emit("tensordot", "axes=2", [t(da, (2, 3, 4)), t(db, (3, 4, 2))], lambda x, y: np.tensordot(x, y, 2),
             lambda x, y: 12)
        emit("inner", "-", [t(da, (2, 4)), t(db, (3, 4))], np.inner, lambda x, y: x.shape[-1])
        emit("vdot", "-", [t(da, (3, 4)), t(db, (3, 4))], np.vdot, lambda x, y: x.size)
        es("ij,jk->ik", t(da, (3, 4)), t(db, (4, 2)))
        emit("kron", "-", [t(da, (2, 2)), t(db, (2, 3))], np.kron)

    def diagonals(t, dtype):
        """einsum's diagonal sum and column sums, trace (int64: NumPy's uint64 bits) and diagonal of t's draws."""
        es("ii", t(dtype, (4, 4)))
        es("ij->j", t(dtype, (5, 3)))
        emit("trace", "-", [t(dtype, (4, 4))], lambda x: as_jtensor(np.trace(x)), lambda x: 4)
        emit("diagonal", "offset=1 axis1=0 axis2=1", [t(dtype, (3, 4))], lambda x: np.diagonal(x, 1))

    for da, db in [("int8", "int8"), ("uint8", "uint8"), ("int8", "uint8"), ("int16", "int16"), ("uint16", "uint16"),
                   ("int16", "uint16"), ("int8", "float16"), ("uint16", "float16"), ("bool", "int8"),
                   ("uint8", "int32")]:
        eight = da in ("int8", "uint8") and db in ("int8", "uint8")
        for op in ("matmul", "dot"):
            emit(op, "-", [st(da, (3, 4)), st(db, (4, 5))], getattr(np, op), lambda x, y: x.shape[-1])
            if eight:
                emit(op, "-", [st(da, (4, 3), "T"), st(db, (4, 2))], getattr(np, op), lambda x, y: x.shape[-1])
                emit(op, "-", [st(da, (2, 3, 4)), st(db, (4,))], getattr(np, op), lambda x, y: x.shape[-1])
                emit(op, "-", [st(da, (5, 70)), st(db, (70, 3))], getattr(np, op), lambda x, y: x.shape[-1])
        products(st, da, db)
        if eight:
            es("i,i", st(da, (6,)), st(db, (6,)))
            emit("cross", "-", [st(da, (2, 3)), st(db, (3,))], np.cross)
    for dtype in SMALL_INTS:
        diagonals(st, dtype)
    emit("tensordot", "axes=1", [st("int8", (4, 3), "T"), st("int8", (4, 3), "rev")],
         lambda a, b: np.tensordot(a, b, 1), lambda a, b: 3)
    emit("matmul", "-", [T("int8", [[127, 127], [-128, 1]]), T("int8", [[1, 1], [127, -128]])], np.matmul)
    emit("matmul", "-", [T("uint8", [[255, 255], [16, 16]]), T("uint8", [[255, 1], [16, 16]])], np.matmul)
    emit("matmul", "-", [T("int8", [[1, 2]]), T("int8", [[1], [2], [3]])], np.matmul)
    # uint32 (its own generator, so the values above stay): products and sums wrap modulo 2**32, with
    # int32 in int64, with float16 in float64; trace sums into int64 (NumPy's uint64 bits)
    urng = np.random.default_rng(20261201)

    def ut(dtype, shape):
        n = int(np.prod(shape))
        if dtype == "uint32":
            v = urng.integers(0, 2**32, n)
            v[:4] = [0, U32_MAX, 2**31, 65537][:n]
        elif dtype == "int32":
            v = urng.integers(I32_MIN, I32_MAX + 1, n)
        else:
            v = np.round(urng.standard_normal(n) * 4, 1)
        return T(dtype, np.asarray(v, NP[dtype]).reshape(shape))

    for da, db in (("uint32", "uint32"), ("uint32", "int32"), ("float16", "uint32")):
        for op in ("matmul", "dot"):
            emit(op, "-", [ut(da, (3, 4)), ut(db, (4, 5))], getattr(np, op), lambda x, y: x.shape[-1])
        products(ut, da, db)
    emit("cross", "-", [ut("uint32", (2, 3)), ut("uint32", (3,))], np.cross)
    diagonals(ut, "uint32")
    emit("matmul", "-", [T("uint32", [[U32_MAX, U32_MAX], [65536, 65536]]), T("uint32", [[U32_MAX, 1], [65536, 65536]])],
         np.matmul)

    write("contraction.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "scale"], rows, """
Diagonals and tensor contractions as NumPy computes them: diagonal (offset, axis1, axis2; - = the
defaults), trace (the same arguments), diag and diagflat (k; - = 0), tensordot (- = axes 2; axes=n,
or axesa/axesb lists with empty for none), inner, vdot, kron, cross (axisa/axisb/axisc, or one axis
for all three; - = -1) and einsum (subscripts with ; for the commas); einsum_optimize is einsum with
optimize=... (none: False), einsum_path's expected is the path as steps 1.2;0.1, a '|', then NumPy's
report escaped as printing.csv's (backslash, comma, newline as \\\\, \\c, \\n; '-' after '...').
inputs: manipulation.csv's operand syntax, joined by ;.  result_dtype error: NumPy raises (the
exception class is in expected); jtensor must throw.  scale: for floating results that sum
products, the number of products per element times the largest element of the same function of
|inputs| (non-finite inputs counted as 0); 0 where nothing is summed (compared exactly).""")


class WrappedVonMises:
    """scipy's von Mises about mu, wrapped into [-pi, pi] as NumPy's vonmises returns it."""

    def __init__(self, mu, kappa):
        import scipy.stats as st
        assert -math.pi < mu <= 0, "only mu in (-pi, 0] is wrapped here"
        self.mu, self.base = mu, st.vonmises(kappa)

    def cdf(self, x):
        wrapped = (x - self.mu + math.pi) % (2 * math.pi) - math.pi
        below = self.base.cdf(-math.pi - self.mu) if self.mu < 0 else 0.0
        # mu + Y below -pi lands at the top; that mass counts once x passes pi + mu
        if x - self.mu <= math.pi:
            return float(self.base.cdf(x - self.mu) - below)
        return float(1 - below + self.base.cdf(wrapped))

    def ppf(self, qs):
        from scipy.optimize import brentq
        return np.array([brentq(lambda x: self.cdf(x) - q, -math.pi, math.pi, xtol=1e-15) for q in qs])

    def stats(self, moments="mvk"):
        from scipy.integrate import quad
        pdf = lambda x: self.base.pdf((x - self.mu + math.pi) % (2 * math.pi) - math.pi)
        # scipy's own vonmises moments are wrong for tiny and huge kappa (scipy 1.17): integrate
        points = [self.mu] + ([self.mu + math.pi] if self.mu < 0 else [])
        moment = lambda f: quad(lambda x: f(x) * pdf(x), -math.pi, math.pi, points=points, limit=500,
                                epsabs=0, epsrel=1e-12)[0]
        m = moment(lambda x: x)
        v = moment(lambda x: (x - m) ** 2)
        return m, v, moment(lambda x: (x - m) ** 4) / v ** 2 - 3


class ExactKurtosis:
    """A scipy.stats distribution with its excess kurtosis replaced (scipy's cancels for large arguments)."""

    def __init__(self, dist, kurtosis):
        self.dist, self.kurtosis = dist, kurtosis

    def __getattr__(self, name):
        return getattr(self.dist, name)

    def stats(self, moments="mvk"):
        m, v, _ = self.dist.stats(moments="mvk")
        return m, v, self.kurtosis


def hypergeometric_kurtosis(good, bad, sample):
    """The hypergeometric's excess kurtosis, in exact rational arithmetic."""
    from fractions import Fraction
    N, K, n = good + bad, good, sample
    numerator = (N - 1) * N * N * (N * (N + 1) - 6 * K * (N - K) - 6 * n * (N - n)) + 6 * n * K * (N - K) * (N - n) * (5 * N - 6)
    return float(Fraction(numerator, n * K * (N - K) * (N - n) * (N - 2) * (N - 3)))


def gen_random_dists():
    import scipy.stats as st
    rows = []
    n = 20000
    alpha = 1e-6                        # a correct generator fails a row with probability <= 2e-6
    grid = np.arange(1, 200) / 200.0    # the continuous rows' quantile probabilities

    def moments(dist):
        m, v, k = (float(x) for x in dist.stats(moments="mvk"))
        return m, v, k

    def continuous(name, params, dist):
        m, v, k = moments(dist)
        rows.append([name, fmt_list(params, "float64"), "continuous", str(n), fmt_list(dist.ppf(grid), "float64"),
                     fmt_list(np.diff(np.concatenate([[0.0], grid, [1.0]])), "float64"), repr(m), repr(v), repr(k),
                     repr(float(st.kstwo.isf(alpha, n))), repr(float(st.chi2.isf(alpha, len(grid))))])

    def discrete(name, params, dist, tail=1e-12):
        # bins [e_j, e_j+1) of integers; the first also takes everything below, the last everything
        # above; adjacent values are merged until each bin expects at least 20 of the n samples
        # (tail: the mass left beyond the last value walked; heavy tails walk less, the last bin
        # still takes everything above)
        lo, hi = (int(x) for x in dist.ppf([1e-12, 1 - tail]))
        edges, probs = [], []
        k = lo
        while k <= hi:
            start, mass = k, 0.0
            while k <= hi and n * mass < 20:
                mass = float(dist.cdf(k) - dist.cdf(start - 1))
                k += 1
            edges.append(start)
        edges = [e for e in edges]
        if len(edges) > 1 and n * float(dist.sf(edges[-1] - 1)) < 20:
            edges.pop()
        bounds = [-math.inf] + edges[1:] + [math.inf]
        probs = [float(dist.cdf(b - 1) if b != math.inf else 1.0) - (float(dist.cdf(a - 1)) if a != -math.inf else 0.0)
                 for a, b in zip(bounds[:-1], bounds[1:])]
        m, v, kurt = moments(dist)
        rows.append([name, fmt_list(params, "float64"), "discrete", str(n), fmt_list(edges, "int64"),
                     fmt_list(probs, "float64"), repr(m), repr(v), repr(kurt), "-",
                     repr(float(st.chi2.isf(alpha, len(edges) - 1)))])

    def categorical(name, params, probs):
        codes = [i for i, q in enumerate(probs) if q > 0]
        values = np.arange(len(probs), dtype=float)
        m = float(np.dot(probs, values))
        v = float(np.dot(probs, (values - m) ** 2))
        k = float(np.dot(probs, (values - m) ** 4)) / v ** 2 - 3
        rows.append([name, fmt_list(params, "float64"), "categorical", str(n), fmt_list(codes, "int64"),
                     fmt_list([probs[c] for c in codes], "float64"), repr(m), repr(v), repr(k), "-",
                     repr(float(st.chi2.isf(alpha, len(codes) - 1)))])

    continuous("random", [], st.uniform(0, 1))
    continuous("uniform", [-2.0, 3.0], st.uniform(-2.0, 5.0))
    continuous("standard_normal", [], st.norm())
    continuous("normal", [1.5, 2.0], st.norm(1.5, 2.0))
    continuous("lognormal", [0.5, 0.75], st.lognorm(0.75, scale=math.exp(0.5)))
    continuous("standard_exponential", [], st.expon())
    continuous("exponential", [2.5], st.expon(scale=2.5))
    for k in (0.05, 0.3, 1.0, 2.5, 40.0):
        continuous("standard_gamma", [k], st.gamma(k))
    continuous("gamma", [0.5, 2.0], st.gamma(0.5, scale=2.0))
    continuous("gamma", [7.5, 0.5], st.gamma(7.5, scale=0.5))
    for a, b in ((0.5, 0.5), (2.0, 5.0), (0.2, 0.3), (30.0, 3.0)):
        continuous("beta", [a, b], st.beta(a, b))
    continuous("logistic", [1.0, 2.0], st.logistic(1.0, 2.0))
    continuous("laplace", [-1.0, 0.5], st.laplace(-1.0, 0.5))
    # inversion (n·min(p,1-p) < 10), BTRS (>= 10), each with p above 1/2 (n - X of 1 - p) too
    for nn, p in ((1, 0.4), (10, 0.3), (200, 0.97), (20, 0.5), (1000, 0.3), (5000, 0.8), (1000000, 0.001)):
        discrete("binomial", [nn, p], st.binom(nn, p))
    # inversion below 10, PTRS from 10
    for lam in (0.5, 4.0, 9.99, 10.0, 250.5, 1e6):
        discrete("poisson", [lam], st.poisson(lam))
    for lo, hi in ((0, 10), (-5, 17), (-3, 4)):
        discrete("integers", [lo, hi], st.randint(lo, hi))
    categorical("choice", [6], [1 / 6.0] * 6)
    p = [0.1, 0.0, 0.5, 0.15, 0.25]
    categorical("choice_p", p, p)
    # the first two draws without replacement, as one code 5·first + second
    pairs = [p[i] * p[j] / (1 - p[i]) if i != j else 0.0 for i in range(5) for j in range(5)]
    categorical("choice_p_pairs", p, pairs)

    # the rest of NumPy's Generator distributions
    for df in (0.3, 3.0, 80.0):
        continuous("chisquare", [df], st.chi2(df))
    # df <= 1: the Poisson mixture; df > 1: chi-square(df - 1) + (Z + sqrt(nonc))^2; nonc 0: central
    for df, nonc in ((0.5, 2.0), (3.0, 20.0), (4.0, 0.0)):
        continuous("noncentral_chisquare", [df, nonc], st.ncx2(df, nonc) if nonc > 0 else st.chi2(df))
    for dfnum, dfden in ((5.0, 10.0), (0.3, 0.5), (40.0, 60.0)):
        continuous("f", [dfnum, dfden], st.f(dfnum, dfden))
    for dfnum, dfden, nonc in ((3.0, 20.0, 3.0), (0.8, 5.0, 10.0)):
        continuous("noncentral_f", [dfnum, dfden, nonc], st.ncf(dfnum, dfden, nonc))
    for df in (0.5, 3.0, 30.0):
        continuous("standard_t", [df], st.t(df))
    continuous("standard_cauchy", [], st.cauchy())
    for a in (0.5, 1.5, 8.0):
        continuous("weibull", [a], st.weibull_min(a))
    # NumPy's pareto is Pareto II (Lomax)
    for a in (0.5, 3.0, 10.0):
        continuous("pareto", [a], st.lomax(a))
    for a in (0.2, 1.0, 5.0):
        continuous("power", [a], st.powerlaw(a))
    for scale in (2.0, 0.01):
        continuous("rayleigh", [scale], st.rayleigh(scale=scale))
    for loc, scale in ((0.5, 2.0), (-3.0, 0.1)):
        continuous("gumbel", [loc, scale], st.gumbel_r(loc, scale))
    # wald(mean, scale) is scipy's invgauss(mean/scale, scale=scale)
    for mean, scale in ((1.0, 3.0), (5.0, 0.1), (0.2, 50.0)):
        continuous("wald", [mean, scale], st.invgauss(mean / scale, scale=scale))
    for left, mode, right in ((-1.0, 0.0, 2.0), (0.0, 0.0, 1.0), (0.0, 1.0, 1.0)):
        continuous("triangular", [left, mode, right],
                   st.triang((mode - left) / (right - left), loc=left, scale=right - left))
    # kappa < 1e-8: uniform; Best-Fisher (s by Taylor below 1e-5); above 1e6: wrapped normal
    for kappa in (1e-9, 3e-6, 0.5, 4.0, 500.0, 1e7):
        continuous("vonmises", [0.0, kappa], WrappedVonMises(0.0, kappa) if kappa > 1e-8
                   else st.uniform(-math.pi, 2 * math.pi))
    continuous("vonmises", [-2.5, 2.0], WrappedVonMises(-2.5, 2.0))
    # p >= 1/3: search of the CDF; below: inversion
    for p in (0.9, 0.4, 0.2, 0.001):
        discrete("geometric", [p], st.geom(p))
    for nn, p in ((5.0, 0.3), (0.5, 0.8), (100.0, 0.01)):
        discrete("negative_binomial", [nn, p], st.nbinom(nn, p))
    # fewer than 10 drawn (or left): the urn; otherwise inversion from the mode
    for good, bad, sample in ((10, 5, 8), (100, 200, 50), (5000, 3, 4000), (30, 25, 50),
                              (900000000, 800000000, 1000000)):
        discrete("hypergeometric", [good, bad, sample], ExactKurtosis(st.hypergeom(good + bad, good, sample),
                                                                       hypergeometric_kurtosis(good, bad, sample)))
    for p in (0.3, 0.9, 0.999):
        discrete("logseries", [p], st.logser(p))
    for a in (2.0, 3.5, 8.0):
        discrete("zipf", [a], st.zipf(a), tail=1e-4)
    # multivariate: one component's marginal, the component first in params, then the arguments
    for pvals, i in (([0.2, 0.3, 0.5], 0), ([0.2, 0.3, 0.5], 2), ([0.1, 0.2, 0.3], 2), ([0.25, 0.25, 0.5], 1)):
        nn = 1000 if pvals[0] == 0.25 else 20
        # the last category takes the remainder 1 - sum(pvals[:-1]), whatever pvals[-1] says
        pi = pvals[i] if i < len(pvals) - 1 else 1 - sum(pvals[:-1])
        discrete("multinomial", [i, nn] + pvals, st.binom(nn, pi))
    # multivariate_hypergeometric: component i of nsample draws without replacement ~ hypergeom(total, colors[i])
    for colors, nsample, i in (([3, 5, 2], 4, 0), ([3, 5, 2], 4, 2), ([200, 30, 500, 70], 300, 1),
                               ([200, 30, 500, 70], 300, 3), ([40000, 60000, 25000], 90000, 2)):
        discrete("multivariate_hypergeometric", [i, nsample] + colors, st.hypergeom(sum(colors), colors[i], nsample))
    for conc, i in (([1.0, 2.0, 3.0], 0), ([1.0, 2.0, 3.0], 2), ([0.05, 0.09, 0.07], 0), ([0.05, 0.09, 0.07], 2),
                    ([0.5, 0.0, 4.0], 2)):
        continuous("dirichlet", [i] + conc, st.beta(conc[i], sum(conc) - conc[i]))
    mean = [1.0, -2.0, 0.5]
    cov = [[2.0, 0.8, -0.3], [0.8, 1.0, 0.2], [-0.3, 0.2, 0.5]]
    for i in range(3):
        continuous("multivariate_normal", [i, 3] + mean + sum(cov, []), st.norm(mean[i], math.sqrt(cov[i][i])))
    # singular (positive-semidefinite) and invalid (indefinite) covariances; for the latter NumPy
    # samples with covariance Vh.T diag(s) Vh of the SVD, which it only warns about
    for cov2 in ([[1.0, 1.0], [1.0, 1.0]], [[1.0, 2.0], [2.0, 1.0]]):
        u, sv, vh = np.linalg.svd(np.array(cov2))
        sampled = (vh.T * sv) @ vh
        continuous("multivariate_normal", [1, 2, 0.5, -1.0] + sum(cov2, []), st.norm(-1.0, math.sqrt(sampled[1, 1])))

    write("random_dists.csv", ["dist", "params", "kind", "n", "edges", "probs", "mean", "var", "kurtosis",
                               "ks_crit", "chi2_crit"], rows, """
Reference quantities of the distributions TensorRandom samples, from scipy.stats. Each row: the
NumPy Generator method (params as its arguments, space-separated) and n samples to draw.
continuous: edges are the quantiles at 1/200..199/200 (probs: the 200 bins' masses, 1/200 each);
ks_crit is the two-sided Kolmogorov-Smirnov critical value at alpha 1e-6 for n (the statistic taken
at the 199 quantiles never exceeds the full one). discrete: bins [edge_j, edge_j+1) of integers, the
first also taking everything below, the last everything above, merged so that each expects >= 20
samples; probs their masses. categorical: edges are codes (choice_p_pairs: 5*first + second of two
draws without replacement), probs their probabilities. mean, var and kurtosis (excess) are the
distribution's (categorical: of the code); chi2_crit is the chi-square critical value at alpha 1e-6
for (bins - 1) degrees of freedom. multinomial, dirichlet, multivariate_normal: params are the
component whose marginal the row describes, then (multivariate_normal: k, mean, cov row by row;
the others: n and pvals, or alpha) the arguments; the marginal of an indefinite cov is that of the
Vh.T diag(s) Vh NumPy samples with. vonmises with mu != 0: wrapped into [-pi, pi] as NumPy.""")


# ---------------------------------------------------------------------------------------------
# linalg2: numpy.linalg factorizations and the functions built on them

def gen_linalg2():
    rows = []
    L = np.linalg

    def f64(x):
        return np.asarray(x, np.float64)

    def cond(a):
        """The largest 2-norm condition number over the stack (inf for a singular matrix)."""
        a = f64(a)
        if a.size == 0:
            return 1.0
        with np.errstate(all="ignore"):
            c = L.cond(a.reshape((-1,) + a.shape[-2:]))
        c = np.where(np.isfinite(c), c, np.inf)
        return float(np.max(c))

    def big(x):
        x = f64(x)
        return float(np.max(np.abs(x))) if x.size else 0.0

    def norm2(a):
        a = f64(a)
        return float(np.max(L.norm(a.reshape((-1,) + a.shape[-2:]), 2, axis=(-2, -1)))) if a.size else 0.0

    def gap(values):
        """The smallest distance between neighbouring values of each row (inf for one value)."""
        v = f64(values)
        if v.shape[-1] < 2:
            return np.inf
        return float(np.min(np.abs(np.diff(np.sort(v, -1), axis=-1))))

    def emit(op, args, specs, compute, compares, scales):
        """compares: per result, v (values), a (absolute values: unique up to sign) or - (invariants only)."""
        texts, values = zip(*[manip_operand(s) for s in specs])
        try:
            result = compute(*values)
        except Exception as e:                          # NumPy rejects it: jtensor must too
            rows.append([op, ";".join(texts), args, "error", "-", "-", type(e).__name__ + ": " + str(e).replace(",", ";"),
                         "0.0"])
            return
        results = list(result) if isinstance(result, (tuple, list)) else [result]
        results = [np.asarray(r) for r in results]
        scale_values = scales(*values, *results)
        assert len(compares) == len(results) == len(scale_values), (op, args)
        # NumPy computes the factorizations of every type in float64 (float32 results are rounded once
        # from it), so their error bounds are float64's: in units of the float32 eps they shrink by
        # eps64 / eps32. Not so for pinv (its s, u and vh are rounded to float32, then multiplied in
        # float32) and matrix_power (float32 matmul).
        if op not in ("pinv", "matrix_power", "cond", "multi_dot", "vecdot", "vector_norm", "matrix_norm"):
            scale_values = [s * (np.finfo(np.float64).eps / np.finfo(np.float32).eps) if r.dtype == np.float32 else s
                            for s, r in zip(scale_values, results)]
        expected = []
        for r, c in zip(results, compares):
            if c == "v" and r.size:
                expected.append(fmt_list(r, JT[r.dtype.name]))
            elif c == "a" and r.size:
                expected.append(fmt_list(np.abs(r), JT[r.dtype.name]))
        for s in scale_values:
            assert math.isfinite(s) or s == math.inf, (op, args, s)
        rows.append([op, ";".join(texts), args, ";".join(JT[r.dtype.name] for r in results),
                     ";".join(fmt_shape(r.shape) for r in results), ";".join(compares),
                     " ".join(expected) if expected else "-", ";".join(repr(float(s)) for s in scale_values)])

    rng = np.random.default_rng(20261130)

    def well(n, batch=()):
        """A well-conditioned random matrix (stack): normal entries plus n on the diagonal, 6 decimals."""
        return np.round(rng.standard_normal(batch + (n, n)) + n * np.eye(n), 6)

    def general(m, n, batch=()):
        return np.round(rng.standard_normal(batch + (m, n)), 6)

    def spd(n, batch=()):
        g = rng.standard_normal(batch + (n, n))
        return np.round(g @ np.swapaxes(g, -1, -2) + n * np.eye(n), 6)

    def sym(n, batch=()):
        g = np.round(rng.standard_normal(batch + (n, n)), 6)
        return g + np.swapaxes(g, -1, -2)

    def spec(dtype, arr, view="-"):
        arr = np.asarray(arr)
        return ("t", dtype, arr.astype(NP[dtype]), view)

    # general and row-swapped matrices make partial pivoting permute rows (odd and even permutations);
    # [[1e-18, 1], [1, 1]] loses everything without pivoting
    square = [well(1), well(2), well(3), well(5), well(8), general(4, 4), well(3, (2,)), well(2, (2, 3)),
              general(3, 3), general(5, 5), general(3, 3, (3,)), well(3)[[1, 0, 2]], well(4)[[3, 2, 1, 0]],
              np.array([[1e-18, 1.0], [1.0, 1.0]])]
    ints = [np.array([[2, 1], [1, 3]]), np.array([[4, -2, 1], [3, 6, -4], [2, 1, 8]]), np.array([[7]])]
    inputs = []
    for a in square:
        inputs.append(spec("float64", a))
        inputs.append(spec("float32", a))
    for a in ints:
        inputs.append(spec("int32", a))
    inputs.append(spec("float64", well(4), "T"))             # a strided (transposed) operand
    empties = [spec("float64", np.zeros((0, 0))), spec("float32", np.zeros((2, 0, 0)))]
    singular = [spec("float64", [[1.0, 2.0], [2.0, 4.0]]), spec("float64", [[0.0, 0.0], [0.0, 0.0]]),
                spec("int32", [[1, 2, 3], [2, 4, 6], [1, 0, 1]]),
                spec("float64", np.stack([well(2), np.array([[3.0, 6.0], [1.0, 2.0]])]))]
    bad = [spec("float64", np.zeros((2, 3))), spec("float64", np.zeros(3)), spec("float64", 1.5)]

    def n_of(a):
        return max(a.shape[-1], 1) if a.ndim else 1

    # inv, det, slogdet
    for s in inputs + empties + singular + bad:
        emit("inv", "-", [s], L.inv, "v", lambda a, r: [n_of(a) * cond(a) * big(r)])
        emit("det", "-", [s], L.det, "v",
             lambda a, r: [n_of(a) * float(np.max(np.prod(L.norm(f64(a), axis=-1), axis=-1))) if a.size else 0.0])
        emit("slogdet", "-", [s], lambda a: tuple(L.slogdet(a)), "vv",
             lambda a, sg, lg: [0.0, n_of(a) * min(cond(a), 1e300) + big(np.where(np.isfinite(lg), lg, 0))])
    # solve: NumPy 2's rule (b is a vector only when 1-d), batches broadcast, mixed types
    w3, w3b, w4 = well(3), well(3, (2,)), well(4)
    solve_cases = [
        (spec("float64", w3), spec("float64", general(3, 1)[:, 0])),
        (spec("float64", w3), spec("float64", general(3, 2))),
        (spec("float32", w3), spec("float32", general(3, 2))),
        (spec("float32", w3), spec("float64", general(3, 1)[:, 0])),
        (spec("float32", w3), spec("int32", [1, -2, 3])),
        (spec("int32", ints[1]), spec("int32", [[1, 0], [0, 1], [2, 2]])),
        (spec("float64", w3b), spec("float64", general(3, 1)[:, 0])),      # (2,3,3) with (3,): x (2,3)
        (spec("float64", w3b), spec("float64", general(3, 2))),           # (2,3,3) with (3,2): broadcast
        (spec("float64", w3b), spec("float64", general(3, 1, (2,)))),      # (2,3,3) with (2,3,1)
        (spec("float64", w3b), spec("float64", general(2, 3))),           # (2,3): a (2,3) matrix, not a batch of vectors
        (spec("float64", w3[None]), spec("float64", general(3, 2, (4,)))),   # (1,3,3) with (4,3,2)
        (spec("float64", w3b), spec("float64", general(3, 2, (3,)))),      # batches 2 and 3 do not broadcast
        (spec("float64", w4, "T"), spec("float64", general(2, 4), "T")),
        (spec("float64", w3), spec("float64", general(4, 1)[:, 0])),
        (spec("float64", np.zeros((0, 0))), spec("float64", np.zeros(0))),
        (singular[0], spec("float64", [1.0, 2.0])),
        (singular[3], spec("float64", general(2, 1)[:, 0])),
        (bad[0], spec("float64", [1.0, 2.0])),
    ]
    for sa, sb in solve_cases:
        emit("solve", "-", [sa, sb], L.solve, "v",
             lambda a, b, x: [n_of(a) * cond(a) * big(x)])
    # matrix_power: products on the device; negative powers through inv
    for s, ns in [(spec("float64", well(3)), (0, 1, 2, 3, 5, 6, -1, -3)), (spec("float32", well(3)), (0, 2, 7, -2)),
                  (spec("int32", [[1, 1], [1, 0]]), (0, 1, 2, 10, 30, -1)), (spec("int32", [[2, 0], [1, 3]]), (5,)),
                  (spec("float64", well(2, (2, 2))), (3, -2)), (spec("float64", np.zeros((0, 0))), (0, 4)),
                  (spec("bool", [[True, False], [True, True]]), (0, 3)),
                  (singular[0], (2, -1)), (bad[0], (2,)), (bad[1], (2,))]:
        for n in ns:
            def power_scale(a, r, n=n):
                if a.dtype.kind != "f" and n >= 0:
                    return [0.0]
                base = L.inv(f64(a)) if n < 0 else f64(a)
                p = max(abs(n), 1)
                m = n_of(a)
                powered = L.matrix_power(np.abs(base), p) if base.size else base
                return [p * m * big(powered) * (cond(a) if n < 0 else 1.0)]
            emit("matrix_power", "n=%d" % n, [s], lambda a, n=n: L.matrix_power(a, n), "v", power_scale)
    # matrix_rank: NumPy's tolerance S.max * max(M, N) * eps
    rank_inputs = [spec("float64", well(4)), spec("float32", well(3)), spec("float64", general(3, 5)),
                   spec("float64", general(5, 3)), singular[0], singular[1], singular[2], singular[3],
                   spec("float64", np.outer(general(4, 1)[:, 0], general(1, 3)[0])),
                   spec("float64", general(2, 4) @ general(4, 5) @ np.diag([1, 1, 1, 1, 0]) @ general(5, 5)),
                   spec("float32", np.diag([1.0, 1e-3, 1e-9])), spec("float64", np.diag([1.0, 1e-3, 1e-20])),
                   spec("float64", np.zeros((0, 3))), spec("float64", [0.0, 0.0]), spec("float64", [0.0, 1.0]),
                   spec("int32", 0), spec("float64", general(3, 4, (2,)))]
    for s in rank_inputs:
        emit("matrix_rank", "-", [s], L.matrix_rank, "v", lambda a, r: [0.0])
    for s, tol in [(spec("float64", np.diag([1.0, 1e-3, 1e-6])), 1e-4), (spec("float64", well(3)), 100.0)]:
        emit("matrix_rank", "tol=%r" % tol, [s], lambda a, tol=tol: L.matrix_rank(a, tol=tol), "v", lambda a, r: [0.0])
    # cholesky: only the lower triangle is read; non-positive-definite matrices are rejected
    upper_garbage = np.triu(np.full((3, 3), 99.0), 1) + np.tril(spd(3))
    for s in [spec("float64", spd(1)), spec("float64", spd(3)), spec("float32", spd(4)), spec("float64", spd(5)),
              spec("float64", spd(3, (2,))), spec("int32", [[4, 2], [2, 5]]), spec("float64", upper_garbage),
              spec("float64", spd(4), "T"), empties[0], empties[1],
              spec("float64", [[1.0, 2.0], [2.0, 1.0]]), spec("float64", [[-1.0]]), spec("float64", [[0.0, 0.0], [0.0, 0.0]]),
              spec("float64", np.stack([spd(2), [[1.0, 3.0], [3.0, 1.0]]])), bad[0]]:
        emit("cholesky", "-", [s], L.cholesky, "v", lambda a, r: [n_of(a) * cond(np.tril(a) + np.tril(a, -1).swapaxes(-1, -2)) * big(r)])
    # qr (reduced): unique up to the signs of r's rows and q's columns for full-rank a
    for s in [spec("float64", general(4, 4)), spec("float64", general(5, 3)), spec("float64", general(3, 5)),
              spec("float32", general(4, 3)), spec("int32", [[1, 2], [3, 4], [5, 7]]), spec("float64", general(3, 2, (2,))),
              spec("float64", general(1, 1)), spec("float64", general(4, 3), "T"), spec("float64", np.zeros((3, 0))),
              spec("float64", np.zeros((0, 3))), empties[0], bad[1]]:
        emit("qr", "-", [s], lambda a: tuple(L.qr(a)), "aa",
             lambda a, q, r: [n_of(a) * cond(a[..., :, :min(a.shape[-2:])]) if a.size else 0.0,
                              n_of(a) * cond(a[..., :, :min(a.shape[-2:])]) * big(r) if a.size else 0.0])
    # eigh / eigvalsh: eigenvalues ascending; eigenvectors unique up to sign when the eigenvalues are distinct
    lower_only = np.tril(sym(3)) + np.triu(np.full((3, 3), -50.0), 1)
    for s in [spec("float64", sym(1)), spec("float64", sym(2)), spec("float64", sym(4)), spec("float32", sym(5)),
              spec("float64", sym(8)), spec("float64", sym(3, (2,))), spec("int32", [[2, 1, 0], [1, 2, 1], [0, 1, 2]]),
              spec("float64", lower_only), spec("float64", spd(4), "T"), spec("float64", np.diag([2.0, 2.0, 1.0])),
              spec("float64", np.eye(3)), empties[0], empties[1], bad[0]]:
        def eigh_scales(a, w, v):
            sym_a = np.tril(f64(a)) + np.swapaxes(np.tril(f64(a), -1), -1, -2)
            scale = n_of(a) * norm2(sym_a)
            g = gap(w) if w.size else np.inf
            return [scale, scale / g if g > 0 else math.inf]
        emit("eigh", "-", [s], lambda a: tuple(L.eigh(a)), "va", eigh_scales)
        emit("eigvalsh", "-", [s], L.eigvalsh, "v", lambda a, w: [n_of(a) * norm2(np.tril(f64(a)) + np.swapaxes(np.tril(f64(a), -1), -1, -2))])
    # svd (reduced) and svd values: singular vectors unique up to sign for distinct non-zero singular values
    for s in [spec("float64", general(1, 1)), spec("float64", general(4, 4)), spec("float64", general(5, 3)),
              spec("float64", general(3, 5)), spec("float32", general(6, 4)), spec("int32", [[1, 2, 0], [3, 4, 5]]),
              spec("float64", general(3, 2, (2, 2))), spec("float64", general(4, 3), "T"),
              spec("float64", np.outer([1.0, 2.0, 3.0], [4.0, 5.0])), spec("float64", np.zeros((2, 3))),
              spec("float64", np.zeros((3, 0))), empties[0], bad[1]]:
        def svd_scales(a, u, sv, vh):
            scale = max(a.shape[-2:]) * big(sv) if a.size else 0.0
            g = min(gap(sv), float(np.min(sv))) if sv.size else np.inf
            return [scale / g if g > 0 else math.inf, scale, scale / g if g > 0 else math.inf]
        distinct = "ava"
        emit("svd", "-", [s], lambda a: tuple(L.svd(a, full_matrices=False)), distinct, svd_scales)
        emit("svdvals", "-", [s], lambda a: L.svd(a, compute_uv=False), "v",
             lambda a, sv: [max(a.shape[-2:]) * big(sv) if a.size else 0.0])
    # pinv: default rcond 1e-15; an explicit rcond for rank-deficient matrices
    for s, rcond in [(spec("float64", well(3)), None), (spec("float64", general(5, 3)), None),
                     (spec("float64", general(3, 5)), None), (spec("float32", general(4, 3)), None),
                     (spec("int32", [[1, 2], [3, 4], [5, 7]]), None), (spec("float64", general(3, 3, (2,))), None),
                     (spec("float64", np.outer([1.0, 2.0, 3.0], [4.0, 5.0])), 1e-10),
                     (spec("float64", np.diag([1.0, 1e-3, 1e-12])), 1e-6), (spec("float64", np.zeros((2, 3))), None),
                     (spec("float64", np.zeros((0, 3))), None), (spec("float64", general(3, 4), "T"), 1e-10),
                     (bad[1], None)]:
        def pinv_scales(a, p, rcond=rcond):
            fa = f64(a)
            if not fa.size:
                return [0.0]
            sv = L.svd(fa, compute_uv=False)
            kept = np.where(sv > (rcond or 1e-15) * sv[..., :1], sv, np.nan)
            c = float(np.nanmax(sv[..., :1] / kept)) if np.isfinite(kept).any() else 1.0
            return [max(a.shape[-2:]) * c * big(p)]
        emit("pinv", "rcond=none" if rcond is None else "rcond=%r" % rcond, [s],
             (lambda a: L.pinv(a)) if rcond is None else (lambda a, rc=rcond: L.pinv(a, rcond=rc)), "v", pinv_scales)

    # lstsq (one matrix, NumPy 2's default rcond eps * max(M, N)): x is the minimum-norm solution, unique
    for sa, sb, rcond in [(spec("float64", general(5, 3)), spec("float64", general(5, 1)[:, 0]), None),
                          (spec("float64", general(6, 2)), spec("float64", general(6, 3)), None),
                          (spec("float64", general(3, 5)), spec("float64", general(3, 2)), None),
                          (spec("float32", general(5, 3)), spec("float32", general(5, 1)[:, 0]), None),
                          (spec("float32", general(5, 3)), spec("float64", general(5, 1)[:, 0]), None),
                          (spec("int32", [[1, 1], [1, 2], [1, 3], [1, 4]]), spec("int32", [6, 5, 7, 10]), None),
                          (spec("float64", np.outer([1.0, 2.0, 3.0, 4.0], [1.0, -1.0, 2.0])), spec("float64", [1.0, 0.0, 2.0, 1.0]), None),
                          (spec("float64", np.diag([1.0, 1e-3, 1e-9])), spec("float64", [1.0, 1.0, 1.0]), 1e-6),
                          # NumPy computes float32 in double and its default rcond is 3 * eps64 there too: 1e-8 is kept
                          (spec("float32", np.diag([1.0, 1e-8, 0.5])), spec("float32", [1.0, 1.0, 1.0]), None),
                          # 8e-16 is above 3 * eps64 = 6.7e-16 (kept) but below pinv's 1e-15
                          (spec("float64", np.diag([1.0, 8e-16, 0.5])), spec("float64", [1.0, 1.0, 1.0]), None),
                          (spec("float64", general(4, 3), "T"), spec("float64", general(3, 1)[:, 0]), None),
                          (spec("float64", general(2, 3, (2,))), spec("float64", general(2, 1)[:, 0]), None),
                          (spec("float64", general(4, 3)), spec("float64", general(3, 1)[:, 0]), None)]:
        def lstsq_scales(a, b, x, res, rank, sv):
            # c: the condition number of the part of a that lstsq keeps (singular values above the cutoff)
            kept = f64(sv)[:int(rank)]
            c = float(kept[0] / kept[-1]) if kept.size else 1.0
            fa, fb, fx = f64(a), f64(b), f64(x)
            r = float(L.norm(fb - fa @ fx)) if fa.size else 0.0
            smax = float(kept[0]) if kept.size else 1.0
            n = max(a.shape)
            return [n * (c * big(x) + c * c * r / smax), n * c * (big(b) ** 2 + 1), 0.0, n * big(sv)]
        emit("lstsq", "rcond=none" if rcond is None else "rcond=%r" % rcond, [sa, sb],
             (lambda a, b: tuple(L.lstsq(a, b))) if rcond is None else (lambda a, b, rc=rcond: tuple(L.lstsq(a, b, rcond=rc))),
             "vvvv", lstsq_scales)

    # cond: singular-value ratios (p none, 2, -2) and norm(x, p) * norm(inv(x), p) (inverse in float64)
    def cond_scale(a, r):
        n = max(a.shape[-2:]) if a.ndim >= 2 else 1
        c = cond(a)
        return [n * c * big(r) if math.isfinite(c) else math.inf]
    cond_inputs = [spec("float64", well(3)), spec("float32", well(4)), spec("int32", ints[1]),
                   spec("float64", general(3, 3, (2,))), spec("float64", np.diag([1.0, 1e-3, 10.0])),
                   spec("float64", well(4), "T"), spec("float32", general(2, 2, (3,)))]
    for s in cond_inputs:
        for p in (None, 2, -2, 1, -1, np.inf, -np.inf, "fro", "nuc"):
            emit("cond", "p=%s" % ("none" if p is None else p), [s], lambda a, p=p: L.cond(a, p), "v", cond_scale)
    for s in [spec("float64", general(3, 5)), spec("float64", general(4, 2)), spec("float64", general(2, 3, (2,)))]:
        for p in (None, 2, -2, 1, "fro"):
            emit("cond", "p=%s" % ("none" if p is None else p), [s], lambda a, p=p: L.cond(a, p), "v", cond_scale)
    # exactly singular (an exact zero pivot) and NaN matrices: +inf, or NaN where the matrix holds NaN
    for s in [singular[0], singular[1], singular[3], spec("float64", [[np.nan, 1.0], [2.0, 3.0]]),
              spec("float64", np.stack([[[np.nan, 1.0], [2.0, 3.0]], [[1.0, 2.0], [2.0, 4.0]]]))]:
        for p in (1, -1, np.inf, "fro", "nuc"):
            emit("cond", "p=%s" % p, [s], lambda a, p=p: L.cond(a, p), "v", lambda a, r: [0.0])
    # not replayed: p none/2/-2 of a matrix holding NaN (NumPy: "SVD did not converge"; jtensor's host SVD gives NaN)
    for s, p in [(spec("float64", np.zeros((0, 0))), "none"), (spec("float64", np.zeros((2, 0))), "1"),
                 (spec("float64", [1.0, 2.0]), "none"), (spec("float64", general(2, 3)), "1"),
                 (spec("float64", well(2)), "3"), (spec("float64", well(2)), "0")]:
        pv = None if p == "none" else float(p)
        emit("cond", "p=%s" % p, [s], lambda a, pv=pv: L.cond(a, pv), "v", lambda a, r: [0.0])
    # multi_dot: NumPy's order (three: cost formula; more: dynamic program); vectors at the ends
    def chain_scale(*arrays_and_result):
        arrays = [f64(x) for x in arrays_and_result[:-1]]
        absolute = L.multi_dot([np.abs(x) for x in arrays]) if len(arrays) > 2 else np.dot(np.abs(arrays[0]), np.abs(arrays[1]))
        inner = sum(x.shape[-1] for x in arrays[:-1])
        return [inner * big(absolute)]
    chains = [
        [general(2, 3), general(3, 4)],
        [general(3, 1)[:, 0], general(3, 4)],
        [general(5, 2), general(2, 6), general(6, 3)],             # (AB)C
        [general(2, 6), general(6, 5), general(5, 7)],             # A(BC)
        [general(4, 1)[:, 0], general(4, 3), general(3, 2)],
        [general(3, 4), general(4, 2), general(2, 1)[:, 0]],
        [general(3, 1)[:, 0], general(3, 3), general(3, 1)[:, 0]],
        [general(6, 2), general(2, 7), general(7, 3), general(3, 5)],
        [general(2, 8), general(8, 3), general(3, 9), general(9, 2), general(2, 4)],
        [general(4, 1)[:, 0], general(4, 4), general(4, 4), general(4, 4), general(4, 1)[:, 0]],
        [general(1, 1), general(1, 1), general(1, 1)],
        [np.zeros((2, 0)), np.zeros((0, 3)), general(3, 2)],
    ]
    for arrays in chains:
        for dtype in ("float64", "float32"):
            emit("multi_dot", "-", [spec(dtype, x) for x in arrays], lambda *xs: L.multi_dot(list(xs)), "v", chain_scale)
    emit("multi_dot", "-", [spec("int32", [[1, 2], [3, 4]]), spec("int32", [[5, 6], [7, 8]]), spec("int32", [[1, 0], [2, 1]])],
         lambda *xs: L.multi_dot(list(xs)), "v", chain_scale)
    emit("multi_dot", "-", [spec("float32", general(2, 3)), spec("float64", general(3, 2)), spec("int32", [[1, 2], [3, 4]])],
         lambda *xs: L.multi_dot(list(xs)), "v", chain_scale)
    emit("multi_dot", "-", [spec("float64", general(4, 3), "T"), spec("float64", general(4, 2)), spec("float64", general(2, 2))],
         lambda *xs: L.multi_dot(list(xs)), "v", chain_scale)
    # float32 chains where only NumPy's order stays finite: (AB)C of three, (AB)(CD) of four
    for arrays in [[[[1e-10, 1e-10]], [[2.0], [2.0]], [[3e38, 3e38]]],
                   [[[1e-30, 1e-30]], [[3e38], [3e38]], [[2.0, 2.0]], [[1.0], [1.0]]]]:
        emit("multi_dot", "-", [spec("float32", x) for x in arrays], lambda *xs: L.multi_dot(list(xs)), "v", chain_scale)
    for arrays in [[general(2, 3), general(4, 2), general(2, 2)], [general(2, 3), general(3, 3, (2,)), general(3, 2)],
                   [general(2, 2), general(2, 2), np.float64(1.0)], [general(2, 1)[:, 0]]]:
        emit("multi_dot", "-", [spec("float64", x) for x in arrays], lambda *xs: L.multi_dot(list(xs)), "v", lambda *r: [0.0])
    # tensorinv / tensorsolve: the tensor read as a square matrix
    def tensor_scale(mat):
        return max(mat.shape) * cond(mat)
    for arr, ind in [(well(6).reshape(2, 3, 6), 2), (well(6).reshape(6, 2, 3), 1), (well(4).reshape(2, 2, 2, 2), 2),
                     (well(6).reshape(3, 2, 3, 2), 2), (well(3), 1)]:
        m = arr.reshape(int(np.prod(arr.shape[ind:])), -1)
        for dtype in ("float64", "float32"):
            emit("tensorinv", "ind=%d" % ind, [spec(dtype, arr)], lambda a, ind=ind: L.tensorinv(a, ind), "v",
                 lambda a, r, m=m: [tensor_scale(m) * big(r)])
    for arr, ind in [(np.zeros((2, 3, 6)), 2), (general(6, 4).reshape(2, 3, 4), 2), (well(4), 0),
                     (np.array([[1.0, 2.0], [2.0, 4.0]]).reshape(2, 2), 1)]:
        emit("tensorinv", "ind=%d" % ind, [spec("float64", arr)], lambda a, ind=ind: L.tensorinv(a, ind), "v", lambda a, r: [0.0])
    emit("tensorinv", "ind=2", [spec("int32", np.array([[2, 1], [1, 3]]).reshape(2, 1, 2, 1))],
         lambda a: L.tensorinv(a, 2), "v", lambda a, r: [2 * cond(np.array([[2, 1], [1, 3]])) * big(r)])
    for a, b, axes in [(well(6).reshape(6, 2, 3), general(6, 1)[:, 0], None),
                       (well(6).reshape(2, 3, 6), general(2, 3), None),
                       (well(6).reshape(2, 3, 2, 3), general(2, 3), None),
                       (well(6).reshape(3, 2, 6), general(6, 1)[:, 0].reshape(3, 2), None),
                       (well(6).reshape(2, 6, 3), general(6, 1)[:, 0], (0, 2)),
                       (well(6).reshape(2, 3, 2, 3), general(2, 3), (1,)),
                       (np.array([[2.0]]), np.array([[4.0]]), None)]:
        for dtype in ("float64", "float32"):
            def solve_scale(a, b, x, axes=axes):
                moved = np.moveaxis(f64(a), list(axes), [-len(axes) + i for i in range(len(axes))]) if axes else f64(a)
                n = int(np.prod(x.shape))
                return [n * cond(moved.reshape(n, n)) * big(x)]
            emit("tensorsolve", "axes=%s" % ("none" if axes is None else ":".join(map(str, axes))),
                 [spec(dtype, a), spec(dtype, b)], lambda a, b, axes=axes: L.tensorsolve(a, b, axes), "v", solve_scale)
    for a, b in [(general(6, 5).reshape(2, 3, 5), general(2, 3)), (general(2, 2), general(2, 2)),
                 (np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([1.0, 1.0]))]:
        emit("tensorsolve", "axes=none", [spec("float64", a), spec("float64", b)], L.tensorsolve, "v", lambda a, b, x: [0.0])
    # NumPy 2's array-API names: vecdot, matrix_transpose, vector_norm, matrix_norm
    def vecdot_scale(a, b, r, axis=-1):
        n = f64(a).shape[axis] if np.ndim(a) else 1
        return [n * big(np.vecdot(np.abs(f64(a)), np.abs(f64(b)), axis=axis))]
    for a, b, axis in [(spec("float64", general(2, 3)), spec("float64", general(3, 1)[:, 0]), -1),
                       (spec("float32", general(4, 5)), spec("float32", general(4, 5)), -1),
                       (spec("float64", general(3, 4)), spec("float64", general(3, 1)), 0),
                       (spec("float64", general(3, 4, (2,))), spec("float64", general(1, 4)), -1),
                       (spec("int32", [[1, 2, 3], [4, 5, 6]]), spec("int32", [7, 8, 9]), -1),
                       (spec("int32", [2147483647, 2]), spec("int32", [2, 1]), -1),
                       (spec("int64", [[1, 2], [3, 4]]), spec("float32", [0.5, 0.25]), -1),
                       (spec("bool", [[True, False], [False, False]]), spec("bool", [True, True]), -1),
                       (spec("float64", general(3, 4), "T"), spec("float64", general(3, 1)[:, 0]), 1),
                       (spec("float64", np.zeros((2, 0))), spec("float64", np.zeros(0)), -1),
                       (spec("float64", general(2, 3)), spec("float64", general(2, 1)[:, 0]), -1),
                       (spec("float64", general(2, 3)), spec("float64", 2.0), -1),
                       (spec("float64", general(2, 3)), spec("float64", general(2, 3)), 2)]:
        emit("vecdot", "axis=%d" % axis, [a, b], lambda a, b, axis=axis: np.vecdot(a, b, axis=axis), "v",
             lambda a, b, r, axis=axis: vecdot_scale(a, b, r, axis) if r.dtype.kind == "f" else [0.0])
    for s in [spec("float64", general(2, 3)), spec("int32", np.arange(24).reshape(2, 3, 4)), spec("float64", general(3, 1)[:, 0])]:
        emit("matrix_transpose", "-", [s], L.matrix_transpose, "v", lambda a, r: [0.0])
    for s in [spec("float64", general(3, 4, (2,))), spec("float32", general(5, 3)), spec("int32", [[3, -4], [0, 12]]),
              spec("bool", [True, False, True]), spec("float64", 2.5), spec("float64", general(4, 3), "T")]:
        for ord_, axes in [(2, None), (1, None), (np.inf, None), (-np.inf, None), (0, None), (3, None), (2, (0,)),
                           (2, (-1,)), (1, (0, -1)), (np.inf, (-1, 0))]:
            if axes is not None and max(axes) >= max(np.ndim(s[2]), 1) or axes is not None and np.ndim(s[2]) == 0:
                continue
            for keep in (False, True):
                emit("vector_norm", "ord=%s axis=%s keepdims=%s" % (ord_, "none" if axes is None else ":".join(map(str, axes)),
                                                                     keep),
                     [s], lambda x, o=ord_, ax=axes, k=keep: L.vector_norm(x, axis=ax, keepdims=k, ord=o), "v",
                     lambda x, r: [max(np.size(x), 1) * big(r)])
    emit("vector_norm", "ord=inf axis=none keepdims=False", [spec("float64", np.zeros((0, 2)))],
         lambda x: L.vector_norm(x, ord=np.inf), "v", lambda x, r: [0.0])
    for ord_ in (np.inf, -np.inf, 2):
        emit("vector_norm", "ord=%s axis=0 keepdims=False" % ord_, [spec("float64", np.zeros((0, 3)))],
             lambda x, o=ord_: L.vector_norm(x, axis=0, ord=o), "v", lambda x, r: [0.0])
    emit("vector_norm", "ord=2 axis=0:0 keepdims=False", [spec("float64", general(2, 2))],
         lambda x: L.vector_norm(x, axis=(0, 0)), "v", lambda x, r: [0.0])
    for s in [spec("float64", general(3, 4, (2,))), spec("float32", general(5, 3)), spec("int32", [[3, -4], [0, 12]]),
              spec("float64", general(4, 3), "T"), spec("float64", general(3, 1)[:, 0])]:
        for ord_ in ("fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf):
            for keep in (False, True):
                emit("matrix_norm", "ord=%s keepdims=%s" % (ord_, keep), [s],
                     lambda x, o=ord_, k=keep: L.matrix_norm(x, keepdims=k, ord=o), "v",
                     lambda x, r: [max(np.size(x), 1) * big(r)])

    # float16: numpy.linalg has no half routines and refuses float16 operands (TypeError: array type
    # float16 is unsupported in linalg), even next to a float64 one; matrix_power with n >= 0 and
    # multi_dot only multiply, so they accept it (float32 accumulation, rounded to float16)
    h = T("float16", [[2.0, 1.0], [1.0, 3.0]])
    hv = T("float16", [1.0, 2.0])
    none = lambda *args: [0.0]
    for op, args, specs, f in [("inv", "-", [h], L.inv), ("det", "-", [h], L.det), ("slogdet", "-", [h], L.slogdet),
                               ("solve", "-", [h, hv], L.solve),
                               ("solve", "-", [T("float64", [[2.0, 1.0], [1.0, 3.0]]), hv], L.solve),
                               ("matrix_power", "n=-1", [h], lambda a: L.matrix_power(a, -1)),
                               ("matrix_rank", "-", [h], L.matrix_rank), ("cholesky", "-", [h], L.cholesky),
                               ("qr", "-", [h], L.qr), ("eigh", "-", [h], L.eigh), ("eigvalsh", "-", [h], L.eigvalsh),
                               ("svd", "-", [h], L.svd), ("svdvals", "-", [h], L.svdvals),
                               ("pinv", "rcond=none", [h], L.pinv), ("lstsq", "rcond=none", [h, hv], L.lstsq),
                               ("cond", "p=none", [h], L.cond), ("cond", "p=fro", [h], lambda a: L.cond(a, "fro")),
                               ("cond", "p=1", [h], lambda a: L.cond(a, 1)),
                               ("tensorinv", "ind=1", [h], lambda a: L.tensorinv(a, 1)),
                               ("tensorsolve", "axes=none", [h, hv], L.tensorsolve)]:
        emit(op, args, specs, f, "v", none)
    for n in (0, 2, 3):
        emit("matrix_power", "n=%d" % n, [T("float16", [[0.5, -1.5], [2.0, 3.25]])], lambda a, n=n: L.matrix_power(a, n),
             "v", lambda a, r: [8.0 * big(np.linalg.matrix_power(np.abs(f64(a)), max(n, 1)))])
    emit("multi_dot", "-", [T("float16", [[0.5, -1.5, 2.0]]), T("float16", [[2.0], [3.25], [-1.0]]),
                            T("float16", [[1.5, 0.25]])], lambda *ms: L.multi_dot(ms), "v",
         lambda *args: [8.0 * 7.0])
    # small integer types: numpy.linalg converts them to float64 (as int32); matrix_power with n >= 0,
    # multi_dot and vecdot only multiply and add, in the input type, so they wrap as NumPy's loops
    i8 = spec("int8", [[4, -2, 1], [3, 6, -4], [2, 1, 8]])
    u8 = spec("uint8", [[200, 1], [3, 255]])
    i16 = spec("int16", [[4, 2], [2, 5]])
    u16 = spec("uint16", [[2, 1, 0], [1, 2, 1], [0, 1, 2]])
    # uint32: float64 as the others; values past int32 (read as negative there, the determinant would differ)
    u32 = spec("uint32", [[U32_MAX, 2], [2**31, 3]])
    ident = lambda a, r: [0.0]
    for s in (i8, u8, i16, u16, u32):
        emit("inv", "-", [s], L.inv, "v", lambda a, r: [n_of(a) * cond(a) * big(r)])
        emit("det", "-", [s], L.det, "v",
             lambda a, r: [n_of(a) * float(np.max(np.prod(L.norm(f64(a), axis=-1), axis=-1)))])
        emit("slogdet", "-", [s], lambda a: tuple(L.slogdet(a)), "vv",
             lambda a, sg, lg: [0.0, n_of(a) * min(cond(a), 1e300) + big(np.where(np.isfinite(lg), lg, 0))])
        emit("matrix_rank", "-", [s], L.matrix_rank, "v", ident)
        emit("svdvals", "-", [s], L.svdvals, "v", lambda a, r: [n_of(a) * big(r)])
        emit("matrix_norm", "ord=fro keepdims=False", [s], lambda x: L.matrix_norm(x), "v",
             lambda x, r: [max(np.size(x), 1) * big(r)])
        emit("vector_norm", "ord=2 axis=none keepdims=False", [s], lambda x: L.vector_norm(x), "v",
             lambda x, r: [max(np.size(x), 1) * big(r)])
    emit("solve", "-", [i8, spec("uint8", [1, 255, 3])], L.solve, "v", lambda a, b, r: [n_of(a) * cond(a) * big(r)])
    emit("cholesky", "-", [i16], L.cholesky, "v", lambda a, r: [n_of(a) * big(r)])
    emit("eigvalsh", "-", [u16], L.eigvalsh, "v", lambda a, r: [n_of(a) * big(r)])
    for n in (0, 1, 2, 3):
        emit("matrix_power", "n=%d" % n, [i8], lambda a, n=n: L.matrix_power(a, n), "v", ident)
        emit("matrix_power", "n=%d" % n, [u8], lambda a, n=n: L.matrix_power(a, n), "v", ident)
        emit("matrix_power", "n=%d" % n, [u32], lambda a, n=n: L.matrix_power(a, n), "v", ident)
    emit("matrix_power", "n=-1", [i8], lambda a: L.matrix_power(a, -1), "v", lambda a, r: [n_of(a) * cond(a) * big(r)])
    emit("multi_dot", "-", [spec("int8", [[100, -100, 3]]), spec("int8", [[2], [1], [-128]]), spec("int8", [[3, 127]])],
         lambda *ms: L.multi_dot(ms), "v", lambda *args: [0.0])
    emit("multi_dot", "-", [spec("uint8", [[200, 1]]), spec("int8", [[2], [-1]]), spec("uint16", [[3, 65535]])],
         lambda *ms: L.multi_dot(ms), "v", lambda *args: [0.0])
    emit("multi_dot", "-", [spec("uint32", [[U32_MAX, 1]]), spec("uint32", [[2], [65537]]), spec("uint32", [[65536, 3]])],
         lambda *ms: L.multi_dot(ms), "v", lambda *args: [0.0])
    for a, b in ((spec("int8", [[100, -100, 3], [127, 127, 1]]), spec("int8", [2, 1, -128])),
                 (spec("uint8", [[200, 100], [255, 255]]), spec("int8", [2, -1])),
                 (spec("uint16", [[65535, 2]]), spec("uint16", [2, 1])),
                 (spec("uint32", [[U32_MAX, 2], [65536, 65536]]), spec("uint32", [2, 65536])),
                 (spec("uint32", [[U32_MAX, 2]]), spec("int32", [2, -1]))):
        emit("vecdot", "axis=-1", [a, b], lambda a, b: np.vecdot(a, b, axis=-1), "v", lambda a, b, r: [0.0])
    write("linalg2.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "compare", "expected", "scale"], rows, """
numpy.linalg's factorizations and the functions built on them: inv, det, slogdet (results sign;logabsdet),
solve (NumPy 2: b is a vector only when 1-d), matrix_power (args n), matrix_rank (args tol, or NumPy's
default), cholesky, qr (reduced: q;r), eigh (w;v), eigvalsh, svd (reduced: u;s;vh), svdvals
(svd(compute_uv=False)), pinv (args rcond; none = NumPy's default 1e-15), lstsq (x;residuals;rank;s,
rcond none = NumPy 2's default eps * max(M, N)), cond (args p), multi_dot (any number of inputs),
tensorinv (args ind), tensorsolve (args axes), and NumPy 2's vecdot (args axis), matrix_transpose,
vector_norm and matrix_norm (args ord, axis, keepdims).
inputs: manipulation.csv's operand syntax, joined by ;.  Random matrices come from numpy's default_rng
with a fixed seed, rounded to 6 decimals (float32 inputs hold the float32 rounding of the same values).
result_dtype error: NumPy raises (expected holds the exception class and message); jtensor must throw.
compare, one letter per result: v the values are NumPy's, a only their absolute values are (q, r,
eigenvectors and singular vectors are unique up to sign: compared by absolute value only where the
eigen/singular values are distinct), - not compared (checked by invariants only).  expected: the
compared results' values one after the other.  scale, one per result: an error scale (NumPy computes
float32 in float64 too, so for float32 results it is the float64 bound times eps64 / eps32, except
for pinv and matrix_power, which multiply in float32), e.g.
n * cond(a) * max|inv(a)| for inv, n * prod of row norms for det, n * ||a||_2 for eigenvalues and
that over the eigenvalue gap for eigenvectors (inf: not unique, the tolerance accepts any value);
the tolerance allows a backend-chosen multiple of eps(result type) * scale.""")

    # linalg_modes.csv: NumPy 2.4's keywords of qr, svd, eigh, eigvalsh, cholesky, pinv and matrix_rank,
    # written from here to share emit and the scales; its own generator seed, so linalg2's rows stay put
    rows.clear()
    rng = np.random.default_rng(20261202)
    upper_only = np.triu(sym(3)) + np.tril(np.full((3, 3), -50.0), -1)
    upper_spd = np.triu(spd(3)) + np.tril(np.full((3, 3), 99.0), -1)

    def qr_scale(a):
        return n_of(a) * cond(a[..., :, :min(a.shape[-2:])]) if a.size else 0.0

    # qr: LAPACK's reflectors make q, r, h and tau unique (signs included) for a full-rank leading block
    qr_inputs = [spec("float64", general(4, 4)), spec("float64", general(5, 3)), spec("float64", general(3, 5)),
                 spec("float32", general(4, 3)), spec("int32", [[1, 2], [3, 4], [5, 7]]),
                 spec("float64", general(3, 2, (2,))), spec("float64", general(4, 3), "T"),
                 spec("float64", [[3.0, 1.0], [0.0, 2.0]]), spec("float64", [[-3.0, 1.0, 2.0], [0.0, 0.0, 2.0]]),
                 spec("bool", [[True, False], [True, True], [False, True]]),
                 spec("float64", np.zeros((3, 0))), spec("float64", np.zeros((0, 3))), empties[0], empties[1], bad[1]]
    for s in qr_inputs:
        emit("qr", "mode=complete", [s], lambda a: tuple(L.qr(a, mode="complete")), "vv",
             lambda a, q, r: [qr_scale(a), qr_scale(a) * big(r)])
        emit("qr", "mode=r", [s], lambda a: L.qr(a, mode="r"), "v", lambda a, r: [qr_scale(a) * big(r)])
        emit("qr", "mode=raw", [s], lambda a: tuple(L.qr(a, mode="raw")), "vv",
             lambda a, h, tau: [qr_scale(a) * max(big(h), 1.0), qr_scale(a)])
        emit("qr", "mode=reduced", [s], lambda a: tuple(L.qr(a, mode="reduced")), "vv",
             lambda a, q, r: [qr_scale(a), qr_scale(a) * big(r)])
    emit("qr", "mode=x", [spec("float64", general(2, 2))], lambda a: L.qr(a, mode="x"), "v", lambda a, r: [0.0])
    emit("qr", "mode=R", [spec("float64", general(2, 2))], lambda a: L.qr(a, mode="R"), "v", lambda a, r: [0.0])

    # svd: full_matrices (u and vh square, their completion unspecified: invariants only) and hermitian
    def svd_full_scales(a, u, sv, vh):
        return [0.0, max(a.shape[-2:]) * big(sv) if a.size else 0.0, 0.0]
    for s in [spec("float64", general(5, 3)), spec("float64", general(3, 5)), spec("float32", general(4, 2)),
              spec("int32", [[1, 2, 0], [3, 4, 5]]), spec("float64", general(3, 2, (2,))),
              spec("float64", np.outer([1.0, 2.0, 3.0], [4.0, 5.0])), spec("float64", general(4, 4)),
              spec("float64", np.zeros((3, 0))), spec("float64", np.zeros((0, 2))), empties[1], bad[1]]:
        emit("svd", "full_matrices=True compute_uv=True hermitian=False", [s],
             lambda a: tuple(L.svd(a, full_matrices=True)), "-v-", svd_full_scales)
        emit("svd", "full_matrices=True compute_uv=False hermitian=False", [s],
             lambda a: L.svd(a, full_matrices=True, compute_uv=False), "v",
             lambda a, sv: [max(a.shape[-2:]) * big(sv) if a.size else 0.0])

    def sym_of(a, upper=False):
        a = f64(a)
        t = np.triu(a) if upper else np.tril(a)
        return t + np.swapaxes(np.triu(a, 1) if upper else np.tril(a, -1), -1, -2)

    def hermitian_scales(a, u, sv, vh):
        scale = n_of(a) * norm2(sym_of(a)) if a.size else 0.0
        g = gap(sv) if sv.size else np.inf
        vectors = scale / g if g > 0 else math.inf
        return [vectors, scale, vectors]
    for s in [spec("float64", sym(4)), spec("float32", sym(3)), spec("int32", [[2, 1, 0], [1, -3, 1], [0, 1, 2]]),
              spec("float64", sym(3, (2,))), spec("float64", np.tril(sym(3)) + np.triu(np.full((3, 3), 7.0), 1)),
              spec("float64", np.diag([-2.0, 1.0, 3.0])), spec("float64", [[1.0, 2.0], [2.0, -3.0]]),
              empties[0], spec("float64", general(2, 3)), bad[1]]:
        for full in (False, True):
            emit("svd", "full_matrices=%s compute_uv=True hermitian=True" % full, [s],
                 lambda a, full=full: tuple(L.svd(a, full_matrices=full, hermitian=True)), "ava", hermitian_scales)
        emit("svd", "full_matrices=True compute_uv=False hermitian=True", [s],
             lambda a: L.svd(a, compute_uv=False, hermitian=True), "v",
             lambda a, sv: [n_of(a) * norm2(sym_of(a)) if a.size else 0.0])

    # eigh / eigvalsh with UPLO: 'U' reads only the upper triangle; NumPy upper-cases UPLO
    for s in [spec("float64", upper_only), spec("float64", sym(4)), spec("float32", sym(3)),
              spec("float64", sym(2, (3,))), spec("int32", [[2, 1, 0], [-9, 2, 1], [-9, -9, 2]]),
              spec("float64", lower_only), empties[0], bad[0]]:
        for uplo in ("U", "L", "u"):
            upper = uplo in ("U", "u")

            def uplo_scales(a, w, v, upper=upper):
                scale = n_of(a) * norm2(sym_of(a, upper)) if a.size else 0.0
                g = gap(w) if w.size else np.inf
                return [scale, scale / g if g > 0 else math.inf]
            emit("eigh", "UPLO=%s" % uplo, [s], lambda a, uplo=uplo: tuple(L.eigh(a, UPLO=uplo)), "va", uplo_scales)
            emit("eigvalsh", "UPLO=%s" % uplo, [s], lambda a, uplo=uplo: L.eigvalsh(a, UPLO=uplo), "v",
                 lambda a, w, upper=upper: [n_of(a) * norm2(sym_of(a, upper)) if a.size else 0.0])
    for uplo in ("X", "LU", ""):
        emit("eigh", "UPLO=%s" % (uplo or "empty"), [spec("float64", sym(2))], lambda a, uplo=uplo: tuple(L.eigh(a, UPLO=uplo)),
             "va", lambda a, w, v: [0.0, 0.0])
        emit("eigvalsh", "UPLO=%s" % (uplo or "empty"), [spec("float64", sym(2))], lambda a, uplo=uplo: L.eigvalsh(a, UPLO=uplo),
             "v", lambda a, w: [0.0])

    # cholesky(upper=True): U with U.T @ U == a, read from the upper triangle
    for s in [spec("float64", spd(3)), spec("float64", upper_spd), spec("float32", spd(4)), spec("float64", spd(2, (2,))),
              spec("int32", [[4, 2], [-7, 5]]), spec("float64", [[4.0, 2.0], [2.0, 5.0]]), empties[0], empties[1],
              spec("float64", [[1.0, 2.0], [-9.0, 1.0]]), spec("float64", [[4.0, 0.0], [0.0, -1.0]]), bad[0]]:
        for upper in (True, False):
            emit("cholesky", "upper=%s" % upper, [s], lambda a, upper=upper: L.cholesky(a, upper=upper), "v",
                 lambda a, r, upper=upper: [n_of(a) * cond(sym_of(a, upper)) * big(r) if a.size else 0.0])

    # pinv: hermitian, and NumPy 2's rtol (None: max(M, N) * eps of a's type)
    def pinv_scale(a, p, cutoff=1e-15):
        fa = f64(a)
        if not fa.size:
            return [0.0]
        sv = L.svd(fa, compute_uv=False)
        kept = np.where(sv > cutoff * sv[..., :1], sv, np.nan)
        c = float(np.nanmax(sv[..., :1] / kept)) if np.isfinite(kept).any() else 1.0
        return [max(a.shape[-2:]) * c * big(p)]
    for s in [spec("float64", sym(3)), spec("float32", sym(4)), spec("int32", [[2, 1], [1, -2]]), spec("float64", sym(2, (2,))),
              spec("float64", np.diag([2.0, -1e-3, 1e-12])), spec("float64", np.outer([1.0, 2.0], [1.0, 2.0])),
              spec("float64", np.zeros((0, 3))), spec("float64", general(2, 3))]:
        emit("pinv", "rcond=none hermitian=True", [s], lambda a: L.pinv(a, hermitian=True), "v", pinv_scale)
        emit("pinv", "rcond=1e-06 hermitian=True", [s], lambda a: L.pinv(a, rcond=1e-6, hermitian=True), "v",
             lambda a, p: pinv_scale(a, p, 1e-6))
    for s in [spec("float64", general(4, 3)), spec("float32", general(3, 4)), spec("float64", np.diag([1.0, 1e-3, 1e-15])),
              spec("float32", np.diag([1.0, 1e-3, 1e-7])), spec("int32", [[1, 2], [3, 4], [5, 7]]),
              spec("float64", general(2, 2, (2,))), spec("float64", np.zeros((0, 3)))]:
        for rtol in ("none", 1e-2, 0.0):
            for hermitian in (False,):
                rt = None if rtol == "none" else rtol
                emit("pinv", "rtol=%s hermitian=%s" % (rtol, hermitian), [s],
                     lambda a, rt=rt: L.pinv(a, rtol=rt), "v",
                     lambda a, p, rt=rt: pinv_scale(a, p, max(a.shape[-2:]) * np.finfo(a.dtype).eps if rt is None
                                                     and a.dtype.kind == "f" else (rt or 1e-300)))
    emit("pinv", "rtol=none hermitian=True", [spec("float64", sym(3))], lambda a: L.pinv(a, hermitian=True, rtol=None),
         "v", lambda a, p: pinv_scale(a, p, 3 * np.finfo(np.float64).eps))

    # matrix_rank: rtol, hermitian, and tol with rtol refused
    for s in [spec("float64", np.diag([1.0, 1e-3, 1e-6])), spec("float32", np.diag([1.0, 1e-3, 1e-6])),
              spec("float64", [[1.0, 2.0], [2.0, 4.001]]), spec("float64", np.diag([-2.0, 1e-20, 1.0])),
              spec("int32", [[1, 2], [2, 4]]), spec("float64", general(3, 4, (2,))), spec("float64", [0.0, 1.0]),
              spec("float64", np.zeros((0, 3)))]:
        for rtol in (None, 1e-2, 1e-4):
            for hermitian in (False, True):
                emit("matrix_rank", "tol=none rtol=%s hermitian=%s" % ("none" if rtol is None else rtol, hermitian), [s],
                     lambda a, rtol=rtol, hermitian=hermitian: L.matrix_rank(a, hermitian=hermitian, rtol=rtol), "v",
                     lambda a, r: [0.0])
        emit("matrix_rank", "tol=0.5 rtol=none hermitian=True", [s], lambda a: L.matrix_rank(a, tol=0.5, hermitian=True),
             "v", lambda a, r: [0.0])
        emit("matrix_rank", "tol=0.5 rtol=0.5 hermitian=False", [s], lambda a: L.matrix_rank(a, tol=0.5, rtol=0.5),
             "v", lambda a, r: [0.0])
    write("linalg_modes.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "compare", "expected", "scale"], rows, """
NumPy 2.4's keywords of numpy.linalg that linalg2.csv leaves out (written by gen_linalg2, with its own seed):
qr (args mode: reduced/complete: q;r, r: r, raw: h;tau), svd (args full_matrices, compute_uv, hermitian:
u;s;vh or s), eigh and eigvalsh (args UPLO), cholesky (args upper), pinv (args rcond or rtol, none = NumPy's
default of that keyword, and hermitian), matrix_rank (args tol, rtol, hermitian).  Columns as linalg2.csv's:
compare v (values: qr's factors too, LAPACK's reflectors fixing their signs), a (absolute values), - (invariants
only: svd's full u and vh, whose completion is unspecified); the scales as there.""")


# ---------------------------------------------------------------------------------------------
# eig: numpy.linalg.eig / eigvals and np.roots where the spectrum is real

def gen_eig():
    rows = []
    L = np.linalg
    eps64 = float(np.finfo(np.float64).eps)

    def f64(x):
        return np.asarray(x, np.float64)

    def eigen_scales(a, w, v):
        """(eigenvalue scale, eigenvector scale) of one float64 matrix: n * ||a||_2 times the largest
        eigenvalue condition number (the row norms of inv(v), v with unit columns), and that over the
        smallest gap between eigenvalues for the vectors (inf when an eigenvalue repeats)."""
        n = a.shape[-1]
        if n == 0:
            return 0.0, 0.0
        norm = float(L.norm(a, 2))
        with np.errstate(all="ignore"):
            try:
                cond = float(np.max(L.norm(L.inv(v), axis=1)))
            except L.LinAlgError:
                cond = math.inf
        gap = float(np.min(np.abs(np.subtract.outer(w, w)) + np.diag(np.full(n, math.inf)))) if n > 1 else math.inf
        value = n * max(norm, 1e-300) * cond
        vector = value / gap if gap > 0 else math.inf
        return value, vector

    def emit(op, spec, defective=0):
        """One row per call; defective = the size of the largest Jordan block (0: diagonalizable)."""
        text, value = manip_operand(spec)
        compute = {"eig": L.eig, "eigvals": L.eigvals, "roots": np.roots}[op]
        try:
            result = compute(value)
        except Exception as e:                          # NumPy rejects it: jtensor must too
            rows.append([op, text, "error", "-", "-", type(e).__name__ + ": " + str(e).replace(",", ";"), "0.0"])
            return
        results = [np.asarray(r) for r in (result if op == "eig" else [result])]
        if results[0].dtype.kind == "c":                # a complex spectrum: jtensor refuses it
            pair = results[0][results[0].imag != 0][0]
            # scale: the pair's error scale where it is ill-conditioned (a multiple root), else 0
            size = len(np.trim_zeros(f64(value))) - 1 if op == "roots" else np.shape(value)[-1]
            scale = size * float(np.max(np.abs(results[0]))) * eps64 ** (1.0 / defective - 1) if defective else 0.0
            rows.append([op, text, "complex", "-", "-", "%r +- %ri" % (float(pair.real), abs(float(pair.imag))),
                         repr(scale)])
            return
        w = results[0]
        # the scales come from the float64 problem; a float32 result is NumPy's sgeev (single
        # precision), so its error is float32's and the scale is not reduced as linalg2's are
        a = f64(value)
        if op == "roots":
            nz = np.nonzero(a)[0]
            p = a[nz[0]:nz[-1] + 1] if len(nz) else a[:0]
            m = len(p) - 1
            comp = np.diag(np.ones(m - 1), -1) if m > 0 else np.zeros((0, 0))
            if m > 0:
                comp[0, :] = -p[1:] / p[0]
            ws, vs = L.eig(comp) if m > 0 else (np.zeros(0), np.zeros((0, 0)))
            scales = [eigen_scales(comp, ws.real, vs.real)[0]] if m > 0 else [0.0]
            if defective:
                scales = [m * float(L.norm(comp, 2)) * eps64 ** (1.0 / defective - 1)]
        else:
            mats = a.reshape((-1,) + a.shape[-2:]) if a.size else []
            pairs = []
            for mat in mats:
                ws, vs = L.eig(mat)
                pairs.append(eigen_scales(mat, ws.real, vs.real))
            scales = [max([s[0] for s in pairs] + [0.0]), max([s[1] for s in pairs] + [0.0])]
            if defective:
                # a Jordan block of size k moves its eigenvalue by (eps ||a||)^(1/k): no eigenvectors
                n = a.shape[-1]
                norm = float(L.norm(mats[0], 2))
                scales = [n * norm * eps64 ** (1.0 / defective - 1), math.inf]
            scales = scales[:len(results)]
        # where float32's order may differ from the float64 computation's, compare sorted values
        order = "v"
        if w.dtype == np.float32 and w.size:
            w64 = (L.eigvals(a) if op != "roots" else np.roots(a)).real
            if not np.allclose(np.sort(w64, -1), np.sort(f64(w), -1), rtol=1e-3, atol=1e-3) or \
                    np.max(np.abs(w64 - w)) > 1e-3 * max(1.0, float(np.max(np.abs(w64)))):
                order = "s"
        compares = [order]
        if op == "eig":
            compares.append("a" if math.isfinite(scales[1]) and order == "v" else "-")
        expected = []
        for r, c in zip(results, compares):
            if c in ("v", "s") and r.size:
                expected.append(fmt_list(r, JT[r.dtype.name]))
            elif c == "a" and r.size:
                expected.append(fmt_list(np.abs(r), JT[r.dtype.name]))
        rows.append([op, text, ";".join(JT[r.dtype.name] for r in results),
                     ";".join(fmt_shape(r.shape) for r in results), ";".join(compares),
                     " ".join(expected) if expected else "-", ";".join(repr(float(s)) for s in scales)])

    rng = np.random.default_rng(20261201)

    def real_spectrum(n, batch=()):
        """S D S^-1 with a random S and real, well-separated D, rounded to 6 decimals."""
        while True:
            s = rng.standard_normal(batch + (n, n))
            d = np.sort(rng.uniform(-5, 5, batch + (n,)), -1)
            a = np.round(s @ (d[..., :, None] * L.inv(s)), 6)
            w = L.eigvals(a)
            if not np.iscomplexobj(w) and (n < 2 or np.min(np.abs(np.diff(np.sort(w, -1), axis=-1))) > 0.05) \
                    and np.max(L.cond(s)) < 1e3:
                return a

    def spec(dtype, arr, view="-"):
        return ("t", dtype, np.asarray(arr).astype(NP[dtype]), view)

    g = np.round(rng.standard_normal((5, 5)), 6)
    upper = np.triu(np.round(rng.standard_normal((4, 4)), 6))
    matrices = [real_spectrum(1), real_spectrum(2), real_spectrum(3), real_spectrum(4), real_spectrum(5),
                real_spectrum(6), real_spectrum(8), real_spectrum(3, (2,)), real_spectrum(2, (2, 2)),
                g + g.T,                                            # symmetric
                upper, upper.T,                                     # triangular: balancing isolates every eigenvalue
                np.array([[2.0, 0, 0], [1, 3, 0], [4, 0, 1]]),      # partly isolated
                np.array([[1.0, 1e6], [1e-6, 2.0]]),                # badly scaled: balancing matters
                np.diag([3.0, 1, 2]) + np.diag([0.5, 0.25], 1),
                np.array([[6.0, -11, 6], [1, 0, 0], [0, 1, 0]]),    # companion of (x-1)(x-2)(x-3)
                L.inv(np.array([[1.0, 2, 0], [0, 1, 1], [1, 0, 1]])) @ np.diag([2.0, 2, 5]) @ np.array([[1.0, 2, 0], [0, 1, 1], [1, 0, 1]]),
                np.eye(4), np.zeros((3, 3))]
    inputs = []
    for a in matrices:
        inputs.append(spec("float64", a))
    for a in matrices[:4] + matrices[9:12] + [matrices[7]]:
        inputs.append(spec("float32", a))
    inputs += [spec("int32", [[4, 1], [2, 3]]), spec("int32", [[2, 1, 0], [1, 2, 1], [0, 1, 2]]),
               spec("bool", [[True, False], [True, True]]), spec("float64", real_spectrum(4), "T"),
               spec("float64", np.zeros((0, 0))), spec("float32", np.zeros((2, 0, 0))), spec("int32", [[7]])]
    errors = [spec("float64", [[1.0, np.nan], [0, 1]]), spec("float64", [[np.inf, 0], [0, 1]]),
              spec("float32", [[1.0, 2], [np.nan, 1]]), spec("float64", np.zeros((2, 3))), spec("float64", np.zeros(3)),
              spec("float64", 1.5), spec("float64", [[0.0, -1], [1, 0]]), spec("float64", [[1.0, 2], [-3, 1]]),
              spec("float64", np.stack([np.diag([1.0, 2]), np.array([[0.0, -1], [1, 0]])])),
              spec("int32", [[0, 1, 0], [0, 0, 1], [1, 0, 0]])]
    for s in inputs + errors:
        emit("eig", s)
        emit("eigvals", s)
    jordan = [np.array([[2.0, 1, 0], [0, 2, 1], [0, 0, 2]]), np.array([[2.0, 0], [1, 2]]),
              np.array([[5.0, 1, 0, 0], [0, 5, 0, 0], [0, 0, 1, 1], [0, 0, 0, 1]])]
    for a in jordan:
        emit("eig", spec("float64", a), defective=len(a))
        emit("eigvals", spec("float64", a), defective=len(a))
    for dtype, p in [("float64", [1, -3, 2]), ("float64", [1, -6, 11, -6]), ("float64", [2, -2, -4]),
                     ("float64", [0, 0, 1, -3, 2, 0, 0]), ("float64", [1, 0, 0]), ("float64", [5]),
                     ("float64", [0, 0]), ("float64", []), ("float64", [3, 0]), ("float64", [-0.0, 2, -4]),
                     ("float64", np.poly([4.0, -1.5, 0.25, 3.0, -2.0])), ("float64", np.poly([1.0, 2, 3, 4, 5, 6, 7])),
                     ("int32", [1, -5, 6]), ("int64", [2, 0, -8]), ("bool", [True, True]),
                     ("float32", [1, -3, 2]), ("float32", [4]), ("float32", [0, 1, -7, 12, 0]),
                     ("float64", [1, 0, 1]), ("float64", [1, 2, 3, 4]), ("float64", [1, np.nan, 2]),
                     ("float64", [[1, -3, 2]]), ("float64", 3.0), ("float64", 0.0)]:
        emit("roots", spec(dtype, np.asarray(p, np.float64)))
    # multiple roots: a double root stays real in LAPACK's arithmetic, a triple one splits into a complex pair
    emit("roots", spec("float64", [1.0, -2, 1]), defective=2)
    emit("roots", spec("float64", [1.0, -3, 3, -1]), defective=3)

    write("eig.csv", ["op", "inputs", "result_dtype", "result_shape", "compare", "expected", "scale"], rows, """
numpy.linalg.eig (results w;v), eigvals and np.roots, where every eigenvalue (root) is real: jtensor
has no complex dtype.  inputs: manipulation.csv's operand syntax.  Random matrices are S D S^-1 with
S from numpy's default_rng (fixed seed, condition number < 1e3) and D real, rounded to 6 decimals.
result_dtype error: NumPy raises (expected: its exception class and message); complex: NumPy returns
complex values (expected: one of them, scale: its error scale for a multiple root, else 0) and
jtensor must throw UnsupportedOperationException naming such a pair.
compare, per result: v the values in NumPy's order; s the values sorted (float32 rows whose order
NumPy's single-precision sgeev may set differently from jtensor's float64 computation); a the
absolute values (eigenvectors are unique up to sign where the eigenvalues are distinct); - not
compared (repeated eigenvalues, defective matrices), checked by the invariants a @ v == v * w and
unit column norms only.  scale, per result: n * ||a||_2 * the largest eigenvalue condition number
for eigenvalues (roots: of the companion matrix; Jordan blocks of size k: n * ||a||_2 * eps^(1/k-1)),
that over the smallest eigenvalue gap for eigenvectors; the tolerance is a backend-chosen multiple
of eps(result type) * scale.""")


# ---------------------------------------------------------------------------------------------
# writing into arrays by index: np.put, np.put_along_axis, np.place, np.putmask, ufunc.at, np.fill_diagonal

def gen_scatter():
    rows = []

    def emit(op, target, specs, args, compute, error_as=None):
        """One case: compute(view, *others) writes into a fresh copy of the target (a view of its base)."""
        text, _ = manip_operand(target)
        base = np.array(target[2], copy=True)
        view = target[3] if len(target) > 3 else "-"
        if view == "T":
            arr = base.T
        elif view == "rev":
            arr = base[::-1]
        elif view == "step2":
            arr = base[::2]
        elif view.startswith("bcast="):
            arr = np.broadcast_to(base, tuple(int(d) for d in view[6:].split("x")))
        else:
            arr = base
        others = [manip_operand(s) for s in specs]
        inputs = ";".join([text] + [o[0] for o in others])
        try:
            compute(arr, *[o[1] for o in others])
        except (ValueError, IndexError, TypeError, OverflowError) as e:
            rows.append([op, inputs, args, "error", "-", error_as or type(e).__name__, "-"])
            return
        dt = target[1]
        rows.append([op, inputs, args, dt, fmt_shape(arr.shape), fmt_list(arr, dt) if arr.size else "-",
                     fmt_list(base, dt) if view != "-" else "-"])

    nan, inf = np.nan, np.inf
    sample = {
        "float64": [1.5, -0.0, nan, inf, -2.25, 1e-310, 3.0, -inf, 0.1, 7.0, 2.0**53, -1e300],
        "float32": [1.5, -0.0, nan, inf, -2.25, 1e-40, 3.0, -inf, 0.1, 7.0, 2.0**24, -3e38],
        "int32": [I32_MAX, -1, 5, I32_MIN, 0, 7, 3, -9, 11, 2, 13, -4],
        "int64": [I64_MAX, -1, 5, I64_MIN, 0, 7, 2**53 + 1, -9, 11, 2, 13, -4],
        "bool": [True, False, True, True, False, True, False, False, True, False, True, True],
        "float16": [1.5, -0.0, nan, inf, -2.25, 6e-08, 3.0, -inf, 0.1, 7.0, 2048.0, -65504.0],
    }

    def put(mode):
        return (lambda a, ind, v: np.put(a, ind, v)) if mode == "default" else \
            (lambda a, ind, v, m=mode: np.put(a, ind, v, mode=m))

    def I(values, shape=None, view="-", dtype="int64"):
        return T(dtype, values, shape, view)

    # np.put: modes, duplicates (last wins), negative indices, cyclic and longer v, views, casts
    for dtype in ALL_DTYPES:
        x, z = sample[dtype], [False] * 12 if dtype == "bool" else [0] * 12
        v = T(dtype, x[:4])
        emit("put", T(dtype, z[:6]), [I([0, 2, -1]), T(dtype, x[:3])], "mode=default", put("default"))
        emit("put", T(dtype, z[:6]), [I([1, 1, 3, 1]), v], "mode=raise", put("raise"))
        emit("put", T(dtype, z[:6]), [I([0, 1, 2, 3, 4, 5]), T(dtype, x[:4:3])], "mode=raise", put("raise"))
        emit("put", T(dtype, z[:6]), [I([5, 0]), T(dtype, x[:5])], "mode=raise", put("raise"))
        for mode in ("wrap", "clip"):
            emit("put", T(dtype, z[:6]), [I([-7, 12, 3, -1, 6, -13]), T(dtype, x[:6])], "mode=" + mode, put(mode))
        emit("put", T(dtype, x, (3, 4), "T"), [I([0, 1, 2, 5, 11]), v], "mode=raise", put("raise"))
        emit("put", T(dtype, x[:10], (10,), "step2"), [I([[0, 4], [-2, 0]]), T(dtype, x[5:9])], "mode=raise",
             put("raise"))
        emit("put", T(dtype, x[:8], (8,), "rev"), [I([0, -1, 7, 2]), T(dtype, x[8:])], "mode=wrap", put("wrap"))
        emit("put", T(dtype, x, (2, 3, 2)), [I([11, 0, 6, 6], (2, 2)), T(dtype, x[::-1][:4], (2, 2))],
             "mode=clip", put("clip"))
        emit("put", T(dtype, z[:6]), [I([6]), v], "mode=raise", put("raise"))
        emit("put", T(dtype, z[:6]), [I([1, -7]), v], "mode=default", put("default"))
        emit("put", T(dtype, z[:6]), [I([], (0,)), v], "mode=raise", put("raise"))
        emit("put", T(dtype, z[:6]), [I([1, 9]), T(dtype, [], (0,))], "mode=raise", put("raise"))
        emit("put", T(dtype, [], (0, 3)), [I([0]), v], "mode=clip", put("clip"))
        emit("put", T(dtype, [], (0,)), [I([], (0,)), v], "mode=raise", put("raise"))
        emit("put", T(dtype, x[0], ()), [I([0, -1]), T(dtype, x[1:3])], "mode=raise", put("raise"))
        emit("put", T(dtype, x[:3], (3,), "bcast=2x3"), [I([0]), v], "mode=raise", put("raise"))
        emit("put", T(dtype, z[:6]), [I([0]), v], "mode=bad", put("bad"))
    # the values cast to a's type unsafely, float and bool indices truncated as NumPy casts them
    emit("put", T("int32", [0] * 5), [I([0, 1, 2, 3]), T("float64", [2.7, -3.9, 1e9, -0.5])], "mode=raise",
         put("raise"))
    emit("put", T("int32", [0] * 5), [I([0, 1]), T("int64", [2**40 + 5, -2**33 - 1])], "mode=raise", put("raise"))
    emit("put", T("float32", [0] * 5), [I([0, 1, 2]), T("float64", [0.1, 1e300, 2.0**53 + 1])], "mode=raise",
         put("raise"))
    emit("put", T("bool", [False] * 5), [I([0, 1, 2]), T("float64", [0.5, 0.0, -0.0])], "mode=raise", put("raise"))
    emit("put", T("float64", [1.0] * 5), [I([0, 3]), T("bool", [True, False])], "mode=raise", put("raise"))
    emit("put", T("int64", [0] * 5), [I([0, 3]), T("float32", [16777217.0, -2.5])], "mode=raise", put("raise"))
    emit("put", T("int64", [0] * 5), [T("float64", [1.7, -1.5, 3.0]), T("int64", [1, 2, 3])], "mode=raise",
         put("raise"))
    emit("put", T("int64", [0] * 5), [T("bool", [True, False]), T("int64", [9, 8])], "mode=raise", put("raise"))
    emit("put", T("int64", [0] * 5), [T("int32", [4, -5, 4]), T("int64", [9, 8, 7])], "mode=raise", put("raise"))
    # long: 300 random indices with many repeats into 37 elements, every mode
    rng = np.random.default_rng(20261130)
    many = rng.integers(-45, 45, 300)
    vals = rng.standard_normal(300)
    for mode in ("wrap", "clip"):
        emit("put", T("float64", np.zeros(37)), [I(many), T("float64", vals)], "mode=" + mode, put(mode))
    emit("put", T("float64", np.zeros(37)), [I(many % 37), T("float64", vals[:7])], "mode=raise", put("raise"))

    # np.put_along_axis: axis 0, 1, -1 and none, broadcasting indices against a, values broadcasting, repeats
    def pal(axis):
        return lambda a, ind, v, ax=axis: np.put_along_axis(a, ind, v, ax)

    for dtype in ALL_DTYPES:
        x, z = sample[dtype], [False] * 12 if dtype == "bool" else [0] * 12
        emit("put_along_axis", T(dtype, z, (3, 4)), [I([2, 0, 1, 1], (1, 4)), T(dtype, x[:4], (1, 4))], "axis=0",
             pal(0))
        emit("put_along_axis", T(dtype, z, (3, 4)), [I([3, -1, 0, 1, 0, 0], (3, 2)), T(dtype, x[:6], (3, 2))],
             "axis=1", pal(1))
        emit("put_along_axis", T(dtype, z, (3, 4)), [I([1, 2], (1, 2)), T(dtype, x[4:6], (2,))], "axis=-1", pal(-1))
        emit("put_along_axis", T(dtype, z, (3, 4)), [I([0, 2, 1], (3, 1)), T(dtype, x[6:7], (1, 1))], "axis=1",
             pal(1))
        emit("put_along_axis", T(dtype, z, (3, 4)), [I([0, 0, 2, 0], (4,)), T(dtype, x[:4])], "axis=none", pal(None))
        emit("put_along_axis", T(dtype, x, (4, 3), "T"), [I([3, 0, 3], (3, 1)), T(dtype, x[8:11], (3, 1))],
             "axis=1", pal(1))
        emit("put_along_axis", T(dtype, z, (2, 3, 2)), [I([2, 0, 1, 1], (2, 1, 2)), T(dtype, x[:2], (2,))],
             "axis=1", pal(1))
        emit("put_along_axis", T(dtype, z[:3], (1, 3)), [I([1, 2], (2, 1)), T(dtype, x[:2], (2, 1))], "axis=1",
             pal(1))
        emit("put_along_axis", T(dtype, z, (3, 4)), [I([4], (1, 1)), T(dtype, x[:1], (1, 1))], "axis=1", pal(1))
        emit("put_along_axis", T(dtype, z, (3, 4)), [I([-4], (1, 1)), T(dtype, x[:1], (1, 1))], "axis=0", pal(0))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([0, 1], (2, 1)), T("int64", [5, 6], (1, 2, 1))], "axis=1",
         pal(1))
    emit("put_along_axis", T("int32", [0] * 6, (2, 3)), [I([1], (1, 1)), T("float64", [2.5], (1,))], "axis=1", pal(1))
    emit("put_along_axis", T("int32", [0] * 6, (2, 3)), [I([1], (1, 1)), T("int64", [2**40 + 3], (1,))], "axis=1",
         pal(1))
    emit("put_along_axis", T("float64", [0] * 6, (2, 3)), [I([1], (1, 1)), T("int64", [2**53 + 1], (1,))], "axis=1",
         pal(1))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [T("int32", [2, -3], (1, 2)), T("int64", [7, 8])], "axis=1",
         pal(1))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([1], (1, 1)), T("int64", [7, 8, 9, 1])], "axis=1", pal(1))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([1, 1], (1, 2)), T("int64", [7])], "axis=2", pal(2))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([1], (1,)), T("int64", [7])], "axis=1", pal(1))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([1], (1, 1)), T("int64", [7])], "axis=none", pal(None))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [T("float64", [1.0], (1, 1)), T("int64", [7])], "axis=1",
         pal(1), "ValueError")
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([1, 1, 1], (3, 1)), T("int64", [7])], "axis=1", pal(1),
         "ValueError")
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([1, 1], (1, 2)), T("int64", [7])], "axis=-3", pal(-3))
    emit("put_along_axis", T("int64", [], (0, 3)), [I([], (0, 1)), T("int64", [7])], "axis=0", pal(0))
    emit("put_along_axis", T("int64", [0] * 6, (2, 3)), [I([], (2, 0)), T("int64", [7])], "axis=1", pal(1))
    emit("put_along_axis", T("float64", [0] * 6, (2, 3), "bcast=2x2x3"), [I([0, 0, 0, 0, 0, 0], (2, 1, 3)),
                                                                       T("float64", [1.0])], "axis=1", pal(1))
    many_rows = rng.integers(-9, 9, (4, 40))
    emit("put_along_axis", T("float64", np.zeros((4, 9))), [I(many_rows), T("float64", rng.standard_normal((4, 40)))],
         "axis=1", pal(1))

    # np.place: true positions get vals cyclically; np.putmask: values cycle over a's flat positions
    for dtype in ALL_DTYPES:
        x, z = sample[dtype], [False] * 12 if dtype == "bool" else [0] * 12
        mask = T("bool", [1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1])
        for op, f in (("place", np.place), ("putmask", np.putmask)):
            emit(op, T(dtype, z), [mask, T(dtype, x[:5])], "-", f)
            emit(op, T(dtype, z), [mask, T(dtype, x)], "-", f)
            emit(op, T(dtype, z), [mask, T(dtype, x + x[:3])], "-", f)
            emit(op, T(dtype, z, (3, 4)), [T("bool", [1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0], (6, 2)), T(dtype, x[2:5])], "-", f)
            emit(op, T(dtype, x, (3, 4), "T"), [T("bool", [0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0], (4, 3)),
                                                T(dtype, x[4:7])], "-", f)
            emit(op, T(dtype, x[:10], (10,), "step2"), [T("float64", [0.5, 0, nan, 0, -0.0]), T(dtype, x[6:8])], "-", f)
            emit(op, T(dtype, x[:6], (6,), "rev"), [T("int32", [3, 0, -1, 0, 0, 1]), T(dtype, x[7:11])], "-", f)
            emit(op, T(dtype, z[:5]), [T("bool", [0, 0, 0, 0, 0]), T(dtype, [], (0,))], "-", f)
            emit(op, T(dtype, z[:5]), [T("bool", [1, 0, 0, 0, 0]), T(dtype, [], (0,))], "-", f)
            emit(op, T(dtype, z[:5]), [T("bool", [1, 0, 0, 0]), T(dtype, x[:2])], "-", f)
            emit(op, T(dtype, x[0], ()), [T("bool", [True], ()), T(dtype, x[3:5])], "-", f)
            emit(op, T(dtype, [], (0, 2)), [T("bool", [], (0,)), T(dtype, x[:2])], "-", f)
            emit(op, T(dtype, x[:3], (3,), "bcast=2x3"), [T("bool", [1] * 6, (2, 3)), T(dtype, x[:2])], "-", f)
    for op, f in (("place", np.place), ("putmask", np.putmask)):
        for dtype, source in (("int32", T("float64", [2.7, -3.9])), ("int32", T("int64", [2**40 + 5])),
                              ("float32", T("float64", [0.1])), ("int64", T("float64", [1.5])),
                              ("float64", T("int64", [2**53 + 1, 3])), ("float64", T("int32", [-7])),
                              ("int32", T("bool", [True, False])), ("bool", T("int32", [2])),
                              ("float32", T("int32", [16777217])), ("int64", T("int32", [-3, 4]))):
            emit(op, T(dtype, [0] * 4), [T("bool", [1, 1, 0, 1]), source], "-", f)

    # ufunc.at with one index array for axis 0: unbuffered, repeats accumulate in index order
    ufuncs = {"add": np.add, "multiply": np.multiply, "maximum": np.maximum, "minimum": np.minimum}

    def at(name):
        return lambda a, ind, b, u=ufuncs[name]: u.at(a, ind, b)

    for dtype in ALL_DTYPES:
        x, z = sample[dtype], [False] * 12 if dtype == "bool" else [0] * 12
        ones = [True] * 12 if dtype == "bool" else [1] * 12
        for name in ufuncs:
            start = T(dtype, ones[:5]) if name == "multiply" else T(dtype, x[:5])
            emit("at", start, [I([0, 4, 0, -1, 2, 0]), T(dtype, x[6:12])], "op=" + name, at(name))
            emit("at", T(dtype, x[:6], (3, 2)), [I([2, 0, 2]), T(dtype, x[6:8])], "op=" + name, at(name))
            emit("at", T(dtype, x, (3, 4), "T"), [I([[1, 1], [3, 1]]), T(dtype, x[3:6], (3,))], "op=" + name, at(name))
            emit("at", T(dtype, x[:10], (10,), "step2"), [I([4, 4, 4]), T(dtype, x[9:10])], "op=" + name, at(name))
        emit("at", T(dtype, x[:5]), [I([5]), T(dtype, x[:1])], "op=add", at("add"))
        emit("at", T(dtype, x[:5]), [I([-6, 0]), T(dtype, x[:1])], "op=add", at("add"))
        emit("at", T(dtype, x[:5]), [I([0, 1]), T(dtype, x[:3])], "op=add", at("add"))
        emit("at", T(dtype, x[:6], (3, 2)), [I([0]), T(dtype, x[:2], (1, 1, 2))], "op=add", at("add"))
        emit("at", T(dtype, x[:5]), [I([], (0,)), T(dtype, x[:1])], "op=add", at("add"))
        emit("at", T(dtype, x[0], ()), [I([0]), T(dtype, x[:1])], "op=add", at("add"))
        emit("at", T(dtype, x[:3], (3,), "bcast=2x3"), [I([0]), T(dtype, x[:3])], "op=add", at("add"))
    # order matters for float sums; per-step casts back to a's type; NaN and signed zeros
    emit("at", T("float64", [0.0, 1.0]), [I([0, 0, 0, 0, 1, 1, 1]), T("float64", [1e16, 1.0, -1e16, 1.0, 1e-16,
                                                                                 1e-16, -1.0])], "op=add", at("add"))
    emit("at", T("float32", [0.0, 0.0]), [I([0, 0, 0, 1]), T("float64", [1e-9, 1.0, 1e-9, 0.1])], "op=add", at("add"))
    emit("at", T("int64", [2**53 + 1, 5]), [I([0, 1, 1]), T("float64", [1.0, 0.6, 0.6])], "op=add", at("add"))
    emit("at", T("int32", [1, I32_MAX]), [I([0, 1, 1]), T("int64", [2**40, 1, 2**33])], "op=add", at("add"))
    emit("at", T("int32", [3, -2]), [I([0, 1, 0]), T("float64", [2.5, 2.5, -1.5])], "op=multiply", at("multiply"))
    emit("at", T("bool", [True, False, False]), [I([0, 1, 2, 2]), T("int64", [2, 0, -1, 1])], "op=add", at("add"))
    emit("at", T("float64", [1.0, nan, 0.0, -0.0]), [I([0, 1, 2, 2, 3, 0]), T("float64", [nan, 2.0, -0.0, 0.0, 0.0,
                                                                                          5.0])],
         "op=maximum", at("maximum"))
    emit("at", T("float64", [1.0, nan, 0.0, -0.0]), [I([0, 1, 2, 2, 3, 0]), T("float64", [nan, 2.0, -0.0, 0.0, 0.0,
                                                                                          5.0])],
         "op=minimum", at("minimum"))
    emit("at", T("float64", [-0.0, 0.0]), [I([0, 1, 1]), T("float64", [-0.0, -0.0, -0.0])], "op=add", at("add"))
    emit("at", T("int64", [0] * 4), [T("float64", [0.0]), T("int64", [1])], "op=add", at("add"), "ValueError")
    emit("at", T("int64", [0] * 4), [T("bool", [True, False, True, False]), T("int64", [1])], "op=add", at("add"),
         "ValueError")
    # long: 400 draws into 9 slots (some once, some ~80 times), float64 and float32 sums and products
    draws = np.concatenate([rng.integers(0, 5, 360), np.arange(5, 9).repeat(10)])
    rng.shuffle(draws)
    for dtype in ("float64", "float32"):
        emit("at", T(dtype, rng.standard_normal(9)), [I(draws), T(dtype, rng.standard_normal(400))], "op=add",
             at("add"))
        emit("at", T(dtype, rng.standard_normal(9)), [I(draws), T(dtype, 1 + rng.standard_normal(400) / 50)],
             "op=multiply", at("multiply"))
    emit("at", T("float64", rng.standard_normal((9, 3))), [I(draws[:100]), T("float64", rng.standard_normal((100, 3)))],
         "op=add", at("add"))

    # np.fill_diagonal: square, tall and wide with and without wrap, n-d, cyclic val, casts, views
    def fd(wrap):
        return (lambda a, v: np.fill_diagonal(a, v)) if wrap == "default" else \
            (lambda a, v, w=wrap == "true": np.fill_diagonal(a, v, wrap=w))

    for dtype in ALL_DTYPES:
        x, z = sample[dtype], [False] * 30 if dtype == "bool" else [0] * 30
        emit("fill_diagonal", T(dtype, z[:9], (3, 3)), [T(dtype, x[:2])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, z[:15], (5, 3)), [T(dtype, x[:2])], "wrap=true", fd("true"))
        emit("fill_diagonal", T(dtype, z[:15], (5, 3)), [T(dtype, x[:4])], "wrap=false", fd("false"))
        emit("fill_diagonal", T(dtype, z[:28], (7, 4)), [T(dtype, x[:3])], "wrap=true", fd("true"))
        emit("fill_diagonal", T(dtype, z[:15], (3, 5)), [T(dtype, x[3:4])], "wrap=true", fd("true"))
        emit("fill_diagonal", T(dtype, z[:27], (3, 3, 3)), [T(dtype, x[:2])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, x[:12], (4, 3), "T"), [T(dtype, x[5:8])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, z[:12], (2, 2, 3)), [T(dtype, x[:1])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, z[:3], (3,)), [T(dtype, x[:1])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, z[:9], (3, 3)), [T(dtype, [], (0,))], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, [], (0, 0)), [T(dtype, x[:1])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, z[:4], (2, 2)), [("double", 2.7)], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, z[:4], (2, 2)), [("long", -3)], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, x[:3], (3,), "bcast=3x3"), [T(dtype, x[:1])], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int32", [0] * 4, (2, 2)), [T("int64", [2**40 + 1])], "wrap=false", fd("false"))
    emit("fill_diagonal", T("int32", [0] * 4, (2, 2)), [T("float64", [-2.9, 1e10])], "wrap=false", fd("false"))
    emit("fill_diagonal", T("float32", [0] * 4, (2, 2)), [T("float64", [0.1])], "wrap=false", fd("false"))
    emit("fill_diagonal", T("int32", [0] * 4, (2, 2)), [("long", 2**40)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int64", [0] * 4, (2, 2)), [("long", I64_MIN)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("float32", [0] * 4, (2, 2)), [("long", 2**24 + 1)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int32", [0] * 4, (2, 2)), [("double", nan)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int64", [0] * 4, (2, 2)), [("double", -inf)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int32", [0] * 4, (2, 2)), [("double", 3e9)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int32", [0] * 4, (2, 2)), [("double", -2147483648.9)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("float64", [0] * 4, (2, 2)), [("double", nan)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("bool", [False] * 4, (2, 2)), [("double", -0.0)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("float64", [0] * 16, (4, 4)), [("double", -0.0)], "wrap=default", fd("default"))

    # the small integer types: values at the limits, unsafe casts that wrap (put, place, at,
    # fill_diagonal), putmask's safe cast refused, ufunc.at wrapping in the target's width, and weak
    # Java integers out of the type's range refused (NumPy: OverflowError)
    small = {"int8": [-128, 127, -1, 5, 0, 100], "uint8": [255, 0, 128, 7, 1, 200],
             "int16": [-32768, 32767, -1, 5, 0, 300], "uint16": [65535, 0, 32768, 7, 1, 300],
             "uint32": [U32_MAX, 0, 2**31, 7, 1, 65537]}
    for dtype in STORAGE_INTS:
        x = small[dtype]
        emit("put", T(dtype, [0] * 6), [I([0, 2, -1, 2]), T(dtype, x[:4])], "mode=raise", put("raise"))
        emit("put", T(dtype, x, (2, 3), "T"), [I([-7, 9]), T(dtype, x[2:4])], "mode=wrap", put("wrap"))
        emit("put_along_axis", T(dtype, [0] * 6, (2, 3)), [I([2, 0], (2, 1)), T(dtype, x[:2], (2, 1))], "axis=1",
             pal(1))
        for op, f in (("place", np.place), ("putmask", np.putmask)):
            emit(op, T(dtype, [0] * 6), [T("bool", [1, 0, 1, 1, 0, 1]), T(dtype, x[:3])], "-", f)
        emit("at", T(dtype, x[:3]), [I([0, 1, 1, 2]), T(dtype, [1, 1, 2, 3])], "op=add", at("add"))
        emit("at", T(dtype, x[:3]), [I([0, 2, 0]), T(dtype, x[3:6])], "op=multiply", at("multiply"))
        emit("at", T(dtype, x[:3]), [I([0, 2, 2]), T(dtype, x[3:6])], "op=minimum", at("minimum"))
        emit("fill_diagonal", T(dtype, [0] * 6, (3, 2)), [T(dtype, x[:2])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, [0] * 4, (2, 2)), [("long", x[0])], "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, [0] * 4, (2, 2)), [("long", int(np.iinfo(NP[dtype]).min) - 1)],
             "wrap=default", fd("default"))
        emit("fill_diagonal", T(dtype, [0] * 4, (2, 2)), [("long", int(np.iinfo(NP[dtype]).max) + 1)],
             "wrap=default", fd("default"))
    emit("fill_diagonal", T("int16", [0] * 4, (2, 2)), [("double", 300.7)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("uint16", [0] * 4, (2, 2)), [("double", -0.5)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int8", [0] * 4, (2, 2)), [("double", 300.7)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("uint8", [0] * 4, (2, 2)), [("double", -1.0)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("int8", [0] * 4, (2, 2)), [T("int32", [300, -129])], "wrap=default", fd("default"))
    emit("put", T("uint8", [0] * 4), [I([0, 1, 2]), T("int8", [-1, -128, 127])], "mode=raise", put("raise"))
    emit("put", T("int8", [0] * 4), [I([0, 1, 2]), T("int64", [300, -129, 2**40 + 1])], "mode=raise", put("raise"))
    emit("put", T("uint16", [0] * 4), [I([0, 1]), T("float64", [70000.5, -1.0])], "mode=raise", put("raise"))
    emit("putmask", T("uint8", [0] * 4), [T("bool", [1, 1, 0, 1]), T("int8", [-1, 2])], "-", np.putmask)
    emit("putmask", T("int16", [0] * 4), [T("bool", [1, 1, 0, 1]), T("uint8", [255, 2])], "-", np.putmask)
    emit("place", T("int8", [0] * 4), [T("bool", [1, 1, 0, 1]), T("int32", [300, -1])], "-", np.place)
    emit("at", T("int8", [127, -128]), [I([0, 1, 1]), T("int64", [1, -1, 300])], "op=add", at("add"))
    emit("at", T("uint8", [0, 255]), [I([0, 1]), T("int8", [-1, 1])], "op=add", at("add"))
    # uint32: floats through int64 then wrapped (5e9 is 705032704, -1.0 4294967295), signed values wrapped
    emit("put", T("uint32", [0] * 4), [I([0, 1]), T("float64", [5e9, -1.0])], "mode=raise", put("raise"))
    emit("put", T("uint32", [0] * 4), [I([0, 1, 2]), T("int64", [-1, 2**32 + 5, I64_MIN])], "mode=raise", put("raise"))
    emit("fill_diagonal", T("uint32", [0] * 4, (2, 2)), [("double", -0.5)], "wrap=default", fd("default"))
    emit("fill_diagonal", T("uint32", [0] * 4, (2, 2)), [("double", 5e9)], "wrap=default", fd("default"))
    emit("putmask", T("uint32", [0] * 4), [T("bool", [1, 1, 0, 1]), T("int32", [-1, 2])], "-", np.putmask)
    emit("putmask", T("int64", [0] * 4), [T("bool", [1, 1, 0, 1]), T("uint32", [U32_MAX, 2])], "-", np.putmask)
    emit("at", T("uint32", [0, U32_MAX]), [I([0, 1]), T("int32", [-1, 1])], "op=add", at("add"))

    write("scatter.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "base"], rows, """
Writing into arrays by index, in place (NumPy 2): np.put (args 'mode=default|raise|wrap|clip'; default is the
call without mode; inputs 'a;ind;v'), np.put_along_axis ('axis=k|none'; 'a;indices;values'), np.place
('a;mask;vals'), np.putmask ('a;mask;values'), ufunc.at ('op=add|multiply|maximum|minimum'; 'a;indices;b')
and np.fill_diagonal ('wrap=default|true|false'; 'a;val', val a tensor or a weak scalar 'double:x' or
'long:n').  Every dtype; repeated indices (the last write wins; ufunc.at accumulates in index order, so
float sums and products depend on that order), negative indices, every put mode, cyclic and longer
values, broadcasting of indices and values, transposed, reversed and strided target views (the writes
land in the viewed elements of the base), 0-d and empty targets, casts of the values (unsafe for put,
put_along_axis, place, ufunc.at and fill_diagonal; 'safe' for putmask), NaN, +-Inf and signed zeros.
result_shape/expected: the target (the view) after the call, in its C order; base: the whole base
after the call when the target is a view ('-' otherwise).  result_dtype 'error': expected names NumPy's
exception (IndexError -> IndexOutOfBoundsException, others IllegalArgumentException), except two
documented deviations written as ValueError: float indices to put_along_axis / ufunc.at and indices
that do not broadcast against a in put_along_axis (NumPy: IndexError), as jtensor's take_along_axis.
Array values and indices cast with casting='safe' where NumPy 2 does (put's indices, place, putmask).
Inputs use manipulation.csv's operand syntax (the target's view applies to a fresh copy of its base).""")


# editing along an axis, block, choose/select/compress, index arrays

def gen_manip2():
    rows = []

    def emit(op, specs, args, compute):
        texts, values = zip(*[manip_operand(s) for s in specs]) if specs else ((), ())
        try:
            res = compute(*values)
        except (ValueError, IndexError, TypeError) as e:
            rows.append([op, ";".join(texts) or "-", args, "error", "-", type(e).__name__])
            return
        if isinstance(res, tuple):                      # one tensor per axis: shapes joined with ;
            parts = [np.asarray(p) for p in res]
            assert parts, (op, args)
            dt = JT[parts[0].dtype.name]
            vals = [fmt_list(p, dt) for p in parts if p.size]
            rows.append([op, ";".join(texts) or "-", args, dt, ";".join(fmt_shape(p.shape) for p in parts),
                         " ".join(vals) if vals else "-"])
            return
        arr = np.asarray(res)
        dt = JT[arr.dtype.name]
        assert dt == arr.dtype.name, (op, args, arr.dtype)
        rows.append([op, ";".join(texts) or "-", args, dt, fmt_shape(arr.shape), fmt_list(arr, dt) if arr.size else "-"])

    nan, inf = np.nan, np.inf
    sample = {
        "float64": [nan, -0.0, 1.5, inf, -2.25, 0.0, 1e300, -inf, 3.0, 1e-310, 7.0, -1.0],
        "float32": [nan, -0.0, 1.5, inf, -2.25, 0.0, 3.4e38, -inf, 3.0, 1e-40, 7.0, -1.0],
        "int32": [I32_MIN, -1, 0, 7, I32_MAX, 5, 3, -8, 2, 0, 9, 1],
        "int64": [I64_MIN, -1, 0, 2**53 + 1, I64_MAX, 5, 3, -8, 2, 0, 9, 1],
        "bool": [True, False, True, True, False, False, True, False, True, True, False, True],
        "float16": [nan, -0.0, 1.5, inf, -2.25, 0.0, 65504.0, -inf, 3.0, 6e-08, 7.0, -1.0],
    }

    def ax(axis):
        return "none" if axis is None else str(axis)

    # append: flattened or along an axis; promoted type; views; empty; errors
    for dtype in ALL_DTYPES:
        v = sample[dtype]
        emit("append", [T(dtype, v, (3, 4)), T(dtype, v[:4], (1, 4))], "axis=0", lambda a, b: np.append(a, b, axis=0))
        emit("append", [T(dtype, v, (3, 4), "T"), T(dtype, v[:4], (4, 1))], "axis=-1",
             lambda a, b: np.append(a, b, axis=-1))
        emit("append", [T(dtype, v, (3, 4)), T(dtype, v[:2])], "axis=none", lambda a, b: np.append(a, b))
        emit("append", [T(dtype, v, (12,), "rev"), T(dtype, [], (0,))], "axis=none", lambda a, b: np.append(a, b))
        for other in ALL_DTYPES:
            emit("append", [T(dtype, v[:3]), T(other, sample[other][3:5])], "axis=0",
                 lambda a, b: np.append(a, b, axis=0))
    emit("append", [T("int32", [1, 2]), T("int32", [[1, 2]])], "axis=0", lambda a, b: np.append(a, b, axis=0))
    emit("append", [T("int32", [[1, 2]]), T("int32", [[1, 2, 3]])], "axis=0", lambda a, b: np.append(a, b, axis=0))
    emit("append", [T("int32", [[1, 2]]), T("int32", [[1, 2]])], "axis=2", lambda a, b: np.append(a, b, axis=2))
    emit("append", [T("int64", 5, ()), T("int64", [1, 2], (1, 2), "bcast=3x2")], "axis=none",
         lambda a, b: np.append(a, b))
    emit("append", [T("int64", 5, ()), T("int64", 6, ())], "axis=0", lambda a, b: np.append(a, b, axis=0))

    # insert: scalar obj (values' axis 0 moved to the axis) vs lists; negative, == length; errors
    def insert(spec, values, obj, axis):
        if isinstance(obj, list):
            text = "l:" + ";".join(str(i) for i in obj)
            o = np.array(obj, dtype=np.intp) if not obj else obj
        else:
            text, o = "s:%d" % obj, obj
        emit("insert", [spec, values], "obj=%s axis=%s" % (text, ax(axis)),
             lambda a, b: np.insert(a, o, b, axis=axis))

    for dtype in ALL_DTYPES:
        v = sample[dtype]
        m = T(dtype, v, (3, 4))
        insert(m, T(dtype, v[5:9]), 1, 0)
        insert(m, T(dtype, v[5:8]), 2, 1)
        insert(m, T(dtype, v[5:8]), [2], 1)
        insert(m, T(dtype, v[5:9]), [2], 1)
        insert(m, T(dtype, v[5:7]), [0, 4], 1)
        insert(m, T(dtype, v[5:7], (2, 1)), [0, 4], 1)
        insert(m, T(dtype, v[9], ()), -1, -1)
        insert(m, T(dtype, v[9], ()), 4, -1)
        insert(T(dtype, v, (3, 4), "T"), T(dtype, v[:3]), [3, 0, 3, -1], 0)
        insert(T(dtype, v, (12,), "step2"), T(dtype, v[1:4]), [0, 6, 2], None)
        insert(m, T(dtype, v[:2]), 12, None)
        insert(m, T(dtype, v[:2]), [], None)
    for vals in (T("float64", [2.75, -3.5]), T("bool", [True, False]), T("int64", [2**40, -2]),
                 T("float32", [1.5, 2.5])):
        insert(T("int32", [1, 2, 3]), vals, [1, 2], None)
        insert(T("float32", [1, 2, 3]), vals, 0, None)
    insert(T("int64", [[1, 2], [3, 4]]), T("int64", [[7, 8, 9], [10, 11, 12]]), 1, 0)
    insert(T("int64", [[1, 2], [3, 4]]), T("int64", [[7], [8]]), 1, 1)
    insert(T("int64", [[1, 2], [3, 4]]), T("int64", [7, 8]), 1, 1)
    insert(T("int64", [[1, 2], [3, 4]]), T("int64", [7, 8, 9]), 1, 1)
    insert(T("int64", [1, 2, 3]), T("int64", [9]), 4, None)
    insert(T("int64", [1, 2, 3]), T("int64", [9]), -4, None)
    insert(T("int64", [1, 2, 3]), T("int64", [9]), -3, None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9]), [5, 0], None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9]), [4, 0], None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9]), [-4, 0], None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9]), [-4, 3], None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9]), [-5, 1], None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9, 7]), [1, 1, 1], None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9, 7]), [1, 2], None)
    insert(T("int64", [1, 2, 3]), T("int64", [8, 9]), [], None)
    insert(T("int64", [], (0,)), T("int64", [8, 9]), 0, None)
    insert(T("int64", [], (0, 2)), T("int64", [8, 9]), 0, 0)
    insert(T("int64", 4, ()), T("int64", [8]), 1, None)
    insert(T("int64", 4, ()), T("int64", [8]), 0, 0)
    insert(T("int64", [[1, 2]]), T("int64", [8]), 0, 2)
    insert(T("int64", [1, 2, 3]), T("int64", [[7, 8]]), 1, None)
    insert(T("int64", [1, 2, 3]), T("int64", [[7]]), 1, None)
    insert(T("int64", [1, 2, 3]), T("int64", [[7, 8]]), [1, 2], None)
    insert(T("bool", [True, False]), T("float64", [nan, 0.0, -0.0, 0.5]), [0, 0, 1, 2], None)
    insert(T("float64", [1.5, 2.5]), T("float32", [nan, -0.0], (2,), "rev"), [2, -2], None)
    insert(T("int32", [[1, 2], [3, 4]]), T("int64", [9], (1,), "bcast=2"), -2, -1)

    # delete: scalar, lists (repeats, negatives), slices; errors
    def delete(spec, obj, axis):
        if isinstance(obj, slice):
            text = "slice:" + ";".join("none" if x is None else str(x) for x in (obj.start, obj.stop, obj.step))
            o = obj
        elif isinstance(obj, list):
            text = "l:" + ";".join(str(i) for i in obj)
            o = obj
        else:
            text, o = "s:%d" % obj, obj
        emit("delete", [spec], "obj=%s axis=%s" % (text, ax(axis)), lambda a: np.delete(a, o, axis=axis))

    for dtype in ALL_DTYPES:
        v = sample[dtype]
        m = T(dtype, v, (3, 4))
        delete(m, 1, 0)
        delete(m, -1, 1)
        delete(m, [0, 2, 2, -1], 1)
        delete(m, [3, 1], None)
        delete(T(dtype, v, (3, 4), "T"), slice(None, None, 2), 0)
        delete(T(dtype, v, (12,), "rev"), slice(1, -2, 3), None)
        delete(m, slice(None, None, -1), -2)
        delete(m, [], 0)
    for obj in (slice(5, 1, -2), slice(-100, 100, None), slice(2, 2, None), slice(-1, None, -3), slice(10, None),
                slice(None, -7, -1), slice(0, 6, 0), 6, -7, [6], [0, -7], 5, [1, 5, -6]):
        delete(T("int32", list(range(6))), obj, None)
    delete(T("int64", [], (0, 3)), [], 0)
    delete(T("int64", [], (0, 3)), 0, 0)
    delete(T("int64", 4, ()), 0, None)
    delete(T("int64", 4, ()), 0, 0)
    delete(T("int64", [[1, 2]]), 0, 2)

    # resize: cyclic repetition, smaller, empty
    for dtype in ALL_DTYPES:
        v = sample[dtype]
        for shape in ((2, 7), (5,), (), (0, 3), (2, 3, 2)):
            emit("resize", [T(dtype, v[:5])], "shape=%s" % fmt_shape(shape),
                 lambda a, s=shape: np.resize(a, s))
        emit("resize", [T(dtype, v, (3, 4), "T")], "shape=5x2", lambda a: np.resize(a, (5, 2)))
        emit("resize", [T(dtype, [], (0,))], "shape=2x2", lambda a: np.resize(a, (2, 2)))
    emit("resize", [T("int64", [1, 2])], "shape=-1x2", lambda a: np.resize(a, (-1, 2)))
    emit("resize", [T("int64", 5, ())], "shape=2x2", lambda a: np.resize(a, (2, 2)))
    emit("resize", [T("float32", [1.5, -0.0], (2,), "bcast=3x2")], "shape=7", lambda a: np.resize(a, (7,)))

    # trim_zeros: f, b, fb; NaN and -0.0; all zero; 2-d bounding box; 0-d; bad trim
    for dtype in ALL_DTYPES:
        for trim in ("fb", "f", "b", "BF"):
            zero = False if dtype == "bool" else 0
            vals = [zero, zero] + sample[dtype][2:6] + [zero]
            emit("trim_zeros", [T(dtype, vals)], "trim=" + trim, lambda a, t=trim: np.trim_zeros(a, t))
        emit("trim_zeros", [T(dtype, [0, 0, 0])], "trim=fb", lambda a: np.trim_zeros(a))
        emit("trim_zeros", [T(dtype, [], (0,))], "trim=fb", lambda a: np.trim_zeros(a))
    emit("trim_zeros", [T("float64", [-0.0, nan, 0.0, -0.0])], "trim=fb", lambda a: np.trim_zeros(a))
    emit("trim_zeros", [T("int32", [0, 0, 1, 2, 0, 0], (6,), "rev")], "trim=f", lambda a: np.trim_zeros(a, "f"))
    emit("trim_zeros", [T("int32", [[0, 0, 2, 3, 0, 0], [0, 1, 0, 3, 0, 0], [0] * 6])], "trim=fb",
         lambda a: np.trim_zeros(a))
    emit("trim_zeros", [T("int32", [[0, 0, 2, 3, 0, 0], [0, 1, 0, 3, 0, 0], [0] * 6])], "trim=b",
         lambda a: np.trim_zeros(a, "b"))
    emit("trim_zeros", [T("int32", 0, ())], "trim=fb", lambda a: np.trim_zeros(a))
    emit("trim_zeros", [T("int32", [0, 1])], "trim=x", lambda a: np.trim_zeros(a, "x"))
    emit("trim_zeros", [T("int32", [0, 1])], "trim=ff", lambda a: np.trim_zeros(a, "ff"))

    # rollaxis: every (axis, start) of a 3-d tensor, out-of-range ones
    base = T("int32", list(range(24)), (2, 3, 4))
    for axis in (-4, -3, -1, 0, 1, 2, 3):
        for start in (-4, -3, -1, 0, 1, 2, 3, 4):
            emit("rollaxis", [base], "axis=%d start=%d" % (axis, start), lambda a, x=axis, s=start: np.rollaxis(a, x, s))
    emit("rollaxis", [T("float64", [1.5, -0.0], (2, 1), "T")], "axis=1 start=0", lambda a: np.rollaxis(a, 1, 0))
    emit("rollaxis", [T("float64", 1.5, ())], "axis=0 start=0", lambda a: np.rollaxis(a, 0, 0))
    emit("rollaxis", [T("float64", [1.5, 2.5])], "axis=0 start=1", lambda a: np.rollaxis(a, 0, 1))

    # block: 1 and 2 levels, ndim promotion, mixed dtypes, errors
    def block1(*specs):
        emit("block", list(specs), "rows=-", lambda *a: np.block(list(a)))

    def block2(lengths, *specs):
        def run(*a):
            it = iter(a)
            return np.block([[next(it) for _ in range(n)] for n in lengths])
        emit("block", list(specs), "rows=" + ";".join(str(n) for n in lengths), run)

    for dtype in ALL_DTYPES:
        v = sample[dtype]
        block1(T(dtype, v[:3]), T(dtype, v[3], ()), T(dtype, v[4:6], (2,), "rev"))
        block1(T(dtype, v[:6], (2, 3)), T(dtype, v[6:8], (2, 1)))
        block2([2, 1], T(dtype, v[:4], (2, 2)), T(dtype, v[4:6], (2, 1)), T(dtype, v[6:9]))
        block2([2, 2], T(dtype, v[0], ()), T(dtype, v[1:3]), T(dtype, v[3:6], (3,), "step2"), T(dtype, v[6], ()))
        for other in ALL_DTYPES:
            block1(T(dtype, v[:2]), T(other, sample[other][2:3]))
    block2([1, 1], T("float64", [1.0, 2.0, 3.0, 4.0], (2, 1, 2)), T("float64", [5.0, 6.0], (1, 2)))
    block2([1], T("int32", [1, 2]))
    block2([2], T("float32", [1, 2, 3, 4], (1, 2, 2)), T("int64", [5, 6], (1, 2, 1)))
    block2([1, 1], T("float32", [1, 2, 3, 4], (1, 2, 2)), T("bool", [True, False], (1, 2)))
    block1(T("int32", [], (0,)), T("int32", [1]))
    block2([2, 1], T("int32", [], (0, 2)), T("int32", [], (0, 1)), T("int32", [7, 8, 9], (1, 3)))
    block1(T("int32", [1, 2]), T("int32", [[1, 2]]))
    block2([2, 1], T("int32", [1, 2]), T("int32", [3]), T("int32", [4, 5]))
    block1(T("int32", [[1, 2]]), T("int32", [[1, 2], [3, 4]]))

    def ravel(coords, dims, mode):
        emit("ravel_multi_index", coords, "dims=%s mode=%s" % (fmt_shape(dims), mode),
             lambda *c: np.ravel_multi_index(c, dims, mode=mode))

    # choose: modes, broadcasting, promoted type, errors
    for dtype in ALL_DTYPES:
        v = sample[dtype]
        cs = [T(dtype, v[:4]), T(dtype, v[4:8]), T(dtype, v[8:12])]
        for mode in ("raise", "wrap", "clip"):
            emit("choose", [T("int64", [0, 2, 1, 0])] + cs, "mode=" + mode, lambda a, *c, m=mode: np.choose(a, c, mode=m))
            emit("choose", [T("int32", [5, -1, 2, -4])] + cs, "mode=" + mode, lambda a, *c, m=mode: np.choose(a, c, mode=m))
        emit("choose", [T("int64", [[0], [1], [2]])] + [T(dtype, v[:4], (4,), "rev"), T(dtype, v[4], ()),
                                                       T(dtype, v[5:9], (1, 4))], "mode=raise",
             lambda a, *c: np.choose(a, c))
    emit("choose", [T("bool", [True, False, True]), T("int32", [1, 2, 3]), T("float32", [0.5, 1.5, 2.5])],
         "mode=raise", lambda a, *c: np.choose(a, c))
    emit("choose", [T("int64", [0, 1]), T("int64", [1, 2]), T("bool", [False, True])], "mode=raise",
         lambda a, *c: np.choose(a, c))
    emit("choose", [T("int64", [], (0,)), T("int64", [1]), T("float64", [2.0])], "mode=raise",
         lambda a, *c: np.choose(a, c))
    emit("choose", [T("int64", [[0, 1]], (1, 2), "T"), T("int64", [1, 2, 3])], "mode=wrap",
         lambda a, *c: np.choose(a, c, mode="wrap"))
    emit("choose", [T("float64", [0.0, 1.0]), T("int64", [1, 2]), T("int64", [3, 4])], "mode=raise",
         lambda a, *c: np.choose(a, c))
    emit("choose", [T("int64", [0, 1, 0]), T("int64", [1, 2]), T("int64", [3, 4])], "mode=raise",
         lambda a, *c: np.choose(a, c))
    for mode in ("raise", "wrap", "clip"):           # negative entries only: raise must catch them alone
        emit("choose", [T("int32", [0, -1, 1]), T("int64", [1, 2, 3]), T("int64", [4, 5, 6])], "mode=" + mode,
             lambda a, *c, m=mode: np.choose(a, c, mode=m))
        ravel([T("int64", [0, -1]), T("int64", [1, 1])], (2, 3), mode)

    # select: first true wins, default (weak scalar or tensor), dtypes, broadcasting, errors
    def select(conds, choices, default):
        n = len(conds)
        if default is None:
            args, extra, f = "n=%d default=none" % n, [], lambda *a: np.select(list(a[:n]), list(a[n:]))
        elif isinstance(default, tuple) and default[0] == "t":
            args, extra = "n=%d default=tensor" % n, [default]
            f = lambda *a: np.select(list(a[:n]), list(a[n:2 * n]), a[2 * n])
        else:
            kind = "double" if isinstance(default, float) else "long"
            args, extra = "n=%d default=%s:%s" % (n, kind, fmt(default, "float64" if kind == "double" else "int64")), []
            f = lambda *a: np.select(list(a[:n]), list(a[n:]), default)
        emit("select", list(conds) + list(choices) + extra, args, f)

    c1 = T("bool", [True, False, False, True, False, True])
    c2 = T("bool", [True, True, False, False, False, True])
    for dtype in ALL_DTYPES:
        v = sample[dtype]
        ch = [T(dtype, v[:6]), T(dtype, v[6:12])]
        select([c1, c2], ch, None)
        select([c1, c2], ch, 7)
        select([c1, c2], ch, 2.5)
        select([c1, c2], ch, T(dtype, v[11], ()))
        select([c1, c2], ch, T("float32", 1.5, ()))
        select([T("bool", [True, False, True], (3, 1)), T("bool", [False, True], (2, 1), "T")],
               [T(dtype, v[:2]), T(dtype, v[2], ())], None)
    select([T("bool", [True, False])], [T("int32", 5, ())], None)
    select([T("bool", [True, False])], [T("int32", 5, ())], 2**40)
    select([T("bool", [True, False, True])], [T("int32", [1, 2, 3], (3, 1))], T("int64", [9, 8, 7]))
    select([T("bool", [], (0,))], [T("float64", [], (0,))], None)
    select([T("int32", [1, 0])], [T("int32", [1, 2])], None)
    select([c1], [T("int32", [1, 2])], None)
    select([c1, c2], [T("int32", [1, 2, 3, 4, 5, 6])], None)
    select([], [], None)
    select([T("bool", [True, False, True])], [T("float32", [1, 2, 3, 4, 5, 6], (2, 3))], 1e300)
    select([T("bool", [True, False, True]), T("bool", [True, True, True])],
           [T("int64", [1, 2, 3, 4, 5, 6], (2, 3)), T("int32", [7, 8, 9])], T("bool", [False, True], (2, 1)))
    select([T("bool", [False, True])], [T("bool", [True, True])], None)
    select([T("bool", [False, True])], [T("bool", [True, True])], 2.5)
    select([T("bool", [False, True])], [T("float32", [1.5, 2.5])], -7)

    # compress: shorter / longer conditions, axes, non-bool conditions, errors
    for dtype in ALL_DTYPES:
        v = sample[dtype]
        m = T(dtype, v, (3, 4))
        for cond, axis in (([True, False, True], 0), ([False, True], 1), ([1, 0, 0, 1, 1], None),
                           ([False, True, True, False], -1), ([True, False, False, False, False], 1),
                           ([True, True, False, True], 0), ([], 0)):
            emit("compress", [T("bool" if not cond or isinstance(cond[0], bool) else "int64", cond), m],
                 "axis=" + ax(axis), lambda c, a, x=axis: np.compress(c, a, axis=x))
        emit("compress", [T(dtype, v[:4]), T(dtype, v, (3, 4), "T")], "axis=0", lambda c, a: np.compress(c, a, axis=0))
    emit("compress", [T("bool", [[True]]), T("int32", [1, 2])], "axis=0", lambda c, a: np.compress(c, a, axis=0))
    emit("compress", [T("bool", True, ()), T("int32", [1, 2])], "axis=0", lambda c, a: np.compress(c, a, axis=0))
    emit("compress", [T("bool", [True]), T("int32", [1, 2])], "axis=1", lambda c, a: np.compress(c, a, axis=1))
    emit("compress", [T("bool", [True]), T("int32", 5, ())], "axis=none", lambda c, a: np.compress(c, a))
    emit("compress", [T("float64", [nan, 0.0, -0.0, 2.0]), T("int64", [1, 2, 3, 4])], "axis=0",
         lambda c, a: np.compress(c, a, axis=0))
    emit("compress", [T("int32", [0, 0, 0, 0, 5]), T("int64", [1, 2, 3, 4])], "axis=0",
         lambda c, a: np.compress(c, a, axis=0))

    # lexsort: last key primary, stable, NaN and -0.0, n-d keys along the last axis, errors
    for dtype in ALL_DTYPES:
        v = sample[dtype]
        emit("lexsort", [T(dtype, v)], "-", lambda *k: np.lexsort(k))
        emit("lexsort", [T(dtype, v), T("int32", [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0])], "-", lambda *k: np.lexsort(k))
        emit("lexsort", [T("int64", [3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2]), T(dtype, v, (12,), "rev")], "-",
             lambda *k: np.lexsort(k))
        emit("lexsort", [T(dtype, v, (3, 4)), T(dtype, v[::-1], (4, 3), "T")], "-", lambda *k: np.lexsort(k))
    emit("lexsort", [T("float64", [0.0, -0.0, nan, 1.0, nan, -0.0]), T("bool", [True, True, False, True, True, True]),
                     T("int32", [2, 2, 2, 1, 1, 2])], "-", lambda *k: np.lexsort(k))
    emit("lexsort", [T("int32", [], (0,)), T("float64", [], (0,))], "-", lambda *k: np.lexsort(k))
    emit("lexsort", [T("int32", 3, ())], "-", lambda *k: np.lexsort(k))
    emit("lexsort", [T("int32", [1, 2]), T("int32", [1, 2, 3])], "-", lambda *k: np.lexsort(k))
    ramp = [float((i * 7919) % 31) for i in range(200)]
    emit("lexsort", [T("float64", list(range(200))), T("float64", ramp), T("int64", [int(r) % 3 for r in ramp])], "-",
         lambda *k: np.lexsort(k))

    # unravel_index / ravel_multi_index
    for dtype in ("int32", "int64", "bool"):
        emit("unravel_index", [T(dtype, [0, 1, 5, 1, 3] if dtype != "bool" else [True, False])], "shape=2x3",
             lambda i: np.unravel_index(i, (2, 3)))
    for shape, idx in (((2, 3, 4), [[0, 23], [7, 12]]), ((7,), [6, 0]), ((1, 1, 5), [4]), ((3, 4), 11),
                       ((2, 3), [6]), ((2, 3), [-1]), ((2, 0), []), ((2, 0), [0]), ((), [0]), ((), []),
                       ((2, -1), [0]), ((2**31, 3), [2**32 + 5])):
        emit("unravel_index", [T("int64", idx)], "shape=" + fmt_shape(shape), lambda i, s=shape: np.unravel_index(i, s))
    emit("unravel_index", [T("int64", [5, 0, 3, 1], (2, 2), "T")], "shape=2x3", lambda i: np.unravel_index(i, (2, 3)))
    emit("unravel_index", [T("float64", [1.0])], "shape=2x3", lambda i: np.unravel_index(i, (2, 3)))

    for mode in ("raise", "wrap", "clip"):
        ravel([T("int64", [0, 1, 1]), T("int32", [2, 0, 1])], (2, 3), mode)
        ravel([T("int64", [3, -1, 1]), T("int64", [2, 7, -5])], (2, 3), mode)
        ravel([T("int64", [[0], [1]]), T("int64", [0, 1, 2], (3,), "rev"), T("int32", [3])], (2, 3, 4), mode)
    ravel([T("int64", [1, 0, 1]), T("bool", [True, False, True])], (2, 3), "raise")
    ravel([T("int64", [1]), T("int64", [1])], (3,), "raise")
    ravel([T("float64", [1.0])], (3,), "raise")
    ravel([T("int64", [1])], (-3,), "raise")
    ravel([T("int64", [0, 1]), T("int64", [1, 2, 3])], (2, 3), "raise")
    ravel([T("int64", [], (0,)), T("int64", 1, ())], (2, 3), "raise")
    ravel([T("int64", [2**31 + 1]), T("int64", [2])], (2**32, 3), "raise")

    # indices, tril_indices, triu_indices, diag_indices
    for dims, dtype in (((2, 3), "int64"), ((4,), "int64"), ((2, 1, 3), "int32"), ((3, 2), "float64"),
                        ((2, 0), "int64"), ((), "int64"), ((2, -1), "int64"), ((2, 2), "bool"), ((3,), "float32")):
        emit("indices", ["none"], "dims=%s dtype=%s" % (fmt_shape(dims), dtype),
             lambda _, d=dims, t=dtype: np.indices(d, dtype=NP[t]))
    for n, k, m in ((3, 0, None), (4, 1, None), (4, -1, None), (3, 0, 5), (5, -2, 3), (0, 0, None), (3, 10, None),
                    (3, -10, None), (-1, 0, None), (3, 0, -2), (1, 0, 1)):
        for op, f in (("tril_indices", np.tril_indices), ("triu_indices", np.triu_indices)):
            emit(op, ["none"], "n=%d k=%d m=%s" % (n, k, "none" if m is None else m),
                 lambda _, f=f, n=n, k=k, m=m: f(n, k, m))
    for n, ndim in ((3, 2), (4, 3), (0, 2), (1, 1), (2, 4)):
        emit("diag_indices", ["none"], "n=%d ndim=%d" % (n, ndim), lambda _, n=n, d=ndim: np.diag_indices(n, d))

    # the small integer types: their limits through append (promotion with each other), choose,
    # select (a Python int default becomes an int64 array in NumPy's select: no overflow), compress,
    # delete, insert (values cast unsafely) and trim_zeros
    smalls = {"int8": [-128, 127, 0, -1, 5, 0], "uint8": [255, 0, 128, 7, 0, 1],
              "int16": [-32768, 32767, 0, -1, 300, 0], "uint16": [65535, 0, 32768, 7, 0, 300],
              "uint32": [U32_MAX, 0, 2**31, 7, 0, 65537]}
    for dtype in STORAGE_INTS:
        v = smalls[dtype]
        for other in ("int8", "uint8", "uint16", "float16") + (("uint32", "int32") if dtype == "uint32" else ()):
            emit("append", [T(dtype, v[:3]), T(other, smalls.get(other, [1.5, -2.0])[:2])], "axis=0",
                 lambda a, b: np.append(a, b, axis=0))
        emit("choose", [T("int64", [0, 1, 1]), T(dtype, v[:3]), T(dtype, v[3:6])], "mode=raise",
             lambda a, *c: np.choose(a, c))
        select([T("bool", [True, False, False]), T("bool", [False, True, False])], [T(dtype, v[:3]), T(dtype, v[3:])],
               300)
        emit("compress", [T("bool", [True, False, True]), T(dtype, v, (3, 2))], "axis=0",
             lambda c, a: np.compress(c, a, axis=0))
        delete(T(dtype, v, (2, 3), "T"), [0, 2], 0)
        insert(T(dtype, v), T("int64", [2**40 + 3, -1]), 1, None)
        emit("trim_zeros", [T(dtype, [0, 0] + v[:2] + [0])], "trim=fb", lambda a: np.trim_zeros(a, "fb"))
    # three or more types promote as np.result_type's sequence: int8, uint8, float16 give float16
    emit("choose", [T("int64", [0, 1, 2]), T("int8", [-128, 1, 2]), T("uint8", [255, 3, 4]), T("float16", [0.5, 1.5, 2.5])],
         "mode=raise", lambda a, *c: np.choose(a, c))
    select([T("bool", [True, False, False]), T("bool", [False, True, False])], [T("int8", [-128, 1, 2]),
           T("uint8", [255, 3, 4])], T("float16", [0.5, 1.5, 2.5]))
    select([T("bool", [True, False, False]), T("bool", [False, True, False])], [T("int8", [-128, 1, 2]),
           T("uint16", [65535, 3, 4])], 2.5)

    # packbits: bool and every integer type (non-zero is 1: negatives and MIN too), flattened or along
    # any axis (negative too), both bit orders, lengths that are and are not multiples of 8, views,
    # 0-d and empty inputs; errors for floats, a bad axis and bitorders not starting with 'big' or 'little'
    def packbits(spec, axis, order):
        emit("packbits", [spec], "axis=%s bitorder=%s" % (ax(axis), order),
             lambda a: np.packbits(a, axis=axis, bitorder=order))

    bits = {"bool": [True, False, True, True, False, False, True, False, True, True, False, True] * 2,
            "int8": [-128, 0, 1, -1, 0, 0, 127, 0, 2, 0, 0, 5] * 2, "uint8": [255, 0, 128, 1, 0, 0, 7, 0, 0, 3, 0, 1] * 2,
            "int16": [-32768, 0, 300, 0, 0, -1, 0, 0, 1, 0, 9, 0] * 2, "uint16": [65535, 0, 0, 256, 0, 1, 0, 0, 2, 0, 0, 1] * 2,
            "int32": [I32_MIN, 0, 0, 1, 0, -7, 0, I32_MAX, 0, 0, 1, 0] * 2,
            "int64": [I64_MIN, 0, 1, 0, 2**40, 0, 0, -1, 0, I64_MAX, 0, 1] * 2,
            "uint32": [U32_MAX, 0, 0, 2**31, 0, 1, 0, 0, 65536, 0, 0, 1] * 2}
    for dtype in ["bool"] + STORAGE_INTS + ["int32", "int64"]:
        v = bits[dtype][:12] + bits[dtype][5:17]            # the second half rotated: rows differ
        for axis in (None, 0, 1, -1):
            packbits(T(dtype, v, (2, 12)), axis, "big")
        packbits(T(dtype, v, (2, 12)), -2, "little")
        packbits(T(dtype, v, (2, 3, 4), "T"), 0, "little")
        packbits(T(dtype, v, (24,), "rev"), None, "big")
    v = bits["int64"]
    packbits(T("int64", v[:16], (16,)), 0, "big")
    packbits(T("int64", v[:16], (16,)), None, "little")
    packbits(T("int64", v[:9], (9,), "step2"), 0, "big")
    packbits(T("int64", v[:3], (1, 3), "bcast=4x3"), 0, "big")
    packbits(T("int64", v[:3], (1, 3), "bcast=4x3"), 1, "little")
    packbits(T("int32", 5, ()), None, "big")
    packbits(T("bool", True, ()), 0, "little")
    packbits(T("int32", 5, ()), 1, "big")
    packbits(T("bool", [], (0,)), None, "big")
    packbits(T("int8", [], (2, 0)), 1, "big")
    packbits(T("int8", [], (2, 0)), 0, "little")
    packbits(T("int32", [1, 2], (2, 1)), 2, "big")
    packbits(T("int32", [1, 2], (2, 1)), -3, "big")
    for dtype in ("float64", "float32", "float16"):
        packbits(T(dtype, [1.0, 0.0]), None, "big")
    for order in ("l", "b", "BIG", "Little", "bigger", "littlest", "littl"):
        packbits(T("int32", [1, 0]), None, order)

    # unpackbits: uint8 only, flattened or along any axis, both bit orders (NumPy's unpackbits reads
    # only the first letter), count none, 0, a part, all, more (zero padding), negative (trimming) and
    # too negative, views, 0-d; errors for other types, a bad axis and other bitorders
    def unpackbits(spec, axis, count, order):
        emit("unpackbits", [spec], "axis=%s count=%s bitorder=%s" % (ax(axis), ax(count), order),
             lambda a: np.unpackbits(a, axis=axis, count=count, bitorder=order))

    u = [0, 255, 128, 1, 170, 85, 7, 224, 16, 3, 254, 127]
    for axis in (None, 0, 1, -1, -2):
        for order in ("big", "little"):
            unpackbits(T("uint8", u[:6], (3, 2)), axis, None, order)
    for count in (0, 3, 8, 13, 16, 17, 20, -1, -8, -9, -16, -17):
        unpackbits(T("uint8", u[:2], (2,)), None, count, "big")
        unpackbits(T("uint8", u[:6], (2, 3)), 1, count, "little")
    unpackbits(T("uint8", u[:6], (3, 2)), 0, -30, "big")
    unpackbits(T("uint8", u[:6], (3, 2)), 0, 30, "big")
    unpackbits(T("uint8", u, (2, 3, 2), "T"), 1, 5, "big")
    unpackbits(T("uint8", u, (12,), "rev"), None, None, "little")
    unpackbits(T("uint8", u, (6, 2), "step2"), 0, None, "big")
    unpackbits(T("uint8", u[:2], (1, 2), "bcast=3x2"), 1, -3, "big")
    unpackbits(T("uint8", 77, ()), None, None, "big")
    unpackbits(T("uint8", 77, ()), -1, 4, "little")
    unpackbits(T("uint8", 77, ()), 1, None, "big")
    unpackbits(T("uint8", [], (0,)), None, None, "big")
    unpackbits(T("uint8", [], (2, 0)), 1, 0, "big")
    unpackbits(T("uint8", [], (2, 0)), 0, -3, "big")
    unpackbits(T("uint8", [], (2, 0)), 1, -1, "big")
    unpackbits(T("uint8", u[:4], (2, 2)), 2, None, "big")
    for order in ("l", "b", "bx", "lit"):
        unpackbits(T("uint8", u[:2], (2,)), None, None, order)
    for order in ("BIG", "x", ""):
        unpackbits(T("uint8", u[:2], (2,)), None, None, order)
    for dtype in ["bool", "int8", "uint16", "int16", "int32", "int64", "float16", "float32", "float64", "uint32"]:
        unpackbits(T(dtype, [1, 0]), None, None, "big")

    # ascontiguousarray (a C-ordered result: values and shape; 0-d becomes 1-d) and isfortran (F order
    # and not C order: 1-d, 0-d, empty and single-row tensors are both, so false)
    for dtype in ALL_DTYPES + STORAGE_INTS:
        v = (sample.get(dtype) or smalls[dtype] * 2)[:12]
        emit("ascontiguousarray", [T(dtype, v, (3, 4), "T")], "-", np.ascontiguousarray)
    emit("ascontiguousarray", [T("int64", list(range(12)), (3, 4))], "-", np.ascontiguousarray)
    emit("ascontiguousarray", [T("int64", list(range(12)), (12,), "rev")], "-", np.ascontiguousarray)
    emit("ascontiguousarray", [T("int64", list(range(12)), (6, 2), "step2")], "-", np.ascontiguousarray)
    emit("ascontiguousarray", [T("float64", [1.5, -0.0], (1, 2), "bcast=3x2")], "-", np.ascontiguousarray)
    emit("ascontiguousarray", [T("float64", 2.5, ())], "-", np.ascontiguousarray)
    emit("ascontiguousarray", [T("bool", [], (0, 3), "T")], "-", np.ascontiguousarray)
    for spec in (T("int64", list(range(6)), (2, 3)), T("int64", list(range(6)), (2, 3), "T"),
                 T("int64", list(range(24)), (2, 3, 4), "T"), T("int64", list(range(6)), (6,), "rev"),
                 T("int64", list(range(6)), (6,)), T("int64", 1, ()), T("int64", [1, 2, 3], (1, 3), "T"),
                 T("int64", list(range(12)), (6, 2), "step2"), T("int64", [1, 2], (1, 2), "bcast=3x2"),
                 T("int64", [], (0, 3), "T"), T("float16", list(range(6)), (3, 2), "T")):
        emit("isfortran", [spec], "-", np.isfortran)

    write("manip2.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected"], rows, """
np.append ('axis=none|k'), np.insert ('obj=s:i' an int obj, 'obj=l:i;j' a list obj (l: empty), 'axis='),
np.delete ('obj=s:i', 'obj=l:...' or 'obj=slice:start;stop;step' with none for an open part, 'axis='),
np.resize ('shape=2x3', 0d for ()), np.trim_zeros ('trim='), np.rollaxis ('axis= start='),
np.block (inputs the parts in order; 'rows=-' a flat list, 'rows=2;1' a list of rows of these lengths),
np.choose (inputs 'a;choice;...', 'mode='), np.select (inputs the n conditions, the n choices, then the
default when 'default=tensor'; 'default=none' NumPy's 0, 'default=long:v|double:v' a Python int or float,
weak), np.compress (inputs 'condition;a', 'axis='), np.lexsort (inputs the keys), np.unravel_index
(inputs 'indices', 'shape='), np.ravel_multi_index (inputs the coordinates, 'dims= mode='),
np.indices ('dims= dtype='), np.tril_indices / np.triu_indices ('n= k= m=', m none: n),
np.diag_indices ('n= ndim='), the last four with input 'none', np.packbits ('axis= bitorder='),
np.unpackbits ('axis= count= bitorder=', none for None), np.ascontiguousarray and np.isfortran (a 0-d
bool result).
Every dtype, transposed, reversed, strided and broadcast views, empty and 0-d inputs, negative axes and
indices, NumPy's scalar-vs-list obj rules of insert, out-of-range indices and other errors.
A result of several tensors (unravel_index, ravel's inverse, tril/triu/diag_indices) lists their shapes
joined with ';' and their values one after the other.
Inputs use manipulation.csv's operand syntax; result_dtype 'error' names NumPy's exception in 'expected'.""")


# ---------------------------------------------------------------------------------------------
# the histogram family: weights and density, bin estimators, histogram2d and histogramdd

def gen_histograms():
    rows = []
    nan, inf = np.nan, np.inf

    def emit(op, specs, args, compute, scale=lambda res, vals, compute: 0.0):
        texts, vals = zip(*[manip_operand(x) for x in specs])
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                res = compute(*vals)
        except (ValueError, TypeError, IndexError) as e:
            rows.append([op, ";".join(texts), args, "error", "-", type(e).__name__, "0"])
            return
        outs = list(res) if isinstance(res, tuple) else [res]
        if len(outs) == 2 and isinstance(outs[1], list):      # histogramdd: (hist, [edges])
            outs = [outs[0]] + outs[1]
        for k, r in enumerate(outs):
            r = np.asarray(r)
            dt = JT[r.dtype.name]
            assert dt == r.dtype.name, (op, r.dtype)
            sc = scale(outs, vals, compute) if k == 0 else 0.0
            rows.append(["%s#%d" % (op, k), ";".join(texts), args, dt, fmt_shape(r.shape),
                         fmt_list(r, dt) if r.size else "-", repr(float(sc))])

    def weighted_scale(density, widths_of, float64_sums=False):
        """N sum|w| for float sums (prefix-sum differences against NumPy's sequential sums); for a
        density that error carried through the division by the widths and the total."""
        def scale(outs, vals, compute):
            w = vals[-1]
            if w is None:
                return 0.0
            w = np.asarray(w)
            if w.dtype.kind != "f":                     # integer and bool weights: exact
                return 0.0
            e = w.size * float(np.abs(w.astype(float)).sum())
            if not density:
                # equal bins: NumPy sums in float64 and rounds once to the weights' type (the suite
                # allows that rounding as 1 ULP), explicit edges: cumulative sums in the weights' type
                return e * float(np.finfo(np.float64).eps / np.finfo(w.dtype).eps) if float64_sums else e
            if w.dtype == np.float32:                   # NumPy's float32 cumulative sums, in float64 eps
                e *= float(np.finfo(np.float32).eps / np.finfo(np.float64).eps)
            raw = np.asarray(compute(*vals, d=False)[0], float)
            width = np.broadcast_to(widths_of(outs), raw.shape)
            positive = width > 0
            total = float(raw.sum())
            if not positive.any() or total == 0:
                return 0.0
            smallest = float(width[positive].min())
            n = float(np.abs(raw).max())
            return e * (1.0 / (smallest * abs(total)) + n / (smallest * total * total))
        return scale

    rng = np.random.default_rng(20261130)
    normal = np.round(rng.normal(size=60), 6)
    outliers = np.concatenate([np.round(rng.normal(size=56), 6), [40.0, -35.5, 80.25, 12.0]])
    skewed = np.round(rng.exponential(size=45), 6)
    ints = rng.integers(-20, 30, size=37)
    small_ints = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3])
    sixteen = np.round(rng.uniform(-3, 5, size=16), 6)
    data = [
        ("float64", normal), ("float64", outliers), ("float64", skewed), ("float64", sixteen),
        ("float32", normal), ("float32", outliers), ("float32", skewed), ("float32", sixteen),
        ("int32", ints), ("int64", ints * 1000003), ("int64", small_ints), ("int32", small_ints),
        ("float64", [2.5] * 7), ("int32", [4] * 5), ("float64", [1.0, 2.0]), ("float64", [1.0, 2.0, 2.0]),
        ("float64", []), ("float32", [0.5, 0.25, 0.125, 0.75, 0.0]),
    ]
    estimators = ("auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt")
    for dtype, v in data:
        spec = T(dtype, v)
        for est in estimators:
            emit("histogram_est", [spec], est + " none", lambda a, e=est: np.histogram(a, e))
        for est in ("auto", "fd", "doane", "stone", "sturges", "rice"):
            emit("histogram_bin_edges", [spec], est + " -1.0/1.5",
                 lambda a, e=est: np.histogram_bin_edges(a, e, (-1.0, 1.5)))
    emit("histogram_est", [T("float64", normal.reshape(6, 10), None, "T")], "auto none", lambda a: np.histogram(a, "auto"))
    # float32 data whose bin count depends on the type NumPy evaluates the width in (found by
    # searching rounded uniform samples): fd's width is float64 (evaluated in float32 the count
    # would be 3, not 4), stone's float32 (evaluated in float64 it would be 29, not 28)
    fd32 = [1.6, -0.3, 4.2, 4.6, -1.1, 2.0, -0.9, 4.7, -2.4, 0.1, 3.6, -0.8, 2.2, -2.2, 4.0, 0.9, -1.5, 0.9, 5.0, 1.3,
            -0.5, 4.5, -0.1, 0.7, 0.5, -1.4, 2.5]
    stone32 = [-1.207, -0.092, 2.019, -2.664, -2.12, 4.799, -1.424, 0.878, 4.57, 4.677, 4.628, 1.254, 4.801, 1.969,
               -2.706, 4.541, 0.955, 0.805, 1.041, 3.352, 1.938, 1.109, -0.703, 3.068, -1.993, 1.998, -0.463, 3.83,
               -0.73, 3.163, 0.46, -0.814, 1.216]
    emit("histogram_est", [T("float32", fd32)], "fd none", lambda a: np.histogram(a, "fd"))
    emit("histogram_est", [T("float32", stone32)], "stone none", lambda a: np.histogram(a, "stone"))
    # ... and here float32's ceil(range / width) is 25 where the same float32 values divided in float64 give 26
    emit("histogram_est", [T("float32", [4.143, -2.665, -2.555, 0.225, 0.066, -2.394])], "stone none",
         lambda a: np.histogram(a, "stone"))
    emit("histogram_bin_edges", [T("int64", small_ints)], "auto 0.0/1.0", lambda a: np.histogram_bin_edges(a, "auto", (0.0, 1.0)))
    emit("histogram_bin_edges", [T("float32", sixteen)], "7 none", lambda a: np.histogram_bin_edges(a, 7))
    emit("histogram_bin_edges", [T("int32", ints)], "5 -3.0/4.0", lambda a: np.histogram_bin_edges(a, 5, (-3.0, 4.0)))
    emit("histogram_bin_edges", [T("float64", [2.0, 2.0])], "sqrt 2.0/2.0", lambda a: np.histogram_bin_edges(a, "sqrt", (2.0, 2.0)))
    emit("histogram_bin_edges", [T("float64", [5.0, 9.0])], "auto 0.0/1.0", lambda a: np.histogram_bin_edges(a, "auto", (0.0, 1.0)))
    for est in ("auto", "stone", "Auto", "blocks"):
        emit("histogram_est", [T("float64", [1.0, nan, 2.0])], est + " none", lambda a, e=est: np.histogram(a, e))
    emit("histogram_est", [T("float64", [1.0, inf, 2.0])], "sturges none", lambda a: np.histogram(a, "sturges"))
    emit("histogram_est", [T("float64", [1.0, nan, 2.0, 9.0])], "sturges 0.0/3.0", lambda a: np.histogram(a, "sturges", (0.0, 3.0)))
    emit("histogram_est", [T("float64", [1.0, 2.0])], "auto 3.0/1.0", lambda a: np.histogram(a, "auto", (3.0, 1.0)))

    # weights of every dtype, uniform bins and explicit edges, density
    x = np.array([0.1, 0.5, 0.7, 0.2, 1e-3, 0.35, 0.9999999999999999, 0.6, 0.3, 0.30000000000000004, 0.7, 0.0])
    wvals = {
        "float64": [0.5, -1.25, 3.0, 1e-3, 2.5, 0.1, 7.0, -0.3, 0.2, 1.5, 0.7, 1e10],
        "float32": [0.5, -1.25, 3.0, 1e-3, 2.5, 0.1, 7.0, -0.3, 0.2, 1.5, 0.7, 1e6],
        "int32": [1, -2, 3, 7, 0, 5, 5, 2, 9, -1, 4, 2**30],
        "int64": [1, -2, 3, 7, 0, 5, 5, 2, 9, -1, 4, 2**40],
        "bool": [True, False, True, False, False, True, False, False, True, False, False, False],
    }
    edges = [-1.0, 0.0, 0.3, 0.3, 0.5, 1.0]
    hist_width = lambda outs: np.diff(outs[1]).astype(float)
    for xdtype in ("float64", "float32", "int32"):
        xv = x if xdtype != "int32" else np.array([3, -7, 12, 0, 0, 5, 5, 5, 2, 9, -1, 12])
        for wdtype, wv in list(wvals.items()) + [("none", None)]:
            w = "none" if wv is None else T(wdtype, wv)
            for density in (False, True):
                dtext = "true" if density else "false"
                for bins, rng_ in ((4, None), (3, (0.2, 0.8)), (5, (-1.0, 12.0))):
                    emit("histogram", [T(xdtype, xv), w], "%d %s %s" % (bins, "none" if rng_ is None else "%r/%r" % rng_, dtext),
                         lambda a, ww, b=bins, r=rng_, d=density: np.histogram(a, b, r, density=d, weights=ww),
                         weighted_scale(density, hist_width, True))
                e = edges if xdtype != "int32" else [-7.0, 0.0, 2.0, 2.0, 5.0, 12.0]
                emit("histogram_edges", [T(xdtype, xv), T("float64", e), w], dtext,
                     lambda a, ed, ww, d=density: np.histogram(a, ed, density=d, weights=ww),
                     weighted_scale(density, hist_width))
    emit("histogram", [T("float64", x, (3, 4)), T("float64", wvals["float64"], (3, 4), "T")], "3 none false",
         lambda a, ww: np.histogram(a, 3, weights=ww), weighted_scale(False, None))
    emit("histogram", [T("float64", [0.5, nan, 2.0, inf, -1.0, 1.0]), T("float64", [1.0, 2.0, 4.0, 8.0, 16.0, 32.0])],
         "3 0.0/2.0 false", lambda a, ww: np.histogram(a, 3, (0.0, 2.0), weights=ww), weighted_scale(False, None))
    emit("histogram", [T("float64", [], (0,)), T("float64", [], (0,))], "2 none true",
         lambda a, ww: np.histogram(a, 2, density=True, weights=ww))
    emit("histogram", [T("float64", [], (0,)), "none"], "2 none true", lambda a, ww: np.histogram(a, 2, density=True))
    emit("histogram", [T("float64", [1.0, 2.0, 3.0]), T("float64", [1.0, 2.0])], "2 none false",
         lambda a, ww: np.histogram(a, 2, weights=ww))
    emit("histogram", [T("float64", [1.0, 2.0]), T("float64", [1.0, 2.0])], "2 3.0/1.0 false",
         lambda a, ww: np.histogram(a, 2, (3.0, 1.0), weights=ww))
    emit("histogram_edges", [T("float64", [1.0, 2.0]), T("float64", [0.0, 2.0, 1.0]), T("float64", [1.0, 2.0])], "false",
         lambda a, ed, ww: np.histogram(a, ed, weights=ww))
    emit("histogram_est", [T("float64", [1.0, 2.0]), T("float64", [1.0, 2.0])], "auto none",
         lambda a, ww: np.histogram(a, "auto", weights=ww))
    # bincount with weights
    for wdtype, wv in wvals.items():
        emit("bincount", [T("int64", [0, 1, 1, 3, 7, 3, 3, 0, 2, 5, 1, 3]), T(wdtype, wv)], "0",
             lambda a, ww: np.bincount(a, ww), weighted_scale(False, None))
        emit("bincount", [T("int32", [2, 2, 0, 4, 1, 0, 2, 2, 1, 1, 0, 4]), T(wdtype, wv)], "9",
             lambda a, ww: np.bincount(a, ww, minlength=9), weighted_scale(False, None))
    emit("bincount", [T("bool", [True, False, True]), T("float64", [0.5, 2.0, 0.25])], "0", lambda a, ww: np.bincount(a, ww))
    emit("bincount", [T("int64", [], (0,)), T("float64", [], (0,))], "3", lambda a, ww: np.bincount(a, ww, minlength=3))
    emit("bincount", [T("int64", [1, 2]), T("float64", [1.0])], "0", lambda a, ww: np.bincount(a, ww))
    emit("bincount", [T("int64", [1, -2]), T("float64", [1.0, 2.0])], "0", lambda a, ww: np.bincount(a, ww))

    # small integer types: data binned by value, the estimators' edges from int8/uint16 data, weights of
    # a small type (NumPy sums integer weights in the weights' type, so int8 counts wrap), bincount of
    # int8/uint8 (negative int8 refused) with int8 weights (float64 sums)
    i8 = [3, -7, 12, 0, 0, 5, 5, 5, 2, 127, -128, 12]
    u16 = [3, 7, 12, 0, 0, 5, 5, 5, 2, 65535, 32768, 12]
    for dtype, v in (("int8", i8), ("uint16", u16)):
        for est in ("auto", "sturges", "fd"):
            emit("histogram_est", [T(dtype, v)], est + " none", lambda a, e=est: np.histogram(a, e))
    # uint32 (sturges only: the fd width of these, with 2**32 - 1 among small values, is a billion bins)
    emit("histogram_est", [T("uint32", [3, 7, 12, 0, 0, 5, 5, 5, 2, U32_MAX, 2**31, 12])], "sturges none",
         lambda a: np.histogram(a, "sturges"))
    for wdtype, wv in (("int8", [100, 100, -128, 1, 2, 3, 100, 100, 0, 127, 1, 1]),
                       ("uint8", [200, 200, 255, 1, 2, 3, 100, 100, 0, 255, 1, 1])):
        for density in (False, True):
            dtext = "true" if density else "false"
            emit("histogram", [T("int8", i8), T(wdtype, wv)], "4 none " + dtext,
                 lambda a, ww, d=density: np.histogram(a, 4, density=d, weights=ww),
                 weighted_scale(density, hist_width, True))
        emit("bincount", [T("uint8", [0, 1, 1, 3, 7, 3, 3, 0, 2, 5, 1, 3]), T(wdtype, wv)], "0",
             lambda a, ww: np.bincount(a, ww), weighted_scale(False, None))
    emit("bincount", [T("int8", [1, -2]), T("int8", [1, 2])], "0", lambda a, ww: np.bincount(a, ww))
    emit("bincount", [T("uint16", [65535 // 1000, 2, 2]), T("uint16", [65535, 1, 2])], "0",
         lambda a, ww: np.bincount(a, ww))
    # uint32 weights: counts as uint32 (NumPy sums the weights in float64 and casts the sums; these stay
    # below 2**32, where its vectorised cast and its one-element cast, jtensor's, differ), bincount's float64
    u32w = [7, U32_MAX, 2**31, 1, 2, 3, 2**30, 2**29, 0, U32_MAX, 2**31, 1]
    emit("histogram", [T("int8", i8), T("uint32", u32w)], "4 none false",
         lambda a, ww: np.histogram(a, 4, weights=ww), weighted_scale(False, hist_width, True))
    emit("bincount", [T("uint32", [0, 1, 1, 3, 7, 3, 3, 0, 2, 5, 1, 3]), T("uint32", u32w)], "0",
         lambda a, ww: np.bincount(a, ww), weighted_scale(False, None))

    # histogram2d and histogramdd: every bins form, ranges, weights, density
    px = np.round(rng.normal(size=30), 4)
    py = np.round(rng.uniform(-2, 2, size=30), 4)
    py[[3, 7]] = [2.0, -2.0]
    px[5] = nan
    w2 = np.round(rng.uniform(-1, 3, size=30), 3)
    dd_width = lambda outs: functools.reduce(np.multiply, np.ix_(*[np.diff(e).astype(float) for e in outs[1:]]))
    for xdtype in ("float64", "float32"):
        X, Y = T(xdtype, px), T(xdtype, py)
        for wspec in ("none", T("float64", w2), T("float32", w2), T("int32", np.round(w2 * 3).astype(int))):
            for density in (False, True):
                dtext = "true" if density else "false"
                for bins, rng_ in ((4, [(-3.0, 3.0), None]), ((3, 5), [(-1.0, 1.0), (-2.0, 2.0)])):
                    if rng_[1] is None and not (isinstance(bins, int)):
                        continue
                    btext = "%d/%d" % bins if isinstance(bins, tuple) else str(bins)
                    rtext = ";".join("none" if r is None else "%r/%r" % r for r in rng_)
                    emit("histogram2d", [X, Y, wspec], "%s %s %s" % (btext, rtext, dtext),
                         lambda a, b, ww, bi=bins, r=rng_, d=density: np.histogram2d(a, b, bi, r, density=d, weights=ww),
                         weighted_scale(density, dd_width))
                emit("histogram2d_edges", [X, Y, T("float64", [-2.0, -0.5, 0.0, 0.0, 1.5]), T(xdtype, [-2.0, 0.5, 2.0]), wspec],
                     dtext, lambda a, b, ex, ey, ww, d=density: np.histogram2d(a, b, [ex, ey], density=d, weights=ww),
                     weighted_scale(density, dd_width))
    s3 = np.round(rng.uniform(0, 4, size=(25, 3)), 3)
    s3[0] = [4.0, 0.0, 2.0]
    for dtype in ("float64", "int64", "float32"):
        sv = s3 if dtype != "int64" else np.round(s3 * 3).astype(int)
        S = T(dtype, sv)
        for wspec in ("none", T("float64", w2[:25])):
            for density in (False, True):
                dtext = "true" if density else "false"
                for bins, rng_ in ((3, None), ((2, 3, 4), None), ((2, 1, 3), [None, (0.5, 2.5), (1.0, 1.0)])):
                    btext = ";".join(map(str, bins)) if isinstance(bins, tuple) else str(bins)
                    rtext = "none" if rng_ is None else ";".join("none" if r is None else "%r/%r" % r for r in rng_)
                    emit("histogramdd", [S, wspec], "%s %s %s" % (btext, rtext, dtext),
                         lambda a, ww, bi=bins, r=rng_, d=density: np.histogramdd(a, bi, r, density=d, weights=ww),
                         weighted_scale(density, dd_width))
                emit("histogramdd_edges", [S, T("float64", [0.0, 1.0, 4.0]), T("int64", [0, 2, 2, 3]),
                                           T("float64", [0.5, 1.0, 1.5, 2.0, 3.5]), wspec], dtext,
                     lambda a, e0, e1, e2, ww, d=density: np.histogramdd(a, [e0, e1, e2], density=d, weights=ww),
                     weighted_scale(density, dd_width))
    emit("histogramdd", [T("float64", [0.5, 1.5, 2.0, nan, 1.0]), "none"], "2 none false", lambda a, ww: np.histogramdd(a, 2))
    emit("histogramdd", [T("float64", [], (0, 2)), "none"], "2 none false", lambda a, ww: np.histogramdd(a, 2))
    emit("histogramdd", [T("float64", s3), "none"], "2;2 none false", lambda a, ww: np.histogramdd(a, [2, 2]))
    emit("histogramdd", [T("float64", s3), "none"], "2;0;2 none false", lambda a, ww: np.histogramdd(a, [2, 0, 2]))
    emit("histogramdd", [T("float64", s3), "none"], "2 none;none false", lambda a, ww: np.histogramdd(a, 2, [None, None]))
    emit("histogramdd", [T("float64", s3), "none"], "2 2.0/1.0;none;none false",
         lambda a, ww: np.histogramdd(a, 2, [(2.0, 1.0), None, None]))
    emit("histogramdd", [T("float64", [[1.0, nan], [2.0, 3.0]]), "none"], "2 none false", lambda a, ww: np.histogramdd(a, 2))
    emit("histogramdd", [T("float64", s3), T("float64", w2[:24])], "2 none false", lambda a, ww: np.histogramdd(a, 2, weights=ww))
    emit("histogramdd_edges", [T("float64", s3[:, :1]), T("float64", [0.0, 2.0, 1.0]), "none"], "false",
         lambda a, e0, ww: np.histogramdd(a, [e0]))
    emit("histogram2d", [T("float64", [1.0, 2.0]), T("float64", [1.0]), "none"], "2 none false",
         lambda a, b, ww: np.histogram2d(a, b, 2))
    # float16 data: the equal-width edges are float16, NumPy's linspace in the data's type with every
    # step rounded to float16 (65504 - -65504 overflows, so the widest range has infinite edges and
    # NumPy refuses it), min == max widens by 0.5 in float16; explicit float64 edges compare exactly
    h16 = np.round(rng.normal(size=40) * 3, 3)
    for bins, rng_ in ((5, None), (7, None), (4, (-2.0, 3.0)), (3, (0.1, 0.7))):
        for density in (False, True):
            emit("histogram", [T("float16", h16), "none"],
                 "%d %s %s" % (bins, "none" if rng_ is None else "%r/%r" % rng_, "true" if density else "false"),
                 lambda a, ww, b=bins, r=rng_, d=density: np.histogram(a, b, r, density=d))
    for v in ([2.5] * 5, [1000.0, 1000.5, 1001.0, 1024.0, 1030.0], [60000.0, -65504.0, 1.0, 65504.0],
              [0.1, 0.2, nan, 0.3]):
        emit("histogram", [T("float16", v), "none"], "3 none false", lambda a, ww: np.histogram(a, 3))
    emit("histogram_edges", [T("float16", h16), T("float64", [-2.0, 0.0, 0.001, 0.5, 4.0]), "none"], "false",
         lambda a, ed, ww: np.histogram(a, ed))
    emit("histogram_bin_edges", [T("float16", h16)], "7 none", lambda a: np.histogram_bin_edges(a, 7))
    # the step rounded to float16 (1.183), times 6, gives the edge 12.0546875; the exact step would
    # give 12.0625, and a value between the two would change bins
    emit("histogram", [T("float16", [4.9609375, 13.2421875, 12.0546875, 12.06, 8.5]), "none"], "7 none false",
         lambda a, ww: np.histogram(a, 7))
    write("histograms.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "scale"], rows, """
The histogram family beyond sorting.csv's histogram/bincount rows: np.histogram with weights and density
(op histogram: inputs 'x;weights', args 'bins range density', range 'lo/hi' or none; op histogram_edges:
inputs 'x;edges;weights', args 'density'; weights none, float64, float32, int32, int64, bool), np.histogram
with a bin estimator (op histogram_est, args 'estimator range'), np.histogram_bin_edges (args 'estimator
or count, range'), np.bincount with weights (args 'minlength'), np.histogram2d (args 'nx/ny or n,
range lo/hi;lo/hi, density'; op histogram2d_edges: inputs 'x;y;xedges;yedges;weights') and
np.histogramdd (args 'bins as n or n;n;n, range none or per dimension lo/hi;none;..., density'; op
histogramdd_edges: inputs 'sample;edges...;weights').  op#k is the k-th result (values, then edges).
scale: 0 when the values are reproducible bit for bit; else an error scale for float weight sums
(N * sum|w|, jtensor's prefix-sum differences against NumPy's sums; for equal bins in float64 eps, as
NumPy sums in float64 there and rounds once), carried through the density's division by the widths
and the total (float32 weights: NumPy's float32 sums, in float64 eps); the suite allows 1 ULP or
4 eps(result type) * scale.
Data: NumPy default_rng(20261130) normal, normal with outliers, exponential and uniform samples
rounded to 6 decimals, integers, constant, two-point, 16-point (integral log2/sqrt counts) and empty
data; NaN and infinity (errors without a range), unknown estimators, weights with an estimator,
mismatched shapes, decreasing edges, ranges with min > max.  Inputs use manipulation.csv's operand syntax; result_dtype 'error' names NumPy's exception.""")


# ---------------------------------------------------------------------------------------------
# nextafter, spacing, ldexp, frexp, sinc

def gen_ufuncs():
    rows = []

    def emit(op, specs, compute, accuracy="exact"):
        """One call: operands as manip_operand specs; integer operands of the floating ops are
        converted to float64 first and bool ones to float16, as NumPy."""
        texts, values = zip(*[manip_operand(s) for s in specs])
        try:
            with np.errstate(all="ignore"):
                result = compute(*values)
        except (TypeError, ValueError, OverflowError) as e:
            rows.append([op, ";".join(texts), "error", "-", type(e).__name__, accuracy])
            return
        parts = result if isinstance(result, tuple) else (result,)
        parts = [np.asarray(p) for p in parts]
        dts = [JT[p.dtype.name] for p in parts]
        rows.append([op, ";".join(texts), ";".join(dts), fmt_shape(parts[0].shape),
                     ";".join(fmt_list(p, dt) if p.size else "-" for p, dt in zip(parts, dts)), accuracy])

    def floats(v):
        """A tensor operand computed as float64 when it is integer, float16 when bool (a weak scalar stays)."""
        if isinstance(v, np.ndarray) and v.dtype.kind in "biu":
            # NumPy's smallest float loop that holds the type: float16 for bool, int8 and uint8,
            # float32 for int16 and uint16, float64 for int32, uint32 and int64
            return v.astype(np.result_type(v.dtype, np.float16))
        return v

    f64 = [math.nan, math.inf, -math.inf, 0.0, -0.0, 5e-324, -5e-324, 1e-310, -1e-310, 2.2250738585072014e-308,
           -2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
           1.0, -1.0, 1.5, -2.25, 0.1, 1e300, -3.0, 1e-300, 0.5]
    f32 = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1e-45, -1e-45, 1e-40, -1e-40, 1.1754944e-38, -1.1754944e-38,
           1.1754942e-38, 3.4028235e38, -3.4028235e38, 1.0, -1.0, 1.5, -2.25, 0.1, 1e30, -3.0, 1e-30, 0.5]
    # float16: zeros, infinities, the subnormals, the smallest normal and its neighbours, 65504, powers
    # of two of both signs (where npy_half_spacing steps toward zero for negative ones)
    f16 = [math.nan, math.inf, -math.inf, 0.0, -0.0, 2.0**-24, -2.0**-24, 2.0**-14 - 2.0**-24, 2.0**-14,
           -2.0**-14, 65504.0, -65504.0, 1.0, -1.0, 1.5, -2.25, 0.0999755859375, 1024.0, -3.0, 2.0**-20, 0.5,
           -2048.0, 32768.0]
    specials = {"float64": f64, "float32": f32, "float16": f16, "int32": [0, 1, -1, 7, -100, I32_MAX, I32_MIN],
                "int64": [0, 1, -1, 2**53 + 1, -(2**53 + 1), I64_MAX, I64_MIN], "bool": [True, False]}

    # nextafter: every pair of specials (a == b included), other dtype pairs, weak scalars, broadcasting, views
    def nextafter(a, b):
        return np.nextafter(floats(a), floats(b))

    for dtype in ("float64", "float32", "float16"):
        v = specials[dtype]
        emit("nextafter", [T(dtype, [a for a in v for _ in v]), T(dtype, [b for _ in v for b in v])], nextafter)
        emit("nextafter", [T(dtype, v[:12], (3, 4), "T"), T(dtype, v[:12][::-1], (4, 3))], nextafter)
        emit("nextafter", [T(dtype, v, (23,), "rev"), T(dtype, v[::-1] + v, (46,), "step2")], nextafter)
        emit("nextafter", [T(dtype, v[:3], (3, 1)), T(dtype, v[3:7])], nextafter)
        for s in (math.inf, -math.inf, 0.0, -0.0, 1.0, math.nan):
            emit("nextafter", [T(dtype, v), ("double", s)], nextafter)
            emit("nextafter", [("double", s), T(dtype, v)], nextafter)
        emit("nextafter", [T(dtype, v), ("long", 0)], nextafter)
        emit("nextafter", [("long", -1), T(dtype, v)], nextafter)
    for da, db in (("int32", "int32"), ("int64", "float32"), ("float32", "float64"), ("bool", "bool"),
                   ("int32", "float32"), ("bool", "float64"), ("float16", "float32"), ("bool", "float16"),
                   ("float16", "int32")):
        va, vb = specials[da], specials[db]
        n = max(len(va), len(vb))
        emit("nextafter", [T(da, (va * n)[:n]), T(db, (vb * n)[::-1][:n])], nextafter)
    emit("nextafter", [T("int64", specials["int64"]), ("long", 3)], nextafter)
    emit("nextafter", [T("int32", specials["int32"]), ("double", 0.5)], nextafter)
    emit("nextafter", [T("float64", [], (0,)), T("float64", [1.0])], nextafter)
    emit("nextafter", [T("float32", 1.0, ()), T("float32", 2.0, ())], nextafter)

    emit("nextafter", [T("float16", f16), ("double", 65520.0)], nextafter)
    emit("nextafter", [T("float16", f16), ("double", 1.0004882812500002)], nextafter)

    # spacing: specials of every dtype, views
    for dtype in ALL_DTYPES:
        v = specials[dtype]
        emit("spacing", [T(dtype, v)], lambda x: np.spacing(floats(x)))
        if len(v) >= 4:
            emit("spacing", [T(dtype, v, (len(v),), "rev")], lambda x: np.spacing(floats(x)))
    rng = np.random.default_rng(20261201)
    emit("spacing", [T("float64", list(rng.uniform(-1e3, 1e3, 40)) + [2.0**k for k in range(-1074, 1024, 97)])],
         np.spacing)
    emit("spacing", [T("float32", list(rng.uniform(-1e3, 1e3, 40)) + [2.0**k for k in range(-149, 128, 13)])],
         np.spacing)
    emit("spacing", [T("float64", f64[:12], (3, 4), "T")], np.spacing)
    # its own generator, so that the draws of the rows after it stay as they were
    rng16 = np.random.default_rng(20261203)
    emit("spacing", [T("float16", list(rng16.uniform(-1e3, 1e3, 40)) + [s * 2.0**k for k in range(-24, 16) for s in (1, -1)])],
         np.spacing)
    emit("spacing", [T("float16", f16[:12], (3, 4), "T")], np.spacing)

    # ldexp: x1 of every dtype, exponents of int32, int64 and bool; overflow, gradual underflow
    # (ties to even at the subnormal boundary), huge int64 exponents that must saturate; float x2 refused
    def ldexp(a, b):
        return np.ldexp(a, b)

    e64 = [0, 1, -1, 3, -3, 1023, 1024, 2046, -1022, -1073, -1074, -1075, -1076, -1077, 2000, -2000, 2**31,
           -2**31 - 1, 2**62, -2**62, I64_MAX, I64_MIN, I32_MAX, I32_MIN]
    e32 = [0, 1, -1, 3, -3, 127, 128, 254, -126, -148, -149, -150, -151, 300, -300, I32_MAX, I32_MIN, 1023, -1075]
    e16 = [0, 1, -1, 3, -3, 15, 16, 30, -14, -23, -24, -25, -26, 40, -40, I32_MAX, I32_MIN, 2000, -2000]
    for dtype in ("float64", "float32", "float16"):
        v = specials[dtype]
        for edtype, exps in (("int64", e64), ("int32", e32 if dtype != "float16" else e16)):
            emit("ldexp", [T(dtype, [a for a in v for _ in exps]), T(edtype, [e for _ in v for e in exps])], ldexp)
    # rounding into the subnormals: mantissas with bits beyond what survives, around each boundary
    mant = [1.5, 1.25, 1.75, 1.5000000000000002, 1.4999999999999998, 1.0000000000000002, 1.9999999999999998,
            -1.5, -1.25, 1.1, -1.3, 1.0]
    mant += list(rng.uniform(1, 2, 20))
    down = list(range(-1080, -1018))
    emit("ldexp", [T("float64", [m for m in mant for _ in down]), T("int32", [e for _ in mant for e in down])], ldexp)
    mant32 = [float(np.float32(m)) for m in mant] + [float(np.float32(1 + 2.0**-23)), float(np.float32(2 - 2.0**-23))]
    down32 = list(range(-155, -122))
    emit("ldexp", [T("float32", [m for m in mant32 for _ in down32]), T("int64", [e for _ in mant32 for e in down32])],
         ldexp)
    emit("ldexp", [T("float64", [m for m in mant for _ in (1020, 1023, 1024, 1025)]),
                   T("int64", [e for _ in mant for e in (1020, 1023, 1024, 1025)])], ldexp)
    emit("ldexp", [T("float32", [m for m in mant32 for _ in (125, 127, 128)]),
                   T("int32", [e for _ in mant32 for e in (125, 127, 128)])], ldexp)
    for da in ("int32", "int64", "bool"):
        va = specials[da]
        emit("ldexp", [T(da, [a for a in va for _ in (0, 5, -3, 1100)]),
                       T("int32", [e for _ in va for e in (0, 5, -3, 1100)])], ldexp)
    emit("ldexp", [T("float32", [1.5, -0.0, 3.0, 1e-45]), T("bool", [True, False, True, True])], ldexp)
    # float16 rounding into its subnormals (ties to even at 2**-25) and overflow past 65504
    mant16 = [1.5, 1.25, 1.75, 1.0009765625, 1.9990234375, -1.5, 1.0, 1.3330078125, -1.099609375]
    down16 = list(range(-27, -12)) + [14, 15, 16]
    emit("ldexp", [T("float16", [m for m in mant16 for _ in down16]), T("int32", [e for _ in mant16 for e in down16])],
         ldexp)
    emit("ldexp", [T("float16", f16), ("long", 3)], ldexp)
    emit("ldexp", [T("float16", f16), ("long", I32_MIN)], ldexp)
    emit("ldexp", [T("float64", f64[:12], (3, 4), "T"), T("int32", [-1, 0, 2000], (3,))], ldexp)
    emit("ldexp", [T("float32", f32[:3], (3, 1)), T("int64", [1, -200, 2**40, -2**40])], ldexp)
    emit("ldexp", [T("float64", f64, (23,), "rev"), T("int64", e64[:23], (23,), "rev")], ldexp)
    for s in (0, 7, -1080, I32_MAX, I32_MIN):
        emit("ldexp", [T("float64", f64), ("long", s)], ldexp)
        emit("ldexp", [T("float32", f32), ("long", s)], ldexp)
    emit("ldexp", [T("int32", specials["int32"]), ("long", -2)], ldexp)
    for s in (1.5, -0.0, 5e-324, math.inf, math.nan):
        emit("ldexp", [("double", s), T("int64", e64)], ldexp)
        emit("ldexp", [("double", s), T("int32", [-1, 0, 1])], ldexp)
    emit("ldexp", [T("float64", [], (0,)), T("int64", [], (0,))], ldexp)
    # refused: a float exponent (TypeError), a Java long exponent beyond int32 (OverflowError)
    for da in ("float64", "float32", "int32"):
        for db in ("float64", "float32"):
            emit("ldexp", [T(da, [1, 2]), T(db, [1, 2])], ldexp)
    emit("ldexp", [T("float64", [1.0]), ("double", 2.0)], ldexp)
    emit("ldexp", [T("float64", [1.0]), ("long", 2**40)], ldexp)
    emit("ldexp", [T("float32", [1.0]), ("long", -2**31 - 1)], ldexp)

    # frexp: mantissa and exponent of the specials of every dtype, powers of two, views
    def frexp(x):
        return np.frexp(floats(x))

    for dtype in ALL_DTYPES:
        emit("frexp", [T(dtype, specials[dtype])], frexp)
    emit("frexp", [T("float64", [2.0**k for k in range(-1074, 1024, 41)] + [-(2.0**k) * 1.5 for k in range(-1073, 1023, 53)])],
         frexp)
    emit("frexp", [T("float32", [2.0**k for k in range(-149, 128, 7)] + [-(2.0**k) * 1.5 for k in range(-148, 127, 11)])],
         frexp)
    emit("frexp", [T("float64", list(rng.uniform(-1e6, 1e6, 30)))], frexp)
    emit("frexp", [T("float32", f32[:12], (3, 4), "T")], frexp)
    emit("frexp", [T("float64", f64, (23,), "rev")], frexp)

    # sinc: NumPy's own composition, so the expected values are NumPy's (the test allows sin's error)
    grid = [k / 4 for k in range(-16, 17)]
    for dtype in ("float64", "float32", "float16"):
        emit("sinc", [T(dtype, specials[dtype] + grid + [1e-10, -1e-20, 1e-8, 123.456, -1e5])], np.sinc, "sin")
    for dtype in ("int32", "int64", "bool"):
        emit("sinc", [T(dtype, specials[dtype])], np.sinc, "sin")
    emit("sinc", [T("float64", grid[:12], (3, 4), "T")], np.sinc, "sin")

    # the small integer types: converted to float16 (int8, uint8) or float32 (int16, uint16) by
    # nextafter, spacing and frexp, as x1 of ldexp; and as ldexp's exponent
    small = {"int8": [0, 1, -1, 2, 127, -128], "uint8": [0, 1, 2, 128, 255], "int16": [0, -1, 3, 2049, 32767, -32768],
             "uint16": [0, 1, 2049, 32768, 65535], "uint32": [0, 1, 16777217, 2**31, U32_MAX - 1, U32_MAX]}
    for dtype in STORAGE_INTS:
        v = small[dtype]
        emit("spacing", [T(dtype, v)], lambda x: np.spacing(floats(x)))
        emit("frexp", [T(dtype, v)], frexp)
        emit("nextafter", [T(dtype, v), T(dtype, v[::-1])], nextafter)
        emit("ldexp", [T(dtype, [a for a in v for _ in (0, 3, -1, 20)]), T("int32", [e for _ in v for e in (0, 3, -1, 20)])],
             ldexp)
    emit("nextafter", [T("int8", small["int8"][:5]), T("uint8", small["uint8"])], nextafter)
    emit("nextafter", [T("uint16", small["uint16"]), T("int16", small["int16"][:5])], nextafter)
    emit("nextafter", [T("int8", small["int8"]), ("long", 1000)], nextafter)
    emit("ldexp", [T("float16", [1.5, -1.0, 2.0**-24, 65504.0]), T("int8", [3, -128, 127, 1])], ldexp)
    emit("ldexp", [T("float32", [1.5, -1.0, 1e-45, 3.0]), T("uint16", [3, 65535, 200, 0])], ldexp)
    emit("ldexp", [T("float64", [1.5, -1.0, 5e-324, 3.0]), T("uint8", [3, 255, 200, 0])], ldexp)
    emit("ldexp", [T("int16", [1, -3, 32767]), T("int16", [3, -32768, 2])], ldexp)
    emit("sinc", [T("int8", small["int8"])], np.sinc, "sin")
    emit("sinc", [T("uint16", small["uint16"])], np.sinc, "sin")
    # uint32: float64, as int32 (an exponent past int32's range overflows or underflows)
    emit("nextafter", [T("uint32", small["uint32"]), T("int32", [-1, 0, 2, I32_MAX, I32_MIN, 5])], nextafter)
    emit("ldexp", [T("float64", [1.5, -1.0, 5e-324, 3.0]), T("uint32", [3, U32_MAX, 2**31, 0])], ldexp)
    emit("sinc", [T("uint32", small["uint32"])], np.sinc, "sin")

    write("ufuncs.csv", ["op", "inputs", "result_dtype", "result_shape", "expected", "accuracy"], rows, """
nextafter, spacing, ldexp, frexp and sinc, NumPy's results bit for bit (sinc: within sin's accuracy, as it
is sin(y) / y of NumPy's y).  inputs: operands separated by ';' (dtype:shape:values[:view], or a weak
Java scalar double:v / long:v).  Integer operands of nextafter, spacing and frexp are converted to
float64 first (int8 and uint8 ones to float16, int16 and uint16 ones to float32), bool ones (and
bool x1 of ldexp) to float16, as NumPy.  float16 nextafter and spacing
step in float16 (npy_half_nextafter, npy_half_spacing: spacing is never negative, the step toward zero
at a negative power of two, +inf only at +65504; nextafter(a, a) is a, so nextafter(0, -0) is +0).
frexp rows hold mantissa;exponent in result_dtype and expected.  result_dtype 'error': NumPy refuses the
call (expected names its exception: a float exponent is a TypeError, a scalar exponent beyond int32 an
OverflowError) and jtensor must throw IllegalArgumentException.""")


# ---------------------------------------------------------------------------------------------
# the ufunc keywords dtype= and casting= (with out= and where=) on unary and binary ufuncs

def gen_ufunc_keywords():
    rows = []
    unary = {"exp": np.exp, "sqrt": np.sqrt, "negative": np.negative, "absolute": np.absolute,
             "square": np.square, "sign": np.sign, "floor": np.floor, "invert": np.invert, "isnan": np.isnan,
             "trunc": np.trunc, "reciprocal": np.reciprocal, "bitwise_count": np.bitwise_count}
    binary = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
              "power": np.power, "maximum": np.maximum, "floor_divide": np.floor_divide,
              "remainder": np.remainder, "arctan2": np.arctan2, "bitwise_and": np.bitwise_and,
              "left_shift": np.left_shift, "less": np.less, "logical_and": np.logical_and, "gcd": np.gcd,
              "hypot": np.hypot}
    # values every conversion in the data agrees on between NumPy's casts and jtensor's (astype's)
    values = {"bool": [True, False, True, True], "int8": [1, -3, 127, -128], "uint8": [1, 200, 255, 0],
              "int16": [1001, -3, 32767, 2], "uint16": [3, 65535, 2049, 0], "int32": [7, -100, 2**31 - 1, 0],
              "uint32": [5, 2**32 - 1, 2**31, 1], "int64": [3, -2, 2**53 + 1, 1],
              "float16": [1.5, -2.5, 0.0, 2049.0], "float32": [0.1, -3.75, 16777217.0, 1e30],
              "float64": [1.5, -2.5, 300.7, math.nan]}
    loops = ["bool", "int8", "uint8", "int16", "int32", "uint32", "int64", "float16", "float32", "float64"]
    castings = ["same_kind", "unsafe", "safe", "no", "equiv"]
    rng = np.random.default_rng(20261202)

    def cast_values(dtype, wanted):
        return [v for v in values[dtype]] if wanted else values[dtype][:2] + [0, 1]

    def emit(op, specs, dtype=None, casting="same_kind", out=None, where=False):
        texts, args = zip(*[manip_operand(spec) for spec in specs])
        has_nan = any(isinstance(a, np.ndarray) and a.dtype.kind == "f" and np.isnan(a).any() for a in args)
        if has_nan and "uint32" in (dtype, out) and casting == "unsafe":
            return                                      # NaN to uint32 follows NumPy's cast loop: 0 or 2**31
        if op == "bitwise_count" and dtype and any(isinstance(a, np.ndarray) and a.dtype.kind == "f" for a in args):
            return                                      # jtensor refuses float input even under 'unsafe
        kwargs = {"casting": casting}
        if dtype is not None:
            kwargs["dtype"] = NP[dtype]
        shape = np.broadcast_shapes(*[np.shape(a) for a in args if isinstance(a, np.ndarray)])
        mask = None
        if where:
            mask = (np.arange(int(np.prod(shape))) % 3 != 0).reshape(shape)
            kwargs["where"] = mask
        o = None
        if out is not None:
            o = np.full(shape, 3, NP[out])
            kwargs["out"] = o
        fn = unary.get(op) or binary[op]
        row = [op, ";".join(texts), dtype or "-", casting, out or "-", "m3" if where else "-"]
        try:
            with np.errstate(all="ignore"):
                result = fn(*args, **kwargs)
        except (TypeError, ValueError, OverflowError) as e:
            text = str(e)
            if "Cannot cast ufunc" in text:
                m = re.match(r"Cannot cast ufunc '(\w+)' (input \d+|input|output) from dtype\('(\w+)'\) to "
                             r"dtype\('(\w+)'\) with casting rule '(\w+)'", text)
                role, src, dst, rule = m.group(2), m.group(3), m.group(4), m.group(5)
                if role == "output":
                    frag = "%s|%s|'%s'" % (src, dst, rule)
                else:
                    frag = "cannot cast ufunc '%s' %s from %s to %s with casting rule '%s'" % (op, role, src, dst, rule)
            elif "cannot cast Python" in text:
                frag = "under the casting rule '%s'" % casting
            elif "No loop matching" in text:
                frag = "no loop matching the specified signature"
            elif "out of bounds" in text:
                frag = "out of bounds for"
            elif "negative integer powers" in text:
                frag = "negative integer powers"
            else:
                frag = op
            if op == "bitwise_count":
                # NumPy tries a cast to the uint8 loop, jtensor refuses the float input itself
                frag = op
            rows.append(row + ["error", "-", frag])
            return
        arr = np.asarray(result)
        if where and out is None:
            # NumPy leaves the masked-out positions uninitialised; jtensor writes 0 there
            arr = np.where(mask, arr, 0).astype(arr.dtype)
        jt = JT[arr.dtype.name]
        rows.append(row + [jt, fmt_shape(arr.shape), fmt_list(arr, jt) if arr.size else "-"])

    def t(dtype, n=4, shape=None):
        return T(dtype, values[dtype][:n], shape)

    # every unary op x input type x loop type, under same_kind and unsafe
    for op in unary:
        for src in ("bool", "int8", "uint16", "int32", "float16", "float64"):
            for loop in loops:
                for casting in ("same_kind", "unsafe"):
                    emit(op, [t(src)], loop, casting)
            emit(op, [t(src)])
            emit(op, [t(src)], None, "no")
    # binary ops x a few input pairs x loop types
    pairs = [("int8", "int8"), ("int8", "uint8"), ("int16", "float16"), ("float64", "float64"),
             ("bool", "bool"), ("uint32", "int32"), ("float32", "int64")]
    for op in binary:
        for a, b in pairs:
            for loop in loops:
                emit(op, [t(a), t(b)], loop, "same_kind" if rng.random() < 0.6 else "unsafe")
            emit(op, [t(a), t(b)], None, castings[int(rng.integers(len(castings)))])
    # every casting rule on a few calls, with and without dtype
    for casting in castings:
        for loop in (None, "int16", "float32", "float64", "int8"):
            emit("add", [t("int8"), t("int16")], loop, casting)
            emit("exp", [t("int8")], loop if loop is None or loop.startswith("float") else "float16", casting)
            emit("less", [t("int8"), t("int16")], "bool" if loop else None, casting)
            emit("multiply", [t("float32"), ("double", 2.5)], loop, casting)
            emit("add", [t("uint8"), ("long", 3)], loop, casting)
            emit("add", [t("float64", 3), ("long", 3)], loop, casting)
            emit("add", [t("int64"), ("long", -3)], loop, casting)
            emit("less", [t("float32"), ("long", 3)], "bool" if loop else None, casting)
            emit("logical_and", [t("float32"), ("long", 3)], "bool" if loop else None, casting)
    # out= with dtype= and casting=; where= with and without out
    for out in ("int16", "float32", "float64", "bool", "uint8", "int64"):
        for casting in ("same_kind", "unsafe", "safe", "no"):
            emit("add", [t("int8"), t("int8")], "int16", casting, out)
            emit("add", [t("float64", 3), t("float64", 3)], None, casting, out)
            emit("multiply", [t("int16"), ("long", 300)], "float32", casting, out, True)
            emit("sqrt", [t("uint8")], "float32", casting, out)
            emit("divide", [t("int32"), t("int8")], "float16", casting, out, True)
    for loop in ("float32", "int16", "float16", "int64"):
        emit("add", [t("int8", 4, (2, 2)), t("int8", 2)], loop, "unsafe", None, True)
        emit("subtract", [t("float64", 3), t("float64", 3)], loop, "unsafe", None, True)
        emit("maximum", [t("float64", 4, (4, 1)), t("float32", 3)], loop, "unsafe", loop, True)
    # 0-d operands, broadcasting, weak Java scalars on either side (NEP 50)
    for loop in (None, "int8", "uint8", "int16", "float16", "float32", "bool"):
        for casting in ("same_kind", "unsafe"):
            emit("add", [T("int8", [5], ()), T("int8", [100], ())], loop, casting)
            emit("multiply", [t("int8", 2, (2, 1)), t("int16", 3)], loop, casting)
            emit("add", [t("int8"), ("long", 300)], loop, casting)
            emit("subtract", [("long", -2), t("uint8")], loop, casting)
            emit("add", [t("int8"), ("double", 3.5)], loop, casting)
            emit("multiply", [("double", -1.5), t("float16")], loop, casting)
            emit("power", [t("int8"), ("long", 2)], loop, casting)
            emit("power", [t("float64", 3), ("double", 0.5)], loop, casting)
            emit("less", [t("uint8"), ("long", -1)], "bool" if loop else None, casting)
            emit("add", [t("bool"), ("long", 0)], loop, casting)
    emit("power", [t("int8"), ("long", -1)], "int8")
    emit("power", [t("int8"), t("int8")], "int16")
    emit("multiply", [t("int8"), ("long", 100)], "int8")
    emit("add", [T("float64", [300.7, -1.5, math.nan]), ("long", 0)], "int8", "unsafe")
    emit("add", [T("float64", [300.7, -1.5, 2.5]), ("double", 0.0)], "int32", "unsafe", "int8")
    emit("negative", [t("int8")], "uint8", "unsafe")
    emit("add", [t("uint32"), ("long", 1)], "float32")

    write("ufunc_keywords.csv", ["op", "inputs", "dtype", "casting", "out", "where", "result_dtype", "result_shape",
                                 "expected"], rows, """
NumPy's ufunc keywords dtype= and casting= (with out= and where=) on unary and binary ufuncs, replayed
through Np.apply(op, ..., UfuncOptions).  inputs: operands separated by ';' (dtype:shape:values, or a
weak Java scalar double:v / long:v).  dtype: the loop type or '-'; out: '-' or the type of an out of
the broadcast shape filled with 3 before the call; where 'm3': a bool mask of the broadcast shape,
false at every flat position divisible by 3.  result_dtype 'error': NumPy refuses the call and
jtensor must throw IllegalArgumentException whose message holds each '|'-separated fragment of
expected (an input cast: NumPy's UFuncTypeError text with plain type names; an output cast: the two
types and the rule; 'no loop matching the specified signature'; a Python int 'out of bounds for').""")


# ---------------------------------------------------------------------------------------------
# type utilities: np.result_type (NEP 50 weak scalars), np.promote_types, np.can_cast, np.finfo, np.iinfo

def gen_types():
    rows = []
    types = ALL_DTYPES + STORAGE_INTS
    weak = {"py_bool": True, "py_int": 3, "py_float": 2.5}
    operands = {t: NP[t] for t in types}
    operands.update(weak)

    def jt(dt):
        name = np.dtype(dt).name
        return name if name == "float16" else JT[name]

    import itertools
    for n in (1, 2, 3):
        for combo in itertools.product(list(operands), repeat=n):
            values = [operands[c] for c in combo]
            rows.append(["result_type", ";".join(combo), jt(np.result_type(*values))])
    for a in types:
        for b in types:
            rows.append(["promote_types", a + ";" + b, jt(np.promote_types(NP[a], NP[b]))])
            for casting in ("no", "equiv", "safe", "same_kind", "unsafe"):
                rows.append(["can_cast", "%s;%s;%s" % (a, b, casting),
                             "true" if np.can_cast(NP[a], NP[b], casting) else "false"])
    for n in (0, 1, 2):
        for combo in itertools.product(types, repeat=n):
            try:
                expected = jt(np.common_type(*[np.zeros(1, NP[t]) for t in combo]))
            except TypeError:
                expected = "error"
            rows.append(["common_type", ";".join(combo) if combo else "-", expected])
    for t in types:
        for kind in ("bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating",
                     "numeric"):
            rows.append(["isdtype", t + ";" + kind, "true" if np.isdtype(np.dtype(NP[t]), kind) else "false"])
        for name in ("generic", "number", "integer", "signedinteger", "unsignedinteger", "inexact", "floating",
                     "complexfloating", "bool", "int8", "uint8", "int16", "uint16", "int32", "int64", "float16",
                     "float32", "float64", "uint32"):
            abstract = np.bool_ if name == "bool" else getattr(np, name)
            rows.append(["issubdtype", t + ";" + name, "true" if np.issubdtype(NP[t], abstract) else "false"])
    for t in ("float32", "float64", "float16"):
        f = np.finfo(NP[t])
        fields = [f.bits, f.eps, f.epsneg, f.max, f.min, f.smallest_normal, f.smallest_subnormal, f.resolution,
                  f.precision, f.nmant, f.nexp, f.maxexp, f.minexp]
        rows.append(["finfo", t, " ".join(repr(float(v)) if isinstance(v, np.floating) else str(v) for v in fields)])
    for t in types:
        try:
            i = np.iinfo(NP[t])
            rows.append(["iinfo", t, "%d %d %d" % (i.bits, i.min, i.max)])
        except ValueError:
            rows.append(["iinfo", t, "error"])
    # np.min_scalar_type of Python ints, floats and bools, of 0-d arrays (by value, within their own
    # type) and of arrays with dimensions (their own type). jtensor has no uint64 (a documented
    # deviation): where NumPy answers it, the expectation is int64
    def min_scalar(value, numpy_answer):
        name = np.dtype(numpy_answer).name
        return "int64" if name == "uint64" else name

    for v in (0, 1, 255, 256, 65535, 65536, I32_MAX, I32_MAX + 1, 2**32 - 1, 2**32, I64_MAX, -1, -128, -129,
              -32768, -32769, I32_MIN, I32_MIN - 1, I64_MIN):
        rows.append(["min_scalar_type", "py_int;%d" % v, min_scalar(v, np.min_scalar_type(v))])
    for v in (0.0, -0.0, 0.1, 1.5, 64999.0, 65000.0, -64999.5, -65000.0, 65504.0, 1e5, 3.3999e38, 3.4e38, -3.4e38,
              1e300, 5e-324, math.inf, -math.inf, math.nan):
        rows.append(["min_scalar_type", "py_float;%r" % v, np.min_scalar_type(v).name])
    for v in (True, False):
        rows.append(["min_scalar_type", "py_bool;%s" % fmt(v, "bool"), np.min_scalar_type(v).name])
    zero_d = [("bool", True), ("int8", -1), ("int8", 5), ("uint8", 200), ("int16", 300), ("int16", -200),
              ("uint16", 65535), ("int32", -5), ("int32", 70000), ("int64", 2**40), ("int64", -2**40),
              ("uint32", U32_MAX), ("uint32", 70000), ("uint32", 200), ("int64", 2**32 - 1),
              ("int64", 7), ("float16", 65504.0), ("float16", 1.5), ("float32", 3.4028235e38), ("float32", 1e5),
              ("float32", 0.5), ("float64", 1e300), ("float64", 1e5), ("float64", -0.25), ("float64", math.nan)]
    for dtype, v in zero_d:
        arr = np.array(v, NP[dtype])
        rows.append(["min_scalar_type", "0d;%s;%s" % (dtype, fmt(arr, dtype)),
                     min_scalar(int(arr) if dtype in STORAGE_INTS + ["int32", "int64"] else 0, np.min_scalar_type(arr))])
    for dtype in types:
        rows.append(["min_scalar_type", "1d;" + dtype, jt(np.min_scalar_type(np.zeros(2, NP[dtype])))])
    write("types.csv", ["op", "args", "expected"], rows, """
np.result_type over every combination of 1 to 3 operands from jtensor's types and Python's weak
bool/int/float scalars (py_bool, py_int, py_float: NEP 50), np.promote_types and np.can_cast (every
casting) over every pair of types, np.common_type of 0 to 2 arrays ('-' for none), np.isdtype and
np.issubdtype of every type with every kind / abstract type name, np.finfo's fields (bits eps epsneg max min smallest_normal
smallest_subnormal resolution precision nmant nexp maxexp minexp), np.iinfo's (bits min max; error
where NumPy refuses the type) and np.min_scalar_type of Python ints, floats and bools ('py_int;v'), 0-d
arrays ('0d;dtype;v') and 1-d ones ('1d;dtype'); where NumPy answers uint64 the expectation is
jtensor's documented int64.""")


# ---------------------------------------------------------------------------------------------
# np.savetxt and np.loadtxt (textio.csv plus the text files under tests/src/test/resources/io/textio/).
# savetxt rows: inputs one tensor (manip_operand text, views included), args the keyword arguments
# URL-encoded as k=v&k=v (fmtcol=... once per column for a list fmt), result_dtype 'text' with
# expected the file holding NumPy's exact bytes, or 'error' with the exception NumPy raised.
# loadtxt rows: inputs the text file NumPy reads (written here, bytes as given), args as above
# (dtype, comments, delimiter, skiprows, usecols as i;j, unpack, ndmin, max_rows; 'none' for None),
# result_dtype/shape/expected NumPy's result, or 'error' with the exception.

TEXTIO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "io", "textio")


def textio_args(kwargs):
    from urllib.parse import quote
    parts = []
    for k, v in kwargs.items():
        if k == "fmt" and isinstance(v, list):
            parts += ["fmtcol=" + quote(f, safe="") for f in v]
        elif k == "usecols":
            parts.append("usecols=" + ("none" if v is None else ";".join(str(c) for c in np.atleast_1d(v))))
        else:
            parts.append(k + "=" + quote(str(v), safe=""))
    return "&".join(parts) if parts else "-"


def gen_textio():
    import io as textio_io
    if ONLY is not None and "textio" not in ONLY:
        print("skipped %-20s (not asked for)" % "textio.csv")
        return
    os.makedirs(TEXTIO, exist_ok=True)
    for old in os.listdir(TEXTIO):
        os.remove(os.path.join(TEXTIO, old))
    rows = []
    nan, inf = np.nan, np.inf

    def save(spec, **kwargs):
        text, arr = manip_operand(spec)
        name = "save_%03d.txt" % len(rows)
        buffer = textio_io.BytesIO()
        try:
            np.savetxt(buffer, arr, **kwargs)
        except (ValueError, TypeError, AttributeError, OverflowError) as e:
            rows.append(["savetxt", text, textio_args(kwargs), "error", "-", type(e).__name__])
            return
        with open(os.path.join(TEXTIO, name), "wb") as f:
            f.write(buffer.getvalue())
        rows.append(["savetxt", text, textio_args(kwargs), "text", "-", name])

    def load(content, **kwargs):
        name = "load_%03d.txt" % len(rows)
        with open(os.path.join(TEXTIO, name), "wb") as f:
            f.write(content.encode("utf-8"))
        try:
            res = np.loadtxt(os.path.join(TEXTIO, name), **kwargs)
        except (ValueError, TypeError) as e:
            rows.append(["loadtxt", name, textio_args(kwargs), "error", "-", type(e).__name__])
            return
        dt = "float16" if res.dtype == np.float16 else JT[res.dtype.name]
        rows.append(["loadtxt", name, textio_args(kwargs), dt, fmt_shape(res.shape),
                     fmt_list(res, dt) if res.size else "-"])

    specials = [1.5, -0.0, nan, -inf, inf, 1e300, 1e-310, 0.1, 1 / 3, -2.5e-7, 123456789.0, 5e-324]
    # savetxt: NumPy's default %.18e on every dtype, 1-d and 2-d, views
    save(T("float64", specials, (3, 4)))
    save(T("float64", specials))
    save(T("float32", [0.1, -0.0, nan, inf, 3.4e38, 1e-45, 1.5, -2.75], (2, 4)))
    save(T("int64", [0, -5, I64_MAX, I64_MIN, 2**62 + 1, 2**53 + 1], (2, 3)))
    save(T("int32", [0, -5, I32_MAX, I32_MIN], (2, 2)))
    save(T("bool", [True, False, True, True], (2, 2)))
    save(T("float64", specials, (3, 4), "T"))
    save(T("float64", specials, (6, 2), "rev"), fmt="%.3g")
    save(T("int64", list(range(12)), (6, 2), "step2"), fmt="%d", delimiter=",")
    # header, footer, comments, newline, delimiter
    save(T("int64", [1, 2, 3, 4], (2, 2)), fmt="%d", delimiter=",", header="a\nb", footer="f", comments="// ")
    save(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), fmt="%.1f", newline=";", header="h", footer="x\ny")
    save(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), fmt="%.1f", delimiter="\t", newline="\r\n", header="h", comments="")
    save(T("float64", [1.0, 2.0], (1, 2)), header="", footer="", comments="#")
    # %d on integers and floats (truncation toward zero), flags, precision
    save(T("float64", [2.5, -2.5, 1e20, -0.0, 0.99, -0.99, 9007199254740993.0, -1e300]), fmt="%d")
    save(T("int64", [3, -4, 0, I64_MIN], (2, 2)), fmt="%05d")
    save(T("int32", [3, -4, 0, 12345], (2, 2)), fmt="%+.3d")
    save(T("int32", [3, -4, 0, 12345], (2, 2)), fmt="%-6i|")
    save(T("bool", [True, False]), fmt="%d")
    save(T("int64", [7, -8]), fmt="%u")
    save(T("int64", [7, -8]), fmt="%ld")
    save(T("float64", [nan]), fmt="%d")
    save(T("float64", [1.0, -inf]), fmt="%d")
    # %f: ties to even on the exact binary value, huge and tiny values, sign of zero
    save(T("float64", [0.125, 0.375, 2.5, 1e16, -0.001, 0.005, 0.015, 1e22, 2**70, -1e-320]), fmt="%.2f")
    save(T("float64", [0.5, 1.5, 2.5, -0.5, 0.0, 1e300]), fmt="%.0f")
    save(T("float64", [0.1, 1 / 3]), fmt="%.30f")
    save(T("float64", [0.1, 1 / 3, nan, -inf]), fmt="%F")
    save(T("float64", [1.0, 0.0]), fmt="%#.0f")
    # %e: rounding carries, exponent digits, precision 0, upper case
    save(T("float64", [9.9999995, 9.995, 9.994999, 0.0, -0.0, 1e-300, 1e100, 123.456, 5e-324, 1.7976931348623157e308]),
         fmt="%.2e")
    save(T("float64", [123.456, 0.5, 1.5, 2.5, 0.0]), fmt="%.0e")
    save(T("float64", [123.456, 1.0]), fmt="%#.0e")
    save(T("float64", [1e-300, 0.1]), fmt="%.25e")
    save(T("float64", [1.5, -1e-10, nan, -inf, inf]), fmt="%E")
    save(T("float64", [-1.5, 2.0], (1, 2)), fmt="% .1e")
    # %g: switch between %e and %f after rounding, trailing zeros, alternate form
    save(T("float64", [0.0001, 123456789.0, 1e-5, 100000.0, 1234567.0, 0.5, nan, -inf, -0.0, 999999.5,
                       0.00009999995, 1e16, 123456.0, 0.0, 1e-310], (3, 5)), fmt="%g")
    save(T("float64", [0.0001, 123456789.0, 1e-5, 100000.0, 99.95, 0.1]), fmt="%.3G")
    save(T("float64", [1 / 3, 2 / 3, 1e22, 0.1]), fmt="%.17g")
    save(T("float64", [1.0, 0.5, 100.0, 1e-5]), fmt="%#g")
    save(T("float64", [1.0, 12.5, 0.05]), fmt="%.0g")
    save(T("int64", [1, 123456789, -7, 2**62]), fmt="%g")
    save(T("float32", [0.1, 1 / 3, 16777217.0]), fmt="%.10g")
    # width and flags, nan/inf padding
    save(T("float64", [nan, -inf, 1.5], (1, 3)), fmt="%+010.3f")
    save(T("float64", [nan, -inf, 1.5], (1, 3)), fmt="%-10.3f")
    save(T("float64", [nan, -inf, 1.5], (1, 3)), fmt="%12.4e")
    save(T("float64", [1.5, -1.5], (1, 2)), fmt="%+g")
    # per-column formats, multi-specifier strings, %%
    save(T("float64", [1.0, 2.0, 3.0, 4.5, 5.25, -6.0], (2, 3)), fmt=["%.2f", "%e", "%d"])
    save(T("float64", [1.0, 2.0, 3.0, 4.0], (2, 2)), fmt=["%.1f%%", "x=%g"], delimiter=", ")
    save(T("float64", [1.0, 2.0], (1, 2)), fmt="%.2f|%g")
    save(T("float64", [1.0, 2.0], (1, 2)), fmt="%.2f|%g|%e")
    save(T("float64", [1.0, 2.0], (1, 2)), fmt=["%f"])
    save(T("float64", [1.0, 2.0], (1, 2)), fmt="%5.1f%%")
    save(T("float64", [1.0]), fmt="abc")
    save(T("float64", [1.0]), fmt="%x")
    save(T("float64", [1.0, 2.0]), fmt="[%.1f]")
    # shapes
    save(T("float64", [], (0,)))
    save(T("float64", [], (2, 0)))
    save(T("float64", [], (0, 3)), fmt="%d", header="empty")
    save(T("float64", [7.0], ()))
    save(T("float64", list(range(8)), (2, 2, 2)))

    # loadtxt: NumPy 2's float literals, whitespace and delimiters, comments, blank lines
    load("nan inf -inf +1.5e3 1. .5 -nan Infinity NaN nAn INF iNfInItY 1e400 -1e-400 -0 0.1\n")
    load("1 2\n3 4\n")
    load(" 1  2 \n\t3 4\n\n   \n5\x0b6\x0c\n")
    load("1,2\n3, 4 \n", delimiter=",")
    load("1;2\r\n3;4\r\n", delimiter=";")
    load("1 2\r3 4\r")
    load("# head\n1 2 # tail\n\n# mid\n3 4\n")
    load("1 2 // c\n3 4\n", comments="//")
    load("1 2 # c\n3 4\n", comments=None)
    load("# c,d\n1,2\n", delimiter=",", comments="#")
    load("1\t2\n3\t4\n", delimiter="\t")
    load("1\u00a02\u30003\n4 5\u20036\n")
    load("1 2\n", delimiter=" ")
    load("1,\u00a02\u2003\n", delimiter=",")
    load("0.1 0.2\n3.4e38 1e-46\n16777217 -0\n", dtype="float32")
    load("1 2\n3 -4\n", dtype="int64")
    load("+7 -3\n%d %d\n" % (I64_MAX, I64_MIN), dtype="int64")
    load("7 -3\n%d %d\n" % (I32_MAX, I32_MIN), dtype="int32")
    load("1 0\n2 -3\n", dtype="bool")
    # skiprows, max_rows, usecols, ndmin, unpack
    load("1 2\n3 4\n5 6\n", skiprows=1, max_rows=1)
    load("# a\n1 2\n# b\n3 4\n5 6\n", skiprows=1, max_rows=2)
    load("1 2\n3 4\n", max_rows=0)
    load("x y\n1 2\n3 4\n", skiprows=1)
    load("1 2 3\n4 5 6\n", usecols=(0, 2))
    load("1 2 3\n4 5 6\n", usecols=-1)
    load("1 2 3\n4 5 6\n", usecols=(2, -3, 0, 0))
    load("1 2 3\n4 5\n", usecols=(0, 1))
    load("1 2\n3 4\n", usecols=())
    load("1 2\n3 4\n", unpack=True)
    load("1 2 3\n", unpack=True)
    load("1 2 3\n4 5 6\n", unpack=True, usecols=(0, 2))
    for text in ["5\n", "1 2 3\n", "1\n2\n3\n", "1 2\n3 4\n"]:
        for ndmin in (0, 1, 2):
            load(text, ndmin=ndmin)
    load("1\n2\n3\n", ndmin=2, unpack=True)
    # empty input
    for ndmin in (0, 1, 2):
        load("", ndmin=ndmin)
    load("# only a comment\n\n")
    load("", usecols=(0, 1))
    load("", ndmin=2, unpack=True)
    load("1 2\n", max_rows=0, usecols=(0, 1))
    # errors
    load("0x1p3\n")
    load("1_000\n")
    load("1e\n")
    load("1.0f\n")
    load("1 abc\n")
    load("1,,2\n", delimiter=",")
    load("\t1\t2\n", delimiter="\t")
    load("1 2\n3\n")
    load("1 2\n3 4 5\n")
    load("# c\n\n1 2\n3\n")
    load("1,2\n  \n3,4\n", delimiter=",")
    load("1 2 3\n4 5 6\n", usecols=5)
    load("1 2 3\n4 5\n", usecols=(2,))
    load("1 2\n", usecols=(-3,))
    load("1.0 2\n", dtype="int64")
    load("1e5\n", dtype="int64")
    load("3000000000\n", dtype="int32")
    load("99999999999999999999\n", dtype="int64")
    load("true 0\n", dtype="bool")
    load("1.5\n", dtype="bool")
    load("1, 2\n")
    load("1  2\n", delimiter=" ")
    load("  # c\n1,2\n", delimiter=",")
    load("1,2,\n", delimiter=",")
    load("\ufeff1 2\n")
    load("1 2\n", skiprows=-1)
    load("1 2\n", ndmin=3)
    load("1 2\n", delimiter="  ")
    load("1 2\n", comments="")
    load("1,2\n", delimiter=",", comments=",")
    # float16: the exact half values through every conversion
    save(T("float16", [0.1, -0.0, nan, inf, 65504.0, 6e-08, 1.5, -2.75], (2, 4)))
    save(T("float16", [0.1, 1 / 3, 2049.0, 1000.0, 6e-08, -inf]), fmt="%.10g")
    save(T("float16", [0.1, 1 / 3, 2049.0, 1000.0, 6e-08, nan]), fmt="%g")
    save(T("float16", [0.1, 2.5, -3.5, 65504.0]), fmt="%d")
    save(T("float16", [0.1, 1 / 3, 3e-05], (3, 1), "rev"), fmt="%.3f", delimiter=",")
    # float16: parsed as a double and rounded once (1.0004882812500009 is just above a half-way point)
    load("0.1 0.2\n65504 65519.99\n65520 -1e9\n6e-08 2.9e-08\n2.9802322387695312e-08 8.9407e-08\n"
         "-0 1e-7\nnan -inf\n1.0004882812500009 1.00048828125\n", dtype="float16")
    load("1 2\n3 4\n", dtype="float16", usecols=(1,), ndmin=2)
    load("1 abc\n", dtype="float16")
    # the small integer types: %.18e and %d at the limits; loadtxt refuses a token out of the type's
    # range, a sign on an unsigned type ('-0' too) and float syntax, as NumPy's parser
    save(T("int8", [-128, 0, 127, 5], (2, 2)))
    save(T("uint8", [255, 0, 7, 128], (2, 2)), fmt="%d")
    save(T("int16", [-32768, 32767, -1], (3, 1), "rev"), fmt="%d", delimiter=",")
    save(T("uint16", [65535, 0, 300]), fmt="%.3g")
    save(T("uint8", [255, 0, 16], (1, 3)), fmt="%+d")
    save(T("int8", [-1, 0, 100]), fmt="%u")
    load("-128 127\n0 5\n", dtype="int8")
    load("255 0\n+7 1\n", dtype="uint8")
    load("-32768 32767\n", dtype="int16")
    load("65535 0\n", dtype="uint16", ndmin=2)
    load("128\n", dtype="int8")
    load("-129\n", dtype="int8")
    load("-1\n", dtype="uint8")
    load("7 -0\n", dtype="uint8")
    load("256\n", dtype="uint8")
    load("32768\n", dtype="int16")
    load("65536\n", dtype="uint16")
    load("1.5\n", dtype="int8")
    load("1e2\n", dtype="uint8")
    # uint32: up to 4294967295 ('%d' and '%.18e' exact), 4294967296 and -1 refused
    save(T("uint32", [U32_MAX, 0, 2**31], (3, 1)), fmt="%d")
    save(T("uint32", [U32_MAX, 0, 7, 65537], (2, 2)))
    load("4294967295 0\n2147483648 +7\n", dtype="uint32")
    load("4294967296\n", dtype="uint32")
    load("-1\n", dtype="uint32")
    # np.savez_compressed: an archive of deflated members for Np.loadNpz (checked in TextIoTest)
    np.savez_compressed(os.path.join(TEXTIO, "compressed.npz"), a=np.arange(6.0).reshape(2, 3),
                        b=np.array([1, -2, I32_MAX], np.int32), c=np.array([True, False]),
                        d=np.arange(24, dtype=np.int64).reshape(2, 3, 4).transpose(2, 0, 1))
    write("textio.csv", ["op", "inputs", "args", "result_dtype", "shape", "expected"], rows, """
np.savetxt and np.loadtxt; see gen_textio in generate.py for the columns. The text files named here
are in tests/src/test/resources/io/textio/.
""")


# ---------------------------------------------------------------------------------------------
# window functions, i0 and small helpers (index arrays from a tensor, ix_, unstack, broadcast_shapes,
# matvec, vecmat, unwrap, polydiv), composed of element-wise ops, matmul, diff and cumsum

def gen_windows():
    rows = []

    def emit(op, specs, args, compute, check="exact"):
        texts, values = zip(*[manip_operand(s) for s in specs]) if specs else (("-",), ())
        try:
            with np.errstate(all="ignore"):
                res = compute(*values)
        except (ValueError, IndexError, TypeError) as e:
            rows.append([op, ";".join(texts), args, "error", "-", type(e).__name__, "-"])
            return
        if op == "broadcast_shapes":
            rows.append([op, ";".join(texts), args, "shape", fmt_shape(res), "-", check])
            return
        parts = [np.asarray(r) for r in res] if isinstance(res, (tuple, list)) else [np.asarray(res)]
        dts = [JT[r.dtype.name] for r in parts]
        vals = [fmt_list(r, dt) for r, dt in zip(parts, dts) if r.size]
        rows.append([op, ";".join(texts), args, ";".join(dts) if parts else "-",
                     ";".join(fmt_shape(r.shape) for r in parts) if parts else "-",
                     " ".join(vals) if vals else "-", check])

    nan, inf = np.nan, np.inf
    # windows: float64 of length M (M < 1 empty, M == 1 ones); cos-based ones within cos's error
    for m in (-3, 0, 1, 2, 3, 4, 5, 8, 12, 51, 256):
        emit("hanning", [], "M=%d" % m, lambda: np.hanning(m), "cos")
        emit("hamming", [], "M=%d" % m, lambda: np.hamming(m), "cos")
        emit("blackman", [], "M=%d" % m, lambda: np.blackman(m), "cos")
        emit("bartlett", [], "M=%d" % m, lambda: np.bartlett(m))
    for m, beta in ((-2, 5.0), (0, 5.0), (1, 14.0), (2, 5.0), (3, 5.0), (4, 0.0), (5, 8.6), (12, 14.0), (51, 2.5),
                    (64, -6.0), (7, 30.0), (6, inf), (5, nan)):
        emit("kaiser", [], "M=%d beta=%s" % (m, fmt(beta, "float64")), lambda: np.kaiser(m, beta), "kaiser")

    # i0: both branches, the boundary at 8, overflow of exp, NaN and +-Inf (i0(inf) is NaN: inf/inf)
    edge = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 7.999999, 8.0, 8.000001, -8.0, 12.5, 20.0, -30.0, 100.0, 700.0,
            713.0, 714.0, 1e-300, 5e-324, nan, inf, -inf, 3.75, -6.25]
    emit("i0", [T("float64", edge)], "-", np.i0, "i0")
    emit("i0", [T("float32", [v for v in edge if abs(v) < 90 or v != v or abs(v) == inf] + [88.0, 89.0, 90.0])],
         "-", np.i0, "i0")
    emit("i0", [T("float16", [v for v in edge if abs(v) < 12 or v != v or abs(v) == inf])], "-", np.i0, "i0")
    emit("i0", [T("float64", edge, (4, 6), "T")], "-", np.i0, "i0")
    emit("i0", [T("float64", edge[:12], (12,), "rev")], "-", np.i0, "i0")
    emit("i0", [T("int32", [0, 1, -3, 8, 9, -20, 50])], "-", np.i0, "i0")
    emit("i0", [T("int64", [0, 2, -7, 16, 700], (5,))], "-", np.i0, "i0")
    emit("i0", [T("bool", [True, False, True])], "-", np.i0, "i0")
    emit("i0", [T("float64", 3.5, ())], "-", np.i0, "i0")
    emit("i0", [T("float64", [], (0, 3))], "-", np.i0, "i0")

    # index arrays from a tensor: NumPy's shape checks
    for shape in ((3, 3), (2, 2, 2), (1, 1), (0, 0), (4, 4, 4, 4), (3,), (2, 3), (2, 2, 3), ()):
        a = T("float64", np.arange(int(np.prod(shape))), shape)
        emit("diag_indices_from", [a], "-", np.diag_indices_from)
    for shape in ((3, 3), (2, 4), (4, 2), (0, 3), (1, 1), (3,), (2, 2, 2), ()):
        a = T("int32", np.arange(int(np.prod(shape))), shape)
        for k in (0, 1, -1, 3, -5):
            emit("tril_indices_from", [a], "k=%d" % k, lambda x: np.tril_indices_from(x, k))
            emit("triu_indices_from", [a], "k=%d" % k, lambda x: np.triu_indices_from(x, k))

    # ix_: open mesh; bool is nonzero; an empty ndarray keeps its type; non-1-d is an error
    emit("ix", [T("int64", [0, 2]), T("int64", [1, 3, 4])], "-", np.ix_)
    emit("ix", [T("bool", [True, False, True, True]), T("float64", [1.5, 2.5]), T("int32", [7])], "-", np.ix_)
    emit("ix", [T("float64", [], (0,)), T("bool", [False, False])], "-", np.ix_)
    emit("ix", [T("int32", [5, 1, 3], (3,), "rev")], "-", np.ix_)
    emit("ix", [T("int64", [4, 5, 6, 7], (4,), "step2"), T("int64", [1, 2])], "-", np.ix_)
    emit("ix", [T("int64", [0, 1]), T("int64", [0, 1, 2, 3], (2, 2))], "-", np.ix_)
    emit("ix", [T("int64", 3, ())], "-", np.ix_)
    emit("ix", [T("float64", [], (0, 2))], "-", np.ix_)

    # unstack (NumPy 2.1): views along an axis
    x = np.arange(24.0) - 11.5
    for shape, axis in (((2, 3), 0), ((2, 3), 1), ((2, 3), -1), ((2, 3, 4), 1), ((2, 3, 4), -3), ((5,), 0),
                        ((0, 3), 0), ((0, 3), 1), ((2, 3), 2), ((2, 3), -3), ((), 0)):
        spec = T("float64", x[:int(np.prod(shape))], shape)
        emit("unstack", [spec], "axis=%d" % axis, lambda v: np.unstack(v, axis=axis))
    emit("unstack", [T("int32", np.arange(12), (3, 4), "T")], "axis=0", lambda v: np.unstack(v, axis=0))
    emit("unstack", [T("bool", [True, False, True, True, False, False], (2, 3))], "axis=1",
         lambda v: np.unstack(v, axis=1))

    # broadcast_shapes: args are the shapes, ';'-separated ("0d" is ())
    for shapes in (((3, 1), (4,)), ((2, 1, 5), (3, 1), (1,)), ((), (4,)), ((0,), (1,)), ((0, 1), (1, 5)), ((),),
                   ((7,),), ((3,), (4,)), ((2, 3), (3, 2)), ((1, 0), (2,)), ((-1,),), ((2,), (-2, 2))):
        args = ";".join(fmt_shape(s) for s in shapes)
        emit("broadcast_shapes", [], args, lambda: np.broadcast_shapes(*shapes))

    # matvec / vecmat (NumPy 2.2 gufuncs): small integral values, exact in any summation order
    def ints(dtype, shape, seed, view="-"):
        n = int(np.prod(shape))
        return T(dtype, [((i * 7 + seed * 3) % 11) - 5 for i in range(n)], shape, view)

    for op, f in (("matvec", np.matvec), ("vecmat", np.vecmat)):
        for dtype in ("float64", "float32", "int32", "int64"):
            if op == "matvec":
                emit(op, [ints(dtype, (3, 4), 1), ints(dtype, (4,), 2)], "-", f)
                emit(op, [ints(dtype, (2, 1, 3, 4), 3), ints(dtype, (5, 4), 4)], "-", f)
            else:
                emit(op, [ints(dtype, (3,), 1), ints(dtype, (3, 4), 2)], "-", f)
                emit(op, [ints(dtype, (5, 3), 3), ints(dtype, (2, 1, 3, 4), 4)], "-", f)
        a, v = (ints("float64", (3, 4), 5, "T"), ints("int32", (3,), 6)) if op == "matvec" else \
            (ints("int32", (4,), 6), ints("float64", (3, 4), 5, "T"))
        emit(op, [a, v] if op == "matvec" else [a, v], "-", f)
        emit(op, [ints("float32", (2, 3, 3), 7), ints("int64", (2, 3), 8)], "-", f)
        bits = [T("bool", [True, False, True, True, False, False], (2, 3)), T("bool", [False, True, True])]
        emit(op, bits if op == "matvec" else [bits[1], T("bool", [True, False, True, True, False, False], (3, 2))],
             "-", f)
        emit(op, [ints("float64", (0, 3), 1), ints("float64", (3,), 2)] if op == "matvec"
             else [ints("float64", (3,), 2), ints("float64", (3, 0), 1)], "-", f)
        emit(op, [ints("float64", (2, 0), 1), ints("float64", (0,), 2)] if op == "matvec"
             else [ints("float64", (0,), 2), ints("float64", (0, 2), 1)], "-", f)
        # errors: core mismatch, too few dimensions, batches that do not broadcast
        emit(op, [ints("float64", (3, 4), 1), ints("float64", (3,), 2)] if op == "matvec"
             else [ints("float64", (4,), 1), ints("float64", (3, 4), 2)], "-", f)
        emit(op, [ints("float64", (4,), 1), ints("float64", (4,), 2)], "-", f)
        emit(op, [ints("float64", (3, 4), 1), T("float64", 2.0, ())] if op == "matvec"
             else [T("float64", 2.0, ()), ints("float64", (3, 4), 1)], "-", f)
        emit(op, [ints("float64", (2, 3, 4), 1), ints("float64", (3, 4), 2)] if op == "matvec"
             else [ints("float64", (3, 3), 1), ints("float64", (2, 3, 4), 2)], "-", f)

    # unwrap: args 'discont=d|none axis=a period=p' (p an int when written without a point)
    def unwrap(spec, discont=None, axis=-1, period=None):
        per = 2 * np.pi if period is None else period
        args = "discont=%s axis=%d period=%s" % ("none" if discont is None else fmt(discont, "float64"), axis,
                                                 "default" if period is None else
                                                 (str(period) if isinstance(period, int) else fmt(period, "float64")))
        emit("unwrap", [spec], args, lambda x: np.unwrap(x, discont=discont, axis=axis, period=per))

    phase = [0.0, 1.0, 3.5, 6.5, 0.2, -3.0, -9.5, 10.0, 12.5, -0.5, 4.0, 40.0]
    unwrap(T("float64", phase))
    unwrap(T("float32", phase))
    unwrap(T("float16", phase))
    unwrap(T("float16", [0.0, 170.0, 350.0, 10.0, 190.0, 180.0, 0.0]), period=360.0)
    unwrap(T("float64", phase), discont=4.0)
    unwrap(T("float64", phase), discont=1.0)
    unwrap(T("float64", phase, (3, 4)), axis=0)
    unwrap(T("float64", phase, (3, 4)), axis=1)
    unwrap(T("float64", phase, (4, 3), "T"), axis=-2)
    unwrap(T("float64", phase, (12,), "rev"))
    unwrap(T("float64", [0.0, np.pi, 2 * np.pi, np.pi, 0.0, -np.pi, 0.0]))
    unwrap(T("float64", [0.0, 1.0, nan, 2.0, 9.0]))
    unwrap(T("float64", [0.0, inf, 1.0]))
    unwrap(T("float64", [5.0]))
    unwrap(T("float64", [], (0,)))
    unwrap(T("float64", phase, (2, 6)), axis=1, period=360.0)
    unwrap(T("float64", [0.0, 170.0, 350.0, 10.0, 190.0, 180.0, 0.0]), period=360.0)
    unwrap(T("float64", [0.0, 180.0, 0.0, -180.0]), discont=None, period=360.0)
    unwrap(T("int64", [2, 3, 4, 5, 2, 3, 4, 5]), period=4)
    unwrap(T("int64", [0, 1, 2, 3, 4, 5, 0, 1, 4, 1]), period=6)
    unwrap(T("int32", [0, 1, 2, 3, 4, 0, 1, 4, 9]), period=5)
    unwrap(T("int32", [0, 3, -3, 6, 0]), period=6)
    unwrap(T("int64", [0, 2, 5, 1]), period=4.0)
    unwrap(T("int64", [0, 2, 5, 1]))
    unwrap(T("float32", [0.0, 3.0, 5.0, 1.0]), period=4)
    unwrap(T("int64", [0, 7, 1, 8], (2, 2)), discont=3.0, axis=0, period=5)
    unwrap(T("float64", 3.0, ()))
    unwrap(T("float64", phase, (3, 4)), axis=2)
    unwrap(T("bool", [True, False, True]))

    # polydiv: NumPy's loop and remainder trimming (|r[0]| <= 1e-8 while more than one is left)
    def polydiv(u, v):
        emit("polydiv", [u, v], "-", np.polydiv)

    polydiv(T("float64", [3.0, 5.0, 2.0]), T("float64", [2.0, 1.0]))
    polydiv(T("float64", [1.0, -6.0, 11.0, -6.0]), T("float64", [1.0, -1.0]))
    polydiv(T("float64", [1.0, 0.0, 0.0, 0.0, -1.0]), T("float64", [1.0, 0.0, 1.0]))
    polydiv(T("float64", [0.1, 0.7, -1.3, 2.9, 0.3]), T("float64", [0.3, -0.2, 0.9]))
    polydiv(T("float64", [1.0, 2.0]), T("float64", [1.0, 2.0, 3.0]))
    polydiv(T("float64", [1e-9, 2.0, 1e-9, 3.0]), T("float64", [1.0]))
    polydiv(T("float64", [2.0, 4.0, 2.0]), T("float64", [1.0, 1.0]))
    polydiv(T("float64", [1.0, 3.0, 3.0, 1.0 + 1e-9]), T("float64", [1.0, 2.0, 1.0]))
    polydiv(T("float64", [1.0, 3.0, 3.0, 1.0 + 1e-7]), T("float64", [1.0, 2.0, 1.0]))
    # a leading remainder coefficient of 1e-9 (within allclose's atol 1e-8) is trimmed, then 5 stays
    polydiv(T("float64", [1.0, 0.0, 1.0 + 1e-9, 5.0]), T("float64", [1.0, 0.0, 1.0]))
    polydiv(T("float64", [1.0, 0.0, 1.0 + 1e-7, 5.0]), T("float64", [1.0, 0.0, 1.0]))
    polydiv(T("int64", [6, 5, 1]), T("int64", [2, 1]))
    polydiv(T("int32", [1, 0, -8]), T("int64", [1, -2]))
    polydiv(T("float32", [3.0, 5.0, 2.0, 0.7]), T("float32", [2.0, 1.0]))
    polydiv(T("float32", [3.0, 5.0, 2.0, 0.7]), T("float64", [0.3, 1.0]))
    polydiv(T("float64", [3.0, 5.0, 2.0, 0.7]), T("float32", [0.3, 1.0]))
    polydiv(T("float64", 6.0, ()), T("float64", 4.0, ()))
    polydiv(T("float64", [1.0, 2.0, 3.0]), T("float64", 2.0, ()))
    polydiv(T("float64", [1.0, 2.0, 3.0]), T("float64", [0.0, 1.0]))
    polydiv(T("float64", [1.0, nan, 3.0]), T("float64", [1.0, 1.0]))
    polydiv(T("float64", [5.0, 4.0, 3.0, 2.0, 1.0], (5,), "rev"), T("float64", [4.0, 0.0, 2.0], (3,), "step2"))
    polydiv(T("float64", [], (0,)), T("float64", [1.0]))
    polydiv(T("float64", [1.0]), T("float64", [], (0,)))

    # sliding_window_view: args 'w=a;b axes=c;d' (axes '-' for every axis); 'reduce=max' etc. reduces the
    # window axes (moving statistics, pooling), which reads the overlapping strides
    def windows(spec, window, axes=None, reduce=None, check="exact"):
        args = "w=%s axes=%s" % (";".join(str(w) for w in window),
                                 "-" if axes is None else ";".join(str(a) for a in axes))
        def compute(x):
            v = np.lib.stride_tricks.sliding_window_view(x, tuple(window), axis=None if axes is None else tuple(axes))
            if reduce is None:
                return v
            return getattr(np, reduce)(v, axis=tuple(range(x.ndim, v.ndim)))
        emit("sliding_window_view", [spec], args + ("" if reduce is None else " reduce=" + reduce), compute, check)

    for dtype in ("float64", "float32", "int32", "int64", "bool", "float16"):
        windows(T(dtype, np.arange(7) % 3 if dtype == "bool" else np.arange(7) * 1.5 - 4), [3])
        windows(T(dtype, np.arange(12) % 2 if dtype == "bool" else np.arange(12) - 5, (3, 4)), [2, 3])
    windows(T("float64", np.arange(12.0), (3, 4), "T"), [2, 2])
    windows(T("float64", np.arange(12.0), (12,), "rev"), [5])
    windows(T("float64", np.arange(10.0), (10,), "step2"), [2])
    windows(T("int32", np.arange(24), (2, 3, 4)), [2], axes=[2])
    windows(T("int32", np.arange(24), (2, 3, 4)), [2, 3], axes=[-1, 1])
    windows(T("int64", np.arange(24), (2, 3, 4)), [2, 2], axes=[2, 2])
    windows(T("float64", np.arange(6.0)), [0])
    windows(T("float64", np.arange(6.0)), [6])
    windows(T("float64", 5.0, ()), [])
    windows(T("float64", np.arange(6.0), (2, 3)), [1, 1])
    # sums in another order than NumPy's: within 2 ULP or 16 eps absolutely (|x| < 11); max exact
    for reduce in ("mean", "max", "sum", "std"):
        check = "exact" if reduce == "max" else "sum"
        windows(T("float64", [3.5, -1.0, 2.0, 8.25, 0.5, 4.0, -2.5, 6.0]), [3], reduce=reduce, check=check)
        windows(T("float32", np.arange(20) * 0.37 - 2, (4, 5)), [2, 2], reduce=reduce, check=check)
        windows(T("float16", np.arange(20) * 0.37 - 2, (4, 5)), [2, 2], reduce=reduce, check=check)
        windows(T("int64", np.arange(30) * 7 % 11, (2, 3, 5)), [2, 3], axes=[1, 2], reduce=reduce, check=check)
    windows(T("float64", np.arange(6.0)), [7])
    windows(T("float64", np.arange(6.0)), [-1])
    windows(T("float64", np.arange(6.0), (2, 3)), [2])
    windows(T("float64", np.arange(6.0), (2, 3)), [2], axes=[0, 1])
    windows(T("float64", np.arange(6.0), (2, 3)), [2], axes=[2])
    # the small integer types: index arrays from them, ix_ of int8/uint16 indices, unstack, sliding
    # windows of 1- and 2-byte elements, and matvec/vecmat computed in the type (wrapping as NumPy's)
    emit("tril_indices_from", [T("int8", np.arange(12) - 6, (3, 4))], "k=0", lambda x: np.tril_indices_from(x, 0))
    emit("diag_indices_from", [T("uint16", np.arange(9), (3, 3))], "-", np.diag_indices_from)
    emit("ix", [T("int8", [0, -1]), T("uint16", [2, 65535 % 5]), T("uint8", [1])], "-", np.ix_)
    emit("unstack", [T("int16", [-32768, 32767, 0, 1, 2, 3], (2, 3), "T")], "axis=0", lambda v: np.unstack(v, axis=0))
    windows(T("uint8", [255, 0, 128, 7, 1, 200, 3, 4], (2, 4)), [2, 2])
    windows(T("int16", np.arange(10) * 7000 - 32768, (10,)), [3])
    emit("matvec", [T("int8", [100, 100, -128, 1, 2, 3], (2, 3)), T("int8", [2, 1, 1])], "-", np.matvec)
    emit("vecmat", [T("uint8", [255, 2]), T("uint8", [1, 2, 3, 4], (2, 2))], "-", np.vecmat)
    emit("matvec", [T("uint16", [60000, 10000, 1, 2], (2, 2)), T("int8", [1, -1])], "-", np.matvec)
    # uint32: ix_ keeps the type, 4-byte windows, matvec/vecmat wrapping modulo 2**32 (int64 with int8)
    emit("ix", [T("uint32", [2, 0]), T("uint32", [U32_MAX % 5])], "-", np.ix_)
    windows(T("uint32", [U32_MAX, 0, 2**31, 7, 1, 65537, 3, 4], (2, 4)), [2, 2])
    emit("matvec", [T("uint32", [U32_MAX, 2, 65536, 65536], (2, 2)), T("uint32", [2, 65536])], "-", np.matvec)
    emit("vecmat", [T("uint32", [U32_MAX, 2]), T("int8", [1, -2, 3, 4], (2, 2))], "-", np.vecmat)

    write("windows.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "check"], rows, """
np.hanning, np.hamming, np.blackman, np.bartlett (args 'M=m') and np.kaiser ('M=m beta=b'), M < 1, 1, 2
and longer windows; np.i0 over both branches, the boundary at 8, exp overflow, NaN and +-Inf, every
dtype, views, 0-d and empty.  np.diag_indices_from, np.tril_indices_from and np.triu_indices_from
(args 'k=k'), np.ix_ (bool inputs as nonzero, empty, non-1-d errors), np.unstack (args 'axis=a'),
np.lib.stride_tricks.sliding_window_view (args 'w=sizes axes=axes|-' [reduce=f: f over the window
axes]), np.broadcast_shapes (args: the shapes, ';'-separated, '0d' for ()), np.matvec and np.vecmat (batches,
mixed types, empty, errors), np.unwrap (args 'discont=d|none axis=a period=p|default', an integer
period written without a point), np.polydiv (quotient;remainder, mixed types, 0-d, trimming).  Outputs that are tuples have ';'-separated dtypes and shapes and their
values concatenated.  check: exact (bit for bit), cos (within the backend's cos error, absolutely on
the window's unit scale), i0 (the backend's exp error plus 2 ULP), kaiser (twice i0's plus 1 ULP),
shape (broadcast_shapes: the result shape).
""")


# ---------------------------------------------------------------------------------------------
# printing: format_float_positional/scientific, array2string, array_str/repr with print options

def print_escape(text):
    """A string as one CSV field: backslash, comma and newline escaped as \\\\, \\c and \\n."""
    return text.replace("\\", "\\\\").replace(",", "\\c").replace("\n", "\\n")


def gen_printing():
    rows = []
    nan, inf = np.nan, np.inf

    def options_text(opts):
        parts = []
        for k, v in opts.items():
            v = ("true" if v else "false") if isinstance(v, bool) else str(v)
            assert ";" not in v and "=" not in v, (k, v)
            parts.append("%s=%s" % (k, v))
        return ";".join(parts) if parts else "-"

    def emit(op, spec, opts, compute):
        text, value = manip_operand(spec)
        try:
            out = compute(value)
        except (ValueError, TypeError) as e:
            rows.append([op, text, print_escape(options_text(opts)), "error:" + type(e).__name__])
            return
        rows.append([op, text, print_escape(options_text(opts)), print_escape(out)])

    # format_float_positional / format_float_scientific
    keys = {"precision": "precision", "unique": "unique", "fractional": "fractional", "trim": "trim",
            "sign": "sign", "padLeft": "pad_left", "padRight": "pad_right", "expDigits": "exp_digits",
            "minDigits": "min_digits"}
    scalars = [0.0, -0.0, 1.0, -1.25, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 0.125, 0.15, 9.5, 0.95, 99.95,
               999.9999, 123456.789, 1e-7, 1.5e-5, 1e16, 1.2345678901234567e22, 5e-324, 2.2250738585072014e-308,
               1.7976931348623157e308, 16777217.0, 3.4028235e38, 1e-45, nan, inf, -inf,
               # shortest digits exactly halfway to a neighbour: taken because the mantissa is even
               18014398509481992.0, 33554448.0]
    positional = [{}, {"precision": 0}, {"precision": 1}, {"precision": 3}, {"precision": 10},
                  {"precision": 3, "unique": False}, {"precision": 20, "unique": False},
                  {"precision": 1, "fractional": False}, {"precision": 4, "fractional": False},
                  {"precision": 6, "fractional": False, "unique": False, "trim": "-"},
                  {"trim": "."}, {"trim": "0"}, {"trim": "-"}, {"precision": 2, "trim": "0"},
                  {"sign": True}, {"padLeft": 5, "padRight": 6}, {"padRight": 3, "trim": "-"},
                  {"minDigits": 5}, {"minDigits": 3, "precision": 5, "trim": "."},
                  {"minDigits": 4, "fractional": False}]
    scientific = [{}, {"precision": 0}, {"precision": 2}, {"precision": 5}, {"precision": 4, "unique": False},
                  {"precision": 20, "unique": False}, {"trim": "."}, {"trim": "0"}, {"trim": "-"},
                  {"precision": 1, "unique": False, "trim": "-"}, {"sign": True, "padLeft": 4},
                  {"expDigits": 0}, {"expDigits": 1}, {"expDigits": 3}, {"expDigits": 6}, {"minDigits": 4},
                  {"minDigits": 2, "precision": 6, "trim": "0"}]
    errors_pos = [{"unique": False}, {"precision": 0, "fractional": False}, {"minDigits": 5, "precision": 3},
                  {"precision": -2}, {"padLeft": -3}, {"trim": "x"}]
    errors_sci = [{"unique": False}, {"minDigits": 5, "precision": 3}, {"expDigits": -2}, {"trim": "k0"}]

    def numpy_kwargs(opts):
        return {keys[k]: v for k, v in opts.items()}

    scalars16 = [0.0, -0.0, 1.0, -1.25, 0.1, 1 / 3, 0.5, 2.5, 0.15, 9.5, 99.95, 999.5, 1000.0, 1024.0, 2049.0,
                 65504.0, 65520.0, 1e-4, 6.1035156e-05, 6e-08, 1.2e-07, 3e-05, 0.0999755859375, 123.4, nan, inf, -inf]
    for dtype, values in (("float64", scalars), ("float32", scalars), ("float16", scalars16)):
        for v in values:
            spec = T(dtype, v, ())
            for opts in positional + errors_pos:
                emit("format_float_positional", spec, opts,
                     lambda a, o=opts: np.format_float_positional(a[()], **numpy_kwargs(o)))
            for opts in scientific + errors_sci:
                emit("format_float_scientific", spec, opts,
                     lambda a, o=opts: np.format_float_scientific(a[()], **numpy_kwargs(o)))

    # arrays
    rng = np.random.default_rng(20261130)
    arrays = [
        T("float64", [1.0, 2.0, 3.0]), T("float64", [-1.5, 2.25, -0.001, 100.0]),
        T("float64", [nan, 1.0, -inf, inf, -2.5]), T("float64", [-0.0, 0.0]), T("float64", [nan, nan]),
        T("float64", [inf, 2.0]), T("float64", [1e10, 1.0, -3.5]), T("float64", [1e-5, 1.0, 0.5]),
        T("float64", [1e-100, 1.0, 1e100]), T("float64", rng.normal(0, 1, (3, 4))),
        T("float64", [0.1, 0.2, 0.30000000000000004]), T("float64", [1e-9, 3.14159265358979, -2.0]),
        T("float64", [123456789.123, 1.5]), T("float64", rng.uniform(-1, 1, (3, 12))),
        T("float64", rng.normal(0, 10, (2, 3, 2))), T("float64", np.arange(30) * 1.5),
        T("float64", rng.normal(0, 1, (2, 3)) * 1e9), T("float64", np.arange(1001) * 0.5),
        T("float64", np.arange(1020, dtype=float).reshape(30, 34)),
        T("float64", np.arange(1100, dtype=float).reshape(10, 11, 10) - 700),
        T("float32", [0.1, 0.2, 0.7]), T("float32", np.exp(np.array([1.0, 2.0, 3.0], np.float32))),
        T("float32", [1e6, 1.0]), T("float32", [999999.94, 1.0]), T("float32", [1e20, nan, 1.0]),
        T("float32", [np.float32(1e-4), 1.0]), T("float32", [123456.7, 0.5, -3.0]),
        T("int32", [1, -20, 300]), T("int32", [[1, 2, 3], [-4000, 5, 6]]), T("int64", [I64_MAX, I64_MIN, 0]),
        T("int64", np.arange(40) * 1000003), T("int64", np.arange(1001) - 500), T("int64", [0, 5, 7]),
        T("bool", [True, False, True]), T("bool", [[True, False], [False, False]]),
        T("float64", 2.5, ()), T("float64", 1e16, ()), T("float64", 1 / 3, ()), T("float64", nan, ()),
        T("float64", -0.0, ()), T("float64", 5e-324, ()), T("float64", [5e-324, 1e-310]), T("float32", 0.1, ()), T("float32", 1e6, ()), T("float32", 999999.94, ()),
        T("int32", -7, ()), T("int64", 12, ()), T("bool", True, ()),
        T("float64", [], (0,)), T("float64", [], (0, 3)), T("int32", [], (2, 0)), T("bool", [], (0,)),
        # float16: the cutoffs (1e3, 1e-4, ratio 1e3) compared in float16, subnormals, the largest half
        T("float16", [1.0, 2.0, 3.0]), T("float16", [0.1, 0.2, 0.7]), T("float16", [6e-08, 1.0, 65504.0]),
        T("float16", [nan, 1.0, -inf, inf, -2.5]), T("float16", [-0.0, 0.0]), T("float16", [999.5, 1.0]),
        T("float16", [1000.0, 1.0]), T("float16", [1e-4, 1.0]), T("float16", [9.995e-05, 1.0]),
        T("float16", [0.001, 1.0]), T("float16", [0.000999, 1.0]), T("float16", [6e-08, 1.2e-07, 3e-05]),
        T("float16", [65504.0, -65504.0]), T("float16", rng.normal(0, 1, (3, 4))),
        T("float16", rng.normal(0, 100, (2, 5))), T("float16", [1.5, 0.3333, 2049.0]),
        T("float16", np.arange(1001) * 0.5), T("float16", [], (0,)),
        T("float16", [7.0, 0.007]),                       # max/min is 1000.004 in float64, 1000 in float16
        T("float16", 0.1, ()), T("float16", 1000.0, ()), T("float16", 999.5, ()), T("float16", 6e-08, ()),
        T("float16", 65504.0, ()), T("float16", -0.0, ()), T("float16", nan, ()), T("float16", 1e-4, ()),
        # the small integer types: repr names the dtype (array([1, 2], dtype=int8)), widths with signs
        T("int8", [-128, 0, 127]), T("int8", [[1, -2, 3], [100, 5, -6]]), T("uint8", [0, 7, 255]),
        T("uint8", np.arange(1001) % 256), T("int16", [-32768, 5, 32767]), T("uint16", [[65535, 0], [12, 300]]),
        T("int8", -128, ()), T("uint8", 255, ()), T("uint16", [], (0,)),
        # uint32: ten digits (repr's dtype=uint32)
        T("uint32", [[0, 7], [2**31, U32_MAX]]), T("uint32", U32_MAX, ()),
    ]
    a2s_keys = {"maxLineWidth": "max_line_width", "precision": "precision", "suppressSmall": "suppress_small",
                "separator": "separator", "prefix": "prefix", "suffix": "suffix", "threshold": "threshold",
                "edgeItems": "edgeitems", "sign": "sign", "floatMode": "floatmode"}
    a2s_options = [{}, {"precision": 3}, {"precision": 0}, {"precision": 12}, {"suppressSmall": True},
                   {"suppressSmall": True, "precision": 4}, {"separator": ", "}, {"separator": ","},
                   {"separator": ", ", "prefix": "array(", "suffix": ")"}, {"prefix": "x" * 17},
                   {"maxLineWidth": 20}, {"maxLineWidth": 120, "separator": " | "},
                   {"threshold": 10, "edgeItems": 2}, {"threshold": 5, "edgeItems": 1, "separator": ", "},
                   {"sign": "+"}, {"sign": " "}, {"floatMode": "fixed"}, {"floatMode": "fixed", "precision": 3},
                   {"floatMode": "unique"}, {"floatMode": "maxprec_equal"},
                   {"floatMode": "maxprec_equal", "precision": 2},
                   {"floatMode": "fixed", "precision": 2, "sign": "+", "separator": ", "}]
    a2s_errors = [{"floatMode": "bad"}, {"sign": "x"}, {"precision": -1}]
    big = [{}, {"separator": ", ", "prefix": "array(", "suffix": ")"}, {"maxLineWidth": 20},
           {"threshold": 10, "edgeItems": 2}, {"sign": "+"}, {"floatMode": "fixed", "precision": 3}]
    for spec in arrays:
        # the summarised tensors (over 1000 elements) take the options that change their layout
        for opts in (big if spec[2].size > 1000 else a2s_options) + (a2s_errors if spec is arrays[0] else []):
            emit("array2string", spec, opts,
                 lambda a, o=opts: np.array2string(a, **{a2s_keys[k]: v for k, v in o.items()}))
    po_keys = {"maxLineWidth": "linewidth", "precision": "precision", "suppressSmall": "suppress",
               "threshold": "threshold", "edgeItems": "edgeitems", "sign": "sign", "floatMode": "floatmode",
               "nanStr": "nanstr", "infStr": "infstr"}
    print_options = [{}, {"precision": 3}, {"threshold": 10, "edgeItems": 2}, {"maxLineWidth": 30},
                     {"nanStr": "NaN", "infStr": "Infinity"}, {"sign": "+", "floatMode": "fixed", "precision": 2}]
    for spec in arrays:
        for opts in print_options[:4] if spec[2].size > 1000 else print_options:
            def under(f, o=opts):
                def compute(a):
                    with np.printoptions(**{po_keys[k]: v for k, v in o.items()}):
                        return f(a)
                return compute
            emit("str", spec, opts, under(str))
            emit("repr", spec, opts, under(repr))
    write("printing.csv", ["op", "input", "options", "expected"], rows, """
NumPy's printing: format_float_positional / format_float_scientific of a 0-d input (float32
inputs as np.float32), array2string with the options given as keywords (the others NumPy's
defaults), and str / repr of the input inside np.printoptions(...) with the options given.
options are name=value pairs joined by ';' (jtensor's names), '-' for none; expected is the exact
string or error:<NumPy's exception>. In options and expected a backslash is written \\\\, a comma
\\c and a newline \\n.""")


# ---------------------------------------------------------------------------------------------
# functional helpers, the complex helpers on real arrays, small queries

# The named functions of functional.csv; FunctionalConformance mirrors each by a Java lambda.
PIECEWISE_FUNCS = {
    "neg": lambda v: -v, "sq": lambda v: v * v, "half": lambda v: v / 2, "seven": lambda v: 7,
    "sum": lambda v: np.sum(v), "two": lambda v: np.array([1.0, 2.0]),
}
GRID_FUNCS = {
    "sum": lambda *g: functools.reduce(np.add, g), "prod": lambda *g: functools.reduce(np.multiply, g),
    "first": lambda *g: g[0], "lin": lambda *g: 3 * g[0] - g[-1],
}
LINE_FUNCS = {
    "sum": lambda v: np.sum(v), "cumsum": lambda v: np.cumsum(v), "outer": lambda v: np.outer(v, v),
    "head2": lambda v: v[:2], "sort": lambda v: np.sort(v), "half": lambda v: v / 2,
}
AXIS_FUNCS = {
    "sum": lambda a, axis: np.sum(a, axis), "cumsum": lambda a, axis: np.cumsum(a, axis),
    "mean": lambda a, axis: np.mean(a, axis), "total": lambda a, axis: np.sum(a),
}


def apply_view_chain(base, chain):
    """The view a chain of functional.csv's view steps makes of base (see gen_functional's comment)."""
    if chain == "-":
        return base
    v = base
    for step in chain.split("/"):
        kind, nums = step[0], [int(n) for n in step[1:].split("_") if n != ""] if len(step) > 1 else []
        if kind == "s":
            axis, start, stop, st = nums
            index = [slice(None)] * v.ndim
            index[axis] = slice(None if start == -99 else start, None if stop == -99 else stop, st)
            v = v[tuple(index)]
        elif kind == "T":
            v = v.T
        elif kind == "g":
            v = v[(slice(None),) * nums[0] + (nums[1],)]
        elif kind == "r":
            v = v.reshape(nums)
            assert np.shares_memory(v, base) or v.size == 0
        elif kind == "b":
            v = np.broadcast_to(v, nums)
        elif kind == "d":
            v = np.diagonal(v, nums[0] if nums else 0)
        elif kind == "c":
            v = v.copy()
        else:
            raise AssertionError(step)
    return v


def gen_functional():
    rows = []

    def emit(op, specs, args, compute, check="exact"):
        texts, values = zip(*[manip_operand(s) for s in specs]) if specs else (("-",), ())
        try:
            with np.errstate(all="ignore"):
                res = compute(*values)
        except (ValueError, IndexError, TypeError, OverflowError) as e:
            kind = "IndexError" if isinstance(e, IndexError) and not isinstance(e, np.exceptions.AxisError) \
                else "ValueError"
            rows.append([op, ";".join(texts), args, "error", "-", kind, "-"])
            return
        if isinstance(res, (str, bool, int, tuple, type)) and not isinstance(res, np.ndarray):
            if isinstance(res, type):
                text = JT[np.dtype(res).name]
            elif isinstance(res, bool):
                text = "true" if res else "false"
            elif isinstance(res, tuple) and all(isinstance(d, int) for d in res):
                text = fmt_shape(res)
            elif isinstance(res, str):
                text = "'" + res + "'"
            else:
                text = str(res)
            if not isinstance(res, tuple) or all(isinstance(d, int) for d in res):
                rows.append([op, ";".join(texts), args, "value", "-", text, check])
                return
        parts = [np.asarray(r) for r in res] if isinstance(res, (tuple, list)) else [np.asarray(res)]
        dts = [JT[r.dtype.name] for r in parts]
        vals = [fmt_list(r, dt) for r, dt in zip(parts, dts) if r.size]
        rows.append([op, ";".join(texts), args, ";".join(dts), ";".join(fmt_shape(r.shape) for r in parts),
                     " ".join(vals) if vals else "-", check])

    nan, inf = np.nan, np.inf
    # ---- piecewise: 'f=name;c:2.5;i:3;b:true' in funclist order (c a float, i an int, b a bool constant)
    def constant(token):
        kind, text = token.split(":")
        return {"c": float, "i": int, "b": lambda t: t == "true"}[kind](text)

    def piecewise(x_spec, cond_specs, funcs):
        funclist = [PIECEWISE_FUNCS[f] if ":" not in f else constant(f) for f in funcs]
        emit("piecewise", [x_spec] + cond_specs, "f=" + ";".join(funcs),
             lambda x, *conds: np.piecewise(x, list(conds), funclist))

    xs = {
        "float64": [-2.5, -1.0, -0.0, 0.0, 0.5, 3.0, nan, inf, -inf, 7.25],
        "float32": [-2.5, -1.0, -0.0, 0.0, 0.5, 3.0, nan, inf, -inf, 7.25],
        "int32": [-5, -1, 0, 1, 2, 3, 4, 100, I32_MIN, I32_MAX],
        "int64": [-5, -1, 0, 1, 2, 3, 4, 100, I64_MIN, I64_MAX],
        "bool": [True, False, True, True, False, False, True, False, True, True],
        "float16": [-2.5, -1.0, -0.0, 0.0, 0.5, 3.0, nan, inf, -inf, 65504.0],
        "int8": [-5, -1, 0, 1, 2, 3, 4, 100, -128, 127],
        "uint8": [5, 1, 0, 1, 2, 3, 4, 100, 128, 255],
        "int16": [-5, -1, 0, 1, 2, 3, 4, 300, -32768, 32767],
        "uint16": [5, 1, 0, 1, 2, 3, 4, 300, 32768, 65535],
        "uint32": [5, 1, 0, 1, 2, 3, 4, 65537, 2**31, U32_MAX],
    }
    c1 = [True, True, False, False, True, False, True, False, False, True]
    c2 = [False, True, True, False, False, False, True, True, False, True]
    for dtype in ALL_DTYPES:
        x = T(dtype, xs[dtype])
        if dtype != "bool":
            piecewise(x, [T("bool", c1)], ["neg", "sq"])
            piecewise(x, [T("bool", c1), T("bool", c2)], ["neg", "half"])
            piecewise(x, [T("bool", c1), T("bool", c2)], ["half", "c:2.5", "seven"])
            piecewise(x, [T("bool", c1)], ["sum"])
            piecewise(x, [T("bool", c2)], ["i:3", "c:-1.75"])
        piecewise(x, [T("bool", c1), T("bool", c2)], ["b:true", "c:0.5", "i:-1" if dtype != "bool" else "b:false"])
        piecewise(T(dtype, xs[dtype], (2, 5), "T"), [T("bool", c1, (5, 2)), T("bool", c2, (5, 2))],
                  ["seven", "c:1"])
    # the small integer types: functions that wrap (neg, sq), results cast back (half, sum, c:-1.75),
    # and a Java integer constant out of the type's range (NumPy: OverflowError)
    for dtype in STORAGE_INTS:
        x = T(dtype, xs[dtype])
        piecewise(x, [T("bool", c1)], ["neg", "sq"])
        piecewise(x, [T("bool", c1), T("bool", c2)], ["half", "c:-1.75", "sum"])
        piecewise(x, [T("bool", c2)], ["i:-1" if dtype.startswith("u") else "i:-128", "b:true"])
    piecewise(T("int8", xs["int8"]), [T("bool", c1)], ["i:128"])
    piecewise(T("uint16", xs["uint16"]), [T("bool", c1)], ["i:65536"])
    piecewise(T("uint32", xs["uint32"]), [T("bool", c1)], ["i:4294967296"])
    piecewise(T("float64", 1.5, ()), [T("bool", True, ())], ["neg", "c:4"])
    piecewise(T("float64", 1.5, ()), [T("bool", False, ())], ["neg", "c:4"])
    piecewise(T("int32", 3, ()), [T("bool", False, ())], ["neg"])
    piecewise(T("float64", [], (0,)), [T("bool", [], (0,))], ["neg", "c:1"])
    piecewise(T("float64", xs["float64"]), [T("bool", [False] * 10)], ["two", "c:9"])
    piecewise(T("float64", xs["float64"]), [T("int64", [0, 2, 0, 0, 0, 0, 0, 0, 0, -1])], ["two", "c:9"])
    piecewise(T("float64", xs["float64"], (10,), "rev"), [T("bool", c1, (10,), "rev")], ["sq", "neg"])
    piecewise(T("float64", xs["float64"], (10,), "step2"), [T("bool", c1[:5])], ["half"])
    piecewise(T("float64", xs["float64"]), [T("bool", c1[:5], (5,), "bcast=2x5")], ["neg"])
    piecewise(T("float64", xs["float64"]), [T("bool", c1)], ["neg", "sq", "half"])
    piecewise(T("float64", xs["float64"]), [T("bool", c1)], [])
    piecewise(T("float64", xs["float64"]), [T("bool", c1)], ["two"])
    piecewise(T("float64", xs["float64"]), [T("bool", c1[:5])], ["neg"])
    piecewise(T("int32", xs["int32"]), [T("bool", c1)], ["c:nan"])
    piecewise(T("int32", xs["int32"]), [T("bool", c1)], ["c:inf"])
    piecewise(T("int32", xs["int32"]), [T("bool", c1)], ["i:3000000000"])
    piecewise(T("int64", xs["int64"]), [T("bool", c1)], ["c:1e300"])

    # ---- fromfunction: 'f=name shape=AxB dtype=t'
    for f, shape, dtype in (("sum", (2, 3), "float64"), ("prod", (3, 4), "int32"), ("first", (2, 3), "float64"),
                            ("lin", (4,), "int64"), ("sum", (2, 2, 3), "float32"), ("lin", (3, 2), "float32"),
                            ("prod", (0, 3), "float64"), ("first", (3,), "int32"), ("sum", (1, 5), "int64")):
        emit("fromfunction", [], "f=%s shape=%s dtype=%s" % (f, fmt_shape(shape), dtype),
             lambda f=f, s=shape, d=dtype: np.fromfunction(GRID_FUNCS[f], s, dtype=NP[d]))

    # ---- apply_along_axis: 'f=name axis=a'
    def along(f, axis, spec):
        emit("apply_along_axis", [spec], "f=%s axis=%d" % (f, axis),
             lambda x: np.apply_along_axis(LINE_FUNCS[f], axis, x))

    grid = [3.5, -1.0, 2.0, 0.5, nan, 4.0, -0.0, 7.0, 1.0, -2.5, 6.0, 8.0, 9.0, -3.0, 0.25, 2.0, 5.0, 1.5,
            -7.0, 3.0, 4.5, 2.5, -1.5, 10.0]
    for dtype in ("float64", "float32", "int32", "int64", "bool"):
        values = [int(v) if dtype in ("int32", "int64") and not math.isnan(v) else (0 if math.isnan(v) else v)
                  for v in grid] if dtype != "float64" and dtype != "float32" else grid
        if dtype == "bool":
            values = [bool(v) for v in values]
        x3 = T(dtype, values, (2, 3, 4))
        for f in ("sum", "cumsum", "outer", "head2", "sort", "half"):
            along(f, 1, x3)
        along("sum", -1, x3)
        along("outer", 0, x3)
        along("cumsum", 2, T(dtype, values, (4, 6), "T"))
    along("sum", 0, T("float64", grid[:5]))
    along("head2", 0, T("float64", grid[:5]))
    along("sum", 0, T("float64", grid[:6], (2, 3), "rev"))
    along("sum", 1, T("float64", [], (0, 3)))
    along("sum", 0, T("float64", [], (0, 3)))
    along("sum", 2, T("float64", grid[:6], (2, 3)))
    along("sum", -3, T("float64", grid[:6], (2, 3)))
    along("sum", 0, T("float64", 2.0, ()))

    # ---- apply_over_axes: 'f=name axes=a;b'
    def over(f, axes, spec):
        emit("apply_over_axes", [spec], "f=%s axes=%s" % (f, ";".join(str(a) for a in axes) if axes else "none"),
             lambda x: np.apply_over_axes(AXIS_FUNCS[f], x, list(axes)))

    for dtype in ("float64", "float32", "int32", "int64", "bool"):
        values = grid if dtype.startswith("float") else [bool(v) if dtype == "bool" else int(v) if not math.isnan(v)
                                                         else 0 for v in grid]
        x3 = T(dtype, values, (2, 3, 4))
        over("sum", (0, 2), x3)
        over("sum", (-1,), x3)
        over("cumsum", (1, 0), x3)
        over("mean", (2,), x3)
    over("sum", (), T("float64", grid, (2, 3, 4)))
    over("sum", (0,), T("float64", grid[:6]))
    over("total", (0,), T("float64", grid[:6]))
    over("total", (1,), T("float64", grid, (2, 3, 4)))
    over("sum", (1, 1), T("float64", grid, (4, 6), "T"))

    # ---- shares_memory / may_share_memory: input the base, args 'a=chain b=chain' (see the comment)
    def overlap(spec, a, b):
        for op, f in (("shares_memory", np.shares_memory), ("may_share_memory", np.may_share_memory)):
            emit(op, [spec], "a=%s b=%s" % (a, b),
                 lambda base, f=f: bool(f(apply_view_chain(base, a), apply_view_chain(base, b))))

    v12 = T("float64", range(12))
    v24 = T("int32", range(24), (4, 6))
    for a, b in (("-", "-"), ("s0_0_12_2", "s0_1_12_2"), ("s0_0_12_2", "s0_0_12_3"), ("s0_1_12_3", "s0_0_12_2"),
                 ("s0_0_6_1", "s0_6_12_1"), ("s0_0_7_1", "s0_6_12_1"), ("s0_-99_-99_-1", "s0_5_6_1"),
                 ("s0_-99_-99_-2", "s0_0_12_2"), ("s0_0_12_4", "s0_2_12_4"), ("s0_3_12_5", "s0_0_12_4"),
                 ("c", "-"), ("s0_0_0_1", "-"), ("r3_4/T", "s0_4_5_1"), ("r3_4/g1_2", "s0_1_12_4"),
                 ("r3_4/g1_2", "s0_0_12_4"), ("s0_4_5_1/b3_1", "s0_4_5_1"), ("r3_4/d", "s0_0_12_5"),
                 ("r3_4/d", "s0_1_12_5"), ("r3_4/d1", "s0_1_12_5"), ("r2_6/s1_0_6_2", "r2_6/s1_1_6_2")):
        overlap(v12, a, b)
    for a, b in (("s1_0_6_2", "s1_1_6_2"), ("s0_0_2_1", "s0_2_4_1"), ("s1_0_3_1", "s1_3_6_1"), ("T", "-"),
                 ("g0_1", "g1_5"), ("g1_5", "g1_4"), ("s0_1_3_1/s1_1_5_1", "g0_0"), ("s0_1_3_1/s1_1_5_1", "g0_3"),
                 ("s0_1_3_1/s1_1_5_1", "g1_0"), ("s0_1_3_1/s1_1_5_1", "g1_2"), ("s0_-99_-99_-1/s1_-99_-99_-1", "g0_0"),
                 ("s0_0_4_2/s1_0_6_3", "s0_1_4_2/s1_0_6_3"), ("s0_0_4_2/s1_0_6_3", "s0_2_4_1/s1_3_6_3"),
                 ("r24", "s0_3_4_1"), ("r2_2_6/g2_5", "s1_0_6_5")):
        overlap(v24, a, b)

    # ---- the complex helpers on real arrays
    for dtype in ALL_DTYPES + STORAGE_INTS:
        x = T(dtype, xs[dtype])
        for op, f in (("real", np.real), ("imag", np.imag), ("conj", np.conj), ("conjugate", np.conjugate),
                      ("angle", np.angle), ("isreal", np.isreal), ("iscomplex", np.iscomplex),
                      ("isrealobj", np.isrealobj), ("iscomplexobj", np.iscomplexobj),
                      ("real_if_close", np.real_if_close), ("asarray_chkfinite", np.asarray_chkfinite),
                      ("ndim", np.ndim), ("shape", np.shape), ("size", np.size), ("common_type", np.common_type)):
            emit(op, [x], "-", f)
        emit("angle", [x], "deg=true", lambda v: np.angle(v, deg=True), "exact")
        emit("real_if_close", [x], "tol=1000", lambda v: np.real_if_close(v, tol=1000))
        for spec in (T(dtype, xs[dtype], (2, 5), "T"), T(dtype, xs[dtype][:1], (), ), T(dtype, [], (0, 3))) \
                if dtype not in STORAGE_INTS[2:] else ():
            for op, f in (("real", np.real), ("imag", np.imag), ("conj", np.conj), ("angle", np.angle),
                          ("isreal", np.isreal), ("iscomplex", np.iscomplex), ("asarray_chkfinite", np.asarray_chkfinite),
                          ("ndim", np.ndim), ("shape", np.shape), ("size", np.size)):
                emit(op, [spec], "-", f)
    x3 = T("float32", grid, (2, 3, 4))
    for axis in (0, 1, 2, -1, -3, 3, -4):
        emit("size", [x3], "axis=%d" % axis, lambda v, a=axis: np.size(v, a))
    emit("size", [x3], "axis=0;2", lambda v: np.size(v, (0, 2)))
    emit("size", [T("float32", 1.0, ())], "axis=0", lambda v: np.size(v, 0))
    emit("asarray_chkfinite", [T("float64", [1.0, 2.0, 3.0])], "-", np.asarray_chkfinite)
    emit("asarray_chkfinite", [T("float32", [1.0, -inf])], "-", np.asarray_chkfinite)
    emit("asarray_chkfinite", [T("float64", [nan, 1.0, 0.0, 4.0], (4,), "step2")], "-", np.asarray_chkfinite)
    emit("asarray_chkfinite", [T("float64", [1.0, 0.0, nan, 4.0], (4,), "step2")], "-", np.asarray_chkfinite)
    for dts in (("float32", "float32"), ("float32", "int32"), ("int64", "int32"), ("float32", "float64"),
                ("float32", "bool"), ("float32",), ("int32",), ("float32", "float32", "int64"),
                ("int8",), ("uint16", "float16"), ("uint8", "float32"), ("uint32", "float16"), ("uint32", "int8")):
        emit("common_type", [T(d, [1, 0]) for d in dts], "-", np.common_type)

    # ---- mask_indices: 'n=N f=triu|tril k=K'
    for n, f, k in ((3, "triu", 0), (4, "triu", 1), (4, "tril", -1), (3, "tril", 0), (4, "triu", -2),
                    (3, "triu", 5), (0, "triu", 0), (1, "tril", 0), (-1, "triu", 0)):
        emit("mask_indices", [], "n=%d f=%s k=%d" % (n, f, k),
             lambda n=n, f=f, k=k: np.mask_indices(n, getattr(np, f), k))

    # ---- poly: 1-d roots (bit for bit); symmetric matrices ('eig': within the eigenvalues' error)
    for spec in (T("float64", [1.0, 2.0]), T("float64", [3.0, -0.5, 0.1, 2.0, -7.25, 1e-3]),
                 T("float32", [3.0, -0.5, 0.1, 2.0, -7.25]), T("int32", [1, -2, 3, 4]), T("int64", [2, 2, 2]),
                 T("bool", [True, False, True]), T("float64", [nan, 1.0]), T("float64", [inf, 1.0]),
                 T("float64", [], (0,)), T("float64", [5.0]), T("float64", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], (6,), "rev"),
                 T("float64", [1.0, 2.0, 3.0, 4.0], (4,), "step2"), T("float64", 3.0, ()),
                 T("float64", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], (2, 3)), T("float64", [], (0, 0)),
                 T("float64", [0.0] * 8, (2, 2, 2))):
        emit("poly", [spec], "-", np.poly)
    for spec in (T("float64", [2.0, 1.0, 1.0, 3.0], (2, 2)), T("float64", [4.0, 1.0, 0.5, 1.0, 3.0, -1.0, 0.5, -1.0, 2.0],
                 (3, 3)), T("int32", [2, 1, 1, 2], (2, 2)), T("float32", [2.0, 1.0, 1.0, 3.0], (2, 2))):
        emit("poly", [spec], "-", np.poly, "eig")

    # ---- binary_repr ('num width', width 'none') and base_repr ('number base padding')
    for num, width in ((0, None), (0, 0), (0, 4), (0, -1), (5, None), (5, 3), (5, 8), (5, 2), (5, 0), (-3, None),
                       (-3, 3), (-3, 5), (-3, 2), (-4, 3), (-4, 2), (-5, 4), (-8, 4), (-9, 4), (1, 1), (-1, 1), (-1, 0),
                       (-1, None), (-2, 1), (I64_MAX, None), (I64_MAX, 64), (I64_MIN, None), (I64_MIN, 64),
                       (I64_MIN, 63), (I64_MIN, 70), (I64_MAX, 62), (-1000, 16)):
        emit("binary_repr", [], "%d %s" % (num, "none" if width is None else width),
             lambda n=num, w=width: np.binary_repr(n, w))
    for number, base, padding in ((0, 2, 0), (0, 10, 3), (0, 10, -2), (5, 2, 0), (5, 2, 3), (-5, 2, 3), (35, 36, 0),
                                  (-35, 36, 2), (255, 16, 0), (-255, 16, -1), (7, 5, 3), (I64_MAX, 36, 0),
                                  (I64_MIN, 36, 0), (I64_MIN, 2, 1), (10, 37, 0), (10, 1, 0), (10, 0, 0), (-10, -5, 0),
                                  (123456789, 7, 2)):
        emit("base_repr", [], "%d %d %d" % (number, base, padding),
             lambda n=number, b=base, p=padding: np.base_repr(n, b, p))

    # ---- genfromtxt: input the file's text, URL-quoted; args 'delimiter=d comments=c skip_header=h
    # skip_footer=f usecols=a;b filling=v' (each optional, URL-quoted, 'none' for None)
    from urllib.parse import quote
    import tempfile

    def genfromtxt(text, **kwargs):
        args = " ".join("%s=%s" % (k, "none" if v is None else quote(";".join(str(c) for c in v) if k == "usecols"
                                                                     else str(v), safe=""))
                        for k, v in kwargs.items())
        call = dict(kwargs)
        if "filling" in call:
            call["filling_values"] = call.pop("filling")
        # from a file, as the Java side reads it (a file opened as text splits lines at \r too)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8", newline="") as f:
            f.write(text)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                emit("genfromtxt", [], (args + " " if args else "") + "text=" + quote(text, safe=""),
                     lambda: np.genfromtxt(f.name, **call))
        finally:
            os.remove(f.name)

    genfromtxt("1,2,3\n4,,6\n", delimiter=",")
    genfromtxt("1,2,3\n4,,6\n", delimiter=",", filling=-1.5)
    genfromtxt("1 2 3\n4 abc 6\n")
    genfromtxt("1 2 3\n4 abc 6\n", filling=0.0)
    genfromtxt("# header\n1 2\n\n3 4 # comment\n5 6\n")
    genfromtxt("x y\n1 2\n3 4\n5 6\nend\n", skip_header=1, skip_footer=1)
    genfromtxt("x y\n1 2\n3 4\n5 6\n\n#c\n", skip_header=1, skip_footer=1)
    genfromtxt("1 2\n3 4 5\n")
    genfromtxt("1 2\n3 4 5\n6\n")
    genfromtxt("h\nh2\n1 2\n3 4 5\n", skip_header=2)
    genfromtxt("#c\n\n1 2\n3 4 5\n")
    genfromtxt("1 2\n\n3 4 5\n6 7\n", skip_footer=1)
    genfromtxt("1 2\n3 4 5\n6 7\n", skip_footer=1)
    genfromtxt("1 2 3\n4 5 6\n", usecols=(0, -1))
    genfromtxt("1 2 3\n4 5 6\n", usecols=(0, 0))
    genfromtxt("1 2 3\n4 5 6\n", usecols=(-4,))
    genfromtxt("1 2 3\n4 5 6\n", usecols=(5,))
    genfromtxt("1 2 3\n4 5\n", usecols=(0, 1))
    genfromtxt("1 2 3\n4 5\n", usecols=(2,))
    genfromtxt("1 2 3\n")
    genfromtxt("1\n2\n3\n")
    genfromtxt("5\n")
    genfromtxt("")
    genfromtxt("# only\n\n")
    genfromtxt("1, 2 ,3\n", delimiter=",")
    genfromtxt("1,2,\n", delimiter=",")
    genfromtxt("1,2\n3\n", delimiter=",")
    genfromtxt("1,2\n\t\n3,4\n", delimiter=",")
    genfromtxt("1,2\n \n3,4\n", delimiter=",")
    genfromtxt("1 2\n3 4\n", delimiter=",")
    genfromtxt("1, 2\n3, 4\n", delimiter=", ")
    genfromtxt("1 2\n3 4\n", skip_header=5)
    genfromtxt("1 2\n3 4\n", skip_footer=5)
    genfromtxt("1 2\n", skip_footer=1)
    genfromtxt("1 2\n3 4\n", usecols=(1,), skip_footer=1)
    genfromtxt("1 2\n3 4\n", skip_header=-1, skip_footer=-1)
    genfromtxt("1;2\n3;4\n", delimiter=";", comments=None)
    genfromtxt("1;2\n3;4\n", delimiter=";", comments=";")
    genfromtxt("1 2 // x\n3 4\n", comments="//")
    genfromtxt("1 2 % c\n3 4 #\n", comments="%")
    genfromtxt("inf -Inf\nNaN 1e5\n")
    genfromtxt("1e400 -1e400 1e-400 +.5 5. 1__0 _1 1_ 1_0.5_5e1_0 infinity -nan 0x10 1.0f 5.e3\n")
    genfromtxt("1\t2\n3 \t 4\n")
    genfromtxt("1,2\r\n3,4\r\n", delimiter=",")
    genfromtxt("1,2\r3,4\r", delimiter=",")
    genfromtxt("a b\n1 2\n")
    genfromtxt("1.5\t-2\t\n\t3\t4e-3\n", delimiter="\t")

    write("functional.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "check"], rows, """
np.piecewise (inputs 'x;cond...', args 'f=' the funclist: named functions neg, sq, half, seven, sum, two, or
constants c:float, i:int, b:bool), np.fromfunction ('f=name shape=s dtype=t'; sum, prod, first, lin),
np.apply_along_axis ('f=name axis=a'; sum, cumsum, outer, head2, sort, half) and np.apply_over_axes
('f=name axes=a;b'; sum, cumsum, mean, total): the named functions are fixed Python lambdas that
FunctionalConformance mirrors by Java lambdas.  np.shares_memory and np.may_share_memory: input the base,
args 'a=chain b=chain', two views of it made by '/'-separated steps: sA_START_STOP_STEP a slice of axis A
(-99 an open end), T transpose, gA_I index I of axis A, rN_M reshape, bN_M broadcast_to, d/dK diagonal,
c a copy, '-' the base itself.  np.real, np.imag, np.conj, np.conjugate, np.angle ('deg=true'),
np.isreal, np.iscomplex, np.isrealobj, np.iscomplexobj, np.real_if_close, np.asarray_chkfinite, np.ndim,
np.shape, np.size ('axis=a'), np.common_type, np.mask_indices ('n=N f=triu|tril k=K'), np.poly and
np.binary_repr ('num width'), np.base_repr ('number base padding'), np.genfromtxt (float64; args the
keyword arguments that differ from the defaults, URL-quoted, and text= the file's text, URL-quoted;
filling stands for filling_values).  result_dtype 'value': a Python
value in expected (a bool, an int, a shape, a dtype name, a string in single quotes); 'error' names
NumPy's exception (AxisError counts as ValueError).  check: exact, or eig (poly of a symmetric matrix: its
eigenvalues come from another algorithm than NumPy's eigvals, so within 64 ulps of the result's scale).
""")


def gen_indexing2():
    """NumPy's x[index] and x[index] = value: random index tuples over random shapes and views,
    hand-picked cases for each rule, and the errors. The index is one field, items joined by ";":
    an integer, a slice "start:stop:step" (empty parts are None), "None", "...", "True"/"False"
    (a 0-d mask), "[0 -1]" (a Java long[]), "i[0 2]" (an int[]), "mask[1 0 1]" (a boolean[]),
    "t=<operand>" (an index Tensor in the operand syntax of manipulation.csv), "f1.5" (a float, an
    error) or "()" (the empty tuple)."""
    rows = []
    rng = np.random.default_rng(20261201)

    def base_values(dtype, n):
        if dtype == "bool":
            return rng.random(n) < 0.5
        if dtype in ("int32", "int64"):
            return np.arange(n) * 7 - 11
        v = np.arange(n) * 1.5 - 3.25
        if n > 3:
            v[1] = np.nan
            v[3] = -0.0
        return v

    def operand(dtype, shape, view):
        """(spec, numpy array) of an input of the given (final) shape seen through a view."""
        if view == "T":
            base_shape = tuple(reversed(shape))
        elif view == "step2":
            base_shape = (2 * shape[0],) + tuple(shape[1:])
        else:
            base_shape = tuple(shape)
        n = int(np.prod(base_shape))
        return T(dtype, base_values(dtype, n), base_shape, view)

    def item_text(o):
        if o is None:
            return "None"
        if o is Ellipsis:
            return "..."
        if isinstance(o, bool):
            return "True" if o else "False"
        if isinstance(o, (int, np.integer)):
            return str(int(o))
        if isinstance(o, float):
            return "f" + repr(o)
        if isinstance(o, slice):
            return ":".join("" if p is None else str(p) for p in (o.start, o.stop, o.step)) if o.step is not None \
                else ("" if o.start is None else str(o.start)) + ":" + ("" if o.stop is None else str(o.stop))
        if isinstance(o, tuple) and o[0] == "list":     # ("list", values, int32?)
            return ("i" if o[2] else "") + "[" + " ".join(str(int(v)) for v in o[1]) + "]"
        if isinstance(o, tuple) and o[0] == "mask":
            return "mask[" + " ".join("1" if v else "0" for v in o[1]) + "]"
        arr = np.asarray(o)
        dt = arr.dtype.name
        return "t=" + manip_operand(T(dt, arr.reshape(-1), arr.shape))[0]

    def numpy_item(o):
        if isinstance(o, tuple) and o[0] == "list":
            return np.asarray(o[1], np.int64)
        if isinstance(o, tuple) and o[0] == "mask":
            return np.asarray(o[1], bool)
        return o

    def index_text(items):
        return "()" if not items else ";".join(item_text(o) for o in items)

    def advanced(items):
        return any(not (o is None or o is Ellipsis or isinstance(o, (slice, int, np.integer))) or isinstance(o, bool)
                   for o in items)

    def error_row(op, spec_text, idx, value_text, e):
        kind = type(e).__name__
        msg = str(e).strip()
        if kind == "IndexError" and ("out of bounds" in msg or "too many indices" in msg):
            jt = "IndexOutOfBoundsException"
        else:
            jt = "IllegalArgumentException"
        # NumPy's wording is part of the contract for its IndexError messages (commas stored as |)
        fragment = msg.replace(",", "|") if kind == "IndexError" and not msg.startswith("only integers") or "could not be broadcast" in msg \
            or "could not broadcast" in msg else "-"
        rows.append([op, spec_text, idx, value_text, "error", jt, fragment, "-"])

    def emit_get(x_spec, items):
        spec_text, x = manip_operand(x_spec)
        idx = index_text(items)
        try:
            res = np.asarray(x[tuple(numpy_item(o) for o in items)])
        except (IndexError, ValueError, TypeError) as e:
            error_row("get", spec_text, idx, "-", e)
            return None
        dt = JT[res.dtype.name]
        rows.append(["get", spec_text, idx, "-", dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-",
                     "copy" if advanced(items) else "view"])
        return res

    def emit_set(x_spec, items, value_spec):
        spec_text, x = manip_operand(x_spec)
        view = x_spec[3]
        if not view.startswith("bcast="):
            # a fresh copy of the base seen through the same view (the spec's own array stays as it is)
            base = np.array(x_spec[2])
            x = {"-": lambda b: b, "T": lambda b: b.T, "rev": lambda b: b[::-1], "step2": lambda b: b[::2]}[view](base)
        value_text, value = manip_operand(value_spec)
        idx = index_text(items)
        try:
            x[tuple(numpy_item(o) for o in items)] = value
        except (IndexError, ValueError, TypeError, OverflowError) as e:
            error_row("set", spec_text, idx, value_text, e)
            return
        dt = JT[x.dtype.name]
        rows.append(["set", spec_text, idx, value_text, dt, fmt_shape(x.shape), fmt_list(x, dt) if x.size else "-",
                     "-"])

    def rand_slice(n):
        bounds = [None, None, 0, 1, -1, n, -n, n + 2, -n - 3, 2]
        start = bounds[rng.integers(len(bounds))]
        stop = bounds[rng.integers(len(bounds))]
        step = [None, None, 1, 2, -1, -2, 3][rng.integers(7)]
        return slice(start, stop, step)

    def rand_ints(n, shape, int32):
        values = rng.integers(-n, n, size=shape) if n > 0 else np.zeros(shape, np.int64)
        if len(shape) == 1 and rng.random() < 0.6:
            return ("list", list(values), int32)
        return values.astype(np.int32 if int32 else np.int64)

    def rand_index(shape):
        nd = len(shape)
        use_ellipsis = rng.random() < 0.3
        a = int(rng.integers(0, nd + 1))
        b = int(rng.integers(a, nd + 1)) if use_ellipsis else nd
        covered = list(range(a)) + list(range(b, nd))
        # one broadcast shape for all index arrays of this tuple
        bshape = [(), (1,), (2,), (3,), (0,), (2, 1), (1, 2)][rng.integers(7)]
        items = []
        mask_used = False
        d = 0
        order = [d for d in range(a)] + (["..."] if use_ellipsis else []) + [d for d in range(b, nd)]
        i = 0
        while i < len(order):
            if rng.random() < 0.12:
                items.append(None)
            if rng.random() < 0.05:
                items.append(bool(rng.random() < 0.5))
            d = order[i]
            if d == "...":
                items.append(Ellipsis)
                i += 1
                continue
            n = shape[d]
            r = rng.random()
            if r < 0.3:
                items.append(int(rng.integers(-n, n)) if n > 0 else slice(None))
            elif r < 0.6:
                items.append(rand_slice(n))
            elif r < 0.8 and not mask_used:
                s = bshape if n > 0 or int(np.prod(bshape)) == 0 else (0,)
                if rng.random() < 0.3 and len(s) >= 1:
                    s = s[-1:] if rng.random() < 0.5 else (1,) * len(s)
                items.append(rand_ints(n, s, rng.random() < 0.3))
            else:
                # a mask over this and maybe the next covered axes (consecutive, same side of the ellipsis)
                m = 1
                while i + m < len(order) and order[i + m] != "..." and order[i + m] == d + m and rng.random() < 0.35:
                    m += 1
                mshape = tuple(shape[d:d + m])
                truth = rng.random(mshape) < 0.5
                if m == 1 and rng.random() < 0.5:
                    items.append(("mask", list(truth.reshape(-1)), False))
                else:
                    items.append(truth)
                mask_used = True
                i += m
                continue
            i += 1
        if rng.random() < 0.1:
            items.append(None)
        return items

    def rand_shape():
        nd = int(rng.integers(0, 5))
        return tuple(int(rng.integers(0 if rng.random() < 0.1 else 1, 5)) for _ in range(nd))

    def rand_view(shape):
        views = ["-", "-", "T"] + (["rev", "step2"] if shape else [])
        return views[rng.integers(len(views))]

    def scalar_for(dtype):
        return [("double", 2.75), ("long", -5), ("bool", True), ("double", -0.5)][rng.integers(4)]

    def value_for(res_shape):
        dtype = DTYPES[rng.integers(len(DTYPES))]
        r = rng.random()
        if r < 0.3:
            return scalar_for(dtype)
        shape = tuple(res_shape)
        if r < 0.55 and shape:
            shape = shape[-1:] if rng.random() < 0.5 else (1,) + shape[1:]
        n = int(np.prod(shape))
        if dtype == "bool":
            vals = rng.random(n) < 0.5
        elif dtype in ("int32", "int64"):
            vals = rng.integers(-50, 50, n)
        else:
            vals = np.round(rng.normal(0, 20, n), 2)
        return T(dtype, vals, shape)

    # random gets and sets over every dtype
    for case in range(420):
        dtype = DTYPES[case % len(DTYPES)]
        shape = rand_shape()
        view = rand_view(shape)
        spec = operand(dtype, shape, view)
        items = rand_index(shape)
        res = emit_get(spec, items)
        if res is not None and case % 2 == 0:
            emit_set(spec, items, value_for(res.shape))

    # hand-picked: each rule once, on a (2, 3, 4) int64 x and a (3, 4) float64 x
    x3 = T("int64", np.arange(24), (2, 3, 4))
    x2 = T("float64", np.arange(12) * 0.5 - 2.0, (3, 4))
    L = lambda *v: ("list", list(v), False)
    M = lambda *v: ("mask", list(bool(b) for b in v), False)
    for items in [
        [], [Ellipsis], [0], [-1], [1, -2], [1, 2, 3], [slice(None, None, -1)], [slice(5, None, -2)],
        [slice(-100, 100)], [slice(100, -100, -1)], [None], [Ellipsis, None], [None, Ellipsis, None, 0],
        [0, Ellipsis, 0],
        [slice(None), 0, L(0, 1)],          # adjacent (the integer counts as an index array): in place
        [0, slice(None), L(0, 1)],          # separated by a slice: the broadcast dims first
        [L(0, 1), Ellipsis, L(0, 1)],       # separated by an ellipsis that covers an axis
        [slice(None), L(0, 1), Ellipsis, L(0, 1)],   # the ellipsis covers nothing: adjacent
        [L(0, 1), None, L(1, 2)],           # separated by a new axis
        [np.array([[0], [1]]), slice(None), np.array([[0, 1, 2]])],
        [slice(None), np.array([[0], [2]]), np.array([1, 3])],
        [True], [False], [slice(None), True], [Ellipsis, False], [0, True, L(2)],
        [np.array(True)], [np.arange(24).reshape(2, 3, 4) % 3 == 0], [np.array([[True, False, True], [False, True, True]])],
        [slice(None), M(1, 0, 1), 0], [M(0, 1), np.array([1, 2, 0]) % 3 == 0], [L(0, 0, 1, 1), slice(1, 3)],
        [L(-1, -2)], [np.array([], np.int64)], [M(0, 0)], [slice(None), L(), slice(None)],
    ]:
        emit_get(x3, items)
    for items in [[L(0, 2), slice(None, None, -1)], [M(1, 0, 1), L(3, 0)], [np.array([[0, 1], [2, 2]])],
                  [slice(None, None, -1), np.array([-1, 0], np.int32)], [np.array(1)], [np.array([[True]] * 3 + [[False]] * 0).reshape(3, 1)[:, 0]]]:
        emit_get(x2, items)
    for view in ["T", "rev", "step2"]:
        emit_get(T("float32", np.arange(24) * 0.25, (4, 6) if view != "step2" else (8, 3), view), [L(1, -1), slice(1, None)])
    # errors, in NumPy's wording
    for items in [[2], [0, -4], [0, 0, 4], [1, 2, 3, 0], [Ellipsis, Ellipsis], [L(0, 2)], [slice(None), L(0, 3)],
                  [L(0, 1), L(0, 1, 2)], [M(1, 0, 1)], [slice(None), M(1, 0)], [np.array([1.0])], [1.5],
                  [np.ones((2, 3), bool), 0, 0], [L(-3)], [0, L(5)], [5, L(0, 1, 2), L(0, 1)]]:
        emit_get(x3, items)
    # sets: scalars of each kind, broadcast tensors, repeated indices (the last write wins), casts, views
    for dtype in ALL_DTYPES:
        x = T(dtype, base_values(dtype, 12), (3, 4))
        for items, value in [
            ([0], ("double", 7.5)), ([slice(None), 1], ("long", -3)), ([Ellipsis], ("bool", False)),
            ([L(0, 0, 2, 0)], T("int64", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], (4, 4))),
            ([L(1, 1, 1), L(2, 2, 2)], T("float64", [1.5, -2.5, 3.5])),
            ([np.array([[0, 0], [0, 0]]), 1], T("int32", [5, 6, 7, 8], (2, 2))),
            ([M(1, 0, 1)], T("float64", [0.5, 9.75, -1.25, 8.0])), ([slice(None, None, -1), L(3, 0)], ("double", -0.0)),
            ([np.array([[True, False, True, False]] * 3)], T("int64", [1, 2, 3, 4, 5, 6])),
            ([slice(1, None), slice(None, None, 2)], T("float32", [1.0, 2.0], (1, 1, 2))),
            ([None, 0, None], T("bool", [True, False, True, True], (4,))), ([True], ("long", 1)), ([False], ("long", 1)),
            ([0, slice(None), None], T("int64", [9])),
        ]:
            emit_set(x, items, value)
        emit_set(T(dtype, base_values(dtype, 12), (4, 3), "T"), [L(0, 2), slice(None, None, -1)], ("long", 1))
        emit_set(T(dtype, base_values(dtype, 12), (3, 4), "rev"), [slice(0, 2), 1], T("int64", [40, 50]))
    # set errors: value shapes, read-only (broadcast) destinations, Java scalars the type cannot hold
    for items, value in [([0], T("float64", [1.0, 2.0, 3.0])), ([L(0, 1)], T("float64", [1.0, 2.0, 3.0])),
                         ([slice(None)], T("float64", [1.0] * 6, (2, 3, 1))), ([M(1, 1, 0)], T("float64", [1.0, 2.0, 3.0])),
                         ([5], ("long", 1)), ([L(9)], ("long", 1)), ([Ellipsis, Ellipsis], ("long", 1))]:
        emit_set(x2, items, value)
    emit_set(T("int32", [1, 2, 3]), [0], ("double", float("nan")))
    emit_set(T("int32", [1, 2, 3]), [L(0)], ("double", float("inf")))
    emit_set(T("int32", [1, 2, 3]), [1], ("long", 3000000000))
    emit_set(T("int64", [1, 2, 3]), [1], ("double", 1e20))
    emit_set(T("float64", [1.0, 2.0], (2,), "bcast=3x2"), [0], ("double", 1.0))
    # the small integer types: gathers and masks of 1- and 2-byte elements; Java scalars at the
    # limits stored, one past them refused (NumPy: OverflowError, floats truncated first), arrays
    # of wider types cast unsafely (wrapping)
    for dtype in STORAGE_INTS:
        info = np.iinfo(NP[dtype])
        vals = [int(info.min), int(info.max), 0, 1, -1 if info.min < 0 else 200, 7, 100, 3, 5, 9, 2, 4]
        # to uint32 no 1e10: NumPy's vectorised cast of four floats gives 0 there, its one-element cast
        # (jtensor's) 1410065408
        floats = [300.7, -1.0, 4294967295.5, 2.5] if dtype == "uint32" else [300.7, -1.0, 1e10, 2.5]
        x = T(dtype, vals, (3, 4))
        emit_get(x, [L(2, 0, -3), slice(None, None, -1)])
        emit_get(x, [M(1, 0, 1), L(3, 0)])
        emit_get(T(dtype, vals, (4, 3), "T"), [np.array([[True, False, True, False]] * 3)])
        for items, value in [([0], ("long", int(info.max))), ([L(1, 2)], ("long", int(info.min))),
                             ([0, 0], ("long", int(info.max) + 1)), ([slice(None)], ("long", int(info.min) - 1)),
                             ([1], ("double", float(info.max) + 0.9)), ([1], ("double", float(info.max) + 1.0)),
                             ([2, L(0, 1)], ("double", -0.5)),
                             ([L(0, 2), 1], T("int32", [70000, -129])), ([0], T("float64", floats)),
                             ([slice(None), L(3)], T("int64", [2**40 + 5, -1, 256], (3, 1)))]:
            emit_set(x, items, value)

    write("indexing2.csv", ["op", "x", "index", "value", "result_dtype", "result_shape", "expected", "kind"], rows, """
NumPy's x[index] (op get: the result; kind says whether NumPy gives a view or a copy) and
x[index] = value (op set: the whole x afterwards). x and value use the operand syntax of
manipulation.csv; the index syntax is in gen_indexing2. Errors: result_dtype "error", result_shape
the Java exception, expected NumPy's message (commas as |) where jtensor must keep its wording.
""")

# ---------------------------------------------------------------------------------------------
# testing: numpy.testing's assert_allclose / assert_array_equal / assert_array_almost_equal /
# assert_array_less messages
# ---------------------------------------------------------------------------------------------

def gen_testing():
    rows = []
    nan, inf = np.nan, np.inf

    def t(dtype, values, shape=None):
        arr = np.asarray(values, NP[dtype])
        return ("t", dtype, arr if shape is None else arr.reshape(shape))

    def call(op, args, err_msg, a, b):
        if op == "assert_allclose":
            np.testing.assert_allclose(a, b, rtol=args["rtol"], atol=args["atol"], equal_nan=args["equal_nan"],
                                       err_msg=err_msg, strict=args["strict"])
        elif op == "assert_array_equal":
            np.testing.assert_array_equal(a, b, err_msg=err_msg, strict=args["strict"])
        elif op == "assert_array_almost_equal":
            np.testing.assert_array_almost_equal(a, b, decimal=args["decimal"], err_msg=err_msg)
        else:
            np.testing.assert_array_less(a, b, err_msg=err_msg, strict=args["strict"])

    def emit(op, args, a_spec, b_spec, err_msg=""):
        (a_text, a), (b_text, b) = manip_operand(a_spec), manip_operand(b_spec)
        try:
            call(op, args, err_msg, a, b)
            out = "pass"
        except AssertionError as e:
            out = str(e)
        except (ValueError, TypeError) as e:
            out = "error:" + type(e).__name__
        text = ";".join("%s=%s" % (k, ("true" if v else "false") if isinstance(v, bool) else repr(v))
                        for k, v in args.items())
        rows.append([op, text, print_escape(err_msg) if err_msg else "-", a_text, b_text, print_escape(out)])

    configs = [
        ("assert_allclose", {"rtol": 1e-7, "atol": 0.0, "equal_nan": True, "strict": False}),
        ("assert_allclose", {"rtol": 1e-5, "atol": 0.0, "equal_nan": True, "strict": False}),
        ("assert_allclose", {"rtol": 0.1, "atol": 0.001, "equal_nan": True, "strict": False}),
        ("assert_allclose", {"rtol": 1e-7, "atol": 0.0, "equal_nan": False, "strict": False}),
        ("assert_array_equal", {"strict": False}),
        ("assert_array_almost_equal", {"decimal": 6}),
        ("assert_array_almost_equal", {"decimal": 2}),
        ("assert_array_less", {"strict": False}),
    ]
    rng = np.random.default_rng(20261201)
    long_a = np.round(rng.standard_normal(40) * 100, 3)
    long_b = long_a.copy()
    long_b[[3, 17, 25, 31, 36, 39]] += 0.5
    pairs = []
    for d in ("float64", "float32", "float16"):
        pairs += [
            (t(d, [1.0, 2.0, 3.0]), t(d, [1.0, 2.0, 3.0])),
            (t(d, [1.0, 2.0, 3.0]), t(d, [1.0, 2.5, 3.0])),
            (t(d, [0.1, 0.2, 0.3]), t(d, [0.1, 0.2, 0.30000001])),
            (t(d, [1.0, 2.0, 3.0]), t(d, [1.1, 2.2, 3.3])),
            (t(d, [1.0, nan, 3.0]), t(d, [1.0, nan, 3.0])),
            (t(d, [1.0, nan, 3.0]), t(d, [1.0, 2.0, nan])),
            (t(d, [nan, nan]), t(d, [nan, nan])),
            (t(d, [1.0, inf, -inf]), t(d, [1.0, inf, -inf])),
            (t(d, [1.0, inf, 3.0]), t(d, [1.0, -inf, 3.0])),
            (t(d, [1.0, inf, 3.0]), t(d, [inf, 1.0, 3.0])),
            (t(d, [nan, inf, 2.0]), t(d, [nan, inf, 3.0])),
            (t(d, [1.0, 2.0, 0.0, 0.0]), t(d, [1.5, 0.0, 0.0, 1e-9])),
            (t(d, [0.0, 1.0]), t(d, [1.0, 0.0])),
            (t(d, [1e30, -1e-30, 1e-3]), t(d, [1.0000001e30, -2e-30, 1.0001e-3])),
            (t(d, np.arange(12.0), (3, 4)), t(d, np.arange(12.0)[::-1], (3, 4))),
            (t(d, np.arange(24.0) / 7, (2, 3, 4)), t(d, np.arange(24.0) / 7 + np.arange(24) % 3 * 0.01, (2, 3, 4))),
            (t(d, long_a), t(d, long_b)),
            (t(d, 2.0), t(d, [2.0, 2.0, 2.5])),
            (t(d, [2.0, 3.0]), t(d, 2.0)),
            (t(d, 1.0), t(d, 1.5)),
            (t(d, nan), t(d, [nan, nan])),
            (t(d, inf), t(d, [inf, 1.0])),
            (t(d, [1.0, 2.0, 3.0]), t(d, [1.0, 2.0])),
            (t(d, np.arange(6.0), (2, 3)), t(d, np.arange(6.0), (3, 2))),
            (t(d, []), t(d, [])),
        ]
    pairs += [
        (t("float64", [1e300, 1e-300, 5e-324]), t("float64", [-1e300, 2e-300, 0.0])),
        (t("float64", [1.0, 2.0]), t("float32", [1.0, 2.0])),
        (t("float64", [0.1, 0.2]), t("float32", [0.1, 0.2])),
        (t("float32", [3.4e38, 1e-45]), t("float32", [-3.4e38, 0.0])),
        (t("float16", [65504.0, 6e-08]), t("float16", [-65504.0, 0.0])),
        (t("float16", [1.0, 2.0]), t("float32", [1.0, 2.001])),
        (t("float16", [0.1, 0.2]), t("float64", [0.1, 0.2])),
        (t("int32", [1, 2, 3]), t("float16", [1.0, 2.0, 3.5])),
    ]
    for d in ("int32", "int64"):
        pairs += [
            (t(d, [1, 2, 3]), t(d, [1, 2, 3])),
            (t(d, [1, 2, 3]), t(d, [1, 5, 3])),
            (t(d, [1, 2, 3, 4, 5, 6, 7], (7,)), t(d, [0, 0, 0, 0, 0, 0, 8])),
            (t(d, np.arange(6), (2, 3)), t(d, np.arange(6) + 1, (2, 3))),
            (t(d, 3), t(d, [3, 3, 4])),
            (t(d, [0, 5]), t(d, [0, 0])),
        ]
    pairs += [
        (t("int32", [I32_MAX, I32_MIN, 0]), t("int32", [-1, 1, I32_MIN])),
        (t("int64", [I64_MAX, I64_MIN, 0]), t("int64", [-1, 1, I64_MIN])),
        (t("int64", [2**60, 2**60 + 1]), t("int64", [2**60 + 3, 2**60 + 1])),
        (t("bool", [True, False, True]), t("bool", [True, False, True])),
        (t("bool", [True, False, True]), t("bool", [False, False, False])),
        (t("bool", True), t("bool", [True, False])),
        (t("int32", [1, 2, 3]), t("float32", [1.0, 2.0, 3.5])),
        (t("int64", [1, 2, 3]), t("float64", [1.0, 2.0000001, 2.5])),
        (t("float32", [1.0, 2.0, 3.0]), t("int32", [1, 2, 4])),
        (t("float64", [1.0, nan, inf]), t("int64", [1, 2, 3])),
        (t("bool", [True, False]), t("int32", [1, 2])),
        (t("int32", [1, 0]), t("bool", [True, True])),
        (t("bool", [True, False]), t("float32", [1.0, 0.5])),
        (t("float32", [0.5, 0.0]), t("bool", [True, False])),
        (t("int64", [5, 6]), t("int32", [5, 7])),
        # the small integer types: differences at the limits (NumPy's in the array type or wider),
        # mixed signedness, and against float16 and int32
        (t("uint8", [0, 5, 255]), t("uint8", [255, 5, 0])),
        (t("int8", [-128, 0, 127]), t("int8", [127, 0, -128])),
        (t("int8", [1, 2, 3]), t("int8", [1, 2, 3])),
        (t("uint16", [0, 65535, 7]), t("uint16", [65535, 0, 7])),
        (t("int16", [-32768, 32767]), t("int16", [32767, -32768])),
        (t("int8", [-1, 2, 100]), t("uint8", [255, 2, 100])),
        (t("uint8", [1, 2, 3]), t("float16", [1.0, 2.0, 3.5])),
        (t("int16", [300, -7]), t("int32", [300, -8])),
        (t("uint32", [0, U32_MAX, 2**31]), t("uint32", [U32_MAX, 0, 2**31])),
        (t("uint32", [1, 2**31, 7]), t("int32", [-1, I32_MIN, 7])),
    ]
    for a, b in pairs:
        for op, args in configs:
            emit(op, args, a, b)
    # err_msg placement
    for msg in ["short note", "x" * 40, "x" * 60, "two\nlines", "comma, and \\ backslash"]:
        for op, args in configs[:1] + configs[4:6] + configs[7:]:
            emit(op, args, t("float64", [1.0, 2.0]), t("float64", [1.0, 3.0]), msg)
        emit("assert_array_equal", {"strict": False}, t("float64", [1.0, nan]), t("float64", [nan, 1.0]), msg)
        emit("assert_array_equal", {"strict": False}, t("float64", [1.0]), t("float64", [1.0, 2.0]), msg)
        emit("assert_array_equal", {"strict": False}, t("float64", [1.0, 2.0]), t("float64", [1.0, 2.0]), msg)
    # strict: dtype and 0-d mismatches
    for op, args in [("assert_allclose", {"rtol": 1e-7, "atol": 0.0, "equal_nan": True, "strict": True}),
                     ("assert_array_equal", {"strict": True}), ("assert_array_less", {"strict": True})]:
        emit(op, args, t("float32", [1.0, 2.0]), t("float64", [1.0, 2.0]))
        emit(op, args, t("int32", [1, 2]), t("int64", [1, 2]))
        emit(op, args, t("int8", [1, 2]), t("uint8", [1, 2]))
        emit(op, args, t("float64", 1.0), t("float64", [1.0, 1.0]))
        emit(op, args, t("float64", [0.5, 1.0]), t("float64", [1.0, 2.0]))
        emit(op, args, t("float64", [1.0, 2.0]), t("float64", [1.0, 2.5]))
    # boundaries: err_msg one short of / at build_err_msg's same-line limit (79 - len(header); never
    # reached here, as assert_array_compare always appends a newline); exactly five
    # mismatches; float32 rtol and decimal bounds rounded to float32 as NumPy's weak Python floats
    for op, args, header in [("assert_array_equal", {"strict": False}, "Arrays are not equal"),
                             (configs[0][0], configs[0][1], "Not equal to tolerance rtol=1e-07, atol=0")]:
        for n in (78 - len(header), 79 - len(header)):
            emit(op, args, t("float64", [1.0, 2.0]), t("float64", [1.0, 3.0]), "m" * n)
    for d in ("float64", "int32"):
        for op, args in configs:
            emit(op, args, t(d, [1, 2, 3, 4, 5, 6]), t(d, [2, 3, 4, 5, 6, 6]))
    emit("assert_allclose", {"rtol": 0.3, "atol": 0.0, "equal_nan": True, "strict": False},
         t("float32", [3.7559640407562256]), t("float32", [2.8892030715942383]))
    emit("assert_array_almost_equal", {"decimal": 2}, t("float32", [0.015, 0.0]), t("float32", [0.0, 0.0]))
    # non-contiguous operands: transposed, strided and broadcast views read back in C order
    base = np.arange(6.0).reshape(2, 3) / 4
    views = [(("t", "float64", base, "T"), t("float64", base.T.copy())),
             (("t", "float64", base, "T"), t("float64", base.T + np.eye(3, 2))),
             (("t", "int32", np.arange(8), "step2"), t("int32", [0, 2, 5, 6])),
             (("t", "float32", np.array([1.0, nan, 3.0]), "bcast=2x3"), t("float32", [[1, nan, 3], [1, nan, 4]]))]
    views += [(t("float64", []), t("float64", 1.0)), (t("float64", nan), t("float64", nan)),
              (t("float64", inf), t("float64", -inf)), (t("int64", [], (2, 0)), t("int64", [], (2, 0))),
              (t("float32", [inf, nan]), t("float32", inf))]
    for a, b in views:
        for op, args in (configs[0], configs[4], configs[7]):
            emit(op, args, a, b)
    # print options shape the repr (precision) and almost_equal's precision=decimal
    for decimal in (0, 1, 3, 10):
        emit("assert_array_almost_equal", {"decimal": decimal}, t("float64", [1.23456789, 2.0]),
             t("float64", [1.2346, 2.5]))
    write("testing.csv", ["op", "args", "err_msg", "actual", "desired", "expected"], rows, """
numpy.testing's assert_allclose, assert_array_equal, assert_array_almost_equal and
assert_array_less on pairs of small arrays: NumPy's exact AssertionError message, or 'pass'.
err_msg and expected escape backslash, comma and newline as \\\\, \\c and \\n ('-' for no err_msg).""")


# ---------------------------------------------------------------------------------------------
# dtype= and out= of the reductions and scans

def gen_reduce_dtype():
    """sum/prod/mean/var/std/cumsum/cumprod/nan*/ufunc.reduce with dtype= and out= (reduce_dtype.csv).
    Inputs are written inline ("dtype:shape:values[:T]") so the file needs no named tensors; the
    types include uint32, so the encoding keeps its own table of NumPy types."""
    nptypes = dict(NP, uint32=np.uint32)
    ints = set(SMALL_INTS) | {"int32", "int64", "uint32"}
    rows = []

    def text(v, dtype):
        if dtype == "bool":
            return "true" if bool(v) else "false"
        if dtype in ints:
            return str(int(v))
        f = float(v)
        return "nan" if math.isnan(f) else repr(f)

    def values(arr, dtype):
        return " ".join(text(v, dtype) for v in np.asarray(arr).reshape(-1)) if np.asarray(arr).size else "-"

    def operand(dtype, vals, shape, view="-"):
        base = np.asarray(vals, nptypes[dtype]).reshape(shape)
        enc = "%s:%s:%s" % (dtype, fmt_shape(base.shape), values(base, dtype))
        if view == "T":
            return enc + ":T", base.T
        return enc, base

    def call(op, x, axes, keepdims, ddof, dtype, out):
        kw = {}
        if dtype is not None:
            kw["dtype"] = nptypes[dtype]
        if out is not None:
            kw["out"] = out
        if op in ("cumsum", "cumprod", "nancumsum", "nancumprod"):
            return getattr(np, op)(x, axis=axes, **kw)
        if op in ("add.reduce", "multiply.reduce", "maximum.reduce", "minimum.reduce"):
            return getattr(np, op.split(".")[0]).reduce(x, axis=axes, keepdims=keepdims, **kw)
        if op in ("var", "std", "nanvar", "nanstd"):
            kw["ddof"] = ddof
        return getattr(np, op)(x, axis=axes, keepdims=keepdims, **kw)

    def emit(op, spec, axes=None, keepdims=False, ddof=0, dtype=None, out=None, out_shape=None):
        enc, x = spec
        npaxes = tuple(axes) if isinstance(axes, list) else axes
        out_arr = None
        out_text = "none"
        if out is not None:
            try:
                natural = call(op, x, npaxes, keepdims, ddof, dtype, None)
                shape = np.shape(natural) if out_shape is None else out_shape
            except Exception:
                shape = () if out_shape is None else out_shape
            out_arr = np.full(shape, 7, nptypes[out])
            out_text = "%s:%s" % (out, fmt_shape(shape))
        key = [op, enc, fmt_axes(npaxes) if not isinstance(axes, list) else ";".join(map(str, axes)),
               str(keepdims).lower(), str(ddof), dtype or "none", out_text]
        try:
            res = call(op, x, npaxes, keepdims, ddof, dtype, out_arr)
        except (TypeError, ValueError) as e:
            rows.append(key + ["error", "-", type(e).__name__, "0"])
            return
        if out is not None:
            assert res is out_arr
        res = as_jtensor(res)
        jt = res.dtype.name
        exact = jt == "bool" or jt in ints
        ulps = 0 if exact else (1 if jt == "float16" else 4)
        rows.append(key + [jt, fmt_shape(res.shape), values(res, jt), str(ulps)])

    i8 = operand("int8", [100, 100, 100, -128, 127, 1], (2, 3))
    u8 = operand("uint8", [200, 255, 1, 0, 100, 250], (2, 3))
    i16 = operand("int16", [32767, 1, 300, -32768, -1, 300], (2, 3))
    u16 = operand("uint16", [65535, 1, 300, 0, 65534, 7], (2, 3))
    i32 = operand("int32", [I32_MAX, 1, 5, I32_MIN, -1, 7], (2, 3))
    i64 = operand("int64", [2**62, 2**62, 3, -5, 7, 1], (2, 3))
    u32 = operand("uint32", [4294967295, 1, 7, 2**31, 2**31, 3], (2, 3))
    f64 = operand("float64", [1.5, 2.7, -3.2, 0.25, 100.75, -7.5], (2, 3))
    f64t = operand("float64", [1.5, 2.7, -3.2, 0.25, 100.75, -7.5], (2, 3), "T")
    # the second row overflows float32 (to inf in any order) but not float64
    f32 = operand("float32", [0.1, 0.2, 0.3, 1e30, 3e38, 3e38], (2, 3))
    f16 = operand("float16", [60000, 60000, -60000, 1.5, 2048, 1], (2, 3))
    bo = operand("bool", [True, False, True, True, True, False], (2, 3))
    nan64 = operand("float64", [1.5, np.nan, -3.25, np.nan, np.nan, 2.0], (2, 3))
    nan16 = operand("float16", [60000, np.nan, 60000, 1.5, np.nan, 2.5], (2, 3))
    # float32 accumulation loses what float64 keeps: 1000 copies of 0.1f plus 2**24 (1 is below its ulp)
    big = operand("float32", [16777216.0] + [0.1] * 999, (1000,))

    all_types = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "float16", "float32", "float64",
                 "bool"]
    # every dtype as the accumulator of a full sum and product
    for op, specs in (("sum", (i8, u32, f64, bo)), ("prod", (i8,))):
        for spec in specs:
            for dtype in all_types:
                emit(op, spec, None, False, 0, dtype)
    for op, axes_list in (("sum", (0, 1)), ("prod", (0,))):
        for spec in (i8, f16, f32, f64t):
            for dtype in ("int8", "uint32", "float16", "float64"):
                for axes in axes_list:
                    emit(op, spec, axes, axes == 1, 0, dtype)
    emit("sum", big, None, False, 0, "float64")
    emit("sum", u16, None, False, 0, "int16")
    # float16 overflow: 60000 + 60000 is inf in float16, 120000 in float32
    pair16 = operand("float16", [60000, 60000], (2,))
    for op in ("sum", "mean", "cumsum"):
        for dtype in ("float16", "float32"):
            emit(op, pair16, None, False, 0, dtype)
    # a bool dtype casts x to bool first: 0.5 and -0.5 are both true, their sum is not taken
    cancel = operand("float64", [0.5, -0.5, 0.0, 0.0, -0.0, 0.0], (2, 3))
    emit("sum", cancel, 1, False, 0, "bool")
    emit("cumsum", cancel, None, False, 0, "bool")
    for spec in (i8, u32, f64, f16, bo):
        for dtype in ("int8", "int32", "float16", "float32", "bool"):
            emit("mean", spec, None, False, 0, dtype)
    for dtype in ("int32", "float16", "float32", "float64"):
        emit("mean", f64t, 0, True, 0, dtype)
    for spec in (i8, f64, f16, f32, bo):
        for dtype in ("int32", "float16", "float32", "bool"):
            if spec is f32 and dtype == "bool":
                continue
            emit("var", spec, None, False, 1, dtype)
            emit("var", spec, 1, False, 0, dtype)
            emit("std", spec, None, False, 0, dtype)
    for spec in (i32, u32):
        emit("var", spec, None, False, 0, "uint32")
        emit("std", spec, 1, True, 0, "float32")
    for spec in (i8, u32, f64, bo):
        for dtype in ("int8", "uint8", "int16", "uint32", "float16", "bool"):
            emit("cumsum", spec, None, False, 0, dtype)
    for spec in (i8, f64, bo):
        for dtype in ("int8", "float16", "bool"):
            emit("cumprod", spec, None, False, 0, dtype)
    for op in ("cumsum", "cumprod"):
        for spec in (i8, f64t):
            for dtype in ("int8", "float16"):
                emit(op, spec, 1, False, 0, dtype)
    for op in ("add.reduce", "multiply.reduce", "maximum.reduce", "minimum.reduce"):
        for spec in (i8, f64):
            for dtype in ("int8", "float32", "bool"):
                emit(op, spec, 0, False, 0, dtype)
    for op in ("nansum", "nanprod", "nanmean", "nanvar", "nanstd"):
        for spec in (nan64, nan16, i8):
            for dtype in ("int32", "float32", "bool"):
                emit(op, spec, None, False, 0, dtype)
        emit(op, nan64, 0, op in ("nanmean", "nanvar"), 0 if op != "nanstd" else 1, "float16")
    for op in ("nancumsum", "nancumprod"):
        for spec in (nan64, nan16):
            for dtype in ("int32", "float16", "bool"):
                emit(op, spec, None, False, 0, dtype)

    # out=: the loop in the promotion of out's type and x's, any cast into out, the result's exact shape
    for op, outs in (("sum", ("int8", "uint32", "float16", "float64", "bool")),
                     ("prod", ("int8", "float64", "bool")),
                     ("mean", ("int32", "float16")), ("var", ("int32", "float32")),
                     ("std", ("int32", "float16")), ("maximum.reduce", ("int32", "float16", "bool")),
                     ("minimum.reduce", ("float32",))):
        for spec in (i8, f64, f16):
            for out in outs:
                # NumPy's buffered max into a narrower or unsigned out follows no one rule: left out
                emit(op, spec, None, False, 0, None, out)
                if op in ("sum", "mean", "var"):
                    emit(op, spec, 1, True, 0, None, out)
    emit("sum", f64t, 0, False, 0, None, "float32")
    for op in ("cumsum", "cumprod", "nancumsum"):
        for spec in (i8, f64, nan64):
            for out in ("int8", "int32", "float16", "bool"):
                emit(op, spec, None if out != "int32" else 1, False, 0, None, out)
    for op in ("nansum", "nanmean", "nanvar", "nanstd"):
        for out in ("float16", "float32"):
            emit(op, nan64, None, False, 0, None, out)
            emit(op, nan64, 1, True, 0, None, out)
        emit(op, i8, None, False, 0, None, "int32")
    for op, dtype, out in (("sum", "int8", "float64"), ("sum", "float32", "float64"), ("mean", "float32", "int32"),
                           ("mean", "int32", "float32"), ("var", "float32", "float16"), ("cumsum", "int8", "int64"),
                           ("prod", "float16", "float32"), ("std", "float32", "float64")):
        for spec in (i8, f64, f16):
            emit(op, spec, None, False, 0, dtype, out)
    # out shapes NumPy refuses: a reduction's out is never broadcast, a scan's must be the result's shape
    emit("sum", f64, None, False, 0, None, "float64", (1,))
    emit("sum", f64, 0, False, 0, None, "float64", (1, 3))
    emit("sum", f64, 0, True, 0, None, "float64", (3,))
    emit("mean", f64, 1, False, 0, None, "float64", (2, 1))
    emit("cumsum", f64, None, False, 0, None, "float64", (2, 3))
    emit("cumsum", f64, 0, False, 0, None, "float64", (6,))
    emit("std", i8, None, False, 0, None, "int32")
    emit("std", i8, 1, True, 0, None, "int64")
    write("reduce_dtype.csv", ["op", "input", "axes", "keepdims", "ddof", "dtype", "out", "result_dtype", "shape",
                               "expected", "ulps"], rows, """
NumPy's dtype= and out= of sum, prod, mean, var, std, cumsum, cumprod, the nan* reductions and scans and
add/multiply/maximum/minimum.reduce.  input is dtype:shape:values, ':T' a transposed view of it; axes
'none' is NumPy's axis=None (a scan of the flattened input).  out is 'dtype:shape' of an out= tensor
(filled with 7 first) or 'none'; with out, result_dtype and the values are out's after the call.
result_dtype 'error' means NumPy raises (expected: the exception type).  ulps: the allowed distance for
a float result (summation order), 0 for exact ones.""")


TRAINING = dict(n=96, d=6, h=12, k=3, steps=30, lr=0.5)


def training_data(dt):
    """The training set and the initial weights, every value a small dyadic fraction (exact in float32,
    so both sides start from the same bits): x (n, d), labels y = argmax(x @ w_true) (exact integer
    sums), w1 (d, h), b1 zeros, w2 (h, k), b2 zeros."""
    n, d, h, k = (TRAINING[key] for key in "ndhk")
    i, j = np.arange(n)[:, None], np.arange(d)[None, :]
    x = (((i * 7 + j * 13) % 17 - 8) / 8).astype(dt)
    a, b = np.arange(d)[:, None], np.arange(k)[None, :]
    y = np.argmax(x.astype(np.float64) @ ((a * 5 + b * 3) % 7 - 3), 1)
    a, b = np.arange(d)[:, None], np.arange(h)[None, :]
    w1 = (((a * 5 + b * 3) % 11 - 5) / 16).astype(dt)
    a, b = np.arange(h)[:, None], np.arange(k)[None, :]
    w2 = (((a * 3 + b * 7) % 13 - 6) / 32).astype(dt)
    return x, y, w1, np.zeros(h, dt), w2, np.zeros(k, dt)


def training_rows():
    """The rows of the trained network (ModelConformance.aTwoLayerNetworkTrainsAsInNumPy)."""
    rows = []
    for dt in (np.float16, np.float32, np.float64):
        x, y, w1, b1, w2, b2 = training_data(dt)
        n, k = x.shape[0], w2.shape[1]
        onehot = (y[:, None] == np.arange(k)[None, :]).astype(dt)
        lr = dt(TRAINING["lr"])
        losses = []
        for _ in range(TRAINING["steps"]):
            z1 = x @ w1 + b1
            a1 = np.tanh(z1)
            logits = a1 @ w2 + b2
            logp = scipy.special.log_softmax(logits, axis=1)
            losses.append(-np.mean(np.sum(logp * onehot, axis=1)))
            g = (np.exp(logp) - onehot) / dt(n)
            gz1 = (g @ w2.T) * (1 - a1 * a1)
            gw2, gb2, gw1, gb1 = a1.T @ g, g.sum(0), x.T @ gz1, gz1.sum(0)
            np.subtract(w1, gw1 * lr, out=w1)
            np.subtract(b1, gb1 * lr, out=b1)
            np.subtract(w2, gw2 * lr, out=w2)
            np.subtract(b2, gb2 * lr, out=b2)
        predicted = np.argmax(np.tanh(x @ w1 + b1) @ w2 + b2, axis=1)
        name = np.dtype(dt).name
        for what, value in (("labels", y), ("loss", np.array(losses, dt)), ("w1", w1), ("b1", b1), ("w2", w2),
                            ("b2", b2), ("predicted", predicted)):
            value = np.asarray(value)
            jt = JT[value.dtype.name]
            rows.append([name, what, jt, fmt_shape(value.shape), fmt_list(value, jt)])
    return rows


def dyadic(shape, a, b, m, c, scale):
    """((i * a + j * b) % m - c) / scale over the first two axes of shape's flattened (rows, cols) form:
    small dyadic fractions, exact in float16, float32 and float64, so jtensor builds the same bits
    with its integer ops (ModelConformance.dyadic)."""
    rows, cols = int(np.prod(shape[:-1])), shape[-1]
    i, j = np.arange(rows)[:, None], np.arange(cols)[None, :]
    return (((i * a + j * b) % m - c) / scale).reshape(shape)


def transformer_block(dt):
    """One pre-activation transformer encoder block with causal multi-head attention, as
    ModelConformance writes it: returns the attention probabilities and the block's output."""
    b, t, d, heads = 2, 5, 8, 2
    dh = d // heads
    x = dyadic((b, t, d), 7, 3, 11, 5, 8).astype(dt)
    wq, wk, wv, wo = (dyadic((d, d), a, c, 13, 6, 16).astype(dt) for a, c in ((3, 5), (5, 7), (7, 3), (9, 5)))
    w1 = dyadic((d, 2 * d), 5, 3, 9, 4, 16).astype(dt)
    w2 = dyadic((2 * d, d), 3, 7, 9, 4, 16).astype(dt)
    b1 = dyadic((2 * d,), 1, 3, 5, 2, 8).astype(dt)
    gamma = dyadic((d,), 1, 1, 3, -2, 4).astype(dt)
    beta = dyadic((d,), 1, 5, 7, 3, 8).astype(dt)

    def split(m):
        return (x @ m).reshape(b, t, heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(wq), split(wk), split(wv)
    scores = np.einsum("bhtd,bhsd->bhts", q, k) / np.sqrt(dt(dh))
    causal = np.triu(np.ones((t, t), dtype=bool), 1)
    probs = scipy.special.softmax(np.where(causal, -np.inf, scores), axis=-1)
    attended = (probs @ v).transpose(0, 2, 1, 3).reshape(b, t, d) @ wo
    h = x + attended
    normed = (h - h.mean(-1, keepdims=True)) / np.sqrt(h.var(-1, keepdims=True) + dt(1e-5)) * gamma + beta
    out = h + np.maximum(normed @ w1 + b1, 0) @ w2
    return probs.astype(dt), out.astype(dt)


def conv_layer(dt):
    """A 3x3 convolution (NCHW, stride 1, no padding) by sliding windows and einsum, bias, ReLU and
    2x2 max pooling, as ModelConformance writes it: returns the activations and the pooled map."""
    n, c, hw, o = 2, 3, 6, 4
    x = dyadic((n, c, hw, hw), 5, 3, 13, 6, 8).astype(dt)
    w = dyadic((o, c, 3, 3), 3, 5, 7, 3, 8).astype(dt)
    bias = dyadic((o,), 1, 3, 5, 2, 4).astype(dt)
    windows = np.lib.stride_tricks.sliding_window_view(x, (3, 3), axis=(2, 3))
    act = np.maximum(np.einsum("nchwij,ocij->nohw", windows, w) + bias[None, :, None, None], 0)
    pooled = act.reshape(n, o, 2, 2, 2, 2).max(axis=(3, 5))
    return act.astype(dt), pooled


def common_layers(dt):
    """Layers common in training code, as ModelConformance writes them: an embedding lookup, a
    five-step tanh RNN, cross-entropy by take_along_axis, one-hot rows of eye, batch norm over the
    batch axis, gradient clipping by the global norm, and the PCA spectrum (eigvalsh of the
    covariance; not for float16, which NumPy's linalg refuses). Returns (name, value) pairs."""
    vocab, e_dim, b, t, hidden = 10, 4, 3, 5, 6
    emb = dyadic((vocab, e_dim), 3, 5, 7, 3, 8).astype(dt)
    tokens = dyadic((b, t), 3, 7, vocab, 0, 1).astype(np.int64)
    wx = dyadic((e_dim, hidden), 5, 3, 9, 4, 16).astype(dt)
    wh = dyadic((hidden, hidden), 3, 5, 11, 5, 16).astype(dt)
    bias = dyadic((hidden,), 1, 3, 5, 2, 8).astype(dt)
    wo = dyadic((hidden, vocab), 7, 3, 13, 6, 16).astype(dt)
    e = emb[tokens]
    h = np.zeros((b, hidden), dt)
    for step in range(t):
        h = np.tanh(e[:, step] @ wx + h @ wh + bias)
    labels = tokens[:, -1]
    logp = scipy.special.log_softmax(h @ wo, axis=1)
    loss = -np.mean(np.take_along_axis(logp, labels[:, None], axis=1))
    flat = e.reshape(b * t, e_dim)
    centred = flat - flat.mean(0)
    normed = centred / np.sqrt(flat.var(0) + dt(1e-5))
    g = np.concatenate([wx.ravel(), wh.ravel()])
    clipped = g * np.minimum(dt(1), dt(0.5) / np.sqrt(np.sum(g * g)))
    out = [("embed", e), ("rnn", h), ("xent", np.asarray(loss, dt)), ("onehot", np.eye(vocab, dtype=dt)[labels]),
           ("batchnorm", normed), ("clipped", clipped)]
    if dt != np.float16:
        out.append(("pca", np.linalg.eigvalsh(centred.T @ centred / dt(b * t - 1))))
    return out


def gen_models():
    rows = training_rows()
    for dt in (np.float16, np.float32, np.float64):
        probs, out = transformer_block(dt)
        act, pooled = conv_layer(dt)
        for what, value in [("attention", probs), ("block", out), ("conv", act), ("pooled", pooled)] + common_layers(dt):
            jt = JT[value.dtype.name]
            rows.append([np.dtype(dt).name, what, jt, fmt_shape(value.shape), fmt_list(value, jt)])
    write("models.csv", ["dtype", "name", "result_dtype", "shape", "expected"], rows, """
Small models written with NumPy as ModelConformance writes them with jtensor, in float16, float32 and
float64.  A two-layer network (tanh hidden layer, softmax cross-entropy) trained by full-batch gradient
descent: n=%(n)d samples of d=%(d)d features, h=%(h)d hidden units, k=%(k)d classes, %(steps)d steps at
learning rate %(lr)s (training_data); rows: the labels, the loss before each step, the weights after the
last step (w1 b1 w2 b2) and the classes the trained network predicts.  Forward passes of a transformer
encoder block (causal two-head attention by einsum, softmax over a -inf mask, residual, layer norm by
mean/var, ReLU feed-forward; rows 'attention' (the probabilities) and 'block' (the output)) and a
convolution layer (3x3 windows by sliding_window_view and einsum, bias, ReLU: 'conv'; 2x2 max
pooling: 'pooled').  Layers common in training code (common_layers): 'embed', 'rnn', 'xent', 'onehot',
'batchnorm', 'clipped', 'pca'.  Inputs and weights are small dyadic
fractions (dyadic, training_data), exact in every type.""" % TRAINING)


def gen_random_stream():
    """NumPy's own stream: sequences of Generator calls on np.random.default_rng(seed), replayed in
    order by RandomStreamConformance on Np.defaultRng(seed), which must give every value bit for bit."""
    rows = []
    cases = []

    def case(seed, calls):
        cases.append((seed, calls))

    mixed = [("random", "-", "float64", (5,)), ("random", "-", "float64", (2, 3)),
             ("random", "-", "float32", (3,)), ("random", "-", "float64", (2,)),
             ("random", "-", "float32", (1,)), ("random", "-", "float32", ()),
             ("integers", "0 10 0", "int64", (6,)), ("random", "-", "float64", ()),
             ("uniform", "-2.5 3.0", "float64", (2, 2)), ("integers", "-5 5 1", "int8", (7,)),
             ("permutation_n", "9", "int64", (9,)), ("choice", "10 4 1 -", "int64", (4,)),
             ("random", "-", "float32", (2,))]
    for seed in (0, 1, 42, 2**32, 2**64 + 1, 2**130 + 5):
        case(seed, mixed)
    ints = []
    for dtype, low, high in (("int8", -128, 127), ("uint8", 0, 255), ("int16", -32768, 32767),
                             ("uint16", 0, 65535), ("int32", -2**31, 2**31 - 1), ("uint32", 0, 2**32 - 1),
                             ("int64", -2**63, 2**63 - 1)):
        ints += [("integers", "%d %d 1" % (low, high), dtype, (5,)),            # the full range
                 ("integers", "%d %d 0" % (low, low + 1), dtype, (3,)),        # one value: no draw
                 ("integers", "%d %d 0" % (low, low + 3), dtype, (9,)),        # a small range
                 ("integers", "%d %d 1" % (high - 200 if high > 300 else 0, high), dtype, (40,)),
                 ("integers", "%d %d 0" % (low, low + (high - low) // 2 + 2), dtype, (30,)),  # half rejected
                 ("random", "-", "float32", (1,))]
    ints += [("integers", "0 4294967296 0", "int64", (4,)), ("integers", "0 4294967297 0", "int64", (6,)),
             ("integers", "0 1099511627776 0", "int64", (5,)), ("integers", "-7 9223372036854775807 1", "int64", (5,)),
             ("integers", "3 4 0", "int64", ()), ("integers", "0 100 0", "int16", ()),
             ("integers_array", "0/0/100 2/1000/34359738368", "int64", (3,)),
             ("integers_array", "0/-50 3/50", "int16", (2, 2)),
             ("integers", "0 40000 0", "uint16", (200,)), ("integers", "-100 100 0", "int8", (101,))]
    case(7, ints)
    case(2**64 + 1, ints)
    perms = [("permutation_n", "10", "int64", (10,)), ("permutation_n", "1", "int64", (1,)),
             ("permutation_n", "0", "int64", (0,)), ("permutation", "0", "int64", (4, 3)),
             ("permutation", "1", "int64", (3, 5)), ("shuffle", "0", "int64", (7,)),
             ("shuffle", "1", "int64", (2, 6)), ("shuffle", "0", "int64", (3, 0)),
             ("permuted", "1", "int64", (3, 4)), ("permuted", "0", "int64", (3, 4)),
             ("permuted", "none", "int64", (2, 3)), ("random", "-", "float32", (1,))]
    case(3, perms)
    case(2**130 + 5, perms)
    choices = [("choice", "10 5 1 -", "int64", (5,)), ("choice", "10 5 0 -", "int64", (5,)),
               ("choice", "3 3 0 -", "int64", (3,)), ("choice", "10001 250 0 -", "int64", (250,)),
               ("choice", "20000 100 0 -", "int64", (100,)), ("choice", "10001 10001 0 -", "int64", (10001,)),
               ("choice", "1099511627776 4 0 -", "int64", (4,)), ("choice", "1099511627776 4 1 -", "int64", (4,)),
               ("choice", "5 6 1 0.1/0/0.3/0.6/0", "int64", (6,)), ("choice", "5 3 0 0.1/0/0.3/0.6/0", "int64", (3,)),
               ("choice", "6 5 0 0.05/0.05/0.1/0.2/0.25/0.35", "int64", (5,)), ("choice", "10 0 0 -", "int64", (0,)),
               ("random", "-", "float32", (1,)), ("bytes", "10", "uint8", (10,)), ("bytes", "3", "uint8", (3,)),
               ("bytes", "0", "uint8", (0,)), ("random", "-", "float64", (1,)),
               ("spawn_random", "-", "float64", (3,)), ("random", "-", "float64", (2,)),
               ("spawn_random", "-", "float64", (2,)), ("uniform", "0 1", "float32", (3,))]
    case(11, choices)
    case(2**32, [c for c in choices if c[1] != "10001 10001 0 -"])
    # the distributions NumPy draws from uniforms alone (no ziggurat), in the order NumPy draws them
    dists = [("logistic", "1.5 2.0", "float64", (50,)), ("laplace", "0.5 2.0", "float64", (50,)),
             ("gumbel", "0.5 2.0", "float64", (50,)), ("triangular", "-1 0.3 2", "float64", (50,)),
             ("triangular", "0 0 1", "float64", (5,)), ("vonmises", "0.3 2.0", "float64", (50,)),
             ("vonmises", "-1 1e-06", "float64", (20,)), ("vonmises", "3 1e-09", "float64", (5,)),
             ("poisson", "0.5", "int64", (50,)), ("poisson", "7.5", "int64", (50,)), ("poisson", "50", "int64", (50,)),
             ("poisson", "1000000", "int64", (20,)), ("geometric", "0.5", "int64", (50,)), ("geometric", "1", "int64", (3,)),
             ("logseries", "0.7", "int64", (50,)), ("logseries", "0.999", "int64", (50,)), ("zipf", "2.5", "int64", (50,)),
             ("zipf", "1.3", "int64", (50,)), ("binomial", "10 0.3", "int64", (50,)), ("binomial", "20 0.8", "int64", (50,)),
             ("random", "-", "float64", (3,))]
    case(5, dists)
    case(2**64 + 1, dists)
    # NumPy's binomial (inversion up to n*min(p, 1-p) = 30, BTPE above), hypergeometric (urn below
    # 10 draws or 10 left, HRUA otherwise) and multinomial (binomials in sequence), mixed with the others
    discrete = [("binomial", "100 0.3", "int64", (40,)), ("binomial", "101 0.3", "int64", (150,)),
                ("binomial", "59 0.5", "int64", (30,)), ("binomial", "61 0.5", "int64", (30,)),
                ("binomial", "1000 0.97", "int64", (100,)), ("binomial", "40 0.9", "int64", (20,)),
                ("random", "-", "float64", (2,)), ("binomial", "200 0.2", "int64", (100,)),
                ("binomial", "1000000 0.4", "int64", (150,)), ("binomial", "5 1", "int64", (3,)),
                ("binomial", "0 0.5", "int64", (2,)), ("binomial", "7 0", "int64", (2,)),
                ("integers", "0 10 0", "int64", (3,)), ("hypergeometric", "10 5 9", "int64", (20,)),
                ("hypergeometric", "10 5 10", "int64", (20,)), ("hypergeometric", "30 20 10", "int64", (40,)), ("hypergeometric", "40 40 20", "int64", (30,)),
                ("hypergeometric", "100 2 10", "int64", (30,)), ("hypergeometric", "5 100 95", "int64", (30,)),
                ("hypergeometric", "5 100 96", "int64", (20,)), ("hypergeometric", "300 700 400", "int64", (40,)),
                ("hypergeometric", "1000000 3000000 2000000", "int64", (30,)),
                ("hypergeometric", "999999999 999999999 5", "int64", (10,)), ("hypergeometric", "0 10 5", "int64", (3,)),
                ("hypergeometric", "50 0 20", "int64", (3,)), ("poisson", "7.5", "int64", (10,)),
                ("multinomial", "100 0.2/0.3/0.5", "int64", (20, 3)),
                ("multinomial", "1000 0.05/0.9/0.05", "int64", (20, 3)),
                ("multinomial", "10 0.5/0.5/0", "int64", (5, 3)), ("geometric", "0.4", "int64", (10,)),
                ("multivariate_hypergeometric", "3/5/2 4", "int64", (10, 3)),
                ("multivariate_hypergeometric", "3/5/2 7", "int64", (10, 3)),
                ("multivariate_hypergeometric", "30/50/20/40 60", "int64", (10, 4)),
                ("multivariate_hypergeometric", "30/50/20/40 100", "int64", (10, 4)),
                ("random", "-", "float64", (2,))]
    for seed in (5, 12345, 2**64 + 1, 2**130 + 5):
        case(seed, discrete)

    # NumPy's ziggurats and what it builds on them. Seeds 867 and 2007 are where each 500-sample
    # row below takes its tail (|x| > 3.654 for normals, x > 7.697 for exponentials) at least once;
    # about 1 % of samples take a wedge test. A random() after a call shows the stream position.
    ziggurat = [("standard_normal", "-", "float64", (500,)), ("random", "-", "float64", (1,)),
                ("standard_normal", "-", "float32", (500,)), ("random", "-", "float32", (1,)),
                ("standard_exponential", "-", "float64", (500,)),
                ("standard_exponential", "-", "float32", (500,)), ("random", "-", "float32", (1,)),
                ("standard_normal", "-", "float32", (3,)), ("random", "-", "float64", (1,)),
                ("normal", "1.5 0.25", "float64", (30,)), ("exponential", "2.0", "float64", (30,)),
                ("standard_gamma", "0.5", "float64", (40,)), ("standard_gamma", "1", "float64", (20,)),
                ("standard_gamma", "2.5", "float64", (40,)), ("standard_gamma", "0", "float64", (3,)),
                ("standard_gamma", "0.001", "float64", (20,)), ("random", "-", "float64", (1,)),
                ("standard_gamma", "0.5", "float32", (40,)), ("standard_gamma", "1", "float32", (20,)),
                ("standard_gamma", "2.5", "float32", (40,)), ("random", "-", "float32", (1,)),
                ("gamma", "3.0 2.0", "float64", (20,)), ("lognormal", "0.5 0.75", "float64", (30,)),
                ("beta", "0.5 0.7", "float64", (30,)), ("beta", "2.0 3.0", "float64", (30,)),
                ("beta", "0.5 3.0", "float64", (30,)), ("chisquare", "3.5", "float64", (30,)),
                ("chisquare", "1.2", "float64", (20,)), ("f", "4 7", "float64", (30,)),
                ("standard_t", "5.5", "float64", (30,)), ("standard_cauchy", "-", "float64", (30,)),
                ("random", "-", "float64", (1,)), ("weibull", "1.7", "float64", (30,)),
                ("weibull", "0", "float64", (3,)), ("pareto", "3.0", "float64", (30,)),
                ("power", "2.5", "float64", (30,)), ("rayleigh", "1.5", "float64", (30,)),
                ("wald", "1.0 2.0", "float64", (30,)), ("noncentral_chisquare", "3.0 1.5", "float64", (30,)),
                ("noncentral_chisquare", "0.8 2.0", "float64", (30,)), ("noncentral_f", "3 5 1.5", "float64", (30,)),
                ("negative_binomial", "3.5 0.4", "int64", (30,)), ("geometric", "0.1", "int64", (30,)),
                ("dirichlet", "0.5/1.5/3.0", "float64", (10, 3)), ("dirichlet", "0.05/0.08/0.02", "float64", (10, 3)),
                ("dirichlet", "1.5/2.5", "float64", (10, 2)),
                ("vonmises", "0.5 2000000", "float64", (20,)), ("poisson", "2.5", "int64", (10,)),
                ("random", "-", "float64", (2,))]
    for seed in (867, 2007, 2**64 + 1):
        case(seed, ziggurat)
    # shuffle=False (a fifth arg 0): Floyd's order unshuffled; the tail shuffle past 1/20 of a large population
    unshuffled = [("choice", "10 5 0 - 0", "int64", (5,)), ("choice", "10 10 0 - 0", "int64", (10,)),
                  ("choice", "20000 1001 0 - 0", "int64", (1001,)),
                  ("choice", "20000 999 0 - 0", "int64", (999,)), ("choice", "10 5 1 - 0", "int64", (5,)),
                  ("choice", "5 3 0 0.1/0/0.3/0.6/0 0", "int64", (3,)), ("choice", "1 1 0 - 0", "int64", (1,)),
                  ("choice", "10 5 0 - 1", "int64", (5,)), ("random", "-", "float64", (1,))]
    case(12, unshuffled)
    # standard_exponential(method='inv'): -log1p(-u) of one uniform each; the samplers' out= in C and
    # Fortran order (args layout; standard_exponential_out method and layout, standard_gamma_out k and
    # layout, permuted_out axis and layout), each filled in out's memory order
    inversion = [("standard_exponential_inv", "-", "float64", (500,)), ("random", "-", "float64", (1,)),
                 ("standard_exponential_inv", "-", "float32", (500,)), ("random", "-", "float32", (1,)),
                 ("random_out", "F", "float64", (3, 4)), ("random_out", "C", "float32", (2, 5)),
                 ("standard_normal_out", "F", "float32", (2, 5)), ("standard_normal_out", "C", "float64", (3,)),
                 ("standard_exponential_out", "inv F", "float64", (2, 3)),
                 ("standard_exponential_out", "zig C", "float32", (7,)),
                 ("standard_exponential_out", "inv C", "float32", (2, 2, 2)),
                 ("standard_gamma_out", "2.5 C", "float64", (4,)), ("standard_gamma_out", "0.5 C", "float32", (2, 3)),
                 ("permuted_out", "1 F", "int64", (3, 4)), ("permuted_out", "none F", "int64", (3, 4)),
                 ("permuted_out", "0 C", "int64", (4, 2)), ("random", "-", "float64", (2,))]
    for seed in (31, 2**64 + 1):
        case(seed, inversion)

    for number, (seed, calls) in enumerate(cases):
        rng = np.random.default_rng(seed)
        for call, args, dtype, shape in calls:
            a = args.split(" ")
            size = int(np.prod(shape))
            if call == "random":
                res = rng.random(shape, dtype=np.dtype(dtype))
            elif call == "uniform":
                res = rng.uniform(float(a[0]), float(a[1]), shape).astype(dtype)
            elif call == "integers":
                res = rng.integers(int(a[0]), int(a[1]), shape, dtype=np.dtype(dtype), endpoint=a[2] == "1")
            elif call == "integers_array":
                low, high = ([int(v) for v in t.split("/")] for t in a)
                res = rng.integers(np.array(low), np.array(high), shape, dtype=np.dtype(dtype))
            elif call == "permutation_n":
                res = rng.permutation(int(a[0]))
            elif call in ("permutation", "shuffle", "permuted"):
                x = np.arange(size, dtype=np.int64).reshape(shape)
                axis = None if a[0] == "none" else int(a[0])
                if call == "shuffle":
                    rng.shuffle(x, axis=axis)
                    res = x
                elif call == "permutation":
                    res = rng.permutation(x, axis=axis)
                else:
                    res = rng.permuted(x, axis=axis)
            elif call == "choice":
                p = None if a[3] == "-" else np.array([float(v) for v in a[3].split("/")])
                res = rng.choice(int(a[0]), int(a[1]), replace=a[2] == "1", p=p, shuffle=a[4:] != ["0"])
            elif call == "bytes":
                res = np.frombuffer(rng.bytes(int(a[0])), dtype=np.uint8)
            elif call == "spawn_random":
                res = rng.spawn(1)[0].random(shape)
            elif call in ("standard_normal", "standard_exponential"):
                res = getattr(rng, call)(shape, dtype=np.dtype(dtype))
            elif call == "standard_gamma":
                res = rng.standard_gamma(float(a[0]), shape, dtype=np.dtype(dtype))
            elif call == "standard_exponential_inv":
                res = rng.standard_exponential(shape, dtype=np.dtype(dtype), method="inv")
            elif call.endswith("_out"):
                res = np.zeros(shape[::-1], dtype).T if a[-1] == "F" else np.zeros(shape, dtype)
                if call == "random_out":
                    rng.random(dtype=np.dtype(dtype), out=res)
                elif call == "standard_normal_out":
                    rng.standard_normal(dtype=np.dtype(dtype), out=res)
                elif call == "standard_exponential_out":
                    rng.standard_exponential(dtype=np.dtype(dtype), method=a[0], out=res)
                elif call == "standard_gamma_out":
                    rng.standard_gamma(float(a[0]), dtype=np.dtype(dtype), out=res)
                else:
                    x = np.arange(size, dtype=np.int64).reshape(shape)
                    assert rng.permuted(x, axis=None if a[0] == "none" else int(a[0]), out=res) is res
            elif call == "standard_cauchy":
                res = rng.standard_cauchy(shape)
            elif call == "negative_binomial":
                res = rng.negative_binomial(float(a[0]), float(a[1]), shape)
            elif call == "dirichlet":
                res = rng.dirichlet([float(v) for v in a[0].split("/")], shape[:-1])
            elif call in ("logistic", "laplace", "gumbel", "triangular", "vonmises", "poisson", "geometric",
                          "logseries", "zipf", "normal", "exponential", "gamma", "lognormal", "beta", "chisquare",
                          "f", "standard_t", "weibull", "pareto", "power", "rayleigh", "wald",
                          "noncentral_chisquare", "noncentral_f"):
                res = getattr(rng, call)(*[float(v) for v in a], shape)
            elif call == "binomial":
                res = rng.binomial(int(a[0]), float(a[1]), shape)
            elif call == "hypergeometric":
                res = rng.hypergeometric(int(a[0]), int(a[1]), int(a[2]), shape)
            elif call == "multinomial":
                res = rng.multinomial(int(a[0]), [float(v) for v in a[1].split("/")], shape[:-1])
            elif call == "multivariate_hypergeometric":
                res = rng.multivariate_hypergeometric([int(v) for v in a[0].split("/")], int(a[1]), shape[:-1])
            else:
                raise ValueError(call)
            res = np.asarray(res)
            assert res.shape == tuple(shape), (call, args, res.shape, shape)
            rows.append([str(number), str(seed), call, args, dtype, fmt_shape(shape), fmt_list(res, dtype) or "-"])
    write("random_stream.csv", ["case", "seed", "call", "args", "dtype", "shape", "expected"], rows, """
NumPy's own stream: each case is a sequence of calls on one np.random.default_rng(seed), in order;
Np.defaultRng(seed) must give every value bit for bit. call: random (dtype), uniform (args low high;
a float32 row is NumPy's float64 samples rounded), integers (args low high endpoint), integers_array
(args lows highs, '/'-separated, broadcast), permutation_n (args n), permutation/shuffle/permuted
(args axis or none; of arange(size) in the row's shape), choice (args n size replace p [shuffle]; p
'/'-separated or '-', shuffle 0 for shuffle=False), bytes (args length; as uint8), spawn_random (random(shape) of the next spawned child); the
distributions drawn from uniforms alone (args their parameters): logistic, laplace, gumbel and vonmises
samples go through log/exp/cos, whose last bit may differ between C and Java; binomial (args n p),
hypergeometric (args ngood nbad nsample), multinomial (args n pvals, '/'-separated; shape size + (k,))
and multivariate_hypergeometric (args colors, '/'-separated, and nsample; NumPy's marginals method);
the ziggurat family (args their parameters; standard_normal, standard_exponential and standard_gamma
in the row's dtype, float32 from NumPy's float32 samplers; dirichlet's alpha '/'-separated, shape
size + (k,)); standard_exponential_inv (method='inv'); random_out, standard_normal_out,
standard_exponential_out (args method layout), standard_gamma_out (args k layout) and permuted_out (args
axis layout; of arange(size)): the call with out= a zero array of the row's shape in layout C or F
(Fortran order), the expected values out's afterwards.""")


def gen_keywords3():
    """NumPy keywords filled in the nineteenth session, replayed by Keywords3Conformance."""
    from urllib.parse import quote
    rows = []
    nan, inf = np.nan, np.inf

    def add(op, operands, kwargs, fn):
        inputs = [manip_operand(o) for o in operands]
        text = ";".join(t for t, _ in inputs) if inputs else "-"
        args = " ".join("%s=%s" % (k, quote(str(v), safe="")) for k, v in kwargs.items()) or "-"
        try:
            with np.errstate(all="ignore"):
                res = fn(*[a for _, a in inputs])
        except (ValueError, TypeError, OverflowError) as e:
            rows.append([op, text, args, "error", "-", type(e).__name__])
            return
        res = np.asarray(res)
        dt = JT[res.dtype.name]
        rows.append([op, text, args, dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-"])

    # fromstring(text, dtype, count, sep): the text mode
    for text, dtype, count, sep in [
            ("1 2 3", "float64", -1, " "), ("1,2, 3 ,4", "float64", -1, ","), ("1, 2,\n3", "int64", -1, ","),
            (" 1 2 ", "float64", -1, " "), ("1,,2", "float64", -1, ","), ("1,2,x", "float64", -1, ","),
            ("nan inf -inf 1e3 -nan +inf", "float64", -1, " "), ("NaN Infinity -INF nan(abc)", "float64", -1, " "),
            ("0x10", "float64", -1, " "), ("1.5 2", "int64", -1, " "), ("", "float64", -1, " "),
            ("1;2", "float32", -1, ";"), ("1  2   3", "float64", -1, "  "), ("1 2 0", "bool", -1, " "),
            ("2 0 -1 1.5 nan", "bool", -1, " "), ("255 0 +7", "uint8", -1, " "), ("-128 127 010", "int8", -1, " "),
            ("1,2,", "float64", -1, ","), ("1 2", "float64", -1, ","), ("+1 -2 .5 5.", "float64", -1, " "),
            ("1e400 -1e400 0.1", "float32", -1, " "), ("True 0", "bool", -1, " "), ("1, 2, 3", "float64", -1, ", "),
            ("1,2", "float64", -1, ""), ("1 2 3 4", "float64", 2, " "), ("1 2 3", "float64", 0, " "),
            ("1 2 3", "float64", -2, " "), ("1 2 3 x", "float64", 3, " "), ("65520 1e-8 0.1", "float16", -1, " "),
            ("1x2", "float64", -1, "x"), ("1 x 2", "float64", -1, "x"), ("1x 2", "float64", -1, " x "),
            ("1 2", "float64", -1, "  x "), ("1\t2\n3", "float64", -1, " "), (",1", "float64", -1, ","),
            (",", "float64", -1, ","), ("1,", "float64", -1, ","), ("- 1", "float64", -1, " "),
            ("1e", "float64", -1, " "), (".e1", "float64", -1, " "), ("infinit", "float64", -1, " "),
            ("1_000", "float64", -1, " "), ("1.", "int64", -1, " "), ("-9223372036854775808 9223372036854775807", "int64", -1, " "),
            ("4294967295 +0", "uint32", -1, " "), ("-32768 65535", "int32", -1, " "), ("1-2", "float64", -1, " "),
            ("1 2 3", "float64", 3, " "), ("1e-320 -0.0 2.2250738585072014e-308", "float64", -1, " ")]:
        add("fromstring", [], {"text": text, "dtype": dtype, "count": count, "sep": sep},
            lambda t=text, d=dtype, c=count, sp=sep: np.fromstring(t, dtype=NP[d], count=c, sep=sp))

    # nan_to_num(copy=False): the result is x itself, changed in place
    specials = [1.5, nan, -inf, inf, -0.0, 1e300]
    for spec, kw in [(T("float64", specials, (2, 3)), {}), (T("float32", specials), {}),
                     (T("float16", [nan, inf, -inf, 2.5]), {}), (T("int32", [1, -2, 3]), {}),
                     (T("bool", [True, False]), {}), (T("float64", specials, (2, 3), "T"), {}),
                     (T("float64", specials, (6,), "step2"), {}),
                     (T("float64", specials), {"nan": 5.0, "posinf": 1e10, "neginf": -7.0}),
                     (T("float32", specials), {"nan": -1.0, "posinf": 1e300, "neginf": -1e300}),
                     (T("float64", specials, (2, 3), "bcast=2x2x3"), {}),
                     (T("int8", [1, 2], (2,), "bcast=2x2"), {})]:
        def f(x, kw=kw):
            y = x.copy() if x.flags.writeable else x
            r = np.nan_to_num(y, copy=False, **kw)
            assert r is y
            return r
        add("nan_to_num", [spec], dict(copy=0, **kw), f)

    # histogram_bin_edges(weights=): checked for shape, else unused; estimators refuse weights
    data = [1.0, 2.0, 3.0, 10.0, -4.0, 2.5]
    for bins, rng, wspec in [(3, None, T("float64", [1, 2, 3, 4, 5, 6])), (4, (0, 5), T("float64", [1, nan, 3, inf, 5, 6])),
                             (3, None, T("float64", [1, 2, 3])), (3, None, T("float64", [1, 2, 3, 4, 5, 6], (2, 3))),
                             ("auto", None, T("float64", [1, 2, 3, 4, 5, 6])), ("sqrt", None, T("int64", [1, 2, 3, 4, 5, 6])),
                             ("foo", None, T("float64", [1, 2, 3])), ("foo", None, T("float64", [1, 2, 3, 4, 5, 6])),
                             (-1, None, T("float64", [1, 2])), (2, None, T("bool", [True] * 6)),
                             ("sturges", (0, 1), "none"), (5, None, "none")]:
        kw = {"bins": bins, "range": "-" if rng is None else "%r/%r" % rng}
        add("histogram_bin_edges", [T("float64", data), wspec], kw,
            lambda x, w, b=bins, r=rng: np.histogram_bin_edges(x, b, range=r, weights=w))
    add("histogram_bin_edges", [T("float32", [0.5, 1.5, 2.25]), T("float32", [1, 1, 1])], {"bins": 2, "range": "-"},
        lambda x, w: np.histogram_bin_edges(x, 2, weights=w))
    add("histogram_bin_edges", [T("bool", [True, False, True]), T("float64", [1, 1, 1])], {"bins": 2, "range": "-"},
        lambda x, w: np.histogram_bin_edges(x, 2, weights=w))

    # sort / argsort(stable=)
    keys = T("float64", [3, nan, -1, 2, -0.0, 0.0, 2, -inf], (2, 4))
    for axis, kind, stable in [(-1, None, True), (0, None, False), (1, None, None), (-1, "stable", True),
                               (0, "quicksort", False), (-1, "foo", True), (-1, "heapsort", None), (2, None, True)]:
        for op, fn in (("sort", np.sort), ("argsort", np.argsort)):
            kw = {"axis": axis, "kind": "-" if kind is None else kind, "stable": "-" if stable is None else int(stable)}
            add(op, [keys], kw, lambda x, fn=fn, a=axis, k=kind, s=stable: fn(x, axis=a, kind=k, stable=s))
    add("argsort", [T("int64", [2, 1, 2, 1, 2, 1, 0])], {"axis": 0, "kind": "-", "stable": 1},
        lambda x: np.argsort(x, axis=0, stable=True))
    add("argsort", [T("bool", [True, False, True, False])], {"axis": -1, "kind": "-", "stable": 0},
        lambda x: np.argsort(x, kind="stable"))

    # max / min / amax / amin with out= (any type, unsafe), initial= and where=
    m = T("float64", [1.5, -2.0, 3.0, 4.25, 5.0, -6.5], (2, 3))
    mi = T("int64", [300, -2, 3, 40, 5, -600], (2, 3))
    for op in ("max", "min", "amax", "amin"):
        fn = getattr(np, op)
        for spec, axis, keepdims, out_dtype, initial, where in [
                (m, 0, False, "float64", None, None), (m, 1, False, "int32", None, None), (m, None, False, "float32", None, None),
                (m, 0, True, "float16", None, None), (mi, 1, False, "int8", None, None), (mi, 0, False, "float32", None, None),
                (mi, None, False, "uint8", None, None), (m, 0, False, "bool", None, None),
                (T("bool", [True, False, False, False], (2, 2)), 1, False, "float64", None, None),
                (T("int8", [-3, 7, 120, -128], (2, 2)), 0, False, "float16", None, None),
                (m, 1, False, "float64", 2.0, None), (m, 0, False, "int32", 2.5, T("bool", [True, False, True])),
                (mi, 1, False, "int64", -1000, T("bool", [False, False, True, True, False, False], (2, 3))),
                (m, None, False, "float64", 0.5, T("bool", [False] * 6, (2, 3))),
                (T("int64", [50, 1, 2, 3], (2, 2)), 1, False, "int8", 300, None),
                (mi, 1, False, "float32", 0.5, T("bool", [False, False, False, True, False, False], (2, 3))),
                (m, 0, False, "float64", None, None), (m, 0, False, "float64", None, None),
                # without initial NumPy reduces in out's type (reduce's dtype defaults to out's)
                (T("uint8", [200, 100, 7, 250], (2, 2)), 1, False, "int8", None, None),
                (T("int64", [2**60 + 2**36 + 1, 5], (2,)), None, False, "float32", None, None),
                (T("float64", [nan, 1.0, 2.0, nan], (2, 2)), 1, False, "int64", None, None)]:
            shape = np.asarray(fn(manip_operand(spec)[1], axis=axis, keepdims=keepdims)).shape
            kw = {"axis": "none" if axis is None else axis, "keepdims": int(keepdims), "out": out_dtype + ":" + fmt_shape(shape),
                  "initial": "-" if initial is None else initial}
            ops = [spec] + ([where] if where is not None else [])

            def f(x, w=None, fn=fn, a=axis, k=keepdims, d=out_dtype, s=shape, i=initial):
                out = np.zeros(s, NP[d])
                extra = {} if i is None else {"initial": i}
                if w is not None:
                    extra["where"] = w
                r = fn(x, axis=a, keepdims=k, out=out, **extra)
                assert r is out
                return out
            add(op, ops, kw, f)
        # an out of the wrong shape
        add(op, [m], {"axis": 0, "keepdims": 0, "out": "float64:2", "initial": "-"},
            lambda x, fn=fn: fn(x, axis=0, out=np.zeros(2)))
        add(op, [m], {"axis": 0, "keepdims": 0, "out": "float64:1x3", "initial": "-"},
            lambda x, fn=fn: fn(x, axis=0, out=np.zeros((1, 3))))

    # all / any with out= (and where=)
    for op in ("all", "any"):
        fn = getattr(np, op)
        for spec, axis, keepdims, out_dtype, where in [
                (T("float64", [0.5, 0, nan, 2, 0, 0], (2, 3)), 0, False, "float32", None),
                (T("float64", [0.5, 0, nan, 2, 0, 0], (2, 3)), 1, True, "int64", None),
                (T("int8", [1, 2, 0, 3], (2, 2)), None, False, "int8", None),
                (T("bool", [True, False, True, True], (2, 2)), 0, False, "bool", None),
                (T("float64", [0.5, 0, nan, 2, 0, 0], (2, 3)), 1, False, "float64",
                 T("bool", [True, False, True, False, False, True], (2, 3))),
                (T("float64", [0.0, 0.0], (2,)), 0, False, "float16", None)]:
            shape = np.asarray(fn(manip_operand(spec)[1], axis=axis, keepdims=keepdims)).shape
            kw = {"axis": "none" if axis is None else axis, "keepdims": int(keepdims), "out": out_dtype + ":" + fmt_shape(shape)}
            ops = [spec] + ([where] if where is not None else [])

            def g(x, w=None, fn=fn, a=axis, k=keepdims, d=out_dtype, s=shape):
                out = np.zeros(s, NP[d])
                r = fn(x, axis=a, keepdims=k, out=out, **({} if w is None else {"where": w}))
                assert r is out
                return out
            add(op, ops, kw, g)
        add(op, [T("float64", [1, 2])], {"axis": 0, "keepdims": 0, "out": "bool:1"},
            lambda x, fn=fn: fn(x, axis=0, out=np.zeros(1, bool)))

    # zeros_like / ones_like / full_like (shape=)
    proto = T("float32", [1, 2, 3, 4, 5, 6], (2, 3))
    for op, kw, call in [("zeros_like", {"dtype": "-", "shape": "4"}, lambda x: np.zeros_like(x, shape=(4,))),
                         ("zeros_like", {"dtype": "int8", "shape": "0d"}, lambda x: np.zeros_like(x, np.int8, shape=())),
                         ("ones_like", {"dtype": "-", "shape": "3x0"}, lambda x: np.ones_like(x, shape=(3, 0))),
                         ("ones_like", {"dtype": "bool", "shape": "2x1x2"}, lambda x: np.ones_like(x, bool, shape=(2, 1, 2))),
                         ("ones_like", {"dtype": "-", "shape": "-1"}, lambda x: np.ones_like(x, shape=(-1,))),
                         ("full_like", {"value": 2.9, "dtype": "-", "shape": "2x2"}, lambda x: np.full_like(x, 2.9, shape=(2, 2))),
                         ("full_like", {"value": 2.9, "dtype": "int16", "shape": "3"},
                          lambda x: np.full_like(x, 2.9, np.int16, shape=(3,))),
                         ("full_like", {"value": -7, "dtype": "int8", "shape": "2"}, lambda x: np.full_like(x, -7, np.int8, shape=(2,))),
                         ("full_like", {"value": 300, "dtype": "int8", "shape": "2"}, lambda x: np.full_like(x, 300, np.int8, shape=(2,))),
                         ("full_like", {"value": 1e300, "dtype": "-", "shape": "1"}, lambda x: np.full_like(x, 1e300, shape=(1,)))]:
        add(op, [proto], kw, call)

    # stack(dtype=, casting=)
    a, b = T("int64", [1, 2]), T("float64", [3.5, -4.5])
    for axis, dtype, casting in [(0, "int32", "unsafe"), (1, "float32", "same_kind"), (-1, "int32", "same_kind"),
                                 (0, "float64", "safe"), (0, "int16", "safe"), (0, "float64", "no"), (0, "float64", "equiv"),
                                 (0, "float64", "foo"), (2, "float64", "unsafe"), (0, "bool", "unsafe")]:
        add("stack", [a, b], {"axis": axis, "dtype": dtype, "casting": casting},
            lambda x, y, ax=axis, d=dtype, c=casting: np.stack([x, y], axis=ax, dtype=NP[d], casting=c))

    write("keywords3.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected"], rows, """
NumPy 2 keywords of the nineteenth session (Keywords3Conformance): fromstring's text mode (args text,
dtype, count, sep), nan_to_num(copy=False) (the result is x changed in place; an operand marked T, step2
or bcast=... is that view of its values), histogram_bin_edges(weights=) (inputs x;weights), sort and
argsort(stable=) ('-' not given), max/min/amax/amin and all/any with out= (out 'dtype:shape', zeros
before the call; the expected values are out afterwards) and initial=/where=, zeros_like/ones_like/
full_like(shape=), stack(dtype=, casting=). Args are key=value, URL-quoted; inputs as manip2.csv's;
result_dtype 'error' gives NumPy's exception type in expected.""")



def gen_keywords4():
    """nanmax/nanmin out=/initial=/where= and nanmean/nanvar/nanstd where=, replayed by Keywords4Conformance."""
    from urllib.parse import quote
    rows = []
    nan, inf = np.nan, np.inf

    def add(op, operands, kwargs, fn):
        inputs = [manip_operand(o) for o in operands]
        text = ";".join(t for t, _ in inputs) if inputs else "-"
        args = " ".join("%s=%s" % (k, quote(str(v), safe="")) for k, v in kwargs.items()) or "-"
        try:
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                res = fn(*[a for _, a in inputs])
        except (ValueError, TypeError, OverflowError) as e:
            rows.append([op, text, args, "error", "-", type(e).__name__])
            return
        res = np.asarray(res)
        dt = JT[res.dtype.name]
        rows.append([op, text, args, dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-"])

    # nanmax / nanmin with out= (any type, unsafe), initial= and where= (out '-': none)
    m = T("float64", [1.5, nan, 3.0, nan, nan, nan, -0.5, 4.25, nan], (3, 3))
    m32 = T("float32", [nan, -2.5, 7.0, 1e30, nan, -inf], (2, 3))
    mi = T("int64", [300, -2, 3, 40, 5, -600], (2, 3))
    row_mask = T("bool", [True, False, True])
    for op in ("nanmax", "nanmin"):
        fn = getattr(np, op)
        for spec, axis, keepdims, out_dtype, initial, where in [
                (m, 0, False, "float64", None, None), (m, 1, False, "float32", None, None),
                (m, None, False, "float64", None, None), (m, 1, True, "float64", None, None),
                (m32, 1, False, "float64", None, None), (m32, 0, False, "int32", None, None),
                (m32, None, False, "float16", None, None), (mi, 1, False, "int8", None, None),
                (mi, 0, False, "float32", None, None), (T("int64", [2**60 + 2**36 + 1, 5]), None, False, "float32", None, None),
                (T("float16", [nan, 2.5, -1.0, nan], (2, 2)), 0, False, "bool", None, None),
                (m, 1, False, "float64", 2.0, None), (m, 1, False, "-", 2.0, None), (m, 0, True, "-", -10.0, None),
                (m, 1, False, "-", 0.0, row_mask), (m, 0, False, "int32", 2.5, row_mask),
                (m, None, False, "-", 7.0, T("bool", [False] * 9, (3, 3))),
                (m32, 1, False, "-", -inf, T("bool", [True, True, False, False, True, True], (2, 3))),
                (mi, 1, False, "-", -1000, T("bool", [False, False, True, True, False, False], (2, 3))),
                (mi, 1, False, "int64", 0, T("bool", [True, False, True])),
                (T("int64", [50, 1, 2, 3], (2, 2)), 1, False, "int8", 300, None),
                (T("float64", [], (0, 2)), 0, False, "-", 1.5, None), (T("float64", [], (0, 2)), 0, False, "float64", None, None),
                (m, 1, False, "-", None, row_mask), (m, 0, False, "float64", None, row_mask),
                (mi, 1, False, "-", 1.5, None), (mi, 1, False, "-", inf, None),
                (m, 1, False, "-", 0.0, T("bool", [True, False])), (m, 1, False, "-", 0.0, T("int64", [1, 0, 1])),
                # the first element of a line goes into out before the rest
                (T("int64", [5, 2**60 + 2**36 + 1]), None, False, "float32", None, None),
                (T("uint8", [200, 100, 7, 250], (2, 2)), 1, False, "int8", None, None)]:
            shape = np.sum(manip_operand(spec)[1], axis=axis, keepdims=keepdims).shape
            kw = {"axis": "none" if axis is None else axis, "keepdims": int(keepdims),
                  "out": "-" if out_dtype == "-" else out_dtype + ":" + fmt_shape(shape),
                  "initial": "-" if initial is None else initial}
            ops = [spec] + ([where] if where is not None else [])

            def f(x, w=None, fn=fn, a=axis, k=keepdims, d=out_dtype, s=shape, i=initial):
                extra = {} if i is None else {"initial": i}
                if w is not None:
                    extra["where"] = w
                if d == "-":
                    return fn(x, axis=a, keepdims=k, **extra)
                out = np.zeros(s, NP[d])
                r = fn(x, axis=a, keepdims=k, out=out, **extra)
                assert r is out
                return out
            add(op, ops, kw, f)
        add(op, [m], {"axis": 0, "keepdims": 0, "out": "float64:2", "initial": "-"},
            lambda x, fn=fn: fn(x, axis=0, out=np.zeros(2)))

    # nanmean / nanvar / nanstd with where=
    v = T("float64", [1.0, nan, 4.0, 2.5, nan, nan, -3.0, 8.0, 0.5, nan, 6.0, 1.0], (3, 4))
    v32 = T("float32", [1.5, nan, -2.0, 7.25, nan, 3.0], (2, 3))
    vi = T("int32", [1, 5, -3, 8, 2, 2], (2, 3))
    for op in ("nanmean", "nanvar", "nanstd"):
        fn = getattr(np, op)
        for spec, axis, keepdims, ddof, where in [
                (v, 1, False, 0, T("bool", [True, True, False, True])), (v, 0, True, 0, T("bool", [True, True, False, True])),
                (v, None, False, 0, T("bool", [True, False, True, True, True, False, True, True, True, True, False, True], (3, 4))),
                (v, 1, False, 1, T("bool", [True, True, False, True])), (v, 0, False, 2, T("bool", [[True], [False], [True]], (3, 1))),
                (v32, 1, False, 0, T("bool", [False, True, True])), (v32, 0, False, 1, T("bool", [True, True, True])),
                (vi, 1, False, 0, T("bool", [True, False, True])), (vi, 1, False, 2, T("bool", [True, False, True])),
                (T("bool", [True, False, True, True], (2, 2)), 0, False, 0, T("bool", [True, False])),
                (T("float16", [1.5, nan, 2.0, 4.0], (2, 2)), 1, False, 0, T("bool", [True, True])),
                (v, 1, False, 0, T("bool", [True, False])), (v, 1, False, 0, T("int64", [1, 0, 1, 1]))]:
            kw = {"axis": "none" if axis is None else axis, "keepdims": int(keepdims), "ddof": ddof}
            if op == "nanmean":
                if ddof:
                    continue
                call = lambda x, w, fn=fn, a=axis, k=keepdims: fn(x, axis=a, keepdims=k, where=w)
            else:
                call = lambda x, w, fn=fn, a=axis, k=keepdims, d=ddof: fn(x, axis=a, keepdims=k, ddof=d, where=w)
            add(op, [spec, where], kw, call)

    write("keywords4.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected"], rows, """
NumPy keywords of the nineteenth session, part 2 (Keywords4Conformance): nanmax/nanmin with out=
('dtype:shape', zeros before the call, the expected values are out afterwards; '-' none), initial= ('-'
none) and where= (inputs x;where), nanmean/nanvar/nanstd with where= (inputs x;where, ddof). Args are
key=value, URL-quoted; inputs as manip2.csv's; result_dtype 'error' gives NumPy's exception type.""")


def gen_keywords5():
    """out=/overwrite_input=/returned= of the statistics and selection functions, replayed by Keywords5Conformance."""
    from urllib.parse import quote
    rows = []
    nan, inf = np.nan, np.inf

    def add(op, operands, kwargs, fn):
        inputs = [manip_operand(o) for o in operands]
        text = ";".join(t for t, _ in inputs) if inputs else "-"
        args = " ".join("%s=%s" % (k, quote(str(v), safe="")) for k, v in kwargs.items()) or "-"
        try:
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                res = fn(*[a for _, a in inputs])
        except (ValueError, TypeError, OverflowError, IndexError, ZeroDivisionError) as e:
            rows.append([op, text, args, "error", "-", type(e).__name__])
            return
        res = np.asarray(res)
        dt = JT[res.dtype.name]
        rows.append([op, text, args, dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-"])

    def out_of(spec, arrays):
        """'-': none; 'in:k': the k-th input itself; else 'dtype:shape' zeros."""
        if spec == "-":
            return None
        if spec.startswith("in:"):
            return arrays[int(spec[3:])]
        d, s = spec.split(":")
        return np.zeros(() if s == "0d" else tuple(int(v) for v in s.split("x")), np.dtype(d))

    def axis_text(axis):
        return "none" if axis is None else ",".join(str(a) for a in axis) if isinstance(axis, tuple) else axis

    def called(fn, out_spec, **kw):
        def f(*arrays):
            out = out_of(out_spec, arrays)
            if out is None:
                return fn(*arrays, **kw)
            r = fn(*arrays, out=out, **kw)
            assert r is out
            return out
        return f

    # nanargmax / nanargmin: out (a type casting safely to int64) and keepdims, also over all axes
    m = T("float64", [1.5, nan, 3.0, nan, 0.0, -1.0, 7.0, 7.0, nan], (3, 3))
    for op in ("nanargmax", "nanargmin"):
        fn = getattr(np, op)
        for axis, keepdims, out in [(1, False, "int64:3"), (1, False, "int32:3"), (0, True, "int8:1x3"),
                                    (None, False, "int64:0d"), (None, True, "int64:1x1"), (1, False, "bool:3"),
                                    (1, False, "uint32:3"), (1, False, "float64:3"), (1, False, "float32:3"),
                                    (1, False, "int64:2"), (1, True, "int64:3"), (None, True, "-"), (0, True, "-")]:
            add(op, [m], {"axis": axis_text(axis), "keepdims": int(keepdims), "out": out},
                called(lambda x, fn=fn, a=axis, k=keepdims, **kw: fn(x, axis=a, keepdims=k, **kw), out))
        add(op, [T("float64", [nan, 1.0, nan, 2.0], (2, 2))], {"axis": 0, "keepdims": 0, "out": "int64:2"},
            called(lambda x, fn=fn, **kw: fn(x, axis=0, **kw), "int64:2"))

    # quantile / percentile / nanquantile / nanpercentile: out's type per method path, overwrite_input
    b = T("float64", [1.0, 2.5, 3.0, 4.0, 7.0, 5.0, 0.0, -1.0], (2, 4))
    bn = T("float64", [1.0, 2.5, 3.0, 4.0, 7.0, nan, 0.0, -1.0], (2, 4))
    b32 = T("float32", [1.0, 2.5, 3.0, 4.0, 7.0, 5.0, 0.0, -1.0], (2, 4))
    bi = T("int64", [1, 2, 3, 4, 7, 5, 0, -1], (2, 4))
    c3 = T("float64", [0.5, 9.0, -2.0, 4.0, 1.5, 6.0, 3.25, 8.0, -7.0, 0.0, 2.0, 1.0], (2, 3, 2))
    # of x's shape: NumPy 2.4's nanquantile cannot take 1-d weights with an axis (a documented deviation)
    wts = T("float64", [1.0, 2.0, 0.5, 3.0, 2.0, 1.0, 1.0, 0.5], (2, 4))
    for op in ("quantile", "percentile", "nanquantile", "nanpercentile"):
        fn = getattr(np, op)
        scale = 100 if "percentile" in op else 1
        for spec, q, axis, keepdims, method, out, weights, overwrite in [
                (b, 0.4, 1, False, "linear", "float64:2", None, False),
                (b, 0.4, 1, False, "linear", "float32:2", None, True),
                (b, 0.4, 1, False, "linear", "float16:2", None, False),
                (b, [0.2, 0.9], 1, False, "linear", "float16:2x2", None, False),
                # NumPy's second lerp branch runs in float16 here: -47.56, where the float64 result cast is -47.53
                (T("float64", [-80.193, -132.436, -24.836, 42.045]), 0.53, None, False, "linear", "float16:0d", None, False),
                (b32, 0.35, 0, False, "linear", "float64:4", None, False),
                (b32, [0.35, 0.8], 0, True, "linear", "float64:2x1x4", None, False),
                (bi, 0.4, 1, False, "linear", "float32:2", None, False),
                (bi, 0.4, 1, False, "linear", "int64:2", None, False),
                (b, 0.4, 1, False, "weibull", "bool:2", None, False),
                (bn, 0.4, 1, False, "linear", "float32:2", None, False),
                (bn, 0.75, None, False, "median_unbiased", "float64:0d", None, False),
                (bn, 0.4, 1, False, "linear", "int32:2", None, False),
                (bi, 0.4, 1, False, "lower", "int32:2", None, False),
                (bi, 0.4, 1, False, "nearest", "int8:2", None, False),
                (bi, 0.4, 1, False, "higher", "float64:2", None, False),
                (b, 0.4, 1, False, "lower", "int32:2", None, False),
                (b32, 0.4, 1, False, "lower", "int32:2", None, False),
                (bn, 0.4, 1, False, "lower", "int64:2", None, False),
                (bn, 0.4, 1, False, "closest_observation", "float32:2", None, True),
                (T("bool", [True, False, True, True]), 0.5, None, False, "inverted_cdf", "int8:0d", None, False),
                (b, 0.4, 1, False, "inverted_cdf", "int32:2", wts, False),
                (bn, 0.4, 1, False, "inverted_cdf", "int32:2", wts, False),
                (bn, [0.3, 0.6], 1, True, "inverted_cdf", "float32:2x2x1", wts, False),
                (c3, 0.3, (0, 2), False, "linear", "float32:3", None, True),
                (c3, [0.3, 0.5], (0, 2), True, "hazen", "float64:2x1x3x1", None, False),
                (b, 0.4, 1, False, "linear", "float64:3", None, False),
                (b, 0.4, 1, True, "linear", "float64:2", None, False),
                (b, 0.4, 1, False, "lower", "float64:3", None, False),
                (b, [0.1, 0.5], 1, False, "linear", "float64:2", None, False),
                (T("float64", [nan, nan, 1.0, nan, 4.0, 2.0], (2, 3)), 0.5, 1, False, "linear", "int64:2", None, False),
                (T("float64", [nan, nan, 1.0, nan, 4.0, 2.0], (2, 3)), 0.5, 1, False, "linear", "float16:2", None, False),
                (T("float64", [], (0, 3)), 0.5, 0, False, "linear", "float32:3", None, False),
                (T("float64", [], (0, 3)), 0.5, 0, False, "linear", "int32:3", None, False),
                (b, 0.4, None, False, "linear", "-", None, True)]:
            qv = [v * scale for v in q] if isinstance(q, list) else q * scale
            kw = {"q": ",".join(repr(v) for v in qv) if isinstance(q, list) else repr(qv), "qarray": int(isinstance(q, list)),
                  "axis": axis_text(axis), "keepdims": int(keepdims), "method": method, "out": out,
                  "overwrite_input": int(overwrite)}
            ops = [spec] + ([weights] if weights is not None else [])

            def f(x, w=None, fn=fn, q=qv, a=axis, k=keepdims, me=method, o=out, ow=overwrite):
                extra = {} if w is None else {"weights": w}
                arrays = (x,) if w is None else (x, w)
                outa = out_of(o, arrays)
                if outa is None:
                    return fn(x.copy(), q, axis=a, keepdims=k, method=me, overwrite_input=ow, **extra)
                r = fn(x.copy(), q, axis=a, keepdims=k, method=me, out=outa, overwrite_input=ow, **extra)
                assert r is outa
                return outa
            add(op, ops, kw, f)

    # median / nanmedian: out (any type), overwrite_input
    for op in ("median", "nanmedian"):
        fn = getattr(np, op)
        for spec, axis, keepdims, out, overwrite in [
                (b, 1, False, "int8:2", True), (bn, 1, False, "float32:2", False), (b32, None, True, "float16:1x1", True),
                (bi, 0, False, "int32:4", False), (c3, (0, 2), False, "float32:3", True),
                (T("float64", [nan, nan, 1.0, 2.0], (2, 2)), 1, False, "int32:2", False),
                (T("float64", [nan, nan, 1.0, 2.0], (2, 2)), None, False, "int64:0d", False),
                (T("float64", [], (0, 3)), 0, False, "int32:3", False), (T("float64", [], (0, 3)), 0, False, "float32:3", False),
                (b, 1, False, "float64:3", False), (b, 1, True, "float64:2", False)]:
            kw = {"axis": axis_text(axis), "keepdims": int(keepdims), "out": out, "overwrite_input": int(overwrite)}
            add(op, [spec], kw, called(lambda x, fn=fn, a=axis, k=keepdims, ow=overwrite, **o:
                                       fn(x.copy(), axis=a, keepdims=k, overwrite_input=ow, **o), out))

    # ptp: max reduced into out, then subtract into out under same_kind
    x2 = T("float64", [1.5, -2.25, 7.0, 3.0, 0.5, -9.0], (2, 3))
    xi = T("int64", [100, -20, 7, 3, 5, -90], (2, 3))
    for spec, axis, keepdims, out in [
            (x2, 1, False, "float32:2"), (x2, 1, False, "int32:2"), (x2, None, True, "float64:1x1"),
            (xi, 1, False, "int8:2"), (xi, 0, False, "float16:3"), (xi, 0, False, "bool:3"),
            (T("uint8", [200, 100, 7]), None, False, "int8:0d"), (T("bool", [True, False]), None, False, "int64:0d"),
            (T("bool", [True, False]), None, False, "bool:0d"), (x2, 1, False, "float64:3"),
            (T("float64", [1.0, nan, 3.0, 4.0], (2, 2)), 1, False, "float32:2"),
            (T("float64", [], (0, 2)), 0, False, "float64:2")]:
        add("ptp", [spec], {"axis": axis_text(axis), "keepdims": int(keepdims), "out": out},
            called(lambda x, a=axis, k=keepdims, **o: np.ptp(x, axis=a, keepdims=k, **o), out))

    # round / around: PyArray_Round's steps into out
    r = T("float64", [1.55, 2.45, -0.55, 1e300, 56294995342131.5, 2.5])
    ri = T("int64", [155, 245, -55, 1234])
    for spec, decimals, out in [
            (r, 1, "float32:6"), (r, 1, "float64:6"), (r, 0, "float32:6"), (r, 0, "int32:6"), (r, 1, "int32:6"),
            (r, -1, "float16:6"), (r, 3, "float64:6"), (ri, 0, "int8:4"), (ri, 2, "float32:4"), (ri, -1, "float64:4"),
            (ri, -1, "int64:4"), (ri, 0, "bool:4"), (T("float16", [1.555, 2.5, -0.125]), 2, "float64:3"),
            (r, 1, "float64:5"), (r, 1, "in:0"), (T("float32", [1.55, 2.45, 0.125]), 2, "in:0")]:
        add("round", [spec], {"decimals": decimals, "out": out},
            called(lambda x, d=decimals, **o: np.round(x, d, **o), out))

    # isposinf / isneginf: logical_and into out (any type, broadcast)
    f = T("float64", [inf, -inf, 1.0, nan, -0.0])
    for op in ("isposinf", "isneginf"):
        fn = getattr(np, op)
        for spec, out in [(f, "bool:5"), (f, "int8:5"), (f, "float32:5"), (f, "bool:2x5"), (f, "bool:4"),
                          (T("int32", [1, -2]), "int64:2"), (T("float32", [-inf, inf], (2, 1)), "float64:2x2")]:
            add(op, [spec], {"out": out}, called(lambda x, fn=fn, **o: fn(x, **o), out))

    # choose: any type, exact shape, out may alias a choice
    a = T("int64", [0, 1, 1, 2])
    c0, c1, c2 = T("int64", [1, 2, 3, 4]), T("float64", [10.5, 20.5, 30.5, 40.5]), T("int32", [7])
    for ops, mode, out in [([a, c0, c1, c2], "raise", "int8:4"), ([a, c0, c1, c2], "raise", "float32:4"),
                           ([a, c0, c1, c2], "raise", "bool:4"), ([a, c0, c1, c2], "raise", "float64:3"),
                           ([a, c0, c1, c2], "raise", "float64:2x4"), ([T("int64", [0, 3, -1, 5]), c0, c1], "wrap", "int64:4"),
                           ([T("int64", [0, 3, -1, 5]), c0, c1], "clip", "float64:4"),
                           ([T("int64", [0, 3, -1, 5]), c0, c1], "raise", "float64:4"),
                           ([T("int64", [1, 0, 1, 1]), c0, T("int64", [9, 8, 7, 6])], "raise", "in:2"),
                           ([T("int64", [1, 0], (2, 1)), c0, T("int64", [5, 6, 7, 8, 9, 10, 11, 12], (2, 4))], "raise", "int32:2x4")]:
        add("choose", ops, {"mode": mode, "out": out},
            called(lambda x, *cs, m=mode, **o: np.choose(x, list(cs), mode=m, **o), out))

    # compress: take's out rules (exact shape, a type casting safely to a's)
    cond = T("bool", [True, False, True])
    ci = T("int64", [1, 2, 3, 4, 5, 6], (2, 3))
    cf = T("float64", [1.5, 2.0, 3.25, 4.0, 5.0, -6.5], (2, 3))
    for spec, axis, out in [(ci, 1, "int8:2x2"), (ci, 1, "bool:2x2"), (ci, 1, "float64:2x2"), (cf, 1, "int32:2x2"),
                            (cf, 1, "float32:2x2"), (ci, None, "int64:2"), (ci, None, "float64:2"), (ci, 1, "int64:2x3"),
                            (ci, -1, "int32:2x2"), (cf, -1, "float16:2x2")]:
        add("compress", [cond, spec], {"axis": axis_text(axis), "out": out},
            called(lambda c, x, ax=axis, **o: np.compress(c, x, axis=ax, **o), out))

    # average(returned=True): [avg, sum of weights] stacked
    av = T("float64", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], (2, 3))
    avi = T("int32", [1, 2, 3, 4, 5, 6], (2, 3))
    for spec, weights, axis, keepdims, returned in [
            (av, None, None, False, True), (av, None, 1, False, True), (av, T("float64", [3.0, 1.0, 0.0]), 1, False, True),
            (avi, T("float32", [1.0, 2.0]), 0, True, True), (av, T("float64", [1, 2, 3, 4, 5, 6], (2, 3)), None, False, True),
            (T("float32", [1.5, 2.5, 4.0]), None, None, False, True), (av, T("float64", [3.0, 1.0, 0.0]), 1, False, False),
            (av, T("float64", [1.0, -1.0, 0.0]), 1, False, True)]:
        ops = [spec] + ([weights] if weights is not None else [])

        def g(x, w=None, a=axis, k=keepdims, ret=returned):
            res = np.average(x, axis=a, weights=w, returned=ret, keepdims=k)
            if not ret:
                return res
            avg, scl = res
            return np.stack([np.asarray(avg), np.asarray(scl)])
        add("average", ops, {"axis": axis_text(axis), "keepdims": int(keepdims), "returned": int(returned)}, g)

    write("keywords5.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected"], rows, """
NumPy keywords of the twentieth session, part 5 (Keywords5Conformance): out= of nanargmax/nanargmin,
quantile/percentile/nanquantile/nanpercentile/median/nanmedian (with overwrite_input), ptp, round, isposinf/
isneginf, choose, compress, and average's returned (the average and the sum of the weights stacked). out is
'dtype:shape' (zeros before the call, the expected values are out afterwards), 'in:k' (the k-th input itself)
or '-' (none). Args are key=value, URL-quoted (axis 'none' or comma-separated; q comma-separated with qarray=1
for an array); inputs as manip2.csv's; result_dtype 'error' gives NumPy's exception type.""")

def gen_keywords6():
    """NumPy keywords of the twentieth session (creation, copies, fft helpers, Generator out=), replayed
    by Keywords6Conformance."""
    from urllib.parse import quote
    rows = []
    nan, inf = np.nan, np.inf

    def add(op, operands, kwargs, fn, alias_of=None):
        inputs = [manip_operand(o) for o in operands]
        text = ";".join(t for t, _ in inputs) if inputs else "-"
        args = " ".join("%s=%s" % (k, quote(str(v), safe="")) for k, v in kwargs.items()) or "-"
        values = [a for _, a in inputs]
        try:
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = fn(*values)
        except (ValueError, TypeError, OverflowError, ZeroDivisionError, IndexError) as e:
            rows.append([op, text, args, "error", "-", type(e).__name__, "-"])
            return
        alias = "-"
        if alias_of is not None:
            x = values[alias_of]
            alias = "x" if res is x else "view" if np.shares_memory(res, x) else "new"
        res = np.asarray(res)
        dt = JT[res.dtype.name]
        rows.append([op, text, args, dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-", alias])

    # arange(start, stop, step, dtype): Java longs or doubles
    for start, stop, step, dtype in [
            (0, 5, 1, "float32"), (0, 5, 2, "int8"), (0, 300, 100, "int8"), (250, 260, 1, "uint8"),
            (4294967290, 4294967299, 2, "uint32"), (-3, 3, 1, "uint8"), (0, 3, 1, "bool"), (0, 2, 1, "bool"),
            (1, 0, 1, "bool"), (1, 2, 1, "bool"), (0, 5, 0, "int32"), (0, 10, 3, "float16"), (5, 0, -2, "int16"),
            (0, 40000, 10000, "int16"), (-5, 5, 3, "float64"), (0, 7, 2, "int64"), (2**40, 2**40 + 3, 1, "int32"),
            (2**53 + 1, 2**53 + 4, 1, "float64"), (2**24 + 1, 2**24 + 6, 2, "float32"), (65000, 70000, 1000, "float16"),
            (0, 0, 1, "int8"), (7, 8, 1000, "int8"), (0, 4, 1, "uint16"),
            # start fits, start + step does not: NumPy's OverflowError
            (100, 300, 150, "int8"), (250, 300, 10, "uint8"), (120, 140, 10, "int8")]:
        add("arange", [], {"kind": "long", "start": start, "stop": stop, "step": step, "dtype": dtype},
            lambda s=start, e=stop, p=step, d=dtype: np.arange(s, e, p, dtype=NP[d]))
    for start, stop, step, dtype in [
            (0.0, 1.0, 0.1, "float32"), (0.0, 1.0, 0.1, "float64"), (0.5, 3.0, 0.7, "int32"), (1.0, 3.0, 0.5, "int64"),
            (-1.5, 2.0, 1.0, "uint8"), (-0.5, 5.0, 1.0, "uint8"), (0.5, 5.0, 1.0, "uint8"), (300.5, 302.0, 1.0, "int8"),
            (0.0, 2.2, 0.3, "float16"), (1.0, 0.0, -0.3, "float32"), (1.0, 1e6, 100000.5, "float16"),
            (nan, 5.0, 1.0, "int8"), (0.0, 1e30, 1e29, "int64"), (0.0, 5.0, 1.5, "int16"), (0.0, 2.5, 2.0, "bool"),
            (0.0, 2.0, 5.0, "bool"), (0.0, 3.0, 1.0, "bool"), (0.1, 0.7, 0.2, "float64"), (0.0, 5.0, 0.0, "float64"),
            (0.0, inf, 1.0, "float64"), (-2.5, 2.5, 0.75, "int8"), (1e10, 1e10 + 3, 1.0, "int32"),
            (0.3, 2.9, 0.4, "float32"), (100.0, 90.0, -0.7, "float16"), (0.25, 1.0, 0.25, "bool"),
            # long float32/float16 runs: NumPy's fill steps in float32, rounding i*delta before the sum
            (0.1, 1000.0, 0.37, "float32"), (0.1, 60.0, 0.37, "float16"), (2.0, -3.0, -0.013, "float16"),
            (100.5, 300.0, 150.0, "int8"), (1.5, 400.0, 200.0, "uint8")]:
        add("arange", [], {"kind": "double", "start": start, "stop": stop, "step": step, "dtype": dtype},
            lambda s=start, e=stop, p=step, d=dtype: np.arange(s, e, p, dtype=NP[d]))

    m = T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3))
    mi = T("int64", [1, 2, 3, 4, 5, 6], (2, 3))
    # astype(dtype, copy): copy=False returns x itself when no conversion is needed
    for spec, dtype, copy in [(m, "float64", False), (m, "float64", True), (m, "float32", False), (m, "int32", False),
                              (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), "float64", False),
                              (T("int32", [1, 2, 3, 4], (4,), "step2"), "int32", False), (mi, "int64", True),
                              (T("bool", [True, False]), "bool", False), (T("float16", [1.5, nan]), "float16", False)]:
        add("astype", [spec], {"dtype": dtype, "copy": int(copy)},
            lambda x, d=dtype, c=copy: x.astype(NP[d], copy=c), alias_of=0)

    # reshape(shape, copy): NumPy 2's copy= (None: a view when possible)
    for spec, shape, copy in [(m, (3, 2), None), (m, (3, 2), False), (m, (3, 2), True), (m, (6,), False),
                              (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), (6,), False),
                              (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), (6,), None),
                              (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), (6,), True),
                              (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), (3, 1, 2), False),
                              (T("int32", [1, 2, 3, 4, 5, 6], (6,), "step2"), (3, 1), False),
                              (T("int32", [1, 2, 3, 4, 5, 6], (6,), "rev"), (2, 3), False),
                              (T("int8", [1, 2, 3], (3,), "bcast=2x3"), (6,), False),
                              (T("int8", [1, 2, 3], (3,), "bcast=2x3"), (1, 2, 3), False),
                              (mi, (-1,), True), (mi, (4, -1), False), (mi, (-1, -1), None)]:
        add("reshape", [spec], {"shape": fmt_shape(shape), "copy": "-" if copy is None else int(copy)},
            lambda x, s=shape, c=copy: np.reshape(x, s, copy=c), alias_of=0)

    # array(x, dtype, copy, ndmin) of an array
    for spec, dtype, copy, ndmin in [(m, None, True, 0), (m, None, False, 0), (m, None, None, 0), (m, "float32", None, 0),
                                     (m, "float32", False, 0), (m, "int16", True, 4), (m, None, False, 3),
                                     (T("int32", [1, 2, 3]), None, None, 2), (T("int32", [7], ()), None, True, 1),
                                     (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), None, False, 3),
                                     (m, None, True, -1), (m, None, True, 65), (m, None, True, 64)]:
        add("array", [spec], {"dtype": dtype or "-", "copy": "-" if copy is None else int(copy), "ndmin": ndmin},
            lambda x, d=dtype, c=copy, n=ndmin: np.array(x, None if d is None else NP[d], copy=c, ndmin=n),
            alias_of=0)

    # ascontiguousarray / asarray_chkfinite with dtype
    for spec, dtype in [(m, "float64"), (m, "float32"), (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), "float64"),
                        (T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"), "int8"), (T("int32", [3], ()), "float16"),
                        (T("int32", [1, 2, 3, 4, 5, 6], (6,), "step2"), "int32"), (mi, "bool")]:
        add("ascontiguousarray", [spec], {"dtype": dtype}, lambda x, d=dtype: np.ascontiguousarray(x, NP[d]), alias_of=0)
    for spec, dtype in [(m, "float64"), (m, "float32"), (T("float64", [1.0, nan]), "float64"), (T("float64", [1.0, nan]), "int64"),
                        (T("int64", [1, 2]), "float16"), (T("float64", [1e300, 2.0]), "float32"), (T("float64", [1e300, 2.0]), "float64"),
                        (T("float64", [inf, 1.0]), "bool"), (mi, "int64")]:
        add("asarray_chkfinite", [spec], {"dtype": dtype}, lambda x, d=dtype: np.asarray_chkfinite(x, NP[d]), alias_of=0)

    # concat(arrays, axis, out=) / concat(arrays, axis, dtype=, casting=)
    a, b = T("int64", [1, 2, 3, 4], (2, 2)), T("float64", [5.5, -6.5], (1, 2))
    for axis, out in [(0, "float64:3x2"), (0, "float32:3x2"), (0, "int32:3x2"), (0, "float64:2x2"), (-2, "float16:3x2")]:
        dt, shape = out.split(":")
        shp = tuple(int(v) for v in shape.split("x"))
        add("concat", [a, b], {"axis": axis, "out": out, "dtype": "-", "casting": "-"},
            lambda x, y, ax=axis, d=dt, s=shp: (lambda o: (np.concat([x, y], axis=ax, out=o), o)[1])(np.zeros(s, NP[d])))
    for axis, dtype, casting in [(0, "int32", "unsafe"), (0, "float32", "same_kind"), (0, "int64", "same_kind"),
                                 (0, "float64", "safe"), (0, "float64", "no"), (1, "float64", "unsafe"), (0, "float64", "foo")]:
        add("concat", [a, b], {"axis": axis, "out": "-", "dtype": dtype, "casting": casting},
            lambda x, y, ax=axis, d=dtype, c=casting: np.concat([x, y], axis=ax, dtype=NP[d], casting=c))

    # copyto(dst, src, casting[, where]): the result is dst afterwards
    for dst, src, where, casting in [
            (T("int32", [0, 0, 0]), T("float64", [1.7, -2.5, 3.0]), None, "unsafe"),
            (T("int32", [0, 0, 0]), T("float64", [1.7, -2.5, 3.0]), None, "same_kind"),
            (T("int32", [0, 0, 0]), T("int64", [1, 2, 3]), None, "safe"),
            (T("int64", [0, 0, 0]), T("int32", [1, 2, 3]), None, "safe"),
            (T("int32", [0, 0, 0]), T("int64", [1, 2, 3]), None, "no"),
            (T("int32", [0, 0, 0]), T("int32", [1, 2, 3]), None, "equiv"),
            (T("int32", [0, 0, 0]), T("int64", [1, 2, 3]), None, "foo"),
            (T("float32", [9, 9, 9, 9, 9, 9], (2, 3)), T("float64", [1.5, 2.5, 1e300]), T("bool", [True, False, True]), "same_kind"),
            (T("uint8", [9, 9, 9, 9], (2, 2)), T("int64", [300, -1]), T("bool", [True, False, True, True], (2, 2)), "unsafe"),
            (T("uint8", [9, 9, 9, 9], (2, 2)), T("int64", [300, -1]), T("bool", [True, False, True, True], (2, 2)), "safe"),
            (T("bool", [False, False]), T("float64", [0.5, 0.0]), None, "unsafe"),
            (T("float16", [0, 0]), T("float64", [70000.0, 0.1]), T("bool", [True, True]), "same_kind")]:
        ops = [dst, src] + ([where] if where is not None else [])

        def f(d, s, w=None, c=casting):
            d = d.copy()
            np.copyto(d, s, casting=c, where=True if w is None else w)
            return d
        add("copyto", ops, {"casting": casting}, f)

    # linalg.pinv(a, hermitian, rtol=): matrices whose pseudo-inverses are exact
    for spec, hermitian, rtol in [(T("float64", [2, 0, 0, 4], (2, 2)), False, 0.6), (T("float64", [2, 0, 0, 4], (2, 2)), False, 0.4),
                                  (T("float64", [1, 0, 0, 1e-17], (2, 2)), False, None),
                                  (T("float64", [1, 0, 0, 1e-17], (2, 2)), False, 1e-20),
                                  (T("float32", [1, 0, 0, 1e-8], (2, 2)), False, None),
                                  (T("float64", [4, 0, 0, 0, 0.5, 0], (2, 3)), False, 0.2),
                                  (T("float64", [4, 0, 0, 0, 0.5, 0], (2, 3)), False, 0.1),
                                  (T("float64", [2, 0, 0, -8], (2, 2)), True, 0.3),
                                  (T("float64", [2, 0, 0, -8], (2, 2)), True, None),
                                  # hermitian reads the lower triangle only
                                  (T("float64", [2, 5, 0, 4], (2, 2)), True, None),
                                  (T("float64", [2, 5, 0, 4], (2, 2)), True, 0.6),
                                  (T("int64", [2, 0, 0, 4], (2, 2)), False, 0.1),
                                  (T("int64", [2, 0, 0, 4], (2, 2)), False, None)]:
        add("pinv", [spec], {"hermitian": int(hermitian), "rtol": "-" if rtol is None else rtol},
            lambda x, h=hermitian, r=rtol: np.linalg.pinv(x, hermitian=h, rtol=r))

    # linalg.multi_dot(arrays, out=): out must be exactly the result (type, shape, C order)
    p = T("int64", [1, 2, 3, 4, 5, 6], (2, 3))
    q = T("int64", [1, -1, 0, 2, 3, 1, -2, 0, 1, 1, 1, 1], (3, 4))
    r = T("int64", [2, 0, 1, 1, 0, 3, -1, 1], (4, 2))
    pf, qf = T("float64", [0.5, 1, 2, -1.5, 3, 0.25], (2, 3)), T("float64", [1, 2, 3, 4, 5, 6], (3, 2))
    for arrays, out in [([p, q], "int64:2x4"), ([p, q, r], "int64:2x2"), ([p, q, r, T("int64", [1, 2, 3, 4], (2, 2))], "int64:2x2"),
                        ([pf, qf], "float64:2x2"), ([pf, qf, pf], "float64:2x3"), ([p, q], "float64:2x4"),
                        ([p, q, r], "int64:2x2:F"), ([p, q, r], "int64:4"), ([pf, qf], "float32:2x2"),
                        ([T("int64", [1, 2]), p], "int64:3"), ([T("float64", [1, 2, 3]), T("float64", [4, 5, 6])], "float64:0d")]:
        parts = out.split(":")
        shp = () if parts[1] == "0d" else tuple(int(v) for v in parts[1].split("x"))

        def g(*xs, d=parts[0], s=shp, f=len(parts) > 2):
            o = np.zeros(s[::-1], NP[d]).T if f else np.zeros(s, NP[d])
            res = np.linalg.multi_dot(list(xs), out=o)
            assert res is o or o.ndim == 0
            return o
        add("multi_dot", arrays, {"out": out}, g)

    # fft.fftfreq / rfftfreq(n, d) and fft.fftshift / ifftshift(x, axes)
    for n, d in [(8, 0.1), (9, 1.0), (1, 1.0), (0, 1.0), (5, 0.0), (-1, 1.0), (-4, 1.0), (-2, 0.0), (7, -0.3), (5, inf), (5, nan), (6, 1e-300),
                 (10, 1e300), (3, -0.0), (16, 1 / 3), (1001, 0.5)]:
        for op in ("fftfreq", "rfftfreq"):
            add(op, [], {"n": n, "d": d}, lambda n=n, d=d, fn=getattr(np.fft, op): fn(n, d))
    for spec, axes in [(T("int64", list(range(7))), None), (T("int64", list(range(8))), None),
                       (T("float64", [1.5, 2, 3, 4, 5, 6], (2, 3)), None), (T("float64", [1.5, 2, 3, 4, 5, 6], (2, 3)), (1,)),
                       (T("float64", [1.5, 2, 3, 4, 5, 6], (2, 3)), (-1,)), (T("float64", [1.5, 2, 3, 4, 5, 6], (2, 3)), (0,)),
                       (T("int32", list(range(7))), (0, 0)), (T("int32", list(range(7))), (1,)),
                       (T("float32", list(range(24)), (2, 3, 4)), (0, 2)), (T("float32", list(range(24)), (2, 3, 4)), None),
                       (T("bool", [True, False, False]), None), (T("float64", [1.5, 2, 3, 4, 5, 6], (2, 3), "T"), None),
                       (T("int64", [], (0, 3)), None), (T("uint8", [1, 2, 3, 4, 5], (5,), "rev"), (0,))]:
        for op in ("fftshift", "ifftshift"):
            add(op, [spec], {"axes": "-" if axes is None else "/".join(map(str, axes))},
                lambda x, a=axes, fn=getattr(np.fft, op): fn(x, axes=a))

    # Generator out=: a fresh np.random.default_rng(seed) per row; out 'dtype:shape[:F]' (F: Fortran order)
    for call, seed, size, dtype, out, extra in [
            ("random", 4, "-", "float64", "float64:2x3", {}), ("random", 4, "2x3", "float64", "float64:2x3:F", {}),
            ("random", 4, "-", "float32", "float32:5", {}), ("random", 4, "-", "float64", "float32:3", {}),
            ("random", 4, "4", "float64", "float64:3", {}), ("random", 4, "-", "float64", "float64:0d", {}),
            ("random", 4, "-", "float64", "float64:3x2:T", {}), ("random", 4, "-", "float64", "float64:6:step2", {}),
            ("random", 4, "-", "float64", "int64:3", {}), ("random", 4, "-", "float64", "float64:3:ro", {}),
            ("standard_normal", 9, "-", "float64", "float64:2x2x2", {}), ("standard_normal", 9, "-", "float32", "float32:3x2:F", {}),
            ("standard_normal", 9, "-", "float64", "float32:3", {}), ("standard_normal", 9, "2", "float64", "float64:3", {}),
            ("standard_exponential", 9, "-", "float64", "float64:4x3", {"method": "zig"}),
            ("standard_exponential", 9, "-", "float32", "float32:2x3:F", {"method": "zig"}),
            ("standard_exponential", 9, "-", "float64", "float32:3", {"method": "inv"}),
            ("standard_exponential", 9, "3", "float64", "float64:2", {"method": "inv"}),
            ("standard_exponential", 9, "-", "float64", "float64:3:step2", {"method": "inv"}),
            ("standard_gamma", 9, "-", "float64", "float64:3x3", {"shape": 2.5}),
            ("standard_gamma", 9, "-", "float32", "float32:5", {"shape": 3.0}),
            ("standard_gamma", 9, "3x3", "float64", "float64:3x3:F", {"shape": 1.0}),
            ("standard_gamma", 9, "-", "float64", "float32:2", {"shape": 2.0}),
            ("standard_gamma", 9, "-", "float64", "float64:2", {"shape": -1.0})]:
        parts = out.split(":")
        shp = () if parts[1] == "0d" else tuple(int(v) for v in parts[1].split("x"))
        view = parts[2] if len(parts) > 2 else "-"

        def rnd(call=call, seed=seed, size=size, dtype=dtype, d=parts[0], s=shp, view=view, extra=extra):
            rng = np.random.default_rng(seed)
            o = {"F": lambda: np.zeros(s[::-1], NP[d]).T, "T": lambda: np.zeros(s, NP[d]).T,
                 "step2": lambda: np.zeros(s, NP[d])[::2], "ro": lambda: np.zeros(s, NP[d]),
                 "-": lambda: np.zeros(s, NP[d])}[view]()
            if view == "ro":
                o.flags.writeable = False
            sz = None if size == "-" else tuple(int(v) for v in size.split("x"))
            kw = dict(size=sz, dtype=NP[dtype], out=o)
            if call == "standard_exponential":
                kw["method"] = extra["method"]
            res = getattr(rng, call)(extra["shape"], **kw) if call == "standard_gamma" else getattr(rng, call)(**kw)
            assert res is o or o.ndim == 0
            return o
        add("rng." + call, [], dict(seed=seed, size=size, dtype=dtype, out=out, **extra), rnd)

    # Generator.permuted(x, axis, out): out of x's shape, x cast safely into it
    for axis, out in [(1, "int64:3x4"), (0, "float64:3x4"), (None, "int64:3x4"), (None, "int64:3x4:F"), (1, "int64:3x4:F"),
                      (0, "int32:3x4"), (1, "int64:4x3"), (2, "int64:3x4"), (None, "float32:3x4"), (1, "x")]:
        parts = out.split(":")

        def perm(x, axis=axis, parts=parts):
            rng = np.random.default_rng(21)
            if parts[0] == "x":
                o = x.copy()
            else:
                s = tuple(int(v) for v in parts[1].split("x"))
                o = np.zeros(s[::-1], NP[parts[0]]).T if len(parts) > 2 else np.zeros(s, NP[parts[0]])
            res = rng.permuted(o if parts[0] == "x" else x, axis=axis, out=o)
            assert res is o
            return o
        add("rng.permuted", [T("int64", list(range(12)), (3, 4))], {"seed": 21, "axis": "none" if axis is None else axis,
                                                                    "out": out}, perm)
    # without out, NumPy shuffles x.copy(order='K'): a transposed x in its memory order
    for spec, axis in [(T("int64", list(range(12)), (3, 4), "T"), None), (T("int64", list(range(12)), (3, 4), "T"), 1),
                       (T("int64", list(range(12)), (4, 3), "rev"), None), (T("int64", list(range(12)), (6, 2), "step2"), None),
                       (T("float32", list(range(24)), (2, 3, 4)), None)]:
        add("rng.permuted", [spec], {"seed": 21, "axis": "none" if axis is None else axis, "out": "-"},
            lambda x, a=axis: np.random.default_rng(21).permuted(x, axis=a))

    write("keywords6.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "alias"], rows, """
NumPy keywords of the twentieth session (Keywords6Conformance): arange(dtype=) (kind long: Python ints,
double: Python floats), astype(copy=), reshape(copy=) ('-' None), array(dtype, copy, ndmin) of an array,
ascontiguousarray/asarray_chkfinite(dtype), concat(out=|dtype=, casting=) (out 'dtype:shape', zeros before),
copyto(casting=) (inputs dst;src[;where]; the expected values are dst afterwards), linalg.pinv(hermitian,
rtol=) ('-' rtol=None), linalg.multi_dot(out=) (out 'dtype:shape[:F]', F Fortran order), fft.fftfreq/
rfftfreq(n, d), fft.fftshift/ifftshift(x, axes) ('/'-separated, '-' None), and Generator.random/
standard_normal/standard_exponential/standard_gamma(size, dtype, out[, method]) and permuted(x, axis, out)
on a fresh np.random.default_rng(seed) (out 'dtype:shape[:view]', view F Fortran order, T transposed, step2
every other row, ro read-only; permuted's out 'x' is x itself). alias: the result is x itself (x), a view
of x (view), new memory (new), or '-' not checked. Args are key=value, URL-quoted; inputs as manip2.csv's;
result_dtype 'error' gives NumPy's exception type in expected.""")


def gen_keywords7():
    """NumPy functions and keywords of the twenty-first session (asfortranarray, require, array ndmax,
    shares_memory/may_share_memory max_work, isscalar, iterable, mintypecode, typename, Generator
    multivariate_normal method/tol and multivariate_hypergeometric method), replayed by Keywords7Conformance."""
    from urllib.parse import quote
    rows = []
    nan, inf = np.nan, np.inf
    errors = (ValueError, TypeError, KeyError, np.linalg.LinAlgError, np.exceptions.TooHardError)

    def row(op, text, kwargs, res, flags="-", alias="-"):
        args = " ".join("%s=%s" % (k, quote(str(v), safe="")) for k, v in kwargs.items()) or "-"
        if isinstance(res, BaseException):
            rows.append([op, text, args, "error", "-", type(res).__name__, "-", "-"])
        elif isinstance(res, np.ndarray):
            dt = JT[res.dtype.name]
            rows.append([op, text, args, dt, fmt_shape(res.shape), fmt_list(res, dt) if res.size else "-", alias,
                         flags])
        else:
            rows.append([op, text, args, "value", "-", quote(str(res), safe=""), "-", "-"])

    def call(fn, *values):
        try:
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return fn(*values)
        except errors as e:
            return e

    def own(spec):
        # an operand whose base owns its memory (T() reshapes a 1-d array: a view), so that OWNDATA
        # means the same for NumPy's operand and jtensor's freshly allocated one
        return spec[:2] + (np.array(spec[2]),) + spec[3:]

    def layout(res, x):
        flags = "C=%d F=%d W=%d" % (res.flags.c_contiguous, res.flags.f_contiguous, res.flags.writeable)
        alias = "x" if res is x else "view" if np.shares_memory(res, x) else "new"
        return flags, alias

    m = own(T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3)))
    mt = own(T("float64", [1.5, -2.0, 3.25, 4.0, -0.0, 6.5], (2, 3), "T"))
    specs = [m, mt, own(T("int32", [1, 2, 3, 4, 5, 6], (6,), "step2")), own(T("int32", [1, 2, 3, 4, 5, 6], (6,), "rev")),
             own(T("int8", [1, 2, 3], (3,), "bcast=2x3")), own(T("int64", [7], ())), own(T("int64", [1, 2, 3])),
             own(T("float32", [], (0, 3))), own(T("uint8", list(range(24)), (2, 3, 4), "T")),
             own(T("float16", [1.5, nan, -inf, 2], (2, 2)))]

    # asfortranarray(x, dtype)
    for spec in specs:
        for dtype in (None, "float32", "int64"):
            text, x = manip_operand(spec)
            res = call(lambda x=x, d=dtype: np.asfortranarray(x, dtype=None if d is None else NP[d]))
            flags, alias = layout(res, x) if isinstance(res, np.ndarray) else ("-", "-")
            row("asfortranarray", text, {"dtype": dtype or "-"}, res, flags, alias)

    # require(a, dtype, requirements); OWNDATA only where jtensor's rule agrees with NumPy's (not a
    # transpose of a fresh tensor, which jtensor counts as owning its storage)
    for spec in specs:
        for dtype in (None, "float32"):
            for req in ([], ["C"], ["F"], ["A"], ["W"], ["E"], ["O"], ["C", "W"], ["F", "W", "O"], ["c_contiguous"],
                        ["Fortran", "aligned"], ["writeable", "owndata", "ensurearray"], ["C", "F"], ["X"], ["c", "f"]):
                if "O" in [r.upper()[:1] for r in req] and spec[3] == "T":
                    continue
                text, x = manip_operand(spec)
                res = call(lambda x=x, d=dtype, r=req: np.require(x, None if d is None else NP[d], r))
                flags, alias = layout(res, x) if isinstance(res, np.ndarray) else ("-", "-")
                row("require", text, {"dtype": dtype or "-", "requirements": "/".join(req) or "-"}, res, flags, alias)

    # array(x, ndmin, ndmax) of a tensor, and of nested 2-d rows ('rows')
    for ndmin, ndmax in [(0, 1), (0, 0), (2, 64), (3, 3), (3, 1), (0, 65), (0, -1), (1, 2), (4, 5)]:
        text, x = manip_operand(m)
        res = call(lambda x=x, a=ndmin, b=ndmax: np.array(x, ndmin=a, ndmax=b))
        flags, alias = layout(res, x) if isinstance(res, np.ndarray) else ("-", "-")
        row("array", text, {"ndmin": ndmin, "ndmax": ndmax}, res, flags, "-")
    for ndmax in (0, 1, 2, 3, 64, 65, -1):
        res = call(lambda b=ndmax: np.array([[1.5, 2.0], [3.0, -4.0]], ndmax=b))
        row("array_rows", "-", {"ndmax": ndmax}, res, "C=1 F=0 W=1" if isinstance(res, np.ndarray) else "-")

    # shares_memory / may_share_memory(a, b, max_work) of two as_strided views of one arange:
    # view 'offset;shape;strides' (strides in elements, '/'-separated)
    def strided(base, view):
        off, shape, strides = view.split(";")
        shp = tuple(int(v) for v in shape.split("/")) if shape else ()
        st = tuple(int(v) * base.itemsize for v in strides.split("/")) if strides else ()
        return np.lib.stride_tricks.as_strided(base[int(off):], shp, st)
    pairs = [("0;12;2", "1;12;2"), ("0;5;1", "3;7;1"), ("0;3;1", "5;5;1"), ("0;4/3;6/1", "3;4/3;6/1"),
             ("0;4/3;6/1", "2;4/2;6/1"), ("0;2/2;12/1", "1;2/2;12/1"), ("0;24;1", "0;24;1"), ("0;0;1", "0;24;1"),
             ("0;6/4;4/1", "0;4/6;1/4"), ("23;12;-2", "0;12;2"), ("5;;", "5;;"), ("5;;", "6;;"),
             ("0;3/4;8/2", "1;3/4;8/2"), ("0;10;0", "0;1;1"), ("0;3/3;7/2", "2;3/3;7/2")]
    for dtype in ("int64", "float32", "uint8"):
        base = np.arange(24).astype(NP[dtype])
        for va, vb in pairs:
            for op in ("shares_memory", "may_share_memory"):
                for work in (None, -1, -2, 0, 10 ** 6, -3):
                    res = call(lambda a=strided(base, va), b=strided(base, vb), w=work, fn=getattr(np, op): fn(a, b, max_work=w))
                    row(op, "-", {"dtype": dtype, "a": va, "b": vb, "max_work": "-" if work is None else work}, res)
    for op in ("shares_memory", "may_share_memory"):
        for work in (None, 0, -1):
            a, b = np.arange(6), np.arange(6)
            row(op, "-", {"dtype": "int64", "a": "separate", "b": "separate", "max_work": "-" if work is None else work},
                call(lambda a=a, b=b, w=work, fn=getattr(np, op): fn(a, b, max_work=w)))

    # isscalar / iterable of the Python value standing for each Java kind
    kinds = {"int": 3, "float": 2.5, "bool": True, "str": "ab", "emptystr": "", "list": [1, 2], "emptylist": [],
             "dict": {"a": 1}, "none": None, "tensor0d": np.array(1.5), "tensor1d": np.array([1, 2]),
             "tensor2d": np.ones((2, 2)), "emptytensor": np.zeros(0), "array": np.array([1, 2]).tolist(),
             "iterator": iter([1]), "char": "x", "object": object()}
    for kind, value in kinds.items():
        for op in ("isscalar", "iterable"):
            row(op, "-", {"kind": kind}, call(lambda v=value, fn=getattr(np, op): fn(v)))

    # mintypecode(typechars, typeset, default): codes '/'-separated ('dtype:' prefix: a jtensor DType)
    for chars, typeset, default in [
            ("d/f/S", None, None), ("F/d", None, None), ("f/f", None, None), ("i/l", None, None), ("e", None, None),
            ("F/f", None, None), ("g/d", None, None), ("G/F/d", None, None), ("D", None, None), ("", None, None),
            ("i/h", "GDFgdfQqLlIiHhBb?", None), ("b/B/?", "GDFgdfQqLlIiHhBb?", None), ("q/Q", "qQ", None),
            ("h/H", "Hh", "x"), ("d/f", "f", "?"), ("df", "GDFgdf", None), ("Fg", "GDFgdf", None),
            ("e/f", "ef", None), ("dtype:float32/dtype:int8", None, None), ("dtype:float64/dtype:float32", "fd", None),
            ("dtype:int64/dtype:int32", "GDFgdfQqLlIiHhBb?", None), ("dtype:float16", "efd", None)]:
        codes = [c for c in chars.split("/")] if chars else []
        values = [np.dtype(NP[c[6:]]).char if c.startswith("dtype:") else c for c in codes]
        kwargs = {}
        if typeset is not None:
            kwargs["typeset"] = typeset
        if default is not None:
            kwargs["default"] = default
        res = call(lambda v=values, kw=kwargs: np.mintypecode(v, **kw))
        row("mintypecode", "-", {"typechars": chars or "-", "typeset": typeset or "-", "default": default or "-"}, res)

    # typename(char)
    for char in ["?", "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "g", "F", "D", "G", "S1", "S", "U",
                 "V", "O", "e", "x", "", "dd"]:
        row("typename", "-", {"char": char or "empty"}, call(lambda c=char: np.typename(c)))

    # Generator.multivariate_hypergeometric(colors, nsample, size, method) on default_rng(seed)
    for seed, colors, nsample, size, method in [
            (1, [3, 5, 2], 4, "3", "count"), (1, [3, 5, 2], 4, "3", "marginals"), (5, [3, 5, 2], 7, "6", "count"),
            (5, [30, 50, 20, 40], 60, "5", "count"), (5, [30, 50, 20, 40], 100, "4", "count"),
            (12345, [10, 0, 7], 17, "2", "count"), (12345, [10, 0, 7], 0, "2", "count"), (7, [1], 1, "3", "count"),
            (7, [0, 0], 0, "2", "count"), (7, [], 0, "2", "count"), (9, [100, 200, 300], 250, "2x3", "count"),
            (9, [3, 5, 2], 11, "2", "count"), (9, [3, 5, 2], 4, "2", "bogus"), (9, [3, 5, -2], 4, "2", "count"),
            (2, [40, 30], 35, "8", "count"), (2, [40, 30], 36, "8", "count"), (2, [40, 30], 34, "8", "marginals")]:
        def mvh(seed=seed, colors=colors, nsample=nsample, size=size, method=method):
            return np.random.default_rng(seed).multivariate_hypergeometric(
                colors, nsample, size=tuple(int(v) for v in size.split("x")), method=method)
        row("rng.multivariate_hypergeometric", "-", {"seed": seed, "colors": "/".join(map(str, colors)) or "-",
                                                     "nsample": nsample, "size": size, "method": method}, call(mvh))

    # Generator.multivariate_normal(mean, cov, size, check_valid, tol, method): cholesky values (NumPy's
    # factor is unique: compared to a few ULP); svd/eigh shapes and their validity checks
    cov2 = [[2.0, 0.6], [0.6, 1.0]]
    cov3 = [[4.0, 1.2, -0.5], [1.2, 2.0, 0.3], [-0.5, 0.3, 1.5]]
    bad = [[1.0, 2.0], [2.0, 1.0]]
    near = [[1.0, 0.0], [0.0, -1e-3]]
    for seed, mean, cov, size, check, tol, method in [
            (3, [0.0, 1.0], cov2, "5", "warn", 1e-8, "cholesky"), (4, [1.5, -2.0, 0.25], cov3, "4", "raise", 1e-8, "cholesky"),
            (4, [1.5, -2.0, 0.25], cov3, "2x3", "ignore", 1e-8, "cholesky"), (8, [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], "6", "warn", 1e-8, "cholesky"),
            (8, [0.0, 0.0], bad, "2", "warn", 1e-8, "cholesky"), (8, [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], "2", "bogus", 1e-8, "cholesky"),
            (8, [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], "2", "bogus", 1e-8, "eigh"), (8, [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], "2", "warn", 1e-8, "qr"),
            (8, [0.0, 0.0], bad, "2", "raise", 1e-8, "eigh"), (8, [0.0, 0.0], bad, "2", "raise", 1e-8, "svd"),
            (8, [0.0, 0.0], near, "2", "raise", 1e-2, "eigh"), (8, [0.0, 0.0], near, "2", "raise", 1e-4, "eigh"),
            (8, [0.0, 0.0], near, "2", "raise", 1e-2, "svd"), (8, [0.0, 0.0], near, "2", "raise", 1e-4, "svd"),
            (8, [0.0, 0.0], bad, "2", "ignore", 1e-8, "eigh"), (8, [1.0, 2.0, 3.0], cov3, "3x2", "raise", 1e-8, "svd"),
            (8, [1.0, 2.0, 3.0], cov3, "3", "raise", 1e-8, "eigh"), (8, [1.0, 2.0], cov3, "3", "raise", 1e-8, "cholesky")]:
        def mvn(seed=seed, mean=mean, cov=cov, size=size, check=check, tol=tol, method=method):
            return np.random.default_rng(seed).multivariate_normal(
                mean, cov, size=tuple(int(v) for v in size.split("x")), check_valid=check, tol=tol, method=method)
        res = call(mvn)
        if isinstance(res, np.ndarray) and method != "cholesky":
            res = np.full(res.shape, nan)  # the distribution, not NumPy's values (vector signs are LAPACK's)
        row("rng.multivariate_normal", "-", {"seed": seed, "mean": "/".join(map(repr, mean)),
                                             "cov": "/".join(repr(v) for r in cov for v in r), "size": size,
                                             "check_valid": check, "tol": tol, "method": method}, res)

    write("keywords7.csv", ["op", "inputs", "args", "result_dtype", "result_shape", "expected", "alias", "flags"], rows, """
NumPy functions and keywords of the twenty-first session (Keywords7Conformance): asfortranarray(x, dtype),
require(a, dtype, requirements) (requirements '/'-separated, '-' none; OWNDATA not with a transposed operand,
which jtensor counts as owning its storage), array(x, ndmin=, ndmax=) of a tensor and array_rows (np.array of
[[1.5, 2], [3, -4]] with ndmax), shares_memory/may_share_memory(a, b, max_work) of as_strided views
'offset;shape;strides' (elements, '/'-separated) of np.arange(24) in dtype ('separate': two arrays),
isscalar/iterable of the Python value standing for a Java kind, mintypecode(typechars ('/'-separated;
'dtype:NAME' the char of a dtype), typeset, default), typename(char), and Generator.multivariate_hypergeometric
(colors, nsample, size, method) / multivariate_normal(mean, cov (row by row), size, check_valid, tol, method)
on a fresh np.random.default_rng(seed) (svd/eigh samples as NaN: only their shape is NumPy's). flags: the
result's C/F contiguity and writeability; alias as keywords6.csv; result_dtype 'value' gives a non-array
result (URL-quoted) in expected, 'error' NumPy's exception type. Inputs as manip2.csv's, with bases that
own their memory.""")


GENERATORS = {
    "unary": gen_unary, "binary": gen_binary, "scalars": gen_scalars, "promotion": gen_promotion,
    "reductions": gen_reductions, "rows": gen_rows, "linalg": gen_linalg, "astype": gen_astype,
    "format": gen_format, "creation": gen_creation, "tutorial": gen_tutorial, "isclose": gen_isclose,
    "manipulation": gen_manipulation, "indexing": gen_indexing, "scan": gen_scan,
    "nan_reductions": gen_nan_reductions, "differences": gen_differences, "sorting": gen_sorting,
    "sets": gen_sets, "shaping": gen_shaping, "contraction": gen_contraction,
    "random_dists": gen_random_dists, "linalg2": gen_linalg2, "manip2": gen_manip2,
    "linalg_modes": lambda: None,       # written by gen_linalg2
    "scatter": gen_scatter, "histograms": gen_histograms, "ufuncs": gen_ufuncs,
    "types": gen_types, "textio": gen_textio, "windows": gen_windows,
    "printing": gen_printing,
    "functional": gen_functional,
    "indexing2": gen_indexing2,
    "eig": gen_eig,
    "testing": gen_testing,
    "reduce_dtype": gen_reduce_dtype,
    "models": gen_models,
    "random_stream": gen_random_stream,
    "ufunc_keywords": gen_ufunc_keywords,
    "keywords3": gen_keywords3,
    "keywords4": gen_keywords4,
    "keywords5": gen_keywords5,
    "keywords6": gen_keywords6,
    "keywords7": gen_keywords7,
}


def main():
    """Writes every file, or only those named on the command line (e.g. ``generate.py unary isclose``);
    linalg.csv's last bits follow the machine's BLAS, so leave it out unless it is the one to change."""
    global ONLY
    os.makedirs(OUT, exist_ok=True)
    unknown = [n for n in sys.argv[1:] if n not in GENERATORS]
    if unknown:
        sys.exit("unknown file(s) %s; choose from %s" % (", ".join(unknown), ", ".join(GENERATORS)))
    ONLY = set(sys.argv[1:]) or None
    build_tensors()
    for generate in GENERATORS.values():
        generate()
    write_tensors()


if __name__ == "__main__":
    sys.exit(main())
