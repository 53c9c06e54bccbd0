import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)
INBOXES = {"sales": "sales@example.com", "support": "support@example.com"}


@app.route("/contact", methods=["POST"])
def contact():
    team = request.form.get("team", "support")
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = INBOXES.get(team, INBOXES["support"])
    msg["Subject"] = "Contact form: " + request.form["subject"][:80].replace("\n", " ")
    msg.set_content(request.form["body"])
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
    return "sent"
