import bcrypt
from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class AdminUser(Base):
    __tablename__ = "admin_users"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)

    def set_password(self, password: str) -> None:
        self.password_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))

    def check_password(self, password: str) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), self.password_hash)


def create_admin(session, email: str, password: str) -> AdminUser:
    user = AdminUser(email=email.lower())
    user.set_password(password)
    session.add(user)
    session.commit()
    return user
