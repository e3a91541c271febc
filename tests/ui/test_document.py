"""The document we lay out shows each paragraph literally, and source offsets map onto it."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.sources.text import parse
from reader.ui.app import ReaderApp
from reader.ui.document import build, plain_of

from .helpers import main, settle, styled_text


@given(st.text(max_size=200), st.integers(0, 50))
def test_plain_text_offsets_point_back_at_the_source(text, base):
    plain, offsets = plain_of(text, base)
    assert len(plain) == len(offsets)
    assert list(offsets) == sorted(set(offsets))
    for ch, off in zip(plain, offsets):
        src = text[off - base]
        assert ch == src or (ch == " " and src.isspace()) or (0x2400 <= ord(ch) <= 0x2421 or ch == "\ufffd")
    assert plain == plain.strip(" ") and "  " not in plain


HOSTILE = [
    "# not a heading, *not emphasis*, _nor this_, `nor code`",
    "1. not a list item; - nor this; > nor a quote",
    "<b>tags</b> &amp; entities &copy; stay as typed \\ backslash",
    "[a link](http://example.com) and https://example.org/raw stay text",
    "tabs\tand  double  spaces\u00a0and nbsp collapse",
    "control \x07 bell and \x1b escape are made visible",
    "| a | table | row |",
    "---",
    "emoji 👩‍👩‍👧 and wide 漢字 and combining é",
]


async def test_hostile_paragraphs_render_literally_and_quotes_land_on_the_words(tmp_path):
    text = "Hostile text\nA plain standfirst.\n" + "\n".join(f'{h} "quoted words here now," said Ann Lee.' for h in HOSTILE) + "\n"
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    app = ReaderApp([str(path)])
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(app, pilot)
        view = main(app).view
        for bi, block in enumerate(view.document.blocks):
            assert view.decorated(bi).plain == block.plain
        highlighted = styled_text(app, "speaker-")
        assert highlighted.count("quoted words here now,") == len(HOSTILE)


def test_a_quote_over_collapsed_white_space_maps_to_the_shown_text():
    source = "Head\nShe said   \"a  b\tc\" today.\n"
    article = parse(source)
    doc = build(article)
    block = doc.blocks[1]
    start = source.index("a  b")
    end = source.index('"', start)
    assert block.plain[block.to_plain(start) : block.to_plain(end)] == "a b c"
