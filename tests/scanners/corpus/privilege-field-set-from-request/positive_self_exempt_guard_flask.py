from flask import Flask, abort, g, request

from .models import Account, db

app = Flask(__name__)


@app.patch("/accounts/<int:account_id>/access")
def set_access(account_id):
    body = request.get_json()
    if g.user.pk != account_id and not g.user.is_admin:
        abort(403)
    account = Account.query.get_or_404(account_id)
    account.access_level = body["access_level"]
    db.session.commit()
    return {"ok": True}
