"""Attribution: for each quote, the cue that introduces it and the words naming its speaker.

Each paragraph is cut into tokens with every quotation collapsed into one token, so the
rules read the writer's own words around it: `"…," X said`, `said X`, `X said: "…"`,
`according to X`, appositions, a dash tail, a colon ending the previous paragraph, a
paragraph that is only a quote, and participles (`…, adding: "…"`). Passive cues
(`has been accused of "…"`, `is said to be "…"`) name no speaker, so such a quote stays
unattributed rather than guessed.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, chain, compress, islice
from collections.abc import Container
from dataclasses import dataclass

from reader.quotes.lexicon import (
    COMPASS,
    DOCUMENTS,
    ascii_lowered,
    among_first_lines,
    ABBREVIATIONS,
    ANON_DETERMINERS as ANON_DETS,
    BODY_HEADS,
    ADVERBS,
    BE,
    CLAUSE_BREAKS,
    CLOSE_TO,
    COMPOUND_ADJECTIVES,
    SOMEONE,
    CONTRACTED_PRONOUNS,
    TIME_WORDS,
    DETERMINERS,
    DISCOURSE,
    NAME_CONNECTORS,
    NAME_ROLES,
    NON_NAMES,
    NOUNABLE,
    PARTY_WORDS,
    INSTITUTION_WORDS,
    PLACE_LETTERS,
    PORTFOLIOS,
    PORTFOLIO_SECONDS,
    OBJECT_CUES,
    ROLE_ADJECTIVES,
    ROLE_LINKS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPEECH_VERBS_PUT_FIRST,
    SUBJECT_PRONOUNS,
    POST_NOMINALS,
    NOBLE_TITLES,
    SEE_TITLES,
    TITLES,
    PREFIXED_NAME,
    UPPER,
    WEAK_CUES,
)

# A number (3,000 or 1.5); a word (letters and digits, with _ ' ’ - . inside it, not at its
# end); any other character that is not white space. That is
#     \d+(?:[.,]\d+)+|[^\W_](?:[\w'’\-.]*[^\W_])?|\S
# written here for the regex engine's speed, with the same matches: the first character is
# taken by \S, so that the engine skips white space with a quick test of each character (a
# pattern opening with a choice tries every choice at every character); lookbehinds then
# say which kind of token it opens (one test for a word opening with a letter, the most
# common token: a digit may open a number or a word, and tries the number first); and a
# word is runs of letters between runs of those marks, which never gives characters back.
# A repeated group, (?:…)* or (?:…)+, costs the engine an allocation each time it is
# entered, so the first of each is written out: the repeat is entered only by the rare word
# with a mark inside it or number with a separator. A choice whose first part opens with a
# class ([_'’\-.], not [_'’\-.]+) is passed over by the engine with a test of the next
# character, rather than entered and left (most words have no mark after them).
TOKEN_RE = re.compile(
    r"\S(?:(?<=[^\W\d_])[^\W_]*(?:[_'’\-.][_'’\-.]*[^\W_]+(?:[_'’\-.]+[^\W_]+)*|)"
    r"|(?<=\d)(?:\d*[.,/]\d+(?:[.,/]\d+)*|[^\W_]*(?:[_'’\-.][_'’\-.]*[^\W_]+(?:[_'’\-.]+[^\W_]+)*|))|)"
)
# the same, as one group: re.split with it gives the gaps and the tokens in turn (a token
# is never empty, so neither is any part but the gaps)
_TOKEN_SPLIT_RE = re.compile("(" + TOKEN_RE.pattern + ")")
# marks that, after a word of letters and digits alone, are a token of their own: none is
# a letter, a digit or white space (Tokens reads "said," as "said" and "," without the regex)
_MARKS_AFTER = frozenset(",.:;!?)'’\"”")
DASHES = {"-", "–", "—", "―", "--"}  # (― the horizontal bar that credits a quote in some styles)
WINDOW = 100  # tokens either side of a quotation that attribution reads
TERMINAL = {".", "!", "?"}
Q = "Q"


class _WordInfo(dict):
    """A word's lower-case form, kind and capital, by the word: the same words come back
    in every paragraph, so each is worked out once, when first looked up (by dict's own
    lookup, which calls __missing__ for a word it lacks). Bounded (about 4 MB at most):
    cleared when it grows past the limit."""

    __slots__ = ()

    def __missing__(self, w: str) -> tuple[str, str, bool]:
        # (all in this one call: the unseen pass meets thousands of new words)
        if w == "WHO":
            _WHO_MET[0] += 1  # never kept, so that each one is counted (see Tokens)
            return _WHO_BODY
        if len(self) >= _WORD_INFO_MAX:
            self.clear()
            _WORDS.clear()
            _PAIRS.clear()
        low = w.lower()
        if ("'" in low or "’" in low) and len(low) <= 7:
            low = CONTRACTED_PRONOUNS.get(low.replace("’", "'"), low)
        if low == w:
            low = w  # one string, not two, for a word already in lower case
        c = w[0]  # (indexing a string costs a call: once, not three times)
        # "al-Masri", "tal-Kampanja" (a hyphen or an apostrophe in it, tested before the regex call)
        cap = c.isupper() or (c in "abdeilot" and ("-" in w or "'" in w or "’" in w) and PREFIXED_NAME.match(w) is not None)
        if c.isalnum():
            info = self[w] = _WORDS[w] = (low, "w", cap)
        else:
            info = self[w] = (low, "p", cap)
        return info


_WORD_INFO = _WordInfo()
# a social-media handle: "@" and the account's letters, digits and underscores (and a
# possessive's "'s", one word with it as a name's: "@kelpie_92's owner")
_HANDLE_RE = re.compile(r"@\w{2,}(?:['’]s(?!\w))?")


def _handle_info(w: str) -> tuple[str, str, bool]:
    """A handle's info: a word with a name's capital, kept in _WORD_INFO (not _WORDS, whose
    stretches Tokens takes whole: "@ravish." is split here)."""
    info = _WORD_INFO[w] = (w.lower(), "w", True)
    return info
# the words (kind "w") of _WORD_INFO alone, cleared with it: Tokens takes a stretch found
# here as one token with no test of its kind (a mark alone may be one of . ! ?, noted)
_WORDS: dict[str, tuple[str, str, bool]] = {}
_WORD_INFO_MAX = 20_000
# a word and one mark after it ("said,", "it."), as Tokens met them: the two tokens' info
# in one row of six, the word's as _WORDS holds it (never "WHO"); cleared with _WORDS
_PAIRS: dict[str, tuple] = {}
# "WHO" in capitals: the World Health Organization, no "who" ("the WHO said"), but where a
# line in capitals writes the word (see who_is_body). Never kept in _WORD_INFO: each one
# met is counted in _WHO_MET, and a paragraph that met one reads them again (the count,
# not a flag: articles may be read in several threads at once, and a count only grows)
_WHO_BODY = ("WHO", "w", True)
_WHO_RELATIVE = ("who", "w", True)
_WHO_MET = [0]
# the words before a "WHO" that is the body: "the WHO", "at WHO", "…," said WHO
_WHO_BEFORE = frozenset({"the", "a", "an", "at", "of", "for", "by", "from", "to", "with", "in", "on", "and", "or", "via",
                         "said", "says", "told", "tells", "according", "added"})


def who_is_body(text: str, at: int) -> bool:
    """Whether the "WHO" at `at` is the World Health Organization. Never in a line in
    capitals ("MUM WHO LOST SON: …", "THE MAN WHO SAVED THE CLUB", "ANN OBI, WHO LEADS"),
    where it is the word "who"; elsewhere where a body stands: at a sentence's start, after
    a quotation or a colon, "the" or a preposition ("the WHO said", "…," WHO says, "for
    WHO"), or before "'s", a role, a speech verb or a name ("WHO chief", "WHO said"); not
    "Residents WHO fled", a shouted "who"."""
    n = len(text)
    e = at + 3
    if text[e : e + 2] in ("'s", "’s"):
        return True  # "the WHO's"
    j = e
    while j < n and text[j] == " ":
        j += 1
    k = j
    while k < n and not text[k].isspace():
        k += 1
    after = text[j:k].strip(_WHO_MARKS)
    if len(after) > 1 and after.isupper():
        return False  # a line in capitals: "MUM WHO LOST SON", "WHO SAID IT?"
    i = at - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    k = i
    while k >= 0 and not text[k].isspace():
        k -= 1
    before = text[k + 1 : i + 1]
    last = before[-1:]
    word = before.strip(_WHO_MARKS)
    if len(word) > 1 and word.isupper() and last not in ":—–" and not after[:1].islower():
        return False  # "THE MAN WHO", "TOM PELL WHO"
    if not before or last in ".!?:(—–\"“”‘’" or word.lower() in _WHO_BEFORE:
        return True  # "The WHO", "…," WHO says, "According to WHO"
    low = after.lower()
    return bool(after) and (after[0].isupper() or low in ROLE_NOUNS or low in SPEECH_VERBS or low in _WHO_STAFF)


_WHO_MARKS = ".,;:!?()—–-\"'“”‘’"
_WHO_STAFF = frozenset({"officials", "experts", "staff", "team", "teams", "scientists", "doctors"})


_NEW_WORD = _WORD_INFO.__missing__  # (for a word known to be missing: see Tokens)
# the look-ups Tokens makes, bound once here (the dicts are only ever cleared, never
# replaced): a method bound for each paragraph costs an object made and freed each time
_KNOWN, _PAIR, _INFO_OF, _SPLIT = _WORDS.get, _PAIRS.get, _WORD_INFO.__getitem__, _TOKEN_SPLIT_RE.split
_M_START, _M_END, _M_GROUP = re.Match.start, re.Match.end, re.Match.group


# a quotation's info, as a token of a paragraph (see Tokens)
_QUOTE_INFO = ("", Q, False)


class Tokens:
    """A paragraph's tokens; quotations are single tokens of kind Q."""

    __slots__ = ("text", "start", "end", "low", "kind", "qidx", "cap", "qend", "_breaks", "_stops")

    def __init__(self, text: str, lo: int, hi: int, regions: list[tuple[int, int, int]], qend: dict[int, str] | None = None):
        self.text = text
        self._breaks: list[int] | None = None  # where sentences end (the index after), found on first use
        if qend is None:
            qend = {}
        # each token's info from _WORD_INFO (lower-case form, kind, capital), a quotation
        # standing as one token. No token holds white space, and each is found from its own
        # first character on, so the stretches between spaces are tokens of their own: a
        # stretch that is a word seen before is that one token (most: the same words come back
        # in every paragraph; and the regex finds a token alone as it found it among others),
        # and so is one of letters and digits alone, and one with one mark after it ("said,"
        # "it.": the word, then the mark), a mark alone, and a word with marks inside it; the
        # rest are split by the regex (gap, word, gap, …, gap), the running sum of the parts'
        # lengths giving where each word starts and ends.
        # (Testing each stretch in Python costs less than a regex match for each word; and
        # looking a stretch up whole first spares most stretches the test, and their words a
        # lookup once the paragraph is read. Only words are taken so: a mark alone may be one
        # of . ! ?, noted below.)
        # The tokens . ! ? are noted on the way, for breaks().
        met = _WHO_MET[0]  # (the "WHO"s met so far: see who_is_body)
        infos: list = []  # (each token's three fields in a row: lower-case form, kind, capital)
        stops: list[int] = []  # token indices of . ! ? and of quotations ending in one
        start: list[int] = []
        end: list[int] = []
        qidx: dict[int, int] = {}  # token index of a quotation -> the quote's index
        qends: dict[int, str] = {}  # token index of a quotation -> its last character
        known, pairs, info_of = _KNOWN, _PAIR, _INFO_OF
        pos = lo
        # each quotation, then the paragraph's end (qi None): the words before each are split the same way
        for a, b, qi in (*regions, (hi, hi, None)):
            if pos < a:
                # (the space after a quotation and the one before the next are left out here:
                # each would be an empty stretch, taken through every test below; they are
                # there around most quotations)
                if text[pos] == " ":
                    pos += 1
                p = pos
                for c in text[pos : a - 1 if text[a - 1] == " " else a].split(" "):
                    if (info := known(c)) is not None:
                        infos += info
                        start.append(p)
                        p += len(c)
                        end.append(p)
                    elif c.isalnum():
                        # a word new to _WORD_INFO too, of letters and digits alone: its info as
                        # __missing__ works it out (no apostrophe, no hyphen: its capital is its
                        # first letter's), here, without the call (the unseen pass meets thousands)
                        if c == "WHO":
                            info = _NEW_WORD(c)  # (never kept: counted there)
                        else:
                            if len(_WORD_INFO) >= _WORD_INFO_MAX:
                                _WORD_INFO.clear()
                                _WORDS.clear()
                                _PAIRS.clear()
                            low = c.lower()
                            info = _WORD_INFO[c] = _WORDS[c] = (c if low == c else low, "w", c[0].isupper())
                        infos += info
                        start.append(p)
                        p += len(c)
                        end.append(p)
                    elif (info := pairs(c)) is not None:
                        # a word and the mark after it, met before ("said,", "it."): both
                        # tokens' info in one row of six
                        infos += info
                        start.append(p)
                        p += len(c) - 1
                        end.append(p)
                        start.append(p)
                        p += 1
                        end.append(p)
                        if info[3] in TERMINAL:
                            stops.append(len(start) - 1)
                    # (m: the stretch's last character, read once for the tests below:
                    # indexing or slicing a string costs a call and, for a slice, a new string)
                    elif (m := c[-1:]) in _MARKS_AFTER and (w := c[:-1]).isalnum():
                        # (the same for the word before a mark)
                        if (info := known(w)) is None:
                            if w == "WHO" or len(_WORD_INFO) >= _WORD_INFO_MAX:
                                info = _NEW_WORD(w)
                            else:
                                low = w.lower()
                                info = _WORD_INFO[w] = _WORDS[w] = (w if low == w else low, "w", w[0].isupper())
                        infos += info
                        infos += (mi := info_of(m))
                        if w != "WHO":
                            if len(_PAIRS) >= _WORD_INFO_MAX:
                                _PAIRS.clear()
                            _PAIRS[c] = info + mi
                        start.append(p)
                        p += len(w)
                        end.append(p)
                        start.append(p)
                        p += 1
                        end.append(p)
                        if m in TERMINAL:
                            stops.append(len(start) - 1)
                    elif len(c) < 2:
                        if c and not c.isspace():  # a mark alone ("—")
                            if c in TERMINAL:
                                stops.append(len(start))
                            infos += info_of(c)
                            start.append(p)
                            end.append(p + 1)
                        p += len(c)
                    elif c[0].isalpha() and m.isalnum() and c.replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalnum():
                        # letters and digits with marks inside ("Trump's", "front-runner"):
                        # one word (not so after a digit, which may open a number: "1.5a";
                        # the rare "_" is left to the regex)
                        infos += info_of(c)
                        start.append(p)
                        p += len(c)
                        end.append(p)
                    elif c[0] == "@" and (h := _HANDLE_RE.match(c)) is not None:
                        # a social-media handle ("posted @meera_kulkarni_.", "X user @dilsedesi_92"):
                        # one word, a name's capital (the account's name), the marks after it apart
                        w = h.group()
                        infos += _WORD_INFO.get(w) or _handle_info(w)
                        start.append(p)
                        end.append(p + len(w))
                        for k, m in enumerate(c[len(w) :], p + len(w)):
                            if m in TERMINAL:
                                stops.append(len(start))
                            infos += info_of(m)
                            start.append(k)
                            end.append(k + 1)
                        p += len(c)
                    else:
                        parts = _SPLIT(c)
                        if not TERMINAL.isdisjoint(c):
                            stops += [i for i, w in enumerate(parts[1::2], len(start)) if w in TERMINAL]  # (start read out here: no cell for it)
                        infos += chain.from_iterable(map(info_of, parts[1::2]))
                        offs = list(accumulate(map(len, parts), initial=p))
                        start += offs[1:-1:2]
                        end += offs[2::2]
                        p += len(c)
                    p += 1  # (the space after it)
            if qi is None:
                break
            t = len(start)
            infos += _QUOTE_INFO
            start.append(a)
            end.append(b)
            qidx[t] = qi
            qends[t] = e = qend.get(qi, "")
            if e in TERMINAL:
                stops.append(t)  # "…here." He said: may end its sentence too (see breaks)
            pos = b
        if _WHO_MET[0] != met:
            for i in range(0, len(infos), 3):
                if infos[i] == "WHO" and not who_is_body(text, start[i // 3]):
                    infos[i : i + 3] = _WHO_RELATIVE  # "MUM WHO LOST SON": the word "who", as a line in capitals writes it
        self._stops = stops
        self.start = start
        self.end = end
        self.qidx = qidx
        self.qend = qends
        # (three slices of the row: cheaper than zip(*) over a tuple a token)
        self.low, self.kind, self.cap = infos[0::3], infos[1::3], infos[2::3]

    def __len__(self) -> int:
        return len(self.low)

    def sentence_bounds(self, t: int, open_end: bool = False) -> tuple[int, int]:
        """Token range [s0, s1) of the sentence holding token t; with open_end, a
        quotation at t does not end the sentence ("We won!" Smith said.)."""
        breaks = self.breaks()
        n = len(self.low)
        i = bisect.bisect_right(breaks, t)
        s0 = breaks[i - 1] if i else 0
        s1 = breaks[i] if i < len(breaks) else n
        if open_end and s1 == t + 1 and s1 < n:
            j = bisect.bisect_right(breaks, s1)  # the end of the sentence holding token s1
            s1 = breaks[j] if j < len(breaks) else n
        return s0, s1

    def breaks(self) -> list[int]:
        """Where the sentences end: for each sentence, the index after its last token
        (the last sentence, if it runs to the paragraph's end, is not listed). Found on
        first use (here, not in a call of its own: nearly every paragraph asks, once)."""
        ends = self._breaks
        if ends is not None:
            return ends
        low = self.low
        # only . ! ? or a quotation ending in one can end a sentence: test just those tokens
        # (noted, in order, as the paragraph was read: a token's lower-case form is . ! or ?
        # only when the token is)
        # then whether each ends its sentence (tested in this loop: no call per token)
        kind, cap = self.kind, self.cap
        n = len(low)
        abbreviations = ABBREVIATIONS  # (with the engineer's "Eng.", which _eng_title tells from the surname)
        ends = []
        for k in self._stops:
            if kind[k] == Q:
                # "…here." He said: a quotation ending in a full stop, then a capital
                if k + 1 < n and cap[k + 1]:
                    ends.append(k + 1)
                continue
            if k > 0 and low[k] == ".":
                w = low[k - 1]
                if (w in abbreviations and (w != "eng" or self._eng_title(k))) or (
                    cap[k - 1] and (len(w) == 1 or (w[1:2] == "." and _two_initials(low, k - 1)))
                ):
                    if w in _ENDING_ABBREVIATIONS and k + 1 < n and cap[k + 1] and self._opens_after(k):
                        ends.append(k + 1)  # "…said the U.S. He also said": a place's letters end it
                    continue  # "W.M. Karunaratne": initials run together end no sentence
                if w in _STATE_LETTERS and k + 1 < n and cap[k + 1] and (self._run_ends(k + 1, k > 1 and low[k - 2] == "the") or (
                    k > 1 and low[k - 2] == "the" and (k == 2 or kind[k - 3] == Q or low[k - 3] in TERMINAL)
                )):
                    # "…," said the N.Y. Knicks.: a run of capitals alone is no sentence; nor is
                    # "the N.Y." alone, after a quote or opening one ("…," the N.Y. Knicks said)
                    continue
            if k + 1 < n:
                after = low[k + 1]
                if after in (")", ",", ";") or (kind[k + 1] == "w" and not cap[k + 1] and not after[0].isdigit()):
                    continue  # "(R-Fla.) said", "Inc. said"
            ends.append(k + 1)
        # (no dateline opens with a small letter or a quote, and each ends in a dash or a colon
        # among its first words: most paragraphs have neither, tested in C)
        d = self._dateline_end() if n and cap[0] and not _DASHES_OR_COLON.isdisjoint(low[1:14]) else 0
        if d and (not ends or ends[0] > d):
            ends.insert(0, d)
        self._breaks = ends
        return ends

    def _eng_title(self, k: int) -> bool:
        """Whether "Eng." before the full stop at k titles the name after it, as the Gulf papers
        write an engineer's ("…, Eng. Hamood Al Wahaibi, said"): two capitals follow, and no
        given name stands before it (not "Peter Eng. He said", nor "went to Peter Eng. Tom …");
        or one capital that opens no sentence ("…," Eng. Momoh-Tucker explained; not "met Eng.
        The next day …")."""
        low, cap, kind = self.low, self.cap, self.kind
        return k + 2 < len(low) and cap[k + 1] and cap[k - 1] and kind[k + 2] == "w" and (
            cap[k + 2] or (low[k + 1] not in DISCOURSE and low[k + 1] not in SUBJECT_PRONOUNS and low[k + 1] not in DETERMINERS)
        ) and (k == 1 or not cap[k - 2] or low[k - 2] in _CLAUSE_OPENING)

    def _run_ends(self, j: int, comma: bool = True) -> bool:
        """Whether the capitalised words from j end their clause, with no verb of their own
        ("the N.Y. Knicks." "the L.A. Galaxy, which …"); at a comma only when `comma` (the
        letters after "the": "He moved to N.Y. Jane Doe, his agent, said" is two sentences)."""
        low, cap, kind = self.low, self.cap, self.kind
        n = len(low)
        m = j
        while m < n and m - j < 5 and kind[m] == "w" and cap[m]:
            m += 1
        return m >= n or kind[m] == Q or (low[m] in _CLAUSE_ENDS and (comma or low[m] != ","))

    def _opens_after(self, k: int) -> bool:
        """Whether the capitalised word after the full stop at k, which closes a place's or
        a firm's letters, opens a sentence: a word that opens clauses, not names ("the U.S.
        He said", "Acme Inc. The firm"); after a place's letters, a person's name and its
        verb ("flew to D.C. Obi called it", "Concord, N.H. Dana Wirth said"), when the place
        follows its town or the text names the person elsewhere (not "the U.S. Senate voted",
        "U.S. Steel said", nor "U.N. envoy Pat Obi"); after a firm's ending, any such name
        ("of Acme Corp. Mensah called it"), for nothing goes on a firm's name after it."""
        low, cap, kind = self.low, self.cap, self.kind
        j = k + 1
        if kind[j] != "w":
            return False
        if low[j] in _CLAUSE_OPENING:
            return True
        if low[k - 1] in _GENERATIONS:
            # "… after Tom Pell Jr. Officials said": a son's suffix ends his name, and a
            # common plural after it opens the next sentence (not "King Jr. Boulevard")
            return low[j] in _ROLE_PLURALS
        firm = low[k - 1] in _FIRM_ENDINGS
        if not (firm or low[k - 1] in PLACE_LETTERS) or low[j] in TITLES:
            return False  # ("U.S. Sen. Pat Obi", "Acme Inc. Chairman Pat Obi": the letters go on the title)
        if self.end[j] - self.start[j] > 1 and self.text[self.start[j] : self.end[j]].isupper():
            return False  # ("Kessel Corp. CFO Ann Hosk", "U.S. EPA officials": letters of a title or a body)
        n = len(low)
        m = j
        while m < n and m - j < 5 and kind[m] == "w" and (cap[m] or low[m] in NAME_CONNECTORS):
            m += 1
        if m >= n or not (low[m] == "," or (kind[m] == "w" and not cap[m] and low[m] not in NAME_CONNECTORS)):
            return False  # (a name ends before its verb or an apposition)
        for i in range(j, m):
            w = low[i]
            if w in INSTITUTION_WORDS or w in BODY_HEADS or w in PORTFOLIOS or w in ROLE_ADJECTIVES or w in DISCOURSE or (
                w in ROLE_NOUNS and w not in TITLES
            ) or w in _DAYS:
                # "the U.S. Supreme Court", "D.C. Police", "U.S. Embassy officials"; nor a day
                # between a subject and its verb ("Kessel Corp. Tuesday said …")
                return False
        if m - j > 1 and not _bare_name(self, j, m):
            return False
        if firm:
            return True
        if low[m] == "," and m - j == 1:
            return False  # ("the U.S. Treasury, …": one word and a comma may be a body's)
        if k >= 3 and low[k - 2] == "," and cap[k - 3] and kind[k - 3] == "w":
            return True  # "Concord, N.H.": the town, then its state's letters
        if k >= 2 and low[k - 2] in _TO_A_PLACE and low[m] != "," and (low[m].endswith("ed") or SPEECH_VERBS.get(low[m])):
            return True  # "She flew to D.C. Obi called it": a trip's end, then a subject and its verb
        text = self.text
        word = text[self.start[m - 1] : self.end[m - 1]]
        # (the text writes the name elsewhere, after a capital: "Pat Obi … flew to D.C. Obi called")
        return _surname_in(text[: self.start[j]], word) or _surname_in(text[self.end[m - 1] :], word)

    def _dateline_end(self) -> int:
        """The index after a dateline opening the paragraph ("WASHINGTON (AP) —", "Port
        Treve, Cornwall (Reuters) -", "LONDON —", "Dubai:"), which is no part of the
        sentence after it; 0 when there is none."""
        low, kind, cap = self.low, self.kind, self.cap
        if not low or not cap[0]:
            return 0
        if ":" in low[1:4]:
            # "Khor Al Reem: His Highness …", "Dubai: The authority …": a place and a colon
            # opening a long sentence (not "Trump: "…"", whose colon leads into a quote)
            c = low.index(":", 1, 4)
            if all(kind[m] == "w" and cap[m] for m in range(c)) and c + 1 < len(low) and kind[c + 1] == "w" and cap[c + 1] and (
                len(low) - c > 12 and Q not in kind[: c + 4]
            ):
                return c + 1
        first = self.text[self.start[0] : self.end[0]]
        if not (len(first) > 1 and first.isupper()) and "(" not in low[1:8]:
            # a place in Title Case and a spaced dash ("Rabat - Morocco's minister …", "New
            # Delhi – The …"), as some outlets write it; not a name set off by a pair of
            # dashes ("Ortiz – Cauchal's mayor – said") nor one before a small word
            d = 1 if low[1:2] and low[1] in DASHES else 2 if low[2:3] and low[2] in DASHES and cap[1] else 0
            if d and d + 1 < len(low) and kind[d + 1] == "w" and cap[d + 1] and len(low) > 16 and (
                kind[0] == "w" and kind[d - 1] == "w" and DASHES.isdisjoint(low[d + 1 : _sentence_stop(low, d + 1)])
            ):
                # (a second dash before the sentence's end sets a name off: "Amara Obi - Chair
                # of the Finance Committee, which …, - said")
                return d + 1
            return 0  # most paragraphs: no capitals-only place and no agency in brackets
        paren = False
        for k in range(min(len(low), 14)):
            w = low[k]
            if w in DASHES:
                if k > 0 and (paren or (len(first) > 1 and first.isupper())):
                    return k + 2 if k + 1 < len(low) and low[k + 1] in DASHES else k + 1
                return 0
            if w in ("(", ")"):
                paren = True
            elif kind[k] != "w" and w not in (",", "."):
                return 0
            elif kind[k] == "w" and not cap[k] and not paren and not low[k][0].isdigit():
                return 0  # ("LONDON, June 3 (Reuters) -" has a date in it)
        return 0


# letters with full stops that may end a sentence before a word that opens one ("the
# U.S. He said", "Acme Inc. The firm", "at 9 a.m. The")
_FIRM_ENDINGS = {"inc", "corp", "ltd"}  # (not "Co.", which may open a county: "Co. Kerry")
_ENDING_ABBREVIATIONS = PLACE_LETTERS | _FIRM_ENDINGS | {"co", "a.m", "p.m", "etc", "jr", "sr"}
# a son's or a father's suffix, and the people in the plural who may open a sentence after it
_GENERATIONS = frozenset({"jr", "sr"})
_ROLE_PLURALS = frozenset(
    {w for w in ROLE_NOUNS if w.endswith("s") and not w.endswith("ss")}
    | {w + "s" for w in NAME_ROLES if w.isalpha() and not w.endswith("s")} | {"police", "people"}
)
# the letters with a full stop that end a name: a firm's, a son's
_NAME_END_ABBREVIATIONS = _FIRM_ENDINGS | {"co", "llc", "jr", "sr"}
# a place's letters that may end a sentence before any capital ("asked the head of the E.U.
# Ranasinghe was …"), unless the capitals after them end the clause ("said the N.Y. Knicks.")
_STATE_LETTERS = PLACE_LETTERS - ABBREVIATIONS
_CLAUSE_ENDS = {".", ",", ";", "!", "?", ")"}
# abbreviations whose full stop ends no name of itself, with every place's letters ("said
# the N.Y. Knicks", "the L.A. Galaxy", not only "the U.S. Senate")
_DOTTED = ABBREVIATIONS | PLACE_LETTERS
# days that US copy sets between a subject and its verb: "Kessel Corp. Tuesday said"
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"}
_WEEKDAYS = _DAYS - {"today", "yesterday", "tonight"}  # (capitalised wherever they stand)
# the words that name a day with its weekday: "Ash Wednesday", "Good Friday", "Black Friday",
# "Super Tuesday", "Easter Monday", "Palm Sunday", "Cyber Monday"
_DAY_NAMERS = frozenset({"ash", "good", "black", "super", "holy", "maundy", "shrove", "palm", "easter", "pancake",
                         "cyber", "fat", "bloody", "whit", "mothering", "low", "trinity", "giving", "plough", "clean"})
_SURNAME_ADVERBS = frozenset({"will", "still"})  # ADVERBS that are also surnames ("George Will", "Ann Still")
# words before a place's letters that make them where someone is or goes ("flew to D.C.")
_TO_A_PLACE = {"to", "in", "from", "at", "into", "across", "around", "outside", "near", "inside", "throughout"}
# capitalised words that open a clause and never go on a place's or a body's name
_CLAUSE_OPENING = (SUBJECT_PRONOUNS | CLAUSE_BREAKS | {"the", "a", "an", "this", "that", "these", "those", "his", "her",
                   "their", "its", "our", "my", "there", "but", "and", "so", "yet", "however", "meanwhile", "then",
                   "in", "on", "at", "for", "with", "from", "by", "during", "despite"}) - {"who", "which"}


@dataclass(slots=True)
class Found:
    """What attribution found for one quote: token ranges, or blocked (named nobody)."""

    mention: tuple[int, int] | None = None  # char offsets
    cue: tuple[int, int] | None = None
    how: str = ""
    blocked: bool = False


def _span(P: Tokens, i0: int, i1: int) -> tuple[int, int]:
    return P.start[i0], P.end[i1 - 1]


def _is_nameish(P: Tokens, i: int) -> bool:
    return P.kind[i] == "w" and P.cap[i] and P.low[i] not in NON_NAMES


# determiners that stand alone for people: "Another said", "Others warned"
STANDALONE = {"another", "others", "some", "many", "both", "several", "most", "few"}


def _np_ok(P: Tokens, i0: int, i1: int) -> bool:
    """An NP must name someone: a pronoun, a capitalised name or a role noun."""
    if i1 <= i0:
        return False
    if i1 - i0 == 1 and (P.low[i0] in SUBJECT_PRONOUNS or P.low[i0] in STANDALONE or P.low[i0] == "who"):
        return True
    # (a phrase opening in a small letter is not shouted; nor one whose first word has one
    # after its first letter, "Trump", told without the call)
    s = P.start[i0]
    if not P.text[s].islower() and not (P.kind[i0] == "w" and P.text[s + 1 : s + 2].islower()) and _shouted(P, i0, i1):
        return False  # a heading ("IOWA POLLS NOT WRONG:") or a dateline ("WASHINGTON —")
    for i in range(i0, i1):
        w = P.low[i]
        if P.kind[i] != "w":
            continue
        if w in ROLE_NOUNS or (P.cap[i] and ((w not in NON_NAMES and w not in DISCOURSE and w not in DETERMINERS) or (
            w == "an" and _given_an(P, i)  # "An said": a given name
        ))):  # (_is_nameish written out)
            return True
        if w == "may" and _surname_may(P, i, i0):
            return True  # "May said": a surname
    # "the ministry's press service" speaks, as its press office does
    return i1 - i0 > 1 and P.low[i1 - 1] == "service" and P.low[i1 - 2] == "press"


def _shouted(P: Tokens, i0: int, i1: int) -> bool:
    text, start, end, kind = P.text, P.start, P.end, P.kind
    words = 0
    for i in range(i0, i1):
        if kind[i] == "w":
            w = text[start[i] : end[i]]
            if not (w.isupper() and len(w) > 1):
                return False  # (most phrases: at their first word)
            words += 1
    if not words:
        return False
    return words > 2 or (i1 < len(P) and P.low[i1] in _DASHES_OR_BRACKET)


def _inverted_speaker(w: str) -> bool:
    """Whether a phrase ending in w, after a verb of speech put first, names who speaks though
    no role word or capital is in it: "Added the pair:", "Insisted the two:", "Countered the
    defence:", "Added the 54-year-old:"."""
    return w in _FEW or w in _CLIENTS or w in _INVERTED_GROUPS or w.endswith("-year-old")


_INVERTED_GROUPS = frozenset({"pair", "duo", "trio", "couple", "both", "former", "latter"})
_DASHES_OR_BRACKET = DASHES | {"("}
_DASHES_OR_COLON = DASHES | {":"}
_COMMA_OR_DASHES = {","} | DASHES


def _given_said(P: Tokens, i: int, i1: int) -> bool:
    """Whether the "said" at i is the given name Said: capitalised, opening its clause,
    before a capitalised name inside the phrase ending at i1 ("Said Ahmed told reporters";
    a subject with its verb after it, where no inverted "said" stands)."""
    return P.cap[i] and (i == 0 or P.kind[i - 1] != "w") and i + 1 < i1 and P.cap[i + 1] and P.kind[i + 1] == "w"


def _given_an(P: Tokens, i: int) -> bool:
    """Whether the capitalised "An" at i is the given name that ends a Vietnamese name
    ("Nguyen Thi An told reporters"): after two capitalised words that are no article's or
    link's, before a word in small letters or none (not a Title Case line's "An"); or alone
    before its verb of speech ('"…," An said', as no article stands: "An added benefit" has
    its noun after the verb's form)."""
    if not P.cap[i]:
        return False
    n = len(P.low)
    if i + 1 < n and P.kind[i + 1] == "w" and (i == 0 or P.kind[i - 1] != "w") and (
        (P.low[i + 1] in _SAID_TOLD and (i + 2 >= n or P.low[i + 2] != "to"))  # (not "An said to be …": a passive's)
        or (P.low[i + 1] in SPEECH_VERBS and (i + 2 >= n or P.kind[i + 2] != "w"))
    ):
        return True
    if i > 0 and P.low[i - 1] in _SAID_TOLD and (i + 1 >= n or P.kind[i + 1] != "w"):
        return True  # '"…," said An.'
    return i >= 2 and P.cap[i - 1] and P.cap[i - 2] and P.kind[i - 1] == "w" and P.kind[i - 2] == "w" and (
        P.low[i - 1] not in NON_NAMES and P.low[i - 2] not in NON_NAMES
    ) and (i + 1 >= n or not P.cap[i + 1])


_SAID_TOLD = frozenset({"said", "says", "told", "tells"})  # verbs no article stands before


def _trim_np(P: Tokens, i0: int, i1: int) -> tuple[int, int]:
    while i0 < i1 and (P.low[i0] in DISCOURSE or P.kind[i0] != "w" or (len(P.low[i0]) == 4 and _year(P.low[i0]))) and (
        P.low[i0] not in DETERMINERS
    ) and not (P.low[i0] == "said" and _given_said(P, i0, i1)):
        i0 += 1  # (and a year: "in 2017 America says")
    if i1 - i0 > 2 and P.low[i0] in _MONTHS and i0 > 0 and P.low[i0 - 1] in _SINCE_WORDS and P.cap[i0 + 1] and P.kind[i0 + 1] == "w":
        i0 += 1  # "In April Ann Obi said": when, then who
    while i1 > i0 and (
        (P.kind[i1 - 1] != "w" and not (
            # (a firm's or a son's stop stays with the name: "Kessel Corp.", as a tail reads it)
            P.low[i1 - 1] == "." and i1 - 2 > i0 and P.low[i1 - 2] in _NAME_END_ABBREVIATIONS and P.cap[i1 - 2]
        ))
        or P.low[i1 - 1] in ROLE_LINKS
        or (P.low[i1 - 1] in DETERMINERS and not (i1 - i0 == 1 and P.low[i0] in STANDALONE) and not (
            i1 - i0 > 2 and P.low[i1 - 2] == "of" and P.low[i1 - 3] in _KIN and P.low[i1 - 1] in _FEW  # "a mother of four"
        ) and not (P.low[i1 - 1] == "an" and _given_an(P, i1 - 1)))
    ):
        i1 -= 1
    return i0, i1


# the linking words a sentence may open with before its subject ("Meanwhile rights groups said")
_OPENING_LINKS = frozenset({"meanwhile", "but", "and", "yet", "so", "still", "however", "now", "then", "separately",
                            "elsewhere", "instead"})
_TIME_BEFORE = {"on", "last", "this", "earlier", "later", "in"}
# the words before a month that make it a time: "In April", "since May"
_SINCE_WORDS = frozenset({"in", "since", "until", "by", "from", "last", "early", "late", "mid"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"})


# how long ago, between a subject and its verb: "The ministry less than two weeks ago said"
_AGO_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                        "month", "months", "year", "years", "decade", "decades"})
_AGO_COUNTS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "few", "several", "some", "many", "couple", "of"})
_AGO_QUALIFIERS = frozenset({"than", "less", "more", "just", "only", "about", "nearly", "almost", "barely", "roughly",
                             "over", "under", "some"})


def _skip_ago(P: Tokens, k: int, lo: int) -> int:
    """Step back over "two weeks ago", "less than a year ago" at k ("ago") before a verb."""
    m = k - 1
    if P.low[m] not in _AGO_UNITS:
        return k
    m -= 1
    if not (P.low[m] in _AGO_COUNTS or P.low[m].isdigit()):
        return k
    while m - 1 >= lo and (P.low[m - 1] in _AGO_COUNTS or P.low[m - 1] in _AGO_QUALIFIERS):
        m -= 1  # "a couple of weeks", "less than two weeks", "just over a year"
    if m - 1 < lo or P.kind[m - 1] != "w":
        return k
    w = P.low[m - 1]
    if not P.cap[m - 1] and (w.endswith("ed") or w in _IRREGULAR_PASTS or (w in _PHRASE_STOPS and w != "who")):
        return k  # a clause's verb before it, not the subject: "A man who was jailed two years ago said"
    return m - 1


def _skip_time(P: Tokens, k: int, lo: int) -> int:
    """Step back over "on Wednesday", "last week", "this morning", "in March" before a verb."""
    if k - 1 >= lo and P.low[k - 1] == "on" and P.cap[k] and P.low[k] in NON_NAMES:
        return k - 2
    if k - 1 >= lo and P.low[k - 1] in ("last", "this", "earlier", "later") and P.low[k] in TIME_WORDS:
        return k - 2
    if k - 2 >= lo and P.low[k - 1] == "in" and P.cap[k] and P.low[k] in _MONTHS and P.cap[k - 2]:
        return k - 2  # "The Union of Teachers in March warned": when the body spoke, no part of its name
    return k


_LY_NOUNS = {"family", "rally", "ally", "assembly", "supply", "reply", "anomaly", "monopoly", "bully", "belly",
             "jelly", "lily", "homily", "folly", "holly", "melancholy", "daily", "weekly", "monthly", "quarterly"}


def _ly_word(w: str) -> bool:
    return len(w) > 4 and w.endswith("ly") and w not in _LY_NOUNS


def _ly_adverb(P: Tokens, k: int) -> bool:
    """"loudly", "angrily": a lower-case -ly word before a verb is an adverb."""
    return _ly_word(P.low[k]) and not P.cap[k] and (k == 0 or P.low[k - 1] not in DETERMINERS)


def _year(w: str) -> bool:
    return len(w) == 4 and w[:2] in ("19", "20") and w.isdigit()


_OF_TITLE = {"of", "on", "in", "titled", "entitled", "called", "show", "book", "film"}
_ASIDES = {"meanwhile", "however", "though", "too", "instead", "for", "in", "also", "therefore", "nonetheless",
           "likewise", "similarly", "moreover", "still"}
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*$")  # "m", "m.k": initials before a full stop


def _two_initials(low, i: int) -> bool:
    """Whether token i is two initials run together that open a name, "W.M." in "W.M.
    Karunaratne" (Sri Lankan, South Asian styles), not a body's letters after "the" or
    "of" ("the E.U.") nor three or more ("F.B.I.")."""
    w = low[i]
    return len(w) == 3 and w[0].isalpha() and w[2].isalpha() and not (
        i > 0 and (low[i - 1] in DETERMINERS or low[i - 1] in ROLE_LINKS or low[i - 1][:1].isdigit()))


def _bare_name(P: Tokens, a: int, b: int) -> bool:
    """Tokens a..b are only a person's name: "Richard Burgon-Ward", "M.K. Selvan"."""
    words = [i for i in range(a, b) if P.kind[i] == "w"]
    if len(words) > 2 and P.low[words[-1]] in POST_NOMINALS:
        words.pop()  # "Marcus Penhallow MP", "Ann Hosken QC"
    if len(words) > 2 and P.cap[words[0]] and (P.low[words[0]] in TITLES or (
        P.low[words[0]] == "eng" and P.low[words[0] + 1] == "."
    )):
        # "Senator Tahlia Rowe", "Dr Ann Hosken"; and the Gulf papers' engineer, "Eng. Hamood
        # Al Wahaibi", with its full stop only (Eng is a surname too: "Eng Kok Wah")
        words.pop(0)
    return 2 <= len(words) <= 5 and all(
        (P.cap[i] and P.low[i] not in ROLE_NOUNS and P.low[i] not in DISCOURSE) or P.low[i] in NAME_CONNECTORS for i in words
    ) and all(P.kind[i] == "w" or P.low[i] in (".", "'", "’") for i in range(a, b))


def _portfolio_and(P: Tokens, i: int, lo: int) -> bool:
    """The "and" at i joins a title's or a body's portfolio: "Secretary for Transport and
    Logistics Raymond Tse", "Minister of Trade and Industry Alan Brisco", "the Department of
    Trade and Industry"."""
    if P.low[i + 1] not in PORTFOLIOS or not (P.low[i - 1] in PORTFOLIOS or P.cap[i - 1]):
        return False  # (not "Secretary of State Hillary Clinton and Sen. Bernie Sanders")
    # (the words before "and" may be any capitalised ones when the portfolio after it is one:
    # "Minister of Territorial Administration and Infrastructure Narek Ter-Avetisyan")
    loose = P.low[i - 1] not in PORTFOLIOS
    if P.low[i + 1] in PORTFOLIO_SECONDS and (loose or P.low[i + 1] == "action"):
        return False  # ("Minister of Forestry Ann Hosk and Conservation Westmark", "Justice and Action Aid")
    k = i + 1
    while k < len(P.low) and k - i <= 4 and P.cap[k] and P.low[k] in PORTFOLIOS:
        k += 1
    if k < len(P.low) and P.kind[k] == "w" and (P.low[k].rstrip(".") in TITLES or P.low[k] in ROLE_NOUNS):
        return False  # (not "the Ministry of Finance and Trade Minister Pat Obi": the portfolio opens a title)
    for j in range(i - 2, max(lo, i - 9), -1):
        if P.low[j] == "," and P.cap[j + 1] and j - 1 > lo and P.cap[j - 1]:
            continue  # a list of portfolios: "Ministry of Land, Infrastructure and Transport"
        if P.low[j] in ("for", "of"):
            if P.low[j - 1] == "state" and j - 3 >= lo and P.low[j - 2] == "of" and P.cap[j - 1]:
                j -= 2  # "Secretary of State for Health and Social Care", "Minister of State for …"
            return P.cap[j - 1] and (P.low[j - 1] in TITLES or (not loose and P.low[j - 1] in BODY_HEADS))
        if not P.cap[j] or (P.low[j] not in PORTFOLIOS and not loose):
            return False
    return False


def _listed_portfolio(P: Tokens, i: int, k: int) -> bool:
    """The comma at i lists a portfolio that an "and" of _portfolio_and closes before k:
    "Ministry of Land, Infrastructure and Transport" (not "Transport, Kovac said")."""
    for j in range(i + 2, min(k, i + 6)):
        if P.low[j] == "and" or P.low[j] == "&":
            return P.cap[j - 1] and P.cap[j + 1]
        if P.low[j] != "," and not (P.cap[j] and P.low[j] in PORTFOLIOS):
            return False
    return False


_NAME_BODY_LINKS = {"of", "at", "from"}
# prepositions and links between an article's calling and a capital (see _name_in_apposition)
_CALLING_STOPS = frozenset({"of", "at", "from", "for", "in", "with", "on", "by", "and", "or", "who", "which", "near",
                            "behind", "inside", "outside", "under", "over", "into", "across", "like", "than"})
_PARTITIVES = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "some",
               "several", "many", "another"}  # ("said five of the nine judges")
_BACK_DETS = {"those", "these"}  # a group named before: "one of those colleagues"


def _name_in_apposition(P: Tokens, a: int, b: int) -> tuple[int, int] | None:
    """The bare name in an apposition that a job opens or a body closes: "public defender
    Ramon Esquivel", "farmer Ernesto Calimlim", "Martin Oduya of Carrow Securities"."""
    s = a
    while s < b and s - a < 3 and P.kind[s] == "w" and not P.cap[s] and (
        P.low[s] in ROLE_NOUNS or P.low[s] in NAME_ROLES or P.low[s] in ROLE_ADJECTIVES
    ):
        s += 1
    if s == a and b - a >= 4 and P.low[a] == "the" and P.kind[a + 1] == "w" and not P.cap[a + 1] and P.low[a + 1].isalpha() and (
        P.cap[a + 2] or (
            b - a >= 5 and P.kind[a + 2] == "w" and not P.cap[a + 2] and P.low[a + 2].isalpha() and P.cap[a + 3]
            and P.low[a + 2] not in _CALLING_STOPS and P.low[a + 2] not in _PHRASE_STOPS
        )
    ):
        # "Her partner, the sculptor Mei Aldana,": an article and a calling of a word or two
        # (any calling, not only the role words above) before the bare name (not a body a
        # preposition brings: "Her brother, the owner of Acme Motors,", "the pastor at Grace
        # Church": the apposition is a role, no name)
        s = a + 2 if P.cap[a + 2] else a + 3
    e = b
    for m in range(s + 2, b - 1):
        if P.low[m] in _NAME_BODY_LINKS:
            t = m + 2 if P.low[m + 1] == "the" else m + 1
            if t < b and all(P.cap[x] and P.kind[x] == "w" for x in range(t, b)):
                e = m
            break
    if (s, e) != (a, b) and _bare_name(P, s, e):
        return (s, e)
    return None


# relations a name in apposition renames after "a spokesman for the mall's owner, …"
_RENAMED_RELATIONS = frozenset({"owner", "owners", "parent", "operator", "developer", "landlord", "employer"})


def _for_owner(P: Tokens, r: int, lo: int) -> bool:
    """Whether the relation at r closes "for (the) X's owner" after a role: "a spokeswoman for
    the mall's owner", "a lawyer for the club's owners" (the name after it is the owner's)."""
    if r - 3 < lo or not P.low[r - 1].endswith(_POSSESSIVE_S):
        return False
    f = r - 2 if P.low[r - 2] in ROLE_LINKS else r - 3
    return f - 1 >= lo and P.low[f] in ("for", "of") and (P.low[f - 1] in ROLE_NOUNS or P.low[f - 1] in NAME_ROLES)


# np_backward's answers in the last sentence asked about: (its paragraph's tokens, the
# sentence's first token lo, skip_be, {k: answer}). Two quotes of one sentence ("Obi called
# it "…" and "…"") or a cue and the clause that governs it ask for the same subject again
# (about one call in ten), each time a walk over the same words. A Tokens is never changed
# once made, and it is held here, so no other paragraph's tokens can take its place (a
# thread that finds another sentence's here starts its own: the entry is replaced whole,
# never changed in place but for its answers)
_NPB_MEMO: tuple[Tokens | None, int, bool, dict] = (None, 0, False, {})


def np_backward(P: Tokens, k: int, lo: int, skip_be: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending at token k (the subject of a verb right after it)."""
    global _NPB_MEMO
    memo = _NPB_MEMO
    if memo[0] is not P or memo[1] != lo or memo[2] is not skip_be:
        memo = _NPB_MEMO = (P, lo, skip_be, {})
    answers = memo[3]
    if k in answers:
        return answers[k]
    got = answers[k] = _np_backward_walk(P, k, lo, skip_be)
    return got


def _np_backward_walk(P: Tokens, k: int, lo: int, skip_be: bool = False) -> tuple[int, int] | None:
    """np_backward's own reading (see there), without its memo."""
    if k >= lo and (P.low[k] == "," or (P.low[k] in _HAD and k - 1 > lo and P.low[k - 1] == ",")):
        if P.low[k] != ",":
            k -= 1  # "Six ministers, led by Ann Obi, have warned": the aside before the auxiliary
        # "Brannigan-Ruiz, speaking … from the office in Dry Fork, Nev., said": a participle's
        # aside may hold commas of its own; the name before it speaks
        for j in range(k - 1, lo if lo > k - 30 else k - 30, -1):
            w = P.low[j]
            if P.kind[j] == Q or w in ("!", "?"):
                break  # (not at a full stop: "Nev." ends an abbreviation)
            if w == "," and j + 1 < k and j - 1 >= lo and P.cap[j - 1] and (
                (P.low[j + 1].endswith("ing") and len(P.low[j + 1]) > 5) or P.low[j + 1] in _ASKED
            ):
                named = _np_backward(P, j - 1, lo, skip_be)
                if named and named[1] == j and all(P.cap[m] or P.kind[m] != "w" for m in range(*named)):
                    return named
                break
            if w == "," and j + 1 < k and j - 1 >= lo and (P.low[j + 1] in _ASIDE_PARTICIPLES or P.low[j + 1] in _LED_PARTICIPLES) and (
                P.low[j - 1] in DOCUMENTS or P.cap[j - 1] or P.low[j + 1] in _LED_PARTICIPLES
            ):
                # "The lawsuit, filed at the High Court on Monday, says", "the letter, signed
                # by 40 MPs, reads": a past participle's aside after a document or a name
                # that opens the clause (not "An editorial published alongside the study,
                # written by Dr. Ines Vale, called": the study is the object there); and who
                # leads a body: "The agency, headed by Ann Obi, said" is the agency's
                named = _np_backward(P, j - 1, lo, skip_be)
                if named and named[1] == j and (named[0] == lo or P.kind[named[0] - 1] != "w" or (
                    named[0] - 1 == lo and P.low[lo] in _OPENING_LINKS  # ("But the ministers, led by …,")
                )) and (
                    P.low[j - 1] in DOCUMENTS or not P.cap[j - 1] or all(P.cap[m] or P.kind[m] != "w" for m in range(*named))
                ):
                    return named
                # (else on to an aside before it: "Ana Ruiz, speaking about the letter, signed
                # by 40 MPs, said": the letter is the object of the participle before)
    if k > lo + 2 and P.low[k] in _UNNAMED_ENDS:
        # "A fisherman who asked not to be named told …", "a resident who spoke on condition
        # of anonymity said": a clause that says why the speaker goes unnamed, with no commas
        # around it; the noun phrase it hangs on speaks (and one that says why at length: "A
        # driver who asked not to be named because he was not authorised to speak to the
        # media said" is the driver's, not the media's)
        far = 24 if P.low[k] in _UNNAMED_REASON_ENDS else 10
        for j in range(k - 2, k - far if k - far > lo else lo, -1):
            if P.kind[j] != "w":
                break
            if P.low[j] == "who":
                outer = _np_backward(P, j - 1, lo, False) if j - 1 >= lo and P.kind[j - 1] == "w" else None
                if outer is not None and outer[1] == j and not _relative_before(P, lo, outer[0]):
                    # (not the object of a relative clause before it: "Police who arrested a
                    # man who asked not to be named said" is the police's)
                    return outer
                break
    np = _np_backward(P, k, lo, skip_be)
    if np is not None and np[0] - 3 >= lo and P.low[np[0] - 1] == "from" and P.cap[np[0] - 2] and P.cap[np[0] - 3]:
        # "Tom Obi from Kell Bank said": a full name, then where the person is from (a
        # group's "officials from Kell Bank" is read whole below, as its role links it)
        outer = _np_backward(P, np[0] - 2, lo, False)
        if outer is not None and outer[1] == np[0] - 1 and outer[1] - outer[0] >= 2 and all(
            P.cap[m] and P.kind[m] == "w" for m in range(*outer)
        ) and P.low[outer[1] - 1] not in ROLE_NOUNS and P.low[outer[1] - 2] not in ROLE_NOUNS:  # (a title may open it: "Senator Tom Obi")
            np = outer
    # "Sanders during a Sunday thanked", "Clinton, during a town hall in Columbus, said":
    # a phrase after a preposition is not the subject; the noun phrase before it is
    if np is not None and np[0] - 2 >= lo:
        b = np[0] - 1 if P.low[np[0] - 1] in _FEW else np[0]  # ("nine in ten voters": "ten" outside the phrase)
        link = P.low[b - 1]
        if link == "in" and b - 2 >= lo and _counted(P.low[b - 2]) and (_counted(P.low[b]) or (
            P.low[b] in _IN_THE_CROWD and P.low[np[1] - 1] not in _DAY_PARTS and (b - 3 < lo or P.low[b - 3] not in _AT_TIME)
        )):
            # "Six in 10 voters said": a share of them, not a phrase after "in"; "Two in the
            # crowd said": some of those there (not "at five in the morning")
            np = (b - 2, np[1])
        elif link == "of" and b == np[0] and _counted(P.low[b - 2]) and P.low[b] == "the":
            # "Five of the nine judges said", "one of the judges": the count of them speaks (not
            # "one of her ads", whose owner "her" stands for)
            np = (np[0] - 2, np[1])
    for _ in range(3):
        if np is None or np[0] - 2 < lo or P.low[np[0] - 1] not in _PP_HEADS:
            break
        k = np[0] - 2
        if P.low[k] == "," and k - 1 >= lo:
            k -= 1  # ", during a town hall in Columbus," an aside between subject and verb
        elif P.low[k] == "from" and k - 1 >= lo and P.kind[k - 1] == "w":
            k -= 1  # "Lawmakers from across the aisle said": "from" before the preposition
        outer = None
        if k - 1 >= lo and P.low[k] in _ASIDE_PARTICIPLES and P.low[k - 1] in DOCUMENTS:
            # "A group claim filed at the High Court alleges": the document the participle
            # hangs on, with the words before it back to its article
            j = k - 1
            while j - 1 >= lo and k - j < 4 and P.kind[j - 1] == "w" and not P.cap[j - 1] and P.low[j - 1] not in DETERMINERS:
                j -= 1
            if j - 1 >= lo and P.low[j - 1] in DETERMINERS:
                outer = (j - 1, k)
        if outer is None:
            outer = _np_backward(P, k, lo, False)
        if outer is None and k - 3 >= lo and P.low[k - 1] not in ROLE_LINKS and P.low[k - 2] in ROLE_LINKS and P.low[k - 3] in ROLE_NOUNS and (
            P.kind[k - 1] == "w" and not P.cap[k - 1] and P.low[k - 1] not in _PHRASE_STOPS and P.low[k - 1] not in DETERMINERS
        ):
            # "Families of elderly patients at Wanderrie Hospital say": a word describing the
            # bare plural after the group's link, as below
            k -= 1
        if outer is None and k - 2 >= lo and P.low[k - 1] in ROLE_LINKS and P.low[k - 2] in ROLE_NOUNS and P.kind[k] == "w" and (
            not P.cap[k] and P.low[k] not in _PHRASE_STOPS and P.low[k] not in DETERMINERS
        ):
            # "Workers at plants in Ohio said": a bare plural after the group's link, which
            # names no one alone; the group it hangs on with it, and the place after it, as
            # written ("Residents of towns along the Kambala-Masuri highway said", as the
            # inverted "…," workers at plants in Ohio said reads them too)
            group = _np_backward(P, k - 2, lo, False)
            if group is not None and group[1] == k - 1:
                np = (group[0], np[1])
                break
        if outer is None and k - 1 >= lo and P.kind[k] == "w" and P.low[k].endswith(("ing", "ed")):
            # "Protesters marching through the streets chanted": the phrase before the
            # participle that the preposition hangs on
            outer = _np_backward(P, k - 1, lo, False)
        if outer is None:
            break
        c = np[1] - 2
        while c > np[0] and P.low[c] != ",":
            c -= 1
        if c > np[0] and c + 1 < np[1] and all(P.cap[m] and P.kind[m] == "w" for m in range(c + 1, np[1])) and any(
            P.low[m] in ROLE_NOUNS for m in range(*outer)
        ):
            # "A spokesman for traders along the highway, Paul Zulu, said": the name in
            # apposition closes the whole phrase, the role's before the preposition
            np = (outer[0], np[1])
            break
        np = outer
    if np is None:
        if not P.cap[k] and k - 2 >= lo and P.kind[k] == "w" and "ing " in P.text[P.start[k - 4 if k - 4 > lo else lo] : P.end[k]]:
            # "A staff member handing out water said": one unnamed, described, then a
            # participle and its object before the verb; she speaks
            one = _unnamed_before_participle(P, k, lo)
            if one is not None:
                return one
    elif np[0] - 2 >= lo and P.low[np[0] - 1].endswith("ing"):
        if P.low[np[0] - 2] in ROLE_NOUNS and (
            P.low[np[0] - 2][-1] == "s" and P.low[np[0] - 1] not in _PREPOSITION_INGS and not P.cap[np[0] - 1]
        ):
            # "lawyers defending the city said", "workers building the stadium said": the
            # participle's object is not the subject; the group the participle hangs on is
            group = _np_backward(P, np[0] - 2, lo, False)
            if group is not None and group[1] == np[0] - 1:
                np = (group[0], np[1])
        elif not P.cap[k] and P.kind[k] == "w":
            # "A woman walking her dog said": one unnamed before the participle, not its object
            one = _unnamed_before_participle(P, k, lo)
            if one is not None:
                return one
    if np is not None and np[0] - 3 >= lo and P.kind[np[0] - 1] == "w" and not P.cap[np[0] - 1] and (
        P.low[np[0]] not in SUBJECT_PRONOUNS and P.low[np[0] - 1] not in CLAUSE_BREAKS
    ):  # (not "the nurses who treated her and Dr. Reyes said": a subject of its own after the and)
        # "Residents who live on Ashgrove Terrace say", "Parents whose children attend Hill
        # Road School said": the clause's object is not the subject; the noun the
        # relative clause hangs on (with no comma before its who) is
        for j in range(np[0] - 2, np[0] - 9 if np[0] - 9 > lo else lo, -1):
            w = P.low[j]
            if w == "who" or w == "whose":
                if w == "whose" and j == np[0] - 2:
                    break  # ("The school whose principal Dana Roe described …": the name is the principal)
                if P.kind[j - 1] == "w" and not P.low[j - 1] in SUBJECT_PRONOUNS:
                    outer = _np_backward(P, j - 1, lo, False)
                    if outer is not None and outer[1] == j:
                        np = outer
                        a = outer[0] - 1
                        if a - 1 >= lo and P.low[a] == "," and P.cap[a - 1]:
                            # "Marty Vell, a professor at Dunmore who …, called": the name
                            # the description is in apposition to
                            named = _np_backward(P, a - 1, lo, False)
                            if named is not None and named[1] == a and (named[0] == lo or P.kind[named[0] - 1] != "w") and all(
                                P.cap[m] or P.kind[m] != "w" for m in range(*named)
                            ):
                                np = named
                break
            if P.kind[j] != "w" or w in CLAUSE_BREAKS:
                break  # ("… who gained attention when he yelled": a clause of its own)
    if np is not None and np[0] - 2 >= lo and P.low[np[0] - 1] == "," and P.low[np[0]] in _AT_DETS and (
        np[1] + 1 < len(P.low) and P.low[np[1]] == "," and P.low[np[1] + 1] in _RELATIVES
    ):
        # "Cara Vell, the MP for Tallon Vale, who organised the letter, said": a description
        # in apposition, then its relative clause; the name the description follows speaks
        named = _np_backward(P, np[0] - 2, lo, False)
        if named is not None and named[1] == np[0] - 1 and (named[0] == lo or P.kind[named[0] - 1] != "w") and all(
            P.cap[m] and P.kind[m] == "w" for m in range(*named)
        ):
            np = named
    if np is not None and np[1] - np[0] == 2 and P.low[np[0]] in _DAY_NAMERS and P.low[np[0] + 1] in _WEEKDAYS:
        return None  # a day's name, "Ash Wednesday", "Black Friday": no one ("Shoppers out on Black Friday said")
    if np is not None and np[0] - 3 >= lo and P.low[np[0] - 2] in _CLOSE_WORDS and P.low[np[0] - 1] in _CLOSE_LINKS and (
        P.low[np[0] - 3] in SOMEONE or P.low[np[0] - 3] in ROLE_NOUNS
    ):
        # "Someone close to the mayor said", "Sources close to Ann Obi", "People familiar with
        # the talks": the one or ones unnamed speak, the one they are close to does not
        group = _np_backward(P, np[0] - 3, lo, False) if P.low[np[0] - 3] not in SOMEONE else (np[0] - 3, np[0] - 2)
        if group is not None and group[1] == np[0] - 2:
            np = (group[0], np[1])
    return np


_CLOSE_LINKS = frozenset({"to", "with", "on"})
# (of CLOSE_TO the words said of people only: "a website linked to a group called …" is a thing's)
_CLOSE_WORDS = frozenset({"close", "familiar", "briefed", "loyal", "near"})


def _close_to_after(P: Tokens, np: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """A phrase for someone unnamed or a group ending at np[1], then "close to X", "familiar
    with X": all of it, read forward (as np_backward reads it before a verb); the phrase as
    it was where no one or no group stands before the link, or nothing follows it."""
    e = np[1] if P.low[np[1] - 1] not in _CLOSE_WORDS or np[1] - 1 == np[0] else np[1] - 1  # (the link read into it: "sources close")
    if e + 2 < hi and P.low[e] in _CLOSE_WORDS and P.low[e + 1] in _CLOSE_LINKS and (P.low[e - 1] in SOMEONE or P.low[e - 1] in ROLE_NOUNS):
        rest = np_forward(P, e + 2, hi)
        if rest is not None and rest[0] == e + 2:
            return (np[0], rest[1])
    return None if P.low[np[0]] in SOMEONE else np


def _titled_maker(P: Tokens, k: int, lo: int) -> bool:
    """Whether the word at k is a maker described by a work's title before it, opening the
    subject: "the "Paper Moons" singer" (not the object of a link: "Fans of the "Salt Road"
    series"; nor a thing the title names, "the "Stop the Boats" slogan said it all")."""
    return k - 2 >= lo and P.kind[k - 1] == Q and P.low[k - 2] == "the" and P.kind[k] == "w" and not P.cap[k] and (
        k - 3 < lo or P.kind[k - 3] != "w" or P.low[k - 3] in _OPENING_LINKS
    ) and (P.low[k] in ROLE_NOUNS or P.low[k] in NAME_ROLES) and _quoted_title(P, k - 1)


def _quoted_title(P: Tokens, i: int) -> bool:
    """Whether the quotation token i is a title in capitals: "Paper Moons", "Glass Houses"."""
    words = P.text[P.start[i] : P.end[i]].strip(_QUOTE_EDGE).split()
    return 0 < len(words) <= 6 and words[0][:1].isupper() and all(w[:1].isupper() or w in _TITLE_SMALL for w in words)


_TITLE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from", "by"})


def _unnamed_before_participle(P: Tokens, k: int, lo: int) -> tuple[int, int] | None:
    """The indefinite description before a participle whose phrase of up to four small
    words ends at k: "A woman walking her dog", "a volunteer handing out leaflets"."""
    for j in range(k, k - 5 if k - 5 > lo else lo, -1):
        w = P.low[j]
        if P.kind[j] != "w" or P.cap[j] or w in CLAUSE_BREAKS:
            return None
        if w[-3:] == "ing" and len(w) > 4 and w not in _PREPOSITION_INGS and j - 1 >= lo:
            if P.low[j - 1] not in ROLE_NOUNS and P.low[j - 1] not in NAME_ROLES:
                return None
            one = _np_backward(P, j - 1, lo, False)
            if one is not None and one[1] == j and (P.low[one[0]] in ANON_DETS or P.low[one[0]] == "the") and (one[0] == lo or P.kind[one[0] - 1] != "w"):
                return one
            return None
    return None


def _relative_before(P: Tokens, lo: int, at: int) -> bool:
    return any(P.low[i] in _RELATIVE_WORDS for i in range(lo, at))


# (its own name: `_RELATIVES` below, without "whom", serves the apposition rules)
_RELATIVE_WORDS = frozenset({"who", "which", "whom"})


# the last words of a clause saying why a speaker goes unnamed: "who asked not to be named"
# (and the ends of a reason given at length, after the wish: "… because he was not authorised
# to speak to the media", "… as she was not allowed to speak publicly")
_UNNAMED_REASON_ENDS = frozenset({"media", "publicly", "press", "reporters", "journalists"})
_UNNAMED_ENDS = frozenset({"named", "identified", "anonymity", "anonymous"}) | _UNNAMED_REASON_ENDS


# -ing words that are prepositions, not a participle with an object ("officials including
# the mayor said")
_ONE_DETS = frozenset({"a", "an", "one", "another"})
# participles that say why a speaker goes unnamed, not which one speaks
_ANONYMITY_INGS = frozenset({"speaking", "asking", "declining", "requesting", "wishing", "preferring", "citing", "talking"})
# participles that say what the words answer or are about, not which one speaks ("said a
# spokesman referring to the strike"); "-thing" words are nouns ("said a teacher nothing more")
_ABOUT_INGS = frozenset({"referring", "commenting", "responding", "reacting", "replying", "answering", "addressing",
                         "describing", "explaining", "recalling", "discussing", "reflecting", "alluding"})
_PREPOSITION_INGS = frozenset({"including", "during", "according", "regarding", "concerning", "excluding",
                               "following", "pending", "considering", "notwithstanding", "barring", "involving"})


# past participles that open an aside after a document between it and its verb
_ASIDE_PARTICIPLES = {"filed", "signed", "published", "released", "sent", "written", "seen", "obtained", "lodged",
                      "submitted", "dated", "issued", "addressed", "drafted", "leaked", "posted", "shared",
                      # where a firm or a person is set: "Brightwell, based in Ferncastle, Ohio,
                      # said", "Vantor, headquartered in Lisbrae, said" (the place is no subject)
                      "based", "headquartered"}
# who leads, owns or made a body, in an aside after it: "The agency, headed by Ann Obi, said",
# "Acme, owned by the Obi family, said", "The group, founded in 2010, said"
_LED_PARTICIPLES = frozenset({"led", "headed", "chaired", "co-chaired", "run", "owned", "founded", "co-founded",
                              "backed", "funded", "formed", "established", "created", "launched", "managed",
                              "operated", "helmed", "sponsored"})


_PATRONYMS = frozenset({"bin", "bint", "binti", "ibn"})  # "Khalid bin Said"
_ARTICLE_OPENS = frozenset({"al-", "el-", "al‑", "el‑"})  # "Said al-Harthi"


# prepositions whose noun phrase is never a subject (not "after" or "before", which
# also open clauses: "after a woman told him")
_PP_HEADS = {"during", "in", "at", "on", "into", "over", "under", "near", "among", "amid", "despite", "through",
             "throughout", "inside", "outside",
             # "Residents across the country said": never a subject's first word (not
             # "around", which also counts: "around 200 residents said")
             "across",
             # and a road's or a coast's: "Residents along the Kambala highway have told …"
             "along"}


# last words of a place's name: "Lagos State", "Kisumu County", "Rift Valley"
_PLACE_HEADS = {"state", "county", "city", "province", "district", "region", "area", "town", "village", "island",
                "islands", "territory", "valley", "municipality", "ward", "lga", "parish", "borough"}


def _surname_may(P: Tokens, k: int, lo: int) -> bool:
    """Whether "May" at k is a surname, not the modal or the month: capitalised, right after
    a capitalised word that is not a sentence's first ("Theresa May said", "Mrs May added",
    "said Brian May"; not "In May the …", "Some May say")."""
    if not P.cap[k]:
        return False
    if k - 1 >= lo and P.kind[k - 1] == "w" and P.cap[k - 1]:
        w = P.low[k - 1]
        return w not in NON_NAMES and w not in DISCOURSE and w not in DETERMINERS and w not in _TIME_BEFORE
    # or alone before a verb of speech in the past, which neither a modal nor a month stands
    # before: "'…,' May said"
    if k + 1 < len(P.low) and P.kind[k + 1] == "w":
        return (cue := _cue(P, k + 1)) is not None and cue[0] == "past"
    # or alone after one, closing the clause: "'…,' said May." (a month there has "in")
    return k >= 1 and (k + 1 >= len(P.low) or P.low[k + 1] in _TERMINAL_OR_COMMA) and (
        P.low[k - 1] in SPEECH_VERBS and SPEECH_VERBS[P.low[k - 1]][0] == "past"
    )


# the verbs after a name with its 's that make it the subject ("Pellbury's said"), and the
# words after them that make the 's an "is" of a passive ("is said to be", "is told by")
_SAY_TELL = frozenset({"say", "tell"})
_PASSIVE_AFTER = frozenset({"to", "by"})


def _np_backward(P: Tokens, k: int, lo: int, skip_be: bool = False) -> tuple[int, int] | None:
    """np_backward's noun phrase ending at token k, without looking past a preposition."""
    for _ in range(2):
        k0 = k
        while k >= lo and P.kind[k] == "w" and (
            P.low[k] in ADVERBS or (skip_be and P.low[k] in BE) or (P.low[k].endswith("ly") and _ly_adverb(P, k))
        ) and not (P.low[k] == "may" and _surname_may(P, k, lo)) and not (
            # "George Will wrote", "Ann Still said": a capitalised word inside a sentence after
            # a capitalised one, before a verb in small letters, is a surname (not a Title Case
            # headline's "Trump Will Sign")
            P.cap[k] and P.low[k] in _SURNAME_ADVERBS and k > lo and P.cap[k - 1] and P.kind[k - 1] == "w" and k + 1 < len(P.low) and not P.cap[k + 1]
        ):  # (only the adverbs that are surnames: not "Pell Now says", a mis-cased line's)
            k -= 1
        if k > lo and P.low[k] in _DAYS and (
            (P.kind[k - 1] == "w" and (P.cap[k - 1] or P.low[k - 1] in ROLE_NOUNS))
            or (P.low[k - 1] == "." and k - 2 > lo and P.low[k - 2] in _NAME_END_ABBREVIATIONS and P.cap[k - 2])
        ) and (not P.cap[k] or P.low[k] in _WEEKDAYS) and not (
            P.low[k - 1] in _DAY_NAMERS and P.cap[k] and (k - 2 < lo or not P.cap[k - 2])
        ):  # (not a day's name: "marking Ash Wednesday", "on Good Friday"; but "Tom Black Friday said")
            # "Works Minister Rohan Maharaj-Clarke yesterday insisted", "Kessel Corp. Tuesday
            # said": the day sits between a subject and its verb and is no part of the name
            # (not after a verb: "a report released Tuesday said" is read below; and a
            # capitalised "Today" or "Tonight" after a capital ends a name: "USA Today said")
            k -= 1
        elif k - 1 > lo and P.low[k] in _DAYS and P.kind[k - 1] == "w" and not P.cap[k - 1] and (
            not P.cap[k] or P.low[k] in _WEEKDAYS
        ) and P.low[k - 1] not in _PHRASE_STOPS and P.low[k - 1] not in DETERMINERS and P.low[k - 1] not in _TIME_BEFORE:
            # "Lawyers for the family Monday said", "officials today said": the day after the
            # phrase in small letters, before its verb; and after a document's participle, the
            # document's: "the report released Monday said" is the report's
            k -= 1
            if P.low[k] in _ISSUED and P.kind[k - 1] == "w" and not P.cap[k - 1]:
                k -= 1
        if k > lo and P.low[k - 1] in _TIME_BEFORE:  # (the words _skip_time looks for, tested without a call)
            k = _skip_time(P, k, lo)
        if P.low[k] == "ago" and k - 3 >= lo:
            k = _skip_ago(P, k, lo)
        if k == k0:
            break  # (nothing skipped: a second round would skip nothing either)
    if k < lo:
        return None
    if P.low[k] in SUBJECT_PRONOUNS or (P.low[k] == "who" and k > lo and P.low[k - 1] == ","):
        return (k, k + 1)  # "she said", "Donald Trump, who proclaimed"
    if P.low[k] == "which" and k - 2 >= lo and P.low[k - 1] == "," and P.cap[k - 2] and not P.cap[k + 1]:
        # "…, Avegal, which called it "…"": a body's "which"; the name before it speaks
        # (not a thing's: "the plan, which called for …" names no one; nor an object's
        # before a subject: "Orlando, Florida, which Will claims affirmed "…"")
        named = _np_backward(P, k - 2, lo)
        if named is not None and named[1] == k - 1 and all(
            P.cap[m] or P.kind[m] != "w" for m in range(named[0] + (P.low[named[0]] == "the"), named[1])
        ) and not (named[0] > lo and P.low[named[0] - 1] in _PP_HEADS):
            # (not a place's or a page's: "a think tank in Washington, which called it …",
            # "a statement on Facebook, which said …": the which is the thing's before it)
            return named  # ("the Supreme Court, which called it …")
    name_start = name_end = None  # "Labour MP for Leeds East, Richard Burgon-Ward, said": the name in apposition
    for step in range(4):
        if k >= lo and P.low[k] == ")":
            j = k - 1
            while j >= lo and P.low[j] != "(" and k - j < 14:
                j -= 1
            if j < lo or P.low[j] != "(":
                return None
            k = j - 1
        elif k >= lo and (P.low[k] == "," or P.low[k] in DASHES or (P.kind[k] == Q and P.qend.get(k) == ",")):
            # (a title ending the apposition may hold its comma: the author of "Tidelines,")
            seps = DASHES if P.low[k] in DASHES else {","}
            j = k - 1
            quoted = False
            while j >= lo and P.low[j] not in seps and k - j <= 30:
                if P.kind[j] == Q and not (j > lo and P.low[j - 1] in _OF_TITLE):
                    quoted = True  # a quotation may name a book or show inside it: "the co-author of "Going Viral","
                j -= 1
            if quoted and not (j >= lo and P.low[j + 1] in ("who", "which", "whose")):
                return None  # (only a relative clause may hold a quote: ", who rates Kestrel "underperform",")
            if j >= lo and P.low[j] in seps and _apposition(P, j + 1, k):
                if step == 0 and seps == {","}:
                    if P.low[j - 1] in _RENAMED_RELATIONS and _for_owner(P, j - 1, lo):
                        pass  # "A spokeswoman for the mall's owner, Castlegate Properties, said": the owner's name
                    elif _bare_name(P, j + 1, k):
                        name_start, name_end = j + 1, k
                    elif not P.cap[j + 1] or P.low[k - 2] in _NAME_BODY_LINKS or P.low[k - 3] in _NAME_BODY_LINKS:
                        found = _name_in_apposition(P, j + 1, k)
                        if found:
                            name_start, name_end = found
                k = j - 1
                # "Cory Vance, 22, of Flint, Mich., said": a place is an apposition too
                c = k
                while c >= lo and k - c < 6 and P.kind[c] == "w" and P.low[c] not in ("of", "from"):
                    c -= 1
                if c > lo and P.low[c] in ("of", "from") and P.low[c - 1] == "," and all(P.cap[m] for m in range(c + 1, k + 1)):
                    k = c - 1
                else:
                    # "Swanson, who is a pastor at the church of Elizabeth, Colorado, said": the
                    # place closed a longer apposition
                    c = k
                    while c >= lo and k - c <= 30 and P.low[c] != "," and P.kind[c] != Q:
                        c -= 1
                    if c > lo and P.low[c] == "," and P.low[c + 1] == "whose" and name_end is not None and c + 2 < k + 1 and all(
                        P.low[m] in ROLE_NOUNS or P.low[m] in ROLE_ADJECTIVES for m in range(c + 2, k + 1)
                    ):
                        # "the Lobstermen's Alliance, whose president, Russ Tibbetts, called": he calls
                        return (name_start, name_end)
                    if c > lo and P.low[c] == "," and (P.low[c + 1] in ("who", "which", "whose") or (
                        k - c <= 3 and P.low[c + 1] in _ASIDES
                    ) or (k == c + 1 and P.low[k].isdigit() and len(P.low[k]) <= 3 and P.cap[c - 1])):
                        # (or an age before the aside: "Dinh Thi Lien, 41, whose house …, said")
                        k = c - 1  # ", meanwhile, who …,": two asides in a row
                    elif c > lo and P.low[c] == "," and P.low[c + 1] in DETERMINERS and step == 0:
                        # "Okafor, who spoke in Idofin, the state capital, on Monday, said": the
                        # place's own apposition, then the relative clause it ends
                        d = c - 1
                        while d >= lo and c - d <= 30 and P.low[d] != "," and P.kind[d] != Q:
                            d -= 1
                        if d > lo and P.low[d] == "," and P.low[d + 1] in ("who", "which") and P.cap[d - 1]:
                            k = d - 1
            else:
                return None
        else:
            break
    if k < lo or P.low[k].endswith(("'s", "’s")) and not (
        # (but a capitalised one right before "said" or "told" is a shop's or a firm's name,
        # or "has": "Pellbury's said it was "sorry"", as a colon intro reads it; not before a
        # word that may be a noun or an adjective: "Trump's remarks", "Obama's stated goal")
        P.cap[k] and k + 1 < len(P.low) and (cv := _cue(P, k + 1)) is not None and cv[0] == "past" and cv[1] in _SAY_TELL
        and (k + 2 >= len(P.low) or P.low[k + 2] not in _PASSIVE_AFTER)  # (not "is": "Obi's said to be "furious"")
    ):
        return None  # "Clinton's campaign": a possessive is not the subject
    end = k + 1
    i = k
    if k - 2 >= lo and P.low[k - 1] == "of" and (P.low[k] in _FEW or P.low[k].isdigit()) and P.low[k - 2] in _KIN:
        i = k - 2  # "a mother of four, Mrs Risikat Alabi, said": how many children she has
    while i >= lo:
        w = P.low[i]
        kind = P.kind[i]
        if kind == Q:
            if i + 1 == k and name_end is None and _titled_maker(P, k, lo):
                return (k - 2, end)  # "the "Salt Road" author said"
            break
        if kind == "p":
            if w == "." and i > lo and (i < k or (P.low[i - 1] in _NAME_END_ABBREVIATIONS and P.cap[i - 1] and (
                i + 1 == len(P.low) or not P.cap[i + 1] or P.low[i + 1] in _WEEKDAYS
            ))) and (P.low[i - 1] in ABBREVIATIONS or _INITIALS.match(P.low[i - 1])):
                # (and the stop of a firm's or a son's letters right before the cue: "Kessel
                # Corp. said sales were …", "Tom Pell Jr. said"; not before a capitalised cue,
                # which opens the next sentence: "… sold to Pell & Co. Said one neighbour: …")
                i -= 1
                continue
            if w in ("'", "’") and i > lo and i < k:
                if i - 1 > lo and i + 1 == k and P.kind[i - 1] == "w" and not P.cap[i - 1] and P.low[i - 1][-1:] == "s" and (
                    P.low[k] in BODY_HEADS and P.low[k] not in ROLE_NOUNS
                ):
                    i -= 2  # "Luxembourg's landlords' federation said": the members' body, whoever they are
                    continue
                i -= 1
                continue
            if w in ("”", '"') and i - 3 >= lo and i < k and P.cap[i - 1]:
                # Ramon “Bong” T. Villanueva, Danny "The Hammer" Ruiz: a nickname of a word to
                # three inside the name
                o = i - 2
                while o > lo and i - o <= 3 and P.cap[o] and P.kind[o] == "w":
                    o -= 1
                if o - 1 >= lo and P.low[o] in ("“", '"') and P.cap[o - 1] and P.kind[o - 1] == "w" and (i - o == 2 or k == i + 1):
                    # (one of several words stands right before the surname alone: not
                    # 'Westmark "Red Sox" Tom Pell', a team's name in marks)
                    i = o - 1
                    continue
            if w == "," and lo < i < k and P.cap[i + 1] and P.low[i + 1] in PORTFOLIOS and P.cap[i - 1] and P.low[i - 1] in PORTFOLIOS and _listed_portfolio(P, i, k):
                i -= 1  # "the Department for Environment, Food and Rural Affairs said": one body
                continue
            if w == "&" and lo < i < k and P.cap[i - 1] and P.cap[i + 1] and not _two_named(P, i):
                i -= 1  # "local brokerage Cabral & Roca Valores wrote": a firm's partners
                continue
            break
        if w in ("of", "for") and lo < i < k and P.cap[i - 1] and P.cap[i + 1] and P.low[i - 1] not in DISCOURSE:
            i -= 1  # "the Institute for Fiscal Studies", "the Bank of England"
            continue
        if w == "of" and i - 4 >= lo and i < k and P.low[i - 1] in _TOWN_KINDS and P.low[i - 2] == "the" and P.low[i - 3] in (
            "in", "at"
        ) and P.cap[i + 1] and P.cap[i - 4] and P.kind[i - 4] == "w":
            i -= 4  # "Vendors at Chimwala Market in the city of Mzinga have vowed": the town is where they are
            continue
        if w == "of" and i - 4 >= lo and i < k and P.low[i - 1] in _TOWN_KINDS and P.low[i - 2] == "the" and P.low[
            i - 3
        ] in ROLE_LINKS and P.low[i - 4] in ROLE_NOUNS and P.cap[i + 1]:
            i -= 4  # "The mayor of the city of Mzinga, Ann Hosk, said": the town's office holder
            continue
        if w == "and" and lo < i < k and P.cap[i - 1] and P.cap[i + 1] and (P.low[k] in BODY_HEADS or _portfolio_and(P, i, lo) or (
            P.low[i - 1] in COMPASS and P.low[i + 1] in COMPASS  # "the HSE West and North West said": one region
        ) or ((i + 1 == k or (k - i <= 4 and P.cap[k] and P.cap[i + 2])) and _members_and(P, i, lo)) or (
            i + 1 == k and _bodies_after_link(P, i, lo)
        )):
            i -= 1  # "the International Longshore and Warehouse Union", "Secretary for Transport and Logistics"
            # (and the members' body before a name: "the Union of Doctors and Pharmacists Tom Pell")
            continue
        if w == "that" and i < k and (P.cap[i + 1] or _plural_role(P.low[k])):
            break  # "said that Grayson said": "that" opens a clause, it does not point (nor
            # before the many: "a pattern that doctors said was …" is the doctors')
        if w in DETERMINERS and not (w == "no" and P.low[i + 1][:1].isdigit()) and not (  # "A No 10 spokesman"
            w == "an" and i == k and _given_an(P, i)  # ("Nguyen Thi An told": her given name)
        ):
            # "a spokesman for the campaign", "Xi Wenming of the Pacific Council": carry on
            # past a link to a role noun or a name
            if i - 2 >= lo and P.low[i - 1] in ROLE_LINKS:
                if P.low[i - 2] in ROLE_NOUNS or (
                    w == "the" and P.low[i - 1] in ("of", "at", "from") and P.cap[i - 2] and P.low[i - 2] not in DISCOURSE
                ):
                    i -= 2
                    continue
                if P.low[i - 2] == "one" and i - 4 >= lo and P.low[i - 1] == "of" and P.low[i - 3] in ROLE_LINKS and P.low[i - 4] in ROLE_NOUNS:
                    i -= 4  # "a spokesman for one of the families": the role, not the families
                    continue
            if w == "the" and i - 2 > lo and i < k and P.low[i - 1] == "and" and P.cap[i + 1] and P.cap[i - 2] and _bodies_after_link(P, i - 1, lo):
                i -= 2  # "Reporters from the Guardian and the Westmark Times said": both bodies the role's
                continue
            if i - 3 >= lo and P.low[i - 1] in ("to", "with", "on") and P.low[i - 2] in CLOSE_TO and P.low[i - 3] in ROLE_NOUNS:
                i -= 3  # "sources close to the star", "people familiar with the talks"
                continue
            if i - 3 >= lo and i < k and P.low[i - 1] == "the" and (w in _FEW or w.isdigit()) and P.low[i - 2] in ROLE_LINKS and (
                P.low[i - 3] in ROLE_NOUNS
            ):
                i -= 3  # "Leaders of the three unions", "mayors of the 12 towns": the role, and whose
                continue
            i -= 1
            break
        if P.cap[i] or w in ROLE_NOUNS or w in ROLE_ADJECTIVES or w[0].isdigit() or w in _FEW or (
            name_end is not None and w in NAME_ROLES
        ) or (
            # "the three Baltic states", "member states": the countries, a noun as _cue reads it
            w == "states" and i == k and i > lo and _cue(P, i) is None
        ) or (w == "family" and i == k and i > lo and P.cap[i - 1] and P.kind[i - 1] == "w") or (
            # "…, housing minister says", "the finance chief said": a portfolio before the role
            # is the role's (not a link word of a portfolio's name: "the", "and", "of")
            i < k and w in PORTFOLIOS and P.low[i + 1] in ROLE_NOUNS and w not in _PORTFOLIO_LINKS
        ) or (w == "prime" and i < k and P.low[i + 1] == "minister") or (  # ("India's prime minister said")
            i == k and i > lo and P.low[i - 1] in ("'", "’") and w in BODY_HEADS  # ("the landlords' federation")
        ):
            # (a job before a name in apposition is its role: "Pettigrew's solicitor, Anthony
            # Ferrante,"; and a named family speaks as one: "Mr Okafor-Reid's family said",
            # "The Dolan family said")
            if P.cap[i] and w in DISCOURSE and i < k and not (
                # "Khalid Said al-Harthi", "Omar bin Said": the given name Said inside a name,
                # after a capitalised word or a father's link (not opening the phrase)
                w == "said" and i > lo and P.kind[i - 1] == "w" and (P.low[i - 1] in _PATRONYMS or (
                    P.cap[i - 1] and P.low[i + 1][:3] in _ARTICLE_OPENS
                ))
            ) and not (w == "said" and _given_said(P, i, end)):
                break
            i -= 1
            continue
        if w in NAME_CONNECTORS and i > lo and (P.cap[i - 1] or P.low[i - 1] in NAME_CONNECTORS) and i < k:
            i -= 1  # "Rhun ap Gwyndaf", "Sian van der Berg"
            continue
        if (w in ROLE_LINKS or w == "representing") and i > lo and i < k and (P.low[i - 1] in ROLE_NOUNS or (w == "of" and not P.cap[i - 1] and (
            P.low[i - 1] in SEE_TITLES or P.low[i - 1] in NAME_ROLES or P.low[i - 1] in TITLES
        ))):
            # (and a title in small letters before "of" its place, "The bishop of Arden, Tom Pell,
            # said"; and whom a role speaks for, "A spokesman representing Kestrel Air said")
            i -= 1
            continue
        if w == "for" and i - 3 >= lo and i < k and P.low[i - 1] in _HOUSES and P.low[i - 2] == "of" and P.low[i - 3] in ROLE_NOUNS:
            i -= 3  # "the member of parliament for West Kolimbo, Hon. Derek Ruaia, says": a seat's holder
            continue
        if i < k and i - 1 > lo and P.low[i + 1] in ROLE_NOUNS and P.low[i - 1] in ("'", "’") and P.kind[i] == "w":
            i -= 2  # "The Greens' climate spokeswoman": the field between the owner and the role
            continue
        break
    if i == lo + 1 and i < k and P.cap[lo] and not P.cap[i] and P.kind[lo] == "w" and P.kind[i] == "w" and P.low[k][-1:] == "s" and (
        P.low[i + 1] in ROLE_NOUNS and P.low[lo] not in DISCOURSE and P.low[lo] not in ADVERBS and P.low[i] not in _PHRASE_STOPS
        and P.low[i].isalpha() and P.low[i] not in _CUE_WORDS
    ):
        i = lo - 1  # "Human rights groups accuse …": a capitalised word and a field's opening the sentence, then the many
    elif i > lo and i + 1 == k and not P.cap[i] and P.kind[i] == "w" and P.low[k][-1:] == "s" and P.low[k] in ROLE_NOUNS and (
        (i - 1 == lo and P.low[lo] in _OPENING_LINKS) or (P.low[i - 1] == "," and i - 2 == lo and P.low[lo] in _OPENING_LINKS)
    ) and P.low[i].isalpha() and P.low[i] not in _PHRASE_STOPS and P.low[i] not in _CUE_WORDS and P.low[i] not in DISCOURSE and (
        P.low[i] not in ADVERBS
    ):
        i -= 1  # "Meanwhile rights groups said", "But, aid groups warned": the field's word is the many's
    if i < k and P.cap[i + 1] and i >= lo and P.kind[i] == "w" and not P.cap[i]:
        # "Malin Fjällström of the trade body Gränshandelsrådet called": the person before
        # a body that a word or two describe
        for m in (1, 2):
            j = i - m + 1
            if j - 3 >= lo and all(P.kind[x] == "w" and not P.cap[x] and P.low[x] not in _PHRASE_STOPS for x in range(j, i + 1)) and (
                P.low[j - 1] == "the" and P.low[j - 2] in ("of", "at", "from") and P.cap[j - 3] and P.low[j - 3] not in DISCOURSE
            ):
                i = j - 3
                while i >= lo and P.kind[i] == "w" and P.cap[i] and P.low[i] not in DISCOURSE:
                    i -= 1
                break
    if i >= lo and P.kind[i] == "w" and P.low[i] not in _PHRASE_STOPS and not (
        SPEECH_VERBS.get(P.low[i]) and not _participle_after_det(P, i, lo, k)  # ("an emailed statement")
    ) and not (
        i + 1 < end and i + 1 <= k and P.cap[i + 1]
    ) and not (
        # "The court heard the man had shouted": a verb before the phrase's own determiner
        # ends the phrase (a link there carries on: "a volunteer with the Relief Network")
        P.low[i + 1] in _PHRASE_DETS and (P.low[i] in _IRREGULAR_PASTS or P.low[i].endswith("ed"))
    ):
        # "the transportation department": a modifier or two after a determiner (but not
        # "a way FBI Director James Comey slammed": a name opens a clause of its own)
        for j in (i - 1, i - 2, i - 3) if name_end is not None and (P.low[k] in ROLE_NOUNS or P.low[k] in NAME_ROLES) else (
            i - 1, i - 2
        ):
            # (three before a role with a name in apposition: "A former NGA warehouse
            # supervisor, Danilo Pacheco, testified")
            if j >= lo and P.low[j] in _PHRASE_DETS and all(
                P.kind[m] == "w" and (P.low[m] not in _PHRASE_STOPS or (P.cap[m] and P.low[m] in _GO_ON)) for m in range(j + 1, i + 1)
            ) and not (
                # (not "a" before the many: "a procedure critics say is …" is the critics', a
                # relative clause without its "that"; but "a dozen protesters")
                P.low[j] in _ONE_OF_A_KIND and _plural_role(P.low[k]) and _COUNT_WORDS.isdisjoint(P.low[j + 1 : i + 1])
            ):
                i = j - 1
                if j - 3 >= lo and P.low[j - 1] == "the" and (P.low[j] in _FEW or P.low[j].isdigit()) and P.low[j - 2] in ROLE_LINKS:
                    j -= 1  # "Residents of the four villages": the count after its "the"
                    i = j - 1
                if j - 2 >= lo and P.low[j - 1] in ROLE_LINKS:
                    if P.low[j - 1] == "of" and (h := _one_of_role(P, j, lo)) is not None:
                        i = h - 1
                        break
                    head_np = np_backward(P, j - 2, lo)
                    if head_np and head_np[1] == j - 1:
                        i = head_np[0] - 1  # "Crews on the Penwith ferry"
                break
    i0, i1 = _trim_np(P, i + 1, end)
    # (up to eighteen words for a role at a body named in full, whether or not the person's
    # name follows in apposition: "The Chairman of the logistics committee at the Barkat
    # Chamber of Commerce and Industry, Eng. Hamood Al Wahaibi, said")
    if (i1 - i0 > 12 and not (i1 - i0 <= 18 and _role_at_named_body(P, i0, i1))) or not _np_ok(P, i0, i1):
        if i1 == i0 and name_end is None and k - 2 >= lo and P.kind[k - 1] == Q and _titled_maker(P, k, lo):
            return (k - 2, end)  # "the "Paper Moons" singer, 29, said"
        found = _det_phrase_backward(P, k, lo)
        if found and name_end is not None:
            return (found[0], name_end)  # "Its director, Paul Johnstone, said"
        return found
    if name_end is not None and any(P.low[m] in ROLE_NOUNS or P.low[m] in NAME_ROLES or P.low[m] in SEE_TITLES or (
        P.low[m] in TITLES and not P.cap[m] and m + 1 < i1 and P.low[m + 1] == "of"  # ("The dean of Arden, Tom Pell, said")
    ) for m in range(i0, i1)):
        return (i0, name_end)  # (and a peer's title: "The Duke of Arden, Charles Weller, said")
    if name_start is not None and i0 - 1 >= lo and P.kind[i0 - 1] == "w" and not P.cap[i0 - 1] and (
        P.low[i0 - 1].endswith("ing") or P.low[i0 - 1] in _PP_HEADS
    ):
        # "the lawmaker representing Oke-Ilora Constituency in the state House of Assembly,
        # Hon. Segun Bello, described": the places are the participle's and the preposition's
        # objects; the name in apposition speaks
        return (name_start, name_end)
    if name_end is not None and i0 > lo and (P.low[i0] == "the" and P.cap[i0 + 1] and P.low[i0 - 1] in _NAME_BODY_LINKS) and (
        P.low[name_end - 1] not in _PLACE_HEADS
    ):
        # "the spokesman of the Ekanem chapter of the People's Alliance, Comrade Uduak Etim,
        # said": the body closes a longer role phrase, and the name in apposition speaks
        # (not a place: "of the Alliance, Lagos State, said")
        return (name_start, name_end)
    if name_start is not None and i0 > lo and P.cap[i0] and P.cap[i1 - 1]:
        # "the Executive Director of a civil society group, Centre for Accountability and
        # Good Governance (CAGG), Comrade Ifeanyi Udeh, said", "The chairman of the council
        # in Ogbaru, Anambra State, Chinedu Okonkwo, said": a body or a place set off by
        # commas between a role and the name in apposition; the name speaks
        b = i0 - 1
        while b > lo and i0 - b < 8 and P.kind[b] == "w" and (P.cap[b] or P.low[b] in _BODY_JOINS):
            b -= 1
        if P.low[b] == "," and b > lo and (not P.cap[b - 1] or P.low[i1 - 1] in _PLACE_HEADS) and all(
            P.cap[m] for m in range(i0, i1)
        ):
            return (name_start, name_end)
    return (i0, i1)


# determiners of one thing, and words that make them count many: "a dozen protesters", "a
# chorus of prominent critics"
_ONE_OF_A_KIND = frozenset({"a", "an", "another", "each", "every", "this", "that"})
_COUNT_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "couple", "handful", "number", "lot", "few",
                          "great", "good", "many", "score", "host", "group", "pair", "crowd", "team", "band", "of"})


def _plural_role(w: str) -> bool:
    """A role noun in the plural: "doctors", "critics", "pilgrims" (not "boss")."""
    return w[-1:] == "s" and w[-2:] != "ss" and w in ROLE_NOUNS


_BODY_JOINS = frozenset({"and", "for", "of", "&"})  # words inside a body's name ("Centre for Accountability and …")
_PORTFOLIO_LINKS = {"the", "and", "&", "of", "for"}
# the kinds of place whose name follows "the … of" inside a subject: "in the city of Mzinga"
_TOWN_KINDS = frozenset({"city", "town", "village", "district", "province", "region", "municipality", "state", "county",
                         "island"})
# a legislature written in lower case inside a member's office, before the seat's "for":
# "the member of parliament for West Kolimbo" (its capital "Member of Parliament" reads as a name)
_HOUSES = frozenset({"parliament", "assembly"})


def _members_and(P: Tokens, i: int, lo: int) -> bool:
    """The "and" at i joins the members a body's "of" names: "the Union of Regions and
    Farmers", "the Association of Builders and Carpenters" (one body; its last word is
    not a group that speaks), two plurals; not "Pat Obi of Westmark and Farmers Weekly"'s
    place, nor "the Ministry of Health and Kofi Mensah", a body and a person."""
    if not (P.low[i - 1].endswith("s") and P.low[i + 1].endswith("s")):
        return False
    j = i - 1
    while j > lo and i - j <= 3 and P.cap[j] and P.kind[j] == "w":
        j -= 1
    return j - 1 >= lo and P.low[j] == "of" and P.cap[j - 1] and P.low[j - 1] in BODY_HEADS


def _bodies_after_link(P: Tokens, i: int, lo: int) -> bool:
    """The "and" at i joins a second body to one that a role's link brings: "Reporters from
    the Guardian and Times", "staff at the Westmark Clinic and the Arden Hospice" (the many
    of both speak; not "Reporters from the Guardian and Tom Pell", a second subject)."""
    j = i - 1
    while j > lo and i - j <= 4 and P.cap[j] and P.kind[j] == "w":
        j -= 1
    return j - 2 >= lo and j < i - 1 and P.low[j] == "the" and P.low[j - 1] in ROLE_LINKS and P.low[j - 2] in ROLE_NOUNS


def _participle_after_det(P: Tokens, i: int, lo: int, k: int) -> bool:
    """Whether the speech word at i is a participle that describes the noun after it, after
    a determiner: "an emailed statement", "a written reply" (not "the state capital")."""
    cv = SPEECH_VERBS.get(P.low[i])
    return cv is not None and (
        (cv[0] in ("past", "part") and P.low[i].endswith(("ed", "en"))) or P.low[i] in _ING_MODIFIERS
    ) and lo < i < k and P.low[i - 1] in _NOUN_DETS


# speech words whose "-ing" after a determiner describes the noun after it: "the defending
# champion, Ann Obi, said" (a title holder, not one who defends anything)
_ING_MODIFIERS = frozenset({"defending"})


# a parent by the number of children: "a mother of four", "father of two"
_KIN = {"mother", "father", "grandmother", "grandfather", "parent", "widow", "widower"}
_FEW = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}


_IN_THE_CROWD = frozenset({"the", "my", "our", "his", "her", "their"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "year", "month", "week", "day", "race", "field"})
_AT_TIME = frozenset({"at", "by", "until", "till", "after", "before", "around", "about", "past", "since", "from", "to"})


def _counted(w: str) -> bool:
    """A count in figures or words: "10", "six"."""
    return w in _FEW or w.isdigit()
_PHRASE_STOPS = CLAUSE_BREAKS | {"that", "to", "is", "was", "are", "were", "has", "have", "had", "be", "not", "will",
                                  "would", "could", "should", "may", "might", "can", "must", "also", "did", "does",
                                  "do",
                                  # and "go on", which carries a subject on to its verb: "The
                                  # newsletter went on to say", "the note goes on:"
                                  "went", "goes", "go"}
_GO_ON = frozenset({"went", "goes", "go"})  # (not capitalised inside a phrase: "residents of the Went valley")
# determiners that can open a phrase naming a speaker ("the commission", "one insider")
_PHRASE_DETS = {"a", "an", "the", "one", "another", "some", "many", "several", "two", "three", "four", "both",
                "his", "her", "their", "its", "our", "my", "most", "other"}


def _role_at_named_body(P: Tokens, i0: int, i1: int) -> bool:
    """A long subject that is a role at a body named in full: "A senior official at the
    Ministry of Interior's General Department of Residency Affairs" (a determiner, a role
    of a word or two, a link, then only the body's capitalised words and their links)."""
    if P.low[i0] not in DETERMINERS:
        return False
    for m in range(i0 + 1, i0 + 4):
        if P.low[m] in ROLE_LINKS and P.low[m - 1] in ROLE_NOUNS:
            b = m + 2 if P.low[m + 1] == "the" else m + 1
            if b + 3 < i1 and P.low[b + 1] in ROLE_NOUNS and P.low[b + 2] in ROLE_LINKS and not P.cap[b]:
                # "of the logistics committee at the …": a committee of the body first
                b = b + 4 if P.low[b + 3] == "the" else b + 3
            return all(P.cap[x] or P.low[x] in _BODY_NAME_LINKS for x in range(b, i1)) and P.cap[i1 - 1]
    return False


_BODY_NAME_LINKS = {"of", "and", "for", "&", "on"}


def _one_of_role(P: Tokens, j: int, lo: int) -> int | None:
    """Where the role starts that "one of" and the determiner at j hang on: "A manager at
    one of the country's largest freight forwarders said" is the manager's (not the
    forwarders'); None when no role and link stand before the "one of"."""
    if j - 4 >= lo and P.low[j - 2] == "one" and P.low[j - 3] in ROLE_LINKS and P.low[j - 4] in ROLE_NOUNS:
        head_np = np_backward(P, j - 4, lo)
        if head_np and head_np[1] == j - 3:
            return head_np[0]
    return None


_COUNTED_TIMES = frozenset({"years", "months", "weeks", "days", "decades", "hours"})


def _counted_time(P: Tokens, i: int) -> bool:
    """Whether token i is a plural of time after a number, as a possessive's owner: "14
    years' service", "two decades' experience"."""
    return P.low[i] in _COUNTED_TIMES and i > 0 and (P.low[i - 1][:1].isdigit() or P.low[i - 1] in _FEW or P.low[i - 1] in (
        "many", "several", "few"))


def _det_phrase_backward(P: Tokens, k: int, lo: int) -> tuple[int, int] | None:
    """A determiner and a few words before a verb: "the commission", "the two"."""
    i = k
    if P.low[k].endswith(("'s", "’s")):
        return None
    # four words, or six across a link ("The peak body for gas producers")
    reach = 6 if not ROLE_LINKS.isdisjoint(P.low[lo if lo > k - 5 else k - 5 : k]) else 4  # (told in C)
    while i >= lo and k - i < reach and P.kind[i] == "w" and P.low[i] not in _PHRASE_STOPS and not (
        SPEECH_VERBS.get(P.low[i]) and not _participle_after_det(P, i, lo, k)  # ("an emailed statement")
    ):
        if i - 1 > lo and P.low[i - 1] in ("'", "’") and P.low[i - 2].endswith("s") and P.kind[i - 2] == "w" and (
            i < k or _counted_time(P, i - 2)
        ):
            # "the stewards' decision document": a plural owner's (and a time's counted, before
            # the verb: "One deckhand with 14 years' service said")
            i -= 2
            reach += 1
            continue
        if i < k and P.cap[i] and P.low[i].endswith(("'s", "’s")) and P.low[k] in DOCUMENTS:
            # "The Velmar Motor Federation's decision document said": a named owner's document
            j = i - 1
            while j >= lo and i - j <= 4 and P.kind[j] == "w" and P.cap[j] and P.low[j] not in DISCOURSE and P.low[j] != "the":
                j -= 1
            return (j if j >= lo and P.low[j] == "the" else j + 1, k + 1)
        if P.low[i] in _PHRASE_DETS and i < k:
            if i - 2 >= lo and P.low[i - 1] in ROLE_LINKS:
                if P.low[i - 1] == "of" and (h := _one_of_role(P, i, lo)) is not None:
                    return (h, k + 1)
                head_np = np_backward(P, i - 2, lo)
                if head_np and head_np[1] == i - 1:
                    return (head_np[0], k + 1)  # "Ferry workers on the … crossing"
            return (i, k + 1)
        if P.low[i] in DETERMINERS:
            return None
        i -= 1
    return None


def _det_phrase_forward(P: Tokens, j: int, hi: int) -> tuple[int, int] | None:
    """A determiner and a few words: "the retired neurosurgeon", "one well-connected Democrat"."""
    if j >= hi or P.low[j] not in _PHRASE_DETS:
        return None
    i = j + 1
    # (_cue asked only of the words it can say yes to: most here are not)
    while i < hi and i - j <= 4 and P.kind[i] == "w" and P.low[i] not in _PHRASE_STOPS and P.low[i] not in DETERMINERS and (
        P.low[i] not in _CUE_WORDS or not _cue(P, i)
    ):
        if P.low[i] in ADVERBS and i > j + 1 and i + 1 < hi and not P.cap[i] and P.low[i + 1] in _CUE_WORDS and _cue(P, i + 1):
            return (j, i)  # "…," the editorial board recently wrote: when it spoke, not who (not a
            # surname: "…," the writer Ann Still said)
        i += 1
    if i + 1 < hi and (P.low[i] == "'" or P.low[i] == "’") and P.kind[i + 1] == "w" and not P.cap[i + 1] and _counted_time(P, i - 1) and (
        P.low[i + 1] not in _PHRASE_STOPS and (P.low[i + 1] not in _CUE_WORDS or not _cue(P, i + 1))
    ):
        i += 2  # "said one deckhand with 14 years' service": the time counted is his
    if i < hi and P.kind[i] == "w" and (P.low[i] not in _CUE_WORDS or not _cue(P, i)) and P.low[i] not in _PHRASE_STOPS and P.low[i] not in (
        "who", "of", "for", "at", "in", "from", "with"
    ):
        return None  # the phrase runs into words that are not a verb of speech: not a subject
    return (j, i) if i > j + 1 else None


def _apposition(P: Tokens, a: int, b: int) -> bool:
    """Tokens a..b look like an apposition: ", a doctor," ", who …," "(R-Ky.)"."""
    if a >= b:
        return False
    w = P.low[a]
    return (
        w in DETERMINERS
        or (w.endswith("ing") and len(w) > 5)
        or w in ("who", "whose", "which", "himself", "herself", "speaking", "writing", "now", "then", "once", "formerly",
                 "also", "himself", "herself", "both", "each", "at", "in", "like", "of", "from", "for", "however",
                 "though", "meanwhile", "too", "instead", "again", "in", "by", "after", "before", "during", "with",
                 # a day set off last, after a longer aside: "Okafor, who spoke with journalists in
                 # Idofin, the state capital, on Monday, said"
                 "on",
                 # a concession set off by commas: "the senator, nevertheless, said"
                 "nevertheless", "nonetheless")
        or w in ROLE_NOUNS
        or w in ROLE_ADJECTIVES
        or P.cap[a]
        or w[0].isdigit()
        or w in _ASKED  # "Marchbank, asked whether he had put it that politely, laughed"
        or (w == "as" and b - a <= 8)  # "HMZ, as the president is widely known, accused"
        # a name written again in its own script, which has no capitals: "Kao Shu-fen (高淑芬) said"
        or (w[0].isalpha() and not w[0].islower())
    )


_ASKED = {"asked", "pressed", "questioned", "reached", "contacted", "interviewed", "challenged", "quizzed", "approached"}


def _according_to_him(P: Tokens, j: int, hi: int) -> tuple[int, int] | None:
    """An object pronoun alone after "according to": "who, according to him, "…"", a
    commonplace of West African and South Asian copy, set off by its comma (not "according
    to her lawyer", nor "according to her "clawback" plan")."""
    if j + 1 < hi and P.low[j] in ("him", "her") and P.low[j + 1] == ",":
        return (j, j + 1)
    return None


_ISSUED = frozenset({"issued", "released", "posted", "published", "signed", "sent", "shared", "put"})
_FROM_BY = ("from", "by")


def _according_to(P: Tokens, j: int, hi: int) -> tuple[int, int] | None:
    """Who speaks after "according to" at j: the phrase there, or the issuer of the paper it
    names ("according to a statement from the ministry", "according to a letter issued by
    Ann Obi": the ministry, Ann Obi; not "according to a statement", nor "according to
    police from the district")."""
    np = np_forward(P, j, hi) or _according_to_him(P, j, hi)
    if j >= hi:
        return np  # ("according to" closing the paragraph: nothing after it)
    w = P.low[j]
    if w not in ("a", "an", "the") and w not in DOCUMENTS and w not in NOUNABLE:
        return np
    for d in range(j, min(j + 4, hi)):
        if P.low[d] in DOCUMENTS or P.low[d] in NOUNABLE:
            b = d + 1
            if b + 2 < hi and P.low[b] == "on" and P.cap[b + 1]:
                b += 2  # "a post on X by Ann Obi"
            if b < hi and P.low[b] in _ISSUED:
                b += 1
            if b + 1 < hi and P.low[b] in _FROM_BY:
                by = np_forward(P, b + 1, hi)
                if by and P.low[b] == "from" and by[1] - by[0] == 1 and P.cap[by[0]]:
                    return np  # (not "a report from Lagos": one capitalised word after "from" is where as often as who)
                return by or np
            return np
        if P.kind[d] != "w" or P.cap[d]:
            return np
    return np


def _job_between(P: Tokens, j: int, i: int, hi: int) -> bool:
    """Whether the small word at i, after the capitalised words from j, is a job before a
    person's name of two or three words that closes the clause: "said Kestrel Air pilot
    Dana Roe", "said Harbour Times correspondent Omar Lisk" (not "said Kestrel Air on
    Monday", "said Ann Obi told Tom Pell")."""
    w = P.low[i]
    if P.kind[i] != "w" or not w.isalpha() or len(w) < 4 or w in _PHRASE_STOPS or w in DETERMINERS or w in NON_NAMES or (
        w[-2:] in ("ed", "ly") or w[-3:] == "ing" or w in _CUE_WORDS or w in ROLE_LINKS or w in _IRREGULAR_PASTS
    ):  # (a verb in the past is no job: "Ann Obi left Kessel Corp. Tuesday, saying …")
        return False
    for m in range(j, i):
        if P.kind[m] != "w" or not P.cap[m] or P.low[m] in DISCOURSE:
            return False
    e = i + 1
    while e < hi and P.kind[e] == "w" and P.cap[e] and e - i <= 4:
        e += 1
    return 2 <= e - i - 1 <= 3 and (e >= hi or P.low[e] in _TERMINAL_OR_COMMA)


# past tenses not ending in -ed: a verb after the subject, never a word of a role's field
# ("The minister met officials and said …": the minister speaks, not "the minister met
# officials"; -ed words are told by their ending)
_IRREGULAR_PASTS = frozenset({
    "met", "told", "sold", "sent", "led", "saw", "kept", "let", "made", "gave", "took", "found", "paid", "held",
    "won", "caught", "brought", "bought", "fought", "taught", "thought", "spent", "lost", "left", "became", "began",
    "chose", "drew", "drove", "ate", "flew", "knew", "rode", "ran", "rang", "sang", "sat", "stood", "spoke", "struck",
    "swore", "threw", "understood", "woke", "wore", "wrote", "heard", "meant", "read", "sought",
    # and pasts the same as their present: "Ann Obi quit Kessel Corp., saying …"
    "quit", "hit", "shut", "beat", "fled", "broke", "withdrew",
})


def np_forward(P: Tokens, j: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase starting at token j (the subject after an inverted verb)."""
    if j >= hi or P.kind[j] != "w":
        return None
    w = P.low[j]
    if w in SUBJECT_PRONOUNS:
        return (j, j + 1)
    if j + 3 < hi and P.low[j + 1] == "in" and _counted(w) and (_counted(P.low[j + 2]) or P.low[j + 2] in _IN_THE_CROWD):
        # '"…," six in 10 voters said', '"…," two in the crowd said': a share of them, as
        # np_backward reads it before a quote
        rest = np_forward(P, j + 3 if P.low[j + 2] in _FEW else j + 2, hi)
        if rest is not None and rest[0] <= j + 3 and P.low[rest[1] - 1] not in _DAY_PARTS:
            return (j, rest[1])
    if w in NON_NAMES and w not in DETERMINERS and not (w == "may" and _surname_may(P, j, j)):
        return None
    if w == "that" and j + 1 < hi and P.cap[j + 1]:
        return None  # "wrote that Taylor "had a tin ear"": a clause, not the writer
    if w in _PARTITIVES and j + 3 < hi and P.low[j + 1] == "of" and (P.low[j + 2] in _PHRASE_DETS or P.low[j + 2] in _BACK_DETS):
        # "…," one of the people said: the part and the group up to the verb ("one of those
        # colleagues texted": the group the text just named)
        e = j + 3
        while e < hi and e - j < 9 and P.kind[e] == "w" and not P.cap[e] and not _cue(P, e):
            e += 1
        if e > j + 3 and e < hi and _cue(P, e):
            return (j, e)
        if e > j + 3 and (e >= hi or P.kind[e] != "w" or P.low[e] in _RELATIVES) and P.low[e - 1] in ROLE_NOUNS:
            # "…," said one of the officials.: the group ends the clause; and the one named
            # after it in apposition is that one ("said one of the organisers, Pat Obi, on …")
            if e + 2 < hi and P.low[e] == ",":
                m = e + 1
                while m < hi and m - e <= 6 and P.kind[m] == "w":
                    m += 1
                if m > e + 2 and (m >= hi or P.low[m] in _TERMINAL_OR_COMMA) and _bare_name(P, e + 1, m):
                    return (j, m)
            return (j, e)
    i = j
    if w in DETERMINERS:
        if w == "an" and _given_an(P, j):
            return (j, j + 1)  # '"…," An said', '"…," said An.': her name (Nguyen Thi An's), no article
        i += 1
    while i < hi:
        w = P.low[i]
        kind = P.kind[i]
        if kind == Q:
            break
        if kind == "p":
            if w == "." and i > j and (P.low[i - 1] in _DOTTED or len(P.low[i - 1]) == 1 or (
                P.low[i - 1][1:2] == "." and _two_initials(P.low, i - 1)) or (P.low[i - 1] == "eng" and P._eng_title(i))
            ) and i + 1 < hi and P.cap[i + 1]:  # (the engineer's title: "said Eng. Hamood Al Wahaibi")
                i += 1
                continue
            if w == "." and i > j and P.low[i - 1][1:2] == "." and i + 1 < hi and _role_ahead(P, i + 1, hi):
                i += 1  # "said U.N. envoy Pat Obi", "said the E.U. trade chief": a body's initials, its role
                continue
            if w == "," and i > j and i + 1 < hi and P.cap[i + 1] and P.low[i + 1] in PORTFOLIOS and P.cap[i - 1] and P.low[
                i - 1
            ] in PORTFOLIOS and _listed_portfolio(P, i, hi):
                i += 1  # "according to the Ministry of Economy, Trade and Industry": one body
                continue
            if w in ("'", "’") and i > j and (P.low[i - 1].endswith("s") or P.low[i - 1] == "dato") and i + 1 < hi and (
                P.cap[i + 1] or _role_ahead(P, i + 1, hi)
            ):
                i += 1  # "said Pendle News' Ria Pascoe", "The Greens' climate spokeswoman" (and the
                # title "said Dato' Ali Hamid", Malaysia's with its apostrophe)
                continue
            if w in _NICK_MARKS and i > j and P.cap[i - 1] and i + 3 < hi and P.cap[i + 1] and P.kind[i + 1] == "w":
                # "UFT secretary-general Héctor "Tito" Barrionuevo told", "said Danny "The
                # Hammer" Ruiz": a nickname of a word to three inside a name
                e = i + 2
                while e < hi and e - i <= 3 and P.cap[e] and P.kind[e] == "w":
                    e += 1
                if e + 1 < hi and P.low[e] in _NICK_MARKS and P.cap[e + 1] and P.kind[e + 1] == "w" and (
                    e - i == 2 or e + 2 >= hi or not (P.cap[e + 2] and P.kind[e + 2] == "w")
                ):  # (one of several words, before the surname alone: not 'Westmark "Red Sox" Tom Pell')
                    i = e + 1
                    continue
            if w == "&" and i > j and P.cap[i - 1] and i + 1 < hi and P.cap[i + 1] and not _two_named(P, i):
                i += 1  # "said analysts at Cabral & Roca Valores": a firm's partners
                continue
            break
        if not P.cap[i] and w not in ROLE_NOUNS and w not in ROLE_ADJECTIVES and i > j and not (
            # (what _role_ahead says no to at its first word, told without the call: most
            # words here are the verb after a name, "Trump said")
            w in _PHRASE_STOPS or w in DETERMINERS or w.endswith("ed") or w in _IRREGULAR_PASTS or (
                w in _CUE_WORDS and w != "press" and _cue(P, i) is not None
            )
        ) and _role_ahead(
            P, i, hi, 5 if "-" in P.low[i - 1] and P.low[i - 1].endswith(COMPOUND_ADJECTIVES) else 3
        ) and (
            P.kind[i - 1] == "p" or P.low[j] in DETERMINERS or any(P.low[m].endswith(_POSSESSIVE_S) for m in range(j, i)) or (
                # (or a capitalised word or two of the field before the role and a name after
                # it: "said Olympic gold medallist Dana Reyes")
                i - j <= 2 and P.cap[j] and P.cap[i - 1] and _role_then_name(P, i, hi)
            )
        ):  # ("Harlan County's emergency management chief": a place's role)
            i += 1  # "The Greens' climate spokeswoman", "a senior harbour official": the role's field
            continue
        if (P.cap[i] and (w not in NON_NAMES or (w == "may" and _surname_may(P, i, j)) or (w == "an" and _given_an(P, i)))) or w in ROLE_NOUNS or w in ROLE_ADJECTIVES or w[0].isdigit() or (
            w in PORTFOLIOS and i + 1 < hi and P.low[i + 1] in ROLE_NOUNS and w not in _PORTFOLIO_LINKS
        ):  # (a portfolio before the role: "…, housing minister says"; a surname May: "said Theresa May")
            i += 1
            continue
        if i - j < 2 and not P.cap[j] and P.low[j] not in DETERMINERS:
            # "…," said agency hydrologist Martin Oyelaran.: the role's field, with no
            # article, its first or second word, before any name (not "said Ann Obi told
            # reporter Tess Abara")
            # (only where a role is among its three words: most have none, told in C)
            named = _role_then_name(P, i, hi) if not _ROLE_OR_NAME_ROLE.isdisjoint(P.low[i : i + 3]) else 0
            if named:
                i = named
                continue
        if i + 2 < hi and P.low[i + 1] in ("'", "’") and w[-1] == "s" and P.low[j] in DETERMINERS and (
            _role_ahead(P, i + 2, hi)
        ):
            i += 2  # "the hosts' coach", "the visitors' manager": a plural's role (the mark is read on above)
            continue
        if w in NAME_CONNECTORS and i > j and i + 1 < hi and (P.cap[i - 1] or P.low[i - 1] in NAME_CONNECTORS) and (
            P.cap[i + 1] or (P.low[i + 1] in NAME_CONNECTORS and i + 2 < hi and P.cap[i + 2])
        ):
            i += 1  # "said Ana Wirtz", "said Pieter van der Walt", "said Rosa de la Vega": particles run two deep
            continue
        if w not in _CUE_WORDS and P.cap[i - 1] and i > j and P.cap[j]:  # (most words here are the verb after the phrase)
            if w in NAME_ROLES and P.kind[i - 1] == "w" and not P.low[i - 1].endswith(_POSSESSIVE_S):
                i += 1  # "Arden Union boss quits: '…'": the body's boss, a role (not the body) speaks
                continue
            if i + 2 < hi and P.cap[i + 1] and P.cap[i + 2] and _job_between(P, j, i, hi):
                i += 1  # "said Kestrel Air pilot Dana Roe": the firm, her job, then her name
                continue
        if w == "and" and i > j:  # (the four readings of an "and" inside the phrase, asked only at one)
            if P.low[i - 1] in ROLE_NOUNS and i + 2 < hi and P.low[i + 1] not in DETERMINERS and (
                P.cap[i + 1] or P.low[i + 1] in ROLE_ADJECTIVES or P.low[i + 1] in ROLE_NOUNS
            ):
                i += 1  # "the Florida senator and Republican presidential candidate said"
                continue
            if P.cap[i - 1] and i + 1 < hi and P.cap[i + 1] and _portfolio_and(P, i, j):
                i += 1  # "said Minister of Trade and Industry Alan Brisco"
                continue
            if i > j + 2 and P.cap[i - 1] and i + 2 < hi and (
                (P.cap[i + 1] and not (P.cap[i + 2] and P.kind[i + 2] == "w")) or (P.low[i + 1] == "the" and P.cap[i + 2])
            ) and (
                _bodies_after_link(P, i, j)
            ):
                i += 1 if P.cap[i + 1] else 2  # "…," reporters from the Guardian and Times said
                continue
            if i > j + 1 and P.cap[i - 1] and i + 3 < hi and P.cap[i + 1] and P.low[i + 1].rstrip(".") in TITLES and (
                _office_then_title(P, j, i, hi)
            ):
                # "said the Minister of Health and Deputy Prime Minister Ana Roos": two offices,
                # the second before her name; she speaks, as the subject before a verb reads her
                return np_forward(P, i + 1, hi)
        if (w == "of" or w == "for") and i > j and P.cap[i - 1] and (P.low[i - 1] in BODY_HEADS or (
            # "said the Member of Parliament for North Arden, Jo Pike": a seat's holder, as
            # np_backward reads it
            w == "for" and P.low[i - 1] in _HOUSES and P.low[i - 2] == "of" and P.low[i - 3] in ROLE_NOUNS
        )) and i + 1 < hi and P.cap[i + 1] and (
            P.kind[i + 1] == "w"
        ):  # "said the Governor of the Bank of Westmark, Dana Wirth", "said the Institute for
            i += 1  # Fiscal Studies": the body's whole name
            continue
        if w == "of" and i > j and P.low[i - 1] in _KIN and i + 1 < hi and (P.low[i + 1] in _FEW or P.low[i + 1].isdigit()):
            i += 2  # "said a mother of four, Mrs Risikat Alabi": how many children she has
            continue
        if w in ROLE_LINKS and i > j and (P.low[i - 1] in ROLE_NOUNS or (
            # (or a capitalised title's "of": "said Chief Justice of Westmark D. Y. Chandran")
            # when a place and a name follow: not an office alone, "said Crown Prince of
            # Westmark", nor one set off by a comma after a name, ", Crown Prince of Khor Al
            # Reem and …")
            w == "of" and P.cap[i - 1] and (P.low[i - 1] in TITLES or P.low[i - 1] in NOBLE_TITLES) and j > 0 and P.low[j - 1] != "," and (
                _place_and_name(P, i + 1, hi)
            )
        ) or (
            # (or a peer's or a see's title after "the", its place its name: "said the Duke of
            # Westmark", "said the Bishop of Carrow")
            w == "of" and i == j + 2 and P.cap[i - 1] and P.low[i - 1] in SEE_TITLES and P.low[j] == "the" and i + 1 < hi and P.cap[i + 1]
        )) and i + 1 < hi and (
            P.cap[i + 1] or P.low[i + 1] in DETERMINERS or P.low[i + 1] == "staff"  # "chief of staff"
        ):
            if P.low[i + 1] == "the" and i + 2 < hi and P.kind[i + 2] == "w" and not P.cap[i + 2]:
                x = P.low[i + 2]
                if x in _LOCALITIES and _in_the_locality(P, i, hi):
                    i += 3  # "said a teacher in the area, wishing anonymity": where the one unnamed lives or works
                    continue
                if i + 4 < hi and P.low[i + 3] in ("'", "’") and x[-1:] == "s" and P.low[i + 4] in BODY_HEADS:
                    i += 5  # "a senior nurse in the outpatients’ department": the unit's owners, then the unit
                    continue
            if w in _WORK_LINKS and P.low[i + 1] in _AT_DETS:
                m = _place_end(P, i + 2, hi, w == "for")
                if m is not None:
                    # "one fund manager at a large UK insurer, who …", "said a spokeswoman for
                    # the bureau.": where the speaker works
                    i = m
                    continue
                if i + 2 < hi and (P.low[i + 2] in ("time", "moment") or P.low[i + 2] in _WHEN_WORDS and any(
                    P.low[x] in _WHEN_NOUNS for x in range(i + 3, min(hi, i + 5))
                )):
                    break  # "said a spokesman for the first time", "… for the past two weeks": when, not whom
            i += 2 if P.low[i + 1] in DETERMINERS else 1
            continue
        if i > j and w[-3:] == "ing" and P.low[i - 1][-1] == "s" and P.low[i - 1] in ROLE_NOUNS and w not in _PREPOSITION_INGS:
            # "…," lawyers defending the city said: a group the participle and its object
            # describe, up to the verb (the object is not the speaker)
            e = i + 1
            while e < hi and e - i <= 5 and P.kind[e] == "w" and P.low[e] not in CLAUSE_BREAKS and P.low[e] != "and" and not _cue(P, e):
                e += 1
            if e > i + 1 and e < hi and _cue(P, e):
                i = e
        break
    if i > j + 1 and i + 1 < hi and P.low[j] in _ONE_DETS and P.low[i][-3:] == "ing" and P.kind[i] == "w" and P.low[i - 1] in ROLE_NOUNS and (
        P.low[i] not in _PREPOSITION_INGS and P.low[i] not in _ANONYMITY_INGS and P.low[i] not in _ABOUT_INGS
        and P.low[i][-5:] != "thing" and not _cue(P, i)
    ):
        # "…," said a woman waiting at a tram stop.: the participle's phrase tells which one
        # (up to the sentence's end or a comma; not "a man speaking on condition of …")
        e = i + 1
        while e < hi and e - i <= 8 and P.kind[e] == "w" and P.low[e] not in CLAUSE_BREAKS and P.low[e] != "and" and not _cue(P, e):
            e += 1
        if e > i + 1 and (e >= hi or P.low[e] in _TERMINAL_OR_COMMA):
            return (j, e)
    if i == j + 1 and P.low[j] in DETERMINERS and i < hi and P.kind[i] == "w" and P.low[i] not in NON_NAMES and (
        i + 1 >= hi or P.kind[i + 1] != "w" or P.low[i + 1] in ("who", "of", "for", "at", "in", "from")
    ):
        if P.low[j] in ANON_DETS and _in_the_locality(P, i + 1, hi):
            return (j, i + 4)  # "said a schoolteacher of the area": where the one unnamed lives
        return (j, i + 1)  # "wrote one commenter."
    i0, i1 = _trim_np(P, j, i)
    if i1 < hi and i1 > i0 and "-" in P.low[i1 - 1] and P.low[i1 - 1].endswith(COMPOUND_ADJECTIVES):
        # "said the Singapore-based firm on Monday": the compound describes the words after it
        e = i1
        while e < hi and e - i1 < 4 and P.kind[e] == "w" and not P.cap[e] and P.low[e] not in _PHRASE_STOPS and (
            P.low[e] not in DETERMINERS and P.low[e] not in ROLE_LINKS and not _cue(P, e)
        ):
            e += 1
        i1 = e
    if not _np_ok(P, i0, i1) or i1 - i0 > 12:
        return _det_phrase_forward(P, j, hi)
    if P.low[j] in DETERMINERS and i1 < hi and P.kind[i1] == "w" and not _cue(P, i1):
        longer = _det_phrase_forward(P, j, hi)
        if longer and longer[1] < hi and _cue(P, longer[1]):
            return longer  # "the retired neurosurgeon said"
    if i1 + 2 < hi and P.low[i1] == "," and not _ROLE_OR_TITLE.isdisjoint(P.low[i0:i1]):  # (a role or a title among the words, told in C)
        # "The Governor of Ogunmola State, Dr Babatunde Adeyemi-Bakare, has …": the role
        # and the name in apposition to it
        m = i1 + 1
        while m < hi and m - i1 <= 7 and P.low[m] != "," and P.kind[m] != Q:
            m += 1
        if m == hi and m - i1 <= 8 and P.low[m - 1] in TERMINAL:
            m -= 1  # (or the name ends the sentence: "said a spokeswoman for the bureau, Ann Hosk.")
        if m < hi and P.low[m] in _TERMINAL_OR_COMMA and m > i1 + 1 and not (
            # (not a place closing it: "said an official at the ministry, Lagos State."; a
            # body there is whom the description speaks for, "a spokesman for Kessel Bank")
            P.low[m] != "," and P.low[m - 1] in _PLACE_HEADS
        ) and _bare_name(
            P, i1 + 1 + (P.low[i1 + 1].rstrip(".") in TITLES), m
        ):
            return (i0, m)
        # "…," said a mother of four, Mrs Risikat Alabi.: the name closes the sentence
        e = i1 + 1
        while e < hi and e - i1 <= 7 and (P.kind[e] == "w" or (P.low[e] == "." and P.low[e - 1] in ABBREVIATIONS)):
            e += 1
        if e < hi and e > i1 + 2 and P.low[e] == "." and P.low[e - 1] not in ABBREVIATIONS and len(P.low[e - 1]) > 1 and (
            # (not a place or body closing it: "said an official at the ministry, Lagos State.")
            P.low[e - 1] not in _PLACE_HEADS and P.low[e - 1] not in BODY_HEADS
        ) and (
            e + 1 >= hi or P.cap[e + 1] or P.kind[e + 1] == Q
        ) and _bare_name(P, i1 + 1 + (P.low[i1 + 1].rstrip(".") in TITLES), e):
            return (i0, e)
    if w == "." and i1 < hi and P.low[i1] == "." and P.low[i1 - 1] in _NAME_END_ABBREVIATIONS and P.cap[i1 - 1] and i1 - i0 > 1:
        # "…," said Kessel Corp.: a firm's or a son's stop stays with the name, as before the
        # cue ("Kessel Corp. said"), where it is also the sentence's; one name either side
        # (w, the word the loop stopped at, tells it first without a look-up)
        return (i0, i1 + 1)
    return (i0, i1)


def _office_then_title(P: Tokens, j: int, i: int, hi: int) -> bool:
    """Whether the words j..i are a capitalised office with its "of" or "for" ("the Minister
    of Health") and the words after the "and" at i a title, then a person's name of two
    words or more ("Deputy Prime Minister Ana Roos")."""
    m = i - 1
    while m > j and P.low[m] in PORTFOLIOS and P.low[m] != "of" and P.low[m] != "for":
        m -= 1  # (the portfolio's words: no name of the first office's holder, "Minister of Health Ana Roos and …")
    if m == i - 1 or not (P.low[m] == "of" or P.low[m] == "for") or not (P.cap[m - 1] and P.low[m - 1] in TITLES):
        return False
    e = i + 1
    while e < hi and e - i <= 8 and P.kind[e] == "w" and P.cap[e]:
        e += 1
    t = i + 1
    while t < e and (P.low[t] in TITLES or P.low[t] in ROLE_ADJECTIVES or P.low[t] in ROLE_NOUNS):
        t += 1
    # (an office of two words or more, "Deputy Leader"; one alone is how a second person is
    # addressed: "the Minister of Health and Dr Ann Hosk", "… and Senator Tom Pell")
    return t - i > 2 and e - t >= 2 and _bare_name(P, t, e)


def _two_named(P: Tokens, i: int) -> bool:
    """Whether the "&" at i joins two people's full names, "Ann Lee & Tom Obi", as "and"
    would (not a firm's partners, named by one word each: "Procter & Gamble", "Cabral &
    Roca Valores", "Goldman Sachs & Co")."""
    n = len(P)
    if i < 2 or i + 2 >= n or not (P.cap[i - 2] and P.kind[i - 2] == "w" and P.cap[i + 2] and P.kind[i + 2] == "w"):
        return False  # (most: a word alone on either side)
    for m in (i - 2, i - 1, i + 1, i + 2):
        w = P.low[m]
        if w in BODY_HEADS or w in _FIRM_WORDS or w in NON_NAMES:
            return False
    if P.low[i + 2].endswith(("'s", "’s")) or (i + 3 < n and P.low[i + 3] in ROLE_NOUNS):
        # (a pair's own, or the pair before a role: "Ann Lee & Tom Obi's lawyer said", "New
        # York Times & Washington Post reporters said")
        return False
    return i + 3 >= n or not (P.cap[i + 3] and P.kind[i + 3] == "w")  # (a third word: "Tom Obi Solicitors")


# words that end or fill a firm's name after its partners'
_FIRM_WORDS = {"co", "sons", "partners", "associates", "company", "brothers", "bros", "daughters", "inc", "ltd", "llp",
               "llc", "plc", "solicitors", "advocates", "attorneys", "lawyers", "consultants", "capital", "holdings"}


def _place_and_name(P: Tokens, a: int, hi: int) -> bool:
    """Whether three capitalised words or more (and initials' stops) start at a: a place
    and a name after an office's "of" ("Westmark D. Y. Chandran")."""
    words = 0
    while a < hi and (P.cap[a] and P.kind[a] == "w" or (P.low[a] == "." and words)):
        words += P.kind[a] == "w"
        a += 1
    if words >= 3:
        return True
    if words and a + 3 < hi and P.low[a] == ",":
        # or a place, then a name of two words to four set off by commas ("of Westmark,
        # Edward Hale,"), which np_forward's apposition takes
        b = a + 1
        while b < hi and b - a <= 5 and P.cap[b] and P.kind[b] == "w":
            b += 1
        return b - a >= 3 and b < hi and (P.low[b] == "," or P.low[b] in TERMINAL)
    return False


_AT_DETS = {"a", "an", "the"}
_NICK_MARKS = {'"', "“", "”", "'", "‘", "’"}  # (the marks about a nickname, left as marks by the quote finder)
# words after "for the" or "at the" that tell when the speaker spoke: "for the first time"
_WHEN_WORDS = {"first", "second", "third", "fourth", "fifth", "last", "next", "final", "past", "umpteenth", "same"}
_WHEN_NOUNS = TIME_WORDS | {"time", "times", "day", "days", "weeks", "months", "years", "nights", "hours", "moment"}
_WORK_LINKS = {"at", "for", "from", "with"}  # (not "of": "a member of the public")
_POSSESSIVE_S = ("'s", "’s")


def _place_end(P: Tokens, a: int, hi: int, served: bool = False) -> int | None:
    """Where a short phrase naming a workplace ends ("large UK insurer" in "… at a large UK
    insurer, who …"): up to four words that end the clause, before a comma, a full stop, a
    quotation or "who"; None when the words run on into a clause ("at a bank on Tuesday").
    With `served` (after "for"), the body or the people the speaker works for, who may be
    followed by where or when ("a lawyer for the family on Monday"), not "for the first time"."""
    m = a
    while m < hi and m - a < 4 and P.kind[m] == "w":
        w = P.low[m]
        if w in _PHRASE_STOPS or w in DETERMINERS or w in ROLE_LINKS or w in _RELATIVES or _cue(P, m) is not None:
            break
        m += 1
    if m == a:
        return None
    last = P.low[m - 1]
    if served:
        if (last in _WORKPLACES or last in ROLE_NOUNS or last in _CLIENTS) and (
            m >= hi or P.kind[m] != "w" or P.low[m] in _RELATIVES or P.low[m] in ROLE_LINKS or P.low[m] in _TIME_BEFORE
        ):
            return m
        return None
    if (m >= hi or P.kind[m] != "w" or P.low[m] in _RELATIVES) and last in _WORKPLACES:
        return m
    return None


# whom a lawyer or a spokesman speaks for, besides a body: "a lawyer for the family"
_CLIENTS = {"family", "families", "victim", "victims", "plaintiff", "plaintiffs", "defendant", "defendants", "accused",
            "prosecution", "defence", "defense", "estate", "claimant", "claimants", "petitioner", "petitioners"}


_RELATIVES = {"who", "whose", "which"}
# where an unnamed one lives or works, closing the description: "a teacher of the area"
_LOCALITIES = frozenset({"area", "region", "village", "town", "neighbourhood", "neighborhood", "district", "community",
                         "locality", "estate", "street"})
_LOCALITY_LINKS = frozenset({"in", "of", "from"})


def _in_the_locality(P: Tokens, i: int, hi: int) -> bool:
    """Whether tokens i… read "in the area" (of, from; village, district, …) ending the
    phrase: where an unnamed speaker lives or works ("a teacher in the area, wishing
    anonymity", "said a schoolteacher of the area")."""
    return (
        i + 2 < hi and P.low[i] in _LOCALITY_LINKS and P.low[i + 1] == "the" and P.low[i + 2] in _LOCALITIES
        and (i + 3 >= hi or P.kind[i + 3] != "w" or P.low[i + 3] in _RELATIVES)
    )
# what a speaker works at ("a trader at a large bank", "a source at the insurer"), not
# where or when they spoke ("a spokesman at a press conference", "the mayor at the time")
_WORKPLACES = BODY_HEADS | {
    "insurer", "insurers", "lender", "bank", "banks", "firm", "firms", "company", "companies", "broker", "brokerage",
    "manager", "investor", "consultancy", "retailer", "supermarket", "carmaker", "automaker", "airline", "operator",
    "charity", "embassy", "startup", "start-up", "factory", "plant", "mine", "miner", "clinic", "institution",
    "utility", "producer", "supplier", "developer", "builder", "maker", "chain", "newspaper", "publisher", "exchange",
    "regulator", "think-tank", "thinktank", "consultant", "consultants", "lab", "laboratory", "refinery", "port",
    "insurance", "pharmacy", "hedge", "fund", "funds", "agency", "agencies", "body", "outfit", "giant", "conglomerate",
}


def _role_ahead(P: Tokens, i: int, hi: int, reach: int = 3) -> bool:
    """A lower-case word or two, then a role noun: "climate spokeswoman", "health policy
    adviser"; with `reach`, up to that many words (after a compound that must describe a
    noun: "Singapore-based crude oil products trader")."""
    if P.low[i] == "service" and i > 0 and P.low[i - 1] == "press":
        return True  # "the ministry's press service": a body that speaks, as its press office does
    for m in range(i, hi if hi < i + reach else i + reach):
        w = P.low[m]
        if P.kind[m] != "w" or P.cap[m] or w in _PHRASE_STOPS or w in DETERMINERS:
            return False
        if w in ROLE_NOUNS:
            return True
        if w.endswith("ed") or (w in _CUE_WORDS and _cue(P, m) is not None):
            # "emailed supporters", "released a statement": a verb and its object (not the
            # noun "press" before its service or office)
            return w == "press" and m + 1 < hi and P.low[m + 1] in _PRESS_UNITS
    return False


_PRESS_UNITS = {"service", "office"}
_ROLE_OR_TITLE = frozenset(ROLE_NOUNS | TITLES | SEE_TITLES)
_ROLE_OR_NAME_ROLE = frozenset(ROLE_NOUNS | NAME_ROLES)  # (what _role_then_name needs among its words)


def _role_then_name(P: Tokens, i: int, hi: int) -> int:
    """Where the capitalised name starts when a lower-case word or two at i come before a
    role and that name, or the role stands at i itself (else 0):
    "agency hydrologist Martin Oyelaran", "county road engineer Tess Abara" (not "city
    officials", no name after them; nor "emailed supporters", "the agency")."""
    for m in range(i, i + 3 if i + 3 < hi else hi):
        w = P.low[m]
        if P.kind[m] != "w" or w in _PHRASE_STOPS or w in DETERMINERS or w.endswith("ed"):
            return 0
        if P.cap[m] and not (m > i and w in ROLE_NOUNS):
            return 0  # (a capitalised role after the field's word is a title: "panel Chairman Jo Pike")
        if (w in ROLE_NOUNS or w in NAME_ROLES) and m + 1 < hi and P.cap[m + 1] and P.kind[m + 1] == "w":
            return m + 1
    return 0


_BACK_VERBS = {"shot", "fired", "hit", "snapped", "struck", "wrote", "pushed", "pushes", "shoots", "fires", "hits"}


# what makes "states" the countries: a kind before it, or a count or "the" before a
# place's adjective ("the Gulf states", "three Baltic states", "member states")
_STATES_KINDS = {"member", "island", "nation", "city", "coastal", "neighbouring", "neighboring", "small", "frontline"}
_STATES_COUNTS = {"the", "two", "three", "four", "five", "six", "seven", "both", "all", "other", "several", "many", "some",
                  "these", "those", "of"}


def _many_before(P: Tokens, j: int) -> bool:
    """Whether token j, before "member states", "island states", reads them as many: a
    name ("EU"), a count or "the" (not "a letter from a council member states that …", one
    member and its verb)."""
    w = P.low[j]
    return (P.cap[j] and P.kind[j] == "w") or w in _STATES_COUNTS or w in ("its", "their", "our") or P.kind[j] != "w"


def _sentence_stop(low, i: int) -> int:
    """The index of the first sentence's end at or after i (len(low) when none; not the
    stop of "Dr." or "U.S.")."""
    for j in range(i, len(low)):
        if low[j] in TERMINAL and not (low[j] == "." and j > 0 and (low[j - 1] in ABBREVIATIONS or "." in low[j - 1] or len(low[j - 1]) == 1)):
            return j
    return len(low)


_UNDERLINES = frozenset({"underline", "underscore"})
_ODD_LEMMAS = _UNDERLINES | {"deny", "remind"}  # (the lemmas _odd_lemma tests)


def _cue(P: Tokens, k: int) -> tuple[str, str] | None:
    """(tag, lemma) when token k is a speech verb used as a verb."""
    low = P.low
    w = low[k]
    if w not in _CUE_WORDS:
        return None  # most tokens, tested first: the rules ask this of token after token
    kind = P.kind
    if kind[k] != "w":
        return None
    cv = SPEECH_VERBS.get(w)
    n = len(low)
    if cv is None:
        if w in _BACK_VERBS and k + 1 < n and low[k + 1] == "back":
            return ("past", "retort")  # "Hillary shot back", "fired back"
        if w in _FINDS and k > 0 and (low[k - 1] in _FINDERS or _finder_before(P, k)) and k + 1 < n and kind[k + 1] in ("w", Q) and not (
            # "the coroner found a note in his pocket that read "sorry"": the words written on
            # a thing found are not the finder's
            # ("found a handwritten note")
            k + 2 < n and low[k + 1] in ("a", "an") and any(x in _WRITTEN_THINGS for x in low[k + 2 : k + 4])
        ):
            # "The report found the system "deeply flawed"": what a document says (before its
            # object; closing a clause, "…," the court found., see _CLOSING_VERBS)
            return _FINDS[w]
        return None
    if k <= 0:
        # (the tests below that look at the words before it all need one: none here)
        if cv[1] in _ODD_LEMMAS:
            return _odd_lemma(P, k, cv)
        return cv
    prev = low[k - 1]
    if kind[k - 1] == "w" and P.cap[k]:
        return None  # "the United States", "The New York Post"
    if cv[1] in _ODD_LEMMAS and _odd_lemma(P, k, cv) is None:
        return None
    if k + 1 < n and low[k + 1] == "by" and cv[0] == "past" and k > 1 and low[k - 2] in _NOUN_DETS and kind[k - 1] == "w" and (
        not P.cap[k - 1] and prev not in BE and not prev.endswith("ly") and w != "said"
    ) and not (prev in ROLE_NOUNS and prev not in DOCUMENTS and prev not in NOUNABLE):
        # (not "said", whose "by" is the means: "…," a spokeswoman said by email; nor after
        # a person or a body, who speaks: "The company announced by press release that …",
        # "…," a resident quoted by the paper said)
        return None  # "the compensation promised by the minister was …": a participle after its noun
    if w == "states" and k > 1 and ((prev in _STATES_KINDS and _many_before(P, k - 2)) or (
        P.cap[k - 1] and low[k - 2] in _STATES_COUNTS
    )):
        return None  # a noun: "the three Baltic states warned", "EU member states said" (not "Smith states")
    if (prev in _NOUN_DETS or prev == "of") and not (prev == "an" and _given_an(P, k - 1)):
        return None  # a noun: "his claims", "the report", "a series of tweets" (not after "Nguyen Thi An")
    if k > 1:
        if low[k - 2] in _NOUN_DETS and _ly_word(prev):
            return None  # "a swiftly called meeting": a participle describing a noun
        if w in NOUNABLE:
            if low[k - 2] in _NOUN_DETS and prev not in DOCUMENTS:
                return None  # "a Twitter comment" (but "The filing states that …": a document's verb)
            if k > 2 and (prev == "%" or prev[:1].isdigit()) and _counted_noun(P, k):
                return None  # "the union's 6% claim", "a 2% offer": an amount makes the word a noun
            if prev in PARTY_WORDS and not prev.endswith("s") and (
                low[k - 2] not in DETERMINERS and low[k - 2] not in _NOUN_DETS
            ):
                return None  # "32% of Republican claims": the party word describes the noun (not "a Democrat claims")
    return cv


def _odd_lemma(P: Tokens, k: int, cv: tuple[str, str]) -> tuple[str, str] | None:
    """_cue's tests of the few verbs that are often no speech: "denied bail", "reminds
    visitors of", "underlines a need" (None for those, else `cv`)."""
    low = P.low
    n = len(low)
    if cv[1] == "deny" and k + 1 < n and low[k + 1] in _DENIED_THINGS and not (
        k + 2 < n and P.kind[k + 2] == Q
        and P.text[P.start[k + 2] + 1 : P.start[k + 2] + 12].split(" ", 1)[0].lower() in _CLAIM_VERBS
    ):
        # (still a cue where the quote goes on with the claim: "denied access "had been
        # blocked"", not "denied bail 'for his own safety'")
        return None  # "Man denied bail over 'road rage' stabbing": a thing refused him, no words denied
    if cv[1] == "remind" and "that" not in low[k + 1 : k + 5]:
        return None  # "reminding members that "…""; not "the mill reminds visitors of "the bad years""
    if cv[1] in _UNDERLINES and k + 1 < n and P.kind[k + 1] != "p" and low[k + 1] != "that" and (
        k == 0 or P.kind[k - 1] != Q  # ('"…," underscored Ada Price': inverted after the quote)
    ):
        return None  # "…," he underlined.; not "the turmoil underlines a need for …": a thing's
    return cv


def _counted_noun(P: Tokens, k: int) -> bool:
    """Whether the number before token k (with its %) follows a determiner or a possessive
    ("the union's 6% claim"), not a subject of its own ("45% claim they voted")."""
    j = k - 2 if P.low[k - 1] == "%" else k - 1
    if j < 1 or not P.low[j][:1].isdigit():
        return False
    w = P.low[j - 1]
    return w in _NOUN_DETS or w.endswith(("'s", "’s", "s'", "s’"))


# what one may be denied, after which "denied" says nothing: "denied bail", "was denied entry"
_DENIED_THINGS = frozenset({"bail", "entry", "access", "parole", "permission", "asylum", "visas", "visa", "leave",
                            "treatment", "admission", "boarding", "service", "benefits", "citizenship", "residency"})
# the verbs a denied claim's quote goes on with after its subject: "denied access "had been …""
_CLAIM_VERBS = frozenset({"was", "were", "had", "has", "have", "is", "are", "would", "will", "could", "did"})
# a document's verbs of its findings, cues only after its noun: "the audit found", "the study finds"
_FINDS = {"found": ("past", "find"), "finds": ("s", "find")}
_FINDERS = {"report", "study", "review", "audit", "inquiry", "investigation", "survey", "poll", "analysis",
            "paper", "document", "lawsuit", "ruling", "judgment", "judgement", "decision", "complaint", "filing",
            "panel", "tribunal", "court", "jury", "probe", "watchdog", "regulator", "ombudsman", "coroner",
            # the people whose trade is finding, whose findings are their report's: "Inspectors
            # found … that leaders had "lost sight" …", "investigators found", "auditors found"
            "inspector", "inspectors", "investigators", "auditors", "examiners"}
# the links after a finder's noun to what it is of or by: "The review of the scheme found",
# "The report by the Arden Health Board found"
_FINDER_LINKS = frozenset({"of", "by", "into", "from", "for", "on", "commissioned", "published", "released", "ordered"})


def _finder_before(P: Tokens, k: int) -> bool:
    """Whether the subject of "found" at k is a finder's noun, a link and a few words after
    it: "The review of the scheme found", "A report by the Arden Health Board found" (its
    article before it; no verb, comma or quote between)."""
    low = P.low
    for j in range(k - 2, k - 9 if k - 9 > 0 else 0, -1):
        w = low[j]
        if P.kind[j] != "w":
            return False
        if w in _FINDERS:
            # (the article opening the clause: not "Officers investigating the report of a
            # fire found the house …", the report the object of a verb before it)
            # (nor "Firefighters responding to a report of a fire found …", a preposition before
            # it; nor "The investigation into the death of Tom Pell found …", a name after a
            # second link, who is what it is of)
            return low[j + 1] in _FINDER_LINKS and j > 0 and low[j - 1] in _NOUN_DETS and (
                j == 1 or P.kind[j - 2] != "w" or low[j - 2] in TERMINAL or (low[j - 2] in DISCOURSE and low[j - 2] not in ROLE_LINKS)
            ) and not any(
                (low[i] in _FINDER_LINKS or low[i] in ROLE_LINKS) and any(P.cap[i + 1 : k]) for i in range(j + 2, k - 1)
            )
        if w in CLAUSE_BREAKS or w in _CUE_WORDS or w in BE:
            return False
    return False


# (not "sign": "the study found a sign that the drug works" is its finding)
_WRITTEN_THINGS = {"note", "letter", "message", "email", "e-mail", "text", "diary", "notebook", "card", "document",
                   "memo", "folder", "video", "recording", "photo", "photograph"}
_CUE_WORDS = frozenset(SPEECH_VERBS) | _BACK_VERBS | frozenset(_FINDS)  # the words _cue can say yes to
_CUE_OR_ACCORDING = _CUE_WORDS | {"according"}  # the words _head_cues stops at
_NAMED_AS = True
_HE_SHE_THEY = frozenset({"he", "she", "they"})
_WORDS_NOUNS = {"verdict", "editorial", "response", "message", "letter", "memo", "headline", "advice", "column",
                "op-ed", "reaction", "view", "take", "speech", "testimony", "ruling", "email", "e-mail"}
_THEIR = {"his", "her", "their", "my", "our", "its"}
_CAPTION_WORDS = {"caption", "captioned", "captioning", "hashtag"}
# what one does with a picture one captions: "shared a photo … with the caption"
_POSTING_VERBS = {"shared", "posted", "uploaded", "shares", "posts", "published", "tweeted", "captioned"}
_NOUN_DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "your"}


_WHAT_WHICH = frozenset({"what", "which", "that"})


def _quoted_name(P: Tokens, t: int) -> bool:
    """Whether the quote at t is a name, a few words each capitalised after an article
    ("Artemis III", "the Nova", "Project Dawn")."""
    words = P.text[P.start[t] : P.end[t]].strip(_QUOTE_EDGE).split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


_QUOTE_EDGE = "\"'“”‘’«» .,;:!?"


def _with_role_named(P: Tokens, i: int, lo: int) -> tuple[int, int] | None:
    """The name ending at token i set off by commas after a role that "with" opens: "with
    the head of the General Labour Confederation (CGTF), Martine Roussel-Dagorn, promising
    …" (the name in apposition is the one who promises; an absolute "with" after a comma
    or opening the sentence, or after a quote that ends on its comma: "…," with the head of
    the budget office, Dana Whitfield, promising "…"; not a verb's: "She met with the mayor,
    Ann Obi, saying …")."""
    if not P.cap[i] or "with" not in P.low[i - 24 if i - 24 > lo else lo : i]:
        return None  # (the cheap tests first: a name, a "with" within reach)
    np = np_backward(P, i, lo)
    if np is None or np[0] - 3 < lo or P.low[np[0] - 1] != "," or not all(P.cap[j] for j in range(*np)):
        return None
    j = np[0] - 2
    stop = np[0] - 16
    while j >= lo and j > stop and P.low[j] != "with":
        if P.low[j] in _CLAUSE_ENDS and P.low[j] != ")":
            return None  # (another comma or a full stop: no one phrase from "with")
        j -= 1
    if j < lo or j <= stop or (j > lo and P.low[j - 1] != "," and not (P.kind[j - 1] == Q and P.qend.get(j - 1) == ",")) or P.low[j + 1] not in _NOUN_DETS or not any(P.low[m] in ROLE_NOUNS for m in range(j + 2, np[0] - 1)):
        return None
    return np


# (what _passive needs before the verb: its callers test it first, most verbs have neither)
_ADVERB_OR_BE = frozenset(ADVERBS | BE)


def _passive(P: Tokens, k: int, lo: int) -> bool:
    b = k - 1
    while b >= lo and P.low[b] in ADVERBS and P.low[b] not in BE:
        b -= 1
    return b >= lo and P.low[b] in BE


def _told_other(P: Tokens, k: int, lo: int) -> bool:
    """Whether the one told at k is another than the reporter: "said the club had been told"
    (not the reporter's own clause: "said she called on Tuesday and was told")."""
    b = k - 1
    while b > lo and (P.low[b] in _ADVERB_OR_BE or P.low[b] in _HAD):
        b -= 1
    return P.low[b] not in SUBJECT_PRONOUNS and P.low[b] not in ("and", "but", "then")


def _earlier_cue(P: Tokens, lo: int, k: int) -> bool:
    """Whether a verb of speech with its own subject stands in [lo, k): "She added that …",
    "the union said …" (not a passive one, nor a participle's)."""
    for i in range(k - 1, lo, -1):
        cv = _cue(P, i)
        if cv is not None and cv[0] in ("past", "s") and not (i > lo and P.low[i - 1] in _ADVERB_OR_BE and _passive(P, i, lo)):
            return True
    return False


_ONE_OF = frozenset({"one", "two", "three", "some", "several", "many", "most", "each", "none", "few"})


def _by_agent(P: Tokens, k: int, hi: int) -> tuple[int, int] | None:
    if k + 1 < hi and P.low[k + 1] == "by":
        if k + 4 < hi and P.low[k + 2] in _ONE_OF and P.low[k + 3] == "of":
            # "accused by one of their own backbenchers of "…"": the part of the group that
            # did it, with the group
            group = np_forward(P, k + 4, hi)
            if group is not None and group[0] == k + 4:
                return k + 2, group[1]
        return np_forward(P, k + 2, hi)
    return None


def _teller(P: Tokens, np: tuple[int, int]) -> bool:
    """Whether the phrase after a quote's "by" names one who tells: a name, a role or a body
    ("by Tom Pell", "by a manager", "by managers", "by police"), not a means or a time ("by
    letter", "by the end of the day", "by the time she arrived")."""
    w = P.low[np[1] - 1]
    if np[1] - np[0] == 1 and not P.cap[np[0]]:
        return w == "police" or _role_plural(w)  # (a bare noun: "by phone", "by letter")
    return P.cap[np[1] - 1] or w in ROLE_NOUNS or w in BODY_HEADS or _role_plural(w)


def _role_plural(w: str) -> bool:
    """Whether a lower-case word is a role's plural: "managers", "officials"."""
    return w[-1:] == "s" and w[:-1] in ROLE_NOUNS


_COLUMN_OWNERS = frozenset({"your", "my", "our"})


# the charges before "accused" that make it a noun, a defendant's description: "murder accused"
_CHARGES = frozenset({"murder", "rape", "fraud", "terror", "manslaughter", "assault", "drugs", "drug", "theft", "arson",
                      "stabbing", "bomb", "abuse", "kidnap", "kidnapping", "robbery", "burglary", "bribery", "corruption",
                      "sex", "killing", "trafficking", "graft", "spy", "hacking", "riot", "poisoning", "shooting"})


# the one accused, after the verb, that a charge before it does not make a noun: "Critics
# of the drug accused him of …"
_ACCUSED_OBJECTS = frozenset({"him", "her", "them", "us", "me", "you", "it"})


def _accused_of(P: Tokens, k: int, t: int) -> bool:
    """Whether "accused" at k reaches the quote at t through its object set off by commas
    and its "of": "accused a private company, Nile Crest Minerals Ltd, of using its licence
    to "…"" (two commas round the object's name at most, no other break, no quote)."""
    if t - k > 30:
        return False
    commas = 0
    of = False
    for i in range(k + 1, t):
        w = P.low[i]
        if w == ",":
            if of:
                return False
            commas += 1
        elif w == "of":
            of = True
        elif w in CLAUSE_BREAKS or P.kind[i] == Q:
            return False
    return of and commas <= 2


def head(P: Tokens, t: int, s0: int) -> Found | None:
    """Attribution from the words before the quote in its sentence."""
    if t - 1 >= s0 and P.low[t - 1] == ":":
        if t - 3 > s0 and not _AFFECTS.isdisjoint(P.low[s0 : t - 1]):
            got = _affected_speaker(P, s0, t - 1)
            if got is not None:
                return got if got.mention is not None else None
        # "Trump: "…"": a name and a colon opening the sentence
        np = np_backward(P, t - 2, s0)
        if np and np[0] == s0 and not _cue_inside(P, s0, t - 1):
            if P.low[s0] in _COLUMN_OWNERS and P.cap[s0 + 1]:
                return None  # "Your Money: "Should I …?"", "My View:": a column's name, nobody's
                # (a name's capital after "my": "My father: "…"", "Our correspondent:" speak)
            if len(P.low[np[1] - 1]) == 4 and P.low[np[1] - 1].isdigit():
                return None  # "Budget 2027: 'A missed opportunity'", "Euro 2028:": a topic and its year
            return Found(_span(P, *_name_on_topic(P, *np)), (P.start[t - 1], P.end[t - 1]), "colon-name")
        if np and np[0] - 1 > s0 and (
            P.low[np[0] - 1] in DASHES or (P.low[np[0] - 1] == "from" and P.low[np[0] - 2] == "more")
        ) and not _cue_inside(P, np[0], t - 1):
            # a round-up's "Polls tighten in Iowa - Jan Ostrow: "…"", "More from the report: "…""
            return Found(_span(P, *np), (P.start[t - 1], P.end[t - 1]), "credit-colon")
    if Q in P.kind[s0:t] and t - 1 > s0 and (P.low[t - 1] in DASHES or P.low[t - 1] in (",", ":")):
        # "When Ruth asks, '…?', Ada's reply – '…' – is a joke": the verb before the earlier
        # quote is that quote's; the one whose answer this is, right before it, speaks it
        # (a reply only: "in her words" after an earlier quote may still be the quoted one's;
        # and a reply set off, not one called something: ""…," Lee said, calling Reyes's
        # response "a disgrace"" is Lee's word for it)
        got = _possessive_claim(P, t, s0, _REPLY_NOUNS)
        if got is not None:
            q = t - 1
            while P.kind[q] != Q:
                q -= 1
            if not _cue_inside(P, q + 1, P.start.index(got.mention[0], q + 1, t)):
                return got  # (not the rest of a quote whose verb came after its first part:
                # ""That is untrue," Lee said of Reyes's response, "and the figures prove it."")
    # (most quotes have no "as" before them: told in C, without the call)
    got = _as_says(P, t, s0) if "as" in P.low[s0 if s0 > t - 48 else t - 48 : t] else None
    if got is None and P.low[s0] == "as":
        # "As Obi put it to me when we were writing it up, "…"": the one who put it, not
        # the subject of a clause between ("we … writing")
        got = _as_clause(P, t, s0)
        if got is not None and got.how != "put-it":
            got = None
    # (_as_clause finds only an "it" just before the quote, an "as" opening the sentence or
    # "words" before the quote: most sentences have none, told without the call)
    got = got or _head_cues(P, t, s0) or (_as_clause(P, t, s0) if (
        P.low[s0] in _AS_OPENERS or "it" in P.low[s0 if s0 > t - 3 else t - 3 : t] or "words" in P.low[s0 if s0 > t - 12 else t - 12 : t]
    ) else None)
    if got is not None:
        return got
    # (a reply after an earlier quote only as above: not ""Nonsense," said Lee, asked about
    # Reyes's answer, "he has had a year"")
    # (a claim's noun right after the quote or among the three words before it, told in C:
    # most quotes have none)
    got = _possessive_claim(P, t, s0, _CLAIM_NOUNS if Q in P.kind[s0:t] else ()) if (
        (t + 1 < len(P.low) and P.low[t + 1] in _OWN_CLAIM_NOUNS) or not _CLAIM_OR_REPLY.isdisjoint(P.low[s0 if s0 > t - 3 else t - 3 : t])
    ) else None
    if got is not None:
        return got
    if t - 1 > s0 and P.low[t - 1] in _CAPTION_WORDS and P.kind[t - 1] == "w":
        # "Reyes shared a photo of the dock with the caption "Day 9. Still here."": whoever
        # posts the picture wrote its caption
        for v in range(t - 2, s0, -1):
            if P.low[v] in _POSTING_VERBS:
                subj = np_backward(P, v - 1, s0)
                if subj is None or subj[1] != v:
                    break
                a = subj[0]
                while a > s0 and subj[0] - a < 4 and P.kind[a - 1] == "w" and not P.cap[a - 1]:
                    a -= 1  # "fisher and school trustee Tomas Reyes": the rest of the role
                if a <= s0 + 2 or _fronted(P, s0, a):
                    return Found(_span(P, *subj), (P.start[v], P.end[v]), "caption")
                break
    if t - 1 > s0 and P.low[t - 1] == ":":
        # "Sanders delivered a snappy retort: "…"": the sentence's subject speaks
        subj = _clause_subject(P, s0, t - 1)
        if subj and (subj[0] <= s0 + 2 or _fronted(P, s0, subj[0])) and not (
            P.low[s0] == "asked" and subj[0] > s0 + 2 and _words_head(P.low[subj[1] - 1])
        ):  # ("Asked whether …, his reply was short: "…"": the reply is no speaker)
            w = P.low[subj[1]] if subj[1] == t - 2 else ""
            if w and P.kind[subj[1]] == "w" and not P.cap[subj[1]] and not w.endswith(("ed", "s")) and (
                w not in ROLE_NOUNS and w not in NAME_ROLES and w not in BODY_HEADS
            ) and not (
                w in NOUNABLE or w in _CLAIM_NOUNS or w in _WORDS_NOUNS
                or any(x.endswith(("'s", "’s", "s'", "s’")) or x in _THEIR for x in P.low[subj[0] : subj[1]])
            ):  # (but one's words are one's: "Smith's verdict: …", "WSJ editorial: …")
                return None  # a topic and no verb: "Kirtoni erosion: 'We have nowhere left to go'"
            if subj[0] == s0 and P.low[s0] in SPEECH_VERBS_PUT_FIRST and P.cap[s0]:
                # "Warned the mayor: "…"", "Continued Obi: "…"": a verb of speech put first, no
                # subject of its own, then its speaker (as _head_cues reads "Added the mayor:
                # "…"" for the verbs whose sense is always speech); the verb alone is no one
                if subj[1] == s0 + 1:
                    subj = np_forward(P, s0 + 1, t - 1)
                    if subj is None or (subj[1] != t - 1 and P.low[subj[1]] != ","):
                        return None  # (an aside may follow: "Replied the minister, stony-faced: …")
                if not _np_ok(P, s0 + 1, subj[1]) and not _inverted_speaker(P.low[subj[1] - 1]):
                    return None  # its object, not its speaker: "Stressed the point: …", "Recalled the day: …"
                return Found(_span(P, s0 + 1, subj[1]), (P.start[s0], P.end[s0]), "head-inverted")
            v = P.low[subj[1] - 1]
            if subj[1] - subj[0] > 1 and subj[1] == t - 1 and (v == "read" or (SPEECH_VERBS.get(v) or ("",))[0] in ("past", "s")):
                # "Two residents spoke. One said: "…"", "A card read: "…"": the verb is no part of
                # its subject; and "One read:" says only that one of the cards or signs did
                subj = (subj[0], subj[1] - 1)
                if v == "read" and subj[1] - subj[0] == 1 and P.low[subj[0]] == "one":
                    return None
            for m in range(subj[0] + 1, subj[1]):
                if P.cap[m] and P.cap[m - 1] and (SPEECH_VERBS.get(P.low[m]) or ("",))[0] == "s":
                    # a Title Case headline's "Maren Oakes Says She …: '…'": the name before its verb
                    subj = (subj[0], m)
                    break
            return Found(_span(P, *subj), (P.start[t - 1], P.end[t - 1]), "colon-subject")
    return None


# verbs whose object is the one moved, "The timing doesn't surprise pollster Ann Obi: '…'":
# that one speaks after the colon, not the thing that moves them
_AFFECTS = frozenset({
    "surprise", "surprises", "surprised", "worry", "worries", "worried", "frustrate", "frustrates", "frustrated",
    "bother", "bothers", "bothered", "puzzle", "puzzles", "puzzled", "anger", "angers", "angered", "alarm", "alarms",
    "alarmed", "trouble", "troubles", "troubled", "annoy", "annoys", "annoyed", "irk", "irks", "irked", "baffle",
    "baffles", "baffled", "delight", "delights", "delighted", "please", "pleases", "pleased", "shock", "shocks",
    "shocked", "infuriate", "infuriates", "infuriated", "sadden", "saddens", "saddened", "dismay", "dismays",
    "dismayed", "scare", "scares", "scared", "disappoint", "disappoints", "disappointed", "amaze", "amazes", "amazed",
})
_HELPERS = frozenset(ADVERBS | BE | {"doesn't", "didn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't",
                                      "hadn't", "isn't", "wasn't", "doesn’t", "didn’t", "don’t", "won’t", "wouldn’t",
                                      "can’t", "couldn’t", "hasn’t", "haven’t", "hadn’t", "isn’t", "wasn’t"})
_NO_ONE_OPENERS = frozenset({"what", "nothing", "something", "everything", "anything", "it", "this", "that", "there", "which"})
_SUBJECT_HEAD_ENDS = frozenset({"of", "in", "for", "on", "at", "about", "with", "from", "over", "behind", "to", "and", ","})


def _affected_speaker(P: Tokens, s0: int, c: int) -> Found | None:
    """"The timing of the vote doesn't surprise pollster Ann Obi:", "The delay frustrates
    residents:": a verb that takes its speaker as its object, the object running to the colon
    at c, after a subject that is no person: the object speaks (a Found with no mention: no
    one, where the object is no speaker). None where the rule does not apply ("The mayor
    surprised reporters: '…'": the mayor's words; "Pell was worried:": no object)."""
    low = P.low
    v = s0 + 1
    while v < c and (low[v] not in _AFFECTS or P.cap[v] or P.kind[v] != "w"):
        v += 1
    if v + 1 >= c or low[v - 1] in BE or low[v - 1] in DETERMINERS or low[v + 1] in _SUBJECT_HEAD_ENDS:
        return None  # ("Pell was pleased with the deal:", "The surprise for fans:")
    # the subject's head word: the last before a preposition, a verb's helper or the verb
    h = s0
    while h + 1 < v and low[h + 1] not in _SUBJECT_HEAD_ENDS and low[h + 1] not in _HELPERS and P.kind[h + 1] == "w":
        h += 1
    if any(P.kind[i] != "w" for i in range(s0, c)):
        return None
    if (low[h] in SUBJECT_PRONOUNS or low[h] in ROLE_NOUNS or low[h] in NAME_ROLES or low[h] in _INVERTED_GROUPS or P.cap[h]) and (
        low[h] not in _NO_ONE_OPENERS  # (not "What surprised Obi was the cost:", "Nothing surprises her:": no one's doing)
    ):
        # a person's doing, "The mayor surprised reporters: '…'": the mayor's words, the
        # subject alone (no object, no verb), where nothing stands between it and the verb
        # but a helper ("Pell didn't surprise anyone:")
        if all(low[i] in _HELPERS for i in range(h + 1, v)):
            return Found(_span(P, s0, h + 1), (P.start[c], P.end[c]), "colon-subject")
        return None
    np = np_forward(P, v + 1, c)
    if np is None or np != (v + 1, c) or not (any(P.cap[i] for i in range(*np)) or any(low[i] in ROLE_NOUNS or low[i] in NAME_ROLES for i in range(*np))):
        return Found(blocked=True, how="affected")
    return Found(_span(P, *np), (P.start[c], P.end[c]), "affected-colon")


def _name_on_topic(P: Tokens, a: int, b: int) -> tuple[int, int]:
    """An interview's headline "Glaciologist Mara Venn on the Lisk shelf: '…'": the name
    before "on" speaks, the words after it are what about (not "Minister on Housing Ann
    Lee: '…'", whose "on" is inside a title)."""
    if "on" not in P.low[a + 1 : b]:
        return a, b  # (most: tested in C)
    j = P.low.index("on", a + 1, b)
    w = P.low[j - 1]
    if P.kind[j - 1] == "w" and P.cap[j - 1] and w not in TITLES and w not in ROLE_NOUNS and w not in NAME_ROLES and all(
        (P.cap[i] and P.kind[i] == "w") or P.low[i] in NAME_CONNECTORS for i in range(a, j)
    ):
        return a, j
    return a, b


def _words_head(w: str) -> bool:
    """A noun of words said ("answer", "reply", "response"): what one says, not who."""
    return w in NOUNABLE or w in _CLAIM_NOUNS or w in _WORDS_NOUNS


_FRONTED_OPENERS = _PP_HEADS | {"after", "before", "last", "earlier", "later", "yesterday", "today", "asked"}


def _fronted(P: Tokens, s0: int, a: int) -> bool:
    """Whether tokens [s0, a) are a phrase set before the subject ("On July 6, 2015,",
    "In a statement on Monday,"): it opens with a preposition or a time and ends in a comma."""
    if not (a - 1 > s0 and P.low[a - 1] == ","):
        return False
    if P.low[s0] == "that" and P.low[s0 + 1] == "said" and a == s0 + 3:
        return True  # "That said, my late mother had a saying:"
    # ("Asked whether …," opens with a verb of speech of its own: the reporter's, passed over)
    return P.low[s0] in _FRONTED_OPENERS and not any(
        P.kind[i] == Q or _cue(P, i) for i in range(s0 + 1 if P.low[s0] == "asked" else s0, a)
    )


def _head_cues(P: Tokens, t: int, s0: int) -> Found | None:
    k = t - 1
    tries = 0
    # "While he acknowledged …, Ham noted several "…"": a clause set before the sentence's
    # own subject governs no quote after it
    stop = s0
    if P.low[s0] in _SUBORDINATORS:
        c = s0 + 1
        while c < t and P.low[c] != "," and P.kind[c] != Q:
            c += 1
        if c + 2 < t and P.low[c] == "," and P.kind[c + 1] == "w":
            stop = c
    low = P.low
    cue_or_according = _CUE_OR_ACCORDING
    while k >= stop and tries < 3:
        # no verb of speech, as _cue says of most words, without asking it (in a tight loop:
        # a for over a range takes fewer steps a word than a while)
        for k in range(k, stop - 1, -1):
            if low[k] in cue_or_according:
                break
        else:
            break  # (none left before the quote)
        if low[k] == "according":  # (not one of _CUE_WORDS)
            if k + 1 < t and low[k + 1] == "to":
                np = _according_to(P, k + 2, t)
                if np:
                    return Found(_span(P, *np), (P.start[k], P.end[k + 1]), "according")
            k -= 1
            continue
        cv = _cue(P, k)
        if cv is None:
            k -= 1
            continue
        tag, lemma = cv
        dist = t - k - 1
        if lemma == "ask" and k + 1 < t and P.low[k + 1] == "not":
            k -= 1  # "who asked not to be named": a wish, not words
            continue
        if lemma == "accuse" and k > s0 and P.low[k - 1] in _CHARGES and tag in ("past", "part") and not (
            k + 1 < t and (P.low[k + 1] in DETERMINERS or P.low[k + 1] in _ACCUSED_OBJECTS)
        ):  # (not one accusing someone: "Critics of the drug accused the firm of …")
            # "Murder accused 'lied to police', court told": the charge and "accused" are a
            # description of an unnamed defendant, as the British and Australian press write
            # one, no one accusing; the name after it, if any, is the defendant's; and a verb
            # before the description is still its sentence's ("Prosecutors said the murder
            # accused had "lied"")
            if (k + 1 < t and P.cap[k + 1]) or k - 1 > s0 + (P.low[s0] in DETERMINERS):
                k -= 1
                continue
            return Found(blocked=True, how="passive")
        if lemma == "accuse" and tag in ("past", "part") and k + 1 < t and P.low[k + 1] == "of" and (
            P.low[k - 1] in BE or not any(P.low[m] in _OBJECT_RELATIVES for m in range(max(s0, k - 5), k - 1))
        ):
            # "Nicosia mayor accused of 'hiding' cost": with no one accused after the verb, it
            # is passive, and the one before it is accused of the words, not saying them (not
            # in a relative clause whose object went before: "the mayor, whom Ann Obi accused
            # of "hiding" the cost", "the mayor that residents accused of "lying"")
            return Found(blocked=True, how="passive")
        if lemma == "continue" and k > s0 and P.low[k - 1] in _MODALS:
            k -= 1  # "the strike would continue "until …"": going on, not speaking
            continue
        if lemma == "begin" and dist == 0 and k > s0 and P.low[k - 1] in _MODALS:
            k -= 1  # "work would begin "as soon as …"": starting, not speaking
            continue
        if lemma in OBJECT_CUES and k + 1 < t and P.low[k + 1] == "for" and not (lemma == "call" and k + 2 == t):
            k -= 1  # "slammed for", "praised for": not speech; but "called for "boots on the ground""
            continue
        if lemma == "defend" and (P.low[t - 1] != "as" or k + 2 >= t):
            k -= 1  # defending is speech only as a description: "defended the reform as "fair"" (not "defending the idea that")
            continue  # (nor with no object before "as", a passive's: "Long defended as "a bulwark", the court …")
        if lemma in WEAK_CUES and not _WEAK_GAP.issuperset(P.low[k + 1 : t]) and not _that_follows(P, k, t) and not (
            P.low[t - 1] == "as" and dist <= 15 and not any(P.low[i] in CLAUSE_BREAKS - {"as"} or P.kind[i] == Q for i in range(k + 1, t - 1))
        ):  # "He cited the exclusion of … as "important impediments""
            k -= 1
            continue
        if lemma in OBJECT_CUES and lemma not in ("tell", "ask", "warn", "urge", "promise", "advise") and (
            dist > 12 or (
                # (the generator only where the words hold a break or a quote: tested in C first)
                (not CLAUSE_BREAKS.isdisjoint(P.low[k + 1 : t]) or Q in P.kind[k + 1 : t]) and any(
                    (P.low[i] in CLAUSE_BREAKS and not (P.low[i] == "as" and lemma != "call") and not _joins_names(P, i))
                    or P.kind[i] == Q for i in range(k + 1, t)
                )
            )
        ) and not (lemma in _REPORTING and _that_follows(P, k, t)) and not (
            # "She called on the minister to convene a meeting with unions and management
            # "within days"": calling on someone urges them, as "urged" does
            lemma == "call" and P.low[k + 1] == "on" and dist <= 30 and P.low[k - 1] not in BE and Q not in P.kind[k + 1 : t]
            and "to" in P.low[k + 2 : t]  # (not a visit: "called on the king at the palace, where …")
        ) and not (lemma == "accuse" and _accused_of(P, k, t)):  # (not a passive's "was called on by …")
            k -= 1
            continue
        tries += 1
        if _NAMED_AS and tag in ("past", "part") and lemma in OBJECT_CUES and dist == 0 and lemma not in ("tell", "ask", "warn", "urge", "promise", "advise", "accuse", "charge") and not (
            # ("Obi said voters had rejected "a bureaucratic monster"": a rejection someone
            # reports, not a naming; but a thing's name in capitals rejected is no one's
            # words, "rejected "Measure K""; nor one by name who rejected it in their own
            # words, "said Pell had rejected "any deal that …"")
            lemma == "reject" and not _quoted_name(P, t) and _earlier_cue(P, stop, k) and not P.cap[k - 2 if P.low[k - 1] in _HAD else k - 1]
        ) and not (
            k > s0 and P.low[k - 1] in _HE_SHE_THEY
        ):  # ("a ban, which she called "…"", "a decision she called "…"": she calls it, a he
            # or she is no thing's name)
            if lemma == "call" and not _WHAT_WHICH.isdisjoint(P.low[max(s0, k - 8) : k - 1]):
                # "despite what the residents' association called "a monster"", "in what police
                # called "a targeted attack"": after "what", whoever calls it so is speaking; so
                # after an object's "which" or "that": "the package, which the opposition called
                # "electoral bribery"" (a he or she is taken above)
                np = np_backward(P, k - 1, s0)
                if np and np[0] - 1 >= s0 and P.low[np[0] - 1] in _WHAT_WHICH and P.low[np[0]] != "it" and _np_ok(P, *np) and not (
                    P.low[np[0] - 1] != "what" and _quoted_name(P, t)
                ):  # (after "which" or "that", a name is given, not words: "a phone that Acme called "the Nova"")
                    # (not "what it called": the body "it" stands for is named earlier)
                    return Found(_span(P, *np), (P.start[k], P.end[k]), "what-called")
            # (the surname may stand before an auxiliary, "a label Pell has called", and open
            # with its particle, "a designation von Arden-Kell has called")
            v = k - 2 if P.low[k - 1] in _HAD else k - 1
            ns = v - 1 if v - 2 >= s0 and P.low[v - 1] in NAME_CONNECTORS and P.cap[v] else v
            if lemma == "call" and ns - 1 >= s0 and P.cap[v] and P.kind[ns - 1] == "w" and not P.cap[ns - 1] and (
                P.low[ns - 1] not in DETERMINERS and P.low[ns - 1] not in _NOT_A_THING
                and P.low[ns - 1] not in _CLAUSE_OPENERS and P.low[ns - 1] not in _CONVENED and not _cue(P, ns - 1)
                and not _quoted_name(P, t) and _surname_in(P.text, P.text[P.start[ns] : P.end[v]])
            ):  # "a problem Vanlandingham called "…"": a clause on the noun with no "that",
                # whose subject the text writes elsewhere as a person's surname ("coach Terry
                # Vanlandingham"), calls it so (not a thing named: "a group called "X"", "an
                # album Jones called "Blue Rooms""; nor a clause of its own, where called is
                # phoned: "when Vandam called "in tears"", "Holt said Vandam called "to apologize"")
                return Found(_span(P, ns, v + 1), (P.start[k], P.end[k]), "what-called")
            return Found(blocked=True, how="named-as")  # "a group called "X"": a name, not speech
        if lemma == "call" and tag in ("base", "ing") and dist == 1 and P.low[k + 1] in ("a", "an"):
            return Found(blocked=True, how="convene")  # "to call a "special meeting"": to hold one
        if lemma == "call" and tag in ("past", "part") and dist == 1 and P.low[k + 1] in ("the", "a", "an") and k > s0 and (
            P.kind[k - 1] == "w" and not P.cap[k - 1] and not P.low[k - 1].endswith("s")
            and P.low[k - 1] not in SUBJECT_PRONOUNS and P.low[k - 1] not in ADVERBS and P.low[k - 1] not in _NOT_A_THING
        ):
            return Found(blocked=True, how="named-as")  # "a formula called the "chained CPI"": a thing's name
        if tag in ("past", "part") and k > s0 and P.low[k - 1] in _ADVERB_OR_BE and _passive(P, k, s0):
            if lemma == "quote" and k + 2 < t and P.low[k + 1] == "as" and P.low[k + 2] == "saying":
                np = np_backward(P, k - 1, s0, skip_be=True)  # "Brill is quoted as saying"
                if np:
                    return Found(_span(P, *np), (P.start[k], P.end[k + 2]), "quoted-as")
            agent = _by_agent(P, k, t)
            if agent is None and t + 2 < len(low) and low[t + 1] == "by" and P.kind[t + 2] == "w":
                # "Staff were told "not to talk to the press" by managers": the one who told
                # them named after the quote, whose words they are
                agent = _by_agent(P, t, len(low)) or (
                    (t + 2, t + 3) if _role_plural(low[t + 2]) else None  # ("by managers")
                )
                if agent is not None and not _teller(P, agent):
                    agent = None  # a means or a time: "by letter", "by the end of the day", "by the time she left"
            if agent:
                return Found(_span(P, *agent), (P.start[k], P.end[k]), "passive-by")
            if ((k + 1 < t and low[k + 1] == "to") or (lemma == "tell" and _told_other(P, k, stop))) and lemma in ("ask", "tell") and (
                _earlier_cue(P, stop, k)
            ):
                # "She added that crews were being asked to work "longer shifts …"": an order
                # passed on inside what someone reports, who is still the one speaking (with
                # no one reporting it, "Residents were told to "stay indoors"" stays no one's);
                # so what they were told: "Obi said the club had been told it could use the
                # hall "on Sundays, if there is room"" is hers to report
                k -= 1
                continue
            return Found(blocked=True, how="passive")
        if lemma == "read" and tag == "ing":
            return Found(blocked=True, how="sign")  # "signs reading "…"": a sign, not a speaker
        if tag == "ing":
            if lemma == "say" and k - 3 >= s0 and P.low[k - 1] == "as":
                # "Kell News quoted Petrov as saying": the one quoted, not the paper quoting him
                np = (k - 2, k - 1) if P.low[k - 2] in ("him", "her") else np_backward(P, k - 2, s0)
                if np and np[0] - 1 >= s0 and P.low[np[0] - 1] in _QUOTING:
                    return Found(_span(P, *np), (P.start[np[0] - 1], P.end[k]), "quoted-as")
            np = np_backward(P, k - 1, s0) if k - 1 >= s0 and P.kind[k - 1] == "w" else None
            if np and np[0] - 1 >= s0 and P.low[np[0] - 1] == "with":
                # "with Senator John McCain telling reporters", "with a voice-over saying"
                return Found(_span(P, *np), (P.start[k], P.end[k]), "with-participle")
            if np is None and k - 3 >= s0 and P.low[k - 1] == ",":
                named = _with_role_named(P, k - 2, s0)
                if named is not None:
                    return Found(_span(P, *named), (P.start[k], P.end[k]), "with-participle")
            if np and np[0] - 1 >= s0 and (P.low[np[0] - 1] in DASHES or P.low[np[0] - 1] == "and") and all(
                P.cap[i] for i in range(np[0], np[1])
            ):
                # "both men issued a statement – Ryan saying he was "…" and Trump calling it …"
                return Found(_span(P, *np), (P.start[k], P.end[k]), "absolute")
            if np and np[0] - 1 >= s0 and P.low[np[0] - 1] in _SHOWN and all(P.cap[i] for i in range(np[0], np[1])):
                # "footage of Clinton asking, "…"", "the video shows Okafor saying": the one shown
                return Found(_span(P, *np), (P.start[k], P.end[k]), "shown-participle")
            if k - 1 >= s0 and P.low[k - 1] in BE:
                np = np_backward(P, k - 1, s0, skip_be=True)
                if np:
                    return Found(_span(P, *np), (P.start[k], P.end[k]), "progressive")
            subj = _clause_subject(P, s0, k)
            if subj:
                return Found(_span(P, *subj), (P.start[k], P.end[k]), "participle")
            k -= 1
            continue
        if tag == "base" and k - 1 > s0 and P.low[k - 1] == "to":
            # "He went on to say", "Cuban went on to call Cruz": the clause's subject
            subj = None
            if k - 4 >= s0 and P.low[k - 2] in _HAD and lemma == "say":
                # "Here's what she had to say:": the one who had something to say, after a
                # "what" (not the "Here's" that opens the sentence)
                subj = np_backward(P, k - 3, s0)
                if subj is not None and not (
                    subj[0] - 2 >= s0 and P.low[subj[0] - 1] == "what" and P.low[subj[0] - 2] in _WHAT_LEADS
                ):  # (a "what" that is shown, not one asked or liked: "Albanis was asked what
                    # the premier had to say to commuters: "…"" is his answer)
                    subj = None
            subj = subj or _clause_subject(P, s0, k - 1)
            if subj:
                return Found(_span(P, *subj), (P.start[k], P.end[k]), "infinitive")
        b = k - 1
        while b > s0 and P.low[b] in ADVERBS:
            b -= 1
        if b >= s0 and P.low[b] in ("and", "but", "then"):
            # "… and said", "… but now said": the subject of the first clause
            subj = _clause_subject(P, s0, b)
            if subj and "when" in P.low[subj[1] : b]:
                subj = _when_subject(P, subj[1], b) or subj
            if subj:
                return Found(_span(P, *subj), (P.start[k], P.end[k]), "coordinated")
        if b > s0 and P.low[b] == "," and tag == "s" and k + 1 < t and P.kind[k + 1] == "w" and not P.cap[k + 1] and (
            P.low[k + 1] not in DETERMINERS
        ):
            # a headline's "Adeyemi-Bakare faults FG, says states 'cannot …'": the first clause's name
            # (or after a semicolon, a standfirst's items: "JSP wins 112 seats; Venkatraman concedes, says …")
            a = max((c + 1 for c in range(s0, b) if P.low[c] == ":" or P.low[c] == ";"), default=s0)
            np = np_forward(P, a, b)
            if np and np[0] == a and (P.cap[np[1] - 1] or P.low[np[1] - 1] in ROLE_NOUNS) and np[1] < b and P.kind[np[1]] == "w" and not P.cap[np[1]]:
                # (or a role, as the Thai and Indian papers write it: "Nong Phai Thong governor
                # bans crop burning, warns of 'zero tolerance'")
                return Found(_span(P, *np), (P.start[k], P.end[k]), "coordinated")
        np = np_backward(P, k - 1, s0)
        if np:
            # (_reporter needs a "that" or a verb of speech right before the subject: told first)
            outer = _reporter(P, np[0], s0) if np[0] > s0 and (P.low[np[0] - 1] in _CUE_WORDS or P.low[np[0] - 1] == "that") else None
            if outer is not None:
                return outer
            return Found(_span(P, *np), (P.start[k], P.end[k]), "head")
        np = np_forward(P, k + 1, t)
        if np and _np_ok(P, *np) and (np[1] == t or (P.low[np[1]] in ":," and (np[1] + 1 == t or k == s0))) and tag in ("past", "s", "base") and lemma in ("say", "add", "write", "ask", "continue", "explain", "note", "insist", "argue"):
            return Found(_span(P, *np), (P.start[k], P.end[k]), "head-inverted")
        k -= 1
    if stop > s0:
        # nothing in the main clause claimed the quote: its subject, if a verb of speech follows it
        np = np_forward(P, stop + 1, t)
        if np and np[0] == stop + 1:
            k = np[1]
            while k < t and P.low[k] in ADVERBS:
                k += 1
            cv = _cue(P, k) if k < t else None
            if cv and cv[0] in ("past", "s"):
                return Found(_span(P, *np), (P.start[k], P.end[k]), "main-clause")
    return None


# the words before a name that an -ing cue follows when a recording shows that person speaking
_SHOWN = {"of", "shows", "showed", "showing", "show", "features", "featured", "featuring", "hear", "heard", "hears",
          "see", "saw", "sees", "seen", "watch", "watched", "caught", "catches", "recorded", "filmed"}
_AUX = {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "can", "should", "might", "must",
        "did", "does", "do"}
_HAD = {"had", "has", "have"}
# what shows "what she had to say" to the reader: "Here's what", "This is what", "Watch what"
_WHAT_LEADS = {"here's", "here’s", "is", "was", "are", "'s", "’s", "watch", "read", "hear", "see"}
_MODALS = {"would", "will", "could", "can", "may", "might", "must", "should", "to"}
# the only words a weak cue may have between it and its quote ("cited: "…"")
_WEAK_GAP = frozenset({":", ",", "that", "out", "back", "of"})
_SUBORDINATORS = {"while", "though", "although", "when", "because", "if", "after", "before", "since", "whereas", "once"}
# a paper's verbs for passing on what someone said, before the one quoted and "as saying"
_QUOTING = {"quoted", "quotes", "quoting", "cited", "cites", "citing", "reported", "reports"}
_SAY = {"say", "tell", "write", "add", "note", "explain", "insist", "argue", "report", "claim"}


def _reporter(P: Tokens, i0: int, s0: int) -> Found | None:
    """"Israel said Clinton called on members to be "…"": the words reach us through
    the one who reports them, the outer speaker."""
    k = i0 - 1
    if k >= s0 and P.low[k] == "that":
        k -= 1
        # "Venn said in her opening remarks that the board should "…"": a short phrase
        # may stand between the verb and its that-clause
        j = k
        while j >= s0 and k - j < 6 and P.kind[j] == "w" and P.low[j] not in CLAUSE_BREAKS and _cue(P, j) is None:
            j -= 1
        if j >= s0 and j < k and P.kind[j] == "w" and P.low[j + 1] in ("in", "on", "at", "during", "after", "to", "earlier", "later", "last", "this"):
            k = j
    if k < s0:
        return None
    cv = _cue(P, k)
    if cv is not None and cv[0] == "ing" and cv[1] in _SAY:
        # "Yoon called for more, saying the measures announced Monday would "…"": the one saying
        subj = _clause_subject(P, s0, k)
        if subj is not None and subj[1] <= k:
            return Found(_span(P, *subj), (P.start[k], P.end[k]), "reporter")
        return None
    if cv is None or cv[0] not in ("past", "s") or cv[1] not in _SAY or (k > s0 and P.low[k - 1] in _ADVERB_OR_BE and _passive(P, k, s0)):
        return None
    np = np_backward(P, k - 1, s0)
    if np is None:
        return None
    return Found(_span(P, *np), (P.start[k], P.end[k]), "reporter")


# what one speaks in, after "In a": "In an interview with", "In a speech to", "In a letter to"
_OCCASIONS = {"interview", "speech", "address", "letter", "message", "briefing", "note", "column", "op-ed", "podcast"}
_CLAIM_NOUNS = {"assertion", "claim", "claims", "remark", "remarks", "statement", "accusation", "accusations", "post",
                "comment", "comments", "suggestion", "insistence", "promise", "pledge", "warning", "argument",
                "description", "declaration", "boast", "vow", "charge", "charges", "words", "tweet", "quip",
                "complaint", "admission", "contention", "prediction", "observation", "announcement"}


def _joins_names(P: Tokens, i: int) -> bool:
    """"both Trump and Clinton": an "and" inside a noun phrase, not a new clause; and the
    comma of a body's list of trades, "the Rail, Tram and Bus Union"."""
    n = len(P)
    if not (0 < i < n - 1 and P.cap[i - 1] and P.cap[i + 1]):
        return False
    if P.low[i] == "and":
        return True
    if P.low[i] != ",":
        return False
    j = i + 1
    while j < n and j < i + 5 and P.cap[j] and P.kind[j] == "w":
        j += 1
    if not (j + 1 < n and P.low[j] == "and" and P.cap[j + 1]):
        return False
    j += 1
    while j < n and j < i + 10 and P.cap[j] and P.kind[j] == "w":
        j += 1
    return P.low[j - 1] in BODY_HEADS


_REPORTING = {"tell", "warn", "promise", "advise", "urge", "ask", "assure", "remind", "inform", "charge"}


def _that_follows(P: Tokens, k: int, t: int) -> bool:
    """"stated that …", "reported on Monday that …": a weak verb taking a that-clause is
    reporting speech."""
    for i in range(k + 1, t if t < k + 6 else k + 6):
        w = P.low[i]
        if w == "that":
            return True
        if w in CLAUSE_BREAKS or P.kind[i] == Q:
            return False
    return False


def _as_says(P: Tokens, t: int, s0: int) -> Found | None:
    """"…, as my grandfather used to say, "…"": an as-clause right before the quote names
    its speaker (read before "used to say" is taken for the sentence subject's infinitive).
    Asked only when an "as" comes at most 48 tokens before the quote in its sentence."""
    c = t - 1
    if c >= s0 and P.low[c] in (":", ","):
        c -= 1
    put = c
    while put > s0 + 1 and c - put < 8 and P.low[put] != "it" and P.kind[put] == "w":
        put -= 1  # (a place or time after it: "put it at the budget meeting,")
    if put - 2 > s0 and P.low[put] == "it" and P.low[put - 1] in ("put", "puts"):
        c = put - 1  # "…, as the finance portfolio holder, Cllr Raj Bhandari, put it, "…""
    elif c - 2 <= s0 or P.low[c] not in ("say", "says", "said"):
        return None
    v = c
    v_end = c + 1 if P.low[c] in ("put", "puts") else c  # the cue: "say", or "put it"
    if P.low[c - 1] == "to" and P.low[c - 2] in ("used", "likes", "liked", "loves", "loved"):
        c -= 2
    elif P.low[c - 1] in ("would", "once", "always", "often", "might"):
        c -= 1
    np = np_backward(P, c - 1, s0)
    if np and np[0] - 1 >= s0 and P.low[np[0] - 1] == "as":
        return Found(_span(P, *np), (P.start[v], P.end[v_end]), "as-says")
    return None


_AS_OPENERS = frozenset({"but", "and", "yet", "so", "as"})  # (the words that may open _as_clause's "As …")


def _as_clause(P: Tokens, t: int, s0: int) -> Found | None:
    """"As Ona Brill put it: "…"": the one who put it speaks; so does "as the Gazette
    noted on Monday, the plan "…"": an as-clause opening the sentence names the source."""
    k = t - 1
    if k >= s0 and P.low[k] in (":", ","):
        k -= 1
    if k - 1 > s0 and P.low[k].endswith("ly") and P.low[k - 1] == "it":
        k -= 1  # "put it bluntly:"
    if k - 1 > s0 and P.low[k] == "it" and P.low[k - 1] == "put":
        np = np_backward(P, k - 2, s0)
        if np:
            return Found(_span(P, *np), (P.start[k - 1], P.end[k]), "put-it")
    a = s0
    while a < t and P.low[a] in ("but", "and", "yet", "so"):
        a += 1
    if a + 2 < t and P.low[a] == "as":
        np = np_forward(P, a + 1, t) or _det_phrase_forward(P, a + 1, t)
        if np:
            m = np[1]
            while m < t and P.low[m] in ADVERBS:
                m += 1
            cv = _cue(P, m) if m < t else None
            if cv and cv[0] in ("past", "s", "part") and any(P.low[c] == "," for c in range(m + 1, t)):
                return Found(_span(P, *np), (P.start[m], P.end[m]), "as-noted")
            if m + 1 < t and P.low[m] in ("put", "puts") and P.low[m + 1] == "it":
                return Found(_span(P, *np), (P.start[m], P.end[m + 1]), "put-it")  # "As Marcus puts it, …"
    # "in Forbes' words, "…"", "in the words of one aide, "…""
    if "words" not in P.low[s0 if s0 > t - 12 else t - 12 : t]:
        return None
    for c in range(s0 if s0 > t - 12 else t - 12, t - 2):
        if P.low[c] != "in":
            continue
        if P.low[c + 1] == "the" and P.low[c + 2] == "words" and c + 3 < t and P.low[c + 3] == "of":
            np = np_forward(P, c + 4, t)
            if np:
                return Found(_span(P, *np), (P.start[c], P.end[c + 3]), "in-words")
        w = c + 1
        while w < t and w - c <= 6 and P.low[w] not in ("words", ",") and (P.kind[w] == "w" or P.low[w] in ("'", "’")):
            w += 1
        if w < t and P.low[w] == "words" and w > c + 1 and (
            P.low[w - 1].endswith(("'s", "’s")) or P.low[w - 1] in ("'", "’", "his", "her", "their")
        ):
            np = (c + 1, w - 1 if P.low[w - 1] in ("'", "’") else w)
            if P.low[w - 1] in ("his", "her", "their"):
                np = (w - 1, w)
            return Found(_span(P, *np), (P.start[c], P.end[w]), "in-words")
    return None


# an answer one gives, which a review or a report sets off with a dash: "Ada's reply –
# 'Wanting is for people with irrigation' – is both a joke and a door slammed shut"
_REPLY_NOUNS = {"reply", "response", "answer", "retort", "rejoinder", "riposte"}


# the claims one makes oneself, which a possessive before the quote naming them owns ("the
# mayor's 'not our fault' post"; not charges or a warning, often brought against or given to
# the owner: "Tom Hale's 'insider trading' charges", "the striker's 'final' warning")
_OWN_CLAIM_NOUNS = _CLAIM_NOUNS - {"charge", "charges", "accusation", "accusations", "warning"}


_CLAIM_OR_REPLY = frozenset(_CLAIM_NOUNS | _REPLY_NOUNS)


def _possessive_claim(P: Tokens, t: int, s0: int, only: Container[str] = ()) -> Found | None:
    """"Trump's recent assertion that "…"": the owner of the claim speaks (with `only`,
    for those nouns alone)."""
    if not only and t - 1 >= s0 and t + 1 < len(P.low) and P.low[t + 1] in _OWN_CLAIM_NOUNS and P.low[t - 1].endswith(_POSSESSIVE_S) and (
        (P.cap[t - 1] and P.low[t - 1][:-2] not in NON_NAMES) or P.low[t - 1][:-2] in ROLE_NOUNS
    ):  # (not a day's: "Monday's "historic" announcement")
        # "the mayor's 'not our fault' post", "Vance's "total disgrace" remark": the quote
        # names the claim the owner made
        i = t - 1
        while i - 1 >= s0 and t - i < 4 and P.kind[i - 1] == "w" and (P.cap[i - 1] or P.low[i - 1] in ROLE_NOUNS):
            i -= 1
        if i - 1 >= s0 and P.low[i - 1] == "the" and not P.cap[i]:
            i -= 1  # "the mayor's": the role as written
        return Found((P.start[i], P.end[t - 1] - 2), (P.start[t + 1], P.end[t + 1]), "possessive")
    k = t - 1
    while k >= s0 and t - k <= 2 and (P.low[k] in ("that", ":", ",") or P.low[k] in DASHES):
        k -= 1
    if k < s0 or (P.low[k] not in _CLAIM_NOUNS and P.low[k] not in _REPLY_NOUNS) or (only and P.low[k] not in only):
        return None
    i = k - 1
    while i >= s0 and k - i <= 4:
        w = P.low[i]
        if w.endswith(("'s", "’s")) and P.cap[i]:
            return Found((P.start[i], P.end[i] - 2), (P.start[k], P.end[k]), "possessive")
        if w in ("his", "her", "their"):
            return Found((P.start[i], P.end[i]), (P.start[k], P.end[k]), "possessive")
        if P.kind[i] != "w" or w in _PHRASE_STOPS:
            return None
        i -= 1
    return None


def _cue_inside(P: Tokens, a: int, b: int, infinitives: bool = True) -> bool:
    """Whether a verb of speech stands among tokens a..b; without `infinitives`, one that is
    no infinitive after "to": "said", "will say", "is saying" (not "quick to report")."""
    # only the words _cue can say yes to are asked about (picked out by compress, in C)
    low = P.low
    for i in compress(range(a, b), map(_CUE_WORDS.__contains__, low[a:b])):
        cv = _cue(P, i)
        if cv and (infinitives or not (cv[0] == "base" and i > a and low[i - 1] == "to")):
            return True
    return False


def _when_subject(P: Tokens, lo: int, b: int) -> tuple[int, int] | None:
    """"Things changed when the critic Vikram Sethi ate there and called it "…"": the verb
    after "and" at b is the "when" clause's, whose subject is a name (a role's words before
    it at most); so is the quote."""
    j = P.low.index("when", lo, b)
    a = j + 1
    while a < b and a - j <= 4 and P.kind[a] == "w" and not P.cap[a]:
        a += 1  # (the role's words: "the food writer")
    e = a
    while e < b and P.cap[e] and P.kind[e] == "w":
        e += 1
    if e == a or e >= b or P.kind[e] != "w" or P.low[e] in _AUX or "," in P.low[e:b]:
        return None  # (one verb of its own, no aside: "when Sethi, a critic, …", "when Sethi was …")
    if a > j + 1 and P.low[j + 1] not in DETERMINERS:
        return None
    if (e - a < 2 and a == j + 1) or P.low[e - 1] in BODY_HEADS or P.low[e - 1] in INSTITUTION_WORDS:
        # (a person's name: not one capital word alone, "when Labour lost and called it …", a
        # party, a place or a month; nor a body's, "when Harle Bank collapsed and called it …":
        # the sentence's subject speaks)
        return None
    return a, e


_CITING = frozenset({"citing", "quoting"})  # (a participle that hands the quote after it to another)


def _clause_subject(P: Tokens, s0: int, k: int, cues: bool = True) -> tuple[int, int] | None:
    """The subject for a participle cue at k ("…, adding"): the subject of an earlier
    finite cue in the sentence, else the sentence's first noun phrase. (`cues` False: the
    caller knows no verb of speech stands in s0..k, and the two readings of one are skipped.)"""
    # "Lee said the government would respond …, adding": the first "said" governs the rest
    # (only the words _cue can say yes to are asked about: picked out by compress, in C)
    cue_words = list(compress(range(s0, k), map(_CUE_WORDS.__contains__, P.low[s0:k]))) if cues else ()
    cvs = []  # (what _cue said of each of them, as far as the first loop asked: the second reads it again)
    for i in cue_words:
        cv = _cue(P, i)
        cvs.append(cv)
        if cv and cv[0] in ("past", "s") and cv[1] in ("say", "tell") and not (i > s0 and P.low[i - 1] in _ADVERB_OR_BE and _passive(P, i, s0)):
            np = np_backward(P, i - 1, s0)
            if np:
                return np
            if (i == s0 or P.low[i - 1] == "," or P.kind[i - 1] == Q) and i + 1 < k and _CITING.isdisjoint(P.low[i + 1 : k]) and (
                np := _inverted(P, i + 1, k)
            ):
                return np  # "'…,' said Ann Obi, adding: '…'": the verb's inverted subject (not "citing Tom Pell: '…'")
            break
    asked = len(cvs)
    for n in range(len(cue_words) - 1, -1, -1):
        i = cue_words[n]
        cv = cvs[n] if n < asked else _cue(P, i)
        if cv and cv[0] != "ing" and cv[1] not in WEAK_CUES and not (i > s0 and P.low[i - 1] in _ADVERB_OR_BE and _passive(P, i, s0)):
            np = np_backward(P, i - 1, s0)
            if np:
                return np
    if k == s0:
        return None
    # "Speaking in Salem, New Hampshire, Trump went after Bush, calling him …": the
    # nearest clause that opens with a noun phrase followed by its verb
    # (each clause opens after a comma, the last one first, or at s0; it ends at the next
    # comma or at k: the commas found with tuple.index, in C, not token by token)
    words = P.low[s0:k]
    opens = [s0] if words[0] != "," else []
    walks = {}  # each clause's walk by where it opens: (its end, np_forward's phrase)
    at = -1
    for _ in range(words.count(",")):
        at = words.index(",", at + 1)
        opens.append(s0 + at + 1)
    for n in range(len(opens) - 1, -1, -1):
        a = opens[n]
        m = opens[n + 1] - 1 if n + 1 < len(opens) else k
        while a < m and P.low[a] in DISCOURSE:
            a += 1
        if P.low[a].endswith("ly") and _ly_opener(P, a, m):
            continue  # "Hastily seizing on …": no name opens the clause
        np = np_forward(P, a, m)
        walks[a] = (m, np)
        if np and np[0] == a and np[1] + 1 < m and P.cap[np[1] - 1] and P.low[np[1]] in _ROLE_OR_NAME_ROLE and P.cap[np[1] + 1]:
            # "Dunmore boss Sean Whitcombe was more guarded, saying …": a club's or a
            # town's name before a role and a name opens the subject; it is no subject itself
            e = np[1] + 1
            while e < m and P.cap[e] and P.kind[e] == "w":
                e += 1
            if e < m and P.kind[e] == "w":
                np = (np[0], e)
        if np and np[0] == a and np[1] < m and (P.kind[np[1]] == "w" or P.low[np[1]] == "(") and not (
            P.low[np[1]] in ("of", "for") and P.cap[np[1] - 1]
        ):  # ", Crown Prince of Khor Al Reem and Chairman …,": an apposition, not a clause
            if P.low[a - 1] == "in" and (P.low[np[1] - 1] in _CLAIM_NOUNS or P.low[np[1] - 1] in _OCCASIONS):
                continue  # "In a comment to The Astana Times, …, Bolat Yessenov welcomed …": where he spoke, not who
            if P.low[np[1]] == "who" and P.low[a] in ("a", "an") and n > 0 and P.low[a - 2] in ROLE_NOUNS and P.low[a - 3] == "the":
                # "in which the secretary, a former governor who was confirmed last year,
                # defended …, conceding": a description set off after "the" and a role,
                # whose own "who" clause is no verb; the role it describes is the subject
                # when it opens its clause; after a verb it is the object, and the subject
                # is in the clause before ("Lawmakers grilled the director, a veteran who …,
                # accusing him")
                if a - 3 == s0 or P.low[a - 4] == "," or P.low[a - 4] in _CLAUSE_OPENERS or P.low[a - 4] in _WHAT_WHICH:
                    return a - 3, a - 1
                continue
            return np
    j = s0
    # skip an opening phrase ending in a comma ("In a statement, …")
    if P.low[j] in DISCOURSE or not P.cap[j]:
        c = j
        while c < k and P.low[c] != "," and P.kind[c] != Q:
            c += 1
        if c < k and P.low[c] == ",":
            j = c + 1
    if P.low[j].endswith("ly") and _ly_opener(P, j, k):
        return None
    # (a clause the loop read above is most often this one: a sentence with no comma before
    # k opens with its subject, or its one comma closes the opening phrase; its phrase is
    # not walked twice)
    walked = walks.get(j)
    np = walked[1] if walked is not None and walked[0] == k else np_forward(P, j, k)
    if np and np[0] == j or (np and np[0] - j <= 1):
        return np
    return None


def _ly_opener(P: Tokens, a: int, m: int) -> bool:
    """Whether a clause opens with an adverb in capitals, "Hastily seizing on the fire …",
    "Reportedly the mayor …": no name (a given name in -ly goes before a verb, "Kelly said")."""
    return a + 1 < m and P.cap[a] and _ly_word(P.low[a]) and len(P.low[a]) > 5 and not P.cap[a + 1] and (
        P.low[a + 1].endswith("ing") or P.low[a + 1] in DETERMINERS
    )


_COMMA_PAREN_DASHES = {",", "("} | DASHES  # (built once: a set display in a loop is built each time round)
_TERMINAL_OR_COMMA = TERMINAL | {","}


# the nouns of "on the …" idioms that tell a state, not a topic: "on the brink", "on the run"
_ON_THE_STATES = frozenset({"brink", "move", "run", "rise", "mend", "rampage", "ropes", "slide", "edge", "verge",
                            "way", "march", "attack", "offensive", "defensive", "hook", "line", "cards", "horizon",
                            "warpath", "prowl", "loose", "go", "up", "wane", "decline", "rocks", "skids", "fence",
                            "spot", "road", "table", "agenda", "ballot", "block", "list", "radar", "trot"})


def _full_name_later(text: str, word: str, at: int) -> bool:
    """Whether the text after `at` writes `word` as the last word of a full name, after
    another capitalised word ("Alparslan Kalkan"): a person's surname, not an agency's or
    a report's word a headline ends on ("…: Reuters", "told Reuters", "…: Report")."""
    at = text.find(word, at)
    while at != -1:
        sp = text.rfind(" ", 0, at - 1)
        prev = text[sp + 1 : at - 1]
        if text[at - 1 : at] == " " and prev[:1].isupper() and prev.lower() not in DETERMINERS and not prev.endswith((".", ",")):
            return True
        at = text.find(word, at + len(word))
    return False


def _as_tail(P: Tokens, t: int, j: int, s1: int) -> Found | None:
    """'"…," as Ann Obi put it.' and '"…," as the memo said': the one an as-clause after the
    quote names, before its verb of speech or "put it" (j is at "as"); before a verb of
    speech, not when one before the quote in its sentence, or "according to", has it spoken
    ('Tom Pell said it was "a scam," as the mayor said' is Pell's: the mayor said the same;
    but "as … put it" gives the words their owner wherever the sentence opens)."""
    np = np_forward(P, j + 1, s1) or _det_phrase_forward(P, j + 1, s1)
    if np is None or np[0] != j + 1:
        return None
    m = np[1]
    while m < s1 and P.low[m] in ADVERBS:
        m += 1
    if m + 1 < s1 and P.low[m] in ("put", "puts") and P.low[m + 1] == "it":
        return Found(_span(P, *np), (P.start[m], P.end[m + 1]), "tail-put-it")
    cv = _cue(P, m) if m < s1 and P.low[m] in _CUE_WORDS else None
    if cv and cv[0] in ("past", "s") and cv[1] not in WEAK_CUES:
        i = bisect.bisect_right(P.breaks(), t)
        s0 = P.breaks()[i - 1] if i else 0
        if _cue_inside(P, s0, t, infinitives=False) or "according" in P.low[s0:t]:
            return None  # (nor "According to Ann Obi, it was "a mess," as the mayor said"; but a
            # verb's infinitive names no one: "Its hosts are quick to report that "…," as the
            # host Ana Roe said" is Ana Roe's)
        return Found(_span(P, *np), (P.start[m], P.end[m]), "tail-as")
    return None


def tail(P: Tokens, t: int, s1: int) -> Found | None:
    """Attribution from the words after the quote: `"…," X said`, `said X`, `– X`."""
    if t + 2 < s1 and P.low[t + 1] == ":":
        if s1 == len(P.low) and P.cap[s1 - 1 if P.low[s1 - 1] not in TERMINAL else s1 - 2] and among_first_lines(P.text, P.start[0], 2):
            # "Gas find to 'cut import bill by a third': Minister Kalkan": the Turkish and South
            # Asian headline's quote, a colon and its speaker's name ending the line, a name
            # the story writes again (not a section's word: "'The Last Stand': Review"); in a
            # headline or standfirst only, the first two lines (not the body's "His answer to
            # "who is to blame": Obama."); a surname or a body's word, not a report's
            # ("Economy 'at a crossroads': Report", later "the Annual Report")
            np = np_forward(P, t + 2, s1)
            if np and (np[1] == s1 or (np[1] + 1 == s1 and P.low[np[1]] in TERMINAL)) and all(
                P.cap[m] for m in range(np[0], np[1])
            ) and P.low[np[1] - 1] not in DOCUMENTS and _full_name_later(P.text, P.text[P.start[np[1] - 1] : P.end[np[1] - 1]], P.end[np[1] - 1]):
                return Found(_span(P, *np), (P.start[t + 1], P.end[t + 1]), "quote-colon")
        if t + 3 < s1 and (P.cap[t + 2] or _role_ahead(P, t + 2, s1)):
            # "'We gave them the game': Whitely fumes as …", "'…': heritage chief on …", a
            # headline's quote and its speaker
            np = np_forward(P, t + 2, s1)
            if not P.cap[t + 2]:
                r = t + 2
                while P.low[r] not in ROLE_NOUNS:
                    r += 1
                np = (t + 2, r + 1)
            if np and np[1] + 1 < s1 and P.low[np[1] - 1].endswith(("'s", "’s")) and P.kind[np[1]] == "w" and not P.cap[np[1]]:
                # "'The sea is empty': Sanou's fishermen blame …": the owner's people, not the owner
                np = (np[0], np[1] + 1)
            if np and np[1] < s1 and P.kind[np[1]] == "w" and not P.cap[np[1]] and (P.low[np[1]] not in ROLE_LINKS or not P.cap[np[0]] or (
                # the arts and trade papers' interview: "'I Wanted the Camera to Be Afraid':
                # Tamsin Okoro-Hale on Her New Film", a name the story writes again, then "on"
                # and a topic that opens as one does, not an idiom's bare noun ("Harbour City on alert")
                P.low[np[1]] == "on" and np[1] - np[0] > 1 and np[1] + 1 < s1 and P.low[np[1] - 1] not in _PLACE_HEADS and (
                    P.low[np[1] - 1] not in BODY_HEADS
                ) and (
                    P.cap[np[1] + 1] or P.low[np[1] + 1] in _NOUN_DETS or P.kind[np[1] + 1] == Q
                ) and not (
                    # nor a state's idiom after "the": "Harbour Water on the Brink", "… on the move"
                    np[1] + 2 < s1 and P.low[np[1] + 1] in ("the", "a") and P.low[np[1] + 2] in _ON_THE_STATES
                ) and _full_name_later(P.text, P.text[P.start[np[1] - 1] : P.end[np[1] - 1]], P.end[np[1] - 1])
            )) and any(
                P.cap[m] or P.low[m] in ROLE_NOUNS for m in range(np[0], np[1])
            ):
                return Found(_span(P, *np), (P.start[t + 1], P.end[t + 1]), "quote-colon")
    if t == 0 and t + 3 < s1 and P.low[t + 1] in DASHES and P.cap[t + 2]:
        # "'Not one cent misspent' — Maharaj-Clarke defends bridge contract": a headline's
        # quote, a dash and its speaker's name before a verb in the present, as after a colon
        np = np_forward(P, t + 2, s1)
        if np and np[1] < s1 and P.kind[np[1]] == "w" and not P.cap[np[1]] and P.low[np[1]][-1] == "s" and all(
            P.cap[m] for m in range(np[0], np[1])
        ) and (P.low[np[1]] in _STANCE_VERBS or _cue(P, np[1])):
            # (a verb of speech or stance, not a plural: "'Make It Great' — Trump hats were everywhere")
            return Found(_span(P, *np), (P.start[t + 1], P.end[t + 1]), "quote-dash")
    j = t + 1
    dash = False
    while j < s1 and P.low[j] in _COMMA_PAREN_DASHES:
        dash = dash or P.low[j] in DASHES
        j += 1
    if j >= s1:
        return None
    w = P.low[j]
    if P.kind[j] == Q:
        return None
    if w == "as" and j + 2 < s1 and (found := _as_tail(P, t, j, s1)) is not None:
        return found
    if not dash and w not in _THOSE_THESE and _TAIL_WORDS.isdisjoint(P.low[j:s1]):
        # (every reading below but "those were the words of" and a dash's needs a verb of
        # speech, a closing verb or "according" among the words left: most quotes with no
        # credit after them have none, told in C)
        return None
    if w == "according" and j + 1 < s1 and P.low[j + 1] == "to":
        np = _according_to(P, j + 2, s1)
        if np:
            return Found(_span(P, *np), (P.start[j], P.end[j + 1]), "tail-according")
        return None
    cv = _cue(P, j) if w in _CUE_WORDS else None
    if cv and P.cap[j] and j + 1 < s1 and (_cue(P, j + 1) or (w == "said" and _given_said(P, j, s1) and (
        # "…," Said Ahmed told reporters: the given name, its name and a verb after it
        (np := np_forward(P, j + 1, s1)) is not None and np[1] < s1 and _cue(P, np[1]) is not None
    ))):
        cv = None  # "…," Sang said. / "…," Read told …: a capitalised verb before a verb is a name
    if cv and cv[0] in ("past", "s", "base") and not (cv[0] == "base" and w in _ADJECTIVE_CUES and _verb_after_group(P, j + 1, s1)):
        if cv[1] in _NEVER_INVERTED:
            return None
        np = _inverted(P, j + 1, s1)
        if np:
            return Found(_span(P, *np), (P.start[j], P.end[j]), "tail-inverted")
        return None
    if w in _THOSE_THESE and j + 5 < s1 and P.low[j + 2] == "the" and P.low[j + 4] == "of" and P.low[j + 1] in BE and P.low[j + 3] in _WORDS_OF:
        # ""…." Those were the words of Ann Obi, who …": the words' owner speaks
        np = np_forward(P, j + 5, s1)
        if np and any(P.cap[m] or P.low[m] in ROLE_NOUNS for m in range(*np)) and P.low[np[1] - 1] not in _WRITINGS:
            # (a person's, not "the words of the song", nor a text's: "the Carrow Accord")
            return Found(_span(P, *np), (P.start[j + 3], P.end[j + 3]), "tail-words-of")
    if w in _NOUN_DETS:
        # "…," the article read. / the letter states,: a short phrase, then a verb closing the clause
        for k in (j + 2, j + 3):
            if k < s1 and (SPEECH_VERBS.get(P.low[k]) or (P.low[k] in _CLOSING_VERBS and _quote_opens(P, t))) and (k + 1 >= s1 or P.low[k + 1] in TERMINAL or P.low[k + 1] == ",") and all(
                P.kind[m] == "w" and P.low[m] not in _PHRASE_STOPS for m in range(j + 1, k)
            ):
                # (a day or an adverb before the verb is when, not who: "…," the mayor Monday
                # said, "…," the mayor recently said)
                return Found(_span(P, j, k - 1 if k == j + 3 and (
                    (P.cap[j + 2] and not P.cap[j + 1] and P.low[j + 2] in _WEEKDAYS) or P.low[j + 2] in ADVERBS
                ) else k), (P.start[k], P.end[k]), "tail")
    np = np_forward(P, j, s1)
    if (np and np[1] < s1 and (P.low[np[1]] in _CLOSE_WORDS or P.low[np[1] - 1] in _CLOSE_WORDS)) or (np is None and w in SOMEONE):
        np = _close_to_after(P, np or (j, j + 1), s1)  # '"…," people familiar with the talks said', "someone close to"
    if not np:
        # (_chunk_then_cue needs a word at j that stops no phrase and a verb of speech among
        # the nine words after it: told in C first, most tails have none)
        return _chunk_then_cue(P, j, s1) if (
            P.kind[j] == "w" and w not in _PHRASE_STOPS and not _CUE_WORDS.isdisjoint(P.low[j + 1 : j + 10])
        ) else None
    k = np[1]
    if k < s1 and k - np[0] >= 3 and P.cap[k - 1] and P.low[k - 1] in _WEEKDAYS and not P.cap[k - 2] and P.kind[k - 2] == "w" and (
        P.low[k - 2] not in _PHRASE_STOPS and P.low[k - 2] not in DETERMINERS
    ) and _cue(P, k):
        # "…," the spokeswoman Monday told reporters, "…," lawyers for the family Monday said:
        # the day is when, not a name after the phrase; and after a document's participle
        # the document speaks ("the statement issued Tuesday said", as np_backward reads it)
        np = (np[0], k - 2 if P.low[k - 2] in _ISSUED and k - 2 > np[0] + 1 else k - 1)
    if k + 1 < s1 and P.low[k] in _WEEKDAYS and (
        (P.cap[k - 1] and k - np[0] >= 2 and P.cap[k - 2] and P.kind[k - 2] == "w") or P.low[k - 1] in ROLE_NOUNS or P.low[k - 1] == "."
    ) and _cue(P, k + 1):
        # "…," Ann Obi Monday said, "…," Kessel Corp. Tuesday told …: the day between the
        # subject and its verb is no part of the name (as np_backward reads it before a quote);
        # not after one capitalised word, where the day is a surname ("Joe Friday said") or
        # the day's own name ("residents on Black Friday said")
        k += 1
    while k < s1 and P.low[k] in ADVERBS:
        k += 1
    if k + 1 < s1 and P.low[k] == "," and P.low[k - 1] != "," and _cue(P, k + 1) and P.kind[k - 1] == "w" and np[1] - np[0] > 2 and "," in P.low[np[0] : np[1]]:
        k += 1  # "…," the mayor's chief of staff, Ann Hosken, told …: the name closed the phrase
    elif k < s1 and P.low[k] in (",", "("):
        # apposition: "…," Smith, a doctor, said
        close = "," if P.low[k] == "," else ")"
        m = k + 1
        while m < s1 and P.low[m] != close and P.kind[m] != Q and m - k < 30:
            m += 1
        if m < s1 and P.low[m] == close and (_apposition(P, k + 1, m) or P.low[k + 1] in _ASIDE_PARTICIPLES or P.low[k + 1] in _LED_PARTICIPLES):
            # (a past participle's aside too: "…," the letter, signed by 40 MPs, reads.)
            k = m + 1
            while k < s1 and P.low[k] in ADVERBS:
                k += 1
            if close == "," and k < s1 and P.kind[k] == "w" and not _cue(P, k):
                # "Anne Richards, assistant secretary for population, refugees, and migration, said"
                m = k
                while m < s1 and m - k < 20 and P.kind[m] != Q and P.low[m] not in TERMINAL and not (P.low[m - 1] == "," and _cue(P, m)):
                    m += 1
                if m < s1 and P.low[m - 1] == "," and _cue(P, m):
                    k = m
    if k + 3 < s1 and P.low[k] in BE and P.low[k + 1 : k + 4] == ["quoted", "as", "saying"]:
        return Found(_span(P, *np), (P.start[k + 1], P.end[k + 3]), "quoted-as")  # "…," Brill is quoted as saying
    if k + 3 < s1 and P.low[k] in _QUOTING:
        # "…," Kell News quoted Petrov as saying: the one quoted, after the verb
        obj = (k + 1, k + 2) if P.low[k + 1] in ("him", "her") and P.low[k + 2] == "as" else np_forward(P, k + 1, s1)  # (not "her aide")
        if obj and obj[0] == k + 1 and obj[1] + 1 < s1 and P.low[obj[1]] == "as" and P.low[obj[1] + 1] == "saying":
            return Found(_span(P, *obj), (P.start[k], P.end[obj[1] + 1]), "quoted-as")
    if k < s1:
        cv = _cue(P, k)
        if cv is None and P.kind[k] == "w" and (k + 1 >= s1 or P.low[k + 1] in TERMINAL or P.low[k + 1] == ","):
            cv = SPEECH_VERBS.get(P.low[k]) or (_CLOSING_VERBS.get(P.low[k]) if _quote_opens(P, t) else None)  # "…," the statement read.: a verb, ending the clause
        if cv and cv[0] in ("past", "s", "base", "part"):
            return Found(_span(P, *np), (P.start[k], P.end[k]), "tail")
        if P.low[k] in ROLE_LINKS and k == np[1]:
            # "a spokesman for committee Democrats said"
            m = k + 1
            while m < s1 and m - k <= 6 and P.kind[m] == "w" and not _cue(P, m):
                m += 1
            if m < s1 and m - k <= 6:
                cv = _cue(P, m)
                if cv and cv[0] in ("past", "s"):
                    e = m
                    if m == k + 2 and P.cap[k + 1] and (P.low[k] == "in" or P.low[k] == "on") and (
                        P.low[k + 1] in _MONTHS or P.low[k + 1] in _WEEKDAYS
                    ):
                        e = k  # "…," Anna Pell in May said: when she spoke, no part of her name
                    return Found(_span(P, np[0], e), (P.start[m], P.end[m]), "tail")
    chunk = _chunk_then_cue(P, j, s1) if (
        P.kind[j] == "w" and w not in _PHRASE_STOPS and not _CUE_WORDS.isdisjoint(P.low[j + 1 : j + 10])
    ) else None  # (as above)
    if chunk:
        return chunk
    if dash and (np[1] >= s1 or P.low[np[1]] in _TERMINAL_OR_COMMA):
        d = t + 1
        while P.low[d] not in DASHES:
            d += 1
        return Found(_span(P, *np), (P.start[d], P.end[d]), "tail-dash")
    return None


_THOSE_THESE = frozenset({"those", "these", "that", "such"})  # (""…." Those were the words of Ann Obi")
_WRITINGS = DOCUMENTS | {"accord", "treaty", "act", "bill", "law", "constitution", "charter", "amendment", "bible", "quran", "koran",
                         "torah", "gospel", "psalm", "anthem", "song", "hymn", "poem", "book", "declaration", "manifesto",
                         "pledge", "oath", "prayer", "banner", "slogan", "sign", "plaque"}  # (words of no speaker)
_WORDS_OF = frozenset({"words", "remarks", "comments", "message", "warning", "verdict", "plea", "view", "advice"})
_OBJECT_RELATIVES = {"whom", "who", "that", "which"}  # (before an active verb's subject: "whom Ann Obi accused")


# a headline's present-tense verbs of stance after "'…' — Name": "defends", "hits back"
_STANCE_VERBS = {"defends", "hits", "slams", "blasts", "backs", "rejects", "dismisses", "fires", "responds", "vows",
                 "pledges", "stands", "doubles"}


# verbs of a ruling or a finding, which credit a quote only when they close its clause
# right after their subject: "…," the judge held. / "…," the court ruled. / the study found.
_CLOSING_VERBS = {"held": ("past", "hold"), "ruled": ("past", "rule"), "concluded": ("past", "conclude"),
                  "found": ("past", "find"), "holds": ("s", "hold"), "rules": ("s", "rule"),
                  "concludes": ("s", "conclude"), "finds": ("s", "find")}
# the words one of tail's readings after the quote needs (see tail)
_TAIL_WORDS = _CUE_OR_ACCORDING | frozenset(_CLOSING_VERBS)


def _quote_opens(P: Tokens, t: int) -> bool:
    """Whether the quote at t opens its sentence, no word before it: a finding's words are
    the quote only then ("…," the court held.), not in "Brandt called the charge
    "absurd," the court found." (Brandt's word) or "a note reading "Run," police found"."""
    s0 = P.sentence_bounds(t)[0]
    return not any(P.kind[m] == "w" for m in range(s0, t))


def _inverted(P: Tokens, j: int, s1: int) -> tuple[int, int] | None:
    """The speaker after an inverted verb ("said Ona Brill"), unless a verb follows it:
    "…", said the company had "…" is the verb's clause, not an inverted speaker."""
    np = np_forward(P, j, s1) or _name_chunk(P, j, s1)
    if (np and np[1] < s1 and (P.low[np[1]] in _CLOSE_WORDS or P.low[np[1] - 1] in _CLOSE_WORDS)) or (np is None and j < s1 and P.low[j] in SOMEONE):
        np = _close_to_after(P, np or (j, j + 1), s1)  # "said people familiar with the talks", "said someone close to"
    if np is None and j < s1 and not P.cap[j] and _role_ahead(P, j, s1):
        # a headline's bare role, no article: "'…,' says cafe owner", "warns union boss"
        r = j
        while P.low[r] not in ROLE_NOUNS:
            r += 1
        if r + 1 >= s1 or P.kind[r + 1] != "w":
            return (j, r + 1)
        return None
    if np and np[1] < s1 and P.low[np[1]] in _AUX and not _cue(P, np[1]):
        return None
    return np


# verbs of speech that are also adjectives before a group: "state media", "state officials"
_ADJECTIVE_CUES = frozenset({"state"})


def _verb_after_group(P: Tokens, j: int, s1: int) -> bool:
    """Whether the phrase at j is followed by a verb of speech in the past: "…," state media
    said (the adjective's group speaks, not an inverted "state")."""
    np = np_forward(P, j, s1)
    return np is not None and np[1] < s1 and P.low[np[1]] in _CUE_WORDS and (cue := _cue(P, np[1])) is not None and cue[0] == "past"


def _patronymic_said(P: Tokens, x: int, j: int) -> bool:
    """Whether the capitalised "Said" at x is a father's name: "…," bin Said said."""
    return P.low[x] == "said" and x > j and P.low[x - 1] in _PATRONYMS


def _chunk_then_cue(P: Tokens, j: int, s1: int) -> Found | None:
    """"…," Daily News opinion editor Josh Greenman said: a run of words holding a name,
    then the verb."""
    m = j
    while m < s1 and m - j < 10 and (P.kind[m] == "w" or (P.low[m] == "." and m > j and len(P.low[m - 1]) <= 4)):
        cv = _cue(P, m) if P.low[m] in _CUE_WORDS else None
        if cv and cv[0] in ("past", "s") and m > j:
            if any(_is_nameish(P, x) and (P.low[x] not in DISCOURSE or _patronymic_said(P, x, j)) for x in range(j, m)):
                e = m
                if m - 3 >= j and P.low[m - 2] in _TIME_BEFORE:
                    e = _skip_time(P, m - 1, j) + 1  # "…," Anna Pell in May said: when she spoke, no part of her name
                return Found(_span(P, j, e), (P.start[m], P.end[m]), "tail-chunk")
            return None
        if P.low[m] in _PHRASE_STOPS and not (P.cap[m] and P.low[m] in _GO_ON):
            return None  # (but a name's "Went" or "Go": "…," residents of the Went valley said)
        m += 1
    return None


# verbs whose object follows them: the words after "told" name the listener, never an
# inverted speaker ("said Smith", "asked Smith" and "warned the IMF" are inverted; "told
# Fox News" is not)
_NEVER_INVERTED = {"tell", "urge", "remind", "inform", "assure", "accuse", "call", "advise"}


def final_clause(P: Tokens, t: int, s1: int) -> Found | None:
    """", the lawsuit alleges." / ", said Brad Bannon, a pollster." closing the sentence."""
    low, kind = P.low, P.kind
    words = low[t + 1 : s1]
    if "," not in words or _CUE_WORDS.isdisjoint(words):
        return None  # (a clause is read after a comma, and names a speaker only by its verb: told in C)
    c = s1 - 1
    tried = 0
    while c > t and tried < 3:
        if low[c] == ",":
            tried += 1
            found = _clause_at(P, c + 1, s1)
            if found:
                return found
        elif kind[c] == Q:
            # another quote later in the sentence: the clause between the two may be this
            # one's ("“…” to drive up the price, she said, citing “cross-sell”")
            for d in range(t + 1, c):
                if P.low[d] == ",":
                    found = _clause_at(P, d + 1, c)
                    if found is None or found.cue is None:
                        return None
                    k = bisect.bisect_left(P.start, found.cue[1])
                    if all(P.kind[i] == "p" for i in range(k, c)):
                        return None  # "…, she noted, "…"": the later quote's head
                    return found
            return None
        c -= 1
    return None


def _clause_at(P: Tokens, j: int, s1: int) -> Found | None:
    cv = _cue(P, j) if j < s1 else None
    if cv and cv[0] in ("past", "s"):
        if cv[1] in _NEVER_INVERTED:
            return None  # ", told POLITICO": the one told, not the speaker
        # ", said Ona Brill, director of …": the clause may run long on appositions
        np = _inverted(P, j + 1, s1)
        if np:
            return Found(_span(P, *np), (P.start[j], P.end[j]), "final-inverted")
        return None
    if s1 - j > 16:
        return None
    np = np_forward(P, j, s1)
    if np is None and j + 1 < s1 and _profession_plural(P, j):
        np = (j, j + 1)  # ", archaeologists have said.": a profession's people, whom no list names
    if np:
        k = np[1]
        while k < s1 and P.low[k] in ADVERBS:
            k += 1
        if k < s1:
            cv = _cue(P, k)
            if cv and (cv[0] in ("past", "s") or (cv[0] == "base" and _plural_at(P, np[1] - 1))):
                # (a plural's present too: "… as cold sets in, advocates warn")
                return Found(_span(P, *np), (P.start[k], P.end[k]), "final")
    return None


def _profession_plural(P: Tokens, i: int) -> bool:
    """Whether the word at i is a plural of a profession or a calling by its ending, in
    lower case: "archaeologists", "historians" (not "lists", "Christians")."""
    w = P.low[i]
    return P.kind[i] == "w" and not P.cap[i] and len(w) > 7 and w[-4:] in ("ists", "ians")


def _plural_at(P: Tokens, i: int) -> bool:
    """Whether the word at i is a plural noun in lower case ("advocates", "residents",
    "people"), the subject a verb's plain present agrees with."""
    w = P.low[i]
    return P.kind[i] == "w" and not P.cap[i] and (w in ("people", "police") or (w[-1:] == "s" and w[-2:-1] not in "su'’"))


def _name_chunk(P: Tokens, j: int, hi: int) -> tuple[int, int] | None:
    """After an inverted verb, the words up to the next punctuation when they hold a
    name: "said former tech executive Carly Fiorina"."""
    i = j
    while i < hi and i - j < 8 and (P.kind[i] == "w" or (P.low[i] == "." and i > j and len(P.low[i - 1]) <= 4 and (
        # (the full stop of an abbreviation or an initial, not the one ending the sentence
        # after a short surname: "said two-time winner Ann Obi.")
        P.low[i - 1] in _DOTTED or len(P.low[i - 1]) == 1 or "." in P.low[i - 1]
    ))):
        i += 1
    if i == j or (i < hi and P.kind[i] == "w"):
        return None
    if P.low[j] in _PP_HEADS and not P.cap[i - 1]:
        return None  # "'not our fault' post on Facebook draws backlash": a place to post, then a clause
    if any(_is_nameish(P, m) and (P.low[m] not in DISCOURSE or _patronymic_said(P, m, j)) for m in range(j, i)):
        return (j, i)
    return None


_TITLE_BEFORE = {"on", "of", "titled", "entitled", "named", "show", "program", "programme", "film", "book", "movie",
                 "series", "podcast", "album", "song", "documentary", "novel", "column", "headline", "segment",
                 "pseudonym", "nickname", "hashtag", "slogan", "hat", "hats", "banner", "play", "musical",
                 "opera", "poem", "memoir", "essay", "exhibition",
                 # the arts pages' words for a work: "her debut "Brackwater,"", "his second
                 # feature "Tidewater"", "the thriller "Night Ferry"", "the single "Paper Boats""
                 "debut", "feature", "sequel", "prequel", "thriller", "drama", "comedy", "single", "ep",
                 "record", "anthology", "collection", "painting", "installation", "title"}
# an owner's work, of two words or more: "His "Nordvik Suite" was played …", "their "Salt
# Road" tour" (not one word, "his "D-minus" rating", a mark someone gave him)
_OWNERS = {"his", "her", "their", "its"}
# (but words an owner said, named by the noun after them: "her "No New Taxes" pledge", "his
# "Hands Off Our Land" message")
_SAID_NOUNS = NOUNABLE | {"message", "mantra", "refrain", "catchphrase", "speech"}


_PERFORM = {"stars", "starred", "starring", "star", "appeared", "appears", "appearing", "acted", "acts", "featured",
            "features", "featuring", "performed", "performs", "played", "plays"}
# verbs whose object in title case is a work, not words spoken: "she sings "Carrow Nights"",
# "the band covered "Blue Harbour"" (a sung line in small letters stays the singer's; and so
# does what a scene shows someone doing, "called them to the stage, singing "It's Our Time"")
_WORK_VERBS = {"sings", "sang", "sung", "performed", "performs", "covered", "covers", "released", "releases",
               "recorded", "records", "played", "plays"}


def name_like(content: str) -> bool:
    """One to four words, the first capitalised, no stop, comma or mark among them ("Aktuaalne
    kaamera", "Panorāma"): a programme's or a paper's name as a language other than English
    writes it, not a sentence spoken."""
    words = content.split()
    return 0 < len(words) <= 4 and words[0][:1].isupper() and all(w.replace("-", "").isalpha() for w in words)


def title_like(content: str) -> bool:
    """Short and in title case ("Meet the Press", "Fox and Friends"): a name, not speech."""
    words = content.strip().rstrip(",.;:!?").split()
    if not words or len(words) > 7:
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 or not w[:1].isalpha() for w in words)


def quote_only(P: Tokens) -> bool:
    """A paragraph with nothing but quotations (and punctuation) in it."""
    return "w" not in P.kind


def attribute_paragraph(
    P: Tokens,
    quote_text_end: dict[int, str],
    titles: Container[int] = frozenset(),
    body: bool = True,
    multiword: Container[int] = frozenset(),
    known: KnownNames | None = None,
    names: Container[int] = frozenset(),
) -> dict[int, Found]:
    """Attribute every quote token in one paragraph; keyed by quote index.

    `quote_text_end` gives the last character of each quote's content, which tells a
    quote that ends its sentence ("…here.") from one the sentence carries on past."""
    out: dict[int, Found] = {}
    last: Found | None = None
    low, kind, qidx = P.low, P.kind, P.qidx
    n = len(low)
    # (P.sentence_bounds written out: a call for each quote costs more than the bisect)
    breaks = P.breaks()
    nb = len(breaks)
    bisect_right = bisect.bisect_right
    for t in P.qend:  # the quotations' token indices, in order
        qi = qidx[t]
        i = bisect_right(breaks, t)
        s0 = breaks[i - 1] if i else 0
        s1 = breaks[i] if i < nb else n
        # only punctuation before it (counted in C for a short stretch; a long run-on
        # sentence stops at its first word, so that many quotes in it stay linear, and
        # most open with a word: no generator for those)
        initial = kind[s0:t].count("p") == t - s0 if t - s0 <= 16 else (
            kind[s0] == "p" and all(k == "p" for k in islice(kind, s0, t))
        )
        ends = quote_text_end.get(qi, "")
        if initial and s1 == t + 1 and s1 < n:
            # a quotation opening its sentence does not end it ("We won!" Smith said.)
            i = bisect_right(breaks, s1)
            s1 = breaks[i] if i < nb else n
        # a run-on "sentence" (no full stops for pages) must not make every quote read all
        # of it: look at most a long sentence's length either side
        # (conditional expressions: a call to max or min costs more in this interpreter)
        if s0 < t - WINDOW:
            s0 = t - WINDOW
        if s1 > t + WINDOW:
            s1 = t + WINDOW
        # (the words either side of the quote, read once: "" past either end)
        nxt = low[t + 1] if t + 1 < n else ""
        prev = low[t - 1] if t > 0 else ""
        tail_ok = initial or ends in ",!?.…—–-" or nxt in _COMMA_OR_DASHES
        tt = t  # where the words after the quote start, less a translation in brackets:
        # "« Nous ne lâcherons rien » ("We will not give an inch"), X, head of …, told AFP."
        if nxt == "(" and t + 4 < n and kind[t + 2] == Q and low[t + 3] == ")" and low[t + 4] == ",":
            tt = t + 3
        elif prev == "(" and t + 2 < n and nxt == ")" and low[t + 2] == "," and kind[t - 2] == Q:
            tt = t + 1
        found = None
        # a verb of speech right before a quote with its comma outside claims the quote first:
        # "X hails « … », Y speaks of …" (a comma inside, "…," Y said, leaves it to the tail)
        cued = nxt == "," and not initial and t > s0 and (
            _cue(P, t - 1) is not None or (t - 1 > s0 and prev in (":", ",", "that") and _cue(P, t - 2) is not None)
        )
        if cued:
            found = head(P, t, s0)
        # (tail reads the words after the quote in its sentence: none after most quotes that end one)
        if found is None and tail_ok and tt + 1 < s1:
            found = tail(P, tt, s1)
        if found is None and not initial and not cued:
            found = head(P, t, s0)
            if found is not None and not body and found.how == "colon-subject" and _headline_passive(P, s0, found):
                found = None
        if found is None and not tail_ok and tt + 1 < s1:
            found = tail(P, tt, s1)
        if found is not None and not initial and found.how in _SUBJECT_HOWS and "that" in low[t - 12 if t - 12 > s0 else s0 : t]:
            # "The opinion rejected the government's argument that the statute gave the
            # agency "unreviewable discretion."": the claim's owner, not the subject
            found = _claim_owner(P, s0, t) or found
        # (he, she and they open in an h, s or t: most speakers found do not, told without the call)
        if found is not None and found.mention is not None and not initial and P.text[found.mention[0]] in "hHsStT" and (
            _is_pronoun_at(P, found.mention[0])
        ):
            found = _outer_speaker(P, t, s0, found, known)
        if (found is None or found.blocked) and s1 > t + 1:  # (no words after it in its sentence: no clause to read)
            found = final_clause(P, t, s1) or found
        if found is None and initial and last is not None and not last.blocked:
            found = Found(last.mention, last.cue, "inherit")
        if found is None and not initial and last is not None and not last.blocked and (_cue(P, s0) or ("",))[0] == "ing":
            found = Found(last.mention, (P.start[s0], P.end[s0]), "inherit-participle")  # "Adding, "…""
        if found is None and prev == "(" and t > 1 and kind[t - 2] == Q and nxt == ")" and (
            qidx[t - 2] in out
        ):
            # "Queremos un futuro con agua" ("We want a future with water"): a translation in
            # brackets right after a quote is its speaker's words too
            before = out[qidx[t - 2]]
            if not before.blocked:
                found = Found(before.mention, before.cue, "inherit")
        if found is None and initial and last is None and t > 0 and body:
            # "Pike said she had made progress. "I really believe …"": the sentence before
            # has someone speak
            found = speech_lead(P, t) or (subject_lead(P, known, t) if known is not None else None)
        if found is None and not body and not initial and t > 2 and low[1:5].count(":") == 1:
            found = _role_label(P, t)
        if not initial and t > 0 and ((
            prev.endswith(("'s", "’s")) and (qi in titles or (
                # "told ERR's 'Aktuaalne kaamera'", "on LSM's "Panorāma"": a name after an owner
                # in capitals, written as a sentence is, of a few words and no stop or comma
                P.cap[t - 1] and qi in names
            ))
        ) or ((prev in _TITLE_BEFORE or prev in _WORK_VERBS or (t > 1 and prev == "in" and low[t - 2] in _PERFORM) or (
            prev in _OWNERS and " " in P.text[P.start[t] : P.end[t]] and nxt not in _SAID_NOUNS
        ) or (
            # a work and its year in brackets: "before the "Nordvik Suite" (1974) made his name"
            nxt == "(" and t + 2 < n and len(low[t + 2]) == 4 and low[t + 2].isdigit() and not (
                # (not words a verb of speech brings in: "Obi told the court, "I Was Never
                # There" (2019)", a quote and its year)
                prev in (",", ":") and _cue_inside(P, t - 6 if t - 6 > s0 else s0, t - 1)
            )
        )) and qi in titles)):
            found = None  # the name of a show, a book, a slogan: nobody's words here
        elif found is None and body and not initial and qi in multiword and not (t > 0 and prev == "so-called"):
            found = _subject_fallback(P, s0, t, known or KnownNames(""), s1)
        if found is not None:
            out[qi] = found
            if not found.blocked:
                last = found
    return out


def _headline_passive(P: Tokens, s0: int, found: Found) -> bool:
    """A headline's passive, its "was" dropped: "Nearly 900,000 heaters recalled: '…'",
    "Man jailed after crash: '…'" (the subject found opening it, then within three
    lower-case words a past participle): what was done to is no speaker."""
    if P.start[s0] != found.mention[0]:
        return False
    m = bisect.bisect_left(P.start, found.mention[1])
    for j in range(m, m + 3 if m + 3 < len(P.low) else len(P.low)):
        if P.kind[j] != "w" or P.cap[j]:
            return False
        if P.low[j].endswith("ed"):
            # (a verb of speech too: "Drivers warned: 'Stay off the roads'"); not a feeling,
            # which is the speaker's own: "Residents relieved: 'We got lucky'", "Parents outraged: '…'";
            # nor a verb with its object after it, the subject's own deed ("Mayor Pell delivered
            # a retort: '…'"), or what one is given, which one speaks of ("Striker handed a ban: '…'")
            return P.low[j] not in _FEELING_PARTICIPLES and not (j + 1 < len(P.low) and P.low[j + 1] in _OBJECT_OPENERS)
    return False


_OBJECT_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})


# past participles a headline gives its speakers as their state of mind, not what was done to
# them: "Fans delighted: '…'", "Farmers worried: '…'", "Nurses united: '…'"
_FEELING_PARTICIPLES = frozenset({
    "relieved", "delighted", "outraged", "worried", "concerned", "shocked", "stunned", "devastated", "horrified",
    "frustrated", "disappointed", "divided", "united", "thrilled", "pleased", "angered", "saddened", "puzzled",
    "baffled", "bemused", "amused", "surprised", "alarmed", "scared", "terrified", "frightened", "overjoyed",
    "elated", "excited", "incensed", "enraged", "infuriated", "dismayed", "appalled", "disgusted", "unimpressed",
    "undeterred", "determined", "convinced", "unconvinced", "confused", "exhausted", "overwhelmed", "emboldened",
    "vindicated", "satisfied", "dissatisfied", "resigned", "unmoved", "unfazed", "heartened", "encouraged",
    "disheartened", "embarrassed", "humiliated", "annoyed", "irritated", "fed", "unhappy",
    "opposed", "unconcerned", "undecided", "unrepentant", "ashamed", "grieved", "traumatised", "traumatized",
})


def _role_label(P: Tokens, t: int) -> Found | None:
    """A headline that opens with a role and a colon, as the Malaysian and Indian papers
    write "X says": "Transport minister: E-hailing fare floor 'will protect drivers'" is
    the minister's; not a topic's label ("Haze crisis: …", "Opinion: …")."""
    low = P.low
    c = low.index(":", 1, 5)
    if c >= t - 1 or low[c - 1] not in ROLE_NOUNS or not P.cap[0] or any(
        P.kind[m] != "w" or low[m] in DETERMINERS or low[m] in ROLE_LINKS for m in range(c)
    ):
        # (a role and its words only: not a column's label, "Meet the candidate:", "Ask the
        # expert:", "Letter to the editor: The 'war on motorists' must end")
        return None
    return Found(_span(P, 0, c), (P.start[c], P.end[c]), "role-label")


def _is_pronoun_at(P: Tokens, at: int) -> bool:
    m = bisect.bisect_left(P.start, at)
    return m < len(P.start) and P.start[m] == at and P.low[m] in ("he", "she", "they")


def _outer_speaker(P: Tokens, t: int, s0: int, found: Found, known: KnownNames | None) -> Found:
    """A he or she inside a clause that the sentence's named subject governs names that
    subject: "Rubio said that … he has begun "…"", "Cruz has railed against what he
    calls "…"". Otherwise `found` as it is."""
    m = bisect.bisect_left(P.start, found.mention[0])
    if m <= s0 or m > t:
        return found  # a tail ("…," she said) names its own speaker, even after a head
    prev = P.low[m - 1]
    if prev in CLAUSE_BREAKS or prev in _CLAUSE_OPENERS or P.kind[m - 1] != "w" or P.cap[m - 1]:
        return found  # "…, but he said", "when she told": the pronoun opens a clause of its own
    if m - 2 > s0 and P.low[m - 2] in DETERMINERS and found.cue is not None and m + 1 < t and P.start[m + 1] == found.cue[0] and (
        _cue(P, m - 1) is None and (_cue(P, m + 1) or ("", ""))[1] in OBJECT_CUES
    ):
        return found  # "criticised a decision she called "…"": a clause of her own on the noun
    subj = _clause_subject(P, s0, m)
    if subj is None or subj[1] > m or P.low[subj[0]] in SUBJECT_PRONOUNS or not P.cap[subj[0]] or P.low[subj[0]] in DETERMINERS:
        return found
    if any(P.kind[i] == Q for i in range(subj[1], m)):
        return found
    if subj[1] - subj[0] == 1 and subj[0] == s0 and (known is None or P.low[s0] not in known):
        return found  # "Maybe the window …": a capitalised word opening a sentence, and no name
    return Found(_span(P, *subj), found.cue, found.how + "-outer")


# what one calls by holding it, not by naming it: "the meeting Pell has called "will be short""
_CONVENED = frozenset({"meeting", "meetings", "vote", "election", "strike", "summit", "referendum", "ballot", "session", "hearing", "conference", "truce", "ceasefire", "halt", "inquiry"})
_NOT_A_THING = {"who", "which", "that", "also", "then", "later", "once", "again", "repeatedly", "publicly"}
_CLAUSE_OPENERS = {"and", "but", "or", "so", "then", "though", "although", "when", "where", "while", "once",
                   "because", "if", "unless", "until", "since", "after", "before", "as", "whether", "why", "how"}


_WHILE_WORDS = frozenset({"while", "whereas", ";"})


def _subject_fallback(P: Tokens, s0: int, t: int, known: KnownNames, s1: int = 0) -> Found | None:
    """No cue in the sentence: a fragment quoted inside the writer's sentence is most
    often its subject's words ("Trump portrayed them as "rapists""). Only he, she or a
    name the article uses mid-sentence elsewhere qualifies, never a stray capital."""
    if _cue_inside(P, s0, t):
        return None
    e = s1 - 1
    if e > t + 2 and P.kind[e] == "p":
        e -= 1
    if e > t + 2 and P.kind[e] == "w" and P.low[e] in _CUE_WORDS and _cue(P, e) is not None and "," in P.low[t + 1 : e]:
        # "… takes "urgent" action, the government's independent climate adviser has
        # warned.": the sentence's last words name its speaker, though the tail could not read them
        return None
    np = None
    # (the loop only where the words hold one: most sentences do not, tested in C)
    for c in range(t - 1, s0, -1) if not _WHILE_WORDS.isdisjoint(P.low[s0 + 1 : t]) else ():
        # "Jindal signed an order, while Mike Huckabee proposed we "…"": the subject of
        # the clause holding the quote
        if P.low[c] in _WHILE_WORDS:
            got = np_forward(P, c + 1, t)
            if got and got[1] < t and (P.kind[got[1]] == "w" or P.low[got[1]] == ","):
                np = got
            break
    if np is None and not _HEARD.isdisjoint(P.low[s0 + 1 : t]):
        # "The tribunal heard that the home's manager, Darren Hollis, forwarded the email
        # with the comment "…"": what a court or an inquiry heard is told of the clause's
        # own subject
        h = P.low.index("heard", s0 + 1, t)
        if h + 2 < t and P.low[h + 1] == "that":
            np = _clause_subject(P, h + 2, t, False)  # (no verb of speech in s0..t: _cue_inside said so above)
            if np is None or np[0] < h + 2:
                return None
            v = np[1]
            while v < t and P.kind[v] == "p":
                v += 1
            if v < t and (P.low[v] in _HEARD_NOT_SAID or (P.low[v] in ("had", "has") and v + 1 < t and P.low[v + 1] == "been")):
                # "… heard that the manager, Tom Reed, was nicknamed "…" by staff", "… that
                # Ann Pell received an email headed "…"": words done to or sent to the subject
                return None
    np = np or _clause_subject(P, s0, t, False)
    if not np or np[1] >= t or P.low[np[1]] == ":":
        return None  # (a label: "Veto Power Impedes Peace Efforts: …")
    last = P.low[np[1] - 1]
    if np[1] - np[0] == 1 and last in ("he", "she"):
        return Found(_span(P, *np), None, "subject")
    if not P.cap[np[1] - 1] or last not in known or P.low[np[0]] in ANON_DETS:
        return None
    return Found(_span(P, *np), None, "subject")


_HEARD = frozenset({"heard"})
# what a court "heard that" its subject did which leaves the words another's: a passive or a
# copula, or words received, read or seen
_HEARD_NOT_SAID = frozenset({"was", "were", "is", "are", "be", "been", "being", "received", "receives", "got", "gets",
                             "read", "saw", "sees", "found", "finds", "heard", "hears", "opened", "opens"})
_SUBJECT_HOWS = {"head", "subject"}  # a quote given to its sentence's subject, by a cue before it or none


def _claim_owner(P: Tokens, a: int, t: int) -> Found | None:
    """"The opinion rejected the government's argument that the statute gave the agency
    "unreviewable discretion."": a fragment inside the that-clause of someone's claim is
    theirs, not the subject's (the last "that" before the quote, after a claim noun and a
    possessive; "his", "her" or "their" claim is left to the subject)."""
    c = t - 1
    be = 0
    while c > a and P.low[c] != "that":
        if P.kind[c] != "w":
            return None  # (not across a comma: "Asked about Trump's claim that it was a bomb, Clinton said, "…"")
        if P.low[c] in BE:
            be += 1
            if be > 1:
                return None  # a second verb is the sentence's: "… Rubio's claim that Cruz is for it is "simply not true.""
        c -= 1
    k = c - 1
    if k - 1 <= a or P.low[k] not in _CLAIM_NOUNS or not P.low[k - 1].endswith(_POSSESSIVE_S):
        return None
    i = k - 1
    if not (P.cap[i] or P.low[i][:-2] in ROLE_NOUNS or (P.low[i][:-2] in _CLAIMING_BODIES and P.low[i - 1] == "the")) or (
        P.low[i][:-2] in NON_NAMES
    ):
        return None
    while i - 1 > a and k - i < 4 and P.kind[i - 1] == "w" and P.cap[i - 1]:
        i -= 1
    if i - 1 > a and P.low[i - 1] == "the":
        i -= 1  # "the government's": the body as written
    return Found((P.start[i], P.end[k - 1] - 2), None, "claim-owner")


# a side in court or a body no role word names that may own a claim: "the state's argument
# that …", "the prosecution's claim that …" (after "the" only: not "a state's claim")
_CLAIMING_BODIES = {"state", "prosecution", "defence", "defense", "plaintiff", "city", "county", "province", "club",
                    "school", "hospital"}


# a capital after a lower-case letter (or , ;) and a space; the lookbehind comes after
# the capital so that the regex engine can skip from capital to capital
_KNOWN_RE = re.compile(UPPER + r"(?<=[a-z,;] " + UPPER + r")[\w'’\-]+")


class KnownNames:
    """Capitalised words the text uses mid-sentence (names, not sentence openers),
    found the first time they are asked about."""

    __slots__ = ("_text", "_names", "_low", "_low_bytes", "_budget")

    def __init__(self, text: str):
        self._text = text
        self._names: frozenset[str] | None = None
        self._low: str | None = None
        self._low_bytes: bytes | None = None
        self._budget = 200  # places looked at one word at a time before listing every name

    def __contains__(self, word: str) -> bool:
        if self._names is not None:
            return word in self._names
        text = self._text
        if self._low_bytes is None:
            if "\u0130" in text or "\u03a3" in text:
                # İ and Σ lower-case differently in context: list every name instead
                return word in self._list()
            # (see ascii_lowered: İ is out above; with a Kelvin sign K, text.lower() for every word)
            self._low_bytes = ascii_lowered(text) if "\u212a" not in text else b""
        if self._low_bytes and word.isascii() and "?" not in word:
            low, key = self._low_bytes, word.encode()
        else:
            if self._low is None:
                self._low = text.lower()  # otherwise one for one, offset for offset
            low, key = self._low, word
        # An article asks about a word or two: rather than list every name, look where
        # the lower-cased text has the word for a match of _KNOWN_RE that is just the word
        # (a match follows a space, so no match starts inside another one). Each search
        # and each place costs from a budget, so that a long text asking about many
        # words lists every name once instead (linear time).
        if not word:
            return False
        at = low.find(key)
        self._budget -= 20
        while at != -1 and self._budget > 0:
            m = _KNOWN_RE.match(text, at)
            if m is not None and m.end() == at + len(word):
                return True
            at = low.find(key, at + 1)
            self._budget -= 1
        if self._budget <= 0:
            return word in self._list()
        return False

    def _list(self) -> frozenset[str]:
        self._names = frozenset(map(str.lower, _KNOWN_RE.findall(self._text)))
        return self._names


def _surname_in(text: str, word: str) -> bool:
    """Whether the text writes `word` as the last of a name somewhere ("Mayor Ana Ibarra",
    Guadalupe “Lupita” Ibarra): the regex UPPER[\\w'’\\-]*["”’']? WORD\\b, searched
    without compiling one for each word (UPPER makes that slow): at each " WORD" that
    ends a word, _NAME_ENDING_RE over the text from the space before (the match holds no
    other space)."""
    if not word:  # (no caller asks about no word: tokens have a character at least)
        return re.search(UPPER + r"[\w'’\-]*[\"”’']? \b", text) is not None
    needle, end = " " + word, 1 + len(word)
    word_end = word[-1].isalnum() or word[-1] == "_"
    at = text.find(needle)
    while at != -1:
        after = text[at + end : at + end + 1]
        if word_end != (after.isalnum() or after == "_") and _NAME_ENDING_RE.search(text, text.rfind(" ", 0, at) + 1, at + 1):
            return True
        at = text.find(needle, at + 1)
    return False


_NAME_ENDING_RE = re.compile(UPPER + r"[\w'’\-]*[\"”’']? $")


def colon_intro(P: Tokens, known: KnownNames | None = None) -> Found | None:
    """A paragraph ending "… X said:" introduces the quote that follows it."""
    n = len(P)
    if n == 0 or P.low[n - 1] != ":" or P.kind[n - 1] == Q:
        return None
    s0, _ = P.sentence_bounds(n - 1)
    found = head(P, n, s0)
    if found is not None and found.how == "colon-subject" and known is not None and found.mention is not None:
        m = bisect.bisect_left(P.start, found.mention[0])
        if m == s0 and P.end[m] == found.mention[1] and P.low[m] not in SUBJECT_PRONOUNS and P.low[m] not in known and not (
            _surname_in(P.text, P.text[P.start[m] : P.end[m]])
        ):
            return None  # "Partial transcript as follows:": a capital opening the sentence, and no name
    return found


def speech_lead(P: Tokens, n: int | None = None) -> Found | None:
    """A paragraph whose last sentence has someone speak ("Howard continued his
    remarks.", "She went on to say more.") leads into a paragraph that is only a quote;
    with `n`, the sentence ending before token n leads into the quote at n."""
    whole = n is None
    n = len(P) if n is None else n
    if n < 3 or P.kind[n - 1] == Q or (whole and Q in P.kind):
        return None
    s0, _ = P.sentence_bounds(n - 1)
    if Q in P.kind[s0:n]:
        return None
    if P.low[s0] in _ASKED and P.cap[s0]:
        s0 = _asked_main(P, s0, n)  # "Asked about it, she laughed.": the main clause leads in
        if s0 is None:
            return None
    for k in compress(range(s0, n), map(_CUE_WORDS.__contains__, P.low[s0:n])):  # (only the words _cue can say yes to)
        cv = _cue(P, k)
        if cv and cv[0] in ("past", "s") and not (k > s0 and P.low[k - 1] in _ADVERB_OR_BE and _passive(P, k, s0)):
            np = np_backward(P, k - 1, s0)
            if np and np[0] <= s0 + 2:
                return Found(_span(P, *np), (P.start[k], P.end[k]), "lead")
            if k - 1 > s0 and P.low[k - 1] == "," and cv[1] in _LEAD_INVERTING:
                # "It is the biggest change in a generation, said Ann Hosken, a professor
                # …": the inverted speaker of the paraphrase before the quote; a verb that
                # inverts, and someone after it (not "Sen. Dara Quill (D-Vt.), a candidate
                # …, tweeted a warning.", the verb of a subject set off by commas)
                np = _inverted(P, k + 1, n)
                if np and np[0] == k + 1 and (
                    (_is_nameish(P, k + 1) and P.low[k + 1] not in DETERMINERS)
                    or any(P.low[m] in ROLE_NOUNS or P.low[m] in NAME_ROLES for m in range(np[0], np[1]))
                ):
                    return Found(_span(P, *np), (P.start[k], P.end[k]), "lead-inverted")
    return None


# verbs that follow a paraphrase to name its speaker: "…, said Ann Hosken", "…, argues a
# professor" (not "tweeted a warning", "warned the council": an object)
_LEAD_INVERTING = {"say", "add", "note", "write", "argue", "explain", "observe", "insist", "contend", "predict",
                   "acknowledge", "concede", "reckon", "estimate", "recall", "continue", "agree", "maintain"}


def subject_lead(P: Tokens, known: KnownNames, n: int | None = None) -> Found | None:
    """A paragraph of one short sentence about someone, with no verb of speech ("She is
    quiet for a long time.", "Al-Saadi is less hopeful."), leads into a paragraph that is
    only a quote: its subject, a he or she or a name the article uses, speaks it. With
    `n`, the short sentence ending before token n leads into the quote at n."""
    whole = n is None
    n = len(P) if whole else n
    if n < 3 or P.low[n - 1] not in TERMINAL:
        return None
    s0 = 0 if whole else P.sentence_bounds(n - 1)[0]
    if P.low[s0] in _ASKED and P.cap[s0]:
        s0 = _asked_main(P, s0, n)
        if s0 is None:
            return None
        least = 3  # "…, she paused.": a subject and its verb are enough here
    else:
        least = 4
    if n - s0 == 4 and P.low[s0] in _THEN and P.low[s0 + 2] in _GESTURES:
        s0 += 1  # "Then he grins.": the time word before the subject
    if n - s0 == 3 and P.low[s0 + 1] in _GESTURES:
        least = 3  # "He grins.", "Sethi shrugs.": a face or a shrug, then the words
    if n - s0 < least or P.kind[s0] != "w" or Q in P.kind[s0 : len(P) if whole else n]:
        return None
    # the subject's name, after a title ("Ms Pryce turned to face the dock."), and the verb's
    # first token, after an apposition in small letters ("Tobin, a school principal in the
    # village, paid tribute to the coaches."), which the sentence's length does not count
    name = s0
    if P.cap[s0] and P.low[s0].rstrip(".") in _LEAD_TITLES and s0 + 2 < n and P.cap[s0 + 1] and P.kind[s0 + 1] == "w":
        name = s0 + 1
    verb = name + 1
    if verb + 2 < n and P.low[verb] == ",":
        c = verb + 1
        while c < n - 1 and c - verb <= 12 and P.kind[c] == "w" and not P.cap[c]:
            c += 1
        if c - verb > 1 and P.low[c] == "," and c + 1 < n:
            verb = c + 1
    if n - s0 - (verb - name - 1) > 14:
        return None
    first = P.low[name]
    if first not in ("he", "she") and not (
        P.cap[name] and first not in DISCOURSE and first not in DETERMINERS and first not in NON_NAMES
        and (first in known or _surname_here(P, name))
    ):
        return None  # (not "The judge then turned to me.": "The" is no one's name)
    if P.kind[verb] != "w" or P.cap[verb] or any(P.low[k] in TERMINAL for k in range(verb, n - 1)):
        return None
    for k in range(verb, n - 1):
        w = P.low[k]
        if w == ",":
            break  # (the main clause only: "Trump went on, as if he didn't hear her." leads in)
        if w in _ABSENT or w.endswith(("n't", "n’t")):
            return None  # "Wirth is away this week.", "She did not reply.": who is not there speaks no quote
    if verb + 1 < n and P.low[verb] in ("was", "were") and P.low[verb + 1] in _PUNISHED:
        return None  # "Mr Pell was sentenced to four years.": the court's words follow, not his
    if any(P.cap[k] for k in range(verb + 1, n)) or _cue_inside(P, s0, n):
        return None  # a second name, or a verb of speech (speech_lead's)
    return Found((P.start[s0], P.end[name]), None, "subject-lead")


# titles before a surname that opens a lead sentence: "Ms Pryce turned to face the dock."
_LEAD_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor"})


# a speaker's face or shrug in a sentence of its own before their words, as features write
# it ("He grins. "Ask me again in five years.""), and the time word that may open it
_GESTURES = frozenset({"grins", "grinned", "smiles", "smiled", "shrugs", "shrugged", "nods", "nodded", "winks", "winked",
                       "beams", "beamed", "chuckles", "chuckled", "frowns", "frowned", "pauses", "paused"})
_THEN = frozenset({"then", "again", "finally"})


# a short sentence saying its subject is away or silent, or did not do something: the quote
# after it is someone else's ("Wirth is away this week." then "“We have no comment.”")
# what a court or the police do to someone, whose words a report's next quote seldom is
_PUNISHED = frozenset({"sentenced", "jailed", "imprisoned", "convicted", "fined", "banned", "remanded", "detained", "arrested", "charged", "deported"})
_ABSENT = {"not", "never", "no", "n't", "away", "absent", "unavailable", "abroad", "unreachable", "died", "dead",
           "declined", "refused", "cannot",
           # or hands the question to someone else ("Asked about the audit, she deferred to
           # her spokesman.", "Lind hung up."): the quote after it is the other's
           "deferred", "referred", "directed", "redirected", "passed", "handed", "forwarded", "hung"}


def _asked_main(P: Tokens, s0: int, n: int) -> int | None:
    """"Asked whether he could win the title, he smiled.": the question put to someone opens
    the sentence; where its main clause, after the last comma, starts (None without one)."""
    c = n - 2
    while c > s0 + 2 and P.low[c] != ",":
        c -= 1
    if c <= s0 + 2 and not DASHES.isdisjoint(P.low[s0 : n - 1]):
        # "Asked about his dismissal - caught at long-on - Pathirage said …": no comma, the
        # question's aside closed by a dash (a comma after the aside still wins, above)
        # (the dash that closes the question's aside, not a later one inside the main clause:
        # "… - Pathirage said the shot - a slog - was the right one")
        dashes = [k for k in range(s0 + 1, n - 1) if P.low[k] in DASHES]
        c = dashes[1] if len(dashes) > 1 else dashes[0]
    if c <= s0 + 2 or Q in P.kind[s0:c]:
        return None
    return c + 1


def _surname_here(P: Tokens, i: int) -> bool:
    """Whether the capitalised word at i is the last of a name the text writes, its
    article in lower case there too ("Al-Saadi" opening a sentence, "Karim al-Saadi")."""
    word = P.text[P.start[i] : P.end[i]]
    return _surname_in(P.text, word) or ("-" in word and _surname_in(P.text, word[0].lower() + word[1:]))


def later_subject(P: Tokens, found: Found) -> Found | None:
    """A paragraph whose he or she spoke and whose last clause, after its last quote, has a
    name as its subject ("Though she called it "outrageous", Clinton restricted her
    comments."): that name, for a quote-only paragraph after it."""
    n = len(P)
    last_q = max((k for k in range(n) if P.kind[k] == Q), default=-1)
    if last_q < 0 or found.mention is None or found.mention[0] > P.start[last_q]:
        return None  # the he or she must be this paragraph's, before its last quote
    c = last_q if P.qend.get(last_q) == "," else last_q + 1  # (the comma may be inside the quote)
    while c < n and P.low[c] != "," and c != last_q:
        if P.low[c] in TERMINAL:
            return None
        c += 1
    if c + 2 >= n:
        return None
    np = np_forward(P, c + 1, n)
    if np is None or np[0] != c + 1 or not all(P.cap[i] for i in range(*np)) or np[1] >= n or P.kind[np[1]] != "w" or P.cap[np[1]]:
        return None
    return Found(_span(P, *np), found.cue, "later-subject")


def dash_credit(P: Tokens) -> Found | None:
    """A paragraph that is only "– Name, …" credits the quote paragraph before it."""
    n = len(P)
    if n < 2 or P.low[0] not in DASHES or n > 30 or any(k == Q for k in P.kind):
        return None
    np = np_forward(P, 1, n) or _name_chunk(P, 1, n)
    if np is None or not any(_is_nameish(P, i) for i in range(*np)):
        return None
    return Found(_span(P, *np), (P.start[0], P.end[0]), "dash-credit")
