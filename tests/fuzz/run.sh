#!/bin/sh
# Fuzzes each reader for a bounded time (default 30 s each) from the seed
# corpus, in a scratch copy so the repository is not changed.
set -eu
seconds="${1:-30}"
cd "$(dirname "$0")/../.."
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed; run packaging/linux/install-deps.sh --test" >&2
    exit 1
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
artifacts="build/fuzz/artifacts"
mkdir -p "$artifacts"
for name in csvreader xlsxreader; do
    seeds="tests/fuzz/corpus/${name%reader}"
    mkdir -p "$scratch/$name"
    cp "$seeds"/* "$scratch/$name/"
    echo "fuzz: $name for ${seconds}s"
    "build/fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
        -artifact_prefix="$artifacts/$name-" \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$scratch/$name" 2>&1 |
        grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|ERROR|SUMMARY" || true
    # libFuzzer writes the input that failed (crash, leak, timeout, oom) there.
    if [ -n "$(ls -A "$artifacts")" ]; then
        echo "fuzz: $name found a failing input:" >&2
        ls "$artifacts" >&2
        exit 1
    fi
done
