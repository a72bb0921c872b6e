"""Latency and throughput of `diplograph serve` against the same queries run in-process.

Builds a store (the demo articles, plus N generated articles with --articles), starts a
real `diplograph serve` on 127.0.0.1 and prints three tables:

1. every library query, run with the parameters of its header's Example: the median
   time over HTTP (`GET /queries/NAME`) and in this process (`run_query` + CSV), and
   the difference, which is what the endpoint adds (HTTP, the hop to a worker process,
   reopening the read-only store at most once a second);
2. requests per second for a small SELECT from C concurrent clients, per worker count;
3. how long the endpoint takes to answer again after a runaway query was stopped
   (the time limit plus starting a replacement worker).

    python benchmarks/serve.py
    python benchmarks/serve.py --articles 2000 --repeat 20
"""
from __future__ import annotations

import argparse
import http.client
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from diplograph import ingest, open_store  # noqa: E402
from diplograph.query import format_result, list_queries, load_query, run_query  # noqa: E402

SMALL = "SELECT ?s WHERE { ?s a dg:State } LIMIT 10"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", path, headers={"Accept": "text/csv"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def start(store: Path, *options: str) -> tuple[subprocess.Popen[bytes], int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--store", str(store), "--port",
                                str(port), "--max-results", "0", *options], stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            if get(port, "/queries")[0] == 200:
                get(port, "/sparql?" + urlencode({"query": SMALL}))  # workers up and the store open
                return process, port
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def example_params(name: str) -> dict[str, str]:
    words = shlex.split(load_query(name).example)
    return dict(words[i + 1].split("=", 1) for i, word in enumerate(words) if word in ("--param", "-p"))


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def latency_table(store: Path, port: int, repeat: int) -> None:
    print(f"\n1. Library queries, median of {repeat} runs (ms)")
    print(f"{'query':<24}{'HTTP':>10}{'in-process':>12}{'added':>10}")
    with open_store(str(store), read_only=True) as opened:
        for name in list_queries():
            params = example_params(name)
            path = f"/queries/{name}?" + urlencode({**params, "format": "csv"})
            status, body = get(port, path)
            if status != 200:  # e.g. the example names an entity this store lacks
                print(f"{name:<24}{'HTTP ' + str(status):>10}  {body.decode()[:70].strip()}")
                continue
            over_http = median_ms(lambda: get(port, path), repeat)
            local = median_ms(lambda: format_result(run_query(opened, name, **params), "csv"), repeat)
            print(f"{name:<24}{over_http:>10.1f}{local:>12.1f}{over_http - local:>10.1f}")


def throughput(port: int, clients: int, seconds: float) -> float:
    done, stop = [0] * clients, time.monotonic() + seconds
    path = "/sparql?" + urlencode({"query": SMALL})

    def client(i: int) -> None:
        while time.monotonic() < stop:
            if get(port, path)[0] == 200:
                done[i] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=0, help="generated articles added to the demo ones")
    parser.add_argument("--repeat", type=int, default=10, help="runs per query for the medians")
    parser.add_argument("--seconds", type=float, default=3.0, help="duration of each throughput run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "kg"
        inputs = [str(REPO / "examples" / "articles")]
        if args.articles:
            from ingest import write_corpus

            inputs.append(str(write_corpus(Path(tmp) / "corpus.jsonl", args.articles, 0)))
        with open_store(str(store)) as opened:
            ingest(inputs, store=opened)
            print(f"Store: {len(opened.articles())} articles, {opened.quad_count():,} quads")

        process, port = start(store)
        try:
            latency_table(store, port, args.repeat)
        finally:
            process.terminate()
            process.wait()

        print(f"\n2. Requests per second, a small SELECT over HTTP ({args.seconds:g} s each)")
        print(f"{'workers':<10}{'1 client':>10}{'4 clients':>11}{'16 clients':>12}")
        for workers in (1, 2):
            process, port = start(store, "--workers", str(workers))
            try:
                rates = [throughput(port, clients, args.seconds) for clients in (1, 4, 16)]
                print(f"{workers:<10}" + "".join(f"{rate:>{w}.0f}" for rate, w in zip(rates, (10, 11, 12))))
            finally:
                process.terminate()
                process.wait()

        print("\n3. Answering again after a runaway query (--timeout 1)")
        process, port = start(store, "--timeout", "1", "--workers", "1")
        try:
            started = time.perf_counter()
            status, _ = get(port, "/sparql?" + urlencode({"query": RUNAWAY}))
            stopped = time.perf_counter()
            again, _ = get(port, "/sparql?" + urlencode({"query": SMALL}))
            answered = time.perf_counter()
            print(f"runaway query answered {status} after {stopped - started:.2f} s; "
                  f"next query {again} after {answered - stopped:.2f} s more")
        finally:
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
