from fastapi import Depends, FastAPI, HTTPException, Header
from pydantic import BaseModel

app = FastAPI()

# token -> username (loaded from the auth service in production)
SESSIONS: dict[str, str] = {}
DOCUMENTS: dict[int, dict] = {}


class ShareRequest(BaseModel):
    username: str


def current_user(authorization: str = Header(...)) -> str:
    token = authorization.removeprefix("Bearer ").strip()
    user = SESSIONS.get(token)
    if user is None:
        raise HTTPException(status_code=401, detail="not logged in")
    return user


def load_owned_document(doc_id: int, user: str) -> dict:
    doc = DOCUMENTS.get(doc_id)
    if doc is None:
        raise HTTPException(status_code=404)
    if doc["owner"] != user:
        raise HTTPException(status_code=403, detail="not your document")
    return doc


@app.get("/documents/{doc_id}")
def read_document(doc_id: int, user: str = Depends(current_user)):
    doc = DOCUMENTS.get(doc_id)
    if doc is None or (doc["owner"] != user and user not in doc["shared_with"]):
        raise HTTPException(status_code=404)
    return {"id": doc_id, "title": doc["title"], "body": doc["body"]}


@app.post("/documents/{doc_id}/share")
def share_document(doc_id: int, req: ShareRequest, user: str = Depends(current_user)):
    doc = load_owned_document(doc_id, user)
    doc["shared_with"].add(req.username)
    return {"id": doc_id, "shared_with": sorted(doc["shared_with"])}


@app.delete("/documents/{doc_id}")
def delete_document(doc_id: int, user: str = Depends(current_user)):
    load_owned_document(doc_id, user)
    del DOCUMENTS[doc_id]
    return {"deleted": doc_id}
