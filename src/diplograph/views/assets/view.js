// diplograph view: HTML tooltips for nodes and edges, a legend that hides types and
// relations, and a readiness mark for tests. Runs after pyvis has drawn `network`.
(function () {
  "use strict";
  // A large view keeps its tooltips in scripts beside the page (`<name>.tips/n0.js`,
  // `e3.js`, … of `data.chunk` tooltips each), loaded when one of their items is first
  // pointed at; each script calls window.diplographTips(chunk, kind, tips).
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var waiting = {};
  window.diplographTips = function (chunk, kind, part) {
    Object.keys(part).forEach(function (id) { data[kind][id] = part[id]; });
    (waiting[chunk] || []).forEach(function (then) { then(); });
    waiting[chunk] = [];
  };
  function withTip(kind, id, then) {
    var table = kind === "node" ? data.nodes : data.edges;
    if (table[id] !== undefined || !data.external) { then(table[id]); return; }
    var chunk = id.charAt(0) + Math.floor(parseInt(id.slice(1), 10) / data.chunk);
    var first = !waiting[chunk];
    waiting[chunk] = waiting[chunk] || [];
    waiting[chunk].push(function () { then(table[id]); });
    if (first) {
      var script = document.createElement("script");
      script.src = data.external + chunk + ".js";
      document.body.appendChild(script);
    }
  }
  var container = document.getElementById("mynetwork");
  var tooltip = document.getElementById("dg-tooltip");
  var legend = document.getElementById("dg-legend");
  container.appendChild(tooltip);
  container.appendChild(legend);
  var hideTimer = null;
  var pinned = false;

  function place(pointer) {
    var x = pointer.DOM.x + 14, y = pointer.DOM.y + 14;
    var maxX = container.clientWidth - tooltip.offsetWidth - 8;
    var maxY = container.clientHeight - tooltip.offsetHeight - 8;
    tooltip.style.left = Math.max(4, Math.min(x, maxX)) + "px";
    tooltip.style.top = Math.max(4, Math.min(y, maxY)) + "px";
  }
  function show(html, pointer, kind, id) {
    if (!html) { return; }
    clearTimeout(hideTimer);
    tooltip.innerHTML = html;
    tooltip.dataset.kind = kind;
    tooltip.dataset.id = id;
    tooltip.style.display = "block";
    place(pointer);
  }
  function hideSoon() {
    if (pinned) { return; }
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () { tooltip.style.display = "none"; }, 400);
  }
  tooltip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  tooltip.addEventListener("mouseleave", hideSoon);

  var pointed = null;   // the node or edge under the pointer ("node:n3"), so a late tooltip is not shown elsewhere
  function hoverOn(kind, id, pointer) {
    pointed = kind + ":" + id;
    withTip(kind, id, function (html) {
      if (!pinned && pointed === kind + ":" + id) { show(html, pointer, kind, id); }
    });
  }
  function pin(kind, id, pointer) {
    pointed = kind + ":" + id;
    pinned = true;
    withTip(kind, id, function (html) { if (pinned && pointed === kind + ":" + id) { show(html, pointer, kind, id); } });
  }
  network.on("hoverNode", function (p) { hoverOn("node", p.node, p.pointer); });
  network.on("hoverEdge", function (p) { hoverOn("edge", p.edge, p.pointer); });
  network.on("blurNode", function () { pointed = null; hideSoon(); });
  network.on("blurEdge", function () { pointed = null; hideSoon(); });
  network.on("click", function (p) {
    pinned = false;
    if (p.nodes.length) { pin("node", p.nodes[0], p.pointer); }
    else if (p.edges.length) { pin("edge", p.edges[0], p.pointer); }
    else { tooltip.style.display = "none"; }
  });
  network.on("dragStart", function () { if (!pinned) { tooltip.style.display = "none"; } });

  // Legend: a click on a type or relation hides its nodes or edges; another shows them again.
  var hiddenTypes = {}, hiddenRelations = {};
  function applyLegend() {
    nodes.update(nodes.get({ fields: ["id", "type"] }).map(function (n) {
      return { id: n.id, hidden: !!hiddenTypes[n.type] };
    }));
    edges.update(edges.get({ fields: ["id", "relation"] }).map(function (e) {
      return { id: e.id, hidden: !!hiddenRelations[e.relation] };
    }));
  }
  Array.prototype.forEach.call(legend.querySelectorAll(".dg-legend-row"), function (row) {
    row.addEventListener("click", function () {
      var table = row.dataset.type !== undefined ? hiddenTypes : hiddenRelations;
      var key = row.dataset.type !== undefined ? row.dataset.type : row.dataset.relation;
      table[key] = !table[key];
      row.classList.toggle("dg-off", table[key]);
      applyLegend();
    });
  });

  // Ready once the network has drawn itself; the first drawing may already have
  // happened before this script ran, so ask for one more.
  network.once("afterDrawing", function () {
    window.diplographReady = performance.now();
    document.body.setAttribute("data-ready", "1");
    setTimeout(function () {
      var search = document.getElementById("select-node");
      if (data.search.length && search && search.tomselect) {
        search.tomselect.addOptions(data.search.map(function (o) { return { value: o[0], text: o[1] }; }));
      }
      if (data.focus) { network.selectNodes([data.focus]); }
      window.diplographLoaded = performance.now();
    }, 0);
  });
  network.redraw();
})();
