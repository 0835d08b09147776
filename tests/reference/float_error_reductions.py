#!/usr/bin/env python3
"""Writes tests/src/test/resources/reference/float_error_reductions.csv: the floating-point errors
NumPy reports for reductions, scans and the statistics composed of them (what
``np.errstate(all='call')`` hands to the ``np.seterrcall`` callback, and the message of the
``FloatingPointError`` that ``np.errstate(all='raise')`` raises).

Run from anywhere:  python3 tests/reference/float_error_reductions.py

Columns: ``op`` (the NumPy function), ``dtype`` (of x), ``shape`` (of x, dimensions joined by
``x``), ``x`` (the elements in C order, Python reprs joined by spaces; ``empty`` for none),
``axis`` (``none`` for all axes), ``ddof``, ``calls`` (the categories of each callback call, in
order, joined by spaces: one call per category per ufunc call that met it; ``none`` when there was
none) and ``message`` (the FloatingPointError's message, ``none`` when nothing raises).
"""

import os
import sys
import warnings

import numpy as np

OPS = ["sum", "prod", "mean", "var", "std", "nansum", "nanprod", "nanmean", "nanvar", "nanstd",
       "max", "min", "nanmax", "nanmin", "argmax", "argmin", "ptp",
       "cumsum", "cumprod", "nancumsum", "nancumprod"]
NO_IDENTITY = {"max", "min", "nanmax", "nanmin", "argmax", "argmin", "ptp"}
SCANS = {"cumsum", "cumprod", "nancumsum", "nancumprod"}
SHORT = {"divide by zero": "divide", "overflow": "over", "underflow": "under", "invalid value": "invalid"}


def inputs(dtype):
    """(name, shape, values, axis, ddof): each a one-line or two-line case of the rules."""
    info = np.finfo(dtype)
    big = float(info.max) * 0.75
    top = float(info.max)
    tiny = float(info.tiny)
    root = float(np.sqrt(info.max)) * 2
    inf, nan = float("inf"), float("nan")
    cases = [
        ((2,), [1.0, 2.0]),
        ((2,), [big, big]),
        ((3,), [big, big, 0.0]),
        ((2,), [top, -top]),
        ((2,), [root, -root]),
        ((2,), [inf, -inf]),
        ((2,), [inf, 1.0]),
        ((2,), [0.0, inf]),
        ((2,), [nan, 1.0]),
        ((3,), [nan, big, big]),
        ((2,), [tiny / 4, tiny / 4]),
        ((2,), [tiny * 4, tiny * 4]),
        ((2,), [tiny, 0.5]),
        ((1,), [3.0]),
        ((0,), []),
        ((2,), [nan, nan]),
    ]
    rows = [(shape, values, None, 0) for shape, values in cases]
    rows += [((1,), [3.0], None, 1), ((2,), [1.0, 2.0], None, 2), ((2,), [1.0, 1.0], None, 2)]
    rows += [((2, 2), [big, 1.0, big, 1.0], axis, 0) for axis in (0, 1)]
    rows += [((2, 2), [inf, 1.0, -inf, 1.0], axis, 0) for axis in (0, 1)]
    rows += [((2, 0), [], 1, 0)]
    return rows


def run(fn):
    seen = []
    np.seterrcall(lambda kind, flag: seen.append(SHORT[kind]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="call"):
            fn()
        with np.errstate(all="raise"):
            try:
                fn()
                message = "none"
            except FloatingPointError as e:
                message = str(e)
    return " ".join(seen) or "none", message


def call(op, x, axis, ddof):
    f = getattr(np, op)
    if op in ("var", "std", "nanvar", "nanstd"):
        return lambda: f(x, axis=axis, ddof=ddof)
    return lambda: f(x, axis=axis)


def main():
    rows = []
    for dtype in (np.float64, np.float32, np.float16):
        for op in OPS:
            for shape, values, axis, ddof in inputs(dtype):
                x = np.array(values, dtype).reshape(shape)
                if ddof and op not in ("var", "std", "nanvar", "nanstd"):
                    continue
                if x.size == 0 and op in NO_IDENTITY:
                    continue
                if x.ndim == 2 and op in SCANS and axis is None:
                    continue
                calls, message = run(call(op, x, axis, ddof))
                rows.append((op, dtype, shape, [float(v) for v in x.ravel()], axis, ddof, calls, message))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "reference",
                        "float_error_reductions.csv")
    with open(path, "w") as f:
        f.write("# Floating-point errors NumPy " + np.__version__ + " reports for reductions and scans\n")
        f.write("# (written by tests/reference/float_error_reductions.py)\n")
        f.write("op,dtype,shape,x,axis,ddof,calls,message\n")
        for op, dtype, shape, values, axis, ddof, calls, message in rows:
            text = " ".join(repr(v) for v in values) or "empty"
            f.write(f"{op},{np.dtype(dtype).name},{'x'.join(map(str, shape))},{text},"
                    f"{'none' if axis is None else axis},{ddof},{calls},{message}\n")
    print(f"{len(rows)} rows -> {os.path.normpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
