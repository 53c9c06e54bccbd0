"""Merge sitemap.xml files uploaded by tenants into one index."""
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException
from flask import Flask, request, Response, abort

app = Flask(__name__)
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def urls_from(blob):
    try:
        root = DET.fromstring(blob)
    except (DefusedXmlException, ET.ParseError):
        abort(400)
    return [loc.text.strip() for loc in root.findall(".//sm:loc", NS) if loc.text]


@app.route("/sitemaps/merge", methods=["POST"])
def merge():
    urls = []
    for upload in request.files.getlist("sitemap"):
        urls.extend(urls_from(upload.read()))
    out = ET.Element("urlset", xmlns=NS["sm"])
    for u in sorted(set(urls)):
        ET.SubElement(ET.SubElement(out, "url"), "loc").text = u
    return Response(ET.tostring(out, encoding="unicode"), mimetype="application/xml")
