// The report page's own script (helpers report): Arabic-folded search, filters by outlet, date and
// relevance, drill-down links to the rows behind a count, CSV downloads of the tables. Offline: it uses the
// DataTables that itables bundles into the page. Document text is only ever read as text (textContent).
(async function () {
  "use strict";
  const root = document.documentElement;
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const foldMap = data.fold;
  const foldChars = new RegExp("[" + Object.keys(foldMap).map(function (c) {
    return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
  }).join("") + "]", "g");

  // The folding of helpers.text.normalise (alef and hamza seats, teh marbuta, alef maqsura, diacritics, tatweel).
  function fold(text) {
    return typeof text === "string" ? text.replace(foldChars, function (c) { return foldMap[c]; }) : text;
  }
  window.reportFold = fold;

  const key = Object.keys(window).find(function (k) { return /^_itables_\d/.test(k); });
  if (!key) { root.setAttribute("data-report-ready", "no tables"); return; }
  const bundle = await window[key];
  const DataTable = bundle.default;
  // Search data and search terms are folded alike (DataTables applies this to both).
  DataTable.util.diacritics(function (text, both) {
    if (typeof text !== "string") return text;
    const folded = fold(text.normalize("NFC"));
    return both === true ? text + " " + folded : folded;
  });

  const state = { outlets: null, from: "", to: "", relevance: null };
  const docs = data.documents;

  function columns(settings) {
    if (!settings._report) {
      const names = settings.aoColumns.map(function (c) {
        return (c.nTh ? c.nTh.textContent : c.sTitle || "").trim();
      });
      settings._report = { doc: names.indexOf("doc_id"), outlet: names.indexOf("outlet"), names: names, match: null };
    }
    return settings._report;
  }

  function docOf(cell) {
    const found = /href="#(doc-[A-Za-z0-9_-]+)"/.exec(cell || "");
    return found ? docs[found[1]] : undefined;
  }

  DataTable.ext.search.push(function (settings, searchData, index, rowData) {
    const cols = columns(settings);
    if (cols.match) {
      for (const name in cols.match) {
        const at = cols.names.indexOf(name);
        if (at >= 0 && fold(String(searchData[at]).trim()) !== fold(cols.match[name])) return false;
      }
    }
    const meta = cols.doc >= 0 ? docOf(rowData[cols.doc]) : undefined;
    const outlet = meta ? data.outlets[meta[0]] : (cols.outlet >= 0 ? String(searchData[cols.outlet]).trim() : null);
    if (state.outlets && outlet !== null && !state.outlets.has(outlet)) return false;
    if (meta && (state.from || state.to)) {
      const day = meta[1];
      if (!day || (state.from && day < state.from) || (state.to && day > state.to)) return false;
    }
    if (meta && state.relevance && meta[2] && !state.relevance.has(meta[2])) return false;
    return true;
  });

  function tables() { return DataTable.tables({ api: true }); }

  function status() {
    let shown = 0, all = 0, affected = 0;
    tables().iterator("table", function (settings) {
      const cols = columns(settings);
      if (cols.doc < 0 && cols.outlet < 0) return;
      affected++;
      shown += settings.aiDisplay.length;
      all += settings.aiDisplayMaster.length;
    });
    const active = state.outlets || state.from || state.to || state.relevance;
    document.getElementById("filter-status").textContent = active
      ? shown + " of " + all + " rows shown in the " + affected + " tables the filters apply to"
      : "no filter: every row is shown";
  }

  function readFilters() {
    const picked = Array.from(document.getElementById("filter-outlet").selectedOptions).map(function (o) {
      return data.outlets[Number(o.value)];
    });
    state.outlets = picked.length ? new Set(picked) : null;
    state.from = document.getElementById("filter-from").value;
    state.to = document.getElementById("filter-to").value;
    const boxes = Array.from(document.querySelectorAll(".filter-relevance"));
    const kept = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    state.relevance = kept.length < boxes.length ? new Set(kept) : null;
    tables().draw();
    status();
  }

  function csvCell(value) {
    let text = String(value).replace(/\s+/g, " ").trim();
    // As helpers.io.cells: a cell a spreadsheet would read as a formula gets an apostrophe (plain numbers do not).
    if (/^'*[=+\-@\t\r\0]/.test(text) && !/^[+-]?[0-9]+(\.[0-9]+)?$/.test(text)) text = "'" + text;
    return /[",\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function tableCsv(api) {
    const head = api.columns().header().toArray().map(function (th) { return csvCell(th.textContent); });
    const lines = [head.join(",")];
    api.rows({ search: "applied", order: "applied" }).nodes().each(function (tr) {
      lines.push(Array.from(tr.cells).map(function (td) { return csvCell(td.textContent); }).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function tools(api) {
    const node = api.table().node();
    if (!node.id || document.getElementById("tools-" + node.id)) return;
    const bar = document.createElement("div");
    bar.className = "table-tools";
    bar.id = "tools-" + node.id;
    const link = document.createElement("a");
    link.className = "csv-download";
    link.textContent = "Download CSV (the rows shown by the filters)";
    link.href = "#";
    link.download = node.id.replace(/^T_/, "") + ".csv";
    function prepare() {
      if (link.dataset.url) URL.revokeObjectURL(link.dataset.url);
      link.dataset.url = URL.createObjectURL(new Blob([tableCsv(api)], { type: "text/csv;charset=utf-8" }));
      link.href = link.dataset.url;
    }
    ["pointerdown", "focus", "click"].forEach(function (name) { link.addEventListener(name, prepare); });
    const note = document.createElement("span");
    note.className = "drill-note";
    bar.appendChild(link);
    bar.appendChild(note);
    const box = api.table().container();
    box.parentNode.insertBefore(bar, box);
  }

  function showRows(target, match) {
    tables().iterator("table", function (settings) {
      if (settings.nTable.id !== target) return;
      const api = new DataTable.Api(settings);
      const cols = columns(settings);
      cols.match = match;
      api.search("").draw();
      const note = document.getElementById("tools-" + target).querySelector(".drill-note");
      note.textContent = "";
      if (match) {
        note.appendChild(document.createTextNode(" · showing the rows of " + Object.keys(match).map(function (k) {
          return k + " = " + match[k];
        }).join(", ") + " "));
        const all = document.createElement("button");
        all.type = "button";
        all.textContent = "show every row";
        all.addEventListener("click", function () { showRows(target, null); });
        note.appendChild(all);
      }
    });
    status();
  }

  document.addEventListener("click", function (event) {
    const drill = event.target.closest ? event.target.closest("a.rows-link") : null;
    if (drill) {
      const wanted = JSON.parse(decodeURIComponent(drill.getAttribute("data-rows")));
      showRows(wanted.table, wanted.match);
      return;
    }
    const back = event.target.closest ? event.target.closest("a.doc-return") : null;
    if (back) { event.preventDefault(); history.back(); }
  });

  function setup() {
    const bar = document.getElementById("report-filters");
    if (bar) {
      bar.hidden = false;
      bar.querySelectorAll("select, input").forEach(function (el) { el.addEventListener("change", readFilters); });
      document.getElementById("filter-reset").addEventListener("click", function () {
        bar.querySelectorAll("option").forEach(function (o) { o.selected = false; });
        bar.querySelectorAll("input[type=date]").forEach(function (i) { i.value = ""; });
        bar.querySelectorAll(".filter-relevance").forEach(function (b) { b.checked = true; });
        readFilters();
      });
    }
    status();
  }

  // This script runs before itables makes the tables (it is placed right after the bundle): each table gets
  // its tools when DataTables says it is ready; data-report-ready on the root element counts them.
  function made(settings) {
    const api = new DataTable.Api(settings);
    tools(api);
    if (state.outlets || state.from || state.to || state.relevance) api.draw();
    root.setAttribute("data-report-ready", String(DataTable.tables().length));
    status();
  }
  bundle.jQuery(document).on("init.dt", function (event, settings) { made(settings); });
  tables().iterator("table", function (settings) { made(settings); });
  setup();
})().catch(function (error) {
  if (window.__reportError) window.__reportError("report script: " + error);
});
