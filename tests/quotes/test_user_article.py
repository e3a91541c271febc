"""The user's own article, against its hand-made gold annotation (our copy in sample_articles/)."""
import re
import unicodedata
from pathlib import Path

from reader.quotes import extract
from reader.sources import load

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "sample_articles" / "labour-crisis-talks.txt"

# Our own transcription of the gold in ../shared/corpus/dev/labour-crisis-talks.gold.json
GOLD = [
    ("haemorrhages voters", None, "partial"),
    ("endorsing war crimes", None, "partial"),
    ("endorsing war crimes", None, "partial"),
    ("haemorrhaging voters", None, "partial"),
    ("endorsing war crimes", None, "partial"),
    ("horrifying comments", "Amna Abdullatif", "partial"),
    ("Israel has the right", "Keir Starmer", "partial"),
    ("Obviously, everything should be done within international law", "Keir Starmer", "direct"),
    ("infuriating a lot of people", "another Labour MP", "partial"),
    ("It's united MPs on the left, right and centre of the party … There's no recognition that we are haemorrhaging Muslim votes massively, enough to lose seats if there was an election tomorrow.", "a shadow minister", "direct"),
    ("They don't want words but action… the relationship is becoming terminal.", "a source", "direct"),
    ("Like all decent-minded people, we are devastated by the atrocities carried out by Hamas in Israel. However, we are appalled by the words of Keir Starmer.", "Shaista Aziz", "direct"),
    ("contravenes international law", "Shaista Aziz", "partial"),
    ("We believe that politicians need to be evoking humanity and calling for an end to collective punishment in Gaza.", "Shaista Aziz", "direct"),
    ("great sadness", "Shaista Aziz", "partial"),
]


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().strip(" .,;:!?\"'").lower()


def test_every_quote_found_with_the_right_speaker_and_kind():
    art = load(ARTICLE)
    ex = extract(art)
    got = [(norm(q.text(art.text)), ex.speaker_of(q).name if q.speaker is not None else None, q.kind) for q in ex.quotes]
    assert got == [(norm(t), s, k) for t, s, k in GOLD]


def test_exactly_the_six_speakers_in_the_sidebar():
    art = load(ARTICLE)
    ex = extract(art)
    assert [s.name for s in ex.speakers] == [
        "Amna Abdullatif", "Keir Starmer", "another Labour MP", "a shadow minister", "a source", "Shaista Aziz",
    ]
    starmer = ex.speakers[1]
    assert "Starmer" in starmer.aliases and not starmer.anonymous
    assert [s.anonymous for s in ex.speakers] == [False, False, True, True, True, False]


def test_quote_over_two_paragraphs_is_one_quote():
    art = load(ARTICLE)
    ex = extract(art)
    multi = [q for q in ex.quotes if len(q.segments) > 1]
    assert len(multi) == 1
    lines = [art.text.count("\n", 0, s) for s, _ in multi[0].segments]
    assert lines == [20, 21]


def test_she_three_paragraphs_later_is_aziz_and_mentions_point_into_source():
    art = load(ARTICLE)
    ex = extract(art)
    q = [q for q in ex.quotes if q.text(art.text) == "contravenes international law"][0]
    assert art.text[q.mention.start:q.mention.end] == "She"
    assert ex.speaker_of(q).name == "Shaista Aziz"
    for q in ex.quotes:
        for s, e in q.segments:
            assert art.text[s - 1] in "'\"\u201c\u201d\u2018\u2019"  # each span starts right after its mark
