// Progressive enhancement only: every page works without this file.
// Text size (remembered outside kiosk mode), read aloud where the browser has a voice for the
// page's language, and a Print button.
(function () {
  "use strict";
  var root = document.documentElement;
  var kiosk = root.classList.contains("kiosk");
  var SIZES = ["text-1", "text-2", "text-3", "text-4"];
  var KEY = "faqsvc-text-size";

  function currentSize() {
    for (var i = 0; i < SIZES.length; i++) {
      if (root.classList.contains(SIZES[i])) return i;
    }
    return 1;
  }

  function setSize(i, remember) {
    i = Math.max(0, Math.min(SIZES.length - 1, i));
    SIZES.forEach(function (name) { root.classList.remove(name); });
    root.classList.add(SIZES[i]);
    if (remember && !kiosk) {
      try { window.localStorage.setItem(KEY, String(i)); } catch (e) { /* storage off */ }
    }
  }

  if (!kiosk) {
    try {
      var saved = window.localStorage.getItem(KEY);
      if (saved !== null && /^[0-3]$/.test(saved)) setSize(Number(saved), false);
    } catch (e) { /* storage off */ }
  }

  function voiceFor(lang) {
    if (!("speechSynthesis" in window)) return null;
    var wanted = lang.toLowerCase();
    var base = wanted.split("-")[0];
    var voices = window.speechSynthesis.getVoices() || [];
    var exact = null, close = null;
    voices.forEach(function (v) {
      var tag = (v.lang || "").toLowerCase().replace("_", "-");
      if (tag === wanted) exact = exact || v;
      else if (tag.split("-")[0] === base) close = close || v;
    });
    return exact || close;
  }

  function setUpReadAloud(button) {
    var article = button.closest("article");
    var label = button.textContent;
    var lang = button.getAttribute("data-lang") || root.lang;
    function refresh() { button.hidden = !voiceFor(lang); }
    refresh();
    if ("speechSynthesis" in window && window.speechSynthesis.addEventListener) {
      window.speechSynthesis.addEventListener("voiceschanged", refresh);
    }
    button.addEventListener("click", function () {
      var synth = window.speechSynthesis;
      if (synth.speaking) {
        synth.cancel();
        button.textContent = label;
        return;
      }
      var parts = article.querySelectorAll("h1, h2, .answer-text");
      var text = Array.prototype.map.call(parts, function (el) { return el.textContent; }).join(". ");
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.voice = voiceFor(lang);
      utterance.onend = function () { button.textContent = label; };
      button.textContent = button.getAttribute("data-stop-label");
      synth.speak(utterance);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var sizer = document.querySelector("[data-text-size]");
    if (sizer) {
      sizer.hidden = false;
      sizer.querySelector("[data-text-smaller]").addEventListener("click", function () {
        setSize(currentSize() - 1, true);
      });
      sizer.querySelector("[data-text-larger]").addEventListener("click", function () {
        setSize(currentSize() + 1, true);
      });
    }
    document.querySelectorAll("[data-read-aloud]").forEach(setUpReadAloud);
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
