#!/bin/sh
# Runs every benchmark at the sizes issues 17 and 19 name (CI runs most of them small).
# Usage: sh tests/bench/run-full.sh [BUILD_DIR]   (default: build/ci)
# Takes a few minutes: glpsol proving one week of 600 pairings optimal is
# most of it.
set -e
build=${1:-build/ci}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
"$build/tests/bench_staff_import" 5000 10000 20000
"$build/tests/bench_timetable_import" 150
"$build/tests/bench_flags" 600
"$build/tests/bench_gui" 600
"$build/tests/bench_termly_report" 600 600
"$build/tests/bench_scheduling" 60 10
