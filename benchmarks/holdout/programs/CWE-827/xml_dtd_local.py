import sys
from lxml import etree

ORDER_DTD = etree.DTD(open("schemas/order.dtd", "rb"))


def validate_order(path):
    """Parse a partner order file and validate it against our order DTD."""
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    tree = etree.parse(path, parser)
    if not ORDER_DTD.validate(tree):
        raise ValueError("invalid order document")
    return tree.getroot().get("id")


if __name__ == "__main__":
    print(validate_order(sys.argv[1]))
