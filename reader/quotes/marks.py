"""Pair quotation marks into spans.

Works paragraph by paragraph in one left-to-right pass over the marks (linear time):
each mark is judged by its neighbours as able to open, close, both or neither (an
apostrophe), and matched against a small stack of open quotes by family (double,
single, guillemet). A quote inside a quote belongs to the outer one. A quote left open
at the end of a paragraph continues into the next when that paragraph opens with a mark
of the same family; otherwise it is dropped or closed at the paragraph's end, so a
stray mark never swallows the rest of the article.
"""
from __future__ import annotations

import bisect
import re
import sys
from operator import itemgetter
from dataclasses import dataclass

# mark -> (family, prefers_open)
_MARKS = {
    '"': ("d", None),
    "\u201c": ("d", True),   # “
    "\u201d": ("d", False),  # ”
    "\u201e": ("d", True),   # „
    "\u201f": ("d", True),   # ‟
    "'": ("s", None),
    "\u2018": ("s", True),   # ‘
    "\u2019": ("s", False),  # ’
    "\u201a": ("s", True),   # ‚
    "\u201b": ("s", True),   # ‛
    "\u00ab": ("g", True),   # «
    "\u00bb": ("g", False),  # »
    "\u2039": ("g1", True),  # ‹
    "\u203a": ("g1", False),  # ›
    "\u300c": ("cjk", True),  # 「
    "\u300d": ("cjk", False),  # 」
}
# typewriter doubles: ``…'' (TeX style) stands for one double mark; ''…'' (two
# apostrophes, as in old wire and corpus text) only when asked for (`typewriter`), since
# it is otherwise matched as one inert mark rather than two single quotes
# (the same as ''|``|[marks], written to open with a character class so that the regex
# engine can skip quickly to the next mark instead of trying the pattern at every character)
MARK_RE = re.compile("[" + re.escape("".join(_MARKS) + "`") + "](?:(?<=`)`|(?<=')'?|(?<![`']))")
MARK_CHARS = frozenset(_MARKS)  # the characters that are a mark on their own (a backtick is not)

_OPEN_BEFORE = set(" \t\n\r\u00a0\u2009\u202f([{<\u2014\u2013-/:;,") | set(_MARKS)
_CLOSE_AFTER = set(" \t\n\r\u00a0\u2009\u202f)]}>.,;:!?\u2014\u2013-/\u2026*") | set(_MARKS)
# elisions that start with an apostrophe: 'em, 'til, 'cause, 'n', '90s
_ELISION = re.compile(r"(?:em|til|tis|twas|cause|bout|round|n|cos|ello)\b|\d\d?s?\b", re.I)
MAX_DEPTH = 4
MAX_SINGLE_SPAN = 3000  # characters; a single-mark quote longer than this is a stray mark


@dataclass(slots=True)
class RawQuote:
    """A paired quotation: content segments (without marks) and the mark positions."""

    segments: list[tuple[int, int]]
    open_at: int  # offset of the opening mark of the first segment
    close_at: int  # offset of the closing mark (or the end of the last segment)
    family: str
    para: int = 0  # index of the paragraph it opens in
    closed: bool = True


def _mark_info(text: str, i: int, w: int) -> tuple[str, bool | None]:
    if w == 2:
        return "d", (True if text[i] == "`" else None)
    return _MARKS[text[i]]


def _classify(text: str, i: int, lo: int, hi: int, w: int = 1, typewriter: bool = False) -> tuple[bool, bool]:
    """Can the mark at i (w characters wide) open a quote, close one?"""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + w] if i + w < hi else " "
    if w == 2 and text[i] == "'" and not typewriter:
        # '' closes a ``…'' quote and nothing else
        return False, not prev.isspace()
    family, pref = _mark_info(text, i, w)
    prev_space = prev.isspace() or prev in _OPEN_BEFORE
    next_space = nxt.isspace()
    can_open = prev_space and not next_space
    can_close = (not prev.isspace()) and (next_space or nxt in _CLOSE_AFTER or not nxt.isalnum())
    if family in ("g", "g1"):
        # « » may have spaces inside (French) or face the other way (German »…«):
        # the pairing decides by what is open
        return True, True
    if family == "s":
        # the closing half of 'n' (rock 'n' roll)
        if prev in "nN" and i >= lo + 2 and text[i - 2] in "'\u2018\u2019" and (i < lo + 3 or text[i - 3].isspace()):
            return False, False
        # apostrophes: letters on both sides (don't), or an elision after a space ('90s)
        if prev.isalnum() and nxt.isalnum():
            return False, False
        if can_open and _ELISION.match(text, i + 1, hi):
            # but not when it is clearly a quote of its own: 'n' in rock 'n' roll is an elision
            return False, False
    elif prev.isalnum() and nxt.isalnum():
        # a mark between letters: word"word — sloppy spacing; let preference decide
        if pref is None:
            return True, True
        return pref, not pref
    if pref is True and not can_open and not can_close:
        can_open = True
    if pref is False and not can_open and not can_close:
        can_close = True
    if not can_open and not can_close and prev.isspace() and next_space and family == "d":
        # a straight mark spaced off on both sides closes what ends in punctuation just
        # before it: "… the term 'outreach,' " he said
        j = i - 1
        while j > lo and text[j].isspace():
            j -= 1
        can_close = text[j] in _SPACED_CLOSE_AFTER
    return can_open, can_close


_SPACED_CLOSE_AFTER = frozenset(".,!?;'\u2019\u2026")


def pair_paragraph(
    text: str,
    lo: int,
    hi: int,
    carry: RawQuote | None,
    para: int = 0,
    _retries: int = 2,
    typewriter: bool = False,
    marks: list[tuple[int, int]] | None = None,
    next_opens_single: bool = False,
    in_words_left_out: bool = False,
) -> tuple[list[RawQuote], RawQuote | None]:
    """Pair the marks in text[lo:hi].

    `carry` is a quote left open by the previous paragraph: it continues here only if
    this paragraph opens with a mark of its family. `typewriter` reads ''…'' as a double
    quote. `marks`, the (offset, width) of each mark in text[lo:hi], saves scanning for
    them again. `next_opens_single`: the next paragraph opens with a single mark before a
    capital, so a single-mark quote opened plainly here and never closed runs on into it
    (British style) rather than being taken for an apostrophe. `in_words_left_out`: `marks`
    leaves out the single marks inside the paragraph's words (as find_marks does). Returns
    the quotes finished in this paragraph and the one still open at its end (to be carried on)."""
    quotes: list[RawQuote] = []
    cont: RawQuote | None = None
    if marks is None:
        marks = [(m.start(), m.end() - m.start()) for m in MARK_RE.finditer(text, lo, hi)]
    # stack entries: (family, offset of the opening mark, offset where its content starts)
    stack: list[tuple[str, int, int]] = []
    first = 0
    if carry is not None:
        if marks and marks[0][0] == _lstrip(text, lo, hi) and _mark_info(text, *marks[0])[0] == carry.family:
            cont = carry
            first = 1
        else:
            _finish_unclosed(carry, quotes)
    skip: set[int] = set()
    base = len(quotes)
    n_cont = len(cont.segments) if cont is not None else 0
    judged = _judge(text, lo, hi, marks, typewriter)  # the same for every retry
    while True:
        stack = [(cont.family, marks[0][0], sum(marks[0]))] if cont is not None else []
        stack_end, cont_left, inner = _scan(
            text, lo, hi, marks, first, stack, cont, quotes, para, skip, typewriter, judged, in_words_left_out
        )
        if not stack_end:
            return quotes, None
        fam, o, c = stack_end[0]
        if cont_left is not None:
            cont_left.segments.append((c, _rstrip(text, c, hi)))
            return quotes, cont_left
        runs_on = fam == "s" and next_opens_single and _plain_opener(text, o, lo)
        if runs_on:
            return quotes, RawQuote([(c, _rstrip(text, c, hi))], o, _rstrip(text, c, hi), fam, para, closed=False)
        if fam in ("s", "g1", "cjk") and _retries > 0:
            # an opener that never closed is most likely an apostrophe: pair again without it
            _retries -= 1
            skip.add(o)
            del quotes[base:]
            if cont is not None:
                del cont.segments[n_cont:]
            continue
        seg_end = _rstrip(text, c, hi)
        if fam == "s":
            quotes.extend(inner)  # the stray opener goes; the quotes it seemed to hold stand
        if seg_end <= c or fam in ("s", "g1", "cjk"):
            return quotes, None
        return quotes, RawQuote([(c, seg_end)], o, seg_end, fam, para, closed=False)


def _judge(text, lo, hi, marks, typewriter):
    """What _scan needs to know of each mark, whatever is open: its family and whether it
    can open and close a quote, and whether the next single mark after it can only close."""
    judged = []  # (family, can open, can close) of each mark
    append = judged.append
    by_neighbours = _BY_NEIGHBOURS
    single_judged = False  # whether a single quote mark might open or close
    for i, w in marks:
        if w != 1:
            if text[i] == "'" and not typewriter:
                # '' closes a ``…'' quote and nothing else, as _classify says (told here
                # without the call: in some text every double quote is written so)
                append(_CLOSES_ONLY if i > lo and not text[i - 1].isspace() else _INERT)
            else:
                append(("d",) + _classify(text, i, lo, hi, w, typewriter))
            continue
        # the mark between the characters either side of it (a space outside the paragraph),
        # as a string of three: one slice costs less than a tuple of three characters
        if i > lo:
            key = text[i - 1 : i + 2] if i + 1 < hi else text[i - 1 : i + 1] + " "
        else:
            key = " " + text[i : i + 2] if i + 1 < hi else " " + text[i] + " "
        got = by_neighbours.get(key)
        if got is not None:
            # (only marks judged by their neighbours alone are kept: see below)
            append(got)
            continue
        prev, mark, nxt = key
        fam = _MARKS[mark][0]
        if fam == "s":
            if i > lo and i + 1 < hi and prev.isalnum() and nxt.isalnum():
                append(_NEITHER)  # an apostrophe inside a word (don't), as _classify says
            else:
                append((fam,) + _classify(text, i, lo, hi, w, typewriter))
                single_judged = True
        elif prev.isspace() and nxt.isspace():
            append((fam,) + _classify(text, i, lo, hi, w, typewriter))  # reads further back than its neighbours
        else:
            # a mark of one character other than a single quote is judged by the
            # characters either side of it alone: the same marks come back between
            # the same characters again and again
            if len(by_neighbours) >= 4096:
                by_neighbours.clear()
            got = by_neighbours[key] = (fam,) + _classify(text, i, lo, hi, w, typewriter)
            append(got)
    # a possessive plural (MPs' votes) looks like a closer: it is one unless the next
    # single mark can only close (all False when no single mark can open or close)
    next_single_closes_only = [False] * (len(marks) + 1)
    if single_judged:
        for k in range(len(marks) - 1, -1, -1):
            fam, o, c = judged[k]
            if fam == "s" and (o or c):
                next_single_closes_only[k] = c and not o
            else:
                next_single_closes_only[k] = next_single_closes_only[k + 1]
    return judged, next_single_closes_only


_NEITHER = ("s", False, False)
_CLOSES_ONLY, _INERT = ("d", False, True), ("d", False, False)  # two apostrophes ('')
_BY_NEIGHBOURS: dict[str, tuple[str, bool, bool]] = {}  # _judge's before + mark + after -> judged


def _pair_plain(text, lo, hi, marks, para, typewriter, quotes):
    """pair_paragraph for the usual paragraph, in one pass and one call: nothing carried
    into it, no single mark that can open a quote (of all marks, those alone want the
    look-ahead, the retries and the length test) and every quote closed by its end. Puts
    the quotes pair_paragraph would find at the end of `quotes` and returns True, or
    returns False when the paragraph is not of that kind (pair_paragraph then reads it;
    the caller takes out what was put in).
    The same judgement of each mark as _judge and the same pairing as _scan, less what
    only a single mark sets off."""
    stack: list[tuple[str, int, int]] = []
    by_neighbours = _BY_NEIGHBOURS
    for i, w in marks:
        if w != 1:
            if text[i] == "'" and not typewriter:
                got = _CLOSES_ONLY if i > lo and not text[i - 1].isspace() else _INERT
            else:
                got = ("d",) + _classify(text, i, lo, hi, w, typewriter)
        else:
            if i > lo:  # (the key as _judge makes it)
                key = text[i - 1 : i + 2] if i + 1 < hi else text[i - 1 : i + 1] + " "
            else:
                key = " " + text[i : i + 2] if i + 1 < hi else " " + text[i] + " "
            got = by_neighbours.get(key)
            if got is None:
                prev, mark, nxt = key
                fam = _MARKS[mark][0]
                if fam == "s":
                    # no single-mark quote is open on this path (none carried in, none
                    # opened), so a single mark that cannot open one is inert (MPs' votes,
                    # as _scan would read it: nothing to close); ' or ’ after a letter or
                    # digit cannot, as _classify says. An opener wants the general pass
                    if (mark == "'" or mark == "\u2019") and prev.isalnum():
                        continue
                    if _classify(text, i, lo, hi, w, typewriter)[0]:
                        return False
                    continue
                got = (fam,) + _classify(text, i, lo, hi, w, typewriter)
                if not (prev.isspace() and nxt.isspace()):
                    # (as _judge keeps it)
                    if len(by_neighbours) >= 4096:
                        by_neighbours.clear()
                    by_neighbours[key] = got
        fam, can_open, can_close = got
        if can_close and stack:
            depth = len(stack) - 1
            while depth >= 0 and stack[depth][0] != fam:
                depth -= 1
            if depth >= 0:
                if depth == 0:
                    _, o, c = stack[0]
                    if i > c:
                        # RawQuote([(c, i)], o, i, fam, para), its slots filled in here: the
                        # call of the dataclass's __init__ through the type costs more than the
                        # object it makes
                        q = _new(RawQuote)
                        q.segments = [(c, i)]
                        q.open_at = o
                        q.close_at = i
                        q.family = fam
                        q.para = para
                        q.closed = True
                        quotes.append(q)
                    stack.clear()
                else:
                    del stack[depth:]
                continue
        if can_open and len(stack) < MAX_DEPTH:
            stack.append((fam, i, i + w))
    return not stack


_new = object.__new__


def _scan(text, lo, hi, marks, first, stack, cont, quotes, para, skip, typewriter, judged=None, in_words_left_out=False):
    judged, next_single_closes_only = judged or _judge(text, lo, hi, marks, typewriter)
    # quotes closed just inside an open single-mark quote: if that opener turns out to be
    # a stray apostrophe they are quotes in their own right
    inner: list[RawQuote] = []
    done = lo  # the marks left out of `marks` up to here have had their turn
    for k in range(first, len(marks)):
        i, w = marks[k]
        if skip and i in skip:
            continue
        if stack and stack[0][0] == "s" and cont is None and i - stack[0][2] > MAX_SINGLE_SPAN:
            if in_words_left_out:
                # the apostrophes inside words left out of `marks` since the last mark
                # take the test first, in turn, as they would have had it
                inner = _span_check_in_words(text, done, i, stack, quotes, inner)
            if stack and stack[0][0] == "s" and i - stack[0][2] > MAX_SINGLE_SPAN:
                # no single-mark quote runs this long: its opener was an apostrophe
                del stack[0]
                quotes.extend(inner)
                inner = []
        done = i
        fam, can_open, can_close = judged[k]
        if can_close and stack:
            # the innermost open quote of the mark's family, if any (found in place: a
            # call for each closing mark costs more)
            depth = len(stack) - 1
            while depth >= 0 and stack[depth][0] != fam:
                depth -= 1
            if depth >= 0:
                if fam == "s" and _possessive(text, i, hi) and next_single_closes_only[k + 1]:
                    continue
                if depth == 1 and stack[0][0] == "s" and cont is None and i > stack[1][2]:
                    _, o, c = stack[1]
                    inner.append(RawQuote([(c, i)], o, i, fam, para))
                if depth == 0:
                    inner = []
                    _, o, c = stack[0]
                    if cont is not None:
                        cont.segments.append((c, i))
                        cont.close_at = i
                        quotes.append(cont)
                        cont = None
                    elif i > c:
                        quotes.append(RawQuote([(c, i)], o, i, fam, para))
                    stack.clear()
                else:
                    del stack[depth:]
                continue
        if can_open and len(stack) < MAX_DEPTH:
            stack.append((fam, i, i + w))
    if in_words_left_out and stack and stack[0][0] == "s" and cont is None and hi - stack[0][2] > MAX_SINGLE_SPAN:
        inner = _span_check_in_words(text, done, hi, stack, quotes, inner)
    return stack, cont, inner


# a single mark inside a word (don't, O’Brien): a letter or digit on both sides; written
# to open with the marks, so that the regex engine can skip from mark to mark
_IN_WORD_RE = re.compile("[" + "".join(m for m, (fam, _) in _MARKS.items() if fam == "s") + r"](?<=[^\W_].)(?=[^\W_])")


def _span_check_in_words(text, done, at, stack, quotes, inner):
    """_scan's test for an over-long single-mark quote, made at each single mark inside a
    word in text[done + 1 : at] (left out of the marks _scan reads, and otherwise inert)
    as if _scan had read them; returns the new `inner`. Each stretch is looked at once."""
    for m in _IN_WORD_RE.finditer(text, done + 1, at):
        if not (stack and stack[0][0] == "s"):
            break
        if m.start() - stack[0][2] > MAX_SINGLE_SPAN:
            del stack[0]
            quotes.extend(inner)
            inner = []
    return inner


_SINGLES = frozenset(m for m, (fam, _) in _MARKS.items() if fam == "s")


def _at_edge(text: str, lo: int, hi: int) -> bool:
    """Whether a single mark inside a word stands at the first or last character of the
    paragraph text[lo:hi] (lo < hi)."""
    return _in_word_at(text, lo) or _in_word_at(text, hi - 1)


def _any_edge(text: str, paragraphs) -> bool:
    """Whether any paragraph has a single mark inside a word at its edge (see _at_edge)."""
    return any(lo < hi and _at_edge(text, lo, hi) for lo, hi in paragraphs)


def _in_word_at(text: str, i: int) -> bool:
    """Whether text[i] is a single mark inside a word, as find_marks leaves out."""
    return 0 < i < len(text) - 1 and text[i] in _SINGLES and text[i - 1].isalnum() and text[i + 1].isalnum()


def _plain_opener(text: str, o: int, lo: int) -> bool:
    """A mark at o that can only open a quote: at the paragraph's start, or after a colon
    or comma and a space, or after the end of a sentence (a full stop, question or
    exclamation mark, or one just inside a closing mark) and a space, with a capital after
    it (Pennock said: 'I'm not …; 'Fine,' Pennock told the BBC. 'When you …)."""
    if o + 1 >= len(text) or not text[o + 1].isupper():
        return False
    j = o - 1
    while j >= lo and text[j] == " ":
        j -= 1
    if j < lo:
        return True
    if j == o - 1:
        return False
    c = text[j]
    if c in ":,.!?":
        return True
    # a quote closed just before it: 'Fine.' 'When you …
    return c in _SENTENCE_CLOSERS and j > lo and text[j - 1] in ".!?,"


_SENTENCE_CLOSERS = frozenset("\u2019\u201d'\"")


def _finish_unclosed(q: RawQuote, out: list[RawQuote]) -> None:
    """A quote never closed: keep a double-mark one to its paragraph's end (the usual
    reason is a missing closing mark), drop a single-mark one (most likely an apostrophe)."""
    if q.family == "s" or q.family == "cjk":
        # keep only the segments that were properly closed before this paragraph
        if len(q.segments) > 1:
            q.segments.pop()
            out.append(q)
        return
    out.append(q)


def _possessive(text: str, i: int, hi: int) -> bool:
    """’ after an s and before a space and a lower-case word: MPs’ votes."""
    return (
        i > 0
        and text[i - 1] in "sS"
        and i + 2 < hi
        and text[i + 1] == " "
        and text[i + 2].islower()
    )


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _lstrip(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def find_marks(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """The (offset, width) of each match of MARK_RE in the text, in order, but for the
    single marks with a letter or digit on both sides (don't, O’Brien; see _in_word_at):
    about a third of all marks, and inert (_judge says they can neither open nor close).
    And the offsets of those marks left out (where _in_word_at holds).

    Found with str.find, one mark character at a time, rather than with the regex: the
    regex engine tests every character of the text against the set of marks, where
    str.find skips through the text as memchr does (most of this engine's text has a few
    dozen marks in thousands of characters). Then as MARK_RE reads them: two apostrophes
    or two backticks are one mark, and a backtick on its own is none (a pair is only ever
    of one character, so each is found on its own)."""
    find = text.find
    chars = _ASCII_MARKS
    if not text.isascii():
        # (a loop, not a comprehension: one would hold `text` in a cell, read for less
        # than a local in the loops below)
        for c in _OTHER_MARKS:
            if c in text:
                chars += c
    out: list[tuple[int, int]] = []
    append = out.append
    in_words: set[int] = set()
    last = len(text) - 1
    for c in chars:
        k = find(c)
        if c == "'" or c == "`":
            while k != -1:
                nxt = text[k + 1] if k < last else ""  # (an index costs less than a slice)
                if nxt == c:
                    append((k, 2))
                    k = find(c, k + 2)
                    continue
                if c == "'":
                    if k > 0 and nxt.isalnum() and text[k - 1].isalnum():
                        in_words.add(k)
                    else:
                        append((k, 1))
                k = find(c, k + 1)
        elif c in _SINGLES:
            while k != -1:
                if 0 < k < last and text[k - 1].isalnum() and text[k + 1].isalnum():
                    in_words.add(k)
                else:
                    append((k, 1))
                k = find(c, k + 1)
        else:
            while k != -1:
                append((k, 1))
                k = find(c, k + 1)
    out.sort(key=_FIRST)  # (by the offset alone, each mark's own: ints compare for less than tuples)
    return out, in_words


_FAR = sys.maxsize  # past any offset
_FIRST = itemgetter(0)

_ASCII_MARKS = "\"'`"  # the marks MARK_RE finds in ASCII text, and the others
_OTHER_MARKS = "".join(c for c in _MARKS if c not in _ASCII_MARKS)


def pair_marks(text: str, paragraphs, typewriter: bool = False) -> list[RawQuote]:
    """Pair the marks of every paragraph, in reading order. `paragraphs` is a sequence
    of (start, end) spans; a quote may run from one into the next. `typewriter` reads
    two apostrophes (''…'') as a double quote mark."""
    out: list[RawQuote] = []
    carry: RawQuote | None = None
    # one scan of the whole text says which paragraphs have marks at all, and finds them
    # (but for the apostrophes inside words, which pair_paragraph passes over)
    found, in_words = find_marks(text)
    if not found and not _any_edge(text, paragraphs):
        return out
    positions = list(map(itemgetter(0), found))  # (found holds (offset, width) pairs)
    n = len(positions)
    singles = _SINGLES
    bisect_left = bisect.bisect_left
    # j is bisect_left(positions, last): paragraphs come in order, so the first mark from
    # lo on is most often found there without a search (most paragraphs have no marks)
    j = last = 0
    # whether `out` is in the order of the quotes' starts as it stands: so while paragraphs
    # come in order (each from the end of the last with marks on) and _pair_plain reads
    # each (its quotes come in order), which spares the sort at the end
    ordered = True
    nxt = positions[0] if n else _FAR  # positions[j], or past every offset when j == n
    for idx, (lo, hi) in enumerate(paragraphs):
        # a mark inside a word but at the paragraph's edge (a paragraph cut inside a word)
        # has no letter on that side within the paragraph: pair_paragraph must see it
        # (_at_edge(text, lo, hi), told by the offsets find_marks left out: `edge` below)
        if last <= lo <= hi <= nxt:
            # the usual paragraph without marks, told by one chain of comparisons (no mark
            # from `last` up to hi; j stands as it is), and without that edge
            last = lo
            if (lo not in in_words and hi - 1 not in in_words) or lo == hi:
                if carry is not None:
                    _finish_unclosed(carry, out)
                    carry = None
                continue
            k = j
            edge = True
            straddles = False
        else:
            if lo < last:
                ordered = False
                k = bisect_left(positions, lo)
            elif nxt >= lo:
                k = j
            else:
                k = bisect_left(positions, lo, j)
            edge = lo < hi and (lo in in_words or hi - 1 in in_words)
        if k == n or positions[k] >= hi:
            j, last = k, lo
            nxt = positions[j] if j < n else _FAR
            if not edge:
                # no marks, or only apostrophes inside words (don't), which pair_paragraph
                # would pass over: the same as a paragraph without marks
                if carry is not None:
                    _finish_unclosed(carry, out)
                    carry = None
                continue
            straddles = False
        else:
            j = bisect_left(positions, hi, k)
            nxt = positions[j] if j < n else _FAR
            last = hi
            # the paragraph's own scan finds the same marks unless one straddles its edges:
            # a mark of two characters just before lo, or at hi - 1 (the marks found hold
            # (offset, width) pairs, and no mark is wider)
            straddles = (k > 0 and positions[k - 1] == lo - 1 and found[k - 1][1] == 2) or (
                positions[j - 1] == hi - 1 and found[j - 1][1] == 2
            )
        marks = None if straddles or edge else found[k:j]
        if marks is not None and carry is None:
            base = len(out)
            if _pair_plain(text, lo, hi, marks, idx, typewriter, out):
                continue
            del out[base:]  # (what it put there before it gave up)
        next_single = False
        if idx + 1 < len(paragraphs) and (
            (j < n and text[positions[j]] in singles)
            or (text[paragraphs[idx + 1][0] : paragraphs[idx + 1][0] + 1] in singles and _in_word_at(text, paragraphs[idx + 1][0]))
        ):
            s = _lstrip(text, *paragraphs[idx + 1])
            if s + 1 < len(text) and text[s + 1].isupper() and (
                (j < n and positions[j] == s and text[s] in singles) or (_in_word_at(text, s) and (j == n or positions[j] > s))
            ):
                # the first mark from hi on stands at s: so with no apostrophe inside a word before it
                next_single = _IN_WORD_RE.search(text, hi, s) is None
        qs, carry = pair_paragraph(
            text, lo, hi, carry, idx, typewriter=typewriter, marks=marks, next_opens_single=next_single,
            in_words_left_out=marks is not None,
        )
        out.extend(qs)
        ordered = False
    if carry is not None:
        _finish_unclosed(carry, out)
    if not ordered:
        out.sort(key=lambda q: q.segments[0][0])
    return out
