// Runs first, before the body is drawn: tells the stylesheet that scripts run, so the
// no-script controls are hidden without a flash.
document.documentElement.classList.replace("no-js", "js");

// On paper: the date and the page's whole address, and an answer folded away opened.
window.addEventListener("beforeprint", function () {
  var date = document.getElementById("print-date");
  var link = document.getElementById("print-link");
  if (date) date.textContent = new Date().toLocaleDateString(document.documentElement.lang, { dateStyle: "long" });
  if (link) link.textContent = window.location.href;
  document.querySelectorAll("details.rest-of-answer:not([open])").forEach(function (details) {
    details.setAttribute("open", "");
    details.setAttribute("data-opened-for-print", "");
  });
});
window.addEventListener("afterprint", function () {
  document.querySelectorAll("details[data-opened-for-print]").forEach(function (details) {
    details.removeAttribute("open");
    details.removeAttribute("data-opened-for-print");
  });
});
