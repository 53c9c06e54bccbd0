#!/usr/bin/env python
import cgi
import os

ENTRIES = "/var/lib/guestbook/entries.txt"

form = cgi.FieldStorage()
name = form.getfirst("name", "")
message = form.getfirst("message", "")
if name and message:
    with open(ENTRIES, "a") as fh:
        fh.write(cgi.escape(name) + ": " + cgi.escape(message) + "\n")

print("Content-Type: text/html\n")
print("<ul>")
if os.path.exists(ENTRIES):
    for line in open(ENTRIES):
        print("<li>" + line.strip() + "</li>")
print("</ul>")
