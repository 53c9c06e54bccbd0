"""Django view listing loans for a patron from the legacy XML export."""
from django.http import Http404, JsonResponse
from lxml import etree

EXPORT = "/srv/library/loans.xml"


def _tree():
    return etree.parse(EXPORT)


def loans_for(card_number):
    tree = _tree()
    return tree.xpath(
        "//patron[@card=$card]/loan[not(@returned)]",
        card=card_number,
    )


def patron_loans(request, card):
    card = card.strip()
    loans = loans_for(card)
    if not loans:
        raise Http404("no open loans")
    data = [
        {"title": loan.findtext("title"), "due": loan.get("due")}
        for loan in loans
    ]
    return JsonResponse({"card": card, "loans": data})
