"""Positive example for workflow-step-not-checked: the KYC step stores its result in the wizard kept in
the session, but the final step never reads it, so an applicant can skip identity verification."""

from bottle import Bottle, request

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
    if "income" not in wiz:
        return {"error": "details first"}
    return {"application": "filed", "income": wiz["income"]}
