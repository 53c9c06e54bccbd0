"""Loads report plugins dropped into the plugins/ directory and registers them."""
import imp
import logging
import os

log = logging.getLogger("reports.plugins")

PLUGIN_DIR = os.path.join(os.path.dirname(__file__), "plugins")


class PluginRegistry:
    def __init__(self, directory=PLUGIN_DIR):
        self.directory = directory
        self.plugins = {}

    def discover(self):
        for entry in sorted(os.listdir(self.directory)):
            if not entry.endswith(".py") or entry.startswith("_"):
                continue
            name = entry[:-3]
            path = os.path.join(self.directory, entry)
            try:
                module = imp.load_source("reports_plugin_" + name, path)
            except Exception:
                log.exception("could not load plugin %s", name)
                continue
            if hasattr(module, "render"):
                self.plugins[name] = module
                log.info("registered plugin %s", name)
        return self.plugins

    def render(self, name, rows):
        plugin = self.plugins.get(name)
        if plugin is None:
            raise KeyError(f"no plugin named {name}")
        return plugin.render(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    reg = PluginRegistry()
    print(sorted(reg.discover()))
