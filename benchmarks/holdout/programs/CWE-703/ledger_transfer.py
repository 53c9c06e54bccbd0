class TransferError(Exception):
    pass


def transfer(ledger, src, dst, amount):
    """Move amount from src to dst and report success."""
    tx = ledger.begin()
    try:
        ledger.debit(src, amount, tx=tx)
        ledger.credit(dst, amount, tx=tx)
    except Exception as exc:
        tx.rollback()
        raise TransferError(f"transfer {src}->{dst} failed") from exc
    tx.commit()
    return {"status": "ok"}
