// For a clinic's page: sizes each iframe of the dermatome map to fit the map inside it.
// Only messages from the map's own origin, and from one of this page's iframes, count.
(function () {
  "use strict";
  var origin = new URL(document.currentScript.src).origin;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "dermatome-map:height") return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.max(Math.ceil(height), 200), 20000) + "px";
      }
    }
  });
})();
