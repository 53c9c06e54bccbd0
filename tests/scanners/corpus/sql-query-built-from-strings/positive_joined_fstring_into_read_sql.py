"""Positive example for sql-query-built-from-strings: an f-string joined to a constant literal
becomes the text pandas.read_sql runs verbatim."""
import sqlite3
import sys

import pandas as pd


def report(table_filter):
    query = (f"SELECT region, SUM(amount) FROM sales WHERE region LIKE '{table_filter}%' "
             "GROUP BY region")
    return pd.read_sql(query, sqlite3.connect("sales.db"))


if __name__ == "__main__":
    print(report(sys.argv[1]))
