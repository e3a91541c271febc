"""The shipped sample articles load cleanly, and our own are marked as fiction."""
import pytest

from reader.sources import load

from .helpers import SAMPLES, assert_spans_sound, texts

USERS_ARTICLE = "labour-crisis-talks.txt"
OURS = sorted(p.name for p in SAMPLES.iterdir() if p.is_file() and p.name != USERS_ARTICLE)


def test_there_are_samples_in_every_format():
    assert len(OURS) >= 6
    assert {load(SAMPLES / name).format for name in OURS} == {"text", "markdown", "html"}


@pytest.mark.parametrize("name", OURS)
def test_our_samples_are_fiction_with_a_headline_and_8_to_25_body_paragraphs(name):
    article = load(SAMPLES / name)
    assert article.fiction
    assert article.title and article.paragraphs[0].kind == "headline"
    assert 8 <= len(article.body) <= 25
    assert texts(article, "residue") in ([], ["(Fiction: all people and places in this article are invented.)"])
    assert_spans_sound(article)


def test_the_users_article_is_not_marked_as_fiction():
    assert not load(SAMPLES / USERS_ARTICLE).fiction
