import re
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()
HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}$")
RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}


@app.get("/lookup/{domain}")
def lookup(domain: str, rtype: str = "A"):
    if not HOSTNAME_RE.match(domain) or rtype not in RECORD_TYPES:
        raise HTTPException(status_code=400, detail="invalid query")
    result = subprocess.run(
        ["dig", "+short", "-t", rtype, "--", domain],
        capture_output=True,
        text=True,
        timeout=10,
    )
    return {"domain": domain, "type": rtype, "answers": result.stdout.split()}
