"""The knowledge base: regions, roots, nerves, the hip, piriformis, findings and red flags,
each fact with its source. Plain data; no Flask, no gettext calls."""
