"""Negative example for xpath-query-built-from-input: the value becomes a quoted XPath literal with quoteattr."""
import xml.etree.ElementTree as ET
from xml.sax.saxutils import quoteattr

from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/user")
def user():
    name = request.args.get("name", "")
    found = root.find(f"./user[@name={quoteattr(name)}]")
    return "yes" if found is not None else "no"
