from flask import Flask, jsonify

from inventory.api import inventory_bp

app = Flask(__name__)
app.config.from_object("inventory.config.ProductionConfig")
app.register_blueprint(inventory_bp, url_prefix="/api")


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
