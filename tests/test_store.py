"""The SQLite store: schema and migrations, idempotent and incremental ingest, atomic runs."""
from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from riwaya import store
from riwaya.model import ArticleResult
from riwaya.show.sample import sample_results, simple_reconcile


@pytest.fixture
def db(tmp_path):
    conn = store.connect(tmp_path / "riwaya.db")
    yield conn
    conn.close()


def edited(result: ArticleResult, extra: str) -> ArticleResult:
    """The same article id with new text (claims' offsets unchanged: text appended)."""
    article = dataclasses.replace(result.article, text=result.article.text + extra)
    return dataclasses.replace(result, article=article)


def test_schema_is_plain_tables_in_wal_with_named_migrations(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    migrations = db.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [tuple(m) for m in migrations] == [(v, n) for v, n, _ in store.MIGRATIONS]
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "claims", "incidents", "slots", "origins", "reports", "runs",
            "schema_migrations"} <= tables
    # Datasette-friendly: only the plain SQLite column types
    for table in tables - {"sqlite_sequence"}:
        for col in db.execute(f"PRAGMA table_info({table})"):
            assert col["type"] in ("TEXT", "INTEGER"), (table, col["name"], col["type"])


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "m.db"
    conn = store.connect(path)
    conn.close()
    conn = sqlite3.connect(path)
    assert store.migrate(conn) == []


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    store.connect(path).close()
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', 'x')")
    raw.commit()
    raw.close()
    with pytest.raises(store.StoreError, match="999"):
        store.connect(path)


def test_results_round_trip_through_rows(db):
    results = sample_results()
    store.ingest(db, results, reconcile=simple_reconcile)
    assert store.load_results(db) == sorted(results, key=lambda r: r.article.id)


def test_sheet_round_trips_with_extra_fields(db):
    def reconcile(results):
        sheet = simple_reconcile(results)
        sheet["incidents"][0]["n_reports"] = 7
        sheet["incidents"][0]["slots"][0]["agreements"] = [[0, 0]]
        sheet["incidents"][0]["slots"][0]["origins"][0]["outlets"] = ["x"]
        sheet["revisions"] = []
        return sheet
    store.ingest(db, sample_results(), reconcile=reconcile)
    expected = reconcile(sample_results())
    got = store.load_sheet(db)
    got["incidents"][0].pop("places_found")
    assert got == expected


def test_same_folder_twice_is_stored_once_byte_for_byte(db):
    first = store.ingest(db, sample_results(), reconcile=simple_reconcile)
    digest, counts = store.content_digest(db), store.counts(db)
    second = store.ingest(db, sample_results(), reconcile=simple_reconcile)
    assert (first.new, second.new, second.unchanged) == (3, 0, 3)
    assert store.content_digest(db) == digest
    assert store.counts(db) == counts
    assert db.execute("SELECT count(*) FROM runs WHERE status = 'ok'").fetchone()[0] == 2


def test_edited_article_is_a_new_version_and_the_latest_is_used(db):
    results = sample_results()
    store.ingest(db, results, reconcile=simple_reconcile)
    summary = store.ingest(db, [edited(results[0], "\nتحديث: لا جديد.")], reconcile=simple_reconcile)
    assert summary.updated == 1
    rows = db.execute("SELECT version, latest FROM articles WHERE id = ? ORDER BY version",
                      (results[0].article.id,)).fetchall()
    assert [tuple(r) for r in rows] == [(1, 0), (2, 1)]
    assert store.get_article(db, results[0].article.id)["text"].endswith("لا جديد.")
    # claims of the old version stay stored but are not listed
    assert len(store.list_claims(db, article=results[0].article.id)) == len(results[0].claims)


def test_new_article_joins_the_incident_and_updates_the_estimate(db):
    results = sample_results()
    store.ingest(db, results[:1], reconcile=simple_reconcile)
    before = store.list_incidents(db)[0]
    store.ingest(db, results[1:], reconcile=simple_reconcile)
    after = store.list_incidents(db)
    assert len(after) == 1 and len(after[0]["articles"]) == 3 > len(before["articles"])
    killed = {(s["measure"], s["subject"]): s for s in after[0]["slots"]}[("killed", "civilians")]
    assert (killed["low"], killed["high"], killed["conflicts"]) == (9, 15, 1)


def test_unchanged_articles_are_not_reconciled_again_from_text(db):
    """Reconcile sees ArticleResults rebuilt from rows, the same as the originals."""
    seen = []

    def spy(results):
        seen.append(list(results))
        return simple_reconcile(results)
    store.ingest(db, sample_results()[:2], reconcile=spy)
    store.ingest(db, sample_results()[2:], reconcile=spy)
    assert [r.article.id for r in seen[-1]] == ["a1_sahil", "a2_nahar", "a3_rassed"]
    assert seen[-1][:2] == sample_results()[:2]


def test_failed_run_leaves_the_database_as_it_was(db):
    store.ingest(db, sample_results()[:1], reconcile=simple_reconcile)
    digest = store.content_digest(db)

    def broken(results):
        raise RuntimeError("reconcile failed midway")
    with pytest.raises(RuntimeError):
        store.ingest(db, sample_results()[1:], reconcile=broken)
    assert store.content_digest(db) == digest
    run = db.execute("SELECT status, error FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    assert run["status"] == "failed" and "midway" in run["error"]


def test_skipped_inputs_are_counted_not_stored(db):
    summary = store.ingest(db, [*sample_results()[:1], "bad.txt: not UTF-8"], reconcile=simple_reconcile)
    assert summary.new == 1 and summary.skipped == ["bad.txt: not UTF-8"]


KILL_SCRIPT = textwrap.dedent("""
    import dataclasses, sys, time
    from riwaya import store
    from riwaya.show.sample import sample_results, simple_reconcile

    def slow():
        base = sample_results()[0]
        for i in range(10_000):
            art = dataclasses.replace(base.article, id=f"k{i:05d}", text=base.article.text + str(i))
            yield dataclasses.replace(base, article=art)
            if i == 50:
                print("midway", flush=True)
            time.sleep(0.001)

    conn = store.connect(sys.argv[1])
    store.ingest(conn, slow(), reconcile=simple_reconcile)
""")


def test_killed_ingest_leaves_a_consistent_database(tmp_path):
    path = tmp_path / "kill.db"
    conn = store.connect(path)
    store.ingest(conn, sample_results(), reconcile=simple_reconcile)
    before = store.counts(conn)
    conn.close()
    script = tmp_path / "slow_ingest.py"
    script.write_text(KILL_SCRIPT)
    proc = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "midway"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    conn = store.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.counts(conn) == before
    assert conn.execute("SELECT status FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0] == "running"
    conn.close()


def test_concurrent_reader_sees_before_or_after(tmp_path):
    path = tmp_path / "wal.db"
    writer = store.connect(path)
    reader = store.connect(path)
    store.ingest(writer, sample_results()[:1], reconcile=simple_reconcile)
    n = reader.execute("SELECT count(*) FROM articles").fetchone()[0]
    store.ingest(writer, sample_results()[1:], reconcile=simple_reconcile)
    assert (n, reader.execute("SELECT count(*) FROM articles").fetchone()[0]) == (1, 3)


# ---------------------------------------------------------------- the command, with the real pipeline

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture
def corpus(tmp_path):
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        pytest.skip("examples/corpus is empty")
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in files:
        (folder / f.name).write_bytes(f.read_bytes())
    return folder


def test_ingest_command_twice_is_equal_and_extracts_nothing_the_second_time(corpus, tmp_path, monkeypatch, capsys):
    from riwaya import cli, pipeline
    db = tmp_path / "cmd.db"
    assert cli.main(["ingest", str(corpus), "--db", str(db)]) == 0
    conn = store.connect(db)
    digest, n = store.content_digest(conn), store.counts(conn)["articles"]
    assert n == len(list(corpus.glob("*.txt"))) and store.counts(conn)["incidents"] >= 1

    def no_extraction(*a, **k):
        raise AssertionError("an unchanged article was extracted again")
    monkeypatch.setattr(pipeline, "process_article", no_extraction)
    assert cli.main(["ingest", str(corpus), "--db", str(db)]) == 0
    assert f"0 new, 0 updated, {n} unchanged" in capsys.readouterr().out
    assert store.content_digest(conn) == digest
    conn.close()


def test_ingest_command_stores_an_edited_file_as_a_new_version(corpus, tmp_path, capsys):
    from riwaya import cli
    db = tmp_path / "edit.db"
    cli.main(["ingest", str(corpus), "--db", str(db)])
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nوأفادت مصادر محلية بمقتل 3 مدنيين آخرين.\n",
                     encoding="utf-8")
    cli.main(["ingest", str(corpus), "--db", str(db)])
    assert "1 updated" in capsys.readouterr().out
    conn = store.connect(db)
    versions = conn.execute("SELECT version, latest FROM articles WHERE id = ? ORDER BY version",
                            (first.stem,)).fetchall()
    assert [tuple(v) for v in versions] == [(1, 0), (2, 1)]
    assert any("3 مدنيين" in c["evidence"]["text"] for c in store.list_claims(conn, article=first.stem))
    conn.close()


def test_ingest_command_reports_a_bad_file_and_keeps_the_others(corpus, tmp_path, capsys):
    from riwaya import cli
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    db = tmp_path / "bad.db"
    assert cli.main(["ingest", str(corpus), "--db", str(db)]) == 1
    assert "broken.txt" in capsys.readouterr().err
    conn = store.connect(db)
    assert store.counts(conn)["articles"] == len(list(corpus.glob("*.txt"))) - 1
    conn.close()
