// The query page of `diplograph serve`: lists the query library, runs queries against
// /sparql (or /queries/NAME for an unchanged library query with parameters) and shows
// the answer. Every value from the server is inserted as text, never as markup. A link
// like /?name=partners&actor=ASEAN or /?query=SELECT… runs its query when the page opens.
"use strict";

const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
const TRUNCATED = "X-Diplograph-Truncated";
const $ = (id) => document.getElementById(id);
let selected = null;  // the library query last picked

function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
  return node;
}

async function loadLibrary() {
  const list = $("query-list");
  let queries = [];
  try {
    const response = await fetch("queries", { headers: { Accept: "application/json" } });
    queries = await response.json();
    for (const query of queries) {
      const button = element("button", null, { type: "button", "data-name": query.name, title: query.example });
      button.append(element("span", query.name, { class: "name" }), element("span", query.question, { class: "question" }));
      button.addEventListener("click", () => pick(query, button));
      const item = element("li");
      item.append(button);
      list.append(item);
    }
  } catch (error) {
    list.append(element("li", "The query library could not be loaded: " + error));
  }
  return queries;
}

// A link to the page can carry a query to run at once: ?query=SPARQL, or ?name=NAME&PARAM=VALUE…
function runFromLink(queries) {
  const params = new URLSearchParams(location.search);
  const query = queries.find((q) => q.name === params.get("name"));
  if (query) {
    pick(query, document.querySelector(`#query-list button[data-name="${CSS.escape(query.name)}"]`));
    for (const input of $("parameter-fields").querySelectorAll("input")) input.value = params.get(input.name) || "";
  } else if (params.get("query")) {
    $("query-text").value = params.get("query");
  } else {
    return;
  }
  $("query-form").requestSubmit();
}

function pick(query, button) {
  selected = query;
  for (const other of document.querySelectorAll("#query-list button")) other.classList.remove("selected");
  button.classList.add("selected");
  $("query-text").value = query.text;
  $("is-update").checked = false;
  $("token-label").hidden = true;
  const fields = $("parameter-fields");
  fields.replaceChildren();
  $("query-name").textContent = query.name;
  for (const parameter of query.parameters) {
    const row = element("div", null, { class: "parameter" });
    const id = "param-" + parameter.name;
    row.append(element("label", parameter.name + (parameter.required ? " *" : ""), { for: id }),
               element("input", null, { id, name: parameter.name, placeholder: parameter.kind + ": " + parameter.description }));
    fields.append(row);
  }
  $("parameters").hidden = query.parameters.length === 0;
}

function request() {
  const text = $("query-text").value;
  const headers = { Accept: ACCEPT };
  if ($("is-update").checked) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    const token = $("token").value;
    if (token) headers.Authorization = "Bearer " + token;
    return fetch("sparql", { method: "POST", headers, body: new URLSearchParams({ update: text }) });
  }
  if (selected && text === selected.text) {
    const params = new URLSearchParams();
    for (const input of $("parameter-fields").querySelectorAll("input")) {
      if (input.value.trim()) params.append(input.name, input.value.trim());
    }
    return fetch("queries/" + encodeURIComponent(selected.name) + "?" + params, { headers });
  }
  headers["Content-Type"] = "application/x-www-form-urlencoded";
  return fetch("sparql", { method: "POST", headers, body: new URLSearchParams({ query: text }) });
}

function showMessage(text, kind) {
  const message = $("message");
  message.textContent = text;
  message.className = kind || "";
}

function cell(term) {
  const td = element("td");
  if (!term) return td;
  if (term.type === "uri") {
    td.append(element("a", term.value, { href: term.value, rel: "noopener noreferrer", target: "_blank" }));
  } else {
    td.textContent = term.value + (term["xml:lang"] ? " @" + term["xml:lang"] : "");
  }
  return td;
}

function showTable(data) {
  const head = $("result-table").tHead, body = $("result-table").tBodies[0];
  const vars = data.head.vars || [];
  const row = element("tr");
  for (const name of vars) row.append(element("th", name));
  head.append(row);
  for (const binding of data.results.bindings) {
    const tr = element("tr");
    for (const name of vars) tr.append(cell(binding[name]));
    body.append(tr);
  }
  return data.results.bindings.length;
}

async function run(event) {
  event.preventDefault();
  $("result-table").tHead.replaceChildren();
  $("result-table").tBodies[0].replaceChildren();
  $("result-text").hidden = true;
  showMessage("");
  $("status").textContent = "running…";
  const started = performance.now();
  let response;
  try {
    response = await request();
  } catch (error) {
    $("status").textContent = "";
    showMessage("The server did not answer: " + error, "error");
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2) + " s";
  const type = response.headers.get("Content-Type") || "";
  const body = await response.text();
  if (!response.ok) {
    $("status").textContent = response.status + " after " + seconds;
    showMessage(body.trim(), "error");
    return;
  }
  let summary = "done";
  if (type.includes("sparql-results+json")) {
    const data = JSON.parse(body);
    if ("boolean" in data) summary = data.boolean ? "yes" : "no";
    else summary = showTable(data) + " rows";
  } else if (body) {
    $("result-text").textContent = body;
    $("result-text").hidden = false;
  }
  $("status").textContent = summary + " in " + seconds;
  const cut = response.headers.get(TRUNCATED);
  if (cut) showMessage("Only the first " + cut + " results are shown (the server's --max-results).", "warning");
}

document.addEventListener("DOMContentLoaded", () => {
  $("endpoint").textContent = new URL("sparql", document.baseURI).href;
  $("query-form").addEventListener("submit", run);
  $("is-update").addEventListener("change", () => { $("token-label").hidden = !$("is-update").checked; });
  loadLibrary().then(runFromLink);
});
