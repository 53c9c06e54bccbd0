import cgi
import os

THEMES = "/srv/www/themes"


def handle():
    form = cgi.FieldStorage()
    upload = form["theme"]
    fname = os.path.basename(upload.filename)
    if ".css" in fname:
        with open(os.path.join(THEMES, fname), "wb") as dst:
            dst.write(upload.file.read())
    print("Content-Type: text/plain\n\nok")
