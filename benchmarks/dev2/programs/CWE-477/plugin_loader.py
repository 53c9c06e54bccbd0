"""Load report plugins dropped into the plugins/ directory."""
import imp
import os
import logging

log = logging.getLogger(__name__)

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
                module = imp.load_source("reportplugins." + name, path)
            except SyntaxError as exc:
                log.warning("skipping plugin %s: %s", name, exc)
                continue
            if hasattr(module, "render"):
                self.plugins[name] = module
        return self.plugins

    def render(self, name, rows):
        plugin = self.plugins.get(name)
        if plugin is None:
            raise KeyError(name)
        return plugin.render(rows)


if __name__ == "__main__":
    registry = PluginRegistry()
    for plugin_name in registry.discover():
        print(plugin_name)
