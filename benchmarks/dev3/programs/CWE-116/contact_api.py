import falcon

CONTACTS = {}


class ContactResource:
    def on_post(self, req, resp):
        name = req.get_param("name", required=True)
        note = req.get_param("note", default="")
        contact_id = len(CONTACTS) + 1
        CONTACTS[contact_id] = (name, note)
        resp.status = falcon.HTTP_201
        resp.content_type = falcon.MEDIA_JSON
        resp.text = '{"id": %d, "name": "%s", "note": "%s"}' % (contact_id, name, note)

    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_JSON
        entries = ['{"id": %d, "name": "%s"}' % (cid, n) for cid, (n, _) in CONTACTS.items()]
        resp.text = "[" + ", ".join(entries) + "]"


app = falcon.App()
app.add_route("/contacts", ContactResource())
