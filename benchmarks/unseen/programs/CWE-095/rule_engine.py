import operator

OPS = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


def parse_rule(text: str):
    field, op, value = text.split(maxsplit=2)
    if op not in OPS:
        raise ValueError(f"unknown operator {op}")
    try:
        parsed = float(value)
    except ValueError:
        parsed = value.strip("'\"")
    return field, OPS[op], parsed


def matches(record: dict, rules: list[str]) -> bool:
    for rule in rules:
        field, fn, value = parse_rule(rule)
        if field not in record or not fn(record[field], value):
            return False
    return True


if __name__ == "__main__":
    rec = {"age": 34, "country": "NL"}
    print(matches(rec, ["age >= 18", "country == 'NL'"]))
