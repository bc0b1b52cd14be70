"""Show: the web app over the store: incident list with filters, fact sheets,
article pages, an upload form that extracts, ingests and reconciles, and a JSON API.

Each worker thread keeps its own SQLite connection (WAL lets readers run beside
the one writer). Uploads are checked (type, size, UTF-8, extraction) before anything
is stored: a failed upload stores nothing.
"""

import hashlib
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from pydantic import BaseModel

from riwaya import store
from riwaya.model import ArticleResult, MEASURES
from riwaya.show.html import defuse, environment, marked_segments, render_html

MAX_UPLOAD = 2 * 1024 * 1024  # bytes
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")

Extractor = Callable[[Path], Sequence[Any]]


class UploadError(Exception):
    """An upload that cannot be ingested, with the HTTP status to answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# ------------------------------------------------------------ API models (OpenAPI)

class ValueOut(BaseModel):
    low: int | None
    high: int | None
    qualifier: str


class SourceOut(BaseModel):
    party: str
    speaker: str | None = None
    via: list[str] = []
    distance: str | None = None
    cue: str | None = None


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str


class ClaimOut(BaseModel):
    article: str
    measure: str
    subject: str | None
    value: ValueOut
    source: SourceOut
    evidence: EvidenceOut
    as_of: dict[str, Any] | None = None
    model_config = {"extra": "allow"}


class SlotSummary(BaseModel):
    measure: str
    subject: str | None
    low: int | None
    best: int | None
    high: int | None
    origins: int
    conflicts: int


class IncidentSummary(BaseModel):
    id: str
    start: str | None
    articles: list[str]
    places: list[str]
    measures: list[str]
    outlets: list[str]
    title: str | None
    slots: list[SlotSummary]


class ArticleOut(BaseModel):
    id: str
    version: int
    content_hash: str
    path: str | None
    outlet: str | None
    title: str | None
    url: str | None
    published: dict[str, Any]
    text: str
    claims: list[ClaimOut]
    incidents: list[str]


def _pipeline_extract(path: Path) -> Sequence[Any]:
    from riwaya.pipeline import run_paths
    return list(run_paths([str(path)], jobs=1))


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "_", Path(name).name, flags=re.UNICODE).strip("._") or "upload"
    return stem[:100]


def create_app(db: str | Path = store.DEFAULT_DB, extract: Extractor | None = None,
               reconcile: Callable[[Sequence[ArticleResult]], dict] | None = None) -> FastAPI:
    """The web app over the database at `db`. `extract` turns one uploaded file
    (a path) into ArticleResults/Skipped (default: riwaya.pipeline); `reconcile`
    builds the sheet (default: riwaya.reconcile)."""
    app = FastAPI(title="riwaya", version="0.1.0",
                  description="Quantitative claims in Arabic news, their sources, and the incidents they "
                              "report. HTML pages at /, JSON under /api.")
    db_path = str(db)
    extract = extract or _pipeline_extract
    store.connect(db_path).close()  # create and migrate once, before serving
    env = environment()

    local = threading.local()

    def get_conn() -> sqlite3.Connection:
        # one connection per worker thread, kept open: opening one per request
        # costs more than most queries
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = store.connect(db_path, migrate_schema=False)
        return conn

    Conn = Annotated[sqlite3.Connection, Depends(get_conn)]

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status)

    def not_found(what: str) -> HTTPException:
        return HTTPException(status_code=404, detail=f"no {what}")

    # ------------------------------------------------------------ HTML

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def incident_list(conn: Conn, q: str | None = None, place: str | None = None,
                      measure: str | None = None, date: str | None = None) -> HTMLResponse:
        everything = store.list_incidents(conn)
        incidents = everything if not (q or place or measure or date) else store.list_incidents(
            conn, q=q or None, place=place or None, measure=measure or None, date=date or None)
        places = sorted({p for i in everything for p in i["places"]})
        return page("list.html.j2", incidents=incidents, q=q or "", place=place or "",
                    measure=measure or "", date=date or "", places=places, measures=MEASURES)

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(incident_id: str, conn: Conn) -> HTMLResponse:
        sheet = store.load_sheet(conn, incident_id)
        if not sheet["incidents"]:
            raise not_found(f"incident {incident_id}")
        inc = sheet["incidents"][0]
        ids = list(dict.fromkeys([*inc.get("articles", []), *(r["article"] for s in inc["slots"]
                                  for o in s["origins"] for r in o["reports"])]))
        html = render_html(sheet, store.articles_by_id(conn, ids), incident_id,
                           title=f"riwaya — {incident_id}", links={"home": "/", "article": "/articles/"})
        return HTMLResponse(html)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str, conn: Conn) -> HTMLResponse:
        article = store.get_article(conn, article_id)
        if article is None:
            raise not_found(f"article {article_id}")
        spans = [(c["evidence"]["start"], c["evidence"]["end"]) for c in article["claims"]]
        return page("article.html.j2", article=article,
                    pieces=marked_segments(article["id"], article["text"], spans))

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form() -> HTMLResponse:
        return page("upload.html.j2", error=None, max_mb=MAX_UPLOAD // (1024 * 1024))

    def _check_upload(name: str, data: bytes) -> None:
        if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
            raise UploadError(415, f"{name}: unsupported file type; send .txt, .html or .jsonl")
        if len(data) > MAX_UPLOAD:
            raise UploadError(413, f"{name}: {len(data)} bytes is over the {MAX_UPLOAD} byte limit")
        if not data.strip():
            raise UploadError(400, f"{name}: the file is empty")
        if b"\x00" in data:
            raise UploadError(400, f"{name}: binary data, not text")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise UploadError(400, f"{name}: not UTF-8 text (byte {e.start})") from None

    def _ingest_upload(conn: sqlite3.Connection, name: str, data: bytes) -> list[str]:
        _check_upload(name, data)
        with tempfile.TemporaryDirectory(prefix="riwaya-upload-") as tmp:
            path = Path(tmp) / _safe_name(name)
            path.write_bytes(data)
            try:
                outcome = list(extract(path))
            except Exception as e:  # the extractor's failure is the upload's, not the server's
                raise UploadError(422, f"{name}: could not be read: {type(e).__name__}: {e}") from None
        skipped = [x for x in outcome if not isinstance(x, ArticleResult)]
        results = [x for x in outcome if isinstance(x, ArticleResult)]
        if skipped:
            reasons = "; ".join(f"{getattr(s, 'path', None) or name}: {getattr(s, 'reason', None) or s}"
                                for s in skipped)
            raise UploadError(422, f"nothing stored: {reasons}")
        if not results:
            raise UploadError(422, f"{name}: no article found in the upload")
        store.ingest(conn, results, inputs=[f"upload:{name}"], reconcile=reconcile)
        return [r.article.id for r in results]

    @app.post("/upload", include_in_schema=False)
    async def upload(request: Request, conn: Conn, file: UploadFile | None = File(None),
                     text: str | None = Form(None), article_id: str | None = Form(None)):
        try:
            if file is not None and file.filename:
                data = await file.read(MAX_UPLOAD + 1)
                name = file.filename
            elif text and text.strip():
                data = text.replace("\r\n", "\n").encode("utf-8")
                digest = hashlib.sha256(data).hexdigest()[:12]
                name = f"{_safe_name(article_id) if article_id else 'pasted_' + digest}.txt"
            else:
                raise UploadError(400, "paste an article or choose a file")
            ids = _ingest_upload(conn, name, data)
        except UploadError as e:
            return page("upload.html.j2", status=e.status, error=e.message,
                        max_mb=MAX_UPLOAD // (1024 * 1024))
        target = f"/articles/{ids[0]}" if len(ids) == 1 else "/"
        return RedirectResponse(target, status_code=303)

    # ------------------------------------------------------------ JSON API

    @app.get("/api/incidents", response_model=list[IncidentSummary], tags=["incidents"])
    def api_incidents(conn: Conn, q: str | None = None, place: str | None = None,
                      measure: str | None = None,
                      date: Annotated[str | None, Query(description="YYYY-MM-DD or a prefix (2022-01)")] = None):
        """Incidents with their slots' estimates, filtered by text, place, measure and start day."""
        return store.list_incidents(conn, q=q, place=place, measure=measure, date=date)

    @app.get("/api/incidents/{incident_id}", tags=["incidents"])
    def api_incident(incident_id: str, conn: Conn) -> dict:
        """One incident in the sheet form of CONTRACT.md (slots → origins → reports)."""
        sheet = store.load_sheet(conn, incident_id)
        if not sheet["incidents"]:
            raise not_found(f"incident {incident_id}")
        inc = sheet["incidents"][0]
        inc["articles_published"] = [a for a in sheet["articles"] if a["id"] in inc.get("articles", [])]
        return inc

    @app.get("/api/claims", response_model=list[ClaimOut], tags=["claims"])
    def api_claims(conn: Conn, article: str | None = None, measure: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=100000)] = 10000):
        """Claims of the latest version of each article, filtered by article and measure."""
        return store.list_claims(conn, article=article, measure=measure, limit=limit)

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["articles"])
    def api_article(article_id: str, conn: Conn):
        """One article (latest version): its text, claims and incidents."""
        article = store.get_article(conn, article_id)
        if article is None:
            raise not_found(f"article {article_id}")
        return article

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page("error.html.j2", status=exc.status_code, message=str(exc.detail))

    app.state.db = db_path
    return app


__all__ = ["create_app", "MAX_UPLOAD", "UPLOAD_SUFFIXES", "defuse"]
