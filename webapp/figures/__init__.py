"""The figures, drawn with svgwrite: the body (front and back), the side view of the lumbar
spine, the self-check pictograms, and what the body figure shades."""
