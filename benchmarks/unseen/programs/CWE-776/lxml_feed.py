from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, huge_tree=False, no_network=True)


@app.route("/feeds/preview", methods=["POST"])
def preview():
    root = etree.fromstring(request.get_data(), PARSER)
    titles = [t.text for t in root.iterfind("./channel/item/title")][:10]
    return {"titles": titles}
