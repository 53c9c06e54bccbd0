"""Positive example for sql-query-built-from-strings: the rule must flag this."""
def find_user(cursor, name):
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    return cursor.fetchone()
