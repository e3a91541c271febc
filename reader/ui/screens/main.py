"""The main screen: article list · article · speakers. It owns the reading state, runs
the store and the engine in workers, and hands results to simple widgets."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.sources import safe_display
from reader.store import StoreError
from reader.ui.commands import COMMANDS
from reader.ui.startup import resume_collector
from reader.ui.widgets.article_list import ArticleList, SearchBox
from reader.ui.widgets.article_view import ArticleView, QuoteClicked
from reader.ui.widgets.feeds import FAILED, FeedList
from reader.ui.widgets.speakers import UNATTRIBUTED, SpeakerList
from reader.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from reader.model import Article, Extraction
    from reader.store import ArticleRow, Library
    from reader.ui.document import Document
    from reader.ui.messages import ArticleLoaded, FeedsLoaded, FeedsRefreshed, HitsLoaded, OrderLoaded, RowsLoaded

FILTERS = ("all", "unread", "starred")
FIRST_PAGE = 100  # rows sent with the first paint; the list fetches the others as they come on screen
READ_AFTER = 4.0  # seconds an article is open before it counts as read
SAVE_AFTER = 0.5  # debounce for saving progress
NARROW_BELOW = 100


def _side_width(screen_width: int, share: float, most: int) -> int:
    """A side pane's columns: its share of the screen, at least 24, at most `most`."""
    return max(24, min(most, round(screen_width * share)))
# keys that act on the open article: pressed while one opens, they wait for it
_TYPE_AHEAD = frozenset({"next_quote", "previous_quote", "next_speaker", "previous_speaker"})


class MainScreen(Screen):
    BINDINGS = [
        Binding(c.keys, c.action, c.description, show=c.footer, id=c.id)
        for c in COMMANDS
        if c.id not in ("app.help", "app.palette")
    ]

    AUTO_FOCUS = "#articles"  # focused as the screen mounts: one focus change, one footer rebuild

    filter: reactive[str] = reactive("all")
    # init=False: the starting classes are given to __init__, so that the first styles
    # worked out are the right ones and no watcher has them worked out again
    narrow: reactive[bool] = reactive(False, init=False)
    pane: reactive[str] = reactive("list", init=False)

    def __init__(self, open_paths: list[str] | None = None) -> None:
        super().__init__(classes="-pane-list")
        self.open_paths = list(open_paths or [])
        self.article: Article | None = None
        self.extraction: Extraction | None = None
        self.document: Document | None = None
        self.quote: int | None = None
        self.speaker: int | None = None  # chosen speaker, UNATTRIBUTED, or None for all
        self.read = False
        self.starred = False
        self._read_timer: Timer | None = None
        self._save_timer: Timer | None = None
        self._search_timer: Timer | None = None
        self._dirty = False
        self._loading_id: str | None = None
        self._typed_ahead: list[str] = []  # quote and speaker keys pressed while an article opens
        self._rows_generation = 0
        self.note: str | None = None  # long work in progress, shown in the status line
        self.shown_id: str | None = None  # the article whose blocks are mounted
        self.feed: int | None = None  # the feed the list shows, None for the whole library
        self.refreshing = False
        self._store: Library | None = None  # the UI thread's own, for the rows the list draws
        self._store_failed = False
        self._listing_complete = False  # the whole order has arrived: the count is known
        self._keep_after_order: str | None = None
        self._feeds_asked = False
        self._first_rows: list[ArticleRow] | None = None  # read as the screen is composed

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        # The header's place until the list is on screen, as the footer's below: Header
        # is four widgets with four sets of styles to parse, which the first frame can do
        # without. The title sits where Header centres it (between its icon and clock).
        yield Static(self.app.format_title(self.title or self.app.title, self.sub_title or self.app.sub_title),
                     id="header-space")
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield Static("Library · all", id="list-title", classes="pane-title")
                # the feeds list and the search box (both hidden at first) join after the
                # first frame, as the footer does
                yield ArticleList(self._read_first_rows(), id="articles")
            with Vertical(id="article-pane"):
                yield ArticleView(id="article")
            with Vertical(id="speakers-pane"):
                yield Static("Speakers", classes="pane-title")
                yield SpeakerList(id="speakers")
        yield StatusLine(id="status")
        # the footer's place, kept by a blank line: Footer builds a widget per key
        yield Static("", id="footer-space")

    @property
    def articles(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def speakers(self) -> SpeakerList:
        return self.query_one(SpeakerList)

    @property
    def feed_list(self) -> FeedList:
        return self.query_one(FeedList)

    def on_mount(self) -> None:
        self.call_after_refresh(self._mount_rest)
        self.title = "reader"
        self.watch(self.view, "scroll_y", self._scrolled, init=False)
        self.articles.fetch = self._fetch_rows
        self.articles.key_of = self._key_of
        self._update_status()
        if self.open_paths:
            self.import_and_open(self.open_paths)
        elif self._first_rows is not None:
            # the list has drawn them already: the bookkeeping can wait for the first frame
            self.call_after_refresh(self._show_first_rows)
        else:
            self.load_rows(open_id=None, samples=True)

    async def _mount_rest(self) -> None:
        """After the first frame: the hidden feeds list and search box, and the header
        and footer in the places kept for them."""
        from textual.widgets import Footer, Header

        self.query_one("#list-pane").mount(
            FeedList(id="feeds", classes="-none"),
            SearchBox(placeholder="search text, quotes, speakers", id="search"),
            before=self.articles,
        )
        self.query("#header-space, #footer-space").remove()
        self.mount(Header())
        await self.mount(Footer())
        # Footer shows the keys the next time the bindings change, and nothing may change
        # for a while yet: it would stay empty
        self.refresh_bindings()

    def _search_box(self) -> SearchBox | None:
        boxes = self.query(SearchBox)
        return boxes.first() if boxes else None

    def _searching(self) -> bool:
        box = self._search_box()
        return box is not None and box.has_class("-active")

    def _read_first_rows(self) -> list[ArticleRow] | None:
        """Start-up: read the first screenful here, in this thread, as the screen is
        composed, so that the list has it in the first frame (on_mount comes after that
        frame). A worker started instead would wait on this thread for the interpreter
        lock all through the mounting, around every SQLite call: 300 ms with 10,000
        articles, for a read that takes 2 ms on its own. The newest-first index makes
        this read a short scan whatever the library's size; the order follows in a worker.
        Read through reader.store.listing alone: the rest of the store waits until after
        the first frame. None on a first run (the samples go in first), when a file is
        to be opened, or if the library can't be read as it stands (the worker then
        opens it properly, and reports what is wrong)."""
        from reader import locations
        from reader.store.listing import first_rows

        self._first_rows = None
        if not self.open_paths:
            path = getattr(self.app, "library_path", None)
            path = Path(path) if path is not None else locations.db_path()
            self._first_rows = first_rows(path, self.filter, FIRST_PAGE, self.feed)
        return self._first_rows

    def _show_first_rows(self) -> None:
        """The bookkeeping for the first rows the list drew, then their listing's order."""
        from reader.ui.messages import RowsLoaded

        self._rows_generation += 1
        generation = self._rows_generation
        self.on_rows_loaded(RowsLoaded(self._first_rows, self.filter, None, generation, None, self.feed))
        self.call_after_refresh(self.load_order, generation, self.filter, self.feed)

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def on_resize(self, event) -> None:
        width = event.size.width
        self.narrow = width < NARROW_BELOW
        # Side by side, the side panes give up columns before the article does: at 100
        # columns their full widths would leave it 26, too few to read.
        wide = not self.narrow
        self.query_one("#list-pane").styles.width = _side_width(width, 0.27, 38) if wide else None
        self.query_one("#speakers-pane").styles.width = _side_width(width, 0.24, 34) if wide else None

    def watch_narrow(self, narrow: bool) -> None:
        self.set_class(narrow, "-narrow")
        self.refresh_bindings()

    def watch_pane(self, old: str, new: str) -> None:
        self.remove_class(f"-pane-{old}")
        self.add_class(f"-pane-{new}")
        if self.narrow:
            target = {"list": self.articles, "article": self.view, "speakers": self.speakers}[new]
            target.focus()
        self.refresh_bindings()

    def on_screen_resume(self) -> None:
        self.add_class(f"-pane-{self.pane}")

    # ----------------------------------------------------------------- workers
    def _library(self) -> Library:
        from reader.store import Library  # after the first frame: see _read_first_rows

        return Library.open(getattr(self.app, "library_path", None))

    def _ui_store(self) -> Library | None:
        """The UI thread's library, for the few rows the list draws at a time (a window
        of rows by key takes well under a millisecond); None once it has failed."""
        if self._store is None and not self._store_failed:
            try:
                self._store = self._library()
            except StoreError as e:
                self._store_failed = True
                self.notify(str(e), title="Something went wrong", severity="error", timeout=8)
        return self._store

    def _fetch_rows(self, keys) -> list[ArticleRow | None]:
        store = self._ui_store()
        try:
            return store.rows_by_key(keys) if store else [None] * len(keys)
        except StoreError as e:
            self.notify(str(e), title="Something went wrong", severity="error", timeout=8)
            return [None] * len(keys)

    def _key_of(self, article_id: str) -> int | None:
        store = self._ui_store()
        try:
            return store.article_key(article_id) if store else None
        except StoreError:
            return None

    @work(thread=True, exclusive=True, group="rows", exit_on_error=False)
    def load_rows(
        self, keep: str | None = None, open_id: str | None = None, samples: bool = False, open_among: tuple[str, ...] = ()
    ) -> None:
        """The first rows, to paint the list at once, then the listing's order (keys and
        unread flags only): the list fetches the rows it draws, a window at a time. With
        `open_among` (the articles a folder brought in), the one highest in the list opens."""
        from reader.ui.messages import OrderLoaded, RowsLoaded

        worker = get_current_worker()
        self._rows_generation += 1
        generation = self._rows_generation
        lib = self._library()
        try:
            if samples:
                lib.import_samples_if_empty()
            flt, feed = self.filter, self.feed
            with lib.snapshot():  # the order must be the one the first rows came from
                rows = lib.list_articles(flt, limit=FIRST_PAGE, feed_id=feed)
                if open_among:
                    among = set(open_among)
                    keep = open_id = next((row.id for row in rows if row.id in among), open_among[0])
                self.post_message(RowsLoaded(rows, flt, keep, generation, open_id, feed))
                if not worker.is_cancelled:
                    self.post_message(OrderLoaded(lib.list_order(flt, feed_id=feed), flt, generation, feed))
        finally:
            lib.close()

    @work(thread=True, exclusive=True, group="rows", exit_on_error=False)
    def load_order(self, generation: int, flt: str, feed: int | None) -> None:
        """The order of the listing whose first rows the start-up showed."""
        from reader.ui.messages import OrderLoaded

        lib = self._library()
        try:
            order = lib.list_order(flt, feed_id=feed)
        finally:
            lib.close()
        self.post_message(OrderLoaded(order, flt, generation, feed))

    @work(thread=True, exclusive=True, group="feeds", exit_on_error=False)
    def load_feeds(self) -> None:
        from reader.ui.messages import FeedsLoaded

        lib = self._library()
        try:
            feeds, unread = lib.feeds(), lib.count("unread")
        finally:
            lib.close()
        self.post_message(FeedsLoaded(feeds, unread))

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def refresh_feeds(self) -> None:
        """Every feed, fetched by reader.feeds in its own threads and stored through a
        Library this worker opens: the UI keeps reading from its own connections."""
        from reader.feeds import DEFAULT_SETTINGS, refresh  # the network stack loads on first use
        from reader.ui.messages import FeedsRefreshed

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._set_note, f"refreshing feeds {done}/{total}…")

        settings = getattr(self.app, "fetch_settings", None) or DEFAULT_SETTINGS
        try:
            report = refresh(getattr(self.app, "library_path", None), progress=progress, settings=settings)
        finally:
            self.app.call_from_thread(self._refresh_ended)
        self.post_message(FeedsRefreshed(report))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def import_and_open(self, paths: list[str]) -> None:
        lib = self._library()
        try:
            def progress(done: int, total: int) -> None:
                self.app.call_from_thread(self._set_note, f"importing {done}/{total}…" if done < total else None)

            report = lib.import_paths(paths, progress=progress)
            for path, reason in report.failed:
                self.app.call_from_thread(self.notify, f"{path}: {reason}", severity="error")
        finally:
            lib.close()
            self.app.call_from_thread(self._set_note, None)
        if len(report.ids) > 1:
            # a folder or several files: the one at the top of the list opens, where the
            # highlight starts (not the first file by name, somewhere down the list)
            among = tuple(report.ids)
            self.app.call_from_thread(lambda: self.load_rows(open_among=among))
        else:
            open_id = report.ids[0] if report.ids else None
            self.app.call_from_thread(lambda: self.load_rows(keep=open_id, open_id=open_id))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def load_article(self, article_id: str, jump_to: int | None = None) -> None:
        from reader.ui.messages import ArticleLoaded

        lib = self._library()
        try:
            article = lib.get_article(article_id)
            extraction = lib.extraction(article_id)
            state = lib.state(article_id)
            from reader.ui.document import build  # not needed before an article opens

            document = build(article)
            if get_current_worker().is_cancelled:
                return  # another article was opened meanwhile: this one is not shown
            self.post_message(ArticleLoaded(article, extraction, document, state, jump_to))
            lib.touch_opened(article_id)  # a write: after the article is on its way
        finally:
            lib.close()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        from reader.ui.messages import HitsLoaded

        lib = self._library()
        try:
            hits = lib.search(query, limit=50)
        finally:
            lib.close()
        self.post_message(HitsLoaded(query, hits))

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def save_progress(self, article_id: str, progress: float, quote: int | None) -> None:
        lib = self._library()
        try:
            lib.save_progress(article_id, progress, quote)
        finally:
            lib.close()

    @work(thread=True, group="mark", exit_on_error=False)
    def store_mark(self, ids: list[str], read: bool | None = None, starred: bool | None = None, all_read: bool = False) -> None:
        lib = self._library()
        try:
            if all_read:
                lib.mark_all_read()
            else:
                lib.mark(ids, read=read, starred=starred)
        finally:
            lib.close()
        if all_read:
            self.app.call_from_thread(lambda: self.load_rows(keep=self.article.id if self.article else None))
        if read is not None or all_read:
            self.app.call_from_thread(self.load_feeds)  # the unread counts changed

    @work(thread=True, group="browser", exit_on_error=False)
    def open_browser(self, url: str) -> None:
        import webbrowser

        if not webbrowser.open(url):
            self.app.call_from_thread(self.notify, f"No browser to open {url}", severity="warning")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            resume_collector()  # no first rows to wait for
            error = event.worker.error
            message = str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
            self.notify(message, title="Something went wrong", severity="error", timeout=8)
            self._loading_id = None
            self._typed_ahead.clear()

    # --------------------------------------------------------------- messages
    def on_rows_loaded(self, message: RowsLoaded) -> None:
        if message.filter != self.filter or message.feed != self.feed or message.generation != self._rows_generation:
            return
        listing = self.articles
        keep = message.keep or (listing.current_row.id if listing.current_row else None)
        listing.show_rows(message.rows, keep=keep)  # a search showing stays in front
        self._keep_after_order = keep
        self._listing_complete = len(message.rows) < FIRST_PAGE
        self._update_list_title()
        if message.open_id:
            self.open_article(message.open_id)
        if not self._feeds_asked:
            self._feeds_asked = True
            self._binding_signature = self._binding_state()  # what the footer's first build will show
            self.call_after_refresh(self._started)

    def _started(self) -> None:
        """The list is on screen: what the first frame could do without."""
        resume_collector()
        self.load_feeds()

    def on_order_loaded(self, message: OrderLoaded) -> None:
        if message.filter != self.filter or message.feed != self.feed or message.generation != self._rows_generation:
            return
        self.articles.add_order(message.order, keep=self._keep_after_order)
        self._listing_complete = True
        self._update_list_title()
        self._refresh_bindings_if_changed()  # J/K/n/p may have somewhere to go now

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if self._loading_id is not None and message.article.id != self._loading_id:
            return  # an article opened before the one now opening (its worker had already read it)
        self._finish_article()
        self.article, self.extraction, self.document = message.article, message.extraction, message.document
        state = message.state
        self.read, self.starred = state.read, state.starred
        self.speaker = None
        count = len(self.extraction.quotes)
        restore = state.quote_index if state.quote_index is not None and state.quote_index < count else None
        self.quote = message.jump_to if message.jump_to is not None and message.jump_to < count else restore
        self._loading_id = None
        self.note = None
        self.title = safe_display(" ".join(self.article.title.split())) or "reader"
        self.speakers.show(self.extraction)
        self.view.show(self.document, self.extraction, self.quote)
        self.shown_id = message.article.id
        self.call_after_refresh(self._restore_position, state.progress, message.jump_to is not None)
        if self._typed_ahead:
            self.call_after_refresh(self._replay_typed_ahead)
        if self.pane == "list" and self.narrow:
            self.pane = "article"
        self._update_status()
        self._refresh_bindings_if_changed()
        if not self.read:
            self._read_timer = self.set_timer(READ_AFTER, self._mark_read_by_time)

    def _replay_typed_ahead(self) -> None:
        """The quote and speaker keys pressed while the article was opening, in order: they
        were meant for it, not for the article before it."""
        typed, self._typed_ahead = self._typed_ahead, []
        for action in typed:
            if self.check_action(action, ()):
                getattr(self, "action_" + action)()

    def _opening(self) -> bool:
        """Whether an article is opening, or one chosen in the list is about to (Enter
        and the next key can come in one burst, the key before the list's message)."""
        return self._loading_id is not None or (self.is_mounted and self.articles.choosing)

    def _typing_ahead(self, action: str) -> bool:
        """Whether an article is opening, so that `action` waits for it (and is kept)."""
        if not self._opening():
            return False
        self._typed_ahead.append(action)
        return True

    def _restore_position(self, progress: float, jumped: bool) -> None:
        view = self.view
        if self.quote is not None and (jumped or progress == 0):
            view.scroll_to_quote(self.quote)
        elif progress:
            # force: the scroll bars of a just-shown article are not laid out yet
            view.scroll_to(y=round(progress * view.max_scroll_y), animate=False, immediate=True, force=True)
        self._update_status()

    def on_hits_loaded(self, message: HitsLoaded) -> None:
        if self.articles.hits is None and not self._searching():
            return
        self.articles.show_hits(message.hits)
        self.query_one("#list-title", Static).update(f"Search · {message.query} · {len(message.hits)} hits")

    @on(ArticleList.Selected)
    def _article_chosen(self, event: ArticleList.Selected) -> None:
        listing = self.articles
        listing.choosing = False
        if listing.hits is not None:
            hit = listing.hits[event.index]
            self.open_article(hit.article_id, jump_to=hit.quote_index)
        elif (article_id := listing.id_at(event.index)) is not None:
            self.open_article(article_id)
        else:
            self._typed_ahead.clear()
            return
        if self._loading_id is None and self._typed_ahead:
            self.call_after_refresh(self._replay_typed_ahead)  # (it was open already)
        if not self.narrow:
            # the list stays in sight beside the article, but the keys now read the
            # article: j and k scroll it, and q comes back to the list
            self.view.focus()

    def on_feeds_loaded(self, message: FeedsLoaded) -> None:
        feeds = message.feeds
        if self.feed is not None and not any(f.id == self.feed for f in feeds):
            self.show_feed(None)  # unsubscribed behind our back: back to the whole library
        self.feed_list.show(feeds, message.unread_all, self.feed)
        self._update_list_title()
        self._update_status()
        self._refresh_bindings_if_changed()

    def on_feeds_refreshed(self, message: FeedsRefreshed) -> None:
        report = message.report
        failed = report.failed
        text = f"{report.added} new, {len(failed)} failed"
        if report.updated:
            text += f", {report.updated} updated"
        for outcome in failed[:3]:
            text += f"\n{FAILED} {safe_display(outcome.name)}: {safe_display(outcome.error or 'failed')}"
        if len(failed) > 3:
            text += f"\n… and {len(failed) - 3} more"
        n = len(report.feeds)
        self.notify(text, title=f"{n} feed{'s' if n != 1 else ''} refreshed",
                    severity="warning" if failed else "information", timeout=8 if failed else 4)
        self.load_feeds()
        current = self.article.id if self.article else (self.articles.current_row.id if self.articles.current_row else None)
        self.load_rows(keep=current)

    def _refresh_ended(self) -> None:
        self.refreshing = False
        self._set_note(None)
        self._refresh_bindings_if_changed()

    @on(OptionList.OptionSelected, "#feeds")
    def _feed_chosen(self, event: OptionList.OptionSelected) -> None:
        row = self.feed_list.feed_at(event.option_index)
        self.show_feed(row.id if row else None)
        self.articles.focus()

    @on(OptionList.OptionHighlighted, "#feeds")
    def _feed_highlighted(self, _event: OptionList.OptionHighlighted) -> None:
        self._update_status()  # a failing feed's error shows while it is highlighted

    def on_descendant_focus(self, _event) -> None:
        self._update_status()

    @on(OptionList.OptionSelected, "#speakers")
    def _speaker_chosen(self, event: OptionList.OptionSelected) -> None:
        self.choose_speaker(self.speakers.groups[event.option_index][0])

    def on_quote_clicked(self, message: QuoteClicked) -> None:
        self.set_quote(message.index, scroll=False)

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        if self._search_timer:
            self._search_timer.stop()
        query = event.value.strip()
        if query:
            self._search_timer = self.set_timer(0.25, lambda: self.run_search(query))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer:
            self._search_timer.stop()
        if event.value.strip():
            self.run_search(event.value.strip())
            self.articles.focus()

    @on(SearchBox.Cancelled)
    def _search_cancelled(self) -> None:
        self.close_search()

    # ------------------------------------------------------------ operations
    def open_article(self, article_id: str, jump_to: int | None = None) -> None:
        if self.article is not None and self.article.id == article_id and jump_to is None:
            if self.narrow:
                self.pane = "article"
            return
        self._loading_id = article_id
        # Cached quotes arrive within a frame or two; an article the engine must read
        # first takes longer, and the status line says so.
        self.set_timer(0.15, lambda: self._set_note("reading the article for quotes…") if self._loading_id == article_id else None)
        i = self.articles.index_of(article_id)
        if i is not None and self.articles.hits is None:
            self.articles.highlighted = i
        self.load_article(article_id, jump_to)

    def _finish_article(self) -> None:
        """Save where the reader was in the article being left."""
        for timer in (self._read_timer, self._save_timer):
            if timer:
                timer.stop()
        self._read_timer = self._save_timer = None
        if self.article is not None and self._dirty:
            self.save_progress(self.article.id, self.view.progress, self.quote)
        self._dirty = False

    def flush(self) -> None:
        """Save now, in this thread: the app is closing and workers won't finish."""
        if self.article is None or not self._dirty:
            return
        lib = self._library()
        try:
            lib.save_progress(self.article.id, self.view.progress, self.quote)
            lib.mark([self.article.id], read=self.read, starred=self.starred)
        finally:
            lib.close()
        self._dirty = False

    def _scrolled(self, _y: float) -> None:
        if self.article is None:
            return
        if not self.read and self.view.progress >= 0.5 and self.view.max_scroll_y > 0:
            self._set_read(True)
        self._schedule_save()
        self._update_status()

    def _schedule_save(self) -> None:
        if self.article is None:
            return
        self._dirty = True
        if self._save_timer:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_AFTER, self._save_now)

    def _save_now(self) -> None:
        if self.article is not None and self._dirty:
            self._dirty = False
            self.save_progress(self.article.id, self.view.progress, self.quote)

    def _mark_read_by_time(self) -> None:
        if self.article is not None and not self.read:
            self._set_read(True)

    def _set_read(self, read: bool) -> None:
        self.read = read
        self.store_mark([self.article.id], read=read)
        self._update_row(read=read)
        self._refresh_bindings_if_changed()

    def _update_row(self, **changes) -> None:
        if self.article is not None:
            self.articles.update_row(self.article.id, **changes)

    def set_quote(self, index: int | None, scroll: bool = True) -> None:
        self.quote = index
        self.view.set_current(index)
        if index is not None and scroll:
            self.view.scroll_to_quote(index)
        self._schedule_save()
        self._update_status()
        self._refresh_bindings_if_changed()

    def _binding_state(self) -> tuple:
        return (self.narrow, self.pane, self.focused) + tuple(self.check_action(c.action, ()) for c in COMMANDS)

    def _refresh_bindings_if_changed(self) -> None:
        """The footer rebuilds itself on every refresh (10 ms): only ask when something changed."""
        signature = self._binding_state()
        if signature != getattr(self, "_binding_signature", None):
            self._binding_signature = signature
            self.refresh_bindings()

    def choose_speaker(self, speaker: int | None) -> None:
        self.speaker = speaker
        self.speakers.show(self.extraction, chosen=speaker)
        quotes = self._candidates()
        if speaker is not None and quotes:
            self.set_quote(quotes[0])
        self._update_status()
        self._refresh_bindings_if_changed()

    def _candidates(self) -> list[int]:
        """The quotes ] and [ move through: the chosen speaker's, or all of them."""
        if self.extraction is None:
            return []
        if self.speaker is None:
            return list(range(len(self.extraction.quotes)))
        want = None if self.speaker == UNATTRIBUTED else self.speaker
        return [i for i, q in enumerate(self.extraction.quotes) if q.speaker == want]

    def _next_quote(self, step: int) -> int | None:
        quotes = self._candidates()
        if not quotes:
            return None
        if self.quote is None:
            return quotes[0] if step > 0 else quotes[-1]
        after = [q for q in quotes if (q - self.quote) * step > 0]
        if not after:
            return None
        return min(after) if step > 0 else max(after)

    def _neighbour_index(self, step: int, unread: bool = False) -> int | None:
        """The row J/K (or n/p) would open: next to the article open (or opening), else to
        the cursor."""
        listing = self.articles
        count = listing.count
        if not count:
            return None
        current = self._loading_id or (self.article.id if self.article else None)
        i = listing.index_of(current) if current else None
        if i is None:
            i = listing.highlighted if listing.hits is None and listing.highlighted is not None else (-1 if step > 0 else count)
            if not unread and current is None:
                return i if 0 <= i < count else None
        return listing.next_index(i, step, unread)

    def _neighbour(self, step: int, unread: bool = False) -> str | None:
        return self.articles.id_at(self._neighbour_index(step, unread))

    def close_search(self) -> None:
        box = self.query_one(SearchBox)
        box.remove_class("-active")
        box.value = ""
        listing = self.articles
        if listing.hits is not None:
            listing.show_listing(keep=self.article.id if self.article else None)
        self._update_list_title()
        listing.focus()
        self.refresh_bindings()

    def _update_list_title(self) -> None:
        if self.articles.hits is not None:
            return
        row = self.feed_list.feed(self.feed) if self.feed is not None else None
        name = " ".join(safe_display(row.name).split()) if row else "Library"
        count = f" · {self.articles.count}" if self._listing_complete else ""
        self.query_one("#list-title", Static).update(f"{name} · {self.filter}{count}")

    def show_feed(self, feed_id: int | None) -> None:
        """List one feed's articles (None: the whole library)."""
        if feed_id == self.feed:
            return
        self.feed = feed_id
        feeds = self.feed_list
        feeds.show(feeds.feeds, feeds.unread_all, feed_id)
        self.load_rows(keep=self.article.id if self.article else None)
        self._update_list_title()
        self._update_status()

    def _feed_note(self) -> str | None:
        """A failing feed's error: the highlighted one while the feeds list has the
        focus, else the one listed."""
        if not self.query(FeedList):
            return None  # not mounted yet: the first frame comes without it
        feeds = self.feed_list
        row = feeds.feed_at(feeds.highlighted) if self.focused is feeds else feeds.feed(self.feed)
        if row is not None and row.error:
            return f"{FAILED} {safe_display(row.name)}: {safe_display(row.error)}"
        return None

    def _set_note(self, note: str | None) -> None:
        self.note = note
        self._update_status()

    def _update_status(self) -> None:
        ex = self.extraction
        status = self.query_one(StatusLine)
        note = self.note or self._feed_note()
        if ex is None or self.article is None:
            status.show(quote=None, quotes=0, speaker=None, progress=None,
                        note=note or "Enter opens an article · ? shows every key")
            return
        name = None
        if self.quote is not None:
            sp = ex.speaker_of(ex.quotes[self.quote])
            name = sp.name if sp else None
        following = None
        if self.speaker is not None:
            following = "Unattributed" if self.speaker == UNATTRIBUTED else ex.speakers[self.speaker].name
        status.show(quote=self.quote, quotes=len(ex.quotes), speaker=name, progress=self.view.progress,
                    following=following, note=note)

    # --------------------------------------------------------------- actions
    def check_action(self, action: str, parameters: tuple) -> bool | None:
        has_article = self.article is not None
        listing = self.articles if self.is_mounted else None
        if action in _TYPE_AHEAD and self._opening():
            return True  # (kept until the article is shown: see _typing_ahead)
        if action in ("next_quote", "previous_quote"):
            return True if has_article and self._next_quote(1 if action == "next_quote" else -1) is not None else None
        if action in ("next_speaker", "previous_speaker"):
            return True if has_article and self.speakers.groups else None
        if action == "copy_quote":
            return True if has_article and self.quote is not None else None
        if action == "clear_speaker":
            searching = listing is not None and listing.hits is not None
            return True if self.speaker is not None or searching else None
        if action in ("toggle_star", "toggle_read"):
            return True if has_article else None
        if action == "open_url":
            return True if has_article and self.article.url else None
        if action in ("next_article", "previous_article", "next_unread", "previous_unread"):
            if listing is None:
                return None
            step = 1 if action.startswith("next") else -1
            return True if self._neighbour_index(step, unread="unread" in action) is not None else None
        if action == "open_article":
            if isinstance(self.focused, (OptionList, ArticleList)):
                return True
            return True if self.narrow and self.pane == "list" and has_article else None
        if action == "toggle_speakers":
            return True if (has_article or not self.narrow) else None
        if action == "refresh_feeds":
            has_feeds = self.is_mounted and bool(self.query(FeedList)) and bool(self.feed_list.feeds)
            return True if has_feeds and not self.refreshing else None
        return True

    def action_move_down(self) -> None:
        self._move(1)

    def action_move_up(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        focused = self.focused
        if isinstance(focused, (OptionList, ArticleList)):
            focused.action_cursor_down() if step > 0 else focused.action_cursor_up()
        else:
            self.view.scroll_relative(y=step * 2, animate=False)

    def action_open_article(self) -> None:
        focused = self.focused
        if isinstance(focused, (OptionList, ArticleList)) and focused.highlighted is not None:
            focused.action_select()
        elif self.narrow and self.pane == "list" and self.article is not None:
            self.pane = "article"

    def action_next_article(self) -> None:
        if (article_id := self._neighbour(1)) is not None:
            self.open_article(article_id)

    def action_previous_article(self) -> None:
        if (article_id := self._neighbour(-1)) is not None:
            self.open_article(article_id)

    def action_next_unread(self) -> None:
        if (article_id := self._neighbour(1, unread=True)) is not None:
            self.open_article(article_id)

    def action_previous_unread(self) -> None:
        if (article_id := self._neighbour(-1, unread=True)) is not None:
            self.open_article(article_id)

    def action_back(self) -> None:
        if not self.narrow and self.focused in (self.view, self.speakers):
            self.articles.focus()  # from the article (or its speakers) to the list beside it
        elif self._searching() or self.articles.hits is not None:
            self.close_search()
        elif self.narrow and self.pane != "list":
            self.pane = "article" if self.pane == "speakers" else "list"
        else:
            self.flush()
            self.app.exit(0)

    def action_next_quote(self) -> None:
        if self._typing_ahead("next_quote"):
            return
        if (index := self._next_quote(1)) is not None:
            self.set_quote(index)

    def action_previous_quote(self) -> None:
        if self._typing_ahead("previous_quote"):
            return
        if (index := self._next_quote(-1)) is not None:
            self.set_quote(index)

    def _step_speaker(self, step: int) -> None:
        groups = [g[0] for g in self.speakers.groups]
        if not groups:
            return
        if self.speaker is None or self.speaker not in groups:
            target = groups[0] if step > 0 else groups[-1]
        else:
            target = groups[(groups.index(self.speaker) + step) % len(groups)]
        self.choose_speaker(target)

    def action_next_speaker(self) -> None:
        if not self._typing_ahead("next_speaker"):
            self._step_speaker(1)

    def action_previous_speaker(self) -> None:
        if not self._typing_ahead("previous_speaker"):
            self._step_speaker(-1)

    def action_clear_speaker(self) -> None:
        if self.articles.hits is not None or self._searching():
            self.close_search()
        elif self.speaker is not None:
            self.choose_speaker(None)

    def action_copy_quote(self) -> None:
        if self.quote is None or self.extraction is None or self.article is None:
            return
        quote = self.extraction.quotes[self.quote]
        speaker = self.extraction.speaker_of(quote)
        who = speaker.name if speaker else "unattributed"
        text = " ".join(quote.text(self.article.text).split())
        self.app.copy_to_clipboard(f"“{text}” — {who}, in {self.article.title}")
        self.notify("Quote copied", timeout=2)

    def action_toggle_speakers(self) -> None:
        if self.narrow:
            self.pane = "article" if self.pane == "speakers" else "speakers"
        else:
            self.query_one("#speakers-pane").toggle_class("-hidden")

    def action_toggle_star(self) -> None:
        if self.article is None:
            return
        self.starred = not self.starred
        self.store_mark([self.article.id], starred=self.starred)
        self._update_row(starred=self.starred)
        self.notify("Starred" if self.starred else "Unstarred", timeout=2)

    def action_toggle_read(self) -> None:
        if self.article is None:
            return
        if self._read_timer:
            self._read_timer.stop()  # the reader decided: don't mark read behind their back
        self._set_read(not self.read)
        self.notify("Marked read" if self.read else "Marked unread", timeout=2)

    def action_mark_all_read(self) -> None:
        self.read = True if self.article else self.read
        self.store_mark([], all_read=True)
        self.notify("Every article marked read", timeout=2)

    def action_cycle_filter(self) -> None:
        self.filter = FILTERS[(FILTERS.index(self.filter) + 1) % len(FILTERS)]
        self.load_rows(keep=self.article.id if self.article else None)
        self._update_list_title()

    def action_search(self) -> None:
        if self.narrow:
            self.pane = "list"
        box = self._search_box()
        if box is None:
            return  # a key pressed before the first frame was drawn
        box.add_class("-active")
        box.focus()

    def action_choose_feed(self) -> None:
        feeds = self.feed_list
        if not feeds.feeds:
            # F is not in the footer, so a key that silently does nothing would puzzle
            self.notify("No feeds yet: subscribe with `reader feed add URL` (or `reader feed import FILE.opml`)",
                        title="Feeds", timeout=6)
            return
        if self.focused is feeds:
            self.articles.focus()
            return
        if self.narrow:
            self.pane = "list"
        feeds.highlighted = feeds.position_of(self.feed)
        feeds.focus()

    def action_refresh_feeds(self) -> None:
        if self.refreshing or not self.feed_list.feeds:
            return
        self.refreshing = True
        self._set_note("refreshing feeds…")
        self._refresh_bindings_if_changed()
        self.refresh_feeds()

    def action_open_url(self) -> None:
        if self.article is not None and self.article.url:
            self.open_browser(self.article.url)
