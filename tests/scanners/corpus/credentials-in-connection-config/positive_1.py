"""Positive example for credentials-in-connection-config: the rule must flag this."""
import mysql.connector
def connect():
    return mysql.connector.connect(host="db", user="app", password="hunter2")
