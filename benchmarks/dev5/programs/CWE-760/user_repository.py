"""User persistence layer for the scheduling app (SQLAlchemy)."""
import hashlib
import hmac

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(128), nullable=False)


def _salted_hash(email: str, password: str) -> str:
    salt = email.strip().lower().encode()
    return hashlib.sha512(salt + b":" + password.encode()).hexdigest()


class UserRepository:
    def __init__(self, url="sqlite:///schedule.db"):
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def create(self, email: str, password: str) -> int:
        with Session(self.engine) as session:
            user = User(email=email.strip().lower(), password_hash=_salted_hash(email, password))
            session.add(user)
            session.commit()
            return user.id

    def authenticate(self, email: str, password: str):
        with Session(self.engine) as session:
            user = session.scalars(select(User).where(User.email == email.strip().lower())).first()
            if user is None:
                return None
            if hmac.compare_digest(user.password_hash, _salted_hash(email, password)):
                return user.id
            return None

    def change_password(self, user_id: int, new_password: str) -> None:
        with Session(self.engine) as session:
            user = session.get(User, user_id)
            user.password_hash = _salted_hash(user.email, new_password)
            session.commit()
