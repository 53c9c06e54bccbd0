import json
import os


def export(settings_path, rows):
    with open(settings_path) as fh:
        settings = json.load(fh)
    name = settings["filename"]
    with open(os.path.join("/srv/exports", name), "w") as out:
        out.write("\n".join(rows))
