"""NumPy results for the LINALG family of the jtensor fuzzer (io.jtensor.conformance.RandomLinalgCases).

Imported by random_cases.py, which calls evaluate(case, inputs) for every case of the family.

Reference values: the result type and any refusal are NumPy's own call on the operands. Integer and
bool results, outer, kron and cross are NumPy's results in the operands' types (exact ops).
Floating contractions (dot, vdot, inner, tensordot, einsum, trace, convolve, correlate and
matrix_power with n >= 0) are evaluated in long double and rounded once to the result type; the
LAPACK-backed functions (det, inv, solve, pinv, cholesky, lstsq, norm, matrix_power with n < 0) in
float64 and rounded once (jtensor computes them in float64 too, NumPy's float32 LAPACK does not), and
matrix_rank is NumPy's own count (with its tol, rtol and hermitian). Factorizations are compared by
invariants (their factors' signs are unspecified): qr gives [a, I, |diag r|] (|diag r| only for the
full-rank "wide" draws; modes r and raw their values for those draws, LAPACK's reflectors fixing the
signs, else [a.T @ a, zeros]), svd [s, a, I, I] (full_matrices: I of M and N; hermitian: the matrix
a's lower triangle holds), eigh [w, a with one triangle mirrored from the other (UPLO), I], lstsq
[x, residuals, rank, s], each flattened and concatenated in the result type: the Java side computes
the same quantities from jtensor's factors (q @ r, q.T @ q, ...).
"""

import numpy as np


def _rc():
    import random_cases
    return random_cases


def _up(f, xs):
    """f on the operands; a floating result recomputed in long double and rounded once."""
    rc = _rc()
    r = np.asarray(f(*xs))
    t = rc.jt_type(r.dtype)
    if t.startswith("float"):
        r = np.asarray(f(*[x.astype(np.longdouble) for x in xs])).astype(rc.NP[t])
    return t, r


def _wide(f, xs):
    """f on the operands for the type and any refusal, its value from float64 copies, rounded once."""
    rc = _rc()
    r = np.asarray(f(*xs))
    t = rc.jt_type(r.dtype)
    return t, np.asarray(f(*[x.astype(np.float64) for x in xs])).astype(rc.NP[t])


def _eye(batch, k):
    return np.broadcast_to(np.eye(k), tuple(batch) + (k, k))


def _flat(t, parts):
    rc = _rc()
    return np.concatenate([np.asarray(p, dtype=np.float64).reshape(-1) for p in parts]).astype(rc.NP[t])


def _ord(v):
    if v is None or v in ("fro", "nuc"):
        return v
    return float(v)


def _check_repeated_labels(subscripts, inputs):
    """Refuses a label repeated in one term over axes of different sizes, as NumPy 2.4 does except
    when the first size is 0: its einsum('ii->i', zeros((0, 2))) returns 2 values read from an empty
    buffer (einsum('ii', ...) refuses). jtensor always refuses (README, a deviation)."""
    terms = subscripts.split("->")[0].split(",")
    if len(terms) != len(inputs):
        return
    for term, x in zip(terms, inputs):
        bare = term.replace("...", "")
        if bare and not bare.isalpha():
            return
        head, _, tail = term.partition("...")
        if "..." in term:
            labels = list(zip(head, x.shape[:len(head)])) + list(zip(tail, x.shape[x.ndim - len(tail):]))
        elif len(term) == x.ndim:
            labels = list(zip(term, x.shape))
        else:
            return
        sizes = {}
        for label, size in labels:
            if sizes.setdefault(label, size) != size:
                raise ValueError(f"label {label} repeated over sizes {sizes[label]} and {size}")


def _eig(name, a, unordered, symmetric):
    """eigvals, or eig's [w, the projector v[:, k] v[:, k].T of each eigenvector] ([w, a] for a
    symmetric draw, whose repeated eigenvalues have no unique eigenvectors), from a float64 copy
    in NumPy's order; a complex spectrum (complex128 in NumPy) is refused, as jtensor refuses it.
    unordered (the S D S^-1 integer-valued draws, about 1 % of whose eigenvalues jtensor finds in
    another order than LAPACK: README): eigvals sorted, eig [sort(w), a]."""
    rc = _rc()
    t = rc.jt_type(np.linalg.eigvals(a).real.dtype)
    x = a.astype(np.float64)
    w, v = np.linalg.eig(x)
    if np.iscomplexobj(w):
        raise ValueError("complex eigenvalues")
    if unordered:
        return t, (np.sort(w, axis=-1).astype(rc.NP[t]) if name == "eigvals" else _flat(t, [np.sort(w, axis=-1), x]))
    if name == "eigvals":
        return t, np.linalg.eigvals(x).astype(rc.NP[t])
    if symmetric:
        return t, _flat(t, [w, x])
    return t, _flat(t, [w, np.einsum("...ik,...jk->...kij", v, v)])


def evaluate(case, inputs):
    name = case["op"]
    p = case["params"]
    rc = _rc()
    a = inputs[0]
    b = inputs[1] if len(inputs) > 1 else None
    if name in ("dot", "vdot", "inner"):
        return _up(getattr(np, name), [a, b])
    if name in ("outer", "kron"):
        r = np.asarray(getattr(np, name)(a, b))
        return rc.jt_type(r.dtype), r
    if name == "tensordot":
        axes = p["axes"]
        axes = axes if isinstance(axes, int) else (tuple(axes[0]), tuple(axes[1]))
        return _up(lambda x, y: np.tensordot(x, y, axes), [a, b])
    if name == "einsum":
        _check_repeated_labels(p["subscripts"], inputs)
        return _up(lambda *xs: np.einsum(p["subscripts"], *xs), inputs)
    if name == "trace":
        return _up(lambda x: np.trace(x, p["offset"], p["axis1"], p["axis2"]), [a])
    if name == "matrix_power":
        n = p["n"]
        if n >= 0:
            return _up(lambda x: np.linalg.matrix_power(x, n), [a])
        r = np.asarray(np.linalg.matrix_power(a, n))
        t = rc.jt_type(r.dtype)
        inverse = np.linalg.inv(a.astype(np.float64)).astype(np.longdouble)
        return t, np.asarray(np.linalg.matrix_power(inverse, -n)).astype(rc.NP[t])
    if name == "cross":
        r = np.asarray(np.cross(a, b, axisa=p["axisa"], axisb=p["axisb"], axisc=p["axisc"]))
        return rc.jt_type(r.dtype), r
    if name == "pinv":
        # NumPy 2's keywords: hermitian, and rtol ("None": rtol=None, max(M, N) * eps of a's type)
        kw = {"hermitian": bool(p.get("hermitian"))}
        if p.get("rtol") is not None:
            kw["rtol"] = None if p["rtol"] == "None" else p["rtol"]
        elif p.get("rcond") is not None:
            kw["rcond"] = p["rcond"]
        np.linalg.pinv(a, **kw)                         # any refusal is NumPy's own
        if a.size and kw.get("rtol", 0) is None:
            kw["rtol"] = max(a.shape[-2:]) * float(np.finfo(a.dtype).eps)
        if a.size:
            return _wide(lambda x: np.linalg.pinv(x, **kw), [a])
    if name == "pinv" and a.size == 0:
        # NumPy returns an empty array of a's own type before looking at it (int64 stays int64,
        # float16 is not refused): jtensor types an empty stack as any other (README, a deviation)
        t, _ = _wide(np.linalg.pinv, [np.zeros((1, 1), a.dtype)])
        return t, np.zeros(a.shape[:-2] + (a.shape[-1], a.shape[-2]), rc.NP[t])
    if name == "cholesky":
        return _wide(lambda x: np.linalg.cholesky(x, upper=bool(p.get("upper"))), [a])
    if name == "eigvalsh":
        return _wide(lambda x: np.linalg.eigvalsh(x, UPLO=p.get("UPLO", "L")), [a])
    if name in ("det", "inv", "svdvals"):
        return _wide(getattr(np.linalg, name), [a])
    if name == "slogdet":
        t = rc.jt_type(np.linalg.slogdet(a)[1].dtype)
        sign, logdet = np.linalg.slogdet(a.astype(np.float64))
        return t, _flat(t, [logdet, sign])
    if name in ("eigvals", "eig"):
        return _eig(name, a, p.get("spectrum") == "similar", p.get("spectrum") == "symmetric")
    if name == "cond":
        return _wide(lambda x: np.linalg.cond(x, _ord(p["p"])), [a])
    if name == "tensorinv":
        return _wide(lambda x: np.linalg.tensorinv(x, p["ind"]), [a])
    if name == "tensorsolve":
        axes = None if p["axes"] is None else tuple(p["axes"])
        return _wide(lambda x, y: np.linalg.tensorsolve(x, y, axes), [a, b])
    if name == "multi_dot":
        return _up(lambda *xs: np.linalg.multi_dot(list(xs)), inputs)
    if name in ("solve", "lstsq"):
        if name == "solve":
            return _wide(np.linalg.solve, [a, b])
        rcond = p.get("rcond")
        x = np.linalg.lstsq(a, b, rcond=rcond)[0]
        t = rc.jt_type(x.dtype)
        x, res, rank, s = np.linalg.lstsq(a.astype(np.float64), b.astype(np.float64), rcond=rcond)
        return t, _flat(t, [x, res, [rank], s])
    if name == "norm":
        axis = p["axis"]
        axis = None if axis is None else tuple(axis)
        return _wide(lambda x: np.linalg.norm(x, _ord(p["ord"]), axis, p["keepdims"]), [a])
    if name == "matrix_rank":
        r = np.asarray(np.linalg.matrix_rank(a, p.get("tol"), bool(p.get("hermitian")), rtol=p.get("rtol")))
        return "int64", r.astype(np.int64)
    if name == "qr":
        mode = p.get("mode", "reduced")
        r = np.linalg.qr(a, mode=mode)
        first = r if mode == "r" else r[0]
        t = rc.jt_type(first.dtype)
        m, n = a.shape[-2:]
        x = a.astype(np.float64)
        if mode in ("r", "raw") and p["values"] == "wide":
            # LAPACK's reflectors fix r, h and tau (signs included) for a full-rank a
            return t, _flat(t, [np.linalg.qr(x, mode="r")] if mode == "r" else list(np.linalg.qr(x, mode="raw")))
        if mode in ("r", "raw"):
            k = min(m, n)
            return t, _flat(t, [np.swapaxes(x, -1, -2) @ x, np.zeros(a.shape[:-2] + (k, n))])
        columns = m if mode == "complete" else min(m, n)
        parts = [a, _eye(a.shape[:-2], columns)]
        if p["values"] == "wide":
            parts.append(np.abs(np.diagonal(np.linalg.qr(x, mode=mode)[1], axis1=-2, axis2=-1)))
        return t, _flat(t, parts)
    if name == "svd" and not p["compute_uv"]:
        return _wide(lambda x: np.linalg.svd(x, full_matrices=bool(p.get("full_matrices")), compute_uv=False,
                                             hermitian=bool(p.get("hermitian"))), [a])
    if name == "svd":
        full, hermitian = bool(p.get("full_matrices")), bool(p.get("hermitian"))
        s = np.linalg.svd(a, full_matrices=full, compute_uv=False, hermitian=hermitian)
        t = rc.jt_type(s.dtype)
        m, n = a.shape[-2:]
        k = min(m, n)
        x = a.astype(np.float64)
        s = np.linalg.svd(x, compute_uv=False, hermitian=hermitian)
        # hermitian: the matrix whose lower triangle a holds; u and vh square, as with full_matrices
        target = np.tril(x) + np.swapaxes(np.tril(x, -1), -1, -2) if hermitian else a
        square = full or hermitian
        return t, _flat(t, [s, target, _eye(a.shape[:-2], m if square else k), _eye(a.shape[:-2], n if square else k)])
    if name == "eigh":
        uplo = p.get("UPLO", "L")
        w = np.linalg.eigvalsh(a, UPLO=uplo)
        t = rc.jt_type(w.dtype)
        x = a.astype(np.float64)
        w = np.linalg.eigvalsh(x, UPLO=uplo)
        if uplo.upper() == "U":
            sym = np.triu(x) + np.swapaxes(np.triu(x, 1), -1, -2)
        else:
            sym = np.tril(x) + np.swapaxes(np.tril(x, -1), -1, -2)
        return t, _flat(t, [w, sym, _eye(a.shape[:-2], a.shape[-1])])
    if name in ("convolve", "correlate"):
        return _up(lambda x, y: getattr(np, name)(x, y, p["mode"]), [a, b])
    if name == "interp":
        left = None if p.get("left") is None else float(p["left"])
        right = None if p.get("right") is None else float(p["right"])
        r = np.asarray(np.interp(a, b, inputs[2], left, right))
        return rc.jt_type(r.dtype), r
    raise ValueError("unknown linalg op " + name)
