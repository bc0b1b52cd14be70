"""Across articles: incidents, slots, origins, relations and estimates (the incident sheet)."""
from riwaya.reconcile.cluster import cluster
from riwaya.reconcile.sheet import reconcile

__all__ = ["cluster", "reconcile"]
