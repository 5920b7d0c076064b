"""A JoggAI-compatible simulator (v1 API) for tests and the app's demo mode.

Starlette behind uvicorn on 127.0.0.1, a free port, in a background thread (or its own process
with ``python -m jogg_desktop.sim``). No Qt here: rendering and media generation run in child
processes (:mod:`jogg_desktop.sim.render`, :mod:`jogg_desktop.sim.render_assets`).

Python API::

    from jogg_desktop.sim import SimServer, SimConfig, Fault, DEMO_API_KEY
    cfg = SimConfig(valid_keys={"k1"}, crawl_delay=0.0, render_seconds=2.0, credits=100,
                    post_limit=20, post_window=60.0, asset_dir=None)
    srv = SimServer(cfg); srv.start()     # background thread, free port, returns when ready
    srv.base_url                          # "http://127.0.0.1:PORT/v1"  (API base incl. version)
    srv.origin                            # "http://127.0.0.1:PORT"
    srv.demo_product_urls()               # the demo shop's product pages (4 layouts, 5 products)
    srv.inject(Fault(route="POST /create_video_from_url", kind="http_500", times=1,
                     after_handler=False))
    srv.clear_faults()
    srv.requests                          # [RecordedRequest(method, path, query, headers, json, at,
                                          #                  body, route)]
    srv.requests_to("POST", "/create_video_from_url")
    srv.set_credits(key, n); srv.credits(key)
    srv.set_whoami(False)                 # GET /whoami → 404
    srv.set_media_rate(200_000)           # slow media downloads (bytes/s), None = full speed
    srv.wait_for_render(project_id)       # block until that render's child process is done
    srv.add_page("p.html", html)          # host a page at /pages/p.html (returns its URL) to crawl
    srv.project_ids(); srv.clear_requests(); srv.faults()
    srv.stop()                            # also a context manager: ``with SimServer(cfg) as srv:``

``SimConfig`` also has ``clock`` (drives the POST window and the render timeline: inject a fake
one to move time without sleeping), ``whoami``, ``music_list_key``, ``media_rate``,
``fault_delay``, ``render_fps``; changing ``srv.config.crawl_delay``/``render_seconds`` at run
time affects the next requests.

Fault kinds and their parameters: see :mod:`jogg_desktop.sim.faults` (``FaultKind``):
http_404/500/502/503, rate_limit, delay, reset, truncated, malformed_json, html_error,
envelope (with ``code``), slow, render_fail, project_deleted, style_fail (previews: ``msg``
names the look that does not start). The rendered videos' route for
download faults is ``"GET /media/renders/*"`` (reset/truncated there always break mid-body).

Renders: a child process draws the product's own pictures (fitted, slow zoom, cross-fades) with
the script as captions and a voice-like sound track over the chosen music: MPEG-4 Part 2 video +
AAC mono in MP4, 540×960 / 960×540 / 720×720 at 10 fps, exactly 15/30/60 s; identical renders
are cached in the asset dir. Media are served with Range support (206, Content-Range).
Previews (:mod:`jogg_desktop.sim.previews`; v1 ``POST /preview``, v2 ``preview_list``,
``GET /product_previews``, ``render_single_preview``) are renders drawn at half the size and
≤ 6 fps, 4 s long, marked "PREVIEW" and framed in their look's own colour and shape, charged
0.5 credit per started 2 minutes each.

Out of process: :class:`SimProcess` (same methods, over the admin API ``/_sim/...``).
Command line: ``python -m jogg_desktop.sim --help``; with ``--port 0`` the first stdout line is
``JOGG_SIM_READY <base_url>`` and ``--ready-file PATH`` gets JSON
``{"base_url", "origin", "pid", "demo_products"}``.

Endpoints (docs/joggai-api.md §9): POST/PUT /product, POST /create_video_from_url, GET /project,
GET /avatars, /avatars/custom, /voices, /voices/custom, /musics, /musics/custom,
/visual_styles, /templates, /templates/custom, POST /upload/asset (+ PUT to the signed URL),
GET /whoami. Envelope ``{rid, code, msg, data}``; a key outside ``valid_keys`` gets 10105;
more than ``post_limit`` POSTs per ``post_window`` per key get 429; a crawl that finds no
product gets 40000 "Failed to extract product information"; renders charge
``credits_for(length)`` at request time (18020 when short). Script suggestions
(:mod:`jogg_desktop.sim.ai_scripts`, §8.15, §9.10): ``POST /v1/ai_scripts`` answers at once,
``POST /v2/ai_scripts`` gives a task done after ``SimConfig.script_seconds``; 0.2 credit each.
"""

from __future__ import annotations

from jogg_desktop.sim.config import DEMO_API_KEY, SimConfig
from jogg_desktop.sim.faults import Fault, FaultKind
from jogg_desktop.sim.process import SimProcess
from jogg_desktop.sim.server import SimServer
from jogg_desktop.sim.state import RecordedRequest

__all__ = [
    "DEMO_API_KEY",
    "Fault",
    "FaultKind",
    "RecordedRequest",
    "SimConfig",
    "SimProcess",
    "SimServer",
]
