from urllib.parse import parse_qs

import falcon

from .orders import order_belongs_to, issue_refund


class RefundResource:
    def on_post(self, req, resp):
        raw = req.bounded_stream.read(4096).decode("utf-8")
        fields = parse_qs(raw, keep_blank_values=True)
        for key in ("order_id", "amount_cents"):
            if len(fields.get(key, [])) != 1:
                raise falcon.HTTPBadRequest(title=f"{key} must be given exactly once")
        order_id = fields["order_id"][0]
        amount = int(fields["amount_cents"][0])
        if not order_belongs_to(order_id, req.context.user):
            raise falcon.HTTPForbidden()
        resp.media = issue_refund(order_id, amount)


app = falcon.App()
app.add_route("/refunds", RefundResource())
