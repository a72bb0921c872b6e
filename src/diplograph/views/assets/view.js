// diplograph view: HTML tooltips for nodes and edges, a legend that hides types and
// relations, and a readiness mark for tests. Runs after pyvis has drawn `network`.
(function () {
  "use strict";
  // A large view keeps its tooltips in a script beside the page, loaded once the network is drawn.
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  function tips() { return data; }
  function loadTips() {
    if (!data.external) { return; }
    var script = document.createElement("script");
    script.src = data.external;
    script.onload = function () {
      data.nodes = window.diplographTips.nodes;
      data.edges = window.diplographTips.edges;
      window.diplographTipsLoaded = performance.now();
    };
    document.body.appendChild(script);
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

  network.on("hoverNode", function (p) { if (!pinned) { show(tips().nodes[p.node], p.pointer, "node", p.node); } });
  network.on("hoverEdge", function (p) { if (!pinned) { show(tips().edges[p.edge], p.pointer, "edge", p.edge); } });
  network.on("blurNode", hideSoon);
  network.on("blurEdge", hideSoon);
  network.on("click", function (p) {
    pinned = false;
    if (p.nodes.length) { show(tips().nodes[p.nodes[0]], p.pointer, "node", p.nodes[0]); pinned = true; }
    else if (p.edges.length) { show(tips().edges[p.edges[0]], p.pointer, "edge", p.edges[0]); pinned = true; }
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
      var all = tips(), search = document.getElementById("select-node");
      if (all.search.length && search && search.tomselect) {
        search.tomselect.addOptions(all.search.map(function (o) { return { value: o[0], text: o[1] }; }));
      }
      if (all.focus) { network.selectNodes([all.focus]); }
      loadTips();
      window.diplographLoaded = performance.now();
    }, 0);
  });
  network.redraw();
})();
