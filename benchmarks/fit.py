"""Refit the differential to the development part of the published patients and write the
learned rates: ``python -m benchmarks.fit`` (the app reads them at start-up)."""

from support.fitting import learned_text
from webapp.knowledge.learned import LEARNED


def main() -> None:
    LEARNED.write_text(learned_text(), encoding="utf-8")
    print(f"written: {LEARNED}")


if __name__ == "__main__":
    main()
