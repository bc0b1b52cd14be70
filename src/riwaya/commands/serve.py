"""Command `riwaya serve`: the web app (incident list, fact sheets, articles, upload, JSON API)."""
from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from riwaya.show.web import create_app
    print(f"riwaya: serving {args.db} on http://{args.host}:{args.port}/ (API schema at /openapi.json)")
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
    return 0


def register(sub) -> None:
    from riwaya.commands.ingest import add_db
    p = sub.add_parser("serve", help="serve the web app and JSON API (127.0.0.1 by default)")
    add_db(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=run)
