/*
 * Messages without reloading, and drafts that survive leaving the page. Served as a file: the
 * page's CSP allows no inline script.
 *
 * Polling: every POLL_MS the conversation page asks what changed since its last answer and the
 * navigation asks for the unread count. Polls carry X-Foyer-Poll, so the server does not count
 * them as activity: the practice's idle timeout still ends a session nobody touches, and the next
 * poll then gets 401 and the page says so and stops. A hidden page asks with reading=false, so
 * nothing is marked read until someone looks. Messages are built with textContent; links are made
 * the way the server's MessageText makes them (http and https only), never through innerHTML.
 *
 * Drafts: what is typed in a reply or new-conversation box is kept on the server (never in the
 * browser's storage: phones are shared), a moment after typing stops and when the page is left.
 */
(function () {
  "use strict";

  var POLL_MS = 12000;
  var DRAFT_MS = 1500;
  var LINK = /https?:\/\/[^\s<>"']+/gi;
  var BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  var TRAILING = ".,;:!?)]}'";

  var thread = document.getElementById("message-thread");
  var badge = document.querySelector("[data-unread-url]");
  var status = document.getElementById("live-status");
  var since = thread ? thread.getAttribute("data-since") : null;
  var stopped = false;
  var timer = null;

  function csrf() {
    var meta = document.querySelector("meta[name='foyer-csrf']");
    return meta ? meta.getAttribute("content") : "";
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function formatTime(iso) {
    var zone = thread.getAttribute("data-zone") || "UTC";
    try {
      var date = new Date(iso);
      var text = new Intl.DateTimeFormat("en-GB", {
        timeZone: zone, day: "numeric", month: "short", year: "numeric",
        hour: "2-digit", minute: "2-digit", hourCycle: "h23"
      }).format(date);
      // en-GB names American zones "GMT-6" where the server's pages say "CST": en-US matches them.
      var name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" })
        .formatToParts(date)
        .filter(function (part) { return part.type === "timeZoneName"; })
        .map(function (part) { return part.value; })
        .join("");
      return name ? text + " " + name : text;
    } catch (e) {
      return new Date(iso).toUTCString();
    }
  }

  /** The body as text nodes and links, as MessageText does on the server. */
  function appendBody(holder, text) {
    var clean = text.replace(BIDI, "");
    var from = 0, match;
    LINK.lastIndex = 0;
    while ((match = LINK.exec(clean)) !== null) {
      var address = match[0];
      var end = address.length;
      while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0) {
        end--;
      }
      address = address.substring(0, end);
      holder.appendChild(document.createTextNode(clean.substring(from, match.index)));
      var a = document.createElement("a");
      a.setAttribute("href", address);
      a.setAttribute("rel", "noopener noreferrer nofollow");
      a.textContent = address;
      holder.appendChild(a);
      from = match.index + end;
      LINK.lastIndex = from;
    }
    holder.appendChild(document.createTextNode(clean.substring(from)));
  }

  function retractedMark(message) {
    var p = document.createElement("p");
    p.className = "foyer-retracted";
    p.textContent = "Message retracted by " + message.retractedBy + " at " +
        formatTime(message.retractedAt);
    return p;
  }

  function shown(id) {
    var items = thread.querySelectorAll("li[data-message-id]");
    for (var i = 0; i < items.length; i++) {
      if (items[i].getAttribute("data-message-id") === id) return items[i];
    }
    return null;
  }

  function add(message) {
    if (shown(message.id)) return;
    var li = document.createElement("li");
    li.className = message.fromStaff ? "foyer-from-staff" : "foyer-from-client";
    li.setAttribute("data-message-id", message.id);
    var head = document.createElement("p");
    head.className = "foyer-muted";
    var who = document.createElement("strong");
    who.textContent = message.mine ? "You" : message.senderName;
    head.appendChild(who);
    head.appendChild(document.createTextNode(
        (message.onBehalfOfClient ? ", on the client's behalf" : "") + " \u00b7 " +
        formatTime(message.sentAt)));
    li.appendChild(head);
    if (message.retracted) {
      li.appendChild(retractedMark(message));
    } else {
      var body = document.createElement("div");
      body.className = "foyer-message-body";
      appendBody(body, message.body || "");
      li.appendChild(body);
    }
    thread.appendChild(li);
  }

  function retract(message) {
    var li = shown(message.id);
    if (!li || li.querySelector(".foyer-retracted")) return;
    var parts = li.querySelectorAll(".foyer-message-body, form");
    for (var i = 0; i < parts.length; i++) {
      parts[i].parentNode.removeChild(parts[i]);
    }
    li.appendChild(retractedMark(message));
  }

  function showUnread(count) {
    if (!badge) return;
    var span = badge.querySelector(".foyer-count");
    if (count > 0) {
      if (!span) {
        span = document.createElement("span");
        span.className = "foyer-count";
        span.id = badge.id === "nav-messages" ? "nav-unread" : "unread-count";
        badge.appendChild(document.createTextNode(" "));
        badge.appendChild(span);
      }
      var counted = Number(badge.getAttribute("data-unread-counted")) || Infinity;
      span.textContent = "(" + (count >= counted ? counted - 1 + "+" : count) + " unread)";
    } else if (span) {
      span.parentNode.removeChild(span);
    }
  }

  function stop(text) {
    stopped = true;
    if (timer) clearTimeout(timer);
    say(text);
  }

  function poll() {
    if (stopped) return;
    var url;
    if (thread) {
      url = thread.getAttribute("data-changes-url") + "?reading=" +
          (document.visibilityState === "visible") +
          (since ? "&since=" + encodeURIComponent(since) : "");
    } else if (badge) {
      url = badge.getAttribute("data-unread-url");
    } else {
      return;
    }
    fetch(url, {
      credentials: "same-origin",
      headers: {"Accept": "application/json", "X-Foyer-Poll": "1"}
    }).then(function (response) {
      if (response.status === 401) {
        stop("You were signed out after a while without activity. Sign in again to see new messages.");
        return null;
      }
      if (response.status === 404) {
        stop("This conversation is no longer available to you.");
        return null;
      }
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (!answer) return;
      if (thread) {
        answer.messages.forEach(add);
        answer.retracted.forEach(retract);
        since = answer.until;
        if (answer.more) say("More new messages have arrived: reload the page to see them all.");
        else if (answer.messages.length) say("");
      }
      showUnread(answer.unread);
    }).catch(function () {
      // Offline for a moment: the next poll tries again.
    }).then(schedule);
  }

  function schedule() {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(poll, POLL_MS);
  }

  function keepDrafts(form) {
    var url = form.getAttribute("data-draft-url");
    var client = form.getAttribute("data-draft-client");
    var subject = form.querySelector("input[type='text']");
    var body = form.querySelector("textarea");
    if (!url || !body) return;
    var pending = null, dirty = false, sending = false;

    function save(keepalive) {
      if (!dirty || sending) return;
      dirty = false;
      fetch(url, {
        method: "PUT",
        credentials: "same-origin",
        keepalive: !!keepalive,
        headers: {"Content-Type": "application/json", "X-Foyer-CSRF": csrf()},
        body: JSON.stringify({
          subject: subject ? subject.value : null,
          body: body.value,
          client: client || null
        })
      }).catch(function () {
        dirty = true;
      });
    }

    function changed() {
      dirty = true;
      if (pending) clearTimeout(pending);
      pending = setTimeout(function () { save(false); }, DRAFT_MS);
    }

    body.addEventListener("input", changed);
    if (subject) subject.addEventListener("input", changed);
    // Sending removes the draft on the server: a save racing the send must not bring it back.
    function sent() {
      sending = true;
      if (pending) clearTimeout(pending);
    }
    form.addEventListener("submit", sent);
    var buttons = form.querySelectorAll("button, input[type='submit']");
    for (var b = 0; b < buttons.length; b++) buttons[b].addEventListener("click", sent);
    window.addEventListener("pagehide", function () { save(true); });
  }

  var forms = document.querySelectorAll("form[data-draft-url]");
  for (var i = 0; i < forms.length; i++) {
    keepDrafts(forms[i]);
  }
  if (thread || badge) {
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible" && !stopped) poll();
    });
    schedule();
  }
})();
