from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()

TOKENS = {
    "t-alice": {"user": "alice", "roles": {"admin"}},
    "t-bob": {"user": "bob", "roles": {"operator"}},
}
PERMISSIONS = {
    "queue.read": {"admin", "operator"},
    "queue.purge": {"admin"},
}
QUEUES = {"emails": ["m1", "m2"], "reports": ["r1"]}


def identify(authorization: str = Header(default="")):
    token = authorization.removeprefix("Bearer ").strip()
    ident = TOKENS.get(token)
    if ident is None:
        raise HTTPException(status_code=401, detail="unknown token")
    return ident


def requires(permission):
    def checker(ident=Depends(identify)):
        allowed = PERMISSIONS.get(permission, set())
        if not ident["roles"] & allowed:
            raise HTTPException(status_code=403, detail=f"missing {permission}")
        return ident
    return checker


@app.get("/queues/{name}")
def peek(name: str, ident=Depends(requires("queue.read"))):
    if name not in QUEUES:
        raise HTTPException(status_code=404)
    return {"queue": name, "items": QUEUES[name][:10]}


@app.delete("/queues/{name}")
def purge(name: str, ident=Depends(requires("queue.purge"))):
    if name not in QUEUES:
        raise HTTPException(status_code=404)
    dropped = len(QUEUES[name])
    QUEUES[name].clear()
    return {"queue": name, "dropped": dropped, "by": ident["user"]}
