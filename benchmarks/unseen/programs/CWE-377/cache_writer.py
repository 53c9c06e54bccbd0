import json
import os
import tempfile


class SettingsStore:
    def __init__(self, target):
        self.target = target

    def save(self, settings):
        directory = os.path.dirname(os.path.abspath(self.target))
        fd, tmp_path = tempfile.mkstemp(prefix=".settings-", dir=directory)
        try:
            with os.fdopen(fd, "w") as fh:
                json.dump(settings, fh, indent=2)
            os.replace(tmp_path, self.target)
        except BaseException:
            os.unlink(tmp_path)
            raise

    def load(self):
        with open(self.target) as fh:
            return json.load(fh)


if __name__ == "__main__":
    store = SettingsStore("settings.json")
    store.save({"theme": "dark", "font_size": 12})
    print(store.load())
