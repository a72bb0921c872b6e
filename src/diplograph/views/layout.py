"""Node positions computed in Python, so that a browser draws a large view at once.

Small graphs use networkx's `spring_layout` (Fruchterman-Reingold). Beyond
`SPRING_LIMIT` nodes, networkx's layouts cost O(n^2) per iteration, so large graphs
use the grid variant of the same algorithm that Fruchterman and Reingold give in
their paper ("Graph drawing by force-directed placement", Software: Practice and
Experience 21(11), 1991, section 4.1): repulsion is computed only between nodes in
neighbouring cells of a grid whose cells are twice the ideal edge length wide. With
numpy that is linear in nodes and edges per iteration.
"""
from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

SPRING_LIMIT = 400      # nodes; above this the grid variant is used
EDGE_LENGTH = 90.0      # ideal distance between linked nodes, in vis-network pixels


def layout_positions(graph: nx.Graph, *, seed: int = 7, iterations: int = 60) -> dict[Hashable, tuple[float, float]]:
    """Positions in pixels for every node of `graph` (directions and parallel edges ignored)."""
    simple = nx.Graph(graph)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(simple)): (0.0, 0.0)}
    if n <= SPRING_LIMIT:
        positions = nx.spring_layout(simple, seed=seed, iterations=iterations)
        scale = EDGE_LENGTH * np.sqrt(n) / 2
        return {node: (float(x * scale), float(y * scale)) for node, (x, y) in positions.items()}
    return grid_layout(simple, seed=seed, iterations=iterations)


def grid_layout(graph: nx.Graph, *, seed: int = 7, iterations: int = 60) -> dict[Hashable, tuple[float, float]]:
    """Fruchterman-Reingold with grid-limited repulsion (see the module docstring)."""
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    n, k = len(nodes), EDGE_LENGTH
    side = k * np.sqrt(n)
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    temperature = side / 10
    for step in range(iterations):
        force = _repulsion(pos, k) + _far_repulsion(pos, k) + _attraction(pos, edges, k)
        length = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-9)
        pos += force / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = side / 10 * (1 - (step + 1) / iterations) + k / 10
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}


def _attraction(pos: np.ndarray, edges: np.ndarray, k: float) -> np.ndarray:
    force = np.zeros_like(pos)
    if len(edges) == 0:
        return force
    delta = pos[edges[:, 0]] - pos[edges[:, 1]]
    distance = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-9)
    pull = delta * (distance / k)[:, None]            # |f| = d^2 / k along the edge
    for axis in (0, 1):
        force[:, axis] -= np.bincount(edges[:, 0], pull[:, axis], minlength=len(pos))
        force[:, axis] += np.bincount(edges[:, 1], pull[:, axis], minlength=len(pos))
    return force


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    """|f| = k^2 / d between nodes less than 2k apart, found through a grid of 2k cells."""
    cell = 2 * k
    cells = np.floor((pos - pos.min(axis=0)) / cell).astype(np.int64)
    width = int(cells[:, 0].max()) + 3
    cell_id = (cells[:, 0] + 1) + (cells[:, 1] + 1) * width
    order = np.argsort(cell_id, kind="stable")
    sorted_ids = cell_id[order]
    force = np.zeros_like(pos)
    # Each pair once: its own cell (i < j) and four of the eight neighbours; the push is
    # then applied to both nodes, in opposite directions.
    for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        neighbour = cell_id + dx + dy * width
        first = np.searchsorted(sorted_ids, neighbour, side="left")
        count = np.searchsorted(sorted_ids, neighbour, side="right") - first
        i = np.repeat(np.arange(len(pos)), count)
        j = order[np.repeat(first, count) + _ranges(count)]
        keep = i < j if (dx, dy) == (0, 0) else i != j
        i, j = i[keep], j[keep]
        delta = pos[i] - pos[j]
        distance2 = np.maximum((delta ** 2).sum(axis=1), 1e-2)
        near = distance2 < cell * cell
        push = delta[near] * (k * k / distance2[near])[:, None]
        i, j = i[near], j[near]
        for axis in (0, 1):
            force[:, axis] += np.bincount(i, push[:, axis], minlength=len(pos))
            force[:, axis] -= np.bincount(j, push[:, axis], minlength=len(pos))
    return force


def _far_repulsion(pos: np.ndarray, k: float, cells: int = 24) -> np.ndarray:
    """k^2 / d between the mass centres of the cells of a coarse grid, shared by each cell's nodes.

    This is the pressure that keeps the layout open; near pairs are `_repulsion`'s.
    """
    low, high = pos.min(axis=0), pos.max(axis=0)
    size = np.maximum((high - low) / cells, 1e-9)
    cell = np.minimum(((pos - low) / size).astype(np.int64), cells - 1)
    cell_id = cell[:, 0] + cell[:, 1] * cells
    mass = np.bincount(cell_id, minlength=cells * cells).astype(float)
    occupied = np.flatnonzero(mass)
    centre = np.stack([np.bincount(cell_id, pos[:, a], minlength=cells * cells) for a in (0, 1)], axis=1)
    centre, weight = centre[occupied] / mass[occupied, None], mass[occupied]
    delta = centre[:, None, :] - centre[None, :, :]
    distance2 = (delta ** 2).sum(axis=2)
    push = np.where(distance2 > (2 * k) ** 2, weight[None, :] * k * k / np.maximum(distance2, 1e-9), 0.0)
    per_cell = np.zeros((cells * cells, 2))
    per_cell[occupied] = (delta * push[:, :, None]).sum(axis=1)
    moved: np.ndarray = per_cell[cell_id]
    return moved


def _ranges(count: np.ndarray) -> np.ndarray:
    """0..c-1 for each c in `count`, concatenated."""
    total = int(count.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(np.cumsum(count) - count, count)
    offsets: np.ndarray = np.arange(total) - starts
    return offsets
