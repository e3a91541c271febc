"""A digest of everything the quote engine says about a set of articles, for speed work
that must not change a byte of its output.

    python bench/digest.py > before.txt          # on the code as it was
    python bench/digest.py > after.txt           # on the changed code
    diff before.txt after.txt                    # nothing: the same output

One line per article: its path and a SHA-1 of its quotes (segments, kind, speaker,
mention, cue) and speakers (name, aliases, anonymous, quotes), read three ways: loaded as
an article, with typewriter quotes, and as bare text. Then lines for random texts of
names, cue words, pronouns and quote marks (seeded, so the same on every run), which
reach paths the articles do not. By default the articles are the bundled samples, the
world and hard gold sets and, when ../shared is beside the project, PolNeAR train and
dev; or give files or folders.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

from reader.quotes import extract, extract_text  # noqa: E402
from reader.sources import load  # noqa: E402

DEFAULT_FOLDERS = [
    os.path.join(ROOT, "sample_articles"),
    os.path.join(ROOT, "tests", "quotes", "world"),
    os.path.join(ROOT, "bench", "hard"),
    os.path.join(ROOT, "..", "shared", "corpus", "dev"),
    os.path.join(ROOT, "..", "shared", "corpus", "polnear", "train", "text"),
    os.path.join(ROOT, "..", "shared", "corpus", "polnear", "dev", "text"),
]
ARTICLE_ENDINGS = (".txt", ".md", ".html", ".htm")

# the stuff of the random texts: names, titles, cue words, pronouns, roles, punctuation
WORDS = ["said", "says", "told", "added:", "according", "to", "the", "a", "an", "one", "another", "source", "official",
         "spokesperson", "minister", "Minister", "President", "Mr", "Dr.", "Sen.", "Ann", "Lee", "Kim", "John", "Jones,",
         "Smith", "Smith's", "Barack", "Obama", "de", "la", "Cruz", "al-Saadi", "he", "she", "they", "who", "it", "In",
         "New", "York", "The", "Labour", "leader", "party", "of", "statement", "known", "as", "named", "Ilona", ", 51,",
         "—", "–", ".", ",", ":", "\n", "\n\n", "don't", "MPs'", "rock 'n' roll"]
MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"]


def digest(extraction) -> str:
    quotes = [
        (q.segments, q.kind, q.speaker, q.mention and (q.mention.start, q.mention.end), q.cue and (q.cue.start, q.cue.end))
        for q in extraction.quotes
    ]
    speakers = [(s.name, s.aliases, s.anonymous, s.quotes) for s in extraction.speakers]
    return hashlib.sha1(json.dumps([quotes, speakers], default=list).encode()).hexdigest()


def article_paths(args: list[str]) -> list[str]:
    out = []
    for place in args or DEFAULT_FOLDERS:
        if os.path.isdir(place):
            out += sorted(p for p in glob.glob(os.path.join(place, "*")) if p.endswith(ARTICLE_ENDINGS))
        elif os.path.isfile(place):
            out.append(place)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="files or folders (default: the bundled and shared corpora)")
    ap.add_argument("--random", type=int, default=300, help="random texts after the articles (default 300)")
    a = ap.parse_args()
    for path in article_paths(a.paths):
        name = os.path.relpath(path, ROOT)
        try:
            article = load(path)
        except Exception as exc:  # (a file the loader refuses is a line of its own, not the end)
            print(f"{name} not loaded: {type(exc).__name__}")
            continue
        print(name, digest(extract(article)), digest(extract(article, typewriter=True)), digest(extract_text(article.text)))
    rnd = random.Random(7)
    for i in range(a.random):
        text = " ".join(rnd.choice(MARKS) if rnd.random() < 0.12 else rnd.choice(WORDS) for _ in range(rnd.randint(20, 600)))
        print(f"random {i}", digest(extract_text(text)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
