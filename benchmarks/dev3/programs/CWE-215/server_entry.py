import os

from flask import Flask, jsonify

from catalog.api import catalog_bp

app = Flask(__name__)
app.register_blueprint(catalog_bp, url_prefix="/api")


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


if __name__ == "__main__":
    local_dev = os.environ.get("FLASK_ENV") == "development"
    app.run(host="127.0.0.1" if local_dev else "0.0.0.0", port=8000, debug=local_dev)
