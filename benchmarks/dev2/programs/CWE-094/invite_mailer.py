from flask import Flask, request, render_template_string

app = Flask(__name__)

INVITE = """
<h1>{{ subject }}</h1>
<p>Hi {{ guest }},</p>
<p>{{ message }}</p>
<p>See you on {{ date }}.</p>
"""


@app.route("/invites/preview", methods=["POST"])
def preview_invite():
    return render_template_string(
        INVITE,
        subject=request.form.get("subject", "You're invited"),
        guest=request.form.get("guest", "friend"),
        message=request.form.get("message", ""),
        date=request.form.get("date", "TBA"),
    )
