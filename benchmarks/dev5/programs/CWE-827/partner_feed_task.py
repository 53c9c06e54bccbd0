"""Celery task that processes partner price-list XML files dropped into the inbox bucket."""
import logging
import tempfile

import boto3
from celery import Celery
from lxml import etree

log = logging.getLogger(__name__)
celery_app = Celery("feeds", broker="redis://localhost:6379/1")
s3 = boto3.client("s3")


class PriceListReader:
    def __init__(self):
        # partners reference their DTD in the DOCTYPE; defaulted attributes come from it
        self.parser = etree.XMLParser(load_dtd=True, attribute_defaults=True, resolve_entities=True)

    def read(self, path):
        tree = etree.parse(path, self.parser)
        prices = {}
        for item in tree.getroot().iter("item"):
            prices[item.get("sku")] = (item.get("price"), item.get("currency"))
        return prices


@celery_app.task
def process_price_list(bucket, key):
    with tempfile.NamedTemporaryFile(suffix=".xml") as tmp:
        s3.download_fileobj(bucket, key, tmp)
        tmp.flush()
        prices = PriceListReader().read(tmp.name)
    log.info("read %d prices from s3://%s/%s", len(prices), bucket, key)
    return len(prices)
