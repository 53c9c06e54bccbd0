"""Inventory data access layer built on SQLAlchemy Core."""
from sqlalchemy import create_engine, text


class InventoryRepo:
    SORTABLE = ("name", "qty", "updated_at")

    def __init__(self, url):
        self.engine = create_engine(url)

    def _order_clause(self, sort):
        # callers pass the column from the UI dropdown
        return f" ORDER BY {sort}" if sort else ""

    def search(self, term, sort=None, limit=50):
        query = "SELECT id, name, qty FROM items WHERE name LIKE :term"
        query += self._order_clause(sort)
        query += " LIMIT :limit"
        with self.engine.connect() as conn:
            rows = conn.execute(text(query), {"term": f"%{term}%", "limit": limit})
            return [dict(r._mapping) for r in rows]

    def adjust(self, item_id, delta):
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE items SET qty = qty + :d WHERE id = :i"),
                         {"d": delta, "i": item_id})


def api_search(repo, params):
    return repo.search(params.get("q", ""), params.get("sort"), int(params.get("limit", 50)))
