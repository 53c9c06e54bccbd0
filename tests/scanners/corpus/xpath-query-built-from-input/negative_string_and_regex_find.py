"""Negative: str.find, bytes.find and a compiled regex's findall take plain text, not an XPath expression."""
import re

WORD_RE = re.compile(r"\w+")


def split_header(line: str, sep: str) -> tuple[str, str]:
    cut = line.find(sep)
    return line[:cut], line[cut + len(sep):]


def count_words(text: str) -> int:
    return len(WORD_RE.findall(text)) + len(re.findall(r"\d+", text))


def frame_end(buffer: bytes, delimiter: bytes, offset: int) -> int:
    return buffer.find(delimiter, offset)
