"""How fast large views are written and how soon they are usable in headless Chromium.

For each size, a synthetic view graph (`diplograph.views.synthetic`: the news graph's
mix of states, organizations, people, events…, about 2.2 relations per entity, each
with 1-3 evidence sentences) is written with `render_html`, then opened in the
system's Chromium (Debian's `chromium`, driven by playwright) through a file:// URL.

Columns:
  layout+write   seconds to compute the layout and write the page (and its tooltip sidecar)
  size           bytes of the HTML page plus its tooltip scripts (`<name>.tips/*.js`), if any
  drawn          seconds from the start of navigation to vis-network's first drawing
  interactive    seconds from the start of navigation until a real mouse hover over a
                 node shows that node's tooltip (the page drawn, the view zoomed in to
                 scale 0.6 as a reader would before pointing at a node a pixel wide, the
                 tooltip's script loaded); the median of --runs loads, each in a fresh page

The target (issue 5) is a 10,000-node view interactive in under 5 s.

    python benchmarks/views.py                      # 500, 2,000 and 10,000 nodes
    python benchmarks/views.py --sizes 500 20000 --runs 5 --keep out/bench
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from diplograph.views import render_html  # noqa: E402
from diplograph.views.browser import chromium_path, headless_chromium, time_to_interactive  # noqa: E402
from diplograph.views.synthetic import synthetic_network  # noqa: E402

TARGET = (10_000, 5.0)    # nodes, seconds to interactive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2_000, 10_000], help="nodes per view")
    parser.add_argument("--runs", type=int, default=3, help="page loads per view (the median is shown)")
    parser.add_argument("--keep", type=Path, help="write the views here instead of a temporary folder")
    args = parser.parse_args(argv)
    if chromium_path() is None:
        print("no Chromium found (apt-get install chromium, or set DIPLOGRAPH_CHROMIUM)", file=sys.stderr)
        return 2
    folder = args.keep or Path(tempfile.mkdtemp(prefix="diplograph-views-"))
    folder.mkdir(parents=True, exist_ok=True)
    header = f"{'nodes':>7} {'edges':>7} {'layout+write':>12} {'size':>10} {'drawn':>7} {'interactive':>11}"
    print(header)
    print("-" * len(header))
    missed = False
    with headless_chromium() as browser:
        for size in args.sizes:
            graph = synthetic_network(size)
            start = time.perf_counter()
            page = render_html(graph, folder / f"view-{size}.html", title=f"synthetic {size:,}")
            written = time.perf_counter() - start
            files = [page, *page.with_name(page.stem + ".tips").glob("*.js")]
            total = sum(f.stat().st_size for f in files)
            runs = [time_to_interactive(browser, page) for _ in range(args.runs)]
            drawn = statistics.median(r.drawn for r in runs)
            ready = statistics.median(r.interactive for r in runs)
            print(f"{graph.number_of_nodes():>7,} {graph.number_of_edges():>7,} {written:>11.1f}s "
                  f"{total / 1e6:>8.1f}MB {drawn:>6.2f}s {ready:>10.2f}s", flush=True)
            if size >= TARGET[0] and ready >= TARGET[1]:
                missed = True
    print(f"\nviews in {folder}; target: {TARGET[0]:,} nodes interactive in < {TARGET[1]:g} s"
          f"{' — MISSED' if missed else ' — met'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
