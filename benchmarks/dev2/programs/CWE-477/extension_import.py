"""Load report plugins dropped into the plugins/ directory."""
import importlib.util
import logging
from pathlib import Path

log = logging.getLogger(__name__)

PLUGIN_DIR = Path(__file__).resolve().parent / "plugins"


def load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(f"reportplugins.{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def discover(directory: Path = PLUGIN_DIR) -> dict:
    found = {}
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):
            continue
        try:
            module = load_module(path.stem, path)
        except (ImportError, SyntaxError) as exc:
            log.warning("skipping plugin %s: %s", path.stem, exc)
            continue
        if callable(getattr(module, "render", None)):
            found[path.stem] = module
    return found


if __name__ == "__main__":
    for name in discover():
        print(name)
