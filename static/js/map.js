// The figure as one control. The checkboxes of the form hold the selection (they are
// the page without scripts); the figure toggles them, and htmx sends the form on each
// change. The figure is one tab stop: arrow keys move between regions (a roving
// tabindex), Space or Enter toggles the focused one.
(function () {
  "use strict";

  var focusedIndex = -1;
  var figureHadFocus = false;

  function markMode() {
    var chosen = document.querySelector('input[name="mark-mode"]:checked');
    return chosen ? chosen.value : "pain";
  }

  function regionsOf(svg) {
    // A region drawn on both views has one control; the other drawing is aria-hidden.
    return Array.prototype.slice.call(svg.querySelectorAll('.region[role="checkbox"][data-region]'));
  }

  function showMarks(id, pain, numb) {
    document.querySelectorAll('.region[data-region="' + id + '"]').forEach(function (path) {
      path.setAttribute("aria-checked", pain || numb ? "true" : "false");
      path.classList.toggle("is-pain", pain);
      path.classList.toggle("is-numb", numb);
    });
  }

  function toggle(id) {
    var pain = document.getElementById("pain-" + id);
    var numb = document.getElementById("numb-" + id);
    if (!pain || !numb) return;
    var chosen = markMode() === "numb" ? numb : pain;
    var other = chosen === numb ? pain : numb;
    chosen.checked = !chosen.checked;
    if (chosen.checked) other.checked = false;
    showMarks(id, pain.checked, numb.checked);
    chosen.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function moveFocus(svg, index) {
    var regions = regionsOf(svg);
    if (!regions.length) return;
    index = (index + regions.length) % regions.length;
    regions.forEach(function (region, i) { region.setAttribute("tabindex", i === index ? "0" : "-1"); });
    regions[index].focus();
    focusedIndex = index;
  }

  document.addEventListener("click", function (event) {
    var region = event.target.closest(".body-diagram .region");
    if (!region) return;
    var svg = region.ownerSVGElement;
    var id = region.getAttribute("data-region");
    var control = svg.querySelector('.region[role="checkbox"][data-region="' + id + '"]');
    moveFocus(svg, regionsOf(svg).indexOf(control));
    figureHadFocus = true;
    toggle(id);
  });

  document.addEventListener("keydown", function (event) {
    var region = event.target.closest && event.target.closest(".body-diagram .region");
    if (!region) return;
    var svg = region.ownerSVGElement;
    var index = regionsOf(svg).indexOf(region);
    var steps = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in steps) {
      moveFocus(svg, index + steps[event.key]);
    } else if (event.key === "Home") {
      moveFocus(svg, 0);
    } else if (event.key === "End") {
      moveFocus(svg, -1);
    } else if (event.key === " " || event.key === "Enter") {
      figureHadFocus = true;
      focusedIndex = index;
      toggle(region.getAttribute("data-region"));
    } else {
      return;
    }
    event.preventDefault();
  });

  // The server answers with a new figure: keep the roving tab stop, and the focus if
  // the figure had it, on the same region; announce the new result.
  // Red flags win the screen: when one first appears, bring it into view.
  var hadRedFlags = false;
  document.addEventListener("htmx:before:swap", function () {
    hadRedFlags = Boolean(document.getElementById("red-flags"));
  });

  document.addEventListener("htmx:after:swap", function () {
    var redFlags = document.getElementById("red-flags");
    if (redFlags && !hadRedFlags) redFlags.scrollIntoView({ block: "start" });
    var svg = document.querySelector(".body-diagram");
    if (svg && focusedIndex >= 0) {
      var regions = regionsOf(svg);
      regions.forEach(function (region, i) { region.setAttribute("tabindex", i === focusedIndex ? "0" : "-1"); });
      if (figureHadFocus && regions[focusedIndex]) regions[focusedIndex].focus();
    }
    figureHadFocus = false;
    var headline = document.getElementById("result-heading");
    var announce = document.getElementById("announce");
    var flags = document.getElementById("red-flags");
    if (announce && headline) {
      announce.textContent = (flags ? flags.textContent.trim() + " " : "") + headline.textContent.trim();
    }
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
      var announce = document.getElementById("announce");
      if (announce) announce.textContent = button.getAttribute("data-copied");
      button.classList.add("is-done");
    });
  });
})();
