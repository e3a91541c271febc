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
    label.strip()
    for label in """
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
    |related news|related posts|related links|key events|show key events only|up next
    |join the conversation|audio coming soon|short link|match stats|report|enditem
    |correspondent|special correspondent|staff writer|staff reporter|our staff reporter
    |support us|share or comment on this article
    |our correspondent|staff correspondent|you may also like these stories
    """.split("|")
)

# "WATCH: Minister visits flood town", "READ MORE: …": a teaser link with a label.
_PREFIX = re.compile(
    r"(?P<label>watch|video|read more(?: about| on)?|read also|also read|read|more|related|listen|pictured"
    r"|see also|gallery|photos|in pictures|audio|sign up|latest|live|recommended|tags|topics"
    r"|explore more on these topics|newsletter)\s*[:|]\s*\S",
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
_TOPIC_LABELS = frozenset({
    "related topics", "topics", "tags", "more on this story", "related", "related news", "related posts",
    "related links", "related stories", "related articles", "you may also like", "you may also like these stories",
    "read more", "read next", "more stories", "also read",
})
_CREDIT_SPLIT = re.compile(r"\s*(?:/|\||,|;|\bvia\b|\bfor\b)\s*")
_NAME_WORD = re.compile(r"[A-Z0-9][\w.'’&-]*|of|de|van|von|the|and|la|le|du|da")

# The notes a page puts after a story or around it, each known by how it starts or ends:
# who reported, wrote or edited it ("(Reporting by …; Editing by …)", "With files from …",
# "Associated Press writer … contributed to this report."), where it first ran, copyright,
# how to reach the writer, and the pitches for newsletters, apps and donations.
_SIGN_OFF_START = re.compile(
    r"(?:additional |writing and )?reporting by\b|(?:writing|editing|edited|compiled|written|words|research"
    r"|translated|photographs?|photos?|pictures?|pix) by\b|(?:first )?published in (?:the )?[A-Z][^,]{1,40}, [^.]{0,30}\d{4}$"
    r"|reporting from (?:[A-Z][\w'’-]*[ ,]*){1,5}$|(?-i:ENDS?|Enditem)$|edited by\s*:|editor\s*:\s*[A-Z]"
    r"|with (?:files|reports|assistance|additional reporting|agency inputs|inputs|wires)\b"
    r"|this (?:report|story|article|investigation|piece|series|project|content|interview|feature)\b[^.]{0,80}?"
    r"\b(?:was|is|has been|appears|appeared)\b(?:[^.]{0,30}?\b)?(?:first |originally )?"
    r"(?:published|produced|funded|supported|updated|amended|corrected|written|made possible|republished|in the)\b"
    r"|(?:copyright|©|\(c\))\s|updates with\b|contact (?:reporter|the (?:writer|author|reporter))\b"
    r"|(?:have|got) (?:a|an|your)\b[^?]{0,60}\?\s*(?:e-?mail|write|contact|call|send|tell|join)\b"
    # ("Do you have a story for us? Email …": the paper asking for news, not a reader's own
    # question, "Do you have an old boiler? Call an engineer …")
    r"|do you have (?:a|an|any)\b[^?]{0,40}\b(?:story|stories|tip|news|information|photos?|pictures?|videos?)\b[^?]{0,20}\?"
    r"\s*(?:e-?mail|write|contact|call|send|tell|get in touch)\b"
    r"|(?:writer|reporter|author)'s e-?mail\s*:|contributing\s*:\s*[A-Z]"
    # "Source: ERR News, 'Aktuaalne kaamera'": where a story came from, a line of its own
    r"|sources?\s*:\s*[A-Z'‘\"“]",
    re.IGNORECASE,
)
_SIGN_OFF_END = re.compile(
    r"(?:contributed|contributed reporting|also contributed) to this (?:report|story|article)"
    r"|can be reached at \S+@\S+|all rights reserved",
    re.IGNORECASE,
)
# newsletters, apps, social accounts, donations, comments and audio players
_PITCH_START = re.compile(
    r"(?:sign up|subscribe|join|follow|download|get|start (?:the|your) day|while you're here|support)\b"
    r"|please (?:consider|support|subscribe|donate|log in|sign in|turn on|enable|peer review)\b"
    r"|thank you for (?:donating|supporting|subscribing|your support)|dear readers?\b|press play\b"
    r"|listen\s*[·|:]|voiced by\b|heard on\b|do you have an opinion\b|have your say\b"
    r"|corrections and clarifications\b|want to (?:read|see|hear) more\?",
    re.IGNORECASE,
)
# what the imperative starts above must speak of to be a pitch ("Join the protest, she said" is not)
_PITCH_WORD = re.compile(
    r"\b(?:newsletters?|inbox|e-?mails?|app|podcasts?|channel|alerts|updates|facebook|twitter|instagram"
    r"|telegram|whatsapp|tiktok|youtube|journalism|edition|briefing|conversation|sign up here|subscribe here"
    r"|full access|subscription|google news)\b",
    re.IGNORECASE,
)
_PITCH_ANYWHERE = re.compile(
    r"relies on (?:its|our) readers|support (?:independent|quality|our|local|public[- ]interest) journalism"
    r"|nonprofit,? (?:nonpartisan )?newsroom|republish this story|financial support of (?:our|its) readers"
    # an error-report key, the price of a coffee, the comment rules, a podcast's players
    r"|press ctrl\s*\+\s*enter|journalism costs money|for the price of a coffee"
    r"|(?:leave|post) comments? on our\b|podcast is available (?:on|via|wherever)\b",
    re.IGNORECASE,
)
# a caption's credit at its end ("… in March. Photo: Ann Lee", "… (Sam Ellis/PA)",
# "… (CNA photo)", "— KT photo by Ann Lee") or a label at its start ("Photo: …", "Illustrative: …")
_CREDIT_END = re.compile(
    r"(?:\.|\s)\s*(?:photo(?:graph)?s?|pic(?:ture)?s?|image|credits?)\s*(?:credits?)?\s*:\s*[^.:]{1,60}\.?$"
    r"|\((?:[^()/]{1,40}/[^()]{1,40}|[^()]{0,30}\bphoto\b[^()]{0,30}|courtesy[^()]{0,40}|handout|file photo|photo:[^()]{1,50})\)\.?$"
    r"|\s[—–-]\s*[\w.]{1,12} photo by [^.]{1,40}$|\s©\s*[^.]{1,40}$"
    # "… (Image: Calum Reid)", "… (Source: TASR)", "(Photo source: …)", "(ABC News: Tom Gallacher)"
    r"|\((?:image|picture|pic|source|photo source|image source|(?-i:[A-Z][\w]*\s){1,2}news)\s*:[^()]{1,50}\)\.?$"
    # "… Courtesy of Greyfen Pictures", with no full stop after the credit
    r"|(?:^|\s)courtesy(?: of)? (?-i:[A-Z])[^.]{1,50}$",
    re.IGNORECASE,
)
# a caption's credit after a bar or glued to it, in capitals: "… on Tuesday. | KYODO",
# "… in Port Kessel. MARTA OYELOWO/THE GLOBE AND MAIL", "… summer breakImage: Ann Lee/picture alliance"
_CAPS_CREDIT_END = re.compile(
    r"\s\|\s*[A-Z][A-Z0-9 &./'’-]{1,30}$|\.\s+[A-Z][A-Z .'’-]{2,40}/[A-Z][A-Z0-9 .&'’/-]{1,40}$"
    r"|(?<=[a-z.])Image:\s*[^.:]{1,60}$"
)
_CREDIT_START = re.compile(
    r"(?:photo|picture|pic|image|header image|illustrative|photo credit|image credits?|file photo)\s*:\s*\S",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\S+@\S+\.\w+|\[email\s*protected\]", re.IGNORECASE)
# a line of rules ("___", "* * *"), or a desk's initials ("kp/rt", "bl-kmh/jdw/rl", "mf/rc (dpa, epd)")
_RULE_LINE = re.compile(r"(?:[_=*~•·-]\s*){3,}")
_DESK_SLUG = re.compile(r"/?[a-z]{2,5}(?:[-/][a-z]{2,5}){1,4}(?:\s*\([^()]{1,30}\))?|\w+-[A-Z]{2,5}/[a-z]{2,4}")
_READ_TIME = re.compile(r"\d{1,3}[ -]?min(?:ute)?s?\.? read", re.IGNORECASE)
# a closing credit in capitals after a dash ("– POST-COURIER", "— TIMES/NA")
_DASH_CREDIT = re.compile(r"[–—-]\s*[A-Z][A-Z0-9/&.' -]{1,30}")

_QUOTE_OPENERS = "\"'“‘«„‚‹"
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$|[\"'”’»]$")
_ELLIPSIS_END = re.compile(r"\s*(?:…|\.\.\.)$")
_WS = re.compile(r"\s+")
_FICTION_NOTE = re.compile(r"\(?\s*fiction\s*[:.\-–—]", re.IGNORECASE)


# a broadcaster's credit line: "Image source, Family handout", "Image source, Getty Images"
_SOURCE_LINE = re.compile(r"(?:image|photo|picture|media|video) source\s*,\s*\S", re.IGNORECASE)
# the writer's note at a story's foot: "Ann Lee is a state political reporter for The Herald.",
# "Ann Lee is a sub-editor at …" (not "… is a writer and broadcaster", an op-ed's own line),
# "Ann Lee receives funding from …", "Ann Lee covers courts for the Gazette-Ledger. Reach
# her at …" (only among the last paragraphs: see mark)
_WRITER_NOTE = re.compile(
    r"(?:[^\W\d_][\w'’.-]*\s){1,4}(?:is (?:a|an|the) [^.\"“”]{0,60}?\b(?:reporter|correspondent|writer|editor|sub-editor"
    r"|journalist|columnist|photographer)\s(?:at|for|with|covering|based|in)\b|(?:receives|has received) funding from\b)[^\"“”]{0,160}"
)
_COVERS_NOTE = re.compile(
    # (a beat, not a bill: "covers the White House", "covers courts", not "covers the rent";
    # the paper's name all in capitals: not "… for the Arden families")
    r"(?:[A-Z][\w'’.-]*\s){2,4}covers (?:the [A-Z]|(?!(?:the|a|an|his|her|their|its) )[a-z])[^.\"“”]{0,80}? for (?:the |The )?"
    r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,5}\."
    r"(?:\s+(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ff]ollow) [^\"“”]{0,120})?"
)


def _writer_note(text: str) -> bool:
    return text[:1].isupper() and len(text.split()) <= 40 and (
        _WRITER_NOTE.fullmatch(text) is not None or _COVERS_NOTE.fullmatch(text) is not None
    )


def mark(source: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with body ones that look like scrape residue marked "residue"."""
    texts = [_WS.sub(" ", p.text(source)).strip() for p in paragraphs]
    truncated = _truncated_repeats(texts, paragraphs)
    out = []
    topics = False  # inside the short links after a "Related Topics" label
    foot = len(paragraphs) - 3  # (where a writer's note may stand)
    for i, p in enumerate(paragraphs):
        following = texts[i + 1] if i + 1 < len(texts) else ""
        link = topics and len(texts[i].split()) <= 14 and not _SENTENCE_END.search(texts[i])
        if p.kind == "body" and (i in truncated or link or is_residue(texts[i], following) or (i >= foot and _writer_note(texts[i]))):
            p = replace(p, kind="residue")
        topics = (topics and link) or _fold(texts[i]) in _TOPIC_LABELS
        out.append(p)
    return out


def is_residue(text: str, following: str = "") -> bool:
    """Whether one paragraph (white space collapsed) is a label, teaser or credit.

    `following` is the next paragraph: a short label ending in a colon right before a
    paragraph that opens with a quote mark introduces that quote, so it stays body."""
    if _RULE_LINE.fullmatch(text.strip()):
        return True  # "___", "* * *": a rule between the story and what follows it
    text = text.strip("*_ ")
    if not text:
        return False
    folded = _fold(text)
    if folded in _LABELS or _is_ad_notice(folded):
        return True
    if _is_teaser(text) or _is_section_link(text) or is_photo_credit(text) or _CAPTION.match(text):
        return True
    if _SOURCE_LINE.match(text) and len(text.split()) <= 8:
        return True
    if _is_note(text) or is_stamp(text):
        return True
    return _is_colon_label(text) and not following.lstrip("*_ ").startswith(tuple(_QUOTE_OPENERS))


def _is_note(text: str) -> bool:
    """A sign-off, credit, copyright line, contact line or pitch (see _SIGN_OFF_START):
    never a paragraph that opens with a quote mark, and never a long one."""
    if text[0] in _QUOTE_OPENERS or text[0] in "”’»":
        return False
    words = len(text.split())
    if words > 60:
        return False
    bare = text.lstrip("([-–—• ").rstrip(")]. ")
    if (_SIGN_OFF_START.match(bare) and words <= 45) or _SIGN_OFF_END.search(text):
        return True
    if words <= 45 and _PITCH_ANYWHERE.search(text):
        return True
    if words <= 45 and (m := _PITCH_START.match(bare)):
        word = m.group(0).lower()
        # an imperative pitches only when it speaks of a newsletter, an app, an account …
        return word not in _IMPERATIVES or _PITCH_WORD.search(text) is not None
    if words <= 45 and (_CREDIT_END.search(text) or _CREDIT_START.match(text) or _CAPS_CREDIT_END.search(text)):
        return True
    if words <= 8 and (_EMAIL.search(text) or _RULE_LINE.fullmatch(text) or _DESK_SLUG.fullmatch(text)):
        return True
    # ("6 min read": how long the page says the story takes to read)
    return words <= 4 and (_DASH_CREDIT.fullmatch(text) is not None or _READ_TIME.fullmatch(text) is not None)


_IMPERATIVES = frozenset({"sign up", "subscribe", "join", "follow", "download", "get", "support", "start the day", "start your day"})

# ---- date and time lines ("Updated: Nov. 28, 2026", "Posted 3h ago", "5.02pm AEDT") -------
_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
    " today yesterday".split()
)
_STAMP_WORDS = frozenset(
    "updated update published posted modified issued added last first on at about ago this"
    " and by in timer min mins minute minutes read h hr hrs hour hours am pm a.m p.m edited | / · - – — :".split()
)
_STAMP_LABELS = frozenset("updated update published posted modified issued added ago".split())
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)")
_CLOCK = re.compile(r"\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:st|nd|rd|th|am|pm|a\.m|p\.m|h|hrs?|mins?|m)?"
                    r"|(?:[a-z]{1,4})?[+-]\d{1,2}(?::\d\d)?|\d{1,2}(?:am|pm)")
_ZONE = re.compile(r"(?:[A-Z]{1,4}T|UTC|GMT|IST|JST|KST|HKT|SGT|WIB|ICT|CAT|EAT|WAT|SAST|NZDT|NZST)(?:[+-]\d{1,2}(?::\d\d)?)?")
_STAMP_SPLIT = re.compile(r"[\s,|/·:]+|(?<=\d)(?=[A-Z][a-z])")


def is_stamp(text: str) -> bool:
    """A line that only dates a story: dates, times, time zones and words such as
    "Updated", "Posted", "ago", maybe after the writer's name ("Irina Lupu 15/05/2027 |
    10:24"). It must hold a digit, and at most five other capitalised words (the name)."""
    if len(text) > 120 or not any(c.isdigit() for c in text):
        return False
    dated = False  # a date, or a time with a word that makes it a stamp ("Updated", "ago")
    timed = False
    names = 0
    for w in _STAMP_SPLIT.split(text.strip()):
        w = w.strip(".()[]-–—")
        if not w:
            continue
        low = w.lower()
        if low in _MONTHS or low in _DAYS or _CLOCK.fullmatch(low) or _ZONE.fullmatch(w):
            if low in _MONTHS or low in _DAYS or _DATE.fullmatch(low):
                dated = True
            timed = timed or any(c.isdigit() for c in w)
            continue
        if low in _STAMP_WORDS:
            dated = dated or low in _STAMP_LABELS
            continue
        if w[0].isupper() and names < 5 and not (dated or timed):
            names += 1  # a name before the date, as a byline gives it
            continue
        return False
    # (a time alone, "4.52pm" or "16.48 GMT", heads an entry of a live blog: the blog's own text)
    return dated and timed


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
    # (or a site's address among agencies' names: "BNS, LRT.lt", "TASS, RIA.ru")
    return bool(m) or any(p.rstrip(".").upper() in _AGENCIES or _SITE.fullmatch(p) for p in pieces)


_SITE = re.compile(r"[A-Z][\w-]*\.(?:[a-z]{2}|com|net|org|info)")


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
