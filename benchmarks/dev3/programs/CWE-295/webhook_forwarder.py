import os

import requests
from flask import Flask, request

app = Flask(__name__)

UPSTREAM = os.environ.get("UPSTREAM_URL", "https://events.partner.example.net/ingest")
CA_BUNDLE = os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/partner-ca.pem")

session = requests.Session()
session.verify = CA_BUNDLE
session.headers["X-Forwarder"] = "edge-1"


@app.post("/hooks/<source>")
def forward(source):
    body = request.get_data()
    resp = session.post(
        UPSTREAM,
        data=body,
        headers={"Content-Type": request.content_type or "application/json", "X-Source": source},
        timeout=5,
    )
    return {"upstream_status": resp.status_code}, 202
