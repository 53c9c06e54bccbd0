"""Load report plugins dropped into the plugins directory."""
import imp
import os
import sys

PLUGIN_DIR = os.environ.get("REPORT_PLUGIN_DIR", "/opt/reporter/plugins")


def discover(directory=PLUGIN_DIR):
    found = {}
    for entry in sorted(os.listdir(directory)):
        if not entry.endswith(".py") or entry.startswith("_"):
            continue
        name = entry[:-3]
        path = os.path.join(directory, entry)
        module = imp.load_source("reporter_plugin_" + name, path)
        if hasattr(module, "render"):
            found[name] = module
    return found


def run_all(data):
    outputs = {}
    for name, module in discover().items():
        try:
            outputs[name] = module.render(data)
        except Exception as exc:  # keep going if one plugin breaks
            print(f"plugin {name} failed: {exc}", file=sys.stderr)
    return outputs


if __name__ == "__main__":
    results = run_all({"title": "weekly", "rows": []})
    for key, text in results.items():
        print(f"== {key} ==")
        print(text)
