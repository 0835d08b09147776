"""NumPy results for the fuzzer's SEARCH family (io.jtensor.conformance.RandomSearchCases).

Imported by random_cases.py, which calls evaluate(case, inputs, helpers) for a case of the family.
Searching, binning, sets, positions and selected elements are NumPy's own results. The sums, means,
variances and weighted sums of floats (nansum, nanmean, nanvar, nanstd, nanprod, average) are
evaluated one precision up (float16 and float32 in float64, float64 in long double) and rounded
once; the parity test compares them with an error scale. partition and argpartition are compared
after sorting each part between the kth positions (NumPy specifies the parts and the kth elements,
not the order inside a part), argpartition through the values it selects.
"""

import numpy as np

ROUNDED_UP = {"nansum", "nanprod", "nanmean", "nanvar", "nanstd", "average"}


class _Refused(Exception):
    pass


def canonical(y, kth, axis):
    """y with each part between the kth positions sorted along the axis (RandomSearchCases.canonical)."""
    if y.ndim == 0:
        return y
    n = y.shape[axis]
    cuts = {0, n}
    for k in kth:
        p = k + n if k < 0 else k
        cuts.add(p)
        cuts.add(min(p + 1, n))
    cuts = sorted(cuts)
    parts = []
    for lo, hi in zip(cuts, cuts[1:]):
        if hi > lo:
            index = [slice(None)] * y.ndim
            index[axis] = slice(lo, hi)
            parts.append(np.sort(y[tuple(index)], axis=axis, kind="stable"))
    return np.concatenate(parts, axis=axis) if parts else y.copy()


def _axis(case):
    axes = case["axes"]
    return None if axes is None else tuple(axes)


def _reduction(name, x, case, helpers):
    axis = _axis(case)
    keepdims = case["keepdims"]
    f = getattr(np, name)
    kwargs = {"keepdims": keepdims}
    if name in ("nanvar", "nanstd"):
        kwargs["ddof"] = case["ddof"]
    if name in ("argmax", "argmin", "nanargmax", "nanargmin"):
        if axis is not None and len(axis) != 1:
            raise _Refused("one axis")
        a = None if axis is None else axis[0]
        return "int64", np.asarray(f(x, axis=a, **kwargs), np.int64)
    r = np.asarray(f(x, axis=axis, **kwargs))
    t = helpers.jt_type(r.dtype)
    if t.startswith("float") and name in ROUNDED_UP and x.dtype != np.bool_:
        up_type = np.longdouble if t == "float64" else np.float64
        # NumPy's nan-functions hand integer data to the plain ones (nanvar with ddof >= n: inf, not nan)
        g = f if x.dtype.kind == "f" else getattr(np, name[3:])
        up = np.asarray(g(x.astype(helpers.NP[t]).astype(up_type), axis=axis, **kwargs)).astype(helpers.NP[t])
        # where NumPy's own narrower arithmetic overflows, its result stands
        r = np.where(np.isfinite(r) | ~np.isfinite(up), up, r)
    return t, r


INTERPOLATING = {"linear", "averaged_inverted_cdf", "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased",
                 "normal_unbiased", "midpoint"}
DISCRETE = {"inverted_cdf", "closest_observation", "lower", "higher", "nearest"}


def _quantile(name, x, case, helpers):
    q = case["params"]["q"]
    q = np.array([float(v) for v in q]) if isinstance(q, list) else float(q)
    method = case["params"]["method"]
    if method not in INTERPOLATING | DISCRETE:
        # NumPy checks the method only where it takes a quantile (not for an empty x in the nan
        # forms, nor an empty q); jtensor always (a documented deviation)
        raise _Refused("unknown method")
    if x.dtype == np.bool_ and method in INTERPOLATING:
        # jtensor refuses bool data for every interpolating method (NumPy cannot subtract bools),
        # also where NumPy's empty-input paths answer without subtracting (a documented deviation)
        raise _Refused("bool data, interpolating method")
    axis = _axis(case)
    f = getattr(np, name)
    try:
        r = np.asarray(f(x, q, axis=axis, keepdims=case["keepdims"], method=method))
    except ValueError as e:
        if "cannot reshape array of size 0" not in str(e):
            raise
        # NumPy 2.4 moves the reduced axes last and reshapes to (..., -1), which fails for an empty
        # x whose kept axes hold a 0 (axis=() included); jtensor answers as for any other empty x:
        # lines of prod(reduced sizes) values, no lines (a documented deviation). Its type and
        # q's axes are NumPy's for one such line.
        reduced = range(x.ndim) if axis is None else [a % x.ndim for a in axis]
        n = int(np.prod([x.shape[a] for a in reduced]))
        if n == 0 and np.ndim(q) == 1 and np.size(q) == 0 and x.dtype.kind != "f":
            # no quantile taken: no empty slice to refuse (NumPy's answer where its reshape works;
            # float lines are refused, their NaN check reads the last element)
            one = np.zeros(0, x.dtype if method not in INTERPOLATING else np.float64)
        elif n == 0:
            raise _Refused("an empty slice")
        else:
            one = np.asarray(f(np.ones(n, x.dtype), q, method=method))
        kept = [1 if a in reduced else x.shape[a] for a in range(x.ndim)] if case["keepdims"] else \
            [x.shape[a] for a in range(x.ndim) if a not in reduced]
        r = np.zeros(one.shape + tuple(kept), one.dtype)
    return helpers.jt_type(r.dtype), r


def _average(x, w, case, helpers):
    axis = _axis(case)
    keepdims = case["keepdims"]

    def average(data, weights):
        if weights is None:
            # NumPy 2.4's unweighted average is mean, then divides a.size by the result's size in
            # Python, so an empty result raises ZeroDivisionError; jtensor returns the empty mean
            # (a documented deviation)
            return np.asarray(np.mean(data, axis=axis, keepdims=keepdims))
        try:
            return np.asarray(np.average(data, axis=axis, weights=weights, keepdims=keepdims))
        except ZeroDivisionError:
            raise _Refused("weights sum to zero")

    r = average(x, w)
    t = helpers.jt_type(r.dtype)
    if t.startswith("float") and x.dtype != np.bool_:
        up_type = np.longdouble if t == "float64" else np.float64
        up = average(x.astype(helpers.NP[t]).astype(up_type),
                     None if w is None else w.astype(helpers.NP[t]).astype(up_type)).astype(helpers.NP[t])
        r = np.where(np.isfinite(r) | ~np.isfinite(up), up, r)
    return t, r


def evaluate(case, inputs, helpers):
    """(jtensor result dtype, value) of a SEARCH case; raises helpers.Refused where NumPy refuses."""
    try:
        return _evaluate(case, inputs, helpers)
    except _Refused as e:
        raise helpers.Refused(str(e))


def _evaluate(case, inputs, helpers):
    name = case["op"]
    p = case["params"]
    x = inputs[0]
    if name == "searchsorted":
        v = inputs[1]
        if v is None:
            v = p["v"]
            v = float(v) if isinstance(v, float) or isinstance(v, str) else int(v)
        sorter = inputs[2] if len(inputs) > 2 else None
        r = np.searchsorted(x, v, side=p["side"], sorter=sorter)
        return "int64", np.asarray(r, np.int64)
    if name == "bincount":
        w = inputs[1] if len(inputs) > 1 else None
        r = np.asarray(np.bincount(x, weights=w, minlength=p.get("minlength") or 0))
        return helpers.jt_type(r.dtype), r
    if name == "digitize":
        return "int64", np.asarray(np.digitize(x, inputs[1], right=p["right"]), np.int64)
    if name == "histogram":
        edges = p["edges"]
        w = inputs[-1] if len(inputs) > (2 if edges else 1) else None
        if edges:
            r = np.histogram(x, bins=inputs[1], weights=w, density=p["density"])
        elif w is not None and w.dtype.kind in "iu":
            # NumPy's equal-bin path sums integer weights in float64 (np.bincount) and casts the sums
            # back, so a bin past 2**53 or the weights' range gets a rounded or out-of-range cast;
            # jtensor sums them exactly (int64, wrapped to their type) as NumPy's explicit-edge path
            # does over the same edges (a documented deviation)
            rng = p.get("range")
            e = np.histogram_bin_edges(x, bins=p["bins"], range=None if rng is None else tuple(float(v) for v in rng))
            r = np.histogram(x, bins=e, weights=w, density=p["density"])
        else:
            rng = p.get("range")
            r = np.histogram(x, bins=p["bins"], range=None if rng is None else tuple(float(v) for v in rng),
                             weights=w, density=p["density"])
        out = np.asarray(r[p["part"]])
        return helpers.jt_type(out.dtype), out
    if name == "isin":
        return "bool", np.isin(x, inputs[1], invert=p["invert"])
    if name in ("intersect1d", "union1d", "setdiff1d", "setxor1d"):
        r = np.asarray(getattr(np, name)(x, inputs[1]))
        return helpers.jt_type(r.dtype), r
    if name == "unique":
        r = np.unique(x, return_index=p["return_index"], return_inverse=p["return_inverse"],
                      return_counts=p["return_counts"], axis=p["axis"])
        out = np.asarray(r[p["part"]] if isinstance(r, tuple) else r)
        return helpers.jt_type(out.dtype), out
    if name == "partition":
        kth = p["kth"]
        r = np.partition(x, kth, axis=case["axes"][0])
        return helpers.jt_type(r.dtype), canonical(r, kth, case["axes"][0])
    if name == "argpartition":
        kth = p["kth"]
        axis = case["axes"][0]
        positions = np.argpartition(x, kth, axis=axis)
        line = x.reshape(1) if x.ndim == 0 else x
        return helpers.jt_type(x.dtype), canonical(np.take_along_axis(line, positions, axis=axis), kth, axis)
    if name == "lexsort":
        return "int64", np.asarray(np.lexsort(tuple(inputs)), np.int64)
    if name in ("quantile", "percentile", "nanquantile", "nanpercentile"):
        return _quantile(name, x, case, helpers)
    if name == "average":
        return _average(x, inputs[1] if len(inputs) > 1 else None, case, helpers)
    if name == "count_nonzero":
        axis = _axis(case)
        return "int64", np.asarray(np.count_nonzero(x, axis=axis, keepdims=case["keepdims"]), np.int64)
    return _reduction(name, x, case, helpers)
