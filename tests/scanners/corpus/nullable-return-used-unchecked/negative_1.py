"""Negative example for nullable-return-used-unchecked: the rule must not flag this."""
def parse(data):
    if not data:
        return None
    return data.split(",")
def count(data):
    fields = parse(data)
    if fields is None:
        return 0
    return len(fields)
