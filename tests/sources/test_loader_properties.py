"""Property tests: no loader raises on any text, and every paragraph is a sound span."""
import time

from hypothesis import HealthCheck, given, settings, strategies as st

from reader.sources import parse_html, parse_markdown, parse_text

from .helpers import assert_spans_sound

# Pieces that steer the loaders into their less travelled paths, mixed with any character.
PIECES = st.sampled_from(
    [
        "\n", "\r\n", "\r", "\n\n", " ", "\t", "\x00", "\x1b[2J", "\ufeff", "\u2028", "\x85", "\x1c",
        "---\n", "title: x\n", "# ", "> ", "- ", "1. ", "*", "_", "![a](b)", "```\n", "    ",
        "<p>", "</p>", "<article>", "<nav>", "<blockquote>", "<h1>", "</h1>", "<br>", "<!--", "&amp;",
        "<script>", "</div>", '<meta property="og:title" content="', '">',
        "PA", "Getty Images", "Don't Miss", "WATCH: ", "LATEST:", "Read more", "By Jane Doe",
        "(Fiction: x.)", "“", "”", "‘", "’", "«", "»", "„", '"', "'",
        "The council said the vote was close",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)
LOADERS = (parse_text, parse_markdown, parse_html)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_every_loader_accepts_any_text_with_sound_spans(source):
    for loader in LOADERS:
        article = loader(source)
        assert_spans_sound(article)
        kinds = [p.kind for p in article.paragraphs]
        assert kinds.count("headline") <= 1 and kinds.count("standfirst") <= 1
        assert set(kinds) <= {"headline", "standfirst", "body", "residue"}


@given(TEXT)
def test_text_and_markdown_keep_the_source_as_the_article_text(source):
    assert parse_text(source).text == source
    assert parse_markdown(source).text == source


def test_large_hostile_inputs_load_in_linear_time():
    hostile = {
        parse_text: "".join(f"A caption that is cut off and repeats {i % 7}\n" for i in range(20000)),
        parse_markdown: "> " * 3000 + "x\n" + "- item\n\n" * 5000 + "*a " * 5000,
        parse_html: "<div><p>unclosed " * 20000 + "<blockquote>" * 5000,
    }
    for loader, source in hostile.items():
        started = time.perf_counter()
        loader(source)
        assert time.perf_counter() - started < 5, loader.__name__
