"""Negative example for role-fetched-but-not-compared: membership alone is enough to read."""

from django.http import HttpResponseForbidden, JsonResponse

from .models import Board, role_on


def board_view(request, board_id):
    board = Board.objects.get(pk=board_id)
    role = role_on(request.user, board)
    if role is None:
        return HttpResponseForbidden()
    return JsonResponse({"title": board.title, "cards": list(board.cards.values("id", "title"))})
