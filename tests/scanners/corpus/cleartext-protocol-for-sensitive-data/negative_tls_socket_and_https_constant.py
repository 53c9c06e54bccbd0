"""The secret goes over a TLS-wrapped socket; the constant endpoint is https."""
import socket
import ssl

import httpx

BILLING_ENDPOINT = "https://billing.example.org/charge"


def register(broker_host, worker_id, shared_secret):
    ctx = ssl.create_default_context()
    raw = socket.create_connection((broker_host, 5555))
    conn = ctx.wrap_socket(raw, server_hostname=broker_host)
    conn.sendall(f"HELLO {worker_id} {shared_secret}\n".encode())
    return conn.recv(64)


def charge(client: httpx.Client, card_number, amount):
    return client.post(BILLING_ENDPOINT, data={"pan": card_number, "amount": amount})
