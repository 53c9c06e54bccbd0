import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
UPLOAD_DIR = "/var/app/uploads"


@app.route("/download")
def download():
    name = request.args.get("file")
    if not name:
        abort(400)
    target = os.path.join(UPLOAD_DIR, name)
    if not os.path.isfile(target):
        abort(404)
    return send_file(target, as_attachment=True)


if __name__ == "__main__":
    app.run(port=8080)
