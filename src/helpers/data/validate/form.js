// The script of the judging page (helpers validate form). Document text only ever goes in as text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sample-data").textContent);
  var store = "helpers-validate:" + data.id;
  var judged = load();
  var at = firstOpen();
  var $ = function (id) { return document.getElementById(id); };

  function load() {
    try { return JSON.parse(window.localStorage.getItem(store) || "[]"); } catch (e) { return []; }
  }
  function save() {
    try { window.localStorage.setItem(store, JSON.stringify(judged)); } catch (e) { /* private mode: kept in the page */ }
    document.documentElement.setAttribute("data-jsonl", jsonl());
    document.documentElement.setAttribute("data-judged", String(judged.length));
  }
  function jsonl() {
    return judged.map(function (j) { return JSON.stringify(j); }).join("\n") + (judged.length ? "\n" : "");
  }
  function coder() { return $("coder").value.trim(); }
  function judgedBy(key) {
    for (var i = judged.length - 1; i >= 0; i--) {
      if (judged[i].key === key && judged[i].coder === coder()) { return judged[i]; }
    }
    return null;
  }
  function firstOpen() {
    for (var i = 0; i < data.rows.length; i++) {
      if (!judgedByAny(data.rows[i].key)) { return i; }
    }
    return 0;
  }
  function judgedByAny(key) {
    for (var i = 0; i < judged.length; i++) { if (judged[i].key === key) { return true; } }
    return false;
  }
  function vocabulary(row) { return row.sample === "recall" ? data.recall_verdicts : data.verdicts; }
  function text(node, value) { node.textContent = value == null ? "" : String(value); return node; }
  function element(name, value) { return text(document.createElement(name), value); }

  function showEvidence(row) {
    var box = $("evidence"), s = row.evidence || "", a = row.mark_start, b = row.mark_end;
    box.textContent = "";
    box.setAttribute("dir", /[\u0600-\u06FF]/.test(s) ? "rtl" : "auto");
    if (a === null || b === null || a === undefined || b === undefined || a < 0 || b > s.length || a > b) {
      box.appendChild(document.createTextNode(s));
      return;
    }
    box.appendChild(document.createTextNode(s.slice(0, a)));
    box.appendChild(element("mark", s.slice(a, b)));
    box.appendChild(document.createTextNode(s.slice(b)));
  }

  function showLabelField(row) {
    var holder = $("label-field"), previous = judgedBy(row.key);
    holder.textContent = "";
    var field;
    if (data.choices.length && row.sample !== "recall") {
      field = document.createElement("select");
      field.appendChild(element("option", ""));
      data.choices.forEach(function (choice) { field.appendChild(element("option", choice)); });
    } else {
      field = document.createElement("input");
      field.size = 20;
      field.autocomplete = "off";
    }
    field.id = "correct-label";
    field.value = previous ? previous.correct_label : "";
    holder.appendChild(field);
    $("correct-actor").value = previous ? previous.correct_actor : "";
    $("note").value = previous ? previous.note : "";
  }

  function show() {
    var row = data.rows[at];
    text($("heading"), "Judge " + data.rows.length + " " + data.item + " rows of the " + data.table + " table" +
         (row && row.sample === "recall" ? " (recall sample: did the table miss something in this sentence?)" : ""));
    text($("progress"), " · row " + (at + 1) + " of " + data.rows.length + " · " + judged.length + " judgements");
    if (!row) { return; }
    var where = $("document");
    where.textContent = "";
    [row.outlet, row.title, row.doc_id].forEach(function (part, i) {
      if (i) { where.appendChild(document.createTextNode(" · ")); }
      where.appendChild(element("bdi", part));
    });
    showEvidence(row);
    var columns = $("columns");
    columns.textContent = "";
    row.fields.forEach(function (pair) {
      var tr = document.createElement("tr");
      tr.appendChild(element("td", pair[0]));
      tr.appendChild(element("td", pair[1]));
      columns.appendChild(tr);
    });
    showLabelField(row);
    var buttons = $("verdicts"), previous = judgedBy(row.key);
    buttons.textContent = "";
    vocabulary(row).forEach(function (v, i) {
      var button = element("button", (i + 1) + " · " + v.verdict.replace(/_/g, " "));
      button.type = "button";
      button.title = v.meaning;
      button.setAttribute("data-verdict", v.verdict);
      if (previous && previous.verdict === v.verdict) { button.className = "chosen"; }
      button.addEventListener("click", function () { choose(v); });
      buttons.appendChild(button);
    });
    text($("message"), "");
  }

  function now() { return new Date().toISOString().replace(/\.\d+Z$/, "+00:00"); }

  function choose(v) {
    var row = data.rows[at], label = $("correct-label").value.trim(), actor = $("correct-actor").value.trim();
    if (!coder()) { text($("message"), "Type your name as coder first."); $("coder").focus(); return; }
    if (v.action === "relabel" && !label) { text($("message"), "Give the right label first, then choose “" + v.verdict + "”."); return; }
    if (v.action === "reactor" && !actor) { text($("message"), "Give the right actor first, then choose “" + v.verdict + "”."); return; }
    judged.push({key: row.key, table: row.table, sample: row.sample, doc_id: row.doc_id, label: row.label,
                 outlet: row.outlet, verdict: v.verdict, correct_label: v.action === "relabel" || v.action === "missed" ? label : "",
                 correct_actor: v.action === "reactor" || v.action === "missed" ? actor : "", note: $("note").value.trim(),
                 coder: coder(), time: now()});
    try { window.localStorage.setItem(store + ":coder", coder()); } catch (e) { /* ignore */ }
    save();
    if (at < data.rows.length - 1) { at += 1; }
    show();
  }

  function download() {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([jsonl()], {type: "application/x-ndjson"}));
    link.download = data.download;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  $("previous").addEventListener("click", function () { if (at > 0) { at -= 1; show(); } });
  $("next").addEventListener("click", function () { if (at < data.rows.length - 1) { at += 1; show(); } });
  $("download").addEventListener("click", download);
  $("coder").addEventListener("change", show);
  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "INPUT" || event.target.tagName === "SELECT") { return; }
    var row = data.rows[at], n = parseInt(event.key, 10);
    if (event.key === "ArrowLeft" && at > 0) { at -= 1; show(); }
    else if (event.key === "ArrowRight" && at < data.rows.length - 1) { at += 1; show(); }
    else if (row && n >= 1 && n <= vocabulary(row).length) { choose(vocabulary(row)[n - 1]); }
  });
  try { $("coder").value = window.localStorage.getItem(store + ":coder") || ""; } catch (e) { /* ignore */ }
  save();
  show();
}());
