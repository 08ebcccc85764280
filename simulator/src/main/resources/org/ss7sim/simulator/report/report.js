// Draws the report's graph and charts from the embedded JSON; no network access.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("data").textContent);

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) {
      e.setAttribute(k, attrs[k]);
    }
    if (parent) {
      parent.appendChild(e);
    }
    return e;
  }

  function text(parent, x, y, s, attrs) {
    var t = el("text", Object.assign({x: x, y: y}, attrs || {}), parent);
    t.textContent = s;
    return t;
  }

  var KIND_ORDER = ["esme", "smsc", "ssp", "sip_gateway", "stp", "hlr", "msc", "scp", "attacker"];
  var KIND_COLOUR = {
    esme: "#fd8", smsc: "#fb6", ssp: "#9cf", stp: "#ccc", hlr: "#9d9", msc: "#bdf",
    scp: "#dbf", sip_gateway: "#aee", attacker: "#f99"
  };

  function graph(net) {
    var svg = document.getElementById("graph");
    if (!svg || !net) {
      return;
    }
    var columns = {};
    net.nodes.forEach(function (n) {
      var c = KIND_ORDER.indexOf(n.kind);
      c = c < 0 ? KIND_ORDER.length : c;
      (columns[c] = columns[c] || []).push(n);
    });
    var keys = Object.keys(columns).map(Number).sort(function (a, b) { return a - b; });
    var pos = {};
    var rows = 1;
    keys.forEach(function (c, i) {
      rows = Math.max(rows, columns[c].length);
      columns[c].forEach(function (n, j) {
        pos[n.name] = {x: 70 + i * 130, y: 50 + j * 90};
      });
    });
    svg.setAttribute("width", 70 * 2 + Math.max(keys.length - 1, 0) * 130);
    svg.setAttribute("height", 50 + rows * 90);
    var seen = {};
    net.links.forEach(function (l) {
      var a = pos[l.node], b = pos[l.peer];
      if (!a || !b) {
        return;
      }
      var line = el("line", {
        "class": "link " + l.state, x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        "data-link": l.name, "data-state": l.state
      }, svg);
      el("title", {}, line).textContent = l.name + " (" + l.node + " → " + l.peer + "): " + l.state;
      seen[l.name] = true;
    });
    var tip = document.getElementById("tip");
    net.nodes.forEach(function (n) {
      var p = pos[n.name];
      var g = el("g", {
        "class": "node " + n.kind + (n.external ? " external" : "") + (n.running ? "" : " stopped"),
        "data-node": n.name, "data-kind": n.kind, transform: "translate(" + p.x + "," + p.y + ")"
      }, svg);
      el("circle", {r: 22, fill: KIND_COLOUR[n.kind] || "#eee"}, g);
      text(g, 0, 4, n.kind.toUpperCase().slice(0, 4));
      text(g, 0, 38, n.name + (n.external ? " (ext)" : ""));
      var lines = [n.name + " — " + n.kind + (n.external ? ", external" : "")];
      var m = (net.messages || {})[n.name] || {};
      Object.keys(m).forEach(function (k) { lines.push("sent " + k + ": " + m[k]); });
      var d = (net.discards || {})[n.name] || {};
      Object.keys(d).forEach(function (k) { if (d[k] > 0) { lines.push(k + ": " + d[k]); } });
      g.setAttribute("data-counters", lines.join("\n"));
      g.addEventListener("mouseenter", function () {
        tip.textContent = lines.join("\n");
        tip.style.left = (p.x + 30) + "px";
        tip.style.top = (p.y + 10) + "px";
        tip.hidden = false;
      });
      g.addEventListener("mouseleave", function () { tip.hidden = true; });
    });
  }

  function latency(svg, s) {
    var w = 360, h = 160, left = 34, bottom = 30;
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    var counts = s.latencyCounts, bounds = s.latencyBoundsMs;
    var max = Math.max.apply(null, counts.concat([1]));
    var bw = (w - left - 6) / counts.length;
    el("line", {"class": "axis", x1: left, y1: h - bottom, x2: w, y2: h - bottom}, svg);
    text(svg, 2, 12, String(max));
    counts.forEach(function (c, i) {
      var bh = (h - bottom - 10) * c / max;
      var r = el("rect", {
        "class": "bar", x: left + i * bw + 1, y: h - bottom - bh, width: Math.max(bw - 2, 1),
        height: bh, "data-count": c
      }, svg);
      var label = i < bounds.length ? "≤" + bounds[i] + " ms" : ">" + bounds[bounds.length - 1] + " ms";
      el("title", {}, r).textContent = label + ": " + c;
      if (i % 2 === 0) {
        text(svg, left + i * bw, h - bottom + 12, i < bounds.length ? String(bounds[i]) : "+");
      }
    });
    text(svg, left, h - 4, "ms");
  }

  function rate(svg, s, events) {
    var w = 420, h = 160, left = 34, bottom = 24;
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    var pts = s.perSecond;
    var last = 1, max = 1;
    pts.forEach(function (p) {
      last = Math.max(last, p[0] + 1);
      max = Math.max(max, p[1], p[2], p[3]);
    });
    events.forEach(function (e) { last = Math.max(last, Math.ceil(e.at) + 1); });
    function x(sec) { return left + (w - left - 8) * sec / last; }
    function y(v) { return h - bottom - (h - bottom - 10) * v / max; }
    el("line", {"class": "axis", x1: left, y1: h - bottom, x2: w, y2: h - bottom}, svg);
    el("line", {"class": "axis", x1: left, y1: 10, x2: left, y2: h - bottom}, svg);
    text(svg, 2, 14, String(max));
    text(svg, w - 30, h - 4, last + " s");
    ["attempted", "succeeded", "failed"].forEach(function (name, k) {
      var bySec = {};
      pts.forEach(function (p) { bySec[p[0]] = p[k + 1]; });
      var coords = [];
      for (var sec = 0; sec < last; sec++) {
        coords.push(x(sec + 0.5) + "," + y(bySec[sec] || 0));
      }
      el("polyline", {"class": "series " + name, points: coords.join(" "),
        "data-series": name, "data-points": coords.length}, svg);
    });
    events.forEach(function (e) {
      el("line", {"class": "event", x1: x(e.at), y1: 10, x2: x(e.at), y2: h - bottom,
        "data-label": e.label}, svg);
      text(svg, x(e.at) + 2, 20, e.label, {"class": "event-label"});
    });
  }

  graph(data.network);
  var sections = document.querySelectorAll("section.scenario");
  sections.forEach(function (sec) {
    var s = data.scenarios[Number(sec.getAttribute("data-index"))];
    latency(sec.querySelector("svg.latency"), s);
    rate(sec.querySelector("svg.rate"), s, data.events || []);
  });
  document.body.setAttribute("data-rendered", "true");
})();
