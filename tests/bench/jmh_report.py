#!/usr/bin/env python3
"""Turns the JSON of a jtensor-vs-ND4J JMH run (mvn ... -Pbench,compare) into README material.

    python3 tests/bench/jmh_report.py RESULT.json [--markdown OUT.md] [--chart OUT.png] [--note TEXT]

Writes a Markdown table (jtensor time, ND4J time, speed-up, % of the memcpy bandwidth; machine,
JDK, date), the list of issue-5 targets met and missed, and, when matplotlib is installed, a PNG
chart. Benchmarks pair up by method name and parameters: io.jtensor.bench.CpuOpsBenchmark.expOut
with io.jtensor.bench.Nd4jOpsBenchmark.expOut, and so on.
"""
import argparse
import datetime
import json
import os
import platform
import sys

# Bytes each element costs in memory traffic (reads + writes), in units of the element width;
# `extra` adds bytes per element that do not scale with the width (the bool mask of where=).
TRAFFIC = {
    "expOut": (2, 0), "expFresh": (2, 0), "expWhere": (2, 1), "expStrided": (2, 0),
    "addRowBroadcast": (2, 0), "sumAll": (1, 0), "sumAxis0": (1, 0), "sumAxis1": (1, 0),
    "sumStrided": (1, 0), "maxAll": (1, 0), "memcpy": (2, 0),
    "softmaxRows": (2, 0), "logSumExpRows": (1, 0),
}
ORDER = ["expOut", "expFresh", "expWhere", "expStrided", "addRowBroadcast", "sumAll", "sumAxis0",
         "sumAxis1", "sumStrided", "maxAll", "softmaxRows", "logSumExpRows", "matmul", "memcpy"]
ROWS_ELEMENTS = 4096 * 4096
WIDTH = {"float32": 4, "float64": 8}


def load(path):
    with open(path) as f:
        runs = json.load(f)
    results = {}
    meta = {}
    for run in runs:
        cls, method = run["benchmark"].rsplit(".", 1)
        lib = "nd4j" if cls.rsplit(".", 1)[1].startswith("Nd4j") else "jtensor"
        params = run.get("params", {})
        if "backendName" in params:
            continue  # OpenClVersusCpuBenchmark compares jtensor's backends, not jtensor with ND4J
        key = (method, params.get("dtype", "float32"), int(params.get("size", params.get("n", ROWS_ELEMENTS))))
        metric = run["primaryMetric"]
        unit = metric["scoreUnit"]
        scale = {"us/op": 1.0, "ms/op": 1000.0, "ns/op": 0.001, "s/op": 1e6}[unit]
        error = metric.get("scoreError")
        error = float(error) if isinstance(error, (int, float)) or str(error).replace(".", "", 1).isdigit() else 0.0
        results[(lib,) + key] = (metric["score"] * scale, (0.0 if error != error else error) * scale)
        meta = {"jdk": run.get("jdkVersion", "?"), "vm": run.get("vmName", "?"),
                "args": " ".join(a for a in run.get("jvmArgs", [])),
                "warmup": f'{run.get("warmupIterations")}x{run.get("warmupTime")}',
                "measurement": f'{run.get("measurementIterations")}x{run.get("measurementTime")}',
                "forks": run.get("forks")}
    return results, meta


def machine():
    model = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as f:
            mem = int(f.readline().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        mem = 0
    return f"{model}, {os.cpu_count()} cores, {mem:.0f} GiB, {platform.system()} {platform.release()}"


def fmt_time(us):
    if us is None:
        return "—"
    if us >= 10000:
        return f"{us / 1000:.1f} ms"
    if us >= 1000:
        return f"{us / 1000:.2f} ms"
    if us >= 10:
        return f"{us:.1f} µs"
    return f"{us:.2f} µs"


def with_error(result):
    time, error = result
    return fmt_time(time) + (" ± " + fmt_time(error) if error > 0 else "")


def memcpy_share(results, method, dtype, size, time):
    """Effective bandwidth of the op as a share of memcpy's, both moving the bytes they must."""
    if method not in TRAFFIC or method == "memcpy":
        return None
    ref_size = size if ("jtensor", "memcpy", dtype, size) in results else ROWS_ELEMENTS
    ref = results.get(("jtensor", "memcpy", dtype, ref_size))
    if ref is None:
        return None
    factor, extra = TRAFFIC[method]
    op_bytes = size * (factor * WIDTH[dtype] + extra)
    ref_bytes = ref_size * 2 * WIDTH[dtype]
    return 100.0 * (op_bytes / time) / (ref_bytes / ref[0])


def table(results):
    keys = sorted({k[1:] for k in results if k[0] == "jtensor"},
                  key=lambda k: (ORDER.index(k[0]) if k[0] in ORDER else 99, k[1], k[2]))
    lines = ["| op | dtype | elements | jtensor | ND4J | ND4J / jtensor | % of memcpy bandwidth |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for method, dtype, size in keys:
        jt = results[("jtensor", method, dtype, size)]
        nd = results.get(("nd4j", method, dtype, size))
        ratio = f"{nd[0] / jt[0]:.2f}×" if nd else "—"
        share = memcpy_share(results, method, dtype, size, jt[0])
        extra = ""
        if method == "matmul":
            gflops = 2.0 * size ** 3 / (jt[0] * 1e3)
            extra = f"{gflops:.1f} GFLOP/s"
        size_text = f"{size}²" if method == "matmul" else (
            "4096²" if method in ("softmaxRows", "logSumExpRows") else human(size))
        lines.append(f"| `{method}` | {dtype} | {size_text} | {with_error(jt)} | "
                     f"{fmt_time(nd[0]) if nd else '—'} | {ratio} | "
                     f"{extra or (f'{share:.0f} %' if share is not None else '—')} |")
    return "\n".join(lines)


def human(size):
    for unit, scale in (("16M", 16 << 20), ("1M", 1 << 20), ("1K", 1 << 10)):
        if size == scale:
            return unit
    return str(size)


def targets(results):
    big = 16 << 20
    out = []

    def get(lib, method, dtype="float32", size=big):
        r = results.get((lib, method, dtype, size))
        return r[0] if r else None

    def ratio_target(name, method, want, size=big):
        jt, nd = get("jtensor", method, size=size), get("nd4j", method, size=size)
        if jt is None or nd is None:
            out.append(f"- {name}: not measured")
            return
        r = nd / jt
        verdict = "**met**" if r >= want else f"**missed** by {want / r:.2f}× (needs ≤ {fmt_time(nd / want)})"
        out.append(f"- {name}: {r:.2f}× ND4J (target ≥ {want}×): {verdict}")

    ratio_target("`exp` 16M float32 out=", "expOut", 4)
    jt, mc = get("jtensor", "expOut"), get("jtensor", "memcpy")
    if jt and mc:
        r = jt / mc
        out.append(f"- `exp` 16M float32 out= vs memcpy of the same bytes: {r:.2f}× memcpy time (target ≤ 1.15×): "
                   + ("**met**" if r <= 1.15 else f"**missed** by {r / 1.15:.2f}×"))
    ratio_target("`exp` 16M float32 fresh", "expFresh", 3)
    ratio_target("`sum` 16M float32", "sumAll", 4)
    ratio_target("row `softmax` 4096² float32", "softmaxRows", 5, ROWS_ELEMENTS)
    ratio_target("`matmul` 1024² float32", "matmul", 1.0, 1024)
    small = [(k[1], k[2], v[0]) for k, v in results.items()
             if k[0] == "jtensor" and k[3] == 1024 and k[1] not in ("memcpy", "matmul")]
    if small:
        worst = max(small, key=lambda s: s[2])
        over = sorted(f"`{m}` {d} {t:.1f} µs" for m, d, t in small if t > 2.0)
        out.append(f"- per-op time at 1K elements ≤ 2 µs: " + ("**met**" if not over else
                   f"**missed** for {len(over)} of {len(small)} ({', '.join(over)}); worst {worst[2]:.1f} µs"))
    pairs = []
    for (lib, method, dtype, size), v in results.items():
        if lib == "jtensor" and dtype == "float64" and size in (big, ROWS_ELEMENTS) and method != "memcpy":
            f32 = results.get(("jtensor", method, "float32", size))
            if f32:
                pairs.append((method, v[0] / f32[0]))
    if pairs:
        over = sorted(f"`{m}` {r:.1f}×" for m, r in pairs if r > 2.2)
        out.append("- float64 within 2.2× of float32 (16M, 4096²): " + ("**met**" if not over else
                   f"**missed** for {len(over)} of {len(pairs)}: {', '.join(over)}"))
    return "\n".join(out)


def chart(results, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no chart (pip install matplotlib)", file=sys.stderr)
        return False
    big = 16 << 20
    methods = [m for m in ORDER if m not in ("memcpy",)]
    labels, f32, f64 = [], [], []
    for m in methods:
        size = 1024 if m == "matmul" else (ROWS_ELEMENTS if m in ("softmaxRows", "logSumExpRows") else big)
        ratios = []
        for dtype in ("float32", "float64"):
            jt = results.get(("jtensor", m, dtype, size))
            nd = results.get(("nd4j", m, dtype, size))
            ratios.append(nd[0] / jt[0] if jt and nd else 0)
        if any(ratios):
            labels.append(m + (" 1024²" if m == "matmul" else ""))
            f32.append(ratios[0])
            f64.append(ratios[1])
    fig, ax = plt.subplots(figsize=(10, 4.5))
    xs = range(len(labels))
    ax.bar([x - 0.2 for x in xs], f32, 0.4, label="float32")
    ax.bar([x + 0.2 for x in xs], f64, 0.4, label="float64")
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_xticks(list(xs))
    ax.set_xticklabels(labels, rotation=30, ha="right")
    ax.set_ylabel("ND4J time / jtensor time (higher: jtensor faster)")
    ax.set_title("jtensor CPU vs ND4J 1.0.0-M2.1, 16M elements (rows 4096²)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("json")
    parser.add_argument("--markdown", help="write the Markdown here (default: standard output)")
    parser.add_argument("--chart", help="write a PNG chart here")
    parser.add_argument("--note", default="", help="a line added under the table, e.g. the load average")
    args = parser.parse_args()
    results, meta = load(args.json)
    date = datetime.datetime.fromtimestamp(os.path.getmtime(args.json), datetime.timezone.utc)
    text = [f"Machine: {machine()}; JDK {meta.get('jdk')} ({meta.get('vm')}); "
            f"run finished {date:%Y-%m-%d %H:%M} UTC (the JSON file's time); JMH {meta.get('forks')} fork, warm-up {meta.get('warmup')}, "
            f"measurement {meta.get('measurement')}; average time per op ± 99.9 % half-width.",
            "", table(results), ""]
    if args.note:
        text += [args.note, ""]
    text += ["Targets (issue 5):", "", targets(results), ""]
    markdown = "\n".join(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(markdown)
    else:
        print(markdown)
    if args.chart:
        chart(results, args.chart)


if __name__ == "__main__":
    main()
