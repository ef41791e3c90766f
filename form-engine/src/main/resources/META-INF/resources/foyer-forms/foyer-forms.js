/*
 * Foyer forms: optional progressive enhancement for forms rendered by the form engine.
 * - Live rules: shows and hides fields and sections as the client answers, evaluating the
 *   same JSON Schema conditions the server evaluates (a common subset; the server decides).
 * - Signature pad: a drawing canvas (mouse, touch, pen) with a Clear button beside the typed-name
 *   signature. When the form carries data-foyer-upload (a URL), the drawing is posted there as
 *   image/png before the form is sent; the response {"ref": "...", "sha256": "..."} fills the
 *   signature's hidden inputs.
 * - Repeatable groups: "Add another" and "Remove" work in place, moving focus to the new row.
 * Served as a static file (no inline script), so it works under a strict CSP.
 */
(function () {
  "use strict";

  function valueOf(form, name) {
    var inputs = form.querySelectorAll("[name='" + name + "']");
    var values = [];
    var isGroup = false;
    inputs.forEach(function (el) {
      if (el.type === "checkbox") { isGroup = true; if (el.checked) values.push(convert(el)); }
      else if (el.type === "radio") { if (el.checked) values.push(convert(el)); }
      else if (el.value !== "") values.push(convert(el));
    });
    if (isGroup) return values.length ? values : undefined;
    return values.length ? values[0] : undefined;
  }

  function convert(el) {
    var v = el.value;
    if (v === "true") return true;
    if (v === "false") return false;
    var numeric = el.type === "radio" || el.type === "checkbox" || el.tagName === "SELECT" ||
      el.getAttribute("inputmode") === "numeric" || el.getAttribute("inputmode") === "decimal";
    if (numeric && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    return v;
  }

  function answers(form) {
    var doc = {};
    form.querySelectorAll("[data-foyer-target]").forEach(function (wrapper) {
      var name = wrapper.getAttribute("data-foyer-target");
      var v = valueOf(form, name);
      if (v !== undefined) doc[name] = v;
    });
    return doc;
  }

  function typeOf(v) {
    if (Array.isArray(v)) return "array";
    if (v === null) return "null";
    if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
    return typeof v;
  }

  function equal(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // "today" is the device's own date; the server's check (latest date on Earth) decides.
  function day(bound) {
    if (bound !== "today") return bound;
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  // ISO dates compare as strings; a string that is not a real date matches no date bound.
  function withinDates(s, v) {
    var min = day(s.formatMinimum), max = day(s.formatMaximum);
    var xmin = day(s.formatExclusiveMinimum), xmax = day(s.formatExclusiveMaximum);
    if (min === undefined && max === undefined && xmin === undefined && xmax === undefined) return true;
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v)) return false;
    var d = new Date(v + "T00:00:00Z");
    if (isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return false;
    return !((min !== undefined && v < min) || (max !== undefined && v > max) ||
      (xmin !== undefined && v <= xmin) || (xmax !== undefined && v >= xmax));
  }

  function matches(s, v) {
    if (s === true) return true;
    if (s === false) return false;
    if (s.type !== undefined) {
      var types = [].concat(s.type), t = typeOf(v);
      if (!(types.indexOf(t) >= 0 || (t === "integer" && types.indexOf("number") >= 0))) return false;
    }
    if ("const" in s && !equal(s.const, v)) return false;
    if (s.enum && !s.enum.some(function (e) { return equal(e, v); })) return false;
    if (typeof v === "number") {
      if (s.minimum !== undefined && v < s.minimum) return false;
      if (s.maximum !== undefined && v > s.maximum) return false;
      if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) return false;
      if (s.exclusiveMaximum !== undefined && v >= s.exclusiveMaximum) return false;
    }
    if (typeof v === "string") {
      if (s.minLength !== undefined && v.length < s.minLength) return false;
      if (s.maxLength !== undefined && v.length > s.maxLength) return false;
      if (s.pattern !== undefined && !new RegExp(s.pattern, "u").test(v)) return false;
      if (!withinDates(s, v)) return false;
    }
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) return false;
      if (s.contains && !v.some(function (i) { return matches(s.contains, i); })) return false;
    }
    if (v && typeof v === "object" && !Array.isArray(v)) {
      if (s.required && !s.required.every(function (k) { return k in v; })) return false;
      if (s.properties) {
        for (var k in s.properties) {
          if (k in v && !matches(s.properties[k], v[k])) return false;
        }
      }
    }
    if (s.allOf && !s.allOf.every(function (x) { return matches(x, v); })) return false;
    if (s.anyOf && !s.anyOf.some(function (x) { return matches(x, v); })) return false;
    if (s.oneOf && s.oneOf.filter(function (x) { return matches(x, v); }).length !== 1) return false;
    if (s.not && matches(s.not, v)) return false;
    if (s.if !== undefined) {
      var branch = matches(s.if, v) ? s.then : s.else;
      if (branch !== undefined && !matches(branch, v)) return false;
    }
    return true;
  }

  function applyRules(form, rules) {
    var doc = answers(form);
    var shown = {}, hidden = {}, showTargets = {};
    rules.forEach(function (r) {
      if (r.effect === "SHOW") showTargets[r.target] = true;
    });
    rules.forEach(function (r) {
      if (!matches(r.condition, doc)) return;
      if (r.effect === "SHOW") shown[r.target] = true;
      if (r.effect === "HIDE") hidden[r.target] = true;
    });
    form.querySelectorAll("[data-foyer-target]").forEach(function (el) {
      var t = el.getAttribute("data-foyer-target");
      if (!(t in showTargets) && !(t in hidden)) return;
      el.hidden = !!hidden[t] || (showTargets[t] && !shown[t]);
    });
  }

  // The pad draws with mouse, touch and pen alike through pointer events; touch-action: none keeps
  // a finger on the canvas from scrolling the page. Typing the name stays the signature for
  // keyboard and screen-reader users; the drawing is an addition, and Clear starts it again.
  function signaturePad(form, holder) {
    var canvas = document.createElement("canvas");
    canvas.width = 600;
    canvas.height = 200;
    canvas.className = "foyer-signature-canvas";
    canvas.style.touchAction = "none";
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", holder.textContent.trim());
    holder.appendChild(canvas);
    var clear = document.createElement("button");
    clear.type = "button";
    clear.className = "foyer-signature-clear";
    clear.textContent = holder.getAttribute("data-foyer-clear") || "Clear";
    holder.appendChild(clear);
    holder.hidden = false;
    var name = holder.getAttribute("data-foyer-signature");
    var ctx = canvas.getContext("2d"), active = null, version = 0, sent = 0;
    function style() {
      ctx.lineWidth = 3;
      ctx.lineCap = "round";
      ctx.lineJoin = "round";
      ctx.strokeStyle = "#1a1a1a";
    }
    style();
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
    }
    canvas.addEventListener("pointerdown", function (e) {
      e.preventDefault();
      active = e.pointerId;
      if (canvas.setPointerCapture) {
        try { canvas.setPointerCapture(e.pointerId); } catch (ignored) { /* synthetic pointers */ }
      }
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(p[0], p[1]);
      ctx.lineTo(p[0] + 0.1, p[1] + 0.1);
      ctx.stroke();
      version++;
    });
    canvas.addEventListener("pointermove", function (e) {
      if (active !== e.pointerId) return;
      e.preventDefault();
      var p = point(e);
      ctx.lineTo(p[0], p[1]);
      ctx.stroke();
    });
    ["pointerup", "pointercancel", "lostpointercapture"].forEach(function (n) {
      canvas.addEventListener(n, function (e) { if (active === e.pointerId) active = null; });
    });
    function field(part) { return form.querySelector("input[name='" + name + "." + part + "']"); }
    clear.addEventListener("click", function () {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      style();
      version = 0;
      sent = 0;
      ["ref", "sha256"].forEach(function (part) { var f = field(part); if (f) f.value = ""; });
    });
    return {
      name: name,
      canvas: canvas,
      pending: function () { return version > 0 && version !== sent; },
      uploaded: function () { sent = version; }
    };
  }

  function upload(form, pad) {
    var url = form.getAttribute("data-foyer-upload");
    var csrf = form.querySelector("input[name='_csrf']");
    return new Promise(function (resolve) { pad.canvas.toBlob(resolve, "image/png"); })
      .then(function (blob) {
        var headers = { "Content-Type": "image/png" };
        // Foyer's API guard reads X-Foyer-CSRF; X-CSRF-Token is kept for other hosts.
        if (csrf) { headers["X-Foyer-CSRF"] = csrf.value; headers["X-CSRF-Token"] = csrf.value; }
        return fetch(url, { method: "POST", body: blob, headers: headers, credentials: "same-origin" });
      })
      .then(function (r) {
        if (!r.ok) throw new Error("signature upload answered " + r.status);
        return r.json();
      })
      .then(function (json) {
        form.querySelector("input[name='" + pad.name + ".ref']").value = json.ref;
        form.querySelector("input[name='" + pad.name + ".sha256']").value = json.sha256;
        pad.uploaded();
      });
  }

  // A control named or id'd "submit" shadows form.submit, so the form's own methods are called
  // through the prototype. requestSubmit keeps the pressed button (its _action) in the post.
  function send(form, pressed) {
    if (HTMLFormElement.prototype.requestSubmit) {
      HTMLFormElement.prototype.requestSubmit.call(form, pressed && pressed.form === form ? pressed : undefined);
      return;
    }
    if (pressed && pressed.name) {
      var carried = document.createElement("input");
      carried.type = "hidden";
      carried.name = pressed.name;
      carried.value = pressed.value;
      form.appendChild(carried);
    }
    HTMLFormElement.prototype.submit.call(form);
  }

  // Repeatable groups grow and shrink in place: a new row is a copy of the last one with its
  // names, ids and legend renumbered and its answers emptied. Without script the "Add another"
  // button still posts and the page comes back at the group.
  function renumber(row, group, prefix, from, to, legend) {
    var idBase = group.id + "-";
    function swapName(v) { return v.split(prefix + "[" + from + "]").join(prefix + "[" + to + "]"); }
    function swapId(v) {
      return v.split(" ").map(function (t) {
        return t === idBase + from || t.indexOf(idBase + from + "-") === 0 ? idBase + to + t.slice((idBase + from).length) : t;
      }).join(" ");
    }
    row.querySelectorAll("[name]").forEach(function (el) { el.name = swapName(el.name); });
    ["id", "for", "aria-describedby", "aria-labelledby"].forEach(function (a) {
      if (row.hasAttribute(a)) row.setAttribute(a, swapId(row.getAttribute(a)));
      row.querySelectorAll("[" + a + "]").forEach(function (el) { el.setAttribute(a, swapId(el.getAttribute(a))); });
    });
    var l = row.querySelector("legend");
    if (l) l.textContent = legend + " " + (to + 1);
  }

  function rowsOf(group) {
    return Array.prototype.filter.call(group.children, function (c) { return c.classList.contains("foyer-row"); });
  }

  function repeatGroup(form, group) {
    var add = group.querySelector(":scope > .foyer-add-row");
    if (!add) return;
    var prefix = add.value;
    var max = parseInt(add.getAttribute("data-foyer-max") || "0", 10);
    var legend = add.getAttribute("data-foyer-legend") || "";
    var removeLabel = add.getAttribute("data-foyer-remove") || "Remove";
    var status = document.createElement("p");
    status.className = "foyer-visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    group.appendChild(status);

    function refresh() {
      var rows = rowsOf(group);
      rows.forEach(function (row, i) {
        var button = row.querySelector(":scope > .foyer-remove-row");
        if (rows.length > 1 && !button) {
          button = document.createElement("button");
          button.type = "button";
          button.className = "foyer-remove-row";
          row.appendChild(button);
          button.addEventListener("click", function () { remove(row); });
        } else if (rows.length <= 1 && button) {
          button.remove();
          button = null;
        }
        if (button) button.textContent = removeLabel + ": " + row.querySelector("legend").textContent;
      });
      add.hidden = max > 0 && rows.length >= max;
    }

    function remove(row) {
      var rows = rowsOf(group), at = rows.indexOf(row);
      row.remove();
      for (var i = at + 1; i < rows.length; i++) renumber(rows[i], group, prefix, i, i - 1, legend);
      refresh();
      status.textContent = removeLabel + ": " + legend + " " + (at + 1);
      var next = rowsOf(group)[Math.min(at, rowsOf(group).length - 1)];
      var focus = next && next.querySelector("input, select, textarea");
      (focus || add).focus();
      form.dispatchEvent(new Event("change", { bubbles: true }));
    }

    add.addEventListener("click", function (e) {
      var rows = rowsOf(group);
      if (!rows.length || (max > 0 && rows.length >= max)) return;
      e.preventDefault();
      var last = rows[rows.length - 1];
      var row = last.cloneNode(true);
      renumber(row, group, prefix, rows.length - 1, rows.length, legend);
      row.querySelectorAll("input, select, textarea").forEach(function (el) {
        if (el.type === "checkbox" || el.type === "radio") el.checked = false;
        else if (el.tagName === "SELECT") el.selectedIndex = 0;
        else if (el.type !== "hidden" || /\.(ref|sha256|name|mediaType)$/.test(el.name)) el.value = "";
        el.removeAttribute("aria-invalid");
      });
      row.querySelectorAll(".foyer-error").forEach(function (el) { el.remove(); });
      row.querySelectorAll(".foyer-invalid").forEach(function (el) { el.classList.remove("foyer-invalid"); });
      var stale = row.querySelector(":scope > .foyer-remove-row");
      if (stale) stale.remove();
      last.insertAdjacentElement("afterend", row);
      refresh();
      var first = row.querySelector("input:not([type=hidden]), select, textarea");
      if (first) first.focus();
      status.textContent = row.querySelector("legend").textContent;
      form.dispatchEvent(new Event("change", { bubbles: true }));
    });
    refresh();
  }

  function enhance(form) {
    var rules = [];
    try { rules = JSON.parse(form.getAttribute("data-foyer-rules") || "[]"); } catch (e) { rules = []; }
    if (rules.length) {
      form.addEventListener("input", function () { applyRules(form, rules); });
      form.addEventListener("change", function () { applyRules(form, rules); });
    }
    form.querySelectorAll("fieldset.foyer-repeat").forEach(function (group) { repeatGroup(form, group); });
    var pads = [];
    if (form.hasAttribute("data-foyer-upload")) {
      form.querySelectorAll("[data-foyer-signature]").forEach(function (holder) {
        pads.push(signaturePad(form, holder));
      });
    }
    form.addEventListener("submit", function (e) {
      var pending = pads.filter(function (p) { return p.pending(); });
      if (!pending.length) return;
      e.preventDefault();
      var pressed = e.submitter;
      // A failed upload still sends the form: the typed name is the signature.
      Promise.all(pending.map(function (p) { return upload(form, p); }))
        .then(function () { send(form, pressed); },
              function () { pending.forEach(function (p) { p.uploaded(); }); send(form, pressed); });
    });
    var summary = form.querySelector(".foyer-error-summary");
    if (summary) summary.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.foyer-form").forEach(enhance);
  });
})();
