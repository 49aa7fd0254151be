"""What the tests and the benchmarks share: Debian's Chromium, serving an app on loopback,
the published cases and their measures, the weight of the first view.

Both import from here and neither imports the other.
"""
