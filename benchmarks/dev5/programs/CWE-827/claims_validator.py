"""Validates insurance claim submissions against the server's own DTD."""
import logging
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from lxml import etree

log = logging.getLogger("claims")
app = FastAPI()

DTD_PATH = Path(__file__).with_name("schemas") / "claim.dtd"
CLAIM_DTD = etree.DTD(str(DTD_PATH))
PARSER = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True, dtd_validation=False)


class ClaimRejected(Exception):
    pass


def validate_claim(data: bytes):
    root = etree.fromstring(data, PARSER)
    if root.getroottree().docinfo.doctype:
        raise ClaimRejected("documents must not carry their own DOCTYPE")
    if not CLAIM_DTD.validate(root):
        raise ClaimRejected(str(CLAIM_DTD.error_log.filter_from_errors()[:3]))
    return root


@app.post("/claims")
async def submit_claim(request: Request):
    body = await request.body()
    try:
        root = validate_claim(body)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=400, detail=f"malformed XML: {exc}")
    except ClaimRejected as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    log.info("claim %s accepted", root.findtext("claimNumber"))
    return {"accepted": root.findtext("claimNumber")}
