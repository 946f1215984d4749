#!/usr/bin/env python3
"""Measures mlcareers on the held-out set (heldout.tsv), which is never used to tune the rules.

Usage: Tests/HeldOut/evaluate.py [path/to/mlcareers] [--fresh] [--show-misses] [--set FILE.tsv]

--set measures another question file of the same format instead, e.g. the tuning sets in Tests/Tuning/
(never use --show-misses on heldout.tsv: reading its misses would make it a tuning set).

All questions go through ONE `mlcareers --json` process, as the issue asks (so context carries between
questions); with --fresh each question gets its own process. A reply is right when:
- its main intent is one of the expected intents, and every expected intent is among its intents;
- for expected roles (not `*`): its roles equal them, in order (`-` means no roles).
In-scope accuracy counts the non-fallback lines; the fallback rate counts the lines expecting fallback.
"""
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
argv = sys.argv[1:]
questions_file = os.path.join(here, "heldout.tsv")
if "--set" in argv:
    at = argv.index("--set")
    questions_file = argv[at + 1]
    del argv[at:at + 2]
args = [a for a in argv if not a.startswith("--")]
binary = args[0] if args else os.path.join(here, "..", "..", ".build", "release", "mlcareers")
fresh = "--fresh" in sys.argv
show = "--show-misses" in sys.argv

rows = []
for line in open(questions_file, encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    question, intents, roles = line.rstrip("\n").split("\t")
    rows.append((question, intents.split("+"), roles))

def ask(questions):
    run = subprocess.run([binary, "--json"], input="\n".join(questions) + "\n", capture_output=True, text=True, check=True)
    return [json.loads(l) for l in run.stdout.splitlines()]

replies = [ask([q])[0] for q, _, _ in rows] if fresh else ask([q for q, _, _ in rows])
assert len(replies) == len(rows), (len(replies), len(rows))

def right(expected_intents, expected_roles, reply):
    if reply["intent"] not in expected_intents or not set(expected_intents) <= set(reply["intents"]):
        return False
    if expected_roles == "*":
        return True
    want = [] if expected_roles == "-" else expected_roles.split(",")
    return reply["roles"] == want

scope, scope_ok, out, out_ok = 0, 0, 0, 0
for (question, intents, roles), reply in zip(rows, replies):
    ok = right(intents, roles, reply)
    if intents == ["fallback"]:
        out += 1; out_ok += ok
    else:
        scope += 1; scope_ok += ok
    if show and not ok:
        print(f"MISS {question!r}: want {'+'.join(intents)} {roles}, got {'+'.join(reply['intents'])} {','.join(reply['roles']) or '-'}")
print(f"in scope: {scope_ok}/{scope} = {100 * scope_ok / scope:.1f}%   out of scope fell back: {out_ok}/{out} = {100 * out_ok / out:.1f}%   ({'one process per question' if fresh else 'one process, context carried'})")
