"""Load report plugins dropped into the plugins directory."""
import importlib.util
import os
import sys

PLUGIN_DIR = os.path.join(os.path.dirname(__file__), "plugins")


def discover():
    return sorted(
        e[:-3] for e in os.listdir(PLUGIN_DIR)
        if e.endswith(".py") and not e.startswith("_")
    )


def load(name):
    path = os.path.join(PLUGIN_DIR, name + ".py")
    spec = importlib.util.spec_from_file_location("reportplugins." + name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    if not hasattr(module, "render"):
        raise RuntimeError(f"plugin {name} has no render()")
    return module


if __name__ == "__main__":
    for plugin_name in sys.argv[1:] or discover():
        print(load(plugin_name).render())
