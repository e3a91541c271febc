"""The engine pauses Python's cycle collector while it reads an article (see
reader/quotes/__init__.py): safe only because it leaves no reference cycles behind, and
polite only if it puts the collector back as it found it, even when reading fails."""
import gc
import threading

import pytest

from reader.quotes import extract, extract_spans, extract_text
from reader.sources import load

ARTICLE = (
    "Council backs \u2018bold\u2019 plan for the river\n"
    "\n"
    "\u201cWe cannot wait,\u201d said Mayor Ada Quill, who chairs the board. She added: \u201cThe water is rising.\u201d\n"
    "\n"
    "\u201cIt is a start,\u201d a council officer told reporters.\n"
)


def test_reading_leaves_no_reference_cycles_for_the_collector():
    gc.collect()
    gc.disable()
    try:
        for _ in range(20):
            ex = extract_text(ARTICLE)
        del ex
        assert gc.collect() == 0  # nothing was left for the collector to find
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_a_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert gc.isenabled()
    ex = extract(load(str(path)))
    assert ex.quotes and gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        extract_text(ARTICLE)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_when_reading_fails():
    with pytest.raises(TypeError):
        extract_spans('"Quoted," she said.', None)  # type: ignore[arg-type]
    assert gc.isenabled()


def test_reads_in_several_threads_leave_the_collector_on():
    errors = []

    def read():
        try:
            for _ in range(200):
                extract_text(ARTICLE)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and gc.isenabled()
