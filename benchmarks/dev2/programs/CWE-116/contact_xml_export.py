import csv
import sys
import xml.etree.ElementTree as ET


def build_document(rows):
    root = ET.Element("contacts")
    for row in rows:
        node = ET.SubElement(root, "contact")
        ET.SubElement(node, "name").text = row["name"]
        ET.SubElement(node, "email").text = row["email"]
        ET.SubElement(node, "org").text = row["company"]
    return ET.ElementTree(root)


def main(csv_path, xml_path):
    with open(csv_path, newline="", encoding="utf-8") as fh:
        tree = build_document(csv.DictReader(fh))
    tree.write(xml_path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
