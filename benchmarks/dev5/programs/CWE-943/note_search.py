"""Note search endpoint for the team notebook app (FastAPI + Motor)."""
import os

from fastapi import Depends, FastAPI, Query
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
client = AsyncIOMotorClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))
notes = client.notebook.notes


async def current_team(team: str = Query(...)):
    # team membership is verified by the gateway in front of this service
    return team


class NoteQuery:
    def __init__(self, team, tag=None, author=None):
        self.team = team
        self.tag = tag
        self.author = author

    def to_filter(self):
        clauses = [f"this.team == '{self.team}'", "this.archived != true"]
        if self.tag:
            clauses.append(f"this.tags.indexOf('{self.tag}') >= 0")
        if self.author:
            clauses.append(f"this.author == '{self.author}'")
        return {"$where": " && ".join(clauses)}


@app.get("/notes")
async def search_notes(team: str = Depends(current_team), tag: str | None = None, author: str | None = None):
    query = NoteQuery(team, tag, author).to_filter()
    cursor = notes.find(query, {"_id": 0, "title": 1, "author": 1, "tags": 1}).limit(100)
    return {"notes": [doc async for doc in cursor]}
