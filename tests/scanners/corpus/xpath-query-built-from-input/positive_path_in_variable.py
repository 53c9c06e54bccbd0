"""Positive: an ElementTree path is %-formatted from a query parameter into a variable, then passed to findall."""
from xml.etree import ElementTree

from fastapi import FastAPI

api = FastAPI()
inventory = ElementTree.parse("stock.xml")


@api.get("/items")
def items(sku: str):
    path = ".//item[@sku='%s']" % sku
    return [node.get("name") for node in inventory.findall(path)]
