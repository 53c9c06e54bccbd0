"""Positive example for xpath-query-built-from-input: the value is only wrapped in quotes by hand."""
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/user")
def user():
    name = request.args.get("name", "")
    found = root.find(f"./user[@name='{name}']")
    return "yes" if found is not None else "no"
