"""Negative example for workflow-step-not-checked: the final step requires the identity result the KYC
step stored in the session wizard."""

from bottle import Bottle, abort, request

app = Bottle()


def wizard():
    return request.environ["beaker.session"].setdefault("wizard", {})


@app.post("/apply/details")
def details():
    wiz = wizard()
    wiz["income"] = int(request.forms.get("income", "0"))
    return {"next": "identity"}


@app.post("/apply/identity")
def identity():
    wiz = wizard()
    wiz["identity_approved"] = request.forms.get("document_id", "").isalnum()
    return {"next": "submit"}


@app.post("/apply/submit")
def submit():
    wiz = wizard()
    if not wiz.get("identity_approved"):
        abort(409, "identity first")
    return {"application": "filed", "income": wiz["income"]}
