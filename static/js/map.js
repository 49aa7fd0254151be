// The figure as a control. The form's list holds the selection, one choice per region
// (none, pain, numb: the page without scripts); the figure sets those choices and htmx
// sends the form on each change. A tap or Space moves a region on: none, pain, numb,
// none. The figure is one tab stop (a roving tabindex): arrows move across it as it is
// drawn, V turns between front and back, letters jump to a region by name. On a small
// screen a tap opens a close-up of that part, where every region is a thumb's size.
(function () {
  "use strict";

  var NEXT = { none: "pain", pain: "numb", numb: "none" };
  var SMALL_SCREEN = window.matchMedia("(max-width: 40rem)");
  var focusedRegion = null;  // the region id that holds the figure's tab stop
  var said = "";             // what the last change marked, said with the new answer
  var lastSummary = null;

  function announcer() { return document.getElementById("announce"); }

  function words(kind, mark, id) {
    var name = document.querySelector("#choice-" + id + " > legend");
    var template = announcer().getAttribute("data-" + kind + "-" + mark) || "";
    return template.replace("{region}", name ? name.textContent.trim() : id);
  }

  function markOf(id) {
    var chosen = document.querySelector('input[name="mark-' + id + '"]:checked');
    return chosen && chosen.value ? chosen.value : "none";
  }

  function showMark(id, mark) {
    document.querySelectorAll('.region[data-region="' + id + '"]').forEach(function (path) {
      path.classList.toggle("is-pain", mark === "pain");
      path.classList.toggle("is-numb", mark === "numb");
      path.setAttribute("data-mark", mark);
      if (path.getAttribute("role") === "button") path.setAttribute("aria-label", words("name", mark, id));
    });
  }

  function setMark(id, mark) {
    var choice = document.getElementById(mark + "-" + id);
    if (!choice) return;
    choice.checked = true;
    choice.dispatchEvent(new Event("change", { bubbles: true }));
  }

  // Whatever set it (the figure, a close-up or the list), a choice shows at once and is
  // said with the answer the server sends back.
  document.addEventListener("change", function (event) {
    var name = event.target.name || "";
    if (name.indexOf("mark-") !== 0) return;
    var id = name.slice(5);
    var mark = event.target.value || "none";
    showMark(id, mark);
    said = words("said", mark, id);
  });

  // --- the figure's controls ----------------------------------------------------------

  function scopeOf(region) { return region.closest("dialog") || region.ownerSVGElement; }

  function controlsIn(scope) {
    // A region drawn on both views has one control; the other drawing is aria-hidden.
    return Array.prototype.slice.call(scope.querySelectorAll('.region[role="button"][data-region]'));
  }

  function controlFor(scope, id) {
    return scope.querySelector('.region[role="button"][data-region="' + id + '"]');
  }

  function holdTabStop(scope, control) {
    controlsIn(scope).forEach(function (region) { region.setAttribute("tabindex", region === control ? "0" : "-1"); });
  }

  function moveTo(control) {
    if (!control) return;
    holdTabStop(scopeOf(control), control);
    control.focus();
    if (!control.closest("dialog")) focusedRegion = control.getAttribute("data-region");
  }

  // The figure is a control only where the script runs: lift what keeps it out of the way.
  function enliven() {
    document.querySelectorAll("svg.body-diagram:not(.closeup-pane)").forEach(function (svg) {
      if (svg.closest(".figure-legend")) return;
      svg.removeAttribute("aria-hidden");
      var controls = controlsIn(svg);
      var keeper = (focusedRegion && controlFor(svg, focusedRegion)) || controls[0];
      holdTabStop(svg, keeper);
    });
  }

  function centre(element) {
    var box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }

  function viewOf(control) { return control.closest(".figure-view, .closeup-pane"); }

  function legOf(control) {
    var leg = control.closest(".figure-leg");
    return leg ? leg.getAttribute("class") : "midline";
  }

  function sideOf(control) { return (control.getAttribute("data-region").match(/^(right|left)-/) || [])[1]; }

  // The control of the scope that scores lowest, among those the score does not refuse (null).
  function nearest(control, score) {
    var best = null;
    var bestScore = Infinity;
    controlsIn(scopeOf(control)).forEach(function (other) {
      var value = other === control ? null : score(other);
      if (value !== null && value < bestScore) { best = other; bestScore = value; }
    });
    return best;
  }

  // The nearest control in a direction, as the figure is drawn: along a leg for up and
  // down, across (to the other leg) for left and right.
  function neighbour(control, dx, dy) {
    var from = centre(control);
    var view = viewOf(control);
    return nearest(control, function (other) {
      if (viewOf(other) !== view) return null;
      if (dy && legOf(other) !== legOf(control) && legOf(other) !== "midline" && legOf(control) !== "midline") return null;
      var at = centre(other);
      var along = dx ? (at.x - from.x) * dx : (at.y - from.y) * dy;
      var aside = dx ? Math.abs(at.y - from.y) : Math.abs(at.x - from.x);
      return along > 1 ? along + 2 * aside : null;
    });
  }

  // The same height of the same leg on the other view.
  function otherView(control) {
    var from = centre(control);
    var view = viewOf(control);
    var side = sideOf(control);
    return nearest(control, function (other) {
      if (viewOf(other) === view || (side && sideOf(other) !== side)) return null;
      return Math.abs(centre(other).y - from.y);
    });
  }

  var typed = "";
  var typedAt = 0;

  // Type-ahead by the region's name ("heel", "big toe"): the next region, on the same
  // side first, one of whose words begins with what was typed.
  function byName(control, key) {
    var now = Date.now();
    typed = now - typedAt < 800 ? typed + key : key;
    typedAt = now;
    var controls = controlsIn(scopeOf(control));
    var start = controls.indexOf(control) + (typed.length === 1 ? 1 : 0);
    var side = sideOf(control);
    var matches = [];
    for (var i = 0; i < controls.length; i++) {
      var candidate = controls[(start + i) % controls.length];
      var name = (candidate.getAttribute("data-name") || "").toLocaleLowerCase();
      if ((" " + name).indexOf(" " + typed) !== -1) matches.push(candidate);
    }
    return matches.filter(function (m) { return !side || sideOf(m) === side; })[0] || matches[0] || null;
  }

  // --- close-ups --------------------------------------------------------------------

  // The form's marks and answers, added to a close-up's address (which has the language
  // already, as every link of the page has it).
  function addSelection(query) {
    new FormData(document.getElementById("map-form")).forEach(function (value, name) {
      if (value && (name.indexOf("mark-") === 0 || name === "finding")) query.append(name, value);
    });
  }

  function openCloseup(closeupId, regionId) {
    var dialog = document.getElementById("closeup");
    if (!dialog) return;
    var url = new URL(dialog.getAttribute("data-url").replace("ID", encodeURIComponent(closeupId)), window.location.href);
    addSelection(url.searchParams);
    fetch(url, { headers: { "HX-Request": "true" } }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (html) {
      var body = document.getElementById("closeup-body");
      body.innerHTML = html;
      body.querySelectorAll("svg").forEach(function (svg) { svg.removeAttribute("aria-hidden"); });
      dialog.showModal();
      var controls = controlsIn(dialog);
      var control = controlFor(dialog, regionId) || controls[0];
      holdTabStop(dialog, control);
      control.focus();
      control.scrollIntoView({ block: "center" });
    }).catch(function () {
      var list = document.getElementById("region-list");
      if (list) openList(true);
    });
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest("#closeup-close")) document.getElementById("closeup").close();
  });

  function activate(region) {
    var closeup = region.getAttribute("data-closeup");
    if (closeup && SMALL_SCREEN.matches) {
      openCloseup(closeup, region.getAttribute("data-region"));
      return;
    }
    var id = region.getAttribute("data-region");
    setMark(id, NEXT[markOf(id)]);
  }

  document.addEventListener("click", function (event) {
    var region = event.target.closest(".body-diagram .region");
    if (!region) return;
    var control = controlFor(scopeOf(region), region.getAttribute("data-region"));
    if (control) moveTo(control);
    activate(region);
  });

  document.addEventListener("keydown", function (event) {
    var region = event.target.closest && event.target.closest(".body-diagram .region");
    if (!region || event.altKey || event.ctrlKey || event.metaKey) return;
    var arrows = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
    var controls = controlsIn(scopeOf(region));
    var key = event.key;
    var letter = key.length === 1 && /\S/.test(key);
    if (!letter) typed = "";  // a name is typed in one go
    if (key in arrows) {
      moveTo(neighbour(region, arrows[key][0], arrows[key][1]));
    } else if (key === "Home" || key === "End") {
      moveTo(controls[key === "Home" ? 0 : controls.length - 1]);
    } else if (key === " " || key === "Enter") {
      activate(region);
    } else if (key === "v" || key === "V") {
      moveTo(otherView(region));
    } else if (letter) {
      moveTo(byName(region, key.toLocaleLowerCase()));
    } else {
      return;
    }
    event.preventDefault();
  });

  // --- the list of places -------------------------------------------------------------

  function openList(open) {
    var list = document.getElementById("region-list");
    var toggle = document.querySelector(".region-list-toggle");
    list.classList.toggle("is-open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest(".region-list-toggle");
    if (toggle) openList(toggle.getAttribute("aria-expanded") !== "true");
  });

  // --- after each answer ----------------------------------------------------------------

  // A swap may replace the focused element: note what it was, to focus its successor.
  var focusKey = null;
  var hadRedFlags = false;

  function keyOf(element) {
    if (!element || element === document.body) return null;
    if (element.hasAttribute("data-region")) return '.region[role="button"][data-region="' + element.getAttribute("data-region") + '"]';
    if (element.id) return "#" + CSS.escape(element.id);
    if (element.getAttribute("href")) return 'a[href="' + CSS.escape(element.getAttribute("href")) + '"]';
    if (element.name) return '[name="' + CSS.escape(element.name) + '"]' + (element.value ? '[value="' + CSS.escape(element.value) + '"]' : "");
    return null;
  }

  document.addEventListener("htmx:before:swap", function () {
    hadRedFlags = Boolean(document.getElementById("red-flags"));
    focusKey = keyOf(document.activeElement);
  });

  function visible(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }

  // Red flags win the screen, but never by taking the focused control out of view: if
  // both cannot be seen, a link beside the control leads to the advice.
  function showRedFlags(redFlags, focused) {
    var echo = document.getElementById("urgent-echo");
    if (!redFlags) {
      if (echo) echo.hidden = true;
      return;
    }
    if (hadRedFlags || visible(redFlags)) return;
    var box = focused && focused !== document.body ? focused.getBoundingClientRect() : null;
    var flagsTop = redFlags.getBoundingClientRect().top;
    if (!box || box.bottom - flagsTop < window.innerHeight - 16) {
      redFlags.scrollIntoView({ block: "start" });
    } else if (echo) {
      echo.querySelector("a").textContent = redFlags.querySelector("h2").textContent.trim();
      echo.hidden = false;
    }
  }

  function currentSummary() {
    var live = document.querySelector("[data-summary]");
    return live ? live.getAttribute("data-summary") : "";
  }

  function say(text) {
    var dialog = document.getElementById("closeup");
    var live = dialog && dialog.open ? document.getElementById("closeup-announce") : announcer();
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  document.addEventListener("htmx:after:swap", function () {
    enliven();
    var focused = document.activeElement;
    if ((!focused || focused === document.body) && focusKey) {
      var successor = document.querySelector(focusKey);
      if (successor) {
        if (successor.hasAttribute("data-region")) holdTabStop(successor.ownerSVGElement, successor);
        successor.focus({ preventScroll: true });
        focused = successor;
      }
    }
    var redFlags = document.getElementById("red-flags");
    showRedFlags(redFlags, focused);
    var summary = currentSummary();
    var parts = [];
    if (redFlags && !hadRedFlags) parts.push(redFlags.querySelector("h2").textContent.trim() + ".");
    if (said) parts.push(said);
    if (summary !== lastSummary) parts.push(summary);
    said = "";
    lastSummary = summary;
    if (parts.length) say(parts.join(" "));
  });

  // Buttons inside swapped parts come and go: listen once, on the document.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("#print-page, #copy-link");
    if (!button) return;
    if (button.id === "print-page") {
      window.print();
      return;
    }
    navigator.clipboard.writeText(window.location.href).then(function () {
      say(button.getAttribute("data-copied"));
      button.classList.add("is-done");
    });
  });

  function start() {
    enliven();
    lastSummary = currentSummary();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
