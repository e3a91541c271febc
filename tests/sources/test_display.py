"""safe_display: loaded text shown on a terminal without letting it drive the terminal."""
from hypothesis import given, strategies as st

from reader.sources import safe_display


def test_escape_sequences_become_visible_symbols():
    assert safe_display("\x1b]0;pwned\x07title\x1b[2J") == "␛]0;pwned␇title␛[2J"


def test_c1_controls_and_delete_are_replaced():
    assert safe_display("a\x9b31mb\x85c\x7f") == "a\ufffd31mb\ufffdc␡"


def test_tabs_newlines_and_ordinary_text_pass_through():
    text = "Café «quoted» „Zitat“\tcolumn\nnext line ’90s"
    assert safe_display(text) == text


def test_carriage_returns_lay_out_as_line_breaks():
    assert safe_display("one\r\ntwo\rthree") == "one \ntwo\nthree"


@given(st.text())
def test_length_is_kept_so_offsets_still_point_at_the_same_words(s):
    shown = safe_display(s)
    assert len(shown) == len(s)
    assert not any(ord(c) < 0x20 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in shown)
