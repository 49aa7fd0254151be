"""The floor under the load figures: the app as it is served, except that /api/assess and
the map's page answer one precomputed answer of theirs instead of working one out. Every
header, hook and the compression still run; the engine, the wording and the templates do
not. What it reaches is the most those two views could reach, however cheap their work."""

from flask import Flask, Response

from webapp import create_app as create_the_app

QUERY = "region=right-calf&numb=right-heel&region=right-sole"
FRAGMENT = {"HX-Request": "true", "HX-Request-Type": "partial"}


def create_app() -> Flask:
    # Worked out once by an app of its own, since this one may not take a request before
    # its views are replaced.
    client = create_the_app({"ANSWER_CACHE": False}).test_client()
    api = client.get(f"/api/assess?{QUERY}")
    fragment = client.get(f"/?{QUERY}", headers=FRAGMENT)
    app = create_the_app({"ANSWER_CACHE": False})
    for endpoint, answer in (("api.assess_selection", api), ("pages.index", fragment)):
        app.view_functions[endpoint] = lambda body=answer.get_data(), kind=answer.mimetype: Response(body, mimetype=kind)
    return app
