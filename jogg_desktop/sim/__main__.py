"""``python -m jogg_desktop.sim``: the simulator standalone (demo mode, out-of-process tests).

Serves JoggAI's v2 and v1 APIs at once (``/v2/...``, ``/v1/...``). With ``--port 0`` a free port
is chosen; the first stdout line is always ``JOGG_SIM_READY <v2 base_url>`` and ``--ready-file``
receives JSON with the addresses (``base_url`` = v2, the demo's; ``base_url_v1``). Keys are never
printed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from pathlib import Path

from jogg_desktop.sim.config import DEMO_API_KEY, MUSIC_LIST_KEYS, SimConfig
from jogg_desktop.sim.faults import Fault, FaultKind
from jogg_desktop.sim.server import SimServer


def parse_fault(text: str) -> Fault:
    """``"POST /create_video_from_url=http_500"``, optionally ``...:times=2,after=1,code=18020``."""
    route, _, rest = text.partition("=")
    kind, _, opts = rest.partition(":")
    params: dict[str, object] = {}
    for item in filter(None, opts.split(",")):
        name, _, value = item.partition("=")
        if name == "after":
            params["after_handler"] = value not in ("0", "false", "no")
        elif name in ("times", "code", "retry_after", "rate", "status"):
            params[name] = int(value)
        elif name in ("delay", "cut_at"):
            params[name] = float(value)
        elif name == "msg":
            params["msg"] = value
        else:
            raise argparse.ArgumentTypeError(f"unknown fault option {name!r}")
    try:
        return Fault(route=route.strip(), kind=kind.strip(), **params)  # type: ignore[arg-type]
    except (ValueError, TypeError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m jogg_desktop.sim", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 = any free port")
    p.add_argument("--key", action="append", dest="keys", metavar="KEY",
                   help="a valid API key (repeatable; default: the demo key)")
    p.add_argument("--crawl-delay", type=float, default=3.0, help="seconds a product crawl takes")
    p.add_argument("--render-seconds", type=float, default=20.0, help="seconds until a render is done")
    p.add_argument("--credits", type=int, default=100, help="starting credits of every key")
    p.add_argument("--post-limit", type=int, default=20)
    p.add_argument("--post-window", type=float, default=60.0)
    p.add_argument("--asset-dir", type=Path, default=None, help="cache of generated media")
    p.add_argument("--media-rate", type=int, default=None, help="throttle media downloads (bytes/s)")
    p.add_argument("--no-whoami", action="store_true", help="GET /whoami answers 404")
    p.add_argument("--music-key", choices=MUSIC_LIST_KEYS, default="avatars")
    p.add_argument("--fault", action="append", type=parse_fault, default=[], metavar="ROUTE=KIND[:opts]",
                   help=f"inject a fault, e.g. 'POST /product=http_503:times=2'. Kinds: "
                        f"{', '.join(k.value for k in FaultKind)}")
    p.add_argument("--ready-file", type=Path, default=None, help="write the addresses here (JSON) once ready")
    p.add_argument("--pregenerate", action="store_true", help="make all catalog/shop media at start")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = SimConfig(
        valid_keys=set(args.keys or [DEMO_API_KEY]),
        crawl_delay=args.crawl_delay,
        render_seconds=args.render_seconds,
        credits=args.credits,
        post_limit=args.post_limit,
        post_window=args.post_window,
        asset_dir=args.asset_dir,
        host=args.host,
        port=args.port,
        whoami=not args.no_whoami,
        music_list_key=args.music_key,
        media_rate=args.media_rate,
    )
    server = SimServer(config, pregenerate_assets=args.pregenerate)
    server.start()
    for fault in args.fault:
        server.inject(fault)
    if args.ready_file is not None:  # the file first: a parent that saw the line can read it
        # The demo runs on v2, JoggAI's current API; v1 is served beside it (base_url_v1).
        info = {"base_url": server.base_url_v2, "base_url_v1": server.base_url, "origin": server.origin,
                "pid": os.getpid(), "demo_products": server.demo_product_urls()}
        part = args.ready_file.with_name(args.ready_file.name + ".part")
        part.write_text(json.dumps(info), encoding="utf-8")
        part.replace(args.ready_file)
    print(f"JOGG_SIM_READY {server.base_url_v2}", flush=True)
    print(f"JoggAI simulator: v2 at {server.base_url_v2}, v1 at {server.base_url}  "
          f"(demo shop: {server.origin}/shop/)", flush=True)
    for url in server.demo_product_urls():
        print(f"  demo product: {url}", flush=True)

    done = threading.Event()

    def on_signal(_sig: int, _frame: object) -> None:
        done.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    while not done.wait(0.5):
        pass
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
