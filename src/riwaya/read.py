"""Reading input: files, folders, JSON Lines and HTML pages → Article, or Skipped with the reason.

The first stage of the flow. Text is decoded and kept exactly as read: every
offset riwaya reports counts from the first character of the decoded file. Bad
input never raises: it becomes a `Skipped(path, reason, line)` and the other
files are still read.

Decoding tries UTF-8, then UTF-8 with a byte-order mark (the mark is dropped,
`Article.encoding == "utf-8-sig"`), then Windows-1256, the Arabic code page of
older sites and Word exports (`Article.encoding == "cp1256"`), which is accepted
only when the result reads as Arabic.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from riwaya.model import Article

MAX_BYTES = 5_000_000
MIN_HTML_WORDS = 5
TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

_BOM = b"\xef\xbb\xbf"
# Control bytes that plain text does not contain (tab, newlines, form feed and ESC aside).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Skipped:
    """An input that was not read, and why."""
    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


class _JsonArticle(BaseModel):
    """One JSON Lines record, validated where it enters."""
    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v: Any) -> Any:
        if isinstance(v, int) and not isinstance(v, bool):
            return str(v)  # numeric ids are common in exports
        return v

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v


# ---- decoding -------------------------------------------------------------------

def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))  # (one pass, in C)
    return controls > max(8, len(sample) // 10)


def decode(data: bytes) -> tuple[str, str] | str:
    """(text, encoding) for the bytes of a text file, or the reason it cannot be read."""
    if _looks_binary(data):
        return "binary file"
    if data.startswith(_BOM):
        try:
            return data[len(_BOM):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            return f"not valid UTF-8 after its byte-order mark (byte 0x{data[e.start + 3]:02x} at {e.start + 3})"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        first_error = f"byte 0x{data[e.start]:02x} at {e.start}"
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = len(_LETTER.findall(text))
        arabic = len(_ARABIC_LETTER.findall(text))
        if letters and arabic / letters >= 0.3:
            return text, "cp1256"
    return f"not UTF-8 ({first_error}) and not Arabic Windows-1256"


def _read_bytes(path: Path, max_bytes: int) -> bytes | Skipped:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(str(path), f"larger than {max_bytes} bytes ({size} bytes)")
        with open(path, "rb") as f:
            return f.read(max_bytes + 1)
    except FileNotFoundError:
        return Skipped(str(path), "no such file")
    except IsADirectoryError:
        return Skipped(str(path), "is a folder")
    except OSError as e:
        return Skipped(str(path), f"cannot read: {e.strerror or e}")


def _read_text(path: Path, max_bytes: int) -> tuple[str, str] | Skipped:
    data = _read_bytes(path, max_bytes)
    if isinstance(data, Skipped):
        return data
    if len(data) > max_bytes:  # grew while we looked
        return Skipped(str(path), f"larger than {max_bytes} bytes")
    if not data.strip():
        return Skipped(str(path), "empty file")
    decoded = decode(data)
    if isinstance(decoded, str):
        return Skipped(str(path), decoded)
    text, encoding = decoded
    if not text.strip():
        return Skipped(str(path), "empty file")
    return text, encoding


# ---- the three formats ------------------------------------------------------------

def read_text_article(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Article | Skipped:
    """A .txt article: a title line, a blank line, the body. The id is the file's stem;
    `text` is the whole file as decoded (the title line included), so offsets count
    from the file's first character."""
    p = Path(path)
    got = _read_text(p, max_bytes)
    if isinstance(got, Skipped):
        return got
    text, encoding = got
    return Article(id=p.stem, text=text, path=str(p), encoding=encoding)


def read_jsonl(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Iterator[Article | Skipped]:
    """One article per line: id, text, and optionally title, url, published, outlet.
    A bad line is Skipped with its line number and the rest goes on. `max_bytes`
    bounds each line (a JSON Lines file may hold any number of articles)."""
    p = Path(path)
    try:
        f = open(p, "rb")
    except FileNotFoundError:
        yield Skipped(str(p), "no such file")
        return
    except OSError as e:
        yield Skipped(str(p), f"cannot read: {e.strerror or e}")
        return
    seen: dict[str, int] = {}
    any_line = False
    with f:
        for n, raw in enumerate(f, start=1):
            if n == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM):]
            if not raw.strip():
                continue
            any_line = True
            if len(raw) > max_bytes:
                yield Skipped(str(p), f"line {n}: larger than {max_bytes} bytes", line=n)
                continue
            if b"\x00" in raw:
                yield Skipped(str(p), f"line {n}: binary data", line=n)
                continue
            decoded = decode(raw)
            if isinstance(decoded, str):
                yield Skipped(str(p), f"line {n}: {decoded}", line=n)
                continue
            line_text, encoding = decoded
            try:
                record = json.loads(line_text)
            except json.JSONDecodeError as e:
                yield Skipped(str(p), f"line {n}: not JSON: {e.msg} (column {e.colno})", line=n)
                continue
            if not isinstance(record, dict):
                yield Skipped(str(p), f"line {n}: not a JSON object", line=n)
                continue
            try:
                item = _JsonArticle.model_validate(record)
            except ValidationError as e:
                problems = "; ".join(
                    f"{'.'.join(str(x) for x in err['loc']) or 'record'}: {_pydantic_msg(err)}" for err in e.errors())
                yield Skipped(str(p), f"line {n}: {problems}", line=n)
                continue
            if item.id in seen:
                yield Skipped(str(p), f"line {n}: duplicate id {item.id!r} (first at line {seen[item.id]})", line=n)
                continue
            seen[item.id] = n
            extra = tuple((str(k), _as_text(v)) for k, v in (item.model_extra or {}).items() if v is not None)
            yield Article(id=item.id, text=item.text, title=item.title or None, url=item.url,
                          published=item.published, outlet=item.outlet, path=f"{p}:{n}",
                          encoding=encoding, meta=extra)
    if not any_line:
        yield Skipped(str(p), "empty file")


def _pydantic_msg(err: dict) -> str:
    if err.get("type") == "missing":
        return "missing"
    return str(err.get("msg", "invalid")).removeprefix("Value error, ")


def _as_text(v: Any) -> str:
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def read_html(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Article | Skipped:
    """An HTML page: the main text found by trafilatura, with the title as its first
    line and a blank line; metadata (og:site_name, article:published_time, JSON-LD
    datePublished, canonical url) into Article.meta, published, outlet and url."""
    p = Path(path)
    got = _read_text(p, max_bytes)
    if isinstance(got, Skipped):
        return got
    html, encoding = got
    try:
        body, title, meta = _html_parts(html)
    except Exception as e:  # a library failing on odd markup is bad input, not a crash
        return Skipped(str(p), f"cannot parse HTML: {type(e).__name__}: {e}")
    # A menu or a bare link list is not an article: ask for a few words of running text.
    if not body or len(body.split()) < MIN_HTML_WORDS:
        return Skipped(str(p), "no article text found in the HTML page")
    body = body.strip("\n")
    if title and body.startswith(title):  # trafilatura often keeps the <h1> as the first line
        body = body[len(title):].lstrip("\n")
    text = f"{title}\n\n{body}" if title else body
    published = meta.get("article:published_time") or meta.get("datePublished") or meta.get("htmldate")
    day = published[:10] if published and re.match(r"\d{4}-\d{2}-\d{2}", published) else published
    return Article(
        id=p.stem, text=text, path=str(p), encoding=encoding,
        url=meta.get("canonical") or meta.get("og:url"),
        published=day, outlet=meta.get("og:site_name") or meta.get("sitename"),
        meta=tuple(sorted(meta.items())),
    )


def _html_parts(html: str) -> tuple[str | None, str | None, dict[str, str]]:
    """(main text, title, metadata) of an HTML page."""
    import trafilatura  # heavy import: only when HTML is read

    meta: dict[str, str] = {}
    meta.update(_meta_tags(html))
    body = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=True, with_metadata=False)
    info = trafilatura.extract_metadata(html)
    title = None
    if info is not None:
        title = info.title
        if info.sitename and "sitename" not in meta:
            meta["sitename"] = info.sitename
        if info.date and "htmldate" not in meta:
            meta["htmldate"] = info.date
        if info.url and "canonical" not in meta:
            meta["canonical"] = info.url
    title = meta.get("og:title") or title
    if title:
        title = " ".join(title.split())
    return body, title, meta


_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSON_LD = re.compile(r"<script\b[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)
_META_KEYS = {"og:site_name", "og:title", "og:url", "og:type", "article:published_time",
              "article:modified_time", "article:section", "article:author", "author", "description",
              "og:description", "pubdate", "publish_date", "date", "dc.date", "twitter:site"}


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}


def _meta_tags(html: str) -> dict[str, str]:
    """The meta tags riwaya uses, the canonical link and JSON-LD dates and publisher."""
    import html as htmllib

    meta: dict[str, str] = {}
    for tag in _META_TAG.findall(html):
        a = _attrs(tag)
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if key in _META_KEYS and a.get("content") and key not in meta:
            meta[key] = htmllib.unescape(a["content"]).strip()
    for tag in _LINK_TAG.findall(html):
        a = _attrs(tag)
        if a.get("rel", "").lower() == "canonical" and a.get("href"):
            meta.setdefault("canonical", a["href"])
    for block in _JSON_LD.findall(html):
        try:
            data = json.loads(block)
        except json.JSONDecodeError:
            continue
        for node in _json_ld_nodes(data):
            for key in ("datePublished", "dateModified", "headline"):
                if isinstance(node.get(key), str):
                    meta.setdefault(key, node[key])
            pub = node.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                meta.setdefault("publisher", pub["name"])
    return meta


def _json_ld_nodes(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for x in data:
            yield from _json_ld_nodes(x)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_ld_nodes(data["@graph"])


# ---- files and folders ---------------------------------------------------------------

def read_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Iterator[Article | Skipped]:
    """The articles of one file, by its extension."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield read_text_article(p, max_bytes)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(p, max_bytes)
    elif suffix in HTML_SUFFIXES:
        yield read_html(p, max_bytes)
    else:
        what = f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"
        yield Skipped(str(p), f"{what}; riwaya reads {', '.join(sorted(SUFFIXES))}")


def read_paths(paths: Iterable[str | os.PathLike], max_bytes: int = MAX_BYTES) -> Iterator[Article | Skipped]:
    """Articles from files and folders, streamed: each path in the order given,
    folders walked recursively in sorted order. Hidden files and folders inside a
    folder are passed over silently; other unknown files are Skipped."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            yield from _walk(p, max_bytes)
        elif p.exists():
            yield from read_file(p, max_bytes)
        else:
            yield Skipped(str(p), "no such file")


def _walk(folder: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    try:
        children = sorted(folder.iterdir(), key=lambda c: c.name)
    except OSError as e:
        yield Skipped(str(folder), f"cannot list folder: {e.strerror or e}")
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, max_bytes)
        elif child.is_file():
            yield from read_file(child, max_bytes)


__all__ = ["Skipped", "read_paths", "read_file", "read_text_article", "read_jsonl", "read_html",
           "decode", "MAX_BYTES", "SUFFIXES"]
