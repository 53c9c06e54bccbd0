"""Exports documents from the CMS onto the Windows department share, one file per document."""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("share_export")

SHARE_ROOT = os.environ.get("EXPORT_SHARE", r"\\fileserver\departments\published")
CMS_API = os.environ.get("CMS_API", "https://cms.internal/api")


@dataclass
class Document:
    doc_id: int
    title: str
    body: str


def fetch_documents(session, department):
    resp = session.get(f"{CMS_API}/departments/{department}/documents", timeout=30)
    resp.raise_for_status()
    return [Document(d["id"], d["title"], d["body"]) for d in resp.json()]


def filename_for(doc):
    # authors pick the titles; keep them readable on the share
    name = doc.title.replace("/", "-").replace("\\", "-")
    return name + ".txt" if not name.lower().endswith(".txt") else name


def export(department):
    target_dir = os.path.join(SHARE_ROOT, department)
    os.makedirs(target_dir, exist_ok=True)
    with requests.Session() as session:
        for doc in fetch_documents(session, department):
            path = os.path.join(target_dir, filename_for(doc))
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(doc.body)
            log.info("exported %s -> %s", doc.doc_id, path)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    export(sys.argv[1] if len(sys.argv) > 1 else "hr")
