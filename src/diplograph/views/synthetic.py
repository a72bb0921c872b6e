"""Synthetic view graphs of any size, shaped like the news graph, for benchmarks and scale tests.

The mix follows what articles about international relations yield: many events and
people, fewer states, few organizations that many states belong to. Popular targets
are drawn with Zipf-like weights, so a few hubs (the UN, a summit host) collect
many edges, as they do in the real graph. Everything is seeded and reproducible.
"""
from __future__ import annotations

import numpy as np
import networkx as nx

from .network import Source

_MIX = (("State", 0.10), ("Organization", 0.05), ("Agreement", 0.12), ("Person", 0.25), ("Event", 0.28),
        ("Place", 0.15), ("Initiative", 0.05))
_BASE = "https://w3id.org/diplograph/id/"
_PREFIX = {"State": "state", "Organization": "org", "Agreement": "agreement", "Person": "person", "Event": "event",
           "Place": "place", "Initiative": "initiative"}


def synthetic_network(nodes: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A view graph of about `nodes` entities and 2.5 times as many relations, each with 1-3 sources."""
    rng = np.random.default_rng(seed)
    graph = nx.MultiDiGraph()
    pools: dict[str, list[str]] = {}
    for type_name, share in _MIX:
        count = max(2, int(round(nodes * share)))
        pools[type_name] = [f"{_BASE}{_PREFIX[type_name]}/synthetic-{i}" for i in range(count)]
        for i, iri in enumerate(pools[type_name]):
            name = f"{type_name} {i}"
            graph.add_node(iri, label=name, type=type_name, labels={"en": [name], "bg": [f"{name} (bg)"]},
                           wikidata=f"Q{9_000_000 + len(graph)}", claims=0)
    pick = _Picker(rng, pools)
    for person in pools["Person"]:
        pick.link(graph, person, "officialOf", pick.one("State", "Organization"))
    for event in pools["Event"]:
        pick.link(graph, event, "locatedIn", pick.one("Place"))
        for _ in range(int(rng.integers(2, 6))):
            pick.link(graph, pick.one("State", "Person", "Organization"), "participatedIn", event)
    for place in pools["Place"]:
        pick.link(graph, place, "locatedIn", pick.one("State"))
    for state in pools["State"]:
        for _ in range(int(rng.integers(1, 4))):
            pick.link(graph, state, "memberOf", pick.one("Organization"))
        pick.link(graph, state, str(rng.choice(["signed", "ratified", "accededTo", "partyTo"])), pick.one("Agreement"))
        pick.link(graph, state, "partnerOf", pick.one("State", "Organization"))
    for agreement in pools["Agreement"]:
        pick.link(graph, pick.one("Event", "Organization"), "adopted", agreement)
    for initiative in pools["Initiative"]:
        pick.link(graph, pick.one("State", "Person"), "proposed", initiative)
    for node in graph:
        graph.nodes[node]["claims"] = sum(d["weight"] for *_, d in graph.edges(node, data=True)) + \
            sum(d["weight"] for *_, d in graph.in_edges(node, data=True))
    return graph


class _Picker:
    def __init__(self, rng: np.random.Generator, pools: dict[str, list[str]]) -> None:
        self.rng, self.pools = rng, pools
        self.weights = {t: 1 / np.arange(1, len(p) + 1) ** 0.9 for t, p in pools.items()}
        self.sources = 0

    def one(self, *types: str) -> str:
        type_name = str(self.rng.choice(types))
        weights = self.weights[type_name]
        return self.pools[type_name][int(self.rng.choice(len(weights), p=weights / weights.sum()))]

    def link(self, graph: nx.MultiDiGraph, s: str, relation: str, o: str) -> None:
        if s == o or graph.has_edge(s, o, relation):
            return
        sources = []
        for _ in range(int(self.rng.integers(1, 4))):
            self.sources += 1
            year = int(self.rng.integers(1995, 2026))
            doc = f"synthetic-{self.sources % 5000:04d}"
            sources.append(Source("article", f"Synthetic evidence sentence {self.sources}: "
                                  f"{graph.nodes[s]['label']} {relation} {graph.nodes[o]['label']}.",
                                  doc, f"Synthetic article {doc}", f"https://example.org/{doc}", "Synthetic Wire",
                                  f"{year}-06-01", at=str(year)))
        graph.add_edge(s, o, key=relation, relation=relation, sources=sources, weight=len(sources),
                       docs=sorted({x.doc for x in sources}))
