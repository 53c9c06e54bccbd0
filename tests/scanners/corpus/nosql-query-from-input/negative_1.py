"""Negative example for nosql-query-from-input: the rule must not flag this."""
import boto3
def count_users():
    table = boto3.resource("dynamodb").Table("users")
    return table.item_count
