import threading


class SeatMap:
    def __init__(self, rows: int, cols: int):
        self._lock = threading.Lock()
        self.seats = {(r, c): None for r in range(rows) for c in range(cols)}

    def book(self, seat, customer):
        with self._lock:
            if self.seats.get(seat) is not None:
                return False
            self.seats[seat] = customer
            return True

    def transfer(self, seat, new_customer, current_customer):
        if self.seats.get(seat) != current_customer:
            return False
        self.seats[seat] = new_customer
        return True

    def release(self, seat, customer):
        with self._lock:
            if self.seats.get(seat) == customer:
                self.seats[seat] = None
                return True
            return False
