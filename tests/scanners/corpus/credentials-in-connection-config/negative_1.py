"""Negative example for credentials-in-connection-config: the rule must not flag this."""
import os
import mysql.connector
def connect():
    return mysql.connector.connect(host="db", user="app", password=os.environ["DB_PASSWORD"])
