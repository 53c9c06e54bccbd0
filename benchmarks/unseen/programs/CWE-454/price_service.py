from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
CATALOG = {"sku-1": 1999, "sku-2": 4999}


class OrderLine(BaseModel):
    sku: str
    quantity: int
    unit_price: int | None = None


@app.post("/orders")
def create_order(lines: list[OrderLine]):
    total = 0
    for line in lines:
        price = line.unit_price if line.unit_price is not None else CATALOG[line.sku]
        total += price * line.quantity
    return {"total_cents": total}
