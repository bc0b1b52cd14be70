"""Show: the incident sheet as rich tables for an 80-column terminal.

Labels are English and ids; Arabic stays in cells and lines of its own and is
never reversed (terminals do their own bidi, or none, and rich wraps Arabic
badly inside mixed cells), so each evidence sentence is printed as its own line.
"""
from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text


def figure(value: dict | None) -> str:
    """A figure in words a coder reads at a glance: 12, ~30, >100, 20–99 (vague)."""
    if not value:
        return "?"
    low, high, q = value.get("low"), value.get("high"), value.get("qualifier", "exact")
    if q in ("all", "most", "some"):
        return q
    if q == "exact" and low == high:
        return f"{low}"
    if q == "approx" and low == high:
        return f"~{low}"
    if q in ("more_than", "at_least") and high is None:
        return (">" if q == "more_than" else "≥") + f"{low}"
    if q in ("less_than", "at_most") and low is None:
        return ("<" if q == "less_than" else "≤") + f"{high}"
    text = f"{low if low is not None else '?'}–{high if high is not None else '?'}"
    return f"{text} ({q})" if q not in ("range", "exact") else text


def estimate_text(est: dict | None) -> str:
    if not est:
        return "no estimate"
    return f"low {est.get('low')} · best {est.get('best')} · high {est.get('high')}"


def origin_label(origin: dict) -> str:
    who = origin.get("party") or "unknown"
    if origin.get("speaker"):
        who += f" / {origin['speaker']}"
    return who


def _via(origin: dict) -> str:
    chains = []
    for rep in origin.get("reports", []):
        chain = " → ".join([*rep.get("via", []), rep.get("article", "?")])
        if chain not in chains:
            chains.append(chain)
    return "\n".join(chains)


def incident_list_table(incidents: list[dict]) -> Table:
    """One row per incident: id, start day, articles, measures."""
    table = Table(title="Incidents", box=box.SIMPLE_HEAD, expand=False)
    table.add_column("incident", overflow="fold", max_width=26)
    table.add_column("start", no_wrap=True)
    table.add_column("art.", justify="right")
    table.add_column("slots", overflow="fold")
    for inc in incidents:
        slots = ", ".join(f"{s['measure']}:{s.get('subject') or '-'}" for s in inc.get("slots", []))
        table.add_row(inc["id"], inc.get("start") or "?", str(len(inc.get("articles", []))), slots)
    return table


def slot_renderable(slot: dict) -> Group:
    """One slot: a table of its origins and figures, then conflicts, revisions,
    the estimate and each report's evidence on a line of its own."""
    origins = slot.get("origins", [])
    title = f"{slot['measure']} · {slot.get('subject') or '(things)'}"
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=False)
    table.add_column("#", justify="right")
    table.add_column("origin", overflow="fold", max_width=24)
    table.add_column("figure", no_wrap=True)
    table.add_column("reports (via → article)", overflow="fold", max_width=30)
    table.add_column("rev", no_wrap=True)
    for i, o in enumerate(origins):
        table.add_row(str(i), origin_label(o), figure(o.get("value")), _via(o),
                      "yes" if o.get("revised") else "")
    parts: list = [table]
    for i, j in slot.get("conflicts", []):
        if i < len(origins) and j < len(origins):
            parts.append(Padding(Text(f"conflict: #{i} {origin_label(origins[i])} ({figure(origins[i].get('value'))})"
                              f" vs #{j} {origin_label(origins[j])} ({figure(origins[j].get('value'))})",
                              style="bold red"), (0, 0, 0, 2)))
    for i, o in enumerate(origins):
        if o.get("revised"):
            steps = " → ".join(f"{figure(r.get('value'))} ({_day(r.get('as_of'))})" for r in o.get("reports", []))
            parts.append(Padding(Text(f"revision by #{i} {origin_label(o)}: {steps}", style="yellow"), (0, 0, 0, 2)))
    est = slot.get("estimate") or {}
    parts.append(Text(f"  estimate: {estimate_text(est)}", style="bold"))
    if est.get("basis"):
        parts.append(Padding(Text(f"basis: {est['basis']}", style="dim"), (0, 0, 0, 2)))
    parts.append(Text("  evidence:", style="dim"))
    for i, o in enumerate(origins):
        for rep in o.get("reports", []):
            ev = rep.get("evidence") or {}
            counts = rep.get("period") or {}
            over = f" · counts {counts.get('low') or '?'}..{counts.get('high') or '?'}" if counts else ""
            parts.append(Text(f"  #{i} {rep.get('article')} [{ev.get('start')}:{ev.get('end')}]{over}", style="dim"))
            # Arabic on a line of its own, exactly as in the article.
            parts.append(Padding(Text(ev.get("text") or ""), (0, 0, 0, 4)))
    return Group(*parts)


def set_aside_renderable(aside: list[dict]) -> Group:
    """The claims an incident's articles make that count for none of its slots, each with
    why (a related-story line, another event, a cumulative total, a tally of another time)
    and its words, so that the reader can judge what was left out."""
    table = Table(title=f"set aside ({len(aside)})", title_justify="left", box=box.SIMPLE_HEAD, expand=False)
    table.add_column("measure · subject", overflow="fold", max_width=24)
    table.add_column("figure", no_wrap=True)
    table.add_column("claimant → article", overflow="fold", max_width=24)
    table.add_column("why", overflow="fold", max_width=26)
    for a in aside:
        table.add_row(f"{a.get('measure')} · {a.get('subject') or '(things)'}", figure(a.get("value")),
                      f"{a.get('party') or '?'} → {a.get('article')}", a.get("reason") or "")
    parts: list = [table, Text("  evidence:", style="dim")]
    for a in aside:
        ev = a.get("evidence") or {}
        parts.append(Text(f"  {a.get('article')} [{ev.get('start')}:{ev.get('end')}]", style="dim"))
        parts.append(Padding(Text(ev.get("text") or ""), (0, 0, 0, 4)))
    return Group(*parts)


def _day(as_of) -> str:
    if isinstance(as_of, dict):
        low, high = as_of.get("low"), as_of.get("high")
        return low if low == high else f"{low}..{high}"
    return as_of or "?"


def render_sheet(console: Console, sheet: dict, incident: str | None = None) -> int:
    """Print the incident list, then every (or one) incident's slots. Returns the
    number of incidents shown."""
    incidents = sheet.get("incidents", [])
    if incident:
        incidents = [i for i in incidents if i["id"] == incident]
    console.print(incident_list_table(incidents))
    dates = {a["id"]: a.get("published") or {} for a in sheet.get("articles", [])}
    for inc in incidents:
        console.rule(f"incident {inc['id']}")
        console.print(f"start: {inc.get('start') or '?'}")
        for aid in inc.get("articles", []):
            console.print(f"  article {aid} · published {_day(dates.get(aid))}")
        for slot in inc.get("slots", []):
            console.print(slot_renderable(slot))
        for c in inc.get("consistency", []):
            # a whole against its parts ("on both sides" against each side's estimate)
            ok = c.get("consistent")
            console.print(Padding(Text(f"{'parts agree' if ok else 'parts disagree'}: {c.get('note', '')}",
                                       style="dim" if ok else "bold red"), (0, 0, 0, 2)))
        if inc.get("set_aside"):
            console.print(set_aside_renderable(inc["set_aside"]))
    return len(incidents)
