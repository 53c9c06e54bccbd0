"""Minimal SOAP endpoint for the legacy billing client."""
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.dom import minidom

RESPONSE = """<?xml version="1.0"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
<soap:Body><AckResponse><Account>{account}</Account></AckResponse></soap:Body>
</soap:Envelope>"""


def account_from(body):
    doc = minidom.parseString(body)
    nodes = doc.getElementsByTagName("Account")
    if not nodes or not nodes[0].firstChild:
        return None
    return nodes[0].firstChild.data.strip()


class SoapHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        account = account_from(body)
        if account is None:
            self.send_error(400, "Account element missing")
            return
        payload = RESPONSE.format(account=account.replace("<", "&lt;")).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8580), SoapHandler).serve_forever()
