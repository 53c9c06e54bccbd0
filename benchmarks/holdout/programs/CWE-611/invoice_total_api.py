from flask import Flask, request
import defusedxml.ElementTree as ET

app = Flask(__name__)


@app.post("/invoice")
def invoice():
    root = ET.fromstring(request.data)
    return root.findtext("total", default="0")
