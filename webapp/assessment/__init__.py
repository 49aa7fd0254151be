"""The assessment: a selection in, the differential, piriformis and red flags out, as data."""
