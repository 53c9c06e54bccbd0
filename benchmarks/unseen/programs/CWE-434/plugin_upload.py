import cgi
import os

PLUGIN_DIR = "/var/www/html/plugins"


def main():
    form = cgi.FieldStorage()
    item = form["plugin"]
    if not item.filename:
        print("Content-Type: text/plain\n\nno file")
        return
    filename = os.path.basename(item.filename)
    if filename.endswith(".zip") or ".php" in filename:
        with open(os.path.join(PLUGIN_DIR, filename), "wb") as out:
            out.write(item.file.read())
    print("Content-Type: text/plain\n\nuploaded " + filename)


if __name__ == "__main__":
    main()
