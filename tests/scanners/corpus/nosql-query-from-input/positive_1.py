"""Positive example for nosql-query-from-input: the rule must flag this."""
import boto3
def get_user(username, password):
    table = boto3.resource("dynamodb").Table("users")
    return table.get_item(Key={"username": username, "password": password})
