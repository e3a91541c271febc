"""A real HTTP server on 127.0.0.1 (random port) serving feeds and pages the tests
define, and the `reader` command run as a user runs it. Nothing here reaches the internet."""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.sources.web import FetchSettings

# Small and quick: the slow-server test waits 0.5 s, not 15.
FAST = FetchSettings(timeout=0.5, deadline=3.0, retries=1, backoff=0.01, max_bytes=256 * 1024, connections=6)


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    gzip: bool = False
    statuses: list[int] = field(default_factory=list)  # answered first, one per request, before `status`


class Site:
    """Routes by path; every request is recorded as (path, request headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.released = threading.Event()
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **kw) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, content_type=content_type, **kw)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": to})
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p == path]


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        _counted = False  # whether this request is counted in site.in_flight

        def do_GET(self) -> None:  # noqa: N802
            path = self.path.split("?")[0]
            with site.lock:
                site.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
                site.in_flight += 1
                site.most_in_flight = max(site.most_in_flight, site.in_flight)
            self._counted = True
            try:
                self._answer(site.routes.get(path))
            finally:
                self._leave()

        def _leave(self) -> None:
            # a request stops counting as in flight before its answer goes out: once the
            # client has the answer it may start its next request at once, which the
            # server could otherwise count while this thread is still finishing
            if self._counted:
                self._counted = False
                with site.lock:
                    site.in_flight -= 1

        def _answer(self, route: Route | None) -> None:
            if route is None:
                return self._send(404, b"<h1>Not found</h1>", "text/html")
            if route.delay:
                site.released.wait(route.delay)
            if route.statuses:
                return self._send(route.statuses.pop(0), b"try later", "text/plain", {"Retry-After": "0"})
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                return self._send(304, b"", None, {"ETag": route.etag})
            if route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                return self._send(304, b"", None, {"Last-Modified": route.last_modified})
            headers = dict(route.headers)
            if route.etag:
                headers["ETag"] = route.etag
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            body = route.body
            if route.gzip:
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            self._send(route.status, body, route.content_type, headers)

        def _send(self, status: int, body: bytes, content_type: str | None, headers: dict | None = None) -> None:
            self._leave()
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up (a timeout test) is not a failure of the server


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def site():
    s = Site()
    s.server = _Server(("127.0.0.1", 0), _handler(s))
    thread = threading.Thread(target=s.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield s
    s.released.set()
    s.server.shutdown()
    s.server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def db(tmp_path) -> Path:
    return Path(os.environ["READER_DATA_DIR"]) / "library.db"


class Reader:
    """`reader ARGS…` in a subprocess, as a user runs it."""

    def __call__(self, *args: str, ok: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, "-m", "reader", *map(str, args)],
            capture_output=True, text=True, env=dict(os.environ), timeout=timeout, stdin=subprocess.DEVNULL,
        )
        assert "Traceback" not in done.stderr, done.stderr
        if ok:
            assert done.returncode == 0, done.stderr
        return done


@pytest.fixture
def reader() -> Reader:
    return Reader()
