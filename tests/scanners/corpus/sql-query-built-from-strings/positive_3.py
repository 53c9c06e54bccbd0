from sqlalchemy import text


def count_orders(session, customer):
    stmt = text("SELECT count(*) FROM orders WHERE customer = '" + customer + "'")
    return session.execute(stmt).scalar()
