import json

import falcon

CONTACTS = {}


class ContactResource:
    def on_post(self, req, resp):
        name = req.get_param("name", required=True)
        note = req.get_param("note", default="")
        contact_id = len(CONTACTS) + 1
        CONTACTS[contact_id] = {"id": contact_id, "name": name, "note": note}
        resp.status = falcon.HTTP_201
        resp.content_type = falcon.MEDIA_JSON
        resp.text = json.dumps(CONTACTS[contact_id])

    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_JSON
        resp.text = json.dumps([{"id": c["id"], "name": c["name"]} for c in CONTACTS.values()])


app = falcon.App()
app.add_route("/contacts", ContactResource())
