"""The feeds selector at the top of the list pane: "All articles" and each subscribed
feed with its unread count; a feed whose last refresh failed wears a warning mark.
Hidden while there are no feeds. Choosing a row (Enter, click) is the screen's business."""
from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.sources import safe_display

if TYPE_CHECKING:
    from reader.store import FeedRow

FAILED = "⚠"
CHOSEN = "›"


def feed_prompt(name: str, unread: int, chosen: bool, error: str | None = None) -> Content:
    """One line: the unread count first, so a long name is cut (…) rather than the count."""
    mark = Content.styled(CHOSEN, "bold $accent") if chosen else Content(" ")
    count = Content.styled(f"{unread:>5}", "$accent" if unread else "$text-muted")
    warn = Content.styled(FAILED + " ", "bold $error") if error else Content("")
    label = Content.styled(" ".join(safe_display(name).split()) or "(untitled)", "bold" if unread else "")
    return Content.assemble(mark, count, " ", warn, label)


class FeedList(OptionList):
    """Row 0 is the whole library; row i > 0 is feeds[i - 1]."""

    DEFAULT_CSS = """
    FeedList { height: auto; max-height: 30%; border: none; padding: 0;
               border-bottom: hkey $panel-lighten-2; text-wrap: nowrap; text-overflow: ellipsis; }
    FeedList:focus { border: none; border-bottom: hkey $accent; }
    FeedList.-none { display: none; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.feeds: list[FeedRow] = []
        self.unread_all = 0
        self.chosen: int | None = None  # the feed id the list shows, None for all

    def show(self, feeds: list[FeedRow], unread_all: int, chosen: int | None) -> None:
        self.feeds, self.unread_all, self.chosen = feeds, unread_all, chosen
        self.set_class(not feeds, "-none")
        keep = self.highlighted
        prompts = [feed_prompt("All articles", unread_all, chosen is None)]
        prompts += [feed_prompt(f.name, f.unread, f.id == chosen, f.error) for f in feeds]
        with self.app.batch_update():
            self.clear_options()
            self.add_options([Option(p) for p in prompts])
            if prompts:
                self.highlighted = min(keep, len(prompts) - 1) if keep is not None else self.position_of(chosen)

    def position_of(self, feed_id: int | None) -> int:
        if feed_id is None:
            return 0
        return next((i + 1 for i, f in enumerate(self.feeds) if f.id == feed_id), 0)

    def feed_at(self, index: int | None) -> FeedRow | None:
        """The feed on row `index`, None for "All articles" (or no row)."""
        if index is None or index <= 0 or index > len(self.feeds):
            return None
        return self.feeds[index - 1]

    def feed(self, feed_id: int | None) -> FeedRow | None:
        return next((f for f in self.feeds if f.id == feed_id), None)
