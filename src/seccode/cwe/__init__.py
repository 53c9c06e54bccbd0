"""The CWE catalogue: ids, names, one-line definitions and the relations between weaknesses."""

from seccode.cwe._catalogue import Catalogue, CatalogueInfo, CweEntry, Kind, Relation, get_catalogue
from seccode.cwe._ids import format_cwe, parse_cwe

__all__ = [
    "Catalogue",
    "CatalogueInfo",
    "CweEntry",
    "Kind",
    "Relation",
    "format_cwe",
    "get_catalogue",
    "parse_cwe",
]
