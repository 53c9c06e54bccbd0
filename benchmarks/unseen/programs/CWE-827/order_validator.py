import sys

from lxml import etree

ORDER_DTD = etree.DTD(open("/opt/schemas/order.dtd", "rb"))


def validate(data: bytes):
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    root = etree.fromstring(data, parser)
    if not ORDER_DTD.validate(root):
        raise ValueError(ORDER_DTD.error_log.filter_from_errors()[0])
    return root.tag


if __name__ == "__main__":
    print(validate(sys.stdin.buffer.read()))
