"""Positive example for mongo-filter-from-request-json: an aiohttp handler builds the filter from
the JSON body and a repository method runs it, so {"$gt": ""} in the body matches any record."""
from aiohttp import web


class DeviceRepo:
    def __init__(self, collection):
        self.collection = collection

    def _one(self, query):
        return self.collection.find_one(query)

    async def claim(self, request):
        data = await request.json()
        device = self._one({"serial": data["serial"], "pairing_code": data["code"]})
        if device is None:
            raise web.HTTPForbidden()
        return web.json_response({"device": str(device["_id"])})
