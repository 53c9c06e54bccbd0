"""Negative example for server-side-request-from-input: the host is resolved and must be a global
address; the request then goes to that checked address."""

import ipaddress
import socket
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, request

app = Flask(__name__)


def vetted_ip(hostname):
    address = ipaddress.ip_address(socket.gethostbyname(hostname))
    if address.is_private or address.is_loopback or not address.is_global:
        abort(400)
    return str(address)


@app.route("/thumb")
def thumb():
    parts = urlsplit(request.args.get("u", ""))
    if parts.scheme != "https" or not parts.hostname:
        abort(400)
    ip = vetted_ip(parts.hostname)
    reply = requests.get(f"https://{ip}{parts.path}", headers={"Host": parts.hostname}, timeout=5)
    return reply.content[:100000]
