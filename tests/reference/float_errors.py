#!/usr/bin/env python3
"""Writes tests/src/test/resources/reference/float_errors.csv: the floating-point error categories
NumPy reports for each ufunc, dtype and special-value input (what ``np.errstate(all='call')`` hands
to the ``np.seterrcall`` callback for a one-element array).

Run from anywhere:  python3 tests/reference/float_errors.py

Columns: ``op`` (the ufunc's NumPy name), ``dtype`` (of every input), ``x`` and ``y`` (Python
reprs of the inputs; ``y`` is ``none`` for a unary op, the int32 exponent for ``ldexp`` and ``out=TYPE`` for a unary op
writing into an out= of that type (casting='unsafe' for an integer or bool type); for ``cast``, ``astype``, ``dtype`` is the source type and ``y`` the
target type) and ``flags``: the categories reported, in
NumPy's order (divide over under invalid) separated by spaces, or ``none``.
"""

import os
import sys

import numpy as np

UNARY = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "reciprocal", "square",
         "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
         "arcsinh", "arccosh", "arctanh"]
BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "fmod", "power"]
INTEGER_BINARY = ["divide", "floor_divide", "remainder", "fmod"]
CAST_TARGETS = ["float32", "float16", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "bool"]
CAST_EXTRA = [300.0, -1.0, 70000.0, 3e9, -3e9, 5e9, 1e19, 1e-10, 65504.0, 65520.0, 1e-300]
# swept after the rows above (appended so that those keep their place)
LATER_UNARY = ["cbrt", "deg2rad", "rad2deg", "spacing"]
LATER_BINARY = ["arctan2", "hypot", "logaddexp", "logaddexp2", "nextafter", "copysign", "heaviside"]
OUT_CAST_UNARY = ["negative", "square"]
QUIET_UNARY = ["absolute", "negative", "sign", "floor", "ceil", "trunc", "isnan", "isinf", "isfinite", "signbit",
               "logical_not"]
QUIET_BINARY = ["maximum", "minimum", "fmax", "fmin", "less", "equal", "greater_equal", "logical_and", "logical_xor"]
LDEXP_EXPONENTS = [0, 1, -1, 128, -130, -149, -150, 1024, 2000, -1070, -1074, -1080, -2000]


def later_values(dtype):
    info = np.finfo(dtype)
    return [float(np.asarray(v, dtype)) for v in float_values(dtype)
            + [float(info.smallest_subnormal), -float(info.smallest_subnormal), float(info.max)]]


def difference_thresholds(dtype):
    """First inputs around where exp(-|x - y|) and exp2(-|x - y|) of logaddexp(2) with y = 0 underflow."""
    return [700.0, 750.0, 1020.0, 1080.0] if dtype == np.float64 else [80.0, 90.0, 120.0, 130.0]


def float_values(dtype):
    info = np.finfo(dtype)
    tiny = float(info.tiny)
    return [0.0, -0.0, 1.0, -1.0, 2.5, tiny * 4, tiny / 4, float(info.max) / 2,
            float("inf"), float("-inf"), float("nan")]


def unary_values(dtype):
    if dtype == np.float64:
        extra = [0.5, 1.5, -2.0, 100.0, 700.0, 710.0, 1030.0, -700.0, -740.0, -1080.0]
    else:
        extra = [0.5, 1.5, -2.0, 10.0, 88.0, 90.0, 130.0, -88.0, -100.0, -160.0]
    return [float(np.asarray(v, dtype)) for v in float_values(dtype) + extra]


def flags_of(fn, *args):
    seen = []
    np.seterrcall(lambda kind, flag: seen.append(kind))
    with np.errstate(all="call"):
        fn(*args)
    names = {"divide by zero": "divide", "overflow": "over", "underflow": "under", "invalid value": "invalid"}
    return " ".join(names[k] for k in seen) or "none"


def main():
    rows = []
    for dtype in (np.float64, np.float32):
        for op in UNARY:
            for x in unary_values(dtype):
                rows.append((op, dtype, x, None, flags_of(getattr(np, op), np.array([x], dtype))))
        values = [float(np.asarray(v, dtype)) for v in float_values(dtype)]
        for op in BINARY:
            for x in values:
                for y in values:
                    rows.append((op, dtype, x, y, flags_of(getattr(np, op), np.array([x], dtype),
                                                           np.array([y], dtype))))
    for dtype in (np.int64, np.int32):
        info = np.iinfo(dtype)
        values = [0, 1, -1, 7, -7, int(info.min), int(info.max)]
        for op in INTEGER_BINARY:
            for x in values:
                for y in values:
                    rows.append((op, dtype, x, y, flags_of(getattr(np, op), np.array([x], dtype),
                                                           np.array([y], dtype))))
    for dtype in (np.float64, np.float32):
        values = [float(np.asarray(v, dtype)) for v in float_values(dtype) + CAST_EXTRA]
        for target in CAST_TARGETS:
            if np.dtype(target).itemsize >= np.dtype(dtype).itemsize and np.dtype(target).kind == "f":
                continue
            for x in dict.fromkeys(values):
                rows.append(("cast", dtype, x, target, flags_of(lambda a: a.astype(target), np.array([x], dtype))))
    for dtype in (np.float64, np.float32):
        for op in LATER_UNARY:
            for x in dict.fromkeys(unary_values(dtype) + later_values(dtype)):
                rows.append((op, dtype, x, None, flags_of(getattr(np, op), np.array([x], dtype))))
        values = later_values(dtype)
        pairs = [(x, y) for x in values for y in values]
        pairs += [(x, 0.0) for x in difference_thresholds(dtype)] + [(0.0, -x) for x in difference_thresholds(dtype)]
        for op in LATER_BINARY:
            for x, y in pairs:
                rows.append((op, dtype, x, y, flags_of(getattr(np, op), np.array([x], dtype), np.array([y], dtype))))
        # ldexp's exponent is int32 (the y column holds it)
        for x in dict.fromkeys(values + [1.5, 3.0]):
            for n in LDEXP_EXPONENTS:
                rows.append(("ldexp", dtype, x, n, flags_of(np.ldexp, np.array([x], dtype), np.array([n], np.int32))))
    # a result cast into an out= of a narrower float type: NumPy reports the cast's flags with the op's, under the op
    for dtype, target in ((np.float64, "float32"), (np.float64, "float16"), (np.float32, "float16")):
        values = [float(np.asarray(v, dtype)) for v in float_values(dtype) + CAST_EXTRA]
        for op in OUT_CAST_UNARY:
            for x in dict.fromkeys(values):
                rows.append((op, dtype, x, "out=" + target, flags_of(
                    lambda a: getattr(np, op)(a, out=np.empty(1, target), casting="same_kind"), np.array([x], dtype))))
    for dtype in (np.float64, np.float32):
        step = float(np.finfo(dtype).smallest_subnormal)
        rows.append(("hypot", dtype, 3 * step, 4 * step, flags_of(np.hypot, np.array([3 * step], dtype),
                                                                   np.array([4 * step], dtype))))
    # float16: NumPy's half loops compute in float32 and round to float16 (the rounding's flags join the op's)
    half = np.float16
    half_unary = [float(np.asarray(v, half)) for v in float_values(half)
                  + [0.5, 1.5, -2.0, 10.0, 11.0, 12.0, 100.0, -10.0, -17.0, -25.0, 6e-8, 1e-4, 300.0]]
    for op in UNARY + LATER_UNARY:
        for x in dict.fromkeys(half_unary + later_values(half)):
            rows.append((op, half, x, None, flags_of(getattr(np, op), np.array([x], half))))
    half_values = later_values(half) + [0.01, 300.0]
    for op in BINARY + LATER_BINARY:
        for x in half_values:
            for y in half_values:
                rows.append((op, half, x, y, flags_of(getattr(np, op), np.array([x], half), np.array([y], half))))
    # a float result cast into an integer or bool out= (casting='unsafe'): the cast's invalid, under the op
    for dtype in (np.float64, np.float32, np.float16):
        values = [float(np.asarray(v, dtype)) for v in float_values(dtype) + CAST_EXTRA]
        for target in ("int64", "int32", "int8", "uint8", "uint32", "bool"):
            for x in dict.fromkeys(values):
                rows.append(("negative", dtype, x, "out=" + target, flags_of(
                    lambda a: np.negative(a, out=np.empty(1, target), casting="unsafe"), np.array([x], dtype))))
    # ops NumPy reports nothing for (no check runs): recorded so that a check that starts reporting fails
    for dtype in (np.float64, np.float32, np.float16):
        values = later_values(dtype)
        for op in QUIET_UNARY:
            for x in dict.fromkeys(values):
                rows.append((op, dtype, x, None, flags_of(getattr(np, op), np.array([x], dtype))))
        info = np.finfo(dtype)
        pairs = [0.0, -0.0, 1.0, float("inf"), float("-inf"), float("nan"), float(info.max),
                 float(info.smallest_subnormal)]
        for op in QUIET_BINARY:
            for x in pairs:
                for y in pairs:
                    rows.append((op, dtype, x, y, flags_of(getattr(np, op), np.array([x], dtype),
                                                           np.array([y], dtype))))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "reference",
                        "float_errors.csv")
    with open(path, "w") as f:
        f.write("# Floating-point error categories NumPy " + np.__version__ + " reports per op, dtype and input\n")
        f.write("# (written by tests/reference/float_errors.py; flags in NumPy's order, 'none' when it reports none)\n")
        f.write("op,dtype,x,y,flags\n")
        for op, dtype, x, y, flags in rows:
            def text(v):
                return "none" if v is None else v if isinstance(v, str) else repr(v)
            f.write(f"{op},{np.dtype(dtype).name},{text(x)},{text(y)},{flags}\n")
    print(f"{len(rows)} rows -> {os.path.normpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
