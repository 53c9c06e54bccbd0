from bottle import Bottle, request, template, abort

app = Bottle()


class PageState:
    def __init__(self):
        self.page = 1
        self.per_page = 25
        self.sort = "created"
        self.show_deleted = False
        self.can_export = False

    def load(self, params):
        for key, value in params.items():
            if hasattr(self, key):
                current = getattr(self, key)
                if isinstance(current, bool):
                    value = value.lower() in ("1", "true", "yes")
                elif isinstance(current, int):
                    value = int(value)
                setattr(self, key, value)
        return self


def rows_for(state):
    rows = [{"id": i, "deleted": i % 7 == 0} for i in range(1, 200)]
    if not state.show_deleted:
        rows = [r for r in rows if not r["deleted"]]
    start = (state.page - 1) * state.per_page
    return rows[start:start + state.per_page]


@app.get("/reports")
def reports():
    state = PageState().load(request.query)
    if request.query.get("format") == "csv":
        if not state.can_export:
            abort(403, "export not permitted")
        return "\n".join(str(r["id"]) for r in rows_for(state))
    return template("<ul>% for r in rows:\n<li>{{r['id']}}</li>\n% end\n</ul>", rows=rows_for(state))
