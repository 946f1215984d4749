#!/usr/bin/env python3
"""Writes the seed corpora under Fuzz/Corpus/ from the shipped Intents/ and the transcripts.

Run from anywhere: python3 Fuzz/make-corpus.py. The seeds are committed; run.sh fuzzes a copy of them.
"""
import hashlib, os, re, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Fuzz", "Corpus")


def write(target, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def shipped():
    folder = os.path.join(ROOT, "Intents")
    return [(n, open(os.path.join(folder, n), "rb").read()) for n in sorted(os.listdir(folder)) if n.endswith(".yaml")]


def loader(files):
    # First byte: which shipped file the rest replaces (FuzzHarness.load); len(files) adds a new file,
    # len(files) + 1 loads it alone.
    for index, (_, text) in enumerate(files):
        write("loader", bytes([2 + index]) + text)
    extra = os.path.join(ROOT, "Tests", "Fixtures", "extra-role", "data-engineer.yaml")
    write("loader", bytes([0]) + open(extra, "rb").read())
    small = [
        b"intents:\n  - id: fuzz.one\n    patterns: |\n      what (is|are) {role} [like]\n    answer: |\n      # {role.name}\n      {role.summary}\n",
        b"synonyms:\n  fuzz: [a b, c]\nintents:\n  - id: fuzz.two\n    patterns: [~fuzz * {topic}]\n    answer: hi\n",
        b"roles:\n  - id: x\n    name: x person\n    summary: does x\n",
    ]
    for text in small:
        write("loader", bytes([0]) + text)
        write("loader", bytes([1]) + text)
    for index, (_, text) in enumerate(files):
        if len(text) < 12000:
            write("loader", bytes([1]) + text)


def patterns(files):
    questions = []
    for name in sorted(os.listdir(os.path.join(ROOT, "Tests", "Transcripts", "phrasings"))):
        for line in open(os.path.join(ROOT, "Tests", "Transcripts", "phrasings", name), encoding="utf-8"):
            if line.startswith("> "):
                questions.append(line[2:].strip())
    found = []
    for name, text in files:
        if not name.startswith("intents"):
            continue
        block = False
        for line in text.decode("utf-8").split("\n"):
            if re.match(r"^\s+patterns: \|", line):
                block = True
                continue
            if block and re.match(r"^\s{6}\S", line):
                if not line.strip().startswith("#"):
                    found.append(line.strip())
                continue
            block = False
    # Every 4th pattern, each with three questions: enough shapes, few files.
    for index, pattern in enumerate(found[::4]):
        picked = [questions[(index * 7 + k * 13) % len(questions)] for k in range(3)]
        write("pattern", "\n".join([pattern] + picked).encode("utf-8"))


def conversations():
    folder = os.path.join(ROOT, "Tests", "Transcripts", "dialogues")
    for name in sorted(os.listdir(folder)):
        for dialogue in open(os.path.join(folder, name), encoding="utf-8").read().split("\n---"):
            turns = [l[2:].strip() for l in dialogue.split("\n") if l.startswith("> ")]
            if turns:
                write("conversation", "\n".join(turns).encode("utf-8"))
    folder = os.path.join(ROOT, "Tests", "Transcripts", "phrasings")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".more.txt"):
            continue
        turns = [l[2:].strip() for l in open(os.path.join(folder, name), encoding="utf-8") if l.startswith("> ")]
        write("conversation", "\n".join(turns[:12]).encode("utf-8"))


if __name__ == "__main__":
    shutil.rmtree(CORPUS, ignore_errors=True)
    files = shipped()
    loader(files)
    patterns(files)
    conversations()
    for target in sorted(os.listdir(CORPUS)):
        entries = os.listdir(os.path.join(CORPUS, target))
        size = sum(os.path.getsize(os.path.join(CORPUS, target, e)) for e in entries)
        print(f"{target}: {len(entries)} seeds, {size} bytes")
