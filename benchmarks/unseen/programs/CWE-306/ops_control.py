import hmac
import os
import shutil
import signal

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
CACHE = "/var/cache/ingest"
OPS_KEY = os.environ["OPS_API_KEY"]


def require_ops_key(x_api_key: str | None = Header(default=None)) -> None:
    if x_api_key is None or not hmac.compare_digest(x_api_key, OPS_KEY):
        raise HTTPException(status_code=401, detail="invalid key")


@app.post("/ops/shutdown", dependencies=[Depends(require_ops_key)])
def shutdown(purge: bool = False):
    if purge:
        shutil.rmtree(CACHE, ignore_errors=True)
    os.kill(os.getpid(), signal.SIGTERM)
    return {"stopping": True, "purged": purge}
