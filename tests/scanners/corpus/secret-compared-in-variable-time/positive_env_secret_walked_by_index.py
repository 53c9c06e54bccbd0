import os

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_PIN = os.getenv("ADMIN_PIN", "")


def same(given: str) -> bool:
    if len(given) != len(ADMIN_PIN):
        return False
    for i in range(len(ADMIN_PIN)):
        if given[i] != ADMIN_PIN[i]:
            return False
    return True


@app.post("/admin/flush")
def flush(x_pin: str = Header("")):
    if not same(x_pin):
        raise HTTPException(status_code=403)
    return {"flushed": True}
