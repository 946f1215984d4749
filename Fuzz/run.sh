#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (engine and Yams instrumented, with AddressSanitizer) and runs
# each for SECONDS (default 60). Exits non-zero when any target crashes, hangs or runs out of memory,
# and prints where libFuzzer saved the input that did it.
#
#   bash Fuzz/run.sh [SECONDS]          all targets
#   TARGETS="pattern" bash Fuzz/run.sh 600   some of them (loader, pattern, conversation)
#
# The committed seeds (Fuzz/Corpus/<target>/) and regression inputs (Tests/FuzzRegressions/<target>/)
# are only read: libFuzzer grows a working copy in Fuzz/.build/corpus/<target>/, kept between runs.
# Replay one saved input: Fuzz/.build/release/FuzzLoader FILE (the same binary, given files not folders).
set -euo pipefail

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: bash Fuzz/run.sh [SECONDS]" >&2; exit 64; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/Fuzz"
scratch="$fuzz/.build"
targets="${TARGETS:-loader pattern conversation}"
export SWIFT_BACKTRACE=enable=no

# libFuzzer and AddressSanitizer come with the Swift toolchain (its clang's runtime); Debian's clang
# runtimes are built for other clang versions, so a toolchain without them cannot fuzz.
toolchain="$(dirname "$(readlink -f "$(command -v swiftc)")")/.."
runtime="$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer-"$(uname -m)".a 2>/dev/null | head -n 1 || true)"
if [[ -z "$runtime" ]]; then
    echo "error: no libclang_rt.fuzzer in $toolchain/lib/clang: this Swift toolchain cannot build libFuzzer targets" >&2
    exit 1
fi
# The toolchain's symbolizer turns addresses in sanitizer reports into file:line.
if [[ -x "$toolchain/bin/llvm-symbolizer" ]]; then export ASAN_SYMBOLIZER_PATH="$toolchain/bin/llvm-symbolizer"; fi

started=$(date +%s)
mkdir -p "$scratch"
echo "== building the fuzz targets (swift build -c release, with AddressSanitizer and libFuzzer)"
bin="$scratch/release"
for target in $targets; do
    name="Fuzz${target^}"
    # One product at a time: a plain `swift build` would also link the main package's build tools with
    # the sanitizers, which fails. Warnings are dropped here; a failed build prints its errors.
    # Every module gets AddressSanitizer and libFuzzer's coverage instrumentation (what -sanitize=fuzzer
    # adds when compiling); only the fuzz targets link libFuzzer (Fuzz/Package.swift), since these
    # flags also reach the main package's build tools, which have their own main.
    if ! swift build --package-path "$fuzz" --scratch-path "$scratch" -c release --product "$name" \
        -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,indirect-calls,inline-8bit-counters,pc-table,trace-cmp \
        -Xcc -fsanitize=fuzzer-no-link,address > "$scratch/build.log" 2>&1; then
        grep -v -e 'Cannot export local symbol' "$scratch/build.log" | grep -E -A3 'error' | head -n 60 >&2
        echo "error: building $name failed (full log: $scratch/build.log)" >&2
        exit 1
    fi
done
echo "== built in $(( $(date +%s) - started )) s"

# Per target: the longest input, as libFuzzer's -max_len. Data files are up to ~15 KB.
declare -A max_len=([loader]=32768 [pattern]=2048 [conversation]=4096)
status=0
for target in $targets; do
    name="Fuzz${target^}"
    corpus="$scratch/corpus/$target"
    artifacts="$scratch/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    seeds=("$fuzz/Corpus/$target")
    [[ -d "$root/Tests/FuzzRegressions/$target" ]] && seeds+=("$root/Tests/FuzzRegressions/$target")
    before=$(ls "$artifacts" | wc -l)
    echo "== $name for $seconds s (corpus $corpus)"
    set +e
    # Leak checks are off: the Swift runtime keeps metadata and caches alive on purpose, which LeakSanitizer
    # would report at exit; AddressSanitizer's memory errors are all still checked.
    ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1:malloc_context_size=8" \
    "$bin/$name" "$corpus" "${seeds[@]}" \
        -dict="$fuzz/fuzz.dict" -max_len="${max_len[$target]}" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -detect_leaks=0 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 -close_fd_mask=1 \
        > "$scratch/$target.log" 2>&1
    code=$?
    set -e
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$scratch/$target.log" || true
    if [[ $code -ne 0 ]]; then
        status=1
        echo "FAILED: $name exited with $code; the last lines of $scratch/$target.log:"
        grep -v '^#[0-9]' "$scratch/$target.log" | tail -n 40
        for file in $(ls -t "$artifacts" | head -n $(( $(ls "$artifacts" | wc -l) - before ))); do
            echo "saved input: $artifacts/$file   (replay: $bin/$name $artifacts/$file)"
        done
    fi
done
echo "== done in $(( $(date +%s) - started )) s"
exit $status
