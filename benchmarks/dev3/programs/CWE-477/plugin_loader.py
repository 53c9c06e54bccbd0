"""Load report plugins dropped into the plugins directory."""
import imp
import os
import sys

PLUGIN_DIR = os.path.join(os.path.dirname(__file__), "plugins")


def discover():
    names = []
    for entry in sorted(os.listdir(PLUGIN_DIR)):
        if entry.endswith(".py") and not entry.startswith("_"):
            names.append(entry[:-3])
    return names


def load(name):
    path = os.path.join(PLUGIN_DIR, name + ".py")
    module = imp.load_source("reportplugins." + name, path)
    if not hasattr(module, "render"):
        raise RuntimeError("plugin %s has no render()" % name)
    return module


def main(argv):
    selected = argv[1:] or discover()
    for name in selected:
        plugin = load(name)
        print(plugin.render())


if __name__ == "__main__":
    main(sys.argv)
