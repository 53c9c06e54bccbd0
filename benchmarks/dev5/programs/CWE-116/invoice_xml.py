"""Generate invoice XML documents for the accounting system import."""
import xml.etree.ElementTree as ET
from decimal import Decimal


class InvoiceDocument:
    def __init__(self, number, customer):
        self.number = number
        self.customer = customer
        self.lines = []

    def add_line(self, description, qty, unit_price):
        self.lines.append((description, int(qty), Decimal(unit_price)))

    def to_xml(self):
        root = ET.Element("invoice", number=str(self.number))
        cust = ET.SubElement(root, "customer")
        cust.text = self.customer
        items = ET.SubElement(root, "lines")
        total = Decimal("0")
        for desc, qty, price in self.lines:
            line = ET.SubElement(items, "line", qty=str(qty), price=str(price))
            line.text = desc
            total += qty * price
        ET.SubElement(root, "total").text = str(total)
        return ET.tostring(root, encoding="unicode")


if __name__ == "__main__":
    doc = InvoiceDocument(42, 'Smith & Sons <Ltd>')
    doc.add_line('Widget "XL"', 3, "9.99")
    print(doc.to_xml())
