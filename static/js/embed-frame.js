// Inside the clinic's iframe: tell the page around it how tall the map is, on load and
// after every update, so the iframe can grow or shrink to fit without a scroll bar.
(function () {
  "use strict";
  if (window.parent === window) return;
  function postHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "dermatome-map:height", height: height }, "*");
  }
  window.addEventListener("load", postHeight);
  document.addEventListener("htmx:after:swap", postHeight);
  if (window.ResizeObserver) new ResizeObserver(postHeight).observe(document.documentElement);
})();
