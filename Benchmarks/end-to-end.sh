#!/usr/bin/env bash
# End-to-end figures for the release binary: process start to first answer (`mlcareers ask`), and
# 100,000 questions piped through `mlcareers --json`, with wall time and peak memory from /usr/bin/time -v.
# Usage: Benchmarks/end-to-end.sh   (from the repository; builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
binary=.build/release/mlcareers
measure() {  # prints "wall seconds, peak MB" of the command
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); wall = t[1] * 60 + t[2]} /Maximum resident/ {mem = $2 / 1024} END {printf "%.4f s, %.1f MB\n", wall, mem}'
}
echo "ask, 20 runs (process start to answer):"
for run in $(seq 20); do measure "$binary" ask "what does an MLOps engineer do?"; done | sort -n | awk '{a[NR] = $0} END {print "  median: " a[int((NR + 1) / 2)]; print "  worst:  " a[NR]}'
questions=$(mktemp)
python3 - "$questions" <<'PY'
import sys, itertools
base = ["what does an MLOps engineer do?", "what skills do they need?", "and data scientists?", "compare them",
        "whats the diff between a DS and an ML engineer", "do u need a phd for ml research", "who monitors models in prod?",
        "how much does a data scientist earn?", "what skils does a data scintist need", "tell me more", "asdfgh qwerty"]
with open(sys.argv[1], "w") as f:
    for q in itertools.islice(itertools.cycle(base), 100000):
        f.write(q + "\n")
PY
echo "100,000 piped questions (--json):"
echo "  $(measure sh -c "$binary --json < $questions")"
rm -f "$questions"
