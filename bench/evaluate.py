"""Measure the quote engine against annotated news, in-process.

    python bench/evaluate.py polnear ../shared/corpus/polnear/dev [--errors N]
    python bench/evaluate.py gold ../shared/corpus/dev

Computes the same figures as the referee (../shared/tools/score.py) — span P/R/F1 on
quoted attributions, speaker-mention accuracy on matched quotes, end-to-end F1 — by the
same rules, without a subprocess per batch, and can list the misses for study. The
corpus is only read, never copied.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from reader.quotes import extract  # noqa: E402
from reader.quotes.lexicon import TITLES  # noqa: E402
from reader.quotes.records import article_record  # noqa: E402
from reader.sources import load  # noqa: E402

QUOTE_CHARS = '"\u201c\u201d'
ARTICLES = {"a", "an", "the", "one"}


def read_ann(path):
    spans, rels = {}, []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(T\d+)\t(\S+) ([\d ;]+)\t", line)
        if m:
            spans[m.group(1)] = (m.group(2), [tuple(map(int, p.split())) for p in m.group(3).split(";")])
            continue
        m = re.match(r"^(E\d+)\t(.*)$", line)
        if m:
            rels.append(dict(x.split(":", 1) for x in m.group(2).split()))
    return spans, rels


def polnear_gold(base):
    gold = {}
    for txt in sorted(glob.glob(f"{base}/text/*.txt")):
        name = os.path.basename(txt)[:-4]
        anns = sorted(glob.glob(f"{base}/attributions/{name}_*.ann"))
        if not anns:
            continue
        text = open(txt, encoding="utf-8").read()
        spans, rels = read_ann(anns[0])
        items = []
        for r in rels:
            c = r.get("Content")
            if not c or c not in spans:
                continue
            cs = spans[c][1]
            if not any(ch in "".join(text[s:e] for s, e in cs) for ch in QUOTE_CHARS):
                continue
            src = spans[r["Source"]][1] if r.get("Source") in spans else None
            items.append({"content": cs, "source": src})
        gold[txt] = (text, items)
    return gold


def overlap(a, b):
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold, pred):
    pairs = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if overlap(g, p) > 0), reverse=True)
    gm, pm, res = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in gm and pi not in pm:
            gm.add(gi)
            pm.add(pi)
            res.append((gi, pi))
    return res


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def segs(q):
    return [tuple(x) for x in q["segments"]] or [(q["start"], q["end"])]


def score_polnear(base, show_errors=0, only=None):
    gold = polnear_gold(base)
    ng = npred = tp = tp_sp = 0
    npred_dm = tp_dm = tp_sp_dm = 0  # the same, counting only quotes in double marks
    errors = {"missed": [], "spurious": [], "mention": []}
    t0 = time.perf_counter()
    preds = {}
    for path in gold:
        art = load(path)
        preds[path] = article_record(art, extract(art), path)
    secs = time.perf_counter() - t0
    for path, (text, items) in gold.items():
        rec = preds[path]
        ps = [q for q in rec["quotes"] if q["speaker"] or q["mention"]]
        g = [it["content"] for it in items]
        p = [segs(q) for q in ps]
        m = match(g, p)
        mg, mp = {gi for gi, _ in m}, {pi for _, pi in m}
        extra = sum(1 for pi, pp in enumerate(p) if pi not in mp and any(overlap(g[gi], pp) > 0 for gi in mg))
        ng += len(g)
        npred += len(p) - extra
        tp += len(m)
        name = os.path.basename(path)
        dm = [pi for pi, q in enumerate(ps) if _double_marked(text, q)]
        npred_dm += len([pi for pi in dm if pi in mp or not any(overlap(g[gi], p[pi]) > 0 for gi in mg)])
        for gi, pi in m:
            src, men = items[gi]["source"], ps[pi]["mention"]
            ok = bool(src and men and overlap(src, [(men["start"], men["end"])]) > 0)
            if pi in dm:
                tp_dm += 1
                tp_sp_dm += ok
            if ok:
                tp_sp += 1
            else:
                errors["mention"].append((name, text, items[gi], ps[pi]))
        for gi in set(range(len(g))) - mg:
            errors["missed"].append((name, text, items[gi], None))
        for pi in set(range(len(p))) - mp:
            if not any(overlap(g[gi], p[pi]) > 0 for gi in mg):
                errors["spurious"].append((name, text, None, ps[pi]))
    P, R, F = prf(tp, npred, ng)
    _, _, Fe = prf(tp_sp, npred, ng)
    print(f"articles {len(gold)}, gold {ng}, predicted {npred}")
    print(f"quote span (any overlap): P {P:.3f} R {R:.3f} F1 {F:.3f}")
    print(f"speaker mention accuracy on matched: {tp_sp / tp if tp else 0:.3f}")
    print(f"end-to-end F1 (span and speaker mention): {Fe:.3f}")
    Pd, Rd, Fd = prf(tp_dm, npred_dm, ng)
    print(f"counting only quotes in double marks (as the gold does): P {Pd:.3f} R {Rd:.3f} F1 {Fd:.3f}, "
          f"speaker mention {tp_sp_dm / tp_dm if tp_dm else 0:.3f}")
    print(f"engine throughput (load + extract): {len(gold) / secs:.0f} articles/s")
    if show_errors:
        for kind in (only or errors):
            print(f"\n==== {kind}: {len(errors[kind])}")
            for name, text, gi, q in errors[kind][:show_errors]:
                _show(name, text, gi, q)


def _double_marked(text, q):
    """Opened by a double mark the gold counts (" “ ”), not by '' or ‘ or «."""
    s = q["segments"][0][0] if q["segments"] else q["start"]
    return s > 0 and text[s - 1] in QUOTE_CHARS and not text[max(0, s - 2) : s] == "''"


def _show(name, text, g, q):
    spans = []
    if g:
        spans += g["content"]
    if q:
        spans += segs(q)
    lo = max(0, min(s for s, _ in spans) - 160)
    hi = min(len(text), max(e for _, e in spans) + 100)
    print(f"--- {name}")
    print("   ", text[lo:hi].replace("\n", " ¶ "))
    if g:
        src = g["source"]
        print("    GOLD source:", " / ".join(text[s:e] for s, e in src) if src else None)
    if q:
        print("    PRED:", repr(q["text"][:70]), "mention:", (q["mention"] or {}).get("text"), "cue:", (q["cue"] or {}).get("text"))


def norm_text(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().strip(" .,;:!?\"'").lower()


def _name_key(name):
    """A speaker name compared the way the gold format asks: case, punctuation, leading
    titles, honorifics, roles and articles ignored while a word is left."""
    s = unicodedata.normalize("NFKC", name or "").lower().replace("\u2019", "'")
    words = re.sub(r"[^\w\s'-]", " ", s).split()
    while len(words) > 1 and (words[0] in TITLES or words[0] in ARTICLES):
        words.pop(0)
    return " ".join(words)


def gold_results(base, out=None):
    """Quote text P/R/F1, the sidebar, and speakers right, over *.gold.json files; each
    article's misses are printed to `out` when given."""
    ng = npred = tp = right = 0
    side_tp = side_pred = side_gold = 0
    res_tp = res_pred = res_gold = 0
    for gpath in sorted(glob.glob(os.path.join(base, "*.gold.json"))):
        g = json.load(open(gpath, encoding="utf-8"))
        art = load(os.path.join(base, g["article"]))
        rec = article_record(art, extract(art))
        keys = {_name_key(k): k for k in g["speakers"]}
        for k, aliases in g["speakers"].items():
            keys.update({_name_key(a): k for a in aliases})
        pred = [(norm_text(q["text"]), q["speaker"]) for q in rec["quotes"]]
        used = set()
        ng += len(g["quotes"])
        npred += len(pred)
        misses = []
        for q in g["quotes"]:
            want = norm_text(q["text"])
            i = next((i for i, (t, _) in enumerate(pred) if i not in used and t == want), None)
            if i is None:
                misses.append(f"missed {q['text']!r}")
                continue
            used.add(i)
            tp += 1
            got = pred[i][1]
            if (q["speaker"] is None and not got) or (q["speaker"] and got and keys.get(_name_key(got)) == q["speaker"]):
                right += 1
            else:
                misses.append(f"speaker of {q['text'][:40]!r}: {got!r}, gold {q['speaker']!r}")
        # scrape residue: the lines (0-based) the loader marked, against the gold's not_body
        marked = {art.text.count("\n", 0, p.start) for p in art.paragraphs if p.kind == "residue"}
        not_body = set(g.get("not_body") or ())
        res_tp += len(marked & not_body)
        res_pred += len(marked)
        res_gold += len(not_body)
        names = [s["name"] for s in rec["speakers"]]
        side_gold += len(g["speakers"])
        side_pred += len(names)
        side_tp += len({keys[_name_key(n)] for n in names if _name_key(n) in keys and _name_key(n) == _name_key(keys[_name_key(n)])})
        if out is not None:
            print(f"{g['article']}: {len(g['quotes'])} gold quotes, {len(pred)} predicted; speakers {names}", file=out)
            for m in misses:
                print("   ", m, file=out)
    P, R, F = prf(tp, npred, ng)
    sP, sR, _ = prf(side_tp, side_pred, side_gold)
    rP, rR, _ = prf(res_tp, res_pred, res_gold)
    return {"P": P, "R": R, "F1": F, "sidebar_P": sP, "sidebar_R": sR, "right": right, "matched": tp, "gold": ng,
            "residue_P": rP, "residue_R": rR, "residue": (res_tp, res_pred, res_gold)}


def score_gold(base):
    r = gold_results(base, sys.stdout)
    print(f"quote text exact: P {r['P']:.3f} R {r['R']:.3f} F1 {r['F1']:.3f}")
    print(f"sidebar speakers (canonical names): P {r['sidebar_P']:.3f} R {r['sidebar_R']:.3f}")
    print(f"speaker right on matched (None for unattributed): {r['right']}/{r['matched']}")
    print(f"end-to-end: {r['right']}/{r['gold']} quotes found with the right speaker")
    print(f"scrape residue (the gold's not_body lines): P {r['residue_P']:.3f} R {r['residue_R']:.3f} "
          f"({r['residue'][0]} of {r['residue'][2]} marked; {r['residue'][1]} marked in all)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("which", choices=["polnear", "gold"])
    ap.add_argument("dir")
    ap.add_argument("--errors", type=int, default=0, help="show up to N errors of each kind")
    ap.add_argument("--only", nargs="*", choices=["missed", "spurious", "mention"])
    a = ap.parse_args()
    if a.which == "polnear":
        score_polnear(a.dir, a.errors, a.only)
    else:
        score_gold(a.dir)
