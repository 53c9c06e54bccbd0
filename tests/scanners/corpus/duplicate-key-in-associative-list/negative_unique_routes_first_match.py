PAGES = [
    ("/", "home.html"),
    ("/about", "about.html"),
    ("/contact", "contact.html"),
]


def template_for(path):
    for route, template in PAGES:
        if route == path:
            return template
    return "404.html"
