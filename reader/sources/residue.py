"""Scrape residue: navigation labels, photo credits and cut-off captions that come along
when an article is copied from a web page. Residue is marked, never deleted.

Every rule is about a paragraph's shape (short, a known label, no sentence in it), so a
real short paragraph such as "He declined to comment." stays body."""
from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import replace

from reader.model import Paragraph

# Whole-paragraph navigation labels, compared after `_fold` (lower case, straight
# apostrophes, no trailing colon, arrow or dash).
_LABELS = frozenset(
    """
    don't miss|most read|most popular|most viewed|most shared|popular|trending|trending now
    |related|related articles|related stories|related content|related topics|related news
    |advertisement|advert|sponsored|sponsored content|promoted|paid content|ad
    |read more|read next|read more here|more|see more|show more|load more|more stories
    |more on this story|more from|top stories|latest|latest news|latest developments
    |latest stories|breaking|live|recommended|recommended for you|you may also like
    |you might also like|you may like|editor's picks|share|share this|share this article
    |share this story|comments|view comments|sign up|subscribe|newsletter|follow us
    |skip to content|skip advert|skip ad|continue reading|story continues below
    |article continues below|story continues below advertisement
    |scroll to continue with content|watch|listen|video|gallery|photos|explore more
    |key points|in pictures|click here|back to top|print|email|topics|tags
    """.replace("\n", "").replace(" |", "|").strip().split("|")
)

# "WATCH: Minister visits flood town", "READ MORE: …": a teaser link with a label.
_PREFIX = re.compile(
    r"(?P<label>watch|video|read more|read also|also read|more|related|listen|pictured"
    r"|see also|gallery|photos|in pictures|audio|sign up|latest|live|recommended)\s*[:|]\s*\S",
    re.IGNORECASE,
)

# "Trending on GB News", "More from Politics": a section link, a few words, no sentence.
_SECTION_LINK = re.compile(
    r"(?:trending|popular|most read|most popular|latest|more|more stories|top stories"
    r"|also|news)\s+(?:on|from|in|at|about)\s+\S.*",
    re.IGNORECASE,
)

# Photo agencies as they appear in credits ("PA", "AP Photo/Jane Doe", "Getty Images for X").
_AGENCIES = frozenset(
    a.upper()
    for a in (
        "PA", "PA Wire", "PA Media", "PA Images", "PA Archive", "Getty", "Getty Images",
        "AFP", "Reuters", "AP", "AP Photo", "EPA", "EPA-EFE", "Shutterstock", "Alamy",
        "Bloomberg", "Rex", "Rex Features", "Xinhua", "ANP", "dpa", "Sipa", "Sipa USA",
        "Corbis", "iStock", "Handout", "Supplied", "Pool", "File", "File Photo",
        "Wikimedia Commons",
    )
)
_CREDIT_PREFIX = re.compile(
    r"(?:photo(?:graph)?s?|images?|pictures?|credit|photo credit|image credit"
    r"|picture credit|source)\s*[:\-–—]\s*|photo(?:graph)? by\s+|(?:image|photo|picture) source\s*[,:]\s*",
    re.IGNORECASE,
)
# "Image caption, Campaigners staged a protest …", "Media caption, …": a caption as a
# broadcaster's page labels it, whatever follows
_CAPTION = re.compile(r"(?:image|media|video|photo|picture) caption\s*[,:]\s*\S", re.IGNORECASE)
# labels after which a page lists short topic links: "Related Topics", then "Water industry"
_TOPIC_LABELS = frozenset({"related topics", "topics", "tags", "more on this story", "related"})
_CREDIT_SPLIT = re.compile(r"\s*(?:/|\||,|;|\bvia\b|\bfor\b)\s*")
_NAME_WORD = re.compile(r"[A-Z0-9][\w.'’&-]*|of|de|van|von|the|and|la|le|du|da")

_QUOTE_OPENERS = "\"'“‘«„‚‹"
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$|[\"'”’»]$")
_ELLIPSIS_END = re.compile(r"\s*(?:…|\.\.\.)$")
_WS = re.compile(r"\s+")
_FICTION_NOTE = re.compile(r"\(?\s*fiction\s*[:.\-–—]", re.IGNORECASE)


def mark(source: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with body ones that look like scrape residue marked "residue"."""
    texts = [_WS.sub(" ", p.text(source)).strip() for p in paragraphs]
    truncated = _truncated_repeats(texts, paragraphs)
    out = []
    topics = False  # inside the short links after a "Related Topics" label
    for i, p in enumerate(paragraphs):
        following = texts[i + 1] if i + 1 < len(texts) else ""
        link = topics and len(texts[i].split()) <= 5 and not _SENTENCE_END.search(texts[i])
        if p.kind == "body" and (i in truncated or link or is_residue(texts[i], following)):
            p = replace(p, kind="residue")
        topics = (topics and link) or _fold(texts[i]) in _TOPIC_LABELS
        out.append(p)
    return out


def is_residue(text: str, following: str = "") -> bool:
    """Whether one paragraph (white space collapsed) is a label, teaser or credit.

    `following` is the next paragraph: a short label ending in a colon right before a
    paragraph that opens with a quote mark introduces that quote, so it stays body."""
    text = text.strip("*_ ")
    if not text:
        return False
    folded = _fold(text)
    if folded in _LABELS or _is_ad_notice(folded):
        return True
    if _is_teaser(text) or _is_section_link(text) or is_photo_credit(text) or _CAPTION.match(text):
        return True
    return _is_colon_label(text) and not following.lstrip("*_ ").startswith(tuple(_QUOTE_OPENERS))


def is_photo_credit(text: str) -> bool:
    """A lone credit line: "PA", "AP Photo/Jane Doe", "Photo: Getty Images"."""
    text = text.strip("()[] ").removesuffix(".")
    if len(text.split()) > 8 or _SENTENCE_END.search(text):
        return False
    m = _CREDIT_PREFIX.match(text)
    rest = text[m.end():] if m else text
    pieces = [p for p in _CREDIT_SPLIT.split(rest) if p]
    if not pieces or not all(_is_name(p) for p in pieces):
        return False
    return bool(m) or any(p.rstrip(".").upper() in _AGENCIES for p in pieces)


def mark_fiction_note(source: str, paragraphs: list[Paragraph]) -> bool:
    """Mark a closing "(Fiction: … invented.)" note as residue; say whether there was one."""
    if len(paragraphs) < 2 or paragraphs[-1].kind != "body":
        return False
    if not _FICTION_NOTE.match(paragraphs[-1].text(source).strip("*_ ")):
        return False
    paragraphs[-1] = replace(paragraphs[-1], kind="residue")
    return True


def ends_sentence(text: str) -> bool:
    """Whether text ends like a sentence: a full stop, ! or ?, maybe then a closing mark."""
    return _SENTENCE_END.search(text) is not None


def _fold(text: str) -> str:
    text = text.replace("’", "'").lower()
    text = re.sub(r"[\s:>»›|\-–—.]+$", "", text)
    return _WS.sub(" ", text.lstrip("•·>»›- ")).strip()


def _is_ad_notice(folded: str) -> bool:
    return len(folded.split()) <= 6 and "advertisement" in folded


def _is_teaser(text: str) -> bool:
    m = _PREFIX.match(text)
    if not m:
        return False
    label = m.group("label")
    # An upper-case label is a teaser whatever follows; "Watch: …" only when it is short.
    return label.isupper() or len(text.split()) <= 20


def _is_section_link(text: str) -> bool:
    return len(text.split()) <= 6 and not _SENTENCE_END.search(text) and bool(_SECTION_LINK.fullmatch(text))


def _is_colon_label(text: str) -> bool:
    """A short label ending in a colon ("LATEST DEVELOPMENTS:", "Key Points:"), not a cue
    in sentence case ("He added:", "The mayor continued:")."""
    if not text.endswith(":") or any(q in text for q in _QUOTE_OPENERS + "”’»"):
        return False
    words = text[:-1].split()
    if not 1 <= len(words) <= 5:
        return False
    if words[0].lower() in ("from", "according", "as"):
        return False  # "From Bloomberg:" introduces what a source wrote: a cue, not a label
    minor = {"of", "on", "in", "and", "the", "to", "for", "a", "at", "&"}
    return all(w[0].isupper() or not w[0].isalpha() or w in minor for w in words) and words[0][0].isupper()


def _is_name(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 5 and all(_NAME_WORD.fullmatch(w) for w in words)


def _truncated_repeats(texts: list[str], paragraphs: list[Paragraph]) -> set[int]:
    """Indices of body paragraphs cut off mid-sentence that repeat the start of a later one:
    a photo caption scraped twice, once truncated.

    Walks backwards keeping the later paragraphs sorted: the first one sorting after a
    stem starts with it if any of them does, so each check is a binary search."""
    later: list[str] = []
    found = set()
    for i in range(len(texts) - 1, -1, -1):
        text = texts[i]
        if paragraphs[i].kind == "body" and not ends_sentence(text):
            stem = _ELLIPSIS_END.sub("", text)
            k = bisect_right(later, stem)
            if len(stem) >= 20 and len(stem.split()) >= 4 and k < len(later) and later[k].startswith(stem):
                found.add(i)
        insort(later, text)
    return found
