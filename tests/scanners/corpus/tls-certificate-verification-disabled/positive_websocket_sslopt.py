"""Positive example for tls-certificate-verification-disabled: websocket-client is given ssl options that ask for no certificate."""
import ssl

import websocket


def open_price_feed(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE}, timeout=10)
