"""NumPy results for the fuzzer's NUMERIC family (io.jtensor.conformance.RandomNumericCases).

Imported by random_cases.py, which calls evaluate(case, inputs, helpers) for a case of the family.
Every value is NumPy's own result; the parity test compares it with the bound jtensor documents for
the op (bit for bit for the differences, unwrap, exact polynomial arithmetic, scans, nan_to_num,
frexp, modf, divmod, comparisons, bartlett, linspace and histogram counts and edges; the backend's
cos, exp, sin or power bound plus NumPy's own rounding for the windows, i0, kaiser, sinc, logspace,
geomspace and float_power; an error scale for trapezoid, cov, corrcoef, polymul, polyfit, roots and
weighted histograms). roots are sorted (NumPy's order is its eigenvalue solver's); complex roots,
which jtensor cannot represent, are refused.
"""

import numpy as np


class _Refused(Exception):
    pass


def _f(v):
    return float(v)


def _bool(v):
    return "bool", np.asarray(bool(v))


def evaluate(case, inputs, helpers):
    """(jtensor result dtype, value) of a NUMERIC case; raises helpers.Refused where NumPy refuses."""
    try:
        r = _evaluate(case, inputs)
    except (_Refused, ZeroDivisionError, np.linalg.LinAlgError) as e:
        raise helpers.Refused(str(e))
    if isinstance(r, tuple):
        return r
    r = np.asarray(r)
    return helpers.jt_type(r.dtype), r


def _evaluate(case, inputs):
    name = case["op"]
    p = case["params"]
    x = inputs[0] if inputs else None
    if name == "gradient":
        if p.get("part") is not None:
            r = np.gradient(x)
            return r if x.ndim == 1 else r[p["part"]]
        if len(inputs) > 1:
            return np.gradient(x, inputs[1], axis=p["axis"], edge_order=p["edge_order"])
        args = [] if p.get("spacing") is None else [_f(p["spacing"])]
        if args == [0.0]:
            # a Python float 0 makes NumPy's edge_order=2 coefficients (-1.5 / dx) raise
            # ZeroDivisionError while edge_order=1 divides arrays by it (inf, NaN); jtensor divides
            # as NumPy does with a NumPy float 0 (a documented deviation)
            args = [np.float64(args[0])]
        return np.gradient(x, *args, axis=p["axis"], edge_order=p["edge_order"])
    if name == "ediff1d":
        ends = p["ends"]
        to_end = inputs[1] if ends & 1 else None
        to_begin = inputs[-1] if ends & 2 else None
        return np.ediff1d(x, to_end=to_end, to_begin=to_begin)
    if name == "trapezoid":
        if len(inputs) > 1:
            return np.trapezoid(x, x=inputs[1], axis=p["axis"])
        return np.trapezoid(x, dx=_f(p["dx"]), axis=p["axis"])
    if name == "unwrap":
        period = p.get("period")
        period = 2 * np.pi if period is None else period if isinstance(period, int) else _f(period)
        discont = None if p.get("discont") is None else _f(p["discont"])
        return np.unwrap(x, discont=discont, axis=p["axis"], period=period)
    if name in ("polyadd", "polysub", "polyder", "polyint", "polydiv") and any(c.ndim > 1 for c in inputs) and not (
            name == "polyint" and p["m"] == 0):
        # NumPy's polyadd, polysub, polyder, polyint and polydiv run their 1-d code on a 2-d
        # operand's first axis; jtensor takes 0-d and 1-d coefficients only (a documented deviation;
        # polyint with m = 0 returns p before any check, in both)
        raise _Refused("coefficients of 2 or more dimensions")
    if name in ("polyadd", "polysub", "polymul"):
        return getattr(np, name)(x, inputs[1])
    if name == "polydiv":
        return np.polydiv(x, inputs[1])[p["part"]]
    if name in ("polyder", "polyint"):
        return getattr(np, name)(x, p["m"])
    if name == "polyval":
        return np.polyval(x, inputs[1] if inputs[1] is not None else _f(p["x"]))
    if name == "poly":
        if x.ndim == 2 and not np.array_equal(x, x.T):
            # the eigenvalues of a non-symmetric matrix may be complex: jtensor refuses every one
            # (a documented limitation, no complex dtype)
            raise _Refused("poly of a non-symmetric matrix")
        return np.poly(x)
    if name == "roots":
        r = np.roots(x)
        if r.dtype.kind == "c":
            raise _Refused("complex roots")
        return np.sort(r)
    if name == "polyfit":
        return np.polyfit(x, inputs[1], p["deg"])
    if name == "vander":
        return np.vander(x, N=p.get("N"), increasing=p["increasing"])
    if name in ("bartlett", "blackman", "hamming", "hanning"):
        return getattr(np, name)(p["M"])
    if name == "kaiser":
        return np.kaiser(p["M"], _f(p["beta"]))
    if name in ("i0", "sinc"):
        return getattr(np, name)(x)
    if name == "real_if_close":
        return np.real_if_close(x, tol=_f(p["tol"]))
    if name in ("frexp", "modf"):
        return getattr(np, name)(x)[p["part"]]
    if name == "cov":
        y = inputs[1] if len(inputs) > 1 else None
        return np.cov(x, y, rowvar=p["rowvar"], bias=p["bias"], ddof=p.get("ddof"))
    if name == "corrcoef":
        y = inputs[1] if len(inputs) > 1 else None
        return np.corrcoef(x, y, rowvar=p["rowvar"])
    if name == "linspace" and len(inputs) == 2:
        dtype = p.get("dtype")
        return np.linspace(x, inputs[1], p["num"], endpoint=p["endpoint"],
                           dtype=None if dtype is None else np.dtype(dtype), axis=p["axis"])
    if name == "linspace":
        return np.linspace(_f(p["start"]), _f(p["stop"]), p["num"], endpoint=p["endpoint"])
    if name == "logspace":
        return np.logspace(_f(p["start"]), _f(p["stop"]), p["num"], endpoint=p["endpoint"], base=_f(p["base"]))
    if name == "geomspace":
        return np.geomspace(_f(p["start"]), _f(p["stop"]), p["num"], endpoint=p["endpoint"])
    if name == "nan_to_num":
        if p.get("nan") is None:
            return np.nan_to_num(x)
        kw = {k: (p[k] if isinstance(p[k], int) else _f(p[k])) for k in ("nan", "posinf", "neginf")}
        return np.nan_to_num(x, **kw)
    if name == "divmod":
        return np.divmod(x, inputs[1])[p["part"]]
    if name == "float_power":
        return np.float_power(x, inputs[1])
    if name in ("isclose", "allclose"):
        rtol = 1e-5 if p.get("rtol") is None else _f(p["rtol"])
        atol = 1e-8 if p.get("atol") is None else _f(p["atol"])
        r = getattr(np, name)(x, inputs[1], rtol=rtol, atol=atol, equal_nan=p["equal_nan"])
        return _bool(r) if name == "allclose" else r
    if name == "array_equal":
        return _bool(np.array_equal(x, inputs[1], equal_nan=p["equal_nan"]))
    if name == "array_equiv":
        return _bool(np.array_equiv(x, inputs[1]))
    if name in ("cumulative_sum", "cumulative_prod"):
        return getattr(np, name)(x, axis=p.get("axis"), include_initial=p["include_initial"])
    if name in ("nancumsum", "nancumprod"):
        dtype = p.get("dtype")
        return getattr(np, name)(x, axis=p.get("axis"), dtype=None if dtype is None else np.dtype(dtype))
    if name in ("histogram2d", "histogramdd"):
        w = inputs[-1] if p["weighted"] else None
        samples = 2 if name == "histogram2d" else 1
        edges = p["edges"]
        bins = inputs[samples:len(inputs) - (1 if w is not None else 0)] if edges else list(p["bins"])
        rng = p.get("range")
        rng = None if rng is None else [tuple(_f(v) for v in pair) for pair in rng]
        if name == "histogram2d":
            if not edges and len(bins) != 2:
                # NumPy takes a list of other than 2 numbers as the edges of both axes; jtensor's
                # long[] bins are always counts, one per axis, and it refuses other lengths
                raise _Refused("bins of other than two counts")
            r = np.histogram2d(x, inputs[1], bins=bins, range=rng, weights=w, density=p["density"])
            return r[p["part"]]
        h, edges = np.histogramdd(x, bins=bins, range=rng, weights=w, density=p["density"])
        return h if p["part"] == 0 else edges[p["part"] - 1]
    raise ValueError("unknown numeric-family op " + name)
