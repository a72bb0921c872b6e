"""`diplograph serve`: a SPARQL 1.1 Protocol endpoint and a query page over one store.

Requests are read by an asyncio front (Starlette on uvicorn) and evaluated in worker
processes. pyoxigraph cannot interrupt a query from another thread, so a query that
runs past the time limit is stopped by killing its worker, which is then replaced;
the front keeps answering meanwhile. Workers open the store read-only (a writer, such
as a running `diplograph ingest`, may hold it) and reopen it every second or after an
update, so that new articles show up.

Hardening, on by default: bound to 127.0.0.1, requests whose Host is not a loopback
name refused there (DNS rebinding), a request body limit, a query time limit, a result
row limit, updates only with `--allow-update` and the bearer token (compared in
constant time), no SERVICE clauses (which would have the server send HTTP requests
anywhere) unless `--allow-service`, and only the files of the packaged static folder served.
"""
from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import queue
import signal
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .errors import DiplographError
from .protocol import TRUNCATED_HEADER, Job, ProtocolError, Reply, error_status

STATIC = Path(__file__).resolve().parent / "server_static"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
REFRESH_SECONDS = 1.0   # how stale a worker's read-only view of the store may get
STARTUP_SECONDS = 60.0  # how long a new worker may take to import and open the store
MAX_CONNECTIONS = 128   # beyond this many open connections, new requests get a 503 at once
# The page runs only its own script and talks only to this server.
PAGE_HEADERS = {"Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
                "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


class ServeError(DiplographError):
    """The endpoint cannot start: bad settings, or the address cannot be listened on."""


@dataclass
class ServerConfig:
    """What `diplograph serve` was started with."""

    store_path: str
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0
    max_results: int = 10_000
    max_body: int = 1_048_576
    workers: int = 2
    allow_service: bool = False
    cors_origins: list[str] = field(default_factory=list)

    def check(self) -> None:
        """Refuse settings that would leave the endpoint open or useless."""
        if self.allow_update and not self.token:
            raise ServeError("--allow-update needs --token (or DIPLOGRAPH_TOKEN): updates are only accepted "
                             "with that bearer token.")
        if self.timeout <= 0 or self.max_body <= 0 or self.workers < 1 or self.max_results < 0:
            raise ServeError("--timeout, --max-body and --workers must be positive, --max-results 0 or more.")


# -- worker processes -------------------------------------------------------------------
def _worker_main(conn: Connection, store_path: str) -> None:
    """A worker's loop: answer each Job sent over `conn` with a Reply."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the front's to handle
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    from .protocol import evaluate, run_update
    from .store import Store, open_store

    store: Store | None = None
    opened_at, generation = 0.0, -1

    def snapshot(wanted: int) -> Store:
        nonlocal store, opened_at, generation
        if store is None or wanted != generation or time.monotonic() - opened_at > REFRESH_SECONDS:
            if store is not None:
                store.close()
            store = None
            store = open_store(store_path, read_only=True)
            if not store.read_only and getattr(type(store), "can_read_only", False):
                # it was opened for writing to bring its reference graphs up to date: let go of the lock
                store.close()
                store = open_store(store_path, read_only=True)
            opened_at, generation = time.monotonic(), wanted
        return store

    with contextlib.suppress(DiplographError):  # open the store now, so the first query does not wait
        snapshot(0)
    conn.send("ready")
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if job.kind == "update":
                if store is not None:
                    store.close()
                    store = None
                reply = run_update(store_path, job.text)
            else:
                reply = evaluate(snapshot(job.generation), job)
        except DiplographError as exc:
            reply = Reply.error(error_status(exc), str(exc))
        except Exception as exc:  # never let one request take the worker down
            reply = Reply.error(500, f"the query failed: {(str(exc) or type(exc).__name__).splitlines()[0]}")
        conn.send(reply)


def _exit_with_parent(parent: int) -> None:
    """End this worker when the front is gone, even in the middle of a long query."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, store_path: str) -> None:
        context = multiprocessing.get_context("spawn")  # the front runs threads: no fork
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, store_path), daemon=True,
                                       name="diplograph-serve-worker")
        self.process.start()
        child.close()
        self.ready = False

    def call(self, job: Job, timeout: float) -> Reply | None:
        """The worker's reply, or None when it did not come within `timeout` seconds."""
        if not self.ready:
            if not self.conn.poll(STARTUP_SECONDS):
                raise ProtocolError(503, "a query worker did not start in time; try again.")
            self.conn.recv()
            self.ready = True
        self.conn.send(job)
        if not self.conn.poll(timeout):
            return None
        reply: Reply = self.conn.recv()
        return reply

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A fixed number of worker processes; a worker that overruns the time limit is replaced."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.generation = 0
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()  # the last used first: its view is the newest
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        for _ in range(self.config.workers):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self.config.store_path)
        with self._lock:
            self._all.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> _Worker:
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if self._closed:  # shutting down: no replacement
                return worker
        return self._spawn()

    def run(self, job: Job) -> Reply:
        """Run `job` in a free worker, within the time limit (blocking; call it from a thread)."""
        timeout = self.config.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Reply.error(503, f"all {self.config.workers} query workers stayed busy for {timeout:g} s; "
                                    "try again later.")
        try:
            job.generation = self.generation
            reply = worker.call(job, timeout)
            if reply is None:
                worker = self._retire(worker)
                what = "update" if job.kind == "update" else "query"
                return Reply.error(503, f"the {what} ran longer than the {timeout:g} s limit (--timeout) "
                                        "and was stopped.")
            if job.kind == "update" and reply.status < 300:
                with self._lock:
                    self.generation += 1
            return reply
        except ProtocolError as exc:
            worker = self._retire(worker)
            return Reply.error(exc.status, str(exc))
        except (EOFError, OSError):
            worker = self._retire(worker)
            return Reply.error(500, "the query worker stopped unexpectedly (out of memory?); it was replaced.")
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._all, self._closed = list(self._all), [], True
        for worker in workers:
            worker.kill()


# -- requests ---------------------------------------------------------------------------
def library_listing() -> list[dict[str, Any]]:
    """The query library as JSON-ready records: name, question, parameters, example, text."""
    from .query import list_queries, load_query

    listing = []
    for name in list_queries():
        spec = load_query(name)
        listing.append({
            "name": name, "question": spec.question, "example": spec.example, "text": spec.text,
            "parameters": [{"name": p.name, "kind": p.kind, "required": p.required, "description": p.description}
                           for p in spec.parameters],
        })
    return listing


def host_allowed(config: ServerConfig, host_header: str | None) -> bool:
    """On a loopback address, only loopback host names (a DNS-rebinding page sends its own)."""
    if config.host not in LOOPBACK_NAMES:
        return True
    host = (host_header or "").strip().lower()
    name = host[1:host.find("]")] if host.startswith("[") else host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return name in LOOPBACK_NAMES


def create_app(config: ServerConfig) -> Any:
    """The ASGI application: `/` (query page), `/static/…`, `/sparql`, `/queries`, `/queries/NAME`."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import FileResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    from .protocol import authorized, protocol_job, uses_service

    pool = WorkerPool(config)

    def reply_response(reply: Reply) -> Response:
        headers = {"Vary": "Accept", "Cache-Control": "no-store", **reply.headers}
        return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=headers)

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > config.max_body:
            raise ProtocolError(413, f"the request body is larger than the {config.max_body:,} byte limit (--max-body).")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > config.max_body:
                raise ProtocolError(413, f"the request body is larger than the {config.max_body:,} byte limit "
                                         "(--max-body).")
            chunks.append(chunk)
        return b"".join(chunks)

    async def sparql(request: Request) -> Response:
        try:
            if len(request.url.query) > config.max_body:
                raise ProtocolError(414, f"the query string is longer than the {config.max_body:,} byte limit "
                                         "(--max-body); POST long queries.")
            body = await read_body(request) if request.method == "POST" else b""
            job = protocol_job(request.method, list(request.query_params.multi_items()),
                               request.headers.get("content-type", ""), body,
                               request.headers.get("accept", "*/*"), config.max_results)
            if not config.allow_service and uses_service(job.text):
                raise ProtocolError(403, "SERVICE (federated query) is off on this endpoint, since it makes the "
                                         "server send HTTP requests; start it with --allow-service to use it.")
            if job.kind == "update":
                if not config.allow_update:
                    raise ProtocolError(403, "this endpoint is read-only; start it with --allow-update --token … "
                                             "to accept updates.")
                if not authorized(config.token, request.headers.get("authorization")):
                    raise ProtocolError(403, "updates need the header 'Authorization: Bearer <token>' with the "
                                             "server's token.")
        except ProtocolError as exc:
            return reply_response(Reply.error(exc.status, str(exc)))
        return reply_response(await run_in_threadpool(pool.run, job))

    async def named_query(request: Request) -> Response:
        name = request.path_params["name"]
        params = dict(request.query_params)
        fmt = params.pop("format", None)
        if name not in library_names:
            return reply_response(Reply.error(404, f"unknown query {name!r}; GET /queries lists the library."))
        job = Job("named", name, accept=request.headers.get("accept", "*/*"), fmt=fmt, params=params,
                  max_results=config.max_results)
        return reply_response(await run_in_threadpool(pool.run, job))

    async def listing(request: Request) -> Response:
        return Response(json_bytes(queries), media_type="application/json")

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    queries = library_listing()
    library_names = {q["name"] for q in queries}
    middleware = [Middleware(_HostCheck, config=config)]
    if config.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=config.cors_origins,
                                     allow_methods=["GET", "POST"], expose_headers=[TRUNCATED_HEADER],
                                     allow_headers=["Accept", "Authorization", "Content-Type"]))
    routes = [
        Route("/", index, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries", listing, methods=["GET"]),
        Route("/queries/{name}", named_query, methods=["GET"]),
        Mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static"),
    ]
    return Starlette(routes=routes, middleware=middleware, lifespan=lambda app: pool_lifespan(pool))


class _HostCheck:
    """ASGI middleware: 400 for a request whose Host header `host_allowed` refuses."""

    def __init__(self, app: Any, config: ServerConfig) -> None:
        self.app, self.config = app, config

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
            if not host_allowed(self.config, host):
                reply = Reply.error(400, f"requests to this server must name it as 127.0.0.1 or localhost, not {host!r}.")
                await send({"type": "http.response.start", "status": reply.status,
                            "headers": [(b"content-type", reply.media_type.encode())]})
                await send({"type": "http.response.body", "body": reply.body})
                return
        await self.app(scope, receive, send)


def serve(config: ServerConfig, on_ready: Callable[[str], None] | None = None) -> None:
    """Run the endpoint until interrupted (Ctrl-C or SIGTERM).

    `on_ready` gets the page's URL once the settings, the address and the store were checked.

    Raises:
        ServeError: bad settings, or the address is taken. StoreError: the store cannot be opened.
    """
    import uvicorn

    from .store import open_store

    config.check()
    _check_address(config.host, config.port)
    with open_store(config.store_path, read_only=True):  # create it, or fail now with a clear error
        pass
    if on_ready is not None:
        on_ready(f"http://{f'[{config.host}]' if ':' in config.host else config.host}:{config.port}/")
    uvicorn.run(create_app(config), host=config.host, port=config.port, log_level="warning",
                access_log=False, server_header=False, limit_concurrency=MAX_CONNECTIONS)


def _check_address(host: str, port: int) -> None:
    """Fail with one clear line, before any worker starts, when host:port cannot be listened on."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(infos[0][4])
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; pass another --port or --host.") \
            from exc


@contextlib.asynccontextmanager
async def pool_lifespan(pool: WorkerPool) -> AsyncIterator[None]:
    """Start the workers with the app, stop them with it."""
    pool.start()
    try:
        yield
    finally:
        pool.close()


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")
