// Offline world map: Natural Earth country outlines (world-atlas, TopoJSON) drawn in SVG
// with an equirectangular projection, fitted to the places shown. No tiles, no network
// beyond this site's own /static files.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var atlas = null;

  function loadAtlas() {
    if (!atlas) {
      atlas = fetch("/static/vendor/countries-110m.json").then(function (r) {
        if (!r.ok) throw new Error("map outlines: HTTP " + r.status);
        return r.json();
      });
    }
    return atlas;
  }

  function el(name, attrs) {
    var node = document.createElementNS(SVG, name);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    return node;
  }

  // The view box (in degrees) that holds every point with a margin; the world when none.
  function extent(points) {
    if (!points.length) return { x0: -170, x1: 190, y0: -58, y1: 84 };
    var x0 = 180, x1 = -180, y0 = 90, y1 = -90;
    points.forEach(function (p) {
      x0 = Math.min(x0, p.lon); x1 = Math.max(x1, p.lon);
      y0 = Math.min(y0, p.lat); y1 = Math.max(y1, p.lat);
    });
    var w = Math.max(x1 - x0, 12), h = Math.max(y1 - y0, 7);
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    w *= 1.5; h *= 1.5;
    return { x0: cx - w / 2, x1: cx + w / 2, y0: Math.max(cy - h / 2, -85), y1: Math.min(cy + h / 2, 85) };
  }

  function ringPath(ring) {
    var d = "", shift = 0, prev = null;
    for (var i = 0; i < ring.length; i++) {
      var lon = ring[i][0], lat = ring[i][1];
      // Rings that cross the antimeridian (Russia, Fiji) jump by ~360 degrees: keep them
      // continuous instead of drawing a line across the whole map.
      if (prev !== null) {
        if (lon + shift - prev > 180) shift -= 360;
        else if (lon + shift - prev < -180) shift += 360;
      }
      prev = lon + shift;
      d += (i ? "L" : "M") + prev.toFixed(2) + "," + (-lat).toFixed(2);
    }
    return d + "Z";
  }

  function geometryPath(geom) {
    if (!geom) return "";
    var polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
    return polys.map(function (poly) { return poly.map(ringPath).join(""); }).join("");
  }

  function draw(figure) {
    var dataNode = document.getElementById(figure.getAttribute("data-map"));
    var canvas = figure.querySelector(".map-canvas");
    if (!dataNode || !canvas) return;
    var data = JSON.parse(dataNode.textContent);
    var points = (data.points || []).filter(function (p) {
      return typeof p.lat === "number" && typeof p.lon === "number";
    });
    var shaded = {};
    (data.countries || []).forEach(function (c) { shaded[c] = true; });
    canvas.style.height = (parseInt(figure.getAttribute("data-height"), 10) || 300) + "px";
    loadAtlas().then(function (world) {
      var box = extent(points);
      // Longitude degrees shrink with latitude: widen the box so shapes keep their look.
      var k = Math.cos(((box.y0 + box.y1) / 2) * Math.PI / 180);
      var svg = el("svg", {
        viewBox: box.x0 * k + " " + (-box.y1) + " " + (box.x1 - box.x0) * k + " " + (box.y1 - box.y0),
        preserveAspectRatio: "xMidYMid meet", role: "img"
      });
      var g = el("g", { transform: "scale(" + k + ",1)" });
      var countries = topojson.feature(world, world.objects.countries).features;
      countries.forEach(function (f) {
        var path = el("path", { d: geometryPath(f.geometry), "class": "land" + (shaded[f.id] ? " hi" : "") });
        var t = el("title", {}); t.textContent = (f.properties && f.properties.name) || "";
        path.appendChild(t);
        g.appendChild(path);
      });
      svg.appendChild(g);
      // Marker area proportional to mentions. Sizes are set in screen pixels, converted to
      // the view's degrees (the SVG keeps its aspect: the smaller scale wins).
      var vbW = (box.x1 - box.x0) * k, vbH = box.y1 - box.y0;
      var px = 1 / Math.min(canvas.clientWidth / vbW, canvas.clientHeight / vbH);
      var max = 1;
      points.forEach(function (p) { max = Math.max(max, p.count || 1); });
      var rMax = 16 * px, rMin = 3.5 * px;
      var tip = document.createElement("div");
      tip.className = "map-tip"; tip.hidden = true;
      canvas.appendChild(tip);
      var placed = [];
      points.slice().sort(function (a, b) { return b.count - a.count; }).forEach(function (p, i) {
        var r = Math.max(rMin, rMax * Math.sqrt((p.count || 1) / max));
        var c = el("circle", { cx: p.lon * k, cy: -p.lat, r: r, "class": "marker" });
        c.setAttribute("data-name", p.name);
        c.setAttribute("data-count", p.count);
        if (p.fact) c.setAttribute("data-fact", p.fact);
        var t = el("title", {});
        t.textContent = p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.count + " mention" + (p.count === 1 ? "" : "s");
        c.appendChild(t);
        c.addEventListener("click", function () {
          if (p.fact && window.newsgraphShowFact) window.newsgraphShowFact(p.fact);
          else if (p.href) window.location.href = p.href;
        });
        svg.appendChild(c);
        var lx = p.lon * k + r + 3 * px, ly = -p.lat + 4 * px;
        var box2 = { x0: lx, x1: lx + p.name.length * 6.5 * px, y0: ly - 11 * px, y1: ly + 2 * px };
        // Label the biggest places first; skip a label that would overlap one already placed.
        var free = placed.every(function (b) {
          return box2.x1 < b.x0 || box2.x0 > b.x1 || box2.y1 < b.y0 || box2.y0 > b.y1;
        });
        if (i < 12 && free) {
          placed.push(box2);
          var label = el("text", { x: lx, y: ly, "class": "label" });
          label.style.fontSize = (11 * px) + "px";
          label.style.strokeWidth = (3 * px) + "px";
          label.textContent = p.name;
          svg.appendChild(label);
        }
      });
      canvas.appendChild(svg);
      figure.classList.add("drawn");
    }).catch(function (err) {
      canvas.textContent = "Map unavailable: " + err.message;
    });
  }

  function init() {
    var figures = document.querySelectorAll("figure.map[data-map]");
    for (var i = 0; i < figures.length; i++) draw(figures[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
