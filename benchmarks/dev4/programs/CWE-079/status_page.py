import html
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs


class StatusHandler(BaseHTTPRequestHandler):
    services = {"db": "up", "cache": "up", "queue": "degraded"}

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        name = query.get("service", ["all"])[0]
        if name == "all":
            items = self.services.items()
        else:
            items = [(name, self.services.get(name, "unknown"))]
        body = ["<html><body><table>"]
        for svc, state in items:
            body.append("<tr><td>{}</td><td>{}</td></tr>".format(
                html.escape(svc), html.escape(state)))
        body.append("</table></body></html>")
        data = "".join(body).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8000), StatusHandler).serve_forever()
