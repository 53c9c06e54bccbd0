from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

engine = create_engine("postgresql+psycopg2://shop@localhost/shop")


class OutOfStock(Exception):
    pass


def reserve(order_id: int, sku: str, qty: int) -> None:
    """Decrement stock and record the reservation atomically."""
    if qty <= 0:
        raise ValueError("qty must be positive")
    try:
        with engine.begin() as conn:
            updated = conn.execute(
                text("UPDATE stock SET available = available - :q "
                     "WHERE sku = :s AND available >= :q"),
                {"q": qty, "s": sku},
            ).rowcount
            if updated != 1:
                raise OutOfStock(sku)
            conn.execute(
                text("INSERT INTO reservations (order_id, sku, qty) VALUES (:o, :s, :q)"),
                {"o": order_id, "s": sku, "q": qty},
            )
    except SQLAlchemyError as exc:
        raise RuntimeError(f"reservation for order {order_id} failed") from exc
