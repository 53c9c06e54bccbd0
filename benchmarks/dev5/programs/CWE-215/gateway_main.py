"""Entry point for the API gateway container."""
import logging
import os

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

ENV = os.environ.get("APP_ENV", "production")
logging.basicConfig(level=logging.DEBUG if ENV == "development" else logging.INFO)
log = logging.getLogger("gateway")


def create_app():
    app = FastAPI(debug=(ENV == "development"),
                  docs_url="/docs" if ENV == "development" else None,
                  redoc_url=None)

    @app.exception_handler(Exception)
    async def unhandled(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse({"error": "internal server error"}, status_code=500)

    @app.get("/ping")
    async def ping():
        return {"pong": True}

    return app


app = create_app()

if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")),
                log_level="debug" if ENV == "development" else "info")
