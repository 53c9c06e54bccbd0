import smtplib
from email.message import EmailMessage

from flask import Flask, request

app = Flask(__name__)
SUPPORT_INBOX = "support@example.com"


@app.route("/contact", methods=["POST"])
def contact():
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = request.form.get("deliver_to", SUPPORT_INBOX)
    msg["Subject"] = "Contact form: " + request.form["subject"][:80]
    msg.set_content(request.form["body"])
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
    return "sent"
