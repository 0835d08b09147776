"""NumPy results for the fuzzer's EXTRA family (io.jtensor.conformance.RandomExtraCases).

Imported by random_cases.py, which calls evaluate(case, inputs, helpers) for a case of the family.
NumPy's own results (an in-place op's result is its whole destination afterwards; a multi-output
op's is output ``part``), except where jtensor documents a deviation from NumPy 2.4 (marked below:
unique_counts collapses NaNs, unique_values is sorted); float sums and means are evaluated one
precision up and rounded once, and the parity test compares them with an error scale.
"""

import numpy as np


def _number(v):
    """A JSON parameter as the Python number (or bool) NumPy gets."""
    if isinstance(v, bool) or isinstance(v, int):
        return v
    return float(v)


def _axis(p):
    return None if p.get("axis") is None else tuple(p["axis"])


def _result(helpers, r):
    r = np.asarray(r)
    return helpers.jt_type(r.dtype), r


def _wide_sum(helpers, name, x, kwargs, r):
    """A float sum or mean one precision up, rounded once; NumPy's own overflow stands."""
    t = helpers.jt_type(r.dtype)
    if not t.startswith("float"):
        return t, r
    up = np.longdouble if t == "float64" else np.float64
    kw = dict(kwargs)
    kw["dtype"] = up
    wide = np.asarray(getattr(np, name)(x.astype(up) if x.dtype.kind == "f" else x, **kw)).astype(helpers.NP[t])
    return t, np.where(np.isfinite(r) | ~np.isfinite(wide), wide, r)


def _uint32_cast(x, p):
    """x as jtensor casts it to a uint32 dtype: a float through int64, wrapped (its documented cast;
    NumPy's float -> uint32 cast of NaN or of values past 2**32 is the platform's, 0 in SIMD runs)."""
    if p.get("dtype") == "uint32" and x.dtype.kind == "f":
        return x.astype(np.int64).astype(np.uint32)
    return x


def _reduction(case, inputs, helpers):
    name = case["op"]
    p = case["params"]
    x = _uint32_cast(inputs[0], p)
    kwargs = {"axis": _axis(p), "keepdims": p["keepdims"]}
    if len(inputs) > 1:
        kwargs["where"] = inputs[1]
    if "initial" in p:
        kwargs["initial"] = _number(p["initial"])
    if "dtype" in p:
        kwargs["dtype"] = helpers.NP[p["dtype"]]
    if name == "mean" and p.get("dtype") == "uint32":
        # NumPy divides the uint32 sum by the count and casts the float64 quotient back to uint32
        # unsafely: NaN (an empty line's 0/0) is the platform's cast there; jtensor's documented
        # float -> uint32 cast goes through int64 (0 for NaN)
        total = np.sum(x, **kwargs)
        axis = kwargs["axis"]
        count = x.size if axis is None else int(np.prod([x.shape[a] for a in axis]))
        quotient = np.asarray(np.true_divide(total, count, dtype=np.float64))
        return "uint32", quotient.astype(np.int64).astype(np.uint32)
    r = np.asarray(getattr(np, name)(x, **kwargs))
    if name in ("sum", "mean"):
        return _wide_sum(helpers, name, x, kwargs, r)
    return _result(helpers, r)


def _ufunc_reduce(case, inputs, helpers):
    p = case["params"]
    x = _uint32_cast(inputs[0], p)
    f = getattr(np, p["ufunc"])
    if p["default_axis"]:
        return _result(helpers, f.reduce(x))
    kwargs = {"axis": _axis(p), "keepdims": p["keepdims"]}
    if "dtype" in p:
        kwargs["dtype"] = helpers.NP[p["dtype"]]
    r = np.asarray(f.reduce(x, **kwargs))
    if p["ufunc"] == "add":
        t = helpers.jt_type(r.dtype)
        if t.startswith("float"):
            up = np.longdouble if t == "float64" else np.float64
            kw = dict(kwargs)
            kw["dtype"] = up
            wide = np.asarray(np.add.reduce(x.astype(up), **kw)).astype(helpers.NP[t])
            return t, np.where(np.isfinite(r) | ~np.isfinite(wide), wide, r)
    return _result(helpers, r)


def _where(case, inputs):
    p = case["params"]
    rest = list(inputs[1:])
    x = _number(p["x"]) if "x" in p else rest.pop(0)
    y = _number(p["y"]) if "y" in p else rest.pop(0)
    return np.where(inputs[0], x, y)


def _block(case, inputs):
    rows = case["params"].get("rows")
    if rows is None:
        return np.block(list(inputs))
    nested, at = [], 0
    for n in rows:
        nested.append(list(inputs[at:at + n]))
        at += n
    return np.block(nested)


def _like(case, x, helpers):
    p = case["params"]
    dtype = helpers.NP[p["dtype"]] if "dtype" in p else None
    if case["op"] == "full_like":
        return np.full_like(x, _number(p["fill_value"]), dtype=dtype)
    return getattr(np, case["op"])(x, dtype=dtype)


def evaluate(case, inputs, helpers):
    """(jtensor result dtype, value) of an EXTRA case; NumPy's exceptions mean it refuses."""
    name = case["op"]
    p = case["params"]
    x = inputs[0]
    if name in ("sum", "prod", "mean", "all", "any", "max", "min"):
        return _reduction(case, inputs, helpers)
    if name == "reduce":
        return _ufunc_reduce(case, inputs, helpers)
    if name in ("cumsum", "cumprod"):
        return _result(helpers, getattr(np, name)(_uint32_cast(x, p), axis=p["axis"], dtype=helpers.NP[p["dtype"]]))
    if name == "diag":
        return _result(helpers, np.diag(x, p["k"]))
    if name == "tri":
        return _result(helpers, np.tri(p["N"], p.get("M"), p["k"], dtype=helpers.NP[p["dtype"]]))
    if name == "identity":
        return _result(helpers, np.identity(p["n"], dtype=helpers.NP[p["dtype"]]))
    if name == "indices":
        return _result(helpers, np.indices(tuple(p["dimensions"]), dtype=helpers.NP[p["dtype"]]))
    if name == "nonzero":
        return "int64", np.asarray(np.nonzero(x)[p["part"]], np.int64)
    if name == "place":
        np.place(x, inputs[1], inputs[2])
        return _result(helpers, x)
    if name in ("fix", "positive", "isposinf", "isneginf", "real", "imag", "asarray_chkfinite",
                "ascontiguousarray", "conj", "conjugate", "iscomplex", "isreal"):
        return _result(helpers, getattr(np, name)(x))
    if name == "angle":
        return _result(helpers, np.angle(x, deg=p["deg"]))
    if name == "unique_all":
        r = np.unique_all(x)
        return _result(helpers, r[p["part"]])
    if name == "unique_inverse":
        values, inverse = np.unique_inverse(x)
        if p["part"] == 1 and values.dtype.kind == "f":
            # each NaN is a value of its own; which NaN of x is which NaN value is unspecified
            # (NumPy 2.4 sorts with an unstable quicksort without return_index): compared in x's
            # order, as jtensor's stable sort numbers them
            flat = inverse.reshape(-1).copy()
            flat[np.isnan(x.reshape(-1))] = np.flatnonzero(np.isnan(values))
            inverse = flat.reshape(inverse.shape)
        return _result(helpers, (values, inverse)[p["part"]])
    if name == "unique_counts":
        # jtensor's uniqueCounts collapses NaNs into one value (np.unique's equal_nan=True, its
        # Javadoc); NumPy 2.4's unique_counts keeps each NaN apart
        r = np.unique(x, return_counts=True)
        return _result(helpers, r[p["part"]])
    if name == "unique_values":
        # NumPy 2.4 hashes integers and returns them unordered (the order is unspecified); jtensor
        # sorts: compared sorted
        return _result(helpers, np.sort(np.unique_values(x)))
    if name == "sliding_window_view":
        axis = None if p.get("axis") is None else tuple(p["axis"])
        r = np.lib.stride_tricks.sliding_window_view(x, tuple(p["window_shape"]), axis=axis)
        return _result(helpers, np.array(r))
    if name == "block":
        return _result(helpers, _block(case, inputs))
    if name == "concatenate":
        return _result(helpers, np.concatenate(list(inputs), axis=None))
    if name == "clip":
        lo = None if p.get("min") is None else _number(p["min"])
        hi = None if p.get("max") is None else _number(p["max"])
        return _result(helpers, np.clip(x, lo, hi))
    if name == "where":
        return _result(helpers, _where(case, inputs))
    if name == "flip":
        return _result(helpers, np.flip(x, axis=_axis(p)))
    if name == "median":
        try:
            return _result(helpers, np.median(x, axis=_axis(p), keepdims=p["keepdims"]))
        except ValueError as e:
            if "cannot reshape array of size 0" not in str(e):
                raise
            # NumPy 2.4 moves the reduced axes last and reshapes to (..., -1), which fails for an
            # empty x whose kept axes hold a 0; jtensor gives the empty result (a documented
            # deviation, as for quantile): the mean's shape and type, no elements
            return _result(helpers, np.mean(x, axis=_axis(p), keepdims=p["keepdims"]))
    if name in ("zeros_like", "ones_like", "full_like"):
        return _result(helpers, _like(case, x, helpers))
    if name == "apply_along_axis":
        f = {"cumsum": np.cumsum, "sort": np.sort, "max": np.max, "flip": np.flip}[p["func"]]
        return _result(helpers, np.apply_along_axis(f, p["axis"], x))
    if name == "apply_over_axes":
        f = getattr(np, p["func"])
        r = np.asarray(np.apply_over_axes(f, x, list(p["axes"])))
        if p["func"] == "sum" and r.dtype.kind == "f":
            wide = np.asarray(np.apply_over_axes(f, x.astype(np.longdouble if r.dtype == np.float64 else np.float64),
                                                 list(p["axes"]))).astype(r.dtype)
            r = np.where(np.isfinite(r) | ~np.isfinite(wide), wide, r)
        return _result(helpers, r)
    raise ValueError("unknown extra-family op " + name)
