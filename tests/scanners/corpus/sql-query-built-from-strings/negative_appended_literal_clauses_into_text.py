from sqlalchemy import text


def recent_orders(session, status, newest_first=True):
    stmt = "SELECT id, total FROM orders WHERE status = :status"
    stmt += " ORDER BY created_at"
    if newest_first:
        stmt += " DESC"
    return session.execute(text(stmt), {"status": status}).all()
