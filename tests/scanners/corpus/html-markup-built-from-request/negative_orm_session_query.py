"""Negative example for html-markup-built-from-request: an ORM session's .query() is no request."""

from sqlalchemy.orm import Session

from models import Product


def product_count_badge(session: Session) -> str:
    total = session.query(Product).count()
    return "<span class='badge'>" + str(total) + "</span>"
