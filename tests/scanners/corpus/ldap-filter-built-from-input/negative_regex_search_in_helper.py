import re

HOST_PATTERN = re.compile(r"[^a-z0-9.-]")
header_re = re.compile(r"[\r\n]")


def host_is_clean(host):
    return HOST_PATTERN.search(host) is None


def header_is_clean(value):
    return not header_re.search(value)
