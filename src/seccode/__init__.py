"""seccode: make LLM-written Python code secure, end to end, and measure how well models do it."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("seccode")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
