"""Registry that imports exporter extensions from a directory."""
import importlib.util
import logging
from pathlib import Path

log = logging.getLogger(__name__)


class ExtensionRegistry:
    def __init__(self, root):
        self.root = Path(root)
        self.extensions = {}

    def _import(self, path):
        spec = importlib.util.spec_from_file_location(f"exporters.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def load(self):
        for path in sorted(self.root.glob("*.py")):
            if path.name.startswith("_"):
                continue
            module = self._import(path)
            exporter = getattr(module, "EXPORTER", None)
            if exporter is None:
                log.warning("%s has no EXPORTER, skipping", path.name)
                continue
            self.extensions[path.stem] = exporter
        return self.extensions

    def get(self, name):
        return self.extensions[name]
