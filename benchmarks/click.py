"""Click to highlight in Debian's Chromium on loopback: from the click to the region
marked (the script's immediate answer) and to the server's answer swapped in (the
segment shaded, the result card), against a bare fetch of /healthz from the same page.

    python -m benchmarks.click [--clicks 40]
"""

import argparse
import statistics

from playwright.sync_api import sync_playwright

from support.browser import launch
from support.serving import gunicorn

REGIONS = ["right-big-toe", "right-foot-top", "right-shin-outer", "left-heel", "left-calf", "right-knee-inner"]

PROBE = """() => {
  window.timings = [];
  let clicked = 0, marked = 0;
  document.addEventListener("click", e => { clicked = e.timeStamp; }, true);
  new MutationObserver(records => {
    if (records.some(r => r.attributeName === "data-mark") && clicked && marked !== clicked) {
      marked = clicked;
      window.timings.push({kind: "marked", ms: performance.now() - clicked});
    }
  }).observe(document.body, {attributes: true, subtree: true, attributeFilter: ["data-mark"]});
  document.addEventListener("htmx:after:swap", () => {
    window.timings.push({kind: "answered", ms: performance.now() - clicked});
    clicked = 0;
  });
}"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clicks", type=int, default=40)
    args = parser.parse_args()
    with gunicorn("webapp:create_app()") as server, sync_playwright() as playwright:
        base = server.base
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/")
        fetches = [page.evaluate("""async () => { const t = performance.now();
                                      await (await fetch('/healthz', {cache: 'no-store'})).text();
                                      return performance.now() - t; }""") for _ in range(args.clicks)]
        page.evaluate(PROBE)
        for i in range(args.clicks):
            region = REGIONS[i % len(REGIONS)]
            answered = page.evaluate("window.timings.filter(t => t.kind === 'answered').length")
            page.locator(f'.body-diagram [data-region="{region}"][role="button"]').click()
            page.wait_for_function("n => window.timings.filter(t => t.kind === 'answered').length > n", arg=answered)
            page.wait_for_timeout(50)
        timings = page.evaluate("window.timings")
        browser.close()
    baseline = statistics.median(fetches)
    print(f"bare fetch of /healthz: median {baseline:.1f} ms")
    for kind in ("marked", "answered"):
        values = [t["ms"] for t in timings if t["kind"] == kind]
        median = statistics.median(values)
        p90 = statistics.quantiles(values, n=10)[-1]
        print(f"click to {kind}: median {median:.1f} ms, p90 {p90:.1f} ms over {len(values)} clicks "
              f"({median / baseline:.1f} x a bare fetch)")


if __name__ == "__main__":
    main()
