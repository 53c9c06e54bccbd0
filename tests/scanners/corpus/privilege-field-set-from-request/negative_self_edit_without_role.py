from flask import Flask, abort, g, request

from .models import Account, db

app = Flask(__name__)


@app.patch("/accounts/<int:account_id>/role")
def edit_account(account_id):
    body = request.get_json()
    if g.user.pk != account_id and not g.user.is_admin:
        abort(403)
    account = Account.query.get_or_404(account_id)
    account.nickname = body["nickname"]
    if g.user.is_admin:
        account.role = body["role"]
    db.session.commit()
    return {"ok": True}
