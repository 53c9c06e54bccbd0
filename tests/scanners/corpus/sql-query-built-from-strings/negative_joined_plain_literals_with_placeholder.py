"""Negative example for sql-query-built-from-strings: the adjacent literals are plain strings and
the user value is passed separately as a parameter."""
import sqlite3


def member(conn: sqlite3.Connection, member_id: int):
    cur = conn.cursor()
    cur.execute(
        "SELECT name FROM members "
        "WHERE id = ?",
        (member_id,),
    )
    return cur.fetchone()
