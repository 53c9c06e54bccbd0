"""Positive: a lookup helper copies values from the decoded JSON body it receives straight into a Mongo filter."""
from fastapi import FastAPI, Request
from motor.motor_asyncio import AsyncIOMotorClient

api = FastAPI()
members = AsyncIOMotorClient()["club"]["members"]


async def member_for(body):
    return await members.find_one({"email": body["email"], "pin": body["pin"]})


@api.post("/checkin")
async def checkin(request: Request):
    member = await member_for(await request.json())
    return {"ok": member is not None}
