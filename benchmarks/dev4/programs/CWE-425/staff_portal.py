from flask import Flask, jsonify, render_template_string, session, redirect

app = Flask(__name__)
app.secret_key = __import__("os").environ["PORTAL_SECRET"]

NAV = """
<nav><a href="/dashboard">Dashboard</a>
{% if is_admin %}<a href="/admin/payroll">Payroll</a>{% endif %}</nav>
"""


@app.route("/dashboard")
def dashboard():
    if "user" not in session:
        return redirect("/login")
    return render_template_string(NAV + "<p>Welcome {{ user }}</p>",
                                  is_admin=session.get("role") == "admin", user=session["user"])


@app.route("/admin/payroll")
def payroll():
    # only linked from the admin navigation
    if "user" not in session:
        return redirect("/login")
    rows = [{"name": "A. Jones", "salary": 81000}, {"name": "B. Smith", "salary": 94000}]
    return jsonify(rows)


@app.route("/admin/payroll/export.csv")
def payroll_export():
    lines = ["name,salary", "A. Jones,81000", "B. Smith,94000"]
    return "\n".join(lines), 200, {"Content-Type": "text/csv"}
