from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/api/whoami")
def whoami():
    name = request.headers.get("X-Display-Name", "anonymous")
    role = "viewer"
    body = '{"name": "%s", "role": "%s"}' % (name, role)
    return Response(body, mimetype="application/json")
