"""Negative example for generated-files-served-unauthenticated: the file server's GET handler requires the
download API key before serving anything."""

import hmac
import os
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

REPORT_DIR = "/srv/reports"
DOWNLOAD_KEY = os.environ["DOWNLOAD_KEY"]


class ReportHandler(SimpleHTTPRequestHandler):
    def do_GET(self):
        if not hmac.compare_digest(self.headers.get("Authorization", ""), f"Bearer {DOWNLOAD_KEY}"):
            self.send_error(401)
            return
        super().do_GET()


def save_report(customer_id, year, text):
    with open(os.path.join(REPORT_DIR, f"report-{customer_id}-{year}.txt"), "w") as fh:
        fh.write(text)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8001), partial(ReportHandler, directory=REPORT_DIR)).serve_forever()
