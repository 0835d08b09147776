"""Keywords of NumPy 2.x's public functions that io.jtensor.Np has no parameter for.

Compares inspect.signature of every public callable in the numpy namespace (and np.linalg, np.fft,
np.random.Generator's methods against TensorRandom) with the parameter names of the Java overloads
of the same name (snake_case -> camelCase), read by a regex from the Java sources. Prints one line
per function with the keywords jtensor lacks, then a summary. Ignored: like=, subok=, device=, order=
(jtensor has C order only), the ufuncs' signature=/extobj=/dtype=/casting= (and order=/subok=), and keywords
NumPy deprecates. A function absent from Np is listed under "missing functions" only.

Usage: python3 tests/reference/keyword_gaps.py [path/to/repo]
"""

import inspect
import re
import sys
from pathlib import Path

import numpy as np

IGNORED = {"like", "subok", "order", "device"}
# NumPy keyword -> jtensor parameter names that stand for it
SYNONYMS = {"axis": {"axes", "axis"}, "size": {"size", "shape"}, "fill_value": {"value", "fillvalue", "fill"},
            "indices_or_sections": {"sections", "indices", "n"}, "a_max": {"max", "amax", "hi"},
            "default": {"defaultvalue", "defaultcode"}, "loc": {"mean"}, "scale": {"std", "scale"}}
UFUNC_IGNORED = IGNORED | {"signature", "extobj", "dtype", "casting", "where", "out"}
# NumPy 2.x keywords kept only for compatibility (deprecated or scheduled for removal)
DEPRECATED = {
    ("linspace", "retstep"): False,
    ("histogram", "normed"): True,
    ("unique", "equal_nan"): False,
    ("reshape", "newshape"): True,
    ("clip", "a_min"): False,
    ("fix", "out"): False,
    ("in1d", "ar1"): True,
    ("trapz", "x"): True,
    ("sort", "kind"): False,
}
ALIASES = {"lambda": "lam"}


def camel(name):
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def java_params(source_files):
    """method name -> set of parameter names over every public method of that name."""
    found = {}
    pattern = re.compile(r"public\s+(?:static\s+)?(?:final\s+)?(?:<[^>]*>\s*)?[\w.<>\[\]?, ]+?\s+(\w+)\s*\(([^)]*)\)")
    for path in source_files:
        text = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
        for m in pattern.finditer(text):
            params = set()
            depth, cur = 0, ""
            for ch in m.group(2):
                depth += ch == "<"
                depth -= ch == ">"
                if ch == "," and depth == 0:
                    params.add(cur.strip().split()[-1] if cur.strip() else "")
                    cur = ""
                else:
                    cur += ch
            if cur.strip():
                params.add(cur.strip().split()[-1])
            found.setdefault(m.group(1), set()).update(p.lstrip(".") for p in params if p)
    return found


def gaps(obj_names, java):
    missing_functions, lacking = [], {}
    for qual, fn in obj_names:
        name = qual.split(".")[-1]
        jname = camel(name)
        if jname not in java:
            missing_functions.append(qual)
            continue
        if isinstance(fn, np.ufunc):
            continue
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            continue
        have = {p.lower() for p in java[jname]}
        lack = []
        for i, p in enumerate(sig.parameters.values()):
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or p.name in IGNORED:
                continue
            if (name, p.name) in DEPRECATED:
                continue
            if p.kind == p.POSITIONAL_ONLY or (p.default is p.empty and p.kind != p.KEYWORD_ONLY):
                continue  # a required positional argument: named freely in Java
            jn = camel(ALIASES.get(p.name, p.name)).lower()
            if jn not in have and p.name.lower() not in have and not (SYNONYMS.get(p.name, set()) & have):
                lack.append(p.name)
        if lack:
            lacking[qual] = lack
    return missing_functions, lacking


def main():
    repo = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
    src = repo / "core/src/main/java/io/jtensor"
    np_java = java_params([src / "Np.java", src / "Tensor.java"])
    rng_java = java_params([src / "TensorRandom.java"])
    names = []
    for n in sorted(dir(np)):
        f = getattr(np, n)
        if n.startswith("_") or not callable(f) or isinstance(f, type) or isinstance(f, np.ufunc):
            continue
        names.append((n, f))
    for mod in ("linalg", "fft"):
        m = getattr(np, mod)
        for n in sorted(getattr(m, "__all__", dir(m))):
            f = getattr(m, n, None)
            if callable(f) and not isinstance(f, type) and not n.startswith("_"):
                names.append((mod + "." + n, f))
    missing, lacking = gaps(names, np_java)
    gen = np.random.default_rng()
    gen_names = [("Generator." + n, getattr(gen, n)) for n in sorted(dir(gen))
                 if not n.startswith("_") and callable(getattr(gen, n))]
    gmissing, glacking = gaps(gen_names, rng_java)
    lacking.update(glacking)
    for qual in sorted(lacking):
        print(f"{qual}: {', '.join(lacking[qual])}")
    print()
    print(f"numpy {np.__version__}: {len(lacking)} functions lack {sum(map(len, lacking.values()))} keywords;"
          f" {len(missing) + len(gmissing)} public callables have no Np/TensorRandom method of that name")
    if "-v" in sys.argv:
        print("missing functions:", " ".join(missing + gmissing))


if __name__ == "__main__":
    main()
