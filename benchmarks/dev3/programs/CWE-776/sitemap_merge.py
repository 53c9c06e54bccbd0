"""Merge sitemap.xml files uploaded by tenants into one index."""
from flask import Flask, request, Response
from lxml import etree

app = Flask(__name__)
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

# tenant sitemaps can be tens of megabytes, lift libxml2's size limits
BIG_DOC_PARSER = etree.XMLParser(huge_tree=True)


def urls_from(stream):
    root = etree.parse(stream, BIG_DOC_PARSER).getroot()
    return [loc.text.strip() for loc in root.iterfind(".//sm:loc", NS) if loc.text]


@app.route("/sitemaps/merge", methods=["POST"])
def merge():
    urls = []
    for upload in request.files.getlist("sitemap"):
        urls.extend(urls_from(upload.stream))
    out = etree.Element("urlset", nsmap={None: NS["sm"]})
    for u in sorted(set(urls)):
        etree.SubElement(etree.SubElement(out, "url"), "loc").text = u
    return Response(etree.tostring(out, xml_declaration=True, encoding="UTF-8"),
                    mimetype="application/xml")
