"""Into reconciliation: ArticleResults built from claims already extracted (claims JSON Lines, an articles file)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange
from riwaya.text.normalize import normalize
from riwaya.text.shingle import shingles as text_shingles

def shingles(text: str) -> frozenset[int]:
    """Near-duplicate fingerprints of an original text, the same as the pipeline makes."""
    return text_shingles(normalize(text).text)


def read_claims(path: Path) -> list[Claim]:
    """Claims of a JSON Lines file in the claim contract's form (gold files too: a list of
    accepted parties keeps its first)."""
    claims = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                claims.append(Claim.from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{path}:{n}: not a claim: {e}") from e
    return claims


def info_from_reference(article_id: str, entry: Mapping) -> ArticleInfo:
    """An ArticleInfo from an entry of an articles file (the form of gold/*.articles.json:
    outlet, published, basis, optional places/parties/anchors)."""
    pub = entry.get("published")
    if isinstance(pub, Mapping):
        published = DayRange.from_dict(pub)
    elif pub:
        published = DayRange(pub, pub, entry.get("basis", ""))
    elif entry.get("derivable"):
        lo, hi = entry["derivable"]
        published = DayRange(lo, hi, entry.get("basis", ""))
    else:
        published = None
    return ArticleInfo(id=article_id, outlet=entry.get("outlet"), outlet_text=entry.get("outlet_text"),
                       published=published, anchors=tuple(tuple(a) for a in entry.get("anchors", ())),
                       places=tuple(entry.get("places", ())), parties=tuple(entry.get("parties", ())),
                       title=entry.get("title"))


def results_from_claims(claims: Iterable[Claim], infos: Mapping[str, ArticleInfo] | None = None,
                        texts: Mapping[str, str] | None = None) -> list[ArticleResult]:
    """One ArticleResult per article named by the claims or the infos; `texts` (by id),
    where given, supply the near-duplicate shingles."""
    infos, texts = dict(infos or {}), dict(texts or {})
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    out = []
    for aid in sorted(set(by_article) | set(infos)):
        info = infos.get(aid) or ArticleInfo(aid, None, None, None)
        text = texts.get(aid, "")
        out.append(ArticleResult(Article(aid, text), info, tuple(by_article.get(aid, ())),
                                 shingles(text) if text else frozenset()))
    return out
