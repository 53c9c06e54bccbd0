from flask import Flask, request, session, redirect, render_template_string

app = Flask(__name__)
app.secret_key = __import__("os").urandom(32)
ADMIN_PASSWORD = "letmein-2024"

FORM = "<form method=post><input type=password name=pw><button>Enter</button></form>"


@app.route("/admin", methods=["GET", "POST"])
def admin():
    if request.method == "POST":
        if request.form.get("pw") == ADMIN_PASSWORD:
            session["admin"] = True
            return redirect("/admin/dashboard")
        return "wrong password", 403
    return render_template_string(FORM)
