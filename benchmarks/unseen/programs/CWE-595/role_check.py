from flask import Flask, abort, request, session

app = Flask(__name__)
app.secret_key = "dev"


def current_role():
    return session.get("role", "guest")


@app.route("/admin/purge", methods=["POST"])
def purge():
    role = current_role()
    if role is not "admin":
        abort(403)
    return "purged"


@app.route("/whoami")
def whoami():
    return {"role": current_role(), "ip": request.remote_addr}
