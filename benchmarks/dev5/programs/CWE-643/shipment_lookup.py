import xml.etree.ElementTree as ET

from bottle import Bottle, HTTPError, request

app = Bottle()
TREE = ET.parse("data/shipments.xml")


def find_shipment(tracking_no, customer_id):
    for node in TREE.getroot().iter("shipment"):
        if node.get("tracking") == tracking_no and node.findtext("customer") == customer_id:
            return node
    return None


@app.get("/shipments")
def shipment_status():
    node = find_shipment(request.query.get("tracking", ""), request.query.get("customer", ""))
    if node is None:
        raise HTTPError(404, "no such shipment")
    return {"status": node.findtext("status"), "eta": node.findtext("eta")}
