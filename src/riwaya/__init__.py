"""riwaya (رواية, "account"): who said which number in Arabic news about a violent incident.

    import riwaya
    claims = riwaya.extract(text, article_id="a1")      # per article
    sheet = riwaya.reconcile(results)                     # across articles (riwaya.pipeline.run_paths)
"""
from riwaya import extract  # noqa: F401  (a callable module: riwaya.extract(text, article_id=...))

__version__ = "0.1.0"


def reconcile(results, **kwargs):
    """The incident sheet of CONTRACT.md for per-article results (see riwaya.reconcile)."""
    from riwaya.reconcile import reconcile as _reconcile
    return _reconcile(results, **kwargs)
