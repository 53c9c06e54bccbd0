"""Negative: a MongoDB collection's find receives a filter dict built by a helper with $eq operands, not an XPath."""
from pymongo import MongoClient
from starlette.requests import Request
from starlette.responses import JSONResponse

tickets = MongoClient()["desk"]["tickets"]


def status_filter(state: str) -> dict:
    return {"state": {"$eq": state}}


async def list_tickets(request: Request) -> JSONResponse:
    wanted = status_filter(request.query_params.get("state", "open"))
    return JSONResponse(list(tickets.find(wanted, {"_id": 0})))
