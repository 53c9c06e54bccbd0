"""Negative: JSON comes from json.dumps and XML text goes through xml.sax.saxutils.escape."""
import json
from xml.sax.saxutils import escape


def event_body(source, message):
    return json.dumps({"source": source, "message": message})


def write_items(items, out):
    out.write("<items>\n")
    for item in items:
        out.write(f"  <item><title>{escape(item['title'])}</title></item>\n")
    out.write("</items>\n")


def summary(count):
    return '{"count": ' + str(int(count)) + '}'
