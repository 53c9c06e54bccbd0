"""Discovers exporter plugins in a directory and loads them with importlib."""
import importlib.util
import logging
from pathlib import Path

log = logging.getLogger(__name__)


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"exporters.{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def discover(directory: Path) -> dict:
    found = {}
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):
            continue
        try:
            module = load_module(path)
        except (ImportError, SyntaxError) as exc:
            log.warning("skipping %s: %s", path.name, exc)
            continue
        exporter = getattr(module, "export", None)
        if callable(exporter):
            found[path.stem] = exporter
    return found


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    here = Path(__file__).resolve().parent / "exporters"
    print(sorted(discover(here)))
