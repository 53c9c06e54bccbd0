import requests
from fastapi import FastAPI, HTTPException, Request, Response

app = FastAPI()
BACKEND = "http://127.0.0.1:9100"
RESERVED = {"x-user", "x-tenant", "host", "content-length", "connection"}
TOKENS = {"tok-1": ("alice", "acme")}


def outbound_headers(user, tenant, incoming):
    headers = {}
    for name, value in incoming:
        lname = name.lower()
        if lname in RESERVED:
            continue
        if lname in headers:
            headers[lname] = headers[lname] + ", " + value
        else:
            headers[lname] = value
    headers["x-user"] = user
    headers["x-tenant"] = tenant
    return headers


@app.get("/api/{path:path}")
def forward(path: str, request: Request):
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    ident = TOKENS.get(token)
    if ident is None:
        raise HTTPException(status_code=401)
    headers = outbound_headers(*ident, request.headers.items())
    upstream = requests.get(f"{BACKEND}/{path}", headers=headers,
                            params=request.query_params, timeout=10)
    return Response(upstream.content, status_code=upstream.status_code,
                    media_type=upstream.headers.get("content-type"))
