import logging

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger("ledger")
engine = create_engine("postgresql+psycopg2:///ledger")


class TransferError(Exception):
    pass


def transfer(src: int, dst: int, cents: int) -> None:
    if cents <= 0:
        raise TransferError("amount must be positive")
    try:
        with engine.begin() as conn:  # commits on success, rolls back on any exception
            debited = conn.execute(
                text("UPDATE accounts SET cents = cents - :c WHERE id = :id AND cents >= :c"),
                {"c": cents, "id": src},
            ).rowcount
            if debited != 1:
                raise TransferError("insufficient funds or unknown source account")
            credited = conn.execute(
                text("UPDATE accounts SET cents = cents + :c WHERE id = :id"),
                {"c": cents, "id": dst},
            ).rowcount
            if credited != 1:
                raise TransferError("unknown destination account")
            conn.execute(
                text("INSERT INTO transfers (src, dst, cents) VALUES (:s, :d, :c)"),
                {"s": src, "d": dst, "c": cents},
            )
    except SQLAlchemyError as exc:
        log.error("transfer %s -> %s failed: %s", src, dst, exc)
        raise TransferError("transfer could not be completed") from exc
