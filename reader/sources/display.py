"""Loaded text made safe to print on a terminal, without changing its length."""
from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls: any of them can drive a
# terminal (ESC starts escape sequences; U+009B is a one-character CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_display(s: str) -> str:
    """`s` with control characters shown as visible symbols, one character for one.

    A C0 control becomes its Control Pictures symbol (ESC → ␛), DEL becomes ␡, a C1
    control becomes U+FFFD. A carriage return before a newline becomes a space and a lone
    one a newline, so CRLF and old Mac text lay out as lines. Because the length never
    changes, offsets into `s` are offsets into the result too: the UI can highlight
    Article.text spans in the displayed string directly."""
    return _CONTROL.sub(_picture, s)


def _picture(m: re.Match[str]) -> str:
    ch = m.group()
    code = ord(ch)
    if ch == "\r":
        nxt = m.string[m.end() : m.end() + 1]
        return " " if nxt == "\n" else "\n"
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"
