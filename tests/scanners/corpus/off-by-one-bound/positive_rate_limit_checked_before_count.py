from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
REQUEST_LIMIT = 100
hits: dict[str, int] = {}


@app.get("/quote")
def quote(request: Request):
    client = request.client.host
    if hits.get(client, 0) > REQUEST_LIMIT:
        raise HTTPException(status_code=429)
    hits[client] = hits.get(client, 0)
    hits[client] += 1
    return {"quote": "ok"}
