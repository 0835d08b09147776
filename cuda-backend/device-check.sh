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
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  pack)
    # Nothing the GPU check runs uses AWT (only the command line's plot does): dropping java.desktop
    # saves ~9 MiB of the 64 MiB the device tool carries.
    DROP_MODULES="${DROP_MODULES-java.desktop}" exec bash ../shared/gpu/pack.sh
    ;;
  run)
    [ -f .device/run.sh ] || { echo "device-check: no .device/ - run 'bash cuda-backend/device-check.sh pack' here first" >&2; exit 2; }
    out="${OUT:-/tmp/jtensor-cuda-check}"
    mkdir -p "$out"
    nvidia-smi --query-gpu=name,compute_cap,memory.total,driver_version --format=csv 2>&1 | tee "$out/gpu.txt" || true
    nvrtc=$(find / \( -path /proc -o -path /sys -o -path /dev \) -prune -o \
            \( -name 'libnvrtc.so.13' -o -name 'libnvrtc.so.13.*' \) -print 2>/dev/null | grep -v '\.alt\.' | sort | head -1 || true)
    echo "device-check: NVRTC: ${nvrtc:-not found (the backend will report where it looked)}"
    opts="-Xmx24g -Djtensor.cache.dir=/tmp/jtensor-kernels"
    [ -n "$nvrtc" ] && opts="$opts -Djtensor.nvrtc.path=$nvrtc"
    set -o pipefail
    status=0
    JAVA_OPTS="$opts" bash .device/run.sh test --details=summary \
        --select-package io.jtensor.cuda --select-class io.jtensor.conformance.CudaConformanceTest \
        --select-class io.jtensor.conformance.RandomCaseParityTest \
        --select-class io.jtensor.conformance.CrossBackendDifferentialTest \
        --select-class io.jtensor.conformance.HostileInputTest \
        --select-class io.jtensor.conformance.ConcurrencyTest \
        --select-class io.jtensor.conformance.SoakTest \
        2>&1 | tee "$out/cuda-check.log" || status=$?
    echo "device-check: JUnit summary:"
    grep -E 'tests (successful|failed|aborted|skipped|found)|containers (failed|aborted)' "$out/cuda-check.log" || true
    grep -E 'CUDA conformance suite|CUDA kernels checked|CUDA backend (un)?available' "$out/cuda-check.log" | sort -u || true
    # on the GPU machine a skipped suite is a failure, not a pass: JUnit exits 0 for an aborted container
    if grep -q 'CUDA conformance suite SKIPPED' "$out/cuda-check.log"; then
      echo "device-check: FAILED - the CUDA backend was unavailable here, so the conformance suite did not run" >&2
      exit 3
    fi
    exit $status
    ;;
  *)
    echo "usage: bash cuda-backend/device-check.sh pack|run" >&2
    exit 2
    ;;
esac
