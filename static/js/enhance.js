// Runs first, before the body is drawn: tells the stylesheet that scripts run, so the
// no-script controls are hidden without a flash.
document.documentElement.classList.replace("no-js", "js");
