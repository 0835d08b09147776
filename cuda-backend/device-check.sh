#!/usr/bin/env bash
# The CUDA backend's check on the GPU machine (see ../shared/gpu/README.md). Two steps:
#
#   here, from the repository root:      bash cuda-backend/device-check.sh pack
#   there (device tool `run`, carry [".device"], timeout_s 600):
#                                        bash cuda-backend/device-check.sh run
#
# `run` finds libnvrtc.so.13 on the machine, shows the GPU, then runs the CUDA unit tests
# (io.jtensor.cuda: NVRTC through FFM, allocator, probe), the whole conformance suite on the CUDA
# backend (CudaConformanceTest) and the reliability tests that cover every available backend, CUDA
# included (NumPy parity of the random cases, CUDA vs CPU differential, hostile input, 8 threads,
# the short soak), and prints JUnit's summary. The full log and the JUnit XML reports
# go to $OUT when the device tool sets it. Exit status: 0 all passed, 1 test failures, 3 the CUDA
# backend was unavailable (the suite was skipped).
#
# `sanitize [memcheck|racecheck|initcheck|synccheck]` (a second, optional call) runs the conformance
# suite on CUDA under compute-sanitizer with the caching allocator off (-Djtensor.cuda.caching=false),
# so every tensor is a driver allocation of its exact size and memcheck sees an access one element
# past it. Exit status: 0 no errors, 1 test failures, 3 CUDA unavailable, 4 no compute-sanitizer,
# 9 the sanitizer reported errors (in $OUT/sanitizer.log).
#
# `opencl` (optional) runs the OpenCL conformance suite when the machine's driver offers an OpenCL
# GPU platform (exit 3 when it does not).
set -euo pipefail
cd "$(dirname "$0")/.."

# Shows the GPU, finds NVRTC and sets $out and $opts for the test JVM.
prepare() {
  [ -f .device/run.sh ] || { echo "device-check: no .device/ - run 'bash cuda-backend/device-check.sh pack' here first" >&2; exit 2; }
  restore_resources
  out="${OUT:-/tmp/jtensor-cuda-check}"
  mkdir -p "$out"
  nvidia-smi --query-gpu=name,compute_cap,memory.total,driver_version --format=csv 2>&1 | tee "$out/gpu.txt" || true
  nvrtc=$(find / \( -path /proc -o -path /sys -o -path /dev \) -prune -o \
          \( -name 'libnvrtc.so.13' -o -name 'libnvrtc.so.13.*' \) -print 2>/dev/null | grep -v '\.alt\.' | sort | head -1 || true)
  echo "device-check: NVRTC: ${nvrtc:-not found (the backend will report where it looked)}"
  opts="-Xmx24g -Djtensor.cache.dir=/tmp/jtensor-kernels"
  [ -n "$nvrtc" ] && opts="$opts -Djtensor.nvrtc.path=$nvrtc"
  return 0
}

# Prints JUnit's summary from log $1; exits 3 when the CUDA suite was skipped (on the GPU machine
# that is a failure, not a pass: JUnit exits 0 for an aborted container).
summarise() {
  echo "device-check: JUnit summary:"
  grep -E 'tests (successful|failed|aborted|skipped|found)|containers (failed|aborted)' "$1" || true
  grep -E 'CUDA conformance suite|CUDA kernels checked|CUDA backend (un)?available' "$1" | sort -u || true
  if grep -q 'CUDA conformance suite SKIPPED' "$1"; then
    echo "device-check: FAILED - the CUDA backend was unavailable here, so the conformance suite did not run" >&2
    exit 3
  fi
}

# The working tree travels with .device, so test resources (the NumPy reference CSVs, ~13 MiB)
# need not travel twice: `pack` drops .device's copies of files identical to the working tree's
# <module>/src/test/resources, and `prepare` copies them back on the GPU machine (so after a dry run
# here, pack again before carrying .device). The Jazzer jars
# (~9 MiB) serve only the .npy fuzz test, which the GPU check does not run; JCuda's PTX-compiler
# native (~8 MiB) is never loaded.
slim() {
  local m dropped=0
  for m in */src/test/resources; do
    m=${m%%/*}
    [ -d ".device/test-classes/$m" ] || continue
    while IFS= read -r -d '' f; do
      rel=${f#"$m/src/test/resources/"}
      if cmp -s "$f" ".device/test-classes/$m/$rel"; then
        rm -f ".device/test-classes/$m/$rel"
        dropped=$((dropped + 1))
      fi
    done < <(find "$m/src/test/resources" -type f -print0)
  done
  rm -f .device/lib/jazzer-*.jar
  # JCuda's natives jar also holds its PTX-compiler binding (~8 MiB packed), which jtensor never loads
  local natives
  for natives in .device/lib/jcuda-natives-*.jar; do
    [ -f "$natives" ] || continue
    python3 - "$natives" <<'PY'
import os, sys, zipfile
path = sys.argv[1]
with zipfile.ZipFile(path) as src, zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if "JNvPTXCompiler" not in item.filename:
            dst.writestr(item, src.read(item.filename))
os.replace(path + ".tmp", path)
PY
  done
  rm -f .device/test-classes/tests/io/jtensor/io/NpyLoaderFuzzTest*.class
  echo "device-check: dropped $dropped test resources (restored from the working tree there), the Jazzer jars and JCuda's PTX-compiler native;" \
       ".device is now $(du -sm --apparent-size .device | cut -f1) MiB, the tracked tree" \
       "$(git ls-files -z | du -cm --apparent-size --files0-from=- | tail -1 | cut -f1) MiB (limit 64 MiB in all)"
}

restore_resources() {
  local m
  for m in */src/test/resources; do
    m=${m%%/*}
    [ -d ".device/test-classes/$m" ] && cp -Rn "$m/src/test/resources/." ".device/test-classes/$m/"
  done
  return 0
}

case "${1:-}" in
  pack)
    # Nothing the GPU check runs uses AWT (only the command line's plot does): dropping java.desktop
    # saves ~9 MiB of the 64 MiB the device tool carries.
    DROP_MODULES="${DROP_MODULES-java.desktop}" bash ../shared/gpu/pack.sh
    slim
    ;;
  run)
    prepare
    status=0
    JAVA_OPTS="$opts" bash .device/run.sh test --details=summary \
        --select-package io.jtensor.cuda --select-class io.jtensor.conformance.CudaConformanceTest \
        --select-class io.jtensor.conformance.RandomCaseParityTest \
        --select-class io.jtensor.conformance.CrossBackendDifferentialTest \
        --select-class io.jtensor.conformance.HostileInputTest \
        --select-class io.jtensor.conformance.ConcurrencyTest \
        --select-class io.jtensor.conformance.SoakTest \
        --select-class io.jtensor.conformance.TensorMethodsTest \
        2>&1 | tee "$out/cuda-check.log" || status=$?
    summarise "$out/cuda-check.log"
    exit $status
    ;;
  sanitize)
    tool="${2:-memcheck}"
    sanitizer=$(command -v compute-sanitizer || ls /usr/local/cuda*/bin/compute-sanitizer 2>/dev/null | head -1 || true)
    [ -n "$sanitizer" ] || { echo "device-check: no compute-sanitizer (PATH, /usr/local/cuda*/bin)" >&2; exit 4; }
    prepare
    status=0
    JAVA_OPTS="$opts -Djtensor.cuda.caching=false" "$sanitizer" --tool "$tool" --target-processes all \
        --error-exitcode 9 --print-limit 50 --log-file "$out/sanitizer.log" \
        bash .device/run.sh test --details=summary --select-class io.jtensor.conformance.CudaConformanceTest \
        2>&1 | tee "$out/cuda-sanitize.log" || status=$?
    echo "device-check: compute-sanitizer --tool $tool (exit $status):"
    tail -n 20 "$out/sanitizer.log" 2>/dev/null || true
    summarise "$out/cuda-sanitize.log"
    exit $status
    ;;
  opencl)
    # Optional, after `run`: the GPU machine's NVIDIA driver may also offer an OpenCL platform; if
    # JOCL finds it, the OpenCL conformance suite runs on a real GPU (never done so far: PoCL only).
    # Exit status: 0 all passed, 1 test failures, 3 no OpenCL device (the suite did not run).
    prepare
    bash .device/run.sh java io.jtensor.cli.JTensor info 2>&1 | tee "$out/info.txt" || true
    if ! grep -Eq '^  opencl +priority +[0-9]+ +available' "$out/info.txt"; then
      echo "device-check: no OpenCL device here (see the opencl line above); the OpenCL suite did not run" >&2
      exit 3
    fi
    status=0
    JAVA_OPTS="$opts" bash .device/run.sh test --details=summary \
        --select-class io.jtensor.conformance.OpenClConformanceTest \
        2>&1 | tee "$out/opencl-check.log" || status=$?
    echo "device-check: JUnit summary:"
    grep -E 'tests (successful|failed|aborted|skipped|found)|containers (failed|aborted)' "$out/opencl-check.log" || true
    exit $status
    ;;
  *)
    echo "usage: bash cuda-backend/device-check.sh pack|run|sanitize [tool]|opencl" >&2
    exit 2
    ;;
esac
