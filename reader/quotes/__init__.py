"""The quote engine: finds every quotation in an Article and says who said it.

Pure Python; imports nothing from Textual, the store or the UI.
    from reader.quotes import extract
    extraction = extract(article)

The pipeline: marks.pair_marks pairs quotation marks into spans per paragraph (a quote
may run over several), attribute.py finds each quote's cue and speaker mention from the
writer's words around it, speakers.py groups the mentions into speakers.
"""
from __future__ import annotations

import bisect
import functools
import gc
import re
import threading
from itertools import starmap
from operator import itemgetter, lt

from reader.model import Article, Cue, Extraction, Mention, _make_quote, _make_span, _make_speaker
from reader.quotes.attribute import (
    Found,
    KnownNames,
    Tokens,
    attribute_paragraph,
    colon_intro,
    dash_credit,
    quote_only,
    speech_lead,
    subject_lead,
    later_subject,
    name_like,
    title_like,
    who_is_body,
)
from reader.quotes.lexicon import DISCOURSE, DOCUMENTS, NAME_ROLES, NATIONALITY_ADJECTIVES, NOBLE_TITLES, PORTFOLIOS, ROLE_NOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS, TITLES
from reader.quotes.marks import MARK_CHARS, RawQuote, pair_marks
from reader.quotes.speakers import Entity, _CALLS_AFTER_IT, _plural_head, _CHIEF_GIVEN, _GENERATIONS, ORG_NOUNS, STYLE_TITLES, _named_mention, ROLE_ABBREVIATIONS, Resolver, classify, title_case, titled

# Bump whenever the engine's output changes: the store re-extracts cached articles.
ENGINE_VERSION = "1.29.0"

__all__ = ["ENGINE_VERSION", "extract", "extract_text"]


def extract(article: Article, typewriter: bool = False) -> Extraction:
    """Every quotation in the article, attributed, with its speakers. `typewriter` also
    reads two apostrophes (''…'') as a double quote mark."""
    spans = []
    heads = []
    for p in article.paragraphs:
        kind = p.kind
        if kind != "body":
            if kind == "residue":
                continue
            heads.append(len(spans))  # a headline or standfirst
        spans.append((p.start, p.end))
    return extract_spans(article.text, spans, frozenset(heads), typewriter)


def extract_text(text: str, typewriter: bool = False) -> Extraction:
    """The engine on bare text: paragraphs are its non-empty lines."""
    lines = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return extract_spans(text, list(_trimmed(text, lines)), typewriter=typewriter)


def extract_spans(
    text: str, spans: list[tuple[int, int]], heads: frozenset[int] = frozenset(), typewriter: bool = False
) -> Extraction:
    """The engine on paragraph spans; `heads` are the indices of headline and standfirst
    paragraphs, whose telegraphic style gets no guessed speakers."""
    _pause_gc()
    try:
        return _extract_spans(text, spans, heads, typewriter)
    finally:
        _resume_gc()


# The engine makes many small lists and tuples and no reference cycles that outlive a
# call: Python's cycle collector, which a burst of allocations sets off, would walk every
# object the program holds (a library, a loaded corpus, the app's widgets) and find nothing
# to free. It is paused while an article is read and restored afterwards (a count kept
# under a lock, for articles read in several threads at once); what reference counting
# frees is freed as always.
_gc_lock = threading.Lock()
_gc_holds = 0
_gc_was_enabled = False


_HYPHENS = {0x2010: "-", 0x2011: "-"}


def _pause_gc() -> None:
    global _gc_holds, _gc_was_enabled
    with _gc_lock:
        if _gc_holds == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holds += 1


def _resume_gc() -> None:
    global _gc_holds
    with _gc_lock:
        _gc_holds -= 1
        if _gc_holds == 0 and _gc_was_enabled:
            gc.enable()


def _extract_spans(text: str, spans: list[tuple[int, int]], heads: frozenset[int], typewriter: bool) -> Extraction:
    if not text.isascii():  # (told at once, no scan: four texts in ten hold none of the below)
        if "\u2011" in text or "\u2010" in text:
            # a hyphen of its own code ("Singapore\u2011based", a non-breaking one) is read as the
            # hyphen every rule knows; one character for one, so every offset stands
            text = text.translate(_HYPHENS)
        if "\xa0" in text:
            # and a no-break space as a space, "James\u00a0Comey" as "James Comey" (replaced, not
            # translated: a translation walks the text a character at a time)
            text = text.replace("\xa0", " ")
        if "\u202f" in text:
            text = text.replace("\u202f", " ")  # (the narrow one, "10\u202f000", likewise)
    raws = pair_marks(text, spans, typewriter)
    for raw in raws:
        # (a nickname is short, after a space and opening in a capital or "the": the other
        # quotes are kept without a call; the list is made again only when it holds a
        # nickname, which few articles do)
        if raw.close_at - raw.open_at <= 30 and text[raw.open_at - 1 : raw.open_at] == " " and (
            "A" <= (c := text[raw.open_at + 1 : raw.open_at + 2]) <= "Z" or c == "t"
        ) and _nickname(text, raw):
            raws = _without_nicknames(text, raws)
            break
    if not raws:
        return Extraction((), (), ENGINE_VERSION)
    regions, ends = _regions(text, spans, raws)
    found: dict[int, Found] = {}
    # (the text and the quotes handed to each test as defaults, not read from cells: a
    # closure over them would make every read of either in the loop below a cell's)
    multiword = _Asked(lambda qi, text=text, raws=raws: " " in text[raws[qi].segments[0][0] : raws[qi].segments[-1][1]].strip())
    titles = _Asked(lambda qi, text=text, raws=raws: len(raws[qi].segments) == 1 and title_like(text[slice(*raws[qi].segments[0])]))
    names = _Asked(lambda qi, text=text, raws=raws: len(raws[qi].segments) == 1 and name_like(text[slice(*raws[qi].segments[0])]))
    last_para_found: Found | None = None
    subheads: list[int] = []
    lowered = _Lowered(text)  # (the text lower-cased once, for the subheads' words below)
    known: KnownNames | None = None
    prev_tokens: Tokens | None = None
    turns: list[tuple[int, Found, bool]] = []
    # the next paragraph as read ahead for a quote-only one below: (its index, its tokens,
    # what attribute_paragraph found in it or None), taken up when the loop comes to it
    ahead: tuple[int, Tokens, dict[int, Found] | None] | None = None
    for pi, (lo, hi) in enumerate(spans):
        regs = regions.get(pi)
        if not regs:
            prev_tokens = None
            if last_para_found is not None and _has_words(text, lo, hi):
                last_para_found = None
            continue
        if ahead is not None and ahead[0] == pi:
            _, P, here = ahead
        else:
            P = Tokens(text, lo, hi, regs, ends)
            here = None
        if known is None:
            known = KnownNames(text)
        if here is None:
            here = attribute_paragraph(P, ends, titles, body=pi not in heads, multiword=multiword, known=known, names=names)
        alone = "w" not in P.kind  # (quote_only, without the call)
        if alone and len(regs) == 1 and _subhead(text, lo, hi, regs[0], ends, lowered):
            # "'Ten years is a long time'" alone between paragraphs: a subhead quoting words
            # the body gives below, no carried-on speech (its speaker found in _build)
            subheads.append(pi)
        elif alone:
            intro = None
            if pi > 0:
                prev = prev_tokens if prev_tokens is not None else Tokens(text, *spans[pi - 1], regions.get(pi - 1, []), ends)
                intro = colon_intro(prev, known)
            carried = intro if intro is not None else last_para_found
            if intro is None and carried is not None and pi > 0 and _pronoun_found(text, carried):
                carried = later_subject(prev, carried) or carried
            if intro is None and carried is not None and len(regs) == 1 and len(turns) == 2 and turns[0][0] == pi - 2 and (
                turns[1][0] == pi - 1 and turns[1][1] is carried
            ):
                carried = _next_turn(text, turns, ends.get(regs[0][2]) == "?", regs[0]) or carried
            if carried is None and pi > 0:
                carried = speech_lead(prev)
                if carried is None:
                    carried = subject_lead(prev, known)
            if carried is None and pi + 1 < len(spans) and not here.keys() >= {qi for _, _, qi in regs}:
                after = regions.get(pi + 1, [])
                nxt = Tokens(text, *spans[pi + 1], after, ends)
                ahead = (pi + 1, nxt, None)
                carried = dash_credit(nxt)
                if carried is None and after and after[0][0] == spans[pi + 1][0] and pi + 1 not in heads:
                    # "“…”" then "“…,” Thériault said.": a paragraph that opens with a quote
                    # its own words credit credits the quote-only paragraph before it (what
                    # is found there is the loop's for it next: a body paragraph's, as here)
                    got = attribute_paragraph(nxt, ends, titles, multiword=multiword, known=known, names=names)
                    ahead = (pi + 1, nxt, got)
                    f = got.get(after[0][2])
                    if f is not None and f.how in ("tail", "tail-inverted") and not f.blocked and _returning(
                        text, f, lo, prev if pi > 0 else None, known
                    ):
                        carried = f
            if carried is not None and not carried.blocked:
                for _, _, qi in regs:
                    if qi not in here and qi not in found:
                        here[qi] = Found(carried.mention, carried.cue, carried.how if carried.how in _TURNS else "continues")
        para_last = None
        for _, _, qi in regs:
            f = here.get(qi)
            if f is not None and qi not in found:
                found[qi] = f
            elif f is not None and f.how in _AFTER_CLOSE and found[qi].how == "continues" and not f.blocked and _own_close_credit(
                text, f, ends.get(qi), regs[-1][1], hi, raws[qi]
            ):
                # a quote run on from the paragraph before, a speaker's carried there, whose
                # own credit follows where it closes: "“Every winter …" then "“Closing the
                # schools …,” said the coordinator, Lejla Šabanović." is hers (a "she said"
                # there is the carried speaker's own)
                found[qi] = f
            f = found.get(qi)
            if f is not None and not f.blocked:
                para_last = f
        last_para_found = para_last
        prev_tokens = P
        if para_last is not None:
            # the last two paragraphs' speakers, for an exchange of questions and answers
            turn = (pi, para_last, ends.get(regs[-1][2]) == "?")
            turns = [turns[-1], turn] if turns else [turn]
    return _build(text, spans, raws, regions, found, heads, subheads)


_ASKING = frozenset({"asked", "asks", "pressed", "queried", "questioned"})


def _next_turn(text: str, turns: list[tuple[int, Found, bool]], question: bool, reg: tuple[int, int, int]) -> Found | None:
    """A bare quote paragraph in an exchange of questions and answers, as trial and hearing
    copy quotes it: ""When did you see smoke?" Marsh asked." / ""Maybe five minutes,"
    Ortiz answered." / ""And what did you do?"" / ""I called 911."": the question is the
    asker's again and the answer after it the other's (the two speakers by their
    mentions, not one person's rhetorical question after a question put to her)."""
    (_, two, asked), (_, one, _) = turns
    if two.mention is None or one.mention is None:
        return None
    if text[two.mention[0] : two.mention[1]].lower() == text[one.mention[0] : one.mention[1]].lower():
        return None
    if asked and one.how not in _CARRIED and two.cue is not None and (
        text[two.cue[0] : two.cue[1]].lower() in _ASKING
    ) and (_put_to_other(text[reg[0] : reg[1]]) if not question else not _own_question(text[reg[0] : reg[1]])):
        # the asker asks again (or puts the answer back to the one answering: ""From the
        # car. Where you say you sat with the radio on."", no I in it, a you)
        return Found(two.mention, two.cue, "exchange")
    if one.how == "answer" and question and not _own_question(text[reg[0] : reg[1]]):
        # the next question after an answer that the exchange gave: the asker's again
        # (""How much?"" / ""Maybe four thousand."" / ""And that debt was paid, wasn't it?"")
        return Found(two.mention, two.cue, "exchange")
    if one.how == "exchange":
        return Found(two.mention, two.cue, "answer")  # the answer to a question given to its asker above
    return None


_TURNS = frozenset({"exchange", "answer"})
_CARRIED = frozenset({"continues", "exchange", "answer"})


def _put_to_other(quote: str) -> bool:
    """Words said to the other, with a you and no I or we: what the asker puts to the
    witness after an answer, not the witness going on about their own part."""
    words = _quote_words(quote)
    if _SECOND_PERSON.isdisjoint(words) or not _FIRST_PERSON.isdisjoint(words):
        return False
    # (the witness's own account put back, "you say", "you told police", "you were": not a
    # "you" of anyone's, "You have to love the game", the one answering going on)
    return any(w == "you" and words[i + 1] in _PUT_BACK_VERBS for i, w in enumerate(words[:-1]))


_PUT_BACK_VERBS = frozenset({"say", "said", "says", "told", "testified", "claim", "claimed", "were", "went", "saw", "sat", "left",
                             "knew", "did", "drove", "admitted", "agreed", "described"})


_FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my", "we", "we're", "we’re", "we've",
                           "we’ve", "us", "our"})
_SECOND_PERSON = frozenset({"you", "your", "you're", "you’re", "you've", "you’ve", "yourself"})


def _own_question(quote: str) -> bool:
    """A question about the speaker's own lot, with an I or a we and no you: the answerer's
    question after the answer ("Of course it did," Ortiz said. / "Why else would we be
    living in a tent?"; "No," the boy replied. / "Should I be?"), not the asker's again."""
    words = _quote_words(quote)
    return not _SECOND_PERSON.intersection(words) and not _FIRST_PERSON.isdisjoint(words)


def _quote_words(quote: str) -> list[str]:
    """A quote's words in small letters, without its question marks, commas and stops."""
    return quote.lower().replace("?", " ").replace(",", " ").replace(".", " ").split()


class _Lowered:
    """The text lower-cased, made the first time it is asked for, and how many more
    subheads' words may be looked for in it: an article has a handful, and a text of
    thousands of short quoted lines would otherwise cost the square of their number."""

    __slots__ = ("text", "low", "left")

    def __init__(self, text: str):
        self.text, self.low, self.left = text, None, 50

    def find(self, words: str, start: int) -> int:
        if self.left <= 0:
            return -1
        self.left -= 1
        if self.low is None:
            self.low = self.text.lower()
        return self.low.find(words, start)


def _subhead(text: str, lo: int, hi: int, reg: tuple[int, int, int], ends: dict[int, str], lowered: _Lowered) -> bool:
    """A paragraph that is one short quotation ending in no punctuation, the whole line:
    a subhead or pull quote, not a paragraph of speech carried on."""
    a, b, qi = reg
    j = lo - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j >= 0 and text[j] == ":":
        return False  # "Protesters chanted:" then ""No justice no peace"": the speech it introduces
    # (one phrase: a quote-only line of sentences, a post "No deal. Not next year. Now. #tag", is speech)
    if not (hi - lo <= 60 and ends.get(qi, "").isalnum() and a <= lo + 1 and b >= hi - 1 and text.find(". ", lo, hi) == -1):
        return False
    # (words the body gives again below: ""Thank you Ohio"" under "Hale posted a short
    # message after the result." and never again is his post, carried on)
    quoted = text[a:b]
    if quoted.isupper():
        return True  # a wire story's capitals: ""EVENTUALLY VOTERS MAKE GOOD DECISIONS"", no speech
    said = " ".join(quoted.lower().split()).strip(" .,;:!?'\"‘’“”«»")
    return " " in said and lowered.find(said, hi) != -1


# the one name an unnamed speaker after a verb gave: "said a woman who gave her name only as
# Miss Pearl", "a vendor, identified only as Kofi" (not "a man who works as a guard")
_GAVE_NAME_RE = re.compile(
    r",? (?:who gave (?:his|her|only (?:his|her)) (?:first )?name(?: only)?|identified only) as"
    # (the name whole: not "identified only as Abu's mother", a relation of a name, nor
    # "as Witness B", a label the name's letter would be cut from)
    r" ((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+)(?<!['’]s)(?![\w'’\-]| [A-Z]\b)"
)


# the things whose words a crowd or a town puts up, no speaker of its own (a "poster" may be
# someone who posted: not here)
_SIGNS = frozenset({"sign", "signs", "banner", "banners", "placard", "placards", "billboard", "billboards", "plaque",
                    "inscription", "graffiti", "slogan", "slogans"})
_SIGN_PLACES = frozenset({"at", "on", "in", "outside", "near", "by", "over", "above", "along", "across", "inside"})


def _sign_where(words: str) -> bool:
    """Whether a description (its article gone) is a sign and where it hangs: "sign at the
    gate", "banners on the road"; not "sign language interpreter"."""
    head, _, rest = words.partition(" ")
    return head in _SIGNS and rest.partition(" ")[0] in _SIGN_PLACES


# what puts a sign in someone's hands or by them: "a woman with a banner", "a man holding a sign"
_SIGN_HOLDERS = frozenset({"with", "holding", "carrying", "waving", "brandishing", "by", "behind", "beside", "under",
                           "near", "and", "a", "an", "the"})


def _sign_alone(mention: str) -> bool:
    """Whether a description ending in a sign's noun is the sign itself ("a banner", "the
    protesters' placards"), not someone with one ("a woman with a banner")."""
    words = mention.lower().split()
    return not _SIGN_HOLDERS.intersection(words[1:-1])


_READ_CUES = frozenset({"read", "reads"})  # what only a written text does: "…," it read.
# the texts an "it" that reads may be: the last of them in the sentence before the quote is it
_READABLE_RE = re.compile(
    r"\b(statement|post|letter|sign|note|message|e-?mail|banner|placard|poster|caption|headline|notice|tweet"
    r"|plaque|inscription|memo|leaflet|flyer|billboard)s?\b",
    re.IGNORECASE,
)


def _read_text(text: str, q0: int) -> str | None:
    """The text the "it" of "…," it read. is: the last written thing the sentence before the
    quote opening at q0 names ("In a statement …, X said she would meet the minister."), in
    lower case; None when that sentence names none."""
    lo = q0 - 400 if q0 > 400 else 0
    end = q0 - 1
    while end > lo and not text[end - 1].isalnum():
        end -= 1
    start = max(text.rfind(". ", lo, end), text.rfind("\n", lo, end), text.rfind("? ", lo, end), text.rfind("! ", lo, end))
    last = None
    for last in _READABLE_RE.finditer(text, start + 1 if start != -1 else lo, end):
        pass
    return None if last is None else last.group(1).lower()


class _Asked:
    """The quotes for which `test` holds, worked out only for the quotes asked about
    (most never are: the rules ask only in a few contexts)."""

    __slots__ = ("_test", "_known")

    def __init__(self, test):
        self._test = test
        self._known: dict[int, bool] = {}

    def __contains__(self, qi: int) -> bool:
        got = self._known.get(qi)
        if got is None:
            got = self._known[qi] = self._test(qi)
        return got


def _own_close_credit(text: str, f: Found, last: str | None, reg_end: int, hi: int, raw: RawQuote) -> bool:
    """Whether the credit after a run-on quote's close names a speaker of its own: not when
    the quote ends its sentence ("…no solution." Tom Pell disagreed.), when a pronoun or "the"
    and a noun takes up the carried speaker ("they said", "the mayor said"), nor when the
    paragraph closes with a mark no quote of its own opened (a quotation from another text,
    its own quotes' credits inside it: "…,” Ward said.\""), nor when the quote's own words
    name the one credited ("Reporters asked Press Secretary Tom Ward … “…,” Ward said.": a
    quotation about him, whose inner quote his credit is)."""
    if last != "," or f.mention is None:
        return False
    m = text[f.mention[0] : f.mention[1]]
    if m.lower() in _CARRYING_PRONOUNS:
        return False
    if m.startswith("the ") and m.islower():
        # ("the mayor said" takes up the carried speaker; "the association's coordinator,
        # Lejla Šabanović" names a new one)
        e = f.mention[1]
        if not (text.startswith(", ", e) and text[e + 2 : e + 3].isupper()):
            return False
    e = hi
    while e > reg_end and text[e - 1].isspace():
        e -= 1
    if e > reg_end and text[e - 1] in "\"”":
        return False
    last_word = m.rsplit(None, 1)[-1]
    if last_word[:1].isupper() and len(last_word) > 1:
        pat = re.compile(r"\b" + re.escape(last_word) + r"\b")
        if any(pat.search(text, a, b) for a, b in raw.segments):
            return False
    return True


_CARRYING_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def _pronoun_found(text: str, f: Found) -> bool:
    return f.mention is not None and text[f.mention[0] : f.mention[1]].lower() in ("he", "she")


def _has_words(text: str, lo: int, hi: int) -> bool:
    # most paragraphs open with a letter: that spares the regex search
    return lo < hi and text[lo].isalnum() or _ALNUM_RE.search(text, lo, hi) is not None


_ALNUM_RE = re.compile(r"[^\W_]")  # a character for which str.isalnum() is true


def _regions(text: str, spans, raws: list[RawQuote]) -> tuple[dict[int, list[tuple[int, int, int]]], dict[int, str]]:
    """For each paragraph, the (start, end, quote index) of each quote with its marks; and
    the last character of each quote's words (by quote index; "" for none)."""
    # a quote of one segment lies in the paragraph it opens in (raw.para), as the starts of
    # the paragraphs say, tested with that one and the next: the list of every start is
    # made only for a quote that runs on into another paragraph, or an odd one
    bounds = None
    last = len(spans) - 1
    out: dict[int, list[tuple[int, int, int]]] = {}
    ends: dict[int, str] = {}
    bisect_right = bisect.bisect_right
    # whether every quote is of one segment, in the paragraph it opens in: each paragraph's
    # list is then in order already (the quotes come in the order of their starts)
    ordered = True
    for qi, raw in enumerate(raws):
        segments = raw.segments
        for s, e in segments:
            pi = raw.para
            if len(segments) > 1 or not (spans[pi][0] <= s and (pi == last or s < spans[pi + 1][0])):
                ordered = False
                if bounds is None:
                    bounds = list(map(itemgetter(0), spans))
                pi = bisect_right(bounds, s) - 1
            # the closing mark at e, as MARK_RE reads it (tested by hand: a regex call
            # costs more than these few tests): two apostrophes or backticks are one
            # mark, a backtick alone is none
            b = e
            if e < spans[pi][1]:
                c = text[e]
                if c in MARK_CHARS:
                    b = e + 2 if c == "'" and text[e + 1 : e + 2] == "'" else e + 1
                elif c == "`" and text[e + 1 : e + 2] == "`":
                    b = e + 2
            a = s - 1
            if s >= 2 and text[s - 1] in "'`" and text[s - 2] == text[s - 1]:
                a = s - 2  # ''…'' or ``…''
            regs = out.get(pi)
            if regs is None:
                out[pi] = [(a, b, qi)]
            else:
                regs.append((a, b, qi))
        # (s, e) is the last segment now: its last character, past white space and an
        # inner quote's closing marks: "… you called ‘miracles,’"
        c = text[e - 1] if e > s else ""
        while c and (c.isspace() or c in "’'”\"»›"):
            e -= 1
            c = text[e - 1] if e > s else ""
        ends[qi] = c
    if not ordered:
        for regs in out.values():
            regs.sort()
    return out, ends


# what may stand before a quote's opening mark for it to open a sentence of its own: nothing,
# punctuation, or another quotation mark (the characters MARK_RE matches alone)
_INTRO_BEFORE = frozenset(("", ":", ",", ".", "!", "?", "—", "–", "-", "(")) | MARK_CHARS


def _kind(text: str, raw: RawQuote, para_start: int) -> str:
    """direct: a sentence or more in the speaker's words; partial: a fragment inside
    the writer's own sentence (scare quotes included)."""
    if len(raw.segments) > 1:
        return "direct"
    s, e = raw.segments[0]
    # its first letter or digit (white space is none: the same as in the stripped content),
    # most often its first character, which spares the regex search
    first = text[s] if s < e else ""
    if not first.isalnum():
        m = _ALNUM_RE.search(text, s, e)
        first = m.group() if m else ""
    b = raw.open_at - 1
    while b >= para_start and text[b].isspace():
        b -= 1
    before = text[b] if b >= para_start else ""
    intro = before in _INTRO_BEFORE
    if intro and (first.isupper() or first.isdigit()):
        return "direct"
    content = text[s:e].strip()  # copied only now: most quotes are told by their first letter
    # the cheap tests before counting the words
    if intro and content[-1:] in ".!?" and len(content.split()) >= 4:
        return "direct"
    if first.isupper() and content[-1:] in ".!?" and content.count(" ") >= 5 and len(content.split()) >= 6:
        return "direct"
    return "partial"


def _trimmed(text: str, segments) -> tuple[tuple[int, int], ...]:
    """The segments without the white space at their ends; those left empty dropped."""
    out = []
    for s, e in segments:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


# a nickname in quote marks inside a name: Ramon “Bong” T. Villanueva, Dwayne "The Rock" Johnson
_NICKNAME_RE = re.compile(
    r"(?<=[^\W\d_] )[\"“‘'](?:[Tt]he )?[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?[\"”’'](?= [A-Z])"
)


def _without_nicknames(text: str, raws: list[RawQuote]) -> list[RawQuote]:
    return [raw for raw in raws if raw.close_at - raw.open_at > 30 or not _nickname(text, raw)]


def _nickname(text: str, raw: RawQuote) -> bool:
    """Whether a quotation is a nickname between the parts of a name, not anyone's words."""
    if raw.close_at - raw.open_at > 30 or len(raw.segments) != 1 or not raw.closed or text[raw.open_at - 1 : raw.open_at] != " ":
        return False  # the cheap tests first: most quotations are longer, or follow no space
    if text[raw.close_at + 1 : raw.close_at + 2] != " ":
        return False  # nor one whose closing mark has no space after it (as _NICKNAME_RE needs)
    m = _NICKNAME_RE.match(text, raw.open_at)
    if m is None or m.end() != raw.close_at + 1:
        return False
    before = text[max(0, raw.open_at - 30) : raw.open_at].split()
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def _untitled(mention: str) -> str:
    """A mention without the work's title after its "the": "the "Salt Road" author" is "the
    author"."""
    return "the " + mention.rpartition(_TITLE_CLOSES[mention[4]])[2].strip()


_TITLE_OPENS = frozenset('"“‘\'')
_TITLE_CLOSES = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def _build(
    text: str, spans, raws: list[RawQuote], regions, found: dict[int, Found], heads: frozenset[int] = frozenset(),
    subheads: list[int] | None = None,
) -> Extraction:
    resolver = Resolver(text, lambda: _outside(spans, regions), spans)
    para_of = {}
    for pi, regs in regions.items():
        for _, _, qi in regs:
            para_of.setdefault(qi, pi)
    speaker_of: dict[int, int | None] = {}
    mentions: dict[int, tuple[int, int] | None] = {}
    kept = {}  # quote index -> its segments, for the quotes with words left after trimming
    repeat = None  # (mention span, speaker) of the pronoun that the resolver was last asked about
    joint_of: dict[int, tuple[int, int]] | None = None  # the entity of two named speaking as one -> the two
    for qi, raw in enumerate(raws):
        segs = raw.segments
        s, e = segs[0]
        if len(segs) == 1 and s < e and not text[s].isspace() and not text[e - 1].isspace():
            kept[qi] = (segs[0],)  # most quotes: one segment, no white space at its ends to trim
        else:
            segs = _trimmed(text, segs)
            if segs:
                kept[qi] = segs
        f = found.get(qi)
        if f is None or f.blocked or f.mention is None:
            continue
        span = f.mention
        if span[1] - span[0] <= 7 and text[span[1] - 2 : span[1]] in ("'s", "’s"):
            # (a pronoun with "'s": the tests _without_clitic opens with, told without the call)
            span = _without_clitic(text, span)
        mentions[qi] = span
        if span is None:
            continue
        ms, me = span
        if text[ms + 1 : ms + 2] == "-" and _party_tag(text, ms, me):
            span = mentions[qi] = _before_party_tag(text, ms, me)
            ms = span[0]
        mention = text[ms:me]
        if len(mention) <= 7 and mention.lower() in _BARE_QUANTIFIERS:
            speaker_of[qi] = None  # "some chanted: "…"", "Others shouted": a part of a crowd, no one to list
            continue
        if mention == "WHO" and not who_is_body(text, ms):
            mention = "who"  # "ANN OBI, WHO SAID": a line in capitals' "who", not the body (see who_is_body)
        kind = _classify(mention)
        if (kind == "anonymous" or kind == "role") and ((mention.rpartition(" ")[2] in _SIGNS and _sign_alone(mention)) or (
            mention[:2] in ("a ", "A ") and _sign_where(mention[2:])
        ) or (mention[:4] in ("the ", "The ") and _sign_where(mention[4:]))):
            # "a banner reads "Clean air starts at home"", "A sign at the gate says": a sign's words, no one's
            speaker_of[qi] = None
            continue
        last, repeat = repeat, None  # (any other mention resolved changes what the resolver holds)
        if kind == "pronoun":
            if last is not None and last[0] == span:
                # ""…," he said, "…"": the same he again for the quote's second part, with
                # nothing resolved since (a pronoun records no subject, and what pronoun()
                # lists the first time it finds the second): the same speaker, and the same
                # entities, not asked again
                speaker_of[qi] = last[1]
                repeat = last
                continue
            idx = None
            if mention.lower() == "who":
                name = _who_antecedent(text, ms)  # "Theo Lindqvist, an analyst at …, who called"
                if name is not None:
                    idx = resolver.named(name, ms)
                else:
                    role = _who_role(text, ms)  # "the magistrate asked the accused, who replied:"
                    if role is not None:
                        idx = resolver.role(text[role[0] : role[1]], role[0])
            if idx is None and f.cue is not None and mention.lower() == "it" and text[f.cue[0] : f.cue[1]] in _READ_CUES:
                # "…," it read.: the statement or post the sentence before brought in, which
                # is the words of whoever issued it (not a letter or a sign brought in since:
                # "A sign on the gate was blunt. "Keep out," it read.")
                word = _read_text(text, raw.segments[0][0])
                if word is not None:
                    idx = resolver.issuer(word, ms)  # ("The ministry sent a memo to staff.")
                    if idx is None:
                        speaker_of[qi] = None  # a text nobody in the story is said to have written
                        continue
            if idx is None and mention == "it" and text[ms - 5 : ms] == "what " and text.startswith(_CALLS_AFTER_IT, ms):
                # "The Harlow Audit Office flags what it calls "…"": the body that opens the
                # sentence (the mention stays the it, as PolNeAR marks it)
                idx = resolver.what_it_calls(ms)
            if idx is None:
                asked = resolver.roles_asked
                idx = resolver.pronoun(mention, ms)
                if mention.lower() != "it" and resolver.roles_asked == asked:
                    # (not an it, which may be the issuer of the text its quote reads; nor a he
                    # whose candidates role() gave, which may change a name's aliases when asked
                    # again: "Spruill" kept as the name's one alias, then "the sophomore" added)
                    repeat = (span, idx)
        elif kind == "another":
            idx = resolver.another(mention, ms)
        elif kind == "anonymous":
            given = _GAVE_NAME_RE.match(text, me) if " as " in text[me : me + 48] else None
            if given is not None:
                # "…," said a woman who gave her name only as Miss Pearl: the one name given
                # is hers (as for a subject, speakers.py's _ANONYMITY)
                idx = resolver.named(given.group(1), given.start(1))
            elif mention[:7].lower() == "one of " and (one := _one_of_those(text, mention, ms)) is not None:
                # "Two members of the ruling coalition voted against it. One of them told …":
                # one of the many the sentence before counted, described as they were
                idx = resolver.anonymous(one)
                resolver.entities[idx].aliases.append(mention)
            else:
                # ("a lorry whose driver said": the driver, the subject before the verb; not
                # "said a woman whose son died", who is the woman)
                if text[ms - 7 : ms] == " whose " and (owner := _whose_owner(text, ms - 8, mention)) is not None:
                    # "Ann Obi, whose son said": Ann Obi's son, as written with the owner's name
                    idx = resolver.role(owner + "'s " + mention, ms - 8 - len(owner))
                else:
                    idx = resolver.anonymous(mention, True) if " whose " in mention and f.cue is not None and f.cue[0] > me else resolver.anonymous(mention)
        elif kind == "role":
            given = _GAVE_NAME_RE.match(text, me) if " as " in text[me : me + 48] else None
            if given is not None:
                # "…," said the woman, who gave her name only as Nuala: as for "a woman"
                idx = resolver.named(given.group(1), given.start(1))
            else:
                if mention[4:5] in _TITLE_OPENS and mention[:4] in ("the ", "The "):
                    mention = _untitled(mention)  # "the "Salt Road" author": the author
                if text[ms - 7 : ms] == " whose " and (owner := _whose_owner(text, ms - 8, mention)) is not None:
                    idx = resolver.role(owner + "'s " + mention, ms - 8 - len(owner))  # ("Tom Pell, whose lawyer said")
                else:
                    idx = resolver.role(mention, ms)
        else:
            idx = None
            if last is not None and last[0] == span:
                # ""…," Obi said, "…"": the name again for the quote's second part is given
                # the speaker the first part was, whose name is at least as long as the
                # mention's: named() would find that speaker again and change nothing (not
                # for a name with an honorific, which may tell two people of one surname
                # apart anew; nor one named() read shorter, "The FBI" as "FBI", which it would
                # rename; nor a chief's); the subject is recorded again below, as before
                part, _, _, honorific = _named_mention(mention)
                if not honorific and 0 < len(part) <= len(resolver.entities[last[1]].name_tokens) and not (
                    len(part) == 1 and (w := mention.split()[-2:-1]) and w[0].lower() in _CHIEF_GIVEN
                ):
                    idx = last[1]
            if idx is None:
                if mention[-1:] == "s" and mention[-2:] in _POSSESSIVE_S and _firm_possessive(text, mention, span, f.cue):
                    idx = resolver.named(mention, ms, whole=True)  # "Sainsbury's said": the firm's name as written
                elif mention[4:5] in _TITLE_OPENS and mention[:4] in ("the ", "The "):
                    # "the "Paper Moons" singer": the one a work's title describes, by the
                    # role after the title (read as a name for its capitals)
                    idx = resolver.role(_untitled(mention), ms)
                else:
                    idx = resolver.named(mention, ms)
            if (text[ms - 3] in "n " or text[me + 2 : me + 3] in "n ") and para_of.get(qi) not in heads and (
                other := _joint_name(text, ms, me)
            ) is not None and _name_alone(mention, resolver.entities[idx]):
                # "Ann Obi and Tom Pell said", "said Ngata and Pike in a joint statement": the
                # two named together speak as one, shown as both (each a person's name alone,
                # no office or group before it: not "Socialists and Democrats MEP Carla Obi")
                oidx = resolver.named(text[other[0] : other[1]], other[0])
                if oidx != idx and _name_alone(text[other[0] : other[1]], resolver.entities[oidx]):
                    pair = (oidx, idx) if other[0] < ms else (idx, oidx)
                    if joint_of is None:
                        joint_of = {}
                    idx = next((j for j, two in joint_of.items() if two == pair or two == pair[::-1]), None)  # (either order: "Pell and Obi" later)
                    if idx is None:
                        # (the pair is no "he" or "she": a gender of its own, which neither fits)
                        resolver.entities.append(Entity(anonymous=True, gender="they", display=" and ".join(
                            resolver.entities[i].display or " ".join(resolver.entities[i].name_tokens) for i in pair
                        )))
                        idx = len(resolver.entities) - 1
                        joint_of[idx] = pair
        if kind == "named":
            repeat = (span, idx)
        if idx is not None and kind != "pronoun":
            resolver.subject(ms, idx, f.cue[0] if f.cue else None)
        speaker_of[qi] = idx
    _joined: set[int] = set()
    for qi in range(1, len(raws)):
        # "called the plan "reckless" and "unfair"", slogans "such as "A", "B" and "C"": a
        # quote joined to the one before by "and", "or" or a comma alone, with nothing
        # crediting it, is the same speaker's, when the first of them is credited by a
        # subject before it in its own sentence (not a quote that opens a sentence: ""We
        # always do," and "Never again" were painted on the wall")
        if qi not in speaker_of and found.get(qi) is None and speaker_of.get(qi - 1) is not None and (
            text[raws[qi - 1].close_at + 1 : raws[qi].open_at] in _JOINS_QUOTES
        ):
            head = qi - 1
            while head in _joined:
                head -= 1
            span = mentions.get(head)
            after = text[raws[qi].close_at + 1 : raws[qi].close_at + 9].split(" ", 2)
            if span is not None and span[1] <= raws[head].open_at and not any(
                c in text[span[1] : raws[head].open_at] for c in ".!?\n"
            ) and not (len(after) > 1 and after[0] == "" and after[1] in _QUOTE_AS_SUBJECT) and not (
                text[raws[qi].open_at + 1 : raws[qi].open_at + 2].isupper()
                and text[raws[head].open_at + 1 : raws[head].open_at + 2].islower()
            ):
                # (not a quote that is its own clause's subject: "… "reckless", and "Unfair to
                # farmers" was the union's verdict"; nor a capitalised one after a fragment,
                # a sign's or a slogan's of its own clause: "called the bill "reckless" and
                # "Vote no" signs appeared")
                speaker_of[qi] = speaker_of[qi - 1]
                mentions[qi] = span
                _joined.add(qi)
    words = _SameWords(text, raws)
    # the quotes of the headlines and standfirsts, in order (an article has none or a few:
    # the rules below look at them, not at every quote)
    head_quotes = sorted({qi for pi in heads for _, _, qi in regions.get(pi, ()) if para_of[qi] in heads})
    if head_quotes:
        _heads_follow_body(text, raws, para_of, heads, speaker_of, resolver, head_quotes)
        _head_roles_follow_body(text, raws, para_of, heads, speaker_of, mentions, resolver.entities, words, head_quotes)
        _head_labels_follow_body(text, spans, raws, para_of, heads, speaker_of, words, head_quotes, resolver.entities)
        _head_scare_after_speaker(text, spans, raws, para_of, heads, speaker_of, resolver.entities, words, head_quotes)
        _head_words_follow_body(text, spans, raws, para_of, heads, speaker_of, words, head_quotes, resolver.entities)
        _head_repeats_body(text, spans, raws, para_of, heads, speaker_of, words, head_quotes, resolver.entities)
        _head_credit_silent(text, raws, para_of, heads, speaker_of, words, head_quotes, resolver.entities)
    if subheads:
        # (a headline's or standfirst's quote left unsaid stays so: its words in a body quote
        # are often someone else's, whom the scare quote mocks)
        _subheads_follow_body(raws, para_of, subheads, speaker_of, words)
    _labels_follow_body(text, raws, para_of, heads, speaker_of, resolver.entities, words)
    # speakers in order of their first quote; only those with a quote kept
    remap: dict[int, int] = {}  # a speaker's index -> its place in that order
    for qi, idx in speaker_of.items():
        if idx is not None and idx not in remap and qi in kept:
            remap[idx] = len(remap)
    order = list(remap)
    quotes = []
    by_speaker: dict[int, list[int]] = {}  # a speaker's new index -> its quotes' indices
    for qi, segs in kept.items():  # (in the order of the quotes)
        f = found.get(qi)
        mention = cue = None
        if f is not None and not f.blocked:
            span = mentions.get(qi)
            if span:
                mention = _make_span(Mention, *span)
            if f.cue:
                cue = _make_span(Cue, *f.cue)
        elif qi in _joined:
            mention = _make_span(Mention, *mentions[qi])  # (the first joined quote's subject)
        idx = speaker_of.get(qi)
        speaker = remap.get(idx) if idx is not None else None
        if speaker is not None:
            by_speaker.setdefault(speaker, []).append(len(quotes))
        para_start = spans[para_of.get(qi, 0)][0]
        quotes.append(_make_quote(segs, _kind(text, raws[qi], para_start), speaker, mention, cue))
    speakers = []
    for old in order:
        e = resolver.entities[old]
        if joint_of is not None and old in joint_of:
            # (both as the sidebar names them at the end: "Sam Ngata and Lorraine Pike")
            a, b = joint_of[old]
            name = _shown_name(resolver.entities[a]) + " and " + _shown_name(resolver.entities[b])
            speakers.append(_make_speaker(name, tuple(e.aliases), False, tuple(by_speaker.get(remap[old], ()))))
            continue
        name = " ".join(e.name_tokens) if e.name_tokens else e.display
        if 0 < len(e.name_tokens) <= 2 and e.name_tokens[-1].lower() in NOBLE_TITLES and e.name_tokens[0].lower() in ("the", e.name_tokens[-1].lower()):
            name = _peerage(e.name_tokens[-1], e.aliases) or name  # "The Duchess" of "The Duchess of Wessford"
        elif len(e.name_tokens) == 1 or (len(e.name_tokens) == 2 and e.name_tokens[1].lower().rstrip(".") in _GENERATIONS):
            name = _styled(name, e.name_tokens[0], e.aliases)  # "Pope Francis", "Lord Sugar", "King Charles III"
        qidx = tuple(by_speaker.get(remap[old], ()))
        unique = dict.fromkeys(e.aliases)
        unique.pop(name, None)
        aliases = tuple(unique)
        speakers.append(_make_speaker(name, aliases, e.anonymous, qidx))
    return Extraction(tuple(quotes), tuple(speakers), ENGINE_VERSION)


def _shown_name(e) -> str:
    """The name the sidebar shows for entity `e` (as _build's loop writes it out: there,
    for every entity of every article, a call to this costs 4 M instructions on the unseen
    pass, measured, so the loop keeps its own copy; this one serves the rare joint speaker)."""
    name = " ".join(e.name_tokens) if e.name_tokens else e.display
    if 0 < len(e.name_tokens) <= 2 and e.name_tokens[-1].lower() in NOBLE_TITLES and e.name_tokens[0].lower() in ("the", e.name_tokens[-1].lower()):
        name = _peerage(e.name_tokens[-1], e.aliases) or name  # "The Duchess" of "The Duchess of Wessford"
    elif len(e.name_tokens) == 1 or (len(e.name_tokens) == 2 and e.name_tokens[1].lower().rstrip(".") in _GENERATIONS):
        name = _styled(name, e.name_tokens[0], e.aliases)  # "Pope Francis", "Lord Sugar", "King Charles III"
    return name


# (the test at every named mention is two characters looked up, no string made: the "n" of
# " and " or the space of " & " just before or after the mention (or a one-letter word there,
# a rarer "nd"); _joint_name tells which)


# words before a name that make it an object, not one of two subjects: "Lawyers for Obi and Pell said"
_JOINT_OBJECT_BEFORE = frozenset({"for", "of", "to", "with", "by", "between", "from", "at", "about", "against", "on",
                                  "under", "and", "than", "like", "via", "as", "in", "told", "asked",
                                  # (and an article: "Reporters from the Guardian and Tom Pell said")
                                  "the", "a", "an"})


def _name_alone(written: str, e) -> bool:
    """Whether a named mention is a person's name, with titles at most ("Dr Sam Ngata"),
    not an office or a group before it ("Cooperation Minister Tom Obi"): a given name and
    surname (here or earlier: "Obi" after "Ann Obi") or a title ("Mr Obi"); not one word
    the text never gave more of ("Labour", "Westmark", "Monday"), nor a body's name ("Acme
    Corp", "Westmark Council")."""
    n = 0
    titled = False
    for w in written.split():
        low = w.lower().rstrip(".")
        if low in _BODY_LINKS:
            return False  # ("the Department of Justice and Action Westmark": two bodies' names)
        if low in TITLES:
            titled = True
        else:
            n += 1
    toks = e.name_tokens
    return not e.org and 0 < n <= len(toks) and (titled or len(toks) > 1) and toks[-1].lower().rstrip(".") not in _BODY_ENDS


_BODY_LINKS = frozenset({"the", "of", "for"})
_BODY_ENDS = frozenset(ORG_NOUNS | {"corp", "inc", "ltd", "plc", "llc", "co", "group", "news", "times", "post"})


def _joint_name(text: str, ms: int, me: int) -> tuple[int, int] | None:
    """The other name of two joined by "and" around the named mention [ms, me): "Ann Obi and
    Tom Pell said" (the mention Tom Pell), "said Ngata and Pike" (the mention Ngata); None
    when the other is no name of capitalised words, owns something after it ("Obi and
    Pell's lawyer"), or is the object of a word before it ("Lawyers for Obi and Pell")."""
    after = text[me : me + 5] == " and " or text[me : me + 3] == " & "
    if after:
        a = b = pos = me + (5 if text[me + 1] == "a" else 3)
        for w in text[a : a + 48].split("\n", 1)[0].split(" ")[:4]:  # (not on into the next paragraph)
            core = w.rstrip(",.;:!?")
            if not (core[:1].isupper() and core.replace("-", "").replace("'", "").replace("’", "").isalpha()):
                break
            if w[-1:] == "." and core.lower() in TITLES:
                pos += len(w) + 1
                continue  # ("said Tom Pell and Sen. Ann Obi")
            b = pos + len(core)
            pos += len(w) + 1
            if core != w:
                break  # (the name ends at its comma or stop)
        if b == a or text.startswith((" and ", " & "), b):
            return None  # (nor one of a list: "said Obi, Pell and Kell")
        before = text[ms - 40 if ms > 40 else 0 : ms].split()
    elif text[ms - 5 : ms] == " and " or text[ms - 3 : ms] == " & ":
        b = ms - (5 if text[ms - 2] == "d" else 3)
        lo = b - 48 if b > 48 else 0
        nl = text.rfind("\n", lo, b)  # (from the paragraph's start at most)
        words = text[nl + 1 if nl >= 0 else lo : b].split(" ")
        n = len(words)
        while n > 0 and len(words) - n < 4 and words[n - 1][:1].isupper() and words[n - 1].replace("-", "").replace(".", "").isalpha() and (
            words[n - 1][-1] != "." or n == len(words) or words[n - 1][:-1].lower() in TITLES
        ):
            n -= 1  # (not back past a sentence's end: "spoke to Kell. Obi and Pell said")
        while n < len(words) and words[n].lower() in DISCOURSE:
            n += 1  # ("But Ann Obi and Tom Pell said")
        if n == len(words):
            return None
        a = b - len(" ".join(words[n:]))
        before = words[:n]
    else:
        return None  # (an "and" inside the mention: "the Food and Drug Administration")
    other = text[a:b]
    if (after and text[b : b + 1].isalpha()) or other.endswith(("'s", "’s")) or text[b : b + 2] in ("'s", "’s") or (
        other.rsplit(None, 1)[-1].lower().rstrip(".") in _BODY_ENDS  # ("Tom Pell and Acme Corp": no call on a body's name)
    ) or (
        before and (before[-1].lower() in _JOINT_OBJECT_BEFORE or before[-1][-2:] in ("'s", "’s") or (before[-1][-1] == "," and before[-1][:1].isupper() and before[-1][:-1].lower() not in DISCOURSE) or (
            # a verb before the two makes the first its object: "Obi met Pell and Kell said"
            # (not a role's word: "Former mayor Ann Obi and Tom Pell said")
            before[-1].isalpha() and before[-1].islower() and before[-1] not in DISCOURSE and before[-1] not in SPEECH_VERBS and before[-1] not in ROLE_NOUNS
        ))
    ) or classify(other) != "named":
        return None
    return a, b


def _styled(name: str, word: str, aliases) -> str:
    """A one-word name with the title the text gives it before that word, where the title is
    one of STYLE_TITLES: "Francis" is shown as "Pope Francis" when the text wrote "Pope
    Francis" (one such title only: two would be two people's)."""
    styles = set()
    for a in aliases:
        at = a.find(" " + word)
        while at != -1:
            title = a[a.rfind(" ", 0, at) + 1 : at]
            if title[:1].isupper() and title.lower() in STYLE_TITLES:
                styles.add(title)
            at = a.find(" " + word, at + 1)
    return styles.pop() + " " + name if len(styles) == 1 else name


def _peerage(title: str, aliases) -> str | None:
    """A peer's full style among the names the text gave: "the Duchess" shows as "Duchess of
    Wessford" when the text wrote "The Duchess of Wessford" (one style only: two are two
    peerages, or a peer and a place)."""
    styles = set()
    for a in aliases:
        m = _PEERAGE_RE.match(a)
        if m is not None and m.group(1) == title:
            styles.add(a[m.start(1) :])
    return styles.pop() if len(styles) == 1 else None


_PEERAGE_RE = re.compile(r"(?:[Tt]he )?(" + "|".join(sorted(t.capitalize() for t in NOBLE_TITLES)) + r") of [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?$")


def _heads_follow_body(text, raws, para_of, heads, speaker_of, resolver, head_quotes) -> None:
    """A headline or standfirst that gives a quote to a role ("Environment minister hails
    « a historic day »") gives it to the named person the body quotes in the same words.
    (`head_quotes`: the quotes of the headlines and standfirsts.)"""
    entities = resolver.entities
    for qi in head_quotes:  # (a plain loop: cheaper than any() over a generator)
        idx = speaker_of.get(qi)
        if idx is not None and (_unnamed(entities[idx]) or _head_word_only(text, raws[qi], entities[idx])):
            break
    else:
        return  # most articles: no headline quote given to a role
    named: list[tuple[str, int]] = []
    for qi, idx in speaker_of.items():
        if idx is not None and para_of.get(qi) not in heads and entities[idx].name_tokens and not _rejected(text, raws[qi].open_at):
            # (not words the named one turns away: "dismissed talk of a "market collapse"")
            named.append((_loose(text, raws[qi]), idx))
    if not named:
        return
    for qi, idx in list(speaker_of.items()):
        if idx is None or para_of.get(qi) not in heads or not (_unnamed(entities[idx]) or _head_word_only(text, raws[qi], entities[idx])):
            continue
        said = _loose(text, raws[qi])
        if any(i == idx and para_of.get(q) not in heads and said in _loose(text, raws[q]) for q, i in speaker_of.items()):
            # "Landlords warn of 'market collapse'" over "Landlords say the city faces a
            # "market collapse"": the body gives the headline's speaker the words itself, so a
            # named one who says them too below ("Ann Obi … warned of a "market collapse"")
            # takes neither
            continue
        # a body's words go to a body, a person's to a person: "union insists '…'" is the
        # union's even when its secretary-general says the same words below (one word is
        # too little to tell two quotes are the same; the role below may still tell)
        org = entities[idx].org
        target = None
        if " " in said and not _portfolio_office(entities[idx].name_tokens):
            # (not for an office with its portfolio, which the body's holder of it is, below:
            # "Health Secretary slams 'reckless spending'" is not the critic's who quotes it back)
            target = next((other for body, other in named if said in body and entities[other].org == org), None)
            if target is None and not org and said.startswith(_HEAD_SUBJECTS):
                # "'We were treated like second-class citizens': MPs grill …" over "were
                # "treated like second-class citizens", … Hadjipetrou said": the headline
                # gives the body's words with the subject they dropped
                rest = said.split(" ", 2)[2] if said.count(" ") >= 2 else ""
                if rest.count(" ") >= 2:
                    # (not where the body names the headline's subject as the one the words
                    # are about, reported or denied by another: "'I was sacked …': nurse sues"
                    # over "the lawyer denied that the nurse "was sacked …"")
                    subject = (entities[idx].display or "").lower().split()[-1:]
                    for qj, other in speaker_of.items():
                        if other is None or para_of.get(qj) in heads or not entities[other].name_tokens or entities[other].org:
                            continue
                        if _loose(text, raws[qj]).endswith(rest) and not (subject and _subject_before(
                            text, raws[qj].segments[0][0], subject[0]
                        )):
                            target = other
                            break
            if target is not None and not _unnamed(entities[idx]) and any(
                other != target and said in body for body, other in named
            ):
                # a headline word the body never names ("'Not a cent more': Albo …") over two
                # who say the words below, the critic who mocks them first: no telling whose
                target = None
        # (or an unnamed one's: a document, "A group claim … alleges '…'" over "the claim states")
        if target is None and (not org or entities[idx].anonymous):
            # "Minister vows …" over "Environment and Urbanization Minister Mehmet Kemal
            # Tunçbilek has pledged …": the one person the body gives that role
            role = (" ".join(entities[idx].name_tokens) or entities[idx].display or "").lower().split()[-1:]
            if role and (role[0] in ORG_NOUNS or role[0] in _HEAD_BODIES):
                # "the county says …" is the county's, a body's: not the one person written
                # after "the county's chief medical officer"
                role = []
            spelled = ROLE_ABBREVIATIONS.get(role[0]) if role else None
            holders = {other for _, other in named if role and not entities[other].org and (any(
                role[0] in a.lower().split() or (spelled and spelled in a.lower()) for a in entities[other].aliases
            ) or titled(text, entities[other].name_tokens, spelled or role[0]))}
            portfolio = _portfolio_office(entities[idx].name_tokens)
            if len(holders) > 1 or portfolio:
                # "Kasdrian minister warns …" over two ministers: the one whose role has the
                # headline's other words too ("Kasdrian Water Minister Teodora Vukan"); and a
                # portfolio's office only over its holder, even one alone ("Finance Minister
                # promises '…'" is not the Prime Minister's who repeats the words below)
                others = [entities[idx].name_tokens[0].lower()] if portfolio else (entities[idx].display or "").lower().split()[:-1]  # (a one-word role has none)
                if others:
                    holders = {h for h in holders if any(all(w in a.lower().split() for w in others) for a in entities[h].aliases) or (
                        portfolio and titled(text, entities[h].name_tokens, others[0])  # ("Minister of Finance Dr Rohan …")
                    )}
            if len(holders) == 1:
                target = holders.pop()
            elif not holders and role:
                # "Taoiseach says …" over a body that names no one but "the Taoiseach": the
                # one speaker the body calls by that role alone
                same = {other for qj, other in speaker_of.items() if other is not None and other != idx
                        and para_of.get(qj) not in heads and (entities[other].display or "").lower() == "the " + role[0]}
                if len(same) == 1:
                    target = same.pop()
        if target is not None:
            for q, i in speaker_of.items():
                if i == idx:
                    speaker_of[q] = target
            resolver.entities[target].aliases.extend(resolver.entities[idx].aliases)


def _head_roles_follow_body(text, raws, para_of, heads, speaker_of, mentions, entities, words, head_quotes) -> None:
    """A headline's quote given to a bare role word ("'We are not a pantomime,' insists
    MLA") that the resolver tied to one holder of the role is the one whose quote below
    holds the same words, when one other named speaker's does and the holder's none: the
    sketch's first MLA is not the one the headline quotes."""
    for qi in head_quotes:
        idx = speaker_of.get(qi)
        span = mentions.get(qi)
        if idx is None or span is None or " " in text[span[0] : span[1]]:
            continue
        role = text[span[0] : span[1]].lower()
        if (role not in ROLE_NOUNS and role not in NAME_ROLES) or role in ORG_NOUNS or entities[idx].org:
            continue  # (a body's words are the body's: "union slams '…'" over its secretary's same words)
        # (a quote that opens its sentence, not words taken up to be mocked: "Opposition
        # leader Tom Pell said the promise of "no new taxes" was hollow")
        whose = words.whose(qi, speaker_of, lambda other, said, theirs: para_of.get(other) not in heads and said in theirs and (
            _opens_sentence_at(text, raws[other].open_at)
        ))
        if len(whose) == 1 and idx not in whose:
            other = whose.pop()
            if other is not None and entities[other].name_tokens and not entities[other].org and not _given_other_role(
                text, entities[other].name_tokens, role
            ):
                speaker_of[qi] = other


# nouns an apposition relates a person by, which give no other office: "Senator Tom Pell, her rival,"
_RELATIONS = {"rival", "rivals", "friend", "colleague", "counterpart", "ally", "partner", "father", "mother", "son",
              "daughter", "wife", "husband", "sister", "brother", "member", "supporter", "critic", "relative",
              "pal", "veteran", "figure", "person", "man", "woman", "people", "head", "senior", "deputy"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "hon", "alhaji", "mx"}
_APPOSITION_ENDS = {"of", "for", "at", "in", "on", "from", "with", "who", "whose", "which", "and"}


def _given_other_role(text: str, name: list[str], role: str) -> bool:
    """Whether the text gives the person named `name` a role other than `role`, right before
    the full name ("Union leader Tom Pell", "Shopkeeper Tom Pell") or in an apposition after
    it ("Tom Pell, a shopkeeper,"): a headline's "says minister" is then someone else's
    words, whoever below says them too. (A headline's role the body never gives anyone, or
    gives this person, does not say no: "insists MLA" over "the Crossbench Party's Dr …")"""
    full = " ".join(name)
    at = text.find(full) if len(name) >= 2 else -1
    while at != -1:
        before = text[max(0, at - 40) : at].split()
        while before and before[-1].lower().rstrip(".") in _HONORIFICS:
            before.pop()  # "Shopkeeper Dr Tom Pell": the role before the title
        if before and _another_role(before[-1].lower(), role):
            return True
        if text.startswith(", ", at + len(full)):
            lo = at + len(full) + 2
            ends = [e for e in (text.find(",", lo, lo + 80), text.find(".", lo, lo + 80), text.find("\n", lo, lo + 80)) if e != -1]
            words = text[lo : min(ends)].lower().split() if ends else []
            for k, w in enumerate(words):
                if w in _APPOSITION_ENDS:
                    words = words[:k]
                    break
            if words and _another_role(words[-1], role):
                return True
        at = text.find(full, at + len(full))
    return False


def _another_role(w: str, role: str) -> bool:
    """Whether the word `w` (lower case) is a role other than `role`, not a relation."""
    return w != role and (w in ROLE_NOUNS or w in NAME_ROLES) and w not in _RELATIONS


def _opens_sentence_at(text: str, at: int) -> bool:
    """Whether the mark at `at` opens a line, a sentence or what a colon brings in."""
    return at == 0 or text[at - 1] == "\n" or (text[at - 1] == " " and at >= 2 and text[at - 2] in ".!?:")


def _returning(text: str, f: Found, lo: int, prev: Tokens | None, known: KnownNames) -> bool:
    """Whether the speaker the next paragraph credits may have spoken the quote-only
    paragraph at lo before it: a he or she, or a name the text wrote before that paragraph
    (not a vox pop's next voice, "“…”" then "“…,” said Pat Obi, a retired nurse"), when the
    paragraph before it does not open with someone else's name ("Trump was quick to add
    …" then "“…”" then "“…?” Hannity pressed": a dialogue)."""
    words = text[f.mention[0] : f.mention[1]].split()
    if not words:
        return False
    last = words[-1].strip(",.")
    if last.lower() in SUBJECT_PRONOUNS:
        return True
    if text.find(last, 0, lo) == -1:
        return False
    if prev is not None and len(prev) and prev.cap[0] and prev.kind[0] == "w":
        first = prev.low[0]
        if first not in DISCOURSE and first in known and first != last.lower() and first not in words[0].lower():
            return False
    return True


_PERSON_OFFICES = frozenset({"minister", "secretary", "chief", "spokesman", "spokeswoman", "spokesperson", "commissioner"})


def _portfolio_office(toks) -> bool:
    """"Finance Minister", "Health Secretary": a portfolio and its office, no one's name."""
    return len(toks) == 2 and toks[0].lower() in PORTFOLIOS and toks[1].lower() in _PERSON_OFFICES


def _unnamed(e) -> bool:
    """A speaker with no name, or a headline's one capitalised role word taken for a name:
    "Lawmaker says dike 'exists only on paper'", "Mediators say gap 'has narrowed'"."""
    toks = e.name_tokens
    if not toks:
        return True
    if _portfolio_office(toks):
        return True  # a standfirst's "Finance Minister says …": an office, named in the body
    if len(toks) != 1:
        return False
    w = toks[0].lower()
    # (and a country's adjective left of "'…': Swedish village fights …": no one's name)
    return w in ROLE_NOUNS or w in NAME_ROLES or (w[-1:] == "s" and (w[:-1] in ROLE_NOUNS or w[:-1] in NAME_ROLES)) or w in NATIONALITY_ADJECTIVES


# how many quotes the rules below may match against every other quote in one article: a
# news article has a handful of subheads and labels, and unbounded a text of thousands of
# stray marks would cost the square of their number (linear time holds on any input)
_SAME_WORDS_BUDGET = 50


class _SameWords:
    """The quotes' words as _loose gives them, each worked out once, and the quotes whose
    words match a given quote's."""

    __slots__ = ("text", "raws", "memo", "left")

    def __init__(self, text: str, raws: list[RawQuote]):
        self.text, self.raws, self.memo, self.left = text, raws, {}, _SAME_WORDS_BUDGET

    def loose(self, qi: int) -> str:
        got = self.memo.get(qi)
        if got is None:
            got = self.memo[qi] = _loose(self.text, self.raws[qi])
        return got

    def whose(self, qi: int, speaker_of, same, first=None) -> set:
        """The speakers of the other quotes whose words `same(other, said, theirs)` ties to
        quote qi's words; none when those are one word, too little to tell two quotes are
        the same. (What subheads, headline labels and "Label: '…'" lines are matched by.)
        `first(other, said)`, when given, is a test `same` needs that is told before the
        other quote's words are worked out."""
        said = self.loose(qi)
        if " " not in said or self.left <= 0:
            return set()
        self.left -= 1
        loose = self.loose
        if first is not None:
            return {speaker_of.get(other) for other in range(len(self.raws)) if other != qi and first(other, said) and same(other, said, loose(other))}
        return {speaker_of.get(other) for other in range(len(self.raws)) if other != qi and same(other, said, loose(other))}


def _may_open(text: str, raw: RawQuote, c: str) -> bool:
    """Whether a quote's words as _loose gives them may open with the letter c, told from its
    first character alone (one it strips, a space, or no segment: they may)."""
    if not raw.segments:
        return True
    s, e = raw.segments[0]
    ch = text[s : s + 1] if s < e else ""
    return not ch or ch.isspace() or ch in _LOOSE_EDGE or ch.lower()[:1] == c


def _holds(other: int, said: str, theirs: str) -> bool:
    return said in theirs


def _subheads_follow_body(raws, para_of, subheads, speaker_of, words: _SameWords) -> None:
    """A subhead's quote ("'Ten years is a long time'") is the speaker's whose quote below
    opens with, or holds, the same words (two words at least), when one speaker's does."""
    for qi, raw in enumerate(raws):
        if para_of.get(qi) not in subheads or speaker_of.get(qi) is not None:
            continue
        # (the same words in an earlier quote by someone else too: "Trump said Cameron cast him
        # as "divisive, stupid and wrong"" above, the spokesman's "… is divisive, stupid and
        # wrong" below: no telling whose the subhead is)
        whose = words.whose(qi, speaker_of, _holds)
        if len(whose) == 1:
            speaker_of[qi] = whose.pop()


def _head_labels_follow_body(text, spans, raws, para_of, heads, speaker_of, words: _SameWords, head_quotes, entities) -> None:
    """A headline's quote that opens it as a label before a colon ("'We lost everything but
    each other': Residents press officials …") and that nothing in the line credits is, like
    a subhead's, the speaker's whose quote below holds the same words. (Only that form: a
    scare quote inside a headline, "Mayor slams 'rigged' count", is often mocked words.) The
    body quote must open with the label's words: a critic's quote that holds them further in
    ("They keep telling us 'we have done enough', and …") is often mocking them.
    (`head_quotes`: the quotes of the headlines and standfirsts, in order.)"""
    body_speakers = None
    for qi in head_quotes:
        raw = raws[qi]
        pi = para_of[qi]
        now = speaker_of.get(qi)
        if now is not None:
            # a label the line's subject was given ("'We will find you': Police hunt driver
            # …") is still the speaker's whose body quote opens with it, when that subject
            # says nothing in the body (a body, a crowd or a thing the headline names, where
            # the body quotes a detective, a resident or a controller)
            if (raw.open_at != spans[pi][0] or text[raw.close_at + 1 : raw.close_at + 2] != ":") and (
                text[raw.open_at - 2 : raw.open_at] != ": " or text[raw.close_at + 1 : spans[pi][1]].strip(" .!?")
            ):
                continue  # (or its mirror after a colon: "Iwi vows to fight water take: 'The river is …'")
            if body_speakers is None:
                body_speakers = {idx for other, idx in speaker_of.items() if para_of.get(other) not in heads}
            if now in body_speakers:
                continue
            if (last := entities[now].name_tokens[-1:]) and (
                (k := text.find(last[0] + " ", spans[pi][0], spans[pi][1])) != -1
                and text[k + len(last[0]) + 1 : spans[pi][1]].partition(" ")[0].lower() in SPEECH_VERBS
            ):
                continue  # (not a name the line gives a verb of speech: "'A scandal': Pell slams closure" is Pell's)
        mirror = False
        if raw.open_at != spans[pi][0] or (
            text[raw.close_at + 1 : raw.close_at + 2] != ":" and not text.startswith(_DASH_LABELS, raw.close_at + 1)
        ):
            # (a dash sets the label off as a colon does in Caribbean, South Asian and sports
            # copy: "'We were 20 runs short' - Pathirage rues …")
            # or the label's mirror, a quote after a colon that ends the line: "The last
            # season of Emil Sarkany: 'I have been wrong about Brahms for forty years'"
            if text[raw.open_at - 2 : raw.open_at] != ": " or text[raw.close_at + 1 : spans[pi][1]].strip(" .!?"):
                continue
            mirror = True
        elif text.startswith(_DASH_LABELS, raw.close_at + 1) and _title_cased(text[raw.open_at + 1 : raw.close_at]) and not (
            _title_cased(text[raw.close_at + 3 : spans[pi][1]])
        ):
            continue  # a work's title before a dash, the line after it not title case: "'The Last Stand' - review"
        # (the words whole, "no deal" not "no dealer", and not asked back: "Keep out? We are
        # neighbors" echoes a sign's words, it does not say them; nor, for the mirror, put
        # back as another's: ""Nothing to see here, he told us," said resident Ivy Cole")
        whose = words.whose(
            qi, speaker_of, lambda other, said, theirs: para_of.get(other) not in heads and _opens_with(theirs, said) and not (
                mirror and theirs.startswith(_PUT_BACK, len(said))
            ),
            # (a body quote's first letter told before its words are worked out)
            lambda other, said: para_of.get(other) not in heads and _may_open(text, raws[other], said[0]),
        )
        if len(whose) == 1:
            one = whose.pop()
            if now is None or one is not None:
                speaker_of[qi] = one


def _head_scare_after_speaker(text, spans, raws, para_of, heads, speaker_of, entities, words: _SameWords, head_quotes) -> None:
    """A headline's scare quote that nothing credits, standing right after the words that
    name the one the body quotes in the same words, is theirs: "Water meter bills leave
    Kaiwhara residents 'blindsided'" over "Kaiwhara residents say they were "blindsided"".
    (Not words someone else says of them: "Unions call minister 'out of touch'" over the
    unions' "the minister is "out of touch"" names the minister before the quote, and the
    minister does not say it.)"""
    for qi in head_quotes:
        if speaker_of.get(qi) is not None:
            continue
        raw = raws[qi]
        lo = spans[para_of[qi]][0]
        before = " " + " ".join(text[lo if lo > raw.open_at - 80 else raw.open_at - 80 : raw.open_at].lower().split())
        if len(before) < 3:
            continue
        # the speakers named right before the quote, found first (a few names, no quote's
        # words worked out), then the ones among them who say the same words below
        last = before.rpartition(" ")[2]
        named = set()
        for idx in set(speaker_of.values()):
            if idx is None:
                continue
            e = entities[idx]
            for a in (*e.aliases, e.display, " ".join(e.name_tokens)):
                a = a.lower()
                if a.endswith(last) and len(a) > 2 and (before.endswith(" " + a) or (a.startswith("the ") and before.endswith(a[3:]))):
                    named.add(idx)
                    break
        if not named:
            continue
        # (and no one else in the body says them: "Fury as Hale 'misled' voters" over Penn's
        # "Hale had "misled" voters" and Hale's denial that he "misled" anyone is Penn's word)
        said = words.loose(qi)
        whose = {
            idx for other, idx in speaker_of.items()
            if idx is not None and other != qi and para_of.get(other) not in heads and words.loose(other) == said
        }
        if len(whose) == 1 and not whose.isdisjoint(named):
            speaker_of[qi] = whose.pop()


def _head_words_follow_body(text, spans, raws, para_of, heads, speaker_of, words: _SameWords, head_quotes, entities) -> None:
    """A headline's or standfirst's quote that nothing in its line credits ("Roman hoard
    found in field is 'incredibly significant'", "Duchess hears of 'worst night of our
    lives'") is the speaker's whose body quote holds the same words, two at least, as whole
    words, when every body quote holding them is that one speaker's (not when a quote left
    unsaid, or someone else's, holds them too: then it may be words mocked or put back)."""
    first = min(heads)
    for qi in head_quotes:
        if speaker_of.get(qi) is not None or para_of[qi] != first:
            continue  # (the headline only: a standfirst's quote is often its own sentence's, unsaid there)
        a, b = spans[first]
        colon = text.find(":", a, raws[qi].open_at)
        if colon != -1 and len(year := text[a:colon].rpartition(" ")[2]) == 4 and year.isdigit():
            colon = -1  # "Budget 2027: 'A missed opportunity' …": a topic and its year, no one's name
        if colon != -1 or text[raws[qi].close_at + 1 : raws[qi].close_at + 2] == ":" or (
            raws[qi].open_at == a and text.startswith(_DASH_LABELS, raws[qi].close_at + 1)
        ) or title_case(text[a:b]):
            # (not a line a name's label credits, "Sanders: Clinton needs to '…'", nor a quote
            # that labels the line, with a colon or a dash, which must open a body quote, see
            # _head_labels_follow_body;
            # nor a Title Case line, whose credit its capitals hide: "Senator Calls Plan 'A Disgrace'")
            continue
        said = words.loose(qi)
        if sum(1 for w in said.split() if w not in _HEAD_FILLER) < 2:
            # (two words of substance: "the government", "in the night" are anyone's; or one
            # word alone that a short body quote holds, which the headline cut down: "Parents
            # 'shocked' as …" over her "shocked and angry"; not an epithet opening the line,
            # "'Thin-skinned' Pell quells critics", the paper's word for him)
            if " " in said or said in _HEAD_FILLER or words.left <= 0 or raws[qi].open_at == a:
                continue
            words.left -= 1
            whose, short = set(), False
            hw = _head_word(text, a, raws[qi].open_at)
            for other in range(len(raws)):
                if other == qi or para_of.get(other) in heads:
                    continue
                theirs = words.loose(other)
                o = raws[other].open_at
                if said in theirs and _holds_whole(said, theirs) and not text.endswith(_DENIALS, 0, o):
                    # (not words denied before their marks: "said his plan was not "reckless"";
                    # nor said of the one the headline sets them after: "Penn says residents
                    # were "blindsided"" under "… leave residents 'blindsided'"; nor another's
                    # offer lifted: "rejected Pell's offer to make an "exception"")
                    if _lent_by_others(text, o, hw):
                        whose.add(-1)  # (no speaker's index: the words are another's, and the headline's stays unsaid)
                        break
                    whose.add(speaker_of.get(other))
                    short = short or theirs.count(" ") < 4
                    if len(whose) > 1:
                        break
            if not short:
                continue
        else:
            whose = words.whose(qi, speaker_of, lambda other, said, theirs: para_of.get(other) not in heads and _holds_whole(said, theirs) and not _called_so(text, raws[other].open_at) and not _rejected(text, raws[other].open_at))
        if len(whose) == 1:
            one = whose.pop()
            if one is not None and _credited_after(text, raws[qi].close_at + 1, b, one, entities):
                continue
            speaker_of[qi] = one  # (a set of None alone leaves it unsaid)


# another's words a body sentence lifts: "rejected Pell's offer to make an "exception"" (the
# owner by name, their speech or proposal, a few words before the marks)
_OTHERS_OFFER = re.compile(
    r"[A-Z][\w-]*['’]s (?:offer|call|claim|promise|pledge|proposal|remark|comment|description|words|phrase|vow|threat|suggestion)s?\b[^.\"“”]{0,30}$"
)


_OPENING_ENDS = frozenset(" .,;:!")  # (not "?": "Keep out? We are neighbours" asks the words back)


# how a credit after a quote's close is found (a quote's own credit, not one carried)
_AFTER_CLOSE = frozenset({"tail", "tail-inverted"})


def _head_repeats_body(text, spans, raws, para_of, heads, speaker_of, words: _SameWords, head_quotes, entities) -> None:
    """A headline's or standfirst's quote still unsaid whose words are a body quote's whole
    words, or the words that open it ("Locals say 'Finally'" over "'Finally,' said Neda
    Radić"; "'We will not give away our river,' locals say" over "'We will not give away our
    river. Our …,' said Tamar Beridze"), is that speaker's, when every such body quote opens
    its sentence and is one speaker's (a group's "locals say" names no one the body quotes)."""
    for qi in head_quotes:
        if speaker_of.get(qi) is not None:
            continue
        a, b = spans[para_of[qi]]
        if ":" in text[a : raws[qi].open_at] or text[raws[qi].close_at + 1 : raws[qi].close_at + 2] == ":" or (
            raws[qi].open_at == a and text.startswith(_DASH_LABELS, raws[qi].close_at + 1)
        ):
            continue  # (a quote that labels its line, or follows a label: _head_labels_follow_body's)
        said = words.loose(qi)
        if not said:
            continue
        n = len(said)
        # (its words may open a longer body quote when two of them are of substance: "the
        # government" opens anyone's "The government has stopped listening")
        opens = " " in said and sum(1 for w in said.split() if w not in _HEAD_FILLER) >= 2
        whose = set()
        c0 = said[0]
        # words the body lifts into a sentence of its own may be the same words whole: "Families
        # 'devastated' as ward closes" over "Families say they are "devastated"" (not under a
        # Title Case line, whose capitals may hide a credit: "Senator Speaks 'Directly To
        # Voters'" over her "wanted to speak "directly to voters"" is the paper's echo; nor
        # lifted words in Title Case, a name: "denounced the "Voters For Pell" campaign")
        lifted = lifted_at = None
        for other in range(len(raws)):
            r = raws[other]
            # (a body quote of its own, or such lifted words; its first letter told before its
            # words are worked out)
            if other == qi or para_of.get(other) in heads:
                continue
            s0 = r.segments[0][0] if r.segments else r.open_at + 1
            if text[s0 : s0 + 1].lower() != c0:
                continue
            if not _opens_sentence_at(text, r.open_at):
                # (the same words whole: about as long as the headline's, told before they are
                # worked out; most lifted words are not)
                if not n <= r.close_at - r.open_at - 1 <= n + 4:
                    continue
                if lifted is None:
                    lifted = not title_case(text[a:b])
                    # (the word the headline sets the quote after, when it stands before the
                    # body's words too, is whom they are said of: "Water bills leave residents
                    # 'blindsided'" over "Penn says residents were "blindsided"" is unsaid)
                    hw = _head_word(text, a, raws[qi].open_at)
                if not lifted or words.loose(other) != said or _title_cased(text[r.open_at + 1 : r.close_at]) or (
                    text.endswith(_DENIALS, 0, r.open_at)  # (not denied: "residents were never "in the dark"")
                ) or _lent_by_others(text, r.open_at, hw):
                    continue  # (nor others' name for it: "critics who call the plan "going nowhere fast"", "said the report had called it "unsafe"")
                lifted_at = other
                whose.add(speaker_of.get(other))
                if len(whose) > 1:
                    break
                continue
            theirs = words.loose(other)
            if theirs == said or (opens and theirs[n : n + 1] in _OPENING_ENDS and theirs.startswith(said)):
                whose.add(speaker_of.get(other))
                if len(whose) > 1:
                    break
        if len(whose) == 1:
            one = whose.pop()
            if lifted_at is not None and any(
                o != qi and o != lifted_at and para_of.get(o) not in heads and speaker_of.get(o) != one
                and said in (lo := words.loose(o)) and _holds_whole(said, lo) for o in range(len(raws))
            ):
                continue  # (lifted words another's quote holds too: "Leaflets promising "value for money"" and her "It was value for money")
            # (not when the line credits someone else after it: "'Gun owners' are his secret
            # weapon, Corwin hints" over his spokesman's "Gun owners have …")
            if one is not None and not _credited_after(text, raws[qi].close_at + 1, b, one, entities):
                speaker_of[qi] = one


def _head_credit_silent(text, raws, para_of, heads, speaker_of, words: _SameWords, head_quotes, entities) -> None:
    """A headline's or standfirst's quote credited to a crowd that says nothing in the body
    ("… as unions reject 'insulting' pay offer", "landlords warn of 'market collapse'") is
    the speaker's whose body quote says the same words, the whole quote or, for two words of
    substance, words inside it, when every body quote saying them is that one speaker's: the
    headline names many where the body quotes one of them. (Not a body by its name, "Union
    calls plan 'a slow dismissal'", whose own words its officer's quote below gives.)"""
    body_speakers = None
    for qi in head_quotes:
        now = speaker_of.get(qi)
        if now is None or entities[now].name_tokens or not _plural_head(entities[now].display):
            continue
        if body_speakers is None:
            body_speakers = {idx for other, idx in speaker_of.items() if para_of.get(other) not in heads}
        if now in body_speakers:
            continue
        said = words.loose(qi)
        if not said:
            continue
        inside = sum(1 for w in said.split() if w not in _HEAD_FILLER) >= 2
        whose = set()
        for other in range(len(raws)):
            if other == qi or para_of.get(other) in heads:
                continue
            theirs = words.loose(other)
            if ((theirs == said and not _others_call(text, raws[other].open_at)) or (
                inside and _holds_whole(said, theirs) and not _called_so(text, raws[other].open_at)
            )) and not _rejected(text, raws[other].open_at):
                whose.add(speaker_of.get(other))
                if len(whose) > 1:
                    break
        if len(whose) == 1 and (one := whose.pop()) is not None and (
            entities[one].display.rpartition(" ")[2].lower() not in DOCUMENTS
        ):  # (not a document's words: "Landlords warn of 'market collapse'" over "the report warned of "market collapse"")
            speaker_of[qi] = one


def _called_so(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is a name the speaker says others call a thing:
    "critics who call the plan "going nowhere fast"", "what he dubbed "a circus"" (their
    words, not the speaker's own)."""
    return any(w in _CALLING_WORDS for w in text[at - 30 if at > 30 else 0 : at].lower().split())


def _head_word(text: str, a: int, at: int) -> str | None:
    """The word a headline sets its quote after, spaced for a look-up in a body sentence
    ("Water bills leave residents 'blindsided'": " residents "); None for a filler word or
    none."""
    w = text[a:at].rstrip().rpartition(" ")[2].lower()
    return " " + w + " " if w.isalpha() and w not in _HEAD_FILLER else None


def _lent_by_others(text: str, at: int, hw: str | None) -> bool:
    """Whether the body's words opening at `at` are not their speaker's to lend a headline:
    said of the one the headline sets them after (`hw`: "Penn says residents were
    "blindsided"" under "… leave residents 'blindsided'"), lifted from another's offer
    ("rejected Pell's offer to make an "exception""), or others' name for a thing ("critics
    who call the plan "going nowhere fast"")."""
    return (hw is not None and hw in " " + text[at - 40 if at > 40 else 0 : at].lower().replace("\n", " ")) or (
        _OTHERS_OFFER.search(text, at - 60 if at > 60 else 0, at) is not None
    ) or _others_called(text, at) or _rejected(text, at)


# verbs by which a speaker turns away words that others said: "dismissed talk of a "market
# collapse"", "rejected claims of", "denied", "played down fears of"
_REJECTING_RE = re.compile(r"\b(?:dismiss|reject|denie[sd]\b|denial|deny|rubbish|scoff|brush|downplay|play(?:s|ed|ing)? down)")  # (not "Denise")


def _rejected(text: str, at: int) -> bool:
    """Whether the quote opening at `at` holds words its sentence's subject turns away,
    others' words: "Housing minister Ann Obi dismissed talk of a "market collapse""."""
    near = text[at - 40 if at > 40 else 0 : at].lower()
    m = _REJECTING_RE.search(near, near.rfind(". ") + 1)
    # (not her own words after a break or a passive: "Ann Obi, who was denied a loan, said
    # there could be a "…"", "denying any wrongdoing, warned of", "brushed her hair and warned")
    return m is not None and "," not in near[m.end() :] and " and " not in near[m.end() :] and not near[: m.start()].endswith(
        ("was ", "were ", "been ", "be ", "is ", "are ")
    )


def _others_called(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is a name that others, not its speaker, call a
    thing: "critics who call the plan "going nowhere fast"", "said the report had called it
    "unsafe""."""
    if not _called_so(text, at):
        return False
    near = text[at - 40 if at > 40 else 0 : at]
    return " who " in near or not DOCUMENTS.isdisjoint(near.lower().split())


def _others_call(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is others' name for a thing that the speaker puts
    back: "said critics calling the offer "insulting" were wrong", "those who call it "…""."""
    near = text[at - 30 if at > 30 else 0 : at].lower()
    return "calling " in near or " who call" in near or "so-called" in near


_CALLING_WORDS = frozenset({"call", "calls", "called", "calling", "dubbed", "dub", "dubs", "branded", "brand", "brands",
                            "labelled", "labeled", "so-called", "termed", "term", "terms", "nicknamed"})


def _credited_after(text: str, a: int, b: int, one: int, entities) -> bool:
    """Whether the headline after a quote names another person with a verb of speech, an
    inverted credit nothing resolved: "'2nd Amendment people' his secret weapon, Trump
    hints" (not his spokesman's, whose body quote holds the words)."""
    line = _HEAD_WORD_RE.findall(text, a, b)
    for n in range(1, len(line)):
        if (line[n].lower() in SPEECH_VERBS or line[n].lower() in _HEAD_HINTS) and line[n - 1][:1].isupper():
            who = line[n - 1]
            if who in entities[one].name_tokens:
                continue
            if any(not e.org and e.name_tokens and e.name_tokens[-1] == who for e in entities):
                return True
    return False


# words a headline's quote needs two besides: "the government", "in the night" are anyone's
_HEAD_FILLER = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "from", "by",
                          "as", "into", "is", "was", "are", "were", "be", "been", "it", "its", "this", "that", "these",
                          "those", "we", "our", "they", "their", "he", "his", "she", "her", "i", "my", "you", "your"})
# a word right before the words that denies them: "These are not reckless spending plans"
_DENIALS = ("not ", "no ", "never ", "n't ", "nor ")
_HEAD_HINTS = frozenset({"hints", "hinted", "suggests", "insists", "signals"})  # a headline's verbs of saying, besides
_HEAD_WORD_RE = re.compile(r"[\w'’.\-]+")


def _holds_whole(said: str, theirs: str) -> bool:
    """Whether `theirs` holds the words `said` as whole words ("no deal", not "no dealer"),
    not right after a word that denies them ("this is not a fair deal": the speaker's
    rejecting words someone else used)."""
    at = theirs.find(said)
    while at != -1:
        end = at + len(said)
        if (at == 0 or not theirs[at - 1].isalnum()) and (end == len(theirs) or not theirs[end].isalnum()):
            # (nor words the speaker quotes, "there's no magic to the phrase 'radical islam'")
            return not theirs.endswith(_DENIALS, 0, at) and (at == 0 or theirs[at - 1] not in "'\"‘’“”«")
        at = theirs.find(said, at + 1)
    return False


_DASH_LABELS = (" - ", " – ", " — ")
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "from",
                                "by", "as", "vs", "nor", "into", "over", "up"})


def _title_cased(words: str) -> bool:
    """Two capitalised words or more, and none lower-case but a title's small ones: "The Last
    Stand", "Bitter Harvest" (a work's name, or a Title Case headline's rest)."""
    caps = 0
    for w in words.split():
        w = w.strip("\"“”‘’'(),.:;!?")
        if not w or not w[0].isalpha():
            continue
        if w[0].isupper():
            caps += 1
        elif w not in _TITLE_SMALL_WORDS:
            return False
    return caps >= 2


def _labels_follow_body(text, raws, para_of, heads, speaker_of, entities, words: _SameWords) -> None:
    """A subhead "Opposition: '…'" gives its quote to a label, not a person: the quote is
    the speaker's whose quote elsewhere holds the same words (two words at least), when
    one speaker's does."""
    for qi, idx in speaker_of.items():
        # (a label's quote follows its ": ", which spares most quotes the call)
        at = raws[qi].open_at
        if idx is None or text[at - 2 : at] != ": " or para_of.get(qi) in heads or not _label_only(text, raws[qi], entities[idx]):
            continue
        whose = words.whose(qi, speaker_of, _holds)
        if len(whose) == 1 and None not in whose:
            speaker_of[qi] = whose.pop()


def _label_only(text: str, raw: RawQuote, e) -> bool:
    """A line that is one capitalised word, a colon and the quote, the word written with
    its capital nowhere else: a label, no name ("Opposition: '…'", "Verdict: '…'"); a
    surname comes back in the body ("Kivilõo: '…'" over "Kivilõo said")."""
    toks = e.name_tokens or (e.display or "").split()  # (a body or role has no name tokens)
    if len(toks) != 1:
        return False
    word = toks[0]
    start = text.rfind("\n", 0, raw.open_at) + 1
    if raw.open_at - start != len(word) + 2 or not text.startswith(word + ": ", start):
        return False
    end = text.find("\n", raw.close_at)
    if end != -1 and text[raw.close_at + 1 : end].strip(" .,!?\"'’”"):
        return False  # (the quote must end the line)
    return text.rfind(word, 0, start) == -1 and (end == -1 or text.find(word, end) == -1)


def _party_tag(text: str, ms: int, me: int) -> bool:
    """A mention that is a US legislator's party and home alone: "R-Coldwater", "D-Texas"."""
    return text[ms] in "RDI" and ms + 2 < me and text[ms + 2].isupper() and text[ms - 2 : ms] == ", "


def _before_party_tag(text: str, ms: int, me: int) -> tuple[int, int]:
    """The name the party tag at ms follows, with the tag: "Sen. Maribel Ortiz-Kane,
    R-Coldwater, who chairs …, said" is hers (the mention as found, when no name stands there)."""
    m = _NAME_BEFORE_WHO.search(text, ms - 80 if ms > 80 else 0, ms - 2)
    if m is None or " " not in m.group() or m.group().endswith(("'s", "’s")):
        return ms, me  # (a full name only: "Taiwan's envoy, I-Wen Lin, said" is hers)
    return m.start(), me


def _head_word_only(text: str, raw: RawQuote, e) -> bool:
    """A headline's one capitalised word after its quote that the text never writes again
    with its capital: the sentence's first word, no name ("'You don't sell your mother's
    cows': Drought pushes ranchers …"); a surname comes back in the body ("Whitely said")."""
    toks = e.name_tokens
    if len(toks) != 1 or text[raw.close_at + 1 : raw.close_at + 2] != ":":
        return False  # (only the quote that opens the line and a colon: "Family says '…'" is the family's)
    end = text.find("\n", raw.close_at)
    return end != -1 and text.find(toks[0], end) == -1


# a quote's opening words put back as another's: "Nothing to see here, he told us, …"
_PUT_BACK = (", he ", ", she ", ", they ")


def _opens_with(words: str, said: str) -> bool:
    """Whether a quote's words (loose, as _loose gives them) open with the words `said`,
    whole words, and not as a question put back ("Keep out? …")."""
    if not words.startswith(said):
        return False
    nxt = words[len(said) : len(said) + 1]
    return nxt == "" or (not nxt.isalnum() and nxt != "?")


# a count of people and who they are, as a sentence opens with them: "Two members of the
# ruling coalition voted", "Three officials at the ministry said" (the words after the
# plural, to a verb in the past or a comma)
_COUNTED_PEOPLE_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:Two|Three|Four|Five|Several|Some|\d+) ((?:[a-z\-]+ )?[a-z]+s)"
    r"((?: (?:of|at|from|in|for|with) (?:the |an? )?[\w'’\-]+(?: [\w'’\-]+){0,3}?)?)(?= [a-z]+ed\b| (?:were|are|have|had|said|told|say|spoke)\b|,)"
)


_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”]?(?:\s|$)")


def _whose_owner(text: str, at: int, mention: str) -> str | None:
    """The name set off before ", whose" (the comma at `at`) that owns the small-letter
    `mention` after it: "Ann Obi, whose son said", "the Arden Trust, whose chairman said"
    (capitalised words, with their "the"); None for anything else ("the plan, whose author
    said" names its author as written)."""
    if text[at : at + 1] != "," or not mention.islower():
        return None
    words = text[at - 60 if at > 60 else 0 : at].split(" ")
    n = len(words)
    while n > 0 and words[n - 1][:1].isupper() and words[n - 1].replace("-", "").replace("'", "").replace(".", "").isalpha() and (
        words[n - 1][-1] != "." or len(words[n - 1]) <= 3
    ) and words[n - 1].lower() not in DISCOURSE:
        n -= 1
    if n == len(words):
        return None
    if n > 0 and words[n - 1] in ("the", "The"):
        n -= 1
    owner = " ".join(words[n:])
    return None if owner in ("The", "the") else owner


def _one_of_those(text: str, mention: str, at: int) -> str | None:
    """The one "One of them" is, by the count of people before it: "a member of the ruling
    coalition" after "Two members of the ruling coalition voted …" (None when the sentence
    before counts no people: "One of them" stays as written)."""
    if mention.lower() not in ("one of them", "one of those"):
        return None
    last = None
    for last in _COUNTED_PEOPLE_RE.finditer(text, at - 400 if at > 400 else 0, at):
        pass
    if last is None:
        return None
    # the count is in the sentence right before the one "One of them" opens: not "Two
    # ministers resigned. Dozens of protesters gathered, and one of them told …", nor "Two
    # officials … . Later, hundreds of farmers blocked the road. One of them said"
    before = text[last.end() : at].rstrip()
    if not (before.endswith((".", "!", "?", "\n")) or at == 0 or text[at - 1] == "\n") or _SENTENCE_END_RE.search(before, 0, len(before) - 1):
        return None
    plural = last.group(1)
    head = plural.rsplit(" ", 1)[-1]
    if head not in ROLE_NOUNS and head[:-1] not in ROLE_NOUNS:
        return None  # ("Two cars …", "Several buildings …": no people)
    one = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return ("an " if one[:1] in "aeiou" else "a ") + one + last.group(2)


def _subject_before(text: str, at: int, subject: str) -> bool:
    """Whether the few words before the quote at `at` name `subject` (a headline's subject,
    "nurse", "farmers"), singular or plural: "denied that the nurse "was sacked …""."""
    stem = subject.rstrip("s")
    return bool(stem) and any(w.strip(",.;:'\"‘’“”").lower().rstrip("s") == stem for w in text[max(0, at - 60) : at].split()[-5:])


# places and bodies a headline's subject may be, which name no office its holder is called by
_HEAD_BODIES = frozenset({"county", "city", "town", "municipality", "region", "state", "district", "village", "parish"})
# a headline quote's first-person opening, which a body's partial quote drops: "we were …"
_HEAD_SUBJECTS = ("we were ", "we are ", "i was ", "i am ", "we have ", "i have ", "we will ", "i will ")


def _loose(text: str, raw: RawQuote) -> str:
    """A quote's words, lower case, single-spaced, without the marks around its ends."""
    return " ".join(" ".join(text[s:e] for s, e in raw.segments).lower().split()).strip(_LOOSE_EDGE)


_LOOSE_EDGE = " .,;:!?'\"‘’“”«»"


# a name ending the text before ", who" (after at most one apposition of its own)
# (or a social-media handle: "shared by user @ravish_commutes, who wrote")
_NAME_BEFORE_WHO = re.compile(r"(?:(?:[A-Z][\w'’\-]*\.? ){0,3}[A-Z][\w'’\-]*|(?<![\w.])@\w{2,})$")


_SENTENCE_MARKS = ".!?\"“”"
_CLAUSE_VERBS = frozenset({"was", "is", "were", "are", "has", "had", "have", "will", "would"})


# quantifiers standing alone for a part of a crowd: "some chanted", "others shouted"
_QUOTE_AS_SUBJECT = frozenset({"is", "was", "were", "are", "has", "had", "have", "became", "remains", "remained"})
_JOINS_QUOTES = frozenset({" and ", " or ", ", ", ", and ", ", or ", " and then "})
_BARE_QUANTIFIERS = frozenset({"some", "others", "many", "several", "few", "most", "all", "both"})


def _who_antecedent(text: str, at: int) -> str | None:
    """The name a "who" at `at` refers to: "Theo Lindqvist, an analyst at Halvard
    Securities, who called …" is Theo Lindqvist; None when no name stands there."""
    before = text[max(0, at - 200) : at].rstrip()
    if not before.endswith(","):
        return None
    before = before[:-1]
    cut = before.rfind(", ")
    if cut != -1 and before[cut + 2 : cut + 3].islower() and not any(c in before[cut:] for c in _SENTENCE_MARKS) and (
        before[cut + 2 : before.find(" ", cut + 2)] not in _CLAUSE_VERBS
    ):  # (not a clause's verb after a subject set off: "The unit, Project Fjell, was launched
        # by Magnus Everaert, who said": the name before "who" is the one it means)
        before = before[:cut]  # the apposition ", an analyst at Halvard Securities"
    m = _NAME_BEFORE_WHO.search(before)
    if m is None or " " not in m.group() and not m.group()[:1].isupper() and m.group()[:1] != "@":
        return None
    words = m.group().split()
    return m.group() if len(words) >= 2 or (words and words[0].lower() not in DISCOURSE) else None


# "the accused, who": a person described, and the words describing them
_WHO_ROLE_RE = re.compile(r"\b[Tt]he (?:[a-z][\w\-]* ){0,2}([a-z][\w\-]*), *$")
_WHO_LINKED_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:[a-z][\w\-]* ){0,2}([a-z][\w\-]*) (?:of|for|to) [Tt]he "
                            r"(?:[a-z][\w\-]* ){0,2}[a-z][\w\-]*, *$")
_WHO_ROLES = ROLE_NOUNS | NAME_ROLES | {"accused", "defendant", "complainant", "claimant", "plaintiff"}


def _who_role(text: str, at: int) -> tuple[int, int] | None:
    """The span of the person a "who" at `at` refers to when no name stands there but a
    person described: "the magistrate asked the accused, who replied: …"."""
    lo = at - 60 if at > 60 else 0
    m = _WHO_ROLE_RE.search(text, lo, at)
    if m is None or m.group(1) not in _WHO_ROLES:
        return None
    link = text[lo : m.start()].split()[-2:]
    if link and link[-1] in ("of", "for", "to"):
        # "a lawyer for the defendant, who told the court": the lawyer, if a person is described
        big = _WHO_LINKED_RE.search(text, lo, at)
        if big is None or big.group(1) not in _WHO_ROLES:
            return None
        return big.start(), big.start() + len(big.group().rstrip(" ,"))
    return m.start(), m.start() + len(m.group().rstrip(" ,"))


# "it's", "there's": a contraction of "is" names nobody; "He's predicting": he does
_CLITIC_NOBODY = {"it", "there", "here", "that", "what", "this", "who", "where"}


def _without_clitic(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """A mention that is a pronoun with "'s" attached: the pronoun, or None for "It's"."""
    ms, me = span
    if me - ms > 7 or text[me - 2 : me] not in ("'s", "’s"):
        return span
    word = text[ms : me - 2].lower()
    if word in _CLITIC_NOBODY:
        return None
    if word in SUBJECT_PRONOUNS:
        return (ms, me - 2)
    return span


_POSSESSIVE_S = ("'s", "’s")
# words in capitals that are no firm's name before "'s said" (has said): "Nobody's", "Mum's"
_NO_FIRMS = frozenset({"nobody", "everything", "nothing", "mum", "mom", "mam", "dad", "mummy", "mommy", "daddy",
                       "gran", "granny", "nan", "nana", "grandad", "grandpa", "grandma", "papa", "mama"})


def _firm_possessive(text: str, mention: str, span: tuple[int, int], cue: tuple[int, int] | None) -> bool:
    """Whether a mention in "'s" that is the subject of its cue, "Sainsbury's said",
    "said McDonald's", is a firm named with the possessive, kept whole: one word the text
    never writes without the "'s" (not "Obi's said", Obi has said, where "Ann Obi" stands
    elsewhere; nor "Obi's lawyer said", whose mention is the lawyer)."""
    if cue is None or " " in mention or not (cue[0] == span[1] + 1 or cue[1] + 1 == span[0]) or text[cue[0] : cue[1]] == "is":
        return False
    bare = mention[:-2]
    if bare.lower() in _NO_FIRMS or _classify(bare) != "named":
        return False  # "Everyone's said", "Mum's said", "Nobody's said": has said
    n = len(bare)
    at = text.find(bare)
    while at != -1:
        if text[at + n : at + n + 2] not in _POSSESSIVE_S and not text[at + n : at + n + 1].isalpha():
            return False  # the word alone: a person's name ("Obi said"), or the firm's without it
        at = text.find(bare, at + n)
    return True


# classify() depends on the mention's words alone, and the same mentions ("he", "Trump")
# come back quote after quote and article after article
_classify = functools.lru_cache(maxsize=4096)(classify)


def _outside(spans, regions):
    """The parts of the paragraphs that are not inside a quotation (`regions`: each
    paragraph's quotes with their marks, as _regions gives them)."""
    # the paragraphs without quotes, most of them, are copied whole, a run at a time: when
    # none is empty and each quote lies inside its own paragraph (as in all but odd input)
    out = []
    done = 0  # the paragraphs before this one are in `out`
    if all(starmap(lt, spans)):
        for pi in sorted(regions):
            lo, hi = spans[pi]
            out += spans[done:pi]
            pos = lo
            for a, b, _ in regions[pi]:
                if a < lo or b > hi:
                    return _outside_any(spans, regions)
                if a > pos:
                    out.append((pos, a))
                if b > pos:
                    pos = b
            if pos < hi:
                out.append((pos, hi))
            done = pi + 1
        out += spans[done:]
        return out
    return _outside_any(spans, regions)


def _outside_any(spans, regions):
    """_outside on any input: every paragraph tested against the quotes in turn."""
    quote_regions = sorted([(a, b) for regs in regions.values() for a, b, _ in regs])
    out = []
    k = 0
    n = len(quote_regions)
    for lo, hi in spans:
        pos = lo
        while k < n and quote_regions[k][1] <= lo:
            k += 1
        j = k
        while j < n and quote_regions[j][0] < hi:
            a, b = quote_regions[j]
            if a > pos:
                out.append((pos, a))
            if b > pos:
                pos = b
            j += 1
        if pos < hi:
            out.append((pos, hi))
    return out
