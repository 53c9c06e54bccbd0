from sqlalchemy import text


def sort_suffix(column, descending):
    return " ORDER BY %s %s" % (column, "DESC" if descending else "ASC")


def list_orders(session, status, column, descending=False):
    stmt = "SELECT id, total FROM orders WHERE status = :status"
    stmt += sort_suffix(column, descending)
    return session.execute(text(stmt), {"status": status}).all()
