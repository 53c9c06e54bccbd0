"""Negative example for off-by-one-bound: an insertion point may equal the length."""


class Playlist:
    def __init__(self):
        self.tracks = []

    def insert(self, position, track):
        if position < 0 or position > len(self.tracks):
            raise IndexError(position)
        self.tracks.insert(position, track)
