"""`reader quotes`: the contract scripts and the referee rely on, run as a user runs it."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_articles"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "reader", "quotes", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd)


def test_jsonl_offsets_point_into_the_file_as_python_reads_it():
    paths = sorted(SAMPLES.glob("*"))
    p = run("--format", "jsonl", *paths)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert len(lines) == len(paths)
    for line in lines:
        rec = json.loads(line)
        if rec["path"].endswith(".html"):
            # a web page's text is written by its loader and comes with the record
            assert set(rec) == {"path", "title", "quotes", "speakers", "article_text"}
            source = rec["article_text"]
        else:
            assert set(rec) == {"path", "title", "quotes", "speakers"}
            source = open(rec["path"], encoding="utf-8").read()
        names = {s["name"] for s in rec["speakers"]}
        for q in rec["quotes"]:
            assert q["start"] == q["segments"][0][0] and q["end"] == q["segments"][-1][1]
            assert q["text"] == " ".join(source[s:e] for s, e in q["segments"])
            assert q["kind"] in ("direct", "partial")
            assert q["speaker"] is None or q["speaker"] in names
            for key in ("mention", "cue"):
                if q[key] is not None:
                    assert source[q[key]["start"]:q[key]["end"]] == q[key]["text"]
        for s in rec["speakers"]:
            assert s["quotes"] == sum(1 for q in rec["quotes"] if q["speaker"] == s["name"])


def test_path_is_reported_as_given():
    p = run("--format", "jsonl", "sample_articles/labour-crisis-talks.txt", cwd=ROOT)
    assert json.loads(p.stdout)["path"] == "sample_articles/labour-crisis-talks.txt"


def test_text_output_groups_quotes_by_speaker_unattributed_last():
    p = run(SAMPLES / "labour-crisis-talks.txt")
    assert p.returncode == 0
    out = p.stdout
    assert out.index("Shaista Aziz — 4") < out.index("Unattributed — 5")
    assert "a source (anonymous) — 1" in out


def test_csv_and_markdown_and_json_formats():
    art = SAMPLES / "labour-crisis-talks.txt"
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv", art).stdout)))
    assert len(rows) == 15 and rows[11]["speaker"] == "Shaista Aziz"
    md = run("--format", "markdown", art).stdout
    assert md.startswith("# Labour calls MORE crisis talks") and "## Keir Starmer" in md
    data = json.loads(run("--format", "json", art).stdout)
    assert len(data) == 1 and len(data[0]["speakers"]) == 6


def test_a_bad_file_is_one_line_and_exit_2_and_the_others_still_print(tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    p = run("--format", "jsonl", bad, SAMPLES / "labour-crisis-talks.txt", tmp_path / "missing.txt")
    assert p.returncode == 2
    assert len(p.stdout.splitlines()) == 1
    err = p.stderr.strip().splitlines()
    assert len(err) == 2 and "photo.txt" in err[0] and "missing.txt" in err[1]
    assert "Traceback" not in p.stderr


def test_a_folder_reads_every_article_file_in_it_by_name(tmp_path):
    # a folder stands for its article files, searched as `reader import` searches it
    # (hidden ones and other kinds skipped), each named under the folder as given
    (tmp_path / "b.txt").write_text('Pay rise agreed\nA deal.\nThe union said it was "a win".\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text('# Bridge shut\n\nThe council said it was "unsafe".\n', encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    p = run("--format", "jsonl", tmp_path)
    assert p.returncode == 0, p.stderr
    recs = [json.loads(line) for line in p.stdout.splitlines()]
    assert [r["path"] for r in recs] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]
    assert [q["text"] for r in recs for q in r["quotes"]] == ["a win", "unsafe"]


def test_a_folder_with_no_articles_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "empty").mkdir()
    p = run("--format", "jsonl", tmp_path / "empty", SAMPLES / "labour-crisis-talks.txt")
    assert p.returncode == 2
    assert len(p.stdout.splitlines()) == 1
    assert p.stderr.strip().splitlines() == [f"reader: {tmp_path / 'empty'}: no article files in this folder"]
