/*
 * Foyer forms: optional progressive enhancement for forms rendered by the form engine.
 * - Live rules: shows and hides fields and sections as the client answers, evaluating the
 *   same JSON Schema conditions the server evaluates (a common subset; the server decides).
 * - Signature pad: a drawing canvas beside the typed-name signature. When the form carries
 *   data-foyer-upload (a URL), the drawing is posted there as image/png before the form is
 *   sent; the response {"ref": "...", "sha256": "..."} fills the signature's hidden inputs.
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

  // ISO dates compare as strings; a string that is not a real date matches no date bound.
  function withinDates(s, v) {
    var min = s.formatMinimum, max = s.formatMaximum;
    var xmin = s.formatExclusiveMinimum, xmax = s.formatExclusiveMaximum;
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

  function signaturePad(form, holder) {
    var canvas = document.createElement("canvas");
    canvas.width = 400;
    canvas.height = 150;
    canvas.className = "foyer-signature-canvas";
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", holder.textContent.trim());
    holder.appendChild(canvas);
    holder.hidden = false;
    var ctx = canvas.getContext("2d"), drawing = false, dirty = false;
    ctx.lineWidth = 2;
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
    }
    canvas.addEventListener("pointerdown", function (e) {
      drawing = true; dirty = true; var p = point(e); ctx.beginPath(); ctx.moveTo(p[0], p[1]);
    });
    canvas.addEventListener("pointermove", function (e) {
      if (!drawing) return; var p = point(e); ctx.lineTo(p[0], p[1]); ctx.stroke();
    });
    ["pointerup", "pointerleave"].forEach(function (n) {
      canvas.addEventListener(n, function () { drawing = false; });
    });
    return { name: holder.getAttribute("data-foyer-signature"), canvas: canvas, dirty: function () { return dirty; } };
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
      .then(function (r) { return r.json(); })
      .then(function (json) {
        form.querySelector("input[name='" + pad.name + ".ref']").value = json.ref;
        form.querySelector("input[name='" + pad.name + ".sha256']").value = json.sha256;
      });
  }

  function enhance(form) {
    var rules = [];
    try { rules = JSON.parse(form.getAttribute("data-foyer-rules") || "[]"); } catch (e) { rules = []; }
    if (rules.length) {
      form.addEventListener("input", function () { applyRules(form, rules); });
      form.addEventListener("change", function () { applyRules(form, rules); });
    }
    var pads = [];
    if (form.hasAttribute("data-foyer-upload")) {
      form.querySelectorAll("[data-foyer-signature]").forEach(function (holder) {
        pads.push(signaturePad(form, holder));
      });
    }
    form.addEventListener("submit", function (e) {
      var pending = pads.filter(function (p) { return p.dirty(); });
      if (!pending.length || form.dataset.foyerUploaded) return;
      e.preventDefault();
      // form.submit() sends no button: carry the pressed one's name and value (e.g. _action).
      var pressed = e.submitter;
      if (pressed && pressed.name) {
        var carried = document.createElement("input");
        carried.type = "hidden";
        carried.name = pressed.name;
        carried.value = pressed.value;
        form.appendChild(carried);
      }
      Promise.all(pending.map(function (p) { return upload(form, p); }))
        .then(function () { form.dataset.foyerUploaded = "1"; form.submit(); },
              function () { form.submit(); });
    });
    var summary = form.querySelector(".foyer-error-summary");
    if (summary) summary.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.foyer-form").forEach(enhance);
  });
})();
