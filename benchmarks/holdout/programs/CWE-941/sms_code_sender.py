from flask import Flask, session
from twilio.rest import Client

app = Flask(__name__)
app.secret_key = "k"
client = Client()
USERS = {}


@app.post("/verify/send")
def send_code():
    user = USERS[session["user_id"]]
    code = user["pending_code"]
    client.messages.create(to=user["phone"], from_="+15550100", body=f"Your code is {code}")
    return "", 204
