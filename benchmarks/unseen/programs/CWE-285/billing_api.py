from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer

app = FastAPI()
oauth2 = OAuth2PasswordBearer(tokenUrl="token")
INVOICES = {101: {"customer": "c1", "total": 120.0}, 102: {"customer": "c2", "total": 75.5}}
TOKENS = {"tok-c1": "c1", "tok-c2": "c2"}


def current_customer(token: str = Depends(oauth2)) -> str:
    customer = TOKENS.get(token)
    if customer is None:
        raise HTTPException(status_code=401)
    return customer


@app.get("/invoices/{invoice_id}")
def read_invoice(invoice_id: int, customer: str = Depends(current_customer)):
    invoice = INVOICES.get(invoice_id)
    if invoice is None or invoice["customer"] != customer:
        raise HTTPException(status_code=404)
    return invoice
