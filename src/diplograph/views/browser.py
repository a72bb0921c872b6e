"""Open views in a real headless Chromium: what the browser tests and the view benchmark share.

Driven with playwright's Python package (https://playwright.dev/python/) pointed at
the system's Chromium (Debian's `chromium`), never a browser that playwright
downloads. playwright is a test dependency, imported only here.

"Interactive" means what a reader feels: the page has drawn the network (the
`afterDrawing` event of vis-network, which view.js marks with `data-ready`), and a
real mouse hover over a node then shows that node's tooltip (for large views the
tooltip comes from a script beside the page, loaded on that first hover).
"""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DiplographError

CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync")
VIEWPORT = {"width": 1400, "height": 900}

# JavaScript run in the page. Positions are in the canvas's DOM pixels; a target
# counts only where vis-network itself finds it under the pointer.
_VISIBLE_NODE = """() => {
  const rect = network.body.container.getBoundingClientRect();
  const ids = network.body.data.nodes.getIds();
  const positions = network.getPositions(ids);
  const step = Math.max(1, Math.floor(ids.length / 400));
  for (let i = 0; i < ids.length; i += step) {
    const id = ids[i], q = network.canvasToDOM(positions[id]), p = {x: Math.round(q.x), y: Math.round(q.y)};
    if (p.x < 40 || p.y < 40 || p.x > rect.width - 260 || p.y > rect.height - 40) continue;
    if (network.getNodeAt(p) === id) return {id: id, x: rect.left + p.x, y: rect.top + p.y};
  }
  return null;
}"""
_VISIBLE_EDGE = """() => {
  const rect = network.body.container.getBoundingClientRect();
  const edges = network.body.data.edges.get({fields: ["id", "from", "to"]});
  const step = Math.max(1, Math.floor(edges.length / 600));
  for (let i = 0; i < edges.length; i += step) {
    const e = edges[i], pos = network.getPositions([e.from, e.to]);
    const a = network.canvasToDOM(pos[e.from]), b = network.canvasToDOM(pos[e.to]);
    if (Math.hypot(a.x - b.x, a.y - b.y) < 60) continue;
    for (const t of [0.5, 0.4, 0.6]) {
      const p = {x: Math.round(a.x + (b.x - a.x) * t), y: Math.round(a.y + (b.y - a.y) * t)};
      if (p.x < 40 || p.y < 40 || p.x > rect.width - 260 || p.y > rect.height - 40) continue;
      if (network.getNodeAt(p) === undefined && network.getEdgeAt(p) === e.id)
        return {id: e.id, x: rect.left + p.x, y: rect.top + p.y};
    }
  }
  return null;
}"""
_ZOOM_IN = """(scale) => new Promise((done) => {
  if (network.getScale() >= scale) { done(false); return; }
  const centre = network.getViewPosition(), ids = network.body.data.nodes.getIds(), positions = network.getPositions(ids);
  let best = ids[0], distance = Infinity;
  for (const id of ids) {
    const d = Math.hypot(positions[id].x - centre.x, positions[id].y - centre.y);
    if (d < distance) { best = id; distance = d; }
  }
  network.once("afterDrawing", () => done(true));
  network.moveTo({position: positions[best], scale: scale});
})"""
_INK = """() => {
  const canvas = document.querySelector("#mynetwork canvas");
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4 * 7) if (pixels[i + 3] > 0 && (pixels[i] < 235 || pixels[i + 1] < 235)) ink++;
  return ink;
}"""
_TOOLTIP = """([kind, id]) => {
  const tip = document.getElementById("dg-tooltip");
  return tip.style.display === "block" && tip.dataset.kind === kind && (id === null || tip.dataset.id === id)
    && tip.textContent.length > 0 ? performance.now() : 0;
}"""


def chromium_path() -> str | None:
    """The system Chromium: $DIPLOGRAPH_CHROMIUM, /usr/bin/chromium, or `chromium` on the PATH."""
    for candidate in (os.environ.get("DIPLOGRAPH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@contextmanager
def headless_chromium(executable: str | None = None) -> Iterator[Any]:
    """A playwright Browser running the system Chromium headless (closed on exit)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - a test dependency
        raise DiplographError("opening views in a browser needs playwright: pip install playwright.") from exc
    path = executable or chromium_path()
    if path is None:
        raise DiplographError("no Chromium found (install Debian's chromium or set DIPLOGRAPH_CHROMIUM).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


def open_view(browser: Any, path: str | Path, *, timeout: float = 30.0) -> Any:
    """A new page showing the view at `path`, once the network has drawn itself."""
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(Path(path).resolve().as_uri(), wait_until="commit")
    page.wait_for_function('document.body && document.body.dataset.ready === "1"', timeout=timeout * 1000,
                           polling=20)
    page.diplograph_errors = errors      # uncaught script errors
    page.diplograph_requests = requests  # every URL the page asked for
    return page


def counts(page: Any) -> dict[str, int]:
    """Nodes and edges in vis-network's data, and how many sampled canvas pixels are drawn."""
    nodes, edges = page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")
    return {"nodes": nodes, "edges": edges, "ink": page.evaluate(_INK)}


def hover(page: Any, kind: str, *, timeout: float = 10.0) -> dict[str, Any]:
    """Move the real mouse over a visible node or edge (`kind`) and return its tooltip.

    Returns {"id", "text", "html", "shown_at"} where shown_at is the page's clock
    (ms since navigation) when the tooltip showed. A large view drawn whole shows
    its nodes a pixel wide, too small to point at; like a reader, the view is first
    zoomed in (to vis-network's scale 0.6, on the node nearest the centre).

    Raises:
        DiplographError: nothing of that kind is visible, or no tooltip showed.
    """
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3)   # a blank corner: a tooltip left open could cover the target
    try:
        page.wait_for_function("document.getElementById('dg-tooltip').style.display !== 'block'", timeout=2000)
    except Exception:  # noqa: BLE001 - the corner held a node after all: its tooltip stays, the hover goes on
        pass
    page.evaluate(_ZOOM_IN, 0.6)
    target = page.evaluate(_VISIBLE_NODE if kind == "node" else _VISIBLE_EDGE)
    if target is None:
        raise DiplographError(f"no {kind} of the view is visible for a hover.")
    # Edges may cross under the pointer, and vis-network then picks one of them: any edge will do.
    wanted = [kind, target["id"] if kind == "node" else None]
    deadline = time.monotonic() + timeout
    shown = 0.0
    while not shown and time.monotonic() < deadline:
        page.mouse.move(target["x"] - 3, target["y"] - 3)
        page.mouse.move(target["x"], target["y"])
        try:
            page.wait_for_function(_TOOLTIP, arg=wanted, timeout=250, polling=10)
        except Exception:  # noqa: BLE001 - playwright's TimeoutError: hover again
            continue
        shown = float(page.evaluate(_TOOLTIP, wanted))
    if not shown:
        raise DiplographError(f"hovering {kind} {target['id']} showed no tooltip within {timeout:g} s.")
    tip = page.locator("#dg-tooltip")
    return {"id": tip.get_attribute("data-id"), "text": tip.inner_text(), "html": tip.inner_html(),
            "shown_at": shown}


@dataclass(frozen=True)
class Interactive:
    """When a view became usable, in seconds from the start of navigation."""

    drawn: float            # the network's first drawing (data-ready)
    interactive: float      # a hover over a node showed its tooltip
    nodes: int
    edges: int


def time_to_interactive(browser: Any, path: str | Path, *, timeout: float = 60.0) -> Interactive:
    """Load the view at `path` in a fresh page and time it until a node hover answers."""
    page = open_view(browser, path, timeout=timeout)
    try:
        drawn = float(page.evaluate("window.diplographReady")) / 1000
        shown = hover(page, "node", timeout=timeout)["shown_at"] / 1000
        found = counts(page)
        return Interactive(drawn, shown, found["nodes"], found["edges"])
    finally:
        page.close()
