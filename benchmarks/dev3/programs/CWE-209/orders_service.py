import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from orders.repository import load_order

app = FastAPI()
logger = logging.getLogger("orders")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    logger.error("error while serving %s", request.url.path, exc_info=exc)
    return JSONResponse(status_code=500, content={"detail": "Something went wrong."})


@app.get("/orders/{order_id}")
async def get_order(order_id: int):
    return await load_order(order_id)
