"""A download token is the MD5 of the file name and the current time: guessable from the timestamp."""
import hashlib
from datetime import datetime


def make_download_token(filename):
    material = filename + datetime.now().strftime("%Y%m%d%H%M%S")
    return hashlib.md5(material.encode()).hexdigest()
