// Kiosk mode (FAQSVC_KIOSK=1), progressive enhancement: nothing of a patient's question is left
// for the next one. Every navigation replaces the history entry (Back cannot reach an earlier
// question), the question is taken out of the address bar, and after a time without a touch a
// visible countdown offers "I'm still here"; then the kiosk starts again in the default language.
(function () {
  "use strict";
  var body, dialog, countdownEl, idleTimer = null, tickTimer = null, remaining = 0;

  function startAgain() {
    document.querySelectorAll("input[type=search], input[name=q]").forEach(function (input) {
      input.value = "";
    });
    try { window.sessionStorage.clear(); } catch (e) { /* storage off */ }
    try { window.localStorage.clear(); } catch (e) { /* storage off */ }
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    window.location.replace(body.getAttribute("data-start-again") || "/");
  }

  function closeDialog() {
    window.clearInterval(tickTimer);
    tickTimer = null;
    if (dialog && dialog.open) dialog.close();
  }

  function showCountdown() {
    remaining = Number(body.getAttribute("data-countdown-seconds")) || 30;
    if (countdownEl) countdownEl.textContent = String(remaining);
    if (dialog && !dialog.open) dialog.showModal();
    tickTimer = window.setInterval(function () {
      remaining -= 1;
      if (countdownEl) countdownEl.textContent = String(Math.max(remaining, 0));
      if (remaining <= 0) {
        closeDialog();
        startAgain();
      }
    }, 1000);
  }

  function resetIdle() {
    if (tickTimer !== null) return; // only "I'm still here" or "Start again" ends the countdown
    window.clearTimeout(idleTimer);
    var seconds = Number(body.getAttribute("data-idle-seconds")) || 90;
    idleTimer = window.setTimeout(showCountdown, seconds * 1000);
  }

  function sameOrigin(url) {
    return url.origin === window.location.origin;
  }

  function onClick(event) {
    var link = event.target.closest("a[href]");
    if (!link || event.defaultPrevented) return;
    var url = new URL(link.href, window.location.href);
    if (url.protocol === "tel:") return;
    if (!sameOrigin(url)) { event.preventDefault(); return; } // nothing leaves the kiosk
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    event.preventDefault();
    if (link.hasAttribute("data-start-again-link") || link.closest("[data-idle-dialog]")) {
      startAgain();
      return;
    }
    window.location.replace(url.href);
  }

  function onSubmit(event) {
    var form = event.target;
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
    var params = new URLSearchParams(data);
    event.preventDefault();
    if ((form.method || "get").toLowerCase() === "post") {
      fetch(form.action, { method: "POST", body: params, credentials: "same-origin" })
        .then(function (response) { window.location.replace(response.url); })
        .catch(function () { form.submit(); });
      return;
    }
    var target = new URL(form.action, window.location.href);
    target.search = params.toString();
    window.location.replace(target.href);
  }

  // The question stays on the page but not in the address bar or the history.
  function cleanAddress() {
    var url = new URL(window.location.href);
    if (url.searchParams.has("q")) {
      url.searchParams.delete("q");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    body = document.body;
    if (!body.hasAttribute("data-kiosk")) return;
    dialog = document.querySelector("[data-idle-dialog]");
    countdownEl = dialog ? dialog.querySelector("[data-countdown]") : null;
    cleanAddress();
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    var still = dialog ? dialog.querySelector("[data-still-here]") : null;
    if (still) still.addEventListener("click", function () { closeDialog(); resetIdle(); });
    if (dialog) dialog.addEventListener("cancel", function (event) { event.preventDefault(); closeDialog(); resetIdle(); });
    ["pointerdown", "keydown", "input", "scroll", "touchstart"].forEach(function (name) {
      document.addEventListener(name, resetIdle, { passive: true, capture: true });
    });
    resetIdle();
  });
})();
