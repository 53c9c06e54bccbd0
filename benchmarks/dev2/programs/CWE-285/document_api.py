from fastapi import FastAPI, Depends, HTTPException, Header
from pydantic import BaseModel

app = FastAPI()

TOKENS = {}  # token -> user record, filled by the login service
DOCUMENTS = {}  # doc_id -> {"owner": user_id, "title": ..., "body": ...}


class User(BaseModel):
    id: int
    name: str


def current_user(authorization: str = Header(...)) -> User:
    token = authorization.removeprefix("Bearer ").strip()
    record = TOKENS.get(token)
    if record is None:
        raise HTTPException(status_code=401, detail="invalid token")
    return User(**record)


def load_owned(doc_id: int, user: User) -> dict:
    doc = DOCUMENTS.get(doc_id)
    if doc is None or doc["owner"] != user.id:
        raise HTTPException(status_code=404, detail="document not found")
    return doc


@app.get("/documents/{doc_id}")
def read_document(doc_id: int, user: User = Depends(current_user)):
    doc = load_owned(doc_id, user)
    return {"id": doc_id, "title": doc["title"], "body": doc["body"]}


@app.delete("/documents/{doc_id}")
def delete_document(doc_id: int, user: User = Depends(current_user)):
    load_owned(doc_id, user)
    del DOCUMENTS[doc_id]
    return {"deleted": doc_id}
