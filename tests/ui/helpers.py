"""What a user sees, read off the running app."""
from __future__ import annotations

from reader.ui.screens.main import MainScreen
from reader.ui.widgets.article_list import ArticleList


async def settle(app, pilot, rounds: int = 3) -> None:
    """Let workers finish and the screen catch up (a worker may start another)."""
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()


def main(app) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen), screen
    return screen


def status(app) -> str:
    return str(main(app).query_one("#status").render())


def blocks(app):
    """Each block of the open article as drawn (its Content)."""
    view = main(app).view
    if view.document is None:
        return []
    return [view.decorated(bi) for bi in range(len(view.document.blocks))]


def styled_text(app, needle: str) -> list[str]:
    """Text in the article drawn with a style that mentions `needle`."""
    found = []
    for content in blocks(app):
        for span in content.spans:
            if isinstance(span.style, str) and needle in span.style:
                found.append(content.plain[span.start : span.end])
    return found


def current_quote(app) -> str | None:
    current = styled_text(app, "quote-current-fg") or styled_text(app, "reverse")
    return current[0] if current else None


def list_titles(app) -> list[str]:
    listing = main(app).query_one(ArticleList)
    count = len(listing.hits) if listing.hits is not None else listing.count
    return [listing.prompt_at(i).plain.split("\n")[0] for i in range(count)]


def header(app) -> str:
    return main(app).title


def toasts(app) -> list[tuple[str, str]]:
    """Each notification on screen as drawn: (its severity, its text)."""
    from textual.widgets._toast import Toast

    out = []
    for toast in app.screen.query(Toast):
        severity = next((c[1:] for c in toast.classes if c in ("-information", "-warning", "-error")), "")
        out.append((severity, toast.render().plain))
    return out
