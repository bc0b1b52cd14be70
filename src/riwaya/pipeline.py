"""The per-article half of the flow: Article → (ArticleInfo, claims, shingles), streamed, on N processes.

Per-article stages never look at other articles, so this runs in worker processes
(`jobs`) and streams: memory does not grow with the number of articles.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from riwaya.extract import OTHER_CLAUSE, Context, default_context, extract_normalized
from riwaya.model import Article, ArticleInfo, ArticleResult, Claim, DayRange, evolve
from riwaya.outlet import detect_outlet
from riwaya.read import Skipped, read_paths
from riwaya.text.normalize import normalize
from riwaya.text.segment import blocks
from riwaya.text.shingle import shingles
from riwaya.when import claim_as_of, claim_period, date_article, date_warnings, find_dates

def process_article(article: Article, ctx: Context | None = None,
                    reference_date: date | None = None, claims_only: bool = False) -> ArticleResult:
    """Run every per-article stage on one article. `claims_only` leaves out what only the
    reconciliation across articles uses (word shingles and the article's places)."""
    ctx = ctx or default_context()
    norm = normalize(article.text)
    # JSON Lines articles carry their title apart: the text has no title line then.
    has_title = article.title is None
    blks = blocks(norm.text, has_title=has_title)
    info, warnings = _date_and_outlet(article, norm, ctx, reference_date)
    claims = extract_normalized(norm, article.id, ctx, has_title=has_title, outlet=info.outlet, blks=blks)
    if article.title:
        claims = _title_claims(article, ctx, info) + claims
    claims = _with_days(claims, info, norm)
    if claims_only:
        return ArticleResult(article, info, tuple(claims), frozenset(), tuple(warnings))
    body = [(b.start, b.end) for b in blks if b.kind in ("body", "tweet")]
    if not info.places:
        info = evolve(info, places=places(norm.text, blks, ctx.gazetteer))
    return ArticleResult(article, info, tuple(claims), shingles(norm.text, body), tuple(warnings))


# Places too broad to tell two events apart: every Syrian article names Syria.
_BROAD_PLACES = frozenset({"country", "region", "strait"})


def places(norm_text: str, blks, gazetteer) -> tuple[str, ...]:
    """The gazetteer places an article names in its own text (not in related-story lines or
    widgets), each with the places that contain it up to the country, in order of first
    mention: "حي غويران" gives ghuwayran, hasakah, hasakah_governorate."""
    own = [(b.start, b.end) for b in blks if b.kind in ("title", "heading", "body", "tweet")]
    starts = [a for a, _ in own]
    out: dict[str, None] = {}
    for m in gazetteer.find(norm_text):  # all kinds: "مجلس دير الزور العسكري" is a party, not a place
        if m.entry.kind != "place":
            continue
        k = bisect_left(starts, m.start + 1) - 1
        if k < 0 or m.start >= own[k][1]:
            continue
        entry, seen = m.entry, 0
        while entry is not None and entry.kind == "place" and entry.role not in _BROAD_PLACES and seen < 8:
            out.setdefault(entry.id, None)
            entry, seen = gazetteer.get(entry.parent) if entry.parent else None, seen + 1
    return tuple(out)



def _title_claims(article: Article, ctx: Context, info: ArticleInfo) -> list[Claim]:
    """Claims in a separate title (JSON Lines): offsets into the title, marked `in: title`."""
    out = []
    for c in extract_normalized(normalize(article.title or ""), article.id, ctx, has_title=True, outlet=info.outlet):
        out.append(replace(c, where="title"))
    return out


def _date_and_outlet(article: Article, norm, ctx: Context, reference_date: date | None) -> tuple[ArticleInfo, list[str]]:
    info = date_article(article, norm, reference_date=reference_date)
    warnings = date_warnings(info)  # (kept with the article in the store)
    if info.outlet is None:
        outlet, outlet_text, _basis = detect_outlet(article, norm, ctx.gazetteer)
        info = evolve(info, outlet=outlet, outlet_text=outlet_text)
    return info, warnings


_POST_REACH = 400  # characters from a post's sentence to its signature line


# A pluperfect clause: "، الذي كان أشار أمس إلى سقوط 27 قتيلاً"، "وكانت الوزارة قد أعلنت".
_PLUPERFECT = re.compile(r"(?<!\w)(?:و|ف|)(?:كان|كانت|كانوا)(?!\w)")


def _in_earlier_report(norm, claim: Claim, claims: list[Claim], date_start: int) -> bool:
    """Is a date after the claim, in its sentence, the day of an earlier report of a figure
    of its own ("ارتفعت الحصيلة إلى 32، بحسب الجهاز الذي كان أشار أمس إلى سقوط 27"): past a
    pluperfect clause's opening that another claim of the sentence follows? (Offsets original.)"""
    if date_start <= claim.evidence.end:
        return False
    t = norm.text
    a, b = norm.from_original(claim.evidence.end), norm.from_original(date_start)
    opener = _PLUPERFECT.search(t, a, b)
    if opener is None:
        return False
    at = norm.to_original(opener.end())
    return any(other is not claim and other.sentence == claim.sentence and other.evidence.start > at
               for other in claims)


def _across_clause(norm, claim: Claim, date) -> bool:
    """Does a clause opening ("فيما", "بينما" ...) stand between the claim and a date of its
    sentence? (The date's offsets are normalized, the claim's original.)"""
    a, b = norm.from_original(claim.evidence.start), norm.from_original(claim.evidence.end)
    if date.end <= a:
        return OTHER_CLAUSE.search(norm.text, date.end, a) is not None
    if date.start >= b:
        return OTHER_CLAUSE.search(norm.text, b, date.start) is not None
    return False


def _with_days(claims: list[Claim], info: ArticleInfo, norm) -> list[Claim]:
    """The day each claim speaks for (as_of) and the stretch a cumulative figure counts over
    (period: "خلال اليومين الماضيين"، "منذ يوم الخميس"), from the dates in its sentence."""
    out = []
    all_dates = find_dates(norm.text) if claims else []
    # Sentence offsets are original: the dates' starts are taken there (fewer than the
    # sentences; normalization only deletes, so the order of offsets is the same on both sides).
    date_starts = [norm.to_original(d.start) for d in all_dates]
    # A sentence's claims share its dates, and the same dates give the same day:
    # each is worked out once per article.
    dates_of: dict[tuple[int, int] | None, tuple[int, int]] = {None: (0, 0)}
    days: dict[tuple[int, int], tuple[DayRange | None, DayRange | None]] = {}
    for c in claims:
        sentence = (c.sentence.start, c.sentence.end) if c.sentence is not None else None
        got = dates_of.get(sentence)
        if got is None:
            got = dates_of[sentence] = (bisect_left(date_starts, sentence[0]), bisect_left(date_starts, sentence[1]))
        sign = None
        if c.where == "tweet" and sentence is not None:
            # an embedded post is dated on its signature line, after its text ("— المرصد السوري
            # (@syriahr) June 6, 2023"): the first such date within reach joins the sentence's dates
            k = got[1]
            while k < len(all_dates) and date_starts[k] - sentence[1] <= _POST_REACH and not all_dates[k].in_tweet:
                k += 1
            if k < len(all_dates) and date_starts[k] - sentence[1] <= _POST_REACH:
                sign = k
        kept = range(got[0], got[1])
        if got[1] - got[0] and sentence is not None:
            kept = [k for k in kept if not _in_earlier_report(norm, c, claims, date_starts[k])]
            if len(kept) > 1:
                # several dates: those of the claim's own clause, when it has any
                kept = [k for k in kept if not _across_clause(norm, c, all_dates[k])] or kept
        key = (*kept, -1 if sign is None else sign)
        if key in days:
            as_of, period = days[key]
        else:
            in_sentence = [all_dates[k] for k in kept] + ([all_dates[sign]] if sign is not None else [])
            try:
                as_of = claim_as_of(info, in_sentence)
            except Exception:  # a dating bug must not lose the claim
                as_of = info.published
            try:
                period = claim_period(info, in_sentence) if in_sentence else None
            except Exception:  # (likewise)
                period = None
            days[key] = as_of, period
        if as_of is not None or period is not None:
            c = evolve(c, as_of=as_of if as_of is not None else c.as_of, period=period)
        out.append(c)
    return out


# ---------------------------------------------------------------- streaming and processes

# A short report (our own writing) run once before worker processes start: the patterns a run
# uses are compiled on first use, and compiled in the parent they are inherited by every
# forked worker instead of being compiled again in each.
_WARM_UP = Article(id="warm-up", text=(
    "مقتل 12 عنصراً في هجوم على حاجز قرب المدينة\n\n"
    "دمشق - الأحد 5 آذار/مارس 2023: قالت وزارة الداخلية في بيان أمس إن نحو 12 من عناصرها قُتلوا "
    "وأصيب أكثر من عشرين آخرين بجروح، فيما أعلن التنظيم عبر وكالته مقتل 40 جندياً. "
    "وأضاف البيان أن القوات اعتقلت ثلاثة مهاجمين وفرّ اثنان، وأفاد مصدر طبي لوكالة فرانس برس "
    "بنزوح مئات العائلات منذ يومين. ونقلت وكالة الأنباء الرسمية عن المرصد السوري لحقوق الإنسان "
    "قوله إن حصيلة القتلى ارتفعت إلى 15 بينهم مدنيان، على حد زعمه.\n"
    "اقرأ أيضاً: مقتل خمسة في انفجار سيارة مفخخة\n"))


def warm_up(ctx: Context | None = None) -> None:
    """Load the word lists and compile the patterns a run uses, once, by running the stages on
    a short built-in report (before forking workers, so that they inherit them)."""
    ctx = ctx or _worker_context()
    process_article(_WARM_UP, ctx, claims_only=True)  # (dating and the outlet load theirs)
    ctx.lexicon.compile_all()  # (the word lists the short report does not ask for)


@cache
def _worker_context() -> Context:
    return default_context()


def _work(item: Article, reference_date: date | None, claims_only: bool = False) -> ArticleResult | Skipped:
    try:
        return process_article(item, _worker_context(), reference_date, claims_only)
    except Exception as e:  # one broken article must not stop the run
        return Skipped(item.path or item.id, f"extraction failed: {type(e).__name__}: {e}")


def run_articles(articles: Iterable[Article | Skipped], jobs: int = 1, ctx: Context | None = None,
                 reference_date: date | None = None, chunksize: int = 16,
                 claims_only: bool = False) -> Iterator[ArticleResult | Skipped]:
    """Process articles in order, on `jobs` processes; Skipped items pass through."""
    if jobs <= 1:
        ctx = ctx or default_context()
        for item in articles:
            if isinstance(item, Skipped):
                yield item
                continue
            try:
                yield process_article(item, ctx, reference_date, claims_only)
            except Exception as e:
                yield Skipped(item.path or item.id, f"extraction failed: {type(e).__name__}: {e}")
        return
    # A sliding window of chunks in flight: workers never wait for the slowest chunk of a
    # batch, and memory stays bounded (at most `jobs * 4` chunks are read ahead).
    # Loaded before the workers start: forked workers inherit the word lists and patterns
    # instead of each building its own (elsewhere they load them on first use).
    warm_up(_worker_context())
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        chunk: list[Article | Skipped] = []

        def submit(items: list[Article | Skipped]) -> None:
            real = [a for a in items if not isinstance(a, Skipped)]
            pending.append((items, pool.submit(_work_chunk, real, reference_date, claims_only) if real else None))

        for item in articles:
            chunk.append(item)
            if len(chunk) >= chunksize:
                submit(chunk)
                chunk = []
                while len(pending) > jobs * 4:
                    yield from _drain(*pending.popleft())
        if chunk:
            submit(chunk)
        while pending:
            yield from _drain(*pending.popleft())


def _work_chunk(items: list[Article], reference_date: date | None, claims_only: bool) -> list:
    return [_work(a, reference_date, claims_only) for a in items]


def _drain(items: list[Article | Skipped], future) -> Iterator[ArticleResult | Skipped]:
    results = iter(future.result() if future is not None else ())
    for item in items:
        yield item if isinstance(item, Skipped) else next(results)


def run_paths(paths: Iterable[str | os.PathLike], jobs: int = 1, ctx: Context | None = None,
              reference_date: date | None = None, claims_only: bool = False) -> Iterator[ArticleResult | Skipped]:
    """Read files, folders and JSON Lines and run the per-article stages on each article
    (`claims_only`: without what only reconciliation uses, as `riwaya extract` does)."""
    yield from run_articles(read_paths([Path(p) for p in paths]), jobs=jobs, ctx=ctx,
                            reference_date=reference_date, claims_only=claims_only)
