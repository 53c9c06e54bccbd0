from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
app.config["UPLOAD_DIR"] = "/var/app/uploads"


@app.route("/download")
def download():
    name = request.args.get("file")
    if not name:
        abort(400)
    return send_from_directory(app.config["UPLOAD_DIR"], name, as_attachment=True)


if __name__ == "__main__":
    app.run(port=8080)
