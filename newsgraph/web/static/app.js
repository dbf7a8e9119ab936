// The small JavaScript layer: the evidence panel of the record view, highlight toggles,
// the story timeline and the title bars. All text goes into the page with textContent,
// never as markup.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  // Bidirectional controls would reorder what a reader sees ("evil" read as "live"): the
  // server neutralizes them in pages and their JSON; this catches any that reach here.
  var BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

  function h(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text).replace(BIDI, "\ufffd");
    return node;
  }

  // ---- record view: clicking a highlighted phrase shows its fact and evidence ----------
  var facts = null;
  var factsNode = document.getElementById("facts");
  if (factsNode) facts = JSON.parse(factsNode.textContent);

  function row(dl, name, value) {
    if (value === null || value === undefined || value === "" ||
        (Array.isArray(value) && !value.length)) return;
    dl.appendChild(h("dt", null, name));
    dl.appendChild(h("dd", null, Array.isArray(value) ? value.join(", ") : value));
  }

  function actor(a) {
    if (!a) return null;
    var s = a.text;
    if (a.entity && a.entity !== a.text) s += " = " + a.entity;
    var extra = [a.country, a.sector].filter(Boolean).join(", ");
    return extra ? s + " (" + extra + ")" : s;
  }

  function describe(id, fact) {
    var box = h("div", "fact");
    box.setAttribute("data-fact-id", id);
    var kindLabel = { entity: "Entity", place: "Place", time: "Time", quote: "Quote",
                      event: "Event", issue: "Copy desk" }[fact.kind] || fact.kind;
    box.appendChild(h("div", "kicker", kindLabel + (fact.type && fact.kind !== "time" ? " · " + fact.type : "")));
    var title = h("div", "fact-title");
    if (fact.kind === "quote" && fact.direct) title.textContent = "“" + fact.label + "”";
    else title.textContent = fact.label;
    box.appendChild(title);
    var dl = h("dl");
    if (fact.kind === "entity" || fact.kind === "place") {
      row(dl, "titles", fact.titles);
      row(dl, "country", fact.country);
      row(dl, "age", fact.age);
      row(dl, "mentions", fact.mentions);
      if (fact.geo) {
        row(dl, "resolved to", [fact.geo.name, fact.geo.admin1, fact.geo.country].filter(Boolean).join(", "));
        row(dl, "kind", fact.geo.kind);
        row(dl, "lat, lon", fact.geo.lat.toFixed(3) + ", " + fact.geo.lon.toFixed(3));
        row(dl, "geonames", fact.geo.geonameid);
        row(dl, "confidence", fact.geo.confidence);
      }
      row(dl, "stands for its government", fact.metonymy);
      row(dl, "corrected by an analyst", fact.corrected);
    } else if (fact.kind === "time") {
      row(dl, "value", fact.value || "unresolved");
      row(dl, "grain", fact.grain);
      row(dl, "resolved against", fact.anchor);
      row(dl, "TIMEX3 type", fact.type);
      row(dl, "modifier", fact.mod);
    } else if (fact.kind === "quote") {
      row(dl, "speaker", fact.speaker || "unattributed");
      row(dl, "speaker entity", fact.speaker_entity);
      row(dl, "cue", fact.cue);
      row(dl, "form", fact.direct ? "direct (in quotation marks)" : "reported speech");
    } else if (fact.kind === "event") {
      row(dl, "mode", fact.mode);
      row(dl, "who", actor(fact.actor1));
      row(dl, "to whom", actor(fact.actor2));
      row(dl, "where", fact.place);
      row(dl, "when", fact.time ? fact.time + (fact.time_source ? " (from " + fact.time_source + ")" : "") : null);
      row(dl, "modality", fact.modality);
      row(dl, "background", fact.background ? "yes: earlier events, not the news" : null);
      row(dl, "confidence", fact.confidence);
      row(dl, "corrected by an analyst", fact.corrected);
    } else if (fact.kind === "issue") {
      row(dl, "finding", fact.message);
      row(dl, "suggestion", fact.suggestion);
    }
    box.appendChild(dl);
    (fact.evidence || []).forEach(function (ev) {
      var q = h("blockquote", "evidence");
      q.appendChild(document.createTextNode(ev.before || ""));
      q.appendChild(h("mark", null, ev.match));
      q.appendChild(document.createTextNode(ev.after || ""));
      q.appendChild(h("span", "off", "text[" + ev.start + ":" + ev.end + "]"));
      box.appendChild(q);
    });
    if (fact.href && (fact.kind === "entity" || fact.kind === "place")) {
      var a = h("a", null, "Across the corpus →");
      a.href = fact.href;
      box.appendChild(a);
    }
    return box;
  }

  function clearActive() {
    document.querySelectorAll(".text .active, .fact-row.on, .marker.on").forEach(function (n) {
      n.classList.remove("active", "on");
    });
  }

  function showFacts(ids) {
    var panel = document.getElementById("fact-panel");
    if (!panel || !facts) return;
    var body = panel.querySelector(".panel-body");
    body.textContent = "";
    panel.querySelector(".panel-empty").hidden = true;
    clearActive();
    ids.forEach(function (id, i) {
      var fact = facts[id];
      if (!fact) return;
      body.appendChild(describe(id, fact));
      if (i === 0) {
        document.querySelectorAll(".text [data-facts]").forEach(function (seg) {
          if (seg.getAttribute("data-facts").split(" ").indexOf(id) >= 0) seg.classList.add("active");
        });
        document.querySelectorAll('[data-fact="' + CSS.escape(id) + '"]').forEach(function (n) {
          n.classList.add("on");
        });
      }
    });
  }
  window.newsgraphShowFact = function (id) {
    showFacts([id]);
    var first = document.querySelector(".text .active");
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  document.addEventListener("click", function (e) {
    var seg = e.target.closest && e.target.closest(".text [data-facts]");
    if (seg) { showFacts(seg.getAttribute("data-facts").split(" ")); return; }
    var factRow = e.target.closest && e.target.closest(".fact-row[data-fact]");
    if (factRow && !e.target.closest("a")) window.newsgraphShowFact(factRow.getAttribute("data-fact"));
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter") return;
    var seg = e.target.closest && e.target.closest(".text [data-facts]");
    if (seg) showFacts(seg.getAttribute("data-facts").split(" "));
  });

  document.querySelectorAll("[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });

  // ---- entity page: title bars on a shared time axis -------------------------------------
  document.querySelectorAll(".title-bar[data-left]").forEach(function (bar) {
    bar.style.left = (parseFloat(bar.getAttribute("data-left")) * 100) + "%";
    bar.style.width = (parseFloat(bar.getAttribute("data-width")) * 100) + "%";
  });

  // ---- story page: the timeline as dots on a date axis -----------------------------------
  function drawTimeline(box) {
    var node = document.getElementById(box.getAttribute("data-timeline"));
    if (!node) return;
    var events = JSON.parse(node.textContent);
    if (!events.length) return;
    var days = events.map(function (e) { return Date.parse(e.date + "T00:00:00Z"); });
    var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    var DAY = 86400000;
    if (hi - lo < 2 * DAY) { lo -= DAY; hi += DAY; }
    var perDay = {};
    events.forEach(function (e) { perDay[e.date] = (perDay[e.date] || 0) + 1; });
    var tallest = Math.max.apply(null, Object.keys(perDay).map(function (k) { return perDay[k]; }));
    // Same-day events stack upwards; the chart grows with the tallest stack (up to a point).
    var step = 11, W = 800, H = 44 + Math.min(tallest, 14) * step, pad = 40;
    var x = function (t) { return pad + (t - lo) / (hi - lo) * (W - 2 * pad); };
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var axis = document.createElementNS(SVG, "line");
    axis.setAttribute("x1", pad); axis.setAttribute("x2", W - pad);
    axis.setAttribute("y1", H - 24); axis.setAttribute("y2", H - 24);
    axis.setAttribute("class", "axis");
    svg.appendChild(axis);
    var ticks = Math.min(6, Math.round((hi - lo) / DAY) + 1);
    for (var i = 0; i < ticks; i++) {
      var t = lo + (hi - lo) * i / Math.max(ticks - 1, 1);
      var label = document.createElementNS(SVG, "text");
      label.setAttribute("x", x(t)); label.setAttribute("y", H - 6);
      label.setAttribute("text-anchor", "middle"); label.setAttribute("class", "tick");
      label.textContent = new Date(t).toISOString().slice(0, 10);
      svg.appendChild(label);
    }
    var stack = {};
    var colors = { ASSAULT: "#b42318", COERCE: "#b42318", THREATEN: "#b42318",
                   CONSULT: "#1e7a3c", AGREE: "#1e7a3c", COOPERATE: "#1e7a3c", SUPPORT: "#1e7a3c",
                   AID: "#1e7a3c", ACCUSE: "#925c00", REJECT: "#925c00", PROTEST: "#925c00",
                   SANCTION: "#925c00" };
    var items = box.parentNode.querySelectorAll(".tl-event");
    events.forEach(function (ev, i) {
      var k = ev.date;
      stack[k] = (stack[k] || 0) + 1;
      var dot = document.createElementNS(SVG, "circle");
      dot.setAttribute("cx", x(days[i]));
      dot.setAttribute("cy", H - 24 - step * Math.min(stack[k], 14));
      dot.setAttribute("r", 5);
      dot.setAttribute("class", "dot tl-dot");
      dot.setAttribute("fill", colors[ev.type] || "#c2410c");
      var title = document.createElementNS(SVG, "title");
      title.textContent = ev.time + " " + ev.type + ": " + (ev.actor1 || "—") + (ev.actor2 ? " → " + ev.actor2 : "");
      dot.appendChild(title);
      dot.addEventListener("click", function () {
        var item = items[i];
        if (!item) return;
        items.forEach(function (n) { n.classList.remove("flash"); });
        item.classList.add("flash");
        item.scrollIntoView({ block: "nearest", behavior: "smooth" });
      });
      svg.appendChild(dot);
    });
    box.appendChild(svg);
  }
  document.querySelectorAll("[data-timeline]").forEach(drawTimeline);

  // ---- search facets: open on a wide screen, folded on a phone (results come first) ----
  if (window.matchMedia && window.matchMedia("(max-width: 700px)").matches) {
    document.querySelectorAll("details.facet").forEach(function (d) {
      if (!d.querySelector("li.on")) d.removeAttribute("open");
    });
  }
})();
