import os

from flask import Flask, abort, render_template_string, send_from_directory, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
REPORT_DIR = "/srv/reports"

INDEX = """<h1>Reports</h1><ul>
<li><a href="/reports/weekly-sales.pdf">Weekly sales</a></li>
{% if admin %}<li><a href="/reports/payroll-2026.xlsx">Payroll</a></li>
<li><a href="/reports/salaries-by-employee.csv">Salaries</a></li>{% endif %}
</ul>"""


@app.route("/")
def index():
    if "user" not in session:
        abort(401)
    return render_template_string(INDEX, admin=session.get("role") == "admin")


@app.route("/reports/<path:name>")
def report(name):
    if "user" not in session:
        abort(401)
    return send_from_directory(REPORT_DIR, name)
