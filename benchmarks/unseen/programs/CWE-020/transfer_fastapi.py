from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()
accounts: dict[str, int] = {"ACC00001": 5000, "ACC00002": 300}


class Transfer(BaseModel):
    source: str = Field(pattern=r"^ACC\d{5}$")
    target: str = Field(pattern=r"^ACC\d{5}$")
    amount: int = Field(gt=0, le=1_000_000)


@app.post("/transfer")
def transfer(body: Transfer):
    if body.source == body.target:
        raise HTTPException(status_code=400, detail="same account")
    if body.source not in accounts or body.target not in accounts:
        raise HTTPException(status_code=404, detail="no such account")
    if accounts[body.source] < body.amount:
        raise HTTPException(status_code=409, detail="insufficient funds")
    accounts[body.source] -= body.amount
    accounts[body.target] += body.amount
    return {"ok": True, "balance": accounts[body.source]}
