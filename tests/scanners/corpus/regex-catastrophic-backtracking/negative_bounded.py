"""Negative example for regex-catastrophic-backtracking: nested repetition, but every count is bounded."""

import re

IPV4 = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")


def looks_like_ipv4(text):
    return IPV4.match(text) is not None
