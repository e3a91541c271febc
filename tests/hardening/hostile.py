"""Hostile article files, as bytes: what a scraper, a broken editor or an attacker might
hand the loaders. Each is made on demand, so the large ones cost nothing until used."""
from __future__ import annotations

import random
import re
from typing import Callable

MARKS = '"\'“”‘’«»„‚‹›`'
WORDS = "council vote harbour ferry minister budget bridge plan delay".split()
# What a terminal would act on if printed raw: C0 controls but tab and newline, DEL, C1.
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _random_unicode(seed: int = 1, n: int = 20_000) -> bytes:
    """Code points from every plane, no surrogates (they can't be written as UTF-8)."""
    rng = random.Random(seed)
    chars = []
    while len(chars) < n:
        c = rng.choice((rng.randrange(0x20, 0x80), rng.randrange(0x80, 0x800), rng.randrange(0x800, 0x10000),
                        rng.randrange(0x10000, 0x110000), 0x0A))
        if not 0xD800 <= c < 0xE000:
            chars.append(chr(c))
    return ("Random headline\n" + "".join(chars)).encode()


def _marks_paragraph(count: int = 100_000, seed: int = 2) -> str:
    """`count` quotation marks of every family in one paragraph, some between words."""
    rng = random.Random(seed)
    return " ".join(rng.choice(MARKS) + (rng.choice(WORDS) if rng.random() < 0.3 else "") for _ in range(count))


def _five_mb_paragraph(seed: int = 3) -> str:
    """One 5 MB paragraph of sentences with an attributed quote every few hundred bytes."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < 5_000_000:
        if rng.random() < 0.05:
            s = f'"The {rng.choice(WORDS)} is {rng.choice(WORDS)}," Jane Roe said.'
        else:
            s = f"The {rng.choice(WORDS)} and the {rng.choice(WORDS)} were {rng.choice(WORDS)}."
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)


def as_text(headline: str, *paragraphs: str) -> bytes:
    return "\n\n".join((headline, *paragraphs)).encode("utf-8") + b"\n"


def as_markdown(headline: str, *paragraphs: str) -> bytes:
    return ("---\ntitle: " + headline + "\n---\n\n" + "\n\n".join(paragraphs) + "\n").encode("utf-8")


def as_html(headline: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>{body}</body></html>".encode("utf-8")


UNBALANCED = (
    '“He said “no and then ‘maybe, and „then« »nothing‹ at all',
    "'''' \"\"\" ”” ’’ «« »»» ‘ ’ ‘‘ don't' 'tis MPs' \"half",
    '"Nested “quotes ‘inside « quotes » inside’ quotes” here," she said. "Unclosed',
)
CONTROLS = "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
QUOTE = '"We will vote on Tuesday," Jane Roe said.'

# name -> bytes maker. Names end in the file's suffix: the loader is chosen by it.
LOADABLE: dict[str, Callable[[], bytes]] = {
    "random-unicode.txt": _random_unicode,
    "random-unicode.md": _random_unicode,
    "random-unicode.html": _random_unicode,
    "unbalanced.txt": lambda: as_text("Unbalanced marks", *UNBALANCED),
    "unbalanced.md": lambda: as_markdown("Unbalanced marks", *UNBALANCED),
    "unbalanced.html": lambda: as_html("Unbalanced marks", *UNBALANCED),
    "100k-marks.txt": lambda: as_text("Marks", _marks_paragraph()),
    "100k-marks.md": lambda: as_markdown("Marks", _marks_paragraph()),
    "100k-marks.html": lambda: as_html("Marks", _marks_paragraph()),
    "5mb-paragraph.txt": lambda: as_text("One long paragraph", _five_mb_paragraph()),
    "controls.txt": lambda: as_text(f"Title {CONTROLS} end", f"Body {CONTROLS} {QUOTE}", f'"{CONTROLS}," Ann Lee said.'),
    "controls.md": lambda: as_markdown(f"Title {CONTROLS[:20]} end", f"# Head {CONTROLS}", f"Body {CONTROLS} {QUOTE}"),
    "controls.html": lambda: as_html(f"Title {CONTROLS} end", f"Body {CONTROLS} {QUOTE}", "&#27;[2J &#0; &#x9b;31m &#xD800; &#1114112;"),
    "bidi.txt": lambda: as_text(f"{BIDI}Headline{BIDI}", f'{BIDI}"We {BIDI}win," {BIDI}Jane Roe{BIDI} said.{BIDI}', BIDI),
    "bidi.md": lambda: as_markdown(f"{BIDI}Headline", f'# {BIDI}', f'"We {BIDI}win," Jane Roe said.'),
    "zero-width.txt": lambda: as_text(f"{ZERO_WIDTH}Headline", ZERO_WIDTH, f'"We{ZERO_WIDTH}win," Jane{ZERO_WIDTH}Roe said.', ZERO_WIDTH * 50),
    "zero-width.html": lambda: as_html("Zero", ZERO_WIDTH, f'"We{ZERO_WIDTH}win," Jane Roe said.'),
    "crlf.txt": lambda: as_text("CRLF", QUOTE, "Second paragraph.").replace(b"\n", b"\r\n"),
    "crlf.md": lambda: as_markdown("CRLF", QUOTE, "> quoted\r\n> block").replace(b"\n", b"\r\n"),
    "lone-cr.txt": lambda: as_text("Lone CR", QUOTE, "Second paragraph.").replace(b"\n", b"\r"),
    "lone-cr.md": lambda: as_markdown("Lone CR", QUOTE, "- item\r- item").replace(b"\n", b"\r"),
    "mixed-breaks.txt": lambda: "Mixed\r\n\r\n\"One,\" Ann Lee said.\r\rTwo.\n\r\nThree\u2028four\x85five.\n".encode(),
    "bom.txt": lambda: "\ufeff".encode() + as_text("With a BOM", QUOTE),
    "unicode-spaces.txt": lambda: as_text("\u3000\u00a0Spaces\u2003", "\u2028\u2029\u0085", QUOTE),
    "html-nesting.html": lambda: b"<div>" * 20_000 + b"<p>\"Deep,\" Ann Lee said.</p>" + b"<!-- unclosed" + b"<script>'\"" * 100,
    "md-nesting.md": lambda: (b"> " * 5_000 + b'"Deep," Ann Lee said.\n\n' + b"```\nunclosed fence\n" + b"[a]: <" * 1000),
    "front-matter-only.md": lambda: b"---\ntitle: Nothing else\n",
    "just-marks.txt": lambda: '“”\n‘’\n«»\n""\n'.encode(),
}

# name -> (bytes maker, the words the one-line error must contain)
UNLOADABLE: dict[str, tuple[Callable[[], bytes], str]] = {
    "nul.txt": (lambda: as_text("Has a NUL", "before\x00after"), "binary"),
    "nul.md": (lambda: b"\x00" + as_markdown("NUL first", QUOTE), "binary"),
    "latin-1.txt": (lambda: "Café au lait, « déjà vu »\n\"Señor,\" she said.\n".encode("latin-1"), "not UTF-8"),
    "utf-16-no-bom.txt": (lambda: as_text("UTF-16", QUOTE).decode().encode("utf-16-le"), "binary"),
    "utf-16-be-no-bom.md": (lambda: as_text("UTF-16", QUOTE).decode().encode("utf-16-be"), "binary"),
    "truncated-utf-8.txt": (lambda: as_text("Truncated “quote", "ends in the middle of é").rstrip(b"\n")[:-1], "not UTF-8"),
    "encoded-surrogate.txt": (lambda: b"Headline\n\xed\xa0\x80 lone surrogate\n", "not UTF-8"),
    "overlong.html": (lambda: b"<h1>Over\xc0\xaflong</h1>", "not UTF-8"),
    "mixed-encodings.txt": (lambda: "UTF-8 “ok”\n".encode() + "Latin-1 «non»\n".encode("latin-1"), "not UTF-8"),
    "whitespace-only.md": (lambda: b" \r\n\t\r\n\x0c\n", "empty"),
}
