"""What the engine says of a text, read the way the tests compare it."""
from reader.quotes import extract_spans, extract_text


def extraction(text, heads=0):
    """The engine's reading of `text`, one paragraph per line; with `heads`, its first
    `heads` lines read as headline and standfirst."""
    if not heads:
        return extract_text(text)
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return extract_spans(text, spans, frozenset(range(heads)))


def who(text, heads=0):
    """(quote, speaker's name or None) pairs, in the text's order."""
    ex = extraction(text, heads)
    out = []
    for q in ex.quotes:
        sp = ex.speaker_of(q)
        out.append((q.text(text), sp.name if sp else None))
    return out


def speaker_names(text, heads=0):
    """The sidebar's names, in its order."""
    return [sp.name for sp in extraction(text, heads).speakers]
