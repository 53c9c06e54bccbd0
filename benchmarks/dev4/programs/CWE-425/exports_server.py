"""Serves generated customer exports. Links are emailed to the customer after generation."""
import os
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from functools import partial

EXPORT_DIR = "/srv/exports"


class ExportHandler(SimpleHTTPRequestHandler):
    def list_directory(self, path):
        self.send_error(403, "listing disabled")
        return None

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def write_export(customer_id, invoice_no, csv_text):
    name = f"customer-{customer_id}-invoices-{invoice_no}.csv"
    with open(os.path.join(EXPORT_DIR, name), "w") as fh:
        fh.write(csv_text)
    return f"https://exports.example.com/{name}"


if __name__ == "__main__":
    handler = partial(ExportHandler, directory=EXPORT_DIR)
    ThreadingHTTPServer(("0.0.0.0", 8000), handler).serve_forever()
