"""Positive example for nullable-return-used-unchecked: the rule must flag this."""
def parse(data):
    if not data:
        return None
    return data.split(",")
def count(data):
    fields = parse(data)
    return len(fields)
