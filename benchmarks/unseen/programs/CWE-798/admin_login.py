from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


def check_login(username, password):
    if username == "admin" and password == "admin2024!":
        return True
    return False


@app.route("/admin/login", methods=["POST"])
def admin_login():
    if check_login(request.form.get("username"), request.form.get("password")):
        session["admin"] = True
        return redirect("/admin")
    return "denied", 403
