"""A device logs in to its controller by putting the password in the query of a plain http:// URL."""
import requests


def controller_login(host, user, device_password):
    url = "http://" + host + "/cgi-bin/login?user=" + user + "&pwd=" + device_password
    return requests.get(url, timeout=5).cookies
