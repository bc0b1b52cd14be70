"""Keep: the SQLite store that holds articles, their claims and the reconciled incidents.

Every `ingest` is one transaction: articles are keyed by (id, content hash), an
edited article (same id, new hash) becomes a new version, and the incident sheet
is rebuilt from the stored results of every latest-version article (no text is
re-extracted) before the transaction commits. A run that fails or is killed
leaves the database as it was. The tables are plain (TEXT/INTEGER, JSON kept as
TEXT) so the file opens in Datasette as is (`pip install riwaya[datasette]`).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange, Source, Span, Value

DEFAULT_DB = "riwaya.db"

# Versioned, named migrations, applied in order; never edit one that has shipped,
# add a new one instead.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", """
CREATE TABLE articles (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    latest INTEGER NOT NULL DEFAULT 1,
    source_path TEXT,
    outlet TEXT,
    outlet_text TEXT,
    published_low TEXT,
    published_high TEXT,
    published_basis TEXT,
    title TEXT,
    url TEXT,
    meta_published TEXT,
    text TEXT NOT NULL,
    encoding TEXT,
    meta TEXT,          -- JSON [[key, value], ...]
    places TEXT,        -- JSON list
    parties TEXT,       -- JSON list
    anchors TEXT,       -- JSON list of 4-lists
    shingles TEXT,      -- JSON sorted list of ints
    warnings TEXT,      -- JSON list
    PRIMARY KEY (id, version),
    UNIQUE (id, content_hash)
);
CREATE INDEX articles_latest ON articles (latest, id);

CREATE TABLE claims (
    article TEXT NOT NULL,
    version INTEGER NOT NULL,
    n INTEGER NOT NULL,
    measure TEXT NOT NULL,
    subject TEXT,
    value_low INTEGER,
    value_high INTEGER,
    qualifier TEXT NOT NULL,
    party TEXT NOT NULL,
    speaker TEXT,
    via TEXT,           -- JSON list, nearest the claimant first
    distance TEXT,
    cue TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    sentence_start INTEGER,
    sentence_end INTEGER,
    position TEXT,      -- body | headline | title | tweet | related
    as_of_low TEXT,
    as_of_high TEXT,
    as_of_basis TEXT,
    period TEXT,
    revises_low INTEGER,
    revises_high INTEGER,
    revises_qualifier TEXT,
    part_of INTEGER NOT NULL DEFAULT 0,
    context TEXT,
    PRIMARY KEY (article, version, n),
    FOREIGN KEY (article, version) REFERENCES articles (id, version)
);
CREATE INDEX claims_measure ON claims (measure);

CREATE TABLE sheet_articles (
    article TEXT PRIMARY KEY,
    outlet TEXT,
    published_low TEXT,
    published_high TEXT,
    published_basis TEXT,
    extra TEXT
);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    start TEXT,
    articles TEXT,      -- JSON list of article ids
    places TEXT,        -- JSON list
    measures TEXT,      -- JSON list
    extra TEXT          -- JSON of the sheet's further fields
);

CREATE TABLE incident_articles (
    incident TEXT NOT NULL REFERENCES incidents (id),
    article TEXT NOT NULL,
    PRIMARY KEY (incident, article)
);

CREATE TABLE slots (
    incident TEXT NOT NULL REFERENCES incidents (id),
    n INTEGER NOT NULL,
    measure TEXT NOT NULL,
    subject TEXT,
    estimate_low INTEGER,
    estimate_best INTEGER,
    estimate_high INTEGER,
    estimate_basis TEXT,
    conflicts TEXT,     -- JSON list of [i, j] into origins
    extra TEXT,
    PRIMARY KEY (incident, n)
);

CREATE TABLE origins (
    incident TEXT NOT NULL,
    slot INTEGER NOT NULL,
    n INTEGER NOT NULL,
    party TEXT,
    speaker TEXT,
    revised INTEGER NOT NULL DEFAULT 0,
    value_low INTEGER,
    value_high INTEGER,
    qualifier TEXT,
    extra TEXT,
    PRIMARY KEY (incident, slot, n),
    FOREIGN KEY (incident, slot) REFERENCES slots (incident, n)
);

CREATE TABLE reports (
    incident TEXT NOT NULL,
    slot INTEGER NOT NULL,
    origin INTEGER NOT NULL,
    n INTEGER NOT NULL,
    article TEXT,
    value_low INTEGER,
    value_high INTEGER,
    qualifier TEXT,
    as_of TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text TEXT,
    extra TEXT,
    PRIMARY KEY (incident, slot, origin, n),
    FOREIGN KEY (incident, slot, origin) REFERENCES origins (incident, slot, n)
);
CREATE INDEX reports_article ON reports (article);

CREATE TABLE sheet_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    inputs TEXT,        -- JSON list of paths
    articles_seen INTEGER,
    articles_new INTEGER,
    articles_updated INTEGER,
    articles_unchanged INTEGER,
    skipped INTEGER,
    claims INTEGER,
    incidents INTEGER,
    status TEXT NOT NULL,  -- running | ok | failed
    error TEXT
);
"""),
    (2, "index incidents by article", """
CREATE INDEX incident_articles_article ON incident_articles (article, incident);
"""),
)

# Tables whose content defines the store (runs is a log and is left out).
CONTENT_TABLES = ("schema_migrations", "articles", "claims", "sheet_articles", "incidents",
                  "incident_articles", "slots", "origins", "reports", "sheet_meta")


class StoreError(Exception):
    """The database cannot be used (newer schema, not a riwaya database)."""


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())


def _json(obj: Any) -> str | None:
    if obj is None:
        return None
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _unjson(text: str | None, default: Any = None) -> Any:
    return default if text is None else json.loads(text)


def connect(path: str | Path = DEFAULT_DB, migrate_schema: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) a riwaya database, in WAL mode, migrated to the
    latest schema (skip that only for a database known to be migrated).
    Transactions are explicit (BEGIN/COMMIT) in this module."""
    # check_same_thread off: the web app serves from a thread pool; each request
    # opens its own connection anyway.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    if migrate_schema:
        migrate(conn)
    return conn


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations not yet applied, each in its own transaction; return
    their versions."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)")
    done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
    known = {v for v, _, _ in MIGRATIONS}
    if done - known:
        raise StoreError(f"database has schema versions {sorted(done - known)} that this riwaya does not know")
    applied = []
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def content_hash(article: Article) -> str:
    """sha256 over what an article says (text, title, url, metadata date and outlet)."""
    key = _json([article.text, article.title, article.url, article.published, article.outlet])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def content_digest(conn: sqlite3.Connection) -> str:
    """A hash over every row of every content table except `schema_migrations`'
    timestamps and `runs`: equal digests mean equal content."""
    h = hashlib.sha256()
    for table in CONTENT_TABLES:
        cols = "version, name" if table == "schema_migrations" else "*"
        rows = conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").fetchall()
        h.update(table.encode())
        for row in sorted(_json(list(r)) for r in rows):
            h.update(row.encode("utf-8"))
    return h.hexdigest()


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the content tables."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CONTENT_TABLES}


# ---------------------------------------------------------------- articles


def _insert_article(conn: sqlite3.Connection, result: ArticleResult, version: int, digest: str) -> None:
    a, info = result.article, result.info
    pub = info.published
    conn.execute(
        "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, version, digest, 1, a.path, info.outlet or a.outlet, info.outlet_text,
         pub.low if pub else None, pub.high if pub else None, pub.basis if pub else None,
         a.title if a.title is not None else info.title, a.url, a.published, a.text, a.encoding,
         _json([list(m) for m in a.meta]), _json(list(info.places)), _json(list(info.parties)),
         _json([list(x) for x in info.anchors]), _json(sorted(result.shingles)),
         _json(list(result.warnings))))
    rows = []
    for n, c in enumerate(result.claims):
        rows.append((
            a.id, version, n, c.measure, c.subject, c.value.low, c.value.high, c.value.qualifier,
            c.source.party, c.source.speaker, _json(list(c.source.via)), c.source.distance, c.source.cue,
            c.evidence.start, c.evidence.end, c.text,
            c.sentence.start if c.sentence else None, c.sentence.end if c.sentence else None,
            c.where, c.as_of.low if c.as_of else None, c.as_of.high if c.as_of else None,
            c.as_of.basis if c.as_of else None, _json(c.period.to_dict()) if c.period else None,
            c.revises.low if c.revises else None, c.revises.high if c.revises else None,
            c.revises.qualifier if c.revises else None, int(c.part_of), c.context))
    conn.executemany("INSERT INTO claims VALUES (" + ",".join("?" * 28) + ")", rows)


def _period(text: str | None) -> DayRange | None:
    """A claim's period as stored in claims.period: JSON of its DayRange, {low, high, basis}
    (stores written before periods were filled hold none)."""
    try:
        d = _unjson(text)
    except ValueError:
        return None
    return DayRange.from_dict(d) if isinstance(d, dict) else None


def _claim_from_row(r: sqlite3.Row) -> Claim:
    as_of = None
    if r["as_of_low"] is not None or r["as_of_high"] is not None or r["as_of_basis"]:
        as_of = DayRange(r["as_of_low"], r["as_of_high"], r["as_of_basis"] or "")
    revises = None
    if r["revises_qualifier"] is not None:
        revises = Value(r["revises_low"], r["revises_high"], r["revises_qualifier"])
    sentence = None
    if r["sentence_start"] is not None:
        sentence = Span(r["sentence_start"], r["sentence_end"])
    return Claim(
        article=r["article"], measure=r["measure"], subject=r["subject"],
        value=Value(r["value_low"], r["value_high"], r["qualifier"]),
        source=Source(r["party"], r["speaker"], tuple(_unjson(r["via"], [])), r["distance"], r["cue"]),
        evidence=Span(r["evidence_start"], r["evidence_end"]), text=r["evidence_text"],
        sentence=sentence, where=r["position"] or "body", as_of=as_of, period=_period(r["period"]),
        revises=revises, part_of=bool(r["part_of"]), context=r["context"])


def _result_from_row(r: sqlite3.Row, claims: Sequence[Claim]) -> ArticleResult:
    article = Article(
        id=r["id"], text=r["text"], title=r["title"], url=r["url"], published=r["meta_published"],
        outlet=r["outlet"], path=r["source_path"], encoding=r["encoding"] or "utf-8",
        meta=tuple(tuple(m) for m in _unjson(r["meta"], [])))
    published = None
    if r["published_low"] is not None or r["published_high"] is not None or r["published_basis"]:
        published = DayRange(r["published_low"], r["published_high"], r["published_basis"] or "")
    info = ArticleInfo(
        id=r["id"], outlet=r["outlet"], outlet_text=r["outlet_text"], published=published,
        anchors=tuple(tuple(x) for x in _unjson(r["anchors"], [])),
        places=tuple(_unjson(r["places"], [])), parties=tuple(_unjson(r["parties"], [])),
        title=r["title"])
    return ArticleResult(article=article, info=info, claims=tuple(claims),
                         shingles=frozenset(_unjson(r["shingles"], [])),
                         warnings=tuple(_unjson(r["warnings"], [])))


def load_results(conn: sqlite3.Connection) -> list[ArticleResult]:
    """The ArticleResult of every article's latest version, rebuilt from rows, in id order."""
    claims: dict[str, list[Claim]] = {}
    for r in conn.execute("SELECT c.* FROM claims c JOIN articles a ON a.id = c.article "
                          "AND a.version = c.version WHERE a.latest = 1 ORDER BY c.article, c.n"):
        claims.setdefault(r["article"], []).append(_claim_from_row(r))
    return [_result_from_row(r, claims.get(r["id"], ()))
            for r in conn.execute("SELECT * FROM articles WHERE latest = 1 ORDER BY id")]


# ---------------------------------------------------------------- the sheet

_INCIDENT_KEYS = {"id", "articles", "start", "slots"}
_SLOT_KEYS = {"measure", "subject", "origins", "conflicts", "estimate"}
_ORIGIN_KEYS = {"party", "speaker", "revised", "value", "reports"}
_REPORT_KEYS = {"article", "value", "as_of", "evidence"}


def _rest(d: dict, keys: set[str]) -> str | None:
    extra = {k: v for k, v in d.items() if k not in keys}
    return _json(extra) if extra else None


def _incident_places(incident: dict, infos: dict[str, ArticleResult]) -> list[str]:
    for key in ("places", "place"):
        if incident.get(key):
            v = incident[key]
            return [v] if isinstance(v, str) else [p if isinstance(p, str) else str(p.get("id", p)) for p in v]
    places: list[str] = []
    for aid in incident.get("articles", []):
        if aid in infos:
            for p in infos[aid].info.places:
                if p not in places:
                    places.append(p)
    return places


def _write_sheet(conn: sqlite3.Connection, sheet: dict, results: Sequence[ArticleResult]) -> None:
    """Replace the reconciled tables with `sheet` (inside the caller's transaction)."""
    for table in ("reports", "origins", "slots", "incident_articles", "incidents", "sheet_articles", "sheet_meta"):
        conn.execute(f"DELETE FROM {table}")
    by_id = {r.article.id: r for r in results}
    for a in sheet.get("articles", []):
        pub = a.get("published") or {}
        conn.execute("INSERT INTO sheet_articles VALUES (?,?,?,?,?,?)",
                     (a["id"], a.get("outlet"), pub.get("low"), pub.get("high"), pub.get("basis"),
                      _rest(a, {"id", "outlet", "published"})))
    for key, value in sheet.items():
        if key not in ("articles", "incidents"):
            conn.execute("INSERT INTO sheet_meta VALUES (?, ?)", (key, _json(value)))
    for i, inc in enumerate(sheet.get("incidents", [])):
        slots = inc.get("slots", [])
        measures = sorted({s["measure"] for s in slots})
        conn.execute("INSERT INTO incidents VALUES (?,?,?,?,?,?,?)",
                     (inc["id"], i, inc.get("start"), _json(list(inc.get("articles", []))),
                      _json(_incident_places(inc, by_id)), _json(measures), _rest(inc, _INCIDENT_KEYS)))
        conn.executemany("INSERT OR IGNORE INTO incident_articles VALUES (?, ?)",
                         [(inc["id"], a) for a in inc.get("articles", [])])
        for s_n, slot in enumerate(slots):
            est = slot.get("estimate") or {}
            conn.execute("INSERT INTO slots VALUES (?,?,?,?,?,?,?,?,?,?)",
                         (inc["id"], s_n, slot["measure"], slot.get("subject"), est.get("low"),
                          est.get("best"), est.get("high"), est.get("basis"),
                          _json([list(c) for c in slot.get("conflicts", [])]),
                          # an estimate with fields beyond low/best/high/basis is kept whole
                          _rest(slot, _SLOT_KEYS if set(est) <= {"low", "best", "high", "basis"}
                                else _SLOT_KEYS - {"estimate"})))
            for o_n, origin in enumerate(slot.get("origins", [])):
                v = origin.get("value") or {}
                conn.execute("INSERT INTO origins VALUES (?,?,?,?,?,?,?,?,?,?)",
                             (inc["id"], s_n, o_n, origin.get("party"), origin.get("speaker"),
                              int(bool(origin.get("revised"))), v.get("low"), v.get("high"),
                              v.get("qualifier"), _rest(origin, _ORIGIN_KEYS)))
                for r_n, rep in enumerate(origin.get("reports", [])):
                    rv, ev = rep.get("value") or {}, rep.get("evidence") or {}
                    conn.execute("INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                 (inc["id"], s_n, o_n, r_n, rep.get("article"), rv.get("low"),
                                  rv.get("high"), rv.get("qualifier"),
                                  rep["as_of"] if isinstance(rep.get("as_of"), (str, type(None))) else _json(rep["as_of"]),
                                  ev.get("start"), ev.get("end"), ev.get("text"),
                                  _rest(rep, _REPORT_KEYS)))


def _as_of(text: str | None) -> Any:
    if text is not None and text.startswith(("{", "[")):
        return json.loads(text)
    return text


def load_sheet(conn: sqlite3.Connection, incident: str | None = None) -> dict:
    """The incident sheet of CONTRACT.md as stored (all incidents, or one)."""
    sheet: dict[str, Any] = {k: _unjson(v) for k, v in conn.execute("SELECT key, value FROM sheet_meta")}
    sheet["articles"] = []
    # one incident: only its own articles' dates (the whole table can be large)
    rows = conn.execute("SELECT s.* FROM sheet_articles s JOIN incident_articles ia ON ia.article = s.article "
                        "WHERE ia.incident = ? ORDER BY s.article", (incident,)) if incident else \
        conn.execute("SELECT * FROM sheet_articles ORDER BY article")
    for r in rows:
        a = {"id": r["article"], "outlet": r["outlet"],
             "published": {"low": r["published_low"], "high": r["published_high"], "basis": r["published_basis"]}}
        a.update(_unjson(r["extra"], {}))
        sheet["articles"].append(a)
    where, args = ("WHERE id = ?", (incident,)) if incident else ("", ())
    incidents = []
    for ir in conn.execute(f"SELECT * FROM incidents {where} ORDER BY position", args).fetchall():
        inc: dict[str, Any] = {"id": ir["id"], "articles": _unjson(ir["articles"], []), "start": ir["start"]}
        inc.update(_unjson(ir["extra"], {}))
        inc["places_found"] = _unjson(ir["places"], [])
        slots = []
        origins: dict[int, list] = {}
        reports: dict[tuple[int, int], list] = {}
        for rr in conn.execute("SELECT * FROM reports WHERE incident = ? ORDER BY slot, origin, n", (ir["id"],)):
            rep = {"article": rr["article"],
                   "value": {"low": rr["value_low"], "high": rr["value_high"], "qualifier": rr["qualifier"]},
                   "as_of": _as_of(rr["as_of"]),
                   "evidence": {"start": rr["evidence_start"], "end": rr["evidence_end"], "text": rr["evidence_text"]}}
            rep.update(_unjson(rr["extra"], {}))
            reports.setdefault((rr["slot"], rr["origin"]), []).append(rep)
        for orow in conn.execute("SELECT * FROM origins WHERE incident = ? ORDER BY slot, n", (ir["id"],)):
            o = {"party": orow["party"], "speaker": orow["speaker"], "revised": bool(orow["revised"]),
                 "value": {"low": orow["value_low"], "high": orow["value_high"], "qualifier": orow["qualifier"]},
                 "reports": reports.get((orow["slot"], orow["n"]), [])}
            o.update(_unjson(orow["extra"], {}))
            origins.setdefault(orow["slot"], []).append(o)
        for sr in conn.execute("SELECT * FROM slots WHERE incident = ? ORDER BY n", (ir["id"],)):
            s = {"measure": sr["measure"], "subject": sr["subject"], "origins": origins.get(sr["n"], []),
                 "conflicts": _unjson(sr["conflicts"], []),
                 "estimate": {"low": sr["estimate_low"], "best": sr["estimate_best"],
                              "high": sr["estimate_high"], "basis": sr["estimate_basis"]}}
            s.update(_unjson(sr["extra"], {}))
            slots.append(s)
        inc["slots"] = slots
        incidents.append(inc)
    sheet["incidents"] = incidents
    return sheet


# ---------------------------------------------------------------- ingest


@dataclass
class RunSummary:
    """What one ingest did."""
    run: int
    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Any] = field(default_factory=list)
    claims: int = 0
    incidents: int = 0

    def line(self) -> str:
        return (f"{self.seen} articles read: {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {len(self.skipped)} skipped; "
                f"{self.claims} claims stored, {self.incidents} incidents")


def _default_reconcile(results: Sequence[ArticleResult]) -> dict:
    from riwaya.reconcile import reconcile
    return reconcile(results)


def known_hashes(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """id → the content hashes already stored for it (to skip re-extraction)."""
    known: dict[str, set[str]] = {}
    for aid, digest in conn.execute("SELECT id, content_hash FROM articles"):
        known.setdefault(aid, set()).add(digest)
    return known


def latest_hashes(conn: sqlite3.Connection, ids: Sequence[str] | None = None) -> dict[str, str]:
    """id → content hash of its latest stored version (all ids, or the ones given)."""
    if ids is None:
        return dict(conn.execute("SELECT id, content_hash FROM articles WHERE latest = 1").fetchall())
    out = {}
    for aid in ids:
        row = conn.execute("SELECT content_hash FROM articles WHERE id = ? AND latest = 1", (aid,)).fetchone()
        if row:
            out[aid] = row[0]
    return out


def ingest(conn: sqlite3.Connection, results: Iterable[Any], inputs: Sequence[str] = (),
           reconcile: Callable[[Sequence[ArticleResult]], dict] | None = None) -> RunSummary:
    """Store `results` (ArticleResults; an Article stands for one already stored
    unchanged, so it need not be extracted again; anything else counts as
    skipped) and rebuild
    the incident sheet over all latest-version articles, all in one transaction.

    The same article twice is stored once (id + content hash); an edited article
    becomes version n+1 and the latest version is the one reconciled. On any
    error nothing changes except the run's row in `runs`, marked failed."""
    reconcile = reconcile or _default_reconcile
    conn.execute("BEGIN IMMEDIATE")
    run_id = conn.execute("INSERT INTO runs (started, inputs, status) VALUES (?, ?, 'running')",
                          (_now(), _json(list(inputs)))).lastrowid
    conn.execute("COMMIT")
    summary = RunSummary(run=run_id)
    conn.execute("BEGIN IMMEDIATE")
    try:
        changed = False
        for result in results:
            if isinstance(result, Article):
                # an article read but not extracted because its text is stored already
                if latest_hashes(conn, [result.id]).get(result.id) == content_hash(result):
                    summary.seen += 1
                    summary.unchanged += 1
                else:
                    summary.skipped.append(f"{result.path or result.id}: changed but not extracted")
                continue
            if not isinstance(result, ArticleResult):
                summary.skipped.append(result)
                continue
            summary.seen += 1
            digest = content_hash(result.article)
            aid = result.article.id
            row = conn.execute("SELECT version FROM articles WHERE id = ? AND content_hash = ?",
                               (aid, digest)).fetchone()
            if row is not None:
                latest = conn.execute("SELECT max(version) FROM articles WHERE id = ?", (aid,)).fetchone()[0]
                if row[0] == latest:
                    summary.unchanged += 1
                    continue
                # An older text came back: it is stored already; make it the latest again.
                conn.execute("UPDATE articles SET latest = (version = ?) WHERE id = ?", (row[0], aid))
                summary.updated += 1
                changed = True
                continue
            latest = conn.execute("SELECT max(version) FROM articles WHERE id = ?", (aid,)).fetchone()[0]
            if latest is None:
                summary.new += 1
                version = 1
            else:
                summary.updated += 1
                version = latest + 1
                conn.execute("UPDATE articles SET latest = 0 WHERE id = ?", (aid,))
            _insert_article(conn, result, version, digest)
            summary.claims += len(result.claims)
            changed = True
        has_sheet = conn.execute("SELECT count(*) FROM sheet_meta").fetchone()[0] or \
            conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        if changed or not has_sheet:
            stored = load_results(conn)
            sheet = reconcile(stored) if stored else {"articles": [], "incidents": []}
            _write_sheet(conn, sheet, stored)
        summary.incidents = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        conn.execute(
            "UPDATE runs SET finished = ?, articles_seen = ?, articles_new = ?, articles_updated = ?, "
            "articles_unchanged = ?, skipped = ?, claims = ?, incidents = ?, status = 'ok' WHERE id = ?",
            (_now(), summary.seen, summary.new, summary.updated, summary.unchanged,
             len(summary.skipped), summary.claims, summary.incidents, run_id))
        conn.execute("COMMIT")
    except BaseException as e:
        conn.execute("ROLLBACK")
        conn.execute("UPDATE runs SET finished = ?, status = 'failed', error = ? WHERE id = ?",
                     (_now(), f"{type(e).__name__}: {e}", run_id))
        raise
    return summary


# ---------------------------------------------------------------- queries for show/


def get_article(conn: sqlite3.Connection, article_id: str) -> dict | None:
    """The latest version of one article with its claims (dicts of the contract)."""
    r = conn.execute("SELECT * FROM articles WHERE id = ? AND latest = 1", (article_id,)).fetchone()
    if r is None:
        return None
    claims = [_claim_from_row(c).to_dict() for c in conn.execute(
        "SELECT * FROM claims WHERE article = ? AND version = ? ORDER BY n", (r["id"], r["version"]))]
    dated = conn.execute("SELECT * FROM sheet_articles WHERE article = ?", (article_id,)).fetchone()
    pub_low, pub_high, basis = (r["published_low"], r["published_high"], r["published_basis"])
    if dated is not None and (dated["published_low"] or dated["published_high"]):
        pub_low, pub_high, basis = dated["published_low"], dated["published_high"], dated["published_basis"]
    incidents = [x[0] for x in conn.execute(
        "SELECT incident FROM incident_articles WHERE article = ? ORDER BY incident", (article_id,))]
    return {"id": r["id"], "version": r["version"], "content_hash": r["content_hash"],
            "path": r["source_path"], "outlet": r["outlet"], "title": r["title"], "url": r["url"],
            "published": {"low": pub_low, "high": pub_high, "basis": basis},
            "text": r["text"], "claims": claims, "incidents": incidents}


def articles_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, dict]:
    """get_article for several ids (missing ones left out)."""
    out = {}
    for aid in ids:
        a = get_article(conn, aid)
        if a is not None:
            out[aid] = a
    return out


def list_claims(conn: sqlite3.Connection, article: str | None = None, measure: str | None = None,
                limit: int | None = None) -> list[dict]:
    """Claims of latest-version articles, as contract dicts (with as_of), filtered."""
    sql = ("SELECT c.* FROM claims c JOIN articles a ON a.id = c.article AND a.version = c.version "
           "WHERE a.latest = 1")
    args: list[Any] = []
    if article:
        sql += " AND c.article = ?"
        args.append(article)
    if measure:
        sql += " AND c.measure = ?"
        args.append(measure)
    sql += " ORDER BY c.article, c.n"
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    return [_claim_from_row(r).to_dict() for r in conn.execute(sql, args)]


def list_incidents(conn: sqlite3.Connection, q: str | None = None, place: str | None = None,
                   measure: str | None = None, date: str | None = None) -> list[dict]:
    """Incident summaries (id, start, articles, places, measures, headline figures),
    filtered: `q` matches id, place, outlet or article title; `date` (YYYY-MM-DD or a
    prefix like 2022-01) matches the start day."""
    # a few grouped queries for all incidents rather than several per incident
    titles: dict[str, list[str]] = {}
    outlets: dict[str, set[str]] = {}
    for inc, title, outlet in conn.execute(
            "SELECT ia.incident, a.title, a.outlet FROM incident_articles ia JOIN articles a "
            "ON a.id = ia.article AND a.latest = 1 ORDER BY ia.incident, a.id"):
        titles.setdefault(inc, []).append(title or "")
        if outlet:
            outlets.setdefault(inc, set()).add(outlet)
    n_origins = {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT incident, slot, count(*) FROM origins GROUP BY incident, slot")}
    slots: dict[str, list[dict]] = {}
    for s in conn.execute("SELECT * FROM slots ORDER BY incident, n"):
        slots.setdefault(s["incident"], []).append(
            {"measure": s["measure"], "subject": s["subject"], "low": s["estimate_low"],
             "best": s["estimate_best"], "high": s["estimate_high"],
             "origins": n_origins.get((s["incident"], s["n"]), 0),
             "conflicts": len(_unjson(s["conflicts"], []))})
    out = []
    for r in conn.execute("SELECT * FROM incidents ORDER BY position"):
        places = _unjson(r["places"], [])
        measures = _unjson(r["measures"], [])
        if place and not any(place.casefold() in p.casefold() for p in places):
            continue
        if measure and measure not in measures:
            continue
        if date and not (r["start"] or "").startswith(date):
            continue
        inc_titles = titles.get(r["id"], [])
        inc_outlets = sorted(outlets.get(r["id"], ()))
        if q:
            hay = " ".join([r["id"], *places, *inc_titles, *inc_outlets, *measures]).casefold()
            if q.casefold() not in hay:
                continue
        out.append({"id": r["id"], "start": r["start"], "articles": _unjson(r["articles"], []),
                    "places": places, "measures": measures, "outlets": inc_outlets,
                    "title": next((t for t in inc_titles if t), None), "slots": slots.get(r["id"], [])})
    return out
