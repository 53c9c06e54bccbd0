import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="reset.log", level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("reset")


def for_log(value, limit=200):
    text = str(value)[:limit]
    return text.replace("\r", "\\r").replace("\n", "\\n")


@app.route("/password-reset", methods=["POST"])
def password_reset():
    email = request.form.get("email", "")
    log.info("reset requested email=%s ip=%s", for_log(email), request.remote_addr)
    return jsonify(message="If the account exists, a reset link was sent.")
