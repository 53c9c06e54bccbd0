import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_IMAGE_HOSTS = {"images.example-cdn.com", "avatars.githubusercontent.com", "www.gravatar.com"}
MAX_BYTES = 2 * 1024 * 1024


def checked_url(raw: str) -> str:
    parts = urlparse(raw)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_IMAGE_HOSTS:
        raise ValueError("images must come from a supported https host")
    for info in socket.getaddrinfo(parts.hostname, 443, proto=socket.IPPROTO_TCP):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("host resolves to a non-public address")
    return raw


@app.route("/profile/avatar", methods=["POST"])
def set_avatar():
    try:
        url = checked_url(request.json.get("image_url", ""))
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 400
    resp = requests.get(url, timeout=5, allow_redirects=False, stream=True)
    data = resp.raw.read(MAX_BYTES + 1, decode_content=True)
    if resp.status_code != 200 or len(data) > MAX_BYTES:
        return jsonify({"error": "could not fetch image"}), 400
    return jsonify({"stored_bytes": len(data)})
