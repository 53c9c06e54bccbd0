import os

from flask import Flask, request, send_file

app = Flask(__name__)
INVOICE_DIR = "/srv/billing/invoices"


@app.route("/invoices/download")
def download_invoice():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        return "only PDF invoices can be downloaded", 400
    full_path = os.path.join(INVOICE_DIR, name)
    if not os.path.isfile(full_path):
        return "not found", 404
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)


if __name__ == "__main__":
    app.run(port=8080)
