import logging

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")


def clean(value, limit=200):
    text = str(value)[:limit]
    return text.encode("unicode_escape").decode("ascii")


@app.middleware("http")
async def access_log(request: Request, call_next):
    response = await call_next(request)
    logger.info("%s %s ua=%s status=%d",
                request.method, clean(request.url.path),
                clean(request.headers.get("user-agent", "-")), response.status_code)
    return response


@app.get("/items/{item_id}")
async def item(item_id: str):
    return {"id": item_id}
