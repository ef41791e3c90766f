/*
 * Autosave for the portal's fill page: when the client has changed something, the form's fields
 * are posted to the draft endpoint every few seconds and once more when the page is hidden
 * (keepalive, so leaving the page does not lose the last answers). Without this script the
 * "Save draft" button does the same. Served as a file: the page's CSP allows no inline script.
 */
(function () {
  "use strict";

  var INTERVAL_MS = 5000;

  function start() {
    var holder = document.getElementById("intake-form");
    if (!holder) return;
    var form = document.getElementById(holder.getAttribute("data-form-id"));
    var url = holder.getAttribute("data-autosave-url");
    var meta = document.querySelector("meta[name='foyer-csrf']");
    var status = document.getElementById("autosave-status");
    if (!form || !url || !meta) return;
    var dirty = false, saving = false, stopped = false;

    function body() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === "string" && name.charAt(0) !== "_") params.append(name, value);
      });
      return params.toString();
    }

    function save(keepalive) {
      if (!dirty || saving || stopped) return;
      dirty = false;
      saving = true;
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        keepalive: !!keepalive,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "X-Foyer-CSRF": meta.getAttribute("content")
        },
        body: body()
      }).then(function (response) {
        saving = false;
        if (response.ok) {
          if (status) status.textContent = "Draft saved at " + new Date().toLocaleTimeString();
        } else if (response.status === 409) {
          stopped = true;
        } else {
          dirty = true;
        }
      }, function () {
        saving = false;
        dirty = true;
      });
    }

    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("submit", function () { stopped = true; });
    window.setInterval(function () { save(false); }, INTERVAL_MS);
    window.addEventListener("pagehide", function () { save(true); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") save(true);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
