import os
import random

from flask import Flask, jsonify

app = Flask(__name__)
rng = random.Random(os.getpid())
INVITES: set[str] = set()


@app.post("/invites")
def create_invite():
    token = "%032x" % rng.getrandbits(128)
    INVITES.add(token)
    return jsonify(link=f"https://team.example.com/join/{token}")


@app.get("/join/<token>")
def join(token):
    return jsonify(valid=token in INVITES)
