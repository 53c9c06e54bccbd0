import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI(debug=False)
logger = logging.getLogger("inventory")

STOCK = {"widget": 12, "gadget": 0}


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    logger.error("unhandled error on %s", request.url.path, exc_info=exc)
    return JSONResponse(status_code=500, content={"error": "internal server error"})


@app.get("/stock/{item}")
async def stock(item: str):
    count = STOCK[item]
    return {"item": item, "available": count > 0, "count": count}
