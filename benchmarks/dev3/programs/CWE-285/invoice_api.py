from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from billing.auth import current_user
from billing.store import InvoiceStore

app = FastAPI()
store = InvoiceStore()


class InvoiceUpdate(BaseModel):
    org_id: int
    amount_cents: int
    status: str


def can_edit(user, org_id: int) -> bool:
    return org_id in user.admin_org_ids


@app.put("/invoices/{invoice_id}")
def update_invoice(invoice_id: int, body: InvoiceUpdate, user=Depends(current_user)):
    invoice = store.get(invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404)
    # make sure the caller administers the organisation in the request
    if not can_edit(user, body.org_id):
        raise HTTPException(status_code=403, detail="not an org admin")
    invoice.amount_cents = body.amount_cents
    invoice.status = body.status
    store.save(invoice)
    return {"id": invoice.id, "status": invoice.status, "amount_cents": invoice.amount_cents}
