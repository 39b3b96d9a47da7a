// claimcmp report: draws the groups from the page's JSON data, a page at a time, and filters them.
// Every node is built with createElement and textContent: article text never becomes markup.
"use strict";
(function () {
  var PAGE = 100;
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var groups = data.groups;
  // versions travel as lists (see render/html.py VERSION_FIELDS): made objects here, once
  groups.forEach(function (g) {
    g.versions = g.versions.map(function (fields) {
      var v = {};
      data.version_fields.forEach(function (name, i) { v[name] = fields[i]; });
      v.reference = v.score === null;
      // a run is its text, or [text, 1] where the words differ from the reference
      v.runs = v.runs.map(function (run) { return typeof run === "string" ? [run, 0] : run; });
      return v;
    });
  });
  var articles = data.articles;
  var form = document.getElementById("filters");
  var list = document.getElementById("groups");
  var more = document.getElementById("more");
  var shownCount = document.querySelector("[data-testid=shown]");
  document.querySelector("[data-testid=total]").textContent = String(groups.length);

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function outletOf(version) {
    var a = articles[version.article];
    return a ? a.outlet : version.article;
  }

  // the text each group is searched in, lower case, made once
  groups.forEach(function (g) {
    var parts = [g.speaker, g.status, g.event].concat(g.reasons, g.notes);
    g.versions.forEach(function (v) {
      parts.push(v.speaker, v.cue, outletOf(v));
      v.runs.forEach(function (run) { parts.push(run[0]); });
    });
    g.haystack = parts.join(" \u0001 ").toLowerCase();
    g.outlets = {};
    g.versions.forEach(function (v) { g.outlets[outletOf(v)] = true; });
  });

  function fillSelect(name, counts) {
    var select = form.elements[name];
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b); })
      .forEach(function (key) {
        var option = el("option", null, key + " (" + counts[key] + ")");
        option.value = key;
        select.appendChild(option);
      });
  }
  var speakers = {}, outlets = {};
  groups.forEach(function (g) {
    if (g.speaker) speakers[g.speaker] = (speakers[g.speaker] || 0) + 1;
    Object.keys(g.outlets).forEach(function (o) { outlets[o] = (outlets[o] || 0) + 1; });
  });
  fillSelect("speaker", speakers);
  fillSelect("outlet", outlets);

  function wanted() {
    var statuses = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=status]"), function (box) {
      if (box.checked) statuses[box.value] = true;
    });
    var q = form.elements.q.value.trim().toLowerCase();
    var event = form.elements.event.value, speaker = form.elements.speaker.value, outlet = form.elements.outlet.value;
    return function (g) {
      return statuses[g.status] && (!event || g.event === event) && (!speaker || g.speaker === speaker) &&
        (!outlet || g.outlets[outlet]) && (!q || g.haystack.indexOf(q) >= 0);
    };
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url) ? url : "";
  }

  function versionNode(v) {
    var box = el("div", "version" + (v.reference ? " reference" : ""));
    var who = el("p", "who");
    who.appendChild(el("strong", null, v.speaker || "?"));
    if (v.cue) who.appendChild(el("span", "cue", " " + v.cue));
    who.appendChild(el("span", "kind", " · " + v.kind + (v.reference ? " · reference" : " · " + v.score)));
    if (v.filled) who.appendChild(el("span", "filled", " · name from " + v.filled.split("#")[0]));
    box.appendChild(who);
    var quote = el("blockquote", "text");
    v.runs.forEach(function (run) { quote.appendChild(run[1] ? el("mark", null, run[0]) : document.createTextNode(run[0])); });
    box.appendChild(quote);
    if (v.before || v.after) {
      var details = el("details", "context");
      details.appendChild(el("summary", null, "In its paragraph"));
      var p = el("p");
      p.appendChild(document.createTextNode(v.before));
      p.appendChild(el("strong", null, v.runs.map(function (r) { return r[0]; }).join("")));
      p.appendChild(document.createTextNode(v.after));
      details.appendChild(p);
      box.appendChild(details);
    }
    return box;
  }

  function groupNode(g) {
    var card = el("article", "group group-" + g.status);
    card.id = g.id;
    card.tabIndex = -1;
    var head = el("header", "group-head");
    var link = el("a", "permalink", "#" + g.id.slice(1));
    link.href = "#" + g.id;
    link.setAttribute("aria-label", "Link to group " + g.id);
    head.appendChild(link);
    head.appendChild(el("span", "badge status-" + g.status, g.status));
    head.appendChild(el("h3", "speaker", g.speaker || "speaker unknown"));
    head.appendChild(el("span", "event", g.event));
    card.appendChild(head);
    g.reasons.forEach(function (r) { card.appendChild(el("p", "reason", r)); });
    g.notes.forEach(function (n) { card.appendChild(el("p", "note", n)); });
    var columns = {}, order = [];
    g.versions.forEach(function (v) {
      var key = outletOf(v);
      if (!columns[key]) { columns[key] = []; order.push(key); }
      columns[key].push(v);
    });
    var grid = el("div", "versions");
    grid.style.setProperty("--columns", String(Math.min(order.length, 4)));
    order.forEach(function (key) {
      var column = el("section", "outlet");
      column.appendChild(el("h4", null, key));
      var article = articles[columns[key][0].article] || {};
      var meta = el("p", "meta");
      var url = safeUrl(article.url || "");
      if (url) {
        var a = el("a", null, article.headline || url);
        a.href = url;
        a.rel = "noopener noreferrer";
        meta.appendChild(a);
      } else if (article.headline) {
        meta.appendChild(document.createTextNode(article.headline));
      }
      if (article.date) meta.appendChild(el("span", "date", " · " + article.date));
      column.appendChild(meta);
      columns[key].forEach(function (v) { column.appendChild(versionNode(v)); });
      grid.appendChild(column);
    });
    card.appendChild(grid);
    return card;
  }

  var matches = [], drawn = 0;
  function drawMore() {
    var end = Math.min(drawn + PAGE, matches.length);
    var fragment = document.createDocumentFragment();
    for (; drawn < end; drawn++) fragment.appendChild(groupNode(matches[drawn]));
    list.appendChild(fragment);
    more.hidden = drawn >= matches.length;
    more.textContent = "Show more (" + (matches.length - drawn) + " left)";
  }
  function apply() {
    matches = groups.filter(wanted());
    drawn = 0;
    list.textContent = "";
    shownCount.textContent = String(matches.length);
    drawMore();
  }

  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^g\d+$/.test(id)) return;
    var index = -1;
    for (var i = 0; i < matches.length; i++) if (matches[i].id === id) { index = i; break; }
    if (index < 0) {  // hidden by the filters: show everything again
      form.reset();
      apply();
      for (i = 0; i < matches.length; i++) if (matches[i].id === id) { index = i; break; }
    }
    while (index >= drawn && drawn < matches.length) drawMore();
    var node = document.getElementById(id);
    if (node) { node.scrollIntoView(); node.focus(); }
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  more.addEventListener("click", drawMore);
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
})();
