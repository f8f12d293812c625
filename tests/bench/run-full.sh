#!/bin/sh
# Runs every benchmark at the sizes its issue names (CI runs them small).
# Usage: sh tests/bench/run-full.sh [BUILD_DIR]   (default: build/ci)
set -e
build=${1:-build/ci}
"$build/tests/bench_staff_import" 5000 10000 20000
QT_QPA_PLATFORM=offscreen "$build/tests/bench_termly_report" 600
