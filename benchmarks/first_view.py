"""The weight of the first view: the page and every resource it loads, as sent with gzip.

    python -m benchmarks.first_view
"""

from support.first_view import BUDGET, first_view
from webapp import create_app


def main() -> None:
    weights = first_view(create_app().test_client())
    for url, size in weights.items():
        print(f"{size / 1024:6.1f} KB  {url}")
    total = sum(weights.values())
    print(f"{total / 1024:6.1f} KB  first view, gzip (budget {BUDGET / 1024:.0f} KB: {total / BUDGET:.0%} of it)")


if __name__ == "__main__":
    main()
