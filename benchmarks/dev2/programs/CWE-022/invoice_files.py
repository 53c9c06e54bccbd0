from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
app.config["INVOICE_DIR"] = "/srv/app/invoices"


@app.route("/invoices/<path:filename>")
def get_invoice(filename):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(app.config["INVOICE_DIR"], filename, as_attachment=True)


@app.route("/invoices")
def invoice_by_query():
    filename = request.args.get("name", "")
    if not filename:
        abort(400)
    return send_from_directory(app.config["INVOICE_DIR"], filename)
