"""A bare Falcon app for `make bench`: the ceiling the same gunicorn settings reach."""

import falcon


class Ping:
    def on_get(self, req, resp) -> None:
        resp.media = {"ok": True}


app = falcon.App()
app.add_route("/ping", Ping())
