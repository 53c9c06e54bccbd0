"""Positive example for duplicate-key-in-associative-list: pairs looked up by key, appended unchecked."""


def add_params(base, user_pairs):
    params = []
    params.append(("api_key", base))
    for k, v in user_pairs:
        params.append((k, v))
    return params


def param(params, name):
    for k, v in params:
        if k == name:
            return v
    return None
