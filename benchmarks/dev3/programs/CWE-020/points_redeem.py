from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

balances = {"alice": 1200, "bob": 300}


class Redemption(BaseModel):
    member: str = Field(min_length=1, max_length=64)
    points: int = Field(gt=0, le=10_000)


@app.post("/rewards/redeem")
async def redeem(req: Redemption):
    current = balances.get(req.member)
    if current is None:
        raise HTTPException(status_code=404, detail="member not found")
    if req.points > current:
        raise HTTPException(status_code=400, detail="not enough points")
    balances[req.member] = current - req.points
    return {"member": req.member, "remaining": balances[req.member]}
